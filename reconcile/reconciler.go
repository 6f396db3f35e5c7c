package reconcile

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"sort"

	"github.com/newsfacts/extract/rules"
	"github.com/newsfacts/extract/schema"
)

// Reconciler groups Extraction records into stories and writes one Story
// per story. Feed it every record with Add or AddJSON, then call Stories
// once, then Close. Records are kept in a temporary spool file, not in
// memory: what stays in memory per record is a digest of about 1 KB, and
// the records of one story at a time while that story is built.
//
// A Reconciler is not safe for concurrent use.
type Reconciler struct {
	st      rules.ReconcileSettings
	titles  titleSet
	spool   *os.File
	spoolW  *bufio.Writer
	size    int64
	digests []digest
	skipped []string
	done    bool
	// comparisons counts the pairs of records compared while grouping.
	comparisons int
}

// New returns a Reconciler using the reconcile settings of set (and its
// titles, stripped from names when people are matched).
func New(set *rules.Set) (*Reconciler, error) {
	st := set.Reconcile.Settings()
	switch {
	case st.Threshold <= 0 || st.Threshold > 1:
		return nil, fmt.Errorf("reconcile rules: threshold %g: want more than 0 and at most 1", st.Threshold)
	case st.ShingleWords < 1:
		return nil, fmt.Errorf("reconcile rules: shingle_words %d: want at least 1", st.ShingleWords)
	case st.Bands < 1 || st.Rows < 1 || st.Bands*st.Rows > rules.SignatureSize:
		return nil, fmt.Errorf("reconcile rules: bands × rows = %d × %d: want at least 1 × 1 and at most %d values", st.Bands, st.Rows, rules.SignatureSize)
	case st.MaxBucket < 1:
		return nil, fmt.Errorf("reconcile rules: max_bucket %d: want at least 1", st.MaxBucket)
	case st.MinQuoteShingles < 1:
		return nil, fmt.Errorf("reconcile rules: min_quote_shingles %d: want at least 1", st.MinQuoteShingles)
	}
	return &Reconciler{st: st, titles: newTitleSet(&set.Titles)}, nil
}

// Add adds one record.
func (r *Reconciler) Add(rec schema.Extraction) error {
	line, err := marshal(rec)
	if err != nil {
		return err
	}
	return r.AddJSON(line)
}

// AddText adds one record together with the text of its document: the
// text signature is computed from the text when the record carries none.
// It is what `extract run --reconcile` uses, having the texts at hand.
func (r *Reconciler) AddText(rec schema.Extraction, text string) error {
	line, err := marshal(rec)
	if err != nil {
		return err
	}
	_, sig, err := decodeRecord(line, r.st.ShingleWords)
	if err != nil {
		return err
	}
	if sig == nil {
		sig = Signature(text, rec.Excluded, r.st.ShingleWords)
	}
	return r.add(rec, sig, line)
}

// AddJSON adds one record given as the JSON line `extract run` writes. It
// reads doc.signature, the text signature, when the line has one (or
// computes it from doc.text). A record with an error is left out (see
// Skipped); a line that is not an Extraction record is an error
// (ErrStoryRecord for a Story record).
func (r *Reconciler) AddJSON(line []byte) error {
	line = bytes.TrimSpace(line)
	rec, sig, err := decodeRecord(line, r.st.ShingleWords)
	if err != nil {
		return err
	}
	return r.add(rec, sig, line)
}

func (r *Reconciler) add(rec schema.Extraction, sig *schema.TextSignature, line []byte) error {
	if r.done {
		return errors.New("reconcile: record added after Stories")
	}
	if rec.Error != nil {
		r.skipped = append(r.skipped, rec.Doc.ID)
		return nil
	}
	if r.spool == nil {
		f, err := os.CreateTemp("", "extract-reconcile-*.jsonl")
		if err != nil {
			return fmt.Errorf("reconcile: spool file: %w", err)
		}
		r.spool = f
		r.spoolW = bufio.NewWriterSize(f, 1<<20)
	}
	d := newDigest(rec, sig, line, r.st)
	d.off, d.n = r.size, len(line)
	r.spoolW.Write(line)
	if err := r.spoolW.WriteByte('\n'); err != nil {
		return fmt.Errorf("reconcile: spool file: %w", err)
	}
	r.size += int64(len(line)) + 1
	r.digests = append(r.digests, d)
	return nil
}

// Skipped returns the doc ids of the records left out because they carry
// an error (documents that could not be processed), in input order.
func (r *Reconciler) Skipped() []string { return r.skipped }

