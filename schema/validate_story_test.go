package schema

import (
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func floatPtr(f float64) *float64 { return &f }

// fullStory uses every field of every Story type, so that a field added to
// the Go types without the schema (or the reverse) fails a test.
func fullStory() Story {
	trump := &StorySpeaker{Name: "Donald J. Trump", PersonID: PersonID("Donald J. Trump")}
	putin := StorySpeaker{Name: "Vladimir Putin", PersonID: PersonID("Vladimir Putin")}
	qid := QuoteID("We didn’t get there,")
	return Story{
		SchemaVersion: StorySchemaVersion,
		StoryID:       StoryID("story:alaska"),
		StoryKey:      "alaska",
		Versions: []StoryVersion{
			{DocID: "a", Published: "2025-08-16", Source: "s", URL: "https://example.org/a", Title: "T", ContentHash: ContentHash("x")},
			{DocID: "b", Published: "2025-08-17T10:00:00Z", JoinedBy: &StoryJoin{
				By: JoinSimilarity, With: "a", Score: 1, Text: floatPtr(0.352), Quotes: nil, SameTitle: true,
			}},
		},
		Quotes: []StoryQuote{{
			ID: qid, Text: "We didn’t get there,", Speaker: trump, SeenIn: []string{"a", "b"},
			Variants: []QuoteVariant{
				{DocID: "a", QuoteID: qid, Text: "We didn’t get there,", Span: Span{1, 21}, Kind: QuoteFull, Speaker: trump,
					Mention: &Mention{Text: "Trump", Span: Span{23, 28}}, Cue: &Mention{Text: "told", Span: Span{29, 33}}},
				{DocID: "b", QuoteID: qid + "-2", Text: "we didn't get there", Span: Span{5, 24}, Kind: QuotePartial},
			},
		}},
		People: []StoryPerson{{
			ID: PersonID("Viktor Orbán"), Name: "Viktor Orbán", Aliases: []string{"Orbán"}, Titles: []string{"Prime Minister"},
			Affiliation: "Hungary", SeenIn: []string{"a", "b"},
			Variants: []PersonVariant{{DocID: "a", PersonID: PersonID("Viktor Orbán"), Name: "Viktor Orbán", Mentions: []Mention{{Text: "Orbán", Span: Span{3, 8}}}}},
		}},
		Places: []StoryPlace{{
			ID: PlaceID("Anchorage", "US"), Name: "Anchorage", Kind: "city", Country: "US", SeenIn: []string{"a"},
			Variants: []PlaceVariant{{DocID: "a", Mentions: []Mention{{Text: "Anchorage", Span: Span{47, 56}}}}},
		}},
		Dates: []StoryDate{{
			ID: DateFactID("quote:" + qid + "#0"), Value: strPtr("2025-08-16"), Granularity: "day", QuoteID: qid, SeenIn: []string{"a", "b"},
			Variants: []DateVariant{
				{DocID: "a", Text: "Today", Span: Span{0, 5}, Value: strPtr("2025-08-16"), Resolution: ResolvedRelative, Anchor: "2025-08-16"},
				{DocID: "b", Text: "some day", Span: Span{0, 8}, Value: nil, Resolution: ResolvedAbsolute},
			},
		}},
		Changes: []StoryChange{{
			From: "a", To: "b",
			Added:        []FactRef{{Kind: FactDate, ID: DateFactID("value:2025-08-16"), Label: "Saturday (2025-08-16)"}},
			Removed:      []FactRef{{Kind: FactQuote, ID: QuoteID("critical moment"), Label: "critical moment"}},
			Edited:       []QuoteEdit{{ID: qid, FromText: "in May", ToText: "in June", Diff: []DiffOp{{Op: DiffEqual, Text: "in"}, {Op: DiffDelete, Text: "May"}, {Op: DiffInsert, Text: "June"}}}},
			Reattributed: []Reattribution{{ID: qid, Text: "x", From: *trump, To: putin}},
		}},
		Conflicts: []StoryConflict{{
			Kind: ConflictSpeaker, ID: qid, Label: "x",
			Values: []ConflictValue{{Value: "Donald J. Trump", PersonID: trump.PersonID, SeenIn: []string{"a"}}, {Value: "someone", SeenIn: []string{"b"}}},
		}},
	}
}

func emptyStory() Story {
	return Story{
		SchemaVersion: StorySchemaVersion,
		StoryID:       StoryID("doc:x"),
		Versions:      []StoryVersion{{DocID: "x"}},
		Quotes:        []StoryQuote{}, People: []StoryPerson{}, Places: []StoryPlace{}, Dates: []StoryDate{},
		Changes: []StoryChange{}, Conflicts: []StoryConflict{},
	}
}

func TestStorySchemaCompiles(t *testing.T) {
	_, err := story.schema()
	require.NoError(t, err)
	var m map[string]any
	require.NoError(t, json.Unmarshal(StorySchemaJSON(), &m))
	assert.Equal(t, StorySchemaID, m["$id"])
}

func TestValidateStoryValid(t *testing.T) {
	for name, s := range map[string]Story{"full": fullStory(), "empty": emptyStory()} {
		t.Run(name, func(t *testing.T) {
			assert.NoError(t, ValidateStory(marshal(t, s)))
		})
	}
}

func TestValidateStoryInvalid(t *testing.T) {
	tests := []struct {
		name   string
		mutate func(*Story)
		raw    func([]byte) []byte
		want   string
	}{
		{name: "bad story id", mutate: func(s *Story) { s.StoryID = "story-1" }, want: "at /story_id:"},
		{name: "no versions", mutate: func(s *Story) { s.Versions = []StoryVersion{} }, want: "at /versions:"},
		{name: "null quotes", mutate: func(s *Story) { s.Quotes = nil }, want: "at /quotes:"},
		{name: "bad join", mutate: func(s *Story) { s.Versions[1].JoinedBy.By = "magic" }, want: "at /versions/1/joined_by/by:"},
		{name: "score above 1", mutate: func(s *Story) { s.Versions[1].JoinedBy.Score = 1.5 }, want: "at /versions/1/joined_by/score:"},
		{name: "empty seen_in", mutate: func(s *Story) { s.Quotes[0].SeenIn = []string{} }, want: "at /quotes/0/seen_in:"},
		{name: "bad diff op", mutate: func(s *Story) { s.Changes[0].Edited[0].Diff[0].Op = "keep" }, want: "at /changes/0/edited/0/diff/0/op:"},
		{name: "one conflict value", mutate: func(s *Story) { s.Conflicts[0].Values = s.Conflicts[0].Values[:1] }, want: "at /conflicts/0/values:"},
		{name: "unknown field", raw: func(b []byte) []byte {
			return []byte(strings.Replace(string(b), `"story_id"`, `"extra":1,"story_id"`, 1))
		}, want: "extra"},
		{name: "an extraction record", raw: func([]byte) []byte { return marshal(t, emptyExtraction()) }, want: "at (root):"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := fullStory()
			if tc.mutate != nil {
				tc.mutate(&s)
			}
			line := marshal(t, s)
			if tc.raw != nil {
				line = tc.raw(line)
			}
			err := ValidateStory(line)
			require.Error(t, err)
			var ve *StoryValidationError
			require.True(t, errors.As(err, &ve), "%v", err)
			assert.Contains(t, err.Error(), tc.want)
		})
	}
}

