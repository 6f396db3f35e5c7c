// Package tagger is a fast implementation of the word tokenizer and the
// part-of-speech tagger of github.com/jdkato/prose/v2 (v2.0.0): the same
// averaged-perceptron weights, the same rules, the same tokens and the same
// tags, without prose's per-token maps, string joins and *Token objects.
//
//	tg, err := tagger.Load()                       // once per process
//	words, tags = tg.TagText(sentence, words[:0], tags[:0])
//
// TagText gives exactly what prose.NewDocument(sentence,
// prose.WithSegmentation(false), prose.WithExtraction(false)).Tokens()
// gives, including a quirk of prose's (see TagText); Tokenize and Tag give
// the tokens and the model's own tag for every position.
//
// The weights are prose's own: Load decodes the gob assets that prose
// exports through prose.Asset (model/AveragedPerceptron/*.gob), once per
// process, and indexes them (see Tagger). The package copies no model
// data; LICENSE-prose is the notice of the code it ports.
//
// # Scores and ties
//
// prose's weights are all multiples of 0.001 (they were rounded when the
// model was averaged), so the tagger scores in integer thousandths: the
// scores are exact, where prose sums float64 values in Go's random map
// order. When no two classes tie, both pick the same class (distinct exact
// scores differ by at least 0.001, far above float rounding). When two or
// more classes tie exactly, prose's choice depends on map iteration order
// and changes from run to run; this tagger picks the tied class that comes
// first in prose's class list (classes.gob, see Classes), so it is
// deterministic. Ties are rare: 5 of the 318,462 words the model tags in
// PolNeAR train (TestPolNeAR counts them).
//
// Like prose, only the classes that appear in the weights of at least one
// active feature compete (a class no feature mentions does not score 0).
package tagger

import (
	"bytes"
	"encoding/gob"
	"fmt"
	"math"
	"math/bits"
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v2"
	"github.com/mingrammer/commonregex"
)

// maxClasses bounds the number of classes, so that a class set fits a
// uint64 mask. prose's model has 45.
const maxClasses = 64

// Tagger tags words with prose's Penn Treebank tags. It is read-only after
// Load and safe for concurrent use.
//
// prose looks up 14 feature strings per word ("i word the", "i-1 tag+i
// word DT the", ...). The tagger splits each feature into its template and
// its values once, at load, and indexes the values: a context word is
// looked up once per sentence (giving its features under all five word
// templates), a tag is a small integer, and only the suffix and the
// tag-and-word pair need a lookup per word.
type Tagger struct {
	classes []string // prose's classes, in classes.gob order
	tagMap  map[string]known
	off     []uint32 // weights of feature f: ents[off[f]:off[f+1]]
	ents    []entry

	bias  int32            // the bias feature, or -1
	pref  [256]int32       // "i pref1 " + string(rune(b)) by first byte b
	words map[string]int32 // word -> index into wordF
	wordF [][5]int32       // per word: i word, i-1 word, i-2 word, i+1 word, i+2 word
	sufs  map[string]int32 // suffix -> index into sufF
	sufF  [][3]int32       // per suffix: i suffix, i-1 suffix, i+1 suffix
	tags  map[string]int32 // tag (as p1/p2) -> tag id
	tagF  [][2]int32       // per tag id: i-1 tag, i-2 tag
	pairs map[uint64]int32 // i tag+i-2 tag: p1 id << 32 | p2 id
	tagW  map[uint64]int32 // i-1 tag+i word: p1 id << 32 | word index

	// base holds, for each pair of previous tags, the scores of the
	// features that depend on them alone (bias, i-1 tag, i-2 tag, i tag+i-2
	// tag): row (p1+1)*(len(tagF)+1) + p2+1, nc classes per row.
	base    []int32
	baseSet []uint64 // the classes each row touches
	nc      int

	classTag []int32  // tag id of each class, or -1
	ruleTag  [4]int32 // tag ids of "-", "SYM", "NN", "-NONE-"
	startTag [2]int32 // tag ids of -START-, -START2-

	pool sync.Pool // *scratch
}

