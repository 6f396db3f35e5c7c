package rules

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// DatesFile is a rule file of kind "dates": the words and patterns the date
// finder (package extract/dates) recognises, and how it resolves them.
//
// The file is written by journalists, so it avoids regular expressions:
// patterns are templates such as "{month} {day}, {year}" made of slots in
// braces, literal words and punctuation (see ParseDateTemplate).
type DatesFile struct {
	Kind string `yaml:"kind"`
	// Years is the range of four-digit numbers read as years.
	Years *DateYears `yaml:"years"`
	// Months are the month names, keyed by number (1-12).
	Months []DateMonth `yaml:"months"`
	// Weekdays are the weekday names, keyed by number (1 Monday - 7 Sunday).
	Weekdays []DateWeekday `yaml:"weekdays"`
	// Seasons are the season names, keyed by code (SP, SU, FA, WI).
	Seasons []DateSeason `yaml:"seasons"`
	// Weekend are the words for a weekend, for {weekend} ("weekend").
	Weekend []string `yaml:"weekend"`
	// Numbers are words read as a count in "{count} {unit} ago" ("two").
	Numbers map[string]int `yaml:"numbers"`
	// Ordinals are words read as a position ("third" in "third quarter",
	// "nineteenth" in "the nineteenth century").
	Ordinals map[string]int `yaml:"ordinals"`
	// Units are the words of time units for {unit}, keyed by unit.
	Units []DateUnit `yaml:"units"`
	// Qualifiers are words that may come before a date and belong to it
	// without changing its value ("early", "mid-", "late", "earlier").
	Qualifiers []string `yaml:"qualifiers"`
	// TimesOfDay are words that may follow a day and belong to it
	// ("Friday night", "yesterday morning"). Only matched in lower case.
	TimesOfDay []string `yaml:"times_of_day"`
	// DayParts give a day ending in one of their words ("Friday night",
	// "this morning", "tonight") a part of the day, as TimeML writes it in
	// a value: 2025-08-15TNI.
	DayParts []DateDayPart `yaml:"day_parts"`
	// Clock holds the words of a clock time for {time}: "10 p.m.",
	// "7:15 a.m. EST", "noon".
	Clock *DateClock `yaml:"clock"`
	// Relative are fixed phrases resolved against the publication date
	// ("yesterday", "last week"), keyed by id.
	Relative []DateRelative `yaml:"relative"`
	// Patterns are the date templates, keyed by id.
	Patterns []DatePattern `yaml:"patterns"`
	// Holidays are named days ("Christmas", "Thanksgiving"), keyed by id,
	// for the {holiday} slot of patterns.
	Holidays []DateHoliday `yaml:"holidays"`
	// Tense holds the cue words that tell past from future reporting,
	// used to resolve a bare weekday.
	Tense DateTense `yaml:"tense"`
}

// DateYears is the range of numbers read as years ({year}, {decade}).
type DateYears struct {
	From int `yaml:"from"`
	To   int `yaml:"to"`
}

// DateMonth is one month.
type DateMonth struct {
	Number int `yaml:"number"`
	// Names are full names as they are written ("August"). A name written
	// with a capital matches only with a capital (or in all capitals), so
	// "march" the verb is not March.
	Names []string `yaml:"names"`
	// Abbreviations are short forms, written without the full stop
	// ("Aug", "Sept"); they match with or without one.
	Abbreviations []string `yaml:"abbreviations"`
}

// DateWeekday is one day of the week.
type DateWeekday struct {
	// Number is the ISO weekday number: 1 Monday ... 7 Sunday.
	Number        int      `yaml:"number"`
	Names         []string `yaml:"names"`
	Abbreviations []string `yaml:"abbreviations"`
}

// DateSeason is one season.
type DateSeason struct {
	// Code is SP (spring, March-May), SU (summer, June-August), FA
	// (autumn, September-November) or WI (winter, December-February).
	Code  string   `yaml:"code"`
	Names []string `yaml:"names"`
}

// DateDayPart is one part of the day.
type DateDayPart struct {
	// Code is MO (morning), AF (afternoon), EV (evening) or NI (night).
	Code  string   `yaml:"code"`
	Words []string `yaml:"words"`
}

// DateClock lists the words of clock times. Marks are written as they
// appear, full stops included ("p.m."); they match in any case.
type DateClock struct {
	AM       []string `yaml:"am"`
	PM       []string `yaml:"pm"`
	Noon     []string `yaml:"noon"`
	Midnight []string `yaml:"midnight"`
	// Zones may follow a time and belong to it ("5 p.m. EST"); the value
	// keeps the local time.
	Zones []string `yaml:"zones"`
}

// DateUnit lists the words of one time unit.
type DateUnit struct {
	// Unit is day, week, month, quarter, year or decade.
	Unit  string   `yaml:"unit"`
	Words []string `yaml:"words"`
}

// DateRelative is a fixed phrase resolved against the publication date.
type DateRelative struct {
	// ID is the stable rule id written into the output as provenance.
	ID string `yaml:"id"`
	// Phrases are the words that mean this date ("last week"); matched
	// without regard to case, but a capitalised phrase in the middle of a
	// sentence ("USA Today") is left alone.
	Phrases []string `yaml:"phrases"`
	// Unit is day, week, month, quarter, year or decade.
	Unit string `yaml:"unit"`
	// Offset counts units from the publication date: -1 is the one before.
	Offset int `yaml:"offset"`
	// Ref, instead of unit and offset, makes the phrase a vague reference
	// to the present ("now"), the past ("recently") or the future ("soon"):
	// present, past or future. Its value is PRESENT_REF, PAST_REF or
	// FUTURE_REF, as TimeML writes them.
	Ref string `yaml:"ref"`
	// From says what the phrase is counted from: the publication date (left
	// out), or "period": the last quarter the text named that had ended by
	// the publication date (the period a business story reports on:
	// "third-quarter profit rose 5% from a year earlier"). When it named
	// none, a phrase in quarters counts from the last full quarter before
	// publication, one in years from the publication date. Only for the
	// units quarter and year. Or "previous": the date the text named last
	// before the phrase ("On May 22, 1995, ... the following year" is
	// 1996), to the unit's precision: a day for day and week, a month for
	// month and quarter, a year for year and decade. With none, the
	// phrase has no value.
	From string `yaml:"from"`
	// OnlyAfter: the phrase is only taken when one of these words comes
	// right before it ("in the past", not "the past president").
	OnlyAfter []string `yaml:"only_after"`
	// AtClauseEnd: the phrase is only taken where its clause ends, before
	// a punctuation mark or the end of its sentence ("He had left the day
	// before.", not "the day before the election").
	AtClauseEnd bool `yaml:"at_clause_end"`
	// NotAfter are words that, right before the phrase, cancel it ("the"
	// in "the last week", which is a duration, not a date).
	NotAfter []string `yaml:"not_after"`
	// NotBefore are words that, right after the phrase, cancel it.
	NotBefore []string `yaml:"not_before"`
	// Disabled switches off a rule of the defaults with the same id.
	Disabled bool `yaml:"disabled"`
}

