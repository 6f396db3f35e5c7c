package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"github.com/newsfacts/extract/batch"
	"github.com/newsfacts/extract/eval"
	"github.com/newsfacts/extract/extract"
	"github.com/newsfacts/extract/input"
	"github.com/newsfacts/extract/rules"
	"github.com/newsfacts/extract/schema"
)

// maxProblems is how many gold annotations that disagree with their
// article are listed on stderr before the rest are only counted.
const maxProblems = 10

// evalCmd is `extract eval`: it scores the extractor, run on INPUT or read
// from --pred, against a gold file (see package eval).
func evalCmd(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	fs.SetOutput(stderr)
	goldPath := fs.String("gold", "", "gold annotations, JSON Lines (required)")
	predPath := fs.String("pred", "", "score this finished run (JSON Lines of `extract run`, - for stdin) instead of running the extractor")
	inputPath := fs.String("input", "", "with --pred: the articles, for span checks and context (default: input.jsonl beside the gold file, if there)")
	kindName := fs.String("kind", "", "score only this kind: quotes, dates, places or people (default: every kind in the gold file)")
	rulesDir := fs.String("rules", "", "directory of rule files that extend or override the defaults")
	published := fs.String("published", "", "publication date (YYYY-MM-DD) for documents that carry none")
	asJSON := fs.Bool("json", false, "print the metrics as JSON, one line per kind, instead of a table")
	nErrors := fs.Int("errors", 0, "list up to `N` misses, false positives and wrong speakers or values, with context")
	basePath := fs.String("baseline", "", "compare with this finished run (JSON Lines of `extract run`) of the same articles: the change of each headline figure, and with --errors the errors fixed and made")
	resamples := fs.Int("ci", 0, "add 95% intervals of the headline figures, drawing the articles again `N` times (1000 is plenty; the draws are seeded, so reruns agree)")
	inputs, err := parseInterspersed(fs, args)
	if err != nil {
		return 2
	}
	usageErr := func(format string, a ...any) int {
		fmt.Fprintf(stderr, "extract eval: "+format+"\n%s", append(a, usage)...)
		return 2
	}
	switch {
	case *goldPath == "":
		return usageErr("--gold is required")
	case *predPath != "" && len(inputs) > 0:
		return usageErr("give INPUT to run the extractor, or --pred to score a finished run, not both")
	case *predPath == "" && len(inputs) == 0:
		return usageErr("no input: give INPUT to run the extractor, or --pred PRED.jsonl")
	case *predPath != "" && (*rulesDir != "" || *published != ""):
		return usageErr("--rules and --published apply when running the extractor, not with --pred")
	case *predPath == "" && *inputPath != "":
		return usageErr("--input goes with --pred (when running, the articles are INPUT)")
	case *nErrors < 0:
		return usageErr("--errors: want a number of errors to list, 0 or more")
	case *resamples < 0:
		return usageErr("--ci: want a number of draws, 0 (no intervals) or more")
	case *basePath != "" && *basePath == *predPath:
		return usageErr("--baseline and --pred are the same file: nothing to compare")
	}
	var only eval.Kind
	if *kindName != "" {
		if only, err = eval.ParseKind(*kindName); err != nil {
			return usageErr("--kind: %v", err)
		}
	}
	fail := func(err error) int {
		fmt.Fprintf(stderr, "extract eval: %v\n", err)
		return 2
	}

	gold, err := eval.ReadGoldFile(*goldPath)
	if err != nil {
		return fail(err)
	}
	kinds := gold.Kinds
	if only != "" {
		kinds = []eval.Kind{only}
	}
	if len(kinds) == 0 {
		return fail(fmt.Errorf("%s has no quotes, dates, places or people to score; say which with --kind", *goldPath))
	}

	var pred *eval.Pred
	var texts eval.Texts
	if *predPath != "" {
		pred, texts, err = readRun(*predPath, *inputPath, *goldPath, kinds, stdin)
	} else {
		pred, texts, err = runForEval(inputs, *rulesDir, *published, kinds, stdin, stderr)
	}
	if err != nil {
		if !errors.Is(err, errReported) {
			fail(err)
		}
		return 2
	}

	if problems := gold.Check(kinds, texts); len(problems) > 0 {
		for _, p := range problems[:min(len(problems), maxProblems)] {
			fmt.Fprintf(stderr, "extract eval: warning: %s\n", p)
		}
		if len(problems) > maxProblems {
			fmt.Fprintf(stderr, "extract eval: warning: (and %d more gold annotations that disagree with their article)\n", len(problems)-maxProblems)
		}
	}

	var base *eval.Pred
	if *basePath != "" {
		if base, err = eval.ReadPredFile(*basePath, kinds...); err != nil {
			return fail(fmt.Errorf("baseline %w", err))
		}
	}

	errOut := stdout
	if *asJSON {
		errOut = stderr // keep stdout parseable
	}
	for i, k := range kinds {
		rep := eval.Score(k, gold, pred, texts)
		rep.AddIntervals(*resamples)
		var changes eval.Changes
		if base != nil {
			if changes, err = rep.CompareWith(eval.Score(k, gold, base, texts), *resamples); err != nil {
				return fail(err)
			}
		}
		if *asJSON {
			err = rep.WriteJSON(stdout)
		} else {
			if i > 0 {
				fmt.Fprintln(stdout)
			}
			if err = rep.WriteTable(stdout); err == nil {
				err = rep.WriteComparison(stdout, changes)
			}
		}
		switch {
		case err != nil || *nErrors == 0:
		case base != nil:
			err = rep.WriteChanges(errOut, changes, *nErrors)
		default:
			err = rep.WriteErrors(errOut, *nErrors)
		}
		if err != nil {
			return fail(err)
		}
	}
	return 0
}

