package extract

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// buildPeople turns the name chunks of every sentence into person
// entities: full names first (a title, a known person, a known first name),
// then other names linked to them or made people by what stands around
// them, then transcript turns' names and first names alone, then
// headlines.
func (x *docState) buildPeople() {
	c := x.c
	// Full names: a title, a known person or a known first name says the
	// chunk is a person.
	for si := range x.sents {
		for ci := range x.chunks[si] {
			ch := &x.chunks[si][ci]
			if ch.isOrg || ch.isPlace || len(ch.nameWords) == 0 {
				continue
			}
			_, known := c.knownPeople[x.fold(ch.name.text(x.t.raw))]
			_, firstKnown := c.firstNames[x.fold(ch.nameWords[0])]
			switch {
			case known:
				x.linkChunk(ch, "people:"+c.people[c.knownPeople[x.fold(ch.name.text(x.t.raw))]].Name)
			case ch.hasTitle:
				x.linkChunk(ch, "titles:"+ch.titleRule)
			case len(ch.nameWords) >= 2 && firstKnown:
				x.linkChunk(ch, "people:first-names")
			case len(ch.nameWords) == 2 && x.familyNameFirst(ch.nameWords[0], ch.nameWords[1]):
				x.linkChunk(ch, "people:family-names-first")
			case len(ch.nameWords) >= 2 && dottedInitials(ch.nameWords[0]) && !sentenceOpeners[strings.ToLower(ch.nameWords[1])]:
				// Initials for a first name ("A.J. Smith") are a person's,
				// not before a function word ("A.C. Others").
				x.linkChunk(ch, "people:initials")
			}
		}
	}
	x.linkSharedLastNames()
	// Other names: linked when their last name is a known person's, or
	// taken as a new person when they are the subject of a speech verb.
	for si := range x.sents {
		for ci := range x.chunks[si] {
			ch := &x.chunks[si][ci]
			if ch.entity >= 0 || ch.isOrg {
				continue
			}
			if ch.isPlace {
				// "Cuban said": a demonym that is a known person's name.
				x.linkPlaceAsName(ch)
				continue
			}
			if len(ch.nameWords) > 0 {
				switch {
				case len(ch.nameWords) == 1 && x.afterIndefiniteArticle(ch) && x.personByLast(x.fold(ch.nameWords[0]), ch.name.start) < 0 && !x.c.knownLast[x.fold(ch.nameWords[0])]:
					// "Connor Whelan, a Democrat, who ..., said": one
					// word after "a" is a kind of person, no name, unless
					// the story's person has it ("to send a Cheney to
					// Washington").
				case x.orgShortName(ch) || x.organisationNounBefore(si, ch) || x.itsFollows(si, ch):
					// "Unisys said", after "Unisys Corp.", "the newspaper
					// Haaretz noted", or "Boeing said it would cut 10
					// percent of its workforce": the organisation.
					ch.isOrg = true
				case len(ch.nameWords) == 1 && x.headsLeaderNoun(si, ch) && !x.commonWordAtStart(ch) && !x.usedInLowerCase(strings.ToLower(ch.nameWords[0])) && !x.vocabulary.Knows(strings.ToLower(ch.nameWords[0])):
					// "the Kessler administration": a leader's surname, no
					// common word ("the Remain campaign").
					x.linkChunk(ch, "people:leader-noun")
				case x.cueFollows(si, ch.last) && !x.commonWordAtStart(ch) && !x.afterPreposition(ch) && !x.adjectiveOrPluralAlone(si, ch) && !x.possessedAlone(ch):
					x.linkChunk(ch, "speech_verbs:cue-subject")
				case x.invertedCueBefore(si, ch.first) && (len(ch.nameWords) >= 2 || !x.adjectiveOrPluralAlone(si, ch) && (x.describedAsPerson(si, ch.last) || ch.first == ch.last && x.endsSentence(si, ch.last))):
					// One word needs what only a person's name has after
					// it ("said Kowalczyk, 54,"), or to end the sentence
					// alone ("said Mages."), where no "British Gas" or
					// "says Millennials, numbering" can go on.
					x.linkChunk(ch, "speech_verbs:inverted-cue-subject")
				case x.describedBeforeCue(si, ch.last) && len(ch.nameWords) >= 2:
					x.linkChunk(ch, "speech_verbs:described-cue-subject")
				case len(ch.nameWords) == 1 && !x.properNounBefore(si, ch) && x.describedAsPerson(si, ch.last) && x.descriptionEndsBeforeCue(si, ch.last) &&
					!x.commonWordAtStart(ch) && !x.afterPreposition(ch) && !x.adjectiveOrPluralAlone(si, ch):
					// "Kowalczyk, 54, said", "Kowalczyk, who has led
					// the union since 2010, said": as "Kowalczyk said",
					// unless the name may go on before the chunk ("April
					// Mellody, a spokeswoman, said").
					x.linkChunk(ch, "speech_verbs:described-cue-subject")
				case x.appositiveBeforeCue(si, ch) && x.properName(si, ch):
					x.linkChunk(ch, "speech_verbs:appositive-cue-subject")
				case x.describedAsPerson(si, ch.last) && x.properName(si, ch) && !x.prepositionObject(ch):
					x.linkChunk(ch, "people:described")
				case x.roleBefore(si, ch) && x.properName(si, ch):
					x.linkChunk(ch, "people:roles")
				case len(ch.nameWords) == 1 && x.roleAppositive(si, ch) && (x.knownFirstName(ch) || x.describedAsPerson(si, ch.last)):
					// "his wife, Melania, said", "whose son, Parker, 8,":
					// a first name set off after a role names that person,
					// the one of the story who has it, if any, though the
					// full name comes later ("her husband, Tom, ... Tom
					// Ebeling said").
					if !x.linkFirstName(ch) {
						x.linkChunk(ch, "people:role-appositive")
					}
				case len(ch.nameWords) >= 2 && x.roleAppositive(si, ch) && x.properName(si, ch):
					// "Her campaign manager, Deshawn Pettiford, went
					// further": a full name set off after a role.
					x.linkChunk(ch, "people:role-appositive")
				case x.looksLikeFullName(si, ch):
					x.linkChunk(ch, "people:name-used-alone")
				case x.kinFollows(si, ch) && x.properName(si, ch):
					// "Meena Pillai and her husband, Rajesh, lost": only
					// a person has a family.
					x.linkChunk(ch, "people:kin-follows")
				case (x.properName(si, ch) || x.knownFirstName(ch)) && x.listedWithPerson(si, ci, anyPerson):
					x.linkListed(si, ch)
				case x.properName(si, ch) && x.signsQuote(si, ch):
					x.linkChunk(ch, "people:quote-signer")
				case len(ch.nameWords) == 1 && x.knownByLast(x.fold(ch.nameWords[0]), ch.gender) >= 0 && !x.commonWordAtStart(ch):
					// "Trump has just 5 percent": the one known person of
					// that last name, though nothing else says so.
					x.linkChunk(ch, "people:known-last-name")
				default:
					x.linkChunk(ch, "")
				}
			}
		}
	}
	x.linkListsLeftward()
	x.linkLoneNames()
	x.linkTranscriptTurns()
	x.linkFirstNames()
	x.appositiveAffiliations()
	x.appositiveTitles()
	// Headlines: capitalised words that are a known person's last name.
	// The document's title is one, though written in sentence case
	// ("Vellacourt bars two newspapers from his events"); there, where
	// any word may be capitalised first, only of a person with a first
	// name, and no place's.
	for si, s := range x.sents {
		headline := x.paras[s.para].headline
		if !headline && !x.isTitle(s.para) {
			continue
		}
		for k, tk := range s.tokens {
			if !tk.isCapitalised() {
				continue
			}
			if e := x.personByLast(x.fold(tk.text), tk.start); e >= 0 && (headline || x.people[e].firstKey != "" && !x.placeAt(tk)) {
				// As a chunk, the name can speak: "Cecile Richards: ‘I’m
				// Sick Of Men Telling Us What To Do’". The person's own
				// first name before it is part of the mention ("Lance
				// Armstrong Returns").
				first := k
				if k > 0 && x.people[e].firstKey != "" && x.fold(s.tokens[k-1].text) == x.people[e].firstKey {
					first = k - 1
				}
				x.chunks[si] = append(x.chunks[si], x.mentionFrom(si, first, k, e))
			}
		}
	}
	for _, p := range x.people {
		sort.Slice(p.mentions, func(i, j int) bool { return p.mentions[i].start < p.mentions[j].start })
	}
}