// DatePattern is a date template.
type DatePattern struct {
	// ID is the stable rule id written into the output as provenance.
	ID string `yaml:"id"`
	// Match is the template, for example "{month} {day}[,] {year}".
	Match string `yaml:"match"`
	// Examples are texts the pattern must find; the finder refuses to
	// start when one of them is not found by this pattern.
	Examples []string `yaml:"examples"`
	// Resolve says how a date missing its year (or a weekday) is placed:
	// tense (by the verbs around it: past or future), before (the last one
	// before publication), after (the next one after publication), this
	// (a month or season of the publication year, "this September"; else
	// the one containing the publication date, or the nearest), latest
	// (the one containing the publication date, else the last before it)
	// or nearest (the one closest to publication). Empty: nearest, or tense
	// for a weekday alone. With tense, a month or a day of the month is the
	// nearest one within two months of publication; farther, the word
	// before it (tense.ahead, tense.back), then the verbs, place it, and
	// without a cue it is the nearest. A {time} alone takes no resolve: it
	// is of the day its paragraph last named, else of the publication day.
	Resolve string `yaml:"resolve"`
	// From: "period" counts a {count} {unit} pattern ("a year ago") from
	// the quarter the text last named, as for relative phrases (only for
	// the units quarter and year); in a template of a year alone ("the
	// {year} quarter"), it takes that quarter in the year given.
	// "previous" counts a {count} {unit} pattern ("two days later") from
	// the date the text named last before it, as for relative phrases; a
	// {weekday} alone with resolve after or before is the weekday after or
	// before the day the text named last ("the following Monday").
	From string `yaml:"from"`
	// OnlyAfter: the date is only taken when one of these words comes
	// right before it ("in 2025"); the word is not part of the date. A
	// qualifier ("early", "mid-") also counts.
	OnlyAfter []string `yaml:"only_after"`
	// AlsoAfterADate: the date is also taken after one of these words when
	// a date comes right before the word ("in 2019 and 2025").
	AlsoAfterADate []string `yaml:"also_after_a_date"`
	// AlsoBefore: with OnlyAfter, the date is also taken when one of these
	// words comes right after it ("expects 2019 earnings").
	AlsoBefore []string `yaml:"also_before"`
	// NotAfter are words that, right before the date, cancel it.
	NotAfter []string `yaml:"not_after"`
	// NotBefore are words that, right after the date, cancel it.
	NotBefore []string `yaml:"not_before"`
	// Part is the quarter (Q1 to Q4) or half (H1, H2) that a template
	// names in words of its own: "the first three months of {year}" is
	// Q1, "the last half of {year}" H2. Such a template has {year} or
	// {relyear} and no other slot.
	Part string `yaml:"part"`
	// Disabled switches off a rule of the defaults with the same id.
	Disabled bool `yaml:"disabled"`
}

// DateHoliday is a named day of the year, found by the {holiday} slot of
// patterns. It falls on a fixed day (Christmas: month 12, day 25), on a
// weekday of a month (Thanksgiving: month 11, weekday Thursday,
// on_or_after 22, the first Thursday on or after November 22; Memorial
// Day: month 5, weekday Monday, last: true, the last Monday of May), or on
// a day counted from Easter Sunday (Good Friday: easter -2).
type DateHoliday struct {
	// ID is the stable rule id written into the output as provenance.
	ID string `yaml:"id"`
	// Names are the spellings, matched as written with their capitals (or
	// in all capitals): "Christmas", "Christmas Day". A straight
	// apostrophe also matches a curly one.
	Names []string `yaml:"names"`
	// Month is the month (1-12) of a fixed or weekday holiday.
	Month int `yaml:"month"`
	// Day is the day of the month of a fixed holiday.
	Day int `yaml:"day"`
	// Weekday is the English weekday name (Monday ... Sunday) of a
	// holiday that falls on a weekday of its month, with OnOrAfter or
	// Last.
	Weekday string `yaml:"weekday"`
	// OnOrAfter: the holiday is the first Weekday on or after this day of
	// the month.
	OnOrAfter int `yaml:"on_or_after"`
	// Last: the holiday is the last Weekday of the month.
	Last bool `yaml:"last"`
	// Easter, when given, counts the holiday in days from Easter Sunday
	// (0 Easter, -2 Good Friday, 1 Easter Monday), by the Gregorian
	// calendar.
	Easter *int `yaml:"easter"`
	// Examples are texts the holiday must be found in; the finder refuses
	// to start when one of them is not.
	Examples []string `yaml:"examples"`
	// Disabled switches off a holiday of the defaults with the same id.
	Disabled bool `yaml:"disabled"`
}

// DateWeekdayNames are the English weekday names a holiday's weekday is
// written with, Monday first.
var DateWeekdayNames = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}

// DateHolidayWeekday returns the ISO number (1 Monday ... 7 Sunday) of an
// English weekday name, in any case, or 0.
func DateHolidayWeekday(name string) int {
	for i, n := range DateWeekdayNames {
		if strings.EqualFold(n, name) {
			return i + 1
		}
	}
	return 0
}

// DateTense lists the cue words used to tell whether a sentence reports
// the past or announces the future. Phrases of several words are written
// with spaces ("is going to"); apostrophes may be straight or curly.
type DateTense struct {
	Future []string `yaml:"future"`
	Past   []string `yaml:"past"`
	// PastEndings: a lower-case word ending so ("ed") counts as past.
	PastEndings []string `yaml:"past_endings"`
	// NotPast are words with such an ending that are not past verbs.
	NotPast []string `yaml:"not_past"`
	// ParticipleAfter are words after which a word with such an ending is
	// a participle, not a past verb ("will be named").
	ParticipleAfter []string `yaml:"participle_after"`
	// Progressive: one of these words followed by an -ing word ("is
	// meeting") announces the future.
	Progressive []string `yaml:"progressive"`
	// Ahead and Back are words right before a date without its year that
	// say which way it lies, whatever the verbs of the sentence ("payable
	// Dec. 15", "by March" look ahead; "since March", "ended March 31" look
	// back).
	Ahead []string `yaml:"ahead"`
	Back  []string `yaml:"back"`
}

