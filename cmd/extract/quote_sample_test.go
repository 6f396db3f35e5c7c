package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The quote sample (testdata/quotes) marks by hand the direct quotes and
// their sources in twenty LGL articles, local news whose paragraphs the
// corpus runs together; the articles themselves stay in ../shared.
func TestQuoteSample(t *testing.T) {
	lgl := filepath.Join("..", "..", "..", "shared", "data", "lgl", "input.jsonl")
	if _, err := os.Stat(lgl); err != nil {
		t.Skipf("%s not found", lgl)
	}
	gold := filepath.Join("..", "..", "testdata", "quotes", "lgl-sample.gold.jsonl")
	input := filepath.Join(t.TempDir(), "input.jsonl")
	require.NoError(t, os.WriteFile(input, linesWithIDs(t, lgl, idsOf(t, gold)), 0o644))
	code, out, stderr := runEval(t, "", "--gold", gold, "--kind", "quotes", "--json", input)
	require.Equal(t, 0, code, stderr)
	var row struct {
		QuoteF1 float64 `json:"quote_f1"`
		AttrAcc float64 `json:"attr_acc"`
		E2EF1   float64 `json:"e2e_f1"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &row), out)
	// The figures at the time of writing, less a little.
	assert.GreaterOrEqual(t, row.QuoteF1, 0.97)
	assert.GreaterOrEqual(t, row.AttrAcc, 0.95)
	assert.GreaterOrEqual(t, row.E2EF1, 0.94)
}