// known is a word of prose's tag map: tagged without the model.
type known struct {
	tag string
	id  int32 // tag id
}

// entry is one class weight of a feature, in thousandths.
type entry struct {
	w     int32
	class uint8
}

var (
	loadOnce sync.Once
	shared   *Tagger
	loadErr  error
)

// Load returns the tagger with prose's default English model. The model is
// decoded on the first call only; every call returns the same *Tagger.
func Load() (*Tagger, error) {
	loadOnce.Do(func() { shared, loadErr = load() })
	return shared, loadErr
}

func decodeAsset(name string, v any) error {
	b, err := prose.Asset("model/AveragedPerceptron/" + name)
	if err != nil {
		return err
	}
	if err := gob.NewDecoder(bytes.NewReader(b)).Decode(v); err != nil {
		return fmt.Errorf("prose model %s: %w", name, err)
	}
	return nil
}

func load() (*Tagger, error) {
	var (
		classes []string
		tags    map[string]string
		weights map[string]map[string]float64
	)
	if err := decodeAsset("classes.gob", &classes); err != nil {
		return nil, err
	}
	if err := decodeAsset("tags.gob", &tags); err != nil {
		return nil, err
	}
	if err := decodeAsset("weights.gob", &weights); err != nil {
		return nil, err
	}
	return build(classes, tags, weights)
}

// The feature templates of prose's featurize, in its order.
const (
	fBias = iota
	fSuffix
	fPref1
	fPrevTag
	fPrev2Tag
	fTagPair
	fWord
	fPrevTagWord
	fPrevWord
	fPrevSuffix
	fPrev2Word
	fNextWord
	fNextSuffix
	fNext2Word
)

var templates = [...]string{
	fBias:        "bias",
	fSuffix:      "i suffix ",
	fPref1:       "i pref1 ",
	fPrevTag:     "i-1 tag ",
	fPrev2Tag:    "i-2 tag ",
	fTagPair:     "i tag+i-2 tag ",
	fWord:        "i word ",
	fPrevTagWord: "i-1 tag+i word ",
	fPrevWord:    "i-1 word ",
	fPrevSuffix:  "i-1 suffix ",
	fPrev2Word:   "i-2 word ",
	fNextWord:    "i+1 word ",
	fNextSuffix:  "i+1 suffix ",
	fNext2Word:   "i+2 word ",
}

// parseFeature splits a feature string into its template and values; ok is
// false for a string featurize cannot produce. No template with its space
// is a prefix of another, so the template is unambiguous; tags contain no
// space, so a pair splits at its first space.
func parseFeature(f string) (tmpl int, a, b string, ok bool) {
	if f == templates[fBias] {
		return fBias, "", "", true
	}
	for t := fSuffix; t < len(templates); t++ {
		v, found := strings.CutPrefix(f, templates[t])
		if !found {
			continue
		}
		if t == fTagPair || t == fPrevTagWord {
			a, b, ok = strings.Cut(v, " ")
			return t, a, b, ok
		}
		return t, v, "", true
	}
	return 0, "", "", false
}

