package schema

import (
	"encoding/base64"
	"encoding/binary"
	"encoding/json"
	"fmt"
)

// StorySchemaVersion is written into every Story record as schema_version.
// It moves on its own, independently of Version (the Extraction record's).
const StorySchemaVersion = "1.0.0"

// Story is the record written for one story: every version of it found in
// the input, and its facts (quotes, people, places, dates) aligned across
// those versions. See story.schema.json for the meaning of each field.
type Story struct {
	SchemaVersion string `json:"schema_version"`
	// StoryID is content-derived: "s_" and 16 hex characters of the hash
	// of the story key when the input gave one, otherwise of the doc id of
	// the earliest version.
	StoryID string `json:"story_id"`
	// StoryKey is the `story` key the versions carried, if any.
	StoryKey  string          `json:"story_key,omitempty"`
	Versions  []StoryVersion  `json:"versions"`
	Quotes    []StoryQuote    `json:"quotes"`
	People    []StoryPerson   `json:"people"`
	Places    []StoryPlace    `json:"places"`
	Dates     []StoryDate     `json:"dates"`
	Changes   []StoryChange   `json:"changes"`
	Conflicts []StoryConflict `json:"conflicts"`
}

// StoryVersion is one version of a story: one Extraction record.
type StoryVersion struct {
	DocID       string `json:"doc_id"`
	Published   string `json:"published,omitempty"`
	Source      string `json:"source,omitempty"`
	URL         string `json:"url,omitempty"`
	Title       string `json:"title,omitempty"`
	ContentHash string `json:"content_hash,omitempty"`
	// JoinedBy says why this version belongs with the earlier ones; nil
	// for the first version.
	JoinedBy *StoryJoin `json:"joined_by"`
}

// Ways a version joins a story.
const (
	JoinStoryKey   = "story_key"  // the same story key
	JoinURL        = "url"        // the same canonical URL
	JoinSimilarity = "similarity" // near-duplicate text or quotes
)

// StoryJoin is the evidence that ties a version to the earlier version it
// is closest to.
type StoryJoin struct {
	By   string `json:"by"`
	With string `json:"with"`
	// Score is the similarity (0-1) to that version, rounded to 3 places.
	Score float64 `json:"score"`
	// Text and Quotes are the two similarities the score is made of; nil
	// when one of the records lacks the signal (no text signature, too few
	// quoted words).
	Text      *float64 `json:"text"`
	Quotes    *float64 `json:"quotes"`
	SameTitle bool     `json:"same_title"`
}

// StorySpeaker is who a quote is attributed to.
type StorySpeaker struct {
	Name string `json:"name"`
	// PersonID is the id of the person in the Story's people, when the
	// speaker is one of them.
	PersonID string `json:"person_id,omitempty"`
	// Original is the speaker whose words this one reports (an extraction
	// speaker's original): the two are one speaker when versions compare.
	Original *StorySpeaker `json:"original,omitempty"`
}

// StoryQuote is one quote across the versions of a story.
type StoryQuote struct {
	// ID is schema.QuoteID of Text.
	ID string `json:"id"`
	// Text is the quote as the earliest version carrying it gives it.
	Text    string        `json:"text"`
	Speaker *StorySpeaker `json:"speaker"`
	SeenIn  []string      `json:"seen_in"`
	// Variants are the occurrences of the quote, version by version in
	// order and by position within a version.
	Variants []QuoteVariant `json:"variants"`
}

// QuoteVariant is the quote as one version has it.
type QuoteVariant struct {
	DocID string `json:"doc_id"`
	// QuoteID is the quote's id in that version's Extraction record.
	QuoteID string        `json:"quote_id"`
	Text    string        `json:"text"`
	Span    Span          `json:"span"`
	Kind    string        `json:"kind"`
	Speaker *StorySpeaker `json:"speaker"`
	// Mention is the words that named the speaker in this version.
	Mention *Mention `json:"mention"`
	Cue     *Mention `json:"cue"`
}

// StoryPerson is one person across the versions of a story.
type StoryPerson struct {
	// ID is schema.PersonID of Name.
	ID          string          `json:"id"`
	Name        string          `json:"name"`
	Aliases     []string        `json:"aliases"`
	Titles      []string        `json:"titles"`
	Affiliation string          `json:"affiliation,omitempty"`
	SeenIn      []string        `json:"seen_in"`
	Variants    []PersonVariant `json:"variants"`
}

// PersonVariant is the person as one version names them.
type PersonVariant struct {
	DocID    string    `json:"doc_id"`
	PersonID string    `json:"person_id"`
	Name     string    `json:"name"`
	Mentions []Mention `json:"mentions"`
}

// StoryPlace is one gazetteer entry across the versions of a story.
type StoryPlace struct {
	ID       string         `json:"id"`
	Name     string         `json:"name"`
	Kind     string         `json:"kind"`
	Country  string         `json:"country,omitempty"`
	SeenIn   []string       `json:"seen_in"`
	Variants []PlaceVariant `json:"variants"`
}

