package tagger

import (
	"bufio"
	"encoding/json"
	"fmt"
	"math/bits"
	"os"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/jdkato/prose/v2"
	"gopkg.in/neurosnap/sentences.v1"
	"gopkg.in/neurosnap/sentences.v1/english"
)

// polnearTrain is PolNeAR train's input.jsonl: $POLNEAR_TRAIN, else its
// place beside the repository (../shared/data/polnear). The tests that
// read it skip when it is absent.
func polnearTrain() string {
	if p := os.Getenv("POLNEAR_TRAIN"); p != "" {
		return p
	}
	return "../../../shared/data/polnear/train/input.jsonl"
}

var (
	proseOnce  sync.Once
	proseModel *prose.Model
)

// proseTagger is prose's model with the tagger only, loaded once.
func proseTagger(tb testing.TB) *prose.Model {
	proseOnce.Do(func() {
		doc, err := prose.NewDocument("", prose.WithSegmentation(false), prose.WithExtraction(false))
		if err != nil {
			tb.Fatal(err)
		}
		proseModel = doc.Model
	})
	return proseModel
}

func proseTokens(tb testing.TB, text string) []prose.Token {
	doc, err := prose.NewDocument(text, prose.WithSegmentation(false), prose.WithExtraction(false),
		prose.UsingModel(proseTagger(tb)))
	if err != nil {
		tb.Fatal(err)
	}
	return doc.Tokens()
}

func loadTagger(tb testing.TB) *Tagger {
	tg, err := Load()
	if err != nil {
		tb.Fatal(err)
	}
	return tg
}

// stats counts what a comparison with prose saw.
type stats struct {
	sentences, tokens int
	predicted         int // tokens tagged by the model (not by rules or the tag map)
	ties              int // of which with two or more classes tied for best
	tieOther          int // ties where prose picked another tied class than ours
	tieHidden         int // ties at a token whose tag prose overwrote (see TagText)
	overwritten       int // tokens whose tag prose overwrote with a different one
	plainDiff         int // tokens where our deterministic tags differ from prose's run
	plainDiffSents    int
}

func (s *stats) add(o stats) {
	s.sentences += o.sentences
	s.tokens += o.tokens
	s.predicted += o.predicted
	s.ties += o.ties
	s.tieOther += o.tieOther
	s.tieHidden += o.tieHidden
	s.overwritten += o.overwritten
	s.plainDiff += o.plainDiff
	s.plainDiffSents += o.plainDiffSents
}

// compare tokenizes and tags text with prose and with tg. Tokens must be
// identical, and TagText's tags identical to prose's, except that where
// classes tie exactly (prose's pick is then random) prose's pick must be
// one of the tied classes: the comparison then follows prose's pick, so
// that the next tokens see the same history. (A tie at a token whose tag
// prose overwrites, see TagText, cannot be followed: counted apart.)
func compare(tg *Tagger, text string, ref []prose.Token) (stats, error) {
	st := stats{sentences: 1, tokens: len(ref)}
	var s scratch
	words := tokenize(text, nil, &s.chunks)
	if len(words) != len(ref) {
		return st, fmt.Errorf("%q: %d tokens, prose has %d:\n got %q\nwant %q", text, len(words), len(ref), words, tokenTexts(ref))
	}
	for i, w := range words {
		if w != ref[i].Text {
			return st, fmt.Errorf("%q: token %d is %q, prose has %q", text, i, w, ref[i].Text)
		}
	}
	// hidden[i]: prose overwrote token i's tag with a later occurrence's.
	hidden := make([]bool, len(words))
	for i, c := range s.chunks {
		for _, d := range s.chunks[i+1:] {
			if d.text == c.text {
				for k := c.first; k < c.end; k++ {
					hidden[k] = true
				}
			}
		}
	}
	var bad error
	tags := tg.tag(words, nil, &s, func(i, best int, tied uint64) int {
		st.ties++
		if hidden[i] {
			st.tieHidden++
			return best
		}
		for m := tied; m != 0; m &= m - 1 {
			if id := bits.TrailingZeros64(m); tg.classes[id] == ref[i].Tag {
				if id != best {
					st.tieOther++
				}
				return id
			}
		}
		if bad == nil {
			bad = fmt.Errorf("%q: token %d %q: prose tagged %s, not one of the tied classes %s",
				text, i, words[i], ref[i].Tag, tg.classNames(tied))
		}
		return best
	})
	if bad != nil {
		return st, bad
	}
	model := append([]string(nil), tags...)
	aliasChunks(&s, tags, 0)
	for i, tag := range tags {
		if tag != ref[i].Tag {
			return st, fmt.Errorf("%q: token %d %q tagged %s, prose %s", text, i, words[i], tag, ref[i].Tag)
		}
		if model[i] != tag {
			st.overwritten++
		}
		if ruleFor(words[i]) == ruleNone {
			if _, ok := tg.tagMap[words[i]]; !ok {
				st.predicted++
			}
		}
	}
	// The public API, deterministic ties: count the differences.
	pw, pt := tg.TagText(text, nil, nil)
	diff := 0
	for i := range pt {
		if pw[i] != words[i] {
			return st, fmt.Errorf("%q: TagText token %d is %q, tokenize %q", text, i, pw[i], words[i])
		}
		if pt[i] != ref[i].Tag {
			diff++
		}
	}
	st.plainDiff += diff
	if diff > 0 {
		st.plainDiffSents++
	}
	return st, nil
}

