package eval

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsfacts/extract/schema"
)

func ptr(s string) *string { return &s }

func TestReadPredQuotes(t *testing.T) {
	src := `{"doc": {"id": "a"}, "quotes": [
 {"span": [4, 9], "text": "hello", "speaker": {"name": "Ann Lee", "mention": {"text": "she", "span": [0, 3]}}},
 {"span": [9, 4], "speaker": null},
 {"span": [1.0, 4], "speaker": {}},
 {"span": [1, 4], "speaker": {"name": 3, "mention": {}}},
 {"span": [1, 4], "speaker": {"mention": {"text": 5, "span": "x"}}},
 "junk", 7]}`
	p, err := ReadPred(strings.NewReader(strings.ReplaceAll(src, "\n", "")), "p.jsonl")
	require.NoError(t, err)
	d := p.Doc("a")
	require.NotNil(t, d)
	require.Len(t, d.Quotes, 5)
	assert.Equal(t, PredQuote{Span: schema.Span{4, 9}, SpanOK: true, RawSpan: "[4, 9]", Text: ptr("hello"),
		Speaker: &PredSpeaker{Name: ptr("Ann Lee"), Mention: &PredMention{Span: schema.Span{0, 3}, SpanOK: true, Text: ptr("she")}}}, d.Quotes[0])
	assert.False(t, d.Quotes[1].SpanOK, "reversed")
	assert.Nil(t, d.Quotes[1].Speaker)
	assert.False(t, d.Quotes[2].SpanOK, "a float is not an offset")
	assert.Equal(t, &PredSpeaker{Empty: true}, d.Quotes[2].Speaker)
	assert.Equal(t, &PredSpeaker{}, d.Quotes[3].Speaker, "a name that is not a string, an empty mention")
	assert.Equal(t, &PredSpeaker{Mention: &PredMention{}}, d.Quotes[4].Speaker)
	assert.Equal(t, Notes{"quotes that are not objects (ignored)": 2}, d.notes[Quotes])
}

func TestReadPredIDs(t *testing.T) {
	src := `{"doc": {"id": "a"}, "id": "ignored"}
{"id": "b", "error": {"reason": "boom"}}
{"doc": {"title": "no id here"}, "id": "c", "error": ""}
{"doc": {"id": null}}
{"doc": "x", "quotes": []}
{"doc": {"id": "a"}, "quotes": "not even an array"}
{"doc": {"id": 17}, "error": {}}
`
	p, err := ReadPred(strings.NewReader(src), "p.jsonl")
	require.NoError(t, err)
	assert.Equal(t, []string{"a", "b", "c", "17"}, p.IDs())
	assert.Equal(t, 1, p.Doc("a").Line)
	assert.Equal(t, Notes{
		"lines without a document id (ignored)":        2,
		"duplicate document ids (later lines ignored)": 1,
		"error records": 1,
	}, p.notes)
}

func TestReadPredErrors(t *testing.T) {
	tests := []struct {
		name, src, want string
		kinds           []Kind
	}{
		{"not JSON", `{"doc": {"id": "a"}}` + "\n" + `{"doc": `, `p.jsonl:2:9: not JSON: unexpected end of JSON input`, nil},
		{"not an object", `"a"`, `p.jsonl:1: want a JSON object, got string`, nil},
		{"doc id type", `{"doc": {"id": true}}`, `p.jsonl:1: doc.id: want a string, got boolean`, nil},
		{"id type", `{"id": {}}`, `p.jsonl:1: id: want a string, got object`, nil},
		{"quotes type", `{"id": "a", "quotes": {"span": [1, 2]}}`, `p.jsonl:1: quotes: want an array, got object`, nil},
		{"dates type", `{"id": "a", "dates": "1998"}`, `p.jsonl:1: dates: want an array, got string`, []Kind{Dates}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ReadPred(strings.NewReader(tc.src), "p.jsonl", tc.kinds...)
			require.Error(t, err)
			assert.Equal(t, tc.want, err.Error())
		})
	}
	// Fields of kinds not read are not looked at.
	p, err := ReadPred(strings.NewReader(`{"id": "a", "quotes": 5, "dates": []}`), "p.jsonl", Dates)
	require.NoError(t, err)
	assert.NotNil(t, p.Doc("a"))
}

