package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsfacts/extract/extract/tagger"
	"gopkg.in/neurosnap/sentences.v1"
	"gopkg.in/neurosnap/sentences.v1/english"
)

// models holds the POS tagger and the Punkt sentence model. The tagger
// (prose's model, reimplemented in extract/tagger) is loaded once per
// process and shared; the buffers are this Extractor's own.
type models struct {
	tagger      *tagger.Tagger
	segmenter   *sentences.DefaultSentenceTokenizer
	titleAbbrev map[string]bool   // the abbreviations given to newModels
	firstNames  map[string]string // folded first names, as newModels was given them
	periodWords map[string]bool   // words whose final period is theirs (see compiled)
	words, tags []string          // reused from sentence to sentence
}

// newModels loads the models. abbreviations (lower case, without the final
// period: "sen", "gov") are added to the sentence model so that titles do
// not end sentences; nor does a middle initial after one of firstNames
// (folded).
func newModels(abbreviations []string, firstNames map[string]string, periodWords map[string]bool) (*models, error) {
	tg, err := tagger.Load()
	if err != nil {
		return nil, err
	}
	seg, err := english.NewSentenceTokenizer(nil)
	if err != nil {
		return nil, err
	}
	m := &models{tagger: tg, segmenter: seg, titleAbbrev: map[string]bool{}, firstNames: firstNames, periodWords: periodWords}
	for _, a := range abbreviations {
		seg.AbbrevTypes.Add(a)
		m.titleAbbrev[a] = true
	}
	return m, nil
}

// token is a prose token aligned back to the document.
type token struct {
	span
	text  string // the text at span, with the document's own glyphs
	lower string
	tag   string // Penn Treebank POS tag from prose
}

func (t token) isCapitalised() bool {
	r, _ := utf8.DecodeRuneInString(t.text)
	return unicode.IsUpper(r)
}

