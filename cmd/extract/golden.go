package main

import (
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/newsfacts/extract/extract"
	"github.com/newsfacts/extract/golden"
	"github.com/newsfacts/extract/input"
	"github.com/newsfacts/extract/rules"
	"github.com/newsfacts/extract/schema"
)

// goldenCmd runs `extract golden check|update`: every article file under
// the given folders is extracted and compared with (or written to) the
// golden file beside it.
func goldenCmd(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] != "check" && args[0] != "update" {
		fmt.Fprintf(stderr, "extract golden: want check or update\n%s", usage)
		return 2
	}
	mode := args[0]
	fs := flag.NewFlagSet("golden "+mode, flag.ContinueOnError)
	fs.SetOutput(stderr)
	rulesDir := fs.String("rules", "", "directory of rule files that extend or override the defaults")
	published := fs.String("published", "", "publication date (YYYY-MM-DD) for documents that carry none and have no golden yet")
	if err := fs.Parse(args[1:]); err != nil {
		return 2
	}
	if fs.NArg() == 0 {
		fmt.Fprintf(stderr, "extract golden %s: no folder or file\n%s", mode, usage)
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
	files, err := articleFiles(fs.Args())
	if err != nil {
		fmt.Fprintf(stderr, "extract golden: %v\n", err)
		return 2
	}
	differing := 0
	for _, file := range files {
		path := golden.PathFor(file)
		want, err := golden.Read(path)
		missing := isNotExist(err)
		if err != nil && !missing {
			fmt.Fprintf(stderr, "extract golden: %v\n", err)
			return 2
		}
		got, err := extractFile(ex, file, golden.Published(want), *published)
		if err != nil {
			fmt.Fprintf(stderr, "extract golden: %v\n", err)
			return 2
		}
		if mode == "update" {
			if err := golden.Write(path, got); err != nil {
				fmt.Fprintf(stderr, "extract golden: %v\n", err)
				return 2
			}
			fmt.Fprintf(stdout, "wrote %s (%d documents)\n", path, len(got))
			continue
		}
		if missing {
			fmt.Fprintf(stdout, "%s: no golden file %s (run extract golden update)\n", file, path)
			differing++
			continue
		}
		if lines := golden.Diff(want, got); len(lines) > 0 {
			differing++
			fmt.Fprintf(stdout, "%s differs from %s:\n", file, path)
			for _, l := range lines {
				fmt.Fprintf(stdout, "  %s\n", l)
			}
		}
	}
	if mode == "check" {
		if differing > 0 {
			fmt.Fprintf(stdout, "%d of %d files differ from their golden files\n", differing, len(files))
			return 1
		}
		fmt.Fprintf(stdout, "%d files match their golden files\n", len(files))
	}
	return 0
}

func isNotExist(err error) bool { return err != nil && os.IsNotExist(err) }

// articleFiles lists the article files (.txt, .jsonl) of the arguments,
// walking folders in lexical order and leaving golden files out.
func articleFiles(args []string) ([]string, error) {
	var files []string
	for _, a := range args {
		info, err := os.Stat(a)
		if err != nil {
			return nil, err
		}
		if !info.IsDir() {
			files = append(files, a)
			continue
		}
		err = filepath.WalkDir(a, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			ext := strings.ToLower(filepath.Ext(path))
			if !d.IsDir() && (ext == ".txt" || ext == ".jsonl") && !golden.IsGolden(path) {
				files = append(files, filepath.ToSlash(path))
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	sort.Strings(files)
	return files, nil
}

// extractFile extracts every document of one file, with the publication
// date its golden file recorded, else the file's own, else the default.
func extractFile(ex *extract.Extractor, file string, known map[string]string, fallback string) ([]schema.Extraction, error) {
	var out []schema.Extraction
	err := input.Read([]string{file}, input.Options{}, func(it input.Item) error {
		if it.Err != nil {
			rec := extract.ErrorRecord(it.Doc, "")
			rec.Error = it.Err
			out = append(out, rec)
			return nil
		}
		doc := it.Doc
		if p, ok := known[doc.ID]; ok {
			doc.Published = p
		} else if doc.Published == "" {
			doc.Published = fallback
		}
		out = append(out, ex.Extract(doc))
		return nil
	})
	return out, err
}
