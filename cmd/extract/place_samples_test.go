package main

import (
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The place samples (testdata/places) mark by hand every place name in ten
// PolNeAR dev and eight TimeBank articles, national and world news unlike
// LGL's local news; the articles themselves stay in ../shared.
func TestPlaceSamples(t *testing.T) {
	for _, tc := range []struct {
		sample, corpus string
		floor          float64 // overlap F1 at the time of writing, less a little
	}{
		{"polnear-dev", "polnear/dev", 0.93},
		{"timebank", "timebank", 0.84},
	} {
		t.Run(tc.sample, func(t *testing.T) {
			var row struct {
				Gold      int     `json:"gold"`
				OverlapF1 float64 `json:"overlap_f1"`
			}
			scoreSample(t, tc.corpus, filepath.Join("places", tc.sample), "places", &row)
			require.Positive(t, row.Gold)
			assert.GreaterOrEqual(t, row.OverlapF1, tc.floor)
		})
	}
}