func TestReadPredDates(t *testing.T) {
	src := `{"id": "a", "dates": [{"span": [1, 4], "text": "May", "value": "1998-05"}, {"span": [5, 5], "value": 1998}, {"span": [1]}, {"text": "x"}, "junk", {"span": [7, 2], "value": null}]}`
	p, err := ReadPred(strings.NewReader(src), "p.jsonl")
	require.NoError(t, err)
	d := p.Doc("a")
	assert.Equal(t, []PredDate{
		{Span: schema.Span{1, 4}, Text: ptr("May"), Value: ptr("1998-05")},
		{Span: schema.Span{5, 5}},
		{Span: schema.Span{7, 2}},
	}, d.Dates)
	assert.Equal(t, Notes{"dates without a span of two integers (ignored)": 2, "dates that are not objects (ignored)": 1}, d.notes[Dates])
}

func TestReadPredMentions(t *testing.T) {
	src := `{"id": "a", "places": [
 {"name": "Paris", "mentions": [{"text": "Paris", "span": [10, 15]}, {"text": "Paris", "span": [10, 15]}, {"text": "PARIS", "span": [10, 15]}, [0, 5], {"span": [0, 5]}]},
 {"name": "Rome", "span": [20, 24], "text": "Rome"},
 {"name": "Oslo", "mentions": null, "span": [30, 34]},
 {"name": "Bonn", "mentions": [], "span": [40, 44]},
 {"name": "Bern", "mentions": [{"text": 7, "span": [3, 5]}, {"span": [1, 2.5]}, "x"]},
 {"name": "Kyiv", "mentions": "nope"},
 "junk"],
 "people": [{"name": "Ann", "mentions": [{"text": "Ann", "span": [50, 53]}]}]}`
	p, err := ReadPred(strings.NewReader(strings.ReplaceAll(src, "\n", "")), "p.jsonl")
	require.NoError(t, err)
	d := p.Doc("a")
	var got []string
	for _, m := range d.Mentions(Places) {
		got = append(got, spanString(m.Span)+" "+textString(m.Text))
	}
	assert.Equal(t, []string{
		"[0, 5] null", // the bare pair and {"span"} are one mention
		"[3, 5] null", // a text that is not a string is kept apart, shown as null
		`[10, 15] "PARIS"`,
		`[10, 15] "Paris"`, // the duplicate is gone
		`[20, 24] "Rome"`,
		"[30, 34] null",
	}, got)
	assert.Equal(t, Notes{
		"places mentions without a span of two integers (ignored)": 2,
		"places whose mentions are not an array (ignored)":         1,
		"places that are not objects (ignored)":                    1,
	}, d.notes[Places])
	require.Len(t, d.Mentions(People), 1)
	assert.Equal(t, schema.Span{50, 53}, d.Mentions(People)[0].Span)
}

func TestAddRecord(t *testing.T) {
	v := "2025-08-15"
	rec := schema.Extraction{
		Doc:    schema.DocInfo{ID: "doc-1"},
		Quotes: []schema.Quote{{Text: "Hi", Span: schema.Span{1, 3}, Speaker: &schema.Speaker{Name: "Ann Lee", Mention: schema.Mention{Text: "Ann", Span: schema.Span{5, 8}}}}},
		Dates:  []schema.Date{{Text: "Friday", Span: schema.Span{10, 16}, Value: &v}},
		Places: []schema.Place{{Name: "Moscow", Mentions: []schema.Mention{{Text: "Moscow", Span: schema.Span{20, 26}}}}},
	}
	p := NewPred("run")
	require.NoError(t, p.AddRecord(rec))
	require.NoError(t, p.AddRecord(schema.Extraction{Doc: schema.DocInfo{ID: "doc-2"}, Error: &schema.Error{Reason: "empty document"}}))
	d := p.Doc("doc-1")
	require.NotNil(t, d)
	assert.Equal(t, 1, d.Line)
	assert.Equal(t, 2, p.Doc("doc-2").Line)
	require.Len(t, d.Quotes, 1)
	assert.Equal(t, "Ann Lee", *d.Quotes[0].Speaker.Name)
	assert.Equal(t, schema.Span{5, 8}, d.Quotes[0].Speaker.Mention.Span)
	assert.Equal(t, []PredDate{{Span: schema.Span{10, 16}, Text: ptr("Friday"), Value: &v}}, d.Dates)
	assert.Equal(t, schema.Span{20, 26}, d.Places[0].Span)
	assert.Equal(t, Notes{"error records": 1}, p.notes)
}
