package dates

import (
	"unicode"
	"unicode/utf8"
)

// Token kinds.
const (
	tkWord uint8 = iota + 1
	tkNumber
	tkPunct
)

// Token flags.
const (
	fClitic uint8 = 1 << iota // a word split off after an apostrophe: 's, 'll, 're, 've, 'd, 'm
	fQuote                    // inside quotation marks
	fSent                     // first token of a sentence given by the caller
	fCap                      // starts with an upper-case letter
)

// Gaps before a token.
const (
	gapNone  uint8 = iota // the token touches the previous one
	gapSpace              // spaces, no line break
	gapLine               // a line break (or the start of the text)
)

// token is a word, a number or one punctuation mark. Offsets are bytes
// (bs, be) and code points (rs, re). lex is what the rules say of a word
// (set by Find, nil when they say nothing).
type token struct {
	bs, be int32
	rs, re int32
	kind   uint8
	gap    uint8
	flags  uint8
	lex    *lexEntry
}

func isLineBreak(r rune) bool {
	return r == '\n' || r == '\r' || r == '\v' || r == '\f' || r == 0x85 || r == 0x2028 || r == 0x2029
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' }

func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
	}
	return unicode.IsLetter(r)
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
	}
	return unicode.IsLetter(r) || unicode.IsMark(r)
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// isClitic reports whether s (the letters after an apostrophe) is a clitic
// split off its word: "Today’s" -> "Today" + "’s", "I’ll" -> "I" + "’ll".
// "n’t" is not split ("won’t" stays whole).
func isClitic(s string) bool {
	switch len(s) {
	case 1:
		c := s[0] | 0x20
		return c == 's' || c == 'd' || c == 'm'
	case 2:
		a, b := s[0]|0x20, s[1]|0x20
		return a == 'l' && b == 'l' || a == 'r' && b == 'e' || a == 'v' && b == 'e'
	}
	return false
}

func decode(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// letterRun returns the end (byte) and length (runes) of the run of word
// runes starting at i.
func letterRun(text string, i int) (int, int) {
	n := 0
	for i < len(text) {
		r, size := decode(text, i)
		if !isWordRune(r) {
			break
		}
		i += size
		n++
	}
	return i, n
}

// tokenize appends the tokens of text to toks.
func tokenize(text string, toks []token) []token {
	var rpos int32
	gap := gapLine
	inQuote := false
	for i := 0; i < len(text); {
		r, size := decode(text, i)
		if unicode.IsSpace(r) {
			if isLineBreak(r) {
				gap = gapLine
				inQuote = false
			} else if gap == gapNone {
				gap = gapSpace
			}
			i += size
			rpos++
			continue
		}
		t := token{bs: int32(i), rs: rpos, gap: gap}
		if inQuote {
			t.flags |= fQuote
		}
		gap = gapNone
		switch {
		case r >= '0' && r <= '9':
			j := i + 1
			for j < len(text) {
				if isDigit(text[j]) {
					j++
					continue
				}
				if (text[j] == ',' || text[j] == '.') && j+1 < len(text) && isDigit(text[j+1]) {
					j += 2
					continue
				}
				break
			}
			t.kind = tkNumber
			rpos += int32(j - i)
			i = j
		case isLetter(r):
			if unicode.IsUpper(r) {
				t.flags |= fCap
			}
			j, n := letterRun(text, i)
			for j < len(text) {
				r2, s2 := decode(text, j)
				if !isApostrophe(r2) {
					break
				}
				k, m := letterRun(text, j+s2)
				if m == 0 || isClitic(text[j+s2:k]) {
					break
				}
				j, n = k, n+1+m
			}
			t.kind = tkWord
			rpos += int32(n)
			i = j
		case isApostrophe(r) && len(toks) > 0 && toks[len(toks)-1].kind == tkWord &&
			toks[len(toks)-1].be == int32(i) && clitic(text, i+size):
			k, m := letterRun(text, i+size)
			t.kind = tkWord
			t.flags |= fClitic
			rpos += int32(1 + m)
			i = k
		default:
			switch r {
			case '“', '„', '«':
				inQuote = true
			case '”', '»':
				inQuote = false
			case '"':
				inQuote = !inQuote
			}
			t.kind = tkPunct
			rpos++
			i += size
		}
		t.be = int32(i)
		t.re = rpos
		toks = append(toks, t)
	}
	return toks
}

func clitic(text string, i int) bool {
	k, m := letterRun(text, i)
	return m > 0 && isClitic(text[i:k])
}