func (t token) isWord() bool {
	r, _ := utf8.DecodeRuneInString(t.text)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// sentence is a sentence of a paragraph with its tokens.
type sentence struct {
	span
	para   int
	tokens []token
}

// paragraph is one non-blank line of the document.
type paragraph struct {
	span
	headline bool // title-case line, such as a headline
}

// paragraphs splits the masked text into its non-blank lines.
func paragraphs(t *text) []paragraph {
	var out []paragraph
	start := 0
	for start <= len(t.masked) {
		end := strings.IndexByte(t.masked[start:], '\n')
		if end < 0 {
			end = len(t.masked)
		} else {
			end += start
		}
		if s := trimSpan(t.masked, span{start, end}); !s.empty() {
			out = append(out, paragraph{span: s, headline: lineIsHeadline(s.text(t.masked), len(out) == 0)})
		}
		start = end + 1
	}
	return out
}

// lineIsHeadline reports whether a line is a headline; first says it is
// the document's first.
func lineIsHeadline(line string, first bool) bool {
	if isHeadline(line) {
		return true
	}
	// Archives often end the title, the first line, with a period ("Trey
	// Gowdy Just Fired Back After Getting Hit."): then every long word
	// must be capitalised, as a sentence full of names ("Sen. Marco Rubio
	// spoke in Houston.") is not. Further down, a subheading must also
	// capitalise a word no name holds ("Salma Hayek Described Her
	// Experience Being Discriminated Against.").
	if title, ok := strings.CutSuffix(line, "."); ok {
		return isTitleLine(title) && (first || capitalisesFunctionWord(title))
	}
	return false
}

// splitRunInTitle parts the document's title from the body when the text
// opens with it on one line, as some archives store articles ("Meth makers
// leave behind toxic trail. CHATTANOOGA (AP) — Methamphetamine ..."): the
// title becomes a paragraph, a headline if it reads as one, and the body a
// paragraph of its own that a dateline may open.
func splitRunInTitle(t *text, paras []paragraph, title string) []paragraph {
	title = strings.TrimSpace(title)
	if title == "" || len(paras) == 0 {
		return paras
	}
	first := paras[0]
	line := first.text(t.masked)
	if !strings.HasPrefix(line, title) {
		return paras
	}
	end := len(title)
	if after := strings.TrimLeft(line[end:], " "); after != "" && strings.ContainsRune(".:!?", rune(after[0])) {
		end = len(line) - len(after) + 1 // "Madison will dump assessors . DANIELSVILLE -"
	}
	rest := strings.TrimLeftFunc(line[end:], unicode.IsSpace)
	if rest == "" || len(rest) == len(line)-end {
		return paras // the title is the whole line, or runs into a word
	}
	head := paragraph{span: span{first.start, first.start + end}, headline: lineIsHeadline(line[:end], true)}
	body := paragraph{span: span{first.end - len(rest), first.end}}
	return append([]paragraph{head, body}, paras[1:]...)
}

// isTitleLine reports whether line is in title case: four words or more,
// each capitalised but for the short words title case leaves in lower
// case ("Trey Gowdy Fires Back at the Committee", not "Donald Trump met
// Vladimir Putin in Helsinki").
func isTitleLine(line string) bool {
	words := 0
	for w := range strings.FieldsSeq(line) {
		words++
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLower(r) && !titleCaseLower[w] {
			return false
		}
	}
	return words >= 4
}

// capitalisesFunctionWord reports whether a word of line past its first is
// a function word written with a capital, as title case does ("Rand Paul
// Scores Direct Hit On Donald Trump").
func capitalisesFunctionWord(line string) bool {
	first := true
	for w := range strings.FieldsSeq(line) {
		r, _ := utf8.DecodeRuneInString(w)
		lower := strings.ToLower(w)
		if !first && unicode.IsUpper(r) && (titleCaseLower[lower] || titleCaseCapitalised[lower]) {
			return true
		}
		first = false
	}
	return false
}

// titleCaseCapitalised are function words that title case capitalises
// (longer prepositions, pronouns, question words, forms of be) and names
// do not hold.
var titleCaseCapitalised = setOf("about above across after against among before behind below beneath between beyond during " +
	"over since through toward towards under until upon within without her his its our their what when where which why how " +
	"is are was were would could should")

// titleCaseLower are the words title case leaves in lower case.
var titleCaseLower = setOf("a an the and or but nor for so yet as at by in of off on per to up via vs. vs with from into than")

// isHeadline tells a title-case line ("Putin Invites Trump to Moscow After
// Alaska Summit"), whose capitals do not mark names.
func isHeadline(line string) bool {
	if line == "" || strings.ContainsAny(line[len(line)-1:], ".!?") && !strings.HasSuffix(line, "?") {
		return false
	}
	// A line in brackets is a note, not a title: "(Reporting by Valerie
	// Volcovici; Editing by Will Dunham.)", a wire credit, with its period
	// or without.
	if strings.HasPrefix(line, "(") && strings.HasSuffix(line, ")") {
		return false
	}
	words, capital, long := 0, 0, 0
	for w := range strings.FieldsSeq(line) {
		words++
		r, _ := utf8.DecodeRuneInString(w)
		if utf8.RuneCountInString(w) > 3 {
			long++
			if unicode.IsUpper(r) {
				capital++
			}
		}
	}
	if words < 3 || words > 25 {
		return false
	}
	return long > 0 && capital*10 >= long*8
}

// trimSpan narrows s to exclude leading and trailing white space.
func trimSpan(doc string, s span) span {
	for s.start < s.end {
		r, size := utf8.DecodeRuneInString(doc[s.start:s.end])
		if !unicode.IsSpace(r) {
			break
		}
		s.start += size
	}
	for s.end > s.start {
		r, size := utf8.DecodeLastRuneInString(doc[s.start:s.end])
		if !unicode.IsSpace(r) {
			break
		}
		s.end -= size
	}
	return s
}

// sentences splits one paragraph into sentences.
func (m *models) sentences(t *text, p paragraph, para int) []sentence {
	var out []sentence
	for _, s := range m.segmenter.Tokenize(p.text(t.masked)) {
		sp := trimSpan(t.masked, span{p.start + s.Start, p.start + s.End})
		if sp.empty() {
			continue
		}
		// The segmenter still ends a few sentences at a title before a
		// name ("... constituencies,'' Mr. | Tribe said."): a title ends
		// no sentence.
		// Nor does a middle initial, which it takes for one where the
		// name after it is also a common word ("Charles Q. | Brown").
		if n := len(out); n > 0 && (m.endsWithTitle(out[n-1].text(t.masked)) || m.endsWithInitial(out[n-1].text(t.masked))) && startsUpper(sp.text(t.masked)) {
			out[n-1].end = sp.end
			continue
		}
		// Nor an abbreviation before the number it names: "a crash on
		// Hwy. | 23 near Marshall".
		if n := len(out); n > 0 && m.endsWithPeriodWord(out[n-1].text(t.masked)) && startsDigit(sp.text(t.masked)) {
			out[n-1].end = sp.end
			continue
		}
		// Nor an abbreviation before a possessive: "Philip Morris
		// Co.'s Miller Brewing unit".
		if n := len(out); n > 0 && endsPossessive(out[n-1].text(t.masked)) {
			out[n-1].end = sp.end
			continue
		}
		out = append(out, sentence{span: sp, para: para})
	}
	return out
}

// endsPossessive reports whether s ends in a possessive ending, 's or
// ’s, with no punctuation after it: no sentence does.
func endsPossessive(s string) bool {
	return strings.HasSuffix(s, "'s") || strings.HasSuffix(s, "’s")
}

// endsWithTitle reports whether s ends with a title abbreviation and its
// period ("Mr.", "Sen.").
func (m *models) endsWithTitle(s string) bool {
	if !strings.HasSuffix(s, ".") {
		return false
	}
	w := s[:len(s)-1]
	if i := strings.LastIndexFunc(w, func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune("'\"‘’“”", r) }); i >= 0 {
		_, size := utf8.DecodeRuneInString(w[i:])
		w = w[i+size:]
	}
	return m.titleAbbrev[strings.ToLower(w)]
}

