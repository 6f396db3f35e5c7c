package extract

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsfacts/extract/rules"
)

// compiled is a rule set turned into matchers.
type compiled struct {
	boilerLines    map[string]string // folded line -> rule id
	boilerPrefixes []rules.BoilerplateRule
	boilerPatterns []compiledPattern

	cues map[string]string // lower-case verb form -> lemma
	// addresseeCues are the forms of the verbs whose passive subject was
	// spoken to ("was asked"), not the speaker.
	addresseeCues map[string]bool
	// aspectualCues are the forms of the verbs that cue nothing before
	// "to" and a verb ("continue to be").
	aspectualCues map[string]bool
	// particleLemmas are the lemmas of the particle cues' forms.
	particleLemmas map[string]string
	// particleCues are the verb forms that cue only before a particle
	// ("shot" before "back"), with their particles.
	particleCues map[string][]string
	// notAfterParticle holds "form particle word" for the words that,
	// after a cue's particle, make it none ("putting it into").
	notAfterParticle map[string]bool

	titles phraseMatcher // title or abbreviation -> index into titleInfo
	// lowerTitles holds the titles and abbreviations in lower case.
	lowerTitles phraseMatcher
	titleInfo   []rules.TitleRule
	// titleModifiers are folded words that qualify a title ("former").
	titleModifiers map[string]bool
	// titleLevels are folded words of a title's level ("county").
	titleLevels map[string]bool
	nominals    map[string][]string // lower-case role noun -> titles it can refer to
	maxNominal  int                 // words in the longest nominal
	abbrevTypes []string            // lower-case abbreviations without the final period
	// periodWords are the words, in lower case without it, whose final
	// period is theirs: titles', dates', places' and firms' abbreviations
	// and name suffixes ("Gen.", "Feb.", "Ga.", "Co.", "Jr.").
	periodWords map[string]bool

	places    phraseMatcher // name or alias -> index into placeInfo
	demonyms  phraseMatcher // demonym -> index into placeInfo
	peoples   phraseMatcher // peoples' names that hold a demonym ("African-American")
	placeInfo []rules.PlaceRule
	placePats *placeRules // ambiguous gazetteer names and place patterns

	knownPeople map[string]int  // folded full name or alias -> index into people
	knownLast   map[string]bool // folded last words of the known people's names and aliases
	// knownByLast maps the folded last word of a known person's name to
	// the people rules that end so ("obama": Barack Obama).
	knownByLast map[string][]int
	people      []rules.PersonRule
	firstNames  map[string]string // folded first name -> gender
	notNames    map[string]bool   // folded word
	familyFirst map[string]bool   // folded family names written first ("yun")
	// joinedBodyWords: see rules.PeopleFile.JoinedBodyWords (folded).
	joinedBodyWords map[string]bool
	// stormWords: see rules.PeopleFile.StormWords (folded).
	stormWords map[string]bool
	// postNominals: see rules.PeopleFile.PostNominals (folded).
	postNominals map[string]bool
	// holidayNames are the folded names of dates.yaml's holidays, which
	// name days, not people ("Labor Day").
	holidayNames map[string]bool
	roles        map[string]bool // lower-case role nouns before a name
	relations    map[string]bool // lower-case nouns of a tie to a person
	kin          map[string]bool // lower-case family nouns; see rules.PeopleFile.Kin
	rolesTo      map[string]bool // nouns whose affiliation follows "to"; see rules.PeopleFile.RolesTo
	leaderNouns  map[string]bool // nouns a leader's surname heads; see rules.PeopleFile.LeaderNouns
	partyNouns   map[string]bool // lower-case nouns of a party's member; see rules.PeopleFile.PartyNouns
	partyCodes   map[string]bool // lower-case party codes of "(R-Iowa)"

	patterns      []attrPattern
	pronouns      map[string]rules.PronounRule
	objectMarkers map[string]bool
	subordinators map[string]bool
	clauseOpeners map[string]bool
	titleOpeners  map[string]bool
	speechNouns   map[string]bool
	viewNouns     map[string]bool
	possessives   map[string]string // lower-case possessive determiner -> its pronoun ("his" -> "he")
	// objectPronouns maps a lower-case object form to its pronoun ("him"
	// -> "he").
	objectPronouns map[string]string
	orgNouns       map[string]bool
	surveyNouns    map[string]bool
	// recordingNouns: see rules.AttributionFile.RecordingNouns.
	recordingNouns map[string]bool
	// witnessVerbs: see rules.AttributionFile.WitnessVerbs.
	witnessVerbs map[string]bool
	// obtainingParticiples: see rules.AttributionFile.ObtainingParticiples.
	obtainingParticiples map[string]bool
	// pluralNounCues: see rules.AttributionFile.PluralNounCues.
	pluralNounCues map[string]bool
	// closingCues: see rules.AttributionFile.ClosingCues.
	closingCues map[string]bool
	// namingParticiples: see rules.AttributionFile.NamingParticiples.
	namingParticiples map[string]bool
	invertedCues      map[string]bool
	// reportingLemmas are the lemmas of the inverted cues and the
	// reporting verbs, the verbs that report speech in any form
	// ("prosecutors say that he told ...").
	reportingLemmas map[string]bool
	notSpeakers     map[string]bool
	// scareQuoteWords is the most words an unattributed quote can have and
	// still be left out as a scare quote; 0 keeps them all.
	scareQuoteWords int
	dateWords       map[string]bool // lower-case month and weekday names, and abbreviations with a period
	// dayWords are the one-word relative phrases of dates.yaml that name
	// a day ("yesterday", "today", "tonight", "tomorrow").
	dayWords map[string]bool
}

