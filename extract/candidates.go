package extract

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/newsfacts/extract/schema"
)

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
		// "at least 40 protesters": the phrase is the number's, "at
		// least" qualifies it.
		if c.first > 0 && c.first < c.last && c.mention.start == toks[c.first].start && toks[c.first+1].tag == "CD" && comparedNumber(toks[c.first-1].lower, toks[c.first].lower) {
			c.first++
			c.mention.start = toks[c.first].start
		}
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
			if determiners[toks[k].lower] || approximations[toks[k].lower] && (toks[k+1].tag == "CD" || isFraction(toks[k+1].lower)) {
				continue
			}
			// "Former Forest defender turned Sky Sports pundit Lachlan
			// Okafor-Dunne said": one role turned into another governs
			// nothing.
			if x.roleTurned(toks, k) {
				break
			}
			// "under the federal WARN Act": past the adjectives a
			// determiner opens before a name.
			if determinedAdjective(toks, k) && toks[c.first].isCapitalised() {
				continue
			}
			// A name after a naming participle is the phrase it names,
			// no object ("a woman named Martha Nicolai, said").
			c.object = x.c.objectMarkers[toks[k].lower] || x.verbObject(toks, k) && !x.namingParticiple(toks, k) || x.participleAgent(toks, k) || (k < c.first-1 || articles[toks[c.first].lower]) && x.secondObject(toks, k)
			c.subordinate = x.c.subordinators[toks[k].lower]
			// A subject pronoun is never the object of the verb before
			// it: it opens a clause, the cue's complement ("she believes
			// we must") or the sentence's own ("When he returned he
			// began").
			if c.object && subjectPronouns[toks[c.first].lower] && x.verbObject(toks, k) {
				c.object, c.subordinate = false, x.cueAt(toks, k)
			}
			if c.object {
				c.objectOf = toks[k].lower
			} else if p := x.describedNameObjectOf(toks, c.first); p >= 0 && x.c.objectMarkers[toks[p].lower] {
				// "a message to the Dutch newspaper NRC Handelsblad": a
				// name a preposition governs through the words that
				// describe it.
				c.object, c.objectOf = true, toks[p].lower
			}
			// "where Clinton and O'Malley appeared": the second of two
			// names joined by "and" is in the clause of the first.
			if conj := toks[k].lower; conj == "and" || conj == "or" {
				// "read, in Bosnian and English:": before a colon, a
				// name joined to one capitalised word a preposition
				// governs is governed too (elsewhere the two may be
				// words of a body's name: "Secretary for Labour and
				// Welfare Winnie Tsang").
				if k >= 2 && !c.object && c.last+1 < len(toks) && toks[c.last+1].text == ":" && toks[k-1].isCapitalised() && toks[k-1].isWord() && x.c.objectMarkers[toks[k-2].lower] && toks[k-2].tag == "IN" {
					c.object, c.objectOf = true, toks[k-2].lower
				}
				for _, prev := range out {
					if prev.last == k-1 && prev.kind != "pronoun" && prev.subordinate {
						c.subordinate = true
					}
					// "obtained by Stars and Stripes through a request":
					// both agents of a passive are its objects, unless
					// a cue of their own follows.
					if prev.last == k-1 && prev.object && prev.objectOf == "by" && !c.object && (c.last+1 >= len(toks) || !x.cueAt(toks, c.last+1)) {
						c.object, c.objectOf = true, "by"
					}
					// "filed with the Michigan Department of Labor and
					// Economic Opportunity": the last words of a body's
					// name are in the object its first words are (not in
					// "Citizens for Responsibility and Ethics in
					// Washington, a watchdog group, said").
					if head := organisationNameHead(toks, c.first); head >= 0 && prev.last == head && prev.object && !c.object {
						c.object, c.objectOf = true, prev.objectOf
					}
				}
			}
			break
		}
		// "reports that whips had threatened": "that" before a plural
		// noun opens a clause, whatever the tagger made of it.
		if toks[c.first].lower == "that" && c.last > c.first && (toks[c.first+1].tag == "NNS" || toks[c.first+1].tag == "NNPS") {
			c.subordinate = true
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
	// agentEnds pairs each speech noun that speechNounAgent finds the
	// speaker of with that phrase's last token.
	var agentEnds [][2]int
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
		if i > 0 && (x.isMarkToken(toks[i-1]) || toks[i-1].text == "'") && x.closesOpeningQuote(si, toks[i-1], openingQuoteEnds) {
			np, ok := x.nounPhraseFrom(si, i)
			if ok {
				np = x.withPlaceQualifier(si, np)
			}
			if ok && np.last+1 < len(toks) && toks[np.last+1].text == "," && !slices.Contains(cue[i:np.last+1], true) {
				np.adjacentOnly = false
				nps = append(nps, np)
			}
		}
		// "A letter obtained by The Associated Press warns": the phrase
		// a participle describes speaks, not the participle's agent.
		if first, ok := x.agentParticiple(toks, i); ok {
			if np, ok := x.nounPhraseBefore(si, first); ok {
				np.adjacentOnly = false
				nps = append(nps, np)
			}
		}
		if np, ok := x.speechNounAgent(si, i); ok {
			nps = append(nps, np)
			agentEnds = append(agentEnds, [2]int{i, np.last})
		}
		// "The plan was described by critics as ...", "was described as
		// “a giveaway” by critics": the agent of a passive cue speaks.
		if i > 0 && toks[i].lower == "by" && (cue[i-1] && x.passiveCueAt(si, i-1) || x.closesPassiveComplement(si, toks[i-1])) {
			if np, ok := x.nounPhraseFrom(si, i+1); ok {
				nps = append(nps, np)
			}
		}
		// "as one voter put it": the phrase before "put it" speaks, though
		// "put" is no speech verb.
		if i+1 < len(toks) && toks[i].lower == "put" && toks[i+1].lower == "it" {
			if np, ok := x.nounPhraseBefore(si, i); ok {
				nps = append(nps, np)
			}
		}
		// "According to his longtime personal physician, ...": the
		// phrase after the cue is the source.
		// "in the words of a senior adviser, ...", likewise.
		if i+1 < len(toks) && (toks[i].lower == "according" && toks[i+1].lower == "to" || inTheWordsOf(toks, i)) {
			if np, ok := x.nounPhraseFrom(si, i+2); ok {
				nps = append(nps, np)
			}
		}
		// '"Call the roll," came shouts from the crowd': a reply or shout
		// that comes after its quotation comes from its speaker.
		if toks[i].lower == "from" && x.comesAfterQuote(si, i) {
			if np, ok := x.nounPhraseFrom(si, i+1); ok && !placePart(toks, np) {
				nps = append(nps, np)
			}
		}
		// "From the report: “...”", "More from Bush's Facebook post:": a
		// source named before a colon that opens the sentence, or the
		// part of it after a dash ("... representative - More from the
		// report:").
		if toks[i].lower == "from" && opensSentencePart(toks, i) {
			if np, ok := x.nounPhraseFrom(si, i+1); ok && np.last+1 < len(toks) && toks[np.last+1].text == ":" {
				nps = append(nps, np)
			}
		}
	}
	// A subject phrase with a link ("A spokesman for Platte River
	// declined ... but said") holds the name after the link: that name
	// is not the subject.
	for i := range toks {
		if finiteVerbTags[toks[i].tag] && toks[i].isWord() && !cue[i] && !x.roleTurned(toks, i) {
			if np, ok := x.nounPhraseBefore(si, i); ok && x.hasLink(toks, np.first, np.last) {
				np.subjectOnly = true
				nps = append(nps, np)
			}
		}
	}
	// A name after a link is the phrase's affiliation, not its head ("a
	// spokesman for Hillary Clinton").
	linked := func(np candidate, ch chunk) bool {
		for k := ch.first - 1; k >= np.first; k-- {
			if x.linkAt(toks, k) {
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
		// "(R-Iowa)", "(Reuters)": a short aside, which the layout skips,
		// names no speaker; a long one may be a clause with its own
		// ("(Raphael Lemkin, who coined the word genocide, once said,
		// “...”)").
		parenthetical := ch.first > 0 && parentheticalEnd(toks, ch.first-1) >= 0
		if x.insideQuote(toks[ch.first].span) || ch.name.empty() && !ch.isOrg || insideNP(ch) || parenthetical {
			continue
		}
		if x.allDateWords(toks[ch.first : ch.last+1]) {
			continue // "on Friday described": a date, not a speaker
		}
		// "Carranza spokeswoman Alana Whitcombe": a name among the
		// modifiers of a person's name is no speaker; the person is.
		if slices.ContainsFunc(x.chunks[si], func(head chunk) bool {
			return head.entity >= 0 && head.first > ch.last && npStart(head) <= ch.first && x.rolesOnly(toks[ch.last+1:head.first])
		}) {
			continue
		}
		var c candidate
		switch {
		case ch.entity >= 0 && x.headsLeaderNoun(si, &ch):
			// "The Carranza campaign's reply:", "the Sanders campaign sent
			// out a fund-raising email ... and accused": the campaign
			// speaks, its leader is its affiliation.
			c = candidate{first: ch.first - 1, last: ch.last + 1, mention: span{toks[ch.first-1].start, toks[ch.last+1].end}, kind: "organisation", entity: -1,
				resolvedBy: schema.ByExplicit, speakerKind: schema.SpeakerOrganisation, affiliation: ch.name}
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
		} else if subject, ok := x.c.objectPronouns[pronoun]; ok && inTheViewOf(toks, i) {
			add(candidate{first: i, last: i, mention: t.span, kind: "pronoun", entity: -1, resolvedBy: schema.ByPronoun, pronoun: subject})
		}
	}
	for i := range toks {
		p := x.speechNounPossessor(toks, i)
		for _, a := range agentEnds {
			if a[0] == i {
				p = a[1]
			}
		}
		if p < 0 || x.insideQuote(toks[i].span) {
			continue
		}
		if pronoun, ok := x.c.possessives[toks[p].lower]; ok {
			add(candidate{first: p, last: p, mention: toks[p].span, kind: "pronoun", entity: -1, resolvedBy: schema.ByPronoun, pronoun: pronoun, speechPossessor: true})
			continue
		}
		found := false
		for ci := range out {
			if out[ci].last == p {
				out[ci].speechPossessor = true
				found = true
			}
		}
		// "The Carranza campaign's reply:": a common noun's phrase
		// possesses the speech noun too, when a colon or the quotation
		// follows it ("the bank's response to the Ebola epidemic"
		// quotes nothing).
		announces := i+1 < len(toks) && (toks[i+1].text == ":" || x.isMarkToken(toks[i+1]))
		if !found && announces && headNounTags[toks[p].tag] && !toks[p].isCapitalised() {
			if np, ok := x.nounPhrase(si, headPhraseStart(toks, p), p); ok {
				np.speechPossessor, np.adjacentOnly = true, false
				add(np)
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
		// "A White House official who spoke anonymously said": the
		// phrase speaks for the cue after the clause, not the pronoun.
		if x.restrictiveRelativeEnd(toks, i) > i {
			continue
		}
		c, ok := relativeAntecedent(toks, i, out)
		if !ok && toks[i-1].text == "," && x.relativeCueQuotes(toks, i, cue) {
			// "the Associated Press report, which notes, “...”",
			// "Republican leaders in Columbus, who passed the law and
			// said that it would “...”": a relative pronoun whose clause
			// cues a quotation stands for the phrase before it, though no
			// cue of that phrase's found it.
			c, ok = x.nounPhraseBefore(si, i-1)
			// "an internal staffing assessment, obtained by the
			// committee, which warned of “...”": the agent of a
			// participle set off by commas is no antecedent; the phrase
			// before the aside is.
			if ok && c.first > 0 && x.participleAgent(toks, c.first-1) {
				if np, found := x.nounPhraseBefore(si, i); found && np.last < c.first {
					c = np
				}
			}
			// "Joan Pelletier, a retired millworker from Nashua, who
			// asked", "Justice Theodore Blackwood, joined by two
			// colleagues, who wrote": the name before the aside.
			if ok && t.lower == "who" && c.entity < 0 {
				if name, named := personBeforeAppositive(toks, c.first, out); named {
					c = name
				}
			}
		}
		if ok {
			// "the Trump who questions a judge because of his Mexican
			// heritage, who fights with journalists": a "who" after a
			// thing in the clause of an earlier "who" stands for what
			// that one stands for.
			if earlier, ok := x.earlierRelative(toks, t, c, out); ok {
				c = earlier
			}
			add(candidate{first: i, last: i, mention: t.span, kind: "relative", entity: c.entity, resolvedBy: schema.ByPronoun, name: c.mention.text(x.t.raw),
				speakerKind: c.speakerKind, affiliation: c.affiliation})
		}
	}
	// A noun phrase before a finite verb is a subject ("The complaint
	// alleged ...", "a federal judge determined ..."); it may speak only
	// through the SUBJECT slot, so that it never outbids a name nearer a
	// cue.
	for i := range toks {
		if (finiteVerbTags[toks[i].tag] || x.mainVerbTaggedParticiple(toks, i)) && toks[i].isWord() && !cue[i] && !x.roleTurned(toks, i) {
			// "Podliska's most explosive claim is that": a speech noun
			// its possessor speaks through is no subject that speaks.
			if np, ok := x.nounPhraseBefore(si, i); ok && x.speechNounPossessor(toks, np.last) < 0 {
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

// comparedNumber reports whether the words a, b qualify the number after
// them: "more than", "fewer than", "less than", "at least", "at most".
func comparedNumber(a, b string) bool {
	return b == "than" && (a == "more" || a == "fewer" || a == "less") || a == "at" && (b == "least" || b == "most")
}

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
	inParens, comma := false, false
	for k, t := range toks {
		if k > maxDateline {
			break
		}
		switch {
		case t.text == ",":
			comma = true
		case comma && t.isCapitalised():
			// "COLUMBUS, Ohio —", "ERIE, Pa. —": the region after the place.
		case t.text == "(":
			inParens = true
		case t.text == ")":
			inParens = false
		case isDashes(t.text):
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
	// A past participle of a cue right after a noun describes it ("A
	// joint statement issued after the talks said").
	v := participleBefore(toks, np.first)
	if v < 1 || x.cueAt(toks, v) && toks[v].tag != "VBN" || gerundCompound(toks, v) {
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

// maxParticipleObject is the most tokens between a participle and the
// phrase before a cue that its object or preposition ends with
// ("Protesters marching through the streets chanted").
const maxParticipleObject = 6

// participleBefore returns the index of the participle whose phrase the
// noun phrase starting at toks[first] ends: right before it ("The union
// representing machinists"), or before the preposition that opens it,
// past the participle's object ("Protesters marching through the
// streets", "Students waving flags outside the building"). Else -1.
func participleBefore(toks []token, first int) int {
	v := first - 1
	if v >= 0 && toks[v].tag == "VBG" {
		return v
	}
	if v < 1 || toks[v].tag != "IN" || !toks[v].isWord() {
		return -1
	}
	for k := v - 1; k >= 1 && k >= first-1-maxParticipleObject; k-- {
		switch t := toks[k]; {
		case t.tag == "VBG" && !prepositionalParticiples[t.lower]:
			return k
		case t.tag == "VBN" && k == v-1 && toks[v].lower != "by" && headNounTags[toks[k-1].tag]:
			// "A woman seated behind Amundsen shouted": a past
			// participle and its place ("by" names an agent instead).
			return k
		case !t.isWord() || strings.HasPrefix(t.tag, "VB") || t.tag == "MD" || t.tag == "WDT" || t.tag == "WP" || t.lower == "that":
			return -1
		}
	}
	return -1
}

// prepositionalParticiples are participles that work as prepositions
// ("foundations including the Rockefeller Brothers Fund"): they describe
// no one's doing.
var prepositionalParticiples = map[string]bool{"including": true, "according": true, "regarding": true, "concerning": true, "following": true, "excluding": true, "considering": true, "barring": true, "pending": true}

// inTheViewOf reports whether toks[i] follows a "to" that opens its
// sentence or a clause after a conjunction, and a comma follows it: "To
// him, liberals pose a threat" says what he thinks.
func inTheViewOf(toks []token, i int) bool {
	return i >= 1 && i+1 < len(toks) && toks[i-1].lower == "to" && toks[i+1].text == "," && (i == 1 || clauseStartWords[toks[i-2].lower])
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

// personNamedAt reports whether a person's name spans tokens first to
// last of sentence si.
func (x *docState) personNamedAt(si, first, last int) bool {
	for _, ch := range x.chunks[si] {
		if ch.entity >= 0 && ch.first == first && ch.last == last {
			return true
		}
	}
	return false
}

// rolesOnly reports whether toks are one or more words in lower case
// that name a role, with the words that qualify one ("spokeswoman",
// "campaign manager", "former senior adviser").
func (x *docState) rolesOnly(toks []token) bool {
	if len(toks) == 0 {
		return false
	}
	for _, t := range toks {
		_, _, title := x.c.lowerTitles.longestAt(x.t.raw, t.start, t.end)
		if t.isCapitalised() || !x.c.roles[t.lower] && !title && t.lower != "campaign" && t.lower != "senior" && t.lower != "former" {
			return false
		}
	}
	return true
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
	if !ok || x.personNamedAt(si, marker+1, np.last) {
		return candidate{}, false // "The Guardian's Priya Ramaswamy": she speaks
	}
	// "Obama's suggestion at a debate that": a speech noun the name
	// possesses cues, wherever it stands in the phrase.
	for k := marker + 1; k <= np.last; k++ {
		if x.speechNounPossessor(toks, k) == c.last {
			return candidate{}, false
		}
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

// mainVerbTaggedParticiple reports whether toks[i], a past form the
// tagger took for a participle, is the verb of its sentence: "Small groups
// of protesters gathered near the stadium, chanting ...". No verb stands
// before it and no finite verb after it up to a quotation or the end of
// the sentence, which a reduced relative would need ("People ejected from
// a rally in Concord, N.C., on Monday included").
func (x *docState) mainVerbTaggedParticiple(toks []token, i int) bool {
	if toks[i].tag != "VBN" || i < 1 || !headNounTags[toks[i-1].tag] {
		return false
	}
	for k := i - 1; k >= 0; k-- {
		if strings.HasPrefix(toks[k].tag, "VB") || toks[k].tag == "MD" || toks[k].text == "," {
			return false
		}
	}
	for k := i + 1; k < len(toks) && !x.isMarkToken(toks[k]); k++ {
		if finiteVerbTags[toks[k].tag] || toks[k].tag == "MD" {
			return false
		}
	}
	return true
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
				if toks[i].lower == "who" && c.entity < 0 {
					if name, ok := personBeforeAppositive(toks, c.first, cands); ok {
						return name, true
					}
				}
				return c, true
			}
		}
		if strings.HasPrefix(toks[k].tag, "VB") || toks[k].tag == "MD" || isQuoteMark(toks[k].text) {
			break
		}
	}
	return candidate{}, false
}

// relativeCueQuotes reports whether the clause of the relative pronoun
// at toks[i] cues a quotation. The pronoun must be the clause's subject:
// a verb or an adverb follows it, past any aside between dashes ("The
// returns, which the nominee had promised to release “...”" is the
// nominee's). A thing's "which" speaks only through a cue the quotation
// follows ("which notes, “...”", "which - as Chait noted - promises to
// “...”", "which warned of “...”"; not "the resolution, which said the
// city “...”", which PolNeAR gives the council that voted for it); a
// "who" through any cue of its clause before a comma ("who passed the law
// in July and said at the time that it would “...”").
func (x *docState) relativeCueQuotes(toks []token, i int, cue []bool) bool {
	next := i + 1
	if next < len(toks) && isDashes(toks[next].text) {
		next = x.dashAsideEnd(toks, next) + 1
	}
	if next <= 0 || next >= len(toks) || !cue[next] && !strings.HasPrefix(toks[next].tag, "VB") && toks[next].tag != "MD" && !strings.HasPrefix(toks[next].tag, "RB") {
		return false
	}
	if toks[i].lower == "which" {
		return cue[next] && (x.quoteMarkAfter(toks, next) || next+1 < len(toks) && (toks[next+1].lower == "to" || toks[next+1].lower == "of") && x.quoteMarkAfter(toks, next+1) || x.quoteAfterObject(toks, next))
	}
	for j := i + 1; j < len(toks) && toks[j].text != ","; j++ {
		if x.quoteAt(toks[j].span) >= 0 {
			return false
		}
		if cue[j] {
			return slices.ContainsFunc(toks[j+1:], func(t token) bool { return x.quoteAt(t.span) >= 0 })
		}
	}
	return false
}

// maxObjectTokens is how many tokens the object between a cue and its
// quotation may have ("asked its followers, “...”").
const maxObjectTokens = 5

// quoteAfterObject reports whether a quotation follows the cue at
// toks[cue] past its object and a comma or colon: words that are no verb
// and hold no quotation mark ("which asked its followers, “Where did
// YOUR money go?”").
func (x *docState) quoteAfterObject(toks []token, cue int) bool {
	for k := cue + 1; k < len(toks) && k <= cue+maxObjectTokens+1; k++ {
		t := toks[k]
		if (t.text == "," || t.text == ":") && k > cue+1 {
			return x.quoteMarkAfter(toks, k)
		}
		if !t.isWord() || strings.HasPrefix(t.tag, "VB") || t.tag == "MD" {
			return false
		}
	}
	return false
}

// personBeforeAppositive returns the person named right before the
// phrases, set off by commas, that end with the one starting at
// toks[first]: "who" stands for her in "Danielle Osei-Bonsu, the 2004
// Olympic 400m bronze medallist, who" and "Dr. Olumide Adeyemi-Grant, a
// sleep researcher at Washington University in St. Louis, Mo., who", and
// for him in "Justice Theodore Blackwood, joined by two colleagues, who".
func personBeforeAppositive(toks []token, first int, cands []candidate) (candidate, bool) {
	for k := first - 1; k > 0 && k >= first-maxAppositive; k-- {
		// A participle may open the aside ("joined by two colleagues").
		if strings.HasPrefix(toks[k].tag, "VB") && toks[k].tag != "VBN" && toks[k].tag != "VBG" || toks[k].tag == "MD" || isQuoteMark(toks[k].text) {
			break
		}
		if toks[k].text != "," {
			continue
		}
		for _, c := range cands {
			if c.last == k-1 && c.entity >= 0 && c.kind != "pronoun" {
				return c, true
			}
		}
	}
	return candidate{}, false
}

// earlierRelative returns the antecedent of the "who" whose clause holds
// c, the phrase that the relative pronoun t would otherwise stand for,
// when t is "who" and c names no one: neither a person, a group nor a
// role ("his Mexican heritage").
func (x *docState) earlierRelative(toks []token, t token, c candidate, cands []candidate) (candidate, bool) {
	if t.lower != "who" || c.entity >= 0 || c.kind == "nominal" || c.kind == "relative" || c.speakerKind == schema.SpeakerGroup || c.speakerKind == schema.SpeakerPerson || x.c.roles[toks[c.last].lower] {
		return candidate{}, false
	}
	for k := c.first - 1; k >= 0 && k >= c.first-maxRelativeReach*2; k-- {
		if toks[k].text == "," {
			return candidate{}, false
		}
		if toks[k].lower == "who" {
			return relativeAntecedent(toks, k, cands)
		}
	}
	return candidate{}, false
}

// withPlaceQualifier extends a phrase that ends in a name over the place
// that qualifies it, of at most maxPlaceWords words, up to the comma
// after it ("a spokesman for Sen. Layla Fordham-Price of Kansas, the
// panel's top Republican,"); else it returns the phrase as it is.
func (x *docState) withPlaceQualifier(si int, np candidate) candidate {
	toks := x.sents[si].tokens
	k := np.last + 1
	if k >= len(toks) || !toks[np.last].isCapitalised() || toks[k].lower != "of" && toks[k].lower != "from" {
		return np
	}
	j := k + 1
	for j < len(toks) && j-k <= maxPlaceWords && toks[j].isCapitalised() && toks[j].isWord() {
		j++
	}
	if j == k+1 || j >= len(toks) || toks[j].text != "," {
		return np
	}
	if whole, ok := x.nounPhrase(si, np.first, j-1); ok {
		return whole
	}
	return np
}

// hasLink reports whether a link word joins two parts of toks[first..last]
// ("a spokesman for the buyer").
func (x *docState) hasLink(toks []token, first, last int) bool {
	for k := first + 1; k <= last; k++ {
		if x.linkAt(toks, k) {
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

// openingQuoteEnds are the characters that end the words of a quotation
// its attribution follows: a comma, a question or exclamation mark, or a
// dash where the speaker was cut off ("“Coach, was it the wrong call—” a
// reporter began", `"We will not --" he said`).
const openingQuoteEnds = ",?!—–-"

// wordsEndIn reports whether the words of quotation q end in one of the
// characters of ends.
func (x *docState) wordsEndIn(q quoteMarks, ends string) bool {
	words := q.inner.text(x.t.raw)
	r, _ := utf8.DecodeLastRuneInString(words)
	return words != "" && strings.ContainsRune(ends, r)
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

// closesPassiveComplement reports whether t is the closing mark of a
// quotation that is the complement of a passive cue in sentence si.
func (x *docState) closesPassiveComplement(si int, t token) bool {
	qi, ok := x.quoteEndingAt(t.end)
	if !ok || !x.isMarkToken(t) {
		return false
	}
	toks := x.sents[si].tokens
	for k := len(toks) - 1; k > 0; k-- {
		if toks[k].start != x.quotes[qi].outer.start {
			continue
		}
		for k--; k > 0 && complementFiller(toks[k]); k-- {
		}
		return x.cueAt(toks, k) && x.passiveCueAt(si, k)
	}
	return false
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

// placeParts are nouns of a part of a place, which says where a reply came
// from, not who gave it ("came the reply from the back of the room").
var placeParts = setOf("back front rear side corner middle edge end top bottom floor gallery balcony")

// placePart reports whether the noun phrase np names a part of a place:
// its first word past a determiner is one of placeParts.
func placePart(toks []token, np candidate) bool {
	k := np.first
	if k < np.last && determiners[toks[k].lower] {
		k++
	}
	return placeParts[toks[k].lower]
}

// maxReplyWords is how many words may stand between "came" and "from" in
// an inverted reply ("came a chorus of boos from").
const maxReplyWords = 5

// comesAfterQuote reports whether the "from" at toks[i] ends an inverted
// reply right after a quotation that opens its sentence: '"No," came the
// reply from', '"Call the roll," came shouts from'.
func (x *docState) comesAfterQuote(si, i int) bool {
	toks := x.sents[si].tokens
	for k := i - 1; k >= 1 && i-k <= maxReplyWords+1; k-- {
		if !toks[k].isWord() {
			return false
		}
		if w := toks[k].lower; w == "came" || w == "comes" {
			return x.isMarkToken(toks[k-1]) && x.closesOpeningQuote(si, toks[k-1], openingQuoteEnds)
		}
	}
	return false
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
	if x.c.viewNouns[toks[i].lower] {
		return x.viewPossessor(toks, i)
	}
	if !x.c.speechNouns[toks[i].lower] || toks[i].isCapitalised() {
		return -1
	}
	// "his comment Monday that", "his statement last month that".
	j := x.dateAdverbEnd(toks, i+1)
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
	// "Smith's response was blunt:": what the noun is like, then a colon.
	if colon := describedBeforeColon(toks, j); colon > j {
		j = colon
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
	// verb's object is what its subject speaks of. "The plaintiffs argued
	// in their complaint that": the cue's subject speaks, where the noun
	// says.
	if possessor < 0 || start > 0 && strings.HasPrefix(toks[start-1].tag, "VB") && toks[start-1].tag != "VBG" ||
		start > 1 && toks[start-1].lower == "in" && x.cueAt(toks, start-2) {
		return -1
	}
	return possessor
}

// describedBeforeColon returns the index of the colon after "is" or "was"
// at toks[j] and at most two adverbs and adjectives ("was blunt:", "was
// more direct:"), or -1.
func describedBeforeColon(toks []token, j int) int {
	if toks[j].lower != "is" && toks[j].lower != "was" {
		return -1
	}
	for k := j + 1; k < len(toks) && k <= j+3; k++ {
		switch t := toks[k]; {
		case t.text == ":":
			if k > j+1 {
				return k
			}
			return -1
		// The tagger calls some of these adjectives nouns ("blunt").
		case !t.isWord() || !strings.HasPrefix(t.tag, "JJ") && !strings.HasPrefix(t.tag, "RB") && t.tag != "NN":
			return -1
		}
	}
	return -1
}

// viewPossessor returns the index of the token that possesses the view
// noun at toks[i] in "in his view,", "In Trump's mind,": what the clause
// says is the possessor's view. Else -1.
func (x *docState) viewPossessor(toks []token, i int) int {
	if i+1 >= len(toks) || toks[i+1].text != "," || i < 2 {
		return -1
	}
	k := i - 1
	if _, ok := x.c.possessives[toks[k].lower]; ok && toks[k-1].lower == "in" {
		return k
	}
	if !isPossessiveMarker(toks[k].lower) || !toks[k-1].isCapitalised() {
		return -1
	}
	start := k - 1
	for start > 0 && toks[start-1].isCapitalised() && toks[start-1].isWord() && toks[start-1].lower != "in" {
		start--
	}
	if start == 0 || toks[start-1].lower != "in" {
		return -1
	}
	return k - 1
}

// maxNameDescription is the most words describing a name between it and
// the determiner of its phrase ("the Dutch newspaper NRC Handelsblad").
const maxNameDescription = 3

// phrasePreposition returns the index of the preposition that opens the
// phrase "determiner [modifiers] noun" whose noun is toks[k], past at most
// maxNameDescription adjectives and nouns ("to the Dutch newspaper", "In a
// Bloomberg interview"), or -1 when no preposition opens it.
func phrasePreposition(toks []token, k int) int {
	d := k - 1
	for n := 0; d >= 0 && n < maxNameDescription && (toks[d].tag == "JJ" || toks[d].tag == "NN" || toks[d].tag == "NNP") && toks[d].isWord(); n++ {
		d--
	}
	if d < 1 || !determiners[toks[d].lower] && !prepositionDeterminers[toks[d].lower] || toks[d-1].tag != "IN" && toks[d-1].tag != "TO" {
		return -1
	}
	return d - 1
}

// prepositionDeterminers open, besides the articles and possessives, a
// phrase that a preposition governs before a name ("At one point Reyes
// asked", "In that interview Trump said").
var prepositionDeterminers = setOf("one this that these those some another each every")

// describedNameObjectOf returns the index of the preposition before the
// phrase "the [adjective] noun Name" whose name starts at toks[first], or
// -1: a singular noun in lower case that describes the name (see
// describesName) makes the name the phrase's head. Only a preposition
// counts, as after a verb the name may open a clause ("told the newspaper
// Trump would win").
func (x *docState) describedNameObjectOf(toks []token, first int) int {
	k := first - 1
	if k < 0 || toks[k].tag != "NN" || toks[k].isCapitalised() || !toks[first].isCapitalised() || !x.describesName(toks[k]) {
		return -1
	}
	return phrasePreposition(toks, k)
}

// roleTurned reports whether toks[k] is the "turned" that joins a role
// to the one it became ("defender turned Sky Sports pundit", "lawyer
// turned activist"): no verb of the sentence.
func (x *docState) roleTurned(toks []token, k int) bool {
	return toks[k].lower == "turned" && k > 0 && k+1 < len(toks) && x.c.roles[toks[k-1].lower] &&
		(toks[k+1].isCapitalised() || x.c.roles[toks[k+1].lower])
}

// determinedAdjective reports whether toks[k] is a lower-case adjective
// after a determiner, past any other adjectives ("the federal", "a
// little-known").
func determinedAdjective(toks []token, k int) bool {
	for ; k > 0 && strings.HasPrefix(toks[k].tag, "JJ") && !toks[k].isCapitalised(); k-- {
		if determiners[toks[k-1].lower] {
			return true
		}
	}
	return false
}

// speechNounAgent returns the phrase whose speech noun at token i of
// sentence si it follows with "by", "of" or "from", when "that" comes
// right after the phrase: "a claim by the company that its product was
// \"completely safe\"", "the contention of former secretary of state
// Hillary Clinton that". The phrase made the claim, and the quote in the
// clause after "that" is its words.
func (x *docState) speechNounAgent(si, i int) (candidate, bool) {
	toks := x.sents[si].tokens
	if i+2 >= len(toks) || !speechNounAgentLink(toks[i+1].lower) || !x.c.speechNouns[toks[i].lower] || toks[i].isCapitalised() {
		return candidate{}, false
	}
	np, ok := x.nounPhraseFrom(si, i+2)
	if !ok || np.last+1 >= len(toks) || toks[np.last+1].lower != "that" || complementizer(toks, i+2) {
		return candidate{}, false
	}
	// "of" names who spoke only when a person follows ("the contention
	// of Hillary Clinton that"); else it is what the words are about
	// ("the description of the handgun that").
	if toks[i+1].lower == "of" && np.entity < 0 {
		return candidate{}, false
	}
	np.speechPossessor = true
	return np, true
}

// opensSentencePart reports whether toks[i], or "More" right before it,
// opens the sentence or follows a dash.
func opensSentencePart(toks []token, i int) bool {
	if i > 0 && toks[i-1].lower == "more" {
		i--
	}
	return i == 0 || isDashes(toks[i-1].text)
}

// inTheWordsOf reports whether toks[i] and toks[i+1] are "words of" in
// "in the words of".
func inTheWordsOf(toks []token, i int) bool {
	return i >= 2 && toks[i-2].lower == "in" && toks[i-1].lower == "the" && toks[i].lower == "words" && toks[i+1].lower == "of"
}

// subjectPronouns are the pronouns only a subject takes.
var subjectPronouns = map[string]bool{"he": true, "she": true, "they": true, "we": true, "i": true}

// gradingAdverb reports whether toks[j] is an adverb grading the adjective
// or participle after it ("a similarly timed debate").
func gradingAdverb(toks []token, j int) bool {
	return toks[j].tag == "RB" && j+1 < len(toks) && (toks[j+1].tag == "JJ" || toks[j+1].tag == "VBN")
}

// determinedGradingAdverb reports whether toks[j] is a grading adverb
// right after a determiner, inside a noun phrase ("the recently released
// playbook", "A newly formed super PAC"); "Perhaps young voters" and
// "Only European immigrants" open with an adverb that grades nothing.
func determinedGradingAdverb(toks []token, j int) bool {
	return j > 0 && npDeterminers[toks[j-1].lower] && gradingAdverb(toks, j)
}

// speechNounAgentLink reports whether w joins a speech noun to the phrase
// that made it.
func speechNounAgentLink(w string) bool { return w == "by" || w == "of" || w == "from" }

var speechNounModifierTags = map[string]bool{"JJ": true, "JJS": true, "JJR": true, "RBS": true, "NN": true, "VBG": true, "VBN": true}

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
	for j < len(toks) && j-i <= maxAdjunctWords && toks[j].isWord() && (nounTags[toks[j].tag] || toks[j].tag == "DT" || toks[j].tag == "JJ" || toks[j].tag == "PRP$" || toks[j].tag == "CD" || gradingAdverb(toks, j)) {
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
	if !strings.HasPrefix(toks[k].tag, "VB") || !toks[k].isWord() || x.c.invertedCues[toks[k].lower] || k+1 >= len(toks) || determinedByWh(toks, k) {
		return false
	}
	// A "verb" right after a quotation is more often a tagging slip
	// (",\" veteran analyst Charlie Cook wrote") than a verb with its
	// object.
	if k == 0 || x.isMarkToken(toks[k-1]) {
		return false
	}
	if gerundCompound(toks, k) || x.roleCompound(toks, k) || x.describedRole(toks, k) {
		return false
	}
	return strings.TrimSpace(x.t.raw[toks[k].end:toks[k+1].start]) == ""
}

// secondObject reports whether a phrase whose determiner follows
// toks[k] is a verb's second object: toks[k] ends the first, a name or an
// object pronoun right after the verb ("sent Tran-Whitaker a letter
// saying", "handed him a memo warning"). The participle after it is then
// the document's, and the verb's subject speaks through it.
func (x *docState) secondObject(toks []token, k int) bool {
	j := k
	switch {
	case objectPronouns[toks[k].lower]:
	case toks[k].tag == "NNP" && toks[k].isCapitalised():
		for j > 0 && toks[j-1].tag == "NNP" && toks[j-1].isCapitalised() {
			j--
		}
	default:
		return false
	}
	return j > 0 && x.verbObject(toks, j-1)
}

// articles open a phrase that may be a verb's second object.
var articles = setOf("a an the")

// gerundCompound reports whether the gerund at toks[k], between a
// modifier and a singular noun, is part of a compound ("policy planning
// director Anne-Marie Slaughter", "a fundraising committee"), not a verb
// with an object.
func gerundCompound(toks []token, k int) bool {
	return k > 0 && k+1 < len(toks) && toks[k].tag == "VBG" && toks[k+1].tag == "NN" && (nounTags[toks[k-1].tag] || toks[k-1].tag == "DT") && toks[k-1].isWord()
}

// roleCompound reports whether the "verb" at toks[k] opens a role
// between the name of the body it serves and the name of its holder
// ("Oilers head coach Marguerite Olafsson said"): after a plural name the
// tagger reads the role as the team's verb and the holder as its object.
func (x *docState) roleCompound(toks []token, k int) bool {
	return k > 0 && toks[k-1].isCapitalised() && x.roleWordsEnd(toks, k) > k
}

// describedRole reports whether the "verb" at toks[k] is a participle
// that describes the role after it, at the start of an appositive ("A
// neighbour, retired engineer Colin Abernethy-Sze, said").
func (x *docState) describedRole(toks []token, k int) bool {
	return k > 0 && toks[k-1].text == "," && (toks[k].tag == "VBD" || toks[k].tag == "VBN") && x.roleWordsEnd(toks, k+1) > k+1
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

// linkAt reports whether token k joins a noun phrase to the one it
// describes: one of npLinks, or "to" after a noun of the rules' roles_to
// ("an adviser to the senator", "aides to Clinton").
func (x *docState) linkAt(toks []token, k int) bool {
	return npLinks[toks[k].lower] || x.roleToAt(toks, k) || x.platformOnAt(toks, k)
}

// platformOnAt reports whether token k is an "on" that joins someone to
// the named place or medium they are on ("one user on X", "Republicans on
// Capitol Hill"); a speech noun, a title's opener or a name before it
// makes the phrase a thing's ("a question on Facebook", "a program on
// ABC").
func (x *docState) platformOnAt(toks []token, k int) bool {
	return k+1 < len(toks) && toks[k+1].isCapitalised() && x.onAfterSourceNoun(toks, k)
}

// onAfterSourceNoun reports whether token k is an "on" after a common noun
// that may name a source (not a speech noun, a title's opener or a word of
// not_speakers).
func (x *docState) onAfterSourceNoun(toks []token, k int) bool {
	if k == 0 || toks[k].lower != "on" {
		return false
	}
	head := toks[k-1]
	return !head.isCapitalised() && !x.c.speechNouns[head.lower] && !x.c.titleOpeners[head.lower] && !x.c.notSpeakers[head.lower]
}

// affiliationLinkAt is linkAt for the links after which a name is the
// phrase's affiliation.
func (x *docState) affiliationLinkAt(toks []token, k int) bool {
	return affiliationLinks[toks[k].lower] || x.roleToAt(toks, k)
}

// roleToAt reports whether token k is a "to" after a noun of roles_to.
func (x *docState) roleToAt(toks []token, k int) bool {
	if k == 0 || toks[k].lower != "to" {
		return false
	}
	noun := toks[k-1].lower
	return x.c.rolesTo[noun] || x.c.rolesTo[strings.TrimSuffix(noun, "s")]
}

// affiliationLinks are the links after which a name is what the phrase
// belongs to ("a spokesman for Clinton", "a professor at Yale"); "a voter
// from Iowa" only says where.
var affiliationLinks = map[string]bool{"for": true, "of": true, "at": true}

var npDeterminers = map[string]bool{"the": true, "a": true, "an": true, "this": true, "that": true, "one": true,
	"another": true, "his": true, "her": true, "their": true, "its": true, "some": true, "several": true, "two": true, "three": true,
	"these": true, "those": true}