// endsWithPeriodWord reports whether s ends with a word whose final
// period is its own ("Hwy.", "St.", "Sen."): see compiled.periodWords.
func (m *models) endsWithPeriodWord(s string) bool {
	_, last := lastField(s)
	w, ok := strings.CutSuffix(last, ".")
	return ok && m.periodWords[strings.ToLower(w)]
}

// startsDigit reports whether s starts with a digit.
func startsDigit(s string) bool {
	return s != "" && s[0] >= '0' && s[0] <= '9'
}

// endsWithInitial reports whether s ends with a first name and a single
// capital letter with its period ("Gen. Charles Q.").
func (m *models) endsWithInitial(s string) bool {
	// Only the last two words matter: no need to split the sentence.
	rest, initial := lastField(s)
	if len(initial) != 2 || initial[1] != '.' || initial[0] < 'A' || initial[0] > 'Z' {
		return false
	}
	_, word := lastField(rest)
	if word == "" {
		return false
	}
	first := strings.TrimLeft(word, "'\"‘’“”(")
	if !startsUpper(first) {
		return false
	}
	_, ok := m.firstNames[foldName(first)]
	return ok
}

// lastField splits s into what comes before its last space-separated
// word and that word, as strings.Fields would end it.
func lastField(s string) (rest, word string) {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	i := strings.LastIndexFunc(s, unicode.IsSpace)
	if i < 0 {
		return "", s
	}
	_, size := utf8.DecodeRuneInString(s[i:]) // a no-break space is two bytes
	return s[:i], s[i+size:]
}

// tokenize tokenizes and tags a sentence as prose.NewDocument does (same
// tokens, same tags: see extract/tagger), then aligns the tokens to the
// document. cuts are byte offsets, sorted, where a token must end even
// without a space: the quotation marks glued to a word (`said:"We`).
func (m *models) tokenize(t *text, s *sentence, cuts []int) error {
	m.words, m.tags = m.tagger.TagText(taggerText(t.masked, s.span, cuts), m.words[:0], m.tags[:0])
	s.tokens = m.splitFinalPeriod(align(t.raw, s.span, m.words, m.tags))
	return nil
}

// splitFinalPeriod splits the sentence's period from its last word when
// the tokenizer kept them together and the word is no abbreviation. Like
// prose, the tokenizer keeps any capitalised word of two or three letters
// whole with a period ("Mr.", "Gen."), so "said Ann Lee." ended in the
// name "Lee."; closing quotation marks and brackets may follow.
func (m *models) splitFinalPeriod(toks []token) []token {
	k := len(toks) - 1
	for k > 0 && len(toks[k].text) <= len("”") && strings.ContainsAny(toks[k].text, "\"'”’)]") {
		k--
	}
	if k < 0 {
		return toks
	}
	t := toks[k]
	n := len(t.text)
	if n < 3 || n > 4 || t.text[n-1] != '.' || !isUpperASCII(t.text[0]) || !isLowerASCII(t.text[1:n-1]) || m.periodWords[t.lower[:n-1]] {
		return toks
	}
	word := newToken(t.text[:n-1], span{0, n - 1}, t.tag)
	word.span = span{t.start, t.end - 1}
	period := token{span: span{t.end - 1, t.end}, text: ".", lower: ".", tag: "."}
	return slices.Insert(slices.Delete(toks, k, k+1), k, word, period)
}