func (t *Tagger) classNames(mask uint64) string {
	var names []string
	for m := mask; m != 0; m &= m - 1 {
		names = append(names, t.classes[bits.TrailingZeros64(m)])
	}
	return strings.Join(names, ",")
}

func tokenTexts(toks []prose.Token) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Text
	}
	return out
}

var (
	segOnce sync.Once
	seg     *sentences.DefaultSentenceTokenizer
)

// sentencesOf splits text as the extractor does: lines, then Punkt
// sentences.
func sentencesOf(tb testing.TB, text string) []string {
	segOnce.Do(func() {
		var err error
		if seg, err = english.NewSentenceTokenizer(nil); err != nil {
			tb.Fatal(err)
		}
	})
	var out []string
	for _, line := range strings.Split(text, "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		for _, s := range seg.Tokenize(line) {
			if t := strings.TrimSpace(s.Text); t != "" {
				out = append(out, t)
			}
		}
	}
	return out
}

// edgeCases exercise prose's rules and the tokenizer's corners.
var edgeCases = []string{
	"Email bob@example.com or see https://example.com/a?b=c and www.nytimes.com, or @POTUS.",
	"The -LRB- parenthesis -RRB- and * and 0 and *T*-1 and *-12 and *EXP*-2 and *?* stay.",
	"He paid $100 (or [maybe] $1,000) for it; they'll say it's fine, won't they? I'm sure we're not.",
	"'sup, 'llama and n'tx are odd; U.S. troops, p.m. and a.m., Mr. Smith and Gen. Lee, Dr. No.",
	"Smiles :) and :-) and (-_-) and ¯\\(ツ)/¯ and xD, and - alone, and -- double.",
	"In 1999 and 2016, +123 and -123 and 12-3 and 3.5 percent; the 1990s and 4th place.",
	"“Quoted,” she said. ‘Single’ and &rsquo;entity&rsquo; and don’t and ÉCOLE and Orbán’s.",
	"Tabs\tand\u00a0no-break\u2003spaces, and a line\nbreak; ... and !!! and ?! and \"\"\"",
	"Trailing marks:\"),.;!?' and ((([[[\"$$ prefixes, and ).\"' mixed",
	"WORDS IN CAPS and MiXeD CaSe and İstanbul and straße and ÀÉÎ and \xff\xfe bytes 's",
	"A very long,,,,,,,,,,,,,,,,,,,,,,, run of marks!!!!!!!!!!!!!!!!!!!!!!!!!!!!",
	"x",
	"",
}

