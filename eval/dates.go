package eval

import (
	"fmt"
	"slices"
	"strings"
)

// DateMetrics are the date figures. The JSON keys are those of
// score_dates.py --json, plus "kind", "counts" and "notes".
type DateMetrics struct {
	Kind        Kind       `json:"kind"`
	Gold        int        `json:"gold"` // gold dates
	Pred        int        `json:"pred"` // predicted dates, less those dropped as neutral
	StrictP     float64    `json:"strict_p"`
	StrictR     float64    `json:"strict_r"`
	StrictF1    float64    `json:"strict_f1"`
	RelaxedP    float64    `json:"relaxed_p"`
	RelaxedR    float64    `json:"relaxed_r"`
	RelaxedF1   float64    `json:"relaxed_f1"`
	ValueAcc    float64    `json:"value_acc"`
	ValueP      float64    `json:"value_p"`
	ValueR      float64    `json:"value_r"`
	ValueF1     float64    `json:"value_f1"`
	MissingDocs int        `json:"missing_docs"`
	Counts      DateCounts `json:"counts"`
	Notes       Notes      `json:"notes"`
	Extras
}

// DateCounts are the counts behind DateMetrics.
type DateCounts struct {
	GoldDocs     int `json:"gold_docs"`
	PredDocs     int `json:"pred_docs"`
	UnknownDocs  int `json:"unknown_docs"`
	StrictGold   int `json:"strict_gold"`   // gold dates predicted with their exact span
	StrictPred   int `json:"strict_pred"`   // predicted dates with the exact span of a gold date
	RelaxedGold  int `json:"relaxed_gold"`  // gold dates overlapped by a prediction
	RelaxedPred  int `json:"relaxed_pred"`  // predicted dates overlapping a gold date
	ValueGold    int `json:"value_gold"`    // matched gold dates given the right value
	ValuePred    int `json:"value_pred"`    // predictions overlapping a gold date with their value
	NeutralDrops int `json:"neutral_drops"` // predictions dropped for lying on a neutral stretch only
}

// normValue is a date value as compared: trimmed, with a midnight time
// dropped; ok is false for a missing value.
func normValue(v *string) (string, bool) {
	if v == nil {
		return "", false
	}
	s := pyStrip(*v)
	for _, suffix := range []string{"T00:00:00", "T00:00"} {
		s = strings.TrimSuffix(s, suffix)
	}
	return s, true
}

func sameValue(a, b *string) bool {
	x, okx := normValue(a)
	y, oky := normValue(b)
	return okx == oky && x == y
}

// scoreDates computes the date metrics (see the package documentation).
func scoreDates(g *Gold, p *Pred) (*DateMetrics, []Error, []tally) {
	m := &DateMetrics{Kind: Dates}
	c := &m.Counts
	c.GoldDocs = len(g.Docs)
	m.Notes, c.PredDocs, c.UnknownDocs = p.tally(g, Dates)
	var misses, fps, wrong []Error
	var tallies []tally
	for _, gd := range g.Docs {
		before := dateTally(m)
		pd := p.Doc(gd.ID)
		if pd == nil {
			m.MissingDocs++
			pd = &PredDoc{}
		}
		var preds []PredDate
		for _, x := range pd.Dates {
			onGold := slices.ContainsFunc(gd.Dates, func(gx GoldDate) bool { return touches(x.Span, gx.Span) })
			onNeutral := slices.ContainsFunc(gd.Neutral, func(n GoldMention) bool { return touches(x.Span, n.Span) })
			if !onGold && onNeutral {
				c.NeutralDrops++
				continue
			}
			preds = append(preds, x)
		}
		m.Gold += len(gd.Dates)
		m.Pred += len(preds)
		for _, gx := range gd.Dates {
			var hits []PredDate
			for _, x := range preds {
				if touches(x.Span, gx.Span) {
					hits = append(hits, x)
				}
			}
			if len(hits) == 0 {
				misses = append(misses, Error{Category: Miss, Doc: gd.ID, Span: gx.Span, HasSpan: true, Text: gx.Text,
					Detail: "value " + valueString(gx.Value)})
				continue
			}
			c.RelaxedGold++
			best := hits[0]
			if i := slices.IndexFunc(hits, func(x PredDate) bool { return x.Span == gx.Span }); i >= 0 {
				c.StrictGold++
				best = hits[i]
			}
			if sameValue(best.Value, gx.Value) {
				c.ValueGold++
			} else {
				wrong = append(wrong, Error{Category: WrongValue, Doc: gd.ID, Span: gx.Span, HasSpan: true, Text: gx.Text,
					Detail: fmt.Sprintf("gold %s, predicted %s (%s at %s)", valueString(gx.Value), valueString(best.Value),
						textString(best.Text), spanString(best.Span))})
			}
		}
		for _, x := range preds {
			strict, relaxed, value := false, false, false
			for _, gx := range gd.Dates {
				if !touches(x.Span, gx.Span) {
					continue
				}
				relaxed = true
				strict = strict || x.Span == gx.Span
				value = value || sameValue(gx.Value, x.Value)
			}
			if !relaxed {
				e := Error{Category: FalsePositive, Doc: gd.ID, Span: x.Span, HasSpan: true,
					Detail: "value " + valueString(x.Value)}
				if x.Text != nil {
					e.Text = *x.Text
				}
				fps = append(fps, e)
				continue
			}
			c.RelaxedPred++
			if strict {
				c.StrictPred++
			}
			if value {
				c.ValuePred++
			}
		}
		tallies = append(tallies, dateTally(m).minus(before))
	}
	m.StrictP, m.StrictR, m.StrictF1 = prf(c.StrictPred, m.Pred, c.StrictGold, m.Gold)
	m.RelaxedP, m.RelaxedR, m.RelaxedF1 = prf(c.RelaxedPred, m.Pred, c.RelaxedGold, m.Gold)
	m.ValueP, m.ValueR, m.ValueF1 = prf(c.ValuePred, m.Pred, c.ValueGold, m.Gold)
	m.ValueAcc = round4(ratio(c.ValueGold, c.RelaxedGold))
	return m, slices.Concat(misses, fps, wrong), tallies
}

func valueString(v *string) string {
	if v == nil {
		return "null"
	}
	return *v
}

func textString(t *string) string {
	if t == nil {
		return "null"
	}
	return fmt.Sprintf("%q", *t)
}
