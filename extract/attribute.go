package extract

import (
	"slices"
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
			a, ok := x.matchQuote(els[si], ei, cands[si], si, cands)
			if prev := joinedQuoteBefore(els[si], ei); prev >= 0 && attrs[prev].speaker != nil && !(ok && a.speaker != nil && a.speaker.Mention.Span == attrs[prev].speaker.Mention.Span) {
				sp := *attrs[prev].speaker
				sp.Rule = "joined-quote"
				attrs[e.quote], matched[e.quote] = attribution{speaker: &sp, cue: attrs[prev].cue}, true
				continue
			}
			if ok {
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
			a, ok = x.matchQuote(joined, len(joined)-1, cands[prev], prev, cands)
			// '“Tell me your plan,” Denise Harrower told the candidates.
			// Her son, Jamal, was shot in 2024. “I want to hear ...”': a
			// sentence with no cue gives the quote after it to a subject
			// that is no person acting ("They also lie in a media market
			// dead zone.") only when no quote before in the paragraph has
			// a speaker to go on. A person acting does introduce it
			// ("Betsy Ebeling shook her head. “...”").
			if ok && !(a.speaker != nil && a.speaker.Rule == "subject-quote" && !x.personActing(prev, a.speaker) && spokenBefore(x.quotes, attrs, e.quote)) {
				attrs[e.quote], matched[e.quote] = a, true
			}
		}
	}
	x.continueSpeakers(attrs, matched, cands)
	return attrs
}

// joinedQuoteBefore returns the quote that "and" or "or" joins to the
// quote at els[q] when no cue follows it in the sentence ('was asked by
// reporters: "...?" and "...?"', 'called the plan "reckless" and
// "cruel"'), or -1: the two are one statement's, and the first one's
// attribution is the second's.
func joinedQuoteBefore(els []element, q int) int {
	if q < 2 || !isToken(els[q-1], "and") && !isToken(els[q-1], "or") || els[q-2].quote < 0 {
		return -1
	}
	if slices.ContainsFunc(els[q+1:], func(e element) bool { return e.cue }) {
		return -1
	}
	return els[q-2].quote
}

// personActing reports whether sp is a person and the subject of an
// active verb in sentence si: no "was shot" follows the mention.
func (x *docState) personActing(si int, sp *schema.Speaker) bool {
	if sp.Kind != schema.SpeakerPerson {
		return false
	}
	toks := x.sents[si].tokens
	k := slices.IndexFunc(toks, func(t token) bool { return int(x.t.runeAt[t.start]) >= sp.Mention.Span[1] })
	for k >= 0 && k < len(toks) && toks[k].text == "," {
		k++
	}
	return k < 0 || k+1 >= len(toks) || !(progressiveBe[toks[k].lower] && toks[k+1].tag == "VBN")
}

