package eval

import (
	"bytes"
	"encoding/json"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func fixtureReport(t *testing.T, k Kind, dir string) *Report {
	t.Helper()
	g, err := ReadGoldFile(fixture(dir, "gold.jsonl"))
	require.NoError(t, err)
	f, err := os.Open(fixture(dir, "pred.jsonl"))
	require.NoError(t, err)
	defer f.Close()
	p, err := ReadPred(f, "pred.jsonl")
	require.NoError(t, err)
	return Score(k, g, p, nil)
}

// The articles' tallies add up to the report's counts: a draw of every
// article once is the report itself.
func TestTalliesAddUp(t *testing.T) {
	cases := []struct {
		kind  Kind
		dir   string
		total func(r *Report) (tally, int)
	}{
		{Quotes, "quotes", func(r *Report) (tally, int) { return quoteTally(&r.Quotes.Counts), r.Quotes.Counts.GoldDocs }},
		{Dates, "dates", func(r *Report) (tally, int) { return dateTally(r.Dates), r.Dates.Counts.GoldDocs }},
		{Places, "places", func(r *Report) (tally, int) { return mentionTally(r.Mentions), r.Mentions.Counts.GoldDocs }},
		{People, "places", func(r *Report) (tally, int) { return mentionTally(r.Mentions), r.Mentions.Counts.GoldDocs }},
	}
	for _, tc := range cases {
		t.Run(string(tc.kind), func(t *testing.T) {
			r := fixtureReport(t, tc.kind, tc.dir)
			want, docs := tc.total(r)
			sum := make(tally, len(want))
			for _, tl := range r.tallies {
				for i, v := range tl {
					sum[i] += v
				}
			}
			assert.Equal(t, want, sum)
			assert.Len(t, r.tallies, docs)
		})
	}
}

func TestAddIntervals(t *testing.T) {
	r := fixtureReport(t, Quotes, "quotes")
	require.Nil(t, r.Quotes.Intervals, "no intervals unless asked for")
	r.AddIntervals(500)
	in := r.Quotes.Intervals
	require.Len(t, in, 3)
	point := map[string]float64{"quote_f1": r.Quotes.QuoteF1, "attr_acc": r.Quotes.AttrAcc, "e2e_f1": r.Quotes.E2EF1}
	for name, v := range point {
		assert.LessOrEqual(t, in[name][0], v, name)
		assert.GreaterOrEqual(t, in[name][1], v, name)
		assert.Less(t, in[name][0], in[name][1], "%s: the fixture's articles differ, so the draws do", name)
	}

	again := fixtureReport(t, Quotes, "quotes")
	again.AddIntervals(500)
	assert.Equal(t, in, again.Quotes.Intervals, "the draws are seeded")

	var buf bytes.Buffer
	require.NoError(t, r.WriteJSON(&buf))
	var got map[string]any
	require.NoError(t, json.Unmarshal(buf.Bytes(), &got))
	assert.Contains(t, got, "intervals")
	buf.Reset()
	require.NoError(t, r.WriteTable(&buf))
	assert.Contains(t, buf.String(), "95% intervals, the ")
	assert.Contains(t, buf.String(), "attribution")

	none := fixtureReport(t, Quotes, "quotes")
	none.AddIntervals(0)
	buf.Reset()
	require.NoError(t, none.WriteJSON(&buf))
	assert.NotContains(t, buf.String(), "intervals")
}

// Articles that all score alike give an interval of one point.
func TestIntervalsOfAlikeArticles(t *testing.T) {
	article := func(id string) string {
		return `{"id": "` + id + `", "dates": [{"span": [0, 5], "text": "today", "value": "2025-01-01"}, {"span": [10, 16], "text": "Monday", "value": "2025-01-06"}]}`
	}
	pred := func(id string) string {
		return `{"doc": {"id": "` + id + `"}, "dates": [{"span": [0, 5], "value": "2025-01-01"}, {"span": [10, 16], "value": "2025-01-13"}]}`
	}
	r := Score(Dates, mustGold(t, article("a"), article("b"), article("c")), mustPred(t, pred("a"), pred("b"), pred("c")), nil)
	r.AddIntervals(200)
	assert.Equal(t, Intervals{"relaxed_f1": {1, 1}, "value_acc": {0.5, 0.5}}, r.Dates.Intervals)
}

func TestCompareWith(t *testing.T) {
	// Two articles with quoteText; the baseline attributes article a's
	// first quote wrongly and b's rightly, the run the other way round.
	gold := func(id string) string {
		return `{"id": "` + id + `", "quotes": [` +
			`{"span": [9, 29], "kind": "full", "source_spans": [[0, 2]], "source_text": "He"},` +
			`{"span": [54, 61], "kind": "partial", "source_spans": [[35, 42]], "source_text": "Ann Lee"}]}`
	}
	right := `{"span": [9, 29], "speaker": {"name": "Bob Ray", "mention": {"text": "He", "span": [0, 2]}}}, {"span": [54, 61], "speaker": {"name": "Ann Lee", "mention": {"text": "Ann Lee", "span": [35, 42]}}}`
	wrong := `{"span": [9, 29], "speaker": {"name": "Ann Lee", "mention": {"text": "Ann Lee", "span": [35, 42]}}}, {"span": [54, 61], "speaker": {"name": "Ann Lee", "mention": {"text": "Ann Lee", "span": [35, 42]}}}`
	pred := func(a, b string) *Pred {
		return mustPred(t, `{"doc": {"id": "a"}, "quotes": [`+a+`]}`, `{"doc": {"id": "b"}, "quotes": [`+b+`]}`)
	}
	g := mustGold(t, gold("a"), gold("b"))
	base := Score(Quotes, g, pred(wrong, right), nil)
	cur := Score(Quotes, g, pred(right, right), nil)
	ch, err := cur.CompareWith(base, 200)
	require.NoError(t, err)
	assert.Equal(t, []string{"wrong_speaker a [9, 29]"}, categories(ch.Fixed))
	assert.Empty(t, ch.Broken)
	assert.Equal(t, map[string]float64{"quote_f1": 1, "attr_acc": 0.75, "e2e_f1": 0.75}, cur.Quotes.Baseline)
	in := cur.Quotes.ChangeIntervals["attr_acc"]
	assert.Equal(t, 0.0, in[0], "a draw of article b alone changes nothing")
	assert.Equal(t, 0.5, in[1], "a draw of article a alone gains half")

	worse := Score(Quotes, g, pred(right, wrong), nil)
	ch, err = worse.CompareWith(base, 0)
	require.NoError(t, err)
	assert.Equal(t, []string{"wrong_speaker a [9, 29]"}, categories(ch.Fixed))
	assert.Equal(t, []string{"wrong_speaker b [9, 29]"}, categories(ch.Broken))
	assert.Nil(t, worse.Quotes.ChangeIntervals, "no draws asked for")

	var buf bytes.Buffer
	require.NoError(t, worse.WriteComparison(&buf, ch))
	assert.Equal(t, `
against the baseline:
  quote F1       1.000 -> 1.000  (+0.000)
  attribution    0.750 -> 0.750  (+0.000)
  end-to-end F1  0.750 -> 0.750  (+0.000)
  errors fixed 1, errors made 1
`, buf.String())

	other := Score(Quotes, mustGold(t, gold("a")), pred(right, right), nil)
	_, err = cur.CompareWith(other, 0)
	assert.ErrorContains(t, err, "compare runs on the same gold")
}
