package eval

import (
	"bytes"
	"fmt"
	"io"
)

// Changes are the errors that differ between a baseline run and the
// report's: Fixed are the baseline's errors the report no longer makes,
// Broken the report's errors the baseline did not make. An item wrong in
// both (a wrong speaker, another wrong speaker) is in neither.
type Changes struct {
	Fixed, Broken []Error
}

// errorKey identifies an error across two runs scored on the same gold:
// a gold item's category and span, or a false positive's span (or text,
// when its span is not valid).
type errorKey struct {
	cat     Category
	doc     string
	start   int
	end     int
	hasSpan bool
	text    string
}

func keyOf(e Error) errorKey {
	k := errorKey{cat: e.Category, doc: e.Doc, start: e.Span[0], end: e.Span[1], hasSpan: e.HasSpan}
	if !e.HasSpan {
		k.text = e.Text
	}
	return k
}

// CompareWith sets the report's baseline figures (the headline figures of
// base, a report of the same kind on the same gold) and, for resamples >
// 0, 95% intervals of each figure's change from them by a paired document
// bootstrap: each draw takes the same articles from both runs. It returns
// the errors fixed and made since the baseline, in the report's error
// order.
func (r *Report) CompareWith(base *Report, resamples int) (Changes, error) {
	if base.Kind != r.Kind || len(base.tallies) != len(r.tallies) {
		return Changes{}, fmt.Errorf("the baseline scores %d articles of %s, the run %d of %s: compare runs on the same gold", len(base.tallies), base.Kind, len(r.tallies), r.Kind)
	}
	heads, ex := r.headlines()
	ex.Baseline = map[string]float64{}
	baseTotal := base.total()
	for _, h := range heads {
		ex.Baseline[h.name] = round4(h.of(baseTotal))
	}
	if resamples > 0 && len(r.tallies) > 0 {
		ex.ChangeIntervals = bootstrap(heads, r.tallies, base.tallies, resamples)
	}
	var ch Changes
	before := map[errorKey]bool{}
	for _, e := range base.Errors {
		before[keyOf(e)] = true
	}
	now := map[errorKey]bool{}
	for _, e := range r.Errors {
		now[keyOf(e)] = true
		if !before[keyOf(e)] {
			ch.Broken = append(ch.Broken, e)
		}
	}
	for _, e := range base.Errors {
		if !now[keyOf(e)] {
			ch.Fixed = append(ch.Fixed, e)
		}
	}
	return ch, nil
}

// WriteComparison writes, after the table, each headline figure of the
// baseline and of the report with the change and, when computed, its
// interval, and how many errors were fixed and made.
func (r *Report) WriteComparison(w io.Writer, ch Changes) error {
	heads, ex := r.headlines()
	if ex.Baseline == nil {
		return nil
	}
	total := r.total()
	var b bytes.Buffer
	fmt.Fprintf(&b, "\nagainst the baseline:\n")
	for _, h := range heads {
		cur := round4(h.of(total))
		line := fmt.Sprintf("  %-14s %.3f -> %.3f  (%+.3f", h.label, ex.Baseline[h.name], cur, cur-ex.Baseline[h.name])
		if in, ok := ex.ChangeIntervals[h.name]; ok {
			line += fmt.Sprintf("; 95%% interval %+.3f to %+.3f", in[0], in[1])
		}
		fmt.Fprintln(&b, line+")")
	}
	fmt.Fprintf(&b, "  errors fixed %d, errors made %d\n", len(ch.Fixed), len(ch.Broken))
	_, err := w.Write(b.Bytes())
	return err
}

// WriteChanges lists up to n of the errors fixed and of those made since
// the baseline, each as WriteErrors lists an error.
func (r *Report) WriteChanges(w io.Writer, ch Changes, n int) error {
	var b bytes.Buffer
	textOf := r.textOf()
	writeErrorList(&b, r.Kind, "Fixed since the baseline (its errors this run does not make)", ch.Fixed, n, true, textOf)
	writeErrorList(&b, r.Kind, "Made since the baseline (errors of this run it did not make)", ch.Broken, n, true, textOf)
	_, err := w.Write(b.Bytes())
	return err
}

// total is the report's tally: its counts, the sum of its articles'.
func (r *Report) total() tally {
	switch {
	case r.Quotes != nil:
		return quoteTally(&r.Quotes.Counts)
	case r.Dates != nil:
		return dateTally(r.Dates)
	}
	return mentionTally(r.Mentions)
}
