package extract

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsfacts/extract/rules"
	"github.com/newsfacts/extract/schema"
)

// placeRecords finds the places of the text: the gazetteer's names, and the
// names the place patterns recognise by their shape ("Rapides Parish",
// "Orchard St.") or context ("in Bicester", "Glen Carbon, Ill."). One record
// per place, with every mention.
//
//   - A place name inside a person's name is not a mention of the place.
//   - A demonym ("Russian troops", "Palestinians") is a mention of its
//     place, of form "demonym", unless inside an organisation's name or a
//     person's or a people's ("African-American"), or naming a language
//     ("spoke French") or a title ("The New Yorker").
//   - An ambiguous gazetteer name ("Lincoln", "Ripley") counts only in a
//     document where a pattern's context confirms it at least once; where
//     the document also uses it in the name of someone it names as a person
//     (a title, a known first name: "Coach Ripley"), only its confirmed
//     mentions count; a name only capitals made a person's ("StandUp
//     DeKalb") is no mention but leaves the others alone.
//   - A name a pattern found counts wherever the document repeats it.
//   - Where two candidates overlap, the longer wins ("Madison County" over
//     "Madison"), then the gazetteer's.
func (x *docState) placeRecords() []schema.Place {
	var persons, named, orgs, titles []span
	var leading []int
	for _, p := range x.people {
		_, knownFirst := x.c.firstNames[p.firstKey]
		strong := len(p.titles) > 0 || p.rule >= 0 || knownFirst || p.found == "people:initials"
		for _, m := range p.mentions {
			if !m.nominal {
				persons = append(persons, m.span)
				if strong {
					named = append(named, m.span)
				}
			}
		}
	}
	for _, chs := range x.chunks {
		for _, ch := range chs {
			// A name after a title is a person's, after a courtesy title
			// too ("Mr. Stroud", "Ms. Fitzgibbon"), which the person
			// does not keep among its titles.
			if ch.hasTitle && !ch.isOrg && !ch.isPlace && !ch.name.empty() {
				named = append(named, ch.name)
				titles = append(titles, ch.titleSpans...)
			}
			if ch.isOrg && !ch.name.empty() {
				orgs = append(orgs, ch.name)
				// A title-case name after "The" is an institution as a whole
				// ("The Washington Post"): its place is no mention.
				toks := x.sents[ch.sent].tokens
				if ch.first > 0 && toks[ch.first-1].text == "The" {
					orgs = append(orgs, span{toks[ch.first].start, toks[ch.last].end})
				}
				leading = append(leading, x.leadingPlace(ch))
			}
		}
	}
	pr := x.c.placePats
	var cands []placeCand
	var confirmed []span
	pd := newPlaceDoc(x, persons, named)
	defer pd.release()
	for si := range x.sents {
		c, conf := x.findPatternPlaces(si, pd)
		cands = append(cands, c...)
		confirmed = append(confirmed, conf...)
	}
	gazetteer := func(m *phraseMatcher, weak, demonym bool) {
		for _, p := range x.paras {
			m.findAll(x.t.masked, p.span, func(sp span, v int) {
				info := x.c.placeInfo[v]
				cands = append(cands, placeCand{span: sp, entry: v, weak: weak, pattern: -1,
					demonym: demonym, name: info.Name, kind: info.Kind, country: info.Country})
			})
		}
	}
	gazetteer(&x.c.places, false, false)
	gazetteer(&pr.weak, true, false)
	gazetteer(&x.c.demonyms, false, true)
	var peoples []span
	for _, p := range x.paras {
		x.c.peoples.findAll(x.t.masked, p.span, func(sp span, _ int) { peoples = append(peoples, sp) })
	}

	sel := placeSelection{x: x, pd: pd, persons: persons, named: named, orgs: orgs, titles: titles, peoples: peoples, leading: leading}
	chosen := sel.choose(cands, confirmed)
	// Names listed with places are places ("Newark, Heath and Pataskala").
	if more, conf := x.coordinatedPlaces(pd, chosen); len(more) > 0 || len(conf) > 0 {
		chosen = sel.choose(append(cands, more...), append(confirmed, conf...))
	}
	// A name that speaks ("Carrier said") or is a company ("Carrier
	// Corp.") somewhere in the document is no place anywhere in it.
	speaks := map[string]bool{}
	kept := chosen[:0]
	for _, c := range chosen {
		if c.entry < 0 && contextOnly[pr.patterns[c.pattern].Type] {
			name := c.span.text(x.t.raw)
			if _, ok := speaks[name]; !ok {
				speaks[name] = x.speaksSomewhere(name)
			}
			if speaks[name] {
				continue
			}
		}
		kept = append(kept, c)
	}
	chosen = kept

	// A name a pattern found counts wherever the document repeats it.
	var found phraseMatcher
	var foundCands []placeCand
	for _, c := range chosen {
		if c.entry < 0 && !c.list {
			found.add(c.span.text(x.t.raw), len(foundCands))
			if c.name != c.span.text(x.t.raw) {
				found.add(c.name, len(foundCands)) // "TEGA CAY" and "Tega Cay"
			}
			foundCands = append(foundCands, c)
		}
	}
	if len(foundCands) > 0 {
		taken := make([]span, len(chosen))
		for i, c := range chosen {
			taken[i] = c.span
		}
		for _, p := range x.paras {
			found.findAll(x.t.masked, p.span, func(sp span, v int) {
				if overlapsAny(sp, taken) || overlapsAny(sp, named) {
					return
				}
				c := foundCands[v]
				c.span = sp
				chosen = append(chosen, c)
			})
		}
		sort.SliceStable(chosen, func(i, j int) bool { return chosen[i].start < chosen[j].start })
	}

	// One record per gazetteer entry, and per other name; a name a pattern
	// found that is also a gazetteer entry's name here joins its record.
	entryByName := map[string]int{}
	for _, c := range chosen {
		if c.entry >= 0 {
			if _, ok := entryByName[strings.ToLower(c.name)]; !ok {
				entryByName[strings.ToLower(c.name)] = c.entry
			}
		}
	}
	byKey := map[string]int{}
	out := []schema.Place{}
	for _, c := range chosen {
		key := strings.ToLower(c.name) + "\x00" + c.country
		if e, ok := entryByName[strings.ToLower(c.name)]; ok && c.entry < 0 {
			info := x.c.placeInfo[e]
			c.entry, c.name, c.kind, c.country = e, info.Name, info.Kind, info.Country
		}
		if c.entry >= 0 {
			key = "\x01" + strconv.Itoa(c.entry)
		}
		i, ok := byKey[key]
		if !ok {
			i = len(out)
			byKey[key] = i
			rule := "gazetteer:" + entryID(x.c.placeInfo[max(c.entry, 0)])
			if c.entry < 0 {
				rule = "place_patterns:" + x.c.placePats.patterns[c.pattern].ID
			}
			out = append(out, schema.Place{ID: schema.PlaceID(c.name, c.country), Name: c.name,
				Kind: c.kind, Country: c.country, Mentions: []schema.Mention{}, Rule: rule})
		}
		m := x.t.mention(c.span)
		if c.demonym {
			m.Form = "demonym"
		}
		out[i].Mentions = append(out[i].Mentions, m)
	}
	return out
}