// Date template slots.
const (
	DateSlotMonth   = "month"   // a month name or abbreviation
	DateSlotMM      = "mm"      // a month as a number, 1-12
	DateSlotDay     = "day"     // a day of the month, 1-31, with or without st/nd/rd/th
	DateSlotYear    = "year"    // a year within years: four digits, or in words (nineteen ninety-six)
	DateSlotWeekday = "weekday" // a weekday name or abbreviation
	DateSlotDecade  = "decade"  // 1990s, 1990's
	DateSlotCentury = "century" // a century as an ordinal: 20th, 21st, nineteenth, twenty-first
	DateSlotSeason  = "season"  // a season name
	DateSlotQuarter = "quarter" // 1-4 or an ordinal word (third)
	DateSlotHalf    = "half"    // 1-2 or an ordinal word (first, second): a half-year
	DateSlotCount   = "count"   // a number or number word
	DateSlotUnit    = "unit"    // a unit word (days, weeks...)
	DateSlotTime    = "time"    // a clock time: 10 p.m., 7:15 a.m., noon
	DateSlotWeekend = "weekend" // a weekend word
	DateSlotRelYear = "relyear" // a relative year phrase: last year, this year's
	DateSlotHoliday = "holiday" // a holiday name: Christmas, Thanksgiving
)

// DateSlots lists the slot names a template may use.
var DateSlots = []string{
	DateSlotMonth, DateSlotMM, DateSlotDay, DateSlotYear, DateSlotWeekday,
	DateSlotDecade, DateSlotCentury, DateSlotSeason, DateSlotQuarter, DateSlotHalf, DateSlotCount, DateSlotUnit,
	DateSlotTime, DateSlotWeekend, DateSlotRelYear, DateSlotHoliday,
}

// DateDayPartCodes are the codes of DayParts.
var DateDayPartCodes = []string{"MO", "AF", "EV", "NI"}

// Resolve modes of a DatePattern.
const (
	DateResolveTense   = "tense"
	DateResolveBefore  = "before"
	DateResolveAfter   = "after"
	DateResolveThis    = "this"
	DateResolveLatest  = "latest"
	DateResolveNearest = "nearest"
)

// DateUnits are the units of relative dates and counts, with the
// granularity each gives.
var DateUnits = []string{"day", "week", "month", "quarter", "year", "decade"}

// DateRefs are the vague references a relative phrase may stand for.
var DateRefs = []string{"present", "past", "future"}

// DateFromPeriod is the value of From that counts a phrase from the quarter
// the text last named.
const DateFromPeriod = "period"

// DateFromPrevious is the value of From that counts a phrase from the date
// the text named last before it.
const DateFromPrevious = "previous"

// DateTemplateElem is one element of a parsed date template.
type DateTemplateElem struct {
	// Slot is one of DateSlots, or "" for a literal.
	Slot string
	// Word is a literal word, in lower case (matched without regard to case).
	Word string
	// Punct is a literal punctuation mark.
	Punct string
	// Space is true when the template has a space before this element
	// (whitespace must come before it in the text); false when the element
	// follows the previous one directly ("mid-", "Q3", "2025-08-15").
	Space bool
	// Group is the number of the optional [ ] group this element is in,
	// or 0 when it is required.
	Group int
}

// ParseDateTemplate parses a date template. A template is a sequence of
// slots in braces ({month}), literal words (of, ago), punctuation marks
// (, - /), and optional parts in square brackets ([,] or [, {year}]).
// A space in the template stands for whitespace in the text; no space
// means the parts touch.
func ParseDateTemplate(s string) ([]DateTemplateElem, error) {
	var out []DateTemplateElem
	space := false
	group, groups := 0, 0
	groupStart := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			return nil, fmt.Errorf("invalid UTF-8 at byte %d", i)
		case unicode.IsSpace(r):
			space = true
			i += size
			continue
		case r == '{':
			j := strings.IndexByte(s[i:], '}')
			if j < 0 {
				return nil, fmt.Errorf("%q has no closing }", s[i:])
			}
			name := strings.TrimSpace(s[i+1 : i+j])
			if !dateIsSlot(name) {
				return nil, fmt.Errorf("unknown slot {%s}: expected one of {%s}", name, strings.Join(DateSlots, "}, {"))
			}
			out = append(out, DateTemplateElem{Slot: name, Space: space, Group: group})
			i += j + 1
		case r == '}':
			return nil, fmt.Errorf("} without {")
		case r == '[':
			if group != 0 {
				return nil, fmt.Errorf("[ inside [ ]: optional parts cannot be nested")
			}
			groups++
			group = groups
			groupStart = len(out)
			i += size
			continue // a space before [ carries over to the group's first element
		case r == ']':
			if group == 0 {
				return nil, fmt.Errorf("] without [")
			}
			if len(out) == groupStart {
				return nil, fmt.Errorf("empty optional part []")
			}
			group = 0
			i += size
			continue // a space before ] is dropped; one after it belongs to the next element
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := i
			letters := unicode.IsLetter(r)
			for j < len(s) {
				r2, sz := utf8.DecodeRuneInString(s[j:])
				if letters && !unicode.IsLetter(r2) && !unicode.IsMark(r2) || !letters && !unicode.IsDigit(r2) {
					break
				}
				j += sz
			}
			out = append(out, DateTemplateElem{Word: strings.ToLower(s[i:j]), Space: space, Group: group})
			i = j
		default:
			out = append(out, DateTemplateElem{Punct: string(r), Space: space, Group: group})
			i += size
		}
		space = false
	}
	if group != 0 {
		return nil, fmt.Errorf("[ without ]")
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("empty template")
	}
	out[0].Space = false
	if out[0].Group != 0 {
		return nil, fmt.Errorf("a template cannot start with an optional part [ ]")
	}
	return out, nil
}

// DateTemplateSlots returns the set of slots a parsed template uses.
func DateTemplateSlots(elems []DateTemplateElem) map[string]bool {
	m := map[string]bool{}
	for _, e := range elems {
		if e.Slot != "" {
			m[e.Slot] = true
		}
	}
	return m
}

func dateIsSlot(name string) bool {
	for _, s := range DateSlots {
		if s == name {
			return true
		}
	}
	return false
}

func dateIsUnit(u string) bool { return dateIsOneOf(u, DateUnits) }

func dateIsOneOf(v string, list []string) bool {
	for _, s := range list {
		if s == v {
			return true
		}
	}
	return false
}

