package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsfacts/extract/rules"
	"github.com/newsfacts/extract/schema"
)

// speakerOf turns the candidate a pattern bound into a Speaker, resolving
// pronouns to the person they stand for.
func (x *docState) speakerOf(si int, c candidate, cands [][]candidate, rule string) *schema.Speaker {
	sp := &schema.Speaker{Mention: x.t.mention(c.mention), ResolvedBy: c.resolvedBy, Rule: rule}
	if joint := x.jointPeople(si, c, cands[si]); len(joint) > 1 {
		// "Trump and Ryan issued a statement": the words are theirs
		// together, not one of them's.
		names := make([]string, len(joint))
		for i, j := range joint {
			names[i] = x.canonicalName(x.people[j.entity])
		}
		sp.Mention = x.t.mention(span{joint[0].mention.start, joint[len(joint)-1].mention.end})
		sp.Name = joinNames(names)
		sp.Kind = schema.SpeakerGroup
		return sp
	}
	entity := c.entity
	if c.kind == "pronoun" {
		entity = x.resolvePronoun(si, c, cands)
	}
	// "Ms. Merkel's spokesman, Steffen Seibert": the name set off after
	// a role says who holds it, over any person the role's words match.
	if c.kind != "pronoun" && c.kind != "relative" && c.kind != "person" && (entity < 0 && c.speakerKind == schema.SpeakerUnnamed || c.kind == "nominal") {
		if named := x.appositiveName(si, c); named >= 0 {
			entity = named
		}
	}
	if entity < 0 && c.kind == "pronoun" {
		// "The Ohio Democratic Party is trying to convince the courts
		// that they should ...": a group or organisation the pronoun
		// stands for; "the admiral said ... he said": someone unnamed.
		if g, ok := x.resolveGroupPronoun(si, c, cands); ok {
			c.name, c.speakerKind, c.affiliation = g.mention.text(x.t.raw), g.speakerKind, g.affiliation
			if g.name != "" {
				c.name = g.name
			}
		} else if n, ok := x.unnamedAntecedent(si, c, cands); ok {
			c.name, c.speakerKind, c.affiliation = n.mention.text(x.t.raw), n.speakerKind, n.affiliation
		}
	}
	if entity < 0 {
		sp.Name = sp.Mention.Text
		if c.name != "" {
			sp.Name = c.name
		}
		sp.Kind = c.speakerKind
		// "Her office", "his campaign": the person the possessive stands
		// for is the affiliation, as a name is in "Paul Ryan's campaign".
		if c.affiliation.empty() && c.kind != "pronoun" && c.kind != "relative" {
			if owner := x.possessiveOwner(si, c, cands); owner >= 0 {
				sp.Affiliation = x.canonicalName(x.people[owner])
			}
		}
		if c.kind == "pronoun" && sp.Kind == "" {
			sp.Kind = pronounKind(x.c.pronouns[c.pronoun])
		}
		if sp.Kind == "" {
			sp.Kind = schema.SpeakerUnnamed
		}
		if !c.affiliation.empty() {
			sp.Affiliation = c.affiliation.text(x.t.raw)
		}
		return sp
	}
	p := x.people[entity]
	sp.Kind = schema.SpeakerPerson
	sp.Name = x.canonicalName(p)
	sp.PersonID = schema.PersonID(sp.Name)
	if len(p.titles) > 0 {
		sp.Title = p.titles[0]
	}
	sp.Affiliation = p.affiliation
	// A possessed role that names the person, set off before the name or
	// by its title ("Ms. Merkel's spokesman, Steffen Seibert"): the
	// possessor.
	if sp.Affiliation == "" && c.kind != "pronoun" && c.kind != "relative" && !c.affiliation.empty() {
		sp.Affiliation = c.affiliation.text(x.t.raw)
	}
	return sp
}

