package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/newsfacts/extract/extract"
	"github.com/newsfacts/extract/input"
	"github.com/newsfacts/extract/rules"
	"github.com/newsfacts/extract/schema"
)

func explainCmd(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("explain", flag.ContinueOnError)
	fs.SetOutput(stderr)
	rulesDir := fs.String("rules", "", "directory of rule files that extend or override the defaults")
	published := fs.String("published", "", "publication date (YYYY-MM-DD) for documents that carry none")
	asJSON := fs.Bool("json", false, "print one JSON object per document instead of text")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() == 0 {
		fmt.Fprintf(stderr, "extract explain: no input\n%s", usage)
		return 2
	}
	set, err := rules.Load(*rulesDir)
	if err != nil {
		printRuleErrors(stderr, err)
		return 2
	}
	ex, err := extract.New(set)
	if err != nil {
		fmt.Fprintf(stderr, "extract: %v\n", err)
		return 2
	}
	w := bufio.NewWriter(stdout)
	defer w.Flush()
	err = input.Read(fs.Args(), input.Options{Published: *published, Stdin: stdin}, func(it input.Item) error {
		if it.Err != nil {
			fmt.Fprintf(w, "document %s: not read: %s\n", it.Doc.ID, it.Err.Reason)
			return nil
		}
		e := ex.Explain(it.Doc)
		if *asJSON {
			enc := json.NewEncoder(w)
			enc.SetEscapeHTML(false)
			return enc.Encode(e)
		}
		writeExplanation(w, e)
		return nil
	})
	if err != nil {
		fmt.Fprintf(stderr, "extract: %v\n", err)
		return 2
	}
	return 0
}

// writeExplanation prints an explanation for a person to read.
func writeExplanation(w io.Writer, e extract.Explanation) {
	p := func(format string, a ...any) { fmt.Fprintf(w, format+"\n", a...) }
	p("document %s (%d characters, published %s)", e.Doc.ID, e.Doc.Length, orNone(e.Doc.Published))
	if e.Error != nil {
		p("  error: %s", e.Error.Reason)
		return
	}
	p("\nboilerplate left out (%d):", len(e.Excluded))
	for _, x := range e.Excluded {
		p("  %s %q  rule %s (%s)", sp(x.Span), x.Text, x.Rule, x.Source)
	}
	p("\nparagraphs and sentences:")
	for i, para := range e.Paragraphs {
		kind := ""
		if para.Headline {
			kind = " headline"
		}
		p("  paragraph %d %s%s", i+1, sp(para.Span), kind)
		for _, s := range para.Sentences {
			p("    sentence %s: %s", sp(s.Span), s.Text)
			var toks []string
			for _, t := range s.Tokens {
				toks = append(toks, t.Text+"/"+t.Tag)
			}
			p("      %s", strings.Join(toks, " "))
		}
	}
	p("\npeople (%d):", len(e.People))
	for _, x := range e.People {
		var ms []string
		for _, m := range x.Mentions {
			ms = append(ms, fmt.Sprintf("%q %s", m.Text, sp(m.Span)))
		}
		p("  %s  titles %s  affiliation %s", x.Name, orNone(strings.Join(x.Titles, ", ")), orNone(x.Affiliation))
		p("    mentions: %s", strings.Join(ms, ", "))
	}
	p("\nplaces (%d):", len(e.Places))
	for _, x := range e.Places {
		var ms []string
		for _, m := range x.Mentions {
			ms = append(ms, fmt.Sprintf("%q %s", m.Text, sp(m.Span)))
		}
		p("  %s (%s, %s): %s", x.Name, x.Kind, orNone(x.Country), strings.Join(ms, ", "))
	}
	p("\ndates (%d):", len(e.Dates))
	for _, d := range e.Dates {
		value := "null"
		if d.Value != nil {
			value = *d.Value
		}
		p("  %q %s = %s (%s, %s)  rule %s (%s)  %s", d.Text, sp(d.Span), value, d.Granularity, d.Resolution, d.Rule, d.Source, d.Note)
	}
	p("\nquotes (%d):", len(e.Quotes))
	for _, q := range e.Quotes {
		p("  %s %s %q", sp(q.Span), q.Kind, q.Text)
		if q.Speaker == nil {
			p("    speaker: none found")
			continue
		}
		cue := "none"
		if q.Cue != nil {
			cue = fmt.Sprintf("%q %s", q.Cue.Text, sp(q.Cue.Span))
		}
		p("    speaker: %s, through %q %s (%s); cue %s", q.Speaker.Name, q.Speaker.Mention.Text, sp(q.Speaker.Mention.Span), q.Speaker.ResolvedBy, cue)
		if o := q.Speaker.Original; o != nil {
			p("    reporting the words of: %s, through %q %s (%s)", o.Name, o.Mention.Text, sp(o.Mention.Span), o.ResolvedBy)
		}
		p("    rule: %s (%s)", q.Speaker.Rule, q.Source)
	}
	if len(e.Warnings) > 0 {
		p("\nwarnings:")
		for _, x := range e.Warnings {
			p("  %s: %s", x.Code, x.Message)
		}
	}
	p("")
}

func sp(s schema.Span) string { return fmt.Sprintf("[%d, %d]", s[0], s[1]) }

func orNone(s string) string {
	if s == "" {
		return "none"
	}
	return s
}
