package main

import (
	"errors"
	"fmt"
	"io"

	"github.com/newsfacts/extract/extract"
	"github.com/newsfacts/extract/rules"
)

// rulesTest runs every example of the default rules and of DIR and reports
// each failure as file:line:col: rule: expected ..., got ....
func rulesTest(args []string, stdout, stderr io.Writer) int {
	if len(args) > 1 {
		fmt.Fprintf(stderr, "extract rules test: want at most one directory\n%s", usage)
		return 2
	}
	dir := ""
	if len(args) == 1 {
		dir = args[0]
	}
	set, err := rules.Load(dir)
	if err != nil {
		printRuleErrors(stderr, err)
		return 1
	}
	ex, err := extract.New(set)
	if err != nil {
		printRuleErrors(stderr, err)
		return 1
	}
	failures := ex.CheckExamples()
	for _, f := range failures {
		fmt.Fprintln(stdout, f.Error())
	}
	fmt.Fprintf(stdout, "%d examples, %d failed\n", len(set.Examples), len(failures))
	if len(failures) > 0 {
		return 1
	}
	return 0
}

func rulesCheck(args []string, stdout, stderr io.Writer) int {
	if len(args) > 1 {
		fmt.Fprintf(stderr, "extract rules check: want at most one directory\n%s", usage)
		return 2
	}
	dir := ""
	if len(args) == 1 {
		dir = args[0]
	}
	set, err := rules.Load(dir)
	if err == nil {
		_, err = extract.New(set)
	}
	if err != nil {
		printRuleErrors(stderr, err)
		return 1
	}
	if dir == "" {
		dir = "default rules"
	}
	fmt.Fprintf(stdout, "%s: ok\n", dir)
	return 0
}

func printRuleErrors(w io.Writer, err error) {
	var list rules.ErrorList
	if errors.As(err, &list) {
		for _, e := range list {
			fmt.Fprintln(w, e.Error())
		}
		if len(list) == 1 {
			fmt.Fprintln(w, "1 error")
		} else {
			fmt.Fprintf(w, "%d errors\n", len(list))
		}
		return
	}
	fmt.Fprintf(w, "extract: %v\n", err)
}
