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

// signingSentence returns the sentence that may sign the quote at
// elementsOf(si)[ei]: the quote ends its paragraph, and the next paragraph
// is one short sentence opening with a dash, or, for a quote its
// paragraph leaves open, one that the quote's closing mark ends ('"... we
// need to do stimulus.¶Josh Bivens, Economic Policy Institute."', the
// pull quotes of a round-up). A dash and a short name before a comma or
// a parenthesis may go on with where and when it was said, as fact
// checks sign the claim they open with ("— Sen. Lorraine Kasprzak
// (R-Ohio), vice-presidential debate in St. Louis, Sept. 29, 2032").
// Else -1.
func (x *docState) signingSentence(si, ei int, elementsOf func(int) []element) int {
	els := elementsOf(si)
	if !onlyPunctuationAfter(els, ei) {
		return -1
	}
	next := si + 1
	if next >= len(x.sents) || x.sents[next].para != x.sents[si].para+1 {
		return -1
	}
	if x.signedWithContext(next) {
		return next
	}
	toks := x.sents[next].tokens
	if len(toks) == 0 || len(toks) > maxSignatureTokens+2 || next+1 < len(x.sents) && x.sents[next+1].para == x.sents[next].para {
		return -1
	}
	// The closing mark and the period take two tokens of their own.
	if len(toks) <= maxSignatureTokens && strings.ContainsRune(dashRunes, firstRune(toks[0].text)) || x.quotes[els[ei].quote].unclosed && x.closesWithMark(x.sents[next]) {
		return next
	}
	return -1
}

// maxSignatureName is the most words of the name that opens a signature
// with its context.
const maxSignatureName = 5

// signedWithContext reports whether sentence si opens its paragraph with a
// dash and at most maxSignatureName capitalised words before a comma or
// a parenthesis.
func (x *docState) signedWithContext(si int) bool {
	text := x.sents[si].text(x.t.raw)
	if !strings.ContainsRune(dashRunes, firstRune(text)) || x.paras[x.sents[si].para].start != x.sents[si].start {
		return false
	}
	lead, _, found := strings.Cut(strings.TrimLeft(text, dashRunes+" "), ",")
	if before, _, paren := strings.Cut(lead, "("); paren {
		lead, found = before, true
	}
	words := strings.Fields(lead)
	return found && len(words) > 0 && len(words) <= maxSignatureName && !slices.ContainsFunc(words, func(w string) bool { return !startsUpper(w) })
}

// closesWithMark reports whether sentence s opens with a capital, ends with
// a closing double quotation mark and holds no other mark: the end of a
// quote that a line break cut.
func (x *docState) closesWithMark(s sentence) bool {
	text := strings.TrimSpace(s.text(x.t.raw))
	last, size := utf8.DecodeLastRuneInString(text)
	body := text[:len(text)-size]
	return startsUpper(text) && (last == '"' || last == '”') && !strings.ContainsAny(body, "\"“”")
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

// isDashes reports whether s is a dash, or a run of them ("--").
func isDashes(s string) bool { return s != "" && strings.Trim(s, dashRunes) == "" }

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// signatureSpeaker reads the name that signs a quote in sentence si
// ("-Michelle Marks, Philadelphia.", "- Sanders."): the capitalised words
// after the dash, up to a comma or the end, linked to the person of that
// last name when the article has one. Rule id "signature". A line whose
// speech verb is finite is a bullet, no signature ("- Afterward, volunteer
// Teresa Ybarra said ..."; not "-President Obama, tweeting after ...").
func (x *docState) signatureSpeaker(si int) (attribution, bool) {
	s := x.sents[si]
	for k, t := range s.tokens {
		if finiteVerbTags[t.tag] && x.cueAt(s.tokens, k) {
			return attribution{}, false
		}
	}
	text := s.text(x.t.raw)
	start := strings.IndexFunc(text, func(r rune) bool { return !strings.ContainsRune(dashRunes, r) && !unicode.IsSpace(r) })
	if start < 0 {
		return attribution{}, false
	}
	// The name ends at a comma, or at the period that ends the line; the
	// periods of abbreviations are its own ("S.C. Rep. Jim Clyburn.").
	end := len(text)
	if i := strings.IndexAny(text[start:], ",(;"); i >= 0 {
		end = start + i
	}
	name := strings.TrimRight(strings.TrimSpace(text[start:end]), ".\"”")
	words := strings.Fields(name)
	// "Former NAACP president Ben Jealous.": past a long description,
	// the person it names.
	if len(words) > 4 {
		for _, ch := range x.chunks[si] {
			if ch.entity >= 0 {
				return attribution{speaker: x.namedSpeaker(ch.name, "signature")}, true
			}
		}
	}
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
	// one; "..., said Peter Morgan of the Sierra Club." attributes its own,
	// unless another speaker's clause closes the sentence ("..., Ebeling
	// said, and her husband cut in.").
	if from == len(els) {
		return -1, 0
	}
	if from > 0 && (els[len(els)-1].tok < 0 || els[len(els)-1].token.text != ":") {
		clause := closingSpeakerClause(els, from)
		if clause < 0 {
			return -1, 0
		}
		from = clause
	}
	// "When a reporter asked Ashby-Kamau whether ..., the coach smiled.":
	// the main clause introduces the quote after it, not the cue of the
	// clause that opens the sentence. The clause holds no comma of its
	// own ("If anything, Ash argued in his email, the incident is" is
	// Ash's report).
	if end := x.openingClauseEnd(prev); from == 0 && end >= 0 && !slices.ContainsFunc(x.sents[prev].tokens[:end], func(t token) bool { return t.text == "," }) {
		if i := slices.IndexFunc(els, func(e element) bool { return e.tok == end }); i >= 0 {
			from = i + 1
		}
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

// closingSpeakerClause returns the index of the phrase that opens a clause
// joined by "and" or "but" at the end of els, past index from, in which a
// speaker and a cue say nothing quoted ("..., Ebeling said, and her husband
// cut in."), or -1.
func closingSpeakerClause(els []element, from int) int {
	end := len(els) - 1
	if end < from+3 || els[end].tok < 0 || els[end].token.text != "." {
		return -1
	}
	for i := from; i+2 < end; i++ {
		if !isComma(els[i]) || !isToken(els[i+1], "and") && !isToken(els[i+1], "but") || els[i+2].cand < 0 {
			continue
		}
		// The cue, then only particles and adverbs ("cut in", "chimed in
		// quickly").
		k := i + 3
		if k >= end || !els[k].cue {
			return -1
		}
		for k++; k < end; k++ {
			if els[k].tok < 0 || els[k].token.tag != "RP" && els[k].token.tag != "IN" && !strings.HasPrefix(els[k].token.tag, "RB") {
				return -1
			}
		}
		return i + 2
	}
	return -1
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
	// "Bill Clinton." signs as himself, not as the Hillary Clinton of
	// the story: a known first name must be the person's.
	first := ""
	if len(words) >= 2 {
		if _, known := x.c.firstNames[x.fold(words[len(words)-2])]; known {
			first = x.fold(words[len(words)-2])
		}
	}
	ownFirst := func(p *personEntity) bool { return first == "" || p.firstKey == "" || p.firstKey == first }
	if e := x.personByLastWhere(x.fold(words[len(words)-1]), sp.start, ownFirst); e >= 0 {
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
