package extract

import (
	"strings"

	"github.com/newsfacts/extract/schema"
)

// excludedRange is boilerplate found by a rule.
type excludedRange struct {
	span
	rule string
}

// findBoilerplate marks the boilerplate of every line. Nothing is deleted:
// the ranges are reported and blanked in the masked view only.
func (c *compiled) findBoilerplate(doc string) []excludedRange {
	var out []excludedRange
	start := 0
	for start <= len(doc) {
		end := strings.IndexByte(doc[start:], '\n')
		if end < 0 {
			end = len(doc)
		} else {
			end += start
		}
		line := trimSpan(doc, span{start, end})
		if !line.empty() {
			out = append(out, c.boilerplateIn(doc, line)...)
		}
		start = end + 1
	}
	return out
}

func (c *compiled) boilerplateIn(doc string, line span) []excludedRange {
	text := line.text(doc)
	var buf [256]byte
	if id, ok := c.boilerLines[string(appendFoldedLine(buf[:0], text))]; ok {
		return []excludedRange{{line, id}}
	}
	for _, r := range c.boilerPrefixes {
		if len(text) >= len(r.Prefix) && strings.EqualFold(text[:len(r.Prefix)], r.Prefix) {
			return []excludedRange{{span{line.start, line.start + len(r.Prefix)}, r.ID}}
		}
	}
	var out []excludedRange
	for _, p := range c.boilerPatterns {
		for _, m := range p.re.FindAllStringIndex(text, -1) {
			if m[1] > m[0] {
				out = append(out, excludedRange{span{line.start + m[0], line.start + m[1]}, p.id})
			}
		}
		if len(out) > 0 {
			break
		}
	}
	return out
}

// foldName is the key names are compared by: case and accents folded, so
// that Orbán and Orban are one person.
func foldName(s string) string { return schema.Key(s) }

// fold is foldName with a cache for the document: the same names come
// back many times, and Unicode folding shows in profiles.
func (x *docState) fold(s string) string {
	if k, ok := x.folded[s]; ok {
		return k
	}
	if x.folded == nil {
		x.folded = map[string]string{}
	}
	k := foldName(s)
	x.folded[s] = k
	return k
}
