package extract

import (
	"unicode"
	"unicode/utf8"
)

// phraseMatcher finds listed phrases (place names, titles, demonyms) in text
// in one pass: a trie over runes, tried only where a word starts, keeping
// the longest phrase that also ends at a word boundary. This replaces a
// loop over one regular expression per entry.
type phraseMatcher struct {
	root trieNode
}

type trieNode struct {
	next  map[rune]*trieNode
	value int // 1 + index of the entry, 0 when no phrase ends here
}

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
	n := &m.root
	for _, r := range phrase {
		r = foldRune(r)
		if n.next == nil {
			n.next = map[rune]*trieNode{}
		}
		c, ok := n.next[r]
		if !ok {
			c = &trieNode{}
			n.next[r] = c
		}
		n = c
	}
	if n.value == 0 {
		n.value = value + 1
	}
}

// longestAt returns the longest phrase that starts at s[pos] and ends at a
// word boundary before limit.
func (m *phraseMatcher) longestAt(s string, pos, limit int) (end, value int, ok bool) {
	n := &m.root
	for i := pos; i < limit && n.next != nil; {
		r, size := utf8.DecodeRuneInString(s[i:])
		c, found := n.next[foldRune(r)]
		if !found {
			break
		}
		n = c
		i += size
		if n.value > 0 && wordBoundaryAt(s, i, r) {
			end, value, ok = i, n.value-1, true
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
