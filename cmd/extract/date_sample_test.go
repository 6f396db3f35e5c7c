package main

import (
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
)

// The date samples (testdata/dates) mark by hand the dates of eight PolNeAR
// dev articles and twenty LGL ones, news of other kinds and times than
// TimeBank's; the articles themselves stay in ../shared.
func TestDateSamples(t *testing.T) {
	for _, tc := range []struct {
		sample, corpus      string
		relaxedF1, valueAcc float64 // the figures at the time of writing, less a little
	}{
		{"polnear-sample", "polnear/dev", 0.90, 0.88},
		{"lgl-sample", "lgl", 0.94, 0.78},
		{"lgl-sample-2", "lgl", 0.95, 0.89},
	} {
		t.Run(tc.sample, func(t *testing.T) {
			var row struct {
				RelaxedF1 float64 `json:"relaxed_f1"`
				ValueAcc  float64 `json:"value_acc"`
			}
			scoreSample(t, tc.corpus, filepath.Join("dates", tc.sample), "dates", &row)
			assert.GreaterOrEqual(t, row.RelaxedF1, tc.relaxedF1)
			assert.GreaterOrEqual(t, row.ValueAcc, tc.valueAcc)
		})
	}
}
