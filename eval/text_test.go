package eval

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsfacts/extract/schema"
)

func TestWords(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Rep. Peter T. King of New York", []string{"rep", "peter", "t", "king", "of", "new", "york"}},
		{"Núñez", []string{"nunez"}},
		{"STRASSE Straße", []string{"strasse", "strasse"}},
		{"ﬁnance Ｔｒｕｍｐ", []string{"finance", "trump"}}, // compatibility forms
		{"O'Brien, snake_case 3rd", []string{"o", "brien", "snake", "case", "3rd"}},
		{"", []string{}},
		{" — ", []string{}},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, words(tc.in), tc.in)
	}
}

func TestLastNameWord(t *testing.T) {
	tests := map[string]string{
		"Donald J. Trump":         "trump",
		"Martin Luther King, Jr.": "king",
		"John Smith III":          "smith",
		"Jane Doe, PhD":           "doe",
		"Jr.":                     "",
		"":                        "",
		"Élodie Müller":           "muller",
	}
	for in, want := range tests {
		assert.Equal(t, want, lastNameWord(in), in)
	}
}

func TestIsPronoun(t *testing.T) {
	for in, want := range map[string]bool{"he": true, "They": true, " she ": true, "the official": false, "he said": false, "": false, "Trump": false} {
		assert.Equal(t, want, isPronoun(in), in)
	}
}

func TestPyStrip(t *testing.T) {
	assert.Equal(t, "a b", pyStrip("\x1c\u00a0 a b\u3000\n"))
	assert.Equal(t, "", pyStrip(" \t "))
}

func TestRound4(t *testing.T) {
	// Python: round(x, 4) for each x.
	tests := []struct{ in, want float64 }{
		{0.03125, 0.0312}, // an exact tie: to even
		{0.09375, 0.0938}, // an exact tie: to even
		{2.0 / 3, 0.6667},
		{915.0 / 976, 0.9375},
		{0.00005, 0.0001}, // not a tie in binary: slightly above
		{1, 1},
		{0, 0},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, round4(tc.in), "%v", tc.in)
	}
}

func TestMergeCovered(t *testing.T) {
	m := merge([]schema.Span{{10, 20}, {0, 5}, {5, 8}, {15, 25}, {30, 31}})
	assert.Equal(t, []schema.Span{{0, 8}, {10, 25}, {30, 31}}, m)
	assert.Equal(t, 0, covered(schema.Span{8, 10}, m))
	assert.Equal(t, 2+5, covered(schema.Span{6, 15}, m))
	assert.Equal(t, 8+15+1, covered(schema.Span{0, 100}, m))
	assert.Nil(t, merge(nil))
}

func TestOverlapTouches(t *testing.T) {
	assert.Equal(t, 3, overlap(schema.Span{0, 5}, schema.Span{2, 9}))
	assert.Equal(t, 0, overlap(schema.Span{0, 5}, schema.Span{5, 9}))
	assert.True(t, touches(schema.Span{4, 4}, schema.Span{2, 9}), "an empty span inside")
	assert.False(t, touches(schema.Span{2, 2}, schema.Span{2, 9}), "an empty span at the start")
	assert.False(t, touches(schema.Span{0, 5}, schema.Span{5, 9}))
}

func TestSpread(t *testing.T) {
	items := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	assert.Equal(t, []int{0, 3, 6}, spread(items, 3))
	assert.Equal(t, items, spread(items, 10))
	assert.Equal(t, items, spread(items, 50))
	assert.Empty(t, spread(items, 0))
	assert.Empty(t, spread([]int{}, 3))
}

func TestContext(t *testing.T) {
	text := []rune("He said: \"Yes.\"\nThen he left.")
	got, ok := context(text, schema.Span{10, 14})
	assert.True(t, ok)
	assert.Equal(t, "…He said: \"[[Yes.]]\"¶Then he left.…", got)
	_, ok = context(text, schema.Span{10, 99})
	assert.False(t, ok)
	_, ok = context(nil, schema.Span{0, 1})
	assert.False(t, ok)
	assert.Equal(t, "ab…", clip("abcdef", 3))
}

func TestNormValue(t *testing.T) {
	tests := []struct {
		a, b *string
		same bool
	}{
		{ptr("1998-01-14"), ptr(" 1998-01-14T00:00 "), true},
		{ptr("1998-01-14T00:00:00"), ptr("1998-01-14"), true},
		{ptr("1998-01-14T10:00"), ptr("1998-01-14"), false},
		{nil, nil, true},
		{nil, ptr(""), false},
		{ptr("PRESENT_REF"), ptr("present_ref"), false},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.same, sameValue(tc.a, tc.b), "%v %v", valueString(tc.a), valueString(tc.b))
	}
}

func TestReadTexts(t *testing.T) {
	src := `{"id": "a", "text": "Hello", "published": "2024-01-01"}
{"id": 7, "text": "Seven"}
{"id": "a", "text": "Second"}
{"id": "b"}
{"text": "no id"}
`
	texts, err := ReadTexts(strings.NewReader(src), "in.jsonl")
	require.NoError(t, err)
	assert.Equal(t, Texts{"a": "Hello", "7": "Seven"}, texts)
	_, err = ReadTexts(strings.NewReader(`{"id": "a"}`+"\n"+`nope`), "in.jsonl")
	assert.EqualError(t, err, "in.jsonl:2:2: not JSON: invalid character 'o' in literal null (expecting 'u')")
	_, err = ReadTextsFile("no-such.jsonl")
	assert.Error(t, err)
}
