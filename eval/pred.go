package eval

import (
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"slices"

	"github.com/newsfacts/extract/input"
	"github.com/newsfacts/extract/schema"
)

// Notes count oddities of the input that do not stop scoring: lines without
// an id, duplicate ids, predicted spans that do not fit the text. Keys are
// sentences; only non-zero counts are kept.
type Notes map[string]int

func (n Notes) add(key string) { n[key]++ }

// tally counts the predicted documents that the gold has and those it
// does not, and gathers the notes on kind k: the file's and its
// documents'.
func (p *Pred) tally(g *Gold, k Kind) (notes Notes, predDocs, unknownDocs int) {
	notes = Notes{}
	for key, v := range p.notes {
		notes[key] = v
	}
	for _, id := range p.ids {
		if g.Doc(id) != nil {
			predDocs++
		} else {
			unknownDocs++
		}
		for key, v := range p.docs[id].notes[k] {
			notes[key] += v
		}
	}
	return notes, predDocs, unknownDocs
}

// Notes about prediction files; the wording is that of score_quotes.py so
// that scripts reading either see the same keys.
const (
	noteNoID       = "lines without a document id (ignored)"
	noteDuplicate  = "duplicate document ids (later lines ignored)"
	noteErrorRecs  = "error records"
	noteNotObjects = "%s that are not objects (ignored)"
)

// Pred holds predictions: one record per document id, in the order read.
type Pred struct {
	// Name is the file name (or a description of the run) for messages.
	Name  string
	docs  map[string]*PredDoc
	ids   []string
	notes Notes
	kinds []Kind
	line  int
}

// NewPred returns an empty set of predictions named name that reads the
// fields of the given kinds (all kinds when none are given); the fields of
// other kinds are not looked at.
func NewPred(name string, kinds ...Kind) *Pred {
	if len(kinds) == 0 {
		kinds = Kinds
	}
	return &Pred{Name: name, docs: map[string]*PredDoc{}, notes: Notes{}, kinds: kinds}
}

// Doc returns the predictions for a document, or nil.
func (p *Pred) Doc(id string) *PredDoc { return p.docs[id] }

// IDs lists the document ids in the order first read.
func (p *Pred) IDs() []string { return p.ids }

// PredDoc is what the extractor predicted for one document.
type PredDoc struct {
	ID   string
	Line int
	// Quotes holds every quote that is a JSON object, in record order.
	Quotes []PredQuote
	Dates  []PredDate
	Places []PredMention
	People []PredMention
	// notes about items of this document, by kind.
	notes map[Kind]Notes
}

// Mentions returns the predicted mentions of kind k (Places or People).
func (d *PredDoc) Mentions(k Kind) []PredMention {
	if k == People {
		return d.People
	}
	return d.Places
}

// PredQuote is a predicted quote.
type PredQuote struct {
	// Span is meaningful when SpanOK: two integers with 0 <= start < end.
	Span    schema.Span
	SpanOK  bool
	RawSpan string // the span as written, for messages
	// Text is the quote's text when it is a string.
	Text    *string
	Speaker *PredSpeaker // nil when null or not an object
}

// PredSpeaker is a predicted quote's speaker.
type PredSpeaker struct {
	// Empty is true for {}: a speaker that says nothing (never right, but
	// not counted as null either).
	Empty bool
	// Name is the canonical name when it is a string.
	Name *string
	// Mention is non-nil when the speaker has a non-empty mention object.
	Mention *PredMention
}

// PredDate is a predicted date.
type PredDate struct {
	Span  schema.Span
	Text  *string
	Value *string // nil unless a string
}

// PredMention is a predicted mention (of a place, a person, or a speaker).
type PredMention struct {
	Span   schema.Span
	SpanOK bool // for speaker mentions: two integers, 0 <= start < end
	Text   *string
	// key tells texts apart when de-duplicating: missing and null are one
	// key, a string another, any other value its JSON.
	key string
}

// ReadPredFile reads a prediction file (see ReadPred).
func ReadPredFile(path string, kinds ...Kind) (*Pred, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("predictions: %w", err)
	}
	defer f.Close()
	return ReadPred(f, path, kinds...)
}

// ReadPred reads predictions, one JSON object per line, as written by
// `extract run`; name is the file name for messages. A line that is not a
// JSON object, or whose id, or whose field of one of the kinds read (all
// when none are given), has the wrong type, is an error (*LineError); odd
// items inside those fields are counted in the notes and ignored.
func ReadPred(r io.Reader, name string, kinds ...Kind) (*Pred, error) {
	p := NewPred(name, kinds...)
	err := eachLine(r, func(line []byte, lineNo int) error {
		return p.AddLine(line, lineNo)
	})
	if err != nil {
		if _, ok := err.(*LineError); ok {
			return nil, err
		}
		return nil, fmt.Errorf("predictions %s: %w", name, err)
	}
	return p, nil
}

// AddRecord adds a record straight from the extractor. It goes through the
// same reading as a line of a file, so a run scores exactly as its output
// file would.
func (p *Pred) AddRecord(rec schema.Extraction) error {
	b, err := json.Marshal(rec)
	if err != nil {
		return err
	}
	return p.AddLine(b, p.line+1)
}

