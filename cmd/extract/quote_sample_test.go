package main

import (
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
)

// The quote samples (testdata/quotes) mark by hand the direct quotes and
// their sources in LGL articles, local news whose paragraphs the corpus
// runs together, and in TimeBank articles, wire and newspaper stories of
// 1989-1998; the articles themselves stay in ../shared.
func TestQuoteSamples(t *testing.T) {
	for _, tc := range []struct {
		sample, corpus          string
		quoteF1, attrAcc, e2eF1 float64 // the figures at the time of writing, less a little
	}{
		{"lgl-sample", "lgl", 0.97, 0.95, 0.94},
		{"lgl-sample-2", "lgl", 0.97, 0.89, 0.92},
		{"timebank-sample", "timebank", 0.97, 0.94, 0.93},
		{"lgl-sample-3", "lgl", 0.98, 0.96, 0.96},
		{"timebank-sample-2", "timebank", 0.97, 0.94, 0.93},
		{"lgl-sample-4", "lgl", 0.96, 0.95, 0.93},
		{"lgl-sample-5", "lgl", 0.96, 0.88, 0.88},
		{"lgl-sample-6", "lgl", 0.97, 0.98, 0.96},
	} {
		t.Run(tc.sample, func(t *testing.T) {
			var row struct {
				QuoteF1 float64 `json:"quote_f1"`
				AttrAcc float64 `json:"attr_acc"`
				E2EF1   float64 `json:"e2e_f1"`
			}
			scoreSample(t, tc.corpus, filepath.Join("quotes", tc.sample), "quotes", &row)
			assert.GreaterOrEqual(t, row.QuoteF1, tc.quoteF1)
			assert.GreaterOrEqual(t, row.AttrAcc, tc.attrAcc)
			assert.GreaterOrEqual(t, row.E2EF1, tc.e2eF1)
		})
	}
}
