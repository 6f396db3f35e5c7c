package dates

import (
	"strings"
	"testing"

	"github.com/goccy/go-yaml"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsfacts/extract/rules"
)

func decodeRules(t *testing.T, src string) (*rules.DatesFile, error) {
	t.Helper()
	var f rules.DatesFile
	err := yaml.NewDecoder(strings.NewReader(src), yaml.DisallowUnknownField()).Decode(&f)
	return &f, err
}

func TestDefaultRulesValidate(t *testing.T) {
	f := loadRules(t, defaultRules)
	assert.Empty(t, f.Validate())
	assert.Equal(t, "dates", f.Kind)
	assert.Len(t, f.Months, 12)
	assert.Len(t, f.Weekdays, 7)
	for _, p := range f.Patterns {
		assert.NotEmpty(t, p.Examples, p.ID)
	}
}

func TestValidateReportsMistakes(t *testing.T) {
	f, err := decodeRules(t, `
kind: date
years: {from: 2100, to: 99}
months:
  - number: 13
    names: [Smarch]
  - number: 8
    names: []
    abbreviations: [Aug.]
  - number: 9
    names: [September, September]
weekdays:
  - number: 1
    names: [Monday]
  - number: 8
    names: [Funday]
  - number: 2
    names: [Tuesday, ""]
  - number: 3
    names: [Monday]
seasons:
  - code: XX
    names: [monsoon]
numbers: {two: 0}
units:
  - unit: fortnight
    words: [fortnight]
qualifiers: ["very early"]
relative:
  - id: relative.today
    phrases: [today]
    unit: day
    offset: 0
  - id: relative.today
    phrases: [today]
    unit: days
    offset: 0
  - phrases: [the other day]
    unit: day
    offset: -2
  - id: Bad Id
    phrases: []
    unit: week
patterns:
  - id: p.unknown
    match: "{month} {dday}"
    examples: [x]
  - id: p.unclosed
    match: "{month"
    examples: [x]
  - id: p.nodate
    match: "of the"
    examples: [x]
  - id: p.count
    match: "{count} {unit} ago"
    examples: [x]
  - id: p.resolve
    match: "{month}"
    resolve: soon
    examples: [x]
  - id: p.noexample
    match: "{month} {year}"
  - id: p.twice
    match: "{year} {year}"
    examples: [x]
  - id: p.optional
    match: "[the] {month}"
    examples: [x]
  - id: p.yearresolve
    match: "{month} {year}"
    resolve: before
    examples: [x]
  - id: p.disabled
    disabled: true
  - id: p.timeresolve
    match: "at {time}"
    resolve: before
    examples: [x]
  - id: p.badpart
    match: "first three months of {year}"
    part: Q5
    examples: [x]
  - id: p.partwithmonth
    match: "first half of {month} {year}"
    part: H1
    examples: [x]
tense:
  future: [will, "  "]
  past: [will]
`)
	require.NoError(t, err)
	errs := f.Validate()
	byPath := map[string]string{}
	for _, e := range errs {
		byPath[e.Path] += e.Msg + " | "
	}
	expect := map[string]string{
		"$.kind":                       `kind must be "dates"`,
		"$.years.to":                   "four-digit year",
		"$.years":                      "must not be after",
		"$.months[0].number":           "between 1 (January) and 12",
		"$.months[1].names":            "at least one name",
		"$.months[1].abbreviations[0]": "without the full stop",
		"$.months[2].names[1]":         "listed twice",
		"$.weekdays[1].number":         "between 1 (Monday) and 7",
		"$.weekdays[2].names[1]":       "empty name",
		"$.weekdays[3].names[0]":       `"Monday" is already used at $.weekdays[0].names[0]`,
		"$.seasons[0].code":            "SP (spring)",
		"$.numbers.two":                "between 1 and 999",
		"$.units[0].unit":              "unit must be one of",
		"$.qualifiers[0]":              "not a single word",
		"$.relative[1].id":             "already used",
		"$.relative[1].unit":           "unit must be one of",
		"$.relative[1].phrases[0]":     "already used",
		"$.relative[2].id":             "needs an id",
		"$.relative[3].id":             "lower-case letters",
		"$.relative[3].phrases":        "at least one phrase",
		"$.patterns[0].match":          "unknown slot {dday}",
		"$.patterns[1].match":          "no closing }",
		"$.patterns[2].match":          "no date in it",
		"$.patterns[3].match":          "resolve: before",
		"$.patterns[4].resolve":        "resolve must be one of",
		"$.patterns[5].examples":       "at least one example",
		"$.patterns[6].match":          "used twice",
		"$.patterns[7].match":          "cannot start with an optional part",
		"$.patterns[8].match":          "only used when the date has no {year}",
		"$.patterns[10].match":         "resolve is not used",
		"$.patterns[11].part":          "Q1, Q2, Q3, Q4",
		"$.patterns[12].part":          "{year} or {relyear} alone",
		"$.tense.future[1]":            "empty cue",
		"$.tense.past[0]":              "both past and future",
	}
	for path, msg := range expect {
		assert.Contains(t, byPath[path], msg, "at %s", path)
	}
	assert.NotContains(t, byPath, "$.patterns[9].match", "a disabled pattern needs no template")
	for _, e := range errs {
		_, ok := expect[e.Path]
		assert.True(t, ok, "unexpected error %s", e)
	}
}

