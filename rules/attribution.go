package rules

import (
	"fmt"
	"strings"
)

// AttributionFile is a rule file of kind "attribution": the patterns that
// link a quote to its speaker and cue, and the pronouns a speaker can be.
type AttributionFile struct {
	Kind     string               `yaml:"kind"`
	Patterns []AttributionPattern `yaml:"patterns"`
	Pronouns []PronounRule        `yaml:"pronouns"`
	// ObjectMarkers are words after which a name is the object of the
	// sentence, not its speaker ("to President Trump", "with Zelensky").
	ObjectMarkers []string `yaml:"object_markers"`
	// InvertedCues are the cue forms that may come before their speaker
	// ("said an Iowa Democrat"); a phrase after any other cue is its object
	// ("issued a statement"). Their verbs, in any form, report another
	// speaker's words ("prosecutors say that he told ...").
	InvertedCues []string `yaml:"inverted_cues"`
	// ReportingVerbs are lemmas of speech verbs that, besides those of
	// the inverted cues, report what another said: "Obama told NPR that
	// he believes he “may represent change”" is Obama's report.
	ReportingVerbs []string `yaml:"reporting_verbs"`
	// Subordinators are words that open a clause inside a sentence
	// ("that", "after", "because"): a name right after one is the subject
	// of that clause, not of the sentence ("Christie repeated accusations
	// that Rubio recites the same points, calling him ...").
	Subordinators []string `yaml:"subordinators"`
	// SpeechNouns are nouns of what someone said that cue a quote after
	// their possessor ("her remark that", "Trump's claim that Obama
	// \"founded ISIS\"", "his call for"): the possessor is the speaker.
	SpeechNouns []string `yaml:"speech_nouns"`
	// ViewNouns are nouns of what someone thinks: "in his view,", "In
	// Trump's mind," make the clause the possessor's ("In Bolton's view,
	// it is an \"across-the-board failure\"").
	ViewNouns []string `yaml:"view_nouns"`
	// ClauseOpeners open a clause with a subject of its own ("although",
	// "while"): a quote in that clause with no speech verb is its
	// subject's, not the sentence's ("Rubio likes \"The Walking Dead,\"
	// while the former governor loves \"Lilyhammer.\"").
	ClauseOpeners []string `yaml:"clause_openers"`
	// TitleOpeners are words after which a short quotation in title case
	// names a work, not speech, even next to a speech verb ("the author
	// of ''Hacked World Order''", "said on \"This Week\"", "the podcast
	// \"So, That Happened\""); a possessive always opens one ("NBC's
	// \"Meet the Press\"").
	TitleOpeners []string `yaml:"title_openers"`
	// OrganisationNouns head a speaker phrase that stands for an
	// organisation ("the newspaper", "the campaign", "the committee").
	OrganisationNouns []string `yaml:"organisation_nouns"`
	// SurveyNouns head a phrase naming a survey ("a September Washington
	// Post-ABC News poll"): a group speaking in a sentence that names one
	// earlier ("In a ... poll, 75 percent of Republicans said") reports
	// its answers, so the survey is the speaker and the group the original.
	SurveyNouns []string `yaml:"survey_nouns"`
	// RecordingNouns head a phrase naming a recording or picture ("footage
	// of Trump saying"): the one it shows saying something says it,
	// though the object of "of".
	RecordingNouns []string `yaml:"recording_nouns"`
	// WitnessVerbs are the forms of verbs of hearing, seeing and
	// recording whose object, right before a participle cue, speaks ("the
	// recorder captured the captain saying", "heard Trump saying").
	WitnessVerbs []string `yaml:"witness_verbs"`
	// ObtainingParticiples describe a document by who came to have it
	// ("a memo obtained by POLITICO"): their agent says nothing the
	// document says, and after "according to" is no source, as that of
	// "provided by" is.
	ObtainingParticiples []string `yaml:"obtaining_participles"`
	// PluralNounCues are cue forms in -s that after a capitalised word
	// are mostly a plural noun it modifies ("the Gulf states", "Western
	// states"): there they cue nothing unless "that" or a colon follows.
	// Right before a verb they are its subject ("member states have").
	PluralNounCues []string `yaml:"plural_noun_cues"`
	// NamingParticiples give a thing its name ("a band called
	// Sophistafunk"): between a common noun and a name that the clause's
	// verb follows they cue nothing.
	NamingParticiples []string `yaml:"naming_participles"`
	// ClosingCues are verbs that cue only at the end of a clause right
	// after a quotation that opens the sentence and its speaker ('"...,"
	// Hannity started.', '"...," he began.'), being no speech verbs
	// elsewhere.
	ClosingCues []string `yaml:"closing_cues"`
	// NotSpeakers are nouns that head a phrase next to a cue without being
	// a speaker ("said Thursday", "in a statement").
	NotSpeakers []string `yaml:"not_speakers"`
	// ScareQuoteWords: quoted words that no rule attributes, at most this
	// many of them, are left out as scare quotes or terms (the so-called
	// "experts"), not quotes. 0 keeps every quote; unset keeps the value
	// of the rule files loaded before.
	ScareQuoteWords *int `yaml:"scare_quote_words"`
}

