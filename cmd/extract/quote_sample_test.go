package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
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
	} {
		t.Run(tc.sample, func(t *testing.T) {
			corpus := filepath.Join("..", "..", "..", "shared", "data", tc.corpus, "input.jsonl")
			if _, err := os.Stat(corpus); err != nil {
				t.Skipf("%s not found", corpus)
			}
			gold := filepath.Join("..", "..", "testdata", "quotes", tc.sample+".gold.jsonl")
			input := filepath.Join(t.TempDir(), "input.jsonl")
			require.NoError(t, os.WriteFile(input, linesWithIDs(t, corpus, idsOf(t, gold)), 0o644))
			code, out, stderr := runEval(t, "", "--gold", gold, "--kind", "quotes", "--json", input)
			require.Equal(t, 0, code, stderr)
			var row struct {
				QuoteF1 float64 `json:"quote_f1"`
				AttrAcc float64 `json:"attr_acc"`
				E2EF1   float64 `json:"e2e_f1"`
			}
			require.NoError(t, json.Unmarshal([]byte(out), &row), out)
			assert.GreaterOrEqual(t, row.QuoteF1, tc.quoteF1)
			assert.GreaterOrEqual(t, row.AttrAcc, tc.attrAcc)
			assert.GreaterOrEqual(t, row.E2EF1, tc.e2eF1)
		})
	}
}
