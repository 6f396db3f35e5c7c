package extract

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/newsfacts/extract/extract/dates"
	"github.com/newsfacts/extract/extract/tagger"
	"github.com/newsfacts/extract/rules"
	"github.com/newsfacts/extract/schema"
)

// Extractor turns documents into Extraction records. Build it once with
// New: it compiles the rules and loads the models. One Extractor serves one
// goroutine at a time; give each worker its own (the POS model, and the
// compiled rules of the same rules.Set, are shared between them).
type Extractor struct {
	c     *compiled
	m     *models
	dates *dates.Finder
	rules *rules.Set
}

// LoadModels loads the part-of-speech model that every Extractor shares
// (a fifth of a second). New loads it when it is not yet loaded; a command
// may call LoadModels on another goroutine while its rule files load, so
// that the two overlap.
func LoadModels() error {
	_, err := tagger.Load()
	return err
}

// New compiles a rule set into an Extractor.
func New(set *rules.Set) (*Extractor, error) {
	sh, err := sharedFor(set)
	if err != nil {
		return nil, err
	}
	m, err := newModels(sh.c.abbrevTypes, sh.c.firstNames, sh.c.periodWords)
	if err != nil {
		return nil, fmt.Errorf("loading models: %w", err)
	}
	return &Extractor{c: sh.c, m: m, dates: sh.dates, rules: set}, nil
}

// shared is what the Extractors built from one rule set have in common:
// the compiled rules and the date finder, read-only once built. Workers
// share them instead of compiling the gazetteer once each.
type shared struct {
	set   *rules.Set
	c     *compiled
	dates *dates.Finder
}

var (
	sharedMu   sync.Mutex
	lastShared *shared // one entry: a run builds all its workers from one set
)

func sharedFor(set *rules.Set) (*shared, error) {
	sharedMu.Lock()
	defer sharedMu.Unlock()
	if lastShared != nil && lastShared.set == set {
		return lastShared, nil
	}
	c, err := compile(set)
	if err != nil {
		return nil, err
	}
	d, err := dates.New(&set.Dates)
	if err != nil {
		return nil, fmt.Errorf("date rules: %w", err)
	}
	lastShared = &shared{set: set, c: c, dates: d}
	return lastShared, nil
}

// docState is everything known about the document being extracted.
type docState struct {
	c          *compiled
	t          *text
	vocabulary *tagger.Tagger // the tagger's model, for the words it knows
	title      string         // the document's title, if given
	paras      []paragraph
	sents      []sentence
	quotes     []quoteMarks
	excluded   []excludedRange
	markup     []span    // the markup tags left in the text (see markupSpans)
	chunks     [][]chunk // per sentence
	people     []*personEntity
	nominals   []nominal
	warnings   []schema.Warning
	folded     map[string]string // foldName cache
	alone      map[string]bool   // see usedAlone
	lowerWords map[string]bool   // see usedInLowerCase
	orgHeads   map[string]bool   // see orgShortName
	// openingEnds caches openingClauseEnd per sentence, plus one: 0 is
	// not yet computed.
	openingEnds []int
	quoteEnds   map[int]int // closing offset -> quote index; see quoteEndingAt
}

// Extract processes one document. It never fails silently: a document that
// cannot be processed gives a record with Error set.
func (e *Extractor) Extract(doc schema.Document) (out schema.Extraction) {
	_, out = e.extract(doc)
	return out
}

// extract runs every stage and returns the document's state beside its
// record (the state is nil when the document failed).
func (e *Extractor) extract(doc schema.Document) (x *docState, out schema.Extraction) {
	out = emptyExtraction(doc)
	defer func() {
		if r := recover(); r != nil {
			x, out = nil, ErrorRecord(doc, fmt.Sprintf("internal error while extracting: %v", r))
		}
	}()
	published, err := parsePublished(doc.Published)
	if err != nil {
		return nil, ErrorRecord(doc, err.Error())
	}
	x = &docState{c: e.c, t: newText(doc.Text), title: doc.Title}
	x.clean()
	x.layout()
	x.segment(e.m)
	if err := x.tag(e.m); err != nil {
		return nil, ErrorRecord(doc, "tokenizing: "+err.Error())
	}
	x.findMentions()
	x.records(&out, x.attribute())
	out.Dates = x.findDates(e.dates, published)
	return x, out
}

