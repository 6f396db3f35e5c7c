package eval

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/newsfacts/extract/schema"
)

// Category is a kind of scoring error.
type Category string

// Error categories.
const (
	Miss          Category = "miss"           // a gold item not found
	FalsePositive Category = "false_positive" // a prediction matching no gold item
	WrongSpeaker  Category = "wrong_speaker"  // a found gold quote attributed wrongly
	WrongValue    Category = "wrong_value"    // a matched gold date given another value
)

// Error is one scoring error, for a rule author to look at.
type Error struct {
	Category Category
	Doc      string
	// Span is the gold item's span (the prediction's for a false positive);
	// HasSpan is false for a prediction without a valid span.
	Span    schema.Span
	HasSpan bool
	// Text is the item's text as annotated or predicted.
	Text string
	// Detail says what the gold and the prediction hold beyond the span:
	// the gold source and the predicted speaker, the gold and predicted
	// date values.
	Detail string
}

// Report is the outcome of scoring one kind: exactly one of Quotes, Dates
// and Mentions is set, according to Kind.
type Report struct {
	Kind     Kind
	GoldName string
	PredName string
	Quotes   *QuoteMetrics
	Dates    *DateMetrics
	Mentions *MentionMetrics
	// Errors lists misses, then false positives, then wrong speakers or
	// wrong values, each in gold file order and, within an article, in
	// gold or prediction order.
	Errors []Error
	texts  Texts
	// tallies are each gold article's counts, for AddIntervals.
	tallies []tally
}

// Score scores predictions p against gold g for kind k. texts (which may be
// nil) are the article texts by id: with them a predicted quote span past
// the end of its text counts as wrong, predicted texts are checked against
// the article (see the notes), and the error listing shows context.
func Score(k Kind, g *Gold, p *Pred, texts Texts) *Report {
	r := &Report{Kind: k, GoldName: g.Name, PredName: p.Name, texts: texts}
	switch k {
	case Quotes:
		r.Quotes, r.Errors, r.tallies = scoreQuotes(g, p, texts)
	case Dates:
		r.Dates, r.Errors, r.tallies = scoreDates(g, p)
	default:
		r.Mentions, r.Errors, r.tallies = scoreMentions(k, g, p)
	}
	return r
}

// Metrics returns the metrics struct of the report's kind.
func (r *Report) Metrics() any {
	switch {
	case r.Quotes != nil:
		return r.Quotes
	case r.Dates != nil:
		return r.Dates
	}
	return r.Mentions
}

// WriteJSON writes the metrics as one line of JSON: the keys of the Python
// scorer's --json output, plus "kind" (and "counts" and "notes" for dates
// and mentions).
func (r *Report) WriteJSON(w io.Writer) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(r.Metrics()); err != nil {
		return err
	}
	_, err := w.Write(buf.Bytes())
	return err
}

