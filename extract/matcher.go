package extract

import (
	"unicode"
	"unicode/utf8"
)

// phraseMatcher finds listed phrases (place names, titles, demonyms) in text
// in one pass: a trie over runes, tried only where a word starts, keeping
// the longest phrase that also ends at a word boundary. This replaces a
// loop over one regular expression per entry.
//
// The trie is held without pointers (one map from node and rune to child,
// and a slice of values) so that the garbage collector never walks it: as
// a map per node, the gazetteer's trie was half the live heap and most of
// its objects.
type phraseMatcher struct {
	edges  map[uint64]int32 // edgeKey(node, rune) -> child node
	values []int32          // per node: 1 + the entry's value, 0 when no phrase ends there; node 0 is the root
}

func edgeKey(node int32, r rune) uint64 { return uint64(node)<<32 | uint64(uint32(r)) }

// foldRune makes the typographic apostrophe match the straight one.
func foldRune(r rune) rune {
	if r == '\u2019' {
		return '\''
	}
	return r
}

// add registers phrase with a value (>= 0). A phrase added twice keeps its
// first value.
func (m *phraseMatcher) add(phrase string, value int) {
	if m.values == nil {
		m.values = []int32{0}
		m.edges = map[uint64]int32{}
	}
	n := int32(0)
	for _, r := range phrase {
		k := edgeKey(n, foldRune(r))
		c, ok := m.edges[k]
		if !ok {
			c = int32(len(m.values))
			m.values = append(m.values, 0)
			m.edges[k] = c
		}
		n = c
	}
	if m.values[n] == 0 {
		m.values[n] = int32(value) + 1
	}
}

// longestAt returns the longest phrase that starts at s[pos] and ends at a
// word boundary before limit.
func (m *phraseMatcher) longestAt(s string, pos, limit int) (end, value int, ok bool) {
	if len(m.edges) == 0 {
		return 0, 0, false
	}
	n := int32(0)
	for i := pos; i < limit; {
		r, size := utf8.DecodeRuneInString(s[i:])
		c, found := m.edges[edgeKey(n, foldRune(r))]
		if !found {
			break
		}
		n = c
		i += size
		if m.values[n] > 0 && wordBoundaryAt(s, i, r) {
			end, value, ok = i, int(m.values[n])-1, true
		}
	}
	return end, value, ok
}

// wordBoundaryAt reports whether a phrase whose last rune is last may end at
// s[i]: the next rune must not continue a word, unless the phrase ended
// with punctuation ("U.S." before "-Russia").
func wordBoundaryAt(s string, i int, last rune) bool {
	if i >= len(s) || !isWordRune(last) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return !isWordRune(r)
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// findAll calls fn for the longest non-overlapping matches in s[within],
// left to right.
func (m *phraseMatcher) findAll(s string, within span, fn func(match span, value int)) {
	prev := rune(0)
	for i := within.start; i < within.end; {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isWordRune(prev) || !isWordRune(r) {
			if end, v, ok := m.longestAt(s, i, within.end); ok {
				fn(span{i, end}, v)
				prev, _ = utf8.DecodeLastRuneInString(s[:end])
				i = end
				continue
			}
		}
		prev = r
		i += size
	}
}
