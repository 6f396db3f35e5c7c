package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The date sample (testdata/dates) marks by hand the dates of eight PolNeAR
// dev articles, news of another kind and time than TimeBank's; the articles
// themselves stay in ../shared.
func TestDateSample(t *testing.T) {
	dev := filepath.Join("..", "..", "..", "shared", "data", "polnear", "dev", "input.jsonl")
	if _, err := os.Stat(dev); err != nil {
		t.Skipf("%s not found", dev)
	}
	gold := filepath.Join("..", "..", "testdata", "dates", "polnear-sample.gold.jsonl")
	input := filepath.Join(t.TempDir(), "input.jsonl")
	require.NoError(t, os.WriteFile(input, linesWithIDs(t, dev, idsOf(t, gold)), 0o644))
	code, out, stderr := runEval(t, "", "--gold", gold, "--kind", "dates", "--json", input)
	require.Equal(t, 0, code, stderr)
	var row struct {
		RelaxedF1 float64 `json:"relaxed_f1"`
		ValueAcc  float64 `json:"value_acc"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &row), out)
	// The figures at the time of writing, less a little.
	assert.GreaterOrEqual(t, row.RelaxedF1, 0.88)
	assert.GreaterOrEqual(t, row.ValueAcc, 0.88)
}
