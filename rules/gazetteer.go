package rules

import (
	"strconv"
	"strings"
)

// GazetteerFile is a rule file of kind "gazetteer": the places the
// extractor recognises, with their aliases and demonyms.
type GazetteerFile struct {
	Kind   string      `yaml:"kind"`
	Places []PlaceRule `yaml:"places"`
	// Peoples are names of peoples that hold a demonym but stand for no
	// place ("African-American", "Native Americans", "American Indians"):
	// the demonyms inside them are no mentions.
	Peoples []string `yaml:"peoples"`
}

// PlaceRule is one gazetteer entry.
type PlaceRule struct {
	// ID is optional; it defaults to the name and country folded into a slug.
	ID   string `yaml:"id"`
	Name string `yaml:"name"`
	// Kind is one of continent, country, region, state, province, city,
	// territory, county, town, street, landmark.
	Kind string `yaml:"kind"`
	// Country is the ISO 3166-1 alpha-2 code (empty for continents and
	// regions that span countries).
	Country string `yaml:"country"`
	// Aliases are other names of the same place, matched like the name.
	Aliases []string `yaml:"aliases"`
	// Demonyms are adjectives and nouns of the place's people ("Hungarian").
	// They are an affiliation before a person's name ("Hungarian Prime
	// Minister Viktor Orban") and elsewhere a mention of the place whose
	// form is "demonym" ("Russian troops", "Palestinians"), unless part of
	// an organisation's name ("the American Legion"), of a person's, of a
	// people's (see GazetteerFile.Peoples), or a language ("spoke French").
	Demonyms []string `yaml:"demonyms"`
	// Examples are texts where this place must be found (match), or must
	// not (nomatch).
	Examples Examples `yaml:"examples"`
	// Ambiguous marks a name that also commonly names people or things
	// ("Lincoln", "Ripley", "White House"): it counts as a place only in a
	// document where a place pattern's context confirms it at least once
	// ("in Lincoln", "Ripley, Miss."; see place_patterns.yaml), and it is
	// not offered to the people rules as a place.
	Ambiguous bool `yaml:"ambiguous"`
}

var placeKinds = map[string]bool{"continent": true, "country": true, "region": true, "state": true,
	"province": true, "city": true, "territory": true, "county": true, "town": true, "street": true, "landmark": true}

func (f *GazetteerFile) Validate() []FieldError {
	var errs []FieldError
	var names, paths []string
	for i, p := range f.Places {
		path := at("$.places", i, "")
		if strings.TrimSpace(p.Name) == "" {
			errs = append(errs, FieldError{Path: path + ".name", Msg: "missing name"})
		}
		if !placeKinds[p.Kind] {
			errs = append(errs, FieldError{Path: path + ".kind", Msg: "want one of continent, country, region, state, province, city, territory, county, town, street, landmark; got " + quoteOr(p.Kind)})
		}
		if p.Country != "" && (len(p.Country) != 2 || strings.ToUpper(p.Country) != p.Country) {
			errs = append(errs, FieldError{Path: path + ".country", Msg: "want a two-letter ISO 3166-1 code in capitals, got " + p.Country})
		}
		names, paths = append(names, p.Name), append(paths, path+".name")
		for j, a := range p.Aliases {
			names, paths = append(names, a), append(paths, at(path+".aliases", j, ""))
		}
		for j, d := range p.Demonyms {
			names, paths = append(names, d), append(paths, at(path+".demonyms", j, ""))
		}
	}
	errs = append(errs, duplicates(len(names), func(i int) string { return foldKey(names[i]) },
		func(i int) string { return paths[i] }, "name")...)
	for i, p := range f.Peoples {
		if strings.TrimSpace(p) == "" {
			errs = append(errs, FieldError{Path: at("$.peoples", i, ""), Msg: "empty name"})
		}
	}
	errs = append(errs, duplicates(len(f.Peoples), func(i int) string { return foldKey(f.Peoples[i]) },
		func(i int) string { return at("$.peoples", i, "") }, "people's name")...)
	return errs
}

// Key is the entry's id, or its name and country when it has none.
func (p PlaceRule) Key() string {
	if p.ID != "" {
		return p.ID
	}
	return foldKey(p.Name + " " + p.Country)
}

func (f *GazetteerFile) Merge(o *GazetteerFile) {
	f.Places = mergeByKey(f.Places, o.Places, PlaceRule.Key)
	f.Peoples = mergeByKey(f.Peoples, o.Peoples, foldKey)
}

func quoteOr(s string) string {
	if s == "" {
		return "nothing"
	}
	return strconv.Quote(s)
}
