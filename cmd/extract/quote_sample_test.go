package main

import "testing"

// The quote samples (testdata/quotes) mark by hand the direct quotes and
// their sources in LGL articles, local news whose paragraphs the corpus
// runs together, and in TimeBank articles, wire and newspaper stories of
// 1989-1998; the articles themselves stay in ../shared.
func TestQuoteSamples(t *testing.T) {
	floors := func(quoteF1, attrAcc, e2eF1 float64) map[string]float64 {
		return map[string]float64{"quote_f1": quoteF1, "attr_acc": attrAcc, "e2e_f1": e2eF1}
	}
	checkSamples(t, "quotes", []sampleFloors{
		{"lgl-sample", "lgl", floors(0.97, 0.95, 0.94)},
		{"lgl-sample-2", "lgl", floors(0.97, 0.89, 0.92)},
		{"timebank-sample", "timebank", floors(0.97, 0.94, 0.93)},
		{"lgl-sample-3", "lgl", floors(0.98, 0.96, 0.96)},
		{"timebank-sample-2", "timebank", floors(0.97, 0.94, 0.93)},
		{"lgl-sample-4", "lgl", floors(0.96, 0.95, 0.93)},
		{"lgl-sample-5", "lgl", floors(0.97, 0.95, 0.93)},
		{"lgl-sample-6", "lgl", floors(0.97, 0.98, 0.96)},
	})
}
