package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestExplainSeed shows a rule author how the first seed was read: the
// boilerplate range with its rule and file, and the rule (with file:line)
// that attributed "Next time in Moscow" to Putin.
func TestExplainSeed(t *testing.T) {
	toRoot(t)
	var stdout, stderr bytes.Buffer
	code := run([]string{"explain", "--published", "2025-08-16", "testdata/seeds/000_65a1ea006ef29172.txt"},
		strings.NewReader(""), &stdout, &stderr)
	require.Equal(t, 0, code, stderr.String())
	out := stdout.String()
	assert.Regexp(t, `"View Plans"  rule view-plans \(rules/default/boilerplate\.yaml:\d+\)`, out)
	assert.Regexp(t, `full "Next time in Moscow,"\n    speaker: Vladimir Putin, through "Vladimir Putin" \[68, 82\] \(explicit\); cue "tell" \[191, 195\]\n    rule: speaker-cue-quote \(rules/default/attribution\.yaml:\d+\)`, out)
	assert.Contains(t, out, "Putin/NNP", "tokens carry their POS tags")
	assert.Contains(t, out, "paragraph 1 [0, 49] headline")
}

func TestExplainJSON(t *testing.T) {
	toRoot(t)
	var stdout, stderr bytes.Buffer
	code := run([]string{"explain", "--json", "examples/articles.jsonl"}, strings.NewReader(""), &stdout, &stderr)
	require.Equal(t, 0, code, stderr.String())
	lines := strings.Split(strings.TrimSpace(stdout.String()), "\n")
	assert.Len(t, lines, 2, "one JSON object per document")
	assert.Contains(t, lines[0], `"source":"rules/default/attribution.yaml:`)
}
