package extract

import (
	"slices"
	"strings"

	"github.com/newsfacts/extract/schema"
)

// nounPhraseBefore finds a noun phrase ending right before the cue at k
// ("the ministry said", "an Iowa Democrat said").
func (x *docState) nounPhraseBefore(si, k int) (candidate, bool) {
	toks := x.sents[si].tokens
	end := k - 1
	// "The union, which represents 5,000 workers, also said": past the
	// adverbs between an aside and its cue.
	if j := cueModifiersStart(toks, end); j < end && toks[j].text == "," {
		end = j
	}
	// "Trump himself said", "the report itself describes": past the
	// pronoun that stresses the phrase.
	if j := cueModifiersStart(toks, end); j > 0 && emphaticReflexives[toks[j].lower] && headNounTags[toks[j-1].tag] {
		end = j - 1
	}
	// "The plaintiffs -- a union and four voters -- argued": past an
	// aside between dashes.
	if end > 0 && isDashes(toks[end].text) {
		for open := end - 2; open > 0 && open >= end-maxClauseAside && !x.isMarkToken(toks[open]); open-- {
			if isDashes(toks[open].text) {
				end = open - 1
				break
			}
		}
	}
	if end >= 0 && toks[end].text == "," {
		// "The two lawmakers, however, argue"
		for open := end - 2; open >= 0 && open >= end-maxWordAside-1; open-- {
			if adverbAsideEnd(toks, open) == end {
				end = open - 1
				break
			}
		}
	}
	// "Sen. Nadia Okonkwo-Hale (D-Mass.) called": past a party tag.
	if open := x.partyTagStart(toks, end); open > 0 {
		end = open - 1
	}
	// "A spokesperson for the Kenya Medical Research Institute (Kemri)
	// said": past the short form of the name before it.
	if open := shortFormStart(toks, end); open > 0 {
		end = open - 1
	}
	// "a woman in Worcester, Massachusetts, told": past the region of the
	// place that ends the phrase.
	region := false
	if city := x.regionAsideCity(si, end); city >= 0 {
		end, region = city, true
	}
	// "A senior official, who asked not to be named, said", "An Israeli
	// official, speaking on the condition of anonymity, said": past a
	// relative or participial aside.
	appositive := false
	// "The union, which called the plan “a disaster,” said": a comma
	// inside the closing mark closes a relative or participial aside
	// before a cue (not "The spot, titled “Arrogant,” features").
	if end > 0 && x.isMarkToken(toks[end]) && toks[end-1].text == "," && x.cueAt(toks, k) {
		if open := clauseAsideOpen(toks, end-1); open > 0 && !x.isMarkToken(toks[open-1]) {
			end = open - 1
		}
	}
	if end >= 0 && toks[end].text == "," {
		if open := clauseAsideOpen(toks, end); open > 0 {
			end = open - 1
			// "a researcher in St. Louis, Mo., who was not involved,
			// called": the region of a place is no speaker.
			if city := x.regionAsideCity(si, open); city >= 0 && !region {
				end, region = city, true
			} else if x.regionAfterPlace(si, end) {
				return candidate{}, false
			} else if before := appositiveOpen(toks, open); before > 0 {
				// "Connor Whelan, his deputy, who has worked with him
				// since 2016, said": past the appositive to the name.
				end, appositive = before-1, true
			}
		} else if open := asideComma(toks, end); open > 0 && prepositionalAsideEnd(toks, open) == end {
			end = open - 1 // "The company, in a filing with regulators, said"
		} else if open := x.personAppositiveOpen(toks, end); open > 0 {
			end, appositive = open-1, true
		} else if open := x.bodyNameAsideOpen(si, end); open > 0 {
			end = open - 1
		} else if open := x.asideCommaPastRegion(si, end); open > 0 && x.describesPhraseBefore(toks, open, end) {
			end, appositive = open-1, true
		}
		// "The report, written by Ana Ruiz, a Denver lawyer, concluded":
		// an appositive of the phrase that ends an aside of a participle
		// or relative pronoun closes that aside too.
		if appositive {
			if open := clauseAsideOpen(toks, end+1); open > 0 {
				end = open - 1
			}
		}
		if open := x.partyTagStart(toks, end); open > 0 && end < k-1 {
			end = open - 1
		}
	}
	// "A White House official who spoke anonymously said", "The
	// coalition that brought the case said": past a relative clause set
	// off by no commas.
	for j := end; j > 0 && j >= end-maxClauseAside; j-- {
		if toks[j].lower == "who" || toks[j].lower == "that" {
			r := x.restrictiveRelativeEnd(toks, j)
			if r > j && r == end {
				end = j - 1
			}
			if r > j || toks[j].lower == "who" {
				break
			}
		}
	}
	// "his supporters were shown chanting": past the perception verb too.
	if end > 0 && perceivedSaying(toks, end-1) {
		end -= 2
	}
	// "Its boosters used to say": past the verb of habit too.
	if end > 0 && habitualSaying(toks, end-1) {
		end -= 2
	}
	// "the editorial board recently wrote", "the campaign has said": past
	// the adverbs and auxiliaries that elements leave out; before a
	// participle, past "be" too ("the fans in the stand were singing").
	progressive := strings.HasSuffix(toks[k].lower, "ing") && x.quoteMarkAfter(toks, k)
	for end > 0 && (isCueModifier(toks[end]) || progressive && progressiveBe[toks[end].lower]) {
		end--
	}
	// "The ministry on Monday urged": past a date, before a finite cue.
	for from := max(1, end-4); from <= end && !strings.HasSuffix(toks[k].lower, "ing"); from++ {
		if x.dateAdverbEnd(toks, from) == end+1 {
			end = from - 1
			break
		}
	}
	// "Several donors spoke. One, a Houston executive, said", '"...,"
	// one said': a quantifier standing alone for people named before.
	if end >= 0 && standAlonePronouns[toks[end].lower] != "" && (end == 0 || toks[end-1].text == "," || toks[end-1].text == ";" || x.isMarkToken(toks[end-1]) || clauseStartWords[toks[end-1].lower]) && !strings.HasSuffix(toks[k].lower, "ing") && x.cueAt(toks, k) {
		c, ok := x.nounPhrase(si, end, end)
		c.kind, c.speakerKind = "unnamed", standAlonePronouns[toks[end].lower]
		return c, ok
	}
	// "A relative of one of them, who asked not to be named, said": a
	// head linked to such a quantifier speaks.
	if q := end - 2; q >= 2 && partitivePronouns[toks[end].lower] && toks[end-1].lower == "of" && partitiveQuantifiers[toks[q].lower] && x.linkAt(toks, q-1) && headNounTags[toks[q-2].tag] && toks[q-2].isWord() && x.cueAt(toks, k) {
		return x.nounPhrase(si, headPhraseStart(toks, q-2), end)
	}
	// "One of them said", "Several of those present": a quantifier
	// standing for some of the people named before.
	if q := end - 2; q >= 0 && partitivePronouns[toks[end].lower] && toks[end-1].lower == "of" && (partitiveQuantifiers[toks[q].lower] || toks[q].tag == "CD" && toks[q].isWord()) && (q == 0 || !x.c.objectMarkers[toks[q-1].lower]) && x.cueAt(toks, k) {
		c, ok := x.nounPhrase(si, q, end)
		c.kind, c.speakerKind = "unnamed", schema.SpeakerGroup
		if toks[q].lower == "one" {
			c.speakerKind = schema.SpeakerUnnamed
		}
		return c, ok
	}
	// "one user wrote": between a determiner and a verb, a word the
	// tagger calls an adjective is the noun.
	// So is a role noun the tagger took for an adjective ("one Democratic
	// operative/JJ told"), and an adjective after modifiers that a
	// determiner opens ("The Danish international/JJ called").
	adjectiveHead := end > 0 && toks[end].tag == "JJ" && (npDeterminers[toks[end-1].lower] || x.c.roles[toks[end].lower] || determinedAdjectives(toks, end))
	// "those surveyed said", "those polled say": "those" and a
	// participle name the people.
	participleHead := end > 0 && (toks[end].tag == "VBN" || toks[end].tag == "VBG") && toks[end-1].lower == "those"
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
	// "The crowd of several hundred chanted", "a crowd of 300 chanted":
	// a number after "of" ends the phrase of the noun before it.
	quantity := end >= 2 && toks[end].tag == "CD" && toks[end].isWord() && ofQuantityHead(toks, end) >= 0
	if end < 0 || !isHeadNoun(toks[end]) && !adjectiveHead && !participleHead && !quantity || !toks[end].isWord() {
		return candidate{}, false
	}
	start := end
	// "His field training/VBG officer had told": past a gerund of a
	// compound too.
	for start-1 >= 0 && end-start < 5 && (nounTags[toks[start-1].tag] && (toks[start-1].isWord() || toks[start-1].tag == "POS") || capitalisedParticiple(toks, start-1) || determinedGradingAdverb(toks, start-1) || gerundCompound(toks, start-1)) && !x.prepositionalNoun(toks, start-1, start) && !x.datedBy(toks, start-1) {
		start--
	}
	// "a crowd of about 2,000 people": a number's approximation after
	// "of", which leads on to the phrase's head (alone, "about 50
	// protesters" are the 50 protesters).
	if start > 1 && toks[start].tag == "CD" && approximations[toks[start-1].lower] && toks[start-2].lower == "of" {
		start--
	}
	// A phrase cut at its length limit keeps its possessor whole
	// ("Egypt's official Middle East News Agency", not "'s official ...").
	if toks[start].tag == "POS" && start > 0 && nounTags[toks[start-1].tag] {
		start--
	}
	// A name joined by "and" is one ("Tyne and Wear Fire and Rescue
	// Service"): see bodyNameAfter. A phrase cut at its length limit
	// inside a name keeps the name whole ("Cook County State's Attorney
	// Leopold Haverkamp-Diallo", not "County State's ...").
	for _, ch := range x.chunks[si] {
		if ch.first < start && (ch.last == end || start <= ch.last) {
			start = ch.first
		}
	}
	if joined := x.joinedNameStart(si, start); joined >= 0 {
		start = joined
	}
	if start-1 >= 0 && npDeterminers[toks[start-1].lower] && !complementizer(toks, start-1) {
		start--
	}
	// "A spokesman for the buyer said": the phrase a preposition attaches
	// to is the speaker's head.
	// "About half of respondents said", "a third of those surveyed": a
	// fraction heads its share.
	// The phrase a link attaches to may itself follow a link when it is
	// a common noun's ("A government official from a country in the
	// region told"; not "president of the United Federation of Teachers").
	for n, head := 0, -1; n < maxLinks; n++ {
		link := start - 1
		// "a soybean farmer from near Chillicothe", "a woman from
		// outside Des Moines": "from" links through the place's
		// preposition.
		if link > 0 && fromPlacePrepositions[toks[link].lower] && toks[link-1].lower == "from" {
			link--
		}
		// Right before a cue the tagger calls a verb, "on" and a
		// determiner link too ("The Commission's report on the country,
		// titled ..., said"); elsewhere the phrase after them is as often
		// a thing's ("a freeze on the municipal services charge/NN").
		onTheBeforeCue := n == 0 && strings.HasPrefix(toks[k].tag, "VB") && link > 0 && link+1 < len(toks) && determiners[toks[link+1].lower] && x.onAfterSourceNoun(toks, link)
		if !(link-1 >= 0 && (x.linkAt(toks, link) || onTheBeforeCue) && (headNounTags[toks[link-1].tag] || toks[link-1].tag == "CD" || quantifierHeads[toks[link-1].lower] || isFraction(toks[link-1].lower)) && toks[link-1].isWord()) {
			break
		}
		if head >= 0 && toks[head].isCapitalised() {
			break
		}
		// A link between two capitalised words is inside a name ("a
		// spokeswoman for the Department of Homeland Security"): the
		// name is the phrase a further link attaches to.
		inName := toks[link-1].isCapitalised() && capitalisedAfterDeterminer(toks, start)
		if !inName {
			head = link - 1
		}
		start = headPhraseStart(toks, link-1)
	}
	// "officials familiar with the matter said", "people close to the
	// president say": the phrase an adjective and its preposition attach
	// to is the speaker's head.
	if start-3 >= 0 && sourceAdjectives[toks[start-2].lower] == toks[start-1].lower && headNounTags[toks[start-3].tag] && toks[start-3].isWord() {
		start = headPhraseStart(toks, start-3)
		// "Two of the people familiar with the matter said": the share
		// the phrase is part of.
		if start-2 >= 0 && toks[start-1].lower == "of" && (toks[start-2].tag == "CD" || quantifierHeads[toks[start-2].lower]) && toks[start-2].isWord() {
			start -= 2
		}
	}
	// Before a participle, a phrase that a verb governs is its object, not
	// a speaker ("issued a statement describing ...").
	governor := start - 1
	if governor > 0 && toks[governor].tag == "RP" {
		governor-- // "put out a statement saying"
	}
	// A closing quotation mark the tagger calls a verb governs nothing.
	if governor >= 0 && toks[governor].isWord() && strings.HasPrefix(toks[governor].tag, "VB") && strings.HasSuffix(toks[k].lower, "ing") {
		return candidate{}, false
	}
	// "Cecelia Purner, 67, a retired ... in Allentown, Pa., said": an
	// appositive speaks for the name before it.
	if region && start > 0 && toks[start-1].text == "," {
		return candidate{}, false
	}
	c, ok := x.nounPhrase(si, start, end)
	if participleHead {
		c.speakerKind = schema.SpeakerGroup
	}
	// Set off from its cue by an appositive, a phrase that opens its
	// sentence speaks from where it stands.
	c.adjacentOnly = c.adjacentOnly && !(appositive && opensSentence(toks, start))
	return c, ok
}

