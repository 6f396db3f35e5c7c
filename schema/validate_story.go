package schema

import (
	"bytes"
	_ "embed"
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// StorySchemaID is the $id of the Story JSON Schema.
const StorySchemaID = "https://github.com/newsfacts/extract/schema/story.schema.json"

//go:embed story.schema.json
var storySchema []byte

var (
	storyOnce     sync.Once
	storyCompiled *jsonschema.Schema
	storyErr      error
)

// StorySchemaJSON returns the JSON Schema (draft 2020-12) that every Story
// line satisfies. The caller may keep but must not modify the slice.
func StorySchemaJSON() []byte { return storySchema }

func storyValidator() (*jsonschema.Schema, error) {
	storyOnce.Do(func() {
		doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(storySchema))
		if err != nil {
			storyErr = fmt.Errorf("schema: parse story.schema.json: %w", err)
			return
		}
		c := jsonschema.NewCompiler()
		c.DefaultDraft(jsonschema.Draft2020)
		if err := c.AddResource(StorySchemaID, doc); err != nil {
			storyErr = fmt.Errorf("schema: load story.schema.json: %w", err)
			return
		}
		storyCompiled, storyErr = c.Compile(StorySchemaID)
		if storyErr != nil {
			storyErr = fmt.Errorf("schema: compile story.schema.json: %w", storyErr)
		}
	})
	return storyCompiled, storyErr
}

// StoryValidationError is returned by ValidateStory when a line is JSON but
// does not match the Story schema. Problems lists one entry per failed
// check, as "at /quotes/0/id: ..." with the JSON Pointer of the value.
type StoryValidationError struct {
	Problems []string
	cause    *jsonschema.ValidationError
}

func (e *StoryValidationError) Error() string {
	return "story record does not match the schema: " + strings.Join(e.Problems, "; ")
}

// Unwrap gives the underlying jsonschema error, with the full tree of causes.
func (e *StoryValidationError) Unwrap() error { return e.cause }

// ValidateStory checks one JSON line (a single Story record) against the
// Story schema. It returns nil when the line is valid, an error saying why
// it is not JSON, or a *StoryValidationError naming the path of every
// offending value.
func ValidateStory(line []byte) error {
	sch, err := storyValidator()
	if err != nil {
		return err
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(line))
	if err != nil {
		return fmt.Errorf("story record is not valid JSON: %w", err)
	}
	err = sch.Validate(inst)
	if err == nil {
		return nil
	}
	ve, ok := err.(*jsonschema.ValidationError)
	if !ok {
		return err
	}
	var problems []string
	leaves(ve, &problems)
	sort.Strings(problems)
	return &StoryValidationError{Problems: compact(problems), cause: ve}
}
