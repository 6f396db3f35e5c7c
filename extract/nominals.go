package extract

import (
	"sort"
	"strings"

	"github.com/newsfacts/extract/rules"
	"github.com/newsfacts/extract/schema"
)

// nominal is a description that refers to a person: "the Russian leader",
// "the president".
type nominal struct {
	sent        int
	first, last int // token indices, "the" through the noun
	span
	entity     int // -1 when unresolved
	resolvedBy string
}

// findNominals finds "the [affiliation] role-noun" phrases and resolves each
// to the person whose title the role noun names and whose affiliation
// matches: the one mentioned last before it, else the first after it.
// Other "the [modifiers] noun" phrases name the person the text described
// with that noun before (see describedNominal).
func (x *docState) findNominals() {
	x.collectDescriptions()
	for si, s := range x.sents {
		if x.paras[s.para].headline {
			continue
		}
		toks := s.tokens
		for i := 0; i < len(toks); i++ {
			if toks[i].lower != "the" || x.insideQuote(toks[i].span) {
				continue
			}
			nm, ok := x.titleNominal(si, i)
			if !ok {
				nm, ok = x.describedNominal(si, i)
			}
			if !ok {
				nm, ok = x.partyNominal(si, i)
			}
			// "The reporter Chris Moody": a role right before a name is
			// the name's title, no mention of its own.
			if !ok || x.nameChunkAt(si, nm.last+1) {
				continue
			}
			if nm.entity >= 0 {
				p := x.people[nm.entity]
				p.mentions = append(p.mentions, personMention{span: nm.span, sent: si, nominal: true})
			}
			x.nominals = append(x.nominals, nm)
			i = nm.last
		}
	}
	for _, p := range x.people {
		sort.Slice(p.mentions, func(i, j int) bool { return p.mentions[i].start < p.mentions[j].start })
	}
}

// nameChunkAt reports whether a person's name chunk starts at token k of
// sentence si.
func (x *docState) nameChunkAt(si, k int) bool {
	_, ok := x.personChunkAt(si, k)
	return ok
}

// personChunkAt returns the chunk naming a person that starts at token k
// of sentence si.
func (x *docState) personChunkAt(si, k int) (chunk, bool) {
	for _, ch := range x.chunks[si] {
		if ch.first == k && ch.entity >= 0 {
			return ch, true
		}
	}
	return chunk{}, false
}

// titleNominal reads "the [affiliation] role-noun" at toks[i] ("the
// Russian leader") and resolves it to the holder of the title the noun
// names (see resolveRole).
func (x *docState) titleNominal(si, i int) (nominal, bool) {
	c := x.c
	s := x.sents[si]
	toks := s.tokens
	// An apposition says what the name before it is ("Paul Manafort, the
	// campaign manager"), as for describedNominal.
	if i > 1 && toks[i-1].text == "," && toks[i-2].isCapitalised() {
		return nominal{}, false
	}
	j := i + 1
	var place *rules.PlaceRule
affiliation:
	for j < len(toks) && toks[j].isCapitalised() && j-i <= 3 {
		for _, m := range []*phraseMatcher{&c.demonyms, &c.places} {
			if end, v, ok := m.longestAt(x.t.raw, toks[j].start, s.end); ok {
				place = &c.placeInfo[v]
				for j < len(toks) && toks[j].start < end {
					j++
				}
				continue affiliation
			}
		}
		break
	}
	for n := min(c.maxNominal, len(toks)-j); n >= 1; n-- {
		words := make([]string, n)
		for k := range words {
			words[k] = toks[j+k].lower
		}
		phrase := strings.Join(words, " ")
		titles, ok := c.nominals[phrase]
		if !ok || toks[j+n-1].tag == "NNS" {
			continue
		}
		// "the general manager says": a role noun before a noun of its
		// phrase modifies it.
		if next := j + n; next < len(toks) && toks[next].tag == "NN" && toks[next].isWord() && !toks[next].isCapitalised() && !x.cueAt(toks, next) {
			continue
		}
		nm := nominal{sent: si, first: i, last: j + n - 1, span: span{toks[i].start, toks[j+n-1].end}, entity: -1}
		nm.entity = x.resolveRole(titles, place, nm.start)
		nm.resolvedBy = schema.ByNominal
		if place == nil && isTitleName(titles, phrase) {
			nm.resolvedBy = schema.ByTitle
		}
		return nm, true
	}
	return nominal{}, false
}

