package extract

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsfacts/extract/rules"
)

// partKind is what a piece of a capitalised chunk is.
type partKind int

const (
	partWord partKind = iota
	partTitle
	partDemonym
	partPlace
)

type chunkPart struct {
	span
	kind  partKind
	value int // index into titleInfo or placeInfo
	tok   int // index of the part's first token in the sentence
	last  int // index of its last token
}

// chunk is a run of capitalised tokens: an optional affiliation, titles,
// and a name ("Hungarian Prime Minister Viktor Orbán").
type chunk struct {
	sent        int
	first, last int  // token indices in the sentence, inclusive
	name        span // the name part; empty when there is none
	nameFirst   int  // token index where the name starts
	nameWords   []string
	titles      []string // reported titles, in order
	titleSpans  []span   // the titles before the name as written, courtesy ones included
	gender      string   // from a gendered title (Mrs., King)
	affiliation string
	affCountry  string
	hasTitle    bool
	titleRule   string // the first title as written in the rules, courtesy ones included
	// givenNameTitle is the title before the name when it comes before a
	// given name ("King" of "King Hussein"), else "".
	givenNameTitle string
	isOrg          bool // holds a word that never names a person
	isPlace        bool // only place names and demonyms
	entity         int  // index into people, -1 when none
	// sharedLast is the last name a first name alone shares with the
	// full name it is joined to ("Bill" in "Bill and Hillary Clinton").
	sharedLast string
	// partyCode is the upper-case code of a party tag after the name ("R"
	// of "Sen. Gordon Pruitt (R-Tenn.)"), "" when none.
	partyCode string
}

var nameParticles = map[string]bool{"von": true, "der": true, "van": true, "de": true, "da": true, "del": true,
	"della": true, "di": true, "du": true, "dos": true, "das": true, "bin": true, "ibn": true, "al": true, "el": true, "la": true, "le": true, "ten": true, "ter": true}

// leadingNonNameTags are POS tags of capitalised words that start a sentence
// without being part of a name ("The", "In", "Soon").
var leadingNonNameTags = map[string]bool{"DT": true, "IN": true, "CC": true, "PRP": true, "PRP$": true,
	"WDT": true, "WP": true, "WRB": true, "RB": true, "TO": true, "MD": true, "EX": true, "VBZ": true,
	"VBD": true, "VBP": true, "VB": true, "VBG": true, "VBN": true, "CD": true, "PDT": true, "UH": true}

// closedClassTags are the tags of word classes English does not add to:
// determiners, prepositions, pronouns, conjunctions, modals.
var closedClassTags = map[string]bool{"DT": true, "IN": true, "CC": true, "PRP": true, "PRP$": true,
	"WDT": true, "WP": true, "WP$": true, "WRB": true, "TO": true, "MD": true, "EX": true, "PDT": true}

// clauseWords are pronouns and auxiliaries, which no name holds after its
// first word.
var clauseWords = setOf("it he she we they you me him us them can could would should must might shall do does did is are was were be been has have had")

// closedClassWords are the members of those classes, in lower case.
var closedClassWords = setOf(`a an the this that these those some any no every each either neither all both half
	another such what which whichever whatever who whom whose whoever where when why how wherever whenever
	in on at by for with about against between into through during before after above below to from up down
	out off over under again further then once of as until while since than like unlike upon within without
	along across behind beyond near among around toward towards despite per via amid onto beside besides
	outside inside throughout alongside amidst underneath beneath
	and or but nor so yet if because although though unless whether
	i me my mine you your yours he him his she her hers it its we us our ours they them their theirs
	myself yourself himself herself itself ourselves themselves one
	can could may might must shall should will would ought there`)

// pronounContraction reports whether w is a pronoun with a contracted
// verb the tokenizer leaves whole ("i've", "we'd"), which names no one.
func pronounContraction(w string) bool {
	i := strings.IndexAny(w, "'\u2019")
	return i > 0 && closedClassWords[w[:i]]
}

func setOf(words string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.Fields(words) {
		out[w] = true
	}
	return out
}

// sentenceOpeners are function words that the tagger may take for the
// first word of a name when they open a sentence ("Does Rubio", "Against
// Clinton", "Whether Cruz", "Said Comey") or follow a colon ("PIC: So
// Rubio's rally").
var sentenceOpeners = setOf("a an the and or but nor as at by for from in into of on onto over to with without " +
	"about against beneath between among after before since until though although while whether if when where " +
	"why how what which is are was were be been being has have had does do did said says every each both " +
	"either neither all any some no not only even also just still yet half absent most many several few " +
	"more other others another such anyone anybody everyone everybody someone somebody nobody everything " +
	"something nothing mine yours ours theirs hers so then thus hence meanwhile instead indeed here there now well yes oh")