// placeAt reports whether a place of the gazetteer starts at token t.
func (x *docState) placeAt(t token) bool {
	_, _, ok := x.c.places.longestAt(x.t.raw, t.start, len(x.t.raw))
	return ok
}

// isTitle reports whether paragraph pi is the document's title, as its
// record gives it.
func (x *docState) isTitle(pi int) bool {
	return pi == 0 && x.title != "" && strings.TrimSpace(x.paras[0].text(x.t.raw)) == strings.TrimSpace(x.title)
}

// linkSharedLastNames makes a person of a known first name joined by
// "and" to a full name, with that name's last name: "Bill and Hillary
// Clinton" names Bill Clinton too.
func (x *docState) linkSharedLastNames() {
	for si := range x.sents {
		toks := x.sents[si].tokens
		for ci := range x.chunks[si] {
			full := &x.chunks[si][ci]
			if ci == 0 || full.entity < 0 || len(full.nameWords) < 2 || full.nameFirst != full.first || full.first < 2 || toks[full.first-1].lower != "and" {
				continue
			}
			ch := &x.chunks[si][ci-1]
			if ch.first != full.first-2 || ch.last != ch.first || ch.entity >= 0 || ch.isOrg || ch.isPlace || len(ch.nameWords) != 1 {
				continue
			}
			// "Hillary and Tim Kaine": a first name the story already
			// gives someone is that person's.
			first := ch.nameWords[0]
			if _, ok := x.c.firstNames[x.fold(first)]; !ok || slices.ContainsFunc(x.people, func(p *personEntity) bool { return p.firstKey == x.fold(first) }) {
				continue
			}
			ch.nameWords = []string{first, full.nameWords[len(full.nameWords)-1]}
			ch.sharedLast = ch.nameWords[1]
			x.linkChunk(ch, "people:shared-last-name")
		}
	}
}

// linkLoneNames adds the names the tagger took for other words, which
// chunks leave out: at the start of a sentence a common word ("Sanders/NNS
// is scheduled", "Trump/NN has continued"), inside one a verb ("To that,
// Schilling/VBG added", "Will/MD described"). A lone capitalised word that
// is the last name of a person of the document is a mention of them.
func (x *docState) linkLoneNames() {
	for si, s := range x.sents {
		toks := s.tokens
		if x.paras[s.para].headline {
			continue
		}
		for k, tk := range toks {
			if !tk.isCapitalised() || !tk.isWord() || x.inQuoteMark(tk) || k > 0 && !leadingNonNameTags[tk.tag] ||
				k+1 < len(toks) && toks[k+1].isCapitalised() && toks[k+1].isWord() || k > 0 && toks[k-1].isCapitalised() && toks[k-1].isWord() {
				continue
			}
			at := sort.Search(len(x.chunks[si]), func(i int) bool { return x.chunks[si][i].last >= k })
			if at < len(x.chunks[si]) && x.chunks[si][at].first <= k {
				continue // part of a chunk already
			}
			// A pronoun or an abbreviation is no one's last name ("It",
			// "Cpl."), nor a function word opening a sentence ("Will
			// Trump win?"); inside one, "Will" or "May" capitalised is.
			if _, pronoun := x.c.pronouns[tk.lower]; pronoun || strings.HasSuffix(tk.text, ".") || k == 0 && closedClassWords[tk.lower] {
				continue
			}
			e := x.personByLast(x.fold(tk.text), tk.start)
			if e < 0 {
				continue
			}
			x.chunks[si] = slices.Insert(x.chunks[si], at, x.mentionAlone(si, k, e))
		}
	}
}

// linkListsLeftward links the names of a list that come before its first
// person: the loop above reads a sentence left to right, so in
// "Celebrities Julianne Moore, Kerry Washington, Amy Schumer" only Amy
// Schumer, known by her first name, was a person when Julianne Moore and
// Kerry Washington were read; reading right to left, each is listed with
// the person after it, if what made that one a person was more than a
// speech verb.
func (x *docState) linkListsLeftward() {
	for si := range x.sents {
		for ci := len(x.chunks[si]) - 1; ci >= 0; ci-- {
			ch := &x.chunks[si][ci]
			if ch.entity >= 0 || ch.isOrg || ch.isPlace || len(ch.nameWords) == 0 || !(x.properName(si, ch) || x.knownFirstName(ch)) ||
				!x.listedWithPerson(si, ci, namedAsPerson) {
				continue
			}
			x.linkListed(si, ch)
		}
	}
}

// linkListed links a name listed with people: two or three proper nouns
// as a person, a first name alone ("Celebrities such as Kylie, Naomi
// Campbell and Kelly Osbourne") as the story's person of that first name
// if it has one.
func (x *docState) linkListed(si int, ch *chunk) {
	if x.properName(si, ch) || !x.linkFirstName(ch) {
		x.linkChunk(ch, "people:listed-with-people")
	}
}

// linkFirstNames links each one-word chunk left unlinked to the person it
// is the first name of ("Hillary will have to spend all of her time"). It
// runs after every last name has found its person, so that a first name
// alone never makes its person the latest mention of a shared last name.
func (x *docState) linkFirstNames() {
	for si := range x.sents {
		for ci := range x.chunks[si] {
			ch := &x.chunks[si][ci]
			if ch.entity < 0 && !ch.isOrg && !ch.isPlace && len(ch.nameWords) == 1 && !x.commonWordAtStart(ch) {
				x.linkFirstName(ch)
			}
		}
	}
}

// linkFirstName links a one-word chunk that is a known first name
// (people.yaml) to the one person of the story with that first name, when
// no one has it for a last name, and reports whether it did.
func (x *docState) linkFirstName(ch *chunk) bool {
	key := x.fold(ch.nameWords[0])
	if _, ok := x.c.firstNames[key]; !ok {
		return false
	}
	e := -1
	for i, p := range x.people {
		if p.lastKey == key {
			return false
		}
		if p.firstKey == key && p.lastKey != "" {
			if e >= 0 {
				return false
			}
			e = i
		}
	}
	if e < 0 {
		return false
	}
	ch.entity = e
	x.people[e].mentions = append(x.people[e].mentions, personMention{span: ch.name, sent: ch.sent})
	return true
}

// linkTranscriptTurns records the name in capitals that opens a quoted
// transcript turn ("WALLACE: But, Governor Pence, ...") as a mention of
// the article's person of that last name; a name the article gives no
// one stays out. A turn printed as its own paragraph, without quotation
// marks ("SEN. HALVORSEN: Offered to whom?"), names only a person the
// story has named: "UPDATE:" and "Q:" open paragraphs too.
func (x *docState) linkTranscriptTurns() {
	// Labels no person of the story bears, by their one-word key in order
	// of first use.
	var unknown []string
	unknownAt := map[string][]span{}
	linked := false
	for _, q := range x.quotes {
		label, ok := x.transcriptLabel(q.inner)
		if !ok {
			continue
		}
		words := strings.Fields(label.text(x.t.raw))
		key := x.fold(words[len(words)-1])
		e := x.personByLast(key, label.start)
		if e < 0 {
			if len(words) == 1 && !x.c.notNames[key] {
				if unknownAt[key] == nil {
					unknown = append(unknown, key)
				}
				unknownAt[key] = append(unknownAt[key], label)
			}
			continue
		}
		linked = true
		x.people[e].mentions = append(x.people[e].mentions, personMention{span: label, sent: x.sentenceAt(label.start)})
	}
	for _, p := range x.paras {
		if p.headline || x.insideQuote(span{p.start, p.start + 1}) {
			continue
		}
		label, ok := x.transcriptLabel(p.span)
		if !ok {
			continue
		}
		words := strings.Fields(label.text(x.t.raw))
		if e := x.personByLast(x.fold(words[len(words)-1]), label.start); e >= 0 && !x.people[e].mentionedAt(label) {
			x.people[e].mentions = append(x.people[e].mentions, personMention{span: label, sent: x.sentenceAt(label.start)})
		}
	}
	// "WALLACE: ...", turn after turn with "PENCE: ...": in a transcript
	// whose other speaker is a person of the story, a label that takes two
	// turns or more is a person too, though the story names him nowhere
	// else.
	if !linked {
		return
	}
	for _, key := range unknown {
		at := unknownAt[key]
		if len(at) < 2 {
			continue
		}
		word := at[0].text(x.t.raw)
		name := word[:1] + strings.ToLower(word[1:])
		p := &personEntity{variants: []string{name}, lastKey: key, rule: -1, found: "transcript:turn"}
		for _, l := range at {
			p.mentions = append(p.mentions, personMention{span: l, sent: x.sentenceAt(l.start)})
		}
		x.people = append(x.people, p)
	}
}

