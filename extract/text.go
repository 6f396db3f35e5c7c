package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsfacts/extract/schema"
)

// span is a byte range [start, end) into the document text.
type span struct{ start, end int }

func (s span) len() int               { return s.end - s.start }
func (s span) contains(o span) bool   { return s.start <= o.start && o.end <= s.end }
func (s span) overlaps(o span) bool   { return s.start < o.end && o.start < s.end }
func (s span) text(doc string) string { return doc[s.start:s.end] }
func (s span) empty() bool            { return s.end <= s.start }

// text is a document's text with the views every stage needs.
type text struct {
	// raw is the original text; every span points into it.
	raw string
	// masked is raw with boilerplate bytes turned into spaces, so that later
	// stages never see it while byte offsets stay the same.
	masked string
	// runeAt maps a byte offset to the code-point offset the schema uses.
	runeAt []int32
}

func newText(raw string) *text {
	t := &text{raw: raw, masked: raw, runeAt: make([]int32, len(raw)+1)}
	n := int32(0)
	for i := 0; i < len(raw); {
		_, size := utf8.DecodeRuneInString(raw[i:])
		for k := 0; k < size; k++ {
			t.runeAt[i+k] = n
		}
		i += size
		n++
	}
	t.runeAt[len(raw)] = n
	return t
}

// plainSpaces turns every space character beyond ASCII (the no-break
// space of web copy, thin and em spaces, and the zero-width space that
// web copy leaves between words) into as many ASCII spaces as it has
// bytes: the stages that look for a space before a quotation mark or
// after a sentence ("he said.\u00a0“Everybody sues”") then see one, and
// byte offsets stay the same.
func plainSpaces(s string) string {
	var b []byte
	for i, r := range s {
		if r < utf8.RuneSelf || !unicode.Is(unicode.Zs, r) && r != '\u200b' && r != '\ufeff' {
			continue
		}
		if b == nil {
			b = []byte(s)
		}
		for k := range utf8.RuneLen(r) {
			b[i+k] = ' '
		}
	}
	if b == nil {
		return s
	}
	return string(b)
}

// markupTag is an HTML or XML tag left in a text (<p>, </a>, <tweet
// author="@x">): never across a line, never around another "<".
var markupTag = regexp.MustCompile(`</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>\n]*)?/?>`)

// markupSpans returns the markup tags of s. In the masked view they are
// those of the raw text, less any in boilerplate; masking them (see mask)
// makes "<p>“We will win,” he said.</p>" read as its words do, and the
// marks and words inside a tag's attributes no text.
func markupSpans(s string) []span {
	if !strings.Contains(s, "<") {
		return nil
	}
	var out []span
	for _, m := range markupTag.FindAllStringIndex(s, -1) {
		out = append(out, span{m[0], m[1]})
	}
	return out
}

// mask blanks the given spans in the masked view.
func (t *text) mask(spans []span) {
	if len(spans) == 0 {
		return
	}
	b := []byte(t.masked)
	for _, s := range spans {
		for i := s.start; i < s.end; i++ {
			if b[i] != '\n' {
				b[i] = ' '
			}
		}
	}
	t.masked = string(b)
}

// schemaSpan converts a byte span to code points.
func (t *text) schemaSpan(s span) schema.Span {
	return schema.Span{int(t.runeAt[s.start]), int(t.runeAt[s.end])}
}

func (t *text) mention(s span) schema.Mention {
	return schema.Mention{Text: t.raw[s.start:s.end], Span: t.schemaSpan(s)}
}
