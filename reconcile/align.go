package reconcile

import (
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/newsfacts/extract/rules"
	"github.com/newsfacts/extract/schema"
)

// version is one record of a story, in story order.
type version struct {
	rec schema.Extraction
}

// buildStory aligns the facts of a story's versions (given in order) and
// lists what changed between consecutive versions and where they disagree.
// StoryID, StoryKey and the versions' JoinedBy are left to the caller.
func buildStory(vs []version, st rules.ReconcileSettings, titles titleSet) schema.Story {
	s := schema.Story{
		SchemaVersion: schema.StorySchemaVersion,
		Versions:      make([]schema.StoryVersion, len(vs)),
		Changes:       []schema.StoryChange{},
		Conflicts:     []schema.StoryConflict{},
	}
	for i, v := range vs {
		d := v.rec.Doc
		s.Versions[i] = schema.StoryVersion{DocID: d.ID, Published: d.Published, Source: d.Source, URL: d.URL, Title: d.Title, ContentHash: d.ContentHash}
	}
	people := alignPeople(vs, titles)
	places := alignPlaces(vs)
	quotes := alignQuotes(vs, st, people)
	dates := alignDates(vs, quotes)
	s.People = people.facts
	s.Places = places.facts
	s.Quotes = quotes.facts
	s.Dates = dates.facts

	var all []*presence
	all = append(all, quotes.presence...)
	all = append(all, people.presence(vs)...)
	all = append(all, places.presence...)
	all = append(all, dates.presence...)
	for i := 0; i+1 < len(vs); i++ {
		c := schema.StoryChange{
			From: vs[i].rec.Doc.ID, To: vs[i+1].rec.Doc.ID,
			Added: []schema.FactRef{}, Removed: []schema.FactRef{},
			Edited: []schema.QuoteEdit{}, Reattributed: []schema.Reattribution{},
		}
		for _, p := range all {
			switch {
			case p.in[i] && !p.in[i+1]:
				c.Removed = append(c.Removed, p.ref)
			case !p.in[i] && p.in[i+1]:
				c.Added = append(c.Added, p.ref)
			}
		}
		for f := range quotes.facts {
			qv := quotes.perVersion[f]
			a, b := qv[i], qv[i+1]
			if a == nil || b == nil {
				continue
			}
			if a.words() != b.words() {
				c.Edited = append(c.Edited, schema.QuoteEdit{
					ID: quotes.facts[f].ID, FromText: a.text, ToText: b.text, Diff: wordDiff(a.text, b.text),
				})
			}
			if from, to, ok := reattributed(a.speakers, b.speakers); ok {
				c.Reattributed = append(c.Reattributed, schema.Reattribution{
					ID: quotes.facts[f].ID, Text: quotes.facts[f].Text, From: *from, To: *to,
				})
			}
		}
		s.Changes = append(s.Changes, c)
	}
	s.Conflicts = append(s.Conflicts, quotes.conflicts()...)
	s.Conflicts = append(s.Conflicts, dates.conflicts()...)
	return s
}

// presence records in which versions a fact appears.
type presence struct {
	ref schema.FactRef
	in  []bool
}

func newPresence(kind, id, label string, n int) *presence {
	return &presence{ref: schema.FactRef{Kind: kind, ID: id, Label: label}, in: make([]bool, n)}
}

func (idx *peopleIndex) presence(vs []version) []*presence {
	out := make([]*presence, len(idx.facts))
	at := map[string]int{}
	for i, v := range vs {
		at[v.rec.Doc.ID] = i
	}
	for f, p := range idx.facts {
		out[f] = newPresence(schema.FactPerson, p.ID, p.Name, len(vs))
		for _, d := range p.SeenIn {
			out[f].in[at[d]] = true
		}
	}
	return out
}

// appendSeen adds doc to a seen_in list kept in version order.
func appendSeen(seen []string, doc string) []string {
	if n := len(seen); n > 0 && seen[n-1] == doc {
		return seen
	}
	return append(seen, doc)
}

// ---- places

type placeIndex struct {
	facts    []schema.StoryPlace
	presence []*presence
}