// AttributionPattern is a sequence of slots matched against the sentence
// that holds a quote, tried in file order; the first that matches decides.
//
// Slots, separated by spaces:
//
//	QUOTE    the quote being attributed
//	SPEAKER  a name, pronoun or nominal ("the Russian leader")
//	SUBJECT  a SPEAKER in subject position: not right after a preposition
//	         or verb ("for Trump", "mocked Trump"), not a possessive
//	CUE      a speech verb from the speech_verbs rules
//	...      any words (within the sentence), as few as possible
//	,?  :?   an optional comma or colon
//	^        the start of the sentence, or of a clause after and, but,
//	         because, so, yet or for
//	word     a literal word, case ignored ("according", "to"); words
//	         joined by | match any of them ("reported|reports")
type AttributionPattern struct {
	ID          string `yaml:"id"`
	Pattern     string `yaml:"pattern"`
	Description string `yaml:"description"`
	// Outer marks a pattern whose speaker reports another's words
	// ("according to CNN"): the speaker the patterns with a CUE find in
	// the sentence is kept as its original.
	Outer bool `yaml:"outer"`
	// Examples are texts whose quote this pattern must attribute (match)
	// and texts where it must not (nomatch).
	Examples Examples `yaml:"examples"`
}

// PronounRule is a pronoun that can stand for a speaker.
type PronounRule struct {
	Text   string `yaml:"text"`
	Gender string `yaml:"gender"`
	// Number is singular or plural.
	Number string `yaml:"number"`
	// FirstPerson marks "I" and "we": outside a quotation they are the
	// writer, so they stand for no one named before them.
	FirstPerson bool `yaml:"first_person"`
	// Possessive is the pronoun's possessive determiner ("his" for "he"),
	// which speaks before a speech noun ("his promise to ...").
	Possessive string `yaml:"possessive"`
	// Object is the pronoun's object form ("him" for "he"), which speaks
	// in "To him, ..." at the start of a clause (in his view).
	Object string `yaml:"object"`
	// Kind is the speaker kind of the pronoun when no person resolves it:
	// person, organisation or group. Empty means group for a plural,
	// person otherwise.
	Kind string `yaml:"kind"`
}

// pronounKinds are the values PronounRule.Kind may take.
var pronounKinds = map[string]bool{"": true, "person": true, "organisation": true, "group": true}

// slotNames are the slots written in capitals.
var slotNames = map[string]bool{"QUOTE": true, "SPEAKER": true, "SUBJECT": true, "CUE": true}

// Slots splits a pattern into its slots.
func (p AttributionPattern) Slots() []string { return strings.Fields(p.Pattern) }

