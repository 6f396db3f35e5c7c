package eval

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func mustGold(t *testing.T, lines ...string) *Gold {
	t.Helper()
	g, err := ReadGold(strings.NewReader(strings.Join(lines, "\n")), "gold.jsonl")
	require.NoError(t, err)
	return g
}

func mustPred(t *testing.T, lines ...string) *Pred {
	t.Helper()
	p, err := ReadPred(strings.NewReader(strings.Join(lines, "\n")), "pred.jsonl")
	require.NoError(t, err)
	return p
}

func categories(errs []Error) []string {
	var out []string
	for _, e := range errs {
		out = append(out, string(e.Category)+" "+e.Doc+" "+spanString(e.Span))
	}
	return out
}

// quoteText: He said "We will win the vote" and Ann Lee called it "a sham."
//
//	0         1         2         3         4         5         6
//	0123456789012345678901234567890123456789012345678901234567890123456
const quoteText = `He said "We will win the vote" and Ann Lee called it "a sham."`

func TestScoreQuotes(t *testing.T) {
	gold := `{"id": "a", "quotes": [` +
		`{"span": [9, 29], "kind": "full", "source_spans": [[0, 2]], "source_text": "He"},` +
		`{"span": [54, 61], "kind": "partial", "source_spans": [[35, 42]], "source_text": "Ann Lee"}]}`
	tests := []struct {
		name   string
		quotes string // the predicted quotes of document a
		texts  Texts
		want   QuoteCounts
		errs   []string
	}{
		{
			name:   "perfect",
			quotes: `{"span": [9, 29], "speaker": {"name": "Bob Ray", "mention": {"text": "He", "span": [0, 2]}}}, {"span": [54, 61], "speaker": {"name": "Ann Lee", "mention": {"text": "Ann Lee", "span": [35, 42]}}}`,
			want:   QuoteCounts{Gold: 2, GoldFound: 2, Pred: 2, PredCorrect: 2, AttrTotal: 2, AttrCorrect: 2, E2EGold: 2, E2EPred: 2},
		},
		{
			name: "by name, not for a pronoun",
			// "Ann Lee" matches by the last word of the name; "He" needs the mention span.
			quotes: `{"span": [9, 29], "speaker": {"name": "Bob He", "mention": {"text": "Bob", "span": [40, 41]}}}, {"span": [54, 61], "speaker": {"name": "Dr. Ann LEE Jr.", "mention": {"text": "she", "span": [0, 1]}}}`,
			want:   QuoteCounts{Gold: 2, GoldFound: 2, Pred: 2, PredCorrect: 2, AttrTotal: 2, AttrCorrect: 1, E2EGold: 1, E2EPred: 1},
			errs:   []string{"wrong_speaker a [9, 29]"},
		},
		{
			name: "blank name uses the mention text; empty speaker is not null",
			quotes: `{"span": [9, 29], "speaker": {}}, ` +
				`{"span": [54, 61], "speaker": {"name": " ", "mention": {"text": "Lee", "span": [3, 4]}}}`,
			want: QuoteCounts{Gold: 2, GoldFound: 2, Pred: 2, PredCorrect: 2, AttrTotal: 2, AttrCorrect: 1, AttrNull: 0, E2EGold: 1, E2EPred: 1},
			errs: []string{"wrong_speaker a [9, 29]"},
		},
		{
			name: "half the characters is enough, either way",
			// [9, 19) covers 10 of the 20 gold characters: found; [24, 34)
			// has 5 of its 10 inside: correct. [50, 56) has 2 of 6: wrong,
			// and 2 of the 7 characters of "a sham." are not enough.
			quotes: `{"span": [9, 19], "speaker": null}, {"span": [24, 34], "speaker": null}, {"span": [50, 56], "speaker": null}`,
			want:   QuoteCounts{Gold: 2, GoldFound: 1, Pred: 3, PredCorrect: 2, AttrTotal: 1, AttrNull: 1},
			errs:   []string{"miss a [54, 61]", "false_positive a [50, 56]", "wrong_speaker a [9, 29]"},
		},
		{
			name: "the largest overlap attributes, the first on a tie",
			quotes: `{"span": [9, 14], "speaker": {"name": "Ann Lee", "mention": {"text": "Ann", "span": [35, 38]}}}, ` +
				`{"span": [14, 29], "speaker": {"name": "X", "mention": {"text": "He", "span": [0, 2]}}}, ` +
				`{"span": [54, 57], "speaker": {"name": "Ann Lee", "mention": {"text": "Ann", "span": [35, 38]}}}, ` +
				`{"span": [58, 61], "speaker": null}`,
			want: QuoteCounts{Gold: 2, GoldFound: 2, Pred: 4, PredCorrect: 4, AttrTotal: 2, AttrCorrect: 2, E2EGold: 2, E2EPred: 2},
		},
		{
			name:   "invalid spans count, and are wrong",
			quotes: `{"span": [29, 9]}, {"span": null}, {"span": [9.0, 29]}, {"span": [54, 99], "speaker": null}, "junk"`,
			// [54, 99) covers "a sham." (found) but is mostly outside it (wrong).
			want: QuoteCounts{Gold: 2, GoldFound: 1, Pred: 4, AttrTotal: 1, AttrNull: 1},
			errs: []string{"miss a [9, 29]", "false_positive a [0, 0]", "false_positive a [0, 0]", "false_positive a [0, 0]", "false_positive a [54, 99]", "wrong_speaker a [54, 61]"},
		},
		{
			name:   "a span past the end of a known text is wrong",
			quotes: `{"span": [54, 99], "speaker": null}`,
			texts:  Texts{"a": quoteText},
			want:   QuoteCounts{Gold: 2, Pred: 1},
			errs:   []string{"miss a [9, 29]", "miss a [54, 61]", "false_positive a [0, 0]"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g := mustGold(t, gold, `{"id": "b", "quotes": [{"span": [0, 4]}]}`)
			p := mustPred(t, `{"doc": {"id": "a"}, "quotes": [`+tc.quotes+`]}`, `{"doc": {"id": "zzz"}, "quotes": []}`)
			r := Score(Quotes, g, p, tc.texts)
			want := tc.want
			want.GoldDocs, want.PredDocs, want.MissingDocs, want.UnknownDocs = 2, 1, 1, 1
			want.Gold++ // document b's quote, never found
			assert.Equal(t, want, r.Quotes.Counts)
			assert.Equal(t, append(append([]string{}, tc.errs...), "miss b [0, 4]")[:len(tc.errs)+1], sortMissFirst(categories(r.Errors)))
		})
	}
}