// transcriptLabel returns the speaker's name that opens a transcript turn
// at the start of sp, past a title ("SEN. HALVORSEN:" names HALVORSEN).
func (x *docState) transcriptLabel(sp span) (span, bool) {
	m := transcriptTurn.FindStringSubmatchIndex(sp.text(x.t.raw))
	if m == nil {
		return span{}, false
	}
	label := span{sp.start + m[2], sp.start + m[3]}
	// The titles are kept in title case: "SEN." is looked up as "Sen.".
	if asTitle := titleCase(label.text(x.t.raw)); len(asTitle) == label.end-label.start {
		if end, _, ok := x.c.titles.longestAt(asTitle, 0, len(asTitle)); ok && end+1 < len(asTitle) && asTitle[end] == ' ' {
			label.start += end + 1
		}
	}
	return label, true
}

// mentionedAt reports whether sp is already one of p's mentions.
func (p *personEntity) mentionedAt(sp span) bool {
	for _, m := range p.mentions {
		if m.span == sp {
			return true
		}
	}
	return false
}

// mentionAlone records the one-word name at token k of sentence si as a
// mention of person e and returns its chunk.
func (x *docState) mentionAlone(si, k, e int) chunk {
	return x.mentionFrom(si, k, k, e)
}

// mentionFrom makes tokens first to last of sentence si a mention of
// person e, as a chunk.
func (x *docState) mentionFrom(si, first, last, e int) chunk {
	toks := x.sents[si].tokens
	sp := span{toks[first].start, toks[last].end}
	x.people[e].mentions = append(x.people[e].mentions, personMention{span: sp, sent: si})
	words := make([]string, 0, last-first+1)
	for _, t := range toks[first : last+1] {
		words = append(words, t.text)
	}
	return chunk{sent: si, first: first, last: last, entity: e, name: sp, nameWords: words}
}

// linkPlaceAsName links a one-word place or demonym chunk to a person of
// that last name, if the document has one.
func (x *docState) linkPlaceAsName(ch *chunk) {
	toks := x.sents[ch.sent].tokens
	if ch.first != ch.last {
		return
	}
	tk := toks[ch.first]
	if e := x.personByLast(x.fold(tk.text), tk.start); e >= 0 {
		ch.entity, ch.isPlace, ch.name, ch.nameWords = e, false, tk.span, []string{tk.text}
		x.people[e].mentions = append(x.people[e].mentions, personMention{span: tk.span, sent: ch.sent})
	}
}

// looksLikeFullName tells a name no rule knows ("Alixandria Lapp") from a
// capitalised phrase: two or three proper nouns, none of them a word that
// never names a person (those made the chunk an organisation already),
// whose last word the document also uses alone.
func (x *docState) looksLikeFullName(si int, ch *chunk) bool {
	// Corroboration: the last name is used alone elsewhere ("Lapp said"),
	// as news does with people and seldom with "Dow Jones" or "Patriot Act".
	// A short quotation that holds the name is a slogan or a title ("the
	// “Never Trump” movement", "a Web ad, “Playing Trump,”").
	return x.properName(si, ch) && x.usedAlone()[x.fold(ch.nameWords[len(ch.nameWords)-1])] && !x.inShortQuote(ch.name)
}

// maxSloganWords is the most words of a quotation that is a slogan or a
// title rather than speech.
const maxSloganWords = 4

// inShortQuote reports whether sp lies inside a quotation of at most
// maxSloganWords words.
func (x *docState) inShortQuote(sp span) bool {
	for _, q := range x.quotes {
		if q.inner.start <= sp.start && sp.end <= q.inner.end {
			return len(strings.Fields(q.inner.text(x.t.raw))) <= maxSloganWords
		}
	}
	return false
}

// endsWithHoliday reports whether a name's last words are a holiday's
// name (dates.yaml): "Labor Day", "Merry Christmas" name a day.
func (x *docState) endsWithHoliday(words []string) bool {
	for k := range words {
		if x.c.holidayNames[x.fold(strings.Join(words[k:], " "))] {
			return true
		}
	}
	return false
}

// properName reports whether ch's name is two or three proper nouns.
func (x *docState) properName(si int, ch *chunk) bool {
	n := len(ch.nameWords)
	if n < 2 || n > 3 || x.endsWithHoliday(ch.nameWords) {
		return false
	}
	for i, t := range x.sents[si].tokens[ch.nameFirst : ch.last+1] {
		// The tagger calls a word it does not know an adjective or a
		// noun now and then ("Kian/JJ Mulhern"), or, first in the
		// sentence, anything its ending suggests ("Wong/RB Siu-lan"): one
		// the story never writes in lower case is a name's ("Classic/JJ
		// Clinton", "Closing/NN Dinner" are words it knows).
		mistagged := (t.tag == "JJ" || t.tag == "NN") && ch.nameFirst+i > 0 && !x.usedInLowerCase(t.lower) && !x.vocabulary.Knows(t.text) ||
			ch.nameFirst+i == 0 && x.unknownName(t)
		if t.tag != "NNP" && t.text != "." && !mistagged {
			return false
		}
	}
	return true
}

// signsQuote reports whether ch signs the quotation that closes right
// before it, after a dash (‘”― Jacklyn Ashley’), and ends its sentence or
// is described after a comma: a reader or voter quoted, and so a person.
func (x *docState) signsQuote(si int, ch *chunk) bool {
	toks := x.sents[si].tokens
	dash := toks[max(ch.first-1, 0)].text
	if ch.first < 2 || utf8.RuneCountInString(dash) != 1 || !strings.ContainsRune(dashRunes, firstRune(dash)) || !x.isMarkToken(toks[ch.first-2]) {
		return false
	}
	return ch.last+1 == len(toks) || toks[ch.last+1].text == "," || toks[ch.last+1].text == "."
}

// roleBefore reports whether a role noun in lower case stands right before
// ch ("striker Kazuyoshi Miura"), a noun and not a verb ("will host Rodeo
// Gainesville"), or opens the sentence capitalised ("Quarterback Tre’Von
// Banks Jr. led", the role being no part of the name; not "with Champion
// Hillwood Dassin", a dog).
func (x *docState) roleBefore(si int, ch *chunk) bool {
	_, ok := x.roleTokenBefore(si, ch)
	return ok
}

// roleTokenBefore returns the index of the role that roleBefore finds.
func (x *docState) roleTokenBefore(si int, ch *chunk) (int, bool) {
	toks := x.sents[si].tokens
	if ch.nameFirst == 1 && x.c.roles[toks[0].lower] {
		return 0, true
	}
	return ch.first - 1, x.lowerNounBefore(si, ch, x.c.roles)
}

// roleAppositive reports whether ch stands alone between commas, or
// before the sentence's end, right after a role noun in lower case ("her
// husband, Luis, is", "Mark Barden's son, Daniel, was", "a photo of
// Trump's wife, Melania.").
func (x *docState) roleAppositive(si int, ch *chunk) bool {
	toks := x.sents[si].tokens
	if ch.first < 2 || ch.nameFirst != ch.first || toks[ch.first-1].text != "," {
		return false
	}
	role := toks[ch.first-2]
	if role.isCapitalised() || strings.HasPrefix(role.tag, "VB") || !x.c.roles[role.lower] {
		return false
	}
	return ch.last+1 == len(toks) || toks[ch.last+1].text == "," || toks[ch.last+1].text == "."
}

// kinFollows reports whether "and his", "and her" or "and their" and a
// family noun follow ch ("Meena Pillai and her husband").
func (x *docState) kinFollows(si int, ch *chunk) bool {
	toks := x.sents[si].tokens
	k := ch.last + 1
	if k+2 >= len(toks) || toks[k].lower != "and" {
		return false
	}
	switch toks[k+1].lower {
	case "his", "her", "their":
		return x.c.kin[toks[k+2].lower]
	}
	return false
}

// knownFirstName reports whether ch is one word that people.yaml lists
// as a first name.
func (x *docState) knownFirstName(ch *chunk) bool {
	_, ok := x.c.firstNames[x.fold(ch.nameWords[0])]
	return len(ch.nameWords) == 1 && ok
}

