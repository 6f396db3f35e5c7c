package eval

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsfacts/extract/schema"
)

func TestReadGold(t *testing.T) {
	src := "\ufeff" + `{"id": "a", "annotator": "x", "quotes": [{"span": [4, 9], "text": "hello", "kind": "full", "source_spans": [[0, 2], [11, 14]], "source_text": "he she"}, {"span": [20, 25]}]}

{"id": 42, "dates": [{"span": [0, 5], "text": "today", "type": "DATE", "value": "1998-01-14"}, {"span": [6, 9], "text": "now", "value": null}], "neutral": [{"span": [10, 20], "text": "two years", "type": "DURATION"}]}
{"id": "c", "places": [{"span": [1, 3], "text": "NY", "geonameid": "5128581"}], "people": null}` + "\r\n"
	g, err := ReadGold(strings.NewReader(src), "gold.jsonl")
	require.NoError(t, err)
	assert.Equal(t, []Kind{Quotes, Dates, Places, People}, g.Kinds)
	require.Len(t, g.Docs, 3)

	a := g.Doc("a")
	require.NotNil(t, a)
	assert.Equal(t, 1, a.Line)
	assert.Equal(t, []GoldQuote{
		{Span: schema.Span{4, 9}, Text: "hello", Kind: "full", SourceSpans: []schema.Span{{0, 2}, {11, 14}}, SourceText: "he she"},
		{Span: schema.Span{20, 25}, Kind: "(none)"},
	}, a.Quotes)
	assert.False(t, a.Quotes[1].HasSource())

	n := g.Doc("42") // a numeric id is kept as written
	require.NotNil(t, n)
	assert.Equal(t, 3, n.Line)
	today, now := "1998-01-14", (*string)(nil)
	assert.Equal(t, []GoldDate{{Span: schema.Span{0, 5}, Text: "today", Value: &today}, {Span: schema.Span{6, 9}, Text: "now", Value: now}}, n.Dates)
	assert.Equal(t, []GoldMention{{Span: schema.Span{10, 20}, Text: "two years"}}, n.Neutral)

	c := g.Doc("c")
	assert.Equal(t, []GoldMention{{Span: schema.Span{1, 3}, Text: "NY"}}, c.Mentions(Places))
	assert.Empty(t, c.Mentions(People))
	assert.Nil(t, g.Doc("nope"))
}

func TestReadGoldKindsFound(t *testing.T) {
	tests := []struct {
		src  string
		want []Kind
	}{
		{`{"id": "a", "quotes": []}`, []Kind{Quotes}},
		{`{"id": "a", "dates": [], "neutral": []}`, []Kind{Dates}},
		{`{"id": "a", "neutral": []}` + "\n" + `{"id": "b", "places": []}`, []Kind{Places}},
		{`{"id": "a", "people": [], "quotes": []}`, []Kind{Quotes, People}},
		{`{"id": "a", "text": "nothing to score"}`, nil},
		{``, nil},
	}
	for _, tc := range tests {
		g, err := ReadGold(strings.NewReader(tc.src), "g")
		require.NoError(t, err, tc.src)
		assert.Equal(t, tc.want, g.Kinds, tc.src)
	}
}

