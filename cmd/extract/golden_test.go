package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsfacts/extract/golden"
	"github.com/newsfacts/extract/schema"
)

var update = flag.Bool("update", false, "rewrite the golden files beside the test articles (then read git diff testdata/)")

// goldenCases run `extract run` from the repository root, so that the ids
// of .txt inputs (their paths) are the same on every machine.
var goldenCases = []struct {
	name string
	args []string
}{
	{"seed-000", []string{"--published", "2025-08-16", "testdata/seeds/000_65a1ea006ef29172.txt"}},
	{"seed-001", []string{"--published", "2025-08-17", "testdata/seeds/001_95a3ff9c11a1d264.txt"}},
	{"attribution", []string{"testdata/cases/attribution.jsonl"}},
	{"quote-marks", []string{"testdata/cases/quote_marks.jsonl"}},
	{"boilerplate", []string{"testdata/cases/boilerplate.jsonl"}},
	{"dates", []string{"testdata/cases/dates.jsonl"}},
	{"wire-copy", []string{"testdata/cases/wire_copy.jsonl"}},
}

// runExtract runs the command from the repository root and returns its
// records, failing the test on a non-zero exit.
func runExtract(t *testing.T, args ...string) []byte {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := run(append([]string{"run"}, args...), strings.NewReader(""), &stdout, &stderr)
	require.Equal(t, 0, code, "stderr: %s", stderr.String())
	return stdout.Bytes()
}

func toRoot(t *testing.T) {
	t.Chdir(filepath.Join("..", ".."))
}

// goldenDirs hold the project's own golden cases: articles with their
// NAME.golden.json beside them, checked with the same command and code a
// rule author uses (extract golden check).
var goldenDirs = []string{"testdata/seeds", "testdata/cases"}

// TestGolden runs `extract golden check` over the project's cases; with
// -update it runs `extract golden update` (then read git diff testdata/).
func TestGolden(t *testing.T) {
	toRoot(t)
	mode := "check"
	if *update {
		mode = "update"
	}
	var stdout, stderr bytes.Buffer
	code := run(append([]string{"golden", mode}, goldenDirs...), strings.NewReader(""), &stdout, &stderr)
	assert.Equal(t, 0, code, "golden %s:\n%s%s", mode, stdout.String(), stderr.String())
	// Byte for byte too, so formatting drift is caught.
	for _, tc := range goldenCases {
		in := tc.args[len(tc.args)-1]
		want, err := os.ReadFile(golden.PathFor(in))
		require.NoError(t, err)
		var recs []schema.Extraction
		for _, line := range bytes.Split(bytes.TrimSpace(runExtract(t, tc.args...)), []byte("\n")) {
			var r schema.Extraction
			require.NoError(t, json.Unmarshal(line, &r))
			recs = append(recs, r)
		}
		got, err := golden.Marshal(recs)
		require.NoError(t, err)
		assert.Equal(t, string(want), string(got), "%s", golden.PathFor(in))
	}
}

// TestOutputValidatesAndIsStable checks every record of every case against
// the JSON Schema and that a second run gives the same bytes.
func TestOutputValidatesAndIsStable(t *testing.T) {
	toRoot(t)
	for _, tc := range goldenCases {
		t.Run(tc.name, func(t *testing.T) {
			first := runExtract(t, tc.args...)
			second := runExtract(t, tc.args...)
			assert.Equal(t, string(first), string(second), "two runs differ")
			lines := bytes.Split(bytes.TrimSpace(first), []byte("\n"))
			for i, line := range lines {
				assert.NoError(t, schema.Validate(line), "record %d", i+1)
				var rec schema.Extraction
				require.NoError(t, json.Unmarshal(line, &rec))
				assertSpansMatch(t, tc.args, rec)
			}
		})
	}
}

// assertSpansMatch checks that every span gives its text back when read as
// code points, the convention other tools rely on.
func assertSpansMatch(t *testing.T, args []string, rec schema.Extraction) {
	t.Helper()
	text := []rune(documentText(t, args, rec.Doc.ID))
	check := func(what string, sp schema.Span, want string) {
		if assert.True(t, sp[0] >= 0 && sp[0] <= sp[1] && sp[1] <= len(text), "%s span %v in range", what, sp) {
			assert.Equal(t, want, string(text[sp[0]:sp[1]]), "%s span %v", what, sp)
		}
	}
	for _, q := range rec.Quotes {
		check("quote", q.Span, q.Text)
		if q.Speaker != nil {
			check("speaker mention", q.Speaker.Mention.Span, q.Speaker.Mention.Text)
		}
		if q.Cue != nil {
			check("cue", q.Cue.Span, q.Cue.Text)
		}
	}
	for _, p := range rec.People {
		for _, m := range p.Mentions {
			check("person mention", m.Span, m.Text)
		}
	}
	for _, p := range rec.Places {
		for _, m := range p.Mentions {
			check("place mention", m.Span, m.Text)
		}
	}
	for _, d := range rec.Dates {
		check("date", d.Span, d.Text)
	}
	for _, e := range rec.Excluded {
		check("excluded", e.Span, e.Text)
	}
}

// documentText finds the text of document id among the inputs of args.
func documentText(t *testing.T, args []string, id string) string {
	t.Helper()
	for _, a := range args {
		switch {
		case strings.HasSuffix(a, ".txt") && a == id:
			b, err := os.ReadFile(a)
			require.NoError(t, err)
			return string(b)
		case strings.HasSuffix(a, ".jsonl"):
			b, err := os.ReadFile(a)
			require.NoError(t, err)
			for _, line := range bytes.Split(b, []byte("\n")) {
				var d schema.Document
				if json.Unmarshal(line, &d) == nil && d.ID == id {
					return d.Text
				}
			}
		}
	}
	t.Fatalf("no input holds document %q", id)
	return ""
}
