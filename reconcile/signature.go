package reconcile

import (
	"hash/fnv"
	"sort"
	"strings"

	"github.com/newsfacts/extract/rules"
	"github.com/newsfacts/extract/schema"
)

// Signature returns the MinHash signature of a document's cleaned text: the
// text with the excluded (boilerplate) ranges left out, cut into shingles of
// shingleWords words. It returns nil when the cleaned text has no words.
// shingleWords below 1 means the default (rules.DefaultReconcile).
//
// The extractor stores it in the record's doc.signature so that `extract
// reconcile`, which sees records and not texts, can compare texts.
func Signature(text string, excluded []schema.Excluded, shingleWords int) *schema.TextSignature {
	if shingleWords < 1 {
		shingleWords = rules.DefaultReconcile.ShingleWords
	}
	words := cleanWords(text, excluded)
	if len(words) == 0 {
		return nil
	}
	return &schema.TextSignature{
		ShingleWords: shingleWords,
		MinHash:      minHash(shingles(words, shingleWords, nil), rules.SignatureSize),
	}
}

// cleanWords returns the words of text outside the excluded ranges, each
// folded by schema.Key (case, accents, quotation marks and punctuation
// outside words), in order. An excluded range is a word break.
func cleanWords(text string, excluded []schema.Excluded) []string {
	r := []rune(text)
	spans := make([]schema.Span, 0, len(excluded))
	for _, e := range excluded {
		s := e.Span
		s[0] = max(0, min(s[0], len(r)))
		s[1] = max(s[0], min(s[1], len(r)))
		spans = append(spans, s)
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i][0] < spans[j][0] })
	var words []string
	at := 0
	add := func(end int) {
		if end > at {
			words = append(words, strings.Fields(schema.Key(string(r[at:end])))...)
		}
	}
	for _, s := range spans {
		add(s[0])
		at = max(at, s[1])
	}
	add(len(r))
	return words
}

// shingles adds to set the hashes of every run of k consecutive words (the
// whole sequence when it is shorter than k) and returns it.
func shingles(words []string, k int, set map[uint64]struct{}) []uint64 {
	var out []uint64
	emit := func(ws []string) {
		h := shingleHash(ws)
		if set != nil {
			if _, ok := set[h]; ok {
				return
			}
			set[h] = struct{}{}
		}
		out = append(out, h)
	}
	if len(words) == 0 {
		return out
	}
	if len(words) <= k {
		emit(words)
		return out
	}
	for i := 0; i+k <= len(words); i++ {
		emit(words[i : i+k])
	}
	return out
}

// shingleHash is 64-bit FNV-1a of the words joined by single spaces.
func shingleHash(words []string) uint64 {
	h := fnv.New64a()
	for i, w := range words {
		if i > 0 {
			h.Write([]byte{' '})
		}
		h.Write([]byte(w))
	}
	return h.Sum64()
}

// mix is the finaliser of SplitMix64: a bijection of uint64 that spreads
// every input bit over the output.
func mix(z uint64) uint64 {
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

// seeds[i] keys hash function i of the signature.
var seeds = func() []uint64 {
	s := make([]uint64, rules.SignatureSize)
	for i := range s {
		s[i] = mix(uint64(i+1) * 0x9e3779b97f4a7c15)
	}
	return s
}()

// minHash returns, for each of size hash functions, the least value it
// takes over the shingle hashes: function i maps h to the high 32 bits of
// mix(h XOR seeds[i]).
func minHash(hashes []uint64, size int) []uint32 {
	sig := make([]uint32, size)
	for i := range sig {
		sig[i] = ^uint32(0)
	}
	for _, h := range hashes {
		for i := range sig {
			if v := uint32(mix(h^seeds[i]) >> 32); v < sig[i] {
				sig[i] = v
			}
		}
	}
	return sig
}

// agreement is the share of positions where two signatures agree, over the
// positions both have: an estimate of the Jaccard similarity of the sets
// they were made from.
func agreement(a, b []uint32) float64 {
	n := min(len(a), len(b))
	if n == 0 {
		return 0
	}
	same := 0
	for i := 0; i < n; i++ {
		if a[i] == b[i] {
			same++
		}
	}
	return float64(same) / float64(n)
}