func (f *AttributionFile) Validate() []FieldError {
	var errs []FieldError
	for i, p := range f.Patterns {
		path := at("$.patterns", i, "")
		if strings.TrimSpace(p.ID) == "" {
			errs = append(errs, FieldError{Path: path + ".id", Msg: "missing id"})
		}
		slots := p.Slots()
		count := map[string]int{}
		for j, s := range slots {
			count[s]++
			if s == "..." && j > 0 && slots[j-1] == "..." {
				errs = append(errs, FieldError{Path: path + ".pattern", Msg: "two ... in a row"})
			}
			switch {
			case strings.HasPrefix(s, "|") || strings.HasSuffix(s, "|") || strings.Contains(s, "||"):
				errs = append(errs, FieldError{Path: path + ".pattern", Msg: fmt.Sprintf("%s: an empty word between |", s)})
			case strings.ToUpper(s) == s && strings.ToLower(s) != s && !slotNames[s]:
				errs = append(errs, FieldError{Path: path + ".pattern", Msg: fmt.Sprintf("unknown slot %s: want QUOTE, SPEAKER, SUBJECT, CUE, ..., ,? :? or a lower-case word", s)})
			case strings.ToLower(s) != s && !slotNames[s]:
				errs = append(errs, FieldError{Path: path + ".pattern", Msg: fmt.Sprintf("can never match: the word %q is compared in lower case; write %q", s, strings.ToLower(s))})
			}
		}
		if count["QUOTE"] != 1 {
			errs = append(errs, FieldError{Path: path + ".pattern", Msg: "want exactly one QUOTE"})
		}
		if count["SPEAKER"]+count["SUBJECT"] != 1 {
			errs = append(errs, FieldError{Path: path + ".pattern", Msg: "want exactly one SPEAKER or SUBJECT"})
		}
		if len(slots) > 0 && (slots[0] == "..." || slots[len(slots)-1] == "...") {
			errs = append(errs, FieldError{Path: path + ".pattern", Msg: "a pattern cannot start or end with ...: it would match anything"})
		}
	}
	errs = append(errs, duplicates(len(f.Patterns), func(i int) string { return f.Patterns[i].ID },
		func(i int) string { return at("$.patterns", i, ".id") }, "id")...)
	if f.ScareQuoteWords != nil && *f.ScareQuoteWords < 0 {
		errs = append(errs, FieldError{Path: "$.scare_quote_words", Msg: fmt.Sprintf("want 0 or more words, got %d", *f.ScareQuoteWords)})
	}
	for i, p := range f.Pronouns {
		path := at("$.pronouns", i, "")
		if !genders[p.Gender] {
			errs = append(errs, FieldError{Path: path + ".gender", Msg: "want male, female or nothing, got " + p.Gender})
		}
		if !pronounKinds[p.Kind] {
			errs = append(errs, FieldError{Path: path + ".kind", Msg: "want person, organisation or group, got " + p.Kind})
		}
		if p.Number != "singular" && p.Number != "plural" {
			errs = append(errs, FieldError{Path: path + ".number", Msg: "want singular or plural, got " + p.Number})
		}
	}
	errs = append(errs, duplicates(len(f.Pronouns), func(i int) string { return foldKey(f.Pronouns[i].Text) },
		func(i int) string { return at("$.pronouns", i, ".text") }, "pronoun")...)
	return errs
}

func (f *AttributionFile) Merge(o *AttributionFile) {
	f.Patterns = mergeByKey(f.Patterns, o.Patterns, func(p AttributionPattern) string { return p.ID })
	f.Pronouns = mergeByKey(f.Pronouns, o.Pronouns, func(p PronounRule) string { return foldKey(p.Text) })
	f.ObjectMarkers = mergeByKey(f.ObjectMarkers, o.ObjectMarkers, foldKey)
	f.InvertedCues = mergeByKey(f.InvertedCues, o.InvertedCues, foldKey)
	f.ReportingVerbs = mergeByKey(f.ReportingVerbs, o.ReportingVerbs, foldKey)
	f.NotSpeakers = mergeByKey(f.NotSpeakers, o.NotSpeakers, foldKey)
	f.Subordinators = mergeByKey(f.Subordinators, o.Subordinators, foldKey)
	f.OrganisationNouns = mergeByKey(f.OrganisationNouns, o.OrganisationNouns, foldKey)
	f.SurveyNouns = mergeByKey(f.SurveyNouns, o.SurveyNouns, foldKey)
	f.RecordingNouns = mergeByKey(f.RecordingNouns, o.RecordingNouns, foldKey)
	f.WitnessVerbs = mergeByKey(f.WitnessVerbs, o.WitnessVerbs, foldKey)
	f.ObtainingParticiples = mergeByKey(f.ObtainingParticiples, o.ObtainingParticiples, foldKey)
	f.PluralNounCues = mergeByKey(f.PluralNounCues, o.PluralNounCues, foldKey)
	f.NamingParticiples = mergeByKey(f.NamingParticiples, o.NamingParticiples, foldKey)
	f.ClosingCues = mergeByKey(f.ClosingCues, o.ClosingCues, foldKey)
	f.ClauseOpeners = mergeByKey(f.ClauseOpeners, o.ClauseOpeners, foldKey)
	f.SpeechNouns = mergeByKey(f.SpeechNouns, o.SpeechNouns, foldKey)
	f.ViewNouns = mergeByKey(f.ViewNouns, o.ViewNouns, foldKey)
	f.TitleOpeners = mergeByKey(f.TitleOpeners, o.TitleOpeners, foldKey)
	if o.ScareQuoteWords != nil {
		f.ScareQuoteWords = o.ScareQuoteWords
	}
}