// Close removes the spool file.
func (r *Reconciler) Close() error {
	if r.spool == nil {
		return nil
	}
	name := r.spool.Name()
	err := r.spool.Close()
	if rerr := os.Remove(name); err == nil {
		err = rerr
	}
	r.spool = nil
	return err
}

// Stories groups the records added into stories and calls emit with each
// Story, ordered by the publication (then doc id) of its first version. The
// output does not depend on the order the records were added in. A doc id
// added twice with identical records counts once; with different records
// it is an error.
func (r *Reconciler) Stories(emit func(schema.Story) error) error {
	if r.done {
		return errors.New("reconcile: Stories called twice")
	}
	r.done = true
	if r.spoolW != nil {
		if err := r.spoolW.Flush(); err != nil {
			return fmt.Errorf("reconcile: spool file: %w", err)
		}
	}
	ds := r.digests
	sort.SliceStable(ds, func(i, j int) bool { return ds[i].before(&ds[j]) })
	seen := make(map[string]uint64, len(ds))
	uniq := ds[:0]
	for i := range ds {
		if h, ok := seen[ds[i].id]; ok {
			if h == ds[i].lineHash {
				continue
			}
			return fmt.Errorf("doc id %q appears twice with different records", ds[i].id)
		}
		seen[ds[i].id] = ds[i].lineHash
		uniq = append(uniq, ds[i])
	}
	ds = uniq
	uf := newUnionFind(len(ds))
	r.group(ds, uf)
	groups := map[int][]int{}
	var roots []int
	for i := range ds {
		root := uf.find(i)
		if _, ok := groups[root]; !ok {
			roots = append(roots, root)
		}
		groups[root] = append(groups[root], i)
	}
	for _, root := range roots {
		members := groups[root]
		story, err := r.story(ds, members)
		if err != nil {
			return err
		}
		if err := emit(story); err != nil {
			return err
		}
	}
	return nil
}

// group joins the versions of each story in uf: by story key, by canonical
// URL, and by similarity among the candidate pairs that locality-sensitive
// hashing finds. Every step depends on the set of digests only, never on
// their input order.
func (r *Reconciler) group(ds []digest, uf *unionFind) {
	byKey := map[string]int{}
	byURL := map[string]int{}
	for i := range ds {
		d := &ds[i]
		if d.storyKey != "" {
			if j, ok := byKey[d.storyKey]; ok {
				uf.union(i, j)
			} else {
				byKey[d.storyKey] = i
			}
			continue
		}
		if d.urlKey != "" {
			if j, ok := byURL[d.urlKey]; ok {
				uf.union(i, j)
			} else {
				byURL[d.urlKey] = i
			}
		}
	}
	type entry struct {
		key uint64
		idx int
	}
	entries := make([]entry, 0, len(ds))
	compare := func() {
		sort.Slice(entries, func(i, j int) bool {
			if entries[i].key != entries[j].key {
				return entries[i].key < entries[j].key
			}
			return entries[i].idx < entries[j].idx
		})
		for start := 0; start < len(entries); {
			end := start + 1
			for end < len(entries) && entries[end].key == entries[start].key {
				end++
			}
			bucket := entries[start:end]
			for j := 1; j < len(bucket); j++ {
				for i := 0; i < j && i < r.st.MaxBucket; i++ {
					a, b := bucket[i].idx, bucket[j].idx
					if uf.find(a) == uf.find(b) {
						continue
					}
					r.comparisons++
					if similar(&ds[a], &ds[b], r.st).score >= r.st.Threshold {
						uf.union(a, b)
					}
				}
			}
			start = end
		}
	}
	bandKey := func(sig []uint32, band int) uint64 {
		var k uint64 = 14695981039346656037
		for _, v := range sig[band*r.st.Rows : (band+1)*r.st.Rows] {
			k = mix(k ^ uint64(v))
		}
		return k
	}
	for _, signal := range []func(*digest) []uint32{
		func(d *digest) []uint32 { return d.text },
		func(d *digest) []uint32 { return d.quotes },
	} {
		for band := 0; band < r.st.Bands; band++ {
			entries = entries[:0]
			for i := range ds {
				sig := signal(&ds[i])
				if ds[i].storyKey == "" && len(sig) >= (band+1)*r.st.Rows {
					entries = append(entries, entry{bandKey(sig, band), i})
				}
			}
			compare()
		}
	}
	entries = entries[:0]
	for i := range ds {
		if ds[i].storyKey == "" && ds[i].titleKey != 0 {
			entries = append(entries, entry{ds[i].titleKey, i})
		}
	}
	compare()
}

