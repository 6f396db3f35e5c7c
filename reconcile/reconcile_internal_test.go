package reconcile

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsfacts/extract/rules"
	"github.com/newsfacts/extract/schema"
)

var (
	defaultOnce  sync.Once
	defaultRules *rules.Set
	defaultErr   error
)

// defaultSet returns a fresh copy of the default rules, loaded once.
func defaultSet(t *testing.T) *rules.Set {
	t.Helper()
	defaultOnce.Do(func() { defaultRules, defaultErr = rules.Default() })
	require.NoError(t, defaultErr)
	set := *defaultRules
	return &set
}

// record builds an Extraction with the given quotes and people.
func record(id, published string, quotes []schema.Quote, people ...schema.Person) schema.Extraction {
	if quotes == nil {
		quotes = []schema.Quote{}
	}
	if people == nil {
		people = []schema.Person{}
	}
	return schema.Extraction{
		SchemaVersion: schema.Version,
		Doc:           schema.DocInfo{ID: id, Published: published},
		Quotes:        quotes, People: people,
		Places: []schema.Place{}, Dates: []schema.Date{}, Excluded: []schema.Excluded{}, Warnings: []schema.Warning{},
	}
}

// quote builds a quote at start; speaker "" means none.
func quote(text, speaker string, start int) schema.Quote {
	q := schema.Quote{ID: schema.QuoteID(text), Text: text, Span: schema.Span{start, start + len([]rune(text))}, Kind: schema.QuoteFull}
	if speaker != "" {
		q.Speaker = &schema.Speaker{Name: speaker, PersonID: schema.PersonID(speaker), Mention: schema.Mention{Text: speaker, Span: schema.Span{0, 1}}, ResolvedBy: schema.ByExplicit, Rule: "test"}
	}
	return q
}

// reported makes q's speaker the source reporting original's words.
func reported(q schema.Quote, original string) schema.Quote {
	q.Speaker.Original = quote(q.Text, original, q.Span[0]).Speaker
	return q
}

func person(name string, start int, aliases ...string) schema.Person {
	if aliases == nil {
		aliases = []string{}
	}
	return schema.Person{ID: schema.PersonID(name), Name: name, Aliases: aliases, Titles: []string{},
		Mentions: []schema.Mention{{Text: name, Span: schema.Span{start, start + len(name)}}}}
}

func build(t *testing.T, recs ...schema.Extraction) schema.Story {
	t.Helper()
	vs := make([]version, len(recs))
	for i, r := range recs {
		vs[i] = version{rec: r}
	}
	return buildStory(vs, rules.DefaultReconcile, newTitleSet(&defaultSet(t).Titles))
}

func TestCanonicalURL(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://www.Example.org/news/a/?utm_source=x&utm_medium=y#top", "example.org/news/a"},
		{"http://example.org/news/a", "example.org/news/a"},
		{"https://example.org:443/news/a?b=2&a=1&fbclid=z", "example.org/news/a?a=1&b=2"},
		{"https://example.org:8080/a", "example.org:8080/a"},
		{"https://example.org", "example.org"},
		{"not a url", ""},
		{"", ""},
		{"/relative/path", ""},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, canonicalURL(tc.in), tc.in)
	}
}

func TestWordDiff(t *testing.T) {
	tests := []struct {
		from, to string
		want     []schema.DiffOp
	}{
		{"a b c", "a b c", []schema.DiffOp{{Op: "equal", Text: "a b c"}}},
		{"in May, and", "in June, and", []schema.DiffOp{{Op: "equal", Text: "in"}, {Op: "delete", Text: "May,"}, {Op: "insert", Text: "June,"}, {Op: "equal", Text: "and"}}},
		{"extremely productive,", "Extremely “productive”", []schema.DiffOp{{Op: "equal", Text: "Extremely “productive”"}}},
		{"", "new words", []schema.DiffOp{{Op: "insert", Text: "new words"}}},
		{"old words", "", []schema.DiffOp{{Op: "delete", Text: "old words"}}},
		{"we will go now", "we go now today", []schema.DiffOp{{Op: "equal", Text: "we"}, {Op: "delete", Text: "will"}, {Op: "equal", Text: "go now"}, {Op: "insert", Text: "today"}}},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, wordDiff(tc.from, tc.to), "%q -> %q", tc.from, tc.to)
	}
}