// bodyNameAsideOpen returns the index of the comma that opens an aside
// closed by the comma at toks[end] when the aside is only the name of the
// body a link's object before it describes ("A spokeswoman for the UN
// children's agency, Unicef, said", "a spokesman for the carmaker, Velora
// Motors, said"), or -1. The name is one word or holds a word that never
// names a person: a person's name there is the speaker's ("a spokesman
// for the foreign ministry, Eitan Ben-Shoshan, said").
func (x *docState) bodyNameAsideOpen(si, end int) int {
	toks := x.sents[si].tokens
	for _, ch := range x.chunks[si] {
		open := ch.first - 1
		if ch.last != end-1 || open < 2 || toks[open].text != "," {
			continue
		}
		if ch.entity >= 0 || !ch.isOrg && ch.first < ch.last {
			return -1
		}
		body := toks[open-1]
		if body.isCapitalised() || !x.c.orgNouns[body.lower] {
			return -1
		}
		if link := headPhraseStart(toks, open-1) - 1; link > 0 && x.linkAt(toks, link) {
			return open
		}
		return -1
	}
	return -1
}

// shortFormStart returns the index of the "(" that opens a short form of
// the name before it, closed at toks[end] ("the Kenya Medical Research
// Institute (Kemri)", "the Anti-Cybercrime Group (PNP-ACG)"), or -1: one
// capitalised word right after a capitalised one.
func shortFormStart(toks []token, end int) int {
	open := parentheticalStart(toks, end)
	if open < 1 || open != end-2 {
		return -1
	}
	if short, before := toks[open+1], toks[open-1]; !short.isWord() || !short.isCapitalised() || !before.isCapitalised() {
		return -1
	}
	return open
}

