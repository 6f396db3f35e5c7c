package eval

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/newsfacts/extract/input"
	"github.com/newsfacts/extract/schema"
)

// Kind is a kind of gold annotation, named after its key in the gold file
// and in the extractor's records.
type Kind string

// The kinds of gold, in the order they are scored and reported.
const (
	Quotes Kind = "quotes"
	Dates  Kind = "dates"
	Places Kind = "places"
	People Kind = "people"
)

// Kinds lists every kind in report order.
var Kinds = []Kind{Quotes, Dates, Places, People}

// ParseKind reads a kind name as given to --kind.
func ParseKind(s string) (Kind, error) {
	for _, k := range Kinds {
		if string(k) == s {
			return k, nil
		}
	}
	names := make([]string, len(Kinds))
	for i, k := range Kinds {
		names[i] = string(k)
	}
	return "", fmt.Errorf("unknown kind %q (want %s)", s, strings.Join(names, ", "))
}

// Gold is a gold file: annotated articles in file order.
type Gold struct {
	// Name is the file name used in messages.
	Name string
	Docs []*GoldDoc
	// Kinds are the kinds whose key appears on at least one line, in
	// report order.
	Kinds []Kind
	index map[string]*GoldDoc
}

// Doc returns the gold article with the given id, or nil.
func (g *Gold) Doc(id string) *GoldDoc { return g.index[id] }

// GoldDoc is one annotated article.
type GoldDoc struct {
	ID      string
	Line    int
	Quotes  []GoldQuote
	Dates   []GoldDate
	Places  []GoldMention
	People  []GoldMention
	Neutral []GoldMention
}

// Mentions returns the article's gold mentions of kind k (Places or People).
func (d *GoldDoc) Mentions(k Kind) []GoldMention {
	if k == People {
		return d.People
	}
	return d.Places
}

// GoldQuote is a quotation as annotated: the words inside the marks and
// the source (speaker) of the attribution, if one was marked.
type GoldQuote struct {
	Span schema.Span
	Text string
	// Kind is "full" or "partial" as annotated, "(none)" when not given.
	Kind        string
	SourceSpans []schema.Span
	SourceText  string
}

// HasSource reports whether the annotator marked a source.
func (q GoldQuote) HasSource() bool { return len(q.SourceSpans) > 0 }

// GoldDate is a date expression and its normalised value (nil when the
// gold gives none).
type GoldDate struct {
	Span  schema.Span
	Text  string
	Value *string
}

// GoldMention is a place or person mention, or a neutral stretch.
type GoldMention struct {
	Span schema.Span
	Text string
}

// ReadGoldFile reads a gold file (see ReadGold).
func ReadGoldFile(path string) (*Gold, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("gold: %w", err)
	}
	defer f.Close()
	return ReadGold(f, path)
}

// ReadGold reads gold JSON Lines from r; name is the file name for
// messages. Every line must be a JSON object with a unique "id"; the keys
// quotes, dates, places, people and neutral, when present and not null,
// must be arrays of objects of the documented shape, each with a span
// [start, end] of integers, 0 <= start < end. Other keys are ignored. The
// first problem found is returned as a *LineError.
func ReadGold(r io.Reader, name string) (*Gold, error) {
	g := &Gold{Name: name, index: map[string]*GoldDoc{}}
	seen := map[Kind]bool{}
	err := eachLine(r, func(line []byte, lineNo int) error {
		obj, err := parseObject(name, lineNo, line)
		if err != nil {
			return err
		}
		bad := func(format string, args ...any) error {
			return &LineError{File: name, Line: lineNo, Msg: fmt.Sprintf(format, args...)}
		}
		id, ok, err := docID(obj["id"])
		if err != nil {
			return bad("%v", err)
		}
		if !ok {
			return bad("missing id")
		}
		if prev := g.index[id]; prev != nil {
			return bad("duplicate id %q (first on line %d)", id, prev.Line)
		}
		doc := &GoldDoc{ID: id, Line: lineNo}
		for _, k := range Kinds {
			if _, ok := obj[string(k)]; ok {
				seen[k] = true
			}
		}
		if doc.Quotes, err = readItems(obj, "quotes", goldQuote); err != nil {
			return bad("%v", err)
		}
		if doc.Dates, err = readItems(obj, "dates", goldDate); err != nil {
			return bad("%v", err)
		}
		if doc.Places, err = readItems(obj, "places", goldMention(true)); err != nil {
			return bad("%v", err)
		}
		if doc.People, err = readItems(obj, "people", goldMention(true)); err != nil {
			return bad("%v", err)
		}
		if doc.Neutral, err = readItems(obj, "neutral", goldMention(false)); err != nil {
			return bad("%v", err)
		}
		g.Docs = append(g.Docs, doc)
		g.index[id] = doc
		return nil
	})
	if err != nil {
		if _, ok := err.(*LineError); ok {
			return nil, err
		}
		return nil, fmt.Errorf("gold %s: %w", name, err)
	}
	for _, k := range Kinds {
		if seen[k] {
			g.Kinds = append(g.Kinds, k)
		}
	}
	return g, nil
}

// readItems decodes the array obj[key] with parse; errors name the item.
func readItems[T any](obj object, key string, parse func(object) (T, error)) ([]T, error) {
	raws, ok := asArray(obj[key])
	if !ok {
		return nil, fmt.Errorf("%s: want an array, got %s", key, input.JSONKind(obj[key]))
	}
	out := make([]T, 0, len(raws))
	for i, raw := range raws {
		o, ok := asObject(raw)
		if !ok {
			return nil, fmt.Errorf("%s[%d]: want an object, got %s", key, i, input.JSONKind(raw))
		}
		item, err := parse(o)
		if err != nil {
			return nil, fmt.Errorf("%s[%d]: %v", key, i, err)
		}
		out = append(out, item)
	}
	return out, nil
}

