package golden

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/newsfacts/extract/schema"
)

// Diff compares the records of a golden file (want) with a new run (got)
// and describes every difference for a person: one line each, naming the
// document and the fact that changed. No lines means no difference.
func Diff(want, got []schema.Extraction) []string {
	var out []string
	gotByID := map[string]schema.Extraction{}
	for _, r := range got {
		gotByID[r.Doc.ID] = r
	}
	wantIDs := map[string]bool{}
	for _, w := range want {
		wantIDs[w.Doc.ID] = true
		g, ok := gotByID[w.Doc.ID]
		if !ok {
			out = append(out, fmt.Sprintf("%s: document missing from the new run", w.Doc.ID))
			continue
		}
		out = append(out, diffRecord(w, g)...)
	}
	for _, g := range got {
		if !wantIDs[g.Doc.ID] {
			out = append(out, fmt.Sprintf("%s: new document, not in the golden file", g.Doc.ID))
		}
	}
	return out
}

func diffRecord(w, g schema.Extraction) []string {
	id := w.Doc.ID
	var out []string
	say := func(format string, a ...any) { out = append(out, id+": "+fmt.Sprintf(format, a...)) }
	switch {
	case w.Error == nil && g.Error != nil:
		say("now fails: %s", g.Error.Reason)
	case w.Error != nil && g.Error == nil:
		say("no longer fails (was: %s)", w.Error.Reason)
	case w.Error != nil && g.Error != nil && w.Error.Reason != g.Error.Reason:
		say("error %q -> %q", w.Error.Reason, g.Error.Reason)
	}
	if w.Doc.ContentHash != g.Doc.ContentHash {
		say("the article's text changed")
	}
	out = append(out, prefix(id, diffQuotes(w.Quotes, g.Quotes))...)
	out = append(out, prefix(id, diffPeople(w.People, g.People))...)
	out = append(out, prefix(id, diffPlaces(w.Places, g.Places))...)
	out = append(out, prefix(id, diffDates(w.Dates, g.Dates))...)
	out = append(out, prefix(id, diffExcluded(w.Excluded, g.Excluded))...)
	out = append(out, prefix(id, diffWarnings(w.Warnings, g.Warnings))...)
	if len(out) == 0 {
		// Fields the lines above do not describe (aliases, notes, titles
		// of speakers...): name the paths that differ.
		for _, p := range jsonPaths(w, g) {
			say("%s changed", p)
		}
	}
	return out
}

// maxPaths is how many differing JSON paths a record reports.
const maxPaths = 5

// jsonPaths returns the paths at which two records' JSON differ.
func jsonPaths(a, b schema.Extraction) []string {
	var av, bv any
	ab, _ := json.Marshal(a)
	bb, _ := json.Marshal(b)
	if bytes.Equal(ab, bb) {
		return nil
	}
	_ = json.Unmarshal(ab, &av)
	_ = json.Unmarshal(bb, &bv)
	var out []string
	var walk func(path string, x, y any)
	walk = func(path string, x, y any) {
		if len(out) >= maxPaths {
			return
		}
		switch xv := x.(type) {
		case map[string]any:
			yv, ok := y.(map[string]any)
			if !ok {
				out = append(out, path)
				return
			}
			keys := map[string]bool{}
			for k := range xv {
				keys[k] = true
			}
			for k := range yv {
				keys[k] = true
			}
			sorted := make([]string, 0, len(keys))
			for k := range keys {
				sorted = append(sorted, k)
			}
			sort.Strings(sorted)
			for _, k := range sorted {
				walk(path+"."+k, xv[k], yv[k])
			}
		case []any:
			yv, ok := y.([]any)
			if !ok || len(xv) != len(yv) {
				out = append(out, path)
				return
			}
			for i := range xv {
				walk(fmt.Sprintf("%s[%d]", path, i), xv[i], yv[i])
			}
		default:
			if fmt.Sprint(x) != fmt.Sprint(y) {
				out = append(out, path)
			}
		}
	}
	walk("", av, bv)
	return out
}

