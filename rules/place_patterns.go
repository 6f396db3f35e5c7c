package rules

import (
	"strings"
)

// PlacePatternsFile is a rule file of kind "place_patterns": how places that
// no gazetteer lists are recognised from their shape and context ("Rapides
// Parish", "1935 Orchard St.", "in Bicester", "Tega Cay, S.C."), and when a
// gazetteer name that also names people or things ("Lincoln", "Jordan")
// counts as a place (see PlaceRule.Ambiguous).
type PlacePatternsFile struct {
	Kind     string         `yaml:"kind"`
	Patterns []PlacePattern `yaml:"patterns"`
	// Modifiers are lower-case words that may stand between a context word
	// and the place it introduces: "in downtown Gainesville".
	Modifiers []string `yaml:"modifiers"`
	// NotPlaces are capitalised words that never start or make up a place
	// found by a pattern ("in Congress", "of Justice", "from January").
	NotPlaces []string `yaml:"not_places"`
	// NotAfter are lower-case words after which a before context speaks of
	// something other than a place: "a stake in Valeant", "a role in Fargo".
	NotAfter []string `yaml:"not_after"`
	// GivenNames are gazetteer names that are also given names (Chad,
	// Georgia, Austin): followed by a capitalised word that is no place and
	// no title, they start a person's name ("Chad Walker"), as do the
	// people rules' first names.
	GivenNames []string `yaml:"given_names"`
	// MediaWords are capitalised words that, right after a gazetteer name,
	// make it the name of a newspaper ("The Washington Post", "Des Moines
	// Register"): the place there is no mention.
	MediaWords []string `yaml:"media_words"`
}

// PlacePattern is one way of recognising a place. Its type says where the
// words are:
//
//	suffix    the place ends with one of the words: "Rapides Parish", "Orchard St."
//	prefix    the place starts with one of them: "Lake Lanier", "Highway 19"
//	before    the words come just before the place: "in Bicester", "residents of Greer"
//	after     the words come just after it: "Chiefland man", "Northbrook-based"
//	region    the place is followed by a comma and a state, province or country
//	          of the gazetteer: "Glen Carbon, Ill.", "Gori, Georgia"
//	dateline  the place opens a sentence in capitals before a dash: "TEGA CAY —"
//	coordinated  the place is listed with places: "Newark, Heath and Pataskala"
//	address   the place follows a street and a comma: "1935 Orchard St., Alexandria,"
type PlacePattern struct {
	ID   string `yaml:"id"`
	Type string `yaml:"type"`
	// Words are the pattern's words, matched with their case for suffix and
	// prefix, without it for before and for after words in lower case
	// ("Chiefland man"); after words written with a capital are matched as
	// written ("Berea Police Department"). In before, PERSON stands for the
	// end of a person's name ("Edward Moayyad of Southlake") and NUMBER for
	// a number ("Troop 172 of Wakefield"); in after, a word starting with a
	// hyphen is joined to the place ("Northbrook-based").
	Words []string `yaml:"words"`
	// Numbered: a prefix pattern takes a number, not a name ("Highway 19").
	Numbered bool `yaml:"numbered"`
	// List: a suffix pattern's words follow a list of names, each a place
	// named with this word after it: "Barrow and Jackson counties" with
	// list County gives Barrow County and Jackson County.
	List string `yaml:"list"`
	// Kind is the kind of place the pattern finds (county, street, landmark,
	// city, town, region or unknown). A name that the gazetteer lists keeps
	// the gazetteer's kind.
	Kind string `yaml:"kind"`
	// ConfirmOnly: the pattern only confirms gazetteer names (see
	// PlaceRule.Ambiguous) and never finds a name the gazetteer lacks ("at":
	// companies and institutions follow it as often as places).
	ConfirmOnly bool `yaml:"confirm_only"`
	// NeverPerson: a suffix pattern's words never end a person's name
	// (Street, Road; not Lane or Hill, which are surnames). The name before
	// them is a place even where it reads as a person's ("Ruth Drive",
	// "Lois Street"), and may hold an ordinal or a word of not_places
	// ("42nd Street", "First Avenue", "Church Street").
	NeverPerson bool `yaml:"never_person"`
	// Examples are texts in which the pattern must find the place given
	// (match: {text: ..., place: ...}) or must not (nomatch).
	Examples Examples `yaml:"examples"`
}

var placePatternTypes = map[string]bool{"suffix": true, "prefix": true, "before": true, "after": true,
	"region": true, "dateline": true, "coordinated": true, "address": true}

