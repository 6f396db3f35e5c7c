package reconcile_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/newsfacts/extract/extract"
	"github.com/newsfacts/extract/reconcile"
	"github.com/newsfacts/extract/rules"
	"github.com/newsfacts/extract/schema"
)

var (
	setupOnce sync.Once
	ruleSet   *rules.Set
	extractor *extract.Extractor
	setupErr  error
)

// setup loads the default rules and the extractor once for every test.
func setup(t *testing.T) (*rules.Set, *extract.Extractor) {
	t.Helper()
	setupOnce.Do(func() {
		ruleSet, setupErr = rules.Default()
		if setupErr == nil {
			extractor, setupErr = extract.New(ruleSet)
		}
	})
	require.NoError(t, setupErr)
	return ruleSet, extractor
}

// seedDocs are the two seed articles, with the ids and publication dates
// of the issue.
func seedDocs(t *testing.T) []schema.Document {
	t.Helper()
	var docs []schema.Document
	for _, s := range []struct{ id, published string }{
		{"000_65a1ea006ef29172", "2025-08-16"},
		{"001_95a3ff9c11a1d264", "2025-08-17"},
	} {
		text, err := os.ReadFile(filepath.Join("..", "testdata", "seeds", s.id+".txt"))
		require.NoError(t, err)
		docs = append(docs, schema.Document{
			ID: s.id, Published: s.published, Text: string(text),
			Title: "Putin Invites Trump to Moscow After Alaska Summit",
		})
	}
	return docs
}

// fixtureDocs reads the articles of testdata/stories/NAME.jsonl.
func fixtureDocs(t *testing.T, name string) []schema.Document {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "stories", name+".jsonl"))
	require.NoError(t, err)
	defer f.Close()
	var docs []schema.Document
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var d schema.Document
		require.NoError(t, json.Unmarshal(sc.Bytes(), &d))
		docs = append(docs, d)
	}
	require.NoError(t, sc.Err())
	return docs
}

// signedRecord is an Extraction with doc.signature, as the extractor
// writes it once it computes reconcile.Signature.
type signedRecord struct {
	schema.Extraction
	Doc signedDoc `json:"doc"`
}

type signedDoc struct {
	schema.DocInfo
	Signature *schema.TextSignature `json:"signature,omitempty"`
}

// extractLines extracts docs and returns their records as JSON lines; with
// signed, each carries its text signature.
func extractLines(t *testing.T, docs []schema.Document, signed bool) [][]byte {
	t.Helper()
	set, ex := setup(t)
	var lines [][]byte
	for _, d := range docs {
		rec := ex.Extract(d)
		require.Nil(t, rec.Error, "extracting %s", d.ID)
		out := signedRecord{Extraction: rec, Doc: signedDoc{DocInfo: rec.Doc}}
		if signed {
			out.Doc.Signature = reconcile.Signature(d.Text, rec.Excluded, set.Reconcile.Settings().ShingleWords)
		}
		line, err := json.Marshal(out)
		require.NoError(t, err)
		lines = append(lines, line)
	}
	return lines
}

// reconcileLines reconciles JSON lines with the default rules.
func reconcileLines(t *testing.T, lines [][]byte) []schema.Story {
	t.Helper()
	set, _ := setup(t)
	r, err := reconcile.New(set)
	require.NoError(t, err)
	defer r.Close()
	for _, l := range lines {
		require.NoError(t, r.AddJSON(l))
	}
	stories := []schema.Story{}
	require.NoError(t, r.Stories(func(s schema.Story) error {
		stories = append(stories, s)
		return nil
	}))
	return stories
}

// jsonl renders stories as the command writes them.
func jsonl(t *testing.T, stories []schema.Story) []byte {
	t.Helper()
	var buf bytes.Buffer
	for _, s := range stories {
		require.NoError(t, reconcile.WriteJSONL(&buf, s))
	}
	return buf.Bytes()
}

var spanLines = regexp.MustCompile(`\[\n\s+(-?\d+),\n\s+(-?\d+)\n\s+\]`)

// indent renders stories for a golden file: indented, with each span (a
// pair of numbers) kept on one line.
func indent(t *testing.T, stories []schema.Story) []byte {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	require.NoError(t, enc.Encode(stories))
	return spanLines.ReplaceAll(buf.Bytes(), []byte("[$1, $2]"))
}

// docIDs lists the version ids of a story.
func docIDs(s schema.Story) string {
	var ids []string
	for _, v := range s.Versions {
		ids = append(ids, v.DocID)
	}
	return strings.Join(ids, " ")
}

func jsonUnmarshal(b []byte, v any) error { return json.Unmarshal(b, v) }

func newReconciler(set *rules.Set) (*reconcile.Reconciler, error) { return reconcile.New(set) }