// lowerNounBefore reports whether the token right before ch is a word of
// nouns, in lower case and not a verb.
func (x *docState) lowerNounBefore(si int, ch *chunk, nouns map[string]bool) bool {
	if ch.first == 0 {
		return false
	}
	t := x.sents[si].tokens[ch.first-1]
	return !t.isCapitalised() && !strings.HasPrefix(t.tag, "VB") && nouns[t.lower]
}

// listedWithPerson reports whether the chunk at x.chunks[si][ci] stands in
// a list, next to it across a comma or "and", with a person's full name
// ("Julianne Moore, Kerry Washington, Amy Schumer and Elizabeth Banks")
// that person accepts.
func (x *docState) listedWithPerson(si, ci int, person func(p *personEntity) bool) bool {
	toks := x.sents[si].tokens
	chs := x.chunks[si]
	ch := chs[ci]
	joins := func(from, to int) bool { // tokens strictly between from and to
		between := toks[from+1 : to]
		switch len(between) {
		case 1:
			return between[0].text == "," || between[0].lower == "and"
		case 2:
			return between[0].text == "," && between[1].lower == "and"
		}
		return false
	}
	// "Goldman Sachs" passes, but "Civil Rights", "Chili Supper" and
	// "Master Gardener" hold words the story also writes in lower case.
	for _, w := range ch.nameWords {
		if x.usedInLowerCase(strings.ToLower(w)) {
			return false
		}
	}
	fullName := func(o chunk) bool { return o.entity >= 0 && len(o.nameWords) >= 2 && person(x.people[o.entity]) }
	if ci > 0 && fullName(chs[ci-1]) && joins(chs[ci-1].last, ch.first) {
		return true
	}
	return ci+1 < len(chs) && fullName(chs[ci+1]) && joins(ch.last, chs[ci+1].first)
}

// anyPerson accepts every person.
func anyPerson(*personEntity) bool { return true }

// namedAsPerson accepts a person whom a name, a title or a list made one,
// not only a speech verb: "Shearson, Merrill Lynch and Goldman Sachs say"
// makes no person of Merrill Lynch.
func namedAsPerson(p *personEntity) bool { return !strings.HasPrefix(p.found, "speech_verbs:") }

// organisationNounBefore reports whether a lower-case organisation noun
// stands right before ch ("the Israeli newspaper Haaretz", "the tech news
// site Pando"): ch names the organisation, not a person.
func (x *docState) organisationNounBefore(si int, ch *chunk) bool {
	return x.lowerNounBefore(si, ch, x.c.orgNouns)
}

// usedAlone returns the folded words that make a one-word name chunk
// somewhere in the document.
func (x *docState) usedAlone() map[string]bool {
	if x.alone == nil {
		x.alone = map[string]bool{}
		for _, chs := range x.chunks {
			for _, ch := range chs {
				if ch.first == ch.last && len(ch.nameWords) == 1 && !ch.isOrg {
					x.alone[x.fold(ch.nameWords[0])] = true
				}
			}
		}
	}
	return x.alone
}

// orgShortName reports whether ch is one word that opens the name of an
// organisation of the document ("Unisys" after "Unisys Corp.", "Kellogg"
// after "Kellogg Co."), or that the document calls "which" elsewhere
// ("Arkwright, which is listed"), and no person's last name, of the
// document or of the rules: the organisation, named short.
func (x *docState) orgShortName(ch *chunk) bool {
	if len(ch.nameWords) != 1 {
		return false
	}
	if x.orgHeads == nil {
		x.orgHeads = map[string]bool{}
		for si, chs := range x.chunks {
			for ci, c := range chs {
				// "Arkwright, which is listed in London" makes every
				// "Arkwright" of the document the firm ("its" in the
				// sentence is too weak a sign to spread: "Samra's company
				// had the expertise to design its").
				if c.isOrg && c.last > c.first || !c.isOrg && c.entity < 0 && x.whichFollows(si, &chs[ci]) {
					x.orgHeads[x.fold(x.sents[si].tokens[c.first].text)] = true
				}
			}
		}
	}
	// "Trump" after "Trump Tower" is still the person.
	w := x.fold(ch.nameWords[0])
	return x.orgHeads[w] && x.personByLast(w, ch.name.start) < 0 && !x.c.knownLast[w]
}

// personPronouns stand for a person, never for an organisation.
var personPronouns = map[string]bool{"he": true, "she": true, "him": true, "his": true, "her": true, "hers": true, "himself": true, "herself": true}

// itsFollows reports whether ch is one word, no known first name, whose
// sentence goes on to "its" before any pronoun that stands for a person
// ("Boeing said it would cut 10 percent of its workforce"), or that a
// comma and "which" follow ("Arkwright, which is listed in London"): what
// the sentence calls "it" is no person.
func (x *docState) itsFollows(si int, ch *chunk) bool {
	if len(ch.nameWords) != 1 {
		return false
	}
	toks := x.sents[si].tokens
	its := false
	for _, t := range toks[ch.last+1:] {
		if t.lower == "its" {
			its = true
			break
		}
		if personPronouns[t.lower] && !x.inQuoteMark(t) {
			return false
		}
	}
	if x.whichFollows(si, ch) {
		its = true
	}
	// The sentence first: the document-wide checks after it cost more.
	if !its {
		return false
	}
	w := x.fold(ch.nameWords[0])
	_, first := x.c.firstNames[w]
	return !first && !x.c.knownLast[w] && x.personByLast(w, ch.name.start) < 0 && !x.fullNameEndsWith(w)
}

// whichFollows reports whether a comma and "which" follow ch ("Arkwright,
// which is listed in London"): a thing, not a person.
func (x *docState) whichFollows(si int, ch *chunk) bool {
	toks := x.sents[si].tokens
	k := ch.last + 1
	return len(ch.nameWords) == 1 && k+1 < len(toks) && toks[k].text == "," && toks[k+1].lower == "which"
}

// fullNameEndsWith reports whether a name of two words or more in the
// document ends with the folded word w ("Bernie Sanders" for "Sanders").
func (x *docState) fullNameEndsWith(w string) bool {
	for _, chs := range x.chunks {
		for _, c := range chs {
			if n := len(c.nameWords); n >= 2 && !c.isOrg && x.fold(c.nameWords[n-1]) == w {
				return true
			}
		}
	}
	return false
}

// adjectiveOrPluralAlone reports whether ch is one word the tagger read
// as an adjective ("Additional reporting", "Islamophobic attacks") or as a
// plural noun: a name is a singular noun.
func (x *docState) adjectiveOrPluralAlone(si int, ch *chunk) bool {
	if len(ch.nameWords) != 1 {
		return false
	}
	toks := x.sents[si].tokens
	t := toks[ch.last]
	if strings.HasPrefix(t.tag, "JJ") {
		return true
	}
	// "Mourners/NNS say", "Hispanics/NNPS telling": a plural noun, unless
	// a gendered pronoun after the cue speaks for it ("Plants said he
	// was").
	plural := (t.tag == "NNS" || t.tag == "NNPS") && strings.HasSuffix(t.lower, "s")
	return plural && !(ch.last+2 < len(toks) && x.c.pronouns[toks[ch.last+2].lower].Gender != "")
}

// cueFollows reports whether the token after index i, past a date ("Cruz
// on Monday said"), is a speech verb.
func (x *docState) cueFollows(si, i int) bool {
	toks := x.sents[si].tokens
	if i+1 >= len(toks) {
		return false
	}
	j := x.dateAdverbEnd(toks, i+1)
	return j < len(toks) && x.cueAt(toks, j)
}

// headsLeaderNoun reports whether ch stands between "the" and one of
// leader_nouns ("the Kessler administration").
func (x *docState) headsLeaderNoun(si int, ch *chunk) bool {
	toks := x.sents[si].tokens
	return len(ch.nameWords) > 0 && ch.first > 0 && toks[ch.first-1].lower == "the" && ch.last+1 < len(toks) && x.c.leaderNouns[toks[ch.last+1].lower] && !isAllCaps(ch.nameWords[0])
}

// afterPreposition reports whether a preposition comes right before ch,
// which then ends the phrase the cue has for its subject rather than
// being it ("the Commission on Presidential Debates announced").
func (x *docState) afterPreposition(ch *chunk) bool {
	toks := x.sents[ch.sent].tokens
	return ch.first > 0 && toks[ch.first-1].tag == "IN" && x.c.objectMarkers[toks[ch.first-1].lower]
}