func prefix(id string, lines []string) []string {
	for i, l := range lines {
		lines[i] = id + ": " + l
	}
	return lines
}

// keyed gives each item a key that is its match key plus its occurrence,
// so a quote said twice is two items.
func keyed[T any](items []T, key func(T) string) ([]string, map[string]T) {
	seen := map[string]int{}
	order := make([]string, 0, len(items))
	by := map[string]T{}
	for _, it := range items {
		k := key(it)
		seen[k]++
		k = fmt.Sprintf("%s#%d", k, seen[k])
		order = append(order, k)
		by[k] = it
	}
	return order, by
}

// diffItems matches want and got by key and describes each item that
// vanished or appeared, and what changed (if changed is given) in the
// matched ones.
func diffItems[T any](want, got []T, key func(T) string, vanished, appeared func(T) string, changed func(w, g T) []string) []string {
	var out []string
	wOrder, wBy := keyed(want, key)
	gOrder, gBy := keyed(got, key)
	for _, k := range wOrder {
		g, ok := gBy[k]
		switch {
		case !ok:
			out = append(out, vanished(wBy[k]))
		case changed != nil:
			out = append(out, changed(wBy[k], g)...)
		}
	}
	for _, k := range gOrder {
		if _, ok := wBy[k]; !ok {
			out = append(out, appeared(gBy[k]))
		}
	}
	return out
}

func diffQuotes(want, got []schema.Quote) []string {
	return diffItems(want, got, func(q schema.Quote) string { return schema.Key(q.Text) },
		func(w schema.Quote) string {
			return fmt.Sprintf("quote %s vanished (was %s)", quoteLabel(w), speakerLabel(w.Speaker))
		},
		func(g schema.Quote) string {
			return fmt.Sprintf("quote %s appeared (%s)", quoteLabel(g), speakerLabel(g.Speaker))
		},
		func(w, g schema.Quote) []string {
			var out []string
			if ws, gs := speakerLabel(w.Speaker), speakerLabel(g.Speaker); ws != gs {
				out = append(out, fmt.Sprintf("quote %s: speaker %s -> %s", quoteLabel(w), ws, gs))
			}
			if w.Kind != g.Kind {
				out = append(out, fmt.Sprintf("quote %s: kind %s -> %s", quoteLabel(w), w.Kind, g.Kind))
			}
			if wc, gc := mentionLabel(w.Cue), mentionLabel(g.Cue); wc != gc {
				out = append(out, fmt.Sprintf("quote %s: cue %s -> %s", quoteLabel(w), wc, gc))
			}
			if w.Span != g.Span {
				out = append(out, fmt.Sprintf("quote %s: span %s -> %s", quoteLabel(w), spanLabel(w.Span), spanLabel(g.Span)))
			}
			return out
		})
}

func diffPeople(want, got []schema.Person) []string {
	return diffItems(want, got, func(p schema.Person) string { return p.Name },
		func(w schema.Person) string { return fmt.Sprintf("person %s vanished", w.Name) },
		func(g schema.Person) string {
			return fmt.Sprintf("person %s appeared (%s)", g.Name, mentionsLabel(g.Mentions))
		},
		func(w, g schema.Person) []string {
			var out []string
			if a, b := strings.Join(w.Titles, ", "), strings.Join(g.Titles, ", "); a != b {
				out = append(out, fmt.Sprintf("person %s: titles %q -> %q", w.Name, a, b))
			}
			if w.Affiliation != g.Affiliation {
				out = append(out, fmt.Sprintf("person %s: affiliation %q -> %q", w.Name, w.Affiliation, g.Affiliation))
			}
			if a, b := mentionsLabel(w.Mentions), mentionsLabel(g.Mentions); a != b {
				out = append(out, fmt.Sprintf("person %s: mentions %s -> %s", w.Name, a, b))
			}
			if a, b := mentionsLabel(w.Descriptions), mentionsLabel(g.Descriptions); a != b {
				out = append(out, fmt.Sprintf("person %s: descriptions %s -> %s", w.Name, a, b))
			}
			return out
		})
}

