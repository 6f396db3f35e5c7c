package reconcile

import (
	"strings"

	"github.com/newsfacts/extract/schema"
)

// maxDiffCells bounds the work of one word diff (words of one text × words
// of the other); longer texts are shown as deleted whole and inserted whole.
const maxDiffCells = 4_000_000

// wordDiff returns the word-level difference between two texts of a quote:
// runs of words kept, deleted and inserted, found as a longest common
// subsequence of words compared by match key (so "productive," and
// "productive" are the same word). Kept runs are given as the second text
// writes them.
func wordDiff(from, to string) []schema.DiffOp {
	a, b := strings.Fields(from), strings.Fields(to)
	ka, kb := wordKeys(a), wordKeys(b)
	ops := []schema.DiffOp{}
	add := func(op, word string) {
		if n := len(ops); n > 0 && ops[n-1].Op == op {
			ops[n-1].Text += " " + word
			return
		}
		ops = append(ops, schema.DiffOp{Op: op, Text: word})
	}
	if len(a)*len(b) > maxDiffCells {
		for _, w := range a {
			add(schema.DiffDelete, w)
		}
		for _, w := range b {
			add(schema.DiffInsert, w)
		}
		return ops
	}
	l := lcsTable(ka, kb)
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case i < len(a) && j < len(b) && ka[i] == kb[j]:
			add(schema.DiffEqual, b[j])
			i++
			j++
		case j == len(b) || (i < len(a) && l[i+1][j] >= l[i][j+1]):
			// Within a run of changes, deletions come before insertions.
			add(schema.DiffDelete, a[i])
			i++
		default:
			add(schema.DiffInsert, b[j])
			j++
		}
	}
	return ops
}

// lcsTable returns l where l[i][j] is the length of the longest common
// subsequence of a[i:] and b[j:].
func lcsTable(a, b []string) [][]int {
	l := make([][]int, len(a)+1)
	for i := range l {
		l[i] = make([]int, len(b)+1)
	}
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				l[i][j] = l[i+1][j+1] + 1
			} else {
				l[i][j] = max(l[i+1][j], l[i][j+1])
			}
		}
	}
	return l
}

// wordKeys returns the match key of each word; a word with an empty key
// (a dash standing alone) is compared as written.
func wordKeys(words []string) []string {
	out := make([]string, len(words))
	for i, w := range words {
		if out[i] = schema.Key(w); out[i] == "" {
			out[i] = w
		}
	}
	return out
}

// wordSimilarity is 2 × the longest common subsequence of two word lists
// over their total length: 1 for the same words, 0 for none in common.
func wordSimilarity(a, b []string) float64 {
	if len(a)+len(b) == 0 {
		return 1
	}
	if len(a)*len(b) > maxDiffCells {
		return 0
	}
	return 2 * float64(lcsTable(a, b)[0][0]) / float64(len(a)+len(b))
}