// errReported is returned when the error has already been printed.
var errReported = errors.New("reported")

// readRun reads a finished run and, for span checks and context, the
// articles ({"id", "text"} lines): from inputPath, else from input.jsonl
// beside the gold file when there is one.
func readRun(predPath, inputPath, goldPath string, kinds []eval.Kind, stdin io.Reader) (*eval.Pred, eval.Texts, error) {
	var pred *eval.Pred
	var err error
	if predPath == "-" {
		pred, err = eval.ReadPred(stdin, input.StdinName, kinds...)
	} else {
		pred, err = eval.ReadPredFile(predPath, kinds...)
	}
	if err != nil {
		return nil, nil, err
	}
	if inputPath == "" {
		beside := filepath.Join(filepath.Dir(goldPath), "input.jsonl")
		if fi, err := os.Stat(beside); err == nil && fi.Mode().IsRegular() {
			inputPath = beside
		}
	}
	if inputPath == "" {
		return pred, nil, nil
	}
	texts, err := eval.ReadTextsFile(inputPath)
	return pred, texts, err
}

// evalResult is one document's record and text, from a worker.
type evalResult struct {
	rec  schema.Extraction
	text string
	ok   bool // the document was read (text is meaningful)
}

// runForEval runs the extractor on the inputs, as `extract run` does (same
// input options, one Extractor per worker, records in input order), and
// keeps the records and the article texts.
func runForEval(inputs []string, rulesDir, published string, kinds []eval.Kind, stdin io.Reader, stderr io.Writer) (*eval.Pred, eval.Texts, error) {
	start := time.Now()
	inOpts := input.Options{Published: published, Stdin: stdin, Deferred: true}
	if err := input.Check(inputs, inOpts); err != nil {
		return nil, nil, err
	}
	set, err := rules.Load(rulesDir)
	if err != nil {
		printRuleErrors(stderr, err)
		return nil, nil, errReported
	}
	exs := make([]*extract.Extractor, runtime.NumCPU())
	for i := range exs {
		if exs[i], err = extract.New(set); err != nil {
			return nil, nil, err
		}
	}
	pred := eval.NewPred("extract run "+strings.Join(inputs, " "), kinds...)
	texts := eval.Texts{}
	docs, failed := 0, 0
	feed := func(emit func(input.Item) error) error {
		return input.Read(inputs, inOpts, emit)
	}
	work := func(w int, it input.Item) evalResult {
		it = it.Load()
		return evalResult{rec: process(exs[w], it, false), text: it.Doc.Text, ok: it.Err == nil}
	}
	write := func(r evalResult) error {
		docs++
		if r.rec.Error != nil {
			failed++
		}
		if _, seen := texts[r.rec.Doc.ID]; r.ok && !seen {
			texts[r.rec.Doc.ID] = r.text
		}
		return pred.AddRecord(r.rec)
	}
	if err := batch.Run(batch.Options{Workers: len(exs)}, feed, work, write); err != nil {
		return nil, nil, err
	}
	fmt.Fprintf(stderr, "extract eval: extracted %d documents (%d error records) in %.2fs\n", docs, failed, time.Since(start).Seconds())
	return pred, texts, nil
}

// parseInterspersed parses flags given before, between or after the
// positional arguments (`eval --gold G in.jsonl --errors 5`) and returns the
// positional ones; everything after "--" is positional.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if used := len(args) - len(rest); used > 0 && args[used-1] == "--" {
			return append(pos, rest...), nil
		}
		if len(rest) == 0 {
			return pos, nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}