// The stages of extract, in order. Each resets what it sets, so that it
// can run again on its own output: BenchmarkStage times them one by one.

// clean finds the boilerplate and blanks it in the masked view.
func (x *docState) clean() {
	x.t.masked = x.t.raw
	x.excluded = x.c.findBoilerplate(x.t.raw)
	x.t.mask(x.excludedSpans())
	x.t.masked = entityMarks(x.t.masked)
	x.markup = markupSpans(x.t.masked)
	x.t.mask(x.markup)
	x.t.masked = plainSpaces(x.t.masked)
}

func (x *docState) excludedSpans() []span {
	spans := make([]span, len(x.excluded))
	for i, r := range x.excluded {
		spans[i] = r.span
	}
	return spans
}

// layout finds the paragraphs and the quotation marks.
func (x *docState) layout() {
	x.paras = splitRunInTitle(x.t, paragraphs(x.t), x.title)
	single := singleStyle(x.t.masked, x.paras)
	x.quotes = scanQuotes(x.t.masked, x.paras, single)
	if single {
		x.t.masked = doubleMarked(x.t.masked, x.quotes)
	}
}

// segment splits the paragraphs into sentences.
func (x *docState) segment(m *models) {
	x.sents = x.sents[:0]
	for pi, p := range x.paras {
		x.sents = append(x.sents, x.mergeSentences(m.sentences(x.t, p, pi))...)
	}
}

// tag splits the sentences into tokens with their part-of-speech tags.
func (x *docState) tag(m *models) error {
	x.vocabulary = m.tagger
	var cuts []int
	q := 0
	for i := range x.sents {
		s := x.sents[i].span
		for q < len(x.quotes) && x.quotes[q].outer.end <= s.start {
			q++
		}
		cuts = x.gluedMarks(s, x.quotes[q:], cuts[:0])
		if err := m.tokenize(x.t, &x.sents[i], cuts); err != nil {
			return err
		}
		x.retagRoles(x.sents[i].tokens)
	}
	return nil
}

// retagRoles corrects the tagger where it misreads the words around a
// speaker: a role noun between a cue and a name read as a verb, as after
// a cue it took for a plural noun ('"...," insists/NNS coach/VBP
// Ripley'), where a role in lower case is a noun (elsewhere the verb may
// be right: "will host Rodeo Gainesville"), or after a comma before a
// name and its verb; a participle after a noun read as a noun; and a noun
// in "-er" read as a comparative.
func (x *docState) retagRoles(toks []token) {
	for k := 1; k+1 < len(toks); k++ {
		t := &toks[k]
		if x.c.cues[toks[k-1].lower] != "" && strings.HasPrefix(t.tag, "VB") && t.text == t.lower && x.c.roles[t.lower] && toks[k+1].tag == "NNP" && toks[k+1].isCapitalised() {
			t.tag = "NN"
		}
		// "In her closing speech, advocate/VBP Kirsteen Oyelowo-Grant
		// told": a job word read as a verb after a comma, before a name
		// (after one more noun: "advocate depute") and the name's verb.
		if toks[k-1].text == "," && (t.tag == "VB" || t.tag == "VBP") && t.text == t.lower && x.isJobWord(t.lower) && nameAndVerbAt(toks, k+1) {
			t.tag = "NN"
		}
		// "a man shot/NN by an officer", "shot/NN and killed by": a
		// participle after a noun and before "by" and its agent, which
		// the tagger read as a noun.
		if t.tag == "NN" && irregularParticiples[t.text] && strings.HasPrefix(toks[k-1].tag, "NN") &&
			(toks[k+1].lower == "by" || k+2 < len(toks) && (toks[k+1].lower == "and" || toks[k+1].lower == "or") && toks[k+2].tag == "VBN") {
			t.tag = "VBN"
		}
		// "One garments exporter/RBR in Sialkot told", "a dairy
		// farmer/JJR said": a word in "-er" after a determiner and a
		// common noun, before a finite verb or a link, is that noun
		// phrase's head, not a comparative ("5 percent higher in March"
		// has no determiner).
		if (t.tag == "RBR" || t.tag == "JJR") && t.text == t.lower && strings.HasSuffix(t.lower, "er") && k >= 2 &&
			(toks[k-1].tag == "NN" || toks[k-1].tag == "NNS") && toks[k-1].isWord() &&
			(toks[k-2].tag == "DT" || toks[k-2].tag == "PRP$" || toks[k-2].lower == "one") &&
			(finiteVerbTags[toks[k+1].tag] || npLinks[toks[k+1].lower]) {
			t.tag = "NN"
		}
	}
}