// sortMissFirst moves document b's miss (listed among the misses, after
// document a's) to the end, so that the tables above list a's errors only.
func sortMissFirst(errs []string) []string {
	var out []string
	var b string
	for _, e := range errs {
		if e == "miss b [0, 4]" {
			b = e
			continue
		}
		out = append(out, e)
	}
	return append(out, b)
}

func TestScoreQuotesMetrics(t *testing.T) {
	g := mustGold(t,
		`{"id": "a", "quotes": [{"span": [0, 10], "kind": "full", "source_spans": [[20, 22]], "source_text": "he"}, {"span": [30, 40], "kind": "partial", "source_spans": [], "source_text": ""}, {"span": [50, 60], "kind": "full", "source_spans": [[70, 72]], "source_text": "she"}]}`)
	p := mustPred(t, `{"id": "a", "quotes": [{"span": [0, 10], "speaker": {"mention": {"span": [20, 22]}}}, {"span": [30, 40], "speaker": null}, {"span": [80, 90], "speaker": null}]}`)
	m := Score(Quotes, g, p, nil).Quotes
	// 2 of 3 predictions correct, 2 of 3 gold found; the source-less one
	// counts end-to-end on both sides.
	assert.Equal(t, 0.6667, m.QuoteP)
	assert.Equal(t, 0.6667, m.QuoteR)
	assert.Equal(t, 0.6667, m.QuoteF1)
	assert.Equal(t, 1.0, m.AttrAcc)
	assert.Equal(t, 0.6667, m.E2EP)
	assert.Equal(t, 0.6667, m.E2ER)
	assert.Equal(t, map[string]QuoteKindMetrics{
		"full":    {Gold: 2, Found: 1, QuoteR: 0.5, AttrAcc: 1, E2ER: 0.5},
		"partial": {Gold: 1, Found: 1, QuoteR: 1, AttrAcc: 0, E2ER: 1},
	}, m.ByKind)
	assert.Equal(t, Notes{}, m.Notes)

	empty := Score(Quotes, mustGold(t), NewPred("p"), nil).Quotes
	assert.Equal(t, QuoteMetrics{Kind: Quotes, ByKind: map[string]QuoteKindMetrics{}, Notes: Notes{}}, *empty)
}