// opensAmount reports whether the name at sp runs into a group of digits
// after a comma ("N1,030", "R2,500"): an amount, not a place.
func (x *docState) opensAmount(sp span) bool {
	rest := x.t.raw[sp.end:]
	return len(rest) > 1 && rest[0] == ',' && rest[1] >= '0' && rest[1] <= '9'
}

// demonymNamesOther reports whether the demonym at sp names something other
// than its place: a language, after a verb of speaking ("spoke only
// French") or after "in" at the end of a phrase ("wrote in Russian."); or a
// title after a capitalised "The" inside a sentence ("as The New Yorker put
// it").
func (x *docState) demonymNamesOther(sp span) bool {
	raw := x.t.raw
	before := strings.Fields(raw[max(0, sp.start-40):sp.start])
	if len(before) == 0 {
		return false
	}
	if head := strings.TrimSuffix(raw[:sp.start], "The "); len(head) < sp.start {
		if r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(head, " ")); unicode.IsLetter(r) || unicode.IsDigit(r) || r == ',' {
			return true
		}
	}
	prev := strings.ToLower(before[len(before)-1])
	if len(before) >= 2 && (prev == "only" || prev == "fluent") {
		prev = strings.ToLower(before[len(before)-2])
	}
	switch prev {
	case "speak", "speaks", "spoke", "speaking", "spoken":
		return true
	case "in":
		rest := strings.TrimLeft(raw[sp.end:], " ")
		return rest == "" || strings.ContainsRune(".,;:)", rune(rest[0]))
	}
	return false
}