// findChunks finds the capitalised runs of a sentence.
func (x *docState) findChunks(si int) []chunk {
	s := &x.sents[si]
	toks := s.tokens
	var out []chunk
	for i := 0; i < len(toks); {
		// "Sen. Hollis Paquette, R-Maine, who": a party tag names no one,
		// nor do the words its place runs on over ("D-Dearborn Heights,").
		if x.partyTag(toks[i]) {
			i = partyPlaceEnd(toks, i) + 1
			continue
		}
		// "On Tuesday Senate Majority Leader Ana Ruiz said": a date a
		// preposition governs opens no name.
		if !toks[i].isCapitalised() || x.inQuoteMark(toks[i]) || x.datedBy(toks, i) {
			i++
			continue
		}
		j := i
		// A title may hold lower-case words ("Secretary of State James
		// Baker"): the run goes on to the title's end.
		titleEnd := 0
		joined := false
		for j+1 < len(toks) {
			if end, _, ok := x.c.titles.longestAt(x.t.raw, toks[j].start, s.end); ok && end > titleEnd {
				titleEnd = end
			}
			n := toks[j+1]
			switch {
			case x.datedBy(toks, j+1):
				goto done
			case n.isCapitalised() && n.isWord() && !x.inQuoteMark(n):
			case n.text == "&" && x.firmWord(toks, j) && x.firmWord(toks, j+2):
				// A firm's name: "Arceneaux & Pruitt", "Procter & Gamble".
			case n.text == "," && j+4 < len(toks) && toks[j+3].text == "&" && x.firmWord(toks, j) && x.firmWord(toks, j+2) && x.firmWord(toks, j+4):
				// "Lyle, Arceneaux & Pruitt": a firm of three names.
			case articlePrefixed(n.text) != "":
			case n.lower == "and" && (joined || x.bodyNameStart(toks, i, j)) && x.bodyNameAfter(toks, j+2):
				joined = true
			case n.text == "." && len(toks[j].text) == 1 && toks[j].isCapitalised():
			case nameParticles[n.lower] && particleRunEndsInName(toks, j+1):
			case n.end <= titleEnd:
			default:
				// 'Ricardo “Ricky” Tavares': the nickname's marks stay
				// inside the name.
				if end := x.nicknameEnd(toks, j+1); end > j+1 {
					j = end
					continue
				}
				goto done
			}
			if x.quoteBoundaryBetween(toks[j], n) {
				goto done
			}
			j++
		}
	done:
		if c, ok := x.parseChunk(si, i, j); ok {
			out = append(out, c)
		}
		i = j + 1
	}
	return out
}

// firmWord reports whether toks[k] may be one of the names a firm's name
// joins with "&" ("Arceneaux & Pruitt"): a capitalised word that is no
// first name, title, pronoun or last name of a person the story knows
// ("Jim & Sarah", "Trump & Clinton" are people).
func (x *docState) firmWord(toks []token, k int) bool {
	if k >= len(toks) || !toks[k].isCapitalised() || !toks[k].isWord() || toks[k].tag == "PRP" {
		return false
	}
	return !x.firstNameOrTitle(toks[k]) && !x.c.knownLast[x.fold(toks[k].text)]
}

// bodyNameStart reports whether the run toks[i..j] may open a body's name
// joined by "and": words that are no first name or title ("Avon", "Senate
// Labor"; not "Mark" or "Mayor").
func (x *docState) bodyNameStart(toks []token, i, j int) bool {
	for k := i; k <= j; k++ {
		if x.firstNameOrTitle(toks[k]) {
			return false
		}
	}
	return true
}

// firstNameWord reports whether w is a first name of the rules, or two
// joined by a hyphen whose first is one ("Sean-Paul", "Jean-Luc").
func (x *docState) firstNameWord(w string) bool {
	if _, ok := x.c.firstNames[x.fold(w)]; ok {
		return true
	}
	head, tail, ok := strings.Cut(w, "-")
	if !ok || tail == "" || !unicode.IsUpper(firstRune(tail)) {
		return false
	}
	_, known := x.c.firstNames[x.fold(head)]
	return known
}

// firstNameOrTitle reports whether t is a first name of the rules or
// starts a title: a word that makes a name a person's.
func (x *docState) firstNameOrTitle(t token) bool {
	_, firstName := x.c.firstNames[x.fold(t.text)]
	_, _, title := x.c.titles.longestAt(x.t.raw, t.start, t.end)
	return firstName || title
}

// bodyNameAfter reports whether the capitalised words from toks[i] end a
// public body's name with one of joined_body_words, past further "and"s:
// "Avon and Somerset Police", "Tyne and Wear Fire and Rescue Service"
// are one name, not a place and a body.
func (x *docState) bodyNameAfter(toks []token, i int) bool {
	k := i
	for k < len(toks) && (toks[k].isCapitalised() && toks[k].isWord() || toks[k].lower == "and" && k > i) {
		k++
	}
	return k > i && x.c.joinedBodyWords[x.fold(toks[k-1].text)] && !x.inQuoteMark(toks[i])
}

// articlePrefixed returns the name an Arabic article in lower case joins
// to w ("Assad" of "al-Assad", "Qaddafi" of "el-Qaddafi"), or "".
func articlePrefixed(w string) string {
	// Most words hold no article, whose mark is their third or fourth
	// byte.
	if len(w) < 4 || w[2] != '-' && w[2] != '\'' && w[3] != '-' {
		return ""
	}
	for _, a := range arabicArticles {
		if rest, ok := strings.CutPrefix(w, a); ok {
			if r, _ := utf8.DecodeRuneInString(rest); unicode.IsUpper(r) {
				return rest
			}
		}
	}
	return ""
}

// arabicArticles are the forms of the article that open a family name,
// the sun letters' included ("ash-Shaibani").
var arabicArticles = []string{"al-", "el-", "ad-", "ar-", "as-", "ash-", "at-", "az-", "an-", "adh-", "al'", "Al-", "El-"}

// particleRunEndsInName reports whether the name particles starting at
// toks[i] ("von der") are followed by a capitalised word ("Leyen").
func particleRunEndsInName(toks []token, i int) bool {
	for ; i < len(toks); i++ {
		if !nameParticles[toks[i].lower] {
			return toks[i].isCapitalised()
		}
	}
	return false
}

// quoteBoundaryBetween reports whether a quotation mark sits between two
// tokens, which ends a chunk.
func (x *docState) quoteBoundaryBetween(a, b token) bool {
	for _, q := range x.quotes {
		if (a.end <= q.inner.start && q.inner.start <= b.start) || (a.end <= q.inner.end && q.inner.end <= b.start) {
			return true
		}
	}
	return false
}