// build turns prose's model into the tagger's tables.
func build(classes []string, tagMap map[string]string, weights map[string]map[string]float64) (*Tagger, error) {
	t := &Tagger{
		classes: classes,
		bias:    -1,
		off:     make([]uint32, 1, len(weights)+1),
		words:   map[string]int32{},
		sufs:    map[string]int32{},
		tags:    map[string]int32{},
		pairs:   map[uint64]int32{},
		tagW:    map[uint64]int32{},
	}
	for i := range t.pref {
		t.pref[i] = -1
	}
	classID := make(map[string]int, len(classes))
	for i, c := range classes {
		if _, dup := classID[c]; !dup {
			classID[c] = i
		}
	}
	n := 0
	for _, ws := range weights {
		n += len(ws)
	}
	t.ents = make([]entry, 0, n)
	for feat, ws := range weights {
		tmpl, a, b, ok := parseFeature(feat)
		if !ok {
			continue // never looked up by prose
		}
		f := int32(len(t.off) - 1)
		for label, w := range ws {
			id, ok := classID[label]
			if !ok {
				// A label outside classes.gob: give it a class of its own,
				// after prose's list (prose would score it too).
				id = len(t.classes)
				t.classes = append(t.classes, label)
				classID[label] = id
			}
			if id >= maxClasses {
				return nil, fmt.Errorf("prose model: more than %d classes", maxClasses)
			}
			milli := math.Round(w * 1000)
			if milli/1000 != w || math.Abs(milli) > math.MaxInt32/32 {
				return nil, fmt.Errorf("prose model: weight %v of %q/%s is not a multiple of 0.001", w, feat, label)
			}
			t.ents = append(t.ents, entry{w: int32(milli), class: uint8(id)})
		}
		t.off = append(t.off, uint32(len(t.ents)))
		switch tmpl {
		case fBias:
			t.bias = f
		case fPref1:
			if r, size := utf8.DecodeRuneInString(a); size == len(a) && r < 256 && a == string(rune(r)) {
				t.pref[r] = f
			}
		case fSuffix, fPrevSuffix, fNextSuffix:
			i := t.sufIndex(a)
			t.sufF[i][slotOf[tmpl]] = f
		case fWord, fPrevWord, fPrev2Word, fNextWord, fNext2Word:
			i := t.wordIndex(a)
			t.wordF[i][slotOf[tmpl]] = f
		case fPrevTag, fPrev2Tag:
			i := t.tagIndex(a)
			t.tagF[i][slotOf[tmpl]] = f
		case fTagPair:
			i := t.tagIndex(a)
			j := t.tagIndex(b)
			t.pairs[pairKey(i, j)] = f
		case fPrevTagWord:
			i := t.tagIndex(a)
			j := t.wordIndex(b)
			t.tagW[pairKey(i, j)] = f
		}
	}
	t.classTag = make([]int32, len(t.classes))
	for i, c := range t.classes {
		t.classTag[i] = t.tagID(c)
	}
	for i, r := range []string{"-", "SYM", "NN", "-NONE-"} {
		t.ruleTag[i] = t.tagID(r)
	}
	t.startTag = [2]int32{t.tagID(start1), t.tagID(start2)}
	t.tagMap = make(map[string]known, len(tagMap))
	for w, tag := range tagMap {
		t.tagMap[w] = known{tag, t.tagID(tag)}
	}
	t.buildBase()
	t.pool.New = func() any { return new(scratch) }
	return t, nil
}

// buildBase precomputes the scores that depend on the previous two tags.
func (t *Tagger) buildBase() {
	nt := len(t.tagF) + 1 // tag ids and -1
	t.nc = len(t.classes)
	t.base = make([]int32, nt*nt*t.nc)
	t.baseSet = make([]uint64, nt*nt)
	for p1 := int32(-1); p1 < int32(nt-1); p1++ {
		for p2 := int32(-1); p2 < int32(nt-1); p2++ {
			var sc [maxClasses]int32
			touched := t.tagScores(p1, p2, &sc)
			row := int(p1+1)*nt + int(p2+1)
			copy(t.base[row*t.nc:(row+1)*t.nc], sc[:t.nc])
			t.baseSet[row] = touched
		}
	}
}