func goldSpan(o object, key string) (schema.Span, error) {
	raw, ok := o[key]
	if !ok {
		return schema.Span{}, fmt.Errorf("missing %s", key)
	}
	sp, ok := asSpan(raw)
	if !ok || !proper(sp) {
		return schema.Span{}, fmt.Errorf("%s: want [start, end], integers with 0 <= start < end, got %s", key, compact(raw))
	}
	return sp, nil
}

// goldText reads the annotated text: required for dates and mentions,
// optional (but a string when given) for quotes.
func goldText(o object, key string, required bool) (string, error) {
	raw := o[key]
	if absent(raw) {
		if required {
			return "", fmt.Errorf("missing %s", key)
		}
		return "", nil
	}
	s, ok := asString(raw)
	if !ok {
		return "", fmt.Errorf("%s: want a string, got %s", key, input.JSONKind(raw))
	}
	return s, nil
}

func goldQuote(o object) (GoldQuote, error) {
	var q GoldQuote
	var err error
	if q.Span, err = goldSpan(o, "span"); err != nil {
		return q, err
	}
	if q.Text, err = goldText(o, "text", false); err != nil {
		return q, err
	}
	q.Kind = "(none)"
	if !absent(o["kind"]) {
		if q.Kind, err = goldText(o, "kind", false); err != nil {
			return q, err
		}
	}
	if q.SourceText, err = goldText(o, "source_text", false); err != nil {
		return q, err
	}
	raws, ok := asArray(o["source_spans"])
	if !ok {
		return q, fmt.Errorf("source_spans: want an array of [start, end], got %s", input.JSONKind(o["source_spans"]))
	}
	for i, raw := range raws {
		sp, ok := asSpan(raw)
		if !ok || !proper(sp) {
			return q, fmt.Errorf("source_spans[%d]: want [start, end], integers with 0 <= start < end, got %s", i, compact(raw))
		}
		q.SourceSpans = append(q.SourceSpans, sp)
	}
	return q, nil
}

func goldDate(o object) (GoldDate, error) {
	var d GoldDate
	var err error
	if d.Span, err = goldSpan(o, "span"); err != nil {
		return d, err
	}
	if d.Text, err = goldText(o, "text", true); err != nil {
		return d, err
	}
	if raw := o["value"]; !absent(raw) {
		s, ok := asString(raw)
		if !ok {
			return d, fmt.Errorf("value: want a string or null, got %s", input.JSONKind(raw))
		}
		d.Value = &s
	}
	return d, nil
}

func goldMention(textRequired bool) func(object) (GoldMention, error) {
	return func(o object) (GoldMention, error) {
		var m GoldMention
		var err error
		if m.Span, err = goldSpan(o, "span"); err != nil {
			return m, err
		}
		m.Text, err = goldText(o, "text", textRequired)
		return m, err
	}
}

// compact shortens a raw JSON value for a message.
func compact(raw json.RawMessage) string {
	s := strings.Join(strings.Fields(string(raw)), " ")
	if s == "" {
		return "nothing"
	}
	if r := []rune(s); len(r) > 40 {
		return string(r[:39]) + "…"
	}
	return s
}

// Problem is a gold annotation that disagrees with the article text: its
// span runs past the end, or its text is not the text at its span (usually
// offsets counted in bytes or UTF-16 units instead of code points, or off
// by one).
type Problem struct {
	File string
	Line int
	Doc  string
	// Item names the annotation: "quotes[3]", "places[0]".
	Item string
	Span schema.Span
	Want string // the annotation's text
	Got  string // the article's text at the span ("" when past the end)
	Past bool   // the span ends past the end of the text
}

func (p Problem) String() string {
	if p.Past {
		return fmt.Sprintf("%s:%d: %s %s: span %s ends past the end of the article (%s)", p.File, p.Line, p.Doc, p.Item, spanString(p.Span), p.Got)
	}
	return fmt.Sprintf("%s:%d: %s %s: text %q, but the article has %q at %s", p.File, p.Line, p.Doc, p.Item, clip(p.Want, 60), clip(p.Got, 60), spanString(p.Span))
}

// Check compares every gold span of the given kinds with the article text,
// where texts has it, and returns the disagreements in file order.
func (g *Gold) Check(kinds []Kind, texts Texts) []Problem {
	var out []Problem
	for _, d := range g.Docs {
		text, ok := texts[d.ID]
		if !ok {
			continue
		}
		runes := []rune(text)
		check := func(item string, sp schema.Span, want string) {
			if sp[1] > len(runes) {
				out = append(out, Problem{File: g.Name, Line: d.Line, Doc: d.ID, Item: item, Span: sp, Want: want,
					Got: fmt.Sprintf("%d characters", len(runes)), Past: true})
				return
			}
			if got := string(runes[sp[0]:sp[1]]); want != "" && got != want {
				out = append(out, Problem{File: g.Name, Line: d.Line, Doc: d.ID, Item: item, Span: sp, Want: want, Got: got})
			}
		}
		for _, k := range kinds {
			switch k {
			case Quotes:
				for i, q := range d.Quotes {
					check(fmt.Sprintf("quotes[%d]", i), q.Span, q.Text)
				}
			case Dates:
				for i, x := range d.Dates {
					check(fmt.Sprintf("dates[%d]", i), x.Span, x.Text)
				}
			case Places, People:
				for i, m := range d.Mentions(k) {
					check(fmt.Sprintf("%s[%d]", k, i), m.Span, m.Text)
				}
			}
		}
	}
	return out
}
