package extract

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsfacts/extract/schema"
)

// candidate is a phrase of a sentence that can be a quote's speaker.
type candidate struct {
	first, last int // token indices, inclusive
	mention     span
	kind        string // person, organisation, pronoun, nominal
	entity      int    // person index, -1 when none
	resolvedBy  string
	pronoun     string // lower-case pronoun, for kind pronoun
	object      bool   // follows an object marker ("to", "with", "told")
	objectOf    string // the marker it follows, lower case
	possessive  bool   // followed by 's
	subordinate bool   // right after a subordinator ("that Rubio recites"): a clause's subject
	subjectOnly bool   // a noun phrase found before a verb that is no cue: only SUBJECT takes it
	// speechPossessor marks the possessor of a speech noun that cues a
	// quote ("her remark that"): it speaks though it is a possessive,
	// even after a preposition ("over her remark").
	speechPossessor bool
	// speakerKind is the schema's speaker kind when no person resolves
	// the candidate ("organisation", "group", "unnamed"), and affiliation
	// what the phrase links it to ("Clinton" in "a spokesman for Clinton").
	speakerKind string
	affiliation span
	// adjacentOnly marks a phrase found only because it stands next to a
	// cue ("the ministry said"): it can speak only from there.
	adjacentOnly bool
	// participle is the index of the participle that describes the
	// phrase's head ("The union representing machinists"), 0 when none:
	// a name after it is inside the phrase.
	participle int
	// name is what a speaker with no person is called: the phrase itself,
	// or for a relative pronoun the phrase it stands for.
	name string
}

var determiners = map[string]bool{"the": true, "a": true, "an": true, "his": true, "her": true, "their": true, "its": true}

// noToken is the token of an element that is not one; it is only read.
var noToken token

// element is one step of a sentence as patterns see it: a token, a
// speaker candidate, or a whole quotation.
type element struct {
	tok   int    // token index, or -1
	cand  int    // candidate index, or -1
	quote int    // quote index, or -1
	token *token // the token (noToken for a quote or candidate): a pointer keeps elements small
	cue   bool   // the token is a speech verb used as a verb
}

type attribution struct {
	speaker *schema.Speaker
	cue     span
}

// isCue reports whether a token is a speech verb used as a verb: tagged as
// one, or an inflected form that is not a plural noun ("said", "calling").
func (x *docState) isCue(t token) bool {
	lemma, ok := x.c.cues[t.lower]
	if !ok || t.tag == "NNP" || t.tag == "NNPS" {
		return false
	}
	return strings.HasPrefix(t.tag, "VB") || t.lower != lemma && !strings.HasSuffix(t.lower, "s")
}

// cueAt is isCue with the token's neighbours: a third-person form the
// tagger took for a plural noun is a verb after a name or pronoun
// ("Viguerie notes.") or before a colon that ends the sentence.
func (x *docState) cueAt(toks []token, i int) bool {
	if i > 0 && toks[i].isCapitalised() {
		return false // "the United States": a name, not "states"
	}
	if x.nounCompound(toks, i) || x.infinitiveAfter(toks, i) || x.pluralNounAfterName(toks, i) {
		return false
	}
	if x.isCue(toks[i]) || x.particleAfter(toks, i) {
		return true
	}
	// '"...," agrees Michelle Stevens': an inverted cue right after a
	// quotation that opens the sentence cues it, even when it is no speech
	// verb elsewhere.
	if i > 0 && x.c.invertedCues[toks[i].lower] && x.quoteOpensSentenceEndingAt(toks[i-1], ",?!") {
		return true
	}
	if _, ok := x.c.cues[toks[i].lower]; !ok || i == 0 {
		return false
	}
	prev := toks[i-1].tag
	// Right after a quotation a speech verb opens its attribution
	// ('"...," agrees Michelle Stevens'); "the two write" has a
	// quantifier for its subject.
	afterNoun := prev == "NNP" || prev == "PRP" || prev == "NN" || x.isMarkToken(toks[i-1]) || quantifierHeads[toks[i-1].lower]
	if strings.HasSuffix(toks[i].lower, "s") {
		// Between a quotation and a verb it is a plural noun, the subject
		// ("Trump's “divisive” comments do not"); after a noun the verb may
		// be the clause's ("a trend that the foundation predicts will").
		if x.isMarkToken(toks[i-1]) && i+1 < len(toks) && toks[i+1].isWord() && finiteVerbTags[toks[i+1].tag] {
			return false
		}
		// A colon ending the sentence right after it makes it the verb
		// that introduces what follows ("McCrummen reports:", "as the
		// Heritage Foundation website notes:").
		return afterNoun || i+2 == len(toks) && toks[i+1].text == ":"
	}
	// A cue the tagger took for a noun after a noun, closing the clause
	// ("the email read.", "one sign read, ...").
	if afterNoun && i+1 < len(toks) && (toks[i+1].text == "." || toks[i+1].text == "," || toks[i+1].text == ":") {
		return true
	}
	// A base form right after a plural subject or a pronoun that takes
	// it is its verb ("They state their goal", "the authors argue in the
	// paper", "the Saudis state in the white paper"), unless a noun
	// follows it as in a compound ("the voters state party").
	pluralName := prev == "NNP" && i >= 2 && toks[i-2].lower == "the" && strings.HasSuffix(toks[i-1].text, "s")
	subject := prev == "NNS" || prev == "NNPS" || pluralName || baseFormPronouns[toks[i-1].lower] || pluralSourceBefore(toks, i)
	return subject && i+1 < len(toks) && !nounTags[toks[i+1].tag]
}

// maxSourceComplement is the most tokens after a source adjective's
// preposition before the verb ("close to the president").
const maxSourceComplement = 5

// pluralSourceBefore reports whether a plural noun described by a source
// adjective ends right before toks[i]: "People close to the president say".
func pluralSourceBefore(toks []token, i int) bool {
	for j := i - 3; j >= 1 && j >= i-2-maxSourceComplement; j-- {
		if sourceAdjectives[toks[j].lower] == toks[j+1].lower {
			return toks[j-1].tag == "NNS" || toks[j-1].tag == "NNPS"
		}
	}
	return false
}

// baseFormPronouns are the subject pronouns a verb's base form follows
// ("they state", "I argue").
var baseFormPronouns = map[string]bool{"they": true, "we": true, "i": true, "you": true}

// infinitiveAfter reports whether an infinitive follows an aspectual cue
// at toks[i] ("Rubio will continue to be"): it says what someone goes on
// doing, not what they say.
func (x *docState) infinitiveAfter(toks []token, i int) bool {
	return x.c.aspectualCues[toks[i].lower] && i+2 < len(toks) && toks[i+1].lower == "to" && toks[i+2].tag == "VB"
}

// nounCompound reports whether a speech verb's base form stands between a
// singular noun or adjective and a noun, where it is a noun of a compound
// the tagger took for a verb ("the private server email/VB story").
func (x *docState) nounCompound(toks []token, i int) bool {
	if i == 0 || i+1 >= len(toks) || toks[i].tag != "VB" || x.c.cues[toks[i].lower] != toks[i].lower {
		return false
	}
	prev, next := toks[i-1].tag, toks[i+1].tag
	return (prev == "NN" || prev == "JJ") && (next == "NN" || next == "NNS")
}

// pluralNounAfterName reports whether toks[i] is a cue form that a
// capitalised word before it makes a plural noun ("the Gulf states",
// "Western states"), with no "that" or colon after it as a verb would
// have ("Trump states that").
func (x *docState) pluralNounAfterName(toks []token, i int) bool {
	if !x.c.pluralNounCues[toks[i].lower] || i == 0 || !toks[i-1].isCapitalised() {
		return false
	}
	return i+1 >= len(toks) || toks[i+1].lower != "that" && toks[i+1].text != ":"
}

// particleAfter reports whether toks[i] is a verb whose particle follows
// it ("shot back", "went on").
func (x *docState) particleAfter(toks []token, i int) bool {
	particles, ok := x.c.particleCues[toks[i].lower]
	if !ok || i+1 >= len(toks) || !slices.Contains(particles, toks[i+1].lower) {
		return false
	}
	// The tagger often calls the verb a noun ("Trump shot/NN back");
	// after a name or pronoun it is a verb all the same.
	return strings.HasPrefix(toks[i].tag, "VB") || i > 0 && (toks[i-1].tag == "NNP" || toks[i-1].tag == "PRP" || toks[i-1].tag == "NN" || toks[i-1].tag == "NNS")
}

// cueSpan is the span of the cue at els[cue], with its particle when it has
// one.
func (x *docState) cueSpan(els []element, cue int) span {
	sp := els[cue].token.span
	if particles, ok := x.c.particleCues[els[cue].token.lower]; ok && cue+1 < len(els) && els[cue+1].tok >= 0 &&
		slices.Contains(particles, els[cue+1].token.lower) {
		sp.end = els[cue+1].token.end
	}
	return sp
}

// candidates lists the possible speakers of a sentence in token order.
func (x *docState) candidates(si int) []candidate {
	s := x.sents[si]
	toks := s.tokens
	var out []candidate
	taken := make([]bool, len(toks))
	// A dateline ("WASHINGTON, Aug. 24 (UPI) —") names no speaker.
	for k := range x.datelineEnd(si) {
		taken[k] = true
	}
	add := func(c candidate) {
		for i := c.first; i <= c.last; i++ {
			if taken[i] {
				return
			}
		}
		for i := c.first; i <= c.last; i++ {
			taken[i] = true
		}
		// A preposition or verb before the phrase, past any determiner
		// ("in the European Union"), makes it an object.
		for k := c.first - 1; k >= 0; k-- {
			// "where about 50 protesters had gathered": before a number,
			// "about" qualifies it and governs nothing.
			if determiners[toks[k].lower] || approximations[toks[k].lower] && toks[k+1].tag == "CD" {
				continue
			}
			c.object = x.c.objectMarkers[toks[k].lower] || x.verbObject(toks, k) || x.participleAgent(toks, k)
			c.subordinate = x.c.subordinators[toks[k].lower]
			if c.object {
				c.objectOf = toks[k].lower
			}
			break
		}
		// A pronoun before 's is a contraction ("he's said"), never a
		// possessive.
		if c.last+1 < len(toks) && c.kind != "pronoun" {
			next := toks[c.last+1].lower
			c.possessive = next == "'s" || next == "\u2019s" || next == "'"
		}
		out = append(out, c)
	}
	// Noun phrases next to cues ("the Gawker employee wrote", "said one
	// New Hampshire Democrat") win over a name inside them unless the name
	// is their head ("former Gov. Jim Doyle").
	var nps []candidate
	cue := make([]bool, len(toks))
	for i := range toks {
		cue[i] = x.cueAt(toks, i)
	}
	for i := range toks {
		if cue[i] {
			if np, ok := x.nounPhraseBefore(si, i); ok {
				if whole, ok := x.describedByParticiple(si, np); ok {
					np = whole
				}
				nps = append(nps, np)
			}
			if np, ok := x.nounPhraseAfter(si, i); ok {
				nps = append(nps, np)
			}
		}
		// '"...," an intelligence source, who was not authorized to
		// speak, told Fox News': a phrase set off by commas right after
		// a quotation that ends in a comma, question or exclamation mark
		// opens its attribution.
		if i > 0 && (x.isMarkToken(toks[i-1]) || toks[i-1].text == "'") && x.closesOpeningQuote(si, toks[i-1], ",?!") {
			if np, ok := x.nounPhraseFrom(si, i); ok && np.last+1 < len(toks) && toks[np.last+1].text == "," && !slices.Contains(cue[i:np.last+1], true) {
				np.adjacentOnly = false
				nps = append(nps, np)
			}
		}
		// "A letter obtained by The Associated Press warns": the phrase
		// a participle describes speaks, not the participle's agent.
		if x.participleAgent(toks, i) {
			if np, ok := x.nounPhraseBefore(si, i-1); ok {
				np.adjacentOnly = false
				nps = append(nps, np)
			}
		}
		// "According to his longtime personal physician, ...": the
		// phrase after the cue is the source.
		if i+1 < len(toks) && toks[i].lower == "according" && toks[i+1].lower == "to" {
			if np, ok := x.nounPhraseFrom(si, i+2); ok {
				nps = append(nps, np)
			}
		}
	}
	// A subject phrase with a link ("A spokesman for Platte River
	// declined ... but said") holds the name after the link: that name
	// is not the subject.
	for i := range toks {
		if finiteVerbTags[toks[i].tag] && toks[i].isWord() && !cue[i] {
			if np, ok := x.nounPhraseBefore(si, i); ok && hasLink(toks[np.first:np.last+1]) {
				np.subjectOnly = true
				nps = append(nps, np)
			}
		}
	}
	// A name after a link is the phrase's affiliation, not its head ("a
	// spokesman for Hillary Clinton").
	linked := func(np candidate, ch chunk) bool {
		for k := ch.first - 1; k >= np.first; k-- {
			if npLinks[toks[k].lower] {
				return true
			}
			// "ONS director of economic statistics Liz McKeown": a noun
			// in lower case before the name that is no role (unlike "a
			// spokesman for presidential candidate Hillary Clinton") ends
			// the link's phrase, and the name heads the whole.
			if headNounTags[toks[k].tag] && toks[k].isWord() && !toks[k].isCapitalised() && !x.c.roles[toks[k].lower] {
				return false
			}
		}
		return false
	}
	// A person before the phrase's link heads it ("Senator Chris Murphy
	// of Connecticut, who ..., said"): the person speaks, unless a person
	// follows the link ("Secretary of State Hillary Clinton").
	headsLinked := func(np candidate, ch chunk) bool {
		if ch.entity < 0 || ch.last >= np.last || !npLinks[toks[ch.last+1].lower] || linked(np, ch) {
			return false
		}
		for _, other := range x.chunks[si] {
			if other.entity >= 0 && other.first > ch.last && other.last <= np.last {
				return false
			}
		}
		return true
	}
	insideNP := func(ch chunk) bool {
		for _, np := range nps {
			if np.first <= ch.first && ch.last <= np.last && (ch.last < np.last || ch.entity < 0 || linked(np, ch) || np.participle > 0 && ch.first > np.participle) && !headsLinked(np, ch) {
				return true
			}
		}
		return false
	}
	// A person heading a noun phrase takes in its modifiers ("former Obama
	// adviser David Axelrod").
	npStart := func(ch chunk) int {
		first := x.premodifierStart(si, ch.first)
		for _, np := range nps {
			if np.last == ch.last && np.first < first {
				first = np.first
			}
		}
		return first
	}
	for _, ch := range x.chunks[si] {
		parenthetical := ch.first > 0 && toks[ch.first-1].text == "("
		if x.insideQuote(toks[ch.first].span) || ch.name.empty() && !ch.isOrg || insideNP(ch) || parenthetical {
			continue
		}
		if x.allDateWords(toks[ch.first : ch.last+1]) {
			continue // "on Friday described": a date, not a speaker
		}
		var c candidate
		switch {
		case ch.entity >= 0:
			c = candidate{first: npStart(ch), last: ch.last, mention: ch.name, kind: "person", entity: ch.entity, resolvedBy: schema.ByExplicit}
		case ch.isOrg || !ch.isPlace:
			// A name used as a modifier ("a Twitter comment") is no
			// speaker; before a cue the tagger took for a noun it is one
			// ("The New York Times reports:").
			if ch.last+1 < len(toks) && (toks[ch.last+1].tag == "NN" || toks[ch.last+1].tag == "NNS") && !x.cueAt(toks, ch.last+1) {
				continue
			}
			kind := schema.SpeakerOrganisation
			if !ch.isOrg || ch.first == ch.last && toks[ch.first].tag == "NNPS" {
				kind = x.phraseKind(toks, ch.first, ch.last) // "Democrats": a group
			}
			c = candidate{first: ch.first, last: ch.last, mention: span{toks[ch.first].start, toks[ch.last].end}, kind: "organisation", entity: -1, resolvedBy: schema.ByExplicit, speakerKind: kind}
		default:
			continue
		}
		if np, ok := x.possessedPhrase(si, c); ok {
			c = np
		}
		add(c)
	}
	// A nominal after the head of a phrase next to a cue is its
	// complement ("A spokesman for the president said", "people close to
	// the president say"), not the speaker.
	// So is a possessor inside one ("The governor's office said").
	complement := func(nm nominal) bool {
		for _, np := range nps {
			if np.first < nm.first && nm.last <= np.last || np.first <= nm.first && nm.last < np.last && isPossessiveMarker(toks[nm.last+1].lower) {
				return true
			}
		}
		return false
	}
	for _, nm := range x.nominals {
		if nm.sent == si && !complement(nm) {
			add(candidate{first: nm.first, last: nm.last, mention: nm.span, kind: "nominal", entity: nm.entity, resolvedBy: nm.resolvedBy, speakerKind: x.phraseKind(toks, nm.first, nm.last)})
		}
	}
	for i, t := range toks {
		// "We've", "I'd": the tokenizer leaves these contractions whole.
		pronoun := t.lower
		if k := strings.IndexAny(pronoun, "'\u2019"); k > 0 {
			pronoun = pronoun[:k]
		}
		// "her ads asking": a possessive that opens a phrase next to a
		// cue leaves the phrase to speak.
		if _, ok := x.c.pronouns[pronoun]; ok && !x.insideQuote(t.span) && !opensPhrase(nps, i) {
			add(candidate{first: i, last: i, mention: t.span, kind: "pronoun", entity: -1, resolvedBy: schema.ByPronoun, pronoun: pronoun})
		}
	}
	for i := range toks {
		p := x.speechNounPossessor(toks, i)
		if p < 0 || x.insideQuote(toks[i].span) {
			continue
		}
		if pronoun, ok := x.c.possessives[toks[p].lower]; ok {
			add(candidate{first: p, last: p, mention: toks[p].span, kind: "pronoun", entity: -1, resolvedBy: schema.ByPronoun, pronoun: pronoun, speechPossessor: true})
			continue
		}
		for ci := range out {
			if out[ci].last == p {
				out[ci].speechPossessor = true
			}
		}
	}
	for _, np := range nps {
		add(np)
	}
	// "Mr. Scott, who has called ...", "it was Obama who pressed", "said
	// one Democrat familiar with the discussion, who added": the relative
	// pronoun speaks for the name or phrase before it.
	for i, t := range toks {
		// ", which" stands for a phrase too ("the Daily Beast, which ran
		// ..."); without the comma it is more often a determiner.
		relative := t.lower == "who" || t.lower == "which" && i > 0 && toks[i-1].text == ","
		if !relative || i < 1 || x.insideQuote(t.span) {
			continue
		}
		if c, ok := relativeAntecedent(toks, i, out); ok {
			add(candidate{first: i, last: i, mention: t.span, kind: "relative", entity: c.entity, resolvedBy: schema.ByPronoun, name: c.mention.text(x.t.raw),
				speakerKind: c.speakerKind, affiliation: c.affiliation})
		}
	}
	// A noun phrase before a finite verb is a subject ("The complaint
	// alleged ...", "a federal judge determined ..."); it may speak only
	// through the SUBJECT slot, so that it never outbids a name nearer a
	// cue.
	for i := range toks {
		if finiteVerbTags[toks[i].tag] && toks[i].isWord() && !cue[i] {
			if np, ok := x.nounPhraseBefore(si, i); ok {
				np.subjectOnly = true
				add(np)
			}
		}
	}
	sortCandidates(out)
	return out
}

