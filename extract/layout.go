package extract

import "strings"

// elements lays a sentence out for pattern matching.
func (x *docState) elements(si int, cands []candidate) []element {
	toks := x.sents[si].tokens
	candAt := map[int]int{}
	for ci, c := range cands {
		candAt[c.first] = ci
	}
	var out []element
	// A dateline ("WASHINGTON —") is no part of the sentence it opens.
	for i := x.datelineEnd(si); i < len(toks); {
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
		// "A woman from Dayton, Ohio, said": the region of the place that
		// ends a phrase, set off by commas.
		if n := len(out); n > 0 && out[n-1].cand >= 0 && i > 0 {
			if end := x.regionAsideEnd(si, i); end > i && cands[out[n-1].cand].last == i-1 {
				i = end + 1
				continue
			}
		}
		// "The plaintiffs -- a union and four voters -- argued": an aside
		// between dashes between a phrase and its cue.
		if n := len(out); n > 0 && out[n-1].cand >= 0 && isDashes(toks[i].text) {
			if end := x.dashAsideEnd(toks, i); end > i && end+1 < len(toks) && (x.cueAt(toks, end+1) || x.cueAfterAdverbs(toks, end+1)) {
				i = end + 1
				continue
			}
		}
		// "The company, in a filing with regulators, warned": a
		// prepositional aside between a phrase and its cue.
		if n := len(out); n > 0 && out[n-1].cand >= 0 && !cands[out[n-1].cand].object {
			if end := prepositionalAsideEnd(toks, i); end > i && end+1 < len(toks) && (x.cueAt(toks, end+1) || x.cueAfterAdverbs(toks, end+1)) {
				i = end + 1
				continue
			}
		}
		// "analysts at Morgan Stanley led by Jonah Feldkamp wrote": a
		// participle and its agent between a phrase and its cue.
		if n := len(out); n > 0 && out[n-1].cand >= 0 && i+2 < len(toks) && toks[i].tag == "VBN" && toks[i+1].lower == "by" {
			if c, ok := candAt[i+2]; ok && cands[c].last+1 < len(toks) && x.cueAt(toks, cands[c].last+1) {
				i = cands[c].last + 1
				continue
			}
		}
		// "A White House official who spoke anonymously said": a relative
		// clause set off by no commas between a phrase and its cue.
		if n := len(out); n > 0 && out[n-1].cand >= 0 {
			if end := x.restrictiveRelativeEnd(toks, i); end > i {
				i = end + 1
				continue
			}
		}
		// "Trump himself said", "the report itself describes": the
		// pronoun that stresses a phrase stands between it and its cue.
		if n := len(out); n > 0 && out[n-1].cand >= 0 && cands[out[n-1].cand].last == i-1 && emphaticReflexives[toks[i].lower] && i+1 < len(toks) && (x.cueAt(toks, i+1) || x.cueAfterAdverbs(toks, i+1)) {
			i++
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
		// "his supporters were shown chanting", "Awlaki is shown
		// lecturing": what one is heard or seen saying, one says.
		if perceivedSaying(toks, i) && x.cueAt(toks, i+2) {
			i += 2
			continue
		}
		// "“Water talks,” she liked to say", "Its boosters used to say
		// that": what one is given to saying, one says.
		if habitualSaying(toks, i) && x.cueAt(toks, i+2) {
			i += 2
			continue
		}
		// Adverbs and auxiliaries between a speaker and the cue ("he
		// often says", "Trump later said", "he will say", "Sotomayor has
		// said") are left out, so that the two stand together.
		if isCueModifier(toks[i]) && x.cueAfterAdverbs(toks, i) {
			i++
			continue
		}
		out = append(out, element{tok: i, cand: -1, quote: -1, token: &toks[i], cue: x.cueAt(toks, i) || x.speechNounPossessor(toks, i) >= 0 || x.speechNounCuesAgent(si, i)})
		i++
	}
	return out
}

// dashAsideEnd returns the index of the dash that closes an aside opened
// by the dash at toks[i], with no quotation mark between, or -1.
func (x *docState) dashAsideEnd(toks []token, i int) int {
	for k := i + 2; k < len(toks) && k <= i+maxClauseAside; k++ {
		if x.isMarkToken(toks[k]) {
			return -1
		}
		if isDashes(toks[k].text) {
			return k
		}
	}
	return -1
}

// speechNounCuesAgent reports whether the token at i of sentence si is a
// speech noun that speechNounAgent finds the speaker of.
func (x *docState) speechNounCuesAgent(si, i int) bool {
	_, ok := x.speechNounAgent(si, i)
	return ok
}

// cueAfterAdverbs reports whether the adverbs from toks[i] on lead to a cue.
func (x *docState) cueAfterAdverbs(toks []token, i int) bool {
	auxiliary := false
	for ; i < len(toks); i++ {
		if perceivedSaying(toks, i) {
			return x.cueAt(toks, i+2) // "could be heard grousing"
		}
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

// perceivedSaying reports whether toks[i] and toks[i+1] are a passive
// verb of perception before a participle ("be heard asking", "was seen
// telling", "is shown lecturing").
func perceivedSaying(toks []token, i int) bool {
	return i+2 < len(toks) && beForms[toks[i].lower] && perceptionParticiples[toks[i+1].lower] && toks[i+2].tag == "VBG"
}

// habitualSaying reports whether toks[i] and toks[i+1] are a verb of
// habit and "to" before a verb's base form ("liked to say", "used to
// tell").
func habitualSaying(toks []token, i int) bool {
	return i+2 < len(toks) && habitualVerbs[toks[i].lower] && toks[i+1].lower == "to" && toks[i+2].tag == "VB"
}

// habitualVerbs say that one is given to doing what the infinitive after
// them names.
var habitualVerbs = setOf("like likes liked love loves loved used tend tends tended")

var (
	beForms               = map[string]bool{"be": true, "been": true, "is": true, "was": true, "are": true, "were": true}
	perceptionParticiples = map[string]bool{"heard": true, "overheard": true, "seen": true, "shown": true, "caught": true, "filmed": true, "recorded": true}
)

// emphaticReflexives stress the phrase before them.
var emphaticReflexives = setOf("himself herself itself themselves")

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

// timeAdverbs are phrases of time that stand between a speaker and its
// cue as a date does.
var timeAdverbs = map[string]bool{"at the time": true, "at that time": true, "at the moment": true, "in the past": true}

// dateAdverbEnd returns the index right after a date adverbial that starts
// at toks[i], or i when none does: "on Monday", "Monday night", "on Aug.
// 24", "last week", "earlier this month", "at the time". Wire copy sets
// one between a speaker and its cue ("The ministry on Monday urged").
func (x *docState) dateAdverbEnd(toks []token, i int) int {
	// "officials at the time described", "officials in the past said".
	if i+2 < len(toks) && timeAdverbs[toks[i].lower+" "+toks[i+1].lower+" "+toks[i+2].lower] {
		return i + 3
	}
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

// prepositionalAsideEnd returns the index of the comma that closes an
// aside of a preposition and its phrase set off by commas at toks[i] (",
// in a filing with regulators,", ", during a visit to Ohio,"), or -1. A
// finite verb inside makes it a clause, no aside.
func prepositionalAsideEnd(toks []token, i int) int {
	if i+2 >= len(toks) || toks[i].text != "," || !asidePrepositions[toks[i+1].lower] {
		return -1
	}
	for j := i + 2; j < len(toks) && j <= i+maxPrepositionalAside; j++ {
		switch t := toks[j]; {
		case t.text == ",":
			return j
		case t.tag == "VBZ" || t.tag == "VBP" || t.tag == "MD" || isQuoteMark(t.text) || !t.isWord() && t.text != "'s" && t.text != "’s" && t.text != "-":
			return -1
		}
	}
	return -1
}

// maxPrepositionalAside is the most tokens of a prepositional aside.
const maxPrepositionalAside = 12

// asidePrepositions open the asides of prepositionalAsideEnd.
var asidePrepositions = map[string]bool{"in": true, "at": true, "on": true, "during": true, "with": true, "via": true, "through": true, "under": true, "for": true}

// maxAside is the longest parenthetical, in tokens, that patterns skip.
const maxAside = 8

// parentheticalStart is parentheticalEnd backward: the index of the "("
// opening a short aside that the ")" at toks[i] closes, or -1.
func parentheticalStart(toks []token, i int) int {
	if i < 0 || toks[i].text != ")" {
		return -1
	}
	for j := i - 1; j >= 0 && j >= i-maxAside; j-- {
		if toks[j].text == "(" {
			return j
		}
	}
	return -1
}

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

// asideBeforeCue reports whether the comma at toks[comma] opens an aside
// that the next comma closes, within maxClauseAside tokens and with no
// quote mark in it, right before a finite cue (adverbs may stand between:
// ", speaking on condition of anonymity, also said"). The aside opens
// with a relative pronoun, a participle or "including", as the asides of
// a subject do (not "Boasting 108,000 residents who run the gamut ...,
// with its nominal capital in Terre Haute, called the “Crossroads of
// America”").
func (x *docState) asideBeforeCue(toks []token, comma int) bool {
	if comma+1 >= len(toks) || !opensClauseAside(toks[comma+1]) && toks[comma+1].lower != "including" {
		return false
	}
	for m := comma + 1; m < len(toks) && m <= comma+maxClauseAside; m++ {
		if x.isMarkToken(toks[m]) || x.inQuoteMark(toks[m]) {
			return false
		}
		if toks[m].text != "," {
			continue
		}
		next := m + 1
		for next < len(toks) && isCueModifier(toks[next]) {
			next++
		}
		return next < len(toks) && finiteVerbTags[toks[next].tag] && x.cueAt(toks, next)
	}
	return false
}

// clauseTimeNouns name the time a relative clause's event took ("who
// checked his cell that morning", "the night she left").
var clauseTimeNouns = setOf("morning afternoon evening night day week weekend month year time")

// timePrepositions open a clause or, before a noun phrase, a phrase of
// time ("after a storm", "since the election").
var timePrepositions = setOf("after before since until")

// restrictiveRelativeEnd returns the last token of a relative clause set
// off by no commas that opens at toks[i] ("who spoke anonymously", "who
// asked not to be named") when a finite cue follows it, or an aside
// closed right before one (see asideBeforeCue), or i when none does. The
// clause opens with "who", or "that" after a noun ("The
// coalition that brought the case said"), and its own verb; no comma,
// quote mark, other clause or other cue stands in it past that verb.
func (x *docState) restrictiveRelativeEnd(toks []token, i int) int {
	relative := toks[i].lower == "who" || toks[i].lower == "that" && i > 0 && headNounTags[toks[i-1].tag] && toks[i-1].isWord()
	if !relative || i+2 >= len(toks) || !finiteVerbTags[toks[i+1].tag] {
		return i
	}
	// The clause's own verb, past auxiliaries and adverbs ("who has
	// long said").
	own := i + 1
	for own+1 < len(toks) && (isCueModifier(toks[own]) || beForms[toks[own].lower]) && (strings.HasPrefix(toks[own+1].tag, "VB") || strings.HasPrefix(toks[own+1].tag, "RB")) {
		own++
	}
	for k := own + 1; k < len(toks) && k <= i+maxClauseAside; k++ {
		t := toks[k]
		// "that morning" is a time, and "the morning he died" a clause
		// about one, both inside the relative clause.
		if t.lower == "that" && k+1 < len(toks) && clauseTimeNouns[toks[k+1].lower] || subjectPronouns[t.lower] && clauseTimeNouns[toks[k-1].lower] {
			continue
		}
		// "who has worked on several bond measures and is not involved in
		// this one said": a second verb of the clause that is no cue.
		if (t.lower == "and" || t.lower == "or") && k+2 < len(toks) && finiteVerbTags[toks[k+1].tag] && !x.cueAt(toks, k+1) {
			continue
		}
		// "Two employees who were not laid off, who asked not to be
		// named, said": a comma may close the clause when the aside it
		// opens ends right before a finite cue.
		if t.text == "," && k > own+1 && x.asideBeforeCue(toks, k) {
			return k - 1
		}
		// "who came out after a storm told him", "that has been
		// circulating since last week claims": a subordinator that also
		// works as a preposition, before a determiner or a date, opens a
		// phrase, not a clause.
		if timePrepositions[t.lower] && k+1 < len(toks) && (determiners[toks[k+1].lower] || toks[k+1].tag == "PRP$" || x.dateAdverbEnd(toks, k+1) > k+1) {
			continue
		}
		// A comma, a quote, a clause of its own ("when he yelled") or a
		// verb joined to the clause's ("who oversaw ... and described")
		// leaves the clause open.
		if t.text == "," || x.isMarkToken(t) || x.inQuoteMark(t) || x.c.subordinators[t.lower] || x.c.clauseOpeners[t.lower] ||
			subjectPronouns[t.lower] || t.lower == "and" || t.lower == "or" || t.lower == "but" {
			return i
		}
		if x.cueAt(toks, k) {
			// "who has worked on several of the races listed said": a
			// participle after its noun, right before the cue.
			if isParticiple(t) && k+1 < len(toks) && finiteVerbTags[toks[k+1].tag] && x.cueAt(toks, k+1) {
				continue
			}
			// "who was not authorized to speak publicly said": an
			// infinitive belongs to the clause.
			if t.tag == "VB" && toks[k-1].lower == "to" {
				continue
			}
			// "who has not picked a candidate called/VBN the plan": after
			// a noun, a participle with a determiner after it names
			// nothing, so it is the sentence's verb the tagger misread.
			if finiteVerbTags[t.tag] || t.tag == "VBN" && headNounTags[toks[k-1].tag] && k+1 < len(toks) && determiners[toks[k+1].lower] {
				return k - 1
			}
			return i
		}
	}
	return i
}
