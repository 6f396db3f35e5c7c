package eval

import (
	"fmt"
	"io"
	"os"
	"strings"
	"unicode"

	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"

	"github.com/newsfacts/extract/schema"
)

// Texts maps document ids to article texts. Scoring uses them to check
// predicted spans (a span past the end of its text is wrong) and the error
// listing to show context; without them both are skipped.
type Texts map[string]string

// pronouns are the sources that cannot be checked by name: a gold source
// made of one of these words needs the mention span to match.
var pronouns = setOf("i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves",
	"you", "your", "yours", "yourself", "yourselves", "he", "him", "his",
	"himself", "she", "her", "hers", "herself", "it", "its", "itself", "they",
	"them", "their", "theirs", "themselves", "who", "whom", "whose", "which",
	"that", "this", "these", "those", "one", "someone", "somebody", "anyone",
	"anybody", "everyone", "everybody", "nobody", "others", "another")

// nameSuffixes are dropped from the end of a name before taking its last word.
var nameSuffixes = setOf("jr", "sr", "ii", "iii", "iv", "v", "phd", "md", "esq")

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// fold is the comparison form of a name or source: compatibility
// decomposition (NFKD), characters with a non-zero canonical combining
// class (accents) dropped, then full case folding ("Straße" and "STRASSE"
// fold alike).
func fold(s string) string {
	d := norm.NFKD.String(s)
	var b strings.Builder
	b.Grow(len(d))
	for _, r := range d {
		if norm.NFKD.PropertiesString(string(r)).CCC() != 0 {
			continue
		}
		b.WriteRune(r)
	}
	return cases.Fold().String(b.String())
}

// words splits the folded form of s into words: maximal runs of letters
// and numbers (the underscore and marks split words).
func words(s string) []string {
	return strings.FieldsFunc(fold(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsNumber(r)
	})
}

// isPronoun reports whether a gold source is a bare pronoun ("he", "They").
func isPronoun(source string) bool {
	w := words(source)
	return len(w) == 1 && pronouns[w[0]]
}

// lastNameWord is the last word of a name, suffixes such as Jr. dropped;
// "" when there is none.
func lastNameWord(name string) string {
	w := words(name)
	for len(w) > 0 && nameSuffixes[w[len(w)-1]] {
		w = w[:len(w)-1]
	}
	if len(w) == 0 {
		return ""
	}
	return w[len(w)-1]
}

// isPySpace is Python's str.isspace for one character: Unicode white space
// plus the information separators U+001C to U+001F.
func isPySpace(r rune) bool { return unicode.IsSpace(r) || (r >= 0x1c && r <= 0x1f) }

// pyStrip is Python's str.strip() with no argument.
func pyStrip(s string) string { return strings.TrimFunc(s, isPySpace) }

// overlap is the number of characters two spans share.
func overlap(a, b schema.Span) int {
	return max(0, min(a[1], b[1])-max(a[0], b[0]))
}

// touches reports whether two spans overlap in the sense of the date and
// mention scorers: a.start < b.end and b.start < a.end (an empty span
// inside another touches it).
func touches(a, b schema.Span) bool { return a[0] < b[1] && b[0] < a[1] }

// merge returns the union of spans as sorted, disjoint intervals.
func merge(spans []schema.Span) []schema.Span {
	s := append([]schema.Span(nil), spans...)
	sortSpans(s)
	var out []schema.Span
	for _, sp := range s {
		if n := len(out); n > 0 && sp[0] <= out[n-1][1] {
			out[n-1][1] = max(out[n-1][1], sp[1])
			continue
		}
		out = append(out, sp)
	}
	return out
}

// covered is the number of characters of sp inside the merged intervals.
func covered(sp schema.Span, merged []schema.Span) int {
	total := 0
	for _, m := range merged {
		if m[0] >= sp[1] {
			break
		}
		total += overlap(sp, m)
	}
	return total
}

// clip shortens s to n characters for display, showing line breaks as ¶.
func clip(s string, n int) string {
	s = strings.ReplaceAll(s, "\n", "¶")
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}

// contextWidth is how many characters of text the error listing shows on
// each side of a span.
const contextWidth = 60

// context shows sp in its text: up to 60 characters either side and the
// span itself between [[ and ]]. ok is false when the text is unknown or
// the span does not fit it.
func context(text []rune, sp schema.Span) (string, bool) {
	if text == nil || !proper(sp) || sp[1] > len(text) {
		return "", false
	}
	left := string(text[max(0, sp[0]-contextWidth):sp[0]])
	right := string(text[sp[1]:min(len(text), sp[1]+contextWidth)])
	return fmt.Sprintf("…%s[[%s]]%s…", clip(left, contextWidth), clip(string(text[sp[0]:sp[1]]), 240), clip(right, contextWidth)), true
}

// spread picks up to n items evenly spaced through items, in order.
func spread[T any](items []T, n int) []T {
	if n <= 0 || len(items) == 0 {
		return nil
	}
	if len(items) <= n {
		return items
	}
	step := float64(len(items)) / float64(n)
	out := make([]T, n)
	for i := range out {
		out[i] = items[int(float64(i)*step)]
	}
	return out
}

// ReadTextsFile reads article texts from a JSON Lines file (see ReadTexts).
func ReadTextsFile(path string) (Texts, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("input: %w", err)
	}
	defer f.Close()
	return ReadTexts(f, path)
}

// ReadTexts reads article texts from JSON Lines with "id" and "text", as
// given to the extractor (other fields are ignored); name is the file name
// for messages. A line without a string text is skipped; of two lines with
// one id, the first is kept. A line that is not a JSON object is an error.
func ReadTexts(r io.Reader, name string) (Texts, error) {
	texts := Texts{}
	err := eachLine(r, func(line []byte, lineNo int) error {
		obj, err := parseObject(name, lineNo, line)
		if err != nil {
			return err
		}
		id, ok, _ := docID(obj["id"])
		text, isText := asString(obj["text"])
		if _, seen := texts[id]; ok && isText && !seen {
			texts[id] = text
		}
		return nil
	})
	if err != nil {
		if _, ok := err.(*LineError); ok {
			return nil, err
		}
		return nil, fmt.Errorf("input %s: %w", name, err)
	}
	return texts, nil
}
