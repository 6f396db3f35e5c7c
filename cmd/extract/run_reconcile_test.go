package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsfacts/extract/schema"
)

// TestRunReconcile extracts and reconciles the seed articles in one pass:
// one story holding both versions, the same bytes whatever the workers.
func TestRunReconcile(t *testing.T) {
	toRoot(t)
	var outs []string
	for _, workers := range []string{"1", "2"} {
		var stdout, stderr bytes.Buffer
		code := run([]string{"run", "--reconcile", "--no-progress", "--workers", workers, "examples/articles.jsonl"},
			strings.NewReader(""), &stdout, &stderr)
		require.Equal(t, 0, code, stderr.String())
		assert.Contains(t, stderr.String(), "reconciled into 1 stories")
		outs = append(outs, stdout.String())
	}
	assert.Equal(t, outs[0], outs[1], "same bytes with 1 and 2 workers")
	lines := strings.Split(strings.TrimSpace(outs[0]), "\n")
	require.Len(t, lines, 1)
	require.NoError(t, schema.ValidateStory([]byte(lines[0])))
	var s schema.Story
	require.NoError(t, json.Unmarshal([]byte(lines[0]), &s))
	require.Len(t, s.Versions, 2)
	assert.Equal(t, "000_65a1ea006ef29172", s.Versions[0].DocID)
	assert.Equal(t, "001_95a3ff9c11a1d264", s.Versions[1].DocID)
}