// maxDescriptionWords is the most words between "the" and the head of a
// description that names a person ("the retired neurosurgeon").
const maxDescriptionWords = 3

// describedNominal resolves "the [modifiers] head" at toks[i] to the person
// the text described earlier with that head ("Ben Carson, a retired
// neurosurgeon, ... the neurosurgeon said"): of those, the one mentioned
// last before it.
func (x *docState) describedNominal(si, i int) (nominal, bool) {
	toks := x.sents[si].tokens
	// An apposition says what the name before it is ("Paul Manafort, the
	// campaign chairman"), it names no one else.
	if i > 1 && toks[i-1].text == "," && toks[i-2].isCapitalised() {
		return nominal{}, false
	}
	// Neither does a predicate ("Cruz is the presidential candidate",
	// "since Trump became the nominee"); and an object ("interrupted the
	// candidate", "a challenge to the longtime senator") is as often
	// someone else as the person last described.
	if i > 0 && toks[i-1].isWord() && (toks[i-1].tag == "IN" || toks[i-1].tag == "TO" || strings.HasPrefix(toks[i-1].tag, "VB") && !x.cueAt(toks, i-1)) {
		return nominal{}, false
	}
	head := -1
	for j := i + 1; j < len(toks) && j <= i+maxDescriptionWords; j++ {
		if !nounTags[toks[j].tag] || !toks[j].isWord() || toks[j].isCapitalised() {
			break
		}
		if headNounTags[toks[j].tag] {
			head = j
		}
	}
	// The head ends the phrase: "the billionaire's" or "the candidate
	// forum" are something else.
	if head < 0 || toks[head].tag != "NN" || head+1 < len(toks) && (nounTags[toks[head+1].tag] || isPossessiveMarker(toks[head+1].lower)) {
		return nominal{}, false
	}
	// "the candidate who won in their state", "the nominee of the two
	// major parties": a role its complement specifies; "The party
	// chairman, Kelly Armstrong,": a role its apposition names.
	if next := head + 1; next < len(toks) && (toks[next].lower == "who" || toks[next].lower == "that" || toks[next].lower == "of" ||
		toks[next].text == "," && next+1 < len(toks) && toks[next+1].isCapitalised()) {
		return nominal{}, false
	}
	at := toks[i].start
	best := x.lastMentionedBefore(at, func(p *personEntity) bool {
		first, ok := p.described[toks[head].lower]
		return ok && first < at
	})
	if best < 0 {
		return nominal{}, false
	}
	return nominal{sent: si, first: i, last: head, span: span{toks[i].start, toks[head].end}, entity: best, resolvedBy: schema.ByNominal}, true
}

// partyNominal resolves "the <place> <party noun>" at toks[i] ("the Ohio
// Republican") to the person of that place mentioned last before it: the
// place of a party tag ("(R-Ohio)"), a title ("Ohio Sen.") or "of Ohio".
func (x *docState) partyNominal(si, i int) (nominal, bool) {
	s := x.sents[si]
	toks := s.tokens
	if i > 1 && toks[i-1].text == "," && toks[i-2].isCapitalised() {
		return nominal{}, false
	}
	j := i + 1
	if j >= len(toks) || !toks[j].isCapitalised() {
		return nominal{}, false
	}
	end, v, ok := x.c.places.longestAt(x.t.raw, toks[j].start, s.end)
	if !ok {
		return nominal{}, false
	}
	place := x.c.placeInfo[v]
	for j < len(toks) && toks[j].start < end {
		j++
	}
	if j >= len(toks) || !x.c.partyNouns[toks[j].lower] || !toks[j].isCapitalised() {
		return nominal{}, false
	}
	at := toks[i].start
	// A party code is the initial of its party's noun: "(D-Ariz.)" is no
	// Arizona Republican.
	code := strings.ToUpper(toks[j].text[:1])
	best := x.lastMentionedBefore(at, func(p *personEntity) bool {
		return p.affiliation == place.Name && (p.party == "" || p.party == code)
	})
	if best < 0 {
		return nominal{}, false
	}
	return nominal{sent: si, first: i, last: j, span: span{toks[i].start, toks[j].end}, entity: best, resolvedBy: schema.ByNominal}, true
}