// maxDateline is the most tokens a dateline takes before its dash.
const maxDateline = 12

// datelineEnd returns how many tokens open sentence si as a wire dateline:
// a place in capitals, then maybe a date and an agency in parentheses,
// then a dash ("WASHINGTON —", "NEW YORK, Aug. 24 (UPI) —"), at the start
// of a paragraph. 0 when there is none.
func (x *docState) datelineEnd(si int) int {
	if si > 0 && x.sents[si-1].para == x.sents[si].para {
		return 0
	}
	toks := x.sents[si].tokens
	if len(toks) == 0 || !toks[0].isWord() || !isAllCaps(toks[0].text) || utf8.RuneCountInString(toks[0].text) < 2 {
		return 0
	}
	inParens := false
	for k, t := range toks {
		if k > maxDateline {
			break
		}
		switch {
		case t.text == "(":
			inParens = true
		case t.text == ")":
			inParens = false
		case t.text == "—" || t.text == "―" || t.text == "--" || t.text == "-":
			if k == 0 {
				return 0
			}
			return k + 1
		case inParens || !t.isWord() || isAllCaps(t.text) || t.tag == "CD" || x.c.dateWords[t.lower]:
		default:
			return 0
		}
	}
	return 0
}

// describedByParticiple extends np, the phrase right before a cue, to the
// phrase a participle before it describes: "The union representing
// machinists said" is the union's, not the machinists'. The head stays
// the described phrase's.
func (x *docState) describedByParticiple(si int, np candidate) (candidate, bool) {
	toks := x.sents[si].tokens
	v := np.first - 1
	if v < 1 || toks[v].tag != "VBG" || x.cueAt(toks, v) {
		return candidate{}, false
	}
	head, ok := x.nounPhraseBefore(si, v)
	if !ok || head.last != v-1 {
		return candidate{}, false
	}
	head.last = np.last
	head.mention.end = np.mention.end
	head.participle = v
	return head, true
}

// opensPhrase reports whether one of the noun phrases nps starts with its
// determiner at token i and goes on past it.
func opensPhrase(nps []candidate, i int) bool {
	for _, np := range nps {
		if np.first == i && np.last > i {
			return true
		}
	}
	return false
}

// possessedPhrase extends the name candidate c over the noun phrase it
// possesses ("Ryan's campaign", "Ms. Merkel's spokesman", "Trump's
// accusation"), so that the phrase can speak. A phrase of people or of an
// organisation (a plural, an organisation noun, a role the rules know)
// speaks for itself, affiliated to the name; any other phrase holds the
// name's own words ("Clinton's response was: ...").
func (x *docState) possessedPhrase(si int, c candidate) (candidate, bool) {
	toks := x.sents[si].tokens
	marker := c.last + 1
	if marker+1 >= len(toks) || !isPossessiveMarker(toks[marker].lower) || npDeterminers[toks[marker+1].lower] {
		return candidate{}, false
	}
	np, ok := x.nounPhraseFrom(si, marker+1)
	if !ok || x.speechNounPossessor(toks, np.last) == c.last {
		return candidate{}, false
	}
	head := toks[np.last]
	if x.possessableHead(head) {
		whole, ok := x.nounPhrase(si, c.first, np.last)
		if !ok {
			return candidate{}, false
		}
		whole.adjacentOnly = false
		whole.affiliation = c.mention
		whole.speakerKind = x.phraseKind(toks, marker+1, np.last)
		return whole, true
	}
	// Only as a subject or an announcement ("Clinton's response was",
	// "Trump's accusation that", "Bush's post:"): elsewhere ("seen as
	// Putin's closest ally") the phrase says nothing.
	if np.last+1 >= len(toks) || !strings.HasPrefix(toks[np.last+1].tag, "VB") && toks[np.last+1].lower != "that" && toks[np.last+1].text != ":" {
		return candidate{}, false
	}
	c.last = np.last
	c.mention.end = head.end
	return c, true
}

// possessableHead reports whether a possessed phrase with head t speaks as
// its possessor's own: people ("Clinton's advisers"), an organisation
// ("Paul Ryan's campaign") or a role ("Ms. Merkel's spokesman").
func (x *docState) possessableHead(t token) bool {
	return t.tag == "NNS" || t.tag == "NNPS" || x.c.orgNouns[t.lower] || x.c.nominals[t.lower] != nil
}

func isPossessiveMarker(s string) bool {
	return s == "'s" || s == "\u2019s" || s == "'" || s == "\u2019"
}

// maxRelativeReach is how many tokens may separate "who" from the phrase
// it stands for ("Sen. Marco Rubio of Florida, who mused").
const maxRelativeReach = 6

// relativeAntecedent finds the phrase the "who" at toks[i] stands for:
// the nearest candidate ending before it, past a comma, a dash or a
// phrase that describes it, but never past a verb (in "critics say Trump
// is wrong, who ..." no phrase is near enough).
func relativeAntecedent(toks []token, i int, cands []candidate) (candidate, bool) {
	for k := i - 1; k >= 0 && k >= i-maxRelativeReach; k-- {
		for _, c := range cands {
			if c.last == k && c.kind != "pronoun" {
				return c, true
			}
		}
		if strings.HasPrefix(toks[k].tag, "VB") || toks[k].tag == "MD" || isQuoteMark(toks[k].text) {
			break
		}
	}
	return candidate{}, false
}

// hasLink reports whether a link word joins two parts of toks ("a
// spokesman for the buyer").
func hasLink(toks []token) bool {
	for _, t := range toks[1:] {
		if npLinks[t.lower] {
			return true
		}
	}
	return false
}

// quoteOpensSentenceEndingAt reports whether the token t closes a
// quotation that opens its sentence (at the start of its paragraph or after
// a sentence's end) and whose words end in one of the characters of ends.
func (x *docState) quoteOpensSentenceEndingAt(t token, ends string) bool {
	qi, ok := x.quoteEndingAt(t.end)
	if !ok {
		return false
	}
	q := x.quotes[qi]
	before := strings.TrimSpace(x.t.raw[x.paras[q.para].start:q.outer.start])
	return (before == "" || strings.ContainsAny(before[len(before)-1:], ".?!:")) && x.wordsEndIn(q, ends)
}

// wordsEndIn reports whether the words of quotation q end in one of the
// characters of ends.
func (x *docState) wordsEndIn(q quoteMarks, ends string) bool {
	words := q.inner.text(x.t.raw)
	return words != "" && strings.ContainsAny(words[len(words)-1:], ends)
}

// quoteEndingAt returns the index of the quotation whose closing mark ends
// at offset end.
func (x *docState) quoteEndingAt(end int) (int, bool) {
	if x.quoteEnds == nil {
		x.quoteEnds = make(map[int]int, len(x.quotes))
		for qi := len(x.quotes) - 1; qi >= 0; qi-- {
			x.quoteEnds[x.quotes[qi].outer.end] = qi
		}
	}
	qi, ok := x.quoteEnds[end]
	return qi, ok
}

// closesOpeningQuote reports whether t ends a quotation that opens
// sentence si and whose words end in one of the marks in ends: t is its
// closing mark, or the last apostrophe of the New York Times'
// two-apostrophe mark. A quotation inside a sentence (under what he called
// "the prior economy model," the club ...) is followed by the rest of that
// sentence, not by an attribution.
func (x *docState) closesOpeningQuote(si int, t token, ends string) bool {
	qi, ok := x.quoteEndingAt(t.end)
	if !ok {
		return false
	}
	q := x.quotes[qi]
	opens := q.outer.start <= x.sents[si].start
	if !opens {
		before := strings.TrimSpace(x.t.raw[x.sents[si].start:q.outer.start])
		opens = before == "" || strings.HasSuffix(before, ":")
	}
	return opens && x.wordsEndIn(q, ends)
}

// maxSpeechNounModifiers is how many words may stand between a possessor
// and its speech noun ("Trump's controversial pledge").
const maxSpeechNounModifiers = 2

// speechNounPossessor returns the index of the token that possesses the
// speech noun at toks[i] when the noun cues a quote: it is followed, past
// any date words, by "that", "to", "for" or a colon ("his comment Monday
// that", "her call for"), and possessed by a possessive determiner ("her
// remark") or a name ("Trump's claim"; the index is then the name's last
// token). Else -1. Neither "Clinton said Trump's remarks were ..." nor
// "calling Trump's charge \"pathetic\"" is a cue: the quote is not what
// the noun says.
func (x *docState) speechNounPossessor(toks []token, i int) int {
	if !x.c.speechNouns[toks[i].lower] || toks[i].isCapitalised() {
		return -1
	}
	j := i + 1
	for j < len(toks) && x.c.dateWords[toks[j].lower] {
		j++
	}
	if j >= len(toks) {
		return -1
	}
	// "her assertion during the debate that", "his claim on Twitter
	// that": where or when it was said may come before "that".
	if end := adjunctEnd(toks, j); end > j && end < len(toks) && toks[end].lower == "that" {
		j = end
	}
	// "The senator's answer was that": the noun as the subject of "is"
	// or "was" speaks what follows.
	if (toks[j].lower == "is" || toks[j].lower == "was") && j+1 < len(toks) && toks[j+1].lower == "that" {
		j++
	}
	if next := toks[j]; next.lower != "that" && next.lower != "to" && next.lower != "for" && next.text != ":" {
		return -1
	}
	k := i - 1
	for n := 0; k >= 0 && n < maxSpeechNounModifiers && toks[k].isWord() && speechNounModifierTags[toks[k].tag]; n++ {
		k--
	}
	if k < 0 {
		return -1
	}
	possessor, start := -1, k
	if _, ok := x.c.possessives[toks[k].lower]; ok {
		possessor = k
	} else if isPossessiveMarker(toks[k].lower) && k > 0 && toks[k-1].isCapitalised() {
		possessor, start = k-1, k-1
		for start > 0 && toks[start-1].isCapitalised() {
			start--
		}
	} else if isPossessiveMarker(toks[k].lower) && k > 1 && headNounTags[toks[k-1].tag] && toks[k-1].isWord() {
		// "The senator's response:": a phrase with its determiner.
		if phrase := headPhraseStart(toks, k-1); npDeterminers[toks[phrase].lower] {
			possessor, start = k-1, phrase
		}
	}
	// "The candidate blasted Trump's call for \"a deportation force\"": a
	// verb's object is what its subject speaks of.
	if possessor < 0 || start > 0 && strings.HasPrefix(toks[start-1].tag, "VB") && toks[start-1].tag != "VBG" {
		return -1
	}
	return possessor
}

