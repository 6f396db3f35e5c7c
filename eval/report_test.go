package eval

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestWriteTable(t *testing.T) {
	tests := []struct {
		name  string
		kind  Kind
		gold  []string
		pred  []string
		texts Texts
		want  string
	}{
		{
			name:  "quotes",
			kind:  Quotes,
			gold:  []string{`{"id": "a", "quotes": [{"span": [9, 29], "kind": "full", "source_spans": [[0, 2]], "source_text": "He"}, {"span": [54, 61], "kind": "partial", "source_spans": [[35, 42]], "source_text": "Ann Lee"}]}`},
			pred:  []string{`{"doc": {"id": "a"}, "quotes": [{"span": [9, 29], "text": "We will", "speaker": null}, {"span": [54, 61], "speaker": {"name": "Ann Lee"}}, {"span": [0, 2]}]}`, `{"quotes": []}`},
			texts: Texts{"a": quoteText},
			want: `quotes: gold gold.jsonl, pred pred.jsonl
documents: 1 gold, 1 predicted, 0 missing from pred (count as empty), 0 unknown ids in pred (ignored)
note: lines without a document id (ignored): 1
note: quotes whose text differs from the input at their span (spans must be code-point offsets): 1

                     P       R      F1   counts
quotes           0.667   1.000   0.800   pred correct 2/3, gold found 2/2
attribution                      0.500   acc over 2 found gold quotes with a source: 1 correct, 1 with speaker null
end-to-end       0.333   0.500   0.400   pred 1/3, gold 1/2

by gold kind:  kind       gold  quote R attr acc    e2e R
               full          1    1.000    0.000    0.000
               partial       1    1.000    1.000    1.000
`,
		},
		{
			name: "quotes without kinds",
			kind: Quotes,
			gold: []string{`{"id": "a", "quotes": [{"span": [9, 29]}]}`},
			want: `quotes: gold gold.jsonl, pred pred.jsonl
documents: 1 gold, 0 predicted, 1 missing from pred (count as empty), 0 unknown ids in pred (ignored)

                     P       R      F1   counts
quotes           0.000   0.000   0.000   pred correct 0/0, gold found 0/1
attribution                      0.000   acc over 0 found gold quotes with a source: 0 correct, 0 with speaker null
end-to-end       0.000   0.000   0.000   pred 0/0, gold 0/1
`,
		},
		{
			name: "dates",
			kind: Dates,
			gold: []string{`{"id": "a", "dates": [{"span": [3, 18], "text": "x", "value": "1989-10-27"}, {"span": [68, 77], "text": "y", "value": "1989-W44"}], "neutral": [{"span": [38, 47]}]}`},
			pred: []string{`{"id": "a", "dates": [{"span": [3, 18], "value": "1989-10-27"}, {"span": [70, 77], "value": "1989-W45"}, {"span": [40, 41]}]}`},
			want: `dates: gold gold.jsonl, pred pred.jsonl
documents: 1 gold, 1 predicted, 0 missing from pred (count as empty), 0 unknown ids in pred (ignored)
note: predictions on neutral stretches only (not counted): 1

                     P       R      F1   counts
strict           0.500   0.500   0.500   pred 1/2, gold 1/2 (same span)
relaxed          1.000   1.000   1.000   pred 2/2, gold 2/2 (overlapping span)
value            0.500   0.500   0.500   pred 1/2, gold 1/2 (overlapping, right value)
value accuracy                   0.500   acc over 2 matched gold dates: 1 with the right value
`,
		},
		{
			name: "places",
			kind: Places,
			gold: []string{`{"id": "a", "places": [{"span": [10, 21], "text": "Baton Rouge"}]}`},
			pred: []string{`{"id": "a", "places": [{"mentions": [[10, 15], [30, 35]]}]}`, `{"id": "b"}`},
			want: `places: gold gold.jsonl, pred pred.jsonl
documents: 1 gold, 1 predicted, 0 missing from pred (count as empty), 1 unknown ids in pred (ignored)

                     P       R      F1   counts
exact            0.000   0.000   0.000   pred 0/2, gold 0/1 (same span)
overlap          0.500   1.000   0.667   pred 1/2, gold 1/1 (overlapping span)
`,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := Score(tc.kind, mustGold(t, tc.gold...), mustPred(t, tc.pred...), tc.texts)
			var buf bytes.Buffer
			require.NoError(t, r.WriteTable(&buf))
			assert.Equal(t, tc.want, buf.String())
		})
	}
}

