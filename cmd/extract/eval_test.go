package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// evalFixture is a file of testdata/eval, seen from this package.
func evalFixture(kind, name string) string {
	return filepath.Join("..", "..", "testdata", "eval", kind, name)
}

// runEval runs `extract eval args...` and returns exit code, stdout, stderr.
func runEval(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := run(append([]string{"eval"}, args...), strings.NewReader(stdin), &stdout, &stderr)
	return code, stdout.String(), stderr.String()
}

// jsonLines decodes each line of out.
func jsonLines(t *testing.T, out string) []map[string]any {
	t.Helper()
	var rows []map[string]any
	for _, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		var row map[string]any
		require.NoError(t, json.Unmarshal([]byte(line), &row), line)
		rows = append(rows, row)
	}
	return rows
}

func TestEvalPredTable(t *testing.T) {
	gold, pred := evalFixture("quotes", "gold.jsonl"), evalFixture("quotes", "pred.jsonl")
	code, stdout, stderr := runEval(t, "", "--gold", gold, "--pred", pred)
	require.Equal(t, 0, code, stderr)
	assert.Empty(t, stderr)
	// The figures are those of score_quotes.py on the same files (see
	// eval/agree_test.go); input.jsonl beside the gold is read for the notes.
	assert.Equal(t, `quotes: gold `+gold+`, pred `+pred+`
documents: 6 gold, 5 predicted, 1 missing from pred (count as empty), 1 unknown ids in pred (ignored)
note: duplicate document ids (later lines ignored): 1
note: error records: 1
note: lines without a document id (ignored): 1
note: quotes that are not objects (ignored): 1
note: quotes whose text differs from the input at their span (spans must be code-point offsets): 1
note: quotes with a missing or invalid span (counted wrong): 3
note: speaker mentions whose text differs from the input at their span: 3

                     P       R      F1   counts
quotes           0.708   0.938   0.807   pred correct 17/24, gold found 15/16
attribution                      0.500   acc over 14 found gold quotes with a source: 7 correct, 3 with speaker null
end-to-end       0.375   0.500   0.429   pred 9/24, gold 8/16

by gold kind:  kind       gold  quote R attr acc    e2e R
               (none)        1    0.000    0.000    0.000
               full          9    1.000    0.375    0.444
               partial       6    1.000    0.667    0.667
`, stdout)
}

func TestEvalIntervals(t *testing.T) {
	gold, pred := evalFixture("quotes", "gold.jsonl"), evalFixture("quotes", "pred.jsonl")
	code, stdout, stderr := runEval(t, "", "--gold", gold, "--pred", pred, "--ci", "1000")
	require.Equal(t, 0, code, stderr)
	assert.Contains(t, stdout, `
95% intervals, the 6 articles drawn again at random:
  quote F1       `)
	_, again, _ := runEval(t, "", "--gold", gold, "--pred", pred, "--ci", "1000")
	assert.Equal(t, stdout, again, "the draws are seeded")

	code, stdout, stderr = runEval(t, "", "--gold", gold, "--pred", pred, "--ci", "1000", "--json")
	require.Equal(t, 0, code, stderr)
	var m struct {
		AttrAcc   float64               `json:"attr_acc"`
		Intervals map[string][2]float64 `json:"intervals"`
	}
	require.NoError(t, json.Unmarshal([]byte(stdout), &m))
	assert.Len(t, m.Intervals, 3)
	assert.LessOrEqual(t, m.Intervals["attr_acc"][0], m.AttrAcc)
	assert.GreaterOrEqual(t, m.Intervals["attr_acc"][1], m.AttrAcc)
}