// AddLine adds one line of predictions; lineNo is its number in the file.
func (p *Pred) AddLine(line []byte, lineNo int) error {
	p.line = lineNo
	obj, err := parseObject(p.Name, lineNo, line)
	if err != nil {
		return err
	}
	bad := func(format string, args ...any) error {
		return &LineError{File: p.Name, Line: lineNo, Msg: fmt.Sprintf(format, args...)}
	}
	// The id is doc.id, else a top-level id.
	var id string
	var ok bool
	if doc, isObj := asObject(obj["doc"]); isObj {
		if id, ok, err = docID(doc["id"]); err != nil {
			return bad("doc.%v", err)
		}
	}
	if !ok {
		if id, ok, err = docID(obj["id"]); err != nil {
			return bad("%v", err)
		}
	}
	if !ok {
		p.notes.add(noteNoID)
		return nil
	}
	if p.docs[id] != nil {
		p.notes.add(noteDuplicate)
		return nil
	}
	if truthy(obj["error"]) {
		p.notes.add(noteErrorRecs)
	}
	d := &PredDoc{ID: id, Line: lineNo, notes: map[Kind]Notes{}}
	for _, k := range p.kinds {
		raws, ok := asArray(obj[string(k)])
		if !ok {
			return bad("%s: want an array, got %s", k, input.JSONKind(obj[string(k)]))
		}
		d.notes[k] = Notes{}
		switch k {
		case Quotes:
			d.Quotes = readPredQuotes(raws, d.notes[k])
		case Dates:
			d.Dates = readPredDates(raws, d.notes[k])
		case Places:
			d.Places = readPredMentions(raws, k, d.notes[k])
		case People:
			d.People = readPredMentions(raws, k, d.notes[k])
		}
	}
	p.docs[id] = d
	p.ids = append(p.ids, id)
	return nil
}

func readPredQuotes(raws []json.RawMessage, notes Notes) []PredQuote {
	var out []PredQuote
	for _, raw := range raws {
		o, ok := asObject(raw)
		if !ok {
			notes.add(fmt.Sprintf(noteNotObjects, "quotes"))
			continue
		}
		var q PredQuote
		q.Span, q.SpanOK = asSpan(o["span"])
		q.SpanOK = q.SpanOK && proper(q.Span)
		q.RawSpan = compact(o["span"])
		q.Text = optString(o["text"])
		if sp, ok := asObject(o["speaker"]); ok {
			q.Speaker = &PredSpeaker{Empty: len(sp) == 0, Name: optString(sp["name"])}
			if m, ok := asObject(sp["mention"]); ok && len(m) > 0 {
				pm := PredMention{Text: optString(m["text"])}
				pm.Span, pm.SpanOK = asSpan(m["span"])
				pm.SpanOK = pm.SpanOK && proper(pm.Span)
				q.Speaker.Mention = &pm
			}
		}
		out = append(out, q)
	}
	return out
}

func readPredDates(raws []json.RawMessage, notes Notes) []PredDate {
	var out []PredDate
	for _, raw := range raws {
		o, ok := asObject(raw)
		if !ok {
			notes.add(fmt.Sprintf(noteNotObjects, "dates"))
			continue
		}
		sp, ok := asSpan(o["span"])
		if !ok {
			notes.add("dates without a span of two integers (ignored)")
			continue
		}
		out = append(out, PredDate{Span: sp, Text: optString(o["text"]), Value: optString(o["value"])})
	}
	return out
}

// readPredMentions collects the mentions of every predicted place or
// person (an item without "mentions" but with a "span" is a mention
// itself; a mention may be a bare [start, end]), keeps one of each distinct
// (span, text) pair, and sorts them by span.
func readPredMentions(raws []json.RawMessage, k Kind, notes Notes) []PredMention {
	var out []PredMention
	for _, raw := range raws {
		it, ok := asObject(raw)
		if !ok {
			notes.add(fmt.Sprintf(noteNotObjects, k))
			continue
		}
		var ms []json.RawMessage
		if m, has := it["mentions"]; has && !absent(m) {
			if ms, ok = asArray(m); !ok {
				notes.add(fmt.Sprintf("%s whose mentions are not an array (ignored)", k))
				continue
			}
		} else if _, has := it["span"]; has {
			ms = []json.RawMessage{raw}
		}
		for _, m := range ms {
			var pm PredMention
			spanRaw := m
			pm.key = "n"
			if o, isObj := asObject(m); isObj {
				spanRaw = o["span"]
				if t := o["text"]; !absent(t) {
					if s, isStr := asString(t); isStr {
						pm.Text, pm.key = &s, "s"+s
					} else {
						pm.key = "r" + string(bytes.TrimSpace(t))
					}
				}
			}
			if pm.Span, pm.SpanOK = asSpan(spanRaw); !pm.SpanOK {
				notes.add(fmt.Sprintf("%s mentions without a span of two integers (ignored)", k))
				continue
			}
			out = append(out, pm)
		}
	}
	slices.SortStableFunc(out, func(a, b PredMention) int {
		if c := cmpSpan(a.Span, b.Span); c != 0 {
			return c
		}
		return cmp.Compare(a.key, b.key)
	})
	return slices.CompactFunc(out, func(a, b PredMention) bool { return a.Span == b.Span && a.key == b.key })
}

func cmpSpan(a, b schema.Span) int {
	if c := cmp.Compare(a[0], b[0]); c != 0 {
		return c
	}
	return cmp.Compare(a[1], b[1])
}

func sortSpans(s []schema.Span) { slices.SortFunc(s, cmpSpan) }
