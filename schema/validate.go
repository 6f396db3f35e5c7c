package schema

import (
	"bytes"
	_ "embed"
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/santhosh-tekuri/jsonschema/v6/kind"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
)

// SchemaID is the $id of the Extraction JSON Schema.
const SchemaID = "https://github.com/newsfacts/extract/schema/extraction.schema.json"

//go:embed extraction.schema.json
var extractionSchema []byte

var extraction = &jsonValidator{file: "extraction.schema.json", id: SchemaID, raw: extractionSchema}

// SchemaJSON returns the JSON Schema (draft 2020-12) that every Extraction
// line satisfies. The caller may keep but must not modify the slice.
func SchemaJSON() []byte { return extractionSchema }

// jsonValidator compiles one embedded schema, once, and checks lines
// against it; the Extraction and Story schemas share it.
type jsonValidator struct {
	file, id string
	raw      []byte
	once     sync.Once
	compiled *jsonschema.Schema
	err      error
}

func (v *jsonValidator) schema() (*jsonschema.Schema, error) {
	v.once.Do(func() {
		doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(v.raw))
		if err != nil {
			v.err = fmt.Errorf("schema: parse %s: %w", v.file, err)
			return
		}
		c := jsonschema.NewCompiler()
		c.DefaultDraft(jsonschema.Draft2020)
		if err := c.AddResource(v.id, doc); err != nil {
			v.err = fmt.Errorf("schema: load %s: %w", v.file, err)
			return
		}
		if v.compiled, err = c.Compile(v.id); err != nil {
			v.err = fmt.Errorf("schema: compile %s: %w", v.file, err)
		}
	})
	return v.compiled, v.err
}

// check validates one JSON line. It returns an error when the line is not
// JSON (what names the record), or the sorted problems and their cause when
// it does not match; all nil when it is valid.
func (v *jsonValidator) check(line []byte, what string) ([]string, *jsonschema.ValidationError, error) {
	sch, err := v.schema()
	if err != nil {
		return nil, nil, err
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(line))
	if err != nil {
		return nil, nil, fmt.Errorf("%s is not valid JSON: %w", what, err)
	}
	err = sch.Validate(inst)
	if err == nil {
		return nil, nil, nil
	}
	ve, ok := err.(*jsonschema.ValidationError)
	if !ok {
		return nil, nil, err
	}
	var problems []string
	leaves(ve, &problems)
	sort.Strings(problems)
	return compact(problems), ve, nil
}

// ValidationError is returned by Validate when a line is JSON but does not
// match the schema. Problems lists one entry per failed check, as
// "at /quotes/0/kind: ..." with the JSON Pointer of the offending value.
type ValidationError struct {
	Problems []string
	cause    *jsonschema.ValidationError
}

func (e *ValidationError) Error() string {
	return "extraction record does not match the schema: " + strings.Join(e.Problems, "; ")
}

// Unwrap gives the underlying jsonschema error, with the full tree of causes.
func (e *ValidationError) Unwrap() error { return e.cause }

// Validate checks one JSON line (a single Extraction record) against the
// schema. It returns nil when the line is valid, an error saying why it is
// not JSON, or a *ValidationError naming the path of every offending value.
func Validate(line []byte) error {
	problems, ve, err := extraction.check(line, "extraction record")
	if err != nil || ve == nil {
		return err
	}
	return &ValidationError{Problems: problems, cause: ve}
}

// leaves collects the innermost failures of the tree: the ones that say
// what is wrong, rather than which schema keyword gave up.
func leaves(e *jsonschema.ValidationError, out *[]string) {
	if len(e.Causes) > 0 {
		_, anyOf := e.ErrorKind.(*kind.AnyOf)
		for _, c := range e.Causes {
			// In a nullable value (anyOf: null or an object), a non-null
			// value that fails the object schema also "fails" the null
			// branch; saying "want null" then would only mislead.
			if anyOf && len(e.Causes) > 1 && isWantNull(c) {
				continue
			}
			leaves(c, out)
		}
		return
	}
	path := "(root)"
	if len(e.InstanceLocation) > 0 {
		path = "/" + strings.Join(escapeTokens(e.InstanceLocation), "/")
	}
	*out = append(*out, fmt.Sprintf("at %s: %s", path, e.ErrorKind.LocalizedString(printer)))
}

func isWantNull(e *jsonschema.ValidationError) bool {
	t, ok := e.ErrorKind.(*kind.Type)
	return ok && len(e.Causes) == 0 && len(t.Want) == 1 && t.Want[0] == "null"
}

// printer renders the library's messages, in English as its own Error does.
var printer = message.NewPrinter(language.English)

func escapeTokens(toks []string) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		t = strings.ReplaceAll(t, "~", "~0")
		out[i] = strings.ReplaceAll(t, "/", "~1")
	}
	return out
}

func compact(s []string) []string {
	out := s[:0]
	for i, v := range s {
		if i == 0 || v != s[i-1] {
			out = append(out, v)
		}
	}
	return out
}