func TestParseDateTemplate(t *testing.T) {
	elems, err := rules.ParseDateTemplate("{weekday}[,] {month} {day}[, {year}]")
	require.NoError(t, err)
	require.Len(t, elems, 6)
	assert.Equal(t, rules.DateTemplateElem{Slot: "weekday"}, elems[0])
	assert.Equal(t, rules.DateTemplateElem{Punct: ",", Group: 1}, elems[1])
	assert.Equal(t, rules.DateTemplateElem{Slot: "month", Space: true}, elems[2])
	assert.Equal(t, rules.DateTemplateElem{Slot: "day", Space: true}, elems[3])
	assert.Equal(t, rules.DateTemplateElem{Punct: ",", Group: 2}, elems[4])
	assert.Equal(t, rules.DateTemplateElem{Slot: "year", Space: true, Group: 2}, elems[5])

	elems, err = rules.ParseDateTemplate("mid-{month}")
	require.NoError(t, err)
	assert.Equal(t, []rules.DateTemplateElem{{Word: "mid"}, {Punct: "-"}, {Slot: "month"}}, elems)

	for _, bad := range []string{"", "  ", "{month", "month}", "[{month}", "{month}]", "{month} [[,]]", "{month} []", "{nope}"} {
		_, err := rules.ParseDateTemplate(bad)
		assert.Error(t, err, "%q", bad)
	}
}

func TestMergeAndUserRules(t *testing.T) {
	base := loadRules(t, defaultRules)
	user, err := decodeRules(t, `
kind: dates
weekdays:
  - number: 1
    names: [Monday, Montag]
relative:
  - id: relative.last_quarter
    disabled: true
  - id: relative.fortnight_ago
    phrases: [a fortnight ago]
    unit: week
    offset: -2
patterns:
  - id: date.year
    match: "{year}"
    only_after: [anno]
    examples: [anno 1999]
  - id: user.fy
    match: "FY{year}"
    examples: [FY2024]
qualifiers: [around]
tense:
  future: [intend to]
`)
	require.NoError(t, err)
	require.Empty(t, user.Validate())
	nPatterns, nRelative := len(base.Patterns), len(base.Relative)
	base.Merge(user)
	require.Empty(t, base.Validate())

	assert.Len(t, base.Patterns, nPatterns+1, "date.year replaced in place, user.fy added")
	assert.Len(t, base.Relative, nRelative+1)
	assert.Equal(t, []string{"Monday", "Montag"}, base.Weekdays[0].Names)
	assert.Contains(t, base.Qualifiers, "around")
	assert.Contains(t, base.Qualifiers, "early")
	assert.Contains(t, base.Tense.Future, "intend to")
	assert.Contains(t, base.Tense.Future, "will")

	// Replacing Monday without its abbreviation breaks an example of the
	// defaults: New says so.
	_, err = New(base)
	require.Error(t, err)
	assert.Contains(t, err.Error(), `date.weekday_month_day does not find its example "Mon., Aug. 18"`)
	base.Weekdays[0].Abbreviations = []string{"Mon"}

	f, err := New(base)
	require.NoError(t, err)
	got := f.Find("Am Montag, in 2020, anno 1999, FY2024, a fortnight ago, last quarter.", nil, nil, sat16)
	var texts []string
	for _, d := range got {
		texts = append(texts, d.Text+"="+d.Rule)
	}
	assert.Equal(t, []string{"Montag=date.weekday", "1999=date.year", "FY2024=user.fy", "a fortnight ago=relative.fortnight_ago"}, texts)
	assert.Equal(t, "2025-W31", *got[3].Value)
}