// WriteTable writes the metrics as a table for people.
func (r *Report) WriteTable(w io.Writer) error {
	var b bytes.Buffer
	fmt.Fprintf(&b, "%s: gold %s, pred %s\n", r.Kind, r.GoldName, r.PredName)
	var notes Notes
	var docs, predDocs, missing, unknown, neutral int
	switch {
	case r.Quotes != nil:
		c := r.Quotes.Counts
		notes, docs, predDocs, missing, unknown = r.Quotes.Notes, c.GoldDocs, c.PredDocs, c.MissingDocs, c.UnknownDocs
	case r.Dates != nil:
		c := r.Dates.Counts
		notes, docs, predDocs, missing, unknown, neutral = r.Dates.Notes, c.GoldDocs, c.PredDocs, r.Dates.MissingDocs, c.UnknownDocs, c.NeutralDrops
	default:
		c := r.Mentions.Counts
		notes, docs, predDocs, missing, unknown, neutral = r.Mentions.Notes, c.GoldDocs, c.PredDocs, r.Mentions.MissingDocs, c.UnknownDocs, c.NeutralDrops
	}
	fmt.Fprintf(&b, "documents: %d gold, %d predicted, %d missing from pred (count as empty), %d unknown ids in pred (ignored)\n",
		docs, predDocs, missing, unknown)
	for _, k := range sortedKeys(notes) {
		if notes[k] != 0 {
			fmt.Fprintf(&b, "note: %s: %d\n", k, notes[k])
		}
	}
	if neutral > 0 {
		fmt.Fprintf(&b, "note: predictions on neutral stretches only (not counted): %d\n", neutral)
	}
	fmt.Fprintf(&b, "\n%-14s %7s %7s %7s   %s\n", "", "P", "R", "F1", "counts")
	row := func(name string, p, rc, f float64, counts string, args ...any) {
		fmt.Fprintf(&b, "%-14s %7.3f %7.3f %7.3f   %s\n", name, p, rc, f, fmt.Sprintf(counts, args...))
	}
	switch {
	case r.Quotes != nil:
		m, c := r.Quotes, r.Quotes.Counts
		row("quotes", m.QuoteP, m.QuoteR, m.QuoteF1, "pred correct %d/%d, gold found %d/%d", c.PredCorrect, c.Pred, c.GoldFound, c.Gold)
		fmt.Fprintf(&b, "%-14s %7s %7s %7.3f   acc over %d found gold quotes with a source: %d correct, %d with speaker null\n",
			"attribution", "", "", m.AttrAcc, c.AttrTotal, c.AttrCorrect, c.AttrNull)
		row("end-to-end", m.E2EP, m.E2ER, m.E2EF1, "pred %d/%d, gold %d/%d", c.E2EPred, c.Pred, c.E2EGold, c.Gold)
		kinds := sortedKeys(m.ByKind)
		if len(kinds) > 0 && !slices.Equal(kinds, []string{"(none)"}) {
			fmt.Fprintf(&b, "\nby gold kind:  %-8s %6s %8s %8s %8s\n", "kind", "gold", "quote R", "attr acc", "e2e R")
			for _, kind := range kinds {
				k := m.ByKind[kind]
				fmt.Fprintf(&b, "               %-8s %6d %8.3f %8.3f %8.3f\n", kind, k.Gold, k.QuoteR, k.AttrAcc, k.E2ER)
			}
		}
	case r.Dates != nil:
		m, c := r.Dates, r.Dates.Counts
		row("strict", m.StrictP, m.StrictR, m.StrictF1, "pred %d/%d, gold %d/%d (same span)", c.StrictPred, m.Pred, c.StrictGold, m.Gold)
		row("relaxed", m.RelaxedP, m.RelaxedR, m.RelaxedF1, "pred %d/%d, gold %d/%d (overlapping span)", c.RelaxedPred, m.Pred, c.RelaxedGold, m.Gold)
		row("value", m.ValueP, m.ValueR, m.ValueF1, "pred %d/%d, gold %d/%d (overlapping, right value)", c.ValuePred, m.Pred, c.ValueGold, m.Gold)
		fmt.Fprintf(&b, "%-14s %7s %7s %7.3f   acc over %d matched gold dates: %d with the right value\n",
			"value accuracy", "", "", m.ValueAcc, c.RelaxedGold, c.ValueGold)
	default:
		m, c := r.Mentions, r.Mentions.Counts
		row("exact", m.ExactP, m.ExactR, m.ExactF1, "pred %d/%d, gold %d/%d (same span)", c.ExactPred, m.Pred, c.ExactGold, m.Gold)
		row("overlap", m.OverlapP, m.OverlapR, m.OverlapF1, "pred %d/%d, gold %d/%d (overlapping span)", c.OverlapPred, m.Pred, c.OverlapGold, m.Gold)
	}
	if heads, ex := r.headlines(); ex.Intervals != nil {
		fmt.Fprintf(&b, "\n95%% intervals, the %d articles drawn again at random:\n", len(r.tallies))
		for _, h := range heads {
			fmt.Fprintf(&b, "  %-14s %.3f to %.3f\n", h.label, ex.Intervals[h.name][0], ex.Intervals[h.name][1])
		}
	}
	_, err := w.Write(b.Bytes())
	return err
}