// placeSelection decides which candidates are places.
type placeSelection struct {
	x                    *docState
	pd                   *placeDoc
	persons, named, orgs []span
	// titles are the titles written before a named person's name; a
	// gazetteer alias that is one whole ("Del." of "Del. Jane Doe") is the
	// title there, not the place.
	titles  []span
	peoples []span // "African-American": see rules.GazetteerFile.Peoples
	// leading are where places may lead an organisation's name, the
	// organisation being the place's ("The Indiana Department of Natural
	// Resources", "Northeast Georgia Medical Center"): see leadingPlace.
	leading []int
}

// choose filters the candidates and resolves their overlaps.
func (sel placeSelection) choose(cands []placeCand, confirmed []span) []placeCand {
	x, pr := sel.x, sel.x.c.placePats
	// Which ambiguous entries the document confirms, and which it also
	// uses in the name of someone it names as a person.
	confirmedEntry := map[int]bool{}
	personal := map[int]bool{}
	for i := range cands {
		c := &cands[i]
		if c.entry < 0 {
			continue
		}
		if c.pattern >= 0 || x.confirmedAt(c.span, confirmed) {
			c.context = true
			confirmedEntry[c.entry] = true
		}
		if c.weak && overlapsAny(c.span, sel.named) {
			personal[c.entry] = true
		}
	}
	var kept []placeCand
	for _, c := range cands {
		gazetteerOnly := c.entry >= 0 && c.pattern < 0
		switch {
		case c.demonym && (overlapsAny(c.span, sel.orgs) || overlapsAny(c.span, sel.persons) ||
			overlapsAny(c.span, sel.peoples) || x.demonymNamesOther(c.span)):
			// "the Royal British Legion", "Monica French",
			// "African-American", "spoke only French", "The New Yorker".
		case gazetteerOnly && slices.Contains(sel.titles, c.span):
			// A title before a name: "Del. Chester Hanratty-Voss".
		case gazetteerOnly && !c.weak && overlapsAny(c.span, sel.named):
			// Part of the name of someone the text names as a person.
		case c.weak && overlapsAny(c.span, sel.persons):
			// An ambiguous name inside anything that looks like a name.
		case gazetteerOnly && !c.weak && !c.context && overlapsAny(c.span, sel.orgs) && !sel.leads(c.span):
			// In an organisation's name ("AC Milan", "Sam Houston State
			// University"), unless a context makes it the place ("Paris
			// Police Department") or it leads the name.
		case gazetteerOnly && x.beforeMediaWord(c.span):
			// A newspaper's name: "The Washington Post", "Des Moines Register".
		case c.weak && !confirmedEntry[c.entry]:
			// An ambiguous name no context confirms in the document.
		case c.weak && personal[c.entry] && !c.context:
			// The document also uses it in a named person's name.
		case gazetteerOnly && x.firstNameBeforeName(c.span, sel.pd):
			// A first name: "Chad Walker".
		case c.entry < 0 && overlapsAny(c.span, sel.named) && pr.patterns[c.pattern].Type == "prefix":
			// "Lake" or "Mount" starting someone's name.
		case c.entry < 0 && x.opensAmount(c.span):
			// "N1,030 per litre": a currency sign and an amount.
		default:
			kept = append(kept, c)
		}
	}
	return sel.resolveOverlaps(kept)
}

