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

	"github.com/newsfacts/extract/schema"
)

// runReconcile runs `extract reconcile args...` and returns its exit code,
// stdout and stderr.
func runReconcile(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := run(append([]string{"reconcile"}, args...), strings.NewReader(stdin), &stdout, &stderr)
	return code, stdout.String(), stderr.String()
}

// seedRecords are the frozen Extraction records of the seed articles.
const seedRecords = "reconcile/testdata/records/seeds.jsonl"

func TestReconcileSeeds(t *testing.T) {
	toRoot(t)
	code, out, errOut := runReconcile(t, "", seedRecords)
	require.Equal(t, 0, code, errOut)
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	require.Len(t, lines, 1, "one story")
	require.NoError(t, schema.ValidateStory([]byte(lines[0])))
	assert.Contains(t, lines[0], `"doc_id":"000_65a1ea006ef29172"`)
	assert.Contains(t, lines[0], `"doc_id":"001_95a3ff9c11a1d264"`)

	// The same bytes again, and with the records in the other order on stdin.
	code, again, _ := runReconcile(t, "", seedRecords)
	require.Equal(t, 0, code)
	assert.Equal(t, out, again)
	data, err := os.ReadFile(seedRecords)
	require.NoError(t, err)
	recs := strings.Split(strings.TrimSpace(string(data)), "\n")
	code, reversed, errOut := runReconcile(t, recs[1]+"\n\n"+recs[0]+"\n", "-")
	require.Equal(t, 0, code, errOut)
	assert.Equal(t, out, reversed)

	// -o writes the file, and says so.
	path := filepath.Join(t.TempDir(), "stories.jsonl")
	code, stdout, errOut := runReconcile(t, "", "-o", path, seedRecords)
	require.Equal(t, 0, code, errOut)
	assert.Empty(t, stdout)
	assert.Contains(t, errOut, "2 records, 1 stories -> "+path)
	written, err := os.ReadFile(path)
	require.NoError(t, err)
	assert.Equal(t, out, string(written))

	// Reconciling the output again is refused, not guessed at.
	code, _, errOut = runReconcile(t, "", path)
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, path+":1: this is a Story record")
}

// TestRunThenReconcile pipes `extract run` into `extract reconcile`.
func TestRunThenReconcile(t *testing.T) {
	toRoot(t)
	dir := t.TempDir()
	var input strings.Builder
	for _, s := range []struct{ id, published string }{{"000_65a1ea006ef29172", "2025-08-16"}, {"001_95a3ff9c11a1d264", "2025-08-17"}} {
		text, err := os.ReadFile(filepath.Join("testdata", "seeds", s.id+".txt"))
		require.NoError(t, err)
		line, err := marshalJSON(map[string]string{"id": s.id, "published": s.published, "text": string(text)})
		require.NoError(t, err)
		input.Write(line)
		input.WriteByte('\n')
	}
	var recs, stderr bytes.Buffer
	require.Equal(t, 0, run([]string{"run", "-"}, strings.NewReader(input.String()), &recs, &stderr), stderr.String())
	require.NoError(t, os.WriteFile(filepath.Join(dir, "records.jsonl"), recs.Bytes(), 0o644))
	code, out, errOut := runReconcile(t, "", filepath.Join(dir, "records.jsonl"))
	require.Equal(t, 0, code, errOut)
	assert.Equal(t, 1, strings.Count(out, "\n"), "the two seeds are one story")
}

func TestReconcileFailures(t *testing.T) {
	toRoot(t)
	dir := t.TempDir()
	badRules := filepath.Join(dir, "rules")
	require.NoError(t, os.MkdirAll(badRules, 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(badRules, "r.yaml"), []byte("kind: reconcile\nthreshold: 3\n"), 0o644))
	notJSON := filepath.Join(dir, "bad.jsonl")
	require.NoError(t, os.WriteFile(notJSON, []byte(`{"doc":{"id":"a"}}`+"\nnot json\n"), 0o644))
	withError := filepath.Join(dir, "errors.jsonl")
	require.NoError(t, os.WriteFile(withError, []byte(`{"schema_version":"1.0.0","doc":{"id":"broken","length":0},"quotes":[],"people":[],"places":[],"dates":[],"excluded":[],"warnings":[],"error":{"reason":"empty document"}}`+"\n"), 0o644))

	tests := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"no input", nil, 2, "no input"},
		{"missing file", []string{filepath.Join(dir, "none.jsonl")}, 2, "none.jsonl"},
		{"bad rules", []string{"--rules", badRules, seedRecords}, 2, "r.yaml:2:12: want a number from 0 to 1"},
		{"not an extraction", []string{notJSON}, 2, "bad.jsonl:2: not a JSON Extraction record"},
		{"error records are left out", []string{withError}, 0, "left out 1 records with an error: broken"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, _, errOut := runReconcile(t, "", tc.args...)
			assert.Equal(t, tc.code, code)
			assert.Contains(t, errOut, tc.want)
		})
	}
}

func marshalJSON(v any) ([]byte, error) { return json.Marshal(v) }
