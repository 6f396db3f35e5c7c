package rules

import (
	"fmt"

	"github.com/goccy/go-yaml/ast"
)

// Source is where a rule entry is written.
type Source struct {
	File string
	Line int
}

func (s Source) String() string {
	if s.File == "" {
		return ""
	}
	return fmt.Sprintf("%s:%d", s.File, s.Line)
}

// entryKeys are the fields that name an entry in a rule list, in order of
// preference.
var entryKeys = []string{"id", "lemma", "title", "name", "text"}

// recordSources notes, for every entry of every top-level list of a rule
// file, the line it starts on, keyed by kind and the entry's name. A later
// file's entry replaces an earlier one's, as in merging.
func (s *Set) recordSources(kind, name string, file *ast.File) {
	if s.Sources == nil {
		s.Sources = map[string]Source{}
	}
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
				if key := entryName(m); key != "" {
					s.Sources[kind+":"+key] = Source{File: name, Line: m.GetToken().Position.Line}
				}
			}
		}
	}
}

func entryName(m *ast.MappingNode) string {
	fields := map[string]string{}
	for _, v := range m.Values {
		if sv, ok := v.Value.(*ast.StringNode); ok {
			fields[v.Key.GetToken().Value] = sv.Value
		}
	}
	for _, k := range entryKeys {
		if v := fields[k]; v != "" {
			return v
		}
	}
	return ""
}

// SourceOf returns where the entry of the given kind and name (an id, a
// lemma, a title...) is written, or the zero Source.
func (s *Set) SourceOf(kind, name string) Source {
	return s.Sources[kind+":"+name]
}