// dateCheckTemplate checks that a template's slots make a date.
func dateCheckTemplate(elems []DateTemplateElem, resolve, from, part string) error {
	seen := map[string]bool{}
	for _, e := range elems {
		if e.Slot == "" {
			continue
		}
		if seen[e.Slot] {
			return fmt.Errorf("{%s} is used twice: each slot may appear once", e.Slot)
		}
		seen[e.Slot] = true
	}
	has := func(s string) bool { return seen[s] }
	switch {
	case has(DateSlotRelYear) && !has(DateSlotMonth) && !has(DateSlotSeason) && !has(DateSlotQuarter) && !has(DateSlotHalf) && !has(DateSlotHoliday) && from == "" && part == "":
		return fmt.Errorf("{relyear} (\"last year\") needs {month}, {season}, {quarter}, {half} or {holiday} (or from: period or a part): alone it is a relative phrase")
	case has(DateSlotTime) && len(seen) == 1 && resolve != "":
		return fmt.Errorf("a {time} alone takes the day its paragraph last named, or the publication day: resolve is not used")
	case has(DateSlotTime) && len(seen) == 1:
		// A clock time alone is a date: of a day the text or the
		// publication date gives.
	case !has(DateSlotMonth) && !has(DateSlotMM) && !has(DateSlotYear) && !has(DateSlotWeekday) &&
		!has(DateSlotDecade) && !has(DateSlotCentury) && !has(DateSlotSeason) && !has(DateSlotQuarter) && !has(DateSlotHalf) && !has(DateSlotCount) && !has(DateSlotWeekend) && !has(DateSlotRelYear) && !has(DateSlotHoliday):
		return fmt.Errorf("the template has no date in it: expected at least one of {month}, {year}, {weekday}, {weekend}, {decade}, {century}, {season}, {quarter}, {half}, {holiday}, or {count} with {unit} ({time} may stand alone)")
	case has(DateSlotHoliday) && len(seen) > 2, has(DateSlotHoliday) && len(seen) == 2 && !has(DateSlotYear) && !has(DateSlotRelYear):
		return fmt.Errorf("{holiday} can only be combined with {year} or {relyear}")
	case has(DateSlotRelYear) && has(DateSlotYear):
		return fmt.Errorf("use either {year} or {relyear}, not both")
	case has(DateSlotRelYear) && resolve != "":
		return fmt.Errorf("resolve is only used when the date has no year: {relyear} gives it")
	case has(DateSlotWeekend) && len(seen) > 1:
		return fmt.Errorf("{weekend} stands alone: it cannot be combined with other slots")
	case has(DateSlotMonth) && has(DateSlotMM):
		return fmt.Errorf("use either {month} (a name) or {mm} (a number), not both")
	case has(DateSlotDay) && !has(DateSlotMonth) && !has(DateSlotMM):
		return fmt.Errorf("{day} needs a month: add {month} or {mm}")
	case has(DateSlotMM) && (!has(DateSlotDay) || !has(DateSlotYear)):
		return fmt.Errorf("{mm} (a month as a number) needs {day} and {year}: numbers alone are too ambiguous")
	case has(DateSlotCount) != has(DateSlotUnit):
		return fmt.Errorf("{count} and {unit} go together (\"{count} {unit} ago\")")
	case has(DateSlotCount) && len(seen) > 2:
		return fmt.Errorf("{count} {unit} cannot be combined with other slots")
	case has(DateSlotCount) && resolve != DateResolveBefore && resolve != DateResolveAfter:
		return fmt.Errorf("a {count} {unit} pattern needs resolve: before (\"ago\") or resolve: after (\"from now\")")
	case has(DateSlotDecade) && len(seen) > 1:
		return fmt.Errorf("{decade} stands alone: it cannot be combined with other slots")
	case has(DateSlotCentury) && len(seen) > 1:
		return fmt.Errorf("{century} stands alone: it cannot be combined with other slots")
	case (has(DateSlotSeason) || has(DateSlotQuarter) || has(DateSlotHalf)) && (has(DateSlotMonth) || has(DateSlotDay) || has(DateSlotWeekday) || has(DateSlotMM)):
		return fmt.Errorf("{season}, {quarter} and {half} can only be combined with {year} or {relyear}")
	case has(DateSlotSeason) && has(DateSlotQuarter), has(DateSlotHalf) && (has(DateSlotSeason) || has(DateSlotQuarter)):
		return fmt.Errorf("use one of {season}, {quarter} and {half}, not two")
	case has(DateSlotWeekday) && (has(DateSlotMonth) || has(DateSlotYear)) && !has(DateSlotDay):
		return fmt.Errorf("{weekday} with a month or year also needs {day}")
	case has(DateSlotTime) && !has(DateSlotWeekday) && !has(DateSlotDay):
		return fmt.Errorf("{time} needs a day: add {weekday} or {month} {day}")
	case resolve != "" && has(DateSlotYear):
		return fmt.Errorf("resolve is only used when the date has no {year}: remove it")
	case resolve != "" && has(DateSlotDecade):
		return fmt.Errorf("resolve is not used with {decade}: remove it")
	case resolve != "" && has(DateSlotCentury):
		return fmt.Errorf("resolve is not used with {century}: remove it")
	}
	return nil
}

// DatePart reads a pattern's part: the quarter (1-4) of "Q1" to "Q4", or
// the half (1-2) of "H1" and "H2".
func DatePart(part string) (quarter, half int, ok bool) {
	if len(part) != 2 {
		return 0, 0, false
	}
	n := int(part[1] - '0')
	switch {
	case part[0] == 'Q' && n >= 1 && n <= 4:
		return n, 0, true
	case part[0] == 'H' && n >= 1 && n <= 2:
		return 0, n, true
	}
	return 0, 0, false
}

var dateSeasonCodes = map[string]string{"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}

// dateIDOK reports whether id is a well-formed rule id.
func dateIDOK(id string) bool {
	if id == "" {
		return false
	}
	for i, r := range id {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
		case i > 0 && (r == '.' || r == '_' || r == '-'):
		default:
			return false
		}
	}
	return true
}

// dateWordOK reports whether w is a single word (letters, with apostrophes
// or hyphens inside).
func dateWordOK(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) && !unicode.IsMark(r) && r != '\'' && r != '’' && r != '-' {
			return false
		}
	}
	return true
}

// dateMarkOK reports whether w is letters with full stops ("p.m.", "EST").
func dateMarkOK(w string) bool {
	if w == "" || w[0] == '.' {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) && r != '.' {
			return false
		}
	}
	return true
}

// datePhraseOK reports whether p is words separated by single spaces.
func datePhraseOK(p string) bool {
	if p == "" || strings.TrimSpace(p) != p {
		return false
	}
	for _, w := range strings.Split(p, " ") {
		if !dateWordOK(w) {
			return false
		}
	}
	return true
}

type dateErrs struct{ list []FieldError }

