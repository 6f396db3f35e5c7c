package rules

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestReconcileDefaults checks that default/reconcile.yaml gives every
// setting, with the values of DefaultReconcile.
func TestReconcileDefaults(t *testing.T) {
	set, err := Default()
	require.NoError(t, err)
	f := set.Reconcile
	for name, p := range map[string]bool{
		"threshold": f.Threshold != nil, "shingle_words": f.ShingleWords != nil, "bands": f.Bands != nil, "rows": f.Rows != nil,
		"title_bonus": f.TitleBonus != nil, "min_quote_shingles": f.MinQuoteShingles != nil, "max_bucket": f.MaxBucket != nil,
		"quote_edit_similarity": f.QuoteEditSimilarity != nil,
	} {
		assert.True(t, p, "default/reconcile.yaml gives %s", name)
	}
	assert.Equal(t, DefaultReconcile, f.Settings())
	assert.Equal(t, DefaultReconcile, (&ReconcileFile{}).Settings(), "an empty file means the defaults")
}

func TestReconcileValidate(t *testing.T) {
	f := func(v float64) *float64 { return &v }
	i := func(v int) *int { return &v }
	tests := []struct {
		name string
		file ReconcileFile
		want []string // paths of the errors
	}{
		{"nothing set", ReconcileFile{}, nil},
		{"all fine", ReconcileFile{Threshold: f(0.4), Bands: i(32), Rows: i(4), QuoteEditSimilarity: f(0.7)}, nil},
		{"threshold above 1", ReconcileFile{Threshold: f(1.5)}, []string{"$.threshold"}},
		{"threshold 0", ReconcileFile{Threshold: f(0)}, []string{"$.threshold"}},
		{"shingle of no words", ReconcileFile{ShingleWords: i(0)}, []string{"$.shingle_words"}},
		{"bands × rows too long", ReconcileFile{Bands: i(64), Rows: i(4)}, []string{"$.bands"}},
		{"rows alone too many", ReconcileFile{Rows: i(3)}, []string{"$.rows"}},
		{"negative bonus", ReconcileFile{TitleBonus: f(-0.1)}, []string{"$.title_bonus"}},
		{"bucket of none", ReconcileFile{MaxBucket: i(0)}, []string{"$.max_bucket"}},
		{"edit similarity 0", ReconcileFile{QuoteEditSimilarity: f(0)}, []string{"$.quote_edit_similarity"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, e := range tc.file.Validate() {
				got = append(got, e.Path)
			}
			assert.Equal(t, tc.want, got)
		})
	}
}

// TestReconcileUserFile overrides one setting from a user's directory and
// reports a bad one with its position.
func TestReconcileUserFile(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "reconcile.yaml"), []byte("kind: reconcile\nthreshold: 0.4\n"), 0o644))
	set, err := Load(dir)
	require.NoError(t, err)
	s := set.Reconcile.Settings()
	assert.Equal(t, 0.4, s.Threshold)
	assert.Equal(t, DefaultReconcile.Bands, s.Bands, "the others keep their defaults")

	bad := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(bad, "reconcile.yaml"), []byte("kind: reconcile\nthreshold: 2\nbands: 100\nshingles: 3\n"), 0o644))
	_, err = Load(bad)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "reconcile.yaml:4:1: unknown field \"shingles\"")
	require.NoError(t, os.WriteFile(filepath.Join(bad, "reconcile.yaml"), []byte("kind: reconcile\nthreshold: 2\nbands: 100\n"), 0o644))
	_, err = Load(bad)
	require.Error(t, err)
	list := err.(ErrorList)
	require.Len(t, list, 2)
	assert.Equal(t, 2, list[0].Line)
	assert.Contains(t, list[0].Msg, "want a number from 0 to 1")
	assert.Equal(t, 3, list[1].Line)
	assert.Contains(t, list[1].Msg, "bands × rows is 100 × 2 = 200")
}