// nameAndVerbAt reports whether a name and a finite verb follow at
// toks[i], maybe after one lower-case noun ("depute Kirsteen Oyelowo-Grant
// told").
func nameAndVerbAt(toks []token, i int) bool {
	if i < len(toks) && toks[i].tag == "NN" && toks[i].text == toks[i].lower && toks[i].isWord() {
		i++
	}
	j := i
	for j < len(toks) && toks[j].tag == "NNP" && toks[j].isCapitalised() {
		j++
	}
	return j > i && j < len(toks) && finiteVerbTags[toks[j].tag]
}

// irregularParticiples are past participles the tagger reads as nouns
// after a noun ("a man shot by police", "a cyclist hit by a car").
var irregularParticiples = setOf("shot hit struck cut hurt beaten bitten stung caught held sought led run")

// gluedMarks appends to cuts where the quotes overlapping s, sorted, have
// a mark glued to the word outside it (`said:"We`, `learned."And`), or
// opening backquotes glued to the word inside, which the tagger would
// otherwise read as one token with the word.
func (x *docState) gluedMarks(s span, quotes []quoteMarks, cuts []int) []int {
	doc := x.t.masked
	for _, qm := range quotes {
		if qm.outer.start >= s.end {
			break
		}
		if o := qm.outer.start; o > s.start {
			r, _ := utf8.DecodeLastRuneInString(doc[:o])
			if !unicode.IsSpace(r) && !strings.ContainsRune("([{", r) {
				cuts = append(cuts, o)
			}
		}
		// The tagger splits no backquotes from the word after them
		// ("``We have covered"), as it splits a straight mark.
		if o := qm.outer.start + len("``"); strings.HasPrefix(doc[qm.outer.start:], "``") && o < s.end && o > s.start {
			cuts = append(cuts, o)
		}
		if o := qm.outer.end; o < s.end {
			r, _ := utf8.DecodeRuneInString(doc[o:])
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				cuts = append(cuts, o)
			}
		}
	}
	return cuts
}

// findMentions finds the name chunks, the people and the nominals.
func (x *docState) findMentions() {
	x.people, x.nominals = nil, nil
	x.alone, x.orgHeads = nil, nil // derived from the chunks made here
	x.chunks = make([][]chunk, len(x.sents))
	for si := range x.sents {
		if !x.paras[x.sents[si].para].headline {
			x.chunks[si] = x.findChunks(si)
		}
	}
	x.buildPeople()
	x.findNominals()
}

// records writes the quotes with their attributions, the people, the
// places, the excluded stretches and the warnings into out.
func (x *docState) records(out *schema.Extraction, attrs []attribution) {
	out.Quotes = x.quoteRecords(attrs)
	out.People = x.personRecords()
	out.Places = x.placeRecords()
	out.Excluded = out.Excluded[:0]
	for _, r := range x.excluded {
		out.Excluded = append(out.Excluded, schema.Excluded{Span: x.t.schemaSpan(r.span), Text: r.text(x.t.raw), Rule: r.rule})
	}
	out.Warnings = append(out.Warnings[:0], x.warnings...)
}

// findDates finds the date expressions outside the boilerplate.
func (x *docState) findDates(f *dates.Finder, published time.Time) []schema.Date {
	sentSpans := make([]schema.Span, len(x.sents))
	for i, s := range x.sents {
		sentSpans[i] = x.t.schemaSpan(s.span)
	}
	// The dates inside markup tags (<tweet datetime="2015-12-02">) are
	// no text's.
	spans := append(x.excludedSpans(), x.markup...)
	excl := make([]schema.Span, len(spans))
	for i, s := range spans {
		excl[i] = x.t.schemaSpan(s)
	}
	found := f.Find(x.t.raw, sentSpans, excl, published)
	if found == nil {
		found = []schema.Date{}
	}
	return found
}