// datedBy reports whether toks[k] is a month or weekday name that a
// preposition governs ("In March Yonas Berhanu, the governor, told"): a
// date before the phrase, not a word of it ("June Smith" is a name).
func (x *docState) datedBy(toks []token, k int) bool {
	return k > 0 && toks[k].isCapitalised() && x.c.dateWords[toks[k].lower] && toks[k-1].tag == "IN"
}

// cueModifiersStart returns the index of the token before the adverbs,
// modals and auxiliaries that end at toks[end].
func cueModifiersStart(toks []token, end int) int {
	for end > 0 && isCueModifier(toks[end]) {
		end--
	}
	return end
}

// quoteMarkAfter reports whether a quotation mark follows toks[k], past a
// comma or a colon.
func (x *docState) quoteMarkAfter(toks []token, k int) bool {
	k++
	if k < len(toks) && (toks[k].text == "," || toks[k].text == ":") {
		k++
	}
	return k < len(toks) && x.isMarkToken(toks[k])
}

// standAlonePronouns are the quantifiers that stand for people named
// before them, with the speaker kind they give.
var standAlonePronouns = map[string]string{"one": schema.SpeakerUnnamed, "another": schema.SpeakerUnnamed,
	"others": schema.SpeakerGroup, "many": schema.SpeakerGroup, "several": schema.SpeakerGroup, "both": schema.SpeakerGroup, "some": schema.SpeakerGroup}

// relativeWords open a relative clause.
var relativeWords = setOf("who whose that which")

// partitivePronouns are the pronouns a quantifier takes a part of ("one
// of them").
var partitivePronouns = setOf("them those us these")

// partitiveQuantifiers take a part of a partitive pronoun ("most of
// them").
var partitiveQuantifiers = setOf("one another others many several both some most all each none neither either few half")