// nicknameEnd returns the index of the closing mark when toks[k] opens
// the quoted nickname inside a person's name ('Marcus "Blaze" Okafor'),
// and k otherwise.
func (x *docState) nicknameEnd(toks []token, k int) int {
	if !x.inQuoteMark(toks[k]) {
		return k
	}
	for _, q := range x.quotes {
		if q.outer.start != toks[k].start {
			continue
		}
		if !x.nickname(q, q.inner.text(x.t.raw)) {
			return k
		}
		for e := k + 1; e < len(toks) && toks[e].start < q.outer.end; e++ {
			if toks[e].end == q.outer.end && e+1 < len(toks) && toks[e+1].isCapitalised() {
				return e
			}
		}
		return k
	}
	return k
}

// inQuoteMark reports whether a token is a quotation mark itself.
func (x *docState) inQuoteMark(t token) bool {
	r, _ := utf8.DecodeRuneInString(t.text)
	return r == '"' || r == '\u201c' || r == '\u201d' || r == '\'' || r == '\u2018' || r == '\u2019'
}

// placeFirstName reports whether parts[k] is one word, a town or city the
// first-name lists also hold, and the word after it is a surname the
// story names again ("Guadalupe Tsosie-Marquez ... Ms. Tsosie-Marquez";
// not "Georgia Southern") or that is double-barrelled.
func (x *docState) placeFirstName(parts []chunkPart, k int) bool {
	p := parts[k]
	if p.kind != partPlace || p.tok != p.last || k+1 >= len(parts) || parts[k+1].kind != partWord {
		return false
	}
	// A state or a country before a word names a body ("Georgia
	// Southern"), never a person.
	if kind := x.c.placeInfo[p.value].Kind; kind != "city" && kind != "town" {
		return false
	}
	// A double-barrelled surname needs no second mention: no place's
	// name goes on with one ("Soledad Fairweather-Nkemelu").
	next := parts[k+1].text(x.t.raw)
	before, after, hyphened := strings.Cut(next, "-")
	doubleBarrelled := hyphened && before != "" && after != "" && !strings.Contains(after, "-") && unicode.IsUpper(firstRune(after))
	if strings.Count(x.t.raw, next) < 2 && !doubleBarrelled || x.c.notNames[x.fold(next)] || x.usedInLowerCase(strings.ToLower(next)) || x.vocabulary.CommonWord(next) {
		return false
	}
	_, ok := x.c.firstNames[x.fold(p.span.text(x.t.raw))]
	return ok
}

