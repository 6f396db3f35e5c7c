package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/newsfacts/extract/reconcile"
	"github.com/newsfacts/extract/rules"
	"github.com/newsfacts/extract/schema"
)

// reconcileCmd is `extract reconcile [--rules DIR] [-o FILE] EXTRACTIONS.jsonl...`:
// it reads the records of `extract run` and writes one Story per story.
// Exit codes: 0 success; 2 usage, rule, input or I/O errors (nothing is
// written to -o FILE then).
func reconcileCmd(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("reconcile", flag.ContinueOnError)
	fs.SetOutput(stderr)
	rulesDir := fs.String("rules", "", "directory of rule files that extend or override the defaults")
	outPath := fs.String("o", "", "write JSON Lines to this file instead of stdout")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() == 0 {
		fmt.Fprintf(stderr, "extract reconcile: no input\n%s", usage)
		return 2
	}
	set, err := rules.Load(*rulesDir)
	if err != nil {
		printRuleErrors(stderr, err)
		return 2
	}
	rc, err := reconcile.New(set)
	if err != nil {
		fmt.Fprintf(stderr, "extract reconcile: %v\n", err)
		return 2
	}
	defer rc.Close()
	records := 0
	for _, in := range fs.Args() {
		n, err := addRecords(rc, in, stdin)
		records += n
		if err != nil {
			fmt.Fprintf(stderr, "extract reconcile: %v\n", err)
			return 2
		}
	}
	out, commit, err := storyOutput(*outPath, stdout)
	if err != nil {
		fmt.Fprintf(stderr, "extract reconcile: %v\n", err)
		return 2
	}
	w := bufio.NewWriter(out)
	stories := 0
	err = rc.Stories(func(s schema.Story) error {
		stories++
		return reconcile.WriteJSONL(w, s)
	})
	if ferr := w.Flush(); err == nil {
		err = ferr
	}
	if err != nil {
		commit(false)
		fmt.Fprintf(stderr, "extract reconcile: %v\n", err)
		return 2
	}
	if err := commit(true); err != nil {
		fmt.Fprintf(stderr, "extract reconcile: %v\n", err)
		return 2
	}
	if skipped := rc.Skipped(); len(skipped) > 0 {
		fmt.Fprintf(stderr, "extract reconcile: left out %d records with an error: %s\n", len(skipped), strings.Join(skipped, ", "))
	}
	if *outPath != "" {
		fmt.Fprintf(stderr, "extract reconcile: %d records, %d stories -> %s\n", records, stories, *outPath)
	}
	return 0
}

// addRecords feeds the JSON lines of one input (a file, or - for standard
// input) to rc, skipping blank lines. An error names the file and line.
func addRecords(rc *reconcile.Reconciler, path string, stdin io.Reader) (int, error) {
	var src io.Reader
	name := path
	if path == "-" {
		src, name = stdin, "<stdin>"
	} else {
		f, err := os.Open(path)
		if err != nil {
			return 0, err
		}
		defer f.Close()
		src = f
	}
	r := bufio.NewReader(src)
	n := 0
	for lineNo := 1; ; lineNo++ {
		line, err := r.ReadBytes('\n')
		if len(bytes.TrimSpace(line)) > 0 {
			if aerr := rc.AddJSON(line); aerr != nil {
				return n, fmt.Errorf("%s:%d: %w", name, lineNo, aerr)
			}
			n++
		}
		if err == io.EOF {
			return n, nil
		}
		if err != nil {
			return n, fmt.Errorf("%s: %w", name, err)
		}
	}
}

// storyOutput returns where stories go: stdout, or a temporary file beside
// path renamed to path when commit(true) is called, so that a failed or
// killed run never leaves a truncated file that looks complete.
func storyOutput(path string, stdout io.Writer) (io.Writer, func(ok bool) error, error) {
	if path == "" {
		return stdout, func(bool) error { return nil }, nil
	}
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return nil, nil, err
	}
	return f, func(ok bool) error {
		err := f.Close()
		if !ok || err != nil {
			os.Remove(f.Name())
			return err
		}
		return os.Rename(f.Name(), path)
	}, nil
}
