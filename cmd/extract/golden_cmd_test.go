package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// copySeeds puts the two seed articles in a fresh folder.
func copySeeds(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for _, name := range []string{"000_65a1ea006ef29172.txt", "001_95a3ff9c11a1d264.txt"} {
		b, err := os.ReadFile(filepath.Join("testdata", "seeds", name))
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), b, 0o644))
	}
	return dir
}

func goldenRun(t *testing.T, args ...string) (int, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := run(append([]string{"golden"}, args...), strings.NewReader(""), &stdout, &stderr)
	return code, stdout.String() + stderr.String()
}

// TestGoldenWorkflow is the rule author's loop on the seed articles: write
// the goldens (each with its publication date), check them, then see a
// changed article and a changed rule fail with a readable diff.
func TestGoldenWorkflow(t *testing.T) {
	toRoot(t)
	dir := copySeeds(t)
	a, b := filepath.Join(dir, "000_65a1ea006ef29172.txt"), filepath.Join(dir, "001_95a3ff9c11a1d264.txt")
	code, out := goldenRun(t, "update", "--published", "2025-08-16", a)
	require.Equal(t, 0, code, out)
	code, out = goldenRun(t, "update", "--published", "2025-08-17", b)
	require.Equal(t, 0, code, out)

	code, out = goldenRun(t, "check", dir)
	require.Equal(t, 0, code, out)
	assert.Contains(t, out, "2 files match their golden files")

	t.Run("an edited article", func(t *testing.T) {
		text, err := os.ReadFile(a)
		require.NoError(t, err)
		edited := strings.Replace(string(text), "Trump told reporters", "Putin told reporters", 1)
		require.NotEqual(t, string(text), edited)
		require.NoError(t, os.WriteFile(a, []byte(edited), 0o644))
		defer os.WriteFile(a, text, 0o644)
		code, out := goldenRun(t, "check", dir)
		assert.Equal(t, 1, code, out)
		assert.Contains(t, out, "quote “We didn’t get there, but we have a very good chance of gett…” [427, 496]: speaker Donald J. Trump")
		assert.Regexp(t, `-> Vladimir Putin \(mention "Putin"`, out)
		assert.Contains(t, out, "1 of 2 files differ")
	})

	t.Run("a rule that loses told", func(t *testing.T) {
		rules := t.TempDir()
		require.NoError(t, os.WriteFile(filepath.Join(rules, "verbs.yaml"),
			[]byte("kind: speech_verbs\nverbs:\n  - {lemma: tell, forms: [tells, telling]}\n"), 0o644))
		code, out := goldenRun(t, "check", "--rules", rules, dir)
		assert.Equal(t, 1, code, out)
		assert.Contains(t, out, "quote “We didn’t get there, but we have a very good chance of gett…” [427, 496]: cue \"told\" [504, 508] -> none")
	})

	t.Run("no golden yet", func(t *testing.T) {
		lone := t.TempDir()
		require.NoError(t, os.WriteFile(filepath.Join(lone, "x.txt"), []byte("“Hello,” Trump said."), 0o644))
		code, out := goldenRun(t, "check", lone)
		assert.Equal(t, 1, code)
		assert.Contains(t, out, "no golden file")
	})
}