// patternPlaceKinds are the kinds a pattern may give the places it finds.
var patternPlaceKinds = map[string]bool{"county": true, "street": true, "landmark": true, "city": true,
	"town": true, "region": true, "unknown": true}

func (f *PlacePatternsFile) Validate() []FieldError {
	var errs []FieldError
	var ids []string
	for i, p := range f.Patterns {
		path := at("$.patterns", i, "")
		if strings.TrimSpace(p.ID) == "" {
			errs = append(errs, FieldError{Path: path + ".id", Msg: "missing id: every pattern is named in the rules it is reported with"})
		}
		ids = append(ids, p.ID)
		if !placePatternTypes[p.Type] {
			errs = append(errs, FieldError{Path: path + ".type", Msg: "want one of suffix, prefix, before, after, region, dateline, coordinated, address; got " + quoteOr(p.Type)})
		}
		if !patternPlaceKinds[p.Kind] {
			errs = append(errs, FieldError{Path: path + ".kind", Msg: "want one of county, street, landmark, city, town, region, unknown; got " + quoteOr(p.Kind)})
		}
		needWords := p.Type != "region" && p.Type != "dateline" && p.Type != "coordinated" && p.Type != "address"
		if needWords && len(p.Words) == 0 {
			errs = append(errs, FieldError{Path: path + ".words", Msg: "a " + p.Type + " pattern needs words"})
		}
		for j, w := range p.Words {
			if strings.TrimSpace(w) == "" {
				errs = append(errs, FieldError{Path: at(path+".words", j, ""), Msg: "empty word"})
			}
		}
		if p.List != "" && p.Type != "suffix" {
			errs = append(errs, FieldError{Path: path + ".list", Msg: "only a suffix pattern follows a list"})
		}
		if p.NeverPerson && p.Type != "suffix" {
			errs = append(errs, FieldError{Path: path + ".never_person", Msg: "only a suffix pattern's words end a name"})
		}
		if p.Numbered && p.Type != "prefix" {
			errs = append(errs, FieldError{Path: path + ".numbered", Msg: "only a prefix pattern takes a number"})
		}
		if len(p.Examples.Match) == 0 {
			errs = append(errs, FieldError{Path: path + ".examples", Msg: "give at least one match example, a text and the place the pattern finds in it: it guards the pattern"})
		}
		for j, ex := range append(p.Examples.Match, p.Examples.NoMatch...) {
			list, k := "match", j
			if j >= len(p.Examples.Match) {
				list, k = "nomatch", j-len(p.Examples.Match)
			}
			ep := at(path+".examples."+list, k, "")
			switch {
			case ex.Place == "":
				errs = append(errs, FieldError{Path: ep, Msg: "say which place the example is about: {text: ..., place: ...}"})
			case !strings.Contains(ex.Text, ex.Place):
				errs = append(errs, FieldError{Path: ep, Msg: "the place " + quoteOr(ex.Place) + " is not in the text"})
			}
		}
	}
	errs = append(errs, duplicates(len(ids), func(i int) string { return foldKey(ids[i]) },
		func(i int) string { return at("$.patterns", i, ".id") }, "pattern id")...)
	for field, list := range map[string][]string{"modifiers": f.Modifiers, "not_places": f.NotPlaces,
		"given_names": f.GivenNames, "not_after": f.NotAfter, "media_words": f.MediaWords} {
		for i, w := range list {
			if strings.TrimSpace(w) == "" {
				errs = append(errs, FieldError{Path: at("$."+field, i, ""), Msg: "empty word"})
			}
		}
	}
	errs = append(errs, duplicates(len(f.NotPlaces), func(i int) string { return foldKey(f.NotPlaces[i]) },
		func(i int) string { return at("$.not_places", i, "") }, "word")...)
	return errs
}

func (f *PlacePatternsFile) Merge(o *PlacePatternsFile) {
	f.Patterns = mergeByKey(f.Patterns, o.Patterns, func(p PlacePattern) string { return foldKey(p.ID) })
	f.Modifiers = append(f.Modifiers, o.Modifiers...)
	f.NotPlaces = append(f.NotPlaces, o.NotPlaces...)
	f.GivenNames = append(f.GivenNames, o.GivenNames...)
	f.NotAfter = append(f.NotAfter, o.NotAfter...)
	f.MediaWords = append(f.MediaWords, o.MediaWords...)
}