// afterIndefiniteArticle reports whether ch follows "a" or "an" and
// heads its phrase ("a Democrat,"), rather than modifying a noun after it
// ("a Clinton campaign official").
func (x *docState) afterIndefiniteArticle(ch *chunk) bool {
	toks := x.sents[ch.sent].tokens
	if ch.first == 0 || toks[ch.first-1].lower != "a" && toks[ch.first-1].lower != "an" {
		return false
	}
	return ch.last+1 == len(toks) || !nounTags[toks[ch.last+1].tag]
}

// possessedAlone reports whether ch is one word right after a possessive
// ("Mark Zuckerberg's Meta said"): what a name owns is seldom a person
// known by one word.
func (x *docState) possessedAlone(ch *chunk) bool {
	toks := x.sents[ch.sent].tokens
	m := ch.first - 1
	// The marker is glued to a word: a closing quotation mark ("...,''
	// Saddam said") is not one.
	return len(ch.nameWords) == 1 && m > 0 && isPossessiveMarker(toks[m].lower) && toks[m-1].end == toks[m].start && toks[m-1].isWord()
}

// prepositionObject reports whether ch is the object of a preposition
// that ties it to the phrase before, with or without a determiner ("the
// chairman of Bear Stearns, who died", "members of the Republican Jewish
// Coalition, who", "a trader at Lehman Brothers, the bank"): what
// describes it may describe the phrase it hangs from. After "to", "with"
// or "by" the description is the object's own ("a reference to Dariusz
// Sobczak, the campaign manager").
func (x *docState) prepositionObject(ch *chunk) bool {
	toks := x.sents[ch.sent].tokens
	i := ch.first - 1
	if i >= 0 && toks[i].tag == "DT" {
		i--
	}
	return i >= 0 && (toks[i].tag == "IN" || toks[i].tag == "TO") && !ownDescriptionPrepositions[toks[i].lower]
}

// ownDescriptionPrepositions are the prepositions after which a name's
// description is its own.
var ownDescriptionPrepositions = setOf("to with by against toward towards")

// commonWordAtStart reports whether ch is one word opening its sentence,
// or what follows a colon or a quotation mark, that is a common word
// capitalised only by its place, not a name: the document also writes it
// in lower case ("People say"), or it is a function word, a quantifier or
// a role ("Another challenge: Most states have", "Lawmaker urges").
func (x *docState) commonWordAtStart(ch *chunk) bool {
	if len(ch.nameWords) != 1 || ch.first > 0 && x.sents[ch.sent].tokens[ch.first-1].isWord() {
		return false
	}
	w := strings.ToLower(ch.nameWords[0])
	// A quotation opening with a word the tag dictionary knows as common
	// ("“People ask me") opens with that word; outside quotations such a
	// word may be a last name ("Day said little", "Plants said").
	openingQuote := ch.first > 0 && x.inQuoteMark(x.sents[ch.sent].tokens[ch.first-1])
	return x.usedInLowerCase(w) || sentenceOpeners[w] || x.c.roles[w] || openingQuote && x.vocabulary.CommonWord(w) && !x.firstNameWord(ch.nameWords[0])
}

// usedInLowerCase reports whether the document writes the lower-case word
// w in lower case somewhere: a common word, seldom a name.
func (x *docState) usedInLowerCase(w string) bool {
	if x.lowerWords == nil {
		x.lowerWords = map[string]bool{}
		for _, s := range x.sents {
			for _, t := range s.tokens {
				if t.isWord() && t.text == t.lower {
					x.lowerWords[t.lower] = true
				}
			}
		}
	}
	return x.lowerWords[w]
}

// invertedCueBefore reports whether the token before index i is a cue
// that comes before its speaker ("said Robin Maynard").
func (x *docState) invertedCueBefore(si, i int) bool {
	return i > 0 && x.cueAt(x.sents[si].tokens, i-1) && x.cueComesFirst(si, i-1)
}

// maxDescription is the longest description, in tokens, between a name
// and its cue.
const maxDescription = 20

// describedBeforeCue reports whether the name ending at index last is
// described between commas right before a cue ("Meg Whitman, a former
// candidate for governor in California, said"), and not as an
// organisation ("Field Promotions, a sports and celebrity talent agency,
// says").
func (x *docState) describedBeforeCue(si, last int) bool {
	toks := x.sents[si].tokens
	if last+2 >= len(toks) || toks[last+1].text != "," || !npDeterminers[toks[last+2].lower] {
		return false
	}
	if x.c.orgNouns[x.descriptionHead(toks, last+3)] {
		return false
	}
	for j := last + 3; j < len(toks) && j <= last+maxDescription; j++ {
		if toks[j].text == "," {
			return x.cueAfterModifiers(toks, j+1)
		}
		if x.isMarkToken(toks[j]) {
			return false
		}
	}
	return false
}

// cueAfterModifiers reports whether a cue stands at toks[k], past adverbs,
// modals and forms of "have" ("..., has said").
func (x *docState) cueAfterModifiers(toks []token, k int) bool {
	for k < len(toks) && isCueModifier(toks[k]) {
		k++
	}
	return k < len(toks) && x.cueAt(toks, k)
}

// properNounBefore reports whether a proper noun the chunk left out
// stands right before ch.
func (x *docState) properNounBefore(si int, ch *chunk) bool {
	if ch.first == 0 {
		return false
	}
	t := x.sents[si].tokens[ch.first-1]
	return t.tag == "NNP" && t.isWord() // the tagger may call a quotation mark NNP
}

// descriptionEndsBeforeCue reports whether a comma within maxDescription
// tokens after the name ending at index last closes what describes it,
// right before a cue.
func (x *docState) descriptionEndsBeforeCue(si, last int) bool {
	toks := x.sents[si].tokens
	for j := last + 2; j < len(toks) && j <= last+maxDescription; j++ {
		if x.isMarkToken(toks[j]) {
			return false
		}
		if toks[j].text == "," && x.cueAfterModifiers(toks, j+1) {
			return true
		}
	}
	return false
}

// appositiveBeforeCue reports whether ch is set off by commas between a
// role and a speech verb: the name of the one who holds it ("Cuomo's
// spokesman, Rich Azzopardi, said", "The Podesta Group's CEO, Kimberley
// Fritts, said", "The director of the European Centre, Ina Kirsch,
// told").
func (x *docState) appositiveBeforeCue(si int, ch *chunk) bool {
	toks := x.sents[si].tokens
	if ch.first < 2 || toks[ch.first-1].text != "," || ch.last+2 >= len(toks) || toks[ch.last+1].text != "," {
		return false
	}
	if !x.roleEndsAt(toks, ch.first-2) {
		return false
	}
	return x.cueAfterAdverbs(toks, x.dateAdverbEnd(toks, ch.last+2))
}

// roleEndsAt reports whether a role ends at toks[i]: a common noun in lower
// case that is no organisation noun ("spokesman"; not "the Vatican's
// official newspaper, L'Osservatore Romano"), a title ("CEO"), or either
// before a link to a name ("The director of the European Centre"; not
// "Shaare Torah Congregation, Squirrel Hill").
func (x *docState) roleEndsAt(toks []token, i int) bool {
	for k := i; k >= 0 && k >= i-maxPremodifiers; k-- {
		t := toks[k]
		if !t.isCapitalised() {
			if k < i && determiners[t.lower] {
				continue // "of the European Centre"
			}
			if k < i && npLinks[t.lower] && k > 0 {
				return x.roleEndsAt(toks, k-1)
			}
			return (t.tag == "NN" || t.tag == "NNS") && !x.c.orgNouns[t.lower]
		}
		if end, _, ok := x.c.titles.longestAt(x.t.raw, t.start, toks[i].end); ok && end == toks[i].end && k == i {
			return true
		}
	}
	return false
}

// descriptionHead returns the head noun, in lower case, of the noun phrase
// starting at toks[i] after its determiner; of a coordination ("a sports
// and celebrity talent agency", "an aviation consulting firm and
// private-jet charter broker"), the first head that is an organisation
// noun, else the last.
func (x *docState) descriptionHead(toks []token, i int) string {
	head := ""
	for _, t := range toks[i:] {
		if !nounTags[t.tag] && t.tag != "CC" && t.tag != "VBG" || !t.isWord() {
			break
		}
		if t.tag == "CC" && x.c.orgNouns[head] {
			return head
		}
		if headNounTags[t.tag] {
			head = t.lower
		}
	}
	return head
}