var speechNounModifierTags = map[string]bool{"JJ": true, "NN": true, "VBG": true, "VBN": true}

// maxAdjunctWords is the most words of the phrase in an adjunct after a
// speech noun ("during the last debate").
const maxAdjunctWords = 4

// adjunctPrepositions open a phrase of place or time after a speech noun.
var adjunctPrepositions = map[string]bool{"during": true, "in": true, "at": true, "on": true}

// adjunctEnd returns the index after a prepositional phrase of place or
// time starting at toks[i] ("during the debate", "on Twitter"), or i when
// none starts there.
func adjunctEnd(toks []token, i int) int {
	if !adjunctPrepositions[toks[i].lower] {
		return i
	}
	j := i + 1
	for j < len(toks) && j-i <= maxAdjunctWords && toks[j].isWord() && (nounTags[toks[j].tag] || toks[j].tag == "DT" || toks[j].tag == "JJ" || toks[j].tag == "PRP$" || toks[j].tag == "CD") {
		j++
	}
	if j == i+1 {
		return i
	}
	return j
}

// verbObject reports whether a phrase after toks[k] is the object of the
// verb toks[k] ("mocked Trump for calling himself"): a verb other than an
// inverted cue ("said Trump"), written right before the phrase (prose drops
// a few tokens, as in "didn't,\" he": the text between must be blank).
func (x *docState) verbObject(toks []token, k int) bool {
	if !strings.HasPrefix(toks[k].tag, "VB") || !toks[k].isWord() || x.c.invertedCues[toks[k].lower] || k+1 >= len(toks) {
		return false
	}
	// A "verb" right after a quotation is more often a tagging slip
	// (",\" veteran analyst Charlie Cook wrote") than a verb with its
	// object.
	if k == 0 || x.isMarkToken(toks[k-1]) {
		return false
	}
	// A gerund between a modifier and a singular noun is part of a
	// compound ("policy planning director Anne-Marie Slaughter", "a
	// fundraising committee"), not a verb with an object.
	if toks[k].tag == "VBG" && toks[k+1].tag == "NN" && (nounTags[toks[k-1].tag] || toks[k-1].tag == "DT") {
		return false
	}
	return strings.TrimSpace(x.t.raw[toks[k].end:toks[k+1].start]) == ""
}

// finiteVerbTags are the tags of a verb that has a subject.
var finiteVerbTags = map[string]bool{"VBD": true, "VBZ": true, "VBP": true, "MD": true}

// nounTags are the POS tags a speaker noun phrase is made of.
var nounTags = map[string]bool{"NN": true, "NNS": true, "NNP": true, "NNPS": true, "JJ": true, "JJR": true,
	"JJS": true, "CD": true, "VBN": true, "POS": true}

var headNounTags = map[string]bool{"NN": true, "NNS": true, "NNP": true, "NNPS": true}

// isHeadNoun reports whether t can head a noun phrase: a noun, an age
// used as one ("the 46-year-old said"), which the tagger calls an
// adjective, or a quantifier standing alone.
func isHeadNoun(t token) bool {
	return headNounTags[t.tag] || strings.HasSuffix(t.lower, "-year-old") || quantifierHeads[t.lower]
}

// quantifierHeads stand for people by themselves ("tweeted another", "the
// two write", "others said").
var quantifierHeads = map[string]bool{"another": true, "others": true, "two": true, "three": true, "both": true, "many": true, "several": true, "most": true, "some": true}

// sourceAdjectives, with the preposition each takes, describe sources by
// what they know or whom they stand near ("officials familiar with the
// matter", "people close to the president").
var sourceAdjectives = map[string]string{"familiar": "with", "close": "to", "knowledgeable": "about", "briefed": "on", "loyal": "to", "allied": "with", "aligned": "with"}

// npLinks join a noun phrase to the one it describes ("a spokesman for the
// buyer", "the head of the agency", "a staffer in the room").
var npLinks = map[string]bool{"for": true, "of": true, "at": true, "in": true, "from": true}

// affiliationLinks are the links after which a name is what the phrase
// belongs to ("a spokesman for Clinton", "a professor at Yale"); "a voter
// from Iowa" only says where.
var affiliationLinks = map[string]bool{"for": true, "of": true, "at": true}

var npDeterminers = map[string]bool{"the": true, "a": true, "an": true, "this": true, "that": true, "one": true,
	"another": true, "his": true, "her": true, "their": true, "its": true, "some": true, "several": true, "two": true, "three": true,
	"these": true, "those": true}

// nounPhraseBefore finds a noun phrase ending right before the cue at k
// ("the ministry said", "an Iowa Democrat said").
func (x *docState) nounPhraseBefore(si, k int) (candidate, bool) {
	toks := x.sents[si].tokens
	end := k - 1
	if end >= 0 && toks[end].text == "," {
		// "The two lawmakers, however, argue"
		for open := end - 2; open >= 0 && open >= end-maxWordAside-1; open-- {
			if adverbAsideEnd(toks, open) == end {
				end = open - 1
				break
			}
		}
	}
	// "A senior official, who asked not to be named, said", "An Israeli
	// official, speaking on the condition of anonymity, said": past a
	// relative or participial aside.
	appositive := false
	if end >= 0 && toks[end].text == "," {
		if open := clauseAsideOpen(toks, end); open > 0 {
			end = open - 1
		} else if open := appositiveOpen(toks, end); open > 0 {
			end, appositive = open-1, true
		}
	}
	// "the editorial board recently wrote", "the campaign has said": past
	// the adverbs and auxiliaries that elements leave out.
	for end > 0 && isCueModifier(toks[end]) {
		end--
	}
	// "The ministry on Monday urged": past a date, before a finite cue.
	for from := max(1, end-4); from <= end && !strings.HasSuffix(toks[k].lower, "ing"); from++ {
		if x.dateAdverbEnd(toks, from) == end+1 {
			end = from - 1
			break
		}
	}
	// "one user wrote": between a determiner and a verb, a word the
	// tagger calls an adjective is the noun.
	adjectiveHead := end > 0 && toks[end].tag == "JJ" && npDeterminers[toks[end-1].lower]
	if start, ok := shareBefore(toks, end); ok {
		c, ok := x.nounPhrase(si, start, end)
		c.speakerKind = schema.SpeakerGroup
		return c, ok
	}
	// "A friend of his said", "An ex-wife of Stewart's told": a double
	// genitive closes the phrase whose head, a role, stands before "of"
	// ("a 2005 collection of his" says nothing).
	if of := doubleGenitiveOf(toks, end); of > 0 && headNounTags[toks[of-1].tag] && x.c.roles[strings.TrimPrefix(toks[of-1].lower, "ex-")] {
		start := headPhraseStart(toks, of-1)
		if start > 0 && strings.HasPrefix(toks[start-1].tag, "VB") && strings.HasSuffix(toks[k].lower, "ing") {
			return candidate{}, false
		}
		return x.nounPhrase(si, start, end)
	}
	if end < 0 || !isHeadNoun(toks[end]) && !adjectiveHead || !toks[end].isWord() {
		return candidate{}, false
	}
	start := end
	for start-1 >= 0 && end-start < 5 && nounTags[toks[start-1].tag] && (toks[start-1].isWord() || toks[start-1].tag == "POS") {
		start--
	}
	// A name joined by "and" is one ("Tyne and Wear Fire and Rescue
	// Service"): see bodyNameAfter.
	for _, ch := range x.chunks[si] {
		if ch.last == end && ch.first < start {
			start = ch.first
		}
	}
	if start-1 >= 0 && npDeterminers[toks[start-1].lower] && !complementizer(toks, start-1) {
		start--
	}
	// "A spokesman for the buyer said": the phrase a preposition attaches
	// to is the speaker's head.
	if start-2 >= 0 && npLinks[toks[start-1].lower] && (headNounTags[toks[start-2].tag] || toks[start-2].tag == "CD" || quantifierHeads[toks[start-2].lower]) && toks[start-2].isWord() {
		start = headPhraseStart(toks, start-2)
	}
	// "officials familiar with the matter said", "people close to the
	// president say": the phrase an adjective and its preposition attach
	// to is the speaker's head.
	if start-3 >= 0 && sourceAdjectives[toks[start-2].lower] == toks[start-1].lower && headNounTags[toks[start-3].tag] && toks[start-3].isWord() {
		start = headPhraseStart(toks, start-3)
	}
	// Before a participle, a phrase that a verb governs is its object, not
	// a speaker ("issued a statement describing ...").
	governor := start - 1
	if governor > 0 && toks[governor].tag == "RP" {
		governor-- // "put out a statement saying"
	}
	if governor >= 0 && strings.HasPrefix(toks[governor].tag, "VB") && strings.HasSuffix(toks[k].lower, "ing") {
		return candidate{}, false
	}
	c, ok := x.nounPhrase(si, start, end)
	// Set off from its cue by an appositive, a phrase that opens its
	// sentence speaks from where it stands.
	c.adjacentOnly = c.adjacentOnly && !(appositive && opensSentence(toks, start))
	return c, ok
}

// absolutePossessives stand alone after "of" in a double genitive ("a
// friend of his").
var absolutePossessives = map[string]bool{"mine": true, "yours": true, "his": true, "hers": true, "ours": true, "theirs": true}

// doubleGenitiveOf returns the index of the "of" that opens a double
// genitive ending at toks[end] ("of his", "of Stewart's", "of Mr.
// Trump's"), or -1.
func doubleGenitiveOf(toks []token, end int) int {
	if end < 1 {
		return -1
	}
	if absolutePossessives[toks[end].lower] {
		if toks[end-1].lower == "of" {
			return end - 1
		}
		return -1
	}
	if !isPossessiveMarker(toks[end].lower) {
		return -1
	}
	j := end - 1
	for j > 0 && toks[j].isCapitalised() && toks[j-1].isCapitalised() {
		j--
	}
	if !toks[j].isCapitalised() || j < 1 || toks[j-1].lower != "of" {
		return -1
	}
	return j - 1
}

// headPhraseStart returns where the phrase headed by the noun at
// toks[head] starts, past at most four nouns and modifiers and a
// determiner before it: the phrase a link or a source adjective after it
// attaches to ("A spokesman for ...", "officials familiar with ...").
func headPhraseStart(toks []token, head int) int {
	start := head
	for start-1 >= 0 && head-start < 4 && nounTags[toks[start-1].tag] && toks[start-1].isWord() {
		start--
	}
	if start-1 >= 0 && npDeterminers[toks[start-1].lower] {
		start--
	}
	return start
}

// shareBefore returns where a share of those asked that ends at
// toks[end] starts: "21 percent", "about four in 10", "nine out of 10".
// It speaks for its part of a poll, though "percent" alone names no one.
func shareBefore(toks []token, end int) (int, bool) {
	number := -1
	switch {
	case end < 1:
		return 0, false
	case toks[end].lower == "percent":
		number = end - 1
	case toks[end].tag == "CD" && (toks[end-1].lower == "in" || toks[end-1].lower == "of"):
		number = end - 2
		if toks[end-1].lower == "of" && number >= 0 && toks[number].lower == "out" {
			number--
		}
	}
	if number < 0 || toks[number].tag != "CD" {
		return 0, false
	}
	// "About four in 10 said": the approximation belongs to the share;
	// it is no preposition that makes the share an object.
	if number > 0 && approximations[toks[number-1].lower] {
		number--
	}
	return number, true
}

// approximations qualify a number ("about four in 10", "nearly 40
// percent").
var approximations = map[string]bool{"about": true, "around": true, "nearly": true, "almost": true, "roughly": true, "only": true, "just": true, "over": true, "under": true}

// opensSentence reports whether only adverbs come before toks[i] ("Even
// China, ...").
func opensSentence(toks []token, i int) bool {
	for _, t := range toks[:i] {
		if !strings.HasPrefix(t.tag, "RB") {
			return false
		}
	}
	return true
}

// complementizer reports whether the "that" at toks[i] opens a clause
// rather than determines the name after it ("told him that Trump called").
func complementizer(toks []token, i int) bool {
	return toks[i].lower == "that" && i+1 < len(toks) && (toks[i+1].tag == "NNP" || toks[i+1].tag == "NNPS")
}

// maxClauseAside is the longest relative or participial aside, in
// tokens, between a speaker and its cue.
const maxClauseAside = 16

// clauseAsideOpen returns the index of the comma opening an aside that
// closes with the comma at toks[end] and opens with a relative pronoun or
// a participle (", who asked not to be named,", ", speaking on the
// condition of anonymity,"), or -1.
func clauseAsideOpen(toks []token, end int) int {
	if open := asideComma(toks, end); open > 0 && opensClauseAside(toks[open+1]) {
		return open
	}
	return -1
}

// asideComma returns the index of the nearest comma before the one at
// toks[end], at least one word and at most maxClauseAside tokens before it:
// the comma that may open an aside the one at end closes. -1 when none.
func asideComma(toks []token, end int) int {
	for open := end - 2; open > 0 && open >= end-maxClauseAside; open-- {
		if toks[open].text == "," {
			return open
		}
	}
	return -1
}

// asideEnd is asideComma forward: the index of the comma that closes an
// aside opening with the comma at toks[open], at most maxClauseAside
// tokens on, or -1.
func asideEnd(toks []token, open int) int {
	for k := open + 2; k < len(toks) && k <= open+maxClauseAside; k++ {
		if toks[k].text == "," {
			return k
		}
	}
	return -1
}

// appositiveOpen returns the index of the comma opening an appositive
// that closes with the comma at toks[end] and follows a proper name
// ("China, Pyongyang's only ally, said", "Reuters, the news agency,
// said"), or -1: a phrase that opens with a determiner or a possessor
// and holds no verb or comma.
func appositiveOpen(toks []token, end int) int {
	open := asideComma(toks, end)
	if open < 0 || slices.ContainsFunc(toks[open+1:end-1], func(t token) bool { return strings.HasPrefix(t.tag, "VB") || t.tag == "MD" }) {
		return -1
	}
	possessor := open+2 < end && isPossessiveMarker(toks[open+2].lower)
	if (npDeterminers[toks[open+1].lower] || possessor) && headNounTags[toks[open-1].tag] && toks[open-1].isCapitalised() {
		return open
	}
	return -1
}