// hyphenedToName reports whether a hyphen at end joins the word before it
// to a capitalised word that opens no place: the place is then the first
// half of a double-barrelled name ("Julian Pereira-Stone"; not
// "Dallas-Fort Worth").
func (x *docState) hyphenedToName(end int) bool {
	if end+1 >= len(x.t.raw) || x.t.raw[end] != '-' {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(x.t.raw[end+1:]); !unicode.IsUpper(r) {
		return false
	}
	_, _, place := x.c.places.longestAt(x.t.raw, end+1, len(x.t.raw))
	return !place
}

// partyTag reports whether t is a party code joined by a hyphen to a
// place ("R-Maine", "D-N.Y").
func (x *docState) partyTag(t token) bool {
	party, place, ok := strings.Cut(t.text, "-")
	return ok && x.c.partyCodes[strings.ToLower(party)] && place != "" && unicode.IsUpper(firstRune(place))
}

// partyPlaceEnd returns the index of the last token of the place in the
// party tag at toks[tag]: the tag itself, or the capitalised words after
// it up to the comma or parenthesis that closes the tag ("D-Dearborn
// Heights,").
func partyPlaceEnd(toks []token, tag int) int {
	for j := tag + 1; j < len(toks) && j <= tag+3; j++ {
		if toks[j].text == "," || toks[j].text == ")" {
			return j - 1
		}
		if toks[j].text != "." && !(toks[j].isCapitalised() && toks[j].isWord()) {
			break
		}
	}
	return tag
}

// partyStateAfter returns the state of a party-and-state tag right after
// the name ending at toks[last] ("Sen. Chuck Grassley (R-Iowa)", "Sen.
// Chuck Schumer, D-N.Y.,"), as the place a title before the name would
// give ("Iowa Sen. Chuck Grassley"); "" when there is none.
func (x *docState) partyStateAfter(si, last int) string {
	toks := x.sents[si].tokens
	if last+2 >= len(toks) || toks[last+1].text != "(" && toks[last+1].text != "," {
		return ""
	}
	tag := toks[last+2]
	party, _, ok := strings.Cut(tag.text, "-")
	if !ok || !x.c.partyCodes[strings.ToLower(party)] {
		return ""
	}
	closing := ")"
	if toks[last+1].text == "," {
		closing = ","
	}
	// The state may end in a period the tokenizer split off ("D-N.Y", ".").
	end := last + 3
	if end < len(toks) && toks[end].text == "." {
		end++
	}
	if end >= len(toks) || toks[end].text != closing {
		return ""
	}
	from := tag.start + len(party) + 1
	to := toks[end-1].end
	if stop, v, ok := x.c.places.longestAt(x.t.raw, from, to); ok && stop >= tag.end {
		return x.c.placeInfo[v].Name
	}
	return ""
}

// placeOfAfter returns the place that "of" names right after the name
// ending at token last of sentence si ("Sen. Ted Cruz of Texas", "Jason
// Gilbert of Cheyenne"), when the place's name ends there (not "of New
// York City Council").
func (x *docState) placeOfAfter(si, last int) (rules.PlaceRule, bool) {
	toks := x.sents[si].tokens
	if last+2 >= len(toks) || toks[last+1].lower != "of" {
		return rules.PlaceRule{}, false
	}
	stop, v, ok := x.c.places.longestAt(x.t.raw, toks[last+2].start, x.sents[si].end)
	if !ok {
		return rules.PlaceRule{}, false
	}
	for k := last + 2; k < len(toks); k++ {
		if toks[k].end == stop {
			if k+1 < len(toks) && toks[k+1].isWord() && toks[k+1].isCapitalised() {
				return rules.PlaceRule{}, false
			}
			return x.c.placeInfo[v], true
		}
	}
	return rules.PlaceRule{}, false
}

// placeAffiliation makes place pl the chunk's affiliation, by its name,
// with its country code when it is a country.
func (ch *chunk) placeAffiliation(pl rules.PlaceRule) {
	ch.affiliation = pl.Name
	if pl.Kind == "country" {
		ch.affCountry = pl.Country
	}
}

// maxLowerTitleWords is the most words a title in lower case may have
// ("chief of staff").
const maxLowerTitleWords = 3

// lowerTitleBefore returns the title (an index into titleInfo) that the
// words in lower case right before toks[first] spell, longest first, and
// the index where it starts.
func (x *docState) lowerTitleBefore(toks []token, first int) (int, int, bool) {
	for s := max(0, first-maxLowerTitleWords); s < first; s++ {
		lower := true
		for k, t := range toks[s:first] {
			// The sentence's first word has its capital from its place
			// ("Press secretary Karine Jean-Pierre said").
			lower = lower && t.isWord() && (!t.isCapitalised() || s+k == 0 && first-s > 1)
		}
		// A noun, not a verb: "to host Bikefest".
		if !lower || !headNounTags[toks[first-1].tag] {
			continue
		}
		text := x.t.raw[toks[s].start:toks[first-1].end]
		if toks[s].isCapitalised() {
			text = lowerFirst(text)
		}
		if end, v, ok := x.c.lowerTitles.longestAt(text, 0, len(text)); ok && end == len(text) {
			return v, s, true
		}
	}
	return 0, 0, false
}

// properNounRunEndingAt returns the first token of the run of capitalised
// words, no function word among them, that ends at toks[last] ("Planned
// Parenthood"), past a title modifier ("Former"); ok is false when there
// is none.
func (x *docState) properNounRunEndingAt(toks []token, last int) (first int, ok bool) {
	first = last
	for first >= 0 && toks[first].isWord() && toks[first].isCapitalised() && !closedClassWords[toks[first].lower] {
		first--
	}
	first++
	for first <= last && x.c.titleModifiers[x.fold(toks[first].text)] {
		first++
	}
	// Opening the sentence, a capital may be the place's, not the name's
	// ("Investigative reporter ...", "Campaign manager ...").
	if first > last || first == 0 && (toks[0].tag != "NNP" && toks[0].tag != "NNPS" || sentenceOpeners[toks[0].lower] || first == last && x.usedInLowerCase(toks[0].lower)) {
		return 0, false
	}
	return first, true
}

// lowerFirst returns s with its first letter in lower case, when that
// keeps its length in bytes (offsets into s stay valid).
func lowerFirst(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	l := unicode.ToLower(r)
	if utf8.RuneLen(l) != size {
		return s
	}
	return string(l) + s[size:]
}

// maxPlaceWords is the most tokens of a place name placeEndingAt tries.
const maxPlaceWords = 3

// placeEndingAt returns the place or demonym whose name ends at toks[last]
// ("Florida" in "former Florida governor").
func (x *docState) placeEndingAt(toks []token, last int) (rules.PlaceRule, bool) {
	for s := max(0, last-maxPlaceWords+1); s <= last && last >= 0; s++ {
		for _, m := range []*phraseMatcher{&x.c.places, &x.c.demonyms} {
			if end, v, ok := m.longestAt(x.t.raw, toks[s].start, toks[last].end); ok && end == toks[last].end {
				return x.c.placeInfo[v], true
			}
		}
	}
	return rules.PlaceRule{}, false
}

// unknownName reports whether t is a capitalised word the tagger's model
// never saw and the story never writes in lower case, whose tag is a guess
// its ending does not back: a foreign name ("Xiong/RB", "Wong/RB"), not a
// rare English word ("Nurturing/VBG", "Finalist/NN", "Reportedly/RB").
func (x *docState) unknownName(t token) bool {
	if closedClassTags[t.tag] || x.usedInLowerCase(t.lower) || x.vocabulary.Knows(t.text) {
		return false
	}
	switch t.tag {
	case "NN", "NNS":
		return false
	case "VBG":
		return !strings.HasSuffix(t.lower, "ing")
	case "RB":
		return !strings.HasSuffix(t.lower, "ly")
	case "VBD", "VBN":
		return !strings.HasSuffix(t.lower, "ed")
	}
	return true
}

// possessivePlaceAround reports whether the chunk toks[first:last+1] is a
// part of a place whose name holds a possessive, which chunks split:
// "Bay" after "Hawke's", or "Central Hawke" before "'s Bay".
func (x *docState) possessivePlaceAround(toks []token, first, last, placeLimit int) bool {
	if first >= 2 && possessiveAt(toks, first-1) {
		if end, _, ok := x.c.places.longestAt(x.t.raw, toks[first-2].start, placeLimit); ok && end >= toks[last].end {
			return true
		}
	}
	if last+2 < len(toks) && possessiveAt(toks, last+1) {
		for k := first; k <= last; k++ {
			if end, _, ok := x.c.places.longestAt(x.t.raw, toks[k].start, len(x.t.raw)); ok && end > toks[last+1].end {
				return true
			}
		}
	}
	return false
}

// parseChunk splits tokens first..last into affiliation, titles and name.
func (x *docState) parseChunk(si, first, last int) (chunk, bool) {
	toks := x.sents[si].tokens
	c := x.c
	// A place's abbreviation keeps its period ("Aspen, Colo."), which the
	// tokenizer splits off.
	placeLimit := toks[last].end
	if last+1 < len(toks) && toks[last+1].text == "." && toks[last+1].start == placeLimit {
		placeLimit = toks[last+1].end
	}
	if x.possessivePlaceAround(toks, first, last, placeLimit) {
		return chunk{sent: si, first: first, last: last, entity: -1, isPlace: true}, true
	}
	// Drop leading words that only look capitalised because they start the
	// sentence or are function words.
	for first <= last {
		t := toks[first]
		if _, _, ok := c.titles.longestAt(x.t.raw, t.start, toks[last].end); ok {
			break
		}
		if _, _, ok := c.demonyms.longestAt(x.t.raw, t.start, toks[last].end); ok {
			break
		}
		if _, _, ok := c.places.longestAt(x.t.raw, t.start, placeLimit); ok {
			break
		}
		// A closed-class tag on a word outside the closed classes is the
		// tagger's mistake on a name ("Weaver/WDT didn't ...").
		mistagged := closedClassTags[t.tag] && !closedClassWords[t.lower]
		// A known first name before another name is one, whatever open
		// class the tagger gives it ("Carly/RB Fiorina"); "Will/MD Trump"
		// is a question.
		firstName := x.firstNameWord(t.text)
		mistagged = mistagged || firstName && first < last && !closedClassTags[t.tag] && t.tag != "NNP"
		// So is a word the tagger's model never saw before another
		// capitalised word, unless its ending is an English one
		// ("Xiong/RB Yiping/VBG said"; not "Nurturing/VBG South L.A.").
		mistagged = mistagged || first < last && x.unknownName(t)
		// So is a family name written first ("Oh Da-rim", "Oh/UH Da-rim").
		familyName := first < last && x.familyNameFirst(t.text, toks[first+1].text)
		mistagged = mistagged || familyName
		sentenceStart := first == 0 && t.tag != "NNP" && t.tag != "NNPS" && !mistagged
		// A leading word that never names a person ("March Rubio") is not
		// part of the name that follows it, unless a title follows it
		// ("NATO Secretary-General Mark Rutte": an affiliation).
		// Capitals with periods ("U.N.", "N.W.") stay, to make the whole
		// phrase no person's ("U.N. Women said").
		notName := first < last && c.notNames[x.fold(t.text)] && !x.titleAt(toks[first+1], toks[last].end) && !dottedInitials(t.text) && !familyName
		modifier := first < last && c.titleModifiers[x.fold(t.text)]
		// "Though Grassley ...", "Does Rubio ...": a function word
		// capitalised because it opens the sentence is no part of a name.
		common := first < last && (first == 0 || !toks[first-1].isWord()) && sentenceOpeners[t.lower] && !familyName
		if leadingNonNameTags[t.tag] && !mistagged || !t.isWord() || sentenceStart || notName || modifier || common || pronounContraction(t.lower) {
			first++
			continue
		}
		break
	}
	if first > last {
		return chunk{}, false
	}
	// "a man from Lady Lake": a title that opens a place's whole name is
	// the place's word.
	if _, _, title := c.titles.longestAt(x.t.raw, toks[first].start, toks[last].end); title && first < last {
		if end, _, ok := c.places.longestAt(x.t.raw, toks[first].start, placeLimit); ok && end >= toks[last].end {
			return chunk{sent: si, first: first, last: last, entity: -1, isPlace: true}, true
		}
	}
	var parts []chunkPart
	limit := toks[last].end
	for i := first; i <= last; {
		if end := x.nicknameEnd(toks, i); end > i {
			i = end + 1 // a nickname is no word of the name it sits in
			continue
		}
		t := toks[i]
		p := chunkPart{span: t.span, kind: partWord, tok: i, last: i}
		if end, v, ok := c.titles.longestAt(x.t.raw, t.start, limit); ok {
			p = chunkPart{span: span{t.start, end}, kind: partTitle, value: v, tok: i}
		} else {
			// A place's name may open with a demonym ("Saudi Arabia"):
			// the longer match is the part.
			placeEnd, placeValue, isPlace := c.places.longestAt(x.t.raw, t.start, placeLimit)
			isPlace = isPlace && !x.hyphenedToName(placeEnd)
			if end, v, ok := c.demonyms.longestAt(x.t.raw, t.start, limit); ok && (!isPlace || end >= placeEnd) {
				p = chunkPart{span: span{t.start, end}, kind: partDemonym, value: v, tok: i}
			} else if isPlace {
				p = chunkPart{span: span{t.start, placeEnd}, kind: partPlace, value: placeValue, tok: i}
			}
		}
		j := i
		for j+1 <= last && toks[j+1].start < p.end {
			j++
		}
		p.last = j
		parts = append(parts, p)
		i = j + 1
	}
	// A title after a first name and the words of a name is a surname
	// ("Stephen King", "Martin Luther King Jr."), when only suffixes
	// follow it; not with a link after it ("the Arjay and Frances Miller
	// Chair in Federal Economic Policy").
	linkAfter := last+1 < len(toks) && npLinks[toks[last+1].lower]
	for k := 1; k < len(parts) && !linkAfter; k++ {
		if parts[k].kind != partTitle || parts[k].tok != parts[k].last || !x.nameBefore(parts[:k]) || !suffixesOnly(x.t.raw, parts[k+1:]) {
			continue
		}
		parts[k] = chunkPart{span: toks[parts[k].tok].span, kind: partWord, tok: parts[k].tok, last: parts[k].tok}
	}
	ch := chunk{sent: si, first: first, last: last, entity: -1}
	// "in East Austin": a compass word and a place name a part of it, also
	// one no list holds ("North Lismore, South Lismore and Girards Hill"):
	// no one's first name is a compass word.
	if len(parts) == 2 && parts[0].kind == partWord && compassWords[toks[parts[0].tok].lower] && (parts[1].kind == partPlace || parts[1].kind == partWord) {
		ch.isPlace = true
		return ch, true
	}
	lastTitle := -1
	for k, p := range parts {
		if p.kind == partTitle && k < len(parts)-1 {
			lastTitle = k
		}
	}
	nameStart := lastTitle + 1
	if lastTitle < 0 {
		// No title: leading demonyms and places are an affiliation, but
		// for a place that is a first name before the rest of the name
		// ("Guadalupe Tsosie-Marquez").
		for nameStart < len(parts) && (parts[nameStart].kind == partDemonym || parts[nameStart].kind == partPlace) && !x.placeFirstName(parts, nameStart) {
			nameStart++
		}
	}
	affilEnd := min(firstTitle(parts), nameStart)
	for k := 0; k < nameStart; k++ {
		if p := parts[k]; p.kind == partTitle {
			ch.hasTitle = true
			ch.titleSpans = append(ch.titleSpans, span{p.start, p.end})
			info := c.titleInfo[p.value]
			if ch.titleRule == "" {
				ch.titleRule = info.Title
			}
			if info.Gender != "" {
				ch.gender = info.Gender
			}
			if !info.Courtesy {
				ch.titles = append(ch.titles, info.Title)
			}
			if k == lastTitle && info.GivenName {
				ch.givenNameTitle = info.Title
			}
		}
	}
	// The affiliation is what comes before the titles: a single demonym or
	// place is reported as the place's name ("Hungarian" -> Hungary),
	// anything longer as written ("European Commission").
	affiliation := ""
	if affilEnd > 0 {
		affiliation = span{parts[0].start, parts[affilEnd-1].end}.text(x.t.raw)
	}
	switch {
	case affilEnd == 1 && parts[0].kind != partWord:
		ch.placeAffiliation(c.placeInfo[parts[0].value])
	case affiliation != "" && !c.onlyLevels(affiliation):
		ch.affiliation = affiliation
	default:
		ch.affiliation = x.partyStateAfter(si, last)
		if ch.affiliation == "" {
			if pl, ok := x.placeOfAfter(si, last); ok {
				ch.placeAffiliation(pl) // "Sen. Ted Cruz of Texas"
			}
		}
	}
	if nameStart >= len(parts) {
		ch.isPlace = lastTitle < 0
		return ch, true
	}
	// A role or a word that opens a clause, capitalised at the front, is
	// no part of the name after it ("Actress Rosario Dawson", "Founder
	// Beverly Bond", "Whereas Clinton").
	for lastTitle < 0 && nameStart < len(parts)-1 && parts[nameStart].kind == partWord {
		w := strings.ToLower(parts[nameStart].text(x.t.raw))
		if !c.roles[w] && !c.clauseOpeners[w] {
			break
		}
		nameStart++
	}
	// Words before a known first name that no rule knows describe the
	// person or start the sentence ("Moderator Hugh Hewitt", "Did Donald
	// Trump"): the name starts at the first name.
	if lastTitle < 0 {
		for k := nameStart + 1; k < len(parts)-1; k++ {
			if _, ok := c.firstNames[x.fold(parts[k].text(x.t.raw))]; ok && parts[k].kind == partWord {
				if _, before := c.firstNames[x.fold(parts[nameStart].text(x.t.raw))]; !before {
					nameStart = k
				}
				break
			}
		}
	}
	// "Hurricane Katrina", "Tropical Storm Allison": a storm.
	for _, p := range parts[:len(parts)-1] {
		if p.kind == partWord && c.stormWords[x.fold(p.text(x.t.raw))] {
			ch.isOrg = true
		}
	}
	// "Gordon Fairweather KC": letters after the name are no part of it.
	nameEnd := len(parts)
	for nameEnd-1 > nameStart && parts[nameEnd-1].kind == partWord && c.postNominals[x.fold(parts[nameEnd-1].text(x.t.raw))] {
		nameEnd--
	}
	// A one-word place is a middle name after a known first name ("Marcus
	// Delano Greer"), before a last word the story never writes in lower
	// case ("Billy Casper Golf", a firm, writes of golf).
	_, knownFirst := c.firstNames[x.fold(parts[nameStart].text(x.t.raw))]
	placeMiddle := knownFirst && !x.usedInLowerCase(strings.ToLower(parts[nameEnd-1].text(x.t.raw)))
	for k, p := range parts[nameStart:nameEnd] {
		w := p.text(x.t.raw)
		// A last word that is also a one-word place or demonym is part of
		// the name (Mark Cuban); a title or a longer place is not.
		onePlace := p.tok == p.last && (p.kind == partDemonym || p.kind == partPlace)
		// After a title, so is a first word that is a one-word place
		// before another word ("Rep. Alexandria Ocasio-Cortez", "Mayor
		// London Breed").
		firstAfterTitle := k == 0 && lastTitle >= 0 && nameStart+1 < nameEnd && parts[nameStart+1].kind == partWord
		// So is a middle word, as placeMiddle allows, and a first word
		// that is a first name ("Guadalupe Tsosie-Marquez").
		middle := k > 0 && k < nameEnd-nameStart-1 && placeMiddle
		firstName := k == 0 && x.placeFirstName(parts, nameStart)
		// So is the one word after a courtesy title ("Mr. Stroud", "Ms.
		// Fitzgibbon"), which only a person has.
		afterCourtesy := k == 0 && lastTitle >= 0 && nameEnd-nameStart == 1 && c.titleInfo[parts[lastTitle].value].Courtesy
		nameLike := p.kind == partWord || onePlace && (k > 0 && k == nameEnd-nameStart-1 || firstAfterTitle || middle || firstName || afterCourtesy)
		// Capitals name a body ("NATO", "FBI"), unless they are a
		// person's initials opening the name ("J.D. Vance", "A.J.
		// Smith"; "JD Vance" only after a title, as "BP Amoco" is none).
		initials := k == 0 && nameStart+1 < nameEnd && (dottedInitials(w) || lastTitle >= 0 && utf8.RuneCountInString(w) == 2)
		// After a title, a word of not_names may open the name ("South
		// Korean President Park Geun-hye"); it still ends none ("Judge
		// Hall"), nor opens one whose later words the story writes in
		// lower case ("Queen Street Practice").
		// So may a family name written first ("Park Ji-min").
		familyName := k == 0 && nameStart+1 < nameEnd && x.familyNameFirst(w, parts[nameStart+1].text(x.t.raw))
		notName := c.notNames[x.fold(w)] && !familyName && !(lastTitle >= 0 && nameStart+k < nameEnd-1 && !slices.ContainsFunc(parts[nameStart+k+1:nameEnd], func(p chunkPart) bool {
			return x.usedInLowerCase(strings.ToLower(p.text(x.t.raw)))
		}))
		if !nameLike || notName || isAllCaps(w) && utf8.RuneCountInString(w) > 1 && !(k > 0 && regnalNumber(w)) && !initials {
			ch.isOrg = true
		}
		// An initial's period ("Conrad J. Vellacourt"), which the
		// tokenizer splits off, is no word of the name.
		if nameLike && w != "." {
			ch.nameWords = append(ch.nameWords, w)
		}
		// "Jeb Can Fix It", "Make America Great Again": a pronoun or an
		// auxiliary after the first word makes a slogan or a title, no
		// name ("Will" and "May" name people, so modals that are names
		// are not in clauseWords).
		if k > 0 && clauseWords[strings.ToLower(w)] {
			return chunk{}, false
		}
		// "the Justice Against Sponsors of Terrorism Act": a function
		// word that title case capitalises opens no name after a title.
		if k == 0 && lastTitle >= 0 && (titleCaseLower[strings.ToLower(w)] || titleCaseCapitalised[strings.ToLower(w)]) {
			return chunk{}, false
		}
	}
	// "the Daily Beast reported": no person's name follows "the" unless a
	// title does ("the former Sen. Jim Webb") or the name only modifies
	// a noun ("the Obama administration").
	if lastTitle < 0 && first > 0 && toks[first-1].lower == "the" && !(last+1 < len(toks) && (toks[last+1].tag == "NN" || toks[last+1].tag == "NNS")) {
		ch.isOrg = true
	}
	if len(parts) == 1 && organisationNameHead(toks, first) >= 0 {
		ch.isOrg = true
	}
	// "Barnes & Noble", "Stevens & Wilkinson", "Helen & Douglas House": an
	// ampersand joins the names of a firm, unless a name is a person's by
	// its title or first name ("Rudy Giuliani & Sen. Jeff Sessions").
	ampersand := slices.ContainsFunc(toks[first:last+1], func(t token) bool { return t.text == "&" })
	if len(ch.nameWords) > 0 && (ampersand || first > 0 && toks[first-1].text == "&" || last+1 < len(toks) && toks[last+1].text == "&") {
		_, firstName := c.firstNames[x.fold(ch.nameWords[0])]
		if !ch.hasTitle && (len(ch.nameWords) < 2 || !firstName) {
			ch.isOrg = true
		}
	}
	// "White House press secretary Karine Jean-Pierre": a title in lower
	// case right before the name, as AP style writes a job, is one too.
	// Its gender is not taken ("Trump spokesman Hope Hicks"), a place or
	// else a name before it is the affiliation ("former Florida governor
	// Jeb Bush", "Amazon spokeswoman Jane Doe"), and a headline's words may
	// be verbs ("to host Bikefest").
	if lastTitle < 0 && !ch.isOrg && toks[last].tag == "NNP" && !x.paras[x.sents[si].para].headline {
		if v, at, ok := x.lowerTitleBefore(toks, first); ok && !c.titleInfo[v].Courtesy {
			info := c.titleInfo[v]
			ch.hasTitle, ch.titleRule, ch.titles = true, info.Title, append(ch.titles, info.Title)
			if ch.affiliation == "" {
				if pl, ok := x.placeEndingAt(toks, at-1); ok {
					ch.placeAffiliation(pl)
				} else if f, ok := x.properNounRunEndingAt(toks, at-1); ok {
					ch.affiliation = x.t.raw[toks[f].start:toks[at-1].end] // "Amazon spokeswoman Jane Doe"
				}
			}
		}
	}
	ch.nameFirst = parts[nameStart].tok
	ch.name = span{parts[nameStart].start, parts[nameEnd-1].end}
	// An initial before the first name is the name's own, though the name's
	// words start at the first name ("S. Donald Sussman").
	initial := ""
	if nameStart >= 2 {
		initial = parts[nameStart-2].text(x.t.raw)
	}
	if nameStart >= 2 && lastTitle < nameStart-2 && parts[nameStart-1].text(x.t.raw) == "." && isInitialWord(initial) && unicode.IsUpper(firstRune(initial)) {
		ch.nameFirst = parts[nameStart-2].tok
		ch.name.start = parts[nameStart-2].start
	}
	ch.partyCode = x.partyCodeAfter(toks, parts[nameEnd-1].tok)
	return ch, true
}

// partyCodeAfter returns the upper-case code of a party tag right after
// the name ending at toks[last], past "(" or a comma ("R" of "(R-Tenn.)",
// "D" of ", D-N.Y.,"), or "".
func (x *docState) partyCodeAfter(toks []token, last int) string {
	if last+2 >= len(toks) || toks[last+1].text != "(" && toks[last+1].text != "," || !x.partyTag(toks[last+2]) {
		return ""
	}
	party, _, _ := strings.Cut(toks[last+2].text, "-")
	return strings.ToUpper(party)
}

// maxOrganisationName is how many tokens back organisationNameHead looks
// for the start of the name.
const maxOrganisationName = 8

// organisationNameHead returns, when the word at toks[first] is the last
// of a name joined by "and" whose earlier words hold "of" or "for" ("the
// Centers for Disease Control and Prevention", "the National Academies
// of Sciences, Engineering and Medicine": a body's name, not a person's
// like "Clinton and Sanders"), the index of the word before that "of" or
// "for" ("Department" of "the Michigan Department of Labor and Economic
// Opportunity"); else -1.
func organisationNameHead(toks []token, first int) int {
	if first < 2 || toks[first-1].lower != "and" && toks[first-1].text != "&" || !toks[first-2].isCapitalised() {
		return -1
	}
	for k := first - 3; k >= 0 && k >= first-maxOrganisationName; k-- {
		switch t := toks[k]; {
		case (t.lower == "of" || t.lower == "for") && k > 0 && toks[k-1].isCapitalised():
			return k - 1
		case !t.isCapitalised() && t.text != ",":
			return -1
		}
	}
	return -1
}

// titleAt reports whether a title starts at token t.
func (x *docState) titleAt(t token, limit int) bool {
	_, _, ok := x.c.titles.longestAt(x.t.raw, t.start, limit)
	return ok
}

func firstTitle(parts []chunkPart) int {
	for k, p := range parts {
		if p.kind == partTitle {
			return k
		}
	}
	return len(parts)
}

// dottedInitials reports whether s is two capitals, each with its period
// ("J.D."). Three are as often a firm's ("F.A.O. Schwarz") as a person's.
func dottedInitials(s string) bool {
	return len(s) == 4 && isUpperASCII(s[0]) && s[1] == '.' && isUpperASCII(s[2]) && s[3] == '.'
}

func isAllCaps(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters > 0
}

// personEntity is one person across the document.
type personEntity struct {
	variants []string
	firstKey string
	lastKey  string
	// otherLastKeys are the last names of the person's other full names
	// ("Volodymyr Zelenskyy" of Volodymyr Zelensky).
	otherLastKeys []string
	// innerKeys are the folded words of its full names before their last
	// ("xi" of "Xi Jinping"): see personByInnerName.
	innerKeys   []string
	titles      []string
	affiliation string
	affCountry  string
	// party is the code of the first party tag after one of the person's
	// names (see chunk.partyCode).
	party  string
	gender string
	// genderGuessed marks a gender taken from the first name alone
	// ("Keith"), which a courtesy title may overrule ("Ms. Claussen").
	genderGuessed bool
	rule          int // index into the people rules, -1 when none
	// found is the rule that first recognised the person ("titles:President",
	// "people:first-names"), reported as provenance.
	found    string
	mentions []personMention
	// described holds the head nouns the text describes the person with
	// ("billionaire Donald Trump", "Ben Carson, a retired neurosurgeon"),
	// each with the offset of its first use: "the billionaire" after it
	// names the person.
	described map[string]int
}

// lastMentionBefore returns the start of the person's last mention, in
// the order they were found, that starts before pos; -1 when none does.
func (p *personEntity) lastMentionBefore(pos int) int {
	at := -1
	for _, m := range p.mentions {
		if m.start < pos {
			at = m.start
		}
	}
	return at
}

type personMention struct {
	span
	sent    int
	nominal bool
}

// nameKeys returns the folded first and last name of a full name, the
// last name without suffixes such as Jr.
func (x *docState) nameKeys(words []string) (first, last string) {
	var ws []string
	for i, w := range words {
		// "al-Assad" and "Assad" are one name.
		if rest := articlePrefixed(w); rest != "" {
			w = rest
		}
		k := x.fold(w)
		if dottedInitials(w) {
			k = strings.ReplaceAll(k, ".", "") // "J.D. Vance" is "JD Vance"
		}
		if k == "" || nameSuffixes[k] || i > 0 && regnalNumber(w) {
			continue
		}
		ws = append(ws, k)
	}
	if len(ws) == 0 {
		return "", ""
	}
	if len(ws) == 1 {
		return "", ws[0]
	}
	last = ws[len(ws)-1]
	// "Ursula von der Leyen": the particles belong to the last name.
	for i := len(ws) - 2; i > 0 && nameParticles[ws[i]]; i-- {
		last = ws[i] + " " + last
	}
	return ws[0], last
}

var nameSuffixes = map[string]bool{"jr": true, "sr": true, "ii": true, "iii": true, "iv": true}

// regnalNumber reports whether w is a Roman numeral in capitals, as after
// a name ("Charles III", "Benedict XVI").
func regnalNumber(w string) bool { return w != "" && romanNumeral.MatchString(w) }

var romanNumeral = regexp.MustCompile(`^X{0,3}(IX|IV|V?I{0,3})$`)

// nameBefore reports whether parts, past any titles, are the words of a
// name that opens with a first name the rules know ("The Rev. Martin
// Luther").
func (x *docState) nameBefore(parts []chunkPart) bool {
	for len(parts) > 0 && parts[0].kind == partTitle {
		parts = parts[1:]
	}
	for _, p := range parts {
		if p.kind != partWord {
			return false
		}
	}
	if len(parts) == 0 {
		return false
	}
	_, ok := x.c.firstNames[x.fold(parts[0].text(x.t.raw))]
	return ok
}

// suffixesOnly reports whether parts are name suffixes ("Jr.", "III").
func suffixesOnly(raw string, parts []chunkPart) bool {
	for _, p := range parts {
		w := p.text(raw)
		if p.kind != partWord || !nameSuffixes[strings.ToLower(strings.TrimSuffix(w, "."))] && !regnalNumber(w) {
			return false
		}
	}
	return true
}

func compatibleFirst(a, b string) bool {
	if a == "" || b == "" || a == b {
		return true
	}
	return len(a) == 1 && strings.HasPrefix(b, a) || len(b) == 1 && strings.HasPrefix(a, b)
}

// onlyLevels reports whether every word of s says a title's level
// ("County", "State District"): no affiliation.
func (c *compiled) onlyLevels(s string) bool {
	words := strings.Fields(s)
	for _, w := range words {
		if !c.titleLevels[foldName(w)] {
			return false
		}
	}
	return len(words) > 0
}