// story reads the records of one story back from the spool and builds its
// Story record.
func (r *Reconciler) story(ds []digest, members []int) (schema.Story, error) {
	vs := make([]version, len(members))
	for k, i := range members {
		buf := make([]byte, ds[i].n)
		if _, err := r.spool.ReadAt(buf, ds[i].off); err != nil && !(errors.Is(err, io.EOF) && len(buf) == ds[i].n) {
			return schema.Story{}, fmt.Errorf("reconcile: reading spool: %w", err)
		}
		rec, _, err := decodeRecord(buf, 0)
		if err != nil {
			return schema.Story{}, fmt.Errorf("reconcile: reading spool: %w", err)
		}
		vs[k] = version{rec: rec}
	}
	story := buildStory(vs, r.st, r.titles)
	first := &ds[members[0]]
	if first.storyKey != "" {
		story.StoryKey = first.storyKey
		story.StoryID = schema.StoryID("story:" + first.storyKey)
	} else {
		story.StoryID = schema.StoryID("doc:" + first.id)
	}
	for k := 1; k < len(members); k++ {
		story.Versions[k].JoinedBy = r.joinedBy(ds, members[:k], members[k])
	}
	return story, nil
}

// joinedBy explains why version at joins the earlier versions: the same
// story key, the same canonical URL, or else the earlier version it is
// most similar to.
func (r *Reconciler) joinedBy(ds []digest, earlier []int, at int) *schema.StoryJoin {
	d := &ds[at]
	by, with := "", -1
	switch {
	case d.storyKey != "":
		by, with = schema.JoinStoryKey, earlier[0]
	case d.urlKey != "":
		for _, e := range earlier {
			if ds[e].urlKey == d.urlKey {
				by = schema.JoinURL
				break
			}
		}
	}
	if by == "" {
		by = schema.JoinSimilarity
	}
	var best similarity
	if with < 0 {
		// The most similar earlier version (with the same URL, when that is
		// what joins them); the earliest of equals.
		for _, e := range earlier {
			if by == schema.JoinURL && ds[e].urlKey != d.urlKey {
				continue
			}
			if s := similar(&ds[e], d, r.st); with < 0 || s.score > best.score {
				best, with = s, e
			}
		}
	} else {
		best = similar(&ds[with], d, r.st)
	}
	return &schema.StoryJoin{
		By: by, With: ds[with].id, Score: round3(best.score),
		Text: roundPtr(best.text), Quotes: roundPtr(best.quotes), SameTitle: best.sameTitle,
	}
}

func round3(v float64) float64 { return math.Round(v*1000) / 1000 }

func roundPtr(v *float64) *float64 {
	if v == nil {
		return nil
	}
	r := round3(*v)
	return &r
}

// Reconcile groups recs into stories and returns them: Stories of a
// Reconciler fed with every record, for callers that hold the records
// already.
func Reconcile(set *rules.Set, recs []schema.Extraction) ([]schema.Story, error) {
	r, err := New(set)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	for _, rec := range recs {
		if err := r.Add(rec); err != nil {
			return nil, fmt.Errorf("record %q: %w", rec.Doc.ID, err)
		}
	}
	stories := []schema.Story{}
	err = r.Stories(func(s schema.Story) error {
		stories = append(stories, s)
		return nil
	})
	return stories, err
}

// WriteJSONL writes one Story as a JSON line, without HTML escaping so that
// quotes keep their < > & as written.
func WriteJSONL(w io.Writer, s schema.Story) error {
	line, err := marshal(s)
	if err != nil {
		return err
	}
	_, err = w.Write(append(line, '\n'))
	return err
}

func marshal(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimRight(buf.Bytes(), "\n"), nil
}

// unionFind is a disjoint-set forest over 0..n-1.
type unionFind struct{ parent, rank []int }

func newUnionFind(n int) *unionFind {
	u := &unionFind{parent: make([]int, n), rank: make([]int, n)}
	for i := range u.parent {
		u.parent[i] = i
	}
	return u
}

func (u *unionFind) find(i int) int {
	for u.parent[i] != i {
		u.parent[i] = u.parent[u.parent[i]]
		i = u.parent[i]
	}
	return i
}

func (u *unionFind) union(a, b int) {
	a, b = u.find(a), u.find(b)
	if a == b {
		return
	}
	if u.rank[a] < u.rank[b] {
		a, b = b, a
	}
	u.parent[b] = a
	if u.rank[a] == u.rank[b] {
		u.rank[a]++
	}
}