func diffPlaces(want, got []schema.Place) []string {
	return diffItems(want, got, func(p schema.Place) string { return p.Name + "/" + p.Country },
		func(w schema.Place) string { return fmt.Sprintf("place %s vanished", w.Name) },
		func(g schema.Place) string {
			return fmt.Sprintf("place %s appeared (%s)", g.Name, mentionsLabel(g.Mentions))
		},
		func(w, g schema.Place) []string {
			if a, b := mentionsLabel(w.Mentions), mentionsLabel(g.Mentions); a != b {
				return []string{fmt.Sprintf("place %s: mentions %s -> %s", w.Name, a, b)}
			}
			return nil
		})
}

func diffDates(want, got []schema.Date) []string {
	return diffItems(want, got, func(d schema.Date) string { return d.Text },
		func(w schema.Date) string {
			return fmt.Sprintf("date %q %s vanished (was %s)", w.Text, spanLabel(w.Span), valueLabel(w.Value))
		},
		func(g schema.Date) string {
			return fmt.Sprintf("date %q %s appeared (%s)", g.Text, spanLabel(g.Span), valueLabel(g.Value))
		},
		func(w, g schema.Date) []string {
			var out []string
			if a, b := valueLabel(w.Value), valueLabel(g.Value); a != b {
				out = append(out, fmt.Sprintf("date %q %s: value %s -> %s", w.Text, spanLabel(w.Span), a, b))
			}
			if w.Span != g.Span {
				out = append(out, fmt.Sprintf("date %q: span %s -> %s", w.Text, spanLabel(w.Span), spanLabel(g.Span)))
			}
			return out
		})
}

func diffExcluded(want, got []schema.Excluded) []string {
	return diffItems(want, got, func(e schema.Excluded) string { return e.Rule + " " + e.Text },
		func(w schema.Excluded) string {
			return fmt.Sprintf("boilerplate %q %s (rule %s) is no longer excluded", clip(w.Text), spanLabel(w.Span), w.Rule)
		},
		func(g schema.Excluded) string {
			return fmt.Sprintf("boilerplate %q %s now excluded by rule %s", clip(g.Text), spanLabel(g.Span), g.Rule)
		}, nil)
}

func diffWarnings(want, got []schema.Warning) []string {
	return diffItems(want, got, func(w schema.Warning) string { return w.Code + " " + w.Message },
		func(w schema.Warning) string { return "warning gone: " + w.Code },
		func(g schema.Warning) string { return "new warning: " + g.Code + ": " + g.Message }, nil)
}

func quoteLabel(q schema.Quote) string {
	return fmt.Sprintf("“%s” %s", clip(q.Text), spanLabel(q.Span))
}

func speakerLabel(s *schema.Speaker) string {
	if s == nil {
		return "no speaker"
	}
	return fmt.Sprintf("%s (mention %q, %s, rule %s)", s.Name, s.Mention.Text, s.ResolvedBy, s.Rule)
}

func mentionLabel(m *schema.Mention) string {
	if m == nil {
		return "none"
	}
	return fmt.Sprintf("%q %s", m.Text, spanLabel(m.Span))
}

func mentionsLabel(ms []schema.Mention) string {
	parts := make([]string, len(ms))
	for i, m := range ms {
		parts[i] = fmt.Sprintf("%q %s", m.Text, spanLabel(m.Span))
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

func valueLabel(v *string) string {
	if v == nil {
		return "null"
	}
	return *v
}

func spanLabel(s schema.Span) string { return fmt.Sprintf("[%d, %d]", s[0], s[1]) }

// maxLabel is how many characters of a quote or boilerplate a diff line shows.
const maxLabel = 60

func clip(s string) string {
	if utf8.RuneCountInString(s) <= maxLabel {
		return s
	}
	r := []rune(s)
	return string(r[:maxLabel-1]) + "…"
}