func TestMergeIsOrderStable(t *testing.T) {
	a := &rules.DatesFile{Kind: "dates", Numbers: map[string]int{"two": 2}}
	a.Merge(&rules.DatesFile{Kind: "dates", Numbers: map[string]int{"two": 3, "nine": 9}, Years: &rules.DateYears{From: 1800, To: 2100}})
	assert.Equal(t, map[string]int{"two": 3, "nine": 9}, a.Numbers)
	assert.Equal(t, 1800, a.Years.From)
	a.Merge(nil)
}

func TestNewRejects(t *testing.T) {
	_, err := New(nil)
	assert.Error(t, err)

	f := loadRules(t, defaultRules)
	f.Patterns = append(f.Patterns, rules.DatePattern{ID: "user.broken", Match: "{month} {day}", Examples: []string{"the ides of March"}})
	_, err = New(f)
	require.Error(t, err)
	assert.Contains(t, err.Error(), `pattern user.broken does not find its example "the ides of March"`)

	f = loadRules(t, defaultRules)
	f.Months[0].Number = 0
	_, err = New(f)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "$.months[0].number")
}

func TestUnknownFieldRejected(t *testing.T) {
	_, err := decodeRules(t, "kind: dates\npatterns:\n  - id: x\n    regex: '\\d+'\n")
	assert.Error(t, err)
}

func TestValidateNewFields(t *testing.T) {
	f, err := decodeRules(t, `
kind: dates
weekend: [weekend, "week end"]
day_parts:
  - code: NI
    words: [night]
  - code: XX
    words: []
clock:
  pm: [p.m., "p m"]
  zones: [.EST]
relative:
  - id: ref.ok
    phrases: [now]
    ref: present
  - id: ref.bad
    phrases: [then]
    ref: sometime
  - id: ref.unit
    phrases: [lately]
    ref: past
    unit: day
  - id: period.bad
    phrases: [the week before]
    unit: week
    offset: -1
    from: period
  - id: from.bad
    phrases: [a year before]
    unit: year
    offset: -1
    from: story
patterns:
  - id: p.time
    match: "{time} {month}"
    examples: [x]
  - id: p.weekend
    match: "{weekend} {year}"
    examples: [x]
  - id: p.relyear
    match: "{relyear}"
    examples: [x]
  - id: p.relyear_year
    match: "{month} {relyear} {year}"
    examples: [x]
  - id: p.from
    match: "{month}"
    from: period
    examples: [x]
  - id: p.latest
    match: "{quarter} quarter"
    resolve: latest
    examples: [x]
  - id: p.half
    match: "{half} half {quarter}"
    examples: [x]
  - id: p.century
    match: "{century} century"
    examples: [x]
  - id: p.century_year
    match: "{century} century {year}"
    examples: [x]
  - id: p.century_resolve
    match: "{century}-century"
    resolve: before
    examples: [x]
  - id: p.from_previous
    match: "the {year} quarter"
    from: previous
    examples: [x]
  - id: p.weekday_previous
    match: "the following {weekday}"
    from: previous
    examples: [x]
`)
	require.NoError(t, err)
	assertValidationMessages(t, f, map[string]string{
		"$.weekend[1]":         "not a single word",
		"$.day_parts[1].code":  "MO (morning)",
		"$.day_parts[1].words": "at least one word",
		"$.clock.pm[1]":        `"p m"`,
		"$.clock.zones[0]":     `".EST"`,
		"$.relative[1].ref":    "ref must be one of present, past, future",
		"$.relative[2].ref":    "remove unit, offset and from",
		"$.relative[3].from":   "unit must be quarter or year",
		"$.relative[4].from":   `from must be "period" or "previous"`,
		"$.patterns[0].match":  "{time} needs a day",
		"$.patterns[1].match":  "{weekend} stands alone",
		"$.patterns[2].match":  "{relyear}",
		"$.patterns[3].match":  "either {year} or {relyear}",
		"$.patterns[4].from":   "only used with a {count} {unit} template",
		"$.patterns[6].match":  "use one of {season}, {quarter} and {half}",
		"$.patterns[8].match":  "{century} stands alone",
		"$.patterns[9].match":  "resolve is not used with {century}",
		"$.patterns[10].from":  "from: previous is only used with a {count} {unit} template",
		"$.patterns[11].from":  "or a {weekday} alone with resolve before or after",
	})
}