// progressiveBe are the forms of "be" before a participle cue.
var progressiveBe = setOf("is are was were be been")

// ofQuantityHead returns the head noun before "of" and a number ending at
// toks[end] ("crowd" of "The crowd of several hundred"), or -1.
func ofQuantityHead(toks []token, end int) int {
	k := end - 1
	for k > 0 && end-k <= 2 && (toks[k].tag == "JJ" || toks[k].tag == "CD" || strings.HasPrefix(toks[k].tag, "RB") || toks[k].lower == "than" || approximations[toks[k].lower]) {
		k--
	}
	if k < 1 || toks[k].lower != "of" || !headNounTags[toks[k-1].tag] || !toks[k-1].isWord() {
		return -1
	}
	return k - 1
}

// fromPlacePrepositions may follow "from" before a place ("from near
// Chillicothe").
var fromPlacePrepositions = map[string]bool{"near": true, "outside": true, "around": true}

// maxLinks is how many links ("for", "from", "of") a speaker's phrase may
// chain before its cue ("One user in a community Facebook group for
// residents of Antipolo wrote").
const maxLinks = 3

// isFraction reports whether w names a part of a whole: "half", "a
// third", "two-thirds", "three-quarters".
func isFraction(w string) bool {
	if _, part, ok := strings.Cut(w, "-"); ok {
		w = part
	}
	switch strings.TrimSuffix(w, "s") {
	case "half", "third", "quarter", "fifth":
		return true
	}
	return false
}

// prepositionalNoun reports whether the noun at toks[k], right before the
// name that starts at toks[name], ends a phrase of its own that a
// preposition opens: "In an interview Trump declared" (the name is the
// subject after it), unlike "with campaign manager Robby Mook" or "to the
// Dutch newspaper NRC Handelsblad", whose noun describes the name (see
// describesName).
func (x *docState) prepositionalNoun(toks []token, k, name int) bool {
	t := toks[k]
	if t.tag != "NN" && t.tag != "NNS" || t.isCapitalised() || !toks[name].isCapitalised() || x.describesName(t) {
		return false
	}
	// Only a preposition tagged IN: "to" opens infinitives as often. "Of"
	// joins its phrase to the noun before it, whose phrase goes on ("Oleh
	// Krushelnytskyi of the opposition Solidarnist faction called").
	p := phrasePreposition(toks, k)
	return p >= 0 && toks[p].tag == "IN" && toks[p].lower != "of"
}

// describesName reports whether the common noun t may stand before a name
// as what it is: a role ("strategist") or an organisation ("newspaper").
func (x *docState) describesName(t token) bool {
	return x.c.roles[t.lower] || x.c.orgNouns[t.lower]
}

