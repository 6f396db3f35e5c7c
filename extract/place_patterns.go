package extract

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/newsfacts/extract/rules"
	"github.com/newsfacts/extract/schema"
)

// placeRules is the compiled form of the gazetteer's ambiguous names and of
// the place_patterns rules.
type placeRules struct {
	// weak holds the ambiguous gazetteer names (value: index into
	// placeInfo); they are kept out of compiled.places, which the people
	// rules read, and count only where a context confirms them.
	weak     phraseMatcher
	patterns []rules.PlacePattern
	// suffixes and prefixes map a pattern's first word (as written) to the
	// patterns and word sequences starting with it.
	suffixes map[string][]patternWords
	prefixes map[string][]patternWords
	// before and after map the last (before) or first (after) word of a
	// context, in lower case, to its sequences.
	before      map[string][]patternWords
	after       map[string][]patternWords
	afterCap    map[string][]patternWords // after contexts written with capitals, matched as written
	region      []int                     // region patterns
	dateline    []int                     // dateline patterns
	coordinated []int                     // patterns of names listed with places
	address     []int                     // patterns of places after a street
	modifiers   map[string]bool
	media       map[string]bool // media_words, as written
	notPlaces   map[string]bool // lower case
	notAfter    map[string]bool // lower case
	// givenNames are gazetteer names that are also given names: before a
	// capitalised word that is no place, they start a person's name.
	givenNames map[string]bool
	// abbrevs are words written with a final period that the word scanner
	// keeps whole ("St.", "Ill.").
	abbrevs map[string]bool
	// regionKinds are the gazetteer kinds a region pattern accepts after
	// the comma.
	regionKinds map[string]bool
}

type patternWords struct {
	pattern int
	words   []string
}

// Special words of before patterns.
const (
	wordPerson = "PERSON"
	wordNumber = "NUMBER"
)

// maxPatternWords is the longest name a pattern reads around its words.
const maxPatternWords = 4

// compilePlaces builds the gazetteer matchers and the place patterns.
// Ambiguous names go to the weak matcher only.
func (c *compiled) compilePlaces(set *rules.Set) {
	pr := &placeRules{suffixes: map[string][]patternWords{}, prefixes: map[string][]patternWords{},
		before: map[string][]patternWords{}, after: map[string][]patternWords{}, afterCap: map[string][]patternWords{},
		modifiers: map[string]bool{}, media: map[string]bool{},
		notPlaces: map[string]bool{}, abbrevs: map[string]bool{}, givenNames: map[string]bool{},
		notAfter:    map[string]bool{},
		regionKinds: map[string]bool{"state": true, "province": true, "country": true, "territory": true}}
	c.placePats = pr
	c.placeInfo = set.Gazetteer.Places
	for i, p := range set.Gazetteer.Places {
		m := &c.places
		if p.Ambiguous {
			m = &pr.weak
		}
		m.add(p.Name, i)
		for _, a := range p.Aliases {
			m.add(a, i)
		}
		for _, d := range p.Demonyms {
			c.demonyms.add(d, i)
		}
		for _, n := range append([]string{p.Name}, p.Aliases...) {
			for _, piece := range strings.Fields(n) {
				if len(piece) > 1 && strings.HasSuffix(piece, ".") {
					pr.abbrevs[strings.TrimSuffix(piece, ".")] = true
				}
			}
		}
	}
	for i, p := range set.Gazetteer.Peoples {
		c.peoples.add(p, i)
	}
	pp := &set.PlacePatterns
	pr.patterns = pp.Patterns
	for i, p := range pp.Patterns {
		for _, w := range p.Words {
			ws := strings.Fields(w)
			for _, x := range ws {
				if len(x) > 1 && strings.HasSuffix(x, ".") {
					pr.abbrevs[strings.TrimSuffix(x, ".")] = true
				}
			}
			switch p.Type {
			case "suffix":
				pr.suffixes[ws[0]] = append(pr.suffixes[ws[0]], patternWords{i, ws})
			case "prefix":
				pr.prefixes[ws[0]] = append(pr.prefixes[ws[0]], patternWords{i, ws})
			case "before":
				for k := range ws {
					if ws[k] != wordPerson && ws[k] != wordNumber {
						ws[k] = strings.ToLower(ws[k])
					}
				}
				last := ws[len(ws)-1]
				pr.before[last] = append(pr.before[last], patternWords{i, ws})
			case "after":
				if r, _ := utf8.DecodeRuneInString(ws[0]); unicode.IsUpper(r) {
					pr.afterCap[ws[0]] = append(pr.afterCap[ws[0]], patternWords{i, ws})
					break
				}
				for k := range ws {
					ws[k] = strings.ToLower(ws[k])
				}
				pr.after[ws[0]] = append(pr.after[ws[0]], patternWords{i, ws})
			}
		}
		switch p.Type {
		case "region":
			pr.region = append(pr.region, i)
		case "dateline":
			pr.dateline = append(pr.dateline, i)
		case "coordinated":
			pr.coordinated = append(pr.coordinated, i)
		case "address":
			pr.address = append(pr.address, i)
		}
	}
	for _, w := range pp.Modifiers {
		pr.modifiers[strings.ToLower(w)] = true
	}
	for _, w := range pp.MediaWords {
		pr.media[w] = true
	}
	for _, w := range pp.NotAfter {
		pr.notAfter[strings.ToLower(w)] = true
	}
	for _, w := range pp.GivenNames {
		pr.givenNames[w] = true
	}
	for _, w := range pp.NotPlaces {
		pr.notPlaces[strings.TrimSuffix(strings.ToLower(w), ".")] = true
	}
	for _, t := range c.abbrevTypes {
		if t != "" {
			r, size := utf8.DecodeRuneInString(t)
			pr.abbrevs[string(unicode.ToUpper(r))+t[size:]] = true
		}
	}
}