func TestReadGoldErrors(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"not JSON", `{"id": "a"}` + "\n" + `{"id": "b", "quotes": [}`, `g.jsonl:2:24: not JSON: invalid character '}' looking for beginning of value`},
		{"not an object", `["a"]`, `g.jsonl:1: want a JSON object, got array`},
		{"null", `null`, `g.jsonl:1: want a JSON object, got null`},
		{"invalid UTF-8", "{\"id\": \"a\xff\"}", `g.jsonl:1:10: invalid UTF-8`},
		{"no id", `{"quotes": []}`, `g.jsonl:1: missing id`},
		{"empty id", `{"id": ""}`, `g.jsonl:1: missing id`},
		{"id type", `{"id": ["a"]}`, `g.jsonl:1: id: want a string, got array`},
		{"duplicate id", `{"id": "a"}` + "\n\n" + `{"id": "a"}`, `g.jsonl:3: duplicate id "a" (first on line 1)`},
		{"quotes not an array", `{"id": "a", "quotes": {}}`, `g.jsonl:1: quotes: want an array, got object`},
		{"quote not an object", `{"id": "a", "quotes": [[1, 2]]}`, `g.jsonl:1: quotes[0]: want an object, got array`},
		{"no span", `{"id": "a", "quotes": [{"text": "x"}]}`, `g.jsonl:1: quotes[0]: missing span`},
		{"empty span", `{"id": "a", "quotes": [{"span": [3, 3]}]}`, `g.jsonl:1: quotes[0]: span: want [start, end], integers with 0 <= start < end, got [3, 3]`},
		{"reversed span", `{"id": "a", "dates": [{"span": [5, 3], "text": "x"}]}`, `g.jsonl:1: dates[0]: span: want [start, end], integers with 0 <= start < end, got [5, 3]`},
		{"negative span", `{"id": "a", "places": [{"span": [-1, 3], "text": "x"}]}`, `g.jsonl:1: places[0]: span: want [start, end], integers with 0 <= start < end, got [-1, 3]`},
		{"float span", `{"id": "a", "places": [{"span": [1.0, 3], "text": "x"}]}`, `g.jsonl:1: places[0]: span: want [start, end], integers with 0 <= start < end, got [1.0, 3]`},
		{"three numbers", `{"id": "a", "people": [{"span": [1, 2, 3], "text": "x"}]}`, `g.jsonl:1: people[0]: span: want [start, end], integers with 0 <= start < end, got [1, 2, 3]`},
		{"date without text", `{"id": "a", "dates": [{"span": [1, 2], "value": "1998"}]}`, `g.jsonl:1: dates[0]: missing text`},
		{"place without text", `{"id": "a", "places": [{"span": [1, 2]}]}`, `g.jsonl:1: places[0]: missing text`},
		{"value type", `{"id": "a", "dates": [{"span": [1, 2], "text": "x", "value": 1998}]}`, `g.jsonl:1: dates[0]: value: want a string or null, got number`},
		{"kind type", `{"id": "a", "quotes": [{"span": [1, 2], "kind": 1}]}`, `g.jsonl:1: quotes[0]: kind: want a string, got number`},
		{"source spans", `{"id": "a", "quotes": [{"span": [1, 2], "source_spans": [1, 2]}]}`, `g.jsonl:1: quotes[0]: source_spans[0]: want [start, end], integers with 0 <= start < end, got 1`},
		{"source spans type", `{"id": "a", "quotes": [{"span": [1, 2], "source_spans": "x"}]}`, `g.jsonl:1: quotes[0]: source_spans: want an array of [start, end], got string`},
		{"neutral", `{"id": "a", "neutral": [{"text": "x"}]}`, `g.jsonl:1: neutral[0]: missing span`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ReadGold(strings.NewReader(tc.src), "g.jsonl")
			require.Error(t, err)
			assert.Equal(t, tc.want, err.Error())
			var le *LineError
			assert.ErrorAs(t, err, &le)
		})
	}
}

func TestReadGoldFileMissing(t *testing.T) {
	_, err := ReadGoldFile("testdata/no-such-file.jsonl")
	require.Error(t, err)
	assert.Contains(t, err.Error(), "gold: open testdata/no-such-file.jsonl")
}

func TestGoldCheck(t *testing.T) {
	src := `{"id": "a", "quotes": [{"span": [0, 5], "text": "Hello"}, {"span": [6, 11], "text": "wurld"}, {"span": [6, 11]}], "places": [{"span": [6, 30], "text": "world"}]}
{"id": "b", "dates": [{"span": [0, 3], "text": "Now"}]}
{"id": "unknown", "dates": [{"span": [0, 3], "text": "xyz"}]}`
	g, err := ReadGold(strings.NewReader(src), "g.jsonl")
	require.NoError(t, err)
	texts := Texts{"a": "Hello world", "b": "Now then"}
	problems := g.Check(g.Kinds, texts)
	require.Len(t, problems, 2)
	assert.Equal(t, `g.jsonl:1: a quotes[1]: text "wurld", but the article has "world" at [6, 11]`, problems[0].String())
	assert.Equal(t, `g.jsonl:1: a places[0]: span [6, 30] ends past the end of the article (11 characters)`, problems[1].String())
	assert.Empty(t, g.Check([]Kind{Dates}, texts))
	assert.Empty(t, g.Check(g.Kinds, nil))
}

func TestParseKind(t *testing.T) {
	for _, k := range Kinds {
		got, err := ParseKind(string(k))
		require.NoError(t, err)
		assert.Equal(t, k, got)
	}
	_, err := ParseKind("mentions")
	assert.EqualError(t, err, `unknown kind "mentions" (want quotes, dates, places, people)`)
}