// alignPlaces groups places by gazetteer entry (their id).
func alignPlaces(vs []version) *placeIndex {
	type occ struct {
		v, first, rank int
		p              *schema.Place
	}
	var occs []occ
	for v := range vs {
		for i := range vs[v].rec.Places {
			p := &vs[v].rec.Places[i]
			first := int(^uint(0) >> 1)
			for _, m := range p.Mentions {
				first = min(first, m.Span[0])
			}
			occs = append(occs, occ{v, first, i, p})
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
	idx := &placeIndex{facts: []schema.StoryPlace{}}
	at := map[string]int{}
	for _, o := range occs {
		f, ok := at[o.p.ID]
		if !ok {
			f = len(idx.facts)
			at[o.p.ID] = f
			idx.facts = append(idx.facts, schema.StoryPlace{
				ID: o.p.ID, Name: o.p.Name, Kind: o.p.Kind, Country: o.p.Country,
				SeenIn: []string{}, Variants: []schema.PlaceVariant{},
			})
			idx.presence = append(idx.presence, newPresence(schema.FactPlace, o.p.ID, o.p.Name, len(vs)))
		}
		doc := vs[o.v].rec.Doc.ID
		idx.facts[f].SeenIn = appendSeen(idx.facts[f].SeenIn, doc)
		idx.presence[f].in[o.v] = true
		mentions := o.p.Mentions
		if mentions == nil {
			mentions = []schema.Mention{}
		}
		idx.facts[f].Variants = append(idx.facts[f].Variants, schema.PlaceVariant{DocID: doc, Mentions: mentions})
	}
	return idx
}

// ---- quotes

// quoteOcc is one Quote of one version.
type quoteOcc struct {
	v     int
	rank  int
	q     *schema.Quote
	key   string
	words []string
	spk   *schema.StorySpeaker
}

// quoteVersion is a story quote as one version has it.
type quoteVersion struct {
	keys     []string // the distinct keys of its occurrences, in text order
	text     string   // their texts, joined by spaces
	speakers []*schema.StorySpeaker
}

// words is the quote's match key in this version: a quote split in two
// in one version and whole in another has the same words in both.
func (qv *quoteVersion) words() string { return strings.Join(qv.keys, " ") }

type quoteIndex struct {
	facts      []schema.StoryQuote
	presence   []*presence
	perVersion [][]*quoteVersion // [fact][version]
	occs       []quoteOcc
	factOf     []int // per occurrence
}

// alignQuotes groups the quotes of every version into story quotes, in
// three steps: the same match key (case, accents, quotation marks and
// punctuation aside); a quote contained in a longer quote of versions that
// do not carry it (a partial or split quote); and, between quotes of
// versions that carry neither, the most similar pairs of words above
// quote_edit_similarity (an edited quote).
func alignQuotes(vs []version, st rules.ReconcileSettings, people *peopleIndex) *quoteIndex {
	var occs []quoteOcc
	for v := range vs {
		for i := range vs[v].rec.Quotes {
			q := &vs[v].rec.Quotes[i]
			k := schema.Key(q.Text)
			if k == "" {
				k = "\x00" + q.Text
			}
			occs = append(occs, quoteOcc{v: v, rank: i, q: q, key: k, words: strings.Fields(k), spk: people.speaker(v, q.Speaker)})
		}
	}
	sort.SliceStable(occs, func(i, j int) bool {
		a, b := occs[i], occs[j]
		if a.v != b.v {
			return a.v < b.v
		}
		if a.q.Span[0] != b.q.Span[0] {
			return a.q.Span[0] < b.q.Span[0]
		}
		return a.rank < b.rank
	})
	n := len(vs)

	// Step 1: clusters of one key.
	type cluster struct {
		key      string
		words    []string
		occs     []int
		vers     []bool
		speakers map[string]bool
	}
	var cs []*cluster
	byKey := map[string]int{}
	clusterOf := make([]int, len(occs))
	for i, o := range occs {
		c, ok := byKey[o.key]
		if !ok {
			c = len(cs)
			byKey[o.key] = c
			cs = append(cs, &cluster{key: o.key, words: o.words, vers: make([]bool, n), speakers: map[string]bool{}})
		}
		clusterOf[i] = c
		cs[c].occs = append(cs[c].occs, i)
		cs[c].vers[o.v] = true
		if k := speakerKey(o.spk); k != "" {
			cs[c].speakers[k] = true
		}
	}
	uf := newUnionFind(len(cs))

	// Step 2: containment. A short quote joins the longer quote containing
	// it only when no version carries both (so that "very good chance",
	// quoted apart from the full sentence in the same version, stays a
	// quote of its own). One word must also share the speaker.
	sameSpeaker := func(a, b *cluster) bool {
		if len(a.speakers) == 0 || len(b.speakers) == 0 {
			return true
		}
		for k := range a.speakers {
			if b.speakers[k] {
				return true
			}
		}
		return false
	}
	for ai, a := range cs {
		if strings.HasPrefix(a.key, "\x00") {
			continue
		}
		best, bestSame := -1, false
		needle := " " + a.key + " "
		for bi, b := range cs {
			if bi == ai || len(b.words) <= len(a.words) || overlaps(a.vers, b.vers) {
				continue
			}
			if !strings.Contains(" "+b.key+" ", needle) {
				continue
			}
			same := sameSpeaker(a, b)
			if len(a.words) < 2 && !same {
				continue
			}
			if best < 0 || (same && !bestSame) {
				best, bestSame = bi, same
			}
		}
		if best >= 0 {
			uf.union(ai, best)
		}
	}

	// Step 3: edits. Groups are compared by the words they have in the
	// earliest version carrying them.
	type group struct {
		root  int
		first int // first occurrence
		vers  []bool
		words []string
	}
	groupOf := map[int]*group{}
	var groups []*group
	for i := range occs {
		r := uf.find(clusterOf[i])
		g, ok := groupOf[r]
		if !ok {
			g = &group{root: r, first: i, vers: make([]bool, n)}
			groupOf[r] = g
			groups = append(groups, g)
		}
		g.vers[occs[i].v] = true
	}
	for _, g := range groups {
		v0 := occs[g.first].v
		seen := map[string]bool{}
		for i := g.first; i < len(occs) && occs[i].v == v0; i++ {
			if uf.find(clusterOf[i]) == g.root && !seen[occs[i].key] {
				seen[occs[i].key] = true
				g.words = append(g.words, occs[i].words...)
			}
		}
	}
	type pair struct {
		a, b int // indexes in groups
		sim  float64
	}
	var pairs []pair
	const minEditWords = 4
	for a := range groups {
		for b := a + 1; b < len(groups); b++ {
			ga, gb := groups[a], groups[b]
			if len(ga.words) < minEditWords || len(gb.words) < minEditWords || overlaps(ga.vers, gb.vers) {
				continue
			}
			la, lb := len(ga.words), len(gb.words)
			if 2*float64(min(la, lb))/float64(la+lb) < st.QuoteEditSimilarity {
				continue
			}
			if sim := wordSimilarity(ga.words, gb.words); sim >= st.QuoteEditSimilarity {
				pairs = append(pairs, pair{a, b, sim})
			}
		}
	}
	sort.SliceStable(pairs, func(i, j int) bool { return pairs[i].sim > pairs[j].sim })
	gvers := make([][]bool, len(groups))
	gUF := newUnionFind(len(groups))
	for i, g := range groups {
		gvers[i] = g.vers
	}
	for _, p := range pairs {
		ra, rb := gUF.find(p.a), gUF.find(p.b)
		if ra == rb || overlaps(gvers[ra], gvers[rb]) {
			continue
		}
		gUF.union(ra, rb)
		r := gUF.find(ra)
		merged := make([]bool, n)
		for v := range merged {
			merged[v] = gvers[ra][v] || gvers[rb][v]
		}
		gvers[r] = merged
	}

	// Facts, in order of first appearance.
	idx := &quoteIndex{facts: []schema.StoryQuote{}, occs: occs, factOf: make([]int, len(occs))}
	groupIndex := map[int]int{}
	for i, g := range groups {
		groupIndex[g.root] = i
	}
	factOfRoot := map[int]int{}
	for i, o := range occs {
		r := gUF.find(groupIndex[uf.find(clusterOf[i])])
		f, ok := factOfRoot[r]
		if !ok {
			f = len(idx.facts)
			factOfRoot[r] = f
			idx.facts = append(idx.facts, schema.StoryQuote{
				ID: schema.QuoteID(o.q.Text), Text: o.q.Text, SeenIn: []string{}, Variants: []schema.QuoteVariant{},
			})
			idx.presence = append(idx.presence, newPresence(schema.FactQuote, schema.QuoteID(o.q.Text), o.q.Text, n))
			idx.perVersion = append(idx.perVersion, make([]*quoteVersion, n))
		}
		idx.factOf[i] = f
		fact := &idx.facts[f]
		doc := vs[o.v].rec.Doc.ID
		fact.SeenIn = appendSeen(fact.SeenIn, doc)
		idx.presence[f].in[o.v] = true
		var mention *schema.Mention
		if o.q.Speaker != nil {
			m := o.q.Speaker.Mention
			mention = &m
		}
		fact.Variants = append(fact.Variants, schema.QuoteVariant{
			DocID: doc, QuoteID: o.q.ID, Text: o.q.Text, Span: o.q.Span, Kind: o.q.Kind,
			Speaker: o.spk, Mention: mention, Cue: o.q.Cue,
		})
		if fact.Speaker == nil && o.spk != nil {
			fact.Speaker = o.spk
		}
		qv := idx.perVersion[f][o.v]
		if qv == nil {
			qv = &quoteVersion{}
			idx.perVersion[f][o.v] = qv
		}
		if !slices.Contains(qv.keys, o.key) {
			qv.keys = append(qv.keys, o.key)
			if qv.text != "" {
				qv.text += " "
			}
			qv.text += o.q.Text
		}
		if o.spk != nil {
			qv.speakers = append(qv.speakers, o.spk)
		}
	}
	return idx
}

func overlaps(a, b []bool) bool {
	for i := range a {
		if a[i] && b[i] {
			return true
		}
	}
	return false
}

// reattributed compares the speakers of a quote in two versions: when both
// name speakers and they differ, it returns the first speaker only the
// first version names and the first only the second names.
func reattributed(a, b []*schema.StorySpeaker) (*schema.StorySpeaker, *schema.StorySpeaker, bool) {
	if len(a) == 0 || len(b) == 0 {
		return nil, nil, false
	}
	inA, inB := map[string]bool{}, map[string]bool{}
	for _, s := range a {
		inA[speakerKey(s)] = true
	}
	for _, s := range b {
		inB[speakerKey(s)] = true
	}
	var from, to *schema.StorySpeaker
	for _, s := range a {
		if !inB[speakerKey(s)] {
			from = s
			break
		}
	}
	for _, s := range b {
		if !inA[speakerKey(s)] {
			to = s
			break
		}
	}
	if from == nil && to == nil {
		return nil, nil, false
	}
	if from == nil {
		from = a[0]
	}
	if to == nil {
		to = b[0]
	}
	return from, to, true
}

// conflicts lists the quotes whose versions name different speakers.
func (idx *quoteIndex) conflicts() []schema.StoryConflict {
	var out []schema.StoryConflict
	for f := range idx.facts {
		type val struct {
			s    *schema.StorySpeaker
			seen []string
		}
		var vals []*val
		at := map[string]*val{}
		for _, qv := range idx.facts[f].Variants {
			if qv.Speaker == nil {
				continue
			}
			k := speakerKey(qv.Speaker)
			x, ok := at[k]
			if !ok {
				x = &val{s: qv.Speaker}
				at[k] = x
				vals = append(vals, x)
			}
			x.seen = appendSeen(x.seen, qv.DocID)
		}
		if len(vals) < 2 {
			continue
		}
		c := schema.StoryConflict{Kind: schema.ConflictSpeaker, ID: idx.facts[f].ID, Label: idx.facts[f].Text}
		for _, x := range vals {
			c.Values = append(c.Values, schema.ConflictValue{Value: x.s.Name, PersonID: x.s.PersonID, SeenIn: x.seen})
		}
		out = append(out, c)
	}
	return out
}

// ---- dates

type dateIndex struct {
	facts    []schema.StoryDate
	presence []*presence
	keys     [][]string // per fact, the text key of each variant
}

// alignDates groups dates: a date inside a quote by the story quote and
// its position among the dates of that quote (so that the same words read
// against two publication dates stay one date); any other date by its
// resolved value (Friday and August 15 are one date), or by its words when
// it has no value.
func alignDates(vs []version, quotes *quoteIndex) *dateIndex {
	type occ struct {
		v   int
		d   *schema.Date
		key string
	}
	var occs []occ
	// Quote occurrences per version, in text order (quotes.occs is).
	byVersion := make([][]int, len(vs))
	for i, o := range quotes.occs {
		byVersion[o.v] = append(byVersion[o.v], i)
	}
	for v := range vs {
		dates := vs[v].rec.Dates
		inside := map[int][]int{} // quote occurrence -> dates in it
		where := make([]int, len(dates))
		for di := range dates {
			where[di] = -1
			for _, qi := range byVersion[v] {
				qs := quotes.occs[qi].q.Span
				if qs[0] <= dates[di].Span[0] && dates[di].Span[1] <= qs[1] {
					where[di] = qi
					break
				}
			}
		}
		order := make([]int, len(dates))
		for i := range order {
			order[i] = i
		}
		sort.SliceStable(order, func(i, j int) bool { return dates[order[i]].Span[0] < dates[order[j]].Span[0] })
		for _, di := range order {
			if qi := where[di]; qi >= 0 {
				inside[qi] = append(inside[qi], di)
			}
		}
		// The position of a date in its story quote: the dates of the
		// quote's earlier distinct occurrences in this version, plus its
		// place in its own. A repeated occurrence counts like the first.
		base := map[int]int{}       // quote occurrence -> first position
		count := map[int]int{}      // fact -> dates so far
		firstOf := map[string]int{} // fact and key -> occurrence
		for _, qi := range byVersion[v] {
			f := quotes.factOf[qi]
			fk := strconv.Itoa(f) + "\x00" + quotes.occs[qi].key
			if first, ok := firstOf[fk]; ok {
				base[qi] = base[first]
				continue
			}
			firstOf[fk] = qi
			base[qi] = count[f]
			count[f] += len(inside[qi])
		}
		for _, di := range order {
			d := &dates[di]
			var key string
			if qi := where[di]; qi >= 0 {
				pos := base[qi]
				for k, dj := range inside[qi] {
					if dj == di {
						pos += k
					}
				}
				key = "quote:" + quotes.facts[quotes.factOf[qi]].ID + "#" + strconv.Itoa(pos)
			} else if d.Value != nil {
				key = "value:" + *d.Value
			} else {
				key = "text:" + schema.Key(d.Text)
			}
			occs = append(occs, occ{v: v, d: d, key: key})
		}
	}
	idx := &dateIndex{facts: []schema.StoryDate{}}
	at := map[string]int{}
	for _, o := range occs {
		f, ok := at[o.key]
		if !ok {
			f = len(idx.facts)
			at[o.key] = f
			sd := schema.StoryDate{
				ID: schema.DateFactID(o.key), Value: o.d.Value, Granularity: o.d.Granularity,
				SeenIn: []string{}, Variants: []schema.DateVariant{},
			}
			if qid, ok := strings.CutPrefix(o.key, "quote:"); ok {
				sd.QuoteID = qid[:strings.LastIndexByte(qid, '#')]
			}
			idx.facts = append(idx.facts, sd)
			label := o.d.Text
			if o.d.Value != nil {
				label += " (" + *o.d.Value + ")"
			}
			idx.presence = append(idx.presence, newPresence(schema.FactDate, sd.ID, label, len(vs)))
			idx.keys = append(idx.keys, nil)
		}
		doc := vs[o.v].rec.Doc.ID
		idx.facts[f].SeenIn = appendSeen(idx.facts[f].SeenIn, doc)
		idx.presence[f].in[o.v] = true
		idx.facts[f].Variants = append(idx.facts[f].Variants, schema.DateVariant{
			DocID: doc, Text: o.d.Text, Span: o.d.Span, Value: o.d.Value, Resolution: o.d.Resolution, Anchor: o.d.Anchor,
		})
		idx.keys[f] = append(idx.keys[f], schema.Key(o.d.Text))
	}
	return idx
}

// conflicts lists the dates whose versions resolve to different values
// with different words. The same words with different values ("today" in
// two versions published on two days) are the same words read against two
// publication dates, not a disagreement.
func (idx *dateIndex) conflicts() []schema.StoryConflict {
	var out []schema.StoryConflict
	for f, fact := range idx.facts {
		disagree := false
		for i, a := range fact.Variants {
			for j := i + 1; j < len(fact.Variants) && !disagree; j++ {
				b := fact.Variants[j]
				if a.Value != nil && b.Value != nil && *a.Value != *b.Value && idx.keys[f][i] != idx.keys[f][j] {
					disagree = true
				}
			}
		}
		if !disagree {
			continue
		}
		c := schema.StoryConflict{Kind: schema.ConflictDateValue, ID: fact.ID, Label: idx.presence[f].ref.Label}
		at := map[string]int{}
		for _, dv := range fact.Variants {
			if dv.Value == nil {
				continue
			}
			k, ok := at[*dv.Value]
			if !ok {
				k = len(c.Values)
				at[*dv.Value] = k
				c.Values = append(c.Values, schema.ConflictValue{Value: *dv.Value})
			}
			c.Values[k].SeenIn = appendSeen(c.Values[k].SeenIn, dv.DocID)
		}
		out = append(out, c)
	}
	return out
}