// leadingPlace returns where a place may lead an organisation's name: its
// first word after direction words and adjectives ("Northeast Georgia
// Medical Center", "The Indiana Department of Natural Resources", "the
// Jewish West Bank settlement", where "Bank" made the chunk an
// organisation's). A gazetteer name there (or one
// the chunker cut: "St." "Cloud Hospital") is a mention of the place, whose
// organisation it is, as is a name only capitals made an organisation's
// ("South L.A."); one that follows another word is not ("AC Milan", "George
// Washington High School").
func (x *docState) leadingPlace(ch chunk) int {
	toks := x.sents[ch.sent].tokens
	i := ch.first
	for i < ch.last && (x.c.placePats.modifiers[toks[i].lower] || toks[i].tag == "JJ") {
		i++
	}
	return toks[i].start
}

// beforeMediaWord reports whether a media word follows sp: "Washington
// Post", "Des Moines Register".
func (x *docState) beforeMediaWord(sp span) bool {
	media := x.c.placePats.media
	if len(media) == 0 {
		return false
	}
	rest := x.t.masked[sp.end:]
	if !strings.HasPrefix(rest, " ") {
		return false
	}
	rest = rest[1:]
	if i := strings.IndexFunc(rest, func(r rune) bool { return !isWordRune(r) && r != '-' }); i >= 0 {
		rest = rest[:i]
	}
	return media[rest]
}

// leads reports whether sp leads an organisation's name (see leadingPlace).
func (sel placeSelection) leads(sp span) bool {
	for _, at := range sel.leading {
		if sp.start <= at && at < sp.end {
			return true
		}
	}
	return false
}

// confirmedAt reports whether a pattern's context confirms the gazetteer
// name at sp: the context names exactly it, or it followed by words that
// only name organisations ("in Gainesville Police Department").
func (x *docState) confirmedAt(sp span, confirmed []span) bool {
	for _, c := range confirmed {
		if c == sp {
			return true
		}
		if c.start == sp.start && c.end > sp.end {
			rest := strings.Fields(x.t.raw[sp.end:c.end])
			if len(rest) > 0 && x.c.notNames[x.fold(rest[0])] {
				return true
			}
		}
	}
	return false
}

// firstNameBeforeName reports whether a one-word gazetteer name is a first
// name here: a known first name followed by one capitalised word that is no
// place, title or organisation word ("Chad Johnson", "Austin Dillon").
func (x *docState) firstNameBeforeName(sp span, pd *placeDoc) bool {
	name := sp.text(x.t.raw)
	if strings.ContainsAny(name, " .") {
		return false
	}
	if !x.givenName(name) {
		return false
	}
	rest := x.t.masked[sp.end:]
	if !strings.HasPrefix(rest, " ") {
		return false
	}
	rest = rest[1:]
	w := rest
	if i := strings.IndexFunc(rest, func(r rune) bool { return !isWordRune(r) && r != '-' && r != '\'' }); i >= 0 {
		w = rest[:i]
	}
	if w == "" || !startsUpper(w) || x.c.notNames[x.fold(w)] || pd.writtenLower(strings.ToLower(w)) {
		return false // "Paris Library": a word the text also writes in lower case
	}
	if next, _ := utf8.DecodeRuneInString(rest[len(w):]); (next == '\'' || next == '\u2019') && strings.HasSuffix(w, "s") {
		return false // "Dallas Cowboys'"
	}
	// Only a two-word name: "Paris Junior College" is no person.
	after := strings.TrimLeft(rest[len(w):], " ")
	if r, _ := utf8.DecodeRuneInString(after); unicode.IsUpper(r) {
		return false
	}
	_, _, isPlace := x.c.places.longestAt(x.t.raw, sp.end+1, len(x.t.raw))
	_, _, isTitle := x.c.titles.longestAt(x.t.raw, sp.end+1, len(x.t.raw))
	_, isSuffix := x.c.placePats.suffixes[w]
	return !isPlace && !isTitle && !isSuffix
}