// lastMentionedBefore returns the person that fits, of those mentioned
// before pos the one mentioned last, or -1.
func (x *docState) lastMentionedBefore(pos int, fits func(p *personEntity) bool) int {
	best, bestAt := -1, -1
	for e, p := range x.people {
		if !fits(p) {
			continue
		}
		if last := p.lastMentionBefore(pos); last > bestAt {
			best, bestAt = e, last
		}
	}
	return best
}

// collectDescriptions records, for each person, the roles (see roleBefore)
// and titles' nominals the text describes them with: right before a name
// ("billionaire Donald Trump", "striker Kazuyoshi Miura") or heading a
// description after it ("Ben Carson, a retired neurosurgeon,").
func (x *docState) collectDescriptions() {
	describe := func(e int, head string, at int) {
		// Only a role says who someone is: "Gregory Sealock, the woman"
		// and "Pannell, the county" are other phrases.
		if _, nominal := x.c.nominals[head]; !x.c.roles[head] && !nominal {
			return
		}
		p := x.people[e]
		if p.described == nil {
			p.described = map[string]int{}
		}
		if first, ok := p.described[head]; !ok || at < first {
			p.described[head] = at
		}
	}
	for si, chs := range x.chunks {
		toks := x.sents[si].tokens
		for _, ch := range chs {
			if ch.entity < 0 {
				continue
			}
			// "The federal judge Trump was referring to": a lone last name
			// after a role may be a clause's subject instead.
			if k, ok := x.roleTokenBefore(si, &ch); ok && len(ch.nameWords) >= 2 {
				describe(ch.entity, toks[k].lower, toks[k].start)
			}
			if head := x.appositionHead(toks, ch.last); head != "" {
				describe(ch.entity, head, toks[ch.last+2].start)
			}
		}
	}
}

func isTitleName(titles []string, phrase string) bool {
	for _, t := range titles {
		if strings.EqualFold(t, phrase) {
			return true
		}
	}
	return false
}

// resolveRole picks the person a role description refers to, of the place
// it names when it names one ("the Florida senator", "the Russian
// leader"): best a person of that very place, then of its country, then
// one of no known place.
func (x *docState) resolveRole(titles []string, place *rules.PlaceRule, pos int) int {
	score := func(p *personEntity) int {
		holds := false
		for _, t := range p.titles {
			if containsFold(titles, t) {
				holds = true
			}
		}
		switch {
		case !holds:
			return 0
		case place == nil || p.affiliation == place.Name:
			return 3
		case place.Country != "" && p.affCountry == place.Country:
			return 2
		case p.affiliation == "":
			return 1
		}
		return 0
	}
	best, bestScore, bestPos := -1, 0, -1
	for i, p := range x.people {
		sc := score(p)
		if sc == 0 || sc < bestScore {
			continue
		}
		// The last mention before pos, or failing that the first after it.
		at := p.lastMentionBefore(pos)
		if at < 0 && len(p.mentions) > 0 {
			at = -p.mentions[0].start // later mentions rank below earlier ones
		}
		if sc > bestScore || at > bestPos {
			best, bestScore, bestPos = i, sc, at
		}
	}
	return best
}

// insideQuote reports whether s lies inside a quotation.
func (x *docState) insideQuote(s span) bool {
	for _, q := range x.quotes {
		if q.outer.contains(s) {
			return true
		}
	}
	return false
}
