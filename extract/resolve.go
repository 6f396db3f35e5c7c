package extract

import (
	"github.com/newsfacts/extract/rules"
	"github.com/newsfacts/extract/schema"
)

// speakerOf turns the candidate a pattern bound into a Speaker, resolving
// pronouns to the person they stand for.
func (x *docState) speakerOf(si int, c candidate, cands [][]candidate, rule string) *schema.Speaker {
	sp := &schema.Speaker{Mention: x.t.mention(c.mention), ResolvedBy: c.resolvedBy, Rule: rule}
	entity := c.entity
	if c.kind == "pronoun" {
		entity = x.resolvePronoun(si, c, cands)
	}
	if entity < 0 && c.kind == "pronoun" {
		// "The Ohio Democratic Party is trying to convince the courts
		// that they should ...": a group or organisation the pronoun
		// stands for.
		if g, ok := x.resolveGroupPronoun(si, c, cands); ok {
			c.name, c.speakerKind, c.affiliation = g.mention.text(x.t.raw), g.speakerKind, g.affiliation
			if g.name != "" {
				c.name = g.name
			}
		}
	}
	if entity < 0 {
		sp.Name = sp.Mention.Text
		if c.name != "" {
			sp.Name = c.name
		}
		sp.Kind = c.speakerKind
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
	return sp
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

// resolvePronoun finds the person a pronoun stands for: the nearest
// sentence (its own, before the pronoun, then earlier ones) that names a
// compatible person, and in it the leftmost person outside object position,
// which is most often the sentence's subject.
func (x *docState) resolvePronoun(si int, pr candidate, cands [][]candidate) int {
	rule := x.c.pronouns[pr.pronoun]
	// "it" is an organisation or nothing, never a person; "I" is the
	// writer.
	if rule.Number == "plural" || rule.Kind == schema.SpeakerOrganisation || rule.FirstPerson {
		return -1
	}
	compatible := func(c candidate) bool {
		if c.entity < 0 || c.kind != "person" && c.kind != "nominal" {
			return false
		}
		g := x.people[c.entity].gender
		return rule.Gender == "" || g == "" || g == rule.Gender
	}
	for s := si; s >= 0 && s > si-maxPronounReach; s-- {
		fallback := -1
		opening := x.openingClauseEnd(s)
		for _, c := range cands[s] {
			if s == si && c.first >= pr.first {
				break
			}
			if !compatible(c) {
				continue
			}
			// "When Betty Friedan ..., Mrs. Schlafly replied": the
			// subject of the main clause comes first.
			if !c.object && !c.possessive && c.first > opening {
				return c.entity
			}
			if fallback < 0 {
				fallback = c.entity
			}
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

// continueSpeakers gives a quote that no pattern attributed the speaker of
// the quote before it in its paragraph; failing that, of the next quote in
// its paragraph; failing that, when its paragraph opens with a quotation,
// of the last quote of the paragraph before; and a quote that runs on into
// the next paragraph the speaker of its continuation there.
func (x *docState) continueSpeakers(attrs []attribution, matched []bool) {
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
		if qi > 0 && x.quotes[qi-1].para == q.para && carry(qi, qi-1) {
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
			carry(qi, qi-1)
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

func reverse(slots []string) []string {
	out := make([]string, len(slots))
	for i, s := range slots {
		out[len(slots)-1-i] = s
	}
	return out
}

// openingClauseEnd returns the index of the comma that closes a clause
// opening sentence si with a clause opener ("When Betty Friedan said
// ..., Mrs. Schlafly replied"), or -1.
func (x *docState) openingClauseEnd(si int) int {
	toks := x.sents[si].tokens
	if len(toks) == 0 || !x.c.clauseOpeners[toks[0].lower] {
		return -1
	}
	for k, t := range toks {
		if t.text == "," {
			return k
		}
	}
	return -1
}
