package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsfacts/extract/schema"
)

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
		// Before a finite cue, a pronoun inside an aside ("Jeb Bush,
		// ..., who has resented his glide path as he has struggled,
		// called") is the aside's subject, not the cue's; a participle
		// cue may hang from the clause of a pronoun ("when he announced
		// his running mate, calling").
		if i < cue && els[cue].token.tag != "VBG" && slices.ContainsFunc(els[i:cue], isComma) {
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
// one whose words the writer relies on. Who obtained a document ("a memo
// obtained by POLITICO") is not.
func (x *docState) accordingToAgent(els []element, speaker int) int {
	if speaker < 2 || !isToken(els[speaker-1], "to") || !isToken(els[speaker-2], "according") {
		return speaker
	}
	by := speaker + 1
	if by < len(els) && els[by].tok >= 0 && els[by].token.tag == "VBN" {
		if x.c.obtainingParticiples[els[by].token.lower] {
			return speaker
		}
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
	return t >= 0 && x.c.addresseeCues[els[cue].token.lower] && x.afterPassiveAuxiliary(si, t)
}

// afterPassiveAuxiliary reports whether the token at t of sentence si, not
// a gerund, follows a form of "be" or "get" past any adverbs.
func (x *docState) afterPassiveAuxiliary(si, t int) bool {
	_, ok := x.passiveAuxiliaryBefore(si, t)
	return ok
}

// passiveAuxiliaryBefore returns the index of the form of "be" or "get"
// that the token at t of sentence si, not a gerund, follows past any
// adverbs; ok is false when there is none.
func (x *docState) passiveAuxiliaryBefore(si, t int) (aux int, ok bool) {
	toks := x.sents[si].tokens
	if strings.HasSuffix(toks[t].lower, "ing") {
		return 0, false
	}
	for k := t - 1; k >= 0; k-- {
		if !strings.HasPrefix(toks[k].tag, "RB") {
			return k, passiveAuxiliaries[toks[k].lower]
		}
	}
	return 0, false
}

// passiveCueAt reports whether the cue at token t of sentence si is a
// participle after a form of "be" or "get", so that its subject is what was
// spoken of. After "being" it is not: the one spoken of reports it
// ("opened up about being described as a “real woman”"). A participle set
// off by a comma whose clause names its agent is passive too: "The law,
// described by critics as “historic,” takes effect", "The plan, dubbed
// “Obamacare” by critics, passed".
func (x *docState) passiveCueAt(si, t int) bool {
	toks := x.sents[si].tokens
	if toks[t].tag != "VBN" && toks[t].tag != "VBD" {
		return false
	}
	if aux, ok := x.passiveAuxiliaryBefore(si, t); ok {
		return toks[aux].lower != "being"
	}
	// A participle set off by a comma, or opening the sentence ("Asked by
	// one reporter, “...”, the minister said").
	return (t == 0 || toks[t-1].text == ",") && agentInClause(toks, t+1)
}

// maxAgentDistance is how many tokens after a participle set off by a
// comma its agent's "by" may come ("dubbed “Obamacare” by critics").
const maxAgentDistance = 8

// agentInClause reports whether "by" comes at toks[from] or after it,
// before a comma, a colon or the end of the clause.
func agentInClause(toks []token, from int) bool {
	for k := from; k < len(toks) && k < from+maxAgentDistance; k++ {
		switch toks[k].text {
		case "by":
			return true
		case ",", ":", ";":
			return false
		}
	}
	return false
}

// passiveComplement returns the passive cue whose complement the quote at
// els[q] is ("was described as “a giveaway”", "has been called the “Trump
// of the East”", "was denounced by Democrats as “cruel”"), and its agent
// after "by", or -1 for either. The subject of such a cue is what was
// said about, not who said it. Only "as", determiners, adjectives,
// adverbs and the agent may stand between: "Smith was quoted as saying
// the war was “a mistake”" is cued by "saying".
func (x *docState) passiveComplement(si int, els []element, q int) (cue, agent int) {
	agent = -1
	for i := q - 1; i >= 0; i-- {
		e := els[i]
		switch {
		case e.cue:
			if e.tok < 0 || !x.passiveCueAt(si, e.tok) {
				return -1, -1
			}
			return i, agent
		case e.cand >= 0:
			if agent >= 0 || i == 0 || !isToken(els[i-1], "by") {
				return -1, -1
			}
			agent = i
			i--
		case e.tok < 0 || !complementFiller(*e.token):
			return -1, -1
		}
	}
	return -1, -1
}

// openingParticiple reports whether the cue at els[cue] is a participle
// that opens the sentence, alone or after a clause opener ("Insisting that
// ...", "After calling ...").
func (x *docState) openingParticiple(els []element, cue int) bool {
	if els[cue].tok < 0 || els[cue].token.tag != "VBG" {
		return false
	}
	return cue == 0 || cue == 1 && els[0].tok >= 0 && x.c.clauseOpeners[els[0].token.lower]
}

// closesParticipleClause returns the quote after the cue at els[cue] that
// the phrase at els[speaker] follows, past commas, adverbs and words a
// comma sets off ("“nothing wrong,” the mayor", "“...,” though, Allen"),
// or -1 when there is none.
func closesParticipleClause(els []element, cue, speaker int) int {
	k := speaker - 1
	for k > cue && (isComma(els[k]) || els[k].tok >= 0 && (strings.HasPrefix(els[k].token.tag, "RB") || isComma(els[k+1]))) {
		k--
	}
	if k > cue && els[k].quote >= 0 {
		return k
	}
	return -1
}

// quoteBetween reports whether a quote stands between els[i] and els[j].
func quoteBetween(els []element, i, j int) bool {
	for k := i + 1; k < j; k++ {
		if els[k].quote >= 0 {
			return true
		}
	}
	return false
}

// isPreposition reports whether e is a preposition: a quote after one is
// the name of what was spoken to or in ("Speaking to “CBS This Morning”").
func isPreposition(e element) bool {
	return e.tok >= 0 && (e.token.tag == "IN" || e.token.tag == "TO")
}

// complementFiller reports whether t may stand between a naming cue and
// the words it names: "as", a determiner, an adjective or an adverb.
func complementFiller(t token) bool {
	switch t.tag {
	case "DT", "JJ", "JJR", "JJS", "PRP$", "CD":
		return true
	}
	return t.lower == "as" || strings.HasPrefix(t.tag, "RB")
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

// cueIntroducesNext reports whether a cue after the quote at q ends in a
// colon ("Trump said: ..."), so that it introduces what follows instead;
// or, after a quote that ends its sentence, in a comma and another quote
// ('“Why now?” Mills then writes back, “You look cute.”', '“You’re going,
// aren’t you?” I told her, “I’m going.”').
func (x *docState) cueIntroducesNext(els []element, cue, q int) bool {
	if cue <= q {
		return false
	}
	next := cue + 1
	if x.cueSpan(els, cue) != els[cue].token.span {
		next++ // past the particle: "shot back:"
	}
	// '“...,” a characterization Venkataraman called “a flat-out lie.”':
	// after a phrase that describes the quotation, a quotation right
	// after the cue is its object (not '“...,” Trump said “...”').
	if next < len(els) && els[next].quote >= 0 {
		between := strings.TrimLeft(x.t.raw[x.quotes[els[q].quote].outer.end:els[cue].token.start], " ,")
		return strings.HasPrefix(between, "a ") || strings.HasPrefix(between, "an ") || strings.HasPrefix(between, "what ")
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
	// "I told her, “...”", "Smith told reporters, “...”": past the object.
	if next < len(els) && (els[next].cand >= 0 || els[next].tok >= 0 && objectPronouns[els[next].token.lower]) {
		next++
	}
	return next+1 < len(els) && isComma(els[next]) && els[next+1].quote >= 0 && x.wordsEndIn(x.quotes[els[q].quote], ".?!")
}

// maxCueObject is the most elements between a cue and the quote it
// governs ("called it", "pronounced Pena Nieto").
const maxCueObject = 4

// cueGovernsLaterQuote reports whether the cue of b, found after the quote
// at q past words of another clause, has a quote of its own right after
// its object: "The mayor backed the “bold new plan,” and the governor
// called it “a disaster.”" The governor's words are the second quote only.
// A cue right after the quote ('“...,” he said “...”') and a comma after
// the cue ('..., he said, “...”') leave it the first quote's.
func cueGovernsLaterQuote(els []element, b binding, q int) bool {
	first := min(b.speaker, b.cue)
	if b.cue <= q || first <= q+1 || first == q+2 && isComma(els[q+1]) {
		return false
	}
	for j := b.cue + 1; j < len(els) && j <= b.cue+1+maxCueObject; j++ {
		if els[j].quote >= 0 {
			return true
		}
		if els[j].tok >= 0 && strings.ContainsAny(els[j].token.text, ",;:.!?") {
			return false
		}
	}
	return false
}

// maxAdjunct is how many words may stand between a reporting verb and
// its "that" ("said in a statement Tuesday night that").
const maxAdjunct = 8

// reportBetween returns the reporting cue ("said", from inverted_cues)
// right after the subject at els[speaker] and before els[passive], or -1.
// A relative pronoun's clause may stand between, closed by a comma
// ("Dolores Whitaker-Nuñez, who directs the commission, told"): the
// report is then the clause's phrase's.
func (x *docState) reportBetween(els []element, speaker, passive int, cands []candidate) int {
	from := speaker + 1
	if c := els[speaker].cand; c >= 0 && cands[c].kind == "relative" {
		if closing := slices.IndexFunc(els[from:passive], isComma); closing >= 0 {
			from += closing + 1
		}
	}
	for i := from; i < passive; i++ {
		if els[i].cue && x.reports(els[i].token) {
			return i
		}
		if els[i].tok < 0 || !isCueModifier(*els[i].token) {
			return -1
		}
	}
	return -1
}

// reportBeforePassiveSubject returns the reporting cue whose complement
// is the passive clause of the cue at els[passive] ("but said its vessels
// were maintained “in full compliance”": said), its subject alone between
// them after an optional "that", or -1. It reaches a report that
// reportBetween cannot, after a verb of its own subject ("CalMac did not
// respond, but said").
func (x *docState) reportBeforePassiveSubject(si int, els []element, speaker, passive int) int {
	if els[passive].tok < 0 {
		return -1
	}
	aux, ok := x.passiveAuxiliaryBefore(si, els[passive].tok)
	if !ok {
		return -1
	}
	i := passive - 1
	for i > speaker && els[i].tok >= aux {
		i--
	}
	if i <= speaker || els[i].cand < 0 {
		return -1
	}
	i--
	// "all of its vessels", "each of the three": a quantifier's part.
	if i > speaker+1 && isToken(els[i], "of") && els[i-1].tok >= 0 && partitiveQuantifiers[els[i-1].token.lower] {
		i -= 2
	}
	if i > speaker && isToken(els[i], "that") {
		i--
	}
	if i > speaker && els[i].cue && x.reports(els[i].token) {
		return i
	}
	return -1
}

// outerReport moves an attribution found inside reported speech to the
// report around it: in "Yepez said Perez was right to urge leaders to
// 'stand up'" the words are Yepez's report, so the speaker is the subject
// of the reporting cue ("said", from inverted_cues) whose complement opens
// with the speaker found (optionally after "that"). The report's own
// speaker may stand before an aside ("Obama, dedicating the museum on
// Saturday, said it would tell ...").
func (x *docState) outerReport(si int, els []element, b binding, cands []candidate) binding {
	for b.speaker > 0 && b.cue > b.speaker {
		i := b.speaker - 1
		// "Sherry said she and her peers referred to themselves as":
		// past the subjects the speaker found is coordinated with.
		for i > 1 && isToken(els[i], "and") && els[i-1].cand >= 0 {
			i -= 2
		}
		// "Abara told reporters the president believed": past the one
		// told.
		if i > 0 && els[i-1].cue && x.c.cues[els[i-1].token.lower] == "tell" && (els[i].cand >= 0 && cands[els[i].cand].object || els[i].tok >= 0 && (els[i].token.tag == "NNS" || els[i].token.tag == "NN")) {
			i--
		}
		// "He added that if his son were still serving, he would advise":
		// past a subordinate clause that opens the reported one.
		if report := x.reportBeforeClause(si, els, i); report >= 0 {
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
			if els[k].cue && x.reports(els[k].token) {
				i = k
			}
		}
		if i < 0 || !els[i].cue || !x.reports(els[i].token) {
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
func (x *docState) reportBeforeClause(si int, els []element, comma int) int {
	if comma < 2 || !isComma(els[comma]) || closesOpeningParticiple(els, comma) {
		return -1
	}
	opening := x.openingClauseEnd(si)
	for j := comma - 1; j > 0 && comma-j <= maxSubordinateClause; j-- {
		if els[j].quote >= 0 {
			return -1
		}
		if els[j].tok < 0 || !x.c.clauseOpeners[els[j].token.lower] {
			continue
		}
		// "When the judge asked if he had anything to say, Leong said":
		// the clause is inside the one that opens the sentence, which
		// its first comma closes.
		if opening >= 0 && els[j].tok < opening && opening <= els[comma].tok {
			return -1
		}
		k := j - 1
		if isComma(els[k]) && k > 0 {
			k--
		}
		// "as the company said when it broke ground, she said, “...”":
		// a cue in a clause of "as" reports nothing after it.
		if els[k].cue && k >= 2 && els[k-1].cand >= 0 && isToken(els[k-2], "as") {
			return -1
		}
		if isToken(els[k], "that") || els[k].cue {
			return k
		}
		return -1
	}
	return -1
}

// closesOpeningParticiple reports whether the comma at els[comma] is the
// first of a sentence that opens with a speech verb's participle: "Asked
// what Dunleavy said when the subject came up, Kowalczyk answered" holds
// no report of what follows the comma.
func closesOpeningParticiple(els []element, comma int) bool {
	if !els[0].cue || els[0].token.tag != "VBN" && els[0].token.tag != "VBG" {
		return false
	}
	return !slices.ContainsFunc(els[1:comma], isComma)
}

// progressiveBetween reports whether only the auxiliaries of a
// progressive, with at least one form of "be", and adverbs stand between
// els[speaker] and the participle at els[cue] ("were singing", "has long
// been saying").
func progressiveBetween(els []element, speaker, cue int) bool {
	if speaker < 0 || speaker+1 >= cue {
		return false
	}
	be := false
	for _, e := range els[speaker+1 : cue] {
		if e.tok < 0 {
			return false
		}
		switch w := e.token.lower; {
		case progressiveBe[w]:
			be = true
		case perfectAuxiliaries[w], strings.HasPrefix(e.token.tag, "RB"):
		default:
			return false
		}
	}
	return be
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
	if progressiveBetween(els, b.speaker, b.cue) {
		return b.speaker // "the fans were singing": the participle's own subject
	}
	// A finite verb joined by "and" shares the subject of the verb
	// before it, even in an inner clause ("after she attacked ... and
	// blamed"); a participle so joined shares its participle's ("telling
	// CNN that Trump is unfit and questioning ...").
	coordinated := coordinatedCue(els, b.cue) && els[b.cue].token.tag != "VBG"
	// "although Clinton won the spin by declaring": a participle after
	// "by" tells how the nearest verb was done, even in an inner clause.
	nearest := coordinated || isToken(els[b.cue-1], "by")
	// A comma sets the cue off from the clause before it ("in states he
	// lost, and warns"): that clause may be a relative one.
	setOff := isComma(els[b.cue-1]) || b.cue > 1 && coordinatedCue(els, b.cue) && isComma(els[b.cue-2])
	for i := b.cue - 2; i >= 0; i-- {
		// A relative aside holds no subject of the main clause ("The
		// lawmaker, whose district Pence once represented, defended ...
		// and said").
		if open := x.relativeAsideOpening(els, i, cands); open >= 0 {
			i = open
			continue
		}
		c := els[i].cand
		if c < 0 || setOff && contactClauseSubject(els, i, cands) {
			continue
		}
		// "said China had ... over the Nansha Islands, which include the
		// shoal, and urged": a "which" set off by commas has closed
		// before a cue that a comma and "and" set off ("who" may go on:
		// "host Bill Maher, who is supporting Sanders, but has dismissed").
		if setOff && cands[c].kind == "relative" && strings.EqualFold(cands[c].mention.text(x.t.raw), "which") && i > 0 && isComma(els[i-1]) && commaBetween(els, i, b.cue) {
			continue
		}
		// "The Ceann Comhairle, Bernadette Fitzmaurice-Kaur, twice asked
		// ..., warning": the name set off after the subject that opens
		// the sentence names it.
		if cands[c].kind == "person" && i >= 2 && isComma(els[i-1]) && els[i-2].cand >= 0 && onlyDeterminersBefore(els, i-2) && i+1 < len(els) && isComma(els[i+1]) && verbFollows(els, i+2) {
			return i
		}
		// "with the party's rural spokeswoman, Catriona Villeneuve,
		// arguing": so does the name set off after the object of "with"
		// whose participle follows.
		if cands[c].kind == "person" && i >= 2 && isComma(els[i-1]) && i+2 == b.cue && isComma(els[i+1]) && withObjectEndsAt(els, i-2) {
			return i
		}
		// "Brannigan shot back that Kulkarni was "a tourist" and said":
		// a report's second cue is the reporter's, not its clause's
		// subject's.
		if coordinated && x.reportedClauseSubject(els, i) {
			continue
		}
		// A phrase found before its own verb that opens the sentence or
		// follows a comma is that clause's subject ("The demonstrators
		// marched ..., chanting").
		// "About 300 demonstrators marched ..., chanting": an
		// approximation may open the sentence before it.
		// So is one before a relative aside that a verb follows ("The
		// former Marine, whose district includes ..., defended the
		// tariffs and said").
		before := relativeAsideVerbFollows(els, i+1, cands)
		start := approximationStart(els, i)
		opening := (cands[c].subjectOnly || before) && (start == 0 || isComma(els[start-1]) || x.opensRunOnClause(els, i, b.cue))
		// A phrase found next to its own cue is that cue's subject ("the
		// company wrote a letter to ..., calling"), unless a dash sets
		// the two apart ("Spicer -- as Clinton's campaign noted -- has
		// taunted").
		ownCue := cands[c].adjacentOnly && i+1 < len(els) && els[i+1].cue && !dashBetween(els, i+1, b.cue)
		if cands[c].possessive || cands[c].adjacentOnly && !opening && !ownCue || cands[c].subordinate && !nearest || !verbFollows(els, i+1) && !before || absolutePhrase(els, i, cands) {
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

// withObjectEndsAt reports whether els[end] ends a noun phrase that
// "with" governs ("with the party's rural spokeswoman").
func withObjectEndsAt(els []element, end int) bool {
	// The phrase is a role's words after a determiner, a possessor and
	// its "'s" at most.
	for j := end; j >= 0 && j > end-maxRoleWords-3; j-- {
		e := els[j]
		switch {
		case isToken(e, "with"):
			return j < end
		case e.tok < 0 || !nounTags[e.token.tag] && !determiners[e.token.lower] && !strings.HasPrefix(e.token.tag, "PRP$"):
			return false
		}
	}
	return false
}

// commaBetween reports whether a comma stands among els[from:to].
func commaBetween(els []element, from, to int) bool {
	return slices.ContainsFunc(els[from:to], isComma)
}

// onlyDeterminersBefore reports whether only determiners stand before
// els[i] in its sentence ("The Speaker").
func onlyDeterminersBefore(els []element, i int) bool {
	for _, e := range els[:i] {
		if e.tok < 0 || !determiners[e.token.lower] {
			return false
		}
	}
	return true
}

// approximationStart returns where the words that qualify the number
// opening the phrase at els[i] start ("about 300 demonstrators", "more
// than 90 groups", "at least 40 protesters"), or i when none do.
func approximationStart(els []element, i int) int {
	word := func(k int) string {
		if k < 0 || els[k].tok < 0 {
			return ""
		}
		return els[k].token.lower
	}
	switch {
	case approximations[word(i-1)]:
		return i - 1
	case comparedNumber(word(i-2), word(i-1)):
		return i - 2
	}
	return i
}

// opensRunOnClause reports whether els[i] opens a clause after a comma
// and "as" or a clause opener, and that clause runs on to the cue with no
// comma: "Police fired tear gas ..., as protesters blocked a road and
// chanted" (not "Trump, when reporters asked, paused and said").
func (x *docState) opensRunOnClause(els []element, i, cue int) bool {
	return i >= 2 && isComma(els[i-2]) && x.opensAdverbialClause(els, i) && !slices.ContainsFunc(els[i:cue], isComma)
}

// opensAdverbialClause reports whether els[i] is a phrase that "as" or a
// clause opener right before it makes the subject of the verb right after
// it ("as protesters blocked", "when reporters asked").
func (x *docState) opensAdverbialClause(els []element, i int) bool {
	if i < 1 || els[i].cand < 0 || els[i-1].tok < 0 || els[i-1].token.lower != "as" && !x.c.clauseOpeners[els[i-1].token.lower] {
		return false
	}
	return verbFollows(els, i+1)
}

// maxRelativeAside is the longest relative aside, in elements, that
// relativeAsideVerbFollows looks over.
const maxRelativeAside = 24

// relativeAsideVerbFollows reports whether els[i] is a comma opening a
// relative aside ("who ...", "whose ...") whose closing comma a verb
// follows: the phrase before it is that verb's subject.
func relativeAsideVerbFollows(els []element, i int, cands []candidate) bool {
	if i+1 >= len(els) || !isComma(els[i]) || !opensAside(els, i+1, cands) {
		return false
	}
	for j := i + 2; j < len(els) && j <= i+maxRelativeAside; j++ {
		if els[j].quote >= 0 {
			return false
		}
		if isComma(els[j]) {
			return verbFollows(els, j+1)
		}
	}
	return false
}

// contactClauseSubject reports whether els[i] is a pronoun opening a
// relative clause with no relative pronoun, right after the common noun
// it describes ("candidates in states he lost, and warns"; not "at the
// mention of email she laughed and admitted"): the subject of that
// clause only.
func contactClauseSubject(els []element, i int, cands []candidate) bool {
	if i < 1 || cands[els[i].cand].kind != "pronoun" || !subjectPronouns[cands[els[i].cand].pronoun] || els[i-1].tok < 0 {
		return false
	}
	before := els[i-1].token
	return (before.tag == "NN" || before.tag == "NNS") && before.isWord() && !before.isCapitalised() && !els[i-1].cue
}

// isVerb reports whether e is a verb or a modal.
func isVerb(e element) bool {
	return e.tok >= 0 && (strings.HasPrefix(e.token.tag, "VB") || e.token.tag == "MD")
}

// maxReportToThat is how many elements may stand between a verb and its
// "that" ("said in a statement that").
const maxReportToThat = 4

// reportedClauseSubject reports whether els[i] opens the clause that a
// verb's "that" introduces ("shot back that Kulkarni was", "argued in
// a filing that the state").
func (x *docState) reportedClauseSubject(els []element, i int) bool {
	// "noted that the Legislature and the governor had deferred ..., and
	// said": the second of two subjects joined by "and" too.
	if i >= 3 && (isToken(els[i-1], "and") || isToken(els[i-1], "or")) && els[i-2].cand >= 0 {
		return x.reportedClauseSubject(els, i-2)
	}
	that := i - 1
	if that > 0 && els[that].tok >= 0 && determiners[els[that].token.lower] {
		that-- // "that the Legislature", where the phrase leaves out "the"
	}
	if that < 1 || !isToken(els[that], "that") {
		return false
	}
	for k := that - 1; k >= 0 && that-1-k < maxReportToThat; k-- {
		if els[k].quote >= 0 || els[k].cand >= 0 || els[k].tok < 0 {
			return false
		}
		// "shot/NN back/RB that": the tagger may miss the verb, not its
		// particle.
		if els[k].cue || isVerb(els[k]) || els[k].token.tag == "RP" || els[k].token.tag == "RB" {
			return true
		}
	}
	return false
}

// relativeAsideOpening returns the index of the comma that opens the
// relative aside the comma at els[closing] closes, or -1. The aside
// describes a phrase that opens its sentence or clause, and the verb
// after it is that phrase's: "who is supporting Sanders, but has
// dismissed" goes on with the aside, and so does a list of clauses after
// a phrase inside the sentence ("the Trump who questions ..., who fights
// ..., claims ... and asserts"). So does an adverbial clause ("Trump,
// when reporters asked about the wall, paused and said").
func (x *docState) relativeAsideOpening(els []element, closing int, cands []candidate) int {
	if !isComma(els[closing]) || !verbFollows(els, closing+1) {
		return -1
	}
	for j := closing - 1; j > 0 && closing-j <= maxRelativeAside; j-- {
		if els[j].quote >= 0 {
			return -1
		}
		if isComma(els[j]) {
			phraseOpens := j == 1 || isComma(els[j-2])
			if j+2 < closing && (opensAside(els, j+1, cands) || x.opensAdverbialClause(els, j+2)) && els[j-1].cand >= 0 && phraseOpens {
				return j
			}
			return -1
		}
	}
	return -1
}

// absolutePhrase reports whether the phrase at els[i] opens an absolute
// phrase set off by commas: a bare noun and a participle, with a particle
// or an adverb at most ("stood on the stage, sleeves rolled up, and
// told"), which has no subject of a clause.
func absolutePhrase(els []element, i int, cands []candidate) bool {
	c := cands[els[i].cand]
	if i < 1 || !isComma(els[i-1]) || c.kind != "unnamed" || c.first != c.last || i+2 >= len(els) {
		return false
	}
	if els[i+1].tok < 0 || els[i+1].cue || els[i+1].token.tag != "VBN" && els[i+1].token.tag != "VBD" {
		return false
	}
	k := i + 2
	if k < len(els) && els[k].tok >= 0 && (els[k].token.tag == "RP" || strings.HasPrefix(els[k].token.tag, "RB")) {
		k++
	}
	return k < len(els) && isComma(els[k])
}

// dashBetween reports whether a dash stands among els[from:to].
func dashBetween(els []element, from, to int) bool {
	for _, e := range els[from:to] {
		if e.tok >= 0 && isDashes(e.token.text) {
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

// asideCommaBefore returns the comma that closes an aside before the cue
// at els[cue]: right before it, or before a verb the cue is joined to
// ("Leong, who wore a white shirt, stood and said"); else -1.
func asideCommaBefore(els []element, cue int) int {
	j := cue - 1
	if isComma(els[j]) {
		return j
	}
	if !isToken(els[j], "and") {
		return -1
	}
	j--
	if j > 0 && els[j].tok >= 0 && els[j].token.tag == "RP" {
		j-- // "stood up and said"
	}
	// The tagger may take the verb for a noun ("stood/NN and said").
	if j < 1 || els[j].tok < 0 || !els[j].token.isWord() || !finiteVerbTags[els[j].token.tag] && els[j].token.tag != "NN" || !isComma(els[j-1]) {
		return -1
	}
	return j - 1
}

// reportAfterAside moves a binding whose speaker ends an aside to the
// report right after the aside's closing comma, and the speaker to the
// phrase the aside describes: in "Etxeberria-Lund, whose district includes
// Beacon Hill and Rainier Beach, said the measure was written to steer
// growth to places “...”" a cue inside the report ("written") found the
// phrase before "said", which the report's own subject stands behind.
func (x *docState) reportAfterAside(els []element, b binding, cands []candidate) binding {
	if b.speaker < 0 || b.cue <= b.speaker+2 || !isComma(els[b.speaker+1]) {
		return b
	}
	i := b.speaker + 2
	for i < b.cue && els[i].tok >= 0 && isCueModifier(*els[i].token) {
		i++
	}
	if i >= b.cue || !els[i].cue || !x.reports(els[i].token) {
		return b
	}
	report := binding{speaker: b.speaker, cue: i}
	if subject := x.asideSubject(els, report, cands); subject != b.speaker {
		return binding{speaker: subject, cue: i}
	}
	return b
}

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
	if b.speaker < 0 || b.cue < 2 || b.speaker > b.cue || els[b.cue].token.tag == "VBG" {
		return b.speaker
	}
	closing := asideCommaBefore(els, b.cue)
	if closing < 0 {
		return b.speaker
	}
	// found is the phrase before the nearest aside; settled, once it is
	// final unless a relative clause further back holds it.
	found, settled := b.speaker, false
	// beforeRelative is set when found ends the aside before a relative
	// clause rather than filling it.
	beforeRelative := false
	for n := range maxAsides {
		open := closing - 1
		cue, cueInRelative, quoted := false, false, false
		for open >= 0 && (!isComma(els[open]) || x.listCommaElement(els, open, cands)) {
			// "Members of the union, in orange shirts, filled the rows;
			// their business manager, Emmanuel Ochoa, warned": no aside
			// holds a semicolon.
			if isToken(els[open], ";") {
				return found
			}
			if els[open].quote >= 0 {
				// A title whose comma falls inside its marks may end
				// an aside before a relative clause ("a contestant on
				// "The Apprentice," who went on to ..., said").
				if x.wordsEndIn(x.quotes[els[open].quote], ",") && relativeOpens(els, open+1, cands) {
					break
				}
				quoted = true
			}
			cue = cue || els[open].cue
			// "a Northampton County Republican who announced her
			// campaign", "a Republican whose office defended the law": a
			// cue after a relative pronoun is the relative clause's.
			cueInRelative = cueInRelative || cue && opensAside(els, open, cands)
			open--
		}
		// A cue inside the aside is its own only in a relative clause
		// ("Trump, who previously questioned whether ..., said").
		relative := opensAside(els, open+1, cands)
		// So is a passive participle's ("The memo, dated Feb. 14 and
		// written by Curtis Wendel-Oduya, describes"), which the tagger
		// may take for a past tense.
		participial := open+1 < len(els) && els[open+1].tok >= 0 && isParticiple(*els[open+1].token)
		if open < 1 || cue && !relative && !cueInRelative && !participial || open > b.speaker && open-1 != b.speaker {
			return found
		}
		// A quotation stands in an aside only in a relative clause ("The
		// businessman, who goes by "Vik" on his yard signs, said").
		if quoted && !relative {
			return found
		}
		// "the Ogunleye campaign, whose spokeswoman, Aaliyah Brandt,
		// said": a "whose" phrase with no verb before the aside next to
		// the cue is the cue's subject; the cue is its clause's verb (not
		// "Mr. Slinker, whose start-up, Paradata, uses big data, said").
		if n == 1 && isToken(els[open+1], "whose") && !slices.ContainsFunc(els[open+2:closing], isVerb) {
			return found
		}
		// "The Chancellor, Rachel Reeves, said", "The chamber's No. 2
		// Republican, Sen. Rhett Abernathy of Mississippi, said": a
		// person's name alone in the aside, or with the place that
		// qualifies it, names the capitalised phrase before it, taken for
		// an organisation's name. ("Cuomo's spokesman, Rich Azzopardi,"
		// already names him.)
		if aside := els[open+1].cand; aside >= 0 && cands[aside].kind == "person" && cands[aside].entity >= 0 && (open+2 == closing || qualifiedByPlace(els, open+2, closing)) {
			if c := els[open-1].cand; c >= 0 && cands[c].kind == "organisation" {
				return found
			}
		}
		// "Sen. Bethany Aucoin of Maine, a moderate Republican who ...,
		// said": past the place that qualifies the name.
		head := open - 1
		if k := placeQualifierStart(els, head); k >= 2 && (isToken(els[k-1], "of") || isToken(els[k-1], "from")) &&
			els[k-2].cand >= 0 && namesPerson(cands[els[k-2].cand]) {
			head = k - 2
		}
		if c := els[head].cand; c >= 0 && !cands[c].object && !cands[c].possessive && head <= b.speaker {
			// "who, after trading insults ..., said": the relative
			// pronoun already stands for its phrase.
			// A phrase that names no one before a relative clause may
			// itself describe the name before it ("Connor Whelan, a
			// Democrat, who has worked with him since 2016, said").
			if relative && !settled && cands[c].kind != "relative" && !namesPerson(cands[c]) {
				found, settled, beforeRelative = head, true, true
				closing = open
				continue
			}
			// A participle's aside holds the asides after it ("The memo,
			// written by the committee's director, Farida Haddad-Lowe,
			// says").
			if relative || participial || cands[c].kind == "relative" {
				return head
			}
			// "Alixandria Lapp, executive director of the House Majority
			// PAC, a Democratic super PAC, said": a description found
			// before the nearest aside is itself an aside of the person
			// before it.
			wholeAside := open+1 == found || beforeRelative
			describesPerson := settled && wholeAside && closing-1 == found && !namesPerson(cands[els[found].cand]) && namesPerson(cands[c])
			if !settled || describesPerson {
				found, settled = head, true
			}
		}
		closing = open
	}
	return found
}

// listCommaElement is listComma on elements: the comma at els[i] parts
// the names of a list that "and" or "or" closes, each a capitalised word
// or a phrase that ends in one ("Henry Clay's biographers, David and
// Jeanne Heidler," is an aside, not a list).
func (x *docState) listCommaElement(els []element, i int, cands []candidate) bool {
	named := func(e element) bool {
		if e.cand >= 0 {
			words := strings.Fields(cands[e.cand].mention.text(x.t.raw))
			return cands[e.cand].kind != "pronoun" && cands[e.cand].kind != "relative" && len(words) > 0 && startsUpper(words[len(words)-1])
		}
		return e.tok >= 0 && e.token.isCapitalised()
	}
	if i < 1 || i+1 >= len(els) || !named(els[i-1]) || !named(els[i+1]) {
		return false
	}
	for k := i + 1; k+1 < len(els) && k <= i+maxListItems; k++ {
		switch e := els[k]; {
		case isToken(e, "and") || isToken(e, "or"):
			return named(els[k+1])
		case !isComma(e) && !named(e):
			return false
		}
	}
	return false
}

// qualifiedByPlace reports whether els[from:to] is "of" or "from" and a
// place that is no candidate ("of Mississippi").
func qualifiedByPlace(els []element, from, to int) bool {
	return from+1 < to && (isToken(els[from], "of") || isToken(els[from], "from")) && placeQualifierStart(els, to-1) == from+1
}

// placeQualifierStart returns where the capitalised words ending at
// els[end] start when they are no candidate, as a place after "of" is not
// ("of New Hampshire"), or end itself.
func placeQualifierStart(els []element, end int) int {
	k := end
	for k > 0 && end-k < 3 && els[k].cand < 0 && els[k].tok >= 0 && els[k].token.isCapitalised() {
		k--
	}
	if k == end {
		return end
	}
	return k + 1
}

// namesPerson reports whether c is a person's name, one the story knows
// or two capitalised words no organisation noun ends ("Alixandria Lapp").
func namesPerson(c candidate) bool {
	return c.kind == "person" || c.speakerKind == schema.SpeakerPerson
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
	return els[i].tok >= 0 && (els[i].token.lower == "who" || els[i].token.lower == "whom" || els[i].token.lower == "which")
}

// opensAside reports whether els[i] opens a relative aside: a relative
// pronoun, or "whose" ("Mr. Slinker, whose start-up ..., said").
func opensAside(els []element, i int, cands []candidate) bool {
	return relativeOpens(els, i, cands) || isToken(els[i], "whose")
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
	// "Asked by the Mail what he was proudest of, he gave a brief reply:":
	// the clause of a speech verb's participle that opens the sentence
	// holds no subject of the sentence ("Based upon an interview he gave,
	// it's an open question" has none after it).
	if start == 0 && len(els) > 0 && els[0].cue && (els[0].token.tag == "VBN" || els[0].token.tag == "VBG") {
		for j := 1; j < found; j++ {
			if isComma(els[j]) {
				start = j + 1
				break
			}
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