// jointPeople returns the people named together with the person c names,
// joined by "and" and commas ("Trump and Ryan", "Mark Blumenthal and Jon
// Cohen", "Bill and Hillary Clinton", "Smith, Jones and Lee"), in text
// order with c among them; nil when c names no one so joined. A list in
// object position ("met Trump and Ryan") or a possessive joins no one.
func (x *docState) jointPeople(si int, c candidate, sent []candidate) []candidate {
	if c.entity < 0 || c.kind == "pronoun" || c.kind == "relative" || c.possessive {
		return nil
	}
	toks := x.sents[si].tokens
	// Most speakers stand alone: only "and" or a comma next to c may join
	// it to others.
	joiner := func(k int) bool { return k >= 0 && k < len(toks) && (toks[k].lower == "and" || toks[k].text == ",") }
	if !joiner(c.first-1) && !joiner(c.last+1) {
		return nil
	}
	// joined reports whether a and b are joined into a list (ok), and
	// whether by "and".
	joined := func(a, b candidate) (and bool, ok bool) {
		gap := toks[a.last+1 : b.first]
		switch {
		case len(gap) == 1 && gap[0].lower == "and", len(gap) == 2 && gap[0].text == "," && gap[1].lower == "and":
			return true, true
		case len(gap) == 1 && gap[0].text == ",":
			return false, true
		}
		return false, false
	}
	person := func(o candidate) bool {
		return o.entity >= 0 && o.kind != "pronoun" && o.kind != "relative" && !o.possessive
	}
	byStart := map[int]candidate{}
	byEnd := map[int]candidate{}
	for _, o := range sent {
		if person(o) {
			byStart[o.first] = o
			byEnd[o.last] = o
		}
	}
	// Walk left and right from c over people joined by commas and "and";
	// the list needs one "and", before its last name.
	list := []candidate{c}
	for {
		first := list[0]
		prev, ok := personEndingBefore(first.first, byEnd)
		if !ok {
			break
		}
		if _, j := joined(prev, first); !j {
			break
		}
		list = append([]candidate{prev}, list...)
	}
	for {
		last := list[len(list)-1]
		next, ok := personStartingAfter(last.last, byStart)
		if !ok {
			break
		}
		if _, j := joined(last, next); !j {
			break
		}
		list = append(list, next)
	}
	if len(list) < 2 || list[0].object {
		return nil
	}
	// Only "and" joins the last two; commas join the ones before.
	for i := 1; i < len(list); i++ {
		and, _ := joined(list[i-1], list[i])
		if and != (i == len(list)-1) {
			return nil
		}
		if list[i].entity == list[i-1].entity {
			return nil
		}
	}
	return list
}

// personEndingBefore returns the person candidate of byEnd (by last
// token) that ends one or two tokens before token i (past "and", "," or
// ", and").
func personEndingBefore(i int, byEnd map[int]candidate) (candidate, bool) {
	for k := i - 2; k >= i-3; k-- {
		if o, ok := byEnd[k]; ok {
			return o, true
		}
	}
	return candidate{}, false
}

// personStartingAfter returns the person candidate of byStart (by first
// token) that starts one or two tokens after token i.
func personStartingAfter(i int, byStart map[int]candidate) (candidate, bool) {
	for k := i + 2; k <= i+3; k++ {
		if o, ok := byStart[k]; ok {
			return o, true
		}
	}
	return candidate{}, false
}