// tagScores scores the features of prose's featurize that depend on the
// previous two tags only.
func (t *Tagger) tagScores(p1, p2 int32, sc *[maxClasses]int32) uint64 {
	touched := t.score(t.bias, sc, 0)
	if p1 >= 0 {
		touched = t.score(t.tagF[p1][0], sc, touched)
	}
	if p2 >= 0 {
		touched = t.score(t.tagF[p2][1], sc, touched)
	}
	if p1 >= 0 && p2 >= 0 {
		if f, ok := t.pairs[pairKey(p1, p2)]; ok {
			touched = t.score(f, sc, touched)
		}
	}
	return touched
}

// slotOf is a template's place in wordF, sufF or tagF.
var slotOf = [...]int{
	fSuffix: 0, fPrevSuffix: 1, fNextSuffix: 2,
	fWord: 0, fPrevWord: 1, fPrev2Word: 2, fNextWord: 3, fNext2Word: 4,
	fPrevTag: 0, fPrev2Tag: 1,
}

func pairKey(a, b int32) uint64 { return uint64(a)<<32 | uint64(uint32(b)) }

func (t *Tagger) sufIndex(s string) int32 {
	i, ok := t.sufs[s]
	if !ok {
		i = int32(len(t.sufF))
		t.sufs[s] = i
		t.sufF = append(t.sufF, [3]int32{-1, -1, -1})
	}
	return i
}

func (t *Tagger) wordIndex(w string) int32 {
	i, ok := t.words[w]
	if !ok {
		i = int32(len(t.wordF))
		t.words[w] = i
		t.wordF = append(t.wordF, [5]int32{-1, -1, -1, -1, -1})
	}
	return i
}

func (t *Tagger) tagIndex(tag string) int32 {
	i, ok := t.tags[tag]
	if !ok {
		i = int32(len(t.tagF))
		t.tags[tag] = i
		t.tagF = append(t.tagF, [2]int32{-1, -1})
	}
	return i
}

// tagID is the id of a tag used as p1 or p2, or -1 when no feature
// mentions it.
func (t *Tagger) tagID(tag string) int32 {
	if i, ok := t.tags[tag]; ok {
		return i
	}
	return -1
}

// Knows reports whether the model saw w, in any case, as a word of its
// training text: a capitalised word it does not know is likely a name,
// whatever tag it guessed.
func (t *Tagger) Knows(w string) bool {
	key := string(appendNormalized(nil, w))
	if _, ok := t.words[key]; ok {
		return true
	}
	_, ok := t.tagMap[w]
	return ok
}

// CommonWord reports whether the model's tag dictionary gives w, in lower
// case, one tag that is no proper noun's: "people" (NNS), not "john".
func (t *Tagger) CommonWord(w string) bool {
	k, ok := t.tagMap[strings.ToLower(w)]
	return ok && k.tag != "NNP" && k.tag != "NNPS"
}

// Classes returns prose's tag classes, in the model's order (which is the
// order ties are broken in). The slice must not be modified.
func (t *Tagger) Classes() []string { return t.classes }

// scratch holds one call's buffers.
type scratch struct {
	arena  []byte  // normalised context words, back to back
	bounds []int32 // context word k is arena[bounds[k]:bounds[k+1]]
	wid    []int32 // context word k's index in words; -1 none, -2 not looked up yet
	sid    []int32 // context word k's suffix's index in sufs; same
	chunks []chunk // TagText: the text's chunks
	last   map[string]int
}

// Tag appends the tags of words (one sentence, as tokenized by Tokenize or
// prose) to dst and returns the extended slice; pass tags[:0] to reuse a
// slice. The result equals prose's tags for the same words except where
// prose's choice is random (exact ties, see the package comment). Tag
// strings are shared, never allocated, except that a word of the form
// -ABC- is its own tag, as in prose.
//
// prose panics on an empty word that reaches the model; Tag tags it
// without the first-letter feature instead.
func (t *Tagger) Tag(words []string, dst []string) []string {
	s := t.pool.Get().(*scratch)
	dst = t.tag(words, dst, s, nil)
	t.pool.Put(s)
	return dst
}