func TestEvalBaseline(t *testing.T) {
	gold, pred := evalFixture("quotes", "gold.jsonl"), evalFixture("quotes", "pred.jsonl")
	// The baseline predicted nothing for the first article: its quotes
	// were misses then.
	data, err := os.ReadFile(pred)
	require.NoError(t, err)
	lines := strings.Split(strings.TrimSpace(string(data)), "\n")
	base := filepath.Join(t.TempDir(), "base.jsonl")
	require.NoError(t, os.WriteFile(base, []byte(strings.Join(lines[1:], "\n")+"\n"), 0o644))
	code, stdout, stderr := runEval(t, "", "--gold", gold, "--pred", pred, "--baseline", base, "--errors", "2")
	require.Equal(t, 0, code, stderr)
	assert.Contains(t, stdout, "\nagainst the baseline:\n  quote F1       ")
	assert.Regexp(t, `errors fixed [1-9]\d*, errors made \d+\n`, stdout)
	assert.Contains(t, stdout, "Fixed since the baseline (its errors this run does not make): ")
	assert.Contains(t, stdout, "  miss: ")

	code, stdout, stderr = runEval(t, "", "--gold", gold, "--pred", pred, "--baseline", base, "--json", "--ci", "100")
	require.Equal(t, 0, code, stderr)
	var m struct {
		Baseline        map[string]float64    `json:"baseline"`
		ChangeIntervals map[string][2]float64 `json:"change_intervals"`
	}
	require.NoError(t, json.Unmarshal([]byte(stdout), &m))
	assert.Len(t, m.Baseline, 3)
	assert.Len(t, m.ChangeIntervals, 3)
}

func TestEvalPredJSONAndKinds(t *testing.T) {
	tests := []struct {
		name  string
		args  []string
		kinds []string
		check func(t *testing.T, rows []map[string]any)
	}{
		{
			name:  "dates",
			args:  []string{"--gold", evalFixture("dates", "gold.jsonl"), "--pred", evalFixture("dates", "pred.jsonl"), "--json"},
			kinds: []string{"dates"},
			check: func(t *testing.T, rows []map[string]any) {
				assert.Equal(t, 0.6502, rows[0]["relaxed_f1"])
				assert.Equal(t, 0.7273, rows[0]["value_acc"])
			},
		},
		{
			name:  "every kind in the gold file",
			args:  []string{"--json", "--gold", evalFixture("places", "gold.jsonl"), "--pred", evalFixture("places", "pred.jsonl")},
			kinds: []string{"places", "people"},
			check: func(t *testing.T, rows []map[string]any) {
				assert.Equal(t, 0.7534, rows[0]["overlap_f1"])
				assert.Equal(t, 0.5, rows[1]["exact_f1"])
			},
		},
		{
			name:  "one kind",
			args:  []string{"--gold", evalFixture("places", "gold.jsonl"), "--kind", "people", "--pred", evalFixture("places", "pred.jsonl"), "--json"},
			kinds: []string{"people"},
		},
		{
			name:  "a kind the gold does not have",
			args:  []string{"--gold", evalFixture("places", "gold.jsonl"), "--kind", "quotes", "--pred", evalFixture("places", "pred.jsonl"), "--json"},
			kinds: []string{"quotes"},
			check: func(t *testing.T, rows []map[string]any) {
				assert.Equal(t, 0.0, rows[0]["quote_f1"])
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, stdout, stderr := runEval(t, "", tc.args...)
			require.Equal(t, 0, code, stderr)
			rows := jsonLines(t, stdout)
			var kinds []string
			for _, r := range rows {
				kinds = append(kinds, r["kind"].(string))
			}
			assert.Equal(t, tc.kinds, kinds)
			if tc.check != nil {
				tc.check(t, rows)
			}
		})
	}
}