// categories are the error categories of a kind, in listing order, with
// their headings.
func (r *Report) categories() []struct {
	cat   Category
	title string
} {
	type c = struct {
		cat   Category
		title string
	}
	switch r.Kind {
	case Quotes:
		return []c{{Miss, "Misses (gold quotes not found)"},
			{FalsePositive, "False positives (predicted quotes not in gold)"},
			{WrongSpeaker, "Wrong speakers (found gold quotes with a source)"}}
	case Dates:
		return []c{{Miss, "Misses (gold dates not found)"},
			{FalsePositive, "False positives (predicted dates overlapping no gold date)"},
			{WrongValue, "Wrong values (matched gold dates whose value differs)"}}
	}
	return []c{{Miss, fmt.Sprintf("Misses (gold %s not found)", r.Kind)},
		{FalsePositive, fmt.Sprintf("False positives (predicted %s overlapping no gold mention)", r.Kind)}}
}

// WriteErrors lists up to n errors of each category, evenly spread through
// the list (so that they come from many articles), each as a line naming
// the article, the span and what gold and prediction say, and a line of
// context: the item between [[ and ]] with up to 60 characters either side
// (line breaks shown as ¶), or the item's text when the article text is
// not known.
func (r *Report) WriteErrors(w io.Writer, n int) error {
	var b bytes.Buffer
	textOf := r.textOf()
	for _, cat := range r.categories() {
		var list []Error
		for _, e := range r.Errors {
			if e.Category == cat.cat {
				list = append(list, e)
			}
		}
		writeErrorList(&b, r.Kind, cat.title, list, n, false, textOf)
	}
	_, err := w.Write(b.Bytes())
	return err
}

// textOf returns a function that gives an article's text as runes (nil
// when unknown), converting each article once.
func (r *Report) textOf() func(doc string) []rune {
	runes := map[string][]rune{}
	return func(doc string) []rune {
		if rs, ok := runes[doc]; ok {
			return rs
		}
		var rs []rune
		if t, ok := r.texts[doc]; ok {
			rs = []rune(t)
		}
		runes[doc] = rs
		return rs
	}
}

// writeErrorList writes a heading with the number of errors, then up to n
// of them, spread over the list, as WriteErrors describes; tagged names
// each one's category, for a list that mixes them.
func writeErrorList(b *bytes.Buffer, k Kind, title string, list []Error, n int, tagged bool, textOf func(string) []rune) {
	shown := spread(list, n)
	fmt.Fprintf(b, "\n%s: %d, showing %d\n", title, len(list), len(shown))
	for _, e := range shown {
		where := "(no valid span)"
		if e.HasSpan {
			where = spanString(e.Span)
		}
		line := "  " + e.Doc + " " + where
		if tagged {
			line = "  " + strings.ReplaceAll(string(e.Category), "_", " ") + ": " + e.Doc + " " + where
		}
		if k != Quotes && e.Text != "" {
			line += " " + strconv.Quote(e.Text)
		}
		if e.Detail != "" {
			line += " " + e.Detail
		}
		fmt.Fprintln(b, line)
		ctx, ok := "", false
		if e.HasSpan {
			ctx, ok = context(textOf(e.Doc), e.Span)
		}
		if !ok {
			ctx = clip(e.Text, 240)
		}
		fmt.Fprintln(b, "    "+ctx)
	}
}

func spanString(sp schema.Span) string { return fmt.Sprintf("[%d, %d]", sp[0], sp[1]) }

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// ratio is a/b, or 0 when b is 0.
func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// f1 is the harmonic mean of p and r, or 0 when both are 0.
func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// prf returns precision, recall and F1, each rounded to four decimals (F1
// from the unrounded precision and recall).
func prf(tpPred, pred, tpGold, gold int) (p, r, f float64) {
	p, r = ratio(tpPred, pred), ratio(tpGold, gold)
	return round4(p), round4(r), round4(f1(p, r))
}

// round4 rounds x to four decimals as Python's round(x, 4) does: to the
// nearest of the decimals, the exact binary value deciding, ties to even.
// strconv's fixed formatting is correctly rounded in the same way.
func round4(x float64) float64 {
	v, _ := strconv.ParseFloat(strconv.FormatFloat(x, 'f', 4, 64), 64)
	return v
}