// TagText tokenizes text and tags its words exactly as prose does for
// prose.NewDocument(text, prose.WithSegmentation(false),
// prose.WithExtraction(false)).Tokens(), appending words and tags to the
// given slices (pass words[:0], tags[:0] to reuse them).
//
// This includes a quirk of prose's: its tokenizer caches the tokens of
// each white-space-delimited chunk of the text (all but the last chunk) and
// reuses the same *Token objects when the chunk comes back, so the tagger's
// later writes overwrite the earlier occurrences' tags. In "I say that
// because at that time", prose reports the first "that" as DT, the tag it
// gave the second; its model had tagged the first IN. TagText reports the
// tags prose reports; Tokenize then Tag gives the model's own tag for each
// position.
func (t *Tagger) TagText(text string, words, tags []string) ([]string, []string) {
	s := t.pool.Get().(*scratch)
	w0, t0 := len(words), len(tags)
	s.chunks = s.chunks[:0]
	words = tokenize(text, words, &s.chunks)
	tags = t.tag(words[w0:], tags, s, nil)
	aliasChunks(s, tags[t0:], int32(w0))
	t.pool.Put(s)
	return words, tags
}

// aliasChunks copies the tags of the last occurrence of every repeated
// chunk to its earlier occurrences, as prose's shared tokens do. Chunk
// positions are offset by base.
func aliasChunks(s *scratch, tags []string, base int32) {
	cs := s.chunks
	if len(cs) <= 48 {
		for i := range cs {
			for j := len(cs) - 1; j > i; j-- {
				if cs[j].text == cs[i].text {
					copy(tags[cs[i].first-base:cs[i].end-base], tags[cs[j].first-base:cs[j].end-base])
					break
				}
			}
		}
		return
	}
	if s.last == nil {
		s.last = make(map[string]int, len(cs))
	}
	clear(s.last)
	for i := len(cs) - 1; i >= 0; i-- {
		if j, ok := s.last[cs[i].text]; ok {
			copy(tags[cs[i].first-base:cs[i].end-base], tags[cs[j].first-base:cs[j].end-base])
		} else {
			s.last[cs[i].text] = i
		}
	}
}

// chooser picks among tied classes (tests use it to follow prose's random
// pick). best is the tagger's own pick, tied the mask of the tied classes.
type chooser func(i, best int, tied uint64) int

const (
	start1 = "-START-"
	start2 = "-START2-"
	end1   = "-END-"
	end2   = "-END2-"
)

func (t *Tagger) tag(words []string, dst []string, s *scratch, choose chooser) []string {
	// The context: -START- -START2- normalize(w)... -END- -END2-.
	s.arena = s.arena[:0]
	s.bounds = append(s.bounds[:0], 0)
	s.arena = append(s.arena, start1...)
	s.bounds = append(s.bounds, int32(len(s.arena)))
	s.arena = append(s.arena, start2...)
	s.bounds = append(s.bounds, int32(len(s.arena)))
	for _, w := range words {
		s.arena = appendNormalized(s.arena, w)
		s.bounds = append(s.bounds, int32(len(s.arena)))
	}
	s.arena = append(s.arena, end1...)
	s.bounds = append(s.bounds, int32(len(s.arena)))
	s.arena = append(s.arena, end2...)
	s.bounds = append(s.bounds, int32(len(s.arena)))
	s.wid = fill(s.wid, len(words)+4)
	s.sid = fill(s.sid, len(words)+4)

	p1, p2 := t.startTag[0], t.startTag[1] // tag ids of the previous two tags
	for i, w := range words {
		var tag string
		var id int32
		switch r := ruleFor(w); {
		case r == ruleKeep:
			tag, id = w, t.tagID(w)
		case r >= 0:
			tag, id = ruleTags[r], t.ruleTag[r]
		default:
			if k, ok := t.tagMap[w]; ok {
				tag, id = k.tag, k.id
				break
			}
			best, tied := t.predict(s, i, w, p1, p2)
			if choose != nil && tied&(tied-1) != 0 {
				best = choose(i, best, tied)
			}
			tag, id = t.classes[best], t.classTag[best]
		}
		dst = append(dst, tag)
		p2 = p1
		p1 = id
	}
	return dst
}