type compiledPattern struct {
	id string
	re *regexp.Regexp
}

// attrPattern is an attribution pattern split into slots.
type attrPattern struct {
	id      string
	slots   []string
	quote   int  // index of the QUOTE slot
	subject bool // the speaker slot is SUBJECT
	outer   bool // the speaker reports another's words
	cue     bool // the pattern has a CUE slot
}

func compile(set *rules.Set) (*compiled, error) {
	c := &compiled{
		boilerLines:     map[string]string{},
		cues:            map[string]string{},
		addresseeCues:   map[string]bool{},
		aspectualCues:   map[string]bool{},
		nominals:        map[string][]string{},
		knownPeople:     map[string]int{},
		firstNames:      map[string]string{},
		roles:           lowerSet(set.People.Roles),
		relations:       lowerSet(set.People.Relations),
		kin:             lowerSet(set.People.Kin),
		rolesTo:         lowerSet(set.People.RolesTo),
		leaderNouns:     lowerSet(set.People.LeaderNouns),
		partyNouns:      lowerSet(set.People.PartyNouns),
		partyCodes:      lowerSet(set.People.PartyCodes),
		pronouns:        map[string]rules.PronounRule{},
		possessives:     map[string]string{},
		objectPronouns:  map[string]string{},
		reportingLemmas: map[string]bool{},
		dateWords:       map[string]bool{},
	}
	for _, r := range set.Boilerplate.Rules {
		switch {
		case r.Line != "":
			c.boilerLines[foldLine(r.Line)] = r.ID
		case r.Prefix != "":
			c.boilerPrefixes = append(c.boilerPrefixes, r)
		default:
			re, err := regexp.Compile(r.Pattern)
			if err != nil {
				return nil, fmt.Errorf("boilerplate rule %s: %w", r.ID, err)
			}
			c.boilerPatterns = append(c.boilerPatterns, compiledPattern{r.ID, re})
		}
	}
	c.particleCues = map[string][]string{}
	c.particleLemmas = map[string]string{}
	c.notAfterParticle = map[string]bool{}
	for _, v := range set.SpeechVerbs.Verbs {
		for _, f := range v.AllForms() {
			if v.Particle != "" {
				c.particleCues[f] = append(c.particleCues[f], v.Particle)
				c.particleLemmas[f] = strings.ToLower(v.Lemma)
				for _, w := range v.NotAfterParticle {
					c.notAfterParticle[f+" "+v.Particle+" "+strings.ToLower(w)] = true
				}
				continue
			}
			c.cues[f] = strings.ToLower(v.Lemma)
			if v.Addressee {
				c.addresseeCues[f] = true
			}
			if v.Aspectual {
				c.aspectualCues[f] = true
			}
		}
	}
	c.titleInfo = set.Titles.Titles
	c.titleModifiers = map[string]bool{}
	for _, w := range set.Titles.Modifiers {
		c.titleModifiers[foldName(w)] = true
	}
	c.titleLevels = map[string]bool{}
	for _, w := range set.Titles.Levels {
		c.titleLevels[foldName(w)] = true
	}
	for i, t := range set.Titles.Titles {
		// A one-word title in lower case is a role ("campaign spokesman
		// Brian Fallon").
		if !t.Courtesy && !strings.ContainsAny(t.Title, " .") {
			c.roles[strings.ToLower(t.Title)] = true
		}
		for _, form := range append([]string{t.Title}, t.Abbreviations...) {
			c.titles.add(form, i)
			// Title case capitalises the short words too ("White House
			// Chief Of Staff Rahm Emanuel").
			if tc := capitaliseShortWords(form); tc != form {
				c.titles.add(tc, i)
			}
			// "press secretary", "chief executive": AP style writes a
			// job before a name in lower case.
			if !t.Courtesy && !strings.Contains(form, ".") && strings.ToUpper(form) != form {
				c.lowerTitles.add(strings.ToLower(form), i)
			}
			// Each word of an abbreviation that ends in a period ends
			// no sentence ("Brig." of "Brig. Gen. John Heltzel"); an
			// initialism may ("U.S." of "U.S. Attorney": "attacks in
			// the U.S. He says").
			for w := range strings.FieldsSeq(form) {
				if a, ok := strings.CutSuffix(w, "."); ok && !strings.Contains(a, ".") && !slices.Contains(c.abbrevTypes, strings.ToLower(a)) {
					c.abbrevTypes = append(c.abbrevTypes, strings.ToLower(a))
				}
			}
		}
		for _, n := range t.Nominals {
			key := strings.ToLower(n)
			c.nominals[key] = append(c.nominals[key], t.Title)
			c.maxNominal = max(c.maxNominal, len(strings.Fields(key)))
		}
	}
	c.compilePlaces(set) // place_patterns.go: gazetteer matchers and place patterns
	c.people = set.People.People
	c.knownLast = map[string]bool{}
	c.knownByLast = map[string][]int{}
	for i, p := range set.People.People {
		for _, n := range append([]string{p.Name}, p.Aliases...) {
			c.knownPeople[foldName(n)] = i
			if w := strings.Fields(foldName(n)); len(w) > 0 {
				c.knownLast[w[len(w)-1]] = true
			}
		}
		// An alias may spell the last name otherwise ("Volodymyr
		// Zelenskyy"), and "Zelenskyy said" is then the same person.
		for _, n := range append([]string{p.Name}, p.Aliases...) {
			w := strings.Fields(foldName(n))
			for len(w) > 1 && nameSuffixes[strings.TrimSuffix(w[len(w)-1], ".")] {
				w = w[:len(w)-1]
			}
			if len(w) > 0 && !slices.Contains(c.knownByLast[w[len(w)-1]], i) {
				c.knownByLast[w[len(w)-1]] = append(c.knownByLast[w[len(w)-1]], i)
			}
		}
	}
	for _, n := range set.People.FirstNames.Male {
		c.firstNames[foldName(n)] = "male"
	}
	for _, n := range set.People.FirstNames.Female {
		c.firstNames[foldName(n)] = "female"
	}
	for _, n := range set.People.FirstNames.Either {
		c.firstNames[foldName(n)] = ""
	}
	c.notNames = foldSet(set.People.NotNames)
	c.familyFirst = foldSet(set.People.FamilyNamesFirst)
	c.holidayNames = map[string]bool{}
	for _, h := range set.Dates.Holidays {
		for _, n := range h.Names {
			c.holidayNames[foldName(n)] = true
		}
	}
	c.joinedBodyWords = foldSet(set.People.JoinedBodyWords)
	c.stormWords = foldSet(set.People.StormWords)
	c.postNominals = foldSet(set.People.PostNominals)
	for _, p := range set.Attribution.Patterns {
		ap := attrPattern{id: p.ID, slots: p.Slots(), outer: p.Outer}
		for i, s := range ap.slots {
			switch s {
			case "QUOTE":
				ap.quote = i
			case "SUBJECT":
				ap.subject = true
			case "CUE":
				ap.cue = true
			}
		}
		c.patterns = append(c.patterns, ap)
	}
	for _, p := range set.Attribution.Pronouns {
		c.pronouns[strings.ToLower(p.Text)] = p
		if p.Possessive != "" {
			c.possessives[strings.ToLower(p.Possessive)] = strings.ToLower(p.Text)
		}
		if p.Object != "" {
			c.objectPronouns[strings.ToLower(p.Object)] = strings.ToLower(p.Text)
		}
	}
	c.speechNouns = lowerSet(set.Attribution.SpeechNouns)
	c.viewNouns = lowerSet(set.Attribution.ViewNouns)
	c.objectMarkers = lowerSet(set.Attribution.ObjectMarkers)
	c.orgNouns = lowerSet(set.Attribution.OrganisationNouns)
	c.surveyNouns = lowerSet(set.Attribution.SurveyNouns)
	c.recordingNouns = lowerSet(set.Attribution.RecordingNouns)
	c.witnessVerbs = lowerSet(set.Attribution.WitnessVerbs)
	c.obtainingParticiples = lowerSet(set.Attribution.ObtainingParticiples)
	c.pluralNounCues = lowerSet(set.Attribution.PluralNounCues)
	c.namingParticiples = lowerSet(set.Attribution.NamingParticiples)
	c.closingCues = lowerSet(set.Attribution.ClosingCues)
	c.subordinators = lowerSet(set.Attribution.Subordinators)
	c.clauseOpeners = lowerSet(set.Attribution.ClauseOpeners)
	c.titleOpeners = lowerSet(set.Attribution.TitleOpeners)
	c.invertedCues = lowerSet(set.Attribution.InvertedCues)
	for w := range c.invertedCues {
		if lemma, ok := c.cues[w]; ok {
			c.reportingLemmas[lemma] = true
		}
	}
	for _, lemma := range set.Attribution.ReportingVerbs {
		c.reportingLemmas[strings.ToLower(lemma)] = true
	}
	c.notSpeakers = lowerSet(set.Attribution.NotSpeakers)
	if n := set.Attribution.ScareQuoteWords; n != nil {
		c.scareQuoteWords = *n
	}
	// "Aug." and "Tues." name dates as "August" and "Tuesday" do.
	for _, m := range set.Dates.Months {
		c.addDateWords(m.Names, m.Abbreviations)
	}
	for _, d := range set.Dates.Weekdays {
		c.addDateWords(d.Names, d.Abbreviations)
	}
	c.dayWords = map[string]bool{}
	for _, r := range set.Dates.Relative {
		for _, p := range r.Phrases {
			if r.Unit == "day" && !r.Disabled && !strings.ContainsAny(p, " -") {
				c.dayWords[strings.ToLower(p)] = true
			}
		}
	}
	c.periodWords = c.wordsWithPeriod(set)
	return c, nil
}