// pword is a word or a punctuation mark of a sentence as the place
// patterns read it. Words keep abbreviation periods ("St.", "U.S.") and
// inner apostrophes and hyphens ("O'Fallon", "Winston-Salem"); a final
// "'s" is left out of the span and noted.
type pword struct {
	span
	text  string
	lower string
	word  bool // letters or digits, not punctuation
	cap   bool // starts with a capital letter
	caps  bool // two or more letters, all capitals
	num   bool // starts with a digit
	poss  bool // followed by 's
}

// scanWords appends the pwords of s[within] to out.
func scanWords(out []pword, s string, within span, abbrevs map[string]bool) []pword {
	i := within.start
	for i < within.end {
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			i += size
			continue
		}
		if !isWordRune(r) {
			out = append(out, newPword(s, span{i, i + size}, false))
			i += size
			continue
		}
		start := i
		poss, plural := false, false
		for i < within.end {
			r, size := utf8.DecodeRuneInString(s[i:])
			if isWordRune(r) || unicode.Is(unicode.Mn, r) {
				i += size
				continue
			}
			next, nsize := utf8.DecodeRuneInString(s[i+size:])
			afterNext := rune(0)
			if i+size+nsize < within.end {
				afterNext, _ = utf8.DecodeRuneInString(s[i+size+nsize:])
			}
			if i+size >= within.end {
				next = 0
			}
			switch {
			case r == '\'' || r == '\u2019':
				if (next == 's' || next == 'S') && !isWordRune(afterNext) {
					poss = true
				} else if unicode.IsLetter(next) {
					i += size
					continue
				} else if prev, _ := utf8.DecodeLastRuneInString(s[start:i]); prev == 's' && i-start > 3 {
					i += size // plural possessive: "Governors' Parkway"
					plural = true
				}
			case r == '-' && isWordRune(next):
				i += size
				continue
			case r == '.':
				w := s[start:i]
				if j := strings.LastIndexAny(w, ".-"); j >= 0 {
					w = w[j+1:] // "U.S.", "D-N.D."
				}
				if abbrevs[w] || abbrevs[titleCase(w)] || utf8.RuneCountInString(w) == 1 && unicode.IsUpper([]rune(w)[0]) {
					i += size
					if unicode.IsLetter(next) {
						continue
					}
				}
			}
			break
		}
		w := newPword(s, span{start, i}, poss)
		w.poss = w.poss || plural
		out = append(out, w)
		if poss {
			_, q := utf8.DecodeRuneInString(s[i:])
			i += q + 1
		}
	}
	return out
}