// participleAgent reports whether toks[k] is the "by" of a participle
// that describes the noun right before it ("a letter obtained by The
// Associated Press warns"): its agent did not say what the phrase says.
// The participle of a speech verb is a passive cue, whose agent speaks
// ("as reported by Western Journalism").
func (x *docState) participleAgent(toks []token, k int) bool {
	if toks[k].lower != "by" || k < 2 || toks[k-1].tag != "VBN" || x.cueAt(toks, k-1) || !headNounTags[toks[k-2].tag] {
		return false
	}
	// "he will be greeted by thousands of Germans": a passive's agent is
	// its clause's actor.
	for i := k - 2; i >= 0 && i >= k-3; i-- {
		if passiveAuxiliaries[toks[i].lower] {
			return false
		}
		if !strings.HasPrefix(toks[i].tag, "RB") {
			break
		}
	}
	return true
}

// opensClauseAside reports whether t can open a relative or participial
// aside: "who", "which" ("The complaint, which was filed in federal
// court, alleged") or a participle.
func opensClauseAside(t token) bool {
	return t.lower == "who" || t.lower == "which" || t.tag == "VBG" || t.tag == "VBN"
}

// nounPhraseAfter finds a noun phrase right after the cue at k ("said an
// Iowa Democrat").
func (x *docState) nounPhraseAfter(si, k int) (candidate, bool) {
	if !x.cueComesFirst(si, k) {
		return candidate{}, false
	}
	return x.nounPhraseFrom(si, k+1)
}

// cueComesFirst reports whether the cue at token k of sentence si may
// come before its speaker: a cue that inverts ("said an Iowa Democrat"),
// or any cue right after a quotation that opens the sentence and ends in
// a comma, question or exclamation mark ('"...," recalled Roy Verley').
func (x *docState) cueComesFirst(si, k int) bool {
	toks := x.sents[si].tokens
	return x.c.invertedCues[toks[k].lower] || k > 0 && x.closesOpeningQuote(si, toks[k-1], ",?!")
}

// nounPhraseFrom finds a noun phrase starting at token start.
func (x *docState) nounPhraseFrom(si, start int) (candidate, bool) {
	toks := x.sents[si].tokens
	if start >= len(toks) {
		return candidate{}, false
	}
	// "one of two witnesses", "some of his aides": a part of a phrase.
	if start+2 < len(toks) && toks[start+1].lower == "of" && (toks[start].lower == "one" || quantifierHeads[toks[start].lower]) {
		if whole, ok := x.nounPhraseFrom(si, start+2); ok {
			return x.nounPhrase(si, start, whole.last)
		}
	}
	end := start
	if npDeterminers[toks[start].lower] {
		end++
	}
	last := -1
	for end < len(toks) && end-start < 8 && nounTags[toks[end].tag] && (toks[end].isWord() || toks[end].tag == "POS") {
		if isHeadNoun(toks[end]) {
			last = end
		}
		end++
	}
	if last < 0 && quantifierHeads[toks[start].lower] {
		last = start // "tweeted another."
	}
	if last < 0 {
		return candidate{}, false
	}
	// "said a spokesman for Hillary Clinton", "according to a statement
	// from the union": the phrase after the link is part of the speaker,
	// as nounPhraseBefore takes it in from the other side. Not after a
	// name: "said political scientist Patrick Murray of Christie" is about
	// Christie, and "Obama's final State of the Union" names no speaker.
	// "said a person familiar with the discussions": past the adjective
	// too.
	link := last + 1
	if link+2 < len(toks) && end <= link+1 && sourceAdjectives[toks[link].lower] == toks[link+1].lower {
		end, link = link+1, link+1
	}
	if link+1 < len(toks) && end == link && !toks[last].isCapitalised() &&
		(affiliationLinks[toks[link].lower] || toks[link].lower == "from" || sourceAdjectives[toks[link-1].lower] == toks[link].lower) {
		for _, ch := range x.chunks[si] {
			if ch.entity >= 0 && ch.nameFirst > link+1 && ch.nameFirst <= link+3 && allLowerWords(toks[link+1:ch.nameFirst]) {
				// "former secretary of state Hillary Clinton": the role
				// describes the name, which speaks.
				return candidate{first: start, last: ch.last, mention: ch.name, kind: "person", entity: ch.entity, resolvedBy: schema.ByExplicit}, true
			}
			if ch.first == link+1 && !x.allDateWords(toks[ch.first:ch.last+1]) {
				return x.nounPhrase(si, start, ch.last) // a name, whole ("Diane D. Blair")
			}
		}
		if after, ok := x.nounPhraseFrom(si, link+1); ok && after.last > link && !x.allDateWords(toks[link+1:after.last+1]) {
			return x.nounPhrase(si, start, after.last)
		}
	}
	return x.nounPhrase(si, start, last)
}

// allLowerWords reports whether toks are all words in lower case and none
// a determiner: a role's words ("state" in "secretary of state").
func allLowerWords(toks []token) bool {
	for _, t := range toks {
		if !t.isWord() || t.isCapitalised() || npDeterminers[t.lower] {
			return false
		}
	}
	return true
}

// phraseKind is the speaker kind of toks[start..head] when no person
// resolves it. A proper name is a person when a title or a known first
// name opens it or it has two capitalised words and no organisation noun
// ("Jacklyn Ashley"), else an organisation ("Reuters"); an organisation
// noun heads an organisation ("the newspaper"), a plural a group
// ("officials", "Democrats", "the two"), anything else is unnamed ("a
// senior official", "the report").
func (x *docState) phraseKind(toks []token, start, head int) string {
	h := toks[head]
	// "The Prime Minister", "the secretary of state": a title or its
	// nominal after a determiner is someone unnamed, not an organisation
	// (without one, "King" may be a surname).
	role := start
	for role < head && npDeterminers[toks[role].lower] {
		role++
	}
	if role > start || start > 0 && npDeterminers[toks[start-1].lower] {
		if end, _, ok := x.c.titles.longestAt(x.t.raw, toks[role].start, h.end); ok && end == h.end {
			return schema.SpeakerUnnamed
		}
		if head-role < 3 && x.c.nominals[strings.ToLower(x.t.raw[toks[role].start:h.end])] != nil {
			return schema.SpeakerUnnamed
		}
	}
	if x.c.orgNouns[h.lower] {
		return schema.SpeakerOrganisation
	}
	switch {
	case h.tag == "NNP":
		// "the Daily Beast": no person's name follows "the".
		caps, org := 0, start > 0 && toks[start-1].lower == "the"
		// "a New Hampshire Republican": someone unnamed, whatever the
		// capitals after the article.
		if indefinite := toks[start].lower; indefinite == "a" || indefinite == "an" || indefinite == "another" {
			return schema.SpeakerUnnamed
		}
		// "NBC News": a head that never names a person makes the name an
		// organisation's.
		if x.c.notNames[x.fold(h.text)] {
			org = true
		}
		for _, t := range toks[start : head+1] {
			if x.c.orgNouns[t.lower] || t.lower == "the" {
				org = true
			}
			if t.isCapitalised() {
				caps++
			}
		}
		first := toks[start]
		if end, _, ok := x.c.titles.longestAt(x.t.raw, first.start, first.end); ok && end == first.end {
			return schema.SpeakerPerson
		}
		if _, ok := x.c.firstNames[x.fold(first.text)]; ok || caps >= 2 && !org {
			return schema.SpeakerPerson
		}
		return schema.SpeakerOrganisation
	case (h.tag == "NNS" || h.tag == "NNPS") && pluralForm(h.lower) || quantifierHeads[h.lower] && h.lower != "another":
		return schema.SpeakerGroup
	}
	return schema.SpeakerUnnamed
}

// pluralForm reports whether a word the tagger calls a plural noun looks
// like one: the tagger takes spellings it does not know for plurals ("Her
// neighbour/NNS", "organization/NNS").
func pluralForm(w string) bool {
	return strings.HasSuffix(w, "s") || strings.HasSuffix(w, "men") || irregularPlurals[w]
}

// irregularPlurals are plurals that end in neither s nor men.
var irregularPlurals = map[string]bool{"people": true, "children": true, "media": true, "police": true, "staff": true,
	"personnel": true, "clergy": true, "folk": true, "youth": true, "faithful": true}

// anyCapitalised reports whether a word of toks starts with a capital.
func anyCapitalised(toks []token) bool {
	for _, t := range toks {
		if t.isCapitalised() {
			return true
		}
	}
	return false
}

// maxPremodifiers is how many words before a name can describe it
// ("Texas delegate Bill Eastland", "Republican strategist Rick Wilson").
const maxPremodifiers = 4

// premodifierStart returns where the words describing a name begin: the
// adjectives and nouns right before it.
func (x *docState) premodifierStart(si, first int) int {
	toks := x.sents[si].tokens
	start := first
	for start-1 >= 0 && first-start < maxPremodifiers {
		t := toks[start-1]
		// A role opening the phrase is one whatever the tagger calls it
		// ("said forward/RB Kevin Durant", "what aide/VB Kevin Phillips
		// called").
		role := x.c.roles[t.lower] && (start < 2 || !nounTags[toks[start-2].tag] && toks[start-2].tag != "JJ")
		if !t.isWord() || !(t.tag == "JJ" || t.tag == "NN" || t.tag == "NNP" || t.tag == "NNS" || role) || x.cueAt(toks, start-1) {
			break
		}
		start--
	}
	return start
}

func (x *docState) nounPhrase(si, start, end int) (candidate, bool) {
	toks := x.sents[si].tokens
	sp := span{toks[start].start, toks[end].end}
	// "The Times" is a newspaper, though "times" speaks for no one.
	notSpeaker := x.c.notSpeakers[toks[end].lower] && !(toks[end].tag == "NNP" && end > start && toks[start].lower == "the")
	if _, share := shareBefore(toks, end); x.quoteAt(sp) >= 0 || notSpeaker && !share {
		return candidate{}, false
	}
	c := candidate{first: start, last: end, mention: sp, kind: "unnamed", entity: -1, resolvedBy: schema.ByNominal, adjacentOnly: true}
	if toks[end].tag == "NNP" || toks[end].tag == "NNPS" {
		c.kind, c.resolvedBy = "organisation", schema.ByExplicit // a name no rule knows ("Arianna Gil")
	}
	// "a spokesman for Clinton": the head is the noun before the link,
	// and what follows the link is the speaker's affiliation.
	head := end
	// The possessor starts past a determiner, whose capital at the start
	// of a sentence names no one ("The governor's office").
	possessor := start
	if npDeterminers[toks[possessor].lower] {
		possessor++
	}
	for k := start + 1; k < end; k++ {
		if k >= 2 && sourceAdjectives[toks[k-1].lower] == toks[k].lower {
			head = k - 2 // "officials familiar with the matter"
			break
		}
		if npLinks[toks[k].lower] {
			head = k - 1
			if affiliationLinks[toks[k].lower] && anyCapitalised(toks[k+1:end+1]) {
				c.affiliation = span{toks[k+1].start, toks[end].end}
			}
			break
		}
		// "Ms. Merkel's spokesman": the possessor is the affiliation.
		if isPossessiveMarker(toks[k].lower) && possessor < k && anyCapitalised(toks[possessor:k]) {
			c.affiliation = span{toks[possessor].start, toks[k-1].end}
		}
	}
	c.speakerKind = x.phraseKind(toks, start, head)
	// A role noun the titles know ("the minority leader") may name a person
	// of the story.
	for n := min(3, end-start+1); n >= 1; n-- {
		words := make([]string, n)
		for i := range words {
			words[i] = toks[end-n+1+i].lower
		}
		if titles, ok := x.c.nominals[strings.Join(words, " ")]; ok {
			c.entity = x.resolveRole(titles, nil, sp.start)
			if c.entity >= 0 {
				c.kind = "nominal"
			}
			break
		}
	}
	return c, true
}

func sortCandidates(cs []candidate) {
	for i := 1; i < len(cs); i++ {
		for j := i; j > 0 && cs[j].first < cs[j-1].first; j-- {
			cs[j], cs[j-1] = cs[j-1], cs[j]
		}
	}
}

// elements lays a sentence out for pattern matching.
func (x *docState) elements(si int, cands []candidate) []element {
	toks := x.sents[si].tokens
	candAt := map[int]int{}
	for ci, c := range cands {
		candAt[c.first] = ci
	}
	var out []element
	for i := 0; i < len(toks); {
		if q := x.quoteAt(toks[i].span); q >= 0 {
			out = append(out, element{tok: -1, cand: -1, quote: q, token: &noToken})
			for i < len(toks) && toks[i].start < x.quotes[q].outer.end {
				i++
			}
			continue
		}
		if end := parentheticalEnd(toks, i); end > i {
			i = end + 1 // "(R-Iowa)", "(D)": asides between speaker and cue
			continue
		}
		// "The two lawmakers, however, argue", "Clinton, exasperated,
		// famously responded"
		if end := adverbAsideEnd(toks, i); end > i && end+1 < len(toks) && (x.cueAt(toks, end+1) || x.cueAfterAdverbs(toks, end+1)) {
			i = end + 1
			continue
		}
		if ci, ok := candAt[i]; ok {
			out = append(out, element{tok: -1, cand: ci, quote: -1, token: &noToken})
			i = cands[ci].last + 1
			continue
		}
		// "The ministry on Monday urged", "Trump last week said": a date
		// between a speaker and a finite cue is left out too ("began a
		// campaign this week praising" dates the beginning).
		if end := x.dateAdverbEnd(toks, i); end > i && end < len(toks) && !strings.HasSuffix(toks[end].lower, "ing") && (x.cueAt(toks, end) || x.cueAfterAdverbs(toks, end)) {
			i = end
			continue
		}
		// Adverbs and auxiliaries between a speaker and the cue ("he
		// often says", "Trump later said", "he will say", "Sotomayor has
		// said") are left out, so that the two stand together.
		if isCueModifier(toks[i]) && x.cueAfterAdverbs(toks, i) {
			i++
			continue
		}
		out = append(out, element{tok: i, cand: -1, quote: -1, token: &toks[i], cue: x.cueAt(toks, i) || x.speechNounPossessor(toks, i) >= 0})
		i++
	}
	return out
}

