package reconcile

import (
	"sort"
	"strings"

	"github.com/newsfacts/extract/rules"
	"github.com/newsfacts/extract/schema"
)

// titleSet holds the match keys of every title and its abbreviations
// ("president", "prime minister", "sen"), as word sequences.
type titleSet [][]string

func newTitleSet(f *rules.TitlesFile) titleSet {
	var ts titleSet
	seen := map[string]bool{}
	add := func(s string) {
		k := schema.Key(s)
		if k != "" && !seen[k] {
			seen[k] = true
			ts = append(ts, strings.Fields(k))
		}
	}
	for _, t := range f.Titles {
		add(t.Title)
		for _, a := range t.Abbreviations {
			add(a)
		}
	}
	// Longest first, so that "prime minister" is stripped whole.
	sort.SliceStable(ts, func(i, j int) bool { return len(ts[i]) > len(ts[j]) })
	return ts
}

// nameWords returns the words of a name's match key without the titles in
// front of it: "President Donald J. Trump" and "Donald J Trump" both give
// [donald j trump]; "Orbán" and "Orban" both [orban]. A name made only of
// titles is kept whole.
func (ts titleSet) nameWords(name string, own []string) []string {
	words := strings.Fields(schema.Key(name))
	extra := make(titleSet, 0, len(own))
	for _, t := range own {
		if k := schema.Key(t); k != "" {
			extra = append(extra, strings.Fields(k))
		}
	}
	for {
		n := 0
		for _, set := range []titleSet{extra, ts} {
			for _, t := range set {
				if len(t) < len(words) && equalWords(words[:len(t)], t) {
					n = len(t)
					break
				}
			}
			if n > 0 {
				break
			}
		}
		if n == 0 {
			return words
		}
		words = words[n:]
	}
}

