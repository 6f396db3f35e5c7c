package schema

import (
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestKey(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string
	}{
		{"accent", "Orbán", "orban"},
		{"plain", "Orban", "orban"},
		{"curly quotes and comma", "“Hello,”", "hello"},
		{"straight quotes", `"hello"`, "hello"},
		{"guillemets", "« Bonjour »", "bonjour"},
		{"low-9 and reversed", "„Guten Tag‟", "guten tag"},
		{"single quotes", "‘hi’ and ‚ho‛", "hi and ho"},
		{"tex quotes", "``Hello''", "hello"},
		{"apostrophe in word curly", "Don’t", "dont"},
		{"apostrophe in word straight", "don't", "dont"},
		{"surname apostrophe", "O’Brien", "obrien"},
		{"whitespace collapse", "  a \t b\n\nc  ", "a b c"},
		{"punct dropped between words", "Yes! No? Maybe; fine: ok.", "yes no maybe fine ok"},
		{"punct kept inside words", "U.S. co-operation 1,000 3.5", "u.s co-operation 1,000 3.5"},
		{"unicode hyphen unified", "Jean\u2010Luc", "jean-luc"},
		{"dash separates", "war—peace – now", "war peace now"},
		{"soft hyphen dropped", "co\u00adoperate", "cooperate"},
		{"zero width dropped", "Pu\u200btin", "putin"},
		{"full case folding", "STRASSE", "strasse"},
		{"sharp s", "Straße", "strasse"},
		{"ligature", "ﬁne", "fine"},
		{"full-width", "ＡＢＣ", "abc"},
		{"ellipsis", "wait…", "wait"},
		{"cyrillic", "Пу́тин", "путин"},
		{"empty", "", ""},
		{"only punctuation", "“…”", ""},
		{"invalid utf-8", "a\xffb", "a\ufffdb"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Key(tt.in)
			assert.Equal(t, tt.want, got)
			assert.Equal(t, got, Key(got), "Key must be idempotent")
		})
	}
}

func TestKeySameAndDifferent(t *testing.T) {
	assert.Equal(t, Key("Orbán"), Key("Orban"))
	assert.Equal(t, Key("“Hello,”"), Key(`"hello"`))
	assert.NotEqual(t, Key("hello"), Key("hello world"))
	assert.NotEqual(t, Key("Putin"), Key("Trump"))
}

func TestIDs(t *testing.T) {
	hex16 := `[0-9a-f]{16}`
	assert.Regexp(t, regexp.MustCompile(`^q_`+hex16+`$`), QuoteID("We didn’t get there"))
	assert.Regexp(t, regexp.MustCompile(`^p_`+hex16+`$`), PersonID("Donald J. Trump"))
	assert.Regexp(t, regexp.MustCompile(`^pl_`+hex16+`$`), PlaceID("Anchorage", "US"))
	assert.Regexp(t, regexp.MustCompile(`^sha256:[0-9a-f]{64}$`), ContentHash("text"))

	// Stable: fixed values, so a change to Key or the hashing shows here
	// (ids in stored records would all change).
	assert.Equal(t, "sha256:2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824", ContentHash("hello"))
	assert.Equal(t, QuoteID("hello"), QuoteID("“Hello,”"))
	assert.Equal(t, "q_2cf24dba5fb0a30e", QuoteID("hello"))

	// Same content, same id, whatever the glyphs.
	assert.Equal(t, QuoteID("We didn’t get there, but we have a very good chance"),
		QuoteID(`"We didn't get there, but we have a very good chance"`))
	assert.Equal(t, PersonID("Viktor Orbán"), PersonID("VIKTOR ORBAN"))
	assert.Equal(t, PlaceID("Zürich", "CH"), PlaceID("Zurich", "ch"))

	// Different content, different id.
	assert.NotEqual(t, QuoteID("Next time in Moscow."), QuoteID("Next time in Alaska."))
	assert.NotEqual(t, PersonID("Donald Trump"), PersonID("Donald Trump Jr."))
	assert.NotEqual(t, PlaceID("Paris", "FR"), PlaceID("Paris", "US"))
	assert.NotEqual(t, PlaceID("ab", ""), PlaceID("a", "b"))

	// The prefixes keep kinds apart even for the same name.
	assert.NotEqual(t, PersonID("Georgia"), PlaceID("Georgia", ""))

	// ContentHash is exact: no folding.
	assert.NotEqual(t, ContentHash("Hello"), ContentHash("hello"))
}

// TestFoldASCIIFastPath checks that the ASCII shortcut folds exactly as the
// Unicode transformers do.
func TestFoldASCIIFastPath(t *testing.T) {
	var all []byte
	for b := 0; b < 128; b++ {
		all = append(all, byte(b))
	}
	for _, s := range []string{string(all), "Donald J. Trump", "U.S.-Russia TALKS, 1,000 Km", "Jean-Luc O'Brien"} {
		assert.Equal(t, foldUnicode(s), fold(s), "%q", s)
	}
}