func TestSignature(t *testing.T) {
	text := "Menu Home News\nThe council met on Friday and voted to close the old bridge for repairs.\nSubscribe now"
	other := "Sign in\nThe council met on Friday and voted to close the old bridge for repairs.\nRelated articles here"
	ex := func(s string, parts ...string) []schema.Excluded {
		var out []schema.Excluded
		r := []rune(s)
		for _, p := range parts {
			i := strings.Index(s, p)
			start := len([]rune(s[:i]))
			out = append(out, schema.Excluded{Span: schema.Span{start, start + len([]rune(p))}})
		}
		_ = r
		return out
	}
	a := Signature(text, ex(text, "Menu Home News", "Subscribe now"), 3)
	b := Signature(other, ex(other, "Sign in", "Related articles here"), 3)
	require.NotNil(t, a)
	assert.Equal(t, a, b, "boilerplate left out, the same text gives the same signature")
	assert.Len(t, a.MinHash, rules.SignatureSize)
	assert.Equal(t, 3, a.ShingleWords)
	assert.NotEqual(t, a, Signature(text, nil, 3), "boilerplate counts when not excluded")
	assert.Nil(t, Signature("  \n ", nil, 3))
	assert.Nil(t, Signature("all excluded", []schema.Excluded{{Span: schema.Span{0, 12}}}, 3))
	assert.Equal(t, Signature("ÉTÉ “quoted” words", nil, 0), Signature("ete quoted words", nil, 3), "folded like schema.Key, default size 3")

	// The documented format, pinned (a Python reimplementation of the
	// package comment gives the same values): tools outside Go reproduce it.
	assert.Equal(t, schema.MinHash{0x1d630a4b, 0xae7a4a7b, 0x83ab18bd}, Signature("one two three four", nil, 3).MinHash[:3])

	// Agreement estimates the Jaccard similarity of the shingle sets.
	var w1, w2 []string
	for i := 0; i < 300; i++ {
		if i < 200 {
			w1 = append(w1, fmt.Sprintf("w%d", i))
		}
		if i >= 100 {
			w2 = append(w2, fmt.Sprintf("w%d", i))
		}
	}
	// 198 shingles each, 98 shared: J = 98/298 = 0.33.
	est := agreement(Signature(strings.Join(w1, " "), nil, 3).MinHash, Signature(strings.Join(w2, " "), nil, 3).MinHash)
	assert.InDelta(t, 0.33, est, 0.12)
}

func TestAlignPeople(t *testing.T) {
	tests := []struct {
		name  string
		names [][]string // per version
		want  []string   // per fact: canonical name and the variant names
	}{
		{"accents", [][]string{{"Viktor Orbán"}, {"Viktor Orban"}}, []string{"Viktor Orbán: Viktor Orbán, Viktor Orban"}},
		{"last name", [][]string{{"Trump"}, {"Donald J. Trump"}}, []string{"Donald J. Trump: Trump, Donald J. Trump"}},
		{"middle initial", [][]string{{"Donald Trump"}, {"Donald J. Trump"}}, []string{"Donald J. Trump: Donald Trump, Donald J. Trump"}},
		{"title in the name", [][]string{{"President Joe Biden"}, {"Joe Biden"}}, []string{"President Joe Biden: President Joe Biden, Joe Biden"}},
		{"ambiguous last name", [][]string{{"Donald Trump", "Melania Trump"}, {"Trump"}}, []string{"Donald Trump: Donald Trump", "Melania Trump: Melania Trump", "Trump: Trump"}},
		{"different people", [][]string{{"Tom Baker"}, {"Ana Ruiz"}}, []string{"Tom Baker: Tom Baker", "Ana Ruiz: Ana Ruiz"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var recs []schema.Extraction
			for v, names := range tc.names {
				var ps []schema.Person
				for i, n := range names {
					ps = append(ps, person(n, 10*i))
				}
				recs = append(recs, record(fmt.Sprintf("v%d", v), fmt.Sprintf("2025-01-0%d", v+1), nil, ps...))
			}
			s := build(t, recs...)
			var got []string
			for _, p := range s.People {
				var vn []string
				for _, v := range p.Variants {
					vn = append(vn, v.Name)
				}
				got = append(got, p.Name+": "+strings.Join(vn, ", "))
				assert.Equal(t, schema.PersonID(p.Name), p.ID)
			}
			assert.Equal(t, tc.want, got)
		})
	}
}