func equalWords(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// personOcc is one Person of one version.
type personOcc struct {
	v     int
	p     *schema.Person
	words []string
	first int // start of the first mention
	rank  int // index in the record
}

// peopleIndex is the people of a story and how to find them.
type peopleIndex struct {
	facts []schema.StoryPerson
	// byID maps, per version, the Extraction's person id to a fact.
	byID []map[string]int
	// byName maps a name's key (titles stripped) to a fact.
	byName map[string]int
	words  [][]string // canonical name words per fact
	titles titleSet
}

// alignPeople groups the people of every version: one name key (accents,
// case and titles aside: Orbán is Orban); the same first and last name
// (Donald Trump is Donald J. Trump); and a single name that is the last name
// or an alias of exactly one full name of the story (Trump).
func alignPeople(vs []version, titles titleSet) *peopleIndex {
	var occs []personOcc
	for v := range vs {
		for i := range vs[v].rec.People {
			p := &vs[v].rec.People[i]
			first := int(^uint(0) >> 1)
			for _, m := range p.Mentions {
				first = min(first, m.Span[0])
			}
			occs = append(occs, personOcc{v: v, p: p, words: titles.nameWords(p.Name, p.Titles), first: first, rank: i})
		}
	}
	sort.SliceStable(occs, func(i, j int) bool {
		a, b := occs[i], occs[j]
		if a.v != b.v {
			return a.v < b.v
		}
		if a.first != b.first {
			return a.first < b.first
		}
		return a.rank < b.rank
	})
	uf := newUnionFind(len(occs))
	byKey := map[string]int{}
	byFirstLast := map[string]int{}
	for i, o := range occs {
		k := strings.Join(o.words, " ")
		if j, ok := byKey[k]; ok {
			uf.union(i, j)
		} else {
			byKey[k] = i
		}
		if len(o.words) >= 2 {
			fl := o.words[0] + " " + o.words[len(o.words)-1]
			if j, ok := byFirstLast[fl]; ok {
				uf.union(i, j)
			} else {
				byFirstLast[fl] = i
			}
		}
	}
	// A single name joins the one full name it can stand for.
	short := map[string][]int{} // word -> full-name occurrences it may stand for
	for i, o := range occs {
		if len(o.words) < 2 {
			continue
		}
		short[o.words[len(o.words)-1]] = append(short[o.words[len(o.words)-1]], i)
		for _, a := range o.p.Aliases {
			if aw := strings.Fields(schema.Key(a)); len(aw) == 1 {
				short[aw[0]] = append(short[aw[0]], i)
			}
		}
	}
	for i, o := range occs {
		if len(o.words) != 1 {
			continue
		}
		if root, ok := uniqueRoot(uf, short[o.words[0]]); ok {
			uf.union(i, root)
		}
	}

	idx := &peopleIndex{byID: make([]map[string]int, len(vs)), byName: map[string]int{}, titles: titles}
	for v := range idx.byID {
		idx.byID[v] = map[string]int{}
	}
	factOf := map[int]int{}
	var members [][]int
	for i := range occs {
		r := uf.find(i)
		f, ok := factOf[r]
		if !ok {
			f = len(members)
			factOf[r] = f
			members = append(members, nil)
		}
		members[f] = append(members[f], i)
	}
	for f, ms := range members {
		canon := ms[0]
		for _, i := range ms {
			if len(occs[i].words) > len(occs[canon].words) {
				canon = i
			}
		}
		c := occs[canon].p
		sp := schema.StoryPerson{
			ID: schema.PersonID(c.Name), Name: c.Name,
			Aliases: []string{}, Titles: []string{}, SeenIn: []string{}, Variants: []schema.PersonVariant{},
		}
		nameKey := schema.Key(c.Name)
		aliasSeen := map[string]bool{nameKey: true}
		titleSeen := map[string]bool{}
		for _, i := range ms {
			o := occs[i]
			for _, a := range o.p.Aliases {
				if k := schema.Key(a); k != "" && !aliasSeen[k] {
					aliasSeen[k] = true
					sp.Aliases = append(sp.Aliases, a)
				}
			}
			// Another spelling of the name is an alias too (Orban for Orbán
			// stays out: its key is the same).
			if k := schema.Key(o.p.Name); !aliasSeen[k] {
				aliasSeen[k] = true
				sp.Aliases = append(sp.Aliases, o.p.Name)
			}
			for _, t := range o.p.Titles {
				if k := schema.Key(t); k != "" && !titleSeen[k] {
					titleSeen[k] = true
					sp.Titles = append(sp.Titles, t)
				}
			}
			if sp.Affiliation == "" {
				sp.Affiliation = o.p.Affiliation
			}
			doc := vs[o.v].rec.Doc.ID
			if n := len(sp.SeenIn); n == 0 || sp.SeenIn[n-1] != doc {
				sp.SeenIn = append(sp.SeenIn, doc)
			}
			mentions := o.p.Mentions
			if mentions == nil {
				mentions = []schema.Mention{}
			}
			sp.Variants = append(sp.Variants, schema.PersonVariant{DocID: doc, PersonID: o.p.ID, Name: o.p.Name, Mentions: mentions})
			idx.byID[o.v][o.p.ID] = f
			k := strings.Join(o.words, " ")
			if _, ok := idx.byName[k]; !ok {
				idx.byName[k] = f
			}
		}
		idx.facts = append(idx.facts, sp)
		idx.words = append(idx.words, occs[canon].words)
	}
	return idx
}

// uniqueRoot returns the root shared by every occurrence in is, if there is
// exactly one.
func uniqueRoot(uf *unionFind, is []int) (int, bool) {
	root := -1
	for _, i := range is {
		r := uf.find(i)
		if root >= 0 && r != root {
			return 0, false
		}
		root = r
	}
	return root, root >= 0
}

// lookup finds the fact of a name that no Person of the version carries
// (a speaker known only by name): by name key, by first and last name, or
// as the last name of exactly one full name. It returns -1 when none fits.
func (idx *peopleIndex) lookup(name string) int {
	words := idx.titles.nameWords(name, nil)
	if f, ok := idx.byName[strings.Join(words, " ")]; ok {
		return f
	}
	found := -1
	for f, fw := range idx.words {
		match := false
		switch {
		case len(words) == 1 && len(fw) >= 1:
			match = fw[len(fw)-1] == words[0]
		case len(words) >= 2 && len(fw) >= 2:
			match = fw[0] == words[0] && fw[len(fw)-1] == words[len(words)-1]
		}
		if match {
			if found >= 0 {
				return -1
			}
			found = f
		}
	}
	return found
}

// speaker maps a quote's speaker in version v to the story's people.
func (idx *peopleIndex) speaker(v int, s *schema.Speaker) *schema.StorySpeaker {
	if s == nil {
		return nil
	}
	f, ok := -1, false
	if s.PersonID != "" {
		f, ok = idx.byID[v][s.PersonID]
	}
	if !ok {
		f = idx.lookup(s.Name)
	}
	out := &schema.StorySpeaker{Name: s.Name}
	if f >= 0 {
		out = &schema.StorySpeaker{Name: idx.facts[f].Name, PersonID: idx.facts[f].ID}
	}
	if s.Original != nil {
		out.Original = idx.speaker(v, s.Original)
	}
	return out
}

// speakerKey is the identity under which two speakers are the same: whose
// words they are, so that "Trump said" and "Trump said, CNN reported" agree.
func speakerKey(s *schema.StorySpeaker) string {
	if s == nil {
		return ""
	}
	if s.Original != nil {
		return speakerKey(s.Original)
	}
	if s.PersonID != "" {
		return s.PersonID
	}
	return "name:" + schema.Key(s.Name)
}
