package schema

import (
	"encoding/json"
	"errors"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func strPtr(s string) *string { return &s }

// fullExtraction uses every field of every type, so that a field added to
// the Go types without the schema (or the reverse) fails a test.
func fullExtraction() Extraction {
	text := "“We didn’t get there,” Trump said on Friday in Anchorage."
	return Extraction{
		SchemaVersion: Version,
		Doc: DocInfo{
			ID:          "seed/001",
			Title:       "Putin Invites Trump to Moscow After Alaska Summit",
			URL:         "https://example.org/a",
			Source:      "example",
			Story:       "alaska-summit",
			Published:   "2025-08-16",
			ContentHash: ContentHash(text),
			Length:      len([]rune(text)),
		},
		Quotes: []Quote{{
			ID:   QuoteID("We didn’t get there,"),
			Text: "We didn’t get there,",
			Span: Span{1, 21},
			Kind: QuoteFull,
			Speaker: &Speaker{
				Name:        "Donald J. Trump",
				Kind:        SpeakerPerson,
				PersonID:    PersonID("Donald J. Trump"),
				Title:       "President",
				Affiliation: "US",
				Mention:     Mention{Text: "Trump", Span: Span{23, 28}},
				ResolvedBy:  ByExplicit,
				Rule:        "attr.said-after",
			},
			Cue: &Mention{Text: "said", Span: Span{29, 33}},
		}, {
			ID:      QuoteID("unattributed"),
			Text:    "unattributed",
			Span:    Span{40, 52},
			Kind:    QuotePartial,
			Speaker: nil,
			Cue:     nil,
		}},
		People: []Person{{
			ID:          PersonID("Donald J. Trump"),
			Name:        "Donald J. Trump",
			Aliases:     []string{"Trump"},
			Titles:      []string{"President"},
			Affiliation: "US",
			Mentions:    []Mention{{Text: "Trump", Span: Span{23, 28}}},
			Rule:        "titles:President",
		}},
		Places: []Place{{
			ID:       PlaceID("Anchorage", "US"),
			Name:     "Anchorage",
			Kind:     "city",
			Country:  "US",
			Mentions: []Mention{{Text: "Anchorage", Span: Span{47, 56}}},
			Rule:     "gazetteer:anchorage us",
		}},
		Dates: []Date{{
			Text:        "Friday",
			Span:        Span{37, 43},
			Value:       strPtr("2025-08-15"),
			Granularity: "day",
			Resolution:  ResolvedRelative,
			Anchor:      "2025-08-16",
			Note:        "last Friday before publication",
			Rule:        "dates.weekday",
		}, {
			Text:        "some day",
			Span:        Span{0, 0},
			Value:       nil,
			Granularity: "day",
			Resolution:  ResolvedAbsolute,
			Rule:        "dates.vague",
		}},
		Excluded: []Excluded{{Span: Span{0, 0}, Text: "", Rule: "boilerplate.theme"}},
		Warnings: []Warning{
			{Code: "unclosed_quote", Message: "quotation mark never closed", Span: &Span{1, 2}},
			{Code: "odd", Message: "no span"},
		},
	}
}

func emptyExtraction() Extraction {
	return Extraction{
		SchemaVersion: Version,
		Doc:           DocInfo{ID: "x", Length: 0},
		Quotes:        []Quote{},
		People:        []Person{},
		Places:        []Place{},
		Dates:         []Date{},
		Excluded:      []Excluded{},
		Warnings:      []Warning{},
	}
}

func marshal(t *testing.T, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	require.NoError(t, err)
	return b
}

func TestSchemaCompiles(t *testing.T) {
	_, err := extraction.schema()
	require.NoError(t, err)
	var m map[string]any
	require.NoError(t, json.Unmarshal(SchemaJSON(), &m))
	assert.Equal(t, SchemaID, m["$id"])
	assert.Equal(t, "https://json-schema.org/draft/2020-12/schema", m["$schema"])
}

func TestValidateValid(t *testing.T) {
	errRec := emptyExtraction()
	errRec.Error = &Error{Reason: "invalid UTF-8 at byte 3", File: "in.jsonl", Line: 2}

	errRecWarn := errRec
	errRecWarn.Warnings = []Warning{{Code: "odd", Message: "seen before failing"}}

	tests := []struct {
		name string
		rec  Extraction
	}{
		{"full", fullExtraction()},
		{"empty slices", emptyExtraction()},
		{"error record", errRec},
		{"error record with warning", errRecWarn},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.NoError(t, Validate(marshal(t, tt.rec)))
		})
	}
}