func emptyExtraction(doc schema.Document) schema.Extraction {
	return schema.Extraction{
		SchemaVersion: schema.Version,
		Doc: schema.DocInfo{ID: doc.ID, Title: doc.Title, URL: doc.URL, Source: doc.Source, Story: doc.Story,
			Published: doc.Published, ContentHash: schema.ContentHash(doc.Text), Length: len([]rune(doc.Text))},
		Quotes: []schema.Quote{}, People: []schema.Person{}, Places: []schema.Place{}, Dates: []schema.Date{},
		Excluded: []schema.Excluded{}, Warnings: []schema.Warning{},
	}
}

// ErrorRecord is the record of a document that could not be processed.
func ErrorRecord(doc schema.Document, reason string) schema.Extraction {
	out := emptyExtraction(doc)
	out.Error = &schema.Error{Reason: reason, File: doc.Location.File, Line: doc.Location.Line}
	return out
}

// parsePublished reads a publication date given as YYYY-MM-DD or as an
// ISO 8601 timestamp; empty means unknown (the zero time).
func parsePublished(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	if t, err := time.Parse("2006-01-02", s); err == nil {
		return t, nil
	}
	// A timestamp keeps its own calendar day: the day the article was
	// published where it was published.
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04:05", "2006-01-02T15:04"} {
		if t, err := time.Parse(layout, s); err == nil {
			y, m, d := t.Date()
			return time.Date(y, m, d, 0, 0, 0, 0, time.UTC), nil
		}
	}
	return time.Time{}, fmt.Errorf("published: want YYYY-MM-DD or an ISO 8601 time (2006-01-02T15:04[:05][Z07:00]), got %q", s)
}

// mergeSentences joins sentences that a quotation runs across, so that a
// quote of several sentences and its attribution are read together; a
// sentence ending in a quote with the sentence after it when that one
// opens with a cue ("...!" Cruz said.) or a dash ("..." ― Steve Quinlan);
// and a sentence with the next when that one starts in lower case.
func (x *docState) mergeSentences(sents []sentence) []sentence {
	var out []sentence
	for _, s := range sents {
		if n := len(out); n > 0 {
			prev := &out[n-1]
			if x.quoteCrosses(prev.end, s.start) || x.endsInQuote(prev.span) && (x.opensWithCue(s.span) || opensWithDash(s.text(x.t.masked))) ||
				opensLowerCase(s.text(x.t.masked)) || splitAtInitial(prev.text(x.t.masked), s.text(x.t.masked)) {
				prev.end = s.end
				continue
			}
		}
		out = append(out, s)
	}
	return out
}

// splitAtInitial tells a name the segmenter cut after its middle initial
// ("The suspect, Trevon A. | Little, was booked"): the sentence ends in a
// capitalised word and a capital letter with its period, and the next one
// opens with a capitalised word that opens no clause.
func splitAtInitial(prev, next string) bool {
	words := strings.Fields(prev)
	if len(words) < 3 {
		return false
	}
	initial, before := words[len(words)-1], words[len(words)-2]
	if utf8.RuneCountInString(initial) != 2 || !strings.HasSuffix(initial, ".") || !unicode.IsUpper(firstRune(initial)) ||
		!unicode.IsUpper(firstRune(before)) || !unicode.IsLetter(lastRune(before)) {
		return false
	}
	opening := strings.Fields(next)
	if len(opening) == 0 {
		return false
	}
	w := strings.TrimRight(opening[0], ",;:")
	lower := strings.ToLower(w)
	return unicode.IsUpper(firstRune(w)) && !sentenceOpeners[lower] && !subjectPronouns[lower] && !initialSentenceWords[lower]
}

// initialSentenceWords open sentences and no name, beside sentenceOpeners
// and the subject pronouns.
var initialSentenceWords = setOf("this these those that it its his her their our my your there")

// opensWithDash tells a byline after a quote ("― Steve Quinlan").
func opensWithDash(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return r == '\u2015' || r == '\u2014' || r == '\u2013'
}