func TestAlignQuotes(t *testing.T) {
	full := "We didn’t get there, but we have a very good chance of getting there,"
	tests := []struct {
		name    string
		v0, v1  []schema.Quote
		want    []string // per story quote: its text and seen_in
		edited  int
		reattrb int
	}{
		{
			name: "a partial quote beside its full quote stays apart",
			v0:   []schema.Quote{quote(full, "Trump", 0)},
			v1:   []schema.Quote{quote("very good chance", "Trump", 0), quote(full, "Trump", 50)},
			want: []string{full + " [v0 v1]", "very good chance [v1]"},
		},
		{
			name: "a partial quote of a version without the full one joins it",
			v0:   []schema.Quote{quote(full, "Trump", 0)},
			v1:   []schema.Quote{quote("a very good chance of getting there", "Trump", 0)},
			want: []string{full + " [v0 v1]"}, edited: 1,
		},
		{
			name: "a split quote is one quote, not edited",
			v0:   []schema.Quote{quote("That’s an interesting one. I’ll get a little heat for that one.", "Trump", 0)},
			v1:   []schema.Quote{quote("That’s an interesting one,", "Trump", 0), quote("I’ll get a little heat for that one.", "Trump", 40)},
			want: []string{"That’s an interesting one. I’ll get a little heat for that one. [v0 v1]"},
		},
		{
			name: "one word in another speaker's quote stays apart",
			v0:   []schema.Quote{quote("friendly", "Putin", 0)},
			v1:   []schema.Quote{quote("It was a friendly and useful meeting", "Merz", 0)},
			want: []string{"friendly [v0]", "It was a friendly and useful meeting [v1]"},
		},
		{
			name: "a quote repeated within a version is one quote",
			v0:   []schema.Quote{quote("Next time in Moscow,", "Putin", 0), quote("Next time in Moscow.", "Putin", 100)},
			v1:   []schema.Quote{quote("Next time in Moscow.", "Putin", 0)},
			want: []string{"Next time in Moscow, [v0 v1]"},
		},
		{
			name: "a few words changed is an edit",
			v0:   []schema.Quote{quote("We remain ready to return to the table at any time,", "Osei", 0)},
			v1:   []schema.Quote{quote("We remain ready to return to negotiations at any time,", "Osei", 0)},
			want: []string{"We remain ready to return to the table at any time, [v0 v1]"}, edited: 1,
		},
		{
			name: "different quotes are not an edit",
			v0:   []schema.Quote{quote("The budget protects the services people rely on", "Holt", 0)},
			v1:   []schema.Quote{quote("We are hiding a deficit behind accounting tricks", "Holt", 0)},
			want: []string{"The budget protects the services people rely on [v0]", "We are hiding a deficit behind accounting tricks [v1]"},
		},
		{
			name: "a source reporting the speaker is no re-attribution",
			v0:   []schema.Quote{quote("We cannot keep every branch open", "Tom Baker", 0)},
			v1:   []schema.Quote{reported(quote("We cannot keep every branch open", "CNN", 0), "Tom Baker")},
			want: []string{"We cannot keep every branch open [v0 v1]"},
		},
		{
			name: "another speaker is a re-attribution",
			v0:   []schema.Quote{quote("We cannot keep every branch open", "Tom Baker", 0)},
			v1:   []schema.Quote{quote("“We cannot keep every branch open”", "Ana Ruiz", 0)},
			want: []string{"We cannot keep every branch open [v0 v1]"}, reattrb: 1,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := build(t, record("v0", "2025-01-01", tc.v0), record("v1", "2025-01-02", tc.v1))
			var got []string
			for _, q := range s.Quotes {
				got = append(got, q.Text+" ["+strings.Join(q.SeenIn, " ")+"]")
				assert.Equal(t, schema.QuoteID(q.Text), q.ID)
			}
			assert.Equal(t, tc.want, got)
			require.Len(t, s.Changes, 1)
			assert.Len(t, s.Changes[0].Edited, tc.edited, "edited")
			assert.Len(t, s.Changes[0].Reattributed, tc.reattrb, "re-attributed")
			if tc.reattrb > 0 {
				require.Len(t, s.Conflicts, 1)
				assert.Equal(t, schema.ConflictSpeaker, s.Conflicts[0].Kind)
			}
		})
	}
}

// randomDigests makes n digests whose signatures take values from an
// alphabet of the given size (a small alphabet makes band values shared by
// many records, the worst case for locality-sensitive hashing).
func randomDigests(n, alphabet int, rng *rand.Rand) []digest {
	ds := make([]digest, n)
	for i := range ds {
		sig := make([]uint32, rules.SignatureSize)
		for j := range sig {
			sig[j] = uint32(rng.IntN(alphabet))
		}
		ds[i] = digest{id: fmt.Sprintf("doc-%06d", i), text: sig}
	}
	return ds
}

