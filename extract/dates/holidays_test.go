package dates

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsfacts/extract/rules"
)

// TestHolidayDays checks the days of the default holidays over several
// years: the weekday rules and Easter (anonymous Gregorian algorithm).
func TestHolidayDays(t *testing.T) {
	f := defaultFinder(t)
	byID := map[string]*holiday{}
	for i := range f.holidays {
		byID[f.holidays[i].id] = &f.holidays[i]
	}
	tests := []struct {
		id   string
		year int
		want string
	}{
		{"holiday.thanksgiving", 2015, "2015-11-26"},
		{"holiday.thanksgiving", 2016, "2016-11-24"},
		{"holiday.thanksgiving", 2018, "2018-11-22"},
		{"holiday.labor_day", 2016, "2016-09-05"},
		{"holiday.labor_day", 2015, "2015-09-07"},
		{"holiday.labor_day", 2014, "2014-09-01"},
		{"holiday.memorial_day", 2016, "2016-05-30"},
		{"holiday.memorial_day", 2009, "2009-05-25"},
		{"holiday.memorial_day", 2021, "2021-05-31"},
		{"holiday.mlk_day", 2016, "2016-01-18"},
		{"holiday.presidents_day", 2016, "2016-02-15"},
		{"holiday.mothers_day", 2016, "2016-05-08"},
		{"holiday.fathers_day", 2016, "2016-06-19"},
		{"holiday.christmas", 2016, "2016-12-25"},
		{"holiday.easter", 1998, "1998-04-12"},
		{"holiday.easter", 2008, "2008-03-23"},
		{"holiday.easter", 2011, "2011-04-24"},
		{"holiday.easter", 2016, "2016-03-27"},
		{"holiday.easter", 2019, "2019-04-21"},
		{"holiday.easter", 2025, "2025-04-20"},
		{"holiday.easter", 2038, "2038-04-25"},
		{"holiday.good_friday", 2016, "2016-03-25"},
		{"holiday.easter_monday", 2016, "2016-03-28"},
		{"holiday.ash_wednesday", 2016, "2016-02-10"},
	}
	for _, tc := range tests {
		h := byID[tc.id]
		require.NotNil(t, h, tc.id)
		assert.Equal(t, tc.want, fmtDay(h.in(tc.year)), "%s %d", tc.id, tc.year)
	}
}

// TestUserHolidays: a journalist adds a holiday and turns one off with a
// rule file; New checks the holiday's examples.
func TestUserHolidays(t *testing.T) {
	base := loadRules(t, defaultRules)
	user, err := decodeRules(t, `
kind: dates
holidays:
  - id: holiday.juneteenth
    names: [Juneteenth]
    month: 6
    day: 19
    examples: ["on Juneteenth"]
  - id: holiday.columbus_day
    disabled: true
`)
	require.NoError(t, err)
	require.Empty(t, user.Validate())
	n := len(base.Holidays)
	base.Merge(user)
	require.Empty(t, base.Validate())
	assert.Len(t, base.Holidays, n+1)

	f, err := New(base)
	require.NoError(t, err)
	got := f.Find("Parades on Juneteenth, none on Columbus Day.", nil, nil, day(2016, 6, 1))
	require.Len(t, got, 1)
	assert.Equal(t, "Juneteenth", got[0].Text)
	assert.Equal(t, "2016-06-19", *got[0].Value)
	assert.Equal(t, "holiday.juneteenth", got[0].Rule)

	base.Holidays[len(base.Holidays)-1].Examples = []string{"on juneteenth"}
	_, err = New(base)
	require.Error(t, err)
	assert.Contains(t, err.Error(), `holiday holiday.juneteenth is not found in its example "on juneteenth"`)

	// A holiday pattern's example is checked by the pattern that finds it,
	// though the date is written with the holiday's id.
	base = loadRules(t, defaultRules)
	base.Patterns = append(base.Patterns, rules.DatePattern{ID: "user.holiday_eve", Match: "the eve of {holiday}", Examples: []string{"on the eve of Christmas"}})
	_, err = New(base)
	require.NoError(t, err)
	base.Patterns[len(base.Patterns)-1].Examples = []string{"on Christmas"}
	_, err = New(base)
	require.Error(t, err)
	assert.Contains(t, err.Error(), `pattern user.holiday_eve does not find its example "on Christmas"`)
}