// capitalisedParticiple reports whether toks[k] is an -ing word the tagger
// took for a verb inside a capitalised name, past the sentence's first
// word ("the Founding/VBG Fathers wrote").
func capitalisedParticiple(toks []token, k int) bool {
	return k > 0 && k+1 < len(toks) && toks[k].tag == "VBG" && toks[k].isCapitalised() && toks[k].isWord() && toks[k+1].isCapitalised()
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
// determiner before it, or up to seven when a determiner opens them ("a
// 51-year-old former high school chemistry teacher from"): the phrase a
// link or a source adjective after it attaches to ("A spokesman for ...",
// "officials familiar with ...").
func headPhraseStart(toks []token, head int) int {
	modifier := func(k int) bool {
		return k >= 0 && nounTags[toks[k].tag] && (toks[k].isWord() || possessiveAt(toks, k))
	}
	start := head
	for modifier(start-1) && head-start < 4 {
		start--
	}
	if head-start == 4 {
		k := start
		for modifier(k-1) && head-k < 7 {
			k--
		}
		if k < start && k > 0 && npDeterminers[toks[k-1].lower] {
			start = k
		}
	}
	// "The city's official account on X": a possessor cut at the limit
	// stays whole.
	if possessiveAt(toks, start) && nounTags[toks[start-1].tag] {
		start--
	}
	if start-1 >= 0 && npDeterminers[toks[start-1].lower] && !complementizer(toks, start-1) {
		start--
	}
	return start
}

// joinedNameStart returns where the capitalised words that "and" joins to
// the name at toks[start] begin, when a link inside a name opens them
// ("Health" of "the Department of Health and Human Services", "Disease"
// of "the Centers for Disease Control and Prevention"), or -1. No person
// is among them ("Secretary of State John Kerry and Defense Secretary Ash
// Carter" are two people).
func (x *docState) joinedNameStart(si, start int) int {
	toks := x.sents[si].tokens
	if start < 4 || toks[start-1].lower != "and" || !toks[start].isCapitalised() {
		return -1
	}
	// "the Department of Planning, Housing and Infrastructure": the
	// names before "and" may be a list.
	k := start - 2
	for k > start-7 && k > 0 && (toks[k].isCapitalised() && toks[k].isWord() || toks[k].text == "," && listComma(toks, k)) {
		k--
	}
	if k == start-2 || k < 1 || toks[k].lower != "of" && toks[k].lower != "for" || !toks[k-1].isCapitalised() {
		return -1
	}
	if x.personNamedIn(si, k-1, start) {
		return -1
	}
	return k + 1
}

// nameLinksEnd returns where the name ending at toks[last] ends past its
// own links and "and"s ("the Department of Health and Human Services",
// "the Centers for Disease Control and Prevention"): each joins
// capitalised words. It returns last when none follows or the name is a
// person's ("Sen. Ted Cruz of Texas" is the senator and a place).
func (x *docState) nameLinksEnd(si, last int) int {
	toks := x.sents[si].tokens
	if !toks[last].isCapitalised() || x.personNamedIn(si, last, last) {
		return last
	}
	end := last
	for i := last + 1; i+1 < len(toks) && i-last < 8; {
		joiner := toks[i].lower == "of" || toks[i].lower == "for" || toks[i].lower == "and" || toks[i].text == "&"
		next := i + 1
		if toks[i].lower != "and" && toks[i].text != "&" && toks[next].lower == "the" {
			next++
		}
		if !joiner || next >= len(toks) || !toks[next].isCapitalised() || !toks[next].isWord() {
			break
		}
		for next+1 < len(toks) && toks[next+1].isCapitalised() && toks[next+1].isWord() {
			next++
		}
		end, i = next, next+1
	}
	return end
}

// personNamedIn reports whether a person's name chunk of sentence si
// overlaps its tokens first to last.
func (x *docState) personNamedIn(si, first, last int) bool {
	return slices.ContainsFunc(x.chunks[si], func(ch chunk) bool {
		return ch.entity >= 0 && ch.first <= last && ch.last >= first
	})
}

// capitalisedAfterDeterminer reports whether the phrase at toks[start]
// opens, past a determiner, with a capitalised word.
func capitalisedAfterDeterminer(toks []token, start int) bool {
	if npDeterminers[toks[start].lower] && start+1 < len(toks) {
		start++
	}
	return toks[start].isCapitalised()
}

// possessiveAt reports whether toks[k] is a possessive ending written onto
// the word before it, not one of the two apostrophes that close an
// NYT-style quotation.
func possessiveAt(toks []token, k int) bool {
	return k > 0 && isPossessiveMarker(toks[k].text) && toks[k-1].isWord() && toks[k-1].end == toks[k].start
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

// describesPhraseBefore reports whether the aside between the commas at
// toks[open] and toks[end] is an appositive of the phrase before it, not
// of a person's name: after a pronoun standing alone, one opened by a
// determiner ("One, a Houston energy executive, said"); after a common
// noun, one opened by an article and headed by a common noun ("One of
// those people, a legislative staffer, described", "The agency, a state
// body, said", "The plan, a 600-page document, warns"), not by a name,
// which the phrase before stands in for ("An industry trade group, the
// American Exploration Council, said"); after a capitalised word, one
// headed by an organisation noun ("Ironvale Election Review, a firm
// based in Lakewood, Colorado,").
func (x *docState) describesPhraseBefore(toks []token, open, end int) bool {
	if standAlonePronouns[toks[open-1].lower] != "" {
		return npDeterminers[toks[open+1].lower]
	}
	// "The 41-year-old, a former merchant navy officer, said": an
	// adjective a determiner opens is the head before the aside.
	head := headNounTags[toks[open-1].tag] || open >= 2 && toks[open-1].tag == "JJ" && npDeterminers[toks[open-2].lower]
	if open+2 >= end || !articles[toks[open+1].lower] || !head {
		return false
	}
	described := x.descriptionHead(toks, open+2)
	if toks[open-1].isCapitalised() {
		return x.c.orgNouns[described]
	}
	for _, t := range toks[open+2 : end] {
		if t.lower == described {
			return !t.isCapitalised()
		}
	}
	return false
}

// partyTagStart returns the index of the "(" or "," that opens a party
// tag closed at toks[end] ("Sen. Nadia Okonkwo-Hale (D-Mass.)", "a
// spokeswoman for Speaker Moira Castellane-Diaz, R-Pa.,") or ending at
// toks[end] before the comma of an aside ("Cordelia Baptiste-Hwang,
// R-Redding, whose district"), or -1. The tag's place may run on over a
// few capitalised words ("D-Dearborn Heights,").
func (x *docState) partyTagStart(toks []token, end int) int {
	if open := parentheticalStart(toks, end); open > 0 && x.partyTag(toks[open+1]) {
		return open
	}
	last := end
	if end >= 0 && toks[end].text == "," {
		last = end - 1
	}
	for tag := last; tag > 0 && tag >= last-3; tag-- {
		if toks[tag-1].text == "," && x.partyTag(toks[tag]) {
			if partyPlaceEnd(toks, tag) != last {
				return -1
			}
			return tag - 1
		}
	}
	return -1
}

// complementizer reports whether the "that" at toks[i] opens a clause
// rather than determines the phrase after it: before a name ("told him
// that Trump called") or a determiner, which no "that" determines ("said
// that some of her emails").
func complementizer(toks []token, i int) bool {
	if toks[i].lower != "that" || i+1 >= len(toks) {
		return false
	}
	next := toks[i+1]
	return next.tag == "NNP" || next.tag == "NNPS" || npDeterminers[next.lower] && next.lower != "one" || quantifierHeads[next.lower] || indefinitePronouns[next.lower]
}

// indefinitePronouns take no determiner: "that" before one opens a clause
// ("told the congregation that anyone asking for their vote").
var indefinitePronouns = setOf("anyone anybody everyone everybody someone somebody nobody none nothing everything something")

// maxClauseAside is the longest relative or participial aside, in
// tokens, between a speaker and its cue.
const maxClauseAside = 32

// clauseAsideOpen returns the index of the comma opening an aside that
// closes with the comma at toks[end] and opens with a relative pronoun or
// a participle (", who asked not to be named,", ", speaking on the
// condition of anonymity,"), or -1.
func clauseAsideOpen(toks []token, end int) int {
	// ", and obtained by POLITICO,": a participle joined to the ones
	// before the aside opens one too; so does a quantifier's ("The crowd,
	// many wearing hard hats, chanted", "many of them wearing"), and one
	// with a preposition ("many in golf visors", "some with signs").
	open := asideComma(toks, end)
	if open <= 0 {
		return -1
	}
	next := open + 2
	if partitiveQuantifiers[toks[open+1].lower] && next+1 < end && toks[next].lower == "of" && (toks[next+1].lower == "them" || toks[next+1].lower == "whom") {
		next += 2
	}
	if opensClauseAside(toks[open+1]) || pastTaggedParticiple(toks, open+1) || questionedAside(toks, open+1) || (toks[open+1].lower == "and" || partitiveQuantifiers[toks[open+1].lower]) && (toks[next].tag == "VBN" || toks[next].tag == "VBG" && toks[open+1].lower != "and") {
		return open
	}
	if partitiveQuantifiers[toks[open+1].lower] && (toks[next].lower == "in" || toks[next].lower == "with") {
		return open
	}
	// "The senators, some of whom had voted ..., said", "The invitation,
	// a copy of which I obtained, promised": a relative pronoun after a
	// few words and "of".
	for k := open + 2; k+1 < end && k <= open+4; k++ {
		if toks[k].lower == "of" {
			if toks[k+1].lower == "whom" || toks[k+1].lower == "which" {
				return open
			}
			break
		}
	}
	return -1
}

// questionedAside reports whether toks[i] opens "asked whether ...",
// "pressed about ...": after a comma, a participle whatever its tag, also
// after a name ("A spokeswoman for the PAC, asked whether ..., said").
func questionedAside(toks []token, i int) bool {
	return i+1 < len(toks) && questioned(toks[i].lower, toks[i+1].lower)
}

// questioned reports whether the words verb, next open a question put to
// someone ("asked whether").
func questioned(verb, next string) bool {
	return questionedVerbs[verb] && questionWords[next]
}

var (
	questionedVerbs = setOf("asked pressed questioned")
	questionWords   = setOf("whether if about how what why when where who which by")
)

// pastTaggedParticiple reports whether toks[i], a past form that is also
// the participle, right after a comma that follows a common noun, is a
// participle the tagger read as a past tense ("The letter, dated/VBD Jan.
// 12, said", "The order, sent/VBD to phones, read"): a noun's verb has no
// comma before it. After a name the comma may close an appositive before
// the verb ("Schilling's son, Grant, defended").
func pastTaggedParticiple(toks []token, i int) bool {
	return i >= 2 && toks[i].tag == "VBD" && isParticiple(toks[i]) && toks[i-1].text == "," &&
		(toks[i-2].tag == "NN" || toks[i-2].tag == "NNS") && toks[i-2].isWord() && !toks[i-2].isCapitalised()
}

// isParticiple reports whether t is a past participle, or a past form
// that is also one ("dated", "sent").
func isParticiple(t token) bool {
	return t.tag == "VBN" || t.tag == "VBD" && (strings.HasSuffix(t.lower, "ed") || sharedPastParticiples[t.lower])
}

// sharedPastParticiples are irregular past forms that are their verbs'
// participles too, as regular ones are.
var sharedPastParticiples = setOf("sent made paid held built kept left found brought bought caught taught sold spent lent put set cut shot hit led")

// asideCommaPastRegion is asideComma past the comma between a place and
// its region at the aside's end ("a firm based in Lakewood, Colorado,").
func (x *docState) asideCommaPastRegion(si, end int) int {
	toks := x.sents[si].tokens
	open := asideComma(toks, end)
	if open <= 0 {
		return open
	}
	if city, ok := x.placeBeforeRegion(si, end-1); ok && city.last == open-1 {
		return asideComma(toks, open+1)
	}
	return open
}

// asideComma returns the index of the nearest comma before the one at
// toks[end], at least one word and at most maxClauseAside tokens before it:
// the comma that may open an aside the one at end closes. -1 when none.
func asideComma(toks []token, end int) int {
	for open := end - 2; open > 0 && open >= end-maxClauseAside; open-- {
		if toks[open].text == "," && !listComma(toks, open) {
			return open
		}
	}
	return -1
}

// listComma reports whether the comma at toks[i] parts the names of a list
// that "and" or "or" closes ("who has campaigned in Wisconsin, Michigan
// and Minnesota"): capitalised words stand on both sides of it and up to
// the conjunction, and one follows the conjunction.
func listComma(toks []token, i int) bool {
	if i < 1 || i+1 >= len(toks) || !toks[i-1].isCapitalised() || !toks[i+1].isCapitalised() {
		return false
	}
	for k := i + 1; k+1 < len(toks) && k <= i+maxListItems; k++ {
		switch t := toks[k]; {
		case t.lower == "and" || t.lower == "or":
			return toks[k+1].isCapitalised()
		case t.text != "," && !t.isCapitalised():
			return false
		}
	}
	return false
}

// maxListItems is how many tokens listComma reads on to the conjunction.
const maxListItems = 8

// asideEnd is asideComma forward: the index of the comma that closes an
// aside opening with the comma at toks[open], at most maxClauseAside
// tokens on, or -1.
func asideEnd(toks []token, open int) int {
	for k := open + 2; k < len(toks) && k <= open+maxClauseAside; k++ {
		if toks[k].text == "," && !listComma(toks, k) {
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
	return appositiveOpenAfter(toks, end, token.isCapitalised)
}

// personAppositiveOpen is appositiveOpen after a role noun too ("One
// juror, a woman who declined to give her name, said").
func (x *docState) personAppositiveOpen(toks []token, end int) int {
	return appositiveOpenAfter(toks, end, func(t token) bool { return t.isCapitalised() || x.c.roles[t.lower] })
}

// appositiveOpenAfter is appositiveOpen after a head noun that named
// accepts.
func appositiveOpenAfter(toks []token, end int, named func(token) bool) int {
	open := asideComma(toks, end)
	if open < 0 {
		return -1
	}
	// "One juror, a woman who declined to give her name, said", "Students
	// for a Just Future, a progressive group that protested outside the
	// venue, said": the verbs of a relative clause after the appositive's
	// noun are its own.
	words := toks[open+1 : end-1]
	if rel := slices.IndexFunc(words, func(t token) bool { return relativeWords[t.lower] }); rel > 0 && headNounTags[words[rel-1].tag] {
		words = words[:rel]
	}
	if slices.ContainsFunc(words, func(t token) bool { return strings.HasPrefix(t.tag, "VB") || t.tag == "MD" }) {
		return -1
	}
	// "Sen. Nadia Okonkwo-Hale (D-Mass.), the presumptive Democratic
	// nominee,": the name before a parenthetical.
	head := open - 1
	if ps := parentheticalStart(toks, head); ps > 0 {
		head = ps - 1
	}
	possessor := open+2 < end && isPossessiveMarker(toks[open+2].lower)
	if (npDeterminers[toks[open+1].lower] || possessor) && headNounTags[toks[head].tag] && named(toks[head]) {
		return open
	}
	// "The marchers, many of them college students, chanted": a part of
	// the people before, of any noun.
	if open+3 < end && partitiveQuantifiers[toks[open+1].lower] && toks[open+2].lower == "of" && partitivePronouns[toks[open+3].lower] && headNounTags[toks[head].tag] {
		return open
	}
	return -1
}

// participleAgent reports whether toks[k] is the "by" of a participle
// that describes the noun right before it ("a letter obtained by The
// Associated Press warns"): its agent did not say what the phrase says.
// The participle of a speech verb is a passive cue, whose agent speaks
// ("as reported by Western Journalism").
// Whoever obtained a document ("..., and obtained by POLITICO, urged")
// never says what it says.
func (x *docState) participleAgent(toks []token, k int) bool {
	if toks[k].lower == "by" && k > 0 && x.c.obtainingParticiples[toks[k-1].lower] {
		return true
	}
	_, ok := x.agentParticiple(toks, k)
	return ok
}

// agentParticiple returns the first participle of the "by" at toks[k]
// that participleAgent accepts: past participles may be joined by "and"
// ("a man shot and killed by an officer").
func (x *docState) agentParticiple(toks []token, k int) (int, bool) {
	if toks[k].lower != "by" || k < 2 || toks[k-1].tag != "VBN" || x.cueAt(toks, k-1) {
		return 0, false
	}
	first := k - 1
	for first >= 3 && (toks[first-1].lower == "and" || toks[first-1].lower == "or") && toks[first-2].tag == "VBN" {
		first -= 2
	}
	head := first - 1
	// "The report, prepared by Ironvale Election Review, a firm based in
	// Lakewood, Colorado, concluded": the participle may open an aside.
	if toks[head].text == "," && head > 0 {
		head--
	}
	if !headNounTags[toks[head].tag] {
		return 0, false
	}
	// "he will be greeted by thousands of Germans": a passive's agent is
	// its clause's actor.
	for i := head; i >= 0 && i >= head-1; i-- {
		if passiveAuxiliaries[toks[i].lower] {
			return 0, false
		}
		if !strings.HasPrefix(toks[i].tag, "RB") {
			break
		}
	}
	return first, true
}

// opensClauseAside reports whether t can open a relative or participial
// aside: "who", "whom" ("Sen. Dale Pruitt Jr., whom Whitcomb named as
// his running mate, said"), "which" ("The complaint, which was filed in
// federal court, alleged") or a participle.
func opensClauseAside(t token) bool {
	return t.lower == "who" || t.lower == "whom" || t.lower == "whose" || t.lower == "which" || t.tag == "VBG" || t.tag == "VBN"
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
	return x.c.invertedCues[toks[k].lower] || k > 0 && x.closesOpeningQuote(si, toks[k-1], openingQuoteEnds)
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
	// "suggests that Phoenix and its officers support": a clause, not
	// a phrase determined by "that".
	if complementizer(toks, start) {
		return candidate{}, false
	}
	end := start
	if npDeterminers[toks[start].lower] {
		end++
	}
	last := -1
	for end < len(toks) && end-start < 8 && (nounTags[toks[end].tag] && (toks[end].isWord() || toks[end].tag == "POS") || determinedGradingAdverb(toks, end)) {
		if isHeadNoun(toks[end]) {
			last = end
		}
		end++
	}
	if last < 0 && (quantifierHeads[toks[start].lower] || toks[start].lower == "one") {
		last = start // "tweeted another.", "read one."
	}
	if last < 0 {
		return candidate{}, false
	}
	if nameEnd := x.nameLinksEnd(si, last); nameEnd > last {
		last, end = nameEnd, nameEnd+1
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
		(x.affiliationLinkAt(toks, link) || toks[link].lower == "from" || sourceAdjectives[toks[link-1].lower] == toks[link].lower) {
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
		if !t.isWord() || !(t.tag == "JJ" || t.tag == "NN" || t.tag == "NNP" || t.tag == "NNS" || role) || x.cueAt(toks, start-1) || x.prepositionalNoun(toks, start-1, start) || x.datedBy(toks, start-1) {
			break
		}
		start--
	}
	return start
}

// linkedToSpeakerHead reports whether a link and a determiner inside the
// phrase from toks[start] to toks[end] attach it to a head that may
// speak ("A local news report from that time"; not "a judge in October",
// a date).
func (x *docState) linkedToSpeakerHead(toks []token, start, end int) bool {
	for k := start + 1; k < end; k++ {
		if x.linkAt(toks, k) {
			return !x.c.notSpeakers[toks[k-1].lower] && npDeterminers[toks[k+1].lower]
		}
	}
	return false
}

func (x *docState) nounPhrase(si, start, end int) (candidate, bool) {
	toks := x.sents[si].tokens
	sp := span{toks[start].start, toks[end].end}
	// "The Times" is a newspaper, though "times" speaks for no one; "A
	// local news report from that time" is the report's.
	notSpeaker := x.c.notSpeakers[toks[end].lower] && !(toks[end].tag == "NNP" && end > start && toks[start].lower == "the") && !x.linkedToSpeakerHead(toks, start, end)
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
		if x.linkAt(toks, k) {
			head = k - 1
			if x.affiliationLinkAt(toks, k) && anyCapitalised(toks[k+1:end+1]) {
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
	if isFraction(toks[head].lower) {
		c.speakerKind = schema.SpeakerGroup // "half of respondents"
	}
	// A role noun the titles know ("the minority leader") may name a person
	// of the story. With "a" it brings in someone new: the story may name
	// them after ("A federal judge has ordered ... Judge Gonzalo Curiel"),
	// not before ("President Obama ... the suggestion by a potential
	// president").
	indefinite := toks[start].lower == "a" || toks[start].lower == "an" || toks[start].lower == "another"
	for n := min(3, end-start+1); n >= 1; n-- {
		words := make([]string, n)
		for i := range words {
			words[i] = toks[end-n+1+i].lower
		}
		if titles, ok := x.c.nominals[strings.Join(words, " ")]; ok {
			// "The New Hampshire Union Leader": a role word ending a
			// name is no role.
			if x.properNameBefore(toks, end-n+1) {
				break
			}
			c.entity = x.resolveRole(titles, nil, sp.start)
			if c.entity >= 0 && indefinite && x.people[c.entity].lastMentionBefore(sp.start) >= 0 {
				c.entity = -1
			}
			if c.entity >= 0 {
				c.kind = "nominal"
			}
			break
		}
	}
	return c, true
}

// properNameBefore reports whether the role word at toks[k], capitalised,
// ends a name: the capitalised word before it is no title, place or
// demonym ("Union" in "The New Hampshire Union Leader", unlike "Senate
// Majority Leader" or "the Russian Foreign Minister").
func (x *docState) properNameBefore(toks []token, k int) bool {
	if k < 1 || !toks[k].isCapitalised() || !toks[k-1].isCapitalised() || !toks[k-1].isWord() {
		return false
	}
	prev := toks[k-1]
	if x.titleAt(prev, prev.end) {
		return false
	}
	if _, _, ok := x.c.places.longestAt(x.t.raw, prev.start, prev.end); ok {
		return false
	}
	_, _, demonym := x.c.demonyms.longestAt(x.t.raw, prev.start, prev.end)
	return !demonym
}

func sortCandidates(cs []candidate) {
	for i := 1; i < len(cs); i++ {
		for j := i; j > 0 && cs[j].first < cs[j-1].first; j-- {
			cs[j], cs[j-1] = cs[j-1], cs[j]
		}
	}
}

// regionLinks join a common noun to the place it is in or from.
var regionLinks = map[string]bool{"in": true, "from": true, "of": true, "near": true, "outside": true}

// regionAsideEnd returns the index of the closing comma of ", Region,"
// opening at toks[open] after a place name (see regionAsideCity), or -1.
func (x *docState) regionAsideEnd(si, open int) int {
	toks := x.sents[si].tokens
	if open < 1 || toks[open].text != "," {
		return -1
	}
	for _, ch := range x.chunks[si] {
		if ch.first != open+1 {
			continue
		}
		closing := ch.last + 1
		if closing < len(toks) && toks[closing].text == "." {
			closing++
		}
		if closing < len(toks) && x.regionAsideCity(si, closing) == open-1 {
			return closing
		}
	}
	return -1
}

// regionAsideCity returns the index of the place name before ", Region,"
// whose closing comma is toks[end] ("Worcester" of "a woman in Worcester,
// Massachusetts,"), or -1: the region is set off by commas but belongs to
// the phrase that the place ends, a common noun and its link ("a
// representative in", "a woman from") before the place.
func (x *docState) regionAsideCity(si, end int) int {
	toks := x.sents[si].tokens
	if end < 4 || toks[end].text != "," {
		return -1
	}
	city, ok := x.placeBeforeRegion(si, end-1)
	if ok && city.first >= 2 && regionLinks[toks[city.first-1].lower] && headNounTags[toks[city.first-2].tag] && !toks[city.first-2].isCapitalised() {
		return city.last
	}
	return -1
}

// regionAfterPlace reports whether toks[last] ends a place set off after
// another ("Mo." of "St. Louis, Mo."): the region says where the place
// is and speaks for no one.
func (x *docState) regionAfterPlace(si, last int) bool {
	_, ok := x.placeBeforeRegion(si, last)
	return ok
}

// placeBeforeRegion returns the place set off before the region that ends
// at toks[last], or at the word before a period there ("St. Louis" of
// "St. Louis, Mo.").
func (x *docState) placeBeforeRegion(si, last int) (chunk, bool) {
	toks := x.sents[si].tokens
	if last >= 0 && toks[last].text == "." {
		last--
	}
	for _, region := range x.chunks[si] {
		if region.last != last || !region.isPlace || region.first < 2 || toks[region.first-1].text != "," {
			continue
		}
		// Before a state, a name no list holds is a town ("Midland,
		// Texas"), as the place patterns take it.
		pl, _ := x.placeEndingAt(toks, region.last)
		for _, city := range x.chunks[si] {
			if city.last == region.first-2 && (city.isPlace || pl.Kind == "state" && !city.isOrg && city.entity < 0) {
				return city, true
			}
		}
	}
	return chunk{}, false
}

// determinedAdjectives reports whether the adjective at end follows one or
// two adjectives or proper nouns that a determiner opens ("The Danish
// international", "The young Dutch/NNP international").
func determinedAdjectives(toks []token, end int) bool {
	for j := end - 1; j >= 0 && j >= end-3; j-- {
		if npDeterminers[toks[j].lower] {
			return j < end-1
		}
		if toks[j].tag != "JJ" && toks[j].tag != "NNP" {
			return false
		}
	}
	return false
}