// cueAfterAdverbs reports whether the adverbs from toks[i] on lead to a cue.
func (x *docState) cueAfterAdverbs(toks []token, i int) bool {
	auxiliary := false
	for ; i < len(toks); i++ {
		if x.cueAt(toks, i) {
			// "has said" but not "had answering"
			return !auxiliary || !strings.HasSuffix(toks[i].lower, "ing")
		}
		auxiliary = auxiliary || toks[i].tag != "MD" && !strings.HasPrefix(toks[i].tag, "RB")
		if !isCueModifier(toks[i]) {
			return false
		}
	}
	return false
}

// isCueModifier reports whether t may stand between a speaker and its
// cue: an adverb, a modal or a form of "have".
func isCueModifier(t token) bool {
	if !t.isWord() {
		return false
	}
	return strings.HasPrefix(t.tag, "RB") || t.tag == "MD" || t.lower == "has" || t.lower == "have" || t.lower == "had"
}

// dayParts follow a weekday in a date adverbial ("Monday night").
var dayParts = map[string]bool{"morning": true, "afternoon": true, "evening": true, "night": true}

// periodWords end a date adverbial that periodOpeners open ("last week",
// "earlier this month").
var (
	periodWords   = map[string]bool{"week": true, "month": true, "year": true, "weekend": true}
	periodOpeners = map[string]bool{"last": true, "this": true, "earlier": true, "late": true, "early": true}
)

// dateAdverbEnd returns the index right after a date adverbial that starts
// at toks[i], or i when none does: "on Monday", "Monday night", "on Aug.
// 24", "last week", "earlier this month". Wire copy sets one between a
// speaker and its cue ("The ministry on Monday urged").
func (x *docState) dateAdverbEnd(toks []token, i int) int {
	j := i
	if j < len(toks) && toks[j].lower == "on" {
		j++
	}
	k := j
	for k < len(toks) && (x.c.dateWords[toks[k].lower] && toks[k].isCapitalised() || k > j && toks[k].tag == "CD") {
		k++
	}
	if k > j {
		if k < len(toks) && dayParts[toks[k].lower] {
			k++
		}
		return k
	}
	for k < len(toks) && periodOpeners[toks[k].lower] {
		k++
	}
	if j == i && k > i && k < len(toks) && periodWords[toks[k].lower] {
		return k + 1
	}
	return i
}

// allDateWords reports whether every word token is a month or weekday name.
func (x *docState) allDateWords(toks []token) bool {
	for _, t := range toks {
		if t.isWord() && !x.c.dateWords[t.lower] {
			return false
		}
	}
	return true
}

// maxWordAside is the most words an aside of adverbs, adjectives or
// numbers between a speaker and its cue may have.
const maxWordAside = 2

// adverbAsideEnd returns the index of the comma that closes a short aside
// of adverbs, adjectives or numbers set off by commas at toks[i] (",
// however,", ", once again,", ", exasperated,", ", 74,"), or -1.
func adverbAsideEnd(toks []token, i int) int {
	if i >= len(toks) || toks[i].text != "," {
		return -1
	}
	for j := i + 1; j < len(toks) && j <= i+maxWordAside+1; j++ {
		switch t := toks[j]; {
		case t.text == ",":
			if j > i+1 {
				return j
			}
			return -1
		case !t.isWord() || !strings.HasPrefix(t.tag, "RB") && t.tag != "JJ" && t.tag != "VBN" && t.tag != "CD":
			return -1
		}
	}
	return -1
}

// maxAside is the longest parenthetical, in tokens, that patterns skip.
const maxAside = 8

// parentheticalEnd returns the index of the ")" closing a short aside that
// opens at toks[i], or -1.
func parentheticalEnd(toks []token, i int) int {
	if toks[i].text != "(" {
		return -1
	}
	for j := i + 1; j < len(toks) && j <= i+maxAside; j++ {
		if toks[j].text == ")" {
			return j
		}
	}
	return -1
}

// quoteAt returns the quote whose marks enclose s, or -1.
func (x *docState) quoteAt(s span) int {
	for qi, q := range x.quotes {
		if q.outer.overlaps(s) {
			return qi
		}
	}
	return -1
}

// attribute finds a speaker for every quote: first by the attribution
// patterns of the quote's sentence, then by continuation.
func (x *docState) attribute() []attribution {
	attrs := make([]attribution, len(x.quotes))
	cands := make([][]candidate, len(x.sents))
	for si := range x.sents {
		cands[si] = x.candidates(si)
	}
	matched := make([]bool, len(x.quotes))
	// Only sentences that quote, and the sentences before them, are laid
	// out: most sentences of an article quote nothing.
	els := make([][]element, len(x.sents))
	laidOut := make([]bool, len(x.sents))
	elementsOf := func(si int) []element {
		if !laidOut[si] {
			els[si], laidOut[si] = x.elements(si, cands[si]), true
		}
		return els[si]
	}
	quoting := x.quotingSentences()
	for qi := range x.quotes {
		if a, ok := x.transcriptSpeaker(qi); ok {
			attrs[qi], matched[qi] = a, true
		}
	}
	for si := range x.sents {
		if !quoting[si] {
			continue
		}
		for ei, e := range elementsOf(si) {
			if e.quote < 0 || matched[e.quote] {
				continue
			}
			if a, ok := x.matchQuote(els[si], ei, cands[si], si, cands); ok {
				attrs[e.quote], matched[e.quote] = a, true
				continue
			}
			// A quote alone in its paragraph may be signed in the next
			// one ('"It needs to stop."¶-Michelle Marks, Philadelphia.').
			if next := x.signingSentence(si, ei, elementsOf); next >= 0 {
				if a, ok := x.signatureSpeaker(next); ok {
					attrs[e.quote], matched[e.quote] = a, true
					continue
				}
			}
			// The segmenter may cut a quote ending in "?" or "!" from its
			// report ('“Not us!” | Murphy, the head of Right to Rise USA,
			// tweeted on Friday.'): the next sentence attributes it.
			if next := x.reportingSentenceAfter(si, ei, elementsOf); next >= 0 {
				joined := append([]element{{tok: -1, cand: -1, quote: e.quote, token: &noToken}}, elementsOf(next)...)
				if a, ok := x.matchQuote(joined, 0, cands[next], next, cands); ok && a.speaker != nil {
					attrs[e.quote], matched[e.quote] = a, true
					continue
				}
			}
			// A quote that opens its sentence may be introduced by the
			// sentence before it ("Rosette Pambakian said in an email.",
			// "Cruz called them on it:"), when that sentence quotes nothing.
			if ei != 0 {
				continue
			}
			prev, from := x.introducingSentence(si, e.quote, elementsOf)
			if prev < 0 {
				continue
			}
			joined := append(append([]element{}, elementsOf(prev)[from:]...), element{tok: -1, cand: -1, quote: e.quote, token: &noToken})
			if a, ok := x.matchQuote(joined, len(joined)-1, cands[prev], prev, cands); ok {
				attrs[e.quote], matched[e.quote] = a, true
			}
		}
	}
	x.continueSpeakers(attrs, matched, cands)
	return attrs
}

// matchQuote tries the attribution patterns in order on the quote at
// els[q]; sentCands are the candidates els refers to, of sentence si.
func (x *docState) matchQuote(els []element, q int, sentCands []candidate, si int, cands [][]candidate) (attribution, bool) {
	return x.matchPatterns(els, q, sentCands, si, cands, false)
}

// matchPatterns is matchQuote; inner leaves out the patterns of an outer
// source and those with no speech verb, to find whose words a source
// reports.
func (x *docState) matchPatterns(els []element, q int, sentCands []candidate, si int, cands [][]candidate, inner bool) (attribution, bool) {
	endsSentence := x.quoteEndsSentence(els, q)
	introduced := x.cueIntroduces(els, q)
	trailing := !inner && !endsSentence && x.trailingReport(els, q, sentCands)
	// try matches pattern p on the quote; innerFirst admits only a report
	// before the quote (see below).
	try := func(p *attrPattern, innerFirst bool) (attribution, bool) {
		if (endsSentence || introduced && !p.outer) && p.quote+1 < len(p.slots) || inner && (p.outer || !p.cue) {
			return attribution{}, false
		}
		b := binding{speaker: -1, cue: -1}
		if !x.matchSlots(p.slots[p.quote+1:], els, q+1, 1, &b, sentCands) {
			return attribution{}, false
		}
		if !x.matchSlots(reverse(p.slots[:p.quote]), els, q-1, -1, &b, sentCands) {
			return attribution{}, false
		}
		if b.speaker < 0 || x.cueIntroducesNext(els, b.cue, q) {
			return attribution{}, false
		}
		// "... signals “the beginning of the end,” said Geert Wilders":
		// a report closing the sentence after a comma is the source of
		// what the sentence quotes, over a cue before the quote.
		reportBefore := b.cue >= 0 && b.speaker < b.cue && b.cue < q && x.c.reportingLemmas[x.c.cues[els[b.cue].token.lower]]
		if trailing && b.cue >= 0 && b.cue < q && !(innerFirst && reportBefore) || innerFirst && !reportBefore {
			return attribution{}, false
		}
		// A speech noun cues what follows it ("her response to the
		// attack"), never a quote before it.
		if b.cue > q && els[b.cue].tok >= 0 && !x.cueAt(x.sents[si].tokens, els[b.cue].tok) {
			return attribution{}, false
		}
		if p.subject {
			b.speaker = x.mainSubject(els, b.speaker, sentCands)
			// "Unless further rivals quit the race, ''it's very difficult
			// ...''": the subject of a clause that opens the sentence is
			// not the quote's, which stands in the clause after it.
			if b.cue < 0 && x.inOpeningClause(els, b.speaker, q) {
				return attribution{}, false
			}
		}
		b.speaker = x.participleSubject(els, b, sentCands)
		b.speaker = x.asideSubject(els, b, sentCands)
		b.speaker = expletiveSubject(els, b.speaker, q, sentCands)
		b.speaker = accordingToAgent(els, b.speaker)
		reported := b.speaker
		b = x.outerReport(els, b, sentCands)
		var cue span
		if b.cue >= 0 {
			cue = x.cueSpan(els, b.cue)
		}
		// "Trump was asked, “...”": the one asked did not speak; the
		// asker did, when "by" names them. Farther from the quote the
		// passive cues nothing ("the FBI was warned about Mateen, but
		// ... he was “not a threat”").
		if b.cue > b.speaker && x.passiveAddressee(si, els, b.cue) {
			if !cueNextTo(els, b, q) {
				return attribution{}, false
			}
			agent := b.cue + 2
			if agent >= len(els) || !isToken(els[agent-1], "by") || els[agent].cand < 0 {
				return attribution{cue: cue}, true
			}
			b.speaker = agent
		}
		c := x.nearerPronoun(si, els, b.speaker, b.cue, q, sentCands, cands)
		sp := x.speakerOf(si, c, cands, p.id)
		// "It started on Wednesday with a “countdown clock”": with no
		// speech verb, an "it" that stands for no phrase of the story is
		// no source; a later pattern may still find one.
		if p.id == "subject-quote" && c.kind == "pronoun" && c.pronoun == "it" && sp.Name == sp.Mention.Text {
			return attribution{}, false
		}
		switch {
		case b.speaker != reported:
			sp.Original = originalOf(sp, x.speakerOf(si, sentCands[els[reported].cand], cands, p.id))
		case p.outer:
			if a, ok := x.matchPatterns(els, q, sentCands, si, cands, true); ok && a.speaker != nil {
				sp.Original = originalOf(sp, a.speaker)
				if cue.empty() {
					cue = a.cue // "said", of "Sanders said, according to CNN"
				}
			}
		}
		if survey, ok := x.surveyBefore(si, c); ok && sp.Original == nil {
			answered := sp
			sp = x.speakerOf(si, survey, cands, p.id)
			sp.Original = answered
		}
		return attribution{speaker: sp, cue: cue}, true
	}
	// "The mother said she was “struck from behind,” Lt. Pat Nelson said":
	// the quoted words are those of the report before them, which the
	// trailing one only passes on; an outer pattern's report of another's
	// words ("..., CNN reported") stays the outer source's, as always.
	if trailing {
		for i := range x.c.patterns {
			if p := &x.c.patterns[i]; p.outer && p.quote+1 < len(p.slots) {
				if a, ok := try(p, false); ok {
					return a, true
				}
			}
		}
		for i := range x.c.patterns {
			if p := &x.c.patterns[i]; p.cue && p.quote+1 == len(p.slots) {
				if a, ok := try(p, true); ok {
					return a, true
				}
			}
		}
	}
	for i := range x.c.patterns {
		if a, ok := try(&x.c.patterns[i], false); ok {
			return a, true
		}
	}
	return attribution{}, false
}

// maxTrailingWords is the most elements after a trailing report's cue and
// speaker when no comma sets them off ("said in a statement on Tuesday.").
const maxTrailingWords = 7

// trailingReport reports whether the sentence ends, after the quote at
// els[q] and no other quote, in a clause set off by a comma that is only a
// cue and its speaker (", said Geert Wilders.", ", Song wrote."): the
// report of all the sentence says.
func (x *docState) trailingReport(els []element, q int, cands []candidate) bool {
	comma := -1
	for j := q + 1; j < len(els); j++ {
		// Another quotation may come first, its comma inside its marks
		// (“a disaster” and “a fraud,” Smith said).
		quoteComma := els[j].quote >= 0 && comma < 0 && x.wordsEndIn(x.quotes[els[j].quote], ",")
		if els[j].quote >= 0 && !quoteComma || els[j].cue && comma < 0 {
			return false
		}
		if (isComma(els[j]) || quoteComma) && comma < 0 {
			comma = j
		}
	}
	if comma < 0 || comma+2 >= len(els) {
		return false
	}
	speaker := func(i int) bool {
		c := els[i].cand
		return c >= 0 && !cands[c].object && !cands[c].possessive && cands[c].kind != "relative"
	}
	a, b := comma+1, comma+2
	if !(els[a].cue && speaker(b) || speaker(a) && els[b].cue) {
		return false
	}
	// A verb with an object says something of its own ("..., 39 percent
	// blame his supporters"), unless it names whom it was said to
	// ("Sokolowski told reporters").
	if els[b].cue && b+1 < len(els) && x.objectStarts(els[b+1], cands) && !x.c.addresseeCues[els[b].token.lower] {
		return false
	}
	// What follows says who ("said Geert Wilders, founder of ...") or,
	// briefly, when or how ("said on Tuesday.", "wrote in a statement.");
	// it holds no other cue and no clause of its own ("others say that
	// ...").
	apposition := b+1 < len(els) && isComma(els[b+1])
	for j := b + 1; j < len(els); j++ {
		if els[j].cue || isToken(els[j], "that") || finiteVerbFollows(els, j) || !apposition && j-b > maxTrailingWords {
			return false
		}
	}
	return true
}