func TestEvalErrorsListing(t *testing.T) {
	args := []string{"--gold", evalFixture("dates", "gold.jsonl"), "--pred", evalFixture("dates", "pred.jsonl"), "--errors", "2"}
	code, stdout, stderr := runEval(t, "", args...)
	require.Equal(t, 0, code, stderr)
	assert.Contains(t, stdout, "\nMisses (gold dates not found): 10, showing 2\n  fx-dates-3 [21, 26] \"March\" value 1990-03\n    …The merger closed in [[March]].¶…\n")
	assert.Contains(t, stdout, "\nWrong values (matched gold dates whose value differs): 3, showing 2\n")
	assert.Contains(t, stdout, "will vote [[next Tuesday]]. Results") // context, from input.jsonl beside the gold

	// With --json, stdout stays JSON and the listing goes to stderr.
	code, stdout, stderr = runEval(t, "", append(args, "--json")...)
	require.Equal(t, 0, code, stderr)
	assert.Len(t, jsonLines(t, stdout), 1)
	assert.Contains(t, stderr, "Misses (gold dates not found): 10, showing 2")
}

func TestEvalPredStdinAndInput(t *testing.T) {
	pred, err := os.ReadFile(evalFixture("quotes", "pred.jsonl"))
	require.NoError(t, err)
	gold := evalFixture("quotes", "gold.jsonl")
	// Flags after the gold, pred from stdin.
	code, stdout, stderr := runEval(t, string(pred), "--gold", gold, "--pred", "-", "--json")
	require.Equal(t, 0, code, stderr)
	rows := jsonLines(t, stdout)
	assert.Equal(t, 0.807, rows[0]["quote_f1"])
	assert.Len(t, rows[0]["notes"], 7)

	// A gold file elsewhere has no input.jsonl beside it: no text checks
	// (the span past the end is then not known to be invalid) unless --input.
	dir := t.TempDir()
	goldCopy := filepath.Join(dir, "gold.jsonl")
	data, err := os.ReadFile(gold)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(goldCopy, data, 0o644))
	_, stdout, _ = runEval(t, string(pred), "--gold", goldCopy, "--pred", "-", "--json")
	assert.NotContains(t, jsonLines(t, stdout)[0]["notes"], "speaker mentions whose text differs from the input at their span")
	_, stdout, _ = runEval(t, string(pred), "--gold", goldCopy, "--pred", "-", "--json", "--input", evalFixture("quotes", "input.jsonl"))
	assert.Equal(t, rows, jsonLines(t, stdout))
}

// TestEvalRun runs the extractor on the fixture articles and checks that
// scoring the run directly gives what scoring its output file gives.
func TestEvalRun(t *testing.T) {
	gold, input := evalFixture("quotes", "gold.jsonl"), evalFixture("quotes", "input.jsonl")
	code, direct, stderr := runEval(t, "", "--gold", gold, input, "--json")
	require.Equal(t, 0, code, stderr)
	assert.Contains(t, stderr, "extract eval: extracted 6 documents (0 error records)")

	var records, runErr bytes.Buffer
	require.Equal(t, 0, run([]string{"run", "--no-progress", input}, strings.NewReader(""), &records, &runErr), runErr.String())
	code, fromFile, stderr := runEval(t, records.String(), "--gold", gold, "--pred", "-", "--json")
	require.Equal(t, 0, code, stderr)
	assert.Equal(t, fromFile, direct)

	code, table, _ := runEval(t, "", "--gold", gold, input)
	require.Equal(t, 0, code)
	assert.True(t, strings.HasPrefix(table, "quotes: gold "+gold+", pred extract run "+input+"\n"), table)
}

