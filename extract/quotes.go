package extract

import (
	"strings"
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
// Times' ”) count as one neutral mark; single marks delimit only in a
// document set in the British style (see singleMark).
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

// singleMark reports whether a single quotation mark starts at s[i], its
// byte length and the way its glyph leans, for documents set in the
// British style, where single marks delimit quotes: ‘ opens, and ’ and '
// are left to context, as they are also apostrophes.
func singleMark(s string, i int) (int, markKind, bool) {
	r, size := utf8.DecodeRuneInString(s[i:])
	switch r {
	case '\u2018':
		return size, markOpen, true
	case '\u2019', '\'':
		return size, markNeutral, true
	}
	return 0, 0, false
}

// singleStyle reports whether doc sets its quotes in single marks, as
// British and Commonwealth news does (‘We will win,’ he said; ‘He told me
// “never”,’ she said): read with single marks, it has quotes, and every
// double mark outside markup is inside one of them.
func singleStyle(doc string, paras []paragraph) bool {
	// Most documents are set in double marks, and their first double mark
	// has no single one opening before it in its paragraph: a quick no.
	for _, p := range paras {
		line := doc[p.start:p.end]
		if d := firstDoubleMark(line); d >= 0 {
			if !opensSingle(line[:d]) {
				return false
			}
			break
		}
	}
	opens := false
	for _, p := range paras {
		if opens = opensSingle(doc[p.start:p.end]); opens {
			break
		}
	}
	if !opens {
		return false
	}
	quotes := scanQuotes(doc, paras, true)
	if len(quotes) == 0 {
		return false
	}
	k := 0
	for _, p := range paras {
		line := doc[p.start:p.end]
		for i := 0; i < len(line); {
			d := firstDoubleMark(line[i:])
			if d < 0 {
				break
			}
			at := p.start + i + d
			for k < len(quotes) && quotes[k].inner.end <= at {
				k++
			}
			if k == len(quotes) || at < quotes[k].inner.start {
				return false
			}
			size, _, _ := doubleMark(line, i+d)
			i += d + size
		}
	}
	return true
}

// markLead marks the bytes a double mark can start with: a straight
// double quote, an apostrophe or backtick (of two apostrophes), and the
// lead bytes of the curly marks and guillemets.
var markLead = func() (lead [256]bool) {
	for _, b := range []byte{'"', '\'', '`', 0xe2, 0xc2} {
		lead[b] = true
	}
	return lead
}()

// firstDoubleMark returns the offset of the first double mark in line
// outside markup, or -1.
func firstDoubleMark(line string) int {
	for i := 0; i < len(line); i++ {
		switch {
		case line[i] == '<':
			if end := tagEnd(line, i); end > 0 {
				i = end - 1
			}
		case markLead[line[i]]:
			if _, _, ok := doubleMark(line, i); ok {
				return i
			}
		}
	}
	return -1
}

// tagEnd returns the offset just past the markup tag that starts at
// line[i] (<tweet ...>, </a>), or -1 when none starts there.
func tagEnd(line string, i int) int {
	if line[i] != '<' || i+1 >= len(line) || !isASCIILetter(line[i+1]) && line[i+1] != '/' {
		return -1
	}
	if j := indexByteFrom(line, '>', i); j > 0 {
		return j + 1
	}
	return -1
}

// around returns the runes before and after line[i:i+size], 0 at either
// end of line.
//
// Invisible format characters (a left-to-right mark, a zero-width space,
// which web text leaves before marks) are looked through: "\u202a”Isis
// declares" opens its paragraph.
func around(line string, i, size int) (prev, next rune) {
	for j := i; j > 0; {
		r, n := utf8.DecodeLastRuneInString(line[:j])
		if !unicode.Is(unicode.Cf, r) {
			prev = r
			break
		}
		j -= n
	}
	for j := i + size; j < len(line); {
		r, n := utf8.DecodeRuneInString(line[j:])
		if !unicode.Is(unicode.Cf, r) {
			next = r
			break
		}
		j += n
	}
	return prev, next
}

// opensSingle reports whether a single mark opens before a letter in
// line.
func opensSingle(line string) bool {
	for i := 0; i < len(line); {
		j := strings.IndexAny(line[i:], "'\u2018\u2019")
		if j < 0 {
			return false
		}
		i += j
		size, _, _ := singleMark(line, i)
		prev, next := around(line, i, size)
		if isOpenContext(prev) && prev != '\'' && prev != '\u2018' && unicode.IsLetter(next) {
			return true
		}
		i += size
	}
	return false
}

func isOpenContext(r rune) bool {
	return r == 0 || unicode.IsSpace(r) || r == '(' || r == '[' || r == '{' || r == '\u2014' || r == '\u2013' || r == '-' || r == '/' || r == '\u2018' || r == '\''
}

func isCloseContext(r rune) bool {
	return r == 0 || unicode.IsSpace(r) || unicode.IsPunct(r) && r != '(' && r != '[' && r != '{'
}

// scanQuotes pairs the quotation marks of each paragraph: double marks, or
// single ones when single is set (a British-style document). Marks are
// told apart by context rather than glyph, because archives mix glyphs: a
// mark after a space and before a word opens, a mark after a word and
// before a space or punctuation closes. A second opening mark inside an open
// quote nests and only the outermost stretch is returned. A quote still
// open at the end of its paragraph runs to the end of it; when the next
// paragraph does not reopen with a mark (the convention for quotes that run
// over paragraphs), it is reported as unclosed. Marks inside markup
// (<tweet ...>, <a href="...">) are ignored.
//
// Text whose paragraphs were run together into one line keeps the
// convention without the line breaks: inside a quote, a mark that opens
// after a sentence's end ends the quote and opens the next, unless it is a
// closing mark glued to the next word (the mark after it opens again); a
// mark that opens after a colon, in a quote holding a sentence's end, marks
// a closing mark lost before the story's last sentence.
//
// In the British style a single mark that is an apostrophe (see
// apostrophe) neither opens nor closes, and a quote left open at the end
// of its paragraph that the next does not reopen is dropped rather than
// run on, as a stray apostrophe more often opens it than a quote does.
func scanQuotes(doc string, paras []paragraph, single bool) []quoteMarks {
	mark := doubleMark
	if single {
		mark = singleMark
	}
	var out []quoteMarks
	for pi, p := range paras {
		line := doc[p.start:p.end]
		depth := 0
		var open span
		// reopened is set while the open quote began at a mark that
		// followed a sentence inside the quote before it.
		reopened := false
		for i := 0; i < len(line); {
			if line[i] == '<' {
				if end := tagEnd(line, i); end > 0 {
					i = end
					continue
				}
			}
			size, lean, ok := mark(line, i)
			if !ok {
				_, n := utf8.DecodeRuneInString(line[i:])
				i += n
				continue
			}
			// Three apostrophes are a single and a double mark: the double
			// one is the first two when opening, the last two when closing.
			if !single && line[i] == '\'' && size == 2 && i+2 < len(line) && line[i+2] == '\'' && depth > 0 {
				i++
			}
			prev, next := around(line, i, size)
			if single && apostrophe(line, i, size, prev, next) {
				i += size
				continue
			}
			opens := markOpens(prev, next, lean, depth)
			closes := !opens
			at := span{p.start + i, p.start + i + size}
			switch {
			case opens && depth == 1 && !single && (lean == markNeutral && !nextMarkCloses(line, i+size) ||
				lean == markClose && sentenceEndsBefore(line, i) ||
				unicode.IsSpace(prev) && unicode.IsSpace(next) && clauseEndBefore(line, i)):
				// '... Mansfield is doing. "McCoy would not comment ...
				// payroll. "Based on ...', '... holding their breaths,
				// "waiting to see whether Sununu survives. ... lamented
				// that "the noose ...': a straight mark that would nest
				// where the next mark opens again closes, misplaced next
				// to the word after it; so does a closing glyph glued
				// after a sentence, and any mark that stands alone after
				// a comma or a sentence's end ('... pet him like this, “
				// he said').
				depth = 0
				reopened = false
				out = appendQuote(out, doc, span{open.start, at.end}, span{open.end, at.start}, pi, false)
			case opens && depth == 1 && !single && sentenceEndsBefore(line, i):
				// Text whose paragraphs were run together: '... the rate.
				// “However, ...' ends one paragraph's quote where the
				// next reopens, as a line break would.
				out = appendQuote(out, doc, span{open.start, at.start}, span{open.end, at.start}, pi, false)
				open = at
				reopened = true
			case opens && depth == 1 && !single && (reopened || colonBefore(line, i) && lastSentenceEnd(line[open.end-p.start:i]) > 0):
				// '... program. "Added Hall: "Most ...': the mark that
				// reopened was a closing one glued to the next word, and
				// the words after it the story's; or the quote lost its
				// closing mark before the story's last sentence ('... if
				// they are concerned. Dr Burne added: “Going', 'called the
				// rise “insensitive. He said: “The council’s'). This mark
				// opens.
				if end := lastSentenceEnd(line[open.end-p.start : i]); end > 0 {
					stop := open.end + end
					out = appendQuote(out, doc, span{open.start, stop}, span{open.end, stop}, pi, false)
				}
				open = at
				reopened = false
			case opens && depth == 1 && lean == markNeutral && line[open.start-p.start] == '"' && !nestedQuoteCloses(line, i+size):
				// 'too "... I read about you all the time," said': a
				// straight mark inside a quote that straight marks open
				// nests only when the next two marks close (see
				// nestedQuoteCloses); else it ends one quote and opens
				// the next.
				out = appendQuote(out, doc, span{open.start, at.start}, span{open.end, at.start}, pi, false)
				open = at
			case opens:
				if depth == 0 {
					open = at
				}
				depth++
			case closes && depth > 0:
				depth--
				reopened = false
				if depth == 0 {
					out = appendQuote(out, doc, span{open.start, at.end}, span{open.end, at.start}, pi, false)
				}
			}
			i += size
		}
		if depth > 0 {
			reopened := pi+1 < len(paras) && startsWithOpeningMark(doc, paras[pi+1], mark)
			if single && !reopened {
				continue
			}
			out = appendQuote(out, doc, span{open.start, p.end}, span{open.end, p.end}, pi, !reopened)
			if reopened && len(out) > 0 && out[len(out)-1].para == pi {
				out[len(out)-1].runsOn = true
			}
		}
	}
	return out
}

// markOpens tells whether a double mark between the runes prev and next
// opens a quote, by its context: after a space or an opening bracket and
// before a word it opens, after a word and before a space or punctuation
// it closes; where the context says both or neither, the glyph decides,
// and a neutral glyph opens only outside a quote (depth 0).
func markOpens(prev, next rune, lean markKind, depth int) bool {
	// Before a comma no quotation starts: "« Nous gagnerons », a dit
	// Macron", in the French spacing. (Before a full stop one may, with
	// an ellipsis: '"... I read about you".)
	opens := isOpenContext(prev) && !unicode.IsSpace(next) && next != 0 && !strings.ContainsRune(",;:!?)", next)
	closes := !unicode.IsSpace(prev) && prev != 0 && isCloseContext(next)
	if opens != closes {
		return opens
	}
	switch lean {
	case markOpen:
		return true
	case markClose:
		// At a paragraph's start there is nothing to close: "” … in the
		// case of Wyoming, ...,” wrote Time".
		return prev == 0
	}
	return depth == 0
}

// nextMarkCloses reports whether the next double mark in line from
// offset from, outside markup, would close a quote open before it.
func nextMarkCloses(line string, from int) bool {
	_, closes, ok := nextMark(line, from)
	return ok && closes
}

// nestedQuoteCloses reports whether the next two double marks in line
// from offset from would both close: the first a quote nested in an open
// one, the second the open one ('tweeted, "Reporting that the killer
// shouted "Allah hu Akbar!" as he slaughtered clubgoers."').
func nestedQuoteCloses(line string, from int) bool {
	end, closes, ok := nextMark(line, from)
	if !ok || !closes {
		return false
	}
	_, closes, ok = nextMark(line, end)
	return ok && closes
}

// nextMark finds the next double mark in line from offset from, outside
// markup: the offset past it, and whether it would close a quote open
// before it.
func nextMark(line string, from int) (end int, closes, ok bool) {
	for i := from; i < len(line); i++ {
		if line[i] == '<' {
			if end := tagEnd(line, i); end > 0 {
				i = end - 1
			}
			continue
		}
		if !markLead[line[i]] {
			continue
		}
		size, lean, ok := doubleMark(line, i)
		if !ok {
			continue
		}
		prev, next := around(line, i, size)
		return i + size, !markOpens(prev, next, lean, 1), true
	}
	return 0, false, false
}

// clauseEndBefore reports whether a comma or a sentence's end closes the
// text before line[i], past white space.
func clauseEndBefore(line string, i int) bool {
	t := strings.TrimRight(line[:i], " \t")
	return t != "" && strings.ContainsRune(",.?!", rune(t[len(t)-1]))
}

// colonBefore reports whether a colon ends the text before line[i], past
// white space: what follows is introduced, not nested.
func colonBefore(line string, i int) bool {
	t := strings.TrimRight(line[:i], " \t")
	return strings.HasSuffix(t, ":")
}

// lastSentenceEnd returns the offset just past the last period, question
// or exclamation mark in s that a space and a capital follow, or -1.
func lastSentenceEnd(s string) int {
	for i := len(s) - 2; i > 0; i-- {
		if s[i] != ' ' || !strings.ContainsRune(".?!", rune(s[i-1])) {
			continue
		}
		if next, _ := utf8.DecodeRuneInString(s[i+1:]); unicode.IsUpper(next) {
			return i
		}
	}
	return -1
}

// sentenceEndsBefore reports whether the last thing before line[i],
// past white space (at least one), ends a sentence: a period, question
// or exclamation mark, perhaps inside a bracket.
func sentenceEndsBefore(line string, i int) bool {
	j := i
	for j > 0 && (line[j-1] == ' ' || line[j-1] == '\t') {
		j--
	}
	if j == i || j == 0 {
		return false
	}
	if line[j-1] == ')' && j > 1 {
		j--
	}
	switch line[j-1] {
	case '.', '?', '!':
		return true
	}
	return false
}

func appendQuote(out []quoteMarks, doc string, outer, inner span, para int, unclosed bool) []quoteMarks {
	inner = trimSpan(doc, inner)
	if inner.empty() {
		return out
	}
	return append(out, quoteMarks{inner: inner, outer: outer, para: para, unclosed: unclosed})
}

// apostrophe reports whether the single mark line[i:i+size], between the
// runes prev and next, is an apostrophe: between two letters or digits
// (don’t, Johnson’s), before a digit (the ’90s), or after an s and before
// a lower-case word that a possessive can come before (the voters’
// choice, but not ‘the elites’ who ...).
func apostrophe(line string, i, size int, prev, next rune) bool {
	if isWordRune(prev) && isWordRune(next) {
		return true
	}
	// ’90s, '80s: an elided century.
	if r, _ := utf8.DecodeRuneInString(line[i:]); r != '\u2018' && unicode.IsDigit(next) {
		return true
	}
	if prev != 's' || next != ' ' {
		return false
	}
	after := strings.TrimLeft(line[i+size:], " ")
	end := strings.IndexFunc(after, func(r rune) bool { return !unicode.IsLetter(r) })
	if end < 0 {
		end = len(after)
	}
	word := after[:end]
	first, _ := utf8.DecodeRuneInString(word)
	return unicode.IsLower(first) && !functionWords[word]
}

// functionWords are the words that never follow a possessive: after one,
// a single mark closes a quote (‘the elites’ who ..., ‘big plans’ for).
var functionWords = setOf("a an the and or but nor as at by for from in into of on onto over to with without about " +
	"is are was were be been has have had will would can could may might should must not " +
	"he she it they we i you his her their its our my your him them us " +
	"that which who whom whose while when where if than then so because after before since until though although " +
	"said says added adds told wrote according")

func startsWithOpeningMark(doc string, p paragraph, mark func(string, int) (int, markKind, bool)) bool {
	size, lean, ok := mark(doc[p.start:p.end], 0)
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

// markEntities are the HTML entities of quotation marks that archives
// keep unescaped in their text, with the glyph each stands for.
var markEntities = []struct{ entity, glyph string }{
	{"&ldquo;", "\u201c"}, {"&rdquo;", "\u201d"}, {"&quot;", `"`},
	{"&#8220;", "\u201c"}, {"&#8221;", "\u201d"}, {"&#34;", `"`},
	{"&lsquo;", "\u2018"}, {"&#8216;", "\u2018"},
}

// entityMarks returns masked with each quotation-mark entity turned into
// its glyph, padded before with spaces to the entity's length, so that
// the quote scanner, the segmenter and the tagger see a mark and offsets
// do not move. (&rsquo; stays: prose reads it as an apostrophe.)
func entityMarks(masked string) string {
	if !strings.Contains(masked, "&") {
		return masked
	}
	var b []byte
	for i := 0; i < len(masked); i++ {
		if masked[i] != '&' {
			continue
		}
		for _, e := range markEntities {
			if strings.HasPrefix(masked[i:], e.entity) {
				if b == nil {
					b = []byte(masked)
				}
				pad := len(e.entity) - len(e.glyph)
				for k := range pad {
					b[i+k] = ' '
				}
				copy(b[i+pad:], e.glyph)
				i += len(e.entity) - 1
				break
			}
		}
	}
	if b == nil {
		return masked
	}
	return string(b)
}

// isMarkToken reports whether token t is a quotation mark: a double mark
// in the document, or one in the masked view, where a British-style
// document's delimiting single marks are double ones (see doubleMarked).
func (x *docState) isMarkToken(t token) bool {
	return isQuoteMark(t.text) || isQuoteMark(x.t.masked[t.start:t.end])
}

// doubleMarked returns the masked text with the single marks that delimit
// quotes turned into double ones of the same length (‘ ’ into “ ”, ' into
// "), so that the segmenter and the tagger, which know double marks, read a
// British-style document as they read any other; offsets do not move.
func doubleMarked(masked string, quotes []quoteMarks) string {
	b := []byte(masked)
	swap := func(at int, closing bool) {
		r, _ := utf8.DecodeRuneInString(masked[at:])
		if closing {
			var size int
			r, size = utf8.DecodeLastRuneInString(masked[:at])
			at -= size
		}
		switch r {
		case '\u2018':
			copy(b[at:], "\u201c")
		case '\u2019':
			copy(b[at:], "\u201d")
		case '\'':
			b[at] = '"'
		}
	}
	for _, q := range quotes {
		swap(q.outer.start, false)
		if q.outer.end > q.inner.end {
			swap(q.outer.end, true)
		}
	}
	return string(b)
}

// isQuoteMark reports whether s is one double quotation mark.
func isQuoteMark(s string) bool {
	n, _, ok := doubleMark(s, 0)
	return ok && n == len(s)
}

// markEntityAt returns the length of the quotation-mark entity s starts
// with, or 0.
func markEntityAt(s string) int {
	for _, e := range markEntities {
		if strings.HasPrefix(s, e.entity) {
			return len(e.entity)
		}
	}
	return 0
}