func TestValidateStoryNotJSON(t *testing.T) {
	err := ValidateStory([]byte(`{"story_id":`))
	require.Error(t, err)
	assert.Contains(t, err.Error(), "not valid JSON")
}

// TestStorySchemaCoversGoTypes checks that the Story schema's properties
// are exactly the JSON fields of the Go types, and its required lists the
// fields without omitempty.
func TestStorySchemaCoversGoTypes(t *testing.T) {
	assertSchemaCoversTypes(t, StorySchemaJSON(), "Story", reflect.TypeOf(Story{}), map[string]reflect.Type{
		"version":        reflect.TypeOf(StoryVersion{}),
		"join":           reflect.TypeOf(StoryJoin{}),
		"speaker":        reflect.TypeOf(StorySpeaker{}),
		"mention":        reflect.TypeOf(Mention{}),
		"quote":          reflect.TypeOf(StoryQuote{}),
		"quote_variant":  reflect.TypeOf(QuoteVariant{}),
		"person":         reflect.TypeOf(StoryPerson{}),
		"person_variant": reflect.TypeOf(PersonVariant{}),
		"place":          reflect.TypeOf(StoryPlace{}),
		"place_variant":  reflect.TypeOf(PlaceVariant{}),
		"date":           reflect.TypeOf(StoryDate{}),
		"date_variant":   reflect.TypeOf(DateVariant{}),
		"change":         reflect.TypeOf(StoryChange{}),
		"fact_ref":       reflect.TypeOf(FactRef{}),
		"quote_edit":     reflect.TypeOf(QuoteEdit{}),
		"diff_op":        reflect.TypeOf(DiffOp{}),
		"reattribution":  reflect.TypeOf(Reattribution{}),
		"conflict":       reflect.TypeOf(StoryConflict{}),
		"conflict_value": reflect.TypeOf(ConflictValue{}),
	})
}

