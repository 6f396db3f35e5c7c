package main

import (
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
)

// The date sample (testdata/dates) marks by hand the dates of eight PolNeAR
// dev articles, news of another kind and time than TimeBank's; the articles
// themselves stay in ../shared.
func TestDateSample(t *testing.T) {
	var row struct {
		RelaxedF1 float64 `json:"relaxed_f1"`
		ValueAcc  float64 `json:"value_acc"`
	}
	scoreSample(t, "polnear/dev", filepath.Join("dates", "polnear-sample"), "dates", &row)
	// The figures at the time of writing, less a little.
	assert.GreaterOrEqual(t, row.RelaxedF1, 0.90)
	assert.GreaterOrEqual(t, row.ValueAcc, 0.88)
}