func startsUpper(s string) bool {
	for _, r := range s {
		return r >= 'A' && r <= 'Z' || r > 0x7f && strings.ToUpper(string(r)) == string(r) && strings.ToLower(string(r)) != string(r)
	}
	return false
}

func overlapsAny(s span, list []span) bool {
	for _, o := range list {
		if o.overlaps(s) {
			return true
		}
	}
	return false
}

// resolveOverlaps keeps, among overlapping candidates, the longest, then
// the gazetteer's (a known name before a pattern's guess), then a name's
// shape's over its context's, then the first.
func (sel placeSelection) resolveOverlaps(cands []placeCand) []placeCand {
	rank := func(c placeCand) int {
		switch {
		case c.list:
			return -1 // "Jackson and Barrow counties": the context says which
		case c.entry >= 0 && !c.weak:
			return 0
		case c.entry >= 0:
			return 1
		case contextOnly[sel.x.c.placePats.patterns[c.pattern].Type]:
			// A name's shape says more than its context: "Officials in
			// Loudoun County said" is the county even if the county
			// speaks, which makes a name found by "in" alone no place.
			return 3
		}
		return 2
	}
	order := make([]int, len(cands))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool {
		a, b := cands[order[i]], cands[order[j]]
		if a.len() != b.len() {
			return a.len() > b.len()
		}
		if rank(a) != rank(b) {
			return rank(a) < rank(b)
		}
		return a.start < b.start
	})
	var out []placeCand
	var taken []span
	for _, i := range order {
		c := cands[i]
		if overlapsAny(c.span, taken) {
			continue
		}
		taken = append(taken, c.span)
		out = append(out, c)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].start < out[j].start })
	return out
}

// speaksSomewhere reports whether name is followed somewhere in the text by
// a speech verb ("Carrier said") or a company word ("Carrier Corp.").
func (x *docState) speaksSomewhere(name string) bool {
	text := x.t.masked
	for i := 0; ; {
		j := strings.Index(text[i:], name)
		if j < 0 {
			return false
		}
		end := i + j + len(name)
		i = end
		rest := strings.TrimPrefix(strings.TrimPrefix(text[end:], "'s"), "\u2019s")
		if r, _ := utf8.DecodeRuneInString(rest); isWordRune(r) || !strings.HasPrefix(rest, " ") {
			continue
		}
		next := strings.TrimLeft(rest, " ")
		if k := strings.IndexFunc(next, func(r rune) bool { return !isWordRune(r) && r != '.' }); k >= 0 {
			next = next[:k]
		}
		if _, ok := x.c.cues[strings.ToLower(next)]; ok {
			return true
		}
		if w := strings.TrimSuffix(next, "."); w != "" && companyWords[strings.ToLower(w)] {
			return true
		}
	}
}

// contextOnly are the pattern types that know a name from its context
// alone, not from its shape.
var contextOnly = map[string]bool{"before": true, "after": true, "coordinated": true}

var companyWords = map[string]bool{"inc": true, "corp": true, "co": true, "ltd": true, "llc": true, "plc": true,
	"corporation": true, "company": true, "incorporated": true, "group": true, "holdings": true}

// entryID names a gazetteer entry as the rule loader does: its id, else
// its name, so that the place's rule leads to where the entry is written.
func entryID(p rules.PlaceRule) string {
	if p.ID != "" {
		return p.ID
	}
	return p.Name
}
