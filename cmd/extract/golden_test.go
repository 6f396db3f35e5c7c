package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsfacts/extract/schema"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/golden (then read git diff testdata/)")

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

// TestGolden compares each case's records with testdata/golden/NAME.json,
// written indented so that a change reads as a line diff in review.
func TestGolden(t *testing.T) {
	toRoot(t)
	for _, tc := range goldenCases {
		t.Run(tc.name, func(t *testing.T) {
			got := indentRecords(t, runExtract(t, tc.args...))
			path := filepath.Join("testdata", "golden", tc.name+".json")
			if *update {
				require.NoError(t, os.WriteFile(path, got, 0o644))
			}
			want, err := os.ReadFile(path)
			require.NoError(t, err, "no golden file: run go test ./cmd/extract -update and read git diff testdata/")
			assert.Equal(t, string(want), string(got), "output differs from %s", path)
		})
	}
}

func indentRecords(t *testing.T, jsonl []byte) []byte {
	var recs []json.RawMessage
	sc := bufio.NewScanner(bytes.NewReader(jsonl))
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() {
		recs = append(recs, json.RawMessage(bytes.Clone(sc.Bytes())))
	}
	require.NoError(t, sc.Err())
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	require.NoError(t, enc.Encode(recs))
	return compactSpans.ReplaceAll(buf.Bytes(), []byte("[$1, $2]"))
}

// compactSpans puts each [start, end] pair on one line of the golden files.
var compactSpans = regexp.MustCompile(`\[\s*(\d+),\s*(\d+)\s*\]`)

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