func fill(b []int32, n int) []int32 {
	b = slices.Grow(b[:0], n)[:n]
	for i := range b {
		b[i] = -2
	}
	return b
}

var noneRE = regexp.MustCompile(`^(?:0|\*[\w?]\*|\*\-\d{1,3}|\*[A-Z]+\*\-\d{1,3}|\*)$`)

// The rules prose applies before the model; a word matching ruleKeep is
// its own tag.
const (
	ruleNone = iota - 1
	ruleDash
	ruleSym
	ruleNN
	ruleNoneTag
	ruleKeep
)

var ruleTags = [...]string{ruleDash: "-", ruleSym: "SYM", ruleNN: "NN", ruleNoneTag: "-NONE-"}

// ruleFor applies prose's rules that come before the tag map and the
// model, in prose's order: "-", emoticons, links and e-mail addresses and
// @handles, the -NONE- pattern and -ABC- words.
func ruleFor(w string) int {
	switch {
	case w == "-":
		return ruleDash
	case emoticons[w]:
		return ruleSym
	case strings.HasPrefix(w, "@"),
		// Both patterns need their literal '.' or '@': skip the regexp
		// when it cannot match.
		strings.IndexByte(w, '.') >= 0 && commonregex.LinkRegex.MatchString(w),
		strings.IndexByte(w, '@') >= 0 && commonregex.EmailRegex.MatchString(w):
		return ruleNN
	case w == "0" || w == "*" || len(w) > 1 && w[0] == '*' && noneRE.MatchString(w):
		return ruleNoneTag
	case isKeep(w):
		return ruleKeep
	}
	return ruleNone
}

// isKeep matches ^\-[A-Z]{3}\-$.
func isKeep(w string) bool {
	return len(w) == 5 && w[0] == '-' && w[4] == '-' && isUpper(w[1]) && isUpper(w[2]) && isUpper(w[3])
}

func isUpper(b byte) bool { return 'A' <= b && b <= 'Z' }
func isDigit(b byte) bool { return '0' <= b && b <= '9' }

// appendNormalized appends prose's normalize(w) to b.
func appendNormalized(b []byte, w string) []byte {
	switch {
	case w == "":
		return b
	case w[0] != '-' && strings.IndexByte(w, '-') >= 0:
		return append(b, "!HYPHEN"...)
	case isYear(w):
		return append(b, "!YEAR"...)
	case isDigit(w[0]):
		return append(b, "!DIGITS"...)
	}
	return appendLower(b, w)
}

// isYear is prose's `strconv.Atoi(w)` succeeds and len(w) == 4: an optional
// sign and digits, four bytes in all.
func isYear(w string) bool {
	if len(w) != 4 {
		return false
	}
	i := 0
	if w[0] == '+' || w[0] == '-' {
		i = 1
	}
	for ; i < 4; i++ {
		if !isDigit(w[i]) {
			return false
		}
	}
	return true
}

// appendLower appends strings.ToLower(w) to b without allocating.
func appendLower(b []byte, w string) []byte {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			// strings.ToLower maps every rune with unicode.ToLower and
			// writes invalid bytes as U+FFFD; so does this.
			return appendLowerUnicode(b, w)
		}
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if isUpper(c) {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b
}

func appendLowerUnicode(b []byte, w string) []byte {
	for _, r := range w { // an invalid byte comes out as U+FFFD
		b = utf8.AppendRune(b, unicode.ToLower(r))
	}
	return b
}