// objectStarts reports whether a noun phrase starts at e: a candidate, a
// determiner or a noun, but not a date ("said yesterday", "said this
// week", "said Monday").
func (x *docState) objectStarts(e element, cands []candidate) bool {
	if e.cand >= 0 {
		return !x.c.dayWords[strings.ToLower(cands[e.cand].mention.text(x.t.raw))]
	}
	if e.tok < 0 || !e.token.isWord() {
		return false
	}
	w := e.token.lower
	if x.c.dateWords[w] || x.c.dayWords[w] || periodOpeners[w] {
		return false
	}
	return npDeterminers[w] || nounTags[e.token.tag]
}

// maxSurveyWords is the most words before a survey noun that still
// describe the survey ("a national CNN/ORC poll").
const maxSurveyWords = 8

// surveyBefore returns the survey that speaker c of sentence si answered,
// when c is a group or an unnamed share of one ("75 percent of
// Republicans") and a phrase headed by a survey noun comes before it in
// the sentence ("In a September Washington Post-ABC News poll, ..."): the
// nearest such phrase.
func (x *docState) surveyBefore(si int, c candidate) (candidate, bool) {
	if c.entity >= 0 || c.kind == "pronoun" || c.kind == "relative" || c.speakerKind != schema.SpeakerGroup && c.speakerKind != schema.SpeakerUnnamed {
		return candidate{}, false
	}
	toks := x.sents[si].tokens
	for k := c.first - 1; k >= 0; k-- {
		if !x.c.surveyNouns[toks[k].lower] || !headNounTags[toks[k].tag] || x.insideQuote(toks[k].span) {
			continue
		}
		start := k
		for start-1 >= 0 && k-start < maxSurveyWords && (nounTags[toks[start-1].tag] || isJoiner(toks[start-1])) && toks[start-1].tag != "POS" {
			start--
		}
		if start-1 >= 0 && npDeterminers[toks[start-1].lower] {
			start--
		}
		return x.nounPhrase(si, start, k)
	}
	return candidate{}, false
}

// isJoiner reports whether t joins the words of a name without a space
// ("CNN/ORC", "Post-ABC" when the tokenizer splits them).
func isJoiner(t token) bool { return t.text == "/" || t.text == "-" }

// originalOf returns orig as the original of the reporting speaker sp, or
// nil when the two are one.
func originalOf(sp, orig *schema.Speaker) *schema.Speaker {
	// An unresolved pronoun ("it said") names no one to keep.
	if orig.Name == sp.Name || orig.ResolvedBy == schema.ByPronoun && orig.Name == orig.Mention.Text {
		return nil
	}
	orig.Original = nil
	return orig
}

// nearerPronoun returns the candidate at els[speaker], or a pronoun
// standing for the same person nearer the quote at els[q], as subject of
// the clause that holds it ("James Comey decided not to recommend
// indicting Clinton even though he found “evidence”"): the words that
// tie the speaker to the quote.
func (x *docState) nearerPronoun(si int, els []element, speaker, cue, q int, sentCands []candidate, cands [][]candidate) candidate {
	c := sentCands[els[speaker].cand]
	if speaker > q || c.entity < 0 || c.kind == "pronoun" {
		return c
	}
	for i := q - 1; i > speaker; i-- {
		ci := els[i].cand
		if ci < 0 {
			continue
		}
		pr := sentCands[ci]
		if pr.kind != "pronoun" || pr.object || pr.possessive || !verbFollows(els, i+1) {
			continue
		}
		// After the cue only a pronoun opening a clause of its own ("...,
		// but he gave the Texan a back-handed compliment:") speaks; "told
		// African-Americans he would", "noted that he taught" say what
		// was said.
		if prev := els[i-1]; i > cue && (prev.tok < 0 || !x.c.clauseOpeners[prev.token.lower] && !clauseJoiners[prev.token.lower]) {
			continue
		}
		if x.resolvePronoun(si, pr, cands) == c.entity {
			return pr
		}
	}
	return c
}

// clauseJoiners join a clause with a subject of its own to the one
// before it.
var clauseJoiners = map[string]bool{"and": true, "but": true, "yet": true}

// accordingToAgent moves a speaker found after "according to" to the agent
// its phrase names after "by" ("according to calculations by Amy
// Glasmeier", "according to audio provided by Wyoming Public Radio"): the
// one whose words the writer relies on.
func accordingToAgent(els []element, speaker int) int {
	if speaker < 2 || !isToken(els[speaker-1], "to") || !isToken(els[speaker-2], "according") {
		return speaker
	}
	by := speaker + 1
	if by < len(els) && els[by].tok >= 0 && els[by].token.tag == "VBN" {
		by++ // "provided by", "filed by"
	}
	if by+1 < len(els) && isToken(els[by], "by") && els[by+1].cand >= 0 {
		return by + 1
	}
	return speaker
}

// expletiveVerbs follow an "it" that stands for nothing ("It has not
// helped that ...", "It is unclear whether ...", "It was Mr. Obama's
// rejection of ...").
var expletiveVerbs = map[string]bool{"is": true, "was": true, "has": true, "had": true, "seems": true, "seemed": true}

// expletiveSubject moves a speaker that is such an "it", opening its
// clause before the quote at els[q], to the first phrase after it that is
// no object: "It has not helped that her campaign has cycled through
// “everyday Americans”" is the campaign's.
func expletiveSubject(els []element, speaker, q int, cands []candidate) int {
	if speaker < 0 || speaker+1 >= q || els[speaker].cand < 0 {
		return speaker
	}
	c := cands[els[speaker].cand]
	if c.kind != "pronoun" || c.pronoun != "it" {
		return speaker
	}
	// "It's": the tokenizer leaves the contraction whole.
	contracted := c.mention.end-c.mention.start > len("it")
	if !contracted && (els[speaker+1].tok < 0 || !expletiveVerbs[els[speaker+1].token.lower]) {
		return speaker
	}
	if speaker > 0 && !isComma(els[speaker-1]) && !clauseJoiners[tokenLower(els[speaker-1])] {
		return speaker
	}
	// The phrase that stands for the "it" follows the verb or opens the
	// clause the "it" stands in for ("that her campaign", "whether the
	// audience", "for news accounts").
	for i := speaker + 1; i < q; i++ {
		ci := els[i].cand
		if ci < 0 {
			continue
		}
		// Past the words the phrase left out ("whether the much larger
		// general-election audience").
		k := i - 1
		for k > speaker && els[k].tok >= 0 && phraseOpeners[els[k].token.tag] {
			k--
		}
		if !cands[ci].object && (k == speaker || k == speaker+1 && !contracted || expletiveComplementizers[tokenLower(els[k])]) {
			return i
		}
		break
	}
	return speaker
}

// phraseOpeners are the tags of words a phrase may leave out before it.
var phraseOpeners = map[string]bool{"DT": true, "RB": true, "JJ": true, "JJR": true, "RBR": true, "PDT": true}

// expletiveComplementizers open the clause an expletive "it" stands for.
var expletiveComplementizers = map[string]bool{"that": true, "whether": true, "for": true, "if": true}

// tokenLower is the lower-case text of e's token, "" for a phrase or a
// quote.
func tokenLower(e element) string {
	if e.tok < 0 {
		return ""
	}
	return e.token.lower
}

// isToken reports whether e is the token w (lower case), in any case.
func isToken(e element, w string) bool { return e.tok >= 0 && e.token.lower == w }

// cueNextTo reports whether the cue of b stands right by the quote at
// els[q]: before it with at most its agent and a comma or colon between
// ("was asked, “...”", "was asked by Gerard Baker: “...”"), or after it
// with only its speaker between ('"...?" Trump was asked').
func cueNextTo(els []element, b binding, q int) bool {
	if b.cue < q {
		i := b.cue + 1
		if i+1 < q && isToken(els[i], "by") && els[i+1].cand >= 0 {
			i += 2
		}
		for ; i < q; i++ {
			if !isComma(els[i]) && (els[i].tok < 0 || els[i].token.text != ":") {
				return false
			}
		}
		return true
	}
	for i := q + 1; i < b.cue; i++ {
		if i != b.speaker && !isComma(els[i]) {
			return false
		}
	}
	return true
}

// passiveAuxiliaries make a participle after them passive ("was asked",
// "got told").
var passiveAuxiliaries = map[string]bool{"be": true, "is": true, "are": true, "was": true, "were": true,
	"been": true, "being": true, "get": true, "gets": true, "got": true, "gotten": true, "getting": true}

// passiveAddressee reports whether the cue at els[cue] is the passive of a
// verb whose subject is the one spoken to ("Trump was asked", "she was
// told").
func (x *docState) passiveAddressee(si int, els []element, cue int) bool {
	t := els[cue].tok
	if t < 0 {
		return false
	}
	toks := x.sents[si].tokens
	if !x.c.addresseeCues[toks[t].lower] || strings.HasSuffix(toks[t].lower, "ing") {
		return false
	}
	for k := t - 1; k >= 0; k-- {
		if !strings.HasPrefix(toks[k].tag, "RB") {
			return passiveAuxiliaries[toks[k].lower]
		}
	}
	return false
}

// cueIntroduces reports whether a cue introduces the quote at els[q]
// from right before it ("he warned, \"...\"", "famously responded:
// \"...\""): what follows the quote is then no attribution of it.
func (x *docState) cueIntroduces(els []element, q int) bool {
	i := q - 1
	if i < 2 || els[i].tok < 0 || els[i].token.text != "," && els[i].token.text != ":" {
		return false
	}
	// "telling her, “...”", "Trump told reporters: “...”": past the
	// cue's object.
	if i >= 3 && (els[i-1].cand >= 0 || els[i-1].tok >= 0 && objectPronouns[els[i-1].token.lower]) && els[i-2].cue {
		return true
	}
	if !els[i-1].cue {
		return false
	}
	// "Clinton, exasperated, famously responded:": past an aside set off
	// by commas (the layout leaves adverbs out).
	j := i - 2
	if isComma(els[j]) {
		for k := j - 1; k > 0 && k >= j-maxAside; k-- {
			if isComma(els[k]) {
				j = k - 1
				break
			}
		}
	}
	return els[j].cand >= 0
}

// objectPronouns are the pronouns that stand as a verb's object.
var objectPronouns = map[string]bool{"him": true, "her": true, "them": true, "me": true, "us": true}

// quoteEndsSentence reports whether the quote at els[q] closes a sentence
// the segmenter did not split: its words end in a period and a
// capitalised word follows ("... was 'closing really strong.' He noted
// that ..."), so what follows is the next sentence's, not an attribution
// of this quote. A question or exclamation mark does not end it: '"You
// got the names?" Sanders said' is common.
func (x *docState) quoteEndsSentence(els []element, q int) bool {
	if q+1 >= len(els) {
		return false
	}
	qm := x.quotes[els[q].quote]
	inner := qm.inner.text(x.t.raw)
	if !strings.HasSuffix(inner, ".") {
		return false
	}
	rest := strings.TrimLeft(x.t.raw[qm.outer.end:x.paras[qm.para].end], " ")
	if next, _ := utf8.DecodeRuneInString(rest); !unicode.IsUpper(next) {
		return false
	}
	// '..." Trump said.': a short tail to the end of the sentence is the
	// attribution after all.
	if end := strings.IndexAny(rest, "!?\n"); end >= 0 {
		rest = rest[:end]
	}
	if end := sentenceEnd(rest); end >= 0 {
		rest = rest[:end]
	}
	return len(strings.Fields(rest)) > maxAttributionTail
}

// maxAttributionTail is the most words after a quote that closes with a
// period that can still be its attribution ("Mr. Tribe said").
const maxAttributionTail = 4

// sentenceEnd returns the index of the first period in s that ends a
// sentence (followed by a space or the end, not part of an abbreviation
// such as "Mr."), or -1.
func sentenceEnd(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i] != '.' || i+1 < len(s) && s[i+1] != ' ' {
			continue
		}
		word := s[strings.LastIndexByte(s[:i], ' ')+1 : i]
		if len(word) <= 3 && word != "" && unicode.IsUpper(rune(word[0])) {
			continue // "Mr.", "Sen.", "St."
		}
		return i
	}
	return -1
}

// maxSignatureTokens is the longest paragraph that may sign the quote
// before it ("- Sanders.", "-Michelle Marks, Philadelphia.").
const maxSignatureTokens = 10

// signingSentence returns the sentence that may sign the quote at
// elementsOf(si)[ei]: the quote ends its paragraph, and the next paragraph
// is one short sentence opening with a dash. Else -1.
func (x *docState) signingSentence(si, ei int, elementsOf func(int) []element) int {
	els := elementsOf(si)
	if !onlyPunctuationAfter(els, ei) {
		return -1
	}
	next := si + 1
	if next >= len(x.sents) || x.sents[next].para != x.sents[si].para+1 {
		return -1
	}
	toks := x.sents[next].tokens
	if len(toks) == 0 || len(toks) > maxSignatureTokens || !strings.ContainsRune(dashRunes, firstRune(toks[0].text)) ||
		next+1 < len(x.sents) && x.sents[next+1].para == x.sents[next].para {
		return -1
	}
	return next
}

// maxReportElements is the most elements before the cue of a report
// that reportingSentenceAfter accepts ("Murphy, the head of Right to
// Rise USA, tweeted").
const maxReportElements = 12

// reportingSentenceAfter returns the sentence after si that may report
// the quote at elementsOf(si)[ei]: the quote ends sentence si with "?" or
// "!", and the next sentence, in the same paragraph and quoting nothing,
// opens with a phrase or a cue and has a cue among its first elements.
// Else -1.
func (x *docState) reportingSentenceAfter(si, ei int, elementsOf func(int) []element) int {
	els := elementsOf(si)
	if !onlyPunctuationAfter(els, ei) {
		return -1
	}
	if !x.wordsEndIn(x.quotes[els[ei].quote], "?!") {
		return -1
	}
	next := si + 1
	if next >= len(x.sents) || x.sents[next].para != x.sents[si].para {
		return -1
	}
	nels := elementsOf(next)
	if len(nels) == 0 || nels[0].cand < 0 && !nels[0].cue {
		return -1
	}
	for i, e := range nels {
		if e.quote >= 0 {
			return -1
		}
		if e.cue && i <= maxReportElements {
			return next
		}
	}
	return -1
}

// onlyPunctuationAfter reports whether nothing but punctuation follows
// els[i] in its sentence: the element, a quote, ends it.
func onlyPunctuationAfter(els []element, i int) bool {
	for _, e := range els[i+1:] {
		if e.tok < 0 || e.token.isWord() {
			return false
		}
	}
	return true
}