func newPword(s string, sp span, poss bool) pword {
	t := sp.text(s)
	w := pword{span: sp, text: t, lower: strings.ToLower(t), poss: poss}
	r, _ := utf8.DecodeRuneInString(t)
	w.word = isWordRune(r)
	w.cap = unicode.IsUpper(r)
	w.num = unicode.IsDigit(r)
	letters, upper := 0, 0
	for _, r := range t {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	w.caps = letters >= 2 && upper == letters
	return w
}

// nameConnectors may join the capitalised words of a place name ("Isle of
// Wight", "Castilla y León").
var nameConnectors = map[string]bool{"of": true, "de": true, "del": true, "la": true, "le": true, "du": true,
	"des": true, "da": true, "upon": true, "y": true, "al": true, "el": true}

// placeCand is a place mention a gazetteer or a pattern proposes.
type placeCand struct {
	span
	entry   int  // index into placeInfo, -1 for a name no gazetteer lists
	weak    bool // an ambiguous gazetteer name
	context bool // a pattern's context confirms it here
	pattern int  // the pattern that found it, -1 for the gazetteer alone
	list    bool // one of a list of names a pattern's words follow
	demonym bool // the place's people's word ("Russian", "Georgians")
	name    string
	kind    string
	country string
}

// placeDoc is what the place patterns know of the whole document.
type placeDoc struct {
	persons []span
	// named are the mentions of people the text names as people: with a
	// title, a known first name or a people rule ("Nathan Lane"), not
	// merely two proper nouns in a row ("Northeast Texas").
	named []span
	// lower holds the words the document writes in lower case (see
	// writtenLower): a word written both ways ("Support", "support") is no
	// place name. text is the masked text they come from.
	lower map[string]bool
	text  string
	// words holds each sentence's words once scanned: both the pattern
	// pass and the coordination pass read them.
	words [][]pword
	// wordBuf backs words. It comes from wordBufs and goes back there
	// (release) when the document's places are found: scanning the words
	// was the largest allocation of a run.
	wordBuf []pword
}

// wordBufs holds *[]pword buffers for reuse between documents.
var wordBufs = sync.Pool{New: func() any { return new([]pword) }}

// maxPooledWords bounds the buffers kept for reuse, so that one huge
// document does not pin its buffer for the rest of the run.
const maxPooledWords = 1 << 16

func newPlaceDoc(x *docState, persons, named []span) *placeDoc {
	return &placeDoc{persons: persons, named: named, text: x.t.masked,
		words: make([][]pword, len(x.sents)), wordBuf: (*wordBufs.Get().(*[]pword))[:0]}
}

// writtenLower reports whether the document writes w in lower case. The
// set of such words is built on the first question: many documents never
// ask.
func (pd *placeDoc) writtenLower(w string) bool {
	if pd.lower == nil {
		pd.lower = map[string]bool{}
		s := pd.text
		for i := 0; i < len(s); {
			r, size := utf8.DecodeRuneInString(s[i:])
			if !unicode.IsLetter(r) {
				i += size
				continue
			}
			j := i
			for j < len(s) {
				r2, size2 := utf8.DecodeRuneInString(s[j:])
				if !unicode.IsLetter(r2) {
					break
				}
				j += size2
			}
			if unicode.IsLower(r) {
				pd.lower[s[i:j]] = true
			}
			i = j
		}
	}
	return pd.lower[w]
}

// sentenceWords returns the words of sentence si as the place patterns
// read them.
func (pd *placeDoc) sentenceWords(x *docState, si int) []pword {
	if pd.words[si] == nil {
		start := len(pd.wordBuf)
		pd.wordBuf = scanWords(pd.wordBuf, x.t.masked, x.sents[si].span, x.c.placePats.abbrevs)
		pd.wordBuf = x.c.placePats.splitJoinedWords(pd.wordBuf, start)
		pd.words[si] = pd.wordBuf[start:len(pd.wordBuf):len(pd.wordBuf)]
	}
	return pd.words[si]
}

// release returns the word buffer for reuse; pd must not be used after.
func (pd *placeDoc) release() {
	if cap(pd.wordBuf) <= maxPooledWords {
		buf := pd.wordBuf[:cap(pd.wordBuf)]
		clear(buf) // drop the references into this document's text
		buf = buf[:0]
		wordBufs.Put(&buf)
	}
	pd.wordBuf, pd.words = nil, nil
}

// overlapsPerson reports whether sp overlaps the name of someone the text
// names as a person (see named).
func (pd *placeDoc) overlapsPerson(sp span) bool { return overlapsAny(sp, pd.named) }

// patternScan is one sentence read by the place patterns.
type patternScan struct {
	x     *docState
	pr    *placeRules
	pd    *placeDoc
	words []pword
	sent  int
	// titleCase: the sentence capitalises most of its words, like a
	// headline, so capitals say little about names.
	titleCase bool
}

// capRun returns the end (exclusive) of the run of capitalised words
// starting at words[k], at most maxPatternWords words, stopping before a
// title, a word that is never a place or punctuation, or after a
// possessive. cut reports a run that stopped at the length limit.
func (ps *patternScan) capRun(k int) (end int, cut bool) {
	n := 0
	j := k
	for j < len(ps.words) {
		w := ps.words[j]
		if !w.word {
			break
		}
		if !w.cap || w.num {
			if j > k && nameConnectors[w.text] && j+1 < len(ps.words) && ps.words[j+1].cap && ps.words[j+1].word {
				j++
				continue
			}
			break
		}
		if j > k && (ps.pr.isNotPlace(w.lower) || ps.x.titleStarts(w)) {
			break
		}
		if n == maxPatternWords {
			return j, true
		}
		j++
		n++
		if w.poss {
			break
		}
	}
	return j, false
}

// capRunBack returns the start of the run of capitalised words ending just
// before words[k], at most maxPatternWords words, stopping after a title or a
// word that is never a place. A sentence's first word belongs to the run
// only when it is a proper noun ("Chiefland man"), not a capitalised
// function word ("The", "Young").
func (ps *patternScan) capRunBack(k int) int {
	j := k
	for j > 0 && k-j < maxPatternWords {
		w := ps.words[j-1]
		if !w.word || !w.cap || w.num || w.poss && j < k || ps.pr.isNotPlace(w.lower) || ps.x.titleStarts(w) {
			break
		}
		j--
	}
	if j < k && ps.sentenceStart(j) && !ps.x.properNounAt(ps.sent, ps.words[j]) {
		j++
	}
	return j
}

// streetRunBack returns the start of the name before a word that never ends
// a person's name (a never_person pattern's): capitalised words and
// ordinals ("West 11th Street", "First Avenue"), at most maxPatternWords,
// stopping at a word of not_places ("The", "On", "Wall"), a title, a demonym
// or punctuation. A sentence's first word belongs to it only as a proper
// noun or an ordinal.
func (ps *patternScan) streetRunBack(k int) int {
	j := k
	for j > 0 && k-j < maxPatternWords {
		w := ps.words[j-1]
		ordinal := isOrdinal(w.lower)
		if !w.word || w.poss && j < k || !w.cap && !ordinal || ps.pr.isNotPlace(w.lower) && !ordinal ||
			ps.x.titleStarts(w) || ps.x.c.demonyms.matchesWord(ps.x, w) {
			break
		}
		j--
	}
	if j < k && ps.sentenceStart(j) && !isOrdinal(ps.words[j].lower) && !ps.x.properNounAt(ps.sent, ps.words[j]) {
		j++
	}
	return j
}

// isOrdinal reports whether a lower-case word is an ordinal: 11th, 42nd,
// first, third.
func isOrdinal(w string) bool {
	if ordinalWords[w] {
		return true
	}
	i := strings.IndexFunc(w, func(r rune) bool { return r < '0' || r > '9' })
	if i <= 0 {
		return false
	}
	switch w[i:] {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

var ordinalWords = setOf(`first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth`)

// sentenceStart reports whether words[k] starts a sentence: the first word,
// or one after a full stop, past quotation marks and parentheses ('."',
// '“Main').
func (ps *patternScan) sentenceStart(k int) bool {
	for k > 0 {
		switch ps.words[k-1].text {
		case ".", "!", "?":
			return true
		case "\"", "\u201d", "'", "\u2019", ")", "\u201c", "\u2018", "(":
			k--
			continue
		}
		return false
	}
	return true
}

// titleStarts reports whether a title starts at w ("Mayor", "Sen.").
func (x *docState) titleStarts(w pword) bool {
	end, _, ok := x.c.titles.longestAt(x.t.raw, w.start, len(x.t.raw))
	return ok && end >= w.end
}

// properNounAt reports whether prose tags w, a word of sentence si, as a
// proper noun.
func (x *docState) properNounAt(si int, w pword) bool {
	for _, t := range x.sents[si].tokens {
		if t.start == w.start {
			return t.tag == "NNP" || t.tag == "NNPS"
		}
		if t.start > w.start {
			break
		}
	}
	return true
}

// usableName reports whether words[i:j] may be a place name a pattern finds
// without the gazetteer: no word that is never a place or only names
// organisations, not a demonym or a title.
func (ps *patternScan) usableName(i, j int) bool {
	if i >= j {
		return false
	}
	first := ps.words[i]
	if end, _, ok := ps.x.c.demonyms.longestAt(ps.x.t.raw, first.start, ps.words[j-1].end); ok && end >= ps.words[j-1].end {
		return false
	}
	shaped := ps.placeShaped(i, j)
	for k := i; k < j; k++ {
		w := ps.words[k]
		if w.cap && (ps.pr.isNotPlace(w.lower) || !shaped && ps.x.c.notNames[ps.x.fold(w.text)]) {
			return false
		}
	}
	if j-i == 1 && genericPlaceWords[first.lower] {
		return false // "City residents"
	}
	return !ps.x.titleStarts(first)
}

// placeShaped reports whether words[i:j] have a place name's shape that a
// word naming organisations in it does not undo: a compass word and one
// more word ("East Bank", "West End"), or words before a word for a kind
// of place ("Union City", "Bank Township").
func (ps *patternScan) placeShaped(i, j int) bool {
	if j-i < 2 {
		return false
	}
	first, last := ps.words[i], ps.words[j-1]
	return j-i == 2 && first.cap && compassWords[first.lower] || last.cap && genericPlaceWords[last.lower]
}

// compassWords start place names of a part of something: "East Bank",
// "North Side".
var compassWords = setOf(`north south east west northeast northwest southeast southwest`)

// newNameOK reports whether words[i:j], found by a context, may be a place
// the gazetteer lacks. Initials ("H. L. Snyder") mark a person, capitals
// ("UNAMID") an organisation, a number after ("Game 7") or a possessive
// ("Google's") something else, and a word the document also writes in lower
// case ("in Teaching") an ordinary word.
func (ps *patternScan) newNameOK(i, j int, cut bool) bool {
	if cut || !ps.usableName(i, j) || ps.pd.overlapsPerson(ps.nameSpan(i, j)) {
		return false
	}
	ws := ps.words
	if j < len(ws) && ws[j].num || ws[j-1].poss {
		return false
	}
	for _, w := range ws[i:j] {
		if w.caps || pluralAcronym(w.text) || isInitialWord(w.text) {
			return false
		}
	}
	if j-i == 1 && ps.pd.writtenLower(strings.ToLower(ws[i].text)) {
		return false
	}
	return true
}

// pluralAcronym reports whether s is capitals and a plural s ("in ERs",
// "ICUs"): a common noun's abbreviation, no place.
func pluralAcronym(s string) bool {
	body, ok := strings.CutSuffix(s, "s")
	if !ok || utf8.RuneCountInString(body) < 2 {
		return false
	}
	for _, r := range body {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

func isInitialWord(s string) bool {
	n := utf8.RuneCountInString(s)
	return n == 1 || n == 2 && strings.HasSuffix(s, ".")
}

// nameSpan is the span of words[i:j].
func (ps *patternScan) nameSpan(i, j int) span {
	return span{ps.words[i].start, ps.words[j-1].end}
}

// givenNameOnly reports whether words[i:j] are a given name and initials
// ("Angela", "Virginia L."): before "Hill" or "Lane" they make a person.
func (ps *patternScan) givenNameOnly(i, j int) bool {
	if _, ok := ps.x.c.firstNames[ps.x.fold(ps.words[i].text)]; i >= j || !ok {
		return false
	}
	for _, w := range ps.words[i+1 : j] {
		if !isInitialWord(w.text) {
			return false
		}
	}
	return true
}

// givenName reports whether a word is a known first name.
func (x *docState) givenName(w string) bool {
	if x.c.placePats.givenNames[w] {
		return true
	}
	_, ok := x.c.firstNames[x.fold(w)]
	return ok
}

// findPatternPlaces runs the place patterns over sentence si and returns the
// places they propose, and the spans where their contexts confirm a name.
func (x *docState) findPatternPlaces(si int, pd *placeDoc) (cands []placeCand, confirmed []span) {
	pr := x.c.placePats
	s := x.sents[si]
	ps := &patternScan{x: x, pr: pr, pd: pd, words: pd.sentenceWords(x, si), sent: si}
	ps.titleCase = isTitleCase(ps.words)
	words := ps.words
	add := func(i, j, pat int) {
		sp := ps.nameSpan(i, j)
		cands = append(cands, placeCand{span: sp, entry: -1, pattern: pat, context: true,
			name: strings.Join(strings.Fields(sp.text(x.t.raw)), " "), kind: pr.patterns[pat].Kind})
	}
	// propose records a name a context found: it confirms whatever
	// gazetteer name sits there and, unless the pattern only confirms, is a
	// place of its own when the name is usable.
	propose := func(i, j, pat int, cut bool) {
		if i >= j || pd.overlapsPerson(ps.nameSpan(i, j)) {
			return
		}
		confirmed = append(confirmed, ps.nameSpan(i, j))
		if !pr.patterns[pat].ConfirmOnly && ps.newNameOK(i, j, cut) {
			add(i, j, pat)
		}
	}
	for k := 0; k < len(words); k++ {
		w := words[k]
		if !w.word {
			continue
		}
		// Suffix: "Rapides Parish", "Orchard St.".
		for _, pw := range pr.suffixes[w.text] {
			end, ok := ps.seqAt(k, pw.words, false)
			pat := pr.patterns[pw.pattern]
			// A street list reads like a headline ("Talmadge Drive between
			// Pine Needle Drive and Sylvan Road."); a headline is none.
			headlineOK := pat.Kind == "county" || pat.NeverPerson && !x.paras[s.para].headline
			if !ok || k == 0 || ps.titleCase && !headlineOK {
				continue
			}
			if strings.HasSuffix(w.text, ".") && end < len(words) && words[end].cap && words[end].word {
				continue // "St. Louis": an abbreviation before a name
			}
			if pat.Kind != "county" && !pat.NeverPerson && overlapsAny(ps.nameSpan(k, end), pd.named) {
				continue // "Nathan Lane"; no one's name ends in "County"
			}
			if pat.Kind != "county" && end < len(words) && words[end].cap && words[end].word &&
				(pr.isNotPlace(words[end].lower) || x.c.notNames[x.fold(words[end].text)]) {
				continue // "Glacier Ridge Elementary": an institution
			}
			if pat.List != "" {
				cands = append(cands, ps.listedNames(k, pw.pattern)...)
				continue
			}
			if pat.NeverPerson {
				if start := ps.streetRunBack(k); start < k {
					add(start, end, pw.pattern)
				}
				continue
			}
			start := ps.capRunBack(k)
			for start < k && (pr.isNotPlace(words[start].lower) || x.c.demonyms.matchesWord(x, words[start])) {
				start++
			}
			if start < k && (pat.Kind == "county" || !ps.givenNameOnly(start, k)) {
				add(start, end, pw.pattern)
				if confirmsName[pat.Kind] {
					// "DeKalb County", "Madison Township": the name is a
					// place's in the document ("DeKalb officials").
					confirmed = append(confirmed, ps.nameSpan(start, k))
				}
			}
		}
		// Prefix: "Lake Lanier", "Highway 19", "I-95".
		for _, pw := range pr.prefixes[w.text] {
			end, ok := ps.seqAt(k, pw.words, false)
			if !ok || end >= len(words) || pd.overlapsPerson(w.span) {
				continue
			}
			if pr.patterns[pw.pattern].Numbered {
				if words[end].num {
					add(k, end+1, pw.pattern)
				}
				continue
			}
			if ps.titleCase || !words[end].cap || !words[end].word {
				continue
			}
			if j, cut := ps.capRun(end); !cut && j > end && ps.usableName(end, j) && !pd.overlapsPerson(ps.nameSpan(end, j)) {
				add(k, j, pw.pattern)
			}
		}
		// Numbered prefixes written with a hyphen: "I-95".
		if i := strings.IndexByte(w.text, '-'); i > 0 && i+1 < len(w.text) && w.text[i+1] >= '0' && w.text[i+1] <= '9' {
			for _, pw := range pr.prefixes[w.text[:i+1]] {
				if pr.patterns[pw.pattern].Numbered && len(pw.words) == 1 {
					add(k, k+1, pw.pattern)
				}
			}
		}
		if !w.cap || w.num || ps.titleCase {
			continue
		}
		// Before: "in Bicester", "residents of Greer", "Edward Moayyad of
		// Southlake". The name starts here when the words before it end
		// with a context, skipping modifiers ("in downtown Gainesville").
		// A capitalised word before the name is a context word only when
		// it opens the sentence and is never a place ("In Euclid,
		// firefighters"; not "with In Business Las Vegas").
		if k == 0 || !words[k-1].cap || !words[k-1].word || ps.sentenceStart(k-1) && pr.isNotPlace(words[k-1].lower) {
			b := k
			for b > 0 && pr.modifiers[words[b-1].lower] {
				b--
			}
			if pat, ok := ps.beforeContext(b); ok {
				j, cut := ps.capRun(k)
				propose(k, j, pat, cut)
			}
		}
		// After: "Chiefland man", "Northbrook-based", "Berea Police
		// Department".
		if !w.poss {
			if pat, ok := ps.afterContext(k + 1); ok {
				if start := ps.capRunBack(k + 1); start <= k {
					propose(start, k+1, pat, false)
				}
			}
		}
	}
	// Region: "Glen Carbon, Ill.", "Gori, Georgia".
	for k := 2; k < len(words) && len(pr.region) > 0; k++ {
		if words[k-1].text != "," || !words[k-2].word || !words[k-2].cap || words[k-2].poss {
			continue
		}
		end, v, ok := x.c.places.longestAt(x.t.raw, words[k].start, s.end)
		if !ok || !pr.regionKinds[x.c.placeInfo[v].Kind] {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(x.t.raw[end:]); r == '-' || r == '\'' || r == '\u2019' {
			continue // "Texas-based", "Russia's"
		}
		start := ps.capRunBack(k - 1)
		if start >= k-1 {
			continue
		}
		for _, pat := range pr.region {
			before := len(cands)
			propose(start, k-1, pat, false)
			for c := before; c < len(cands); c++ {
				cands[c].country = x.c.placeInfo[v].Country
			}
		}
	}
	// Dateline: "TEGA CAY —", "CHARLESTON, W.Va. —", "SALINA, Kan.", or
	// after a byline's date: "Advocate Reporter March 15, 2009 NEWARK --".
	if len(pr.dateline) > 0 && len(words) > 1 {
		var c []placeCand
		var conf []span
		if words[0].caps {
			// A name no gazetteer lists only opens an article.
			c, conf = ps.dateline(0, si <= 1 || x.paras[s.para].start == s.start)
		}
		for p := 1; len(conf) == 0 && p < len(words); p++ {
			if words[p].caps && isYear(words[p-1]) {
				c, conf = ps.dateline(p, false)
				break
			}
		}
		cands = append(cands, c...)
		confirmed = append(confirmed, conf...)
	}
	return cands, confirmed
}

// lineEndsAtDate reports whether words[k:] is nothing or a date alone:
// "AL-AIN , United Arab Emirates 1996-12-06" is a dateline of its own.
func lineEndsAtDate(words []pword, k int) bool {
	return k >= len(words) || k == len(words)-1 && words[k].num
}

// capitalsAfter reports whether the next two words from words[k] on are in
// capitals: "SOCCER - JAPAN GET LUCKY WIN" is a headline in capitals, and
// what stands before its dash is a section, not a dateline.
func capitalsAfter(words []pword, k int) bool {
	n := 0
	for ; k < len(words) && n < 2; k++ {
		if !words[k].word {
			continue
		}
		if !words[k].caps {
			return false
		}
		n++
	}
	return n == 2
}

// dateline reads a dateline starting at words[p]: capitals ending with a
// dash or a colon, or followed by a comma and a state or country. A name
// the gazetteer lists counts wherever the sentence opens with it (or with a
// byline's date); a new name only when opening is set.
func (ps *patternScan) dateline(p int, opening bool) (cands []placeCand, confirmed []span) {
	x, pr, words := ps.x, ps.pr, ps.words
	s := x.sents[ps.sent]
	j := p
	for j < len(words) && j-p < maxPatternWords && words[j].caps && !words[j].poss {
		j++
	}
	if j == p {
		return nil, nil // "CAMBRIDGE'S Mr Ice Cream": no dateline
	}
	next, region := j, false
	if next+1 < len(words) && words[next].text == "," {
		// ", W.Va." or ", Kazakhstan": a region before the dash.
		if end, v, ok := x.c.places.longestAt(x.t.raw, words[next+1].start, s.end); ok {
			region = pr.regionKinds[x.c.placeInfo[v].Kind]
			for next < len(words) && words[next].start < end {
				next++
			}
		}
	}
	if !region {
		next = x.skipDatelineDate(words, next)
	}
	sp := ps.nameSpan(p, j)
	colon := next < len(words) && words[next].text == ":"
	ends := next < len(words) && (isDatelineEnd(x.t.raw, words, next) || colon)
	// "BONN 1996-12-10": a line of its own, the city and the date.
	alone := p == 0 && next < len(words) && lineEndsAtDate(words, next)
	if !ends && !region && !alone || pr.isNotPlace(strings.ToLower(sp.text(x.t.raw))) {
		return nil, nil
	}
	v, known := x.titleCaseEntry(sp)
	if !known && !opening {
		return nil, nil
	}
	confirmed = append(confirmed, sp)
	for _, pat := range pr.dateline {
		if known {
			info := x.c.placeInfo[v]
			cands = append(cands, placeCand{span: sp, entry: v, weak: info.Ambiguous, pattern: pat, context: true,
				name: info.Name, kind: info.Kind, country: info.Country})
		} else if (ends && !colon || region && lineEndsAtDate(words, next)) && !pr.patterns[pat].ConfirmOnly && !ps.pd.overlapsPerson(sp) && ps.usableName(p, j) && utf8.RuneCountInString(sp.text(x.t.raw)) >= 3 && !capitalsAfter(words, next+1) {
			cands = append(cands, placeCand{span: sp, entry: -1, pattern: pat, context: true,
				name: titleCase(strings.Join(strings.Fields(sp.text(x.t.raw)), " ")), kind: pr.patterns[pat].Kind})
		}
	}
	return cands, confirmed
}

// skipDatelineDate returns the index past a date after a dateline's comma
// ("ADDIS ABABA, Feb 11 (Reuters) -", "LONDON, March 3 -"), or k when
// none is there.
func (x *docState) skipDatelineDate(words []pword, k int) int {
	if k+2 >= len(words) || words[k].text != "," {
		return k
	}
	month := words[k+1].lower
	if !x.c.dateWords[month] && !x.c.dateWords[month+"."] {
		return k
	}
	d := k + 2
	if words[d].text == "." && d+1 < len(words) {
		d++
	}
	if !words[d].num {
		return k
	}
	return d + 1
}

// confirmsName are the kinds of place whose suffix pattern confirms the
// name before the suffix: a county or township named X makes X a place
// of the document, as a street named X does not.
var confirmsName = map[string]bool{"county": true, "town": true}

// isYear reports whether w is a year in digits: 2009.
func isYear(w pword) bool {
	if len(w.text) != 4 {
		return false
	}
	for _, r := range w.text {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// isTitleCase reports whether most longer words of a sentence are
// capitalised, as in a headline, and none of them is in lower case but a
// word title case leaves so ("Residents of Dayton marched to the
// Mississippi River" is a sentence of names).
func isTitleCase(ws []pword) bool {
	long, capital := 0, 0
	for _, w := range ws {
		if w.word && !w.num && utf8.RuneCountInString(w.text) > 3 {
			long++
			if w.cap {
				capital++
			} else if !titleCaseLower[w.lower] {
				return false
			}
		}
	}
	return long >= 5 && capital*10 >= long*8
}

// seqAt reports whether words[k:] starts with seq (as written, or in lower
// case when lower is set) and returns the index after it.
func (ps *patternScan) seqAt(k int, seq []string, lower bool) (int, bool) {
	for i, want := range seq {
		if k+i >= len(ps.words) {
			return 0, false
		}
		got := ps.words[k+i].text
		if lower {
			got = ps.words[k+i].lower
		}
		if got != want {
			return 0, false
		}
	}
	return k + len(seq), true
}

// beforeContext reports whether the words ending just before words[b] are a
// before pattern's context, and which.
func (ps *patternScan) beforeContext(b int) (int, bool) {
	if b == 0 {
		return 0, false
	}
	for _, pw := range ps.pr.before[ps.words[b-1].lower] {
		if ps.contextEndsAt(b, pw.words) {
			if k := b - len(pw.words); k > 0 && ps.pr.notAfter[ps.words[k-1].lower] {
				continue // "a stake in Valeant"
			}
			return pw.pattern, true
		}
	}
	return 0, false
}

// contextEndsAt reports whether the words just before words[b] read seq,
// PERSON standing for the end of a person's name and NUMBER for a number.
func (ps *patternScan) contextEndsAt(b int, seq []string) bool {
	k := b - len(seq)
	if k < 0 {
		return false
	}
	for i, want := range seq {
		w := ps.words[k+i]
		switch want {
		case wordPerson:
			// A "person" ending in a word that never names one is an
			// organisation the people rules took for a name ("Board of").
			if ps.pr.isNotPlace(w.lower) || ps.x.c.notNames[ps.x.fold(w.text)] {
				return false
			}
			ok := false
			for _, p := range ps.pd.named {
				if p.end == w.end {
					ok = true
					break
				}
			}
			if !ok {
				return false
			}
		case wordNumber:
			if !w.num {
				return false
			}
		default:
			if w.lower != want {
				return false
			}
		}
	}
	return true
}

// afterContext reports whether the words from words[k] on are an after
// pattern's context, and which.
func (ps *patternScan) afterContext(k int) (int, bool) {
	if k >= len(ps.words) {
		return 0, false
	}
	if ps.words[k].cap {
		for _, pw := range ps.pr.afterCap[ps.words[k].text] {
			if _, ok := ps.seqAt(k, pw.words, false); ok {
				return pw.pattern, true
			}
		}
		return 0, false
	}
	for _, pw := range ps.pr.after[ps.words[k].lower] {
		if _, ok := ps.seqAt(k, pw.words, true); ok {
			return pw.pattern, true
		}
	}
	return 0, false
}

// isDatelineEnd reports whether words[k] closes a dateline: a dash, an
// agency in brackets, or a wide gap before the story.
func isDatelineEnd(raw string, words []pword, k int) bool {
	switch words[k].text {
	case "\u2014", "\u2013", "\u0097", "\u0096", "-", "(":
		return true // U+0097 and U+0096: dashes of text mis-decoded from Windows-1252
	}
	gap := raw[words[k-1].end:words[k].start]
	return len(gap) >= 2 && strings.TrimSpace(gap) == ""
}

// titleCaseEntry looks a capitalised dateline ("CHARLESTON") up in the
// gazetteer as written in title case.
func (x *docState) titleCaseEntry(sp span) (int, bool) {
	t := titleCase(sp.text(x.t.raw))
	if len(t) != sp.len() {
		return 0, false
	}
	for _, m := range []*phraseMatcher{&x.c.places, &x.c.placePats.weak} {
		if end, v, ok := m.longestAt(t, 0, len(t)); ok && end == len(t) {
			return v, true
		}
	}
	return 0, false
}

// titleCase turns "TEGA CAY" into "Tega Cay".
func titleCase(s string) string {
	var b strings.Builder
	prev := rune(' ')
	for _, r := range s {
		if isWordRune(prev) || prev == '\'' {
			b.WriteRune(unicode.ToLower(r))
		} else {
			b.WriteRune(unicode.ToUpper(r))
		}
		prev = r
	}
	return b.String()
}

// matchesWord reports whether a phrase of m is exactly the word w.
func (m *phraseMatcher) matchesWord(x *docState, w pword) bool {
	end, _, ok := m.longestAt(x.t.raw, w.start, w.end)
	return ok && end == w.end
}

// splitJoinedWords splits, in ws[from:], the words a hyphen joins to a
// context: an after context ("Northbrook-based" reads as "Northbrook"
// "-based") and a party before a home town ("R-Elbow" as "R-" "Elbow").
func (pr *placeRules) splitJoinedWords(ws []pword, from int) []pword {
	for i := from; i < len(ws); i++ {
		if first, second, ok := pr.splitJoinedWord(ws[i]); ok {
			ws[i] = first
			ws = slices.Insert(ws, i+1, second)
			i++
		}
	}
	return ws
}

// splitJoinedWord splits one word as splitJoinedWords does.
func (pr *placeRules) splitJoinedWord(w pword) (first, second pword, ok bool) {
	i := strings.LastIndexByte(w.text, '-')
	if i > 0 && w.cap {
		if _, ok := pr.after[w.lower[i:]]; ok {
			base, rest := w, w
			base.span.end = w.start + i
			base.text, base.lower, base.poss = w.text[:i], w.lower[:i], false
			rest.span.start = w.start + i
			rest.text, rest.lower, rest.cap, rest.caps = w.text[i:], w.lower[i:], false, false
			return base, rest, true
		}
	}
	if i = strings.IndexByte(w.text, '-'); i > 0 && i+1 < len(w.text) {
		if _, ok := pr.before[w.lower[:i+1]]; ok {
			if r, _ := utf8.DecodeRuneInString(w.text[i+1:]); unicode.IsUpper(r) {
				party, rest := w, w
				party.span.end = w.start + i + 1
				party.text, party.lower, party.poss, party.cap, party.caps = w.text[:i+1], w.lower[:i+1], false, false, false
				rest.span.start = w.start + i + 1
				rest.text, rest.lower = w.text[i+1:], w.lower[i+1:]
				return party, rest, true
			}
		}
	}
	return w, w, false
}

// placeExampleFires reports whether a place_patterns example's place is
// among the places of rec, as one of its mentions.
func placeExampleFires(ex rules.Example, rec schema.Extraction) (bool, string) {
	var got []string
	for _, p := range rec.Places {
		for _, m := range p.Mentions {
			if m.Text == ex.Place {
				return true, fmt.Sprintf("place %s (%s)", m.Text, p.Kind)
			}
			got = append(got, m.Text)
		}
	}
	return false, describe("places", got)
}

// isNotPlace reports whether a lower-case word (with or without a final
// period) is one of not_places.
func (pr *placeRules) isNotPlace(lower string) bool {
	return pr.notPlaces[strings.TrimSuffix(lower, ".")]
}

// listedNames reads the list of names before words[k] ("Becker, Clay and
// Douglas counties") as places named with the pattern's list word.
func (ps *patternScan) listedNames(k, pat int) []placeCand {
	p := ps.pr.patterns[pat]
	var out []placeCand
	for k > 0 {
		start := ps.capRunBack(k)
		// "Main roads are in good shape": a word the tagger's dictionary
		// knows as common, alone and opening the sentence, is capitalised
		// as any first word is and names no road; in a list ("Elm and Oak
		// streets") it does.
		if len(out) == 0 && start == k-1 && ps.sentenceStart(start) && ps.x.vocabulary.CommonWord(ps.words[start].text) {
			break
		}
		if start >= k || !ps.usableName(start, k) || ps.pd.overlapsPerson(ps.nameSpan(start, k)) {
			break
		}
		sp := ps.nameSpan(start, k)
		name := strings.Join(strings.Fields(sp.text(ps.x.t.raw)), " ") + " " + p.List
		out = append(out, placeCand{span: sp, entry: -1, pattern: pat, context: true, list: true, name: name, kind: p.Kind})
		k = start
		// Separators: ",", "and", "or", ", and".
		n := 0
		for k > 0 && n < 2 {
			w := ps.words[k-1]
			if w.text == "," || w.text == "&" || w.lower == "and" || w.lower == "or" {
				k--
				n++
				continue
			}
			break
		}
		if n == 0 {
			break
		}
	}
	return out
}

// coordinatedPlaces finds names listed with places ("Newark, Heath and
// Pataskala", "Boulder City and Henderson"): in a list of capitalised names
// joined by commas, "and" or "or" where at least two names, and at least
// half of them, are places already, the others are places too; in a pair
// with one place, the other counts only if the gazetteer lists it.
func (x *docState) coordinatedPlaces(pd *placeDoc, chosen []placeCand) (more []placeCand, confirmed []span) {
	pr := x.c.placePats
	if len(pr.coordinated) == 0 && len(pr.address) == 0 {
		return nil, nil
	}
	isPlace := func(sp span) bool {
		for _, c := range chosen {
			if c.span == sp {
				return true
			}
		}
		return false
	}
	for si, s := range x.sents {
		ps := &patternScan{x: x, pr: pr, pd: pd, words: pd.sentenceWords(x, si), sent: si}
		ps.titleCase = isTitleCase(ps.words)
		if ps.titleCase {
			continue
		}
		words := ps.words
		// Address: "1935 Orchard St., Alexandria, was", "Upper Abbey
		// Street, Cahir".
		for _, pat := range pr.address {
			for _, c := range chosen {
				if c.kind != "street" || !s.span.contains(c.span) {
					continue
				}
				k := 0
				for k < len(words) && words[k].start < c.end {
					k++
				}
				if k+1 >= len(words) || words[k].text != "," || !words[k+1].cap || !words[k+1].word {
					continue
				}
				j, cut := ps.capRun(k + 1)
				if j < len(words) && words[j].word {
					continue // "Main St., Smith said": the name must end a clause
				}
				sp := ps.nameSpan(k+1, j)
				if isPlace(sp) || pd.overlapsPerson(sp) {
					continue
				}
				confirmed = append(confirmed, sp)
				if ps.newNameOK(k+1, j, cut) {
					more = append(more, placeCand{span: sp, entry: -1, pattern: pat, context: true,
						name: strings.Join(strings.Fields(sp.text(x.t.raw)), " "), kind: pr.patterns[pat].Kind})
				}
			}
		}
		if len(pr.coordinated) == 0 {
			continue
		}
		pat := pr.coordinated[0]
		for k := 0; k < len(words); {
			if !words[k].cap || !words[k].word || pr.isNotPlace(words[k].lower) ||
				k > 0 && words[k-1].cap && words[k-1].word && !pr.isNotPlace(words[k-1].lower) {
				k++
				continue
			}
			type item struct {
				i, j int
				cut  bool
			}
			var items []item
			j := k
			for {
				e, cut := ps.capRun(j)
				if e == j {
					break
				}
				items = append(items, item{j, e, cut})
				if words[e-1].poss {
					break
				}
				n := e
				for n < len(words) && n-e < 2 && (words[n].text == "," || words[n].lower == "and" || words[n].lower == "or") {
					n++
				}
				if n == e || n >= len(words) || !words[n].cap || !words[n].word {
					j = e
					break
				}
				j = n
			}
			if len(items) >= 2 {
				known := 0
				for _, it := range items {
					if isPlace(ps.nameSpan(it.i, it.j)) {
						known++
					}
				}
				for _, it := range items {
					sp := ps.nameSpan(it.i, it.j)
					if isPlace(sp) || pd.overlapsPerson(sp) {
						continue
					}
					switch {
					case known >= 2 && known*2 >= len(items):
						confirmed = append(confirmed, sp)
						if ps.newNameOK(it.i, it.j, it.cut) {
							more = append(more, placeCand{span: sp, entry: -1, pattern: pat, context: true,
								name: strings.Join(strings.Fields(sp.text(x.t.raw)), " "), kind: pr.patterns[pat].Kind})
						}
					case known == 1 && len(items) == 2:
						confirmed = append(confirmed, sp)
					}
				}
			}
			k = max(j, k+1)
		}
	}
	return more, confirmed
}

// genericPlaceWords name a kind of place, not a place: alone they are no
// name ("City residents", "the County").
var genericPlaceWords = map[string]bool{"city": true, "town": true, "village": true, "township": true, "area": true,
	"region": true, "district": true, "county": true, "parish": true, "state": true, "borough": true}
