package schema

import (
	_ "embed"
	"strings"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// StorySchemaID is the $id of the Story JSON Schema.
const StorySchemaID = "https://github.com/newsfacts/extract/schema/story.schema.json"

//go:embed story.schema.json
var storySchema []byte

var story = &jsonValidator{file: "story.schema.json", id: StorySchemaID, raw: storySchema}

// StorySchemaJSON returns the JSON Schema (draft 2020-12) that every Story
// line satisfies. The caller may keep but must not modify the slice.
func StorySchemaJSON() []byte { return storySchema }

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
	problems, ve, err := story.check(line, "story record")
	if err != nil || ve == nil {
		return err
	}
	return &StoryValidationError{Problems: problems, cause: ve}
}