func TestEvalFailures(t *testing.T) {
	gold, pred := evalFixture("quotes", "gold.jsonl"), evalFixture("quotes", "pred.jsonl")
	dir := t.TempDir()
	write := func(name, content string) string {
		path := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(path, []byte(content), 0o644))
		return path
	}
	badGold := write("bad-gold.jsonl", `{"id": "a", "quotes": []}`+"\n"+`{"id": "b", "quotes": [{"span": [4, 2]}]}`+"\n")
	badPred := write("bad-pred.jsonl", `{"doc": {"id": "a"}}`+"\n"+`{"doc": {"id": "b"}, "quotes": [}`+"\n")
	noKinds := write("no-kinds.jsonl", `{"id": "a", "text": "x"}`+"\n")
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"no gold", []string{"--pred", pred}, "extract eval: --gold is required\n"},
		{"both", []string{"--gold", gold, "--pred", pred, "in.jsonl"}, "extract eval: give INPUT to run the extractor, or --pred to score a finished run, not both\n"},
		{"neither", []string{"--gold", gold}, "extract eval: no input: give INPUT to run the extractor, or --pred PRED.jsonl\n"},
		{"rules with pred", []string{"--gold", gold, "--pred", pred, "--rules", "x"}, "extract eval: --rules and --published apply when running the extractor, not with --pred\n"},
		{"input without pred", []string{"--gold", gold, "--input", "x.jsonl", "in.jsonl"}, "extract eval: --input goes with --pred (when running, the articles are INPUT)\n"},
		{"negative errors", []string{"--gold", gold, "--pred", pred, "--errors", "-1"}, "extract eval: --errors: want a number of errors to list, 0 or more\n"},
		{"baseline is the run", []string{"--gold", gold, "--pred", pred, "--baseline", pred}, "extract eval: --baseline and --pred are the same file: nothing to compare\n"},
		{"missing baseline", []string{"--gold", gold, "--pred", pred, "--baseline", filepath.Join(dir, "none.jsonl")}, "extract eval: baseline predictions: open " + filepath.Join(dir, "none.jsonl")},
		{"negative draws", []string{"--gold", gold, "--pred", pred, "--ci", "-1"}, "extract eval: --ci: want a number of draws, 0 (no intervals) or more\n"},
		{"bad kind", []string{"--gold", gold, "--pred", pred, "--kind", "mentions"}, `extract eval: --kind: unknown kind "mentions" (want quotes, dates, places, people)` + "\n"},
		{"unknown flag", []string{"--gold", gold, "--bogus"}, "flag provided but not defined: -bogus\n"},
		{"missing gold", []string{"--gold", filepath.Join(dir, "none.jsonl"), "--pred", pred}, "extract eval: gold: open " + filepath.Join(dir, "none.jsonl") + ": no such file or directory\n"},
		{"bad gold line", []string{"--gold", badGold, "--pred", pred}, "extract eval: " + badGold + ":2: quotes[0]: span: want [start, end], integers with 0 <= start < end, got [4, 2]\n"},
		{"bad pred line", []string{"--gold", gold, "--pred", badPred}, "extract eval: " + badPred + ":2:33: not JSON: invalid character '}' looking for beginning of value\n"},
		{"nothing to score", []string{"--gold", noKinds, "--pred", pred}, "extract eval: " + noKinds + " has no quotes, dates, places or people to score; say which with --kind\n"},
		{"missing input", []string{"--gold", gold, filepath.Join(dir, "none.jsonl")}, "extract eval: input " + filepath.Join(dir, "none.jsonl")},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, stdout, stderr := runEval(t, "", tc.args...)
			assert.Equal(t, 2, code)
			assert.Empty(t, stdout)
			assert.True(t, strings.HasPrefix(stderr, tc.want), "stderr: %s", stderr)
		})
	}
}

func TestEvalGoldWarnings(t *testing.T) {
	dir := t.TempDir()
	gold := filepath.Join(dir, "gold.jsonl")
	input := filepath.Join(dir, "input.jsonl")
	require.NoError(t, os.WriteFile(input, []byte(`{"id": "a", "text": "Flooding in Baton Rouge."}`+"\n"), 0o644))
	require.NoError(t, os.WriteFile(gold, []byte(`{"id": "a", "places": [{"span": [11, 22], "text": "Baton Rouge"}, {"span": [12, 23], "text": "Baton Rouge"}]}`+"\n"), 0o644))
	code, stdout, stderr := runEval(t, `{"id": "a", "places": []}`, "--gold", gold, "--pred", "-")
	require.Equal(t, 0, code)
	assert.Equal(t, "extract eval: warning: "+gold+`:1: a places[0]: text "Baton Rouge", but the article has " Baton Roug" at [11, 22]`+"\n", stderr)
	assert.Contains(t, stdout, "places: gold")
}
