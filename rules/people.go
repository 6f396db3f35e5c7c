package rules

import "strings"

// PeopleFile is a rule file of kind "people": known people and their
// aliases, first names with the gender they usually carry (to resolve he
// and she), and capitalised words that are never part of a person's name.
type PeopleFile struct {
	Kind       string       `yaml:"kind"`
	People     []PersonRule `yaml:"people"`
	FirstNames FirstNames   `yaml:"first_names"`
	// NotNames are capitalised words that end a name candidate: a phrase
	// holding one of them is an organisation or a thing, not a person
	// ("Oval Office", "Summit", "Party").
	NotNames []string `yaml:"not_names"`
	// Roles are lower-case nouns that, written right before a name of two
	// or three words, say it is a person's ("striker Kazuyoshi Miura",
	// "campaign spokesman Brian Fallon"), whatever the first name.
	Roles []string `yaml:"roles"`
	// Relations are the nouns that tie a person to another, not to an
	// organisation ("Mary Jones, the mother of Tamir Rice"): a description
	// after a name that holds one gives the person no affiliation.
	Relations []string `yaml:"relations"`
	// Kin are the family nouns a person has and a firm has not: "X,
	// whose son is in third grade" describes a person, "Boeing, whose
	// shares fell" a firm.
	Kin []string `yaml:"kin"`
	// RolesTo are the nouns that name whom their holder serves with "to"
	// ("an adviser to the senator", "the ambassador to Mexico"): "to" then
	// joins the affiliation to the speaker's head, as "for" and "of" do.
	RolesTo []string `yaml:"roles_to"`
	// LeaderNouns name what a leader's surname heads after "the" ("the
	// Kessler administration", "the Halvorsen campaign"): one capitalised
	// word there is a person's name, though the story never gives it in
	// full.
	LeaderNouns []string `yaml:"leader_nouns"`
	// PartyNouns name a party's member, capitalised ("Republican"): after
	// "the" and a place ("the Ohio Republican") they refer back to the
	// person of that place the story named last.
	PartyNouns []string `yaml:"party_nouns"`
	// PartyCodes are the short forms of parties that, joined by a hyphen
	// to a place, tag a lawmaker after the name ("R" in "Sen. Chuck
	// Grassley (R-Iowa)"): the place is the person's affiliation.
	PartyCodes []string `yaml:"party_codes"`
	// JoinedBodyWords end the name of a public body that joins two places
	// with "and" ("Avon and Somerset Police", "Tyne and Wear Fire and
	// Rescue Service"): such a name is one, not a place and a body.
	JoinedBodyWords []string `yaml:"joined_body_words"`
	// StormWords before a name make it a storm's, not a person's
	// ("Hurricane Katrina", "Typhoon Haiyan"); alone they may name a place
	// ("Hurricane, W.Va.").
	StormWords []string `yaml:"storm_words"`
	// PostNominals are letters written after a name that are no part of
	// it and make it no organisation's ("Gordon Fairweather KC", "Jane
	// Smith MP").
	PostNominals []string `yaml:"post_nominals"`
	// FamilyNamesFirst are family names written before the given name, as
	// Korean names are: one of them before a capitalised given name of two
	// syllables joined by a hyphen is a person's name ("Yun Bo-ra", "Kim
	// Jong-un"), whatever the given name; the family name alone names the
	// person after it ("Yun said").
	FamilyNamesFirst []string `yaml:"family_names_first"`
}

// PersonRule is a known person.
type PersonRule struct {
	// Name is the canonical name reported for the person.
	Name string `yaml:"name"`
	// Aliases are other full names of the person; a bare last name is
	// matched without listing it.
	Aliases []string `yaml:"aliases"`
	Gender  string   `yaml:"gender"`
	// Examples are texts where this person must be found (match), or must
	// not (nomatch).
	Examples Examples `yaml:"examples"`
}

// FirstNames lists first names by the gender they usually carry; Either
// holds those that carry both (Chris, Alex), which tell a person but not
// whether he or she refers to them.
type FirstNames struct {
	Male   []string `yaml:"male"`
	Female []string `yaml:"female"`
	Either []string `yaml:"either"`
}

