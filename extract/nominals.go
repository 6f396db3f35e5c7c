package extract

import (
	"sort"
	"strings"

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
func (x *docState) findNominals() {
	c := x.c
	for si, s := range x.sents {
		if x.paras[s.para].headline {
			continue
		}
		toks := s.tokens
		for i := 0; i < len(toks); i++ {
			if toks[i].lower != "the" || x.insideQuote(toks[i].span) {
				continue
			}
			j := i + 1
			country, affiliated := "", false
			for j < len(toks) && toks[j].isCapitalised() && j-i <= 3 {
				if end, v, ok := c.demonyms.longestAt(x.t.raw, toks[j].start, s.end); ok {
					country, affiliated = c.placeInfo[v].Country, true
					for j < len(toks) && toks[j].start < end {
						j++
					}
					continue
				}
				if end, v, ok := c.places.longestAt(x.t.raw, toks[j].start, s.end); ok {
					country, affiliated = c.placeInfo[v].Country, true
					for j < len(toks) && toks[j].start < end {
						j++
					}
					continue
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
				nm := nominal{sent: si, first: i, last: j + n - 1, span: span{toks[i].start, toks[j+n-1].end}, entity: -1}
				nm.entity = x.resolveRole(titles, country, affiliated, nm.start)
				nm.resolvedBy = schema.ByNominal
				if !affiliated && isTitleName(titles, phrase) {
					nm.resolvedBy = schema.ByTitle
				}
				if nm.entity >= 0 {
					p := x.people[nm.entity]
					p.mentions = append(p.mentions, personMention{span: nm.span, sent: si, nominal: true})
				}
				x.nominals = append(x.nominals, nm)
				i = nm.last
				break
			}
		}
	}
	for _, p := range x.people {
		sort.Slice(p.mentions, func(i, j int) bool { return p.mentions[i].start < p.mentions[j].start })
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

// resolveRole picks the person a role description refers to.
func (x *docState) resolveRole(titles []string, country string, affiliated bool, pos int) int {
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
		case !affiliated:
			return 2
		case country != "" && p.affCountry == country:
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
		at := -1
		for _, m := range p.mentions {
			if m.start < pos {
				at = m.start
			}
		}
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