// mutate unmarshals a valid record into generic JSON, applies f and
// marshals it back.
func mutate(t *testing.T, rec Extraction, f func(m map[string]any)) []byte {
	t.Helper()
	var m map[string]any
	require.NoError(t, json.Unmarshal(marshal(t, rec), &m))
	f(m)
	return marshal(t, m)
}

func quote0(m map[string]any) map[string]any {
	return m["quotes"].([]any)[0].(map[string]any)
}

func TestValidateInvalid(t *testing.T) {
	tests := []struct {
		name string
		base func() Extraction
		f    func(m map[string]any)
		want string // substring of the error, naming the path
	}{
		{"missing schema_version", fullExtraction, func(m map[string]any) { delete(m, "schema_version") }, "at (root): missing property 'schema_version'"},
		{"wrong schema_version", fullExtraction, func(m map[string]any) { m["schema_version"] = "2.0.0" }, "at /schema_version:"},
		{"span with 3 numbers", fullExtraction, func(m map[string]any) { quote0(m)["span"] = []any{1, 2, 3} }, "at /quotes/0/span"},
		{"span with 1 number", fullExtraction, func(m map[string]any) { quote0(m)["span"] = []any{1} }, "at /quotes/0/span"},
		{"negative span", fullExtraction, func(m map[string]any) { quote0(m)["span"] = []any{-1, 2} }, "at /quotes/0/span/0"},
		{"fractional span", fullExtraction, func(m map[string]any) { quote0(m)["span"] = []any{1.5, 2} }, "at /quotes/0/span/0"},
		{"kind other", fullExtraction, func(m map[string]any) { quote0(m)["kind"] = "other" }, "at /quotes/0/kind"},
		{"null quotes array", fullExtraction, func(m map[string]any) { m["quotes"] = nil }, "at /quotes"},
		{"null people array", emptyExtraction, func(m map[string]any) { m["people"] = nil }, "at /people"},
		{"missing warnings", emptyExtraction, func(m map[string]any) { delete(m, "warnings") }, "missing property 'warnings'"},
		{"unknown top-level field", fullExtraction, func(m map[string]any) { m["extra"] = 1 }, "at (root)"},
		{"unknown nested field", fullExtraction, func(m map[string]any) { quote0(m)["confidence"] = 0.9 }, "at /quotes/0"},
		{"bad speaker kind", fullExtraction, func(m map[string]any) {
			quote0(m)["speaker"].(map[string]any)["kind"] = "robot"
		}, "at /quotes/0/speaker/kind"},
		{"bad resolved_by", fullExtraction, func(m map[string]any) {
			quote0(m)["speaker"].(map[string]any)["resolved_by"] = "guess"
		}, "at /quotes/0/speaker/resolved_by"},
		{"speaker missing mention", fullExtraction, func(m map[string]any) {
			delete(quote0(m)["speaker"].(map[string]any), "mention")
		}, "at /quotes/0/speaker"},
		{"missing speaker key", fullExtraction, func(m map[string]any) { delete(quote0(m), "speaker") }, "missing property 'speaker'"},
		{"cue is a string", fullExtraction, func(m map[string]any) { quote0(m)["cue"] = "said" }, "at /quotes/0/cue"},
		{"bad quote id", fullExtraction, func(m map[string]any) { quote0(m)["id"] = "quote-1" }, "at /quotes/0/id"},
		{"date value number", fullExtraction, func(m map[string]any) {
			m["dates"].([]any)[0].(map[string]any)["value"] = 2025
		}, "at /dates/0/value"},
		{"bad resolution", fullExtraction, func(m map[string]any) {
			m["dates"].([]any)[0].(map[string]any)["resolution"] = "guessed"
		}, "at /dates/0/resolution"},
		{"missing doc length", fullExtraction, func(m map[string]any) {
			delete(m["doc"].(map[string]any), "length")
		}, "at /doc"},
		{"warning span null", fullExtraction, func(m map[string]any) {
			m["warnings"].([]any)[0].(map[string]any)["span"] = nil
		}, "at /warnings/0/span"},
		{"error without reason", emptyExtraction, func(m map[string]any) { m["error"] = map[string]any{} }, "at /error"},
		{"error record with quotes", fullExtraction, func(m map[string]any) { m["error"] = map[string]any{"reason": "x"} }, "at /quotes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := Validate(mutate(t, tt.base(), tt.f))
			require.Error(t, err)
			var ve *ValidationError
			require.True(t, errors.As(err, &ve), "want *ValidationError, got %T", err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}

func TestValidateNotJSON(t *testing.T) {
	for _, in := range []string{"", "{", `{"a":1} {"b":2}`, "not json"} {
		err := Validate([]byte(in))
		require.Error(t, err, "input %q", in)
		assert.Contains(t, err.Error(), "not valid JSON")
	}
}

// TestSchemaCoversGoTypes checks that the schema's properties are exactly
// the JSON fields of the Go types and that its required lists are exactly
// the fields without omitempty, so the two cannot drift apart silently.
func TestSchemaCoversGoTypes(t *testing.T) {
	assertSchemaCoversTypes(t, SchemaJSON(), "Extraction", reflect.TypeOf(Extraction{}), map[string]reflect.Type{
		"doc":      reflect.TypeOf(DocInfo{}),
		"quote":    reflect.TypeOf(Quote{}),
		"speaker":  reflect.TypeOf(Speaker{}),
		"mention":  reflect.TypeOf(Mention{}),
		"person":   reflect.TypeOf(Person{}),
		"place":    reflect.TypeOf(Place{}),
		"date":     reflect.TypeOf(Date{}),
		"excluded": reflect.TypeOf(Excluded{}),
		"warning":  reflect.TypeOf(Warning{}),
		"error":    reflect.TypeOf(Error{}),
	})
}

// assertSchemaCoversTypes checks that a JSON Schema's top-level properties
// and each of its $defs match the JSON fields of a Go type: the same
// names, and required exactly where there is no omitempty.
func assertSchemaCoversTypes(t *testing.T, schemaJSON []byte, rootName string, root reflect.Type, defs map[string]reflect.Type) {
	t.Helper()
	var s struct {
		Properties map[string]any `json:"properties"`
		Required   []string       `json:"required"`
		Defs       map[string]struct {
			Properties map[string]any `json:"properties"`
			Required   []string       `json:"required"`
		} `json:"$defs"`
	}
	require.NoError(t, json.Unmarshal(schemaJSON, &s))

	check := func(name string, typ reflect.Type, props map[string]any, required []string) {
		var fields, req []string
		for i := 0; i < typ.NumField(); i++ {
			tag := typ.Field(i).Tag.Get("json")
			if tag == "-" || tag == "" {
				continue
			}
			parts := strings.Split(tag, ",")
			fields = append(fields, parts[0])
			if !strings.Contains(tag, ",omitempty") {
				req = append(req, parts[0])
			}
		}
		var got []string
		for k := range props {
			got = append(got, k)
		}
		sort.Strings(fields)
		sort.Strings(req)
		sort.Strings(got)
		r := append([]string(nil), required...)
		sort.Strings(r)
		assert.Equal(t, fields, got, "%s: properties", name)
		assert.Equal(t, req, r, "%s: required", name)
	}
	check(rootName, root, s.Properties, s.Required)
	for def, typ := range defs {
		d, ok := s.Defs[def]
		require.True(t, ok, "missing $defs/%s", def)
		check(def, typ, d.Properties, d.Required)
	}
}

func TestValidateConcurrent(t *testing.T) {
	line := marshal(t, fullExtraction())
	done := make(chan error, 8)
	for i := 0; i < 8; i++ {
		go func() { done <- Validate(line) }()
	}
	for i := 0; i < 8; i++ {
		assert.NoError(t, <-done)
	}
}
