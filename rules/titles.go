package rules

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// TitlesFile is a rule file of kind "titles": titles and roles written
// before a name ("Prime Minister", "Sen.") and the role nouns that refer
// back to their holder ("the Russian leader").
type TitlesFile struct {
	Kind   string      `yaml:"kind"`
	Titles []TitleRule `yaml:"titles"`
	// Modifiers are words that qualify a title in time ("Former President
	// George W. Bush", "Acting Secretary"): never the person's affiliation
	// nor part of the name.
	Modifiers []string `yaml:"modifiers"`
	// Levels are words that say at what level of government a title is
	// held ("County Commissioner Dave Ortiz", "State District Judge"):
	// alone before a title they are no affiliation.
	Levels []string `yaml:"levels"`
}

// TitleRule is one title.
type TitleRule struct {
	Title string `yaml:"title"`
	// Abbreviations are other spellings matched like the title (Sen., PM).
	Abbreviations []string `yaml:"abbreviations"`
	// Gender is male or female when the title tells it (Mrs., Queen).
	Gender string `yaml:"gender"`
	// Nominals are nouns that, after "the" and an optional affiliation,
	// refer to a holder of this title: leader for President, so that "the
	// Russian leader" finds Russia's president.
	Nominals []string `yaml:"nominals"`
	// Courtesy marks forms of address (Mr., Ms.) that help find a name but
	// are not reported as the person's title.
	Courtesy bool `yaml:"courtesy"`
	// GivenName marks titles that come before a given name, not a family
	// name ("King Hussein", "Pope Francis"): the one name after such a
	// title names no one of that family name ("Saddam Hussein").
	GivenName bool `yaml:"given_name"`
	// Examples are texts where a person must be found with this title
	// (match), or must not (nomatch).
	Examples Examples `yaml:"examples"`
}

var genders = map[string]bool{"": true, "male": true, "female": true}

func (f *TitlesFile) Validate() []FieldError {
	var errs []FieldError
	var forms []string
	var paths []string
	for i, t := range f.Titles {
		p := at("$.titles", i, "")
		if strings.TrimSpace(t.Title) == "" {
			errs = append(errs, FieldError{Path: p + ".title", Msg: "missing title"})
		} else if r, _ := utf8.DecodeRuneInString(t.Title); !unicode.IsUpper(r) {
			errs = append(errs, FieldError{Path: p + ".title", Msg: "can never match: titles are found before names, capitalised (write \"President\", not \"president\"); lower-case role nouns go in nominals"})
		}
		if !genders[t.Gender] {
			errs = append(errs, FieldError{Path: p + ".gender", Msg: "want male, female or nothing, got " + t.Gender})
		}
		forms = append(forms, t.Title)
		paths = append(paths, p+".title")
		for j, a := range t.Abbreviations {
			forms = append(forms, a)
			paths = append(paths, at(p+".abbreviations", j, ""))
		}
		for j, n := range t.Nominals {
			if strings.TrimSpace(n) == "" {
				errs = append(errs, FieldError{Path: at(p+".nominals", j, ""), Msg: "empty nominal"})
			}
		}
	}
	errs = append(errs, duplicates(len(forms), func(i int) string { return foldKey(forms[i]) },
		func(i int) string { return paths[i] }, "title")...)
	return errs
}

func (f *TitlesFile) Merge(o *TitlesFile) {
	f.Titles = mergeByKey(f.Titles, o.Titles, func(t TitleRule) string { return foldKey(t.Title) })
	f.Modifiers = mergeByKey(f.Modifiers, o.Modifiers, foldKey)
	f.Levels = mergeByKey(f.Levels, o.Levels, foldKey)
}
