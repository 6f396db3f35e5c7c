package main

import "testing"

// The place samples (testdata/places) mark by hand every place name in ten
// PolNeAR dev and eight TimeBank articles, national and world news unlike
// LGL's local news; the articles themselves stay in ../shared.
func TestPlaceSamples(t *testing.T) {
	checkMentionSamples(t, "places", []mentionSample{
		{"polnear-dev", "polnear/dev", 0.93},
		{"timebank", "timebank", 0.85},
	})
}
