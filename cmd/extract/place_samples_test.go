package main

import "testing"

// The place samples (testdata/places) mark by hand every place name in ten
// PolNeAR dev and eight TimeBank articles, national and world news unlike
// LGL's local news; the articles themselves stay in ../shared.
func TestPlaceSamples(t *testing.T) {
	checkSamples(t, "places", []sampleFloors{
		{"polnear-dev", "polnear/dev", map[string]float64{"gold": 1, "overlap_f1": 0.93}},
		{"timebank", "timebank", map[string]float64{"gold": 1, "overlap_f1": 0.85}},
	})
}