// opensLowerCase tells a sentence the segmenter cut after an abbreviation
// it did not know ("Sen. Claire McCaskill (D-Mo.) | said.").
func opensLowerCase(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

func (x *docState) quoteCrosses(end, start int) bool {
	for _, q := range x.quotes {
		if q.outer.start < start && q.outer.end > end {
			return true
		}
	}
	return false
}

func (x *docState) endsInQuote(s span) bool {
	for _, q := range x.quotes {
		if q.outer.end == s.end {
			return true
		}
	}
	return false
}

// maxCueOpening is how many words into a sentence a cue may come for the
// sentence to be read as the attribution of the quote before it.
const maxCueOpening = 6

// opensWithCue reports whether a cue comes in the first words of s, as in
// the report of a quote before it ('"...." Cruz said.'). A cue with a
// "that" clause reports words of its own ('"...." Some students may have
// thought that they ...').
func (x *docState) opensWithCue(s span) bool {
	words := strings.Fields(s.text(x.t.masked))
	if len(words) == 0 {
		return false
	}
	if _, _, ok := doubleMark(words[0], 0); ok {
		return false
	}
	for i, w := range words {
		if i >= maxCueOpening {
			break
		}
		if _, ok := x.c.cues[strings.ToLower(strings.Trim(w, ".,;:!?"))]; ok {
			// "The campaign's reply:" introduces what follows it.
			if strings.HasSuffix(w, ":") {
				return false
			}
			return i+1 == len(words) || strings.ToLower(strings.Trim(words[i+1], ".,;:!?")) != "that" && !reportedClauseAfter(words[i+1:])
		}
	}
	return false
}

// reportedClauseAfter reports whether the words after a cue hold the verb
// of a clause of their own before any punctuation ('The police said two
// people were arrested'), or "that" past a date ('His campaign said at
// the time that'), which a quotation before them does not report.
func reportedClauseAfter(words []string) bool {
	for i, w := range words {
		if i >= maxCueOpening || strings.ContainsAny(w, ",.;:!?\"“”") {
			return false
		}
		if lower := strings.ToLower(w); clauseVerbs[lower] || lower == "that" {
			return i > 0
		}
	}
	return false
}

// clauseVerbs are the auxiliaries that show a reported clause.
var clauseVerbs = setOf("was were is are had has have would will could should might")

// scareQuote reports whether a short quote is words no one is said to
// have said: no rule attributes it or finds the cue whose words they are
// ("was denounced as “cruel”"), or only the speaker of the quote
// before it carries over to words inside a sentence of the writer's ("a
// “super PAC” supporting Mrs. Clinton").
func (x *docState) scareQuote(q quoteMarks, a attribution) bool {
	if a.speaker == nil {
		return a.cue.empty()
	}
	return a.speaker.ResolvedBy == schema.ByContinuation && x.quoteKind(q) == schema.QuotePartial
}

// quoteRecords writes the quotes with their attributions.
func (x *docState) quoteRecords(attrs []attribution) []schema.Quote {
	out := make([]schema.Quote, 0, len(x.quotes))
	seen := map[string]int{}
	for qi, q := range x.quotes {
		txt := q.inner.text(x.t.raw)
		if attrs[qi].cue.empty() && looksLikeTitle(txt) || x.opensTitle(q) && looksLikeTitle(strings.TrimRight(txt, ".,")) || looksLikeSubtitled(txt) || x.byAuthor(q, txt) {
			continue // "The Walking Dead", "Meet the Press": a title, not a quote
		}
		if x.nickname(q, txt) {
			continue // Ricardo “Ricky” Tavares
		}
		if len(strings.Fields(txt)) <= x.c.scareQuoteWords && x.scareQuote(q, attrs[qi]) {
			continue // the so-called "experts": words no one is said to have said
		}
		id := schema.QuoteID(txt)
		seen[id]++
		if n := seen[id]; n > 1 {
			id = fmt.Sprintf("%s-%d", id, n)
		}
		rec := schema.Quote{ID: id, Text: txt, Span: x.t.schemaSpan(q.inner), Kind: x.quoteKind(q)}
		if a := attrs[qi]; a.speaker != nil {
			rec.Speaker = a.speaker
			if !a.cue.empty() {
				m := x.t.mention(a.cue)
				rec.Cue = &m
			}
		}
		if q.unclosed {
			sp := x.t.schemaSpan(q.outer)
			x.warnings = append(x.warnings, schema.Warning{Code: "unclosed-quote",
				Message: "quotation mark never closed; the quote runs to the end of its paragraph", Span: &sp})
		}
		out = append(out, rec)
	}
	return out
}

// maxTitleWords is the length past which quoted words are taken for a
// quote even in title case.
const maxTitleWords = 6

// looksLikeTitle reports whether quoted words are set like the title of a
// work or a show: at most maxTitleWords words, every word of four letters
// or more capitalised, not ending as a sentence does. Without a speech verb
// to say otherwise, such words are a name, not a quote.
func looksLikeTitle(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > maxTitleWords || strings.ContainsAny(s[len(s)-1:], ".!?,") {
		return false
	}
	return titleCased(s)
}

// maxSubtitleWords is the most words a title with a subtitle may have.
const maxSubtitleWords = 16

// looksLikeSubtitled reports whether quoted words are set like the title
// of a book or a film with its subtitle: a title, a colon, a subtitle,
// both in title case ("Crippled America: How to Make America Great
// Again", "13 Hours: The Secret Soldiers of Benghazi"). Speech set so is
// rare enough that a speech verb does not make it a quote.
func looksLikeSubtitled(s string) bool {
	s = strings.TrimRight(s, ".,")
	title, subtitle, ok := strings.Cut(s, ": ")
	if !ok || len(strings.Fields(s)) > maxSubtitleWords || strings.ContainsAny(subtitle, ":") {
		return false
	}
	return looksLikeTitle(strings.TrimRight(title, "!")) && titleCased(subtitle)
}

// titleCased reports whether every word of four letters or more of s is
// capitalised, and one is; or, when no word is that long, every word ("New
// Day"). A number may stand among the capitalised words ("Scouting for
// Food 2009"), not alone ("the 1960s"), and so may the prepositions titles
// keep in lower case ("This Week with George Stephanopoulos").
func titleCased(s string) bool {
	capitalised, shortCapitalised, shortLower := 0, 0, false
	for _, w := range strings.Fields(s) {
		if utf8.RuneCountInString(w) < 4 || titlePrepositions[w] {
			if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
				shortCapitalised++
			} else {
				shortLower = true
			}
			continue
		}
		switch r, _ := utf8.DecodeRuneInString(w); {
		case unicode.IsUpper(r):
			capitalised++
		case !unicode.IsDigit(r):
			return false
		}
	}
	return capitalised > 0 || !shortLower && shortCapitalised > 1
}

