package extract

import (
	"fmt"
	"strings"

	"github.com/newsfacts/extract/rules"
	"github.com/newsfacts/extract/schema"
)

// ExampleFailure is a rule example that did not behave as its rule says.
type ExampleFailure struct {
	Ref rules.ExampleRef
	// Msg says what was expected and what the extractor gave instead.
	Msg string
}

func (f ExampleFailure) Error() string {
	return fmt.Sprintf("%s:%d:%d: %s: %s", f.Ref.File, f.Ref.Line, f.Ref.Col, f.Ref.Rule, f.Msg)
}

// examplePublished is the publication date examples are read with unless
// they give one, so that relative dates in them resolve.
const examplePublished = "2025-08-16"

// CheckExamples runs every example of the rules this Extractor was built
// with and returns those that fail: a match example its rule does not fire
// on, or a nomatch example it fires on. Date examples are checked when the
// date rules load (see dates.New).
func (e *Extractor) CheckExamples() []ExampleFailure {
	var out []ExampleFailure
	for _, ref := range e.rules.Examples {
		published := ref.Example.Published
		if published == "" {
			published = examplePublished
		}
		rec := e.Extract(schema.Document{ID: "example", Text: ref.Example.Text, Published: published})
		if rec.Error != nil {
			out = append(out, ExampleFailure{ref, "the example could not be read: " + rec.Error.Reason})
			continue
		}
		fired, got := e.fires(ref, rec)
		switch {
		case ref.Match && !fired:
			out = append(out, ExampleFailure{ref, fmt.Sprintf("expected %s, got %s", expectation(ref), got)})
		case !ref.Match && fired:
			out = append(out, ExampleFailure{ref, fmt.Sprintf("expected no match, got %s", got)})
		}
	}
	return out
}

func expectation(ref rules.ExampleRef) string {
	what := map[string]string{
		"boilerplate":  "the text excluded by this rule",
		"speech_verbs": "a quote cued by this verb",
		"attribution":  "a quote attributed by this pattern",
		"titles":       "a person with this title",
		"people":       "this person",
		"gazetteer":    "this place",
	}[ref.Kind]
	if what == "" {
		what = "a match"
	}
	if ref.Example.Speaker != "" {
		what += " said by " + ref.Example.Speaker
	}
	if ref.Example.Person != "" {
		what += " naming " + ref.Example.Person
	}
	if ref.Example.Place != "" {
		what = "the place " + ref.Example.Place
	}
	return what
}

// fires reports whether the example's rule fired on rec, with what rec
// holds in the rule's area for the message.
func (e *Extractor) fires(ref rules.ExampleRef, rec schema.Extraction) (bool, string) {
	ex := ref.Example
	speakerOK := func(q schema.Quote) bool {
		return ex.Speaker == "" || q.Speaker != nil && strings.Contains(q.Speaker.Name, ex.Speaker)
	}
	switch ref.Kind {
	case "boilerplate":
		var got []string
		for _, x := range rec.Excluded {
			if x.Rule == ref.Rule {
				return true, fmt.Sprintf("%q excluded", x.Text)
			}
			got = append(got, x.Rule)
		}
		return false, describe("exclusions by rules", got)
	case "speech_verbs":
		forms := e.verbForms(ref.Rule)
		var got []string
		for _, q := range rec.Quotes {
			if q.Cue != nil && forms[strings.ToLower(q.Cue.Text)] && speakerOK(q) {
				return true, quoteDescription(q)
			}
			got = append(got, quoteDescription(q))
		}
		return false, describe("quotes", got)
	case "attribution":
		var got []string
		for _, q := range rec.Quotes {
			if q.Speaker != nil && q.Speaker.Rule == ref.Rule && speakerOK(q) {
				return true, quoteDescription(q)
			}
			got = append(got, quoteDescription(q))
		}
		return false, describe("quotes", got)
	case "titles":
		var got []string
		for _, p := range rec.People {
			for _, t := range p.Titles {
				if strings.EqualFold(t, ref.Rule) && (ex.Person == "" || strings.Contains(p.Name, ex.Person)) {
					return true, fmt.Sprintf("%s with title %s", p.Name, t)
				}
			}
			got = append(got, fmt.Sprintf("%s %v", p.Name, p.Titles))
		}
		return false, describe("people", got)
	case "people":
		var got []string
		for _, p := range rec.People {
			if p.Name == ref.Rule {
				return true, "person " + p.Name
			}
			got = append(got, p.Name)
		}
		return false, describe("people", got)
	case "place_patterns":
		return placeExampleFires(ex, rec) // place_patterns.go
	case "gazetteer":
		var got []string
		for _, p := range rec.Places {
			if p.Name == ref.Rule {
				return true, "place " + p.Name
			}
			got = append(got, p.Name)
		}
		return false, describe("places", got)
	}
	return false, "no check for rules of kind " + ref.Kind
}

func (e *Extractor) verbForms(lemma string) map[string]bool {
	forms := map[string]bool{}
	for _, v := range e.rules.SpeechVerbs.Verbs {
		if strings.EqualFold(v.Lemma, lemma) {
			for _, f := range v.AllForms() {
				if v.Particle != "" {
					f += " " + v.Particle // the cue is "shot back"
				}
				forms[f] = true
			}
		}
	}
	return forms
}

func quoteDescription(q schema.Quote) string {
	who := "no speaker"
	if q.Speaker != nil {
		who = fmt.Sprintf("%s by rule %s", q.Speaker.Name, q.Speaker.Rule)
	}
	cue := ""
	if q.Cue != nil {
		cue = fmt.Sprintf(", cue %q", q.Cue.Text)
	}
	return fmt.Sprintf("“%s” (%s%s)", q.Text, who, cue)
}

func describe(what string, items []string) string {
	if len(items) == 0 {
		return "no " + what
	}
	return what + " " + strings.Join(items, "; ")
}