// dashRunes open a signature line.
const dashRunes = "-\u2013\u2014\u2015"

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// signatureSpeaker reads the name that signs a quote in sentence si
// ("-Michelle Marks, Philadelphia.", "- Sanders."): the capitalised words
// after the dash, up to a comma or the end, linked to the person of that
// last name when the article has one. Rule id "signature".
func (x *docState) signatureSpeaker(si int) (attribution, bool) {
	s := x.sents[si]
	text := s.text(x.t.raw)
	start := strings.IndexFunc(text, func(r rune) bool { return !strings.ContainsRune(dashRunes, r) && !unicode.IsSpace(r) })
	if start < 0 {
		return attribution{}, false
	}
	end := len(text)
	if i := strings.IndexAny(text[start:], ",.(;"); i >= 0 {
		end = start + i
	}
	name := strings.TrimSpace(text[start:end])
	words := strings.Fields(name)
	if len(words) == 0 || len(words) > 4 {
		return attribution{}, false
	}
	for _, w := range words {
		if !startsUpper(w) {
			return attribution{}, false
		}
	}
	sp := span{s.start + start, s.start + start + len(name)}
	return attribution{speaker: x.namedSpeaker(sp, "signature")}, true
}

// sentenceAt returns the index of the first sentence that ends after
// offset pos: the one holding pos, or the next.
func (x *docState) sentenceAt(pos int) int {
	return sort.Search(len(x.sents), func(i int) bool { return x.sents[i].end > pos })
}

// quotingSentences marks the sentences some quote's marks overlap.
func (x *docState) quotingSentences() []bool {
	quoting := make([]bool, len(x.sents))
	for _, q := range x.quotes {
		for si := x.sentenceAt(q.outer.start); si < len(x.sents) && x.sents[si].start < q.outer.end; si++ {
			quoting[si] = true
		}
	}
	return quoting
}

// introducingSentence returns the sentence before the one that opens with
// quote q when it can introduce it, and the index of its first element
// that does: the sentence is in the same paragraph, or ends the paragraph
// before while q fills its own paragraph; what introduces q follows the
// sentence's last quote, when it ends in a colon ("... the status quo.”
// She went on to say:", which the segmenter leaves one sentence). prev is
// -1 when there is none.
func (x *docState) introducingSentence(si, q int, elementsOf func(int) []element) (prev, from int) {
	if si == 0 {
		return -1, 0
	}
	prev = si - 1
	els := elementsOf(prev)
	for i, e := range els {
		if e.quote >= 0 {
			from = i + 1
		}
	}
	// After a quote, only a clause ending in a colon introduces the next
	// one; "..., said Peter Morgan of the Sierra Club." attributes its own.
	if from == len(els) || from > 0 && (els[len(els)-1].tok < 0 || els[len(els)-1].token.text != ":") {
		return -1, 0
	}
	qm := x.quotes[q]
	if x.sents[prev].para == qm.para {
		return prev, from
	}
	p := x.paras[qm.para]
	if x.sents[prev].para == qm.para-1 && qm.outer.start == p.start && qm.outer.end >= p.end-1 {
		return prev, from
	}
	return -1, 0
}

// transcriptTurn is a speaker's name in capitals opening a transcript turn.
var transcriptTurn = regexp.MustCompile(`^([A-Z][A-Z.'’\-]+(?: [A-Z][A-Z.'’\-]+){0,2}):\s`)

// transcriptSpeaker attributes a quoted transcript turn ("WALLACE: But,
// Governor Pence, ...") to the name that opens it, linked to the person of
// that last name when the article has one. Rule id "transcript-turn".
func (x *docState) transcriptSpeaker(qi int) (attribution, bool) {
	q := x.quotes[qi]
	m := transcriptTurn.FindStringSubmatchIndex(q.inner.text(x.t.raw))
	if m == nil {
		return attribution{}, false
	}
	name := span{q.inner.start + m[2], q.inner.start + m[3]}
	return attribution{speaker: x.namedSpeaker(name, "transcript-turn")}, true
}

// namedSpeaker is the speaker a name written at sp stands for: the person
// of the article with that last name, else the name as written.
func (x *docState) namedSpeaker(sp span, rule string) *schema.Speaker {
	speaker := &schema.Speaker{Name: sp.text(x.t.raw), Kind: schema.SpeakerPerson, Mention: x.t.mention(sp), ResolvedBy: schema.ByExplicit, Rule: rule}
	words := strings.Fields(speaker.Name)
	if e := x.personByLast(x.fold(words[len(words)-1]), sp.start); e >= 0 {
		p := x.people[e]
		speaker.Name = x.canonicalName(p)
		speaker.PersonID = schema.PersonID(speaker.Name)
		if len(p.titles) > 0 {
			speaker.Title = p.titles[0]
		}
		speaker.Affiliation = p.affiliation
	}
	return speaker
}

type binding struct{ speaker, cue int }

// cueIntroducesNext reports whether a cue after the quote at q ends in a
// colon ("Trump said: ..."), so that it introduces what follows instead;
// or, after a quote that ends its sentence, in a comma and another quote
// ('“Why now?” Mills then writes back, “You look cute.”').
func (x *docState) cueIntroducesNext(els []element, cue, q int) bool {
	if cue <= q {
		return false
	}
	next := cue + 1
	if x.cueSpan(els, cue) != els[cue].token.span {
		next++ // past the particle: "shot back:"
	}
	if next >= len(els) || els[next].tok < 0 {
		return false
	}
	if els[next].token.text == ":" {
		return true
	}
	for next < len(els) && els[next].tok >= 0 && strings.HasPrefix(els[next].token.tag, "RB") {
		next++ // "writes back, “...”"
	}
	return next+1 < len(els) && isComma(els[next]) && els[next+1].quote >= 0 && x.wordsEndIn(x.quotes[els[q].quote], ".?!")
}

// maxAdjunct is how many words may stand between a reporting verb and
// its "that" ("said in a statement Tuesday night that").
const maxAdjunct = 8

// outerReport moves an attribution found inside reported speech to the
// report around it: in "Yepez said Perez was right to urge leaders to
// 'stand up'" the words are Yepez's report, so the speaker is the subject
// of the reporting cue ("said", from inverted_cues) whose complement opens
// with the speaker found (optionally after "that"). The report's own
// speaker may stand before an aside ("Obama, dedicating the museum on
// Saturday, said it would tell ...").
func (x *docState) outerReport(els []element, b binding, cands []candidate) binding {
	for b.speaker > 0 && b.cue > b.speaker {
		i := b.speaker - 1
		// "Sherry said she and her peers referred to themselves as":
		// past the subjects the speaker found is coordinated with.
		for i > 1 && isToken(els[i], "and") && els[i-1].cand >= 0 {
			i -= 2
		}
		// "He added that if his son were still serving, he would advise":
		// past a subordinate clause that opens the reported one.
		if report := x.reportBeforeClause(els, i); report >= 0 {
			i = report
		}
		// "Rubio said that once the Senate goes on recess, “...”": past
		// the opener of a clause inside the reported one.
		if i > 1 && els[i].tok >= 0 && x.c.clauseOpeners[els[i].token.lower] {
			k := i - 1
			if isComma(els[k]) {
				k-- // "She went on to say that, because Comey testified"
			}
			if isToken(els[k], "that") {
				i = k
			}
		}
		if isToken(els[i], "that") {
			i--
			// "He said in a statement Tuesday night that he wants": past
			// the adjuncts between the verb and its "that".
			for k := i; k >= 0 && i-k < maxAdjunct && els[k].quote < 0; k-- {
				if els[k].cue {
					i = k
					break
				}
				if els[k].tok >= 0 && finiteVerbTags[els[k].token.tag] {
					break
				}
			}
		}
		// "Obama said he expected that Americans will say": past a verb
		// of the report's own subject, when that subject opens it.
		if i > 1 && els[i].tok >= 0 && !els[i].cue && finiteVerbTags[els[i].token.tag] && els[i-1].cand >= 0 {
			k := i - 2
			if k > 0 && isToken(els[k], "that") {
				k--
			}
			if els[k].cue && x.c.reportingLemmas[x.c.cues[els[k].token.lower]] {
				i = k
			}
		}
		if i < 0 || !els[i].cue || !x.c.reportingLemmas[x.c.cues[els[i].token.lower]] {
			return b
		}
		outer := -1
		for j := i - 1; j >= 0; j-- {
			if c := els[j].cand; c >= 0 && !cands[c].object && !cands[c].possessive {
				outer = j
				break
			}
		}
		if outer < 0 {
			return b
		}
		b = binding{speaker: outer, cue: i}
		b.speaker = x.asideSubject(els, b, cands)
	}
	return b
}

// maxSubordinateClause is the longest clause, in elements, that
// reportBeforeClause looks back over.
const maxSubordinateClause = 24

// reportBeforeClause returns the reporting cue, or its "that", before the
// subordinate clause that the comma at els[comma] closes ("said, if
// elected,", "added that if his son Beau, who died last year, were still
// serving in Iraq,"); else -1. What follows the comma is then part of
// the report.
func (x *docState) reportBeforeClause(els []element, comma int) int {
	if comma < 2 || !isComma(els[comma]) {
		return -1
	}
	for j := comma - 1; j > 0 && comma-j <= maxSubordinateClause; j-- {
		if els[j].quote >= 0 {
			return -1
		}
		if els[j].tok < 0 || !x.c.clauseOpeners[els[j].token.lower] {
			continue
		}
		k := j - 1
		if isComma(els[k]) && k > 0 {
			k--
		}
		if isToken(els[k], "that") || els[k].cue {
			return k
		}
		return -1
	}
	return -1
}

// participleSubject moves the speaker of a participle cue with no subject
// of its own ("..., saying", "... and questioning", "started the debate
// saying"; not "Trump saying") to the subject of the clause it hangs from:
// the nearest candidate before it that a verb follows ("Mateen left early,
// Nefzi said, adding"), else the first candidate not in object position.
func (x *docState) participleSubject(els []element, b binding, cands []candidate) int {
	if b.cue < 1 || b.speaker > b.cue || els[b.cue].token.tag != "VBG" && !coordinatedCue(els, b.cue) || b.speaker == b.cue-1 ||
		b.speaker == b.cue-2 && isToken(els[b.cue-1], "as") {
		return b.speaker // "Trump saying", "quoted Schwarzenberg as saying"
	}
	// A finite verb joined by "and" shares the subject of the verb
	// before it, even in an inner clause ("after she attacked ... and
	// blamed"); a participle so joined shares its participle's ("telling
	// CNN that Trump is unfit and questioning ...").
	coordinated := coordinatedCue(els, b.cue) && els[b.cue].token.tag != "VBG"
	// "although Clinton won the spin by declaring": a participle after
	// "by" tells how the nearest verb was done, even in an inner clause.
	nearest := coordinated || isToken(els[b.cue-1], "by")
	for i := b.cue - 2; i >= 0; i-- {
		c := els[i].cand
		if c < 0 {
			continue
		}
		// A phrase found before its own verb that opens the sentence or
		// follows a comma is that clause's subject ("The demonstrators
		// marched ..., chanting").
		opening := cands[c].subjectOnly && (i == 0 || isComma(els[i-1]))
		// A phrase found next to its own cue is that cue's subject ("the
		// company wrote a letter to ..., calling"), unless a dash sets
		// the two apart ("Spicer -- as Clinton's campaign noted -- has
		// taunted").
		ownCue := cands[c].adjacentOnly && i+1 < len(els) && els[i+1].cue && !dashBetween(els, i+1, b.cue)
		if cands[c].possessive || cands[c].adjacentOnly && !opening && !ownCue || cands[c].subordinate && !nearest || !verbFollows(els, i+1) {
			continue
		}
		// "with Donald Trump tweeting ... and asking": the object of
		// "with" is the subject of its participle.
		if !cands[c].object || cands[c].objectOf == "with" {
			return i
		}
	}
	for i := 0; i < b.cue; i++ {
		if c := els[i].cand; c >= 0 && !cands[c].object && !cands[c].possessive && !cands[c].adjacentOnly {
			return i
		}
	}
	return b.speaker
}

// dashBetween reports whether a dash stands among els[from:to].
func dashBetween(els []element, from, to int) bool {
	for _, e := range els[from:to] {
		if e.tok >= 0 && e.token.text != "" && strings.Trim(e.token.text, dashRunes) == "" {
			return true
		}
	}
	return false
}

// coordinatedCue reports whether the cue at els[cue] is a verb joined to
// the one before it ("declined to comment but said", "paused and added"):
// its subject is that verb's.
func coordinatedCue(els []element, cue int) bool {
	if cue < 1 || els[cue-1].tok < 0 {
		return false
	}
	w := els[cue-1].token.lower
	return w == "and" || w == "but"
}

// maxAsides is how many comma-closed asides may stand between a speaker
// and its cue ("Cory James, 22, of Flint, Mich., said").
const maxAsides = 3

// asideSubject moves a speaker found inside an aside closed by a comma
// right before the cue ("Zimmerman, who identifies as Hispanic, told") to
// the phrase the aside describes: the candidate right before the aside's
// opening comma, when it is not an object or a possessive. A relative
// clause may hold asides of its own ("Mr. Slinker, whose start-up,
// Paradata, uses big data, said"), so the phrase before a relative
// pronoun further back wins over one nearer the cue.
func (x *docState) asideSubject(els []element, b binding, cands []candidate) int {
	// A participle after a comma ("..., saying") hangs from its clause
	// instead: see participleSubject.
	if b.speaker < 0 || b.cue < 2 || b.speaker > b.cue || !isComma(els[b.cue-1]) || els[b.cue].token.tag == "VBG" {
		return b.speaker
	}
	// found is the phrase before the nearest aside; settled, once it is
	// final unless a relative clause further back holds it.
	found, settled := b.speaker, false
	closing := b.cue - 1
	for range maxAsides {
		open := closing - 1
		cue := false
		for open >= 0 && !isComma(els[open]) {
			if els[open].quote >= 0 {
				// A title whose comma falls inside its marks may end
				// an aside before a relative clause ("a contestant on
				// "The Apprentice," who went on to ..., said").
				if !x.wordsEndIn(x.quotes[els[open].quote], ",") || !relativeOpens(els, open+1, cands) {
					return found
				}
				break
			}
			cue = cue || els[open].cue
			open--
		}
		// A cue inside the aside is its own only in a relative clause
		// ("Trump, who previously questioned whether ..., said").
		relative := relativeOpens(els, open+1, cands) || isToken(els[open+1], "whose")
		if open < 1 || cue && !relative || open > b.speaker && open-1 != b.speaker {
			return found
		}
		// "The Chancellor, Rachel Reeves, said": a person's name alone
		// in the aside names the capitalised phrase before it, taken for
		// an organisation's name. ("Cuomo's spokesman, Rich Azzopardi,"
		// already names him.)
		if aside := els[open+1].cand; open+2 == closing && aside >= 0 && cands[aside].kind == "person" && cands[aside].entity >= 0 {
			if c := els[open-1].cand; c >= 0 && cands[c].kind == "organisation" {
				return found
			}
		}
		if c := els[open-1].cand; c >= 0 && !cands[c].object && !cands[c].possessive && open-1 <= b.speaker {
			// "who, after trading insults ..., said": the relative
			// pronoun already stands for its phrase.
			if relative || cands[c].kind == "relative" {
				return open - 1
			}
			if !settled {
				found, settled = open-1, true
			}
		}
		closing = open
	}
	return found
}