// spokenBefore reports whether a quote before quotes[q] in its paragraph
// has a speaker.
func spokenBefore(quotes []quoteMarks, attrs []attribution, q int) bool {
	for i := q - 1; i >= 0 && quotes[i].para == quotes[q].para; i-- {
		if attrs[i].speaker != nil {
			return true
		}
	}
	return false
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
	passive, agent := x.passiveComplement(si, els, q)
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
		if b.speaker < 0 || x.cueIntroducesNext(els, b.cue, q) || cueGovernsLaterQuote(els, b, q) || x.describesQuote(x.sents[si].tokens, els, b, q, sentCands) || x.meansAfterActiveCue(si, els, b) {
			return attribution{}, false
		}
		// "Asked whether he had recommended her, he grinned: “...”",
		// "Pressed by CNN's Elliot Wainwright on who they were, the former
		// first lady declined to name anyone: “...”": the quotation after
		// the clause a participle opens the sentence with is the main
		// clause's, not that of a phrase inside the participle's clause.
		if c := openingParticipleComma(els); c > 0 && b.speaker < c && c < q {
			return attribution{}, false
		}
		// "After I published excerpts of the contract, Krawczyk-Obi shared
		// them on Bluesky with a one-line comment: “...”": a cue in the
		// clause that opens the sentence does not reach past the main
		// clause's own subject.
		if x.cueInOpeningClause(si, els, b, q, sentCands) {
			return attribution{}, false
		}
		// "according to a new survey that Carrow's campaign was quick to
		// dismiss as an “outlier”": a quotation cued inside a relative
		// clause of the outer source is the clause's, not the source's.
		if p.outer && b.speaker < q && (relativeCueBetween(els, b.speaker, q, sentCands) || contrastCueBetween(els, b.speaker, q, sentCands)) {
			return attribution{}, false
		}
		// "... signals “the beginning of the end,” said Geert Wilders":
		// a report closing the sentence after a comma is the source of
		// what the sentence quotes, over a cue before the quote.
		reportBefore := b.cue >= 0 && b.speaker < b.cue && b.cue < q && x.reports(els[b.cue].token)
		// "Asked by one reporter, “...?”, the minister said no": the
		// answer after the question reports no words of it.
		askedBy := b.cue >= 0 && b.speaker == b.cue+2 && isToken(els[b.cue+1], "by") && x.c.addresseeCues[els[b.cue].token.lower]
		if trailing && b.cue >= 0 && b.cue < q && !(innerFirst && reportBefore) && !askedBy || innerFirst && !reportBefore {
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
		// "The plan was described by critics as “a giveaway”": the
		// subject of a passive cue is what was spoken of; the agent, if
		// any, spoke.
		rule := p.id
		if passive >= 0 && b.speaker < passive && (b.cue < 0 || b.cue == passive) {
			// "Northern Lights Live said the new date would be announced
			// “within seven days”": with no agent, a report around the
			// passive clause speaks.
			report := x.reportBetween(els, b.speaker, passive, sentCands)
			if report < 0 {
				report = x.reportBeforePassiveSubject(si, els, b.speaker, passive)
			}
			switch {
			case agent >= 0:
				b.speaker, b.cue, rule = agent, passive, "passive-agent"
			case report >= 0:
				b.cue = report
			default:
				return attribution{cue: x.cueSpan(els, passive)}, true
			}
		}
		b = x.reportAfterAside(els, b, sentCands)
		b.speaker = x.participleSubject(els, b, sentCands)
		b.speaker = x.asideSubject(els, b, sentCands)
		b.speaker = expletiveSubject(els, b.speaker, q, sentCands)
		b.speaker = x.accordingToAgent(els, b.speaker)
		reported := b.speaker
		b = x.outerReport(si, els, b, sentCands)
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
			asker := b.cue + 2
			if asker >= len(els) || !isToken(els[asker-1], "by") || els[asker].cand < 0 {
				return attribution{cue: cue}, true
			}
			b.speaker = asker
		}
		c := x.nearerPronoun(si, els, b.speaker, b.cue, q, sentCands, cands)
		sp := x.speakerOf(si, c, cands, rule)
		// "It started on Wednesday with a “countdown clock”": with no
		// speech verb, an "it" that stands for no phrase of the story is
		// no source; a later pattern may still find one.
		if rule == "subject-quote" && c.kind == "pronoun" && c.pronoun == "it" && sp.Name == sp.Mention.Text {
			return attribution{}, false
		}
		switch {
		case b.speaker != reported:
			sp.Original = originalOf(sp, x.speakerOf(si, sentCands[els[reported].cand], cands, rule))
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
			sp = x.speakerOf(si, survey, cands, rule)
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
		p := &x.c.patterns[i]
		if trailing && p.outer && p.quote+1 < len(p.slots) {
			continue // tried above, the same way
		}
		if a, ok := try(p, false); ok {
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

// respondentRoles are the roles of people a survey asks, beside the
// relations (voters, supporters, fans).
var respondentRoles = map[string]bool{"democrat": true, "republican": true, "resident": true, "student": true, "parent": true, "worker": true, "employee": true, "customer": true, "patient": true, "member": true}

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
	// "a lead in the polls that his advisers described as": staff, a role
	// that ties no one to the public, answer no survey.
	if head := strings.TrimSuffix(toks[c.last].lower, "s"); x.c.roles[head] && !x.c.relations[head] && !respondentRoles[head] {
		return candidate{}, false
	}
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

// describesQuote reports whether the person or body found after the
// quote at els[q] is named after a determiner and a noun for words (and
// maybe a quantifier), set off after the quote as its appositive: in
// '... described the suburbs as "...," a remark Ms. Kilcullen has quoted
// at every stop' the one who quotes the remark did not say it first, and
// in '... as "human shields", a charge Hamas denies' the one who denies
// it did not.
func (x *docState) describesQuote(toks []token, els []element, b binding, q int, cands []candidate) bool {
	if b.speaker <= q || b.cue < b.speaker {
		return false
	}
	c := cands[els[b.speaker].cand]
	first := c.first
	if c.kind == "pronoun" || first+1 >= c.last || !npDeterminers[toks[first].lower] || toks[first+1].isCapitalised() {
		return false
	}
	// "a line several Senate Democrats read as": a quantifier may open
	// the name's phrase.
	name := first + 2
	if name < c.last && partitiveQuantifiers[toks[name].lower] {
		name++
	}
	if !toks[name].isCapitalised() {
		return false
	}
	noun := toks[first+1].lower
	return x.c.speechNouns[noun] || x.c.notSpeakers[noun]
}

// relativeCueBetween reports whether a relative clause opens right after
// els[from] and holds a cue before els[to].
func relativeCueBetween(els []element, from, to int, cands []candidate) bool {
	if !relativeOpens(els, from+1, cands) && !isToken(els[from+1], "that") {
		return false
	}
	return slices.ContainsFunc(els[from+2:to], func(e element) bool { return e.cue })
}

// contrastCueBetween reports whether a clause that "though", "although",
// "whereas" or "but" opens between els[from] and the quote at els[to] has
// a subject of its own and a cue ("According to a cost analysis, ...
// could come in at under $40, though the authors describe that estimate
// as “...”"): the quotation is that subject's, not the outer source's.
func contrastCueBetween(els []element, from, to int, cands []candidate) bool {
	for k := from + 1; k+2 < to; k++ {
		if els[k].tok < 0 || !contrastOpeners[els[k].token.lower] {
			continue
		}
		if c := els[k+1].cand; c >= 0 && !cands[c].object && !cands[c].possessive && els[k+2].cue {
			return true
		}
	}
	return false
}

// contrastOpeners open a clause that sets itself against the one before.
var contrastOpeners = setOf("though although whereas but")

type binding struct{ speaker, cue int }

// cueInOpeningClause reports whether the speaker and cue bound stand in
// the subordinate clause that opens sentence si (see openingClauseEnd),
// and a phrase that a verb follows, no object or possessive, opens the
// main clause between that clause's comma and the quote at els[q].
func (x *docState) cueInOpeningClause(si int, els []element, b binding, q int, cands []candidate) bool {
	end := x.openingClauseEnd(si)
	if end < 0 || b.cue < 0 {
		return false
	}
	comma := slices.IndexFunc(els, func(e element) bool { return e.tok == end })
	if comma < 0 || b.cue > comma || b.speaker > comma || q < comma {
		return false
	}
	for k := comma + 1; k < q; k++ {
		if c := els[k].cand; c >= 0 {
			return !cands[c].object && !cands[c].possessive && verbFollows(els, k+1)
		}
	}
	return false
}

// meansAfterActiveCue reports whether the speaker bound is a phrase after
// "by" right after a finite, active speech verb: "a company spokesman said
// by email that Veridian “does not anticipate” cuts" names the means, and
// only the passive's "by" names who spoke.
func (x *docState) meansAfterActiveCue(si int, els []element, b binding) bool {
	if b.cue < 0 || b.speaker != b.cue+2 || !isToken(els[b.cue+1], "by") || els[b.cue].tok < 0 {
		return false
	}
	return finiteVerbTags[els[b.cue].token.tag] && !x.afterPassiveAuxiliary(si, els[b.cue].tok)
}

// pastAside returns the index after the comma that closes a participial
// or relative aside opening with the comma at els[i] (", known as "Shield
// of Attica",", ", who leads the group,"), or i when none opens there.
func pastAside(els []element, i int, cands []candidate) int {
	if i+1 >= len(els) || !isComma(els[i]) {
		return i
	}
	first := els[i+1]
	if !relativeOpens(els, i+1, cands) && !(first.tok >= 0 && opensClauseAside(*first.token)) {
		return i
	}
	for k := i + 2; k < len(els) && k <= i+maxAsideElements; k++ {
		if els[k].cue {
			return i
		}
		if isComma(els[k]) {
			return k + 1
		}
	}
	return i
}

// maxAsideElements is how many elements pastAside reads to the closing
// comma.
const maxAsideElements = 16

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
	case "^":
		// The start of the sentence, or of a clause after a conjunction
		// ("because to him, ...").
		if !in {
			return x.matchSlots(slots[1:], els, i, dir, b, cands)
		}
		if els[i].tok >= 0 && clauseStartWords[els[i].token.lower] {
			return x.matchSlots(slots[1:], els, i+dir, dir, b, cands)
		}
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

// clauseStartWords open a clause that the slot ^ may start after.
var clauseStartWords = map[string]bool{"and": true, "but": true, "because": true, "so": true, "yet": true, "for": true}

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
	return x.wordsEndIn(x.quotes[els[q].quote], openingQuoteEnds)
}

// clauseAsideBetween reports whether the elements between a phrase at els[i]
// and its cue at els[cue] are one relative or participial aside set off by
// commas ("A senior official, who asked not to be named, said").
func (x *docState) clauseAsideBetween(els []element, i, cue int, cands []candidate) bool {
	first, last := i+1, cue-1
	// A participle after a comma, however tagged, hangs from its clause
	// instead ("Dean, a former chairman, poked at Trump, tweeting"): see
	// participleSubject.
	if last-first < 2 || last-first > maxClauseAside || !isComma(els[first]) || !x.closingComma(els[last]) || strings.HasSuffix(els[cue].token.lower, "ing") {
		return false
	}
	e := els[first+1]
	if e.cand >= 0 {
		return cands[e.cand].kind == "relative"
	}
	// "The crowd, many wearing hard hats, chanted": a quantifier's
	// participle (see clauseAsideOpen).
	if e.tok >= 0 && partitiveQuantifiers[e.token.lower] && els[first+2].tok >= 0 {
		if tag := els[first+2].token.tag; tag == "VBG" || tag == "VBN" {
			return true
		}
	}
	// "Brown, asked if she would run, said": a participle the tagger
	// may take for a past tense (see questionedAside).
	if e.tok >= 0 && els[first+2].tok >= 0 && questioned(e.token.lower, els[first+2].token.lower) {
		return true
	}
	return e.tok >= 0 && opensClauseAside(*e.token)
}

// openingParticipleComma returns the index of the comma that closes a
// participle's clause opening the sentence ("Asked whether he had
// recommended her, he grinned"), when a phrase follows it as the main
// clause's subject; else -1. A participle that works as a preposition
// ("According to Smith, ...") opens no such clause.
func openingParticipleComma(els []element) int {
	if len(els) == 0 || els[0].tok < 0 || els[0].token.tag != "VBN" && els[0].token.tag != "VBG" || prepositionalParticiples[els[0].token.lower] {
		return -1
	}
	for j := 1; j+1 < len(els); j++ {
		if els[j].quote >= 0 {
			return -1
		}
		if isComma(els[j]) {
			if els[j+1].cand >= 0 {
				return j
			}
			return -1
		}
	}
	return -1
}

// closingComma reports whether e closes an aside: a comma, or a quotation
// whose words end in one ("The union, which called the plan “a
// disaster,” said").
func (x *docState) closingComma(e element) bool {
	return isComma(e) || e.quote >= 0 && x.wordsEndIn(x.quotes[e.quote], ",")
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

// quoteOpensLowerAt reports whether els[k] is a quotation whose words
// open in lower case.
func (x *docState) quoteOpensLowerAt(els []element, k int) bool {
	if k >= len(els) || els[k].quote < 0 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(x.quotes[els[k].quote].inner.text(x.t.raw))
	return unicode.IsLower(r)
}

// quoteRightAfter reports whether a quotation follows els[cue], past a
// comma or a colon.
func quoteRightAfter(els []element, cue int) bool {
	k := cue + 1
	if k < len(els) && (isComma(els[k]) || isToken(els[k], ":")) {
		k++
	}
	return k < len(els) && els[k].quote >= 0
}

// perfectAuxiliaries make the participle after them active ("has said").
var perfectAuxiliaries = map[string]bool{"have": true, "has": true, "had": true, "having": true, "'ve": true, "’ve": true}

// answerFollows reports whether a clause of its own follows the cue at
// els[cue]: a subject and its verb ("said it was", "said she had") or a
// bare "yes" or "no".
func answerFollows(els []element, cue int, cands []candidate) bool {
	next := cue + 1
	if next >= len(els) {
		return false
	}
	if isToken(els[next], "yes") || isToken(els[next], "no") {
		return true
	}
	return els[next].cand >= 0 && !cands[els[next].cand].object && finiteVerbFollows(els, next+1)
}

// colonRefusedObjects are the prepositions whose object speaks no quote
// after a colon.
var colonRefusedObjects = map[string]bool{"to": true, "with": true, "on": true, "in": true, "at": true, "about": true, "against": true, "into": true, "toward": true, "towards": true}

// bindingOK rejects a speaker in object position ("to President Trump"),
// or one found only next to a cue, unless it stands right next to the cue
// ("with Trump pointing to ...").
func (x *docState) bindingOK(b *binding, els []element, cands []candidate) bool {
	if b.speaker >= 0 && b.cue < 0 && b.speaker+1 < len(els) && isToken(els[b.speaker+1], ":") {
		// "delivered a blunt message to Trump: “...”", "the attacks on
		// Twitter:": before a colon, the one spoken to or the place it was
		// said is no speaker. A verb's object may be ("doesn't surprise
		// pollster Daron Shaw:"), and so is "according to HuffPo:".
		// Nor is "it" after a verb ("Kitagawa wasn't buying it:").
		c := cands[els[b.speaker].cand]
		if c.object && c.kind == "pronoun" && c.pronoun == "it" {
			return false
		}
		return !c.object || !colonRefusedObjects[c.objectOf] || c.objectOf == "to" && b.speaker >= 2 && isToken(els[b.speaker-2], "according")
	}
	// '“Nos iban a matar” — they were going to kill us — she told': after
	// a dash that follows a quote, a pronoun or a phrase before a verb
	// opens a clause; only a name or description signs the quote off.
	if b.speaker >= 2 && b.cue < 0 && els[b.speaker-2].quote >= 0 && els[b.speaker-1].tok >= 0 && isDashes(els[b.speaker-1].token.text) {
		if cands[els[b.speaker].cand].kind == "pronoun" || verbFollows(els, b.speaker+1) {
			return false
		}
	}
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
		// "a claim from the company that": the agent of a speech noun
		// (see speechNounAgent).
		if b.speaker == b.cue+2 && cands[els[b.speaker].cand].speechPossessor {
			return true
		}
		if isToken(els[b.speaker-1], "by") && els[b.speaker-2].quote >= 0 {
			return passiveParticiple(els, b.cue)
		}
		// Past a quote the cue governs, a phrase speaks only as the
		// subject of the clause after a participle that opens the
		// sentence: "Insisting that he had done “nothing wrong,” the mayor
		// refused".
		if quoteBetween(els, b.cue, b.speaker) {
			k := closesParticipleClause(els, b.cue, b.speaker)
			c := cands[els[b.speaker].cand]
			return k >= 0 && x.openingParticiple(els, b.cue) && !isPreposition(els[k-1]) && !c.object && !c.possessive && !c.subordinate && verbFollows(els, b.speaker+1)
		}
		// "said they were": a phrase a verb follows is the subject of
		// what was said, not the one who said it; so is one a quotation
		// opening in lower case follows ('said voters "deserve a client
		// list"').
		// So is one an aside sets off from its verb ('said the
		// government's programme, known as "Shield of Attica", had').
		next := pastAside(els, b.speaker+1, cands)
		return x.inverts(els, b.cue) && !finiteVerbFollows(els, b.speaker+1) && !x.quoteOpensLowerAt(els, b.speaker+1) && (next == b.speaker+1 || !finiteVerbFollows(els, next))
	}
	// '"Is that right?" Gallagher said it was': a cue that reports an
	// answer to the question before it is the answerer's, not the
	// question's.
	if q := b.speaker - 1; q >= 0 && els[q].quote >= 0 && x.wordsEndIn(x.quotes[els[q].quote], "?") && answerFollows(els, b.cue, cands) {
		return false
	}
	// "Because of how Democrats crafted the schedule, explained Rosenberg,
	// “...”": a cue set off by commas with a phrase after it is that
	// phrase's, not the one of the clause before.
	if inner := b.cue + 1; isComma(els[b.cue-1]) && inner+1 < len(els) && els[inner].cand >= 0 && !cands[els[inner].cand].object &&
		isComma(els[inner+1]) && x.inverts(els, b.cue) {
		return false
	}
	c := cands[els[b.speaker].cand]
	if c.subordinate && ownClauseClosedBefore(els, b.speaker, b.cue) {
		return false
	}
	if c.speechPossessor || !c.object && (!c.adjacentOnly || c.subjectOnly && coordinatedCue(els, b.cue)) {
		return true
	}
	// "The paper quoted Schwarzenberg as saying", "cited officials as
	// saying": the object of the report speaks through "as" and its cue.
	if c.object && b.speaker+2 == b.cue && isToken(els[b.speaker+1], "as") {
		return true
	}
	// "the meddling the congressman said is designed to": a phrase
	// between a cue and the verb of what it says is the subject of a
	// clause with no relative word, whatever stands before it.
	if c.object && b.speaker+1 == b.cue && els[b.cue].token.tag != "VBG" && x.reports(els[b.cue].token) && (finiteVerbFollows(els, b.cue+1) || isToken(els[b.cue+1], "will") || isToken(els[b.cue+1], "would")) {
		return true
	}
	// "footage of Trump saying": the one a recording shows speaking.
	if c.object && c.objectOf == "of" && b.speaker+1 == b.cue && els[b.cue].token.tag == "VBG" && b.speaker >= 2 &&
		isToken(els[b.speaker-1], "of") && els[b.speaker-2].tok >= 0 && x.c.recordingNouns[els[b.speaker-2].token.lower] {
		return true
	}
	// "the recorder captured the captain saying": the object of a verb of
	// hearing, seeing or recording, right before a participle cue.
	if c.object && b.speaker+1 == b.cue && els[b.cue].token.tag == "VBG" && b.speaker >= 1 && els[b.speaker-1].tok >= 0 &&
		x.c.witnessVerbs[els[b.speaker-1].token.lower] {
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
	// Before any other form it is still the object ("in an interview
	// with The Washington Post published Monday").
	if c.object {
		return false
	}
	if x.clauseAsideBetween(els, b.speaker, b.cue, cands) {
		return true
	}
	lo, hi := min(b.speaker, b.cue), max(b.speaker, b.cue)
	// A progressive's "be" may stand before its participle too ("the fans
	// were singing", "Smith has been saying"), when the quotation follows
	// the participle: "some critics had been predicting a withdrawal"
	// quotes no one.
	if els[b.cue].token.tag == "VBG" && progressiveBetween(els, b.speaker, b.cue) && quoteRightAfter(els, b.cue) {
		return true
	}
	for i := lo + 1; i < hi; i++ {
		// Only adverbs may stand between ("Trump reportedly yelling").
		if els[i].tok < 0 || !strings.HasPrefix(els[i].token.tag, "RB") {
			return false
		}
	}
	return true
}

// ownClauseClosedBefore reports whether the phrase at els[speaker], the
// subject of a subordinate clause, has a verb of its own that is no cue,
// and a comma closes that clause right before the cue at els[cue]:
// "Smith, asked whether Jones would run, said" is Smith's, not Jones's,
// and "The official, speaking ... because he was not authorized to
// comment, said" the official's.
func ownClauseClosedBefore(els []element, speaker, cue int) bool {
	if cue < 1 || !isComma(els[cue-1]) || cue-1 <= speaker+1 || !verbFollows(els, speaker+1) {
		return false
	}
	verb := speaker + 1
	for els[verb].tok >= 0 && (els[verb].token.tag == "MD" || strings.HasPrefix(els[verb].token.tag, "RB")) {
		verb++
	}
	if els[verb].cue {
		return false
	}
	for i := speaker + 1; i < cue-1; i++ {
		if els[i].quote >= 0 {
			return false
		}
	}
	return true
}
