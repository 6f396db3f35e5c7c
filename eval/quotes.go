package eval

import (
	"fmt"
	"slices"
	"strings"

	"github.com/newsfacts/extract/schema"
)

// QuoteMetrics are the quote and speaker figures. The JSON keys are those
// of score_quotes.py --json, plus "kind".
type QuoteMetrics struct {
	Kind    Kind        `json:"kind"`
	QuoteP  float64     `json:"quote_p"`
	QuoteR  float64     `json:"quote_r"`
	QuoteF1 float64     `json:"quote_f1"`
	AttrAcc float64     `json:"attr_acc"`
	E2EP    float64     `json:"e2e_p"`
	E2ER    float64     `json:"e2e_r"`
	E2EF1   float64     `json:"e2e_f1"`
	Counts  QuoteCounts `json:"counts"`
	// ByKind breaks recall down by the gold quote's kind (full, partial).
	ByKind map[string]QuoteKindMetrics `json:"by_kind"`
	Notes  Notes                       `json:"notes"`
	Extras
}

// QuoteCounts are the counts behind QuoteMetrics.
type QuoteCounts struct {
	GoldDocs    int `json:"gold_docs"`    // articles in the gold
	PredDocs    int `json:"pred_docs"`    // of those, how many have a prediction
	MissingDocs int `json:"missing_docs"` // gold articles with no prediction
	UnknownDocs int `json:"unknown_docs"` // predictions for articles not in the gold
	Gold        int `json:"gold"`         // gold quotes
	GoldFound   int `json:"gold_found"`   // gold quotes found
	Pred        int `json:"pred"`         // predicted quotes
	PredCorrect int `json:"pred_correct"` // predicted quotes that are gold
	AttrTotal   int `json:"attr_total"`   // found gold quotes with a source
	AttrCorrect int `json:"attr_correct"` // of those, rightly attributed
	AttrNull    int `json:"attr_null"`    // of those, predicted with speaker null
	E2EGold     int `json:"e2e_gold"`     // gold quotes found and rightly attributed
	E2EPred     int `json:"e2e_pred"`     // predicted quotes correct and rightly attributed
}

// QuoteKindMetrics are the figures for the gold quotes of one kind.
type QuoteKindMetrics struct {
	Gold    int     `json:"gold"`
	Found   int     `json:"found"`
	QuoteR  float64 `json:"quote_r"`
	AttrAcc float64 `json:"attr_acc"`
	E2ER    float64 `json:"e2e_r"`
}

type kindCounts struct{ gold, found, attrTotal, attrCorrect, e2e int }

// scoreQuotes computes the quote metrics (see the package documentation).
func scoreQuotes(g *Gold, p *Pred, texts Texts) (*QuoteMetrics, []Error, []tally) {
	m := &QuoteMetrics{Kind: Quotes, ByKind: map[string]QuoteKindMetrics{}}
	c := &m.Counts
	c.GoldDocs = len(g.Docs)
	m.Notes, c.PredDocs, c.UnknownDocs = p.tally(g, Quotes)
	for _, id := range p.ids {
		checkQuoteTexts(p.docs[id], texts, m.Notes)
	}
	byKind := map[string]*kindCounts{}
	var misses, fps, wrong []Error
	var tallies []tally
	for _, gd := range g.Docs {
		before := quoteTally(c)
		pd := p.Doc(gd.ID)
		if pd == nil {
			c.MissingDocs++
			pd = &PredDoc{}
		}
		n, textKnown := textLen(texts, gd.ID)
		valid := func(q PredQuote) bool { return q.SpanOK && (!textKnown || q.Span[1] <= n) }
		var goldSpans, predSpans []schema.Span
		var validQuotes []PredQuote
		for _, q := range gd.Quotes {
			goldSpans = append(goldSpans, q.Span)
		}
		for _, q := range pd.Quotes {
			if valid(q) {
				validQuotes = append(validQuotes, q)
				predSpans = append(predSpans, q.Span)
			}
		}
		gm, pm := merge(goldSpans), merge(predSpans)
		c.Gold += len(gd.Quotes)
		c.Pred += len(pd.Quotes)

		for _, gq := range gd.Quotes {
			kc := byKind[gq.Kind]
			if kc == nil {
				kc = &kindCounts{}
				byKind[gq.Kind] = kc
			}
			kc.gold++
			if 2*covered(gq.Span, pm) < gq.Span.Len() {
				misses = append(misses, goldQuoteError(Miss, gd.ID, gq, ""))
				continue
			}
			c.GoldFound++
			kc.found++
			if !gq.HasSource() {
				c.E2EGold++
				kc.e2e++
				continue
			}
			// The first predicted quote with the largest overlap.
			best := validQuotes[0]
			for _, q := range validQuotes[1:] {
				if overlap(gq.Span, q.Span) > overlap(gq.Span, best.Span) {
					best = q
				}
			}
			c.AttrTotal++
			kc.attrTotal++
			if best.Speaker == nil {
				c.AttrNull++
			}
			if speakerOK(gq, best.Speaker) {
				c.AttrCorrect++
				c.E2EGold++
				kc.attrCorrect++
				kc.e2e++
			} else {
				wrong = append(wrong, goldQuoteError(WrongSpeaker, gd.ID, gq,
					fmt.Sprintf("; predicted %s", speakerString(best.Speaker))))
			}
		}

		for _, q := range pd.Quotes {
			if !valid(q) || 2*covered(q.Span, gm) < q.Span.Len() {
				fps = append(fps, predQuoteError(gd.ID, q, valid(q)))
				continue
			}
			c.PredCorrect++
			// The first gold quote with the largest overlap.
			best := gd.Quotes[0]
			for _, gq := range gd.Quotes[1:] {
				if overlap(q.Span, gq.Span) > overlap(q.Span, best.Span) {
					best = gq
				}
			}
			if !best.HasSource() || speakerOK(best, q.Speaker) {
				c.E2EPred++
			}
		}
		tallies = append(tallies, quoteTally(c).minus(before))
	}

	qp, qr := ratio(c.PredCorrect, c.Pred), ratio(c.GoldFound, c.Gold)
	ep, er := ratio(c.E2EPred, c.Pred), ratio(c.E2EGold, c.Gold)
	m.QuoteP, m.QuoteR, m.QuoteF1 = round4(qp), round4(qr), round4(f1(qp, qr))
	m.AttrAcc = round4(ratio(c.AttrCorrect, c.AttrTotal))
	m.E2EP, m.E2ER, m.E2EF1 = round4(ep), round4(er), round4(f1(ep, er))
	for kind, kc := range byKind {
		m.ByKind[kind] = QuoteKindMetrics{Gold: kc.gold, Found: kc.found,
			QuoteR: round4(ratio(kc.found, kc.gold)), AttrAcc: round4(ratio(kc.attrCorrect, kc.attrTotal)),
			E2ER: round4(ratio(kc.e2e, kc.gold))}
	}
	return m, slices.Concat(misses, fps, wrong), tallies
}