func TestMergeNewFields(t *testing.T) {
	base := loadRules(t, defaultRules)
	user, err := decodeRules(t, `
kind: dates
weekend: [weekends]
day_parts:
  - code: NI
    words: [night, overnight]
clock:
  zones: [AEST]
`)
	require.NoError(t, err)
	require.Empty(t, user.Validate())
	base.Merge(user)
	require.Empty(t, base.Validate())
	assert.Equal(t, []string{"weekend", "weekends"}, base.Weekend)
	assert.Contains(t, base.Clock.Zones, "AEST")
	assert.Contains(t, base.Clock.Zones, "EST")
	f, err := compile(base, func(string) bool { return true })
	require.NoError(t, err)
	got := f.Find("He left overnight Friday, at 3 p.m. AEST Friday, and over the weekends.", nil, nil, sat16)
	assert.Equal(t, []string{"Friday=2025-08-15", "3 p.m. AEST Friday=2025-08-15T15:00", "the weekends=2025-W33-WE"}, found(got))
}

// TestValidateHolidays: a malformed holiday is reported at its field, with
// the entry's id and what is wrong.
func TestValidateHolidays(t *testing.T) {
	f, err := decodeRules(t, `
kind: dates
holidays:
  - id: holiday.both
    names: [Both Day]
    month: 12
    day: 25
    easter: 0
    examples: [on Both Day]
  - id: holiday.no_rule
    names: [Rule Day]
    month: 11
    weekday: Thursday
    examples: [on Rule Day]
  - id: holiday.day_range
    names: [Range Day]
    month: 11
    day: 31
    examples: [on Range Day]
  - id: holiday.no_date
    names: [Someday]
    examples: [on Someday]
  - id: holiday.weekday
    names: [Funday]
    month: 6
    weekday: Funday
    last: true
    examples: [on Funday]
  - id: holiday.both_rules
    names: [Twice Day]
    month: 5
    weekday: Monday
    on_or_after: 8
    last: true
    examples: [on Twice Day]
  - id: holiday.late
    names: [Late Day]
    month: 11
    weekday: Monday
    on_or_after: 28
    examples: [on Late Day]
  - id: holiday.names
    names: [christmas, Both Day, "Two  Spaces"]
    easter: 200
    examples: [""]
  - id: holiday.noexample
    names: [Quiet Day]
    month: 1
    day: 2
  - id: holiday.both
    disabled: true
patterns:
  - id: p.holiday_month
    match: "{holiday} {month}"
    examples: [x]
  - id: p.holiday_resolve
    match: "{holiday} {year}"
    resolve: before
    examples: [x]
`)
	require.NoError(t, err)
	assertValidationMessages(t, f, map[string]string{
		"$.holidays[0].easter":      "holiday holiday.both gives both easter and month and day: give only one of month and day (Christmas: month 12, day 25)",
		"$.holidays[1].weekday":     "holiday holiday.no_rule: weekday Thursday needs on_or_after: D (the first Thursday on or after day D of November) or last: true",
		"$.holidays[2].day":         "holiday holiday.day_range: day 31 is not a day of November (1-30)",
		"$.holidays[3]":             "holiday holiday.no_date has no date: give month and day",
		"$.holidays[4].weekday":     `holiday holiday.weekday: weekday must be one of Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday, got "Funday"`,
		"$.holidays[5].last":        "holiday holiday.both_rules: give on_or_after or last, not both",
		"$.holidays[6].on_or_after": "holiday holiday.late: on_or_after must be a day between 1 and 24, so that the Monday falls in November; got 28",
		"$.holidays[7].names[0]":    `holiday holiday.names: "christmas" is not a holiday name`,
		"$.holidays[7].names[1]":    `holiday holiday.names: the name "Both Day" is already used at $.holidays[0].names[0]`,
		"$.holidays[7].names[2]":    `"Two  Spaces" is not a holiday name`,
		"$.holidays[7].easter":      "expected a number between -100 and 100, got 200",
		"$.holidays[7].examples[0]": "holiday holiday.names: empty example",
		"$.holidays[8].examples":    "holiday holiday.noexample: give at least one example",
		"$.holidays[9].id":          `id "holiday.both" is already used at $.holidays[0].id`,
		"$.patterns[0].match":       "{holiday} can only be combined with {year} or {relyear}",
		"$.patterns[1].match":       "resolve is only used when the date has no {year}",
	})
}

// assertValidationMessages checks that f's validation reports exactly the
// paths of expect, each with a message that holds expect's text.
func assertValidationMessages(t *testing.T, f *rules.DatesFile, expect map[string]string) {
	t.Helper()
	byPath := map[string]string{}
	for _, e := range f.Validate() {
		byPath[e.Path] += e.Msg + " | "
	}
	for path, msg := range expect {
		assert.Contains(t, byPath[path], msg, "at %s", path)
	}
	assert.Len(t, byPath, len(expect), "%v", byPath)
}
