package eval

import (
	"math"
	"math/rand/v2"
	"slices"
)

// Intervals are 95% confidence intervals of a report's headline figures,
// [low, high], by their JSON names ("attr_acc").
type Intervals map[string][2]float64

// Extras are what a report holds beyond the Python scorers' figures, each
// only when asked for (and left out of the JSON otherwise): intervals
// (AddIntervals), and a baseline run's headline figures with intervals of
// the change from them (CompareWith).
type Extras struct {
	Intervals       Intervals          `json:"intervals,omitempty"`
	Baseline        map[string]float64 `json:"baseline,omitempty"`
	ChangeIntervals Intervals          `json:"change_intervals,omitempty"`
}

// tally is one article's counts behind its kind's headline figures, in the
// order the kind's headlines read them; an article set's tally is the sum
// of its articles'.
type tally []int

func (t tally) minus(u tally) tally {
	d := make(tally, len(t))
	for i := range t {
		d[i] = t[i] - u[i]
	}
	return d
}

// headline is a figure intervals are given for: its JSON name, its name in
// the table, and how it follows from a tally.
type headline struct {
	name, label string
	of          func(tally) float64
}

func prF1(tpPred, pred, tpGold, gold int) float64 {
	return f1(ratio(tpPred, pred), ratio(tpGold, gold))
}

// Tallies: quotes {pred, pred correct, gold, gold found, attribution
// total, attribution correct, end-to-end pred, end-to-end gold}; dates
// {pred, relaxed pred, gold, relaxed gold, value gold}; mentions {pred,
// overlap pred, gold, overlap gold}.
var (
	quoteHeadlines = []headline{
		{"quote_f1", "quote F1", func(t tally) float64 { return prF1(t[1], t[0], t[3], t[2]) }},
		{"attr_acc", "attribution", func(t tally) float64 { return ratio(t[5], t[4]) }},
		{"e2e_f1", "end-to-end F1", func(t tally) float64 { return prF1(t[6], t[0], t[7], t[2]) }},
	}
	dateHeadlines = []headline{
		{"relaxed_f1", "relaxed F1", func(t tally) float64 { return prF1(t[1], t[0], t[3], t[2]) }},
		{"value_acc", "value accuracy", func(t tally) float64 { return ratio(t[4], t[3]) }},
	}
	mentionHeadlines = []headline{
		{"overlap_f1", "overlap F1", func(t tally) float64 { return prF1(t[1], t[0], t[3], t[2]) }},
	}
)

func quoteTally(c *QuoteCounts) tally {
	return tally{c.Pred, c.PredCorrect, c.Gold, c.GoldFound, c.AttrTotal, c.AttrCorrect, c.E2EPred, c.E2EGold}
}

func dateTally(m *DateMetrics) tally {
	return tally{m.Pred, m.Counts.RelaxedPred, m.Gold, m.Counts.RelaxedGold, m.Counts.ValueGold}
}

func mentionTally(m *MentionMetrics) tally {
	return tally{m.Pred, m.Counts.OverlapPred, m.Gold, m.Counts.OverlapGold}
}

// intervalSeed fixes the draws: the same gold and predictions give the
// same intervals, run after run.
const intervalSeed = 20261126

// AddIntervals sets the report's intervals: a document bootstrap draws the
// gold articles again, as many as there are, with replacement, resamples
// times; each headline figure's interval runs from the 2.5th to the 97.5th
// percentile of its values over the draws. Articles, not quotes or dates,
// are drawn, since the errors of one article go together (one writer's
// habits, one odd layout). It does nothing for a report without articles
// or for resamples < 1.
func (r *Report) AddIntervals(resamples int) {
	if len(r.tallies) == 0 || resamples < 1 {
		return
	}
	heads, ex := r.headlines()
	ex.Intervals = bootstrap(heads, r.tallies, nil, resamples)
}

// bootstrap draws the articles again, resamples times, and returns each
// headline's 95% interval: of its value over the tallies, or, given base
// tallies of the same articles in the same order, of its change from base
// (the same articles drawn for both, a paired bootstrap).
func bootstrap(heads []headline, tallies, base []tally, resamples int) Intervals {
	rng := rand.New(rand.NewPCG(intervalSeed, uint64(resamples)))
	values := make([][]float64, len(heads))
	sum := make(tally, len(tallies[0]))
	var baseSum tally
	if base != nil {
		baseSum = make(tally, len(base[0]))
	}
	for range resamples {
		clear(sum)
		clear(baseSum)
		for range tallies {
			j := rng.IntN(len(tallies))
			for i, v := range tallies[j] {
				sum[i] += v
			}
			if base != nil {
				for i, v := range base[j] {
					baseSum[i] += v
				}
			}
		}
		for h, head := range heads {
			v := head.of(sum)
			if base != nil {
				v -= head.of(baseSum)
			}
			values[h] = append(values[h], v)
		}
	}
	in := Intervals{}
	for h, head := range heads {
		vs := values[h]
		slices.Sort(vs)
		lo := int(math.Floor(0.025 * float64(len(vs))))
		hi := max(int(math.Ceil(0.975*float64(len(vs))))-1, lo)
		in[head.name] = [2]float64{round4(vs[lo]), round4(vs[hi])}
	}
	return in
}

// headlines returns the report's headline figures and its metrics'
// extras.
func (r *Report) headlines() ([]headline, *Extras) {
	switch {
	case r.Quotes != nil:
		return quoteHeadlines, &r.Quotes.Extras
	case r.Dates != nil:
		return dateHeadlines, &r.Dates.Extras
	}
	return mentionHeadlines, &r.Mentions.Extras
}
