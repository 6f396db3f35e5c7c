package rules

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
)

// ruleFile is what every kind's file type implements.
type ruleFile interface {
	Validate() []FieldError
}

// kinds maps each `kind:` value to a constructor of its file type and the
// function that adds a decoded file to a Set.
var kinds = map[string]struct {
	newFile func() ruleFile
	merge   func(s *Set, f ruleFile)
}{
	"boilerplate":  {func() ruleFile { return &BoilerplateFile{} }, func(s *Set, f ruleFile) { s.Boilerplate.Merge(f.(*BoilerplateFile)) }},
	"speech_verbs": {func() ruleFile { return &SpeechVerbsFile{} }, func(s *Set, f ruleFile) { s.SpeechVerbs.Merge(f.(*SpeechVerbsFile)) }},
	"attribution":  {func() ruleFile { return &AttributionFile{} }, func(s *Set, f ruleFile) { s.Attribution.Merge(f.(*AttributionFile)) }},
	"titles":       {func() ruleFile { return &TitlesFile{} }, func(s *Set, f ruleFile) { s.Titles.Merge(f.(*TitlesFile)) }},
	"people":       {func() ruleFile { return &PeopleFile{} }, func(s *Set, f ruleFile) { s.People.Merge(f.(*PeopleFile)) }},
	"gazetteer":    {func() ruleFile { return &GazetteerFile{} }, func(s *Set, f ruleFile) { s.Gazetteer.Merge(f.(*GazetteerFile)) }},
	"dates":        {func() ruleFile { return &DatesFile{} }, func(s *Set, f ruleFile) { s.Dates.Merge(f.(*DatesFile)) }},
	"reconcile":    {func() ruleFile { return &ReconcileFile{} }, func(s *Set, f ruleFile) { s.Reconcile.Merge(f.(*ReconcileFile)) }},

	"place_patterns": {func() ruleFile { return &PlacePatternsFile{} }, func(s *Set, f ruleFile) { s.PlacePatterns.Merge(f.(*PlacePatternsFile)) }},
}

func kindNames() string {
	names := make([]string, 0, len(kinds))
	for k := range kinds {
		names = append(names, k)
	}
	sort.Strings(names)
	return strings.Join(names, ", ")
}

// Set is the merged rule set of every kind.
type Set struct {
	Boilerplate BoilerplateFile
	SpeechVerbs SpeechVerbsFile
	Attribution AttributionFile
	Titles      TitlesFile
	People      PeopleFile
	Gazetteer   GazetteerFile
	Dates       DatesFile
	Reconcile   ReconcileFile

	PlacePatterns PlacePatternsFile
	// Sources maps "kind:name" to where each entry is written, so that an
	// output's rule id leads to its file and line.
	Sources map[string]Source
	// Examples are the examples of every entry, with their positions.
	Examples []ExampleRef
}

// mergeByKey returns base with add laid over it: an element of add whose key
// matches one of base replaces it in place, the others are appended.
func mergeByKey[T any](base, add []T, key func(T) string) []T {
	at := make(map[string]int, len(base))
	for i, b := range base {
		at[key(b)] = i
	}
	for _, a := range add {
		if i, ok := at[key(a)]; ok {
			base[i] = a
			continue
		}
		at[key(a)] = len(base)
		base = append(base, a)
	}
	return base
}

// duplicates reports every entry whose key repeats an earlier one.
func duplicates(n int, key func(int) string, path func(int) string, what string) []FieldError {
	var errs []FieldError
	first := map[string]int{}
	for i := 0; i < n; i++ {
		k := key(i)
		if k == "" {
			continue
		}
		if j, ok := first[k]; ok {
			errs = append(errs, FieldError{Path: path(i), Msg: fmt.Sprintf("duplicate %s %q", what, k), First: path(j)})
			continue
		}
		first[k] = i
	}
	return errs
}

// foldKey is the case- and space-insensitive key used to detect duplicates.
func foldKey(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}

func checkRegexp(pattern, path string) []FieldError {
	if _, err := regexp.Compile(pattern); err != nil {
		return []FieldError{{Path: path, Msg: "invalid regular expression: " + err.Error()}}
	}
	return nil
}

// at builds the YAML path of field suffix in entry i of list prefix.
func at(prefix string, i int, suffix string) string {
	return fmt.Sprintf("%s[%d]%s", prefix, i, suffix)
}