func TestScoreQuotesNotes(t *testing.T) {
	g := mustGold(t, `{"id": "a", "quotes": [{"span": [9, 29]}]}`)
	p := mustPred(t,
		`{"id": "a", "quotes": [{"span": [9, 29], "text": "We will win the vote"}, {"span": [9, 29], "text": "We will win the vot"}, {"span": [0, 100]}, {"span": [9, 29], "speaker": {"mention": {"text": "Ann", "span": [35, 38]}}}, {"span": [9, 29], "speaker": {"mention": {"text": "Ann Lee", "span": [35, 38]}}}]}`,
		`{"id": "a"}`, `{"id": "x", "quotes": [{"span": [1]}]}`)
	m := Score(Quotes, g, p, Texts{"a": quoteText}).Quotes
	assert.Equal(t, Notes{
		"duplicate document ids (later lines ignored)":                                              1,
		"quotes whose text differs from the input at their span (spans must be code-point offsets)": 1,
		"quotes with a missing or invalid span (counted wrong)":                                     2,
		"speaker mentions whose text differs from the input at their span":                          1,
	}, m.Notes)
}

// dateText: "On Friday, Oct. 27, the board met for two hours and will meet again next week."
//
//	0         1         2         3         4         5         6         7
//	0123456789012345678901234567890123456789012345678901234567890123456789012345678
const dateText = "On Friday, Oct. 27, the board met for two hours and will meet again next week."

func TestScoreDates(t *testing.T) {
	gold := `{"id": "a", "dates": [{"span": [3, 18], "text": "Friday, Oct. 27", "value": "1989-10-27"}, {"span": [68, 77], "text": "next week", "value": "1989-W44"}, {"span": [0, 2], "text": "On", "value": null}], "neutral": [{"span": [38, 47], "text": "two hours"}]}`
	tests := []struct {
		name  string
		dates string
		want  DateCounts
		pred  int
		errs  []string
	}{
		{
			name:  "exact and right",
			dates: `{"span": [3, 18], "value": "1989-10-27T00:00:00"}, {"span": [68, 77], "value": "1989-W44"}, {"span": [0, 2], "value": null}`,
			pred:  3,
			want:  DateCounts{StrictGold: 3, StrictPred: 3, RelaxedGold: 3, RelaxedPred: 3, ValueGold: 3, ValuePred: 3},
		},
		{
			name: "the exact one decides the value, else the first overlapping",
			// Gold 1: the exact prediction (2nd) is right. Gold 2: the first
			// overlapping prediction has the wrong value.
			dates: `{"span": [3, 9], "value": "1989-10-20"}, {"span": [3, 18], "value": "1989-10-27"}, {"span": [73, 77], "value": "1989-W45"}, {"span": [68, 72], "value": "1989-W44"}`,
			pred:  4,
			want:  DateCounts{StrictGold: 1, StrictPred: 1, RelaxedGold: 2, RelaxedPred: 4, ValueGold: 1, ValuePred: 2},
			errs:  []string{"miss a [0, 2]", "wrong_value a [68, 77]"},
		},
		{
			name: "neutral stretches",
			// On "two hours" only: dropped. On "two hours" and "next week": kept.
			// Elsewhere: a false positive.
			dates: `{"span": [38, 41], "value": "PT2H"}, {"span": [42, 70], "value": "1989-W44"}, {"span": [20, 29], "value": null}`,
			pred:  2,
			want:  DateCounts{RelaxedGold: 1, RelaxedPred: 1, ValueGold: 1, ValuePred: 1, NeutralDrops: 1},
			errs:  []string{"miss a [3, 18]", "miss a [0, 2]", "false_positive a [20, 29]"},
		},
		{
			name:  "an empty span inside a date overlaps it",
			dates: `{"span": [5, 5], "value": "1989-10-27"}, {"span": [68, 68], "value": "1989-W44"}`,
			pred:  2,
			want:  DateCounts{RelaxedGold: 1, RelaxedPred: 1, ValueGold: 1, ValuePred: 1},
			errs:  []string{"miss a [68, 77]", "miss a [0, 2]", "false_positive a [68, 68]"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g := mustGold(t, gold, `{"id": "b", "dates": []}`)
			p := mustPred(t, `{"doc": {"id": "a"}, "dates": [`+tc.dates+`]}`)
			r := Score(Dates, g, p, Texts{"a": dateText})
			want := tc.want
			want.GoldDocs, want.PredDocs = 2, 1
			assert.Equal(t, want, r.Dates.Counts)
			assert.Equal(t, 3, r.Dates.Gold)
			assert.Equal(t, tc.pred, r.Dates.Pred)
			assert.Equal(t, 1, r.Dates.MissingDocs)
			assert.Equal(t, tc.errs, categories(r.Errors))
		})
	}
}

