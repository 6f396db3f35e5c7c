package eval

import "slices"

// MentionMetrics are the place or person mention figures. The JSON keys
// are those of score_mentions.py --json, plus "kind", "counts" and "notes".
type MentionMetrics struct {
	Kind Kind `json:"kind"`
	// Facet is the kind again ("places", "people"), as the Python scorer
	// names it.
	Facet       Kind          `json:"facet"`
	Gold        int           `json:"gold"` // gold mentions
	Pred        int           `json:"pred"` // distinct predicted mentions, less those dropped as neutral
	ExactP      float64       `json:"exact_p"`
	ExactR      float64       `json:"exact_r"`
	ExactF1     float64       `json:"exact_f1"`
	OverlapP    float64       `json:"overlap_p"`
	OverlapR    float64       `json:"overlap_r"`
	OverlapF1   float64       `json:"overlap_f1"`
	MissingDocs int           `json:"missing_docs"`
	Counts      MentionCounts `json:"counts"`
	Notes       Notes         `json:"notes"`
	Extras
}

// MentionCounts are the counts behind MentionMetrics.
type MentionCounts struct {
	GoldDocs     int `json:"gold_docs"`
	PredDocs     int `json:"pred_docs"`
	UnknownDocs  int `json:"unknown_docs"`
	ExactGold    int `json:"exact_gold"`    // gold mentions predicted with their exact span
	ExactPred    int `json:"exact_pred"`    // predictions with the exact span of a gold mention
	OverlapGold  int `json:"overlap_gold"`  // gold mentions overlapped by a prediction
	OverlapPred  int `json:"overlap_pred"`  // predictions overlapping a gold mention
	NeutralDrops int `json:"neutral_drops"` // predictions dropped for lying on a neutral stretch only
}

// scoreMentions computes the mention metrics of kind k, Places or People
// (see the package documentation).
func scoreMentions(k Kind, g *Gold, p *Pred) (*MentionMetrics, []Error, []tally) {
	m := &MentionMetrics{Kind: k, Facet: k}
	c := &m.Counts
	c.GoldDocs = len(g.Docs)
	m.Notes, c.PredDocs, c.UnknownDocs = p.tally(g, k)
	var misses, fps []Error
	var tallies []tally
	for _, gd := range g.Docs {
		before := mentionTally(m)
		pd := p.Doc(gd.ID)
		if pd == nil {
			m.MissingDocs++
			pd = &PredDoc{}
		}
		golds := gd.Mentions(k)
		var preds []PredMention
		for _, x := range pd.Mentions(k) {
			onGold := slices.ContainsFunc(golds, func(gm GoldMention) bool { return touches(x.Span, gm.Span) })
			onNeutral := slices.ContainsFunc(gd.Neutral, func(n GoldMention) bool { return touches(x.Span, n.Span) })
			if !onGold && onNeutral {
				c.NeutralDrops++
				continue
			}
			preds = append(preds, x)
		}
		m.Gold += len(golds)
		m.Pred += len(preds)
		for _, gm := range golds {
			if slices.ContainsFunc(preds, func(x PredMention) bool { return x.Span == gm.Span }) {
				c.ExactGold++
			}
			if slices.ContainsFunc(preds, func(x PredMention) bool { return touches(x.Span, gm.Span) }) {
				c.OverlapGold++
			} else {
				misses = append(misses, Error{Category: Miss, Doc: gd.ID, Span: gm.Span, HasSpan: true, Text: gm.Text})
			}
		}
		for _, x := range preds {
			if slices.ContainsFunc(golds, func(gm GoldMention) bool { return gm.Span == x.Span }) {
				c.ExactPred++
			}
			if slices.ContainsFunc(golds, func(gm GoldMention) bool { return touches(x.Span, gm.Span) }) {
				c.OverlapPred++
				continue
			}
			e := Error{Category: FalsePositive, Doc: gd.ID, Span: x.Span, HasSpan: true}
			if x.Text != nil {
				e.Text = *x.Text
			}
			fps = append(fps, e)
		}
		tallies = append(tallies, mentionTally(m).minus(before))
	}
	m.ExactP, m.ExactR, m.ExactF1 = prf(c.ExactPred, m.Pred, c.ExactGold, m.Gold)
	m.OverlapP, m.OverlapR, m.OverlapF1 = prf(c.OverlapPred, m.Pred, c.OverlapGold, m.Gold)
	return m, slices.Concat(misses, fps), tallies
}
