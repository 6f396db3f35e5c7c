package extract

import (
	"unicode"
	"unicode/utf8"
)

// quoteMarks is a quotation found in one paragraph.
type quoteMarks struct {
	inner span // the words inside the marks, trimmed of white space
	outer span // inner with its marks
	para  int
	// unclosed is set when the paragraph ended inside the quote and the
	// next paragraph does not reopen it.
	unclosed bool
	// runsOn is set when the quote runs into the next paragraph, which
	// reopens it with a mark.
	runsOn bool
}

// markKind is what a double quotation mark looks like it does.
type markKind int

const (
	markNeutral markKind = iota // " '' and the like: context decides
	markOpen                    // “ „ «
	markClose                   // ” »
)

// doubleMark reports whether a double quotation mark starts at s[i], its
// byte length and the way its glyph leans. Two apostrophes (the New York
// Times' ”) count as one neutral mark; single quotes never delimit.
func doubleMark(s string, i int) (int, markKind, bool) {
	r, size := utf8.DecodeRuneInString(s[i:])
	switch r {
	case '\u201c', '\u201e', '\u00ab', '\u201f':
		return size, markOpen, true
	case '\u201d', '\u00bb':
		return size, markClose, true
	case '"':
		return size, markNeutral, true
	case '\'', '`', '\u2019', '\u2018':
		if i+size < len(s) {
			r2, size2 := utf8.DecodeRuneInString(s[i+size:])
			if r2 == r || (r == '\u2019' && r2 == '\u2019') {
				return size + size2, markNeutral, true
			}
		}
	}
	return 0, 0, false
}

func isOpenContext(r rune) bool {
	return r == 0 || unicode.IsSpace(r) || r == '(' || r == '[' || r == '{' || r == '\u2014' || r == '\u2013' || r == '-' || r == '/' || r == '\u2018' || r == '\''
}

func isCloseContext(r rune) bool {
	return r == 0 || unicode.IsSpace(r) || unicode.IsPunct(r) && r != '(' && r != '[' && r != '{'
}

// scanQuotes pairs the double quotation marks of each paragraph. Marks are
// told apart by context rather than glyph, because archives mix glyphs: a
// mark after a space and before a word opens, a mark after a word and
// before a space or punctuation closes. A second opening mark inside an open
// quote nests and only the outermost stretch is returned. A quote still
// open at the end of its paragraph runs to the end of it; when the next
// paragraph does not reopen with a mark (the convention for quotes that run
// over paragraphs), it is reported as unclosed. Marks inside markup
// (<tweet ...>, <a href="...">) are ignored.
func scanQuotes(doc string, paras []paragraph) []quoteMarks {
	var out []quoteMarks
	for pi, p := range paras {
		line := doc[p.start:p.end]
		depth := 0
		var open span
		for i := 0; i < len(line); {
			if line[i] == '<' && i+1 < len(line) && (isASCIILetter(line[i+1]) || line[i+1] == '/') {
				if j := indexByteFrom(line, '>', i); j > 0 {
					i = j + 1
					continue
				}
			}
			size, lean, ok := doubleMark(line, i)
			if !ok {
				_, n := utf8.DecodeRuneInString(line[i:])
				i += n
				continue
			}
			// Three apostrophes are a single and a double mark: the double
			// one is the first two when opening, the last two when closing.
			if line[i] == '\'' && size == 2 && i+2 < len(line) && line[i+2] == '\'' && depth > 0 {
				i++
			}
			var prev, next rune
			if i > 0 {
				prev, _ = utf8.DecodeLastRuneInString(line[:i])
			}
			if i+size < len(line) {
				next, _ = utf8.DecodeRuneInString(line[i+size:])
			}
			opens := isOpenContext(prev) && !unicode.IsSpace(next) && next != 0
			closes := !unicode.IsSpace(prev) && prev != 0 && isCloseContext(next)
			if opens == closes { // both or neither: the glyph decides
				switch lean {
				case markOpen:
					opens, closes = true, false
				case markClose:
					opens, closes = false, true
				default:
					opens, closes = depth == 0, depth > 0
				}
			}
			at := span{p.start + i, p.start + i + size}
			switch {
			case opens:
				if depth == 0 {
					open = at
				}
				depth++
			case closes && depth > 0:
				depth--
				if depth == 0 {
					out = appendQuote(out, doc, span{open.start, at.end}, span{open.end, at.start}, pi, false)
				}
			}
			i += size
		}
		if depth > 0 {
			reopened := pi+1 < len(paras) && startsWithOpeningMark(doc, paras[pi+1])
			out = appendQuote(out, doc, span{open.start, p.end}, span{open.end, p.end}, pi, !reopened)
			if reopened && len(out) > 0 && out[len(out)-1].para == pi {
				out[len(out)-1].runsOn = true
			}
		}
	}
	return out
}

func appendQuote(out []quoteMarks, doc string, outer, inner span, para int, unclosed bool) []quoteMarks {
	inner = trimSpan(doc, inner)
	if inner.empty() {
		return out
	}
	return append(out, quoteMarks{inner: inner, outer: outer, para: para, unclosed: unclosed})
}

func startsWithOpeningMark(doc string, p paragraph) bool {
	size, lean, ok := doubleMark(doc[p.start:p.end], 0)
	if !ok || lean == markClose {
		return false
	}
	next, _ := utf8.DecodeRuneInString(doc[p.start+size : p.end])
	return !unicode.IsSpace(next)
}

func isASCIILetter(b byte) bool { return b|0x20 >= 'a' && b|0x20 <= 'z' }

func indexByteFrom(s string, b byte, from int) int {
	for j := from; j < len(s); j++ {
		if s[j] == b {
			return j
		}
	}
	return -1
}

// isQuoteMark reports whether s is one double quotation mark.
func isQuoteMark(s string) bool {
	n, _, ok := doubleMark(s, 0)
	return ok && n == len(s)
}
