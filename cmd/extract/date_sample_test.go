package main

import "testing"

// The date samples (testdata/dates) mark by hand the dates of eight PolNeAR
// dev articles and twenty LGL ones, news of other kinds and times than
// TimeBank's; the articles themselves stay in ../shared.
func TestDateSamples(t *testing.T) {
	floors := func(relaxedF1, valueAcc float64) map[string]float64 {
		return map[string]float64{"relaxed_f1": relaxedF1, "value_acc": valueAcc}
	}
	checkSamples(t, "dates", []sampleFloors{
		{"polnear-sample", "polnear/dev", floors(0.90, 0.88)},
		{"lgl-sample", "lgl", floors(0.94, 0.80)},
		{"lgl-sample-2", "lgl", floors(0.95, 0.89)},
	})
}
