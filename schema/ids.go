package schema

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/cases"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// Content-derived identifiers. The same text gives the same id on every run
// and every machine, so a re-run of the extractor upserts records instead of
// duplicating them. Ids are computed from a match key (see Key), never from
// the raw text, so that "Orbán" and "Orban", or a quote set in curly marks
// and the same quote in straight marks, get one id.

// idHexLen is how many hex characters of the SHA-256 digest an id keeps:
// 64 bits, ample for the quotes, people and places of an archive.
const idHexLen = 16

// quoteGlyphs are the characters used as quotation marks in news text. Key
// maps them away: between two letters (an apostrophe, as in O’Brien or
// don't) the glyph is dropped; elsewhere it is treated as a word break.
var quoteGlyphs = map[rune]bool{
	'"': true, '\'': true, '`': true,
	'\u00ab': true, '\u00bb': true, // « »
	'\u2018': true, '\u2019': true, '\u201a': true, '\u201b': true, // ‘ ’ ‚ ‛
	'\u201c': true, '\u201d': true, '\u201e': true, '\u201f': true, // “ ” „ ‟
	'\u2039': true, '\u203a': true, // ‹ ›
	'\u2032': true, '\u2033': true, '\u2035': true, '\u2036': true, // primes, often typed as quotes
	'\u301d': true, '\u301e': true, '\u301f': true, // 〝 〞 〟
	'\u00b4': true, // ´ acute accent, used as an apostrophe
}

// hyphens are unified to '-' when they stand inside a word. The soft
// hyphen (U+00AD) is not one of them: it is a format character and dropped.
var hyphens = map[rune]bool{'-': true, '\u2010': true, '\u2011': true}

// fold is the Unicode part of Key.
//
// golang.org/x/text is used instead of strings.ToLower and a hand-made
// accent table because only the Unicode tables get the whole of it right:
// NFKD splits "á" into "a" + U+0301 and maps compatibility forms
// (ﬁ ligature, full-width letters, the "…" ellipsis) to their plain letters,
// runes.Remove drops every combining mark (category Mn) whatever the
// script, and cases.Fold does full case folding ("Straße" and "STRASSE"
// fold alike; ToLower would not).
func fold(s string) string {
	// ASCII folds to its lower case and nothing else; most names and
	// quotes are ASCII, and building the chain showed in profiles.
	if isASCII(s) {
		return strings.ToLower(s)
	}
	return foldUnicode(s)
}

// foldChains holds fold's transformer chains for reuse: a chain keeps
// state, so it must not be shared between goroutines, and building one per
// call showed in profiles (transform.String resets it before use).
var foldChains = sync.Pool{New: func() any {
	return transform.Chain(
		norm.NFKD,
		runes.Remove(runes.In(unicode.Mn)),
		cases.Fold(),
		// Folding can produce characters that decompose again.
		norm.NFKD,
		runes.Remove(runes.In(unicode.Mn)),
	)
}}

func foldUnicode(s string) string {
	t := foldChains.Get().(transform.Transformer)
	defer foldChains.Put(t)
	out, _, err := transform.String(t, s)
	if err != nil {
		// The transformers above do not fail on valid or invalid UTF-8;
		// keep a defined result all the same.
		return strings.ToLower(s)
	}
	return out
}

// Key returns the match key of s: the form under which two spellings of one
// name or quote compare equal. It applies Unicode NFKD, drops combining
// marks (accents), case-folds, maps quotation-mark glyphs away, drops
// punctuation except inside words ("U.S.", "Jean-Luc", "1,000" keep their
// inner marks; hyphens are unified to '-'), drops control and format
// characters, and collapses runs of white space into one space with none at
// either end.
//
// Key is for matching and ids only; the output always keeps the original
// text and its offsets.
func Key(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	f := []rune(fold(s))
	var b strings.Builder
	b.Grow(len(f))
	space := false // a space is pending
	emit := func(r rune) {
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	for i, r := range f {
		inWord := i > 0 && i+1 < len(f) && isWordRune(f[i-1]) && isWordRune(f[i+1])
		switch {
		case quoteGlyphs[r]:
			if !inWord {
				space = true
			}
		case hyphens[r]:
			if inWord {
				emit('-')
			} else {
				space = true
			}
		case unicode.IsSpace(r):
			space = true
		case unicode.IsControl(r) || unicode.Is(unicode.Cf, r):
			// zero-width spaces and joiners, soft hyphens, BOMs: dropped.
		case unicode.IsPunct(r):
			// Dashes other than hyphens separate words even when
			// written without spaces ("war—peace").
			if inWord && !unicode.Is(unicode.Pd, r) {
				emit(r)
			} else {
				space = true
			}
		default:
			emit(r)
		}
	}
	return b.String()
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// shortHash is the first idHexLen hex characters of SHA-256 of s.
func shortHash(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:])[:idHexLen]
}

// QuoteID is the id of a quote: "q_" and 16 hex characters derived from
// Key(text), so the same words in other quotation marks, case or accents
// give the same id in every version of a story.
func QuoteID(text string) string { return "q_" + shortHash(Key(text)) }

// PersonID is the id of a person: "p_" and 16 hex characters derived from
// Key(name), where name is the canonical name ("Donald J. Trump").
func PersonID(name string) string { return "p_" + shortHash(Key(name)) }

// PlaceID is the id of a place: "pl_" and 16 hex characters derived from the
// keys of its name and country, so that Paris, France and Paris, Texas
// differ. country may be empty.
func PlaceID(name, country string) string {
	// Keys never contain control characters, so NUL cannot be forged by
	// either part.
	return "pl_" + shortHash(Key(name)+"\x00"+Key(country))
}

// ContentHash is "sha256:" and the full hex SHA-256 of the exact text
// (no normalisation): it changes whenever one byte of the document does.
func ContentHash(text string) string {
	sum := sha256.Sum256([]byte(text))
	return "sha256:" + hex.EncodeToString(sum[:])
}