func (f *PeopleFile) Validate() []FieldError {
	var errs []FieldError
	var names, paths []string
	for i, p := range f.People {
		path := at("$.people", i, "")
		if strings.TrimSpace(p.Name) == "" {
			errs = append(errs, FieldError{Path: path + ".name", Msg: "missing name"})
		}
		if !genders[p.Gender] {
			errs = append(errs, FieldError{Path: path + ".gender", Msg: "want male, female or nothing, got " + p.Gender})
		}
		names = append(names, p.Name)
		paths = append(paths, path+".name")
		for j, a := range p.Aliases {
			names = append(names, a)
			paths = append(paths, at(path+".aliases", j, ""))
		}
	}
	errs = append(errs, duplicates(len(names), func(i int) string { return foldKey(names[i]) },
		func(i int) string { return paths[i] }, "name")...)
	var first, fpaths []string
	for i, n := range f.FirstNames.Male {
		first, fpaths = append(first, n), append(fpaths, at("$.first_names.male", i, ""))
	}
	for i, n := range f.FirstNames.Female {
		first, fpaths = append(first, n), append(fpaths, at("$.first_names.female", i, ""))
	}
	for i, n := range f.FirstNames.Either {
		first, fpaths = append(first, n), append(fpaths, at("$.first_names.either", i, ""))
	}
	for i, n := range first {
		if !isWord(n) {
			errs = append(errs, FieldError{Path: fpaths[i], Msg: "want one word"})
		}
	}
	errs = append(errs, duplicates(len(first), func(i int) string { return foldKey(first[i]) },
		func(i int) string { return fpaths[i] }, "first name")...)
	errs = append(errs, duplicates(len(f.NotNames), func(i int) string { return foldKey(f.NotNames[i]) },
		func(i int) string { return at("$.not_names", i, "") }, "word")...)
	errs = append(errs, wordListErrors("$.roles", f.Roles, isLowerWord, "want one lower-case word", "role")...)
	errs = append(errs, wordListErrors("$.relations", f.Relations, isLowerWord, "want one lower-case word", "relation")...)
	errs = append(errs, wordListErrors("$.kin", f.Kin, isLowerWord, "want one lower-case word", "kin noun")...)
	errs = append(errs, wordListErrors("$.roles_to", f.RolesTo, isLowerWord, "want one lower-case word", "role noun")...)
	errs = append(errs, wordListErrors("$.leader_nouns", f.LeaderNouns, isLowerWord, "want one lower-case word", "leader noun")...)
	errs = append(errs, wordListErrors("$.party_nouns", f.PartyNouns, isWord, "want one word", "party noun")...)
	errs = append(errs, wordListErrors("$.party_codes", f.PartyCodes, func(w string) bool { return isWord(w) && !strings.Contains(w, "-") },
		"want one word with no hyphen", "party code")...)
	errs = append(errs, wordListErrors("$.joined_body_words", f.JoinedBodyWords, isWord, "want one word", "word")...)
	errs = append(errs, wordListErrors("$.storm_words", f.StormWords, isWord, "want one word", "word")...)
	errs = append(errs, wordListErrors("$.post_nominals", f.PostNominals, isWord, "want one word", "word")...)
	errs = append(errs, wordListErrors("$.family_names_first", f.FamilyNamesFirst, isWord, "want one word", "family name")...)
	return errs
}

// wordListErrors checks a list of words at path: each one that ok
// refuses is an error saying want, and a word twice (case folded) is one
// too, named by noun.
func wordListErrors(path string, words []string, ok func(string) bool, want, noun string) []FieldError {
	var errs []FieldError
	for i, w := range words {
		if !ok(w) {
			errs = append(errs, FieldError{Path: at(path, i, ""), Msg: want + ", got " + w})
		}
	}
	return append(errs, duplicates(len(words), func(i int) string { return foldKey(words[i]) },
		func(i int) string { return at(path, i, "") }, noun)...)
}

// isWord reports whether w is one word: not blank, no space or tab.
func isWord(w string) bool { return strings.TrimSpace(w) != "" && !strings.ContainsAny(w, " \t") }

// isLowerWord reports whether w is one word in lower case.
func isLowerWord(w string) bool { return isWord(w) && w == strings.ToLower(w) }

func (f *PeopleFile) Merge(o *PeopleFile) {
	f.People = mergeByKey(f.People, o.People, func(p PersonRule) string { return foldKey(p.Name) })
	self := func(s string) string { return foldKey(s) }
	f.FirstNames.Male = mergeByKey(f.FirstNames.Male, o.FirstNames.Male, self)
	f.FirstNames.Female = mergeByKey(f.FirstNames.Female, o.FirstNames.Female, self)
	f.FirstNames.Either = mergeByKey(f.FirstNames.Either, o.FirstNames.Either, self)
	f.NotNames = mergeByKey(f.NotNames, o.NotNames, self)
	f.Roles = mergeByKey(f.Roles, o.Roles, self)
	f.Relations = mergeByKey(f.Relations, o.Relations, self)
	f.Kin = mergeByKey(f.Kin, o.Kin, self)
	f.RolesTo = mergeByKey(f.RolesTo, o.RolesTo, self)
	f.LeaderNouns = mergeByKey(f.LeaderNouns, o.LeaderNouns, self)
	f.PartyNouns = mergeByKey(f.PartyNouns, o.PartyNouns, self)
	f.PartyCodes = mergeByKey(f.PartyCodes, o.PartyCodes, self)
	f.JoinedBodyWords = mergeByKey(f.JoinedBodyWords, o.JoinedBodyWords, self)
	f.StormWords = mergeByKey(f.StormWords, o.StormWords, self)
	f.PostNominals = mergeByKey(f.PostNominals, o.PostNominals, self)
	f.FamilyNamesFirst = mergeByKey(f.FamilyNamesFirst, o.FamilyNamesFirst, self)
}
