package schema

// Version is written into every record as schema_version. Bump it when a
// field changes meaning or disappears; adding an optional field does not.
const Version = "1.2.0"

// Span is a pair of Unicode code-point offsets [start, end) into the
// document's original text.
type Span [2]int

// Len is the number of code points the span covers.
func (s Span) Len() int { return s[1] - s[0] }

// Document is one input article.
type Document struct {
	ID        string `json:"id"`
	Story     string `json:"story,omitempty"`
	URL       string `json:"url,omitempty"`
	Source    string `json:"source,omitempty"`
	Published string `json:"published,omitempty"`
	Title     string `json:"title,omitempty"`
	Text      string `json:"text"`
	// Location says where the document came from (file, line), for error
	// records; it is not part of the document's content.
	Location Location `json:"-"`
}

// Location points at the place in the input a document was read from.
type Location struct {
	File string `json:"file,omitempty"`
	Line int    `json:"line,omitempty"`
	// Offset is the byte offset in File of the WARC record (see
	// Error.Offset); nil for other inputs.
	Offset *int64 `json:"offset,omitempty"`
}

// DocInfo is the document's metadata as echoed in its Extraction.
type DocInfo struct {
	ID          string `json:"id"`
	Title       string `json:"title,omitempty"`
	URL         string `json:"url,omitempty"`
	Source      string `json:"source,omitempty"`
	Story       string `json:"story,omitempty"`
	Published   string `json:"published,omitempty"`
	ContentHash string `json:"content_hash,omitempty"`
	Length      int    `json:"length"`
	// Text is the document's text, the one every span points into; it is
	// written only when asked for (extract run --emit-text), for instance
	// to check the offsets of a document whose text was extracted from HTML.
	Text string `json:"text,omitempty"`
}

// Extraction is the record written for one input document.
type Extraction struct {
	SchemaVersion string     `json:"schema_version"`
	Doc           DocInfo    `json:"doc"`
	Quotes        []Quote    `json:"quotes"`
	People        []Person   `json:"people"`
	Places        []Place    `json:"places"`
	Dates         []Date     `json:"dates"`
	Excluded      []Excluded `json:"excluded"`
	Warnings      []Warning  `json:"warnings"`
	Error         *Error     `json:"error,omitempty"`
}

// Quote kinds.
const (
	QuoteFull    = "full"    // the whole statement is inside the marks
	QuotePartial = "partial" // a phrase quoted inside reported speech
)

// Ways a speaker was resolved.
const (
	ByExplicit     = "explicit"     // the cue's subject names the person
	ByTitle        = "title"        // a title or role alone ("the president")
	ByPronoun      = "pronoun"      // he, she, they
	ByNominal      = "nominal"      // "the Russian leader"
	ByContinuation = "continuation" // a quote with no cue continues the last speaker
)

// Quote is a verbatim quotation and who said it.
type Quote struct {
	ID      string   `json:"id"`
	Text    string   `json:"text"`
	Span    Span     `json:"span"`
	Kind    string   `json:"kind"`
	Speaker *Speaker `json:"speaker"`
	Cue     *Mention `json:"cue"`
}

// Speaker is the resolved source of a quote.
type Speaker struct {
	Name string `json:"name"`
	// Kind is person, organisation, group or unnamed (see the Speaker*
	// constants).
	Kind        string  `json:"kind"`
	PersonID    string  `json:"person_id,omitempty"`
	Title       string  `json:"title,omitempty"`
	Affiliation string  `json:"affiliation,omitempty"`
	Mention     Mention `json:"mention"`
	ResolvedBy  string  `json:"resolved_by"`
	// Rule is the id of the attribution rule that linked quote and speaker.
	Rule string `json:"rule"`
	// Original is the speaker whose words this one reports, when the quote
	// comes through another source ("“...,” Sanders said, according to
	// CNN": CNN, reporting Sanders).
	Original *Speaker `json:"original,omitempty"`
}

// Speaker kinds.
const (
	SpeakerPerson       = "person"       // a named person, or a pronoun or description resolved to one
	SpeakerOrganisation = "organisation" // "Reuters", "the White House", "the newspaper", "it"
	SpeakerGroup        = "group"        // "officials", "aides", "protesters", an unresolved "they", "Trump and Ryan"
	SpeakerUnnamed      = "unnamed"      // "a senior official", "a spokesman for Clinton"
)

// Mention is a stretch of the text that refers to something.
type Mention struct {
	Text string `json:"text"`
	Span Span   `json:"span"`
	// Form says how a mention names its place when not by name: "demonym"
	// ("Russian troops", "Georgians"). Empty for a name.
	Form string `json:"form,omitempty"`
}

// Person is one entity across all its mentions in the document.
type Person struct {
	ID          string    `json:"id"`
	Name        string    `json:"name"`
	Aliases     []string  `json:"aliases"`
	Titles      []string  `json:"titles"`
	Affiliation string    `json:"affiliation,omitempty"`
	Mentions    []Mention `json:"mentions"`
	// Descriptions are the phrases that refer to the person without naming
	// them ("the Russian leader", "the billionaire"); Mentions holds the
	// names only, as named-entity gold counts them.
	Descriptions []Mention `json:"descriptions,omitempty"`
	// Rule names the rule that recognised the person ("titles:President",
	// "people:first-names", "speech_verbs:cue-subject").
	Rule string `json:"rule"`
}

// Place is a gazetteer entry with its mentions in the document.
type Place struct {
	ID       string    `json:"id"`
	Name     string    `json:"name"`
	Kind     string    `json:"kind"`
	Country  string    `json:"country,omitempty"`
	Mentions []Mention `json:"mentions"`
	// Rule names the gazetteer entry or pattern that found the place.
	Rule string `json:"rule"`
}

// Date resolutions.
const (
	ResolvedAbsolute = "absolute"
	ResolvedRelative = "relative"
)

// Date is a date expression and its normalised value.
type Date struct {
	Text string `json:"text"`
	Span Span   `json:"span"`
	// Value is an ISO 8601 date or partial date (2025-08-15, 2025-08, 2025),
	// or nil when it cannot be resolved (see Note).
	Value       *string `json:"value"`
	Granularity string  `json:"granularity"`
	Resolution  string  `json:"resolution"`
	// Anchor is the publication date a relative date was resolved against.
	Anchor string `json:"anchor,omitempty"`
	Note   string `json:"note,omitempty"`
	Rule   string `json:"rule"`
}

// Excluded is a stretch of boilerplate left out of extraction. The text is
// kept; only its range is marked, so every offset stays valid.
type Excluded struct {
	Span Span   `json:"span"`
	Text string `json:"text"`
	Rule string `json:"rule"`
}

// Warning reports something odd about the document that did not stop it
// being processed, such as a quotation mark never closed.
type Warning struct {
	Code    string `json:"code"`
	Message string `json:"message"`
	Span    *Span  `json:"span,omitempty"`
}

// Error says why a document could not be processed, and where it was read.
type Error struct {
	Reason string `json:"reason"`
	File   string `json:"file,omitempty"`
	Line   int    `json:"line,omitempty"`
	// Offset is the byte offset in File of the WARC record the document
	// was read from (of its gzip member in a .warc.gz). A pointer because
	// 0, the first record, is a valid offset.
	Offset *int64 `json:"offset,omitempty"`
}