// relativeOpens reports whether els[i] is a relative pronoun: "who" or
// "which", laid out as a candidate or left a token.
func relativeOpens(els []element, i int, cands []candidate) bool {
	if i >= len(els) {
		return false
	}
	if c := els[i].cand; c >= 0 {
		return cands[c].kind == "relative"
	}
	return els[i].tok >= 0 && (els[i].token.lower == "who" || els[i].token.lower == "which")
}

func isComma(e element) bool { return e.tok >= 0 && e.token.text == "," }

// opensClause reports whether els[i] is the subject of a clause that a
// clause opener starts: the opener right before it ("although she made"),
// a verb right after it (not "has gone after Trump as").
func (x *docState) opensClause(els []element, i int) bool {
	return i > 0 && els[i-1].tok >= 0 && x.c.clauseOpeners[els[i-1].token.lower] && verbFollows(els, i+1)
}

// mainSubject moves a SUBJECT found nearest the quote to the first
// subject of the sentence before it: with no speech verb to tie a phrase
// to the quote, the sentence's own subject is its source ("He then listed
// the qualities of a successful Republican nominee:", "Kaine has adopted
// the stance common among some Catholics: ..."), or of the clause a
// clause opener starts ("..., while the former governor loves ...").
func (x *docState) mainSubject(els []element, found int, cands []candidate) int {
	start, comma := 0, -1
	for j := found - 1; j >= 0; j-- {
		if isComma(els[j]) && comma < 0 {
			comma = j
		}
		// Only an opener with a subject after it opens a clause ("while
		// helping" does not).
		if els[j].tok >= 0 && x.c.clauseOpeners[els[j].token.lower] && j+1 < len(els) && els[j+1].cand >= 0 {
			// "When she was talking about it, she offered": a comma
			// closes a clause that opens the sentence.
			start = j + 1
			if comma >= 0 {
				start = comma + 1
			}
			break
		}
	}
	for i := start; i < found; i++ {
		if c := els[i].cand; c >= 0 && !cands[c].object && !cands[c].possessive && (!cands[c].subordinate || i == start) && verbFollowsAside(els, i+1) {
			return i
		}
	}
	return found
}

// inOpeningClause reports whether els[s] stands in a clause that a clause
// opener starts at the sentence's start, or after a comma, and that a
// comma right before the quote at els[q] closes, the quote ending the
// sentence: the quote is the main clause ("Unless further rivals quit the
// race, “it's very difficult ...”"), not a part of the opening one
// ("When Trump used the words, “...,” he was echoing Ryan").
func (x *docState) inOpeningClause(els []element, s, q int) bool {
	j := s - 1
	for j >= 0 && !isComma(els[j]) && (els[j].tok < 0 || !x.c.clauseOpeners[els[j].token.lower]) {
		j--
	}
	if j < 0 || isComma(els[j]) || j > 0 && !isComma(els[j-1]) || q < 1 || !isComma(els[q-1]) {
		return false
	}
	if !onlyPunctuationAfter(els, q) {
		return false
	}
	for k := s + 1; k < q-1; k++ {
		if els[k].quote >= 0 {
			return false
		}
	}
	return true
}

// verbFollowsAside is verbFollows past an aside set off by commas ("The
// report, released Tuesday by the inspector general, found").
func verbFollowsAside(els []element, i int) bool {
	if verbFollows(els, i) {
		return true
	}
	if i >= len(els) || !isComma(els[i]) {
		return false
	}
	for j := i + 1; j < len(els) && j <= i+maxAside; j++ {
		if els[j].quote >= 0 {
			return false
		}
		if isComma(els[j]) {
			return j > i+1 && verbFollows(els, j+1)
		}
	}
	return false
}

// finiteVerbFollows reports whether els[i] is a finite verb or a modal.
func finiteVerbFollows(els []element, i int) bool {
	return i < len(els) && els[i].tok >= 0 && finiteVerbTags[els[i].token.tag]
}

// verbFollows reports whether els[i] is a verb, past adverbs and
// modals ("effectively acknowledged", "didn't mingle").
func verbFollows(els []element, i int) bool {
	for ; i < len(els) && els[i].tok >= 0; i++ {
		tag := els[i].token.tag
		switch {
		case strings.HasPrefix(tag, "VB"):
			return true
		case tag == "MD" || strings.HasPrefix(tag, "RB"):
			continue
		}
		return false
	}
	return false
}

// matchSlots matches slots against els from index i, moving in direction
// dir (+1 after the quote, -1 before it, with the slots reversed). A gap
// takes as few elements as it can, so the nearest cue and speaker win.
func (x *docState) matchSlots(slots []string, els []element, i, dir int, b *binding, cands []candidate) bool {
	if len(slots) == 0 {
		return x.bindingOK(b, els, cands)
	}
	in := i >= 0 && i < len(els)
	switch s := slots[0]; s {
	case "...":
		for j := i; j >= 0 && j < len(els); j += dir {
			if x.matchSlots(slots[1:], els, j, dir, b, cands) {
				return true
			}
		}
		return false
	case ",?", ":?":
		if in && els[i].tok >= 0 && els[i].token.text == s[:1] && x.matchSlots(slots[1:], els, i+dir, dir, b, cands) {
			return true
		}
		return x.matchSlots(slots[1:], els, i, dir, b, cands)
	case "SPEAKER", "SUBJECT":
		if !in || els[i].cand < 0 || cands[els[i].cand].possessive && !cands[els[i].cand].speechPossessor {
			return false
		}
		// A subject phrase speaks through a cue joined to its own verb
		// ("A spokesman for Platte River declined ... but said").
		// A subordinate clause's subject is no SUBJECT, unless a clause
		// opener starts the clause ("..., although she made it clear that
		// she has “serious concerns”").
		if c := cands[els[i].cand]; s == "SPEAKER" && c.subjectOnly && !(dir < 0 && coordinatedCue(els, b.cue)) ||
			s == "SUBJECT" && (c.object || c.subordinate && !x.opensClause(els, i)) {
			return false
		}
		saved := b.speaker
		b.speaker = i
		if x.matchSlots(slots[1:], els, i+dir, dir, b, cands) {
			return true
		}
		b.speaker = saved
		return false
	case "CUE":
		if !in || !els[i].cue || dir < 0 && closedRelativeCue(els, i, cands) {
			return false
		}
		saved := b.cue
		b.cue = i
		if x.matchSlots(slots[1:], els, i+dir, dir, b, cands) {
			return true
		}
		b.cue = saved
		return false
	default:
		// A literal word may have been laid out as a candidate ("it" in
		// "put it:").
		word := in && (els[i].tok >= 0 && literalMatches(s, els[i].token.lower) ||
			els[i].cand >= 0 && literalMatches(s, cands[els[i].cand].mention.text(x.t.raw)))
		if !word {
			return false
		}
		// A literal speech verb ("reported|reports") is the cue when no
		// CUE slot names one.
		if b.cue < 0 && els[i].cue {
			b.cue = i
			if x.matchSlots(slots[1:], els, i+dir, dir, b, cands) {
				return true
			}
			b.cue = -1
		}
		return x.matchSlots(slots[1:], els, i+dir, dir, b, cands)
	}
}

// closedRelativeCue reports whether the cue at els[cue] is inside a
// relative clause set off by commas, the verb of the clause it interrupts
// coming after the closing comma and before the quotation: that clause
// reports something of its own ("He said that the announcement, which
// some have argued was a ploy, was an “insult”"; not "Mike Lee, who
// declared, “...”").
func closedRelativeCue(els []element, cue int, cands []candidate) bool {
	closed := false
	for j := cue + 1; j < len(els) && els[j].quote < 0; j++ {
		if isComma(els[j]) {
			closed = verbFollows(els, j+1)
			break
		}
	}
	if !closed {
		return false
	}
	for j := cue - 1; j > 0 && !isComma(els[j]) && els[j].quote < 0; j-- {
		if relativeOpens(els, j, cands) && isComma(els[j-1]) {
			return true
		}
	}
	return false
}

// literalMatches reports whether the word w is the literal slot s or one
// of its alternatives ("reported|reports"), case ignored.
func literalMatches(s, w string) bool {
	for {
		alt, rest, more := strings.Cut(s, "|")
		if strings.EqualFold(alt, w) {
			return true
		}
		if !more {
			return false
		}
		s = rest
	}
}

// inverts reports whether the cue at els[cue] may come before its
// speaker: a cue that inverts ("said an Iowa Democrat"), or any cue right
// after a quotation that opens the sentence and ends in a comma, question
// or exclamation mark ('"...," remembered Roy Verley', '"...?" reacted
// Trump'); not after a phrase quoted inside a sentence ('called it
// "a disgrace," blaming Michael Bloomberg').
func (x *docState) inverts(els []element, cue int) bool {
	if x.c.invertedCues[els[cue].token.lower] {
		// "and recalled the three-year freeze": a cue joined to a verb
		// before it shares that verb's subject.
		return !coordinatedCue(els, cue) && !(cue > 0 && isToken(els[cue-1], "or"))
	}
	// The quote opens the sentence, or the clause after a colon ("Then
	// there was the change: “...,” exhorted Clinton's introducer").
	q := cue - 1
	if q < 0 || els[q].quote < 0 || q > 0 && !isToken(els[q-1], ":") {
		return false
	}
	return x.wordsEndIn(x.quotes[els[q].quote], ",?!")
}

// clauseAsideBetween reports whether the elements between a phrase at els[i]
// and its cue at els[cue] are one relative or participial aside set off by
// commas ("A senior official, who asked not to be named, said").
func clauseAsideBetween(els []element, i, cue int, cands []candidate) bool {
	first, last := i+1, cue-1
	// A participle after a comma, however tagged, hangs from its clause
	// instead ("Dean, a former chairman, poked at Trump, tweeting"): see
	// participleSubject.
	if last-first < 2 || last-first > maxClauseAside || !isComma(els[first]) || !isComma(els[last]) || strings.HasSuffix(els[cue].token.lower, "ing") {
		return false
	}
	e := els[first+1]
	if e.cand >= 0 {
		return cands[e.cand].kind == "relative"
	}
	return e.tok >= 0 && opensClauseAside(*e.token)
}

// passiveParticiple reports whether the cue at els[cue] is a passive
// participle ("has been called", "often labeled as"): a past form, which
// the tagger may call a past tense, with no subject or form of "have"
// before it, past adverbs ("Cruz called it", "He has declared").
func passiveParticiple(els []element, cue int) bool {
	if tag := els[cue].token.tag; tag != "VBN" && tag != "VBD" {
		return false
	}
	k := cue - 1
	for k >= 0 && els[k].tok >= 0 && strings.HasPrefix(els[k].token.tag, "RB") {
		k--
	}
	return k < 0 || els[k].cand < 0 && !perfectAuxiliaries[tokenLower(els[k])]
}

// perfectAuxiliaries make the participle after them active ("has said").
var perfectAuxiliaries = map[string]bool{"have": true, "has": true, "had": true, "having": true, "'ve": true, "’ve": true}

// bindingOK rejects a speaker in object position ("to President Trump"),
// or one found only next to a cue, unless it stands right next to the cue
// ("with Trump pointing to ...").
func (x *docState) bindingOK(b *binding, els []element, cands []candidate) bool {
	if b.speaker < 0 || b.cue < 0 {
		return true
	}
	// After its cue, a phrase is the cue's object ("told Trump"), unless
	// the cue is one that inverts ("said an Iowa Democrat").
	if b.speaker > b.cue {
		// "as reported by Western Journalism": the agent of a passive cue,
		// also past the quote it cues ("labeled as a “witch hunt” by
		// Democrats").
		if b.speaker == b.cue+2 && isToken(els[b.cue+1], "by") {
			return true
		}
		if isToken(els[b.speaker-1], "by") && els[b.speaker-2].quote >= 0 {
			return passiveParticiple(els, b.cue)
		}
		// "said they were": a phrase a verb follows is the subject of
		// what was said, not the one who said it.
		return x.inverts(els, b.cue) && !finiteVerbFollows(els, b.speaker+1)
	}
	// "Because of how Democrats crafted the schedule, explained Rosenberg,
	// “...”": a cue set off by commas with a phrase after it is that
	// phrase's, not the one of the clause before.
	if inner := b.cue + 1; isComma(els[b.cue-1]) && inner+1 < len(els) && els[inner].cand >= 0 && !cands[els[inner].cand].object &&
		isComma(els[inner+1]) && x.inverts(els, b.cue) {
		return false
	}
	c := cands[els[b.speaker].cand]
	if c.speechPossessor || !c.object && (!c.adjacentOnly || c.subjectOnly && coordinatedCue(els, b.cue)) {
		return true
	}
	// "The paper quoted Schwarzenberg as saying", "cited officials as
	// saying": the object of the report speaks through "as" and its cue.
	if c.object && b.speaker+2 == b.cue && isToken(els[b.speaker+1], "as") {
		return true
	}
	// Before its cue, an object speaks only in "with Trump pointing to ...".
	if c.object && c.objectOf != "with" {
		return false
	}
	// "with Lewandowski taking to Twitter to call Fields ...": the object
	// of "with" is the subject of the participle after it, and of the
	// cues in its clause.
	if c.object && b.speaker+1 < len(els) && els[b.speaker+1].tok >= 0 && els[b.speaker+1].token.tag == "VBG" {
		return true
	}
	if clauseAsideBetween(els, b.speaker, b.cue, cands) {
		return true
	}
	lo, hi := min(b.speaker, b.cue), max(b.speaker, b.cue)
	for i := lo + 1; i < hi; i++ {
		// Only adverbs may stand between ("Trump reportedly yelling").
		if els[i].tok < 0 || !strings.HasPrefix(els[i].token.tag, "RB") {
			return false
		}
	}
	return true
}