// PlaceVariant is the place as one version mentions it.
type PlaceVariant struct {
	DocID    string    `json:"doc_id"`
	Mentions []Mention `json:"mentions"`
}

// StoryDate is one date across the versions of a story. A date outside
// quotes is identified by its resolved value; a date inside a quote by the
// quote and its position in it.
type StoryDate struct {
	ID          string  `json:"id"`
	Value       *string `json:"value"`
	Granularity string  `json:"granularity"`
	// QuoteID is the id of the story quote the date is part of, if any.
	QuoteID  string        `json:"quote_id,omitempty"`
	SeenIn   []string      `json:"seen_in"`
	Variants []DateVariant `json:"variants"`
}

// DateVariant is the date as one version writes and resolves it.
type DateVariant struct {
	DocID      string  `json:"doc_id"`
	Text       string  `json:"text"`
	Span       Span    `json:"span"`
	Value      *string `json:"value"`
	Resolution string  `json:"resolution"`
	Anchor     string  `json:"anchor,omitempty"`
}

// Kinds of fact.
const (
	FactQuote  = "quote"
	FactPerson = "person"
	FactPlace  = "place"
	FactDate   = "date"
)

// StoryChange is what changed from one version to the next.
type StoryChange struct {
	From         string          `json:"from"`
	To           string          `json:"to"`
	Added        []FactRef       `json:"added"`
	Removed      []FactRef       `json:"removed"`
	Edited       []QuoteEdit     `json:"edited"`
	Reattributed []Reattribution `json:"reattributed"`
}

// FactRef names one fact of the story.
type FactRef struct {
	Kind  string `json:"kind"`
	ID    string `json:"id"`
	Label string `json:"label"`
}

// QuoteEdit is a quote whose words differ between two versions.
type QuoteEdit struct {
	ID       string   `json:"id"`
	FromText string   `json:"from_text"`
	ToText   string   `json:"to_text"`
	Diff     []DiffOp `json:"diff"`
}

// Word diff operations.
const (
	DiffEqual  = "equal"
	DiffDelete = "delete"
	DiffInsert = "insert"
)

// DiffOp is a run of words kept, deleted or inserted.
type DiffOp struct {
	Op   string `json:"op"`
	Text string `json:"text"`
}

// Reattribution is a quote whose speaker differs between two versions.
type Reattribution struct {
	ID   string       `json:"id"`
	Text string       `json:"text"`
	From StorySpeaker `json:"from"`
	To   StorySpeaker `json:"to"`
}

// Kinds of conflict.
const (
	ConflictSpeaker   = "speaker"
	ConflictDateValue = "date_value"
)

// StoryConflict is a fact on which versions disagree.
type StoryConflict struct {
	Kind   string          `json:"kind"`
	ID     string          `json:"id"`
	Label  string          `json:"label"`
	Values []ConflictValue `json:"values"`
}

// ConflictValue is one of the values versions give, and which give it.
type ConflictValue struct {
	Value    string   `json:"value"`
	PersonID string   `json:"person_id,omitempty"`
	SeenIn   []string `json:"seen_in"`
}

// TextSignature is a MinHash signature of a document's cleaned text (the
// text less its excluded boilerplate), by which `extract reconcile` finds
// versions of one story without the text. Value i is the least of hash
// function i over the text's shingles of ShingleWords words; two signatures
// agree at a position with a probability equal to the Jaccard similarity of
// the two shingle sets. It is computed by reconcile.Signature (whose package
// comment defines it exactly).
type TextSignature struct {
	ShingleWords int     `json:"shingle_words"`
	MinHash      MinHash `json:"minhash"`
}

// MinHash is the list of values of a MinHash signature. In JSON it is one
// string, the standard base64 encoding (with padding) of the values as
// big-endian 32-bit integers: 128 values make 684 characters on one line,
// where an array of numbers would take twice that.
type MinHash []uint32

// MarshalJSON writes the base64 string.
func (m MinHash) MarshalJSON() ([]byte, error) {
	raw := make([]byte, 4*len(m))
	for i, v := range m {
		binary.BigEndian.PutUint32(raw[4*i:], v)
	}
	return json.Marshal(base64.StdEncoding.EncodeToString(raw))
}

// UnmarshalJSON reads the base64 string.
func (m *MinHash) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("minhash: want a base64 string: %w", err)
	}
	raw, err := base64.StdEncoding.DecodeString(s)
	if err != nil {
		return fmt.Errorf("minhash: %w", err)
	}
	if len(raw)%4 != 0 {
		return fmt.Errorf("minhash: %d bytes is not a whole number of 32-bit values", len(raw))
	}
	out := make(MinHash, len(raw)/4)
	for i := range out {
		out[i] = binary.BigEndian.Uint32(raw[4*i:])
	}
	*m = out
	return nil
}

// StoryID is the id of a story: "s_" and 16 hex characters derived from
// seed (see Story.StoryID).
func StoryID(seed string) string { return "s_" + shortHash(seed) }

// DateFactID is the id of a story date: "d_" and 16 hex characters derived
// from seed, the date's identity (its value, or its quote and position).
func DateFactID(seed string) string { return "d_" + shortHash(seed) }