func (e *dateErrs) add(path, format string, args ...any) {
	e.list = append(e.list, FieldError{Path: path, Msg: fmt.Sprintf(format, args...)})
}

// words checks a list of single words (or phrases when phrases is true),
// reporting empty and repeated entries.
func (e *dateErrs) words(path string, list []string, phrases bool, what string) {
	seen := map[string]int{}
	for i, w := range list {
		p := fmt.Sprintf("%s[%d]", path, i)
		ok := dateWordOK(w)
		if phrases {
			ok = datePhraseOK(w)
		}
		switch {
		case strings.TrimSpace(w) == "":
			e.add(p, "empty %s: write a word or remove the line", what)
			continue
		case !ok && phrases:
			e.add(p, "%q is not a phrase: expected words of letters separated by single spaces", w)
		case !ok:
			e.add(p, "%q is not a single word: expected letters only (apostrophes and hyphens allowed inside)", w)
		}
		k := strings.ToLower(w)
		if j, dup := seen[k]; dup {
			e.add(p, "%q is listed twice (also at %s[%d])", w, path, j)
		}
		seen[k] = i
	}
}

// Validate checks the file and returns one FieldError per problem found,
// or nil. A file that only adds to the defaults may leave any section out.
func (d *DatesFile) Validate() []FieldError {
	e := &dateErrs{}
	if d.Kind != "dates" {
		e.add("$.kind", "kind must be \"dates\", got %q", d.Kind)
	}
	if y := d.Years; y != nil {
		if y.From < 1000 || y.From > 9999 {
			e.add("$.years.from", "expected a four-digit year, got %d", y.From)
		}
		if y.To < 1000 || y.To > 9999 {
			e.add("$.years.to", "expected a four-digit year, got %d", y.To)
		}
		if y.From > y.To {
			e.add("$.years", "from (%d) must not be after to (%d)", y.From, y.To)
		}
	}

	// Names must be unique across months, weekdays and seasons.
	names := map[string]string{}
	name := func(path, w string) {
		if w == "" {
			return
		}
		if prev, dup := names[w]; dup {
			e.add(path, "%q is already used at %s", w, prev)
			return
		}
		names[w] = path
	}
	months := map[int]int{}
	for i, m := range d.Months {
		p := fmt.Sprintf("$.months[%d]", i)
		if m.Number < 1 || m.Number > 12 {
			e.add(p+".number", "month number must be between 1 (January) and 12 (December), got %d", m.Number)
		} else if j, dup := months[m.Number]; dup {
			e.add(p+".number", "month %d is listed twice (also at $.months[%d])", m.Number, j)
		}
		months[m.Number] = i
		if len(m.Names) == 0 {
			e.add(p+".names", "a month needs at least one name (\"August\")")
		}
		e.words(p+".names", m.Names, false, "name")
		e.words(p+".abbreviations", m.Abbreviations, false, "abbreviation")
		for j, w := range m.Names {
			name(fmt.Sprintf("%s.names[%d]", p, j), w)
		}
		for j, w := range m.Abbreviations {
			q := fmt.Sprintf("%s.abbreviations[%d]", p, j)
			if strings.HasSuffix(w, ".") {
				e.add(q, "write %q without the full stop: abbreviations match with or without it", w)
			}
			name(q, strings.TrimSuffix(w, "."))
		}
	}
	weekdays := map[int]int{}
	for i, w := range d.Weekdays {
		p := fmt.Sprintf("$.weekdays[%d]", i)
		if w.Number < 1 || w.Number > 7 {
			e.add(p+".number", "weekday number must be between 1 (Monday) and 7 (Sunday), got %d", w.Number)
		} else if j, dup := weekdays[w.Number]; dup {
			e.add(p+".number", "weekday %d is listed twice (also at $.weekdays[%d])", w.Number, j)
		}
		weekdays[w.Number] = i
		if len(w.Names) == 0 {
			e.add(p+".names", "a weekday needs at least one name (\"Monday\")")
		}
		e.words(p+".names", w.Names, false, "name")
		e.words(p+".abbreviations", w.Abbreviations, false, "abbreviation")
		for j, n := range w.Names {
			name(fmt.Sprintf("%s.names[%d]", p, j), n)
		}
		for j, n := range w.Abbreviations {
			q := fmt.Sprintf("%s.abbreviations[%d]", p, j)
			if strings.HasSuffix(n, ".") {
				e.add(q, "write %q without the full stop: abbreviations match with or without it", n)
			}
			name(q, strings.TrimSuffix(n, "."))
		}
	}
	seasons := map[string]int{}
	for i, s := range d.Seasons {
		p := fmt.Sprintf("$.seasons[%d]", i)
		if _, ok := dateSeasonCodes[s.Code]; !ok {
			e.add(p+".code", "season code must be SP (spring), SU (summer), FA (autumn) or WI (winter), got %q", s.Code)
		} else if j, dup := seasons[s.Code]; dup {
			e.add(p+".code", "season %s is listed twice (also at $.seasons[%d])", s.Code, j)
		}
		seasons[s.Code] = i
		if len(s.Names) == 0 {
			e.add(p+".names", "a season needs at least one name (\"summer\")")
		}
		e.words(p+".names", s.Names, false, "name")
		for j, n := range s.Names {
			name(fmt.Sprintf("%s.names[%d]", p, j), strings.ToLower(n))
		}
	}
	for _, k := range dateSortedKeys(d.Numbers) {
		p := "$.numbers." + k
		if !dateWordOK(k) {
			e.add(p, "%q is not a single word", k)
		}
		if v := d.Numbers[k]; v < 1 || v > 999 {
			e.add(p, "a count must be between 1 and 999, got %d", v)
		}
	}
	for _, k := range dateSortedKeys(d.Ordinals) {
		p := "$.ordinals." + k
		if !dateWordOK(k) {
			e.add(p, "%q is not a single word", k)
		}
		if v := d.Ordinals[k]; v < 1 || v > 31 {
			e.add(p, "an ordinal must be between 1 and 31, got %d", v)
		}
	}
	units := map[string]int{}
	unitWords := map[string]string{}
	for i, u := range d.Units {
		p := fmt.Sprintf("$.units[%d]", i)
		if !dateIsUnit(u.Unit) {
			e.add(p+".unit", "unit must be one of %s, got %q", strings.Join(DateUnits, ", "), u.Unit)
		} else if j, dup := units[u.Unit]; dup {
			e.add(p+".unit", "unit %s is listed twice (also at $.units[%d])", u.Unit, j)
		}
		units[u.Unit] = i
		if len(u.Words) == 0 {
			e.add(p+".words", "a unit needs at least one word (\"days\")")
		}
		e.words(p+".words", u.Words, false, "word")
		for j, w := range u.Words {
			q := fmt.Sprintf("%s.words[%d]", p, j)
			if prev, dup := unitWords[strings.ToLower(w)]; dup && w != "" {
				e.add(q, "%q is already used at %s", w, prev)
			}
			unitWords[strings.ToLower(w)] = q
		}
	}
	e.words("$.weekend", d.Weekend, false, "word")
	e.words("$.qualifiers", d.Qualifiers, false, "qualifier")
	e.words("$.times_of_day", d.TimesOfDay, false, "word")
	parts := map[string]int{}
	for i, dp := range d.DayParts {
		p := fmt.Sprintf("$.day_parts[%d]", i)
		if !dateIsOneOf(dp.Code, DateDayPartCodes) {
			e.add(p+".code", "code must be MO (morning), AF (afternoon), EV (evening) or NI (night), got %q", dp.Code)
		} else if j, dup := parts[dp.Code]; dup {
			e.add(p+".code", "%s is listed twice (also at $.day_parts[%d])", dp.Code, j)
		}
		parts[dp.Code] = i
		if len(dp.Words) == 0 {
			e.add(p+".words", "a part of the day needs at least one word (\"night\")")
		}
		e.words(p+".words", dp.Words, false, "word")
	}
	if c := d.Clock; c != nil {
		for _, l := range []struct {
			path string
			list []string
		}{{"$.clock.am", c.AM}, {"$.clock.pm", c.PM}, {"$.clock.noon", c.Noon}, {"$.clock.midnight", c.Midnight}, {"$.clock.zones", c.Zones}} {
			for i, w := range l.list {
				if !dateMarkOK(w) {
					e.add(fmt.Sprintf("%s[%d]", l.path, i), "%q: expected letters, with full stops inside or after (\"p.m.\")", w)
				}
			}
		}
	}

	ids := map[string]string{}
	id := func(path, v string) {
		switch {
		case v == "":
			e.add(path, "every rule needs an id (for example \"relative.yesterday\"): it is written into the output")
		case !dateIDOK(v):
			e.add(path, "id %q: expected lower-case letters, digits, dots, hyphens and underscores, starting with a letter or digit", v)
		default:
			if prev, dup := ids[v]; dup {
				e.add(path, "id %q is already used at %s", v, prev)
			}
			ids[v] = path
		}
	}
	phrases := map[string]string{}
	for i, r := range d.Relative {
		p := fmt.Sprintf("$.relative[%d]", i)
		id(p+".id", r.ID)
		if r.Disabled {
			continue
		}
		if len(r.Phrases) == 0 {
			e.add(p+".phrases", "a relative date needs at least one phrase (\"yesterday\")")
		}
		e.words(p+".phrases", r.Phrases, true, "phrase")
		for j, ph := range r.Phrases {
			q := fmt.Sprintf("%s.phrases[%d]", p, j)
			k := strings.ToLower(ph)
			if prev, dup := phrases[k]; dup && ph != "" {
				e.add(q, "%q is already used at %s", ph, prev)
			}
			phrases[k] = q
		}
		switch {
		case r.Ref != "":
			if !dateIsOneOf(r.Ref, DateRefs) {
				e.add(p+".ref", "ref must be one of %s, got %q", strings.Join(DateRefs, ", "), r.Ref)
			}
			if r.Unit != "" || r.Offset != 0 || r.From != "" {
				e.add(p+".ref", "a ref stands for itself: remove unit, offset and from")
			}
		case !dateIsUnit(r.Unit):
			e.add(p+".unit", "unit must be one of %s (or give a ref: %s), got %q", strings.Join(DateUnits, ", "), strings.Join(DateRefs, ", "), r.Unit)
		}
		if r.Offset < -1000 || r.Offset > 1000 {
			e.add(p+".offset", "offset must be between -1000 and 1000 units, got %d", r.Offset)
		}
		switch r.From {
		case "":
		case DateFromPeriod:
			if r.Unit != "quarter" && r.Unit != "year" {
				e.add(p+".from", "from: period counts in quarters: the unit must be quarter or year, got %q", r.Unit)
			}
		case DateFromPrevious:
		default:
			e.add(p+".from", "from must be %q or %q (or left out: the publication date), got %q", DateFromPeriod, DateFromPrevious, r.From)
		}
		e.words(p+".only_after", r.OnlyAfter, false, "word")
		e.words(p+".not_after", r.NotAfter, false, "word")
		e.words(p+".not_before", r.NotBefore, false, "word")
	}
	for i, pt := range d.Patterns {
		p := fmt.Sprintf("$.patterns[%d]", i)
		id(p+".id", pt.ID)
		if pt.Disabled {
			continue
		}
		switch pt.Resolve {
		case "", DateResolveTense, DateResolveBefore, DateResolveAfter, DateResolveThis, DateResolveLatest, DateResolveNearest:
		default:
			e.add(p+".resolve", "resolve must be one of tense, before, after, this, latest, nearest (or left out), got %q", pt.Resolve)
		}
		if strings.TrimSpace(pt.Match) == "" {
			e.add(p+".match", "a pattern needs a template, for example \"{month} {day}, {year}\"")
		} else if elems, err := ParseDateTemplate(pt.Match); err != nil {
			e.add(p+".match", "%s", err)
		} else if err := dateCheckTemplate(elems, pt.Resolve, pt.From, pt.Part); err != nil {
			e.add(p+".match", "%s", err)
		} else if slots := DateTemplateSlots(elems); pt.From == DateFromPeriod && !slots[DateSlotCount] &&
			!((slots[DateSlotYear] || slots[DateSlotRelYear]) && len(slots) == 1) {
			e.add(p+".from", "from: period is only used with a {count} {unit} template, or a {year} or {relyear} alone")
		}
		if pt.Part != "" {
			if _, _, ok := DatePart(pt.Part); !ok {
				e.add(p+".part", "part must be a quarter (Q1, Q2, Q3, Q4) or a half (H1, H2), got %q", pt.Part)
			} else if elems, err := ParseDateTemplate(pt.Match); err == nil {
				if slots := DateTemplateSlots(elems); len(slots) != 1 || !slots[DateSlotYear] && !slots[DateSlotRelYear] {
					e.add(p+".part", "a template with a part names its year and nothing else: {year} or {relyear} alone (\"the first three months of {year}\")")
				}
			}
		}
		switch pt.From {
		case "", DateFromPeriod:
		case DateFromPrevious:
			if elems, err := ParseDateTemplate(pt.Match); err == nil {
				slots := DateTemplateSlots(elems)
				if !slots[DateSlotCount] && !(slots[DateSlotWeekday] && len(slots) == 1 && (pt.Resolve == DateResolveBefore || pt.Resolve == DateResolveAfter)) {
					e.add(p+".from", "from: previous is only used with a {count} {unit} template, or a {weekday} alone with resolve before or after")
				}
			}
		default:
			e.add(p+".from", "from must be %q or %q (or left out: the publication date), got %q", DateFromPeriod, DateFromPrevious, pt.From)
		}
		if len(pt.Examples) == 0 {
			e.add(p+".examples", "give at least one example text the pattern must find: it guards the rule")
		}
		for j, ex := range pt.Examples {
			if strings.TrimSpace(ex) == "" {
				e.add(fmt.Sprintf("%s.examples[%d]", p, j), "empty example")
			}
		}
		e.words(p+".only_after", pt.OnlyAfter, false, "word")
		e.words(p+".also_after_a_date", pt.AlsoAfterADate, false, "word")
		e.words(p+".also_before", pt.AlsoBefore, false, "word")
		e.words(p+".not_after", pt.NotAfter, false, "word")
		e.words(p+".not_before", pt.NotBefore, false, "word")
	}
	holidayNames := map[string]string{}
	for i, h := range d.Holidays {
		p := fmt.Sprintf("$.holidays[%d]", i)
		id(p+".id", h.ID)
		if h.Disabled {
			continue
		}
		e.holiday(p, h, holidayNames)
	}

	e.words("$.tense.future", d.Tense.Future, true, "cue")
	e.words("$.tense.past", d.Tense.Past, true, "cue")
	e.words("$.tense.past_endings", d.Tense.PastEndings, false, "ending")
	e.words("$.tense.not_past", d.Tense.NotPast, false, "word")
	e.words("$.tense.participle_after", d.Tense.ParticipleAfter, false, "word")
	e.words("$.tense.progressive", d.Tense.Progressive, false, "word")
	e.words("$.tense.ahead", d.Tense.Ahead, false, "word")
	e.words("$.tense.back", d.Tense.Back, false, "word")
	cues := map[string]string{}
	for _, l := range []struct {
		path string
		list []string
	}{{"$.tense.future", d.Tense.Future}, {"$.tense.past", d.Tense.Past}} {
		for i, c := range l.list {
			k := strings.ReplaceAll(strings.ToLower(c), "’", "'")
			q := fmt.Sprintf("%s[%d]", l.path, i)
			if prev, dup := cues[k]; dup && !strings.HasPrefix(prev, l.path+"[") {
				e.add(q, "%q is also listed at %s: a cue cannot be both past and future", c, prev)
			}
			cues[k] = q
		}
	}
	return e.list
}

