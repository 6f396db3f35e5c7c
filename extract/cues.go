package extract

import (
	"slices"
	"strings"
	"unicode"
)

// isCue reports whether a token is a speech verb used as a verb: tagged as
// one, or an inflected form that is not a plural noun ("said", "calling").
func (x *docState) isCue(t token) bool {
	lemma, ok := x.c.cues[t.lower]
	if !ok || t.tag == "NNP" || t.tag == "NNPS" {
		return false
	}
	return strings.HasPrefix(t.tag, "VB") || t.lower != lemma && !strings.HasSuffix(t.lower, "s")
}

// namingParticiple reports whether toks[i] names the noun before it: one
// of naming_participles between a common noun and a name that the clause's verb
// follows ("A warm-up band called Sophistafunk got the crowd to cheer",
// "a super PAC called Future 45 ran ads"), or the comma that closes an
// aside ("The moderator, a retired teacher named Bart Ellis, put the
// question:"), not "The campaign called Trump “a liar.”"
func (x *docState) namingParticiple(toks []token, i int) bool {
	if i == 0 || !x.c.namingParticiples[toks[i].lower] || toks[i-1].tag != "NN" && toks[i-1].tag != "NNS" || toks[i-1].isCapitalised() || !toks[i-1].isWord() {
		return false
	}
	j := i + 1
	for j < len(toks) && (toks[j].isCapitalised() || toks[j].tag == "CD") && toks[j].isWord() {
		j++
	}
	return j > i+1 && j < len(toks) && (finiteVerbTags[toks[j].tag] && toks[j].isWord() || toks[j].text == ",")
}

// nounByAgreement reports whether the cue form at toks[i] closes a phrase
// opened by a determiner it cannot agree with as a verb, past modifiers:
// a base form after "a" or "an" ("a passionate advocate"), an -s form
// after a plural determiner ("other pocketbook issues", "two inflation
// reports"). It is the
// phrase's noun.
func (x *docState) nounByAgreement(toks []token, i int) bool {
	lemma, ok := x.c.cues[toks[i].lower]
	if !ok {
		return false
	}
	k := i - 1
	for k >= 0 && (toks[k].tag == "JJ" || toks[k].tag == "NN") && toks[k].isWord() && !pluralDeterminers[toks[k].lower] {
		k--
	}
	if k < 0 || k == i-1 && lemma == toks[i].lower {
		return false
	}
	switch det := toks[k].lower; {
	case lemma == toks[i].lower:
		return det == "a" || det == "an"
	case strings.HasSuffix(toks[i].lower, "s"):
		return pluralDeterminers[det]
	}
	return false
}

// pluralDeterminers open a plural phrase, whose verb takes no -s: "the
// next two inflation reports" holds no verb.
var pluralDeterminers = setOf("other these those many several some all both few two three four five six seven eight nine ten")

