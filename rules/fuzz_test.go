package rules

import (
	"fmt"
	"strings"
	"testing"
)

// FuzzLoadRuleFile decodes arbitrary bytes as a rule file, the way Load
// reads each file of a rule directory (addFile), both into an empty set
// and over the defaults. It must never panic, and every error must carry
// the file's name, a message and a position that is not negative.
//
// The seed corpus is in testdata/fuzz/FuzzLoadRuleFile: the start of each
// default rule file, the files of testdata/invalid and testdata/extend, and
// a few odd YAML shapes. Run the fuzzer with
//
//	go test ./rules -run '^$' -fuzz FuzzLoadRuleFile -fuzztime 1m -fuzzminimizetime 100x
func FuzzLoadRuleFile(f *testing.F) {
	f.Add([]byte("kind: speech_verbs\nverbs:\n  - lemma: murmur\n"))
	f.Add([]byte("kind: boilerplate\nrules:\n  - id: x\n    pattern: '('\n"))
	const name = "user/fuzz.yaml"
	f.Fuzz(func(t *testing.T, data []byte) {
		// Into an empty set, and over a set that already holds entries of
		// every kind, so that merging (replace by id, add) runs too.
		for _, set := range []*Set{{}, baseSet(t)} {
			for _, e := range addFile(set, name, data) {
				if e.File != name {
					t.Fatalf("error without the file name: %+v", e)
				}
				if e.Msg == "" {
					t.Fatalf("error without a message: %+v", e)
				}
				if e.Line < 0 || e.Col < 0 {
					t.Fatalf("error with a negative position: %+v", e)
				}
				if got := e.Error(); !strings.HasPrefix(got, name+":") {
					t.Fatalf("message does not start with the file name: %q", got)
				}
			}
		}
	})
}

// baseFiles hold a few entries of each kind, some with the ids and names
// of the default rules.
var baseFiles = []string{
	"kind: boilerplate\nrules:\n  - id: show-more\n    line: Show More\n  - id: ads\n    pattern: ^(?i)advertisement$\n",
	"kind: speech_verbs\nverbs:\n  - {lemma: say, forms: [says, said, saying]}\n  - {lemma: tweet, type: writing}\n",
	"kind: titles\ntitles:\n  - {title: President, abbreviations: [Pres.], nominals: [leader, president]}\n  - {title: Queen, gender: female}\n",
	"kind: people\npeople:\n  - {name: Donald J. Trump, aliases: [Donald Trump], gender: male}\n",
	"kind: gazetteer\nplaces:\n  - name: Europe\n    kind: continent\n    demonyms: [European]\n",
	"kind: attribution\npatterns:\n  - id: quote-speaker-cue\n    pattern: QUOTE ,? SPEAKER CUE\n",
}

// baseSet is a fresh set loaded from baseFiles (addFile changes the set
// it merges into, so each run needs its own).
func baseSet(t *testing.T) *Set {
	set := &Set{}
	for i, data := range baseFiles {
		if errs := addFile(set, fmt.Sprintf("base%d.yaml", i), []byte(data)); len(errs) > 0 {
			t.Fatalf("base file %d: %v", i, errs)
		}
	}
	return set
}