// predict scores the features of word i (prose's featurize) and returns
// the best class and the mask of the classes tied with it. p1 and p2 are
// the tag ids of the previous two tags.
func (t *Tagger) predict(s *scratch, i int, w string, p1, p2 int32) (best int, tied uint64) {
	var sc [maxClasses]int32
	nt := len(t.tagF) + 1
	row := int(p1+1)*nt + int(p2+1)
	copy(sc[:], t.base[row*t.nc:(row+1)*t.nc])
	touched := t.baseSet[row]
	c := i + 2 // w's position in the context

	// i suffix: of the word itself, which is often its normalised form.
	if norm := s.arena[s.bounds[c]:s.bounds[c+1]]; string(norm) == w {
		if k := t.sufAt(s, c); k >= 0 {
			touched = t.score(t.sufF[k][0], &sc, touched)
		}
	} else if k, ok := t.sufs[w[len(w)-min(len(w), 3):]]; ok {
		touched = t.score(t.sufF[k][0], &sc, touched)
	}
	if w != "" {
		// string(w[0]) in prose: the first byte read as a code point.
		touched = t.score(t.pref[w[0]], &sc, touched)
	}
	if k := t.wordAt(s, c); k >= 0 {
		touched = t.score(t.wordF[k][0], &sc, touched)
		if p1 >= 0 {
			if f, ok := t.tagW[pairKey(p1, k)]; ok {
				touched = t.score(f, &sc, touched)
			}
		}
	}
	if k := t.wordAt(s, c-1); k >= 0 {
		touched = t.score(t.wordF[k][1], &sc, touched)
	}
	if k := t.sufAt(s, c-1); k >= 0 {
		touched = t.score(t.sufF[k][1], &sc, touched)
	}
	if k := t.wordAt(s, c-2); k >= 0 {
		touched = t.score(t.wordF[k][2], &sc, touched)
	}
	if k := t.wordAt(s, c+1); k >= 0 {
		touched = t.score(t.wordF[k][3], &sc, touched)
	}
	if k := t.sufAt(s, c+1); k >= 0 {
		touched = t.score(t.sufF[k][2], &sc, touched)
	}
	if k := t.wordAt(s, c+2); k >= 0 {
		touched = t.score(t.wordF[k][4], &sc, touched)
	}

	best = -1
	var max int32
	for m := touched; m != 0; m &= m - 1 {
		id := bits.TrailingZeros64(m)
		switch v := sc[id]; {
		case best < 0 || v > max:
			best, max, tied = id, v, 1<<id
		case v == max:
			tied |= 1 << id
		}
	}
	if best < 0 {
		// No feature known at all (not even bias): prose returns "".
		// The model has a bias, so this does not happen; keep class 0.
		best = 0
	}
	return best, tied
}

// wordAt is the index of context word k in words, or -1.
func (t *Tagger) wordAt(s *scratch, k int) int32 {
	if v := s.wid[k]; v != -2 {
		return v
	}
	v, ok := t.words[string(s.arena[s.bounds[k]:s.bounds[k+1]])] // no allocation
	if !ok {
		v = -1
	}
	s.wid[k] = v
	return v
}

// sufAt is the index of context word k's last three bytes in sufs, or -1.
func (t *Tagger) sufAt(s *scratch, k int) int32 {
	if v := s.sid[k]; v != -2 {
		return v
	}
	v, ok := t.sufs[string(suffix3(s.arena[s.bounds[k]:s.bounds[k+1]]))]
	if !ok {
		v = -1
	}
	s.sid[k] = v
	return v
}

// score adds the weights of feature f (-1: none) to sc and returns the
// classes touched so far.
func (t *Tagger) score(f int32, sc *[maxClasses]int32, touched uint64) uint64 {
	if f < 0 {
		return touched
	}
	for _, e := range t.ents[t.off[f]:t.off[f+1]] {
		sc[e.class] += e.w
		touched |= 1 << e.class
	}
	return touched
}

func suffix3(b []byte) []byte { return b[len(b)-min(len(b), 3):] }