func TestWriteJSON(t *testing.T) {
	g := mustGold(t, `{"id": "a", "places": [{"span": [10, 21], "text": "Baton Rouge"}], "quotes": [], "dates": []}`)
	p := mustPred(t, `{"id": "a", "places": [{"mentions": [[10, 21]]}]}`)
	want := map[Kind]string{
		Quotes: `{"kind":"quotes","quote_p":0,"quote_r":0,"quote_f1":0,"attr_acc":0,"e2e_p":0,"e2e_r":0,"e2e_f1":0,"counts":{"gold_docs":1,"pred_docs":1,"missing_docs":0,"unknown_docs":0,"gold":0,"gold_found":0,"pred":0,"pred_correct":0,"attr_total":0,"attr_correct":0,"attr_null":0,"e2e_gold":0,"e2e_pred":0},"by_kind":{},"notes":{}}`,
		Dates:  `{"kind":"dates","gold":0,"pred":0,"strict_p":0,"strict_r":0,"strict_f1":0,"relaxed_p":0,"relaxed_r":0,"relaxed_f1":0,"value_acc":0,"value_p":0,"value_r":0,"value_f1":0,"missing_docs":0,"counts":{"gold_docs":1,"pred_docs":1,"unknown_docs":0,"strict_gold":0,"strict_pred":0,"relaxed_gold":0,"relaxed_pred":0,"value_gold":0,"value_pred":0,"neutral_drops":0},"notes":{}}`,
		Places: `{"kind":"places","facet":"places","gold":1,"pred":1,"exact_p":1,"exact_r":1,"exact_f1":1,"overlap_p":1,"overlap_r":1,"overlap_f1":1,"missing_docs":0,"counts":{"gold_docs":1,"pred_docs":1,"unknown_docs":0,"exact_gold":1,"exact_pred":1,"overlap_gold":1,"overlap_pred":1,"neutral_drops":0},"notes":{}}`,
	}
	for _, k := range g.Kinds {
		var buf bytes.Buffer
		require.NoError(t, Score(k, g, p, nil).WriteJSON(&buf))
		assert.Equal(t, want[k]+"\n", buf.String(), k)
		assert.True(t, json.Valid(buf.Bytes()))
	}
}

func TestWriteErrors(t *testing.T) {
	g := mustGold(t,
		`{"id": "a", "quotes": [{"span": [9, 29], "text": "We will win the vote", "kind": "full", "source_spans": [[0, 2]], "source_text": "He"}, {"span": [54, 61], "text": "a sham.", "kind": "partial", "source_spans": [[35, 42]], "source_text": "Ann Lee"}]}`,
		`{"id": "b", "quotes": [{"span": [0, 4], "text": "Nope"}]}`)
	p := mustPred(t, `{"doc": {"id": "a"}, "quotes": [{"span": [9, 29], "speaker": {"name": "Ann Lee", "mention": {"text": "Ann Lee", "span": [35, 42]}}}, {"span": [0, 2], "text": "He"}, {"span": [-1, 2], "text": "bad"}]}`)
	r := Score(Quotes, g, p, Texts{"a": quoteText})
	var buf bytes.Buffer
	require.NoError(t, r.WriteErrors(&buf, 5))
	assert.Equal(t, `
Misses (gold quotes not found): 2, showing 2
  a [54, 61] source "Ann Lee" at [35, 42]
    …He said "We will win the vote" and Ann Lee called it "[[a sham.]]"…
  b [0, 4] source none
    Nope

False positives (predicted quotes not in gold): 2, showing 2
  a [0, 2] speaker null
    …[[He]] said "We will win the vote" and Ann Lee called it "a sham."…
  a (no valid span) invalid span [-1, 2]; speaker null
    bad

Wrong speakers (found gold quotes with a source): 1, showing 1
  a [9, 29] source "He" at [0, 2]; predicted "Ann Lee" (mention "Ann Lee" at [35, 42])
    …He said "[[We will win the vote]]" and Ann Lee called it "a sham."…
`, buf.String())

	buf.Reset()
	require.NoError(t, r.WriteErrors(&buf, 1))
	assert.Contains(t, buf.String(), "Misses (gold quotes not found): 2, showing 1\n  a [54, 61]")

	dg := mustGold(t, `{"id": "a", "dates": [{"span": [3, 18], "text": "Friday, Oct. 27", "value": "1989-10-27"}, {"span": [68, 77], "text": "next week", "value": "1989-W44"}]}`)
	dp := mustPred(t, `{"id": "a", "dates": [{"span": [3, 9], "text": "Friday", "value": "1989-10-20"}, {"span": [20, 29], "text": "the board", "value": null}]}`)
	buf.Reset()
	require.NoError(t, Score(Dates, dg, dp, Texts{"a": dateText}).WriteErrors(&buf, 3))
	assert.Equal(t, `
Misses (gold dates not found): 1, showing 1
  a [68, 77] "next week" value 1989-W44
    …y, Oct. 27, the board met for two hours and will meet again [[next week]].…

False positives (predicted dates overlapping no gold date): 1, showing 1
  a [20, 29] "the board" value null
    …On Friday, Oct. 27, [[the board]] met for two hours and will meet again next week.…

Wrong values (matched gold dates whose value differs): 1, showing 1
  a [3, 18] "Friday, Oct. 27" gold 1989-10-27, predicted 1989-10-20 ("Friday" at [3, 9])
    …On [[Friday, Oct. 27]], the board met for two hours and will meet again next week.…
`, buf.String())

	mg := mustGold(t, `{"id": "a", "people": [{"span": [0, 3], "text": "Ann"}]}`)
	buf.Reset()
	require.NoError(t, Score(People, mg, NewPred("p"), nil).WriteErrors(&buf, 3))
	assert.Equal(t, "\nMisses (gold people not found): 1, showing 1\n  a [0, 3] \"Ann\"\n    Ann\n\n"+
		"False positives (predicted people overlapping no gold mention): 0, showing 0\n", buf.String())
	assert.True(t, strings.HasPrefix(buf.String(), "\n"))
}
