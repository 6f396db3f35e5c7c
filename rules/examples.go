package rules

import (
	"strings"

	"github.com/goccy/go-yaml/ast"
)

// Examples are texts a rule entry must find (match) and texts it must
// leave alone (nomatch). `extract rules test` runs them all.
type Examples struct {
	Match   []Example `yaml:"match"`
	NoMatch []Example `yaml:"nomatch"`
}

// Example is a text and, optionally, what the rule must yield from it. In
// YAML it is either the text alone or a mapping with the fields below.
type Example struct {
	Text string `yaml:"text"`
	// Speaker is (part of) the name the quote in Text must be attributed to.
	Speaker string `yaml:"speaker"`
	// Person is a name that must be found as a person.
	Person string `yaml:"person"`
	// Place is a name that must be found as a place (place_patterns).
	Place string `yaml:"place"`
	// Published is the publication date to read Text with (YYYY-MM-DD).
	Published string `yaml:"published"`
}

// UnmarshalYAML accepts a bare string as an example's text.
func (e *Example) UnmarshalYAML(unmarshal func(any) error) error {
	var text string
	if err := unmarshal(&text); err == nil {
		*e = Example{Text: text}
		return nil
	}
	type plain Example
	var p plain
	if err := unmarshal(&p); err != nil {
		return err
	}
	*e = Example(p)
	return nil
}

// ExampleRef is one example with the rule entry it belongs to and where it
// is written.
type ExampleRef struct {
	Kind    string
	Rule    string // the entry's id, lemma, title or name
	Match   bool
	Example Example
	File    string
	Line    int
	Col     int
}

// recordExamples collects the examples of every entry of a rule file with
// their positions. An entry that a later file replaces takes its examples
// with it (see dropOverridden).
func (s *Set) recordExamples(kind, name string, file *ast.File) {
	for _, doc := range file.Docs {
		top, ok := doc.Body.(*ast.MappingNode)
		if !ok {
			continue
		}
		for _, mv := range top.Values {
			seq, ok := mv.Value.(*ast.SequenceNode)
			if !ok {
				continue
			}
			for _, item := range seq.Values {
				m, ok := item.(*ast.MappingNode)
				if !ok {
					continue
				}
				rule := entryName(m)
				for _, field := range m.Values {
					if field.Key.GetToken().Value != "examples" {
						continue
					}
					ex, ok := field.Value.(*ast.MappingNode)
					if !ok {
						continue
					}
					for _, list := range ex.Values {
						match := list.Key.GetToken().Value == "match"
						items, ok := list.Value.(*ast.SequenceNode)
						if !ok {
							continue
						}
						for _, node := range items.Values {
							var e Example
							if err := decodeNode(node, &e); err != nil {
								continue // the typed decode reported it already
							}
							pos := node.GetToken().Position
							s.Examples = append(s.Examples, ExampleRef{Kind: kind, Rule: rule, Match: match, Example: e,
								File: name, Line: pos.Line, Col: pos.Column})
						}
					}
				}
			}
		}
	}
}

// dropOverridden removes the examples of entries that a later file
// replaced: they test a rule that is no longer there.
func (s *Set) dropOverridden() {
	kept := s.Examples[:0]
	for _, e := range s.Examples {
		if s.SourceOf(e.Kind, e.Rule).File == e.File {
			kept = append(kept, e)
		}
	}
	s.Examples = kept
}

// neverMatches explains why a text can never be found in a line of an
// article, or returns "".
func neverMatches(text string) string {
	if strings.ContainsAny(text, "\n\r") {
		return "holds a line break, which no line of an article holds"
	}
	return ""
}