// joinNames writes names as a list: "A and B", "A, B and C".
func joinNames(names []string) string {
	if len(names) < 2 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

// pronounKind is the speaker kind of a pronoun no person resolves: its
// rule's kind, else a group for a plural ("they") and a person otherwise.
func pronounKind(p rules.PronounRule) string {
	switch {
	case p.Kind != "":
		return p.Kind
	case p.Number == "plural":
		return schema.SpeakerGroup
	}
	return schema.SpeakerPerson
}

// maxPronounReach is how many sentences back a pronoun's antecedent is
// looked for.
const maxPronounReach = 6

// maxPronounChain is how many pronouns a pronoun may follow back to the
// person they all stand for ("He ... he ... He asked them").
const maxPronounChain = 4

// resolvePronoun finds the person a pronoun stands for: the nearest
// sentence (its own, before the pronoun, then earlier ones) that names a
// compatible person, and in it the leftmost person outside object position,
// which is most often the sentence's subject. The same pronoun as a
// subject before any such person stands for the same person, and is
// followed back.
func (x *docState) resolvePronoun(si int, pr candidate, cands [][]candidate) int {
	return x.resolvePronounChain(si, pr, cands, maxPronounChain, max(0, si-maxPronounReach+1))
}

// resolvePronounChain is resolvePronoun looking no further back than
// sentence floor: a pronoun followed back keeps the reach of the first.
func (x *docState) resolvePronounChain(si int, pr candidate, cands [][]candidate, chain, floor int) int {
	rule := x.c.pronouns[pr.pronoun]
	// "it" is an organisation or nothing, never a person; "I" is the
	// writer.
	if rule.Number == "plural" || rule.Kind == schema.SpeakerOrganisation || rule.FirstPerson {
		return -1
	}
	ownObjects := x.clauseObjects(si, pr, cands[si])
	compatible := func(c candidate) bool {
		if c.entity < 0 || c.kind != "person" && c.kind != "nominal" || slices.Contains(ownObjects, c.entity) {
			return false
		}
		g := x.people[c.entity].gender
		return rule.Gender == "" || g == "" || g == rule.Gender
	}
	// A pronoun followed back in vain has searched every sentence before
	// it down to floor, as any earlier pronoun would: one failure ends
	// the following back, which keeps the search linear.
	chainFailed := false
	for s := si; s >= floor; s-- {
		// In order of preference: a subject of the main clause, person
		// or the same pronoun followed back, returned as found; a subject
		// of a clause opening the sentence; anyone else.
		opening, openingSubject, fallback := x.openingClauseEnd(s), -1, -1
		for _, c := range cands[s] {
			if s == si && c.first >= pr.first {
				break
			}
			// "Though he did not mention Rubio or Kasich, he made it
			// clear ...": the same pronoun as a subject.
			if chain > 0 && !chainFailed && c.kind == "pronoun" && c.pronoun == pr.pronoun && x.clauseSubject(s, c) && (c.first > opening || openingSubject < 0) {
				e := x.resolvePronounChain(s, c, cands, chain-1, floor)
				switch {
				case e < 0:
					chainFailed = true
				case c.first > opening:
					return e
				default:
					openingSubject = e
				}
			}
			if !compatible(c) {
				continue
			}
			// "When Betty Friedan ..., Mrs. Schlafly replied": the
			// subject of the main clause comes first.
			subject := !c.object && !c.possessive
			switch {
			case subject && c.first > opening:
				return c.entity
			case subject && openingSubject < 0:
				openingSubject = c.entity
			case fallback < 0:
				fallback = c.entity
			}
		}
		if openingSubject >= 0 {
			return openingSubject
		}
		if fallback >= 0 {
			return fallback
		}
	}
	return -1
}

// maxGroupPronounReach is how many sentences back a plural or
// organisation pronoun's antecedent is looked for.
const maxGroupPronounReach = 2

// resolveGroupPronoun finds the group or organisation phrase a plural
// pronoun ("they") or an organisation's ("it") stands for: in the nearest
// sentence that has one (its own, before the pronoun, then up to
// maxGroupPronounReach before it), the leftmost outside object position.
func (x *docState) resolveGroupPronoun(si int, pr candidate, cands [][]candidate) (candidate, bool) {
	rule := x.c.pronouns[pr.pronoun]
	if rule.FirstPerson || rule.Number != "plural" && rule.Kind != schema.SpeakerOrganisation {
		return candidate{}, false
	}
	for s := si; s >= 0 && s >= si-maxGroupPronounReach; s-- {
		for _, c := range cands[s] {
			if s == si && c.first >= pr.first {
				break
			}
			if c.entity >= 0 || c.kind == "pronoun" || c.kind == "relative" || c.object || c.possessive {
				continue
			}
			if c.speakerKind == schema.SpeakerOrganisation || c.speakerKind == schema.SpeakerGroup && rule.Number == "plural" {
				return c, true
			}
		}
	}
	return candidate{}, false
}

// unnamedAntecedent returns the unnamed person a "he" or "she" that no
// named person resolves stands for: the nearest phrase before it, within
// the pronoun's reach, that is the subject of its clause and whose words
// name a person by a role or title ("the admiral said ... he said", "A
// reporter for Agence France-Presse called it ... he said"), of no other
// gender.
func (x *docState) unnamedAntecedent(si int, pr candidate, cands [][]candidate) (candidate, bool) {
	rule := x.c.pronouns[pr.pronoun]
	if rule.Gender == "" || rule.FirstPerson || rule.Number != "singular" {
		return candidate{}, false
	}
	for s := si; s >= 0 && s > si-maxPronounReach; s-- {
		for k := len(cands[s]) - 1; k >= 0; k-- {
			c := cands[s][k]
			if s == si && c.first >= pr.first || c.kind == "pronoun" || c.kind == "relative" || c.entity >= 0 || c.speakerKind != schema.SpeakerUnnamed || !x.clauseSubject(s, c) {
				continue
			}
			// A whole phrase ("the admiral", "Mr Johnson's spokesman"),
			// not a head cut from one ("resident" of "a Salem, N.H.,
			// resident named Caroline").
			if first := x.sents[s].tokens[c.first]; !npDeterminers[first.lower] && !first.isCapitalised() {
				continue
			}
			if g, ok := x.personNounGender(s, c); ok && (g == "" || g == rule.Gender) {
				return c, true
			}
		}
	}
	return candidate{}, false
}

// personNounGender reports whether the words of the phrase c hold a title
// ("The Prime Minister") or a noun that names a person (a role of
// people.yaml or a title's word in lower case: "spokesman", "resident"),
// and the gender of its title, if any.
func (x *docState) personNounGender(si int, c candidate) (string, bool) {
	for _, t := range x.sents[si].tokens[c.first : c.last+1] {
		if _, v, ok := x.c.titles.longestAt(x.t.raw, t.start, c.mention.end); ok && !x.c.titleInfo[v].Courtesy {
			return x.c.titleInfo[v].Gender, true // "The Prime Minister"
		}
		if t.isCapitalised() || !x.c.roles[t.lower] {
			continue
		}
		if _, v, ok := x.c.lowerTitles.longestAt(x.t.raw, t.start, t.end); ok {
			return x.c.titleInfo[v].Gender, true // "spokeswoman"
		}
		return "", true // "resident"
	}
	return "", false
}

// continueSpeakers gives a quote that no pattern attributed the speaker of
// the quote before it in its paragraph, through the relative that reports
// them again in between when there is one (see relativeReport); failing
// that, of the next quote in its paragraph; failing that, when its
// paragraph opens with a quotation, of the last quote of the paragraph
// before; and a quote that runs on into the next paragraph the speaker of
// its continuation there.
func (x *docState) continueSpeakers(attrs []attribution, matched []bool, cands [][]candidate) {
	carry := func(to, from int) bool {
		if attrs[from].speaker == nil {
			return false
		}
		sp := *attrs[from].speaker
		sp.ResolvedBy = schema.ByContinuation
		sp.Rule = "continuation"
		attrs[to] = attribution{speaker: &sp}
		return true
	}
	for qi, q := range x.quotes {
		if matched[qi] {
			continue
		}
		// '"Donald Trump will build the wall" - at which point the crowd
		// chanted "Build the wall!" - "and restore law and order"': a
		// quote opening in lower case after a dash goes on with the words
		// before the aside the dashes set off.
		if x.resumesAfterDashAside(qi) && carry(qi, qi-2) {
			continue
		}
		if qi > 0 && x.quotes[qi-1].para == q.para && carry(qi, qi-1) {
			if who, ok := x.relativeReport(cands, *attrs[qi-1].speaker, qi); ok {
				attrs[qi].speaker.Mention = x.t.mention(who)
			}
			continue
		}
		found := false
		for n := qi + 1; n < len(x.quotes) && x.quotes[n].para == q.para; n++ {
			if matched[n] {
				found = carry(qi, n)
				break
			}
		}
		if found || qi == 0 {
			continue
		}
		prev := x.quotes[qi-1]
		if prev.para == q.para-1 && x.paras[q.para].start == q.outer.start {
			if x.dialogueTurn(attrs, qi) {
				carry(qi, qi-2)
			} else {
				carry(qi, qi-1)
			}
		}
	}
	// A quote that runs on into the next paragraph is one statement with
	// the quote that continues it there, which may carry the cue.
	for qi := len(x.quotes) - 2; qi >= 0; qi-- {
		if attrs[qi].speaker == nil && x.quotes[qi].runsOn && x.quotes[qi+1].para == x.quotes[qi].para+1 {
			carry(qi, qi+1)
		}
	}
}

// dialogueTurn reports whether quote qi, opening its paragraph, takes a
// turn in a dialogue: the two quotes before it open the two paragraphs
// before, by two speakers, one asking and one not, and qi asks as the
// one two back did or answers as it did ('"... correct?" the lawyer
// asked. ¶ "Yes," the witness said. ¶ "And you lied to them again?"').
func (x *docState) dialogueTurn(attrs []attribution, qi int) bool {
	if qi < 2 {
		return false
	}
	q, prev, before := x.quotes[qi], x.quotes[qi-1], x.quotes[qi-2]
	if before.para != q.para-2 || x.paras[prev.para].start != prev.outer.start || x.paras[before.para].start != before.outer.start {
		return false
	}
	a, b := attrs[qi-2].speaker, attrs[qi-1].speaker
	if a == nil || b == nil || a.Name == b.Name {
		return false
	}
	asks := x.asks(q)
	return asks == x.asks(before) && asks != x.asks(prev)
}

// asks reports whether a quote's words end in a question mark.
func (x *docState) asks(q quoteMarks) bool {
	return strings.HasSuffix(strings.TrimSpace(q.inner.text(x.t.raw)), "?")
}

// resumesAfterDashAside reports whether quote qi opens in lower case right
// after a dash that closes an aside opened by a dash right after quote
// qi-2, the aside holding quote qi-1.
func (x *docState) resumesAfterDashAside(qi int) bool {
	if qi < 2 || x.quotes[qi-2].para != x.quotes[qi].para {
		return false
	}
	r, _ := utf8.DecodeRuneInString(x.quotes[qi].inner.text(x.t.raw))
	closing := strings.TrimSpace(x.t.raw[x.quotes[qi-1].outer.end:x.quotes[qi].outer.start])
	opening := strings.Fields(x.t.raw[x.quotes[qi-2].outer.end:x.quotes[qi-1].outer.start])
	return unicode.IsLower(r) && isDashes(closing) && len(opening) > 0 && isDashes(opening[0])
}

// relativeReport finds the relative pronoun that reports the speaker of
// the quote before quote qi again, between the two: '"...," said Alfonso
// Aguilar, the executive director of the Latino Partnership, who also said
// that the two men must do more. "..."'. It must come after the speaker's
// mention, and a speech verb must follow it, past adverbs and an aside
// set off by commas ("who, like several other former fraternity brothers,
// remembered").
func (x *docState) relativeReport(cands [][]candidate, prev schema.Speaker, qi int) (span, bool) {
	from, to := x.quotes[qi-1].outer.end, x.quotes[qi].outer.start
	for si := x.sentenceAt(from); si < len(x.sents) && x.sents[si].start < to; si++ {
		toks := x.sents[si].tokens
		for _, c := range cands[si] {
			if c.kind != "relative" || c.mention.start < from || c.mention.end > to || x.t.schemaSpan(c.mention)[0] < prev.Mention.Span[1] {
				continue
			}
			k := c.last + 1
			if k < len(toks) && toks[k].text == "," {
				if end := asideEnd(toks, k); end > 0 {
					k = end + 1
				}
			}
			for k < len(toks) && strings.HasPrefix(toks[k].tag, "RB") {
				k++
			}
			if k < len(toks) && x.cueAt(toks, k) {
				return c.mention, true
			}
		}
	}
	return span{}, false
}

func reverse(slots []string) []string {
	out := make([]string, len(slots))
	for i, s := range slots {
		out[len(slots)-1-i] = s
	}
	return out
}

// openingClauseEnd returns the index of the comma that closes a clause
// opening sentence si with a clause opener ("When Betty Friedan said
// ..., Mrs. Schlafly replied"): the first comma after the clause's verb,
// past asides before it ("When Ms. Friedan, during a debate, said"). -1
// when there is none.
func (x *docState) openingClauseEnd(si int) int {
	if x.openingEnds == nil {
		x.openingEnds = make([]int, len(x.sents))
	}
	if x.openingEnds[si] == 0 {
		x.openingEnds[si] = x.findOpeningClauseEnd(si) + 1
	}
	return x.openingEnds[si] - 1
}

func (x *docState) findOpeningClauseEnd(si int) int {
	toks := x.sents[si].tokens
	if len(toks) == 0 || !x.c.clauseOpeners[toks[0].lower] {
		return -1
	}
	verb := false
	for k, t := range toks {
		verb = verb || strings.HasPrefix(t.tag, "VB")
		if t.text == "," && verb {
			return k
		}
	}
	return -1
}

// clauseSubject reports whether the pronoun c is the subject of a clause
// of its own ("he made it clear", "Though he did not mention"), not of a
// clause a verb or a subordinator governs ("saying he should", "that he
// was"), nor an object.
func (x *docState) clauseSubject(si int, c candidate) bool {
	if c.object || c.possessive || c.speechPossessor || c.subordinate && !(c.first == 1 && x.openingClauseEnd(si) > 0) {
		return false
	}
	return c.first == 0 || !strings.HasPrefix(x.sents[si].tokens[c.first-1].tag, "VB")
}

// maxObjectReach is how many tokens after a pronoun its verb's object may
// stand.
const maxObjectReach = 4

// clauseObjects returns the people that stand as objects right after the
// pronoun pr, in its clause: the "he" of "he told Hannity" is not Hannity.
func (x *docState) clauseObjects(si int, pr candidate, sent []candidate) []int {
	toks := x.sents[si].tokens
	var out []int
	for _, c := range sent {
		if c.first <= pr.last || c.first > pr.last+maxObjectReach || !c.object || c.entity < 0 {
			continue
		}
		if slices.ContainsFunc(toks[pr.last+1:c.first], func(t token) bool { return t.text == "," || x.isMarkToken(t) }) {
			continue
		}
		out = append(out, c.entity)
	}
	return out
}

// appositiveName returns the person a name set off right after the phrase
// c names, after a comma or a dash ("the union's general secretary,
// Sharon Graham, told the BBC", "said the White House spokesman, Josh
// Earnest.", "A former Republican presidential candidate -- John McCain,
// who ..."), or -1: the role is who spoke, and the name says who holds
// it.
func (x *docState) appositiveName(si int, c candidate) int {
	toks := x.sents[si].tokens
	comma := x.secondRoleEnd(toks, c.last+1)
	if comma+1 >= len(toks) || toks[comma].text != "," && !isDashes(toks[comma].text) {
		return -1
	}
	ch, ok := x.personChunkAt(si, x.roleWordsEnd(toks, comma+1))
	if !ok {
		return -1
	}
	after := ch.last + 1
	if close := x.partyParenthesisEnd(toks, after); close > 0 {
		after = close + 1 // "The chairwoman, Senator Lucinda Oyelaran (D., Mich.), called"
	}
	if after == len(toks) || toks[after].text == "," || toks[after].text == "." {
		return ch.entity
	}
	return -1
}

// secondRoleEnd returns the index of the comma after a second role that
// "and" at toks[and] joins to a phrase ("the company's founder and CEO,
// Oleksandr Hnatiuk"), or and itself.
func (x *docState) secondRoleEnd(toks []token, and int) int {
	if and >= len(toks) || toks[and].lower != "and" {
		return and
	}
	for j := and + 1; j < len(toks) && j <= and+maxRoleWords && toks[j].isWord(); j++ {
		if j+1 < len(toks) && toks[j+1].text == "," && x.isJobWord(toks[j].lower) {
			return j + 1
		}
	}
	return and
}

// partyParenthesisEnd returns the index of the parenthesis that closes a
// party tag opening at toks[open] ("(D-Mich.)", "(D., Mich.)", "(R)"), or
// -1.
func (x *docState) partyParenthesisEnd(toks []token, open int) int {
	if open+2 >= len(toks) || toks[open].text != "(" {
		return -1
	}
	if first := toks[open+1]; !x.partyTag(first) && !x.c.partyCodes[strings.ToLower(strings.TrimSuffix(first.text, "."))] {
		return -1
	}
	return parentheticalEnd(toks, open)
}

// possessiveOwner returns the person a possessive pronoun opening the
// phrase c stands for, when the phrase is of people or an organisation
// as possessedPhrase takes them ("Her office", "his advisers"; not "his
// wife"), or -1.
func (x *docState) possessiveOwner(si int, c candidate, cands [][]candidate) int {
	toks := x.sents[si].tokens
	t, head := toks[c.first], toks[c.last]
	pronoun, ok := x.c.possessives[t.lower]
	if !ok || c.last == c.first || !x.possessableHead(head) {
		return -1
	}
	return x.resolvePronoun(si, candidate{first: c.first, last: c.first, mention: t.span, kind: "pronoun", entity: -1, pronoun: pronoun}, cands)
}