// byAuthor reports whether quotation q, with words txt, is followed by a
// comma and "by" and a name: the title of a book or an article and its
// author ("“This Kind of War,” by T.R. Fehrenbach", "—“Met accused of
// whitewashing baby Jesus,” by Post's Kathianne Boniello:"), when the
// words are a title or stand alone as a headline does. Without the comma
// "by" names the agent of what was quoted ("“anointed” by God"), and so
// it may after words quoted inside a sentence (`said the "ugliness of
// utterances, largely unprompted and undeserved," by Trump`).
func (x *docState) byAuthor(q quoteMarks, txt string) bool {
	before := x.textBefore(q)
	headline := x.quoteKind(q) == schema.QuoteFull || strings.ContainsRune(dashRunes, lastRune(before))
	if !looksLikeTitle(strings.TrimRight(txt, ".,")) && !headline {
		return false
	}
	after := x.t.masked[q.outer.end:x.paras[q.para].end]
	comma := x.wordsEndIn(q, ",")
	if rest, ok := strings.CutPrefix(after, ","); ok && !comma {
		after, comma = rest, true
	}
	rest, ok := strings.CutPrefix(after, " by ")
	if !comma || !ok {
		return false
	}
	rest = strings.TrimPrefix(strings.TrimPrefix(rest, "the "), "The ")
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsUpper(r)
}

// nickname reports whether quotation q, with words txt, is one
// capitalised word between two capitalised names: the nickname inside a
// person's name ("Ricardo “Ricky” Tavares", "Katherine "Kay" Parsons").
func (x *docState) nickname(q quoteMarks, txt string) bool {
	if txt == "" || strings.ContainsFunc(txt, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' }) {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(txt); !unicode.IsUpper(r) {
		return false
	}
	before := lastWord(x.textBefore(q))
	if r, _ := utf8.DecodeRuneInString(before); before == "" || !unicode.IsUpper(r) {
		return false
	}
	after, ok := strings.CutPrefix(x.t.masked[q.outer.end:x.paras[q.para].end], " ")
	r, _ := utf8.DecodeRuneInString(after)
	return ok && unicode.IsUpper(r)
}

