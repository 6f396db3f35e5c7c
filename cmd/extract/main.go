// Command extract turns news articles into structured facts: quotes with
// their speakers, people, places and dates, one JSON line per document.
//
//	extract run [--rules DIR] [--published YYYY-MM-DD] [-o FILE [--resume]] [--workers N]
//	            [--emit-text] [--strict] [--max-size BYTES] [--no-progress] INPUT...
//	extract rules check [DIR]
//	extract rules test [DIR]
//	extract reconcile [--rules DIR] [-o FILE] EXTRACTIONS.jsonl...
//	extract golden check|update [--rules DIR] [--published YYYY-MM-DD] DIR|FILE...
//	extract explain [--rules DIR] [--published YYYY-MM-DD] [--json] INPUT...
//	extract eval --gold GOLD.jsonl [--kind K] [--rules DIR] [--json] [--errors N] [--ci N] [--baseline RUN.jsonl] INPUT...
//	extract eval --gold GOLD.jsonl --pred PRED.jsonl [--input INPUT.jsonl] [--kind K] [--json] [--errors N] [--ci N] [--baseline RUN.jsonl]
//
// Exit codes: 0 success; 1 problems found (rule errors in `rules check`,
// documents that gave error records in `run --strict`); 2 usage, rule or
// I/O errors that stop a run before or during output.
package main

import (
	"fmt"
	"io"
	"os"
)

const usage = `usage:
  extract run [--rules DIR] [--published YYYY-MM-DD] [-o FILE [--resume]] [--workers N]
              [--emit-text] [--strict] [--max-size BYTES] [--no-progress] INPUT...
      INPUT is a .txt, .jsonl, .jsonl.gz, .html, .htm, .warc or .warc.gz file,
      a directory (walked for those), or - for JSONL on stdin.
      Flags: extract run -h
  extract rules check [DIR]
      validate a rule directory (with no DIR, the embedded defaults)
  extract rules test [DIR]
      run the examples of every rule of the defaults and of DIR
  extract reconcile [--rules DIR] [-o FILE] EXTRACTIONS.jsonl...
      group the records of extract run (files, or - for stdin) into stories:
      one Story line per story, its facts aligned across versions
  extract golden check|update [--rules DIR] [--published YYYY-MM-DD] DIR|FILE...
      compare each article file (.txt, .jsonl) with its golden file NAME.golden.json
      beside it, printing what changed (check exits 1 on any difference), or rewrite them
  extract explain [--rules DIR] [--published YYYY-MM-DD] [--json] INPUT...
      show how each document was read: sentences, tokens and tags, boilerplate,
      mentions, and for each quote its speaker, cue and the rule that attributed it
  extract eval --gold GOLD.jsonl [--kind K] [--rules DIR] [--published YYYY-MM-DD] [--json] [--errors N] [--ci N] [--baseline RUN.jsonl] INPUT...
  extract eval --gold GOLD.jsonl --pred PRED.jsonl [--input INPUT.jsonl] [--kind K] [--json] [--errors N] [--ci N] [--baseline RUN.jsonl]
      score the extractor (run on INPUT, or a finished run) against gold annotations;
      K is quotes, dates, places or people (default: every kind in the gold file)
`

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	switch args[0] {
	case "run":
		return runCmd(args[1:], stdin, stdout, stderr)
	case "golden":
		return goldenCmd(args[1:], stdout, stderr)
	case "explain":
		return explainCmd(args[1:], stdin, stdout, stderr)
	case "eval":
		return evalCmd(args[1:], stdin, stdout, stderr)
	case "reconcile":
		return reconcileCmd(args[1:], stdin, stdout, stderr)
	case "rules":
		if len(args) >= 2 && args[1] == "check" {
			return rulesCheck(args[2:], stdout, stderr)
		}
		if len(args) >= 2 && args[1] == "test" {
			return rulesTest(args[2:], stdout, stderr)
		}
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return 0
	}
	fmt.Fprintf(stderr, "extract: unknown command %q\n%s", args[0], usage)
	return 2
}