// cueAt is isCue with the token's neighbours: a third-person form the
// tagger took for a plural noun is a verb after a name or pronoun
// ("Viguerie notes.") or before a colon that ends the sentence.
func (x *docState) cueAt(toks []token, i int) bool {
	// "the United States": a name, not "states"; after a dash the word
	// opens the sentence ("WASHINGTON — Denouncing a ...").
	if i > 0 && toks[i].isCapitalised() && !isDashes(toks[i-1].text) {
		return false
	}
	// Most words are no cue in any form: only cues need the checks below.
	_, cue := x.c.cues[toks[i].lower]
	_, particle := x.c.particleCues[toks[i].lower]
	if !cue && !particle && !x.c.invertedCues[toks[i].lower] {
		return x.closingCue(toks, i)
	}
	if x.nounCompound(toks, i) || x.infinitiveAfter(toks, i) || x.pluralNoun(toks, i) || x.nounByAgreement(toks, i) || x.namingParticiple(toks, i) || determinedByWh(toks, i) || participleAfterAs(toks, i) {
		return false
	}
	if x.isCue(toks[i]) || x.particleAfter(toks, i) {
		return true
	}
	// '"...," agrees Michelle Stevens': an inverted cue right after a
	// quotation that opens the sentence cues it, even when it is no speech
	// verb elsewhere.
	if i > 0 && x.c.invertedCues[toks[i].lower] && x.quoteOpensSentenceEndingAt(toks[i-1], openingQuoteEnds) {
		return true
	}
	if !cue || i == 0 {
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
		// So it is after a noun that a determiner opens, before "are"
		// ("its retention terms are “standard”"; not "what the report
		// claims are lies").
		if i >= 2 && i+1 < len(toks) && toks[i+1].lower == "are" && toks[i-1].tag == "NN" && npDeterminers[toks[i-2].lower] && (i < 3 || toks[i-3].lower != "what") {
			return false
		}
		// After an aside set off by commas, before "that", it is the verb
		// of the phrase the aside describes ("Trump, who fights with
		// journalists, claims that").
		if toks[i-1].text == "," && i+1 < len(toks) && toks[i+1].lower == "that" && (clauseAsideOpen(toks, i-1) > 0 || appositiveOpen(toks, i-1) > 0) {
			return true
		}
		// A colon ending the sentence right after it makes it the verb
		// that introduces what follows ("McCrummen reports:", "as the
		// Heritage Foundation website notes:").
		return afterNoun || i+2 == len(toks) && toks[i+1].text == ":"
	}
	// A cue the tagger took for a noun after a noun, or after an
	// adjective standing for a person, closing the clause ("the email
	// read.", "one sign read, ...", "“...,” the 10-year-old read,"). After
	// a singular noun a base form is a past tense only when the verb has
	// no regular one: "the federal child tax credit," is a noun.
	// "The order read in part:" closes it as well.
	nounAdjective := prev == "JJ" && i >= 2 && npDeterminers[toks[i-2].lower]
	next := i + 1
	if next+2 < len(toks) && toks[next].lower == "in" && toks[next+1].lower == "part" {
		next += 2
	}
	if (afterNoun || nounAdjective) && next < len(toks) && (toks[next].text == "." || toks[next].text == "," || toks[next].text == ":") && !x.singularSubjectBaseForm(toks, i) {
		return true
	}
	// So is one after an aside that describes its subject, before a
	// colon ("The message, sent from an unknown number ..., read:").
	if toks[i-1].text == "," && next < len(toks) && toks[next].text == ":" && (clauseAsideOpen(toks, i-1) > 0 || appositiveOpen(toks, i-1) > 0) {
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

// singularSubjectBaseForm reports whether toks[i] is a cue's base form
// after a singular noun or an adjective standing for one, with a regular
// past tense among the cue's forms ("credit", "credited"; "the same
// text:"): no verb of that noun, as "read" may be.
func (x *docState) singularSubjectBaseForm(toks []token, i int) bool {
	w := toks[i].lower
	if x.c.cues[w] != w || toks[i-1].tag != "NN" && toks[i-1].tag != "NNP" && toks[i-1].tag != "JJ" {
		return false
	}
	_, ed := x.c.cues[w+"ed"]
	_, d := x.c.cues[w+"d"]
	return ed || d && strings.HasSuffix(w, "e")
}

// maxSourceComplement is the most tokens after a source adjective's
// preposition before the verb ("close to the president").
const maxSourceComplement = 5

// reports reports whether the cue t is a form of a verb that reports what
// another said (see rules.AttributionFile.ReportingVerbs), a verb with a
// particle too ("shot back that").
func (x *docState) reports(t *token) bool {
	lemma, ok := x.c.cues[t.lower]
	if !ok {
		lemma = x.c.particleLemmas[t.lower]
	}
	return x.c.reportingLemmas[lemma]
}

// participleAfterAs reports whether toks[i] is a past participle after
// "as" and a noun, which says in what form a thing is ("calling the bill
// as written “a blank check”"), not that anyone wrote.
func participleAfterAs(toks []token, i int) bool {
	return toks[i].tag == "VBN" && i >= 2 && toks[i-1].lower == "as" && headNounTags[toks[i-2].tag] && toks[i-2].isWord()
}

// determinedByWh reports whether toks[i] is the noun of a prepositional
// "which" or "what" ("at which point the crowd chanted", "in what
// reports called"), whatever the tagger said.
func determinedByWh(toks []token, i int) bool {
	return i >= 2 && (toks[i-1].lower == "which" || toks[i-1].lower == "what") && toks[i-2].tag == "IN"
}

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
// doing, not what they say. So does a quotation right after it, with no
// comma or colon between: "talks would continue “through the weekend”"
// (not "he continued, “...”").
func (x *docState) infinitiveAfter(toks []token, i int) bool {
	if !x.c.aspectualCues[toks[i].lower] {
		return false
	}
	return i+2 < len(toks) && toks[i+1].lower == "to" && toks[i+2].tag == "VB" || i+1 < len(toks) && x.opensQuote(toks[i+1])
}

// opensQuote reports whether t is a quotation's opening mark.
func (x *docState) opensQuote(t token) bool {
	for _, q := range x.quotes {
		if q.outer.start == t.start {
			return true
		}
	}
	return false
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

// pluralNoun reports whether toks[i] is a cue form that is a plural
// noun: after a capitalised word ("the Gulf states", "Western states"),
// with no "that" or colon after it as a verb would have ("Trump states
// that"), or as the subject of the verb right after it ("the 11 ASEAN
// member states have agreed").
func (x *docState) pluralNoun(toks []token, i int) bool {
	if !x.c.pluralNounCues[toks[i].lower] || i == 0 {
		return false
	}
	if i+1 < len(toks) && toks[i+1].isWord() && finiteVerbTags[toks[i+1].tag] {
		return true
	}
	return toks[i-1].isCapitalised() && (i+1 >= len(toks) || toks[i+1].lower != "that" && toks[i+1].text != ":")
}

// particleAfter reports whether toks[i] is a verb whose particle follows
// it ("shot back", "went on").
func (x *docState) particleAfter(toks []token, i int) bool {
	particles, ok := x.c.particleCues[toks[i].lower]
	if !ok || i+1 >= len(toks) || !slices.Contains(particles, toks[i+1].lower) {
		return false
	}
	if i+2 < len(toks) && x.c.notAfterParticle[toks[i].lower+" "+toks[i+1].lower+" "+toks[i+2].lower] {
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
	particles, ok := x.c.particleCues[els[cue].token.lower]
	if !ok || cue+1 >= len(els) {
		return sp
	}
	switch next := els[cue+1]; {
	case next.tok >= 0 && slices.Contains(particles, next.token.lower):
		sp.end = next.token.end
	case next.cand >= 0:
		// "put it": the particle laid out as a candidate, a pronoun.
		rest := strings.TrimLeft(x.t.raw[sp.end:], " ")
		word := rest
		if n := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) }); n >= 0 {
			word = rest[:n]
		}
		if slices.Contains(particles, strings.ToLower(word)) {
			sp.end = len(x.t.raw) - len(rest) + len(word)
		}
	}
	return sp
}

// maxClosingSpeaker is the most tokens between a quotation and a closing
// cue ("Fox News host Sean Hannity").
const maxClosingSpeaker = 6

// closingCue reports whether toks[i] is one of the closing cues (see
// rules.AttributionFile.ClosingCues) ending a clause right after a
// quotation that opens its sentence and the words of a speaker:
// '"...," Hannity started.'
func (x *docState) closingCue(toks []token, i int) bool {
	if !x.c.closingCues[toks[i].lower] || i+1 < len(toks) && toks[i+1].text != "." && toks[i+1].text != "," {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-1-maxClosingSpeaker; k-- {
		if x.isMarkToken(toks[k]) {
			return x.quoteOpensSentenceEndingAt(toks[k], openingQuoteEnds)
		}
		if !toks[k].isWord() && toks[k].text != "." {
			return false
		}
	}
	return false
}
