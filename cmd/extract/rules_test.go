package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func runRules(t *testing.T, args ...string) (int, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := run(append([]string{"rules"}, args...), strings.NewReader(""), &stdout, &stderr)
	return code, stdout.String() + stderr.String()
}

func TestRulesCheck(t *testing.T) {
	toRoot(t)
	code, out := runRules(t, "check")
	assert.Equal(t, 0, code, out)

	broken := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(broken, "verbs.yaml"),
		[]byte("kind: speech_verbs\nverbs:\n  - lemma: say\n    froms: [said]\n"), 0o644))
	code, out = runRules(t, "check", broken)
	assert.Equal(t, 1, code)
	assert.Contains(t, out, filepath.Join(broken, "verbs.yaml")+`:4:5: unknown field "froms"`)
}

// TestRulesTest runs the default rules' examples, then a copy of the
// defaults with one example made wrong, which must fail at its file:line.
func TestRulesTest(t *testing.T) {
	toRoot(t)
	code, out := runRules(t, "test")
	require.Equal(t, 0, code, out)
	assert.Regexp(t, `\d+ examples, 0 failed`, out)

	dir := t.TempDir()
	files, err := filepath.Glob("rules/default/*.yaml")
	require.NoError(t, err)
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		if filepath.Base(f) == "speech_verbs.yaml" {
			wrong := strings.Replace(string(b), "speaker: Ted Cruz}", "speaker: Marco Rubio}", 1)
			require.NotEqual(t, string(b), wrong)
			b = []byte(wrong)
		}
		require.NoError(t, os.WriteFile(filepath.Join(dir, filepath.Base(f)), b, 0o644))
	}
	code, out = runRules(t, "test", dir)
	assert.Equal(t, 1, code, out)
	assert.Regexp(t, regexpQuote(filepath.Join(dir, "speech_verbs.yaml"))+`:\d+:\d+: say: expected a quote cued by this verb said by Marco Rubio, got quotes “We will win,” \(Ted Cruz by rule quote-speaker-cue, cue "said"\)`, out)
	assert.Contains(t, out, "1 failed")
}

func regexpQuote(s string) string { return regexp.QuoteMeta(s) }