// checkQuoteTexts counts predicted quotes whose span does not fit the text
// or whose text is not the text at their span, and speaker mentions whose
// text is not the text at their span: signs of byte or UTF-16 offsets.
func checkQuoteTexts(d *PredDoc, texts Texts, notes Notes) {
	text, ok := texts[d.ID]
	var runes []rune
	if ok {
		runes = []rune(text)
	}
	at := func(sp schema.Span) string { return string(runes[sp[0]:sp[1]]) }
	for _, q := range d.Quotes {
		valid := q.SpanOK && (!ok || q.Span[1] <= len(runes))
		switch {
		case !valid:
			notes.add("quotes with a missing or invalid span (counted wrong)")
		case ok && q.Text != nil && *q.Text != at(q.Span):
			notes.add("quotes whose text differs from the input at their span (spans must be code-point offsets)")
		}
		if q.Speaker == nil || q.Speaker.Mention == nil || !ok {
			continue
		}
		mn := q.Speaker.Mention
		if mn.SpanOK && mn.Span[1] <= len(runes) && mn.Text != nil && *mn.Text != at(mn.Span) {
			notes.add("speaker mentions whose text differs from the input at their span")
		}
	}
}

// speakerOK reports whether a predicted speaker rightly attributes a gold
// quote that has a source.
func speakerOK(gq GoldQuote, sp *PredSpeaker) bool {
	if sp == nil || sp.Empty {
		return false
	}
	if mn := sp.Mention; mn != nil && mn.SpanOK {
		for _, s := range gq.SourceSpans {
			if overlap(mn.Span, s) > 0 {
				return true
			}
		}
	}
	if isPronoun(gq.SourceText) {
		return false
	}
	var name *string
	switch {
	case sp.Name != nil && pyStrip(*sp.Name) != "":
		name = sp.Name
	case sp.Mention != nil:
		name = sp.Mention.Text
	}
	if name == nil {
		return false
	}
	last := lastNameWord(*name)
	return last != "" && slices.Contains(words(gq.SourceText), last)
}

func textLen(texts Texts, id string) (int, bool) {
	text, ok := texts[id]
	if !ok {
		return 0, false
	}
	return len([]rune(text)), true
}

func goldQuoteError(cat Category, doc string, gq GoldQuote, more string) Error {
	source := "none"
	if gq.HasSource() {
		source = fmt.Sprintf("%q at %s", gq.SourceText, spansString(gq.SourceSpans))
	}
	return Error{Category: cat, Doc: doc, Span: gq.Span, HasSpan: true, Text: gq.Text,
		Detail: "source " + source + more}
}

func predQuoteError(doc string, q PredQuote, valid bool) Error {
	e := Error{Category: FalsePositive, Doc: doc, Detail: "speaker " + speakerString(q.Speaker)}
	if q.Text != nil {
		e.Text = *q.Text
	}
	if valid {
		e.Span, e.HasSpan = q.Span, true
	} else {
		e.Detail = "invalid span " + q.RawSpan + "; " + e.Detail
	}
	return e
}

func speakerString(sp *PredSpeaker) string {
	if sp == nil {
		return "null"
	}
	name := "null"
	if sp.Name != nil {
		name = fmt.Sprintf("%q", *sp.Name)
	}
	if sp.Mention == nil {
		return name + " (no mention)"
	}
	text := "null"
	if sp.Mention.Text != nil {
		text = fmt.Sprintf("%q", *sp.Mention.Text)
	}
	if !sp.Mention.SpanOK {
		return fmt.Sprintf("%s (mention %s, no valid span)", name, text)
	}
	return fmt.Sprintf("%s (mention %s at %s)", name, text, spanString(sp.Mention.Span))
}

func spansString(spans []schema.Span) string {
	parts := make([]string, len(spans))
	for i, sp := range spans {
		parts[i] = spanString(sp)
	}
	return strings.Join(parts, " + ")
}
