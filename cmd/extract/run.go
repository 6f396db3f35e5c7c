package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/newsfacts/extract/extract"
	"github.com/newsfacts/extract/input"
	"github.com/newsfacts/extract/rules"
	"github.com/newsfacts/extract/schema"
)

func runCmd(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("run", flag.ContinueOnError)
	fs.SetOutput(stderr)
	rulesDir := fs.String("rules", "", "directory of rule files that extend or override the defaults")
	published := fs.String("published", "", "publication date (YYYY-MM-DD) for documents that carry none")
	outPath := fs.String("o", "", "write JSON Lines to this file instead of stdout")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() == 0 {
		fmt.Fprintf(stderr, "extract run: no input\n%s", usage)
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
	out, commit, err := openOutput(*outPath, stdout)
	if err != nil {
		fmt.Fprintf(stderr, "extract: %v\n", err)
		return 2
	}
	w := bufio.NewWriter(out)
	docs, failed := 0, 0
	readErr := input.Read(fs.Args(), input.Options{Published: *published, Stdin: stdin}, func(it input.Item) error {
		docs++
		rec := extract.ErrorRecord(it.Doc, "")
		if it.Err != nil {
			rec.Error = it.Err
		} else {
			rec = ex.Extract(it.Doc)
		}
		if rec.Error != nil {
			failed++
		}
		return writeRecord(w, rec)
	})
	if err := w.Flush(); err != nil && readErr == nil {
		readErr = err
	}
	if readErr != nil {
		commit(false)
		fmt.Fprintf(stderr, "extract: %v\n", readErr)
		return 2
	}
	if err := commit(true); err != nil {
		fmt.Fprintf(stderr, "extract: %v\n", err)
		return 2
	}
	if *outPath != "" {
		fmt.Fprintf(stderr, "extract: %d documents, %d records, %d errors -> %s\n", docs, docs, failed, *outPath)
	}
	return 0
}

// openOutput returns where records go. A file is written under a temporary
// name and renamed when the run completes, so a killed run never leaves a
// truncated file that looks complete.
func openOutput(path string, stdout io.Writer) (io.Writer, func(ok bool) error, error) {
	if path == "" {
		return stdout, func(bool) error { return nil }, nil
	}
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return nil, nil, err
	}
	return f, func(ok bool) error {
		cerr := f.Close()
		if !ok {
			os.Remove(f.Name())
			return cerr
		}
		if cerr != nil {
			os.Remove(f.Name())
			return cerr
		}
		return os.Rename(f.Name(), path)
	}, nil
}

// writeRecord writes one JSON line. HTML escaping is off so quotes keep
// their < > & as written.
func writeRecord(w io.Writer, rec schema.Extraction) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(rec); err != nil {
		return err
	}
	_, err := w.Write(buf.Bytes())
	return err
}