// appositionHead returns the head noun, in lower case, of a description
// set off by a comma after the name ending at toks[last] ("Zorbo Fallon, a
// retired teacher"), or "" when there is none or the phrase is the subject
// of a clause ("now called Trump National Doral, the candidate boasted").
func (x *docState) appositionHead(toks []token, last int) string {
	if last+3 >= len(toks) || toks[last+1].text != "," {
		return ""
	}
	from := last + 3
	if !npDeterminers[toks[last+2].lower] {
		// "Oluwadamilare Adeyinka, Farouk-Whitcombe's spokesman,"
		if from = possessorEnd(toks, last+2); from < 0 || from >= len(toks) {
			return ""
		}
	} else if from+2 < len(toks) && headNounTags[toks[from].tag] && isPossessiveMarker(toks[from+1].lower) {
		from += 2 // "the family's lawyer"
	} else if end := ofNameEnd(toks, from); end > 0 {
		from = end // "a University of Minnesota ecologist"
	}
	after := from
	for j := from; j < len(toks) && (nounTags[toks[j].tag] || toks[j].tag == "VBG") && toks[j].isWord(); j++ {
		if headNounTags[toks[j].tag] {
			after = j + 1
		}
	}
	if after < len(toks) && strings.HasPrefix(toks[after].tag, "VB") {
		return ""
	}
	return x.descriptionHead(toks, from)
}

// ofNameEnd returns the index after a name joined by "of" that starts at
// toks[k] and modifies the noun in lower case after it ("University of
// Minnesota ecologist", "Bank of America executive"), or -1.
func ofNameEnd(toks []token, k int) int {
	capitalRun := func(j int) int {
		for j < len(toks) && toks[j].isCapitalised() && toks[j].isWord() {
			j++
		}
		return j
	}
	of := capitalRun(k)
	if of == k || of+1 >= len(toks) || toks[of].lower != "of" {
		return -1
	}
	end := capitalRun(of + 1)
	if end == of+1 || end >= len(toks) || toks[end].isCapitalised() || !nounTags[toks[end].tag] {
		return -1
	}
	return end
}

// maxPossessorWords is how many capitalised words a possessor opening a
// description may take ("the Clinton campaign's", "Farouk-Whitcombe's").
const maxPossessorWords = 3

// possessorEnd returns the index after the possessive marker of a name of
// one to three capitalised words starting at toks[k] ("Farouk-Whitcombe's
// spokesman"), or -1.
func possessorEnd(toks []token, k int) int {
	for j := k; j < len(toks) && j < k+maxPossessorWords+1; j++ {
		if j > k && isPossessiveMarker(toks[j].lower) {
			return j + 1
		}
		if !toks[j].isCapitalised() || !toks[j].isWord() {
			return -1
		}
	}
	return -1
}

// maxAge is the oldest age news writes after a name.
const maxAge = 120

// describedAsPerson reports whether the name ending at index last is
// followed by what only a person's name is: an age between commas
// ("Zorbo Fallon, 45, of Tulsa"), "who" ("Zorbo Fallon, who runs the
// shop"), or a description whose head is a role ("Zorbo Fallon, a retired
// teacher").
func (x *docState) describedAsPerson(si, last int) bool {
	toks := x.sents[si].tokens
	if last+2 >= len(toks) || toks[last+1].text != "," {
		return false
	}
	next := toks[last+2]
	switch {
	case next.lower == "who":
		return true
	case next.lower == "whose" && last+3 < len(toks):
		// "Aaliyah Johnson-Price, whose son is in third grade": kin are
		// a person's; "Boeing, whose shares fell" is a firm.
		return x.c.kin[toks[last+3].lower]
	case next.tag == "CD":
		age, err := strconv.Atoi(next.text)
		return err == nil && age > 0 && age <= maxAge && (last+3 == len(toks) || toks[last+3].text == "," || toks[last+3].text == ".")
	case npDeterminers[next.lower]:
		// "says Rakesh, a 23-year-old plasterer from Darbhanga": only a
		// person has an age.
		return x.c.roles[x.appositionHead(toks, last)] || last+3 < len(toks) && strings.HasSuffix(toks[last+3].lower, "-year-old")
	case possessorEnd(toks, last+2) > 0 && last > 0:
		// Not after a word that opens the sentence: "Outside, Jago's
		// mother, Bronwen Pascoe, read a statement".
		return x.c.roles[x.appositionHead(toks, last)]
	case !next.isCapitalised() && next.isWord() && nounTags[next.tag]:
		// "Mirela Sandoval-Ikeda, policy director at the Clean Bayou
		// Coalition,", "Hollis Brennan, president of ...": a role or a
		// title with no article, before the link to its body.
		head := x.descriptionHead(toks, last+2)
		end := last + 2
		for end < len(toks) && (nounTags[toks[end].tag] || toks[end].tag == "VBG") && toks[end].isWord() {
			end++
		}
		if end == last+2 || end >= len(toks) || !npLinks[toks[end].lower] {
			return false
		}
		_, _, title := x.c.titles.longestAt(x.t.raw, toks[end-1].start, toks[end-1].end)
		return x.c.roles[head] || title
	}
	return false
}

// personEndingWith returns the person one of whose names ends with the
// words of name, or -1.
func (x *docState) personEndingWith(name string) int {
	tail := " " + x.fold(name)
	for i, p := range x.people {
		for _, v := range p.variants {
			if strings.HasSuffix(x.fold(v), tail) {
				return i
			}
		}
	}
	return -1
}

// personByInnerName returns the one person named before pos whose full
// name holds the folded word key before its last word, and whose gender
// does not differ from gender; -1 when none or several do. A name alone
// is then that person's: a first name ("Bernie said"), or the name a
// story uses for someone whose family name comes first or who goes by
// one of several ("Xi Jinping ... Xi said", "Luiz Inácio Lula da Silva
// ... Lula said").
func (x *docState) personByInnerName(key string, pos int, gender string) int {
	found := -1
	for i, p := range x.people {
		if gender != "" && p.gender != "" && p.gender != gender || p.lastMentionBefore(pos) < 0 {
			continue
		}
		if !slices.Contains(p.innerKeys, key) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = i
	}
	return found
}

// linkChunk attaches a name chunk to the person it names, creating the
// person when none matches and found names the rule that recognised the
// chunk as a person ("" links without creating).
func (x *docState) linkChunk(ch *chunk, found string) {
	c := x.c
	nameText := ch.name.text(x.t.raw)
	if ch.sharedLast != "" {
		nameText += " " + ch.sharedLast
	}
	first, last := x.nameKeys(ch.nameWords)
	ownLast := last
	rule := -1
	if r, ok := c.knownPeople[x.fold(nameText)]; ok {
		rule = r
		first, last = x.nameKeys(strings.Fields(c.people[r].Name))
	}
	// "King Hussein" is a given name: keyed with its title, it is not
	// "Saddam Hussein", though "Hussein" alone may still name the king
	// (see innerKeys below).
	given := ""
	if first == "" && last != "" && ch.givenNameTitle != "" && rule < 0 {
		given = last
		first, last = last, x.fold(ch.givenNameTitle)+" "+last
		ownLast = last
	}
	e := -1
	for i, p := range x.people {
		if rule >= 0 && p.rule == rule {
			e = i
			break
		}
	}
	if e < 0 {
		if len(ch.nameWords) == 1 && rule < 0 {
			e = x.personByLastOfGender(last, ch.name.start, ch.gender)
			// "said Sanders as he closed out": of a husband and wife the
			// story calls by one name, the pronoun after it tells which.
			if g := x.pronounGenderAfter(ch); ch.gender == "" && g != "" && e >= 0 && x.people[e].gender != "" && x.people[e].gender != g {
				if other := x.personByLastWhere(last, ch.name.start, func(p *personEntity) bool { return p.gender == g }); other >= 0 {
					e = other
				}
			}
			if e < 0 {
				e = x.personByInnerName(last, ch.name.start, ch.gender)
			}
		} else {
			for i, p := range x.people {
				if p.lastKey == last && compatibleFirst(p.firstKey, first) && (rule < 0 || p.rule < 0) {
					e = i
					break
				}
			}
		}
	}
	if e < 0 && given != "" {
		// "Prince Alwaleed" after "Prince Alwaleed Bin Talal": the given
		// name of a full name.
		e = x.personByInnerName(given, ch.name.start, ch.gender)
	}
	if e < 0 && len(ch.nameWords) >= 2 {
		// A name of several words may be the end of a longer one
		// ("Wasserman Schultz" of "Debbie Wasserman Schultz").
		e = x.personEndingWith(nameText)
	}
	if e < 0 && found != "" && rule < 0 && len(ch.nameWords) == 1 {
		// "President Obama", "Mr. Trump" in a story that never gives the
		// full name: the one known person of that last name (and gender).
		if r := x.knownByLast(last, ch.gender); r >= 0 {
			rule = r
			first, last = x.nameKeys(strings.Fields(c.people[r].Name))
		}
	}
	if e < 0 {
		if found == "" {
			return
		}
		x.people = append(x.people, &personEntity{lastKey: last, firstKey: first, rule: rule, found: found})
		e = len(x.people) - 1
	}
	p := x.people[e]
	ch.entity = e
	if p.firstKey == "" {
		p.firstKey = first
	}
	if rule >= 0 {
		p.rule = rule
		if g := c.people[rule].Gender; g != "" {
			p.gender = g
		}
	}
	if !containsFold(p.variants, nameText) {
		p.variants = append(p.variants, nameText)
		if words := strings.Fields(nameText); len(words) > 1 {
			for _, w := range words[:len(words)-1] {
				if k := x.fold(w); !slices.Contains(p.innerKeys, k) {
					p.innerKeys = append(p.innerKeys, k)
				}
			}
		}
	}
	if given != "" && !slices.Contains(p.innerKeys, given) {
		p.innerKeys = append(p.innerKeys, given)
	}
	if len(ch.nameWords) > 1 && ownLast != "" && ownLast != p.lastKey && !slices.Contains(p.otherLastKeys, ownLast) {
		p.otherLastKeys = append(p.otherLastKeys, ownLast)
	}
	for _, t := range ch.titles {
		if !containsFold(p.titles, t) {
			p.titles = append(p.titles, t)
		}
	}
	if p.affiliation == "" {
		p.affiliation, p.affCountry = ch.affiliation, ch.affCountry
	}
	if p.party == "" {
		p.party = ch.partyCode
	}
	if ch.gender != "" && (p.gender == "" || p.genderGuessed) {
		p.gender, p.genderGuessed = ch.gender, false
	}
	if p.gender == "" && first != "" {
		p.gender = c.firstNames[first]
		p.genderGuessed = p.gender != ""
	}
	p.mentions = append(p.mentions, personMention{span: ch.name, sent: ch.sent})
}