func TestFixture(t *testing.T) {
	tg := loadTagger(t)
	b, err := os.ReadFile("testdata/seeds_excerpt.txt")
	if err != nil {
		t.Fatal(err)
	}
	var all stats
	texts := append(sentencesOf(t, string(b)), strings.Split(string(b), "\n")...)
	texts = append(texts, edgeCases...)
	for _, text := range texts {
		st, err := compare(tg, text, proseTokens(t, text))
		if err != nil {
			t.Error(err)
		}
		all.add(st)
	}
	t.Logf("%d texts, %d tokens (%d by the model), %d ties", all.sentences, all.tokens, all.predicted, all.ties)
}

func TestEmoticons(t *testing.T) {
	tg := loadTagger(t)
	for e := range emoticons {
		text := "so " + e + " here"
		if _, err := compare(tg, text, proseTokens(t, text)); err != nil {
			t.Error(err)
		}
	}
}

func TestLoadOnce(t *testing.T) {
	a, b := loadTagger(t), loadTagger(t)
	if a != b {
		t.Fatal("Load decoded the model twice")
	}
	if len(a.classes) != 45 || len(a.off) < 2 {
		t.Fatalf("%d classes, %d features", len(a.classes), len(a.off)-1)
	}
}

// TestKnows checks the words the model saw in training, in any case, against
// names it never did.
func TestKnows(t *testing.T) {
	tg := loadTagger(t)
	for w, want := range map[string]bool{"classic": true, "Classic": true, "closing": true, "the": true, "Kian": false, "Mulhern": false} {
		if got := tg.Knows(w); got != want {
			t.Errorf("Knows(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestCommonWord checks words the tag dictionary gives one common tag
// against names.
func TestCommonWord(t *testing.T) {
	tg := loadTagger(t)
	for w, want := range map[string]bool{"people": true, "People": true, "john": false, "Smith": false, "Kasich": false} {
		if got := tg.CommonWord(w); got != want {
			t.Errorf("CommonWord(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestTagAppends(t *testing.T) {
	tg := loadTagger(t)
	dst := []string{"keep"}
	dst = tg.Tag([]string{"The", "cat", "sat", "."}, dst)
	if got := strings.Join(dst, " "); got != "keep DT NN VBD ." {
		t.Fatalf("got %q", got)
	}
	if got := tg.Tag(nil, nil); len(got) != 0 {
		t.Fatalf("got %q", got)
	}
	// prose would panic on an empty word; Tag does not.
	if got := tg.Tag([]string{"a", ""}, nil); len(got) != 2 {
		t.Fatalf("got %q", got)
	}
}

func TestTagConcurrent(t *testing.T) {
	tg := loadTagger(t)
	words := Tokenize("The Russian leader suggested the talks could pave the way toward ending the conflict.", nil)
	want := strings.Join(tg.Tag(words, nil), " ")
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var tags []string
			for range 200 {
				tags = tg.Tag(words, tags[:0])
				if got := strings.Join(tags, " "); got != want {
					t.Errorf("got %q, want %q", got, want)
					return
				}
			}
		}()
	}
	wg.Wait()
}

func TestTokenizeAllocs(t *testing.T) {
	if raceEnabled {
		t.Skip("allocation counts differ under the race detector")
	}
	text := "Russian President Vladimir Putin extended a dramatic invitation to President Donald J. Trump on Friday, switching from Russian to English."
	dst := make([]string, 0, 64)
	if n := testing.AllocsPerRun(100, func() { dst = Tokenize(text, dst[:0]) }); n != 0 {
		t.Errorf("Tokenize: %v allocations", n)
	}
	tg := loadTagger(t)
	words := Tokenize(text, nil)
	tags := make([]string, 0, 64)
	if n := testing.AllocsPerRun(100, func() { tags = tg.Tag(words, tags[:0]) }); n != 0 {
		t.Errorf("Tag: %v allocations", n)
	}
}

// readPolNeAR returns the article texts of PolNeAR train, or skips.
func readPolNeAR(tb testing.TB) []string {
	f, err := os.Open(polnearTrain())
	if err != nil {
		tb.Skipf("PolNeAR not available: %v", err)
	}
	defer f.Close()
	var texts []string
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<26)
	for sc.Scan() {
		var doc struct{ Text string }
		if err := json.Unmarshal(sc.Bytes(), &doc); err != nil {
			tb.Fatal(err)
		}
		texts = append(texts, doc.Text)
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return texts
}

// TestPolNeAR tags every sentence of PolNeAR train with prose and with the
// tagger and checks that tokens and tags are identical (ties aside, see
// compare). About 10 s on two cores; skipped with -short.
func TestPolNeAR(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	texts := readPolNeAR(t)
	tg := loadTagger(t)
	proseTagger(t)
	var sents []string
	for _, text := range texts {
		sents = append(sents, sentencesOf(t, text)...)
	}
	workers := runtime.GOMAXPROCS(0)
	results := make([]stats, workers)
	errs := make([][]error, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < len(sents); i += workers {
				st, err := compare(tg, sents[i], proseTokens(t, sents[i]))
				results[w].add(st)
				if err != nil && len(errs[w]) < 10 {
					errs[w] = append(errs[w], err)
				}
			}
		}()
	}
	wg.Wait()
	var all stats
	for w := range workers {
		all.add(results[w])
		for _, err := range errs[w] {
			t.Error(err)
		}
	}
	t.Logf("PolNeAR train: %d articles, %d sentences, %d tokens identical (%d tagged by the model)",
		len(texts), all.sentences, all.tokens, all.predicted)
	t.Logf("ties: %d tokens (%.4f%% of model predictions), prose picked another tied class than ours at %d, %d at overwritten tokens",
		all.ties, 100*float64(all.ties)/float64(max(all.predicted, 1)), all.tieOther, all.tieHidden)
	t.Logf("TagText (deterministic ties) vs this prose run: %d tokens differ in %d sentences",
		all.plainDiff, all.plainDiffSents)
	t.Logf("prose's shared-token quirk: %d tokens (%.3f%%) report another tag than the model gave them",
		all.overwritten, 100*float64(all.overwritten)/float64(max(all.tokens, 1)))
}

// benchSentences returns the sentences of the first 200 PolNeAR train
// articles (about 0.9 MB), or of the fixture with -short or without
// PolNeAR, and their length in bytes.
func benchSentences(b *testing.B) ([]string, int) {
	var texts []string
	if f, err := os.Open(polnearTrain()); err == nil && !testing.Short() {
		f.Close()
		texts = readPolNeAR(b)
		texts = texts[:min(len(texts), 200)]
	} else {
		data, err := os.ReadFile("testdata/seeds_excerpt.txt")
		if err != nil {
			b.Fatal(err)
		}
		texts = []string{string(data)}
	}
	var sents []string
	n := 0
	for _, text := range texts {
		for _, s := range sentencesOf(b, text) {
			sents = append(sents, s)
			n += len(s)
		}
	}
	return sents, n
}

// BenchmarkProseTag is what the extractor did: prose.NewDocument per
// sentence with a shared model (tokenize and tag).
func BenchmarkProseTag(b *testing.B) {
	sents, n := benchSentences(b)
	m := proseTagger(b)
	b.SetBytes(int64(n))
	b.ResetTimer()
	for b.Loop() {
		for _, s := range sents {
			if _, err := prose.NewDocument(s, prose.WithSegmentation(false), prose.WithExtraction(false), prose.UsingModel(m)); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkTagText is the same work with this package, as the extractor
// now calls it.
func BenchmarkTagText(b *testing.B) {
	sents, n := benchSentences(b)
	tg := loadTagger(b)
	var words, tags []string
	b.SetBytes(int64(n))
	b.ResetTimer()
	for b.Loop() {
		for _, s := range sents {
			words, tags = tg.TagText(s, words[:0], tags[:0])
		}
	}
}

// BenchmarkTag is tagging alone, on words tokenized beforehand.
func BenchmarkTag(b *testing.B) {
	sents, n := benchSentences(b)
	tg := loadTagger(b)
	words := make([][]string, len(sents))
	for i, s := range sents {
		words[i] = Tokenize(s, nil)
	}
	var tags []string
	b.SetBytes(int64(n))
	b.ResetTimer()
	for b.Loop() {
		for _, w := range words {
			tags = tg.Tag(w, tags[:0])
		}
	}
}

func BenchmarkProseTokenize(b *testing.B) {
	sents, n := benchSentences(b)
	b.SetBytes(int64(n))
	b.ResetTimer()
	for b.Loop() {
		for _, s := range sents {
			if _, err := prose.NewDocument(s, prose.WithSegmentation(false), prose.WithTagging(false), prose.WithExtraction(false)); err != nil {
				b.Fatal(err)
			}
		}
	}
}

func BenchmarkTokenize(b *testing.B) {
	sents, n := benchSentences(b)
	var words []string
	b.SetBytes(int64(n))
	b.ResetTimer()
	for b.Loop() {
		for _, s := range sents {
			words = Tokenize(s, words[:0])
		}
	}
}

func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := load(); err != nil {
			b.Fatal(err)
		}
	}
}

// proseDoc runs prose on text, reporting a panic of prose's as ok == false.
func proseDoc(tb testing.TB, text string, tag bool) (toks []prose.Token, ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	opts := []prose.DocOpt{prose.WithSegmentation(false), prose.WithExtraction(false)}
	if tag {
		opts = append(opts, prose.UsingModel(proseTagger(tb)))
	} else {
		opts = append(opts, prose.WithTagging(false))
	}
	doc, err := prose.NewDocument(text, opts...)
	if err != nil {
		return nil, false
	}
	return doc.Tokens(), true
}

func fuzzSeeds(f *testing.F) {
	for _, s := range edgeCases {
		f.Add(s)
	}
	f.Add("I say that because at that time, in four years of college, I never went home.")
	f.Add("İİİİ'm and \xff\xff\xff'm and KELVIN'S")
}

// FuzzTokenize checks Tokenize against prose's tokenizer:
// go test ./extract/tagger -fuzz FuzzTokenize
func FuzzTokenize(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, text string) {
		got := Tokenize(text, nil)
		want, ok := proseDoc(t, text, false)
		if !ok {
			return // prose panicked; Tokenize did not
		}
		if strings.Join(got, "\x00") != strings.Join(tokenTexts(want), "\x00") {
			t.Fatalf("%q:\n got %q\nwant %q", text, got, tokenTexts(want))
		}
	})
}

// FuzzTagText checks TagText against prose (ties aside, see compare):
// go test ./extract/tagger -fuzz FuzzTagText
func FuzzTagText(f *testing.F) {
	fuzzSeeds(f)
	tg := loadTagger(f)
	f.Fuzz(func(t *testing.T, text string) {
		ref, ok := proseDoc(t, text, true)
		if !ok {
			return
		}
		if _, err := compare(tg, text, ref); err != nil {
			t.Fatal(err)
		}
	})
}

// FuzzNormalize checks the allocation-free normalisation against a copy
// of prose's normalize.
func FuzzNormalize(f *testing.F) {
	for _, s := range []string{"", "Hello", "-1-", "1999", "+123", "-123", "12-3", "9x", "İstanbul", "\xffA", "ÀB", "x-"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, w string) {
		if got, want := string(appendNormalized(nil, w)), proseNormalize(w); got != want {
			t.Fatalf("%q: got %q, want %q", w, got, want)
		}
	})
}

// proseNormalize is prose v2.0.0's normalize (tag.go), verbatim.
func proseNormalize(word string) string {
	if word == "" {
		return word
	}
	first := string(word[0])
	if strings.Contains(word, "-") && first != "-" {
		return "!HYPHEN"
	} else if _, err := strconv.Atoi(word); err == nil && len(word) == 4 {
		return "!YEAR"
	} else if _, err := strconv.Atoi(first); err == nil {
		return "!DIGITS"
	}
	return strings.ToLower(word)
}