// TestStorySchemaDescribesEveryProperty keeps the schema a document: every
// property, at every level, says what it is.
func TestStorySchemaDescribesEveryProperty(t *testing.T) {
	var root any
	require.NoError(t, json.Unmarshal(StorySchemaJSON(), &root))
	var walk func(path string, v any)
	walk = func(path string, v any) {
		m, ok := v.(map[string]any)
		if !ok {
			return
		}
		if props, ok := m["properties"].(map[string]any); ok {
			for name, p := range props {
				pm, _ := p.(map[string]any)
				_, desc := pm["description"]
				assert.True(t, desc || pm["$ref"] != nil && refDescribed(root, pm["$ref"].(string)), "%s/%s has no description", path, name)
				walk(path+"/"+name, p)
			}
			assert.Equal(t, false, m["additionalProperties"], "%s: additionalProperties", path)
		}
		if defs, ok := m["$defs"].(map[string]any); ok {
			for name, d := range defs {
				walk("$defs/"+name, d)
			}
		}
	}
	walk("", root)
}

func refDescribed(root any, ref string) bool {
	name := strings.TrimPrefix(ref, "#/$defs/")
	d, _ := root.(map[string]any)["$defs"].(map[string]any)[name].(map[string]any)
	_, ok := d["description"]
	return ok
}

func TestStoryIDs(t *testing.T) {
	assert.Regexp(t, `^s_[0-9a-f]{16}$`, StoryID("doc:x"))
	assert.Equal(t, StoryID("doc:x"), StoryID("doc:x"))
	assert.NotEqual(t, StoryID("doc:x"), StoryID("doc:y"))
	assert.Regexp(t, `^d_[0-9a-f]{16}$`, DateFactID("value:2025-08-15"))
}

func TestMinHashJSON(t *testing.T) {
	sig := TextSignature{ShingleWords: 3, MinHash: MinHash{0, 1, 0xffffffff, 0x1d630a4b}}
	b, err := json.Marshal(sig)
	require.NoError(t, err)
	assert.JSONEq(t, `{"shingle_words":3,"minhash":"AAAAAAAAAAH/////HWMKSw=="}`, string(b))
	var back TextSignature
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, sig, back)
	assert.Error(t, json.Unmarshal([]byte(`{"minhash":"AAA="}`), &back), "not whole 32-bit values")
	assert.Error(t, json.Unmarshal([]byte(`{"minhash":[1,2]}`), &back), "not a string")
	assert.Error(t, json.Unmarshal([]byte(`{"minhash":"@@"}`), &back), "not base64")
}