func isUpperASCII(b byte) bool { return 'A' <= b && b <= 'Z' }

func isLowerASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
}

// taggerText is the text of s as the tagger reads it: with spaces at cuts
// and around the dashes that join words ("the tax—which he hated—was",
// "gangsters.”― Carla Sanchez", "Trump--who") or open one ("-Michelle
// Marks, Philadelphia.", a letter's signature). prose splits tokens at
// spaces only, so "tax—which" would be one word and "Sanchez" no name
// after a quote. The en dash stays, as it joins ranges ("2015–16"). align
// skips the added spaces, so offsets do not move.
func taggerText(doc string, s span, cuts []int) string {
	text := s.text(doc)
	if len(cuts) == 0 && !strings.Contains(text, "—") && !strings.Contains(text, "―") && !strings.Contains(text, "--") && !strings.HasPrefix(text, "-") && !strings.Contains(text, " -") && !hasMarkToRewrite(text) {
		return text
	}
	var b strings.Builder
	b.Grow(len(text) + 8)
	for i := 0; i < len(text); {
		for len(cuts) > 0 && cuts[0] < s.start+i {
			cuts = cuts[1:]
		}
		if len(cuts) > 0 && cuts[0] == s.start+i {
			b.WriteByte(' ')
			cuts = cuts[1:]
		}
		n := 0
		switch {
		case strings.HasPrefix(text[i:], "—"), strings.HasPrefix(text[i:], "―"):
			n = len("—")
		case strings.HasPrefix(text[i:], "--"):
			n = 2
			for i+n < len(text) && text[i+n] == '-' {
				n++
			}
		case text[i] == '-' && (i == 0 || text[i-1] == ' ') && unicode.IsUpper(firstRune(text[i+1:])):
			n = 1
		}
		if n == 0 {
			if c := text[i]; c != '\'' && c != 0xE2 && c != 'n' {
				b.WriteByte(c)
				i++
				continue
			}
			if k := contractionBeforeMark(text, i); k > 0 {
				b.WriteString(text[i : i+k])
				b.WriteByte(' ')
				i += k
				continue
			}
			if k := swallowingMark(text, i); k > 0 {
				if i > 0 && unicode.IsLetter(lastRune(text[:i])) {
					b.WriteRune(innerApostrophe)
				} else {
					b.WriteString(text[i : i+k])
					b.WriteByte(' ')
				}
				i += k
				continue
			}
			b.WriteByte(text[i])
			i++
			continue
		}
		b.WriteByte(' ')
		b.WriteString(text[i : i+n])
		b.WriteByte(' ')
		i += n
	}
	return b.String()
}

// contractions are the word endings prose splits off ("Trump's", "don't").
var contractions = []string{"'s", "’s", "'ll", "’ll", "'re", "’re", "'m", "’m", "n't", "n’t"}

// hasMarkToRewrite reports whether text holds an apostrophe that
// taggerText rewrites, one of a contraction before a mark (see
// contractionBeforeMark) or of a word prose would drop (see
// swallowingMark): only then must taggerText copy the text.
func hasMarkToRewrite(text string) bool {
	for i := 0; i < len(text); i++ {
		if c := text[i]; c != '\'' && c != 0xE2 {
			continue
		}
		if contractionBeforeMark(text, i) > 0 || i > 0 && text[i-1] == 'n' && contractionBeforeMark(text, i-1) > 0 || swallowingMark(text, i) > 0 {
			return true
		}
	}
	return false
}

