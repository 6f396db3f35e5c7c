package tagger

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// sanitizer is prose's: curly quotes and &rsquo; become straight quotes
// before tokenizing.
var sanitizer = strings.NewReplacer(
	"\u201c", `"`,
	"\u201d", `"`,
	"\u2018", "'",
	"\u2019", "'",
	"&rsquo;", "'")

// Tokenize appends the words of text to dst, exactly as prose v2.0.0's
// tokenizer splits them (prose.NewDocument's Tokens), and returns the
// extended slice. The words are substrings of text, except that curly
// quotes and &rsquo; come out as straight quotes (as in prose): when text
// has none, Tokenize allocates nothing beyond dst.
//
// Like prose, Tokenize splits on white space, then peels opening $ ( " [,
// splits 'll 's 're 'm and n't, and peels closing , ) " ] ! ; . ? : ',
// keeping emoticons and abbreviations such as U.S. and Mr. whole. Also
// like prose, a word in which 's, 'll, 're, 'm or n't starts the word and
// is followed by more letters ('sup) is dropped.
func Tokenize(text string, dst []string) []string {
	return tokenize(text, dst, nil)
}

// chunk is one white-space-free run of the text and the words it gave,
// dst[first:end].
type chunk struct {
	text       string
	first, end int32
}

// tokenize is Tokenize, also appending each chunk to chunks when chunks is
// not nil. The last chunk is not appended when text does not end in white
// space: prose does not cache it (see TagText).
func tokenize(text string, dst []string, chunks *[]chunk) []string {
	if strings.IndexByte(text, 0xE2) >= 0 || strings.IndexByte(text, '&') >= 0 {
		text = sanitizer.Replace(text)
	}
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if isSpace(r) {
			i += size
			continue
		}
		j := i + size
		for j < len(text) {
			r, size = utf8.DecodeRuneInString(text[j:])
			if isSpace(r) {
				break
			}
			j += size
		}
		first := len(dst)
		dst = split(text[i:j], dst)
		if chunks != nil && j < len(text) {
			*chunks = append(*chunks, chunk{text: text[i:j], first: int32(first), end: int32(len(dst))})
		}
		i = j
	}
	return dst
}

func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || '\t' <= r && r <= '\r'
	}
	return unicode.IsSpace(r)
}

// split is prose's doSplit on one white-space-free chunk.
func split(token string, dst []string) []string {
	var suffs [8]byte // peeled closing marks, last peeled first
	ns := 0
	var more []byte // when there are more than 8
	last := 0
	for token != "" {
		n := utf8.RuneCountInString(token)
		if n == last {
			break
		}
		if isSpecial(token) {
			dst = addToken(dst, token)
			break
		}
		last = n
		if len(token) > 1 && isPrefix(token[0]) {
			dst = addToken(dst, token[:1])
			token = token[1:]
		} else if idx := contractionIndex(token); idx > -1 && idx <= len(token) {
			// (prose would panic on idx > len(token), possible when
			// lower-casing lengthens the token: "İİİİ'm".)
			dst = addToken(dst, token[:idx])
			token = token[idx:]
		} else if len(token) > 1 && isSuffix(token[len(token)-1]) {
			if ns < len(suffs) {
				suffs[ns] = token[len(token)-1]
				ns++
			} else {
				more = append(more, token[len(token)-1])
			}
			token = token[:len(token)-1]
		} else {
			dst = addToken(dst, token)
		}
	}
	for k := len(more) - 1; k >= 0; k-- {
		dst = append(dst, punct(more[k]))
	}
	for k := ns - 1; k >= 0; k-- {
		dst = append(dst, punct(suffs[k]))
	}
	return dst
}

// punct returns the one-byte string of a peeled mark without allocating.
func punct(b byte) string {
	const marks = `$("[,)"]!;.?:'`
	i := strings.IndexByte(marks, b)
	return marks[i : i+1]
}

func addToken(dst []string, s string) []string {
	if strings.TrimSpace(s) != "" {
		dst = append(dst, s)
	}
	return dst
}

func isPrefix(b byte) bool { return b == '$' || b == '(' || b == '"' || b == '[' }

func isSuffix(b byte) bool {
	switch b {
	case ',', ')', '"', ']', '!', ';', '.', '?', ':', '\'':
		return true
	}
	return false
}

// isSpecial is prose's: an emoticon, or a word matching
// ^(?:[A-Za-z]\.){2,}$|^[A-Z][a-z]{1,2}\.$ (U.S., p.m., Mr., Gen.).
func isSpecial(s string) bool {
	n := len(s)
	if n >= 4 && n%2 == 0 {
		ok := true
		for i := 0; i < n; i += 2 {
			if !isLetter(s[i]) || s[i+1] != '.' {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	if (n == 3 || n == 4) && isUpper(s[0]) && s[n-1] == '.' && isLower(s[1]) && isLower(s[n-2]) {
		return true
	}
	return emoticons[s]
}

func isLower(b byte) bool  { return 'a' <= b && b <= 'z' }
func isLetter(b byte) bool { return isLower(b | 0x20) }

var contractions = [...]string{"'ll", "'s", "'re", "'m"}

// contractionIndex is prose's two hasAnyIndex calls on the lower-cased
// token: the index of the first of 'll, 's, 're, 'm found (in that order of
// preference, not of position), else of n't, else -1; the token must be
// longer than the contraction.
func contractionIndex(token string) int {
	for i := 0; i < len(token); i++ {
		if token[i] >= utf8.RuneSelf {
			// Lower-casing may change byte lengths: do exactly as prose.
			return contractionIndexSlow(strings.ToLower(token))
		}
	}
	if strings.IndexByte(token, '\'') < 0 {
		return -1
	}
	for _, c := range contractions {
		if idx := indexFold(token, c); idx >= 0 && len(token) > len(c) {
			return idx
		}
	}
	if idx := indexFold(token, "n't"); idx >= 0 && len(token) > 3 {
		return idx
	}
	return -1
}

func contractionIndexSlow(lower string) int {
	for _, c := range contractions {
		if idx := strings.Index(lower, c); idx >= 0 && len(lower) > len(c) {
			return idx
		}
	}
	if idx := strings.Index(lower, "n't"); idx >= 0 && len(lower) > 3 {
		return idx
	}
	return -1
}

// indexFold is strings.Index(strings.ToLower(s), sub) for ASCII s and a
// lower-case sub.
func indexFold(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		j := 0
		for ; j < len(sub); j++ {
			c := s[i+j]
			if isUpper(c) {
				c += 'a' - 'A'
			}
			if c != sub[j] {
				break
			}
		}
		if j == len(sub) {
			return i
		}
	}
	return -1
}
