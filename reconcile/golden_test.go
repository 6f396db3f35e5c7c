package reconcile_test

import (
	"bufio"
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsfacts/extract/schema"
)

var (
	update  = flag.Bool("update", false, "rewrite testdata/golden/story-*.json from testdata/records (then read git diff reconcile/testdata/)")
	records = flag.Bool("records", false, "re-extract testdata/records/*.jsonl from the articles with the current extractor (use with -update)")
)

// fixtures are the synthetic version series in testdata/stories.
var fixtures = []string{"edited", "reattributed", "paragraph-removed", "three-versions", "single", "same-topic"}

// goldenCases are the seeds and every series.
var goldenCases = append([]string{"seeds"}, fixtures...)

func caseDocs(t *testing.T, name string) []schema.Document {
	if name == "seeds" {
		return seedDocs(t)
	}
	return fixtureDocs(t, name)
}

// readRecords reads testdata/records/NAME.jsonl: the Extraction records
// (with text signatures) of a case, frozen so that the golden stories test
// reconciliation alone, whatever later changes to the extractor do. The
// tests in seeds_test.go and series_test.go extract the articles afresh.
func readRecords(t *testing.T, name string) [][]byte {
	t.Helper()
	path := filepath.Join("testdata", "records", name+".jsonl")
	if *records {
		var buf bytes.Buffer
		for _, l := range extractLines(t, caseDocs(t, name), true) {
			buf.Write(l)
			buf.WriteByte('\n')
		}
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, buf.Bytes(), 0o644))
	}
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	var lines [][]byte
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() {
		lines = append(lines, bytes.Clone(sc.Bytes()))
	}
	require.NoError(t, sc.Err())
	return lines
}

// TestGolden reconciles the records of the seed articles and of each
// synthetic series, and compares the stories with
// testdata/golden/story-NAME.json, indented with each span on one line so
// that a change reads as a line diff. Every story line must also satisfy
// the Story schema.
func TestGolden(t *testing.T) {
	for _, name := range goldenCases {
		t.Run(name, func(t *testing.T) {
			stories := reconcileLines(t, readRecords(t, name))
			for _, line := range bytes.Split(bytes.TrimSpace(jsonl(t, stories)), []byte("\n")) {
				require.NoError(t, schema.ValidateStory(line))
			}
			got := indent(t, stories)
			path := filepath.Join("testdata", "golden", "story-"+name+".json")
			if *update {
				require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
				require.NoError(t, os.WriteFile(path, got, 0o644))
			}
			want, err := os.ReadFile(path)
			require.NoError(t, err, "no golden file: run go test ./reconcile -update and read git diff reconcile/testdata/")
			assert.Equal(t, string(want), string(got), "output differs from %s", path)
		})
	}
}