// foldLine is the key a boilerplate line is compared by.
func foldLine(s string) string { return string(appendFoldedLine(nil, s)) }

// appendFoldedLine appends foldLine(s) to dst: the words of s, lower case,
// one space apart.
func appendFoldedLine(dst []byte, s string) []byte {
	first := true
	for w := range strings.FieldsSeq(s) {
		if !first {
			dst = append(dst, ' ')
		}
		first = false
		for _, r := range w {
			if r < utf8.RuneSelf {
				if 'A' <= r && r <= 'Z' {
					r += 'a' - 'A'
				}
				dst = append(dst, byte(r))
				continue
			}
			dst = utf8.AppendRune(dst, unicode.ToLower(r))
		}
	}
	return dst
}

// capitaliseShortWords returns form with the words title case leaves in
// lower case capitalised ("Chief of Staff" -> "Chief Of Staff").
func capitaliseShortWords(form string) string {
	words := strings.Split(form, " ")
	for i, w := range words {
		if i > 0 && titleCaseLower[w] {
			words[i] = strings.ToUpper(w[:1]) + w[1:]
		}
	}
	return strings.Join(words, " ")
}

// wordsWithPeriod collects periodWords. It runs once the titles, the
// dates' words and the places are compiled.
func (c *compiled) wordsWithPeriod(set *rules.Set) map[string]bool {
	words := map[string]bool{}
	for _, a := range c.abbrevTypes {
		words[a] = true
	}
	for w := range c.dateWords {
		if strings.HasSuffix(w, ".") {
			words[strings.TrimSuffix(w, ".")] = true
		}
	}
	for w := range c.placePats.abbrevs {
		words[strings.ToLower(w)] = true
	}
	for _, w := range set.People.NotNames {
		if strings.HasSuffix(w, ".") {
			words[strings.ToLower(strings.TrimSuffix(w, "."))] = true
		}
	}
	for w := range nameSuffixes {
		words[w] = true
	}
	return words
}

// addDateWords adds month or weekday names, and their abbreviations with a
// period ("Aug.", "Tues."): without one, "Jun" and "Mar" are names too.
func (c *compiled) addDateWords(names, abbreviations []string) {
	for _, n := range names {
		c.dateWords[strings.ToLower(n)] = true
	}
	for _, a := range abbreviations {
		c.dateWords[strings.ToLower(a)+"."] = true
	}
}

// foldSet returns the set of words, folded as names are (foldName).
func foldSet(words []string) map[string]bool {
	set := make(map[string]bool, len(words))
	for _, w := range words {
		set[foldName(w)] = true
	}
	return set
}

// lowerSet returns the set of words, lower-cased.
func lowerSet(words []string) map[string]bool {
	set := make(map[string]bool, len(words))
	for _, w := range words {
		set[strings.ToLower(w)] = true
	}
	return set
}