func dateSortedKeys(m map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// Merge adds o (a user's file) on top of d (the defaults). Entries with the
// same key replace the default one: months and weekdays by number, seasons
// by code, units by unit, numbers and ordinals by word, relative dates and
// patterns by id (a replaced entry keeps its place; new ones are added at
// the end), holidays by id, parts of the day by code. Word lists (qualifiers, times of day,
// clock words, weekend words, tense cues) are added to.
// years replaces the default range when given.
func (d *DatesFile) Merge(o *DatesFile) {
	if o == nil {
		return
	}
	if d.Kind == "" {
		d.Kind = o.Kind
	}
	if o.Years != nil {
		y := *o.Years
		d.Years = &y
	}
	d.Months = dateMergeBy(d.Months, o.Months, func(m DateMonth) string { return strconv.Itoa(m.Number) })
	d.Weekdays = dateMergeBy(d.Weekdays, o.Weekdays, func(w DateWeekday) string { return strconv.Itoa(w.Number) })
	d.Seasons = dateMergeBy(d.Seasons, o.Seasons, func(s DateSeason) string { return s.Code })
	d.Units = dateMergeBy(d.Units, o.Units, func(u DateUnit) string { return u.Unit })
	d.Relative = dateMergeBy(d.Relative, o.Relative, func(r DateRelative) string { return r.ID })
	d.Patterns = dateMergeBy(d.Patterns, o.Patterns, func(p DatePattern) string { return p.ID })
	d.Holidays = dateMergeBy(d.Holidays, o.Holidays, func(h DateHoliday) string { return h.ID })
	d.Numbers = dateMergeMap(d.Numbers, o.Numbers)
	d.Ordinals = dateMergeMap(d.Ordinals, o.Ordinals)
	d.Weekend = dateUnion(d.Weekend, o.Weekend)
	d.Qualifiers = dateUnion(d.Qualifiers, o.Qualifiers)
	d.TimesOfDay = dateUnion(d.TimesOfDay, o.TimesOfDay)
	d.DayParts = dateMergeBy(d.DayParts, o.DayParts, func(p DateDayPart) string { return p.Code })
	if o.Clock != nil {
		if d.Clock == nil {
			d.Clock = &DateClock{}
		}
		d.Clock.AM = dateUnion(d.Clock.AM, o.Clock.AM)
		d.Clock.PM = dateUnion(d.Clock.PM, o.Clock.PM)
		d.Clock.Noon = dateUnion(d.Clock.Noon, o.Clock.Noon)
		d.Clock.Midnight = dateUnion(d.Clock.Midnight, o.Clock.Midnight)
		d.Clock.Zones = dateUnion(d.Clock.Zones, o.Clock.Zones)
	}
	d.Tense.Future = dateUnion(d.Tense.Future, o.Tense.Future)
	d.Tense.Past = dateUnion(d.Tense.Past, o.Tense.Past)
	d.Tense.PastEndings = dateUnion(d.Tense.PastEndings, o.Tense.PastEndings)
	d.Tense.NotPast = dateUnion(d.Tense.NotPast, o.Tense.NotPast)
	d.Tense.ParticipleAfter = dateUnion(d.Tense.ParticipleAfter, o.Tense.ParticipleAfter)
	d.Tense.Progressive = dateUnion(d.Tense.Progressive, o.Tense.Progressive)
	d.Tense.Ahead = dateUnion(d.Tense.Ahead, o.Tense.Ahead)
	d.Tense.Back = dateUnion(d.Tense.Back, o.Tense.Back)
}

func dateMergeBy[T any](base, over []T, key func(T) string) []T {
	if len(over) == 0 {
		return base
	}
	out := append([]T(nil), base...)
	at := map[string]int{}
	for i, v := range out {
		at[key(v)] = i
	}
	for _, v := range over {
		if i, ok := at[key(v)]; ok {
			out[i] = v
			continue
		}
		at[key(v)] = len(out)
		out = append(out, v)
	}
	return out
}

func dateMergeMap(base, over map[string]int) map[string]int {
	if len(over) == 0 {
		return base
	}
	out := make(map[string]int, len(base)+len(over))
	for k, v := range base {
		out[k] = v
	}
	for k, v := range over {
		out[k] = v
	}
	return out
}

func dateUnion(base, over []string) []string {
	if len(over) == 0 {
		return base
	}
	out := append([]string(nil), base...)
	seen := map[string]bool{}
	for _, w := range out {
		seen[strings.ToLower(w)] = true
	}
	for _, w := range over {
		if !seen[strings.ToLower(w)] {
			seen[strings.ToLower(w)] = true
			out = append(out, w)
		}
	}
	return out
}

var dateMonthNames = [...]string{"", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}

// dateMonthDays is the number of days of each month in a common year: a
// holiday on February 29 would have no date in most years.
var dateMonthDays = [...]int{0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}

// dateHolidayNameOK reports whether n is a holiday name: words separated by
// single spaces, the first starting with a capital letter; a word is
// letters, with apostrophes, hyphens, full stops and commas inside or
// after them ("New Year's Eve", "Presidents' Day", "St. Patrick's Day",
// "Martin Luther King, Jr. Day").
func dateHolidayNameOK(n string) bool {
	if n == "" || strings.TrimSpace(n) != n {
		return false
	}
	first, _ := utf8.DecodeRuneInString(n)
	if !unicode.IsUpper(first) {
		return false
	}
	for _, w := range strings.Split(n, " ") {
		r, _ := utf8.DecodeRuneInString(w)
		if w == "" || !unicode.IsLetter(r) {
			return false
		}
		for _, r := range w {
			if !unicode.IsLetter(r) && !unicode.IsMark(r) && r != '\'' && r != '’' && r != '-' && r != '.' && r != ',' {
				return false
			}
		}
	}
	return true
}

// holiday checks one holiday entry at path p; names holds the names seen
// in the entries before it (lower case, straight apostrophes).
func (e *dateErrs) holiday(p string, h DateHoliday, names map[string]string) {
	who := "this holiday"
	if h.ID != "" {
		who = "holiday " + h.ID
	}
	if len(h.Names) == 0 {
		e.add(p+".names", "%s needs at least one name (\"Christmas\")", who)
	}
	for j, n := range h.Names {
		q := fmt.Sprintf("%s.names[%d]", p, j)
		if !dateHolidayNameOK(n) {
			e.add(q, "%s: %q is not a holiday name: expected words separated by single spaces, starting with a capital letter (\"Christmas Day\", \"New Year's Eve\", \"St. Patrick's Day\")", who, n)
			continue
		}
		k := strings.ReplaceAll(strings.ToLower(n), "’", "'")
		if prev, dup := names[k]; dup {
			e.add(q, "%s: the name %q is already used at %s", who, n, prev)
			continue
		}
		names[k] = q
	}
	if len(h.Examples) == 0 {
		e.add(p+".examples", "%s: give at least one example text the holiday must be found in (\"on Christmas Day\"): it guards the rule", who)
	}
	for j, ex := range h.Examples {
		if strings.TrimSpace(ex) == "" {
			e.add(fmt.Sprintf("%s.examples[%d]", p, j), "%s: empty example", who)
		}
	}

	fixed := h.Day != 0
	floating := h.Weekday != "" || h.OnOrAfter != 0 || h.Last
	easter := h.Easter != nil
	const kinds = "month and day (Christmas: month 12, day 25); month, weekday and on_or_after or last (Thanksgiving: month 11, weekday Thursday, on_or_after 22; Memorial Day: month 5, weekday Monday, last true); or easter, in days from Easter Sunday (Good Friday: easter -2)"
	switch {
	case easter && (fixed || floating || h.Month != 0):
		var extra []string
		for _, f := range []struct {
			name string
			set  bool
		}{{"month", h.Month != 0}, {"day", fixed}, {"weekday", h.Weekday != ""}, {"on_or_after", h.OnOrAfter != 0}, {"last", h.Last}} {
			if f.set {
				extra = append(extra, f.name)
			}
		}
		e.add(p+".easter", "%s gives both easter and %s: give only one of %s", who, strings.Join(extra, " and "), kinds)
		return
	case easter:
		if *h.Easter < -100 || *h.Easter > 100 {
			e.add(p+".easter", "%s: easter counts days from Easter Sunday: expected a number between -100 and 100, got %d", who, *h.Easter)
		}
		return
	case fixed && floating:
		e.add(p+".day", "%s: give either day (a fixed date) or weekday with on_or_after or last (a weekday of the month), not both", who)
		return
	case !fixed && !floating:
		if h.Month != 0 {
			e.add(p+".month", "%s: the month alone is no date: give %s", who, kinds)
		} else {
			e.add(p, "%s has no date: give %s", who, kinds)
		}
		return
	}
	if h.Month < 1 || h.Month > 12 {
		if h.Month == 0 {
			e.add(p, "%s needs a month (1 January ... 12 December)", who)
		} else {
			e.add(p+".month", "%s: month must be between 1 (January) and 12 (December), got %d", who, h.Month)
		}
		return
	}
	days := dateMonthDays[h.Month]
	if fixed {
		if h.Day < 1 || h.Day > days {
			e.add(p+".day", "%s: day %d is not a day of %s (1-%d)", who, h.Day, dateMonthNames[h.Month], days)
		}
		return
	}
	wd := DateHolidayWeekday(h.Weekday)
	switch {
	case h.Weekday == "":
		e.add(p, "%s: on_or_after and last need a weekday (weekday: Monday)", who)
	case wd == 0:
		e.add(p+".weekday", "%s: weekday must be one of %s, got %q", who, strings.Join(DateWeekdayNames, ", "), h.Weekday)
	}
	name := h.Weekday
	if wd > 0 {
		name = DateWeekdayNames[wd-1]
	}
	switch {
	case h.OnOrAfter != 0 && h.Last:
		e.add(p+".last", "%s: give on_or_after or last, not both", who)
	case h.OnOrAfter == 0 && !h.Last && h.Weekday != "":
		e.add(p+".weekday", "%s: weekday %s needs on_or_after: D (the first %s on or after day D of %s) or last: true (the last %s of %s)",
			who, h.Weekday, name, dateMonthNames[h.Month], name, dateMonthNames[h.Month])
	case h.OnOrAfter != 0 && (h.OnOrAfter < 1 || h.OnOrAfter > days-6):
		e.add(p+".on_or_after", "%s: on_or_after must be a day between 1 and %d, so that the %s falls in %s; got %d", who, days-6, name, dateMonthNames[h.Month], h.OnOrAfter)
	}
}