// contractionBeforeMark returns the length of the contraction that starts
// at text[i] after a letter and is followed right away by a mark prose
// peels off (", ; : . ? ! ) ] and quotes), else 0. prose drops such a
// contraction with the mark: "a friend of Stewart's, Sue Griffin" lost
// "'s," and ran the two names together, "I don't, he said" lost "n't,";
// a space between them keeps both.
func contractionBeforeMark(text string, i int) int {
	if i == 0 || !unicode.IsLetter(lastRune(text[:i])) {
		return 0
	}
	for _, c := range contractions {
		if !strings.HasPrefix(text[i:], c) {
			continue
		}
		if j := i + len(c); j < len(text) && strings.ContainsRune(",;:.?!)]\"'”’", firstRune(text[j:])) {
			return len(c)
		}
		return 0
	}
	return 0
}

// innerApostrophe stands in the tagger's text for an apostrophe that prose
// would take for a contraction inside a name (see swallowingMark): prose
// does not split at U+02BC, a letter, and matchAt reads it as the
// document's apostrophe.
const innerApostrophe = '\u02BC'

// swallowingMark returns the length of the single mark (' ’ ‘) at text[i]
// when prose would drop the word it starts, else 0. prose splits 's, 'm,
// 're and 'll off a word wherever they occur and drops what is left when a
// word starts with one and goes on: "Martin O'Malley" became "Martin O",
// and so did Bill O'Reilly and Dinesh D'Souza, and a word in single marks
// ('sensitive') vanished. Inside a word the mark is swapped for
// innerApostrophe, keeping the name whole; before a word a space after the
// mark makes it a token of its own.
func swallowingMark(text string, i int) int {
	k := 0
	switch {
	case text[i] == '\'':
		k = 1
	case strings.HasPrefix(text[i:], "’"), strings.HasPrefix(text[i:], "‘"):
		k = len("’")
	default:
		return 0
	}
	rest := text[i+k:]
	for _, c := range [...]string{"s", "m", "re", "ll"} {
		if len(rest) > len(c) && strings.EqualFold(rest[:len(c)], c) && unicode.IsLetter(firstRune(rest[len(c):])) {
			return k
		}
	}
	return 0
}

// align finds each token (words[i], tagged tags[i]) in doc[within]. prose
// rewrites curly quotes and &rsquo; to straight ones before tokenizing, so
// those are matched as equal, and so are the single marks that a
// British-style document's tagged text has as double ones (see
// doubleMarked); a token that cannot be found is dropped rather than
// misplaced.
func align(doc string, within span, words, tags []string) []token {
	out := make([]token, 0, len(words))
	pos := within.start
	for i, w := range words {
		for pos < within.end {
			r, size := utf8.DecodeRuneInString(doc[pos:])
			if !unicode.IsSpace(r) {
				break
			}
			pos += size
		}
		if end, ok := matchAt(doc, pos, within.end, w); ok {
			out = append(out, newToken(doc, span{pos, end}, tags[i]))
			pos = end
			continue
		}
		// Resynchronise: look for the token a little further on.
		for probe := pos; probe < within.end && probe < pos+64; probe++ {
			if end, ok := matchAt(doc, probe, within.end, w); ok {
				out = append(out, newToken(doc, span{probe, end}, tags[i]))
				pos = end
				break
			}
		}
	}
	return out
}

func newToken(doc string, s span, tag string) token {
	txt := doc[s.start:s.end]
	return token{span: s, text: txt, lower: strings.ToLower(txt), tag: tag}
}

// matchAt reports whether tok occurs at doc[pos:], treating prose's
// straightened quotes as equal to the document's glyphs, and returns the end.
func matchAt(doc string, pos, limit int, tok string) (int, bool) {
	i := pos
	for _, want := range tok {
		if i >= limit {
			return 0, false
		}
		got, size := utf8.DecodeRuneInString(doc[i:])
		switch {
		case got == want:
		case want == '"' && (got == '\u201c' || got == '\u201d' || got == '\u2018' || got == '\u2019' || got == '\''):
		case want == '\'' && (got == '\u2018' || got == '\u2019'):
		case want == innerApostrophe && (got == '\'' || got == '\u2018' || got == '\u2019'):
		case want == '\'' && strings.HasPrefix(doc[i:], "&rsquo;"):
			size = len("&rsquo;")
		case (want == '"' || want == '\'') && got == '&':
			n := markEntityAt(doc[i:])
			if n == 0 {
				return 0, false
			}
			size = n
		default:
			return 0, false
		}
		i += size
	}
	return i, i > pos
}