// TestGroupingCost checks that grouping never compares every pair: at most
// records × bands × 2 × max_bucket comparisons (plus the title band), and
// twice the records cost about twice the comparisons.
func TestGroupingCost(t *testing.T) {
	set := defaultSet(t)
	threshold, bands, rows, maxBucket := 0.6, 16, 2, 8
	set.Reconcile.Threshold, set.Reconcile.Bands, set.Reconcile.Rows, set.Reconcile.MaxBucket = &threshold, &bands, &rows, &maxBucket
	run := func(n int) (int, *unionFind, []digest) {
		r, err := New(set)
		require.NoError(t, err)
		ds := randomDigests(n, 4, rand.New(rand.NewPCG(uint64(n), 7)))
		uf := newUnionFind(len(ds))
		r.group(ds, uf)
		return r.comparisons, uf, ds
	}
	c1, uf, ds := run(1000)
	c2, _, _ := run(2000)
	assert.LessOrEqual(t, c1, 1000*(2*bands+1)*maxBucket)
	assert.LessOrEqual(t, c2, 2000*(2*bands+1)*maxBucket)
	assert.Less(t, c1, 1000*999/2/4, "far fewer than every pair")
	assert.InDelta(t, 2.0, float64(c2)/float64(c1), 0.3, "linear: %d then %d comparisons", c1, c2)
	for i := range ds {
		assert.Equal(t, i, uf.find(i), "unrelated records stay apart")
	}

	// 300 copies of one story among unrelated records are one story, found
	// with few comparisons.
	r, err := New(defaultSet(t))
	require.NoError(t, err)
	rng := rand.New(rand.NewPCG(3, 4))
	ds = randomDigests(2000, 1<<30, rng)
	base := ds[0].text
	for i := 1; i <= 300; i++ {
		sig := append([]uint32(nil), base...)
		for k := 0; k < 20; k++ {
			sig[rng.IntN(len(sig))] = rng.Uint32()
		}
		ds[i*5].text = sig
	}
	uf = newUnionFind(len(ds))
	r.group(ds, uf)
	for i := 1; i <= 300; i++ {
		assert.Equal(t, uf.find(0), uf.find(i*5))
	}
	assert.Less(t, r.comparisons, 2000, "comparisons: %d", r.comparisons)
}

func TestReconcilerErrors(t *testing.T) {
	set := defaultSet(t)
	line := func(rec schema.Extraction) []byte {
		b, err := json.Marshal(rec)
		require.NoError(t, err)
		return b
	}
	t.Run("not an extraction", func(t *testing.T) {
		r, err := New(set)
		require.NoError(t, err)
		defer r.Close()
		assert.ErrorContains(t, r.AddJSON([]byte(`{"quotes": []}`)), "no doc.id")
		assert.ErrorContains(t, r.AddJSON([]byte(`not json`)), "not a JSON Extraction record")
		assert.ErrorContains(t, r.AddJSON([]byte(`{"doc":{"id":"a"}} {}`)), "more follows")
		err = r.AddJSON([]byte(`{"schema_version":"1.0.0","story_id":"s_0000000000000000","versions":[]}`))
		assert.True(t, errors.Is(err, ErrStoryRecord), "%v", err)
	})
	t.Run("error records are left out", func(t *testing.T) {
		r, err := New(set)
		require.NoError(t, err)
		defer r.Close()
		bad := record("broken", "", nil)
		bad.Error = &schema.Error{Reason: "empty document"}
		require.NoError(t, r.AddJSON(line(bad)))
		require.NoError(t, r.AddJSON(line(record("fine", "2025-01-01", nil))))
		n := 0
		require.NoError(t, r.Stories(func(schema.Story) error { n++; return nil }))
		assert.Equal(t, 1, n)
		assert.Equal(t, []string{"broken"}, r.Skipped())
		assert.Error(t, r.AddJSON(line(record("late", "", nil))), "after Stories")
		assert.Error(t, r.Stories(func(schema.Story) error { return nil }), "Stories twice")
	})
	t.Run("one id, two records", func(t *testing.T) {
		r, err := New(set)
		require.NoError(t, err)
		defer r.Close()
		require.NoError(t, r.AddJSON(line(record("a", "2025-01-01", nil))))
		require.NoError(t, r.AddJSON(line(record("a", "2025-01-02", nil))))
		assert.ErrorContains(t, r.Stories(func(schema.Story) error { return nil }), `doc id "a" appears twice`)
	})
	t.Run("bad settings", func(t *testing.T) {
		s := defaultSet(t)
		bands := 100
		s.Reconcile.Bands = &bands
		_, err := New(s)
		assert.ErrorContains(t, err, "bands × rows")
	})
}

func TestEmptyInput(t *testing.T) {
	stories, err := Reconcile(defaultSet(t), nil)
	require.NoError(t, err)
	assert.Equal(t, []schema.Story{}, stories)
}