// knownByLast returns the people rule of the one known person whose name
// ends with the folded word last and whose gender does not differ from
// gender, or -1 when there is none or more than one ("Clinton" alone).
func (x *docState) knownByLast(last, gender string) int {
	found := -1
	for _, r := range x.c.knownByLast[last] {
		if g := x.c.people[r].Gender; gender != "" && g != "" && g != gender {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = r
	}
	return found
}

// personByLast finds the person a bare last name refers to: of those
// mentioned before pos, the one the story last called by it or named as
// a subject, else the one mentioned last; else the first one mentioned
// after.
func (x *docState) personByLast(last string, pos int) int {
	return x.personByLastOfGender(last, pos, "")
}

// personByLastOfGender is personByLast among the people whose gender is
// not known to differ from gender ("Mrs. Clinton" is not Bill Clinton);
// failing that, among those whose differing gender was only guessed from a
// first name ("Keith Claussen ... Ms. Claussen").
func (x *docState) personByLastOfGender(last string, pos int, gender string) int {
	if e := x.personByLastWhere(last, pos, func(p *personEntity) bool {
		return gender == "" || p.gender == "" || p.gender == gender
	}); e >= 0 || gender == "" {
		return e
	}
	return x.personByLastWhere(last, pos, func(p *personEntity) bool { return p.genderGuessed })
}

// maxPronounAfterName is how many tokens after a name pronounGenderAfter
// looks for a pronoun.
const maxPronounAfterName = 12

// pronounGenderAfter returns the gender of the first "he" or "she" after
// ch in its sentence, when no other name or quotation mark comes first
// ("said Sanders as he closed out"); "" when there is none.
func (x *docState) pronounGenderAfter(ch *chunk) string {
	toks := x.sents[ch.sent].tokens
	for k := ch.last + 1; k < len(toks) && k <= ch.last+maxPronounAfterName; k++ {
		t := toks[k]
		if t.isCapitalised() && t.isWord() || x.isMarkToken(t) {
			return ""
		}
		if rule, ok := x.c.pronouns[t.lower]; ok && !rule.FirstPerson && rule.Number == "singular" {
			return rule.Gender
		}
	}
	return ""
}

// personByLastWhere is personByLast among the people ok accepts.
func (x *docState) personByLastWhere(last string, pos int, ok func(*personEntity) bool) int {
	best, bestPos, bestSalient := -1, -1, -1
	after, afterPos := -1, int(^uint(0)>>1)
	for i, p := range x.people {
		if p.lastKey != last && !slices.Contains(p.otherLastKeys, last) || !ok(p) {
			continue
		}
		latest, latestSalient := -1, -1
		for _, m := range p.mentions {
			w := m.text(x.t.raw)
			alone := !strings.ContainsFunc(w, unicode.IsSpace)
			if alone && x.fold(w) != last && !strings.HasSuffix(last, " "+x.fold(w)) {
				// "Tom told" makes Tom no later bearer of "Ebeling"
				// than his wife, who the story calls by it. ("Hussein"
				// is a mention of "king hussein", a given name keyed with
				// its title.)
				continue
			}
			if m.start < pos {
				latest = max(latest, m.start)
				if alone || !x.objectMention(m) {
					latestSalient = max(latestSalient, m.start)
				}
			}
			if m.start >= pos && m.start < afterPos {
				after, afterPos = i, m.start
			}
		}
		// The bare name goes on naming the one the story last called by
		// it or made the subject under a full name, not someone named in
		// passing since ("Cruz said" after "a photo of Heidi Cruz"); if
		// there is none, the one named last.
		if latest >= 0 && (latestSalient > bestSalient || latestSalient == bestSalient && latest > bestPos) {
			best, bestPos, bestSalient = i, latest, latestSalient
		}
	}
	if best >= 0 {
		return best
	}
	return after
}

// objectMention reports whether the mention m follows a verb or a
// preposition ("accused Rafael Cruz", "a photo of Heidi Cruz"): the
// person is named in passing, not as the clause's subject.
func (x *docState) objectMention(m personMention) bool {
	toks := x.sents[m.sent].tokens
	k := sort.Search(len(toks), func(i int) bool { return toks[i].start >= m.start })
	if k == 0 {
		return false
	}
	prev := toks[k-1].tag
	return strings.HasPrefix(prev, "VB") || prev == "IN" || prev == "TO"
}

// canonicalName is the name a person is reported under: a known person's
// rule name, else the fullest form the text gives.
func (x *docState) canonicalName(p *personEntity) string {
	if p.rule >= 0 {
		return x.c.people[p.rule].Name
	}
	best := ""
	for _, v := range p.variants {
		if len(strings.Fields(v)) > len(strings.Fields(best)) ||
			len(strings.Fields(v)) == len(strings.Fields(best)) && len(v) > len(best) {
			best = v
		}
	}
	return best
}

func containsFold(list []string, s string) bool {
	for _, v := range list {
		if strings.EqualFold(v, s) {
			return true
		}
	}
	return false
}

// endsSentence reports whether a full stop, or the end of the sentence,
// follows the token at index last.
func (x *docState) endsSentence(si, last int) bool {
	toks := x.sents[si].tokens
	return last+1 == len(toks) || toks[last+1].tag == "."
}

// maxAppositive is the most tokens of a description set off after a name
// that appositiveAffiliation reads.
const maxAppositive = 16

// appositiveAffiliations gives a person of no affiliation the one a
// description set off after a mention of the name holds ("Anthony Romero,
// executive director of the American Civil Liberties Union,").
func (x *docState) appositiveAffiliations() {
	for si, chs := range x.chunks {
		for _, ch := range chs {
			if ch.entity < 0 || x.people[ch.entity].affiliation != "" {
				continue
			}
			if aff := x.appositiveAffiliation(si, ch.last); aff != "" {
				x.people[ch.entity].affiliation = aff
			}
		}
	}
}

// maxAppositiveTitle is the most words between the determiner of a
// title set off before a name and the comma ("The Chancellor, Rachel
// Reeves,", "the White House press secretary, Josh Earnest,").
const maxAppositiveTitle = 5

// appositiveTitles gives a person of no title the one a phrase set off by
// commas right before a mention of the name ends with: "The Chancellor,
// Rachel Reeves, has insisted", "Her attorney, Paul Reddick, said".
func (x *docState) appositiveTitles() {
	for si, chs := range x.chunks {
		toks := x.sents[si].tokens
		for _, ch := range chs {
			if ch.entity < 0 || len(x.people[ch.entity].titles) > 0 || ch.first < 3 || toks[ch.first-1].text != "," ||
				ch.last+1 >= len(toks) || toks[ch.last+1].text != "," {
				continue
			}
			if title, ok := x.titleSetOffBefore(toks, ch.first-1); ok {
				x.people[ch.entity].titles = append(x.people[ch.entity].titles, title)
			}
		}
	}
}

// titleSetOffBefore returns the title that ends the phrase before the
// comma at toks[comma], the phrase opening with a determiner or a
// possessive ("The Chancellor", "the union's general secretary").
func (x *docState) titleSetOffBefore(toks []token, comma int) (string, bool) {
	last := comma - 1
	for k := last; k >= 0 && k >= last-maxAppositiveTitle; k-- {
		if !toks[k].isWord() && !isPossessiveMarker(toks[k].lower) {
			return "", false
		}
		if !npDeterminers[toks[k].lower] && !isPossessiveMarker(toks[k].lower) {
			continue
		}
		// "the president, the vice president, Susan Rice": a list, no
		// phrase set off before a name.
		if listItemBefore(toks, k) {
			return "", false
		}
		// The longest title that ends right before the comma. Only an
		// affiliation in capitals may stand before it ("the White House
		// press secretary"): "the shadow chancellor" is no chancellor.
		for j := k + 1; j <= last; j++ {
			if j > k+1 && !toks[j-1].isCapitalised() {
				break
			}
			end, v, ok := x.c.titles.longestAt(x.t.raw, toks[j].start, toks[last].end)
			if ok && end == toks[last].end && !x.c.titleInfo[v].Courtesy {
				return x.c.titleInfo[v].Title, true
			}
			// AP style writes the title in lower case ("the press
			// secretary, Josh Earnest,").
			lower := strings.ToLower(x.t.raw[toks[j].start:toks[last].end])
			if end, v, ok := x.c.lowerTitles.longestAt(lower, 0, len(lower)); ok && end == len(lower) {
				return x.c.titleInfo[v].Title, true
			}
		}
		return "", false
	}
	return "", false
}

// listItemBefore reports whether a phrase with a determiner ends at the
// comma right before toks[k]: the phrase at k is then an item of a list.
func listItemBefore(toks []token, k int) bool {
	if k < 2 || toks[k-1].text != "," {
		return false
	}
	for j := k - 2; j >= 0 && j >= k-2-maxAppositiveTitle; j-- {
		switch {
		case npDeterminers[toks[j].lower]:
			return true
		case !toks[j].isWord() || strings.HasPrefix(toks[j].tag, "VB"):
			return false
		}
	}
	return false
}

// appositiveAffiliation returns the name that "of", "at" or "for" joins
// to a lower-case noun in a description set off by a comma right after
// the name ending at token last of sentence si ("executive director of
// the American Civil Liberties Union", "a senior fellow at the Center for
// Global Development"), when the name closes the description; a person's
// name ("the mother of Tamir Rice") is none.
func (x *docState) appositiveAffiliation(si, last int) string {
	toks := x.sents[si].tokens
	if last+3 >= len(toks) || toks[last+1].text != "," {
		return ""
	}
	noun := false
	for k := last + 2; k < len(toks) && k <= last+2+maxAppositive; k++ {
		t := toks[k]
		if !t.isWord() || x.inQuoteMark(t) {
			return ""
		}
		if headNounTags[t.tag] && !t.isCapitalised() {
			noun = true
			continue
		}
		// Only a job belongs to an organisation: "executive director
		// of", "a senior fellow at", not "the architect of Obamacare".
		if !noun || t.lower != "of" && t.lower != "at" && t.lower != "for" || toks[k-1].isCapitalised() || !x.isJobWord(toks[k-1].lower) {
			continue
		}
		j := k + 1
		if j < len(toks) && toks[j].lower == "the" {
			j++
		}
		end := organisationNameEnd(toks, j)
		if end == j || end < len(toks) && toks[end].text != "," && toks[end].text != "." && !placeQualifierCloses(toks, end) {
			continue
		}
		sp := span{toks[j].start, toks[end-1].end}
		for _, ch := range x.chunks[si] {
			if ch.entity >= 0 && ch.name.overlaps(sp) {
				return ""
			}
		}
		// "secretary of State" is a title, not a job at "State".
		title := strings.ToLower(x.t.raw[toks[k-1].start:sp.end])
		if stop, _, ok := x.c.lowerTitles.longestAt(title, 0, len(title)); ok && stop == len(title) {
			return ""
		}
		return sp.text(x.t.raw)
	}
	return ""
}

// placeQualifierCloses reports whether toks from i are "in" and
// capitalised words up to the comma or period that ends the description:
// where the organisation is ("an analyst at Morningstar in Chicago.").
func placeQualifierCloses(toks []token, i int) bool {
	if i+1 >= len(toks) || toks[i].lower != "in" || !toks[i+1].isCapitalised() {
		return false
	}
	for k := i + 1; k < len(toks); k++ {
		switch {
		case toks[k].text == "," || toks[k].text == ".":
			return true
		case !toks[k].isCapitalised() || !toks[k].isWord():
			return false
		}
	}
	return true
}

// isJobWord reports whether w names a job: a role, a title's noun or a
// title in lower case ("director", "spokesman", "fellow"), not one of the
// rules' relations to someone ("the father of", "a friend of").
func (x *docState) isJobWord(w string) bool {
	w = strings.TrimPrefix(strings.TrimPrefix(w, "co-"), "ex-") // "co-director"
	if x.c.relations[w] {
		return false
	}
	if x.c.roles[w] || x.c.nominals[w] != nil {
		return true
	}
	end, _, ok := x.c.lowerTitles.longestAt(w, 0, len(w))
	return ok && end == len(w)
}

// familyNameFirst reports whether family, then given, is a name written
// family name first (see rules.PeopleFile.FamilyNamesFirst).
func (x *docState) familyNameFirst(family, given string) bool {
	return x.c.familyFirst[x.fold(family)] && hyphenatedGivenName(given)
}

// hyphenatedGivenName reports whether w is a given name of two
// syllables joined by a hyphen, as Korean given names are romanized
// ("Bo-ra", "Jong-un"): a capital, then lower-case letters, each part of
// at most five.
func hyphenatedGivenName(w string) bool {
	first, second, ok := strings.Cut(w, "-")
	syllable := func(s string, capital bool) bool {
		if s == "" || len(s) > 5 {
			return false
		}
		for i, r := range s {
			if r > unicode.MaxASCII || !unicode.IsLetter(r) || unicode.IsUpper(r) != (capital && i == 0) {
				return false
			}
		}
		return true
	}
	return ok && syllable(first, true) && syllable(second, false)
}

// maxRoleWords is the most lower-case words of a role written before a
// name in an appositive ("retired civil engineer").
const maxRoleWords = 3

// roleWordsEnd returns the index past a lower-case role that starts at
// toks[i] and ends in a job word ("Another resident, retired engineer
// Colin Abernethy-Sze, said") or a title's level before the title ("Scott's
// niece, state Del. Marcia Price"), or i when none does.
func (x *docState) roleWordsEnd(toks []token, i int) int {
	for j := i; j < len(toks) && j-i < maxRoleWords && toks[j].isWord() && !toks[j].isCapitalised(); j++ {
		if j+1 >= len(toks) || !toks[j+1].isCapitalised() {
			continue
		}
		if x.isJobWord(toks[j].lower) {
			return j + 1
		}
		if _, _, title := x.c.titles.longestAt(x.t.raw, toks[j+1].start, len(x.t.raw)); title && x.c.titleLevels[toks[j].lower] {
			return j + 1
		}
	}
	return i
}

// organisationNameEnd returns the index past the name of an organisation
// that starts at toks[j]: capitalised words, the lower-case links between
// them ("Center for Economic and Policy Research") and the periods of
// initials ("Thomas B. Fordham Institute").
func organisationNameEnd(toks []token, j int) int {
	end := j
	for ; end < len(toks); end++ {
		t := toks[end]
		capitalNext := end+1 < len(toks) && toks[end+1].isCapitalised()
		switch {
		case t.isWord() && t.isCapitalised():
		case t.isWord() && (t.lower == "of" || t.lower == "for" || t.lower == "and") && capitalNext:
		case t.text == "." && end > j && utf8.RuneCountInString(toks[end-1].text) == 1 && capitalNext:
		default:
			return end
		}
	}
	return end
}