// titlePrepositionOpeners are the title openers that are prepositions,
// which no comma follows before a title.
var titlePrepositionOpeners = map[string]bool{"of": true, "on": true}

// titlePrepositions are the words of four letters or more that titles
// leave in lower case.
var titlePrepositions = map[string]bool{"with": true, "from": true, "into": true, "onto": true, "over": true, "upon": true}

// opensTitle reports whether the word before quotation q makes it the
// title of a work: a possessive ("ABC's") or one of the title openers
// ("on", "of", "podcast"); a noun among them also with a comma between
// ("in her memoir, “Tough Choices.”").
func (x *docState) opensTitle(q quoteMarks) bool {
	before := x.textBefore(q)
	if noun, ok := strings.CutSuffix(before, ","); ok {
		word := strings.ToLower(lastWord(noun))
		if x.c.titleOpeners[word] && !titlePrepositionOpeners[word] {
			return true
		}
	}
	if strings.HasSuffix(before, "'s") || strings.HasSuffix(before, "\u2019s") || strings.HasSuffix(before, "s'") || strings.HasSuffix(before, "s\u2019") {
		return true // "ABC's", "ABC News'"
	}
	word := lastWord(before)
	return x.c.titleOpeners[strings.ToLower(word)]
}

// quoteKind tells a full quoted statement from a phrase quoted inside
// reported speech: a quote that follows a word of its sentence, or is
// followed by one, is partial.
func (x *docState) quoteKind(q quoteMarks) string {
	before := x.textBefore(q)
	if before != "" {
		last := before[len(before)-1]
		if isASCIILetter(last) || last >= '0' && last <= '9' || last >= 0x80 {
			return schema.QuotePartial
		}
	}
	after := strings.TrimLeft(x.t.masked[q.outer.end:x.paras[q.para].end], " \t")
	if after != "" && (isASCIILetter(after[0]) && after[0] >= 'a') {
		inner := strings.TrimRight(q.inner.text(x.t.raw), " ")
		if inner != "" && !strings.ContainsAny(inner[len(inner)-1:], ",.!?") {
			return schema.QuotePartial
		}
	}
	return schema.QuoteFull
}

// personRecords writes one record per person, in order of first mention.
func (x *docState) personRecords() []schema.Person {
	out := []schema.Person{}
	for _, p := range x.people {
		if len(p.mentions) == 0 {
			continue
		}
		name := x.canonicalName(p)
		rec := schema.Person{ID: schema.PersonID(name), Name: name, Aliases: []string{}, Titles: []string{},
			Affiliation: p.affiliation, Mentions: []schema.Mention{}, Rule: p.found}
		for _, v := range p.variants {
			if v != name {
				rec.Aliases = append(rec.Aliases, v)
			}
		}
		rec.Titles = append(rec.Titles, p.titles...)
		last := span{-1, -1}
		for _, m := range p.mentions {
			if m.span == last {
				continue
			}
			last = m.span
			if m.nominal {
				rec.Descriptions = append(rec.Descriptions, x.t.mention(m.span))
			} else {
				rec.Mentions = append(rec.Mentions, x.t.mention(m.span))
			}
		}
		out = append(out, rec)
	}
	sort.SliceStable(out, func(i, j int) bool { return firstMention(out[i]) < firstMention(out[j]) })
	return out
}

// firstMention is where the text first refers to p, by name or not.
func firstMention(p schema.Person) int {
	first := int(^uint(0) >> 1)
	for _, ms := range [][]schema.Mention{p.Mentions, p.Descriptions} {
		if len(ms) > 0 {
			first = min(first, ms[0].Span[0])
		}
	}
	return first
}

// textBefore is the text of quotation q's paragraph before its opening
// mark, without the spaces right before it.
func (x *docState) textBefore(q quoteMarks) string {
	return strings.TrimRight(x.t.masked[x.paras[q.para].start:q.outer.start], " \t")
}

// lastWord returns the run of letters that ends s ("podcast" of "its
// politics podcast"), "" when s ends in another rune.
func lastWord(s string) string {
	return s[strings.LastIndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })+1:]
}

// lastRune returns the last rune of s, or utf8.RuneError when s is empty.
func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}