func TestScoreDatesMetrics(t *testing.T) {
	g := mustGold(t, `{"id": "a", "dates": [{"span": [3, 18], "text": "x", "value": "1989-10-27"}, {"span": [68, 77], "text": "y", "value": "1989-W44"}, {"span": [0, 2], "text": "z"}]}`)
	p := mustPred(t, `{"id": "a", "dates": [{"span": [3, 18], "value": "1989-10-27"}, {"span": [70, 77], "value": "1989-W45"}, {"span": [20, 22]}]}`)
	m := Score(Dates, g, p, nil).Dates
	assert.Equal(t, []float64{0.3333, 0.3333, 0.3333}, []float64{m.StrictP, m.StrictR, m.StrictF1})
	assert.Equal(t, []float64{0.6667, 0.6667, 0.6667}, []float64{m.RelaxedP, m.RelaxedR, m.RelaxedF1})
	assert.Equal(t, 0.5, m.ValueAcc)
	assert.Equal(t, []float64{0.3333, 0.3333, 0.3333}, []float64{m.ValueP, m.ValueR, m.ValueF1})
}

func TestScoreMentions(t *testing.T) {
	// Baton Rouge [10, 21), New Orleans [25, 36), Texas [50, 55);
	// "American" [60, 68) is neutral.
	gold := `{"id": "a", "places": [{"span": [10, 21], "text": "Baton Rouge"}, {"span": [25, 36], "text": "New Orleans"}, {"span": [50, 55], "text": "Texas"}], "people": [{"span": [0, 3], "text": "Ann"}], "neutral": [{"span": [60, 68], "text": "American"}]}`
	pred := `{"doc": {"id": "a"}, "places": [` +
		`{"name": "Baton Rouge", "mentions": [{"text": "Baton Rouge", "span": [10, 21]}, {"text": "Baton Rouge", "span": [10, 21]}, [10, 21]]},` +
		`{"name": "Orleans", "mentions": [{"text": "Orleans", "span": [29, 36]}]},` +
		`{"name": "America", "mentions": [[60, 64], [54, 62]]},` +
		`{"name": "Lyon", "span": [40, 44], "text": "Lyon"}],` +
		`"people": [{"name": "Ann", "mentions": [[0, 3]]}]}`
	g := mustGold(t, gold, `{"id": "b", "places": [{"span": [0, 1], "text": "X"}]}`)
	p := mustPred(t, pred, `{"doc": {"id": "c"}, "places": []}`)

	r := Score(Places, g, p, nil)
	m := r.Mentions
	// Predictions: Baton Rouge twice (with its text, and bare), Orleans,
	// [54, 62) (on Texas and American: kept), Lyon; [60, 64) dropped.
	assert.Equal(t, 4, m.Gold)
	assert.Equal(t, 5, m.Pred)
	assert.Equal(t, MentionCounts{GoldDocs: 2, PredDocs: 1, UnknownDocs: 1, ExactGold: 1, ExactPred: 2, OverlapGold: 3, OverlapPred: 4, NeutralDrops: 1}, m.Counts)
	assert.Equal(t, 1, m.MissingDocs)
	assert.Equal(t, []float64{0.4, 0.25, 0.3077}, []float64{m.ExactP, m.ExactR, m.ExactF1})
	assert.Equal(t, []float64{0.8, 0.75, 0.7742}, []float64{m.OverlapP, m.OverlapR, m.OverlapF1})
	assert.Equal(t, []string{"miss b [0, 1]", "false_positive a [40, 44]"}, categories(r.Errors))

	people := Score(People, g, p, nil).Mentions
	assert.Equal(t, People, people.Facet)
	assert.Equal(t, MentionCounts{GoldDocs: 2, PredDocs: 1, UnknownDocs: 1, ExactGold: 1, ExactPred: 1, OverlapGold: 1, OverlapPred: 1}, people.Counts)
	assert.Equal(t, 1.0, people.ExactF1)
}
