package extract

import (
	"github.com/newsfacts/extract/schema"
)

// Explanation shows how one document was read, for a rule author: its
// paragraphs, sentences and tagged tokens, the boilerplate left out, and
// every extracted item with the rule that produced it and where that rule
// is written.
type Explanation struct {
	Doc        schema.DocInfo       `json:"doc"`
	Error      *schema.Error        `json:"error,omitempty"`
	Excluded   []ExplainedExclusion `json:"excluded"`
	Paragraphs []ExplainedParagraph `json:"paragraphs"`
	People     []schema.Person      `json:"people"`
	Places     []schema.Place       `json:"places"`
	Dates      []ExplainedDate      `json:"dates"`
	Quotes     []ExplainedQuote     `json:"quotes"`
	Warnings   []schema.Warning     `json:"warnings"`
}

// ExplainedExclusion is a boilerplate range and its rule.
type ExplainedExclusion struct {
	schema.Excluded
	Source string `json:"source"`
}

// ExplainedParagraph is one line of the text with its sentences.
type ExplainedParagraph struct {
	Span      schema.Span         `json:"span"`
	Headline  bool                `json:"headline"`
	Sentences []ExplainedSentence `json:"sentences"`
}

// ExplainedSentence is a sentence (sentences a quote runs across are
// joined) with its tokens.
type ExplainedSentence struct {
	Span   schema.Span      `json:"span"`
	Text   string           `json:"text"`
	Tokens []ExplainedToken `json:"tokens"`
}

// ExplainedToken is a token with its part-of-speech tag.
type ExplainedToken struct {
	Text string      `json:"text"`
	Tag  string      `json:"tag"`
	Span schema.Span `json:"span"`
}

// ExplainedDate is a date with where its rule is written.
type ExplainedDate struct {
	schema.Date
	Source string `json:"source"`
}

// ExplainedQuote is a quote with where the rule that attributed it is
// written ("built in" for continuation, which no file holds).
type ExplainedQuote struct {
	schema.Quote
	Source string `json:"source"`
}

// Explain extracts doc and returns how it was read.
func (e *Extractor) Explain(doc schema.Document) Explanation {
	x, rec := e.extract(doc)
	ex := Explanation{Doc: rec.Doc, Error: rec.Error, Excluded: []ExplainedExclusion{}, Paragraphs: []ExplainedParagraph{},
		People: rec.People, Places: rec.Places, Dates: []ExplainedDate{}, Quotes: []ExplainedQuote{}, Warnings: rec.Warnings}
	for _, r := range rec.Excluded {
		ex.Excluded = append(ex.Excluded, ExplainedExclusion{Excluded: r, Source: e.rules.SourceOf("boilerplate", r.Rule).String()})
	}
	for _, d := range rec.Dates {
		ex.Dates = append(ex.Dates, ExplainedDate{Date: d, Source: e.rules.SourceOf("dates", d.Rule).String()})
	}
	for _, q := range rec.Quotes {
		src := ""
		if q.Speaker != nil {
			src = e.rules.SourceOf("attribution", q.Speaker.Rule).String()
			if src == "" {
				src = "built in"
			}
		}
		ex.Quotes = append(ex.Quotes, ExplainedQuote{Quote: q, Source: src})
	}
	if x == nil {
		return ex
	}
	for pi, p := range x.paras {
		ep := ExplainedParagraph{Span: x.t.schemaSpan(p.span), Headline: p.headline, Sentences: []ExplainedSentence{}}
		for _, s := range x.sents {
			if s.para != pi {
				continue
			}
			es := ExplainedSentence{Span: x.t.schemaSpan(s.span), Text: s.text(x.t.raw), Tokens: []ExplainedToken{}}
			for _, tk := range s.tokens {
				es.Tokens = append(es.Tokens, ExplainedToken{Text: tk.text, Tag: tk.tag, Span: x.t.schemaSpan(tk.span)})
			}
			ep.Sentences = append(ep.Sentences, es)
		}
		ex.Paragraphs = append(ex.Paragraphs, ep)
	}
	return ex
}
