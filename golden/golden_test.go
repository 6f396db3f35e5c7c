package golden

import (
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsfacts/extract/schema"
)

func strp(s string) *string { return &s }

func record() schema.Extraction {
	return schema.Extraction{
		SchemaVersion: schema.Version,
		Doc:           schema.DocInfo{ID: "a.txt", Published: "2025-08-16", ContentHash: "sha256:x"},
		Quotes: []schema.Quote{{ID: "q_1", Text: "We didn’t get there", Span: schema.Span{10, 29}, Kind: schema.QuoteFull,
			Speaker: &schema.Speaker{Name: "Donald J. Trump", Mention: schema.Mention{Text: "Trump", Span: schema.Span{31, 36}},
				ResolvedBy: schema.ByExplicit, Rule: "quote-speaker-cue"}}},
		People:   []schema.Person{{Name: "Donald J. Trump", Aliases: []string{"Trump"}, Titles: []string{"President"}, Mentions: []schema.Mention{{Text: "Trump", Span: schema.Span{31, 36}}}}},
		Places:   []schema.Place{{Name: "Moscow", Kind: "city", Country: "RU", Mentions: []schema.Mention{{Text: "Moscow", Span: schema.Span{40, 46}}}}},
		Dates:    []schema.Date{{Text: "Friday", Span: schema.Span{50, 56}, Value: strp("2025-08-15"), Granularity: "day", Rule: "weekday"}},
		Excluded: []schema.Excluded{},
		Warnings: []schema.Warning{},
	}
}

func TestDiffNamesEachChange(t *testing.T) {
	tests := []struct {
		name   string
		change func(*schema.Extraction)
		want   []string
	}{
		{"same", func(*schema.Extraction) {}, nil},
		{"speaker", func(r *schema.Extraction) {
			r.Quotes[0].Speaker = &schema.Speaker{Name: "Vladimir Putin", Mention: schema.Mention{Text: "Putin", Span: schema.Span{31, 36}}, ResolvedBy: schema.ByExplicit, Rule: "quote-speaker-cue"}
		}, []string{`a.txt: quote “We didn’t get there” [10, 29]: speaker Donald J. Trump (mention "Trump", explicit, rule quote-speaker-cue) -> Vladimir Putin (mention "Putin", explicit, rule quote-speaker-cue)`}},
		{"place vanished", func(r *schema.Extraction) { r.Places = nil }, []string{"a.txt: place Moscow vanished"}},
		{"date moved", func(r *schema.Extraction) { r.Dates[0].Value = strp("2025-08-08") }, []string{`a.txt: date "Friday" [50, 56]: value 2025-08-15 -> 2025-08-08`}},
		{"quote lost speaker", func(r *schema.Extraction) { r.Quotes[0].Speaker = nil }, []string{`a.txt: quote “We didn’t get there” [10, 29]: speaker Donald J. Trump (mention "Trump", explicit, rule quote-speaker-cue) -> no speaker`}},
		{"other field", func(r *schema.Extraction) { r.People[0].Aliases = []string{"Trump", "Donald"} }, []string{"a.txt: .people[0].aliases changed"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := record()
			tt.change(&got)
			assert.Equal(t, tt.want, Diff([]schema.Extraction{record()}, []schema.Extraction{got}))
		})
	}
}

func TestWriteReadRoundTrip(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a.golden.json")
	require.NoError(t, Write(path, []schema.Extraction{record()}))
	got, err := Read(path)
	require.NoError(t, err)
	assert.Empty(t, Diff([]schema.Extraction{record()}, got))
	assert.Equal(t, map[string]string{"a.txt": "2025-08-16"}, Published(got))
	assert.Equal(t, "dir/a.golden.json", PathFor("dir/a.txt"))
	assert.Equal(t, "dir/cases.golden.json", PathFor("dir/cases.jsonl"))
}
