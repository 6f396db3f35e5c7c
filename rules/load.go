package rules

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/debug"
	"sort"
	"strings"

	"github.com/goccy/go-yaml"
	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/parser"
)

//go:embed default/*.yaml
var defaultFS embed.FS

// Error is one problem in a rule file, with its position.
type Error struct {
	File string
	Line int
	Col  int
	Msg  string
}

func (e Error) Error() string {
	if e.Line == 0 {
		return fmt.Sprintf("%s: %s", e.File, e.Msg)
	}
	return fmt.Sprintf("%s:%d:%d: %s", e.File, e.Line, e.Col, e.Msg)
}

// ErrorList holds every problem found in a rule directory, sorted by file,
// line and column, so that an author sees all of them at once.
type ErrorList []Error

func (l ErrorList) Error() string {
	switch len(l) {
	case 0:
		return "no errors"
	case 1:
		return l[0].Error()
	}
	return fmt.Sprintf("%s (and %d more errors)", l[0], len(l)-1)
}

// Err returns nil for an empty list, so callers can return it directly.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}

func (l ErrorList) sort() {
	sort.SliceStable(l, func(i, j int) bool {
		a, b := l[i], l[j]
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Col < b.Col
	})
}

// loadGCPercent is the garbage collector's target while rule files load.
const loadGCPercent = 20

// Default returns the embedded default rules.
func Default() (*Set, error) { return Load("") }

// Load returns the default rules with the rule files of dir (if not empty)
// merged over them. Any error is an ErrorList naming every problem.
func Load(dir string) (*Set, error) {
	// Parsing the rule files (the towns gazetteer above all) makes much
	// short-lived garbage; collecting it more often while loading keeps
	// the peak memory of a whole run lower.
	defer debug.SetGCPercent(debug.SetGCPercent(loadGCPercent))
	set := &Set{}
	var errs ErrorList
	defaults, err := fs.Glob(defaultFS, "default/*.yaml")
	if err != nil {
		return nil, err
	}
	for _, name := range defaults {
		data, err := defaultFS.ReadFile(name)
		if err != nil {
			return nil, err
		}
		errs = append(errs, addFile(set, "rules/"+name, data)...)
	}
	if dir != "" {
		files, err := ruleFiles(dir)
		if err != nil {
			return nil, err
		}
		for _, path := range files {
			data, err := os.ReadFile(path)
			if err != nil {
				errs = append(errs, Error{File: path, Msg: err.Error()})
				continue
			}
			errs = append(errs, addFile(set, path, data)...)
		}
	}
	errs.sort()
	if len(errs) > 0 {
		return nil, errs
	}
	set.dropOverridden()
	return set, nil
}

// ruleFiles lists the .yaml and .yml files under dir in lexical order.
func ruleFiles(dir string) ([]string, error) {
	info, err := os.Stat(dir)
	if err != nil {
		return nil, fmt.Errorf("rules directory: %w", err)
	}
	if !info.IsDir() {
		return nil, fmt.Errorf("rules directory: %s is not a directory", dir)
	}
	var files []string
	err = filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		ext := strings.ToLower(filepath.Ext(path))
		if !d.IsDir() && (ext == ".yaml" || ext == ".yml") {
			files = append(files, path)
		}
		return nil
	})
	sort.Strings(files)
	return files, err
}

// addFile decodes and validates one rule file and merges it into set.
func addFile(set *Set, name string, data []byte) ErrorList {
	file, err := parser.ParseBytes(data, 0)
	if err != nil {
		return ErrorList{yamlError(name, err)}
	}
	// Everything below works on the one parse: the towns gazetteer is
	// large, and parsing it three times tripled the peak memory of a run.
	var body ast.Node
	if len(file.Docs) > 0 {
		body = file.Docs[0].Body
	}
	// A tag ("!x") means nothing in a rule file, and go-yaml panics on
	// some ("patterns:\n  ! 0"): said where it is, before decoding.
	if tags := tagsIn(body); len(tags) > 0 {
		e := Error{File: name, Msg: "a YAML tag (" + tags[0].GetToken().Value + ") is not allowed in a rule file: remove it, or quote the value it starts"}
		if pos := tags[0].GetToken().Position; pos != nil {
			e.Line, e.Col = pos.Line, pos.Column
		}
		return ErrorList{e}
	}
	var head struct {
		Kind string `yaml:"kind"`
	}
	if body != nil {
		if err := decodeNode(body, &head); err != nil {
			return ErrorList{yamlError(name, err)}
		}
	}
	k, ok := kinds[head.Kind]
	if !ok {
		e := positionOf(name, file, "$.kind")
		if head.Kind == "" {
			e.Msg = "missing kind: want one of " + kindNames()
		} else {
			e.Msg = fmt.Sprintf("unknown kind %q: want one of %s", head.Kind, kindNames())
		}
		return ErrorList{e}
	}
	rf := k.newFile()
	if err := decodeNode(body, rf, yaml.DisallowUnknownField()); err != nil {
		return ErrorList{yamlError(name, err)}
	}
	var errs ErrorList
	for _, fe := range rf.Validate() {
		e := positionOf(name, file, fe.Path)
		e.Msg = fe.Msg
		if fe.First != "" {
			first := positionOf(name, file, fe.First)
			e.Msg += fmt.Sprintf(" (first at line %d)", first.Line)
		}
		errs = append(errs, e)
	}
	if len(errs) == 0 {
		k.merge(set, rf)
		set.recordSources(head.Kind, name, file)
		set.recordExamples(head.Kind, name, file)
	}
	return errs
}

// tagsIn returns the tag nodes under node (none for an empty document).
func tagsIn(node ast.Node) []ast.Node {
	if node == nil {
		return nil
	}
	return ast.Filter(ast.TagType, node)
}

// decodeNode is yaml.NodeToValue that reports a panic of the decoder as an
// error, so that a file the library cannot decode is a rule error, not a
// crash of the command.
func decodeNode(node ast.Node, v any, opts ...yaml.DecodeOption) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("the YAML could not be decoded (%v): check the file's structure against the defaults", r)
		}
	}()
	return yaml.NodeToValue(node, v, opts...)
}

// yamlError turns a goccy/go-yaml error into an Error with the position the
// parser itself reports.
func yamlError(name string, err error) Error {
	var ye yaml.Error
	if errors.As(err, &ye) {
		e := Error{File: name, Msg: ye.GetMessage()}
		if tk := ye.GetToken(); tk != nil && tk.Position != nil {
			e.Line, e.Col = tk.Position.Line, tk.Position.Column
		}
		return e
	}
	return Error{File: name, Msg: err.Error()}
}

// positionOf finds the line and column of a YAML path in a parsed file,
// falling back to the nearest enclosing node that exists.
func positionOf(name string, file *ast.File, path string) Error {
	for p := path; p != ""; p = parentPath(p) {
		yp, err := yaml.PathString(p)
		if err != nil {
			continue
		}
		node, err := yp.FilterFile(file)
		if err != nil || node == nil {
			continue
		}
		if tk := node.GetToken(); tk != nil && tk.Position != nil {
			return Error{File: name, Line: tk.Position.Line, Col: tk.Position.Column}
		}
	}
	return Error{File: name, Line: 1, Col: 1}
}

func parentPath(p string) string {
	i := strings.LastIndexAny(p, ".[")
	if i <= 0 {
		return ""
	}
	return p[:i]
}
