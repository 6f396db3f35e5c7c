package dates

import (
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsfacts/extract/schema"
)

// want is an expected date; value "" means null.
type want struct {
	text, value, gran, res, rule string
}

func absD(text, value, gran, rule string) want {
	return want{text, value, gran, schema.ResolvedAbsolute, rule}
}

func rel(text, value, gran, rule string) want {
	return want{text, value, gran, schema.ResolvedRelative, rule}
}

// naiveSentences splits after ". ", "! ", "? " and at line breaks, as a
// careless splitter would (it splits "Donald J. Trump").
func naiveSentences(text string) []schema.Span {
	runes := []rune(text)
	var out []schema.Span
	start := 0
	for i, r := range runes {
		end := -1
		switch {
		case r == '\n':
			end = i + 1
		case (r == '.' || r == '!' || r == '?') && i+1 < len(runes) && runes[i+1] == ' ':
			end = i + 2
		}
		if end > start {
			out = append(out, schema.Span{start, end})
			start = end
		}
	}
	if start < len(runes) {
		out = append(out, schema.Span{start, len(runes)})
	}
	return out
}

func whole(text string) []schema.Span {
	return []schema.Span{{0, len([]rune(text))}}
}

// checkSpans asserts that every date's text is the text at its span.
func checkSpans(t *testing.T, text string, got []schema.Date) {
	t.Helper()
	runes := []rune(text)
	for _, d := range got {
		require.True(t, d.Span[0] >= 0 && d.Span[0] < d.Span[1] && d.Span[1] <= len(runes), "span %v", d.Span)
		assert.Equal(t, string(runes[d.Span[0]:d.Span[1]]), d.Text)
	}
}

func compare(t *testing.T, text string, got []schema.Date, wants []want) {
	t.Helper()
	checkSpans(t, text, got)
	var texts []string
	for _, d := range got {
		texts = append(texts, d.Text)
	}
	require.Len(t, got, len(wants), "found %q", texts)
	for i, w := range wants {
		d := got[i]
		assert.Equal(t, w.text, d.Text, "date %d", i)
		if w.value == "" {
			assert.Nil(t, d.Value, "date %d (%s) value", i, d.Text)
			assert.NotEmpty(t, d.Note, "date %d (%s): a null value needs a note", i, d.Text)
		} else if assert.NotNil(t, d.Value, "date %d (%s) value: %s", i, d.Text, d.Note) {
			assert.Equal(t, w.value, *d.Value, "date %d (%s) value", i, d.Text)
		}
		assert.Equal(t, w.gran, d.Granularity, "date %d (%s) granularity", i, d.Text)
		assert.Equal(t, w.res, d.Resolution, "date %d (%s) resolution", i, d.Text)
		if w.rule != "" {
			assert.Equal(t, w.rule, d.Rule, "date %d (%s) rule", i, d.Text)
		}
		assert.NotEmpty(t, d.Rule)
	}
}

var (
	sat16 = day(2025, 8, 16) // a Saturday
	sun17 = day(2025, 8, 17)
	fri15 = day(2025, 8, 15)
)

func TestFind(t *testing.T) {
	f := defaultFinder(t)
	tests := []struct {
		name string
		in   string
		pub  time.Time
		want []want
	}{
		// Absolute dates.
		{"month day year", "It was signed on August 15, 2025.", sat16, []want{absD("August 15, 2025", "2025-08-15", "day", "date.month_day_year")}},
		{"abbreviated month", "Aug. 15, 2025 and Sept. 1, 2025", sat16, []want{
			absD("Aug. 15, 2025", "2025-08-15", "day", "date.month_day_year"),
			absD("Sept. 1, 2025", "2025-09-01", "day", "date.month_day_year")}},
		{"abbreviation without full stop", "Sept 1 2025", sat16, []want{absD("Sept 1 2025", "2025-09-01", "day", "date.month_day_year")}},
		{"ordinal day", "on Aug. 15th", sat16, []want{absD("Aug. 15th", "2025-08-15", "day", "date.month_day")}},
		{"day month year", "on 15 August 2025", sat16, []want{absD("15 August 2025", "2025-08-15", "day", "date.day_month_year")}},
		{"day of month", "the 15th of August 2025", sat16, []want{absD("15th of August 2025", "2025-08-15", "day", "date.day_of_month")}},
		{"iso", "dated 2025-08-15.", sat16, []want{absD("2025-08-15", "2025-08-15", "day", "date.iso")}},
		{"us numeric", "on 8/15/2025,", sat16, []want{absD("8/15/2025", "2025-08-15", "day", "date.us_numeric")}},
		{"all capitals", "AUGUST 15, 2025", sat16, []want{absD("AUGUST 15, 2025", "2025-08-15", "day", "date.month_day_year")}},
		{"month year", "in August 2025", sat16, []want{absD("August 2025", "2025-08", "month", "date.month_year")}},
		{"month of year", "in August of 2024", sat16, []want{absD("August of 2024", "2024-08", "month", "date.month_year")}},
		{"year after in", "in 2025, and since 2019", sat16, []want{
			absD("2025", "2025", "year", "date.year"), absD("2019", "2019", "year", "date.year")}},
		{"years joined", "in 2019 and 2021, from 2020 to 2023", sat16, []want{
			absD("2019", "2019", "year", ""), absD("2021", "2021", "year", ""),
			absD("2020", "2020", "year", ""), absD("2023", "2023", "year", "")}},
		{"not years", "2,025 people paid $2025 for 2025 tickets; in 2025 people left; 2025% more; page 12025; the 2025 employees", sat16, nil},
		// A year names what it dates (TimeML marks "the 1987 crash").
		{"year as a modifier", "the 2025 budget, the company's 1989 results, a 1971 convention", sat16, []want{
			absD("2025", "2025", "year", "date.year"), absD("1989", "1989", "year", "date.year"),
			absD("1971", "1971", "year", "date.year")}},
		{"year range glued", "the 2025-26 season", sat16, nil},
		{"decade", "since the 1990s and the 1980's", sat16, []want{
			absD("1990s", "199", "decade", "date.decade"), absD("1980's", "198", "decade", "date.decade")}},
		{"decade in two digits", "the '90s, the ’60s and the '20s, not the 90s or his 20s", sat16, []want{
			absD("'90s", "199", "decade", "date.decade_short"), absD("’60s", "196", "decade", "date.decade_short"),
			absD("'20s", "202", "decade", "date.decade_short")}},
		{"decade in two digits before its century's", "the '20s", day(2016, 11, 25), []want{absD("'20s", "192", "decade", "date.decade_short")}},
		{"decade in two digits, no publication date", "the '90s", time.Time{}, []want{absD("'90s", "199", "decade", "date.decade_short")}},
		// Centuries, as TimeML writes them: the first two digits of their
		// years (the 20th century is the 1900s, 19).
		{"century", "in the 20th century", sat16, []want{absD("20th century", "19", "century", "date.century")}},
		{"century before a noun", "the 11th century temple", sat16, []want{absD("11th century", "10", "century", "date.century")}},
		{"century hyphenated", "a 19th-century house and 21st-century skills", sat16, []want{
			absD("19th-century", "18", "century", "date.century_hyphen"),
			absD("21st-century", "20", "century", "date.century_hyphen")}},
		{"century in words", "the twenty-first century, the nineteenth century and the first century", sat16, []want{
			absD("twenty-first century", "20", "century", "date.century"),
			absD("nineteenth century", "18", "century", "date.century"),
			absD("first century", "00", "century", "date.century")}},
		{"century in words hyphenated", "an eighteenth-century chapel", sat16, []want{
			absD("eighteenth-century", "17", "century", "date.century_hyphen")}},
		{"early century", "in the early 20th century", sat16, []want{absD("early 20th century", "19", "century", "date.century")}},
		{"not centuries", "20th Century Fox and Twentieth Century Fox; the 5th century BC; the 5th century B.C.; 20 century; the 20th centuries", sat16, nil},
		{"mid month", "by mid-August", sat16, []want{absD("mid-August", "2025-08", "month", "date.month")}},
		{"qualified", "in early March, late 2024 and mid-2025", sat16, []want{
			absD("early March", "2025-03", "month", "date.month"),
			absD("late 2024", "2024", "year", "date.year"),
			absD("mid-2025", "2025", "year", "date.year")}},
		{"weekday and date", "on Monday, Aug. 18, the talks", sat16, []want{absD("Monday, Aug. 18", "2025-08-18", "day", "date.weekday_month_day")}},
		{"weekday abbreviation in a date", "Mon., Aug. 18, 2025", sat16, []want{absD("Mon., Aug. 18, 2025", "2025-08-18", "day", "date.weekday_month_day")}},
		{"impossible day", "on February 30, 2025", sat16, nil},
		{"quarters", "in Q3 2025 and the third quarter of 2024; third-quarter 2023 results", sat16, []want{
			absD("Q3 2025", "2025-Q3", "quarter", "date.quarter_short"),
			absD("third quarter of 2024", "2024-Q3", "quarter", "date.quarter_year"),
			absD("third-quarter 2023", "2023-Q3", "quarter", "date.quarter_year_hyphen")}},
		{"a quarter or half of a fiscal year", "the first quarter of fiscal 1990 and the first half of fiscal 2009", sat16, []want{
			absD("first quarter of fiscal 1990", "1990-Q1", "quarter", "date.quarter_year"),
			absD("first half of fiscal 2009", "2009-H1", "half", "date.half_year")}},
		{"a quarter or half in words of its own", "the first three months of 2008, the last half of 1989, the first two quarters of 1990 and the final quarter of 2008, not the first nine months of 1989", sat16, []want{
			absD("first three months of 2008", "2008-Q1", "quarter", "date.first_three_months"),
			absD("last half of 1989", "1989-H2", "half", "date.last_half"),
			absD("first two quarters of 1990", "1990-H1", "half", "date.first_two_quarters"),
			absD("final quarter of 2008", "2008-Q4", "quarter", "date.final_quarter_of_year"),
			absD("1989", "1989", "year", "date.year")}},
		{"a half of a year named by a relative phrase", "in the first half of this year and the first six months of last year", sat16, []want{
			rel("first half of this year", "2025-H1", "half", "date.half_relyear"),
			rel("first six months of last year", "2024-H1", "half", "date.first_six_months_relyear")}},
		{"seasons", "summer 2025, the fall of 2024", sat16, []want{
			absD("summer 2025", "2025-SU", "season", "date.season_year"),
			absD("the fall of 2024", "2024-FA", "season", "date.the_season_year")}},
		{"a season by the tense, past", "Sales slowed during the winter.", sat16, []want{absD("the winter", "2024-WI", "season", "date.the_season")}},
		{"a season by the tense, future", "The talks will resume in the spring.", sat16, []want{absD("the spring", "2026-SP", "season", "date.the_season")}},
		{"the fall of something is no season", "They met after the fall of the Berlin Wall and the fall in prices.", sat16, nil},

		// Dates without a year.
		{"month day nearest year", "on August 15", sat16, []want{absD("August 15", "2025-08-15", "day", "date.month_day")}},
		{"nearest year is next year", "on January 2", day(2025, 12, 28), []want{absD("January 2", "2026-01-02", "day", "date.month_day")}},
		{"nearest year is last year", "on December 30", day(2026, 1, 3), []want{absD("December 30", "2025-12-30", "day", "date.month_day")}},
		{"day month", "on 15 August", sat16, []want{absD("15 August", "2025-08-15", "day", "date.day_month")}},
		{"month day no publication date", "on August 15", time.Time{}, []want{absD("August 15", "", "day", "date.month_day")}},
		{"bare month after in", "In May, they met.", sat16, []want{absD("May", "2025-05", "month", "date.month")}},

		// Month names that are something else.
		{"may and march", "May I ask? She may travel. Theresa May said. They will march. Mayday. March ended.", sat16, nil},
		{"bare abbreviation", "Jan said so. Dec is here.", sat16, nil},

		// Relative dates.
		{"relative days", "today, yesterday, tomorrow and tonight", sat16, []want{
			rel("today", "2025-08-16", "day", "relative.today"),
			rel("yesterday", "2025-08-15", "day", "relative.yesterday"),
			rel("tomorrow", "2025-08-17", "day", "relative.tomorrow"),
			rel("tonight", "2025-08-16", "day", "relative.tonight")}},
		{"relative periods", "this week, last week, next month, last year, this year, next quarter", sat16, []want{
			rel("this week", "2025-W33", "week", "relative.this_week"),
			rel("last week", "2025-W32", "week", "relative.last_week"),
			rel("next month", "2025-09", "month", "relative.next_month"),
			rel("last year", "2024", "year", "relative.last_year"),
			rel("this year", "2025", "year", "relative.this_year"),
			rel("next quarter", "2025-Q4", "quarter", "relative.next_quarter")}},
		{"week across new year", "last week", day(2026, 1, 3), []want{rel("last week", "2025-W52", "week", "")}},
		{"duration not date", "over the last week and in the next year", sat16, nil},
		{"qualified relative", "earlier this week", sat16, []want{rel("earlier this week", "2025-W33", "week", "relative.this_week")}},
		{"time of day", "yesterday morning and Friday night", sat16, []want{
			rel("yesterday morning", "2025-08-15", "day", "relative.yesterday"),
			rel("Friday night", "2025-08-15", "day", "date.weekday")}},
		{"ago", "two weeks ago, a year ago, 3 days ago, two weeks from now", sat16, []want{
			rel("two weeks ago", "2025-W31", "week", "date.ago"),
			rel("a year ago", "2024", "year", "date.ago"),
			rel("3 days ago", "2025-08-13", "day", "date.ago"),
			rel("two weeks from now", "2025-W35", "week", "date.from_now")}},
		{"relative months and seasons", "last August, next March, this summer, last winter", sat16, []want{
			rel("last August", "2024-08", "month", "date.last_month_name"),
			rel("next March", "2026-03", "month", "date.next_month_name"),
			rel("this summer", "2025-SU", "season", "date.this_season"),
			rel("last winter", "2024-WI", "season", "date.last_season")}},
		{"titles are not dates", "USA Today reported it on This Week.", sat16, nil},

		// Counted from the date named before.
		{"the following year", "On May 22, 1995, Farkas was made a general, and the following year he was appointed attache.", sat16, []want{
			absD("May 22, 1995", "1995-05-22", "day", "date.month_day_year"),
			rel("the following year", "1996", "year", "previous.next_year")}},
		{"a story told in order", "Police arrested him on Oct. 3, 2024. The next day he was released. Two days later he fled, and later that week he was caught.", sat16, []want{
			absD("Oct. 3, 2024", "2024-10-03", "day", "date.month_day_year"),
			rel("The next day", "2024-10-04", "day", "previous.next_day"),
			rel("Two days later", "2024-10-06", "day", "date.later"),
			rel("later that week", "2024-W40", "week", "previous.same_week")}},
		{"a month and its month", "In March 1990 the plant closed.\n\nThe following month it reopened, and that night it burned.", sat16, []want{
			absD("March 1990", "1990-03", "month", "date.month_year"),
			rel("The following month", "1990-04", "month", "previous.next_month"),
			rel("that night", "", "day", "previous.same_day")}},
		{"a day outside the year named since is forgotten", "On May 3, 1995, he left. He returned in 1997. The next day he spoke.", sat16, []want{
			absD("May 3, 1995", "1995-05-03", "day", "date.month_day_year"),
			absD("1997", "1997", "year", "date.year"),
			rel("The next day", "", "day", "previous.next_day")}},
		{"the date named before is too far back", "In 1988 sales fell.\n\nCosts rose.\n\nPrices fell.\n\nThat year was hard.", sat16, []want{
			absD("1988", "1988", "year", "date.year"),
			rel("That year", "", "year", "previous.same_year")}},
		{"today is no story's date", "Support today is below McCain's that year.", sat16, []want{
			rel("today", "2025-08-16", "day", "relative.today"),
			rel("that year", "", "year", "previous.same_year")}},
		{"the day before where its clause ends", "Police arrested him on Oct. 3, 2024. He had bought a gun the day before. The day before the election, he left.", sat16, []want{
			absD("Oct. 3, 2024", "2024-10-03", "day", "date.month_day_year"),
			rel("the day before", "2024-10-02", "day", "previous.day_before_end")}},
		{"a weekday after or before the day named before", "Police arrested him on Thursday, Oct. 3, 2024. The following Monday he was charged, three days after the previous Friday.", sat16, []want{
			absD("Thursday, Oct. 3, 2024", "2024-10-03", "day", "date.weekday_month_day"),
			rel("The following Monday", "2024-10-07", "day", "date.following_weekday"),
			rel("the previous Friday", "2024-10-04", "day", "date.previous_weekday")}},
		{"a day any day, a day a clause names, a month placed alone", "In 2009 trades made that day fell, on the same day that prices rose, and in October of that year.", sat16, []want{
			absD("2009", "2009", "year", "date.year"),
			absD("October", "2025-10", "month", "date.month")}},
		{"sentence-initial capital", "It rained. Today, he said no.", sat16, []want{rel("Today", "2025-08-16", "day", "relative.today")}},
		{"possessive", "“Today’s agreements will help,” he said.", sat16, []want{rel("Today", "2025-08-16", "day", "relative.today")}},
		{"no publication date", "yesterday and on Friday", time.Time{}, []want{
			rel("yesterday", "", "day", "relative.yesterday"), rel("Friday", "", "day", "date.weekday")}},

		// Weekdays.
		{"weekday modifiers", "last Friday, next Monday, this Monday, this past Sunday, this coming Monday", sat16, []want{
			rel("last Friday", "2025-08-15", "day", "date.last_weekday"),
			rel("next Monday", "2025-08-18", "day", "date.next_weekday"),
			rel("this Monday", "2025-08-18", "day", "date.this_weekday"),
			rel("this past Sunday", "2025-08-10", "day", "date.this_past_weekday"),
			rel("this coming Monday", "2025-08-18", "day", "date.this_coming_weekday")}},
		{"weekday titles", "He hosted Saturday Night Live. Black Friday sales. Sun. Wed.", sat16, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := f.Find(tc.in, nil, nil, tc.pub)
			compare(t, tc.in, got, tc.want)
			// The caller's sentences change nothing here.
			compare(t, tc.in, f.Find(tc.in, naiveSentences(tc.in), nil, tc.pub), tc.want)
		})
	}
}

// TestHolidays finds the named days of the holidays section: fixed ones,
// weekdays of a month, days counted from Easter, with a year, relative
// or placed as a day without a year.
func TestHolidays(t *testing.T) {
	f := defaultFinder(t)
	var (
		nov30 = day(2016, 11, 30)
		mar1  = day(2016, 3, 1)
	)
	tests := []struct {
		name string
		in   string
		pub  time.Time
		want []want
	}{
		// Fixed days.
		{"christmas", "The store was closed on Christmas.", day(2015, 12, 28), []want{
			absD("Christmas", "2015-12-25", "day", "holiday.christmas")}},
		{"christmas day", "He was last seen Christmas Day in DeKalb.", day(2016, 1, 10), []want{
			absD("Christmas Day", "2015-12-25", "day", "holiday.christmas")}},
		{"christmas eve wins over christmas", "They met on Christmas Eve.", day(2015, 12, 28), []want{
			absD("Christmas Eve", "2015-12-24", "day", "holiday.christmas_eve")}},
		{"curly apostrophe", "the mass abuse in Cologne on New Year’s Eve", day(2016, 1, 7), []want{
			absD("New Year’s Eve", "2015-12-31", "day", "holiday.new_years_eve")}},
		{"straight apostrophe", "They watched the game on New Year's Day.", day(2015, 12, 18), []want{
			absD("New Year's Day", "2016-01-01", "day", "holiday.new_years_day")}},
		{"in capitals", "CLOSED ON CHRISTMAS DAY", day(2015, 12, 20), []want{
			absD("CHRISTMAS DAY", "2015-12-25", "day", "holiday.christmas")}},
		{"independence day", "fireworks on the Fourth of July and July Fourth", day(2016, 6, 20), []want{
			absD("Fourth of July", "2016-07-04", "day", "holiday.independence_day"),
			absD("July Fourth", "2016-07-04", "day", "holiday.independence_day")}},
		{"st patricks day", "Safety stressed on St. Patrick's Day.", day(2009, 3, 16), []want{
			absD("St. Patrick's Day", "2009-03-17", "day", "holiday.st_patricks_day")}},

		// A weekday of a month.
		{"thanksgiving", "Thanksgiving was quiet.", nov30, []want{
			absD("Thanksgiving", "2016-11-24", "day", "holiday.thanksgiving")}},
		{"labor day", "The gun starts on Labor Day.", day(2016, 8, 18), []want{
			absD("Labor Day", "2016-09-05", "day", "holiday.labor_day")}},
		{"memorial day", "going to school on Memorial Day is an option", day(2016, 3, 26), []want{
			absD("Memorial Day", "2016-05-30", "day", "holiday.memorial_day")}},
		{"election day is no default holiday", "keeping away from the polls on Election Day", day(2016, 9, 4), nil},
		{"mlk day", "The debate was held on the eve of Martin Luther King Jr. Day, or MLK Day.", day(2016, 1, 17), []want{
			absD("Martin Luther King Jr. Day", "2016-01-18", "day", "holiday.mlk_day"),
			absD("MLK Day", "2016-01-18", "day", "holiday.mlk_day")}},
		{"presidents day", "Markets are closed on Presidents’ Day.", day(2016, 2, 10), []want{
			absD("Presidents’ Day", "2016-02-15", "day", "holiday.presidents_day")}},

		// Counted from Easter Sunday.
		{"easter", "The shops open after Easter.", mar1, []want{
			absD("Easter", "2016-03-27", "day", "holiday.easter")}},
		{"good friday", "on Good Friday", mar1, []want{
			absD("Good Friday", "2016-03-25", "day", "holiday.good_friday")}},

		// With a year, and relative.
		{"with a year", "Christmas 2015 was cold, Thanksgiving of 2015 warm; the dedication on Veterans Day in 2007.", mar1, []want{
			absD("Christmas 2015", "2015-12-25", "day", "holiday.christmas"),
			absD("Thanksgiving of 2015", "2015-11-26", "day", "holiday.thanksgiving"),
			absD("Veterans Day in 2007", "2007-11-11", "day", "holiday.veterans_day")}},
		{"with a relative year", "Christmas last year and last year's Thanksgiving", mar1, []want{
			rel("Christmas last year", "2015-12-25", "day", "holiday.christmas"),
			rel("last year's Thanksgiving", "2015-11-26", "day", "holiday.thanksgiving")}},
		{"last christmas", "He left last Christmas.", mar1, []want{
			rel("last Christmas", "2015-12-25", "day", "holiday.christmas")}},
		{"last christmas on christmas", "He left last Christmas.", day(2015, 12, 25), []want{
			rel("last Christmas", "2014-12-25", "day", "holiday.christmas")}},
		{"this and next", "This Thanksgiving will be big, and so will next Easter.", mar1, []want{
			rel("This Thanksgiving", "2016-11-24", "day", "holiday.thanksgiving"),
			rel("next Easter", "2016-03-27", "day", "holiday.easter")}},
		{"time of day", "On Christmas morning, he woke.", mar1, []want{
			absD("Christmas morning", "2015-12-25", "day", "holiday.christmas")}},
		{"no publication date", "on Christmas Day", time.Time{}, []want{
			absD("Christmas Day", "", "day", "holiday.christmas")}},

		// A holiday far from publication goes by tense, as a month does.
		{"far, past", "The family spent a lot of money at Christmas in Ohio.", day(2016, 7, 1), []want{
			absD("Christmas", "2015-12-25", "day", "holiday.christmas")}},
		{"far, future", "The family will travel at Christmas.", day(2016, 7, 1), []want{
			absD("Christmas", "2016-12-25", "day", "holiday.christmas")}},

		// Not holidays.
		{"not inside words", "Eastern Europe, Christmastime, Easterday said; pre-Christmas sales, a Christmas-themed party", mar1, nil},
		{"lower case", "a christmas tree and election day", mar1, nil},
		{"part of a longer name", "Easter Island, the Good Friday Agreement, Mexican Independence Day, Ukraine's Independence Day, How the Grinch Stole Christmas", mar1, nil},
		{"things and periods", "a Christmas tree, Easter eggs, the Memorial Day weekend, the Christmas holidays, Merry Christmas", mar1, nil},
		{"no year the text gives", "It was his last Christmas, one Christmas Day, every Easter.", mar1, nil},
		{"song title", "She sang Last Christmas at the party.", mar1, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := f.Find(tc.in, nil, nil, tc.pub)
			compare(t, tc.in, got, tc.want)
			compare(t, tc.in, f.Find(tc.in, naiveSentences(tc.in), nil, tc.pub), tc.want)
		})
	}
}

// TestHolidayPartOfDay keeps the part of the day where the schema allows it.
func TestHolidayPartOfDay(t *testing.T) {
	got := timemlFinder(t).Find("On Christmas morning, he woke.", nil, nil, day(2016, 3, 1))
	require.Len(t, got, 1)
	assert.Equal(t, "2015-12-25TMO", *got[0].Value)
	assert.Equal(t, "part_of_day", got[0].Granularity)
}

// TestWeekdayTense holds the cases of the issue: a bare weekday is placed by
// the tense of the verb group nearest before it.
func TestWeekdayTense(t *testing.T) {
	f := defaultFinder(t)
	tests := []struct {
		name string
		in   string
		pub  time.Time
		word string
		want string
		cue  string
	}{
		{"putin extended", "Russian President Vladimir Putin extended a dramatic invitation to President Donald J. Trump on Friday, switching from Russian to English to tell the U.S. leader, “Next time in Moscow,” following their high-profile summit in Alaska.", sat16, "Friday", "2025-08-15", `past ("extended")`},
		{"zelensky will travel", "The Ukrainian leader announced he will travel to Washington, D.C., on Monday to meet President Trump in the Oval Office.", sat16, "Monday", "2025-08-18", `future ("will")`},
		{"orban wrote", "“The world is a safer place today than it was yesterday,” Orban wrote on Facebook Saturday.", sun17, "Saturday", "2025-08-16", `past ("wrote")`},
		{"putin made", "Russian President Vladimir Putin made a rare public switch to English on Friday to invite U.S. President Donald J. Trump to Moscow.", sun17, "Friday", "2025-08-15", `past ("made")`},
		{"zelensky announced will", "Zelensky announced he will travel to Washington, D.C., on Monday for a meeting with Trump.", sun17, "Monday", "2025-08-18", `future ("will")`},
		{"contraction", "He said he’ll be back on Tuesday.", sat16, "Tuesday", "2025-08-19", `future ("’ll")`},
		{"going to", "She is going to sign it on Wednesday.", sat16, "Wednesday", "2025-08-20", `future ("is going to")`},
		{"plans to", "The council plans to vote on Thursday.", sat16, "Thursday", "2025-08-21", `future ("plans to")`},
		{"scheduled to", "The talks are scheduled to resume on Friday.", sat16, "Friday", "2025-08-22", `future ("scheduled")`},
		{"set to", "Parliament is set to debate the bill Tuesday.", sat16, "Tuesday", "2025-08-19", `future ("set to")`},
		{"progressive", "Trump is meeting Zelensky on Monday.", sat16, "Monday", "2025-08-18", `future ("is meeting")`},
		{"progressive after the weekday", "On Monday, Trump is meeting Zelensky.", sat16, "Monday", "2025-08-18", `future ("is meeting")`},
		{"upcoming", "An upcoming summit on Thursday.", sat16, "Thursday", "2025-08-21", `future ("upcoming")`},
		{"was", "The vote was on Tuesday.", sat16, "Tuesday", "2025-08-12", `past ("was")`},
		{"since", "Searchers will return at first light to look for a woman missing since Tuesday.", sat16, "Tuesday", "2025-08-12", `past ("since")`},
		{"cue after the date", "On Tuesday, the Senate passed the bill.", sat16, "Tuesday", "2025-08-12", `past ("passed")`},
		{"future cue after the date", "On Tuesday, the Senate will vote.", sat16, "Tuesday", "2025-08-19", `future ("will")`},
		{"said then will", "Trump said he will host Putin on Wednesday.", sat16, "Wednesday", "2025-08-20", `future ("will")`},
		{"said then would", "The airline said the new flight would leave on Thursday.", sat16, "Thursday", "2025-08-21", `future ("would")`},
		{"said on the day", "Trump said on Wednesday that he will host Putin.", sat16, "Wednesday", "2025-08-13", `past ("said")`},
		{"no cue", "Talks in Geneva on Tuesday.", sat16, "Tuesday", "2025-08-12", "no tense cue"},
		// News says "Friday" for the day of publication ("the council
		// voted Friday", "will speak Friday" in Friday's paper).
		{"same weekday past", "Putin spoke on Friday.", fri15, "Friday", "2025-08-15", "taken as that day"},
		{"same weekday today", "Putin spoke today, Friday, in Moscow.", fri15, "Friday", "2025-08-15", `past ("spoke")`},
		{"same weekday future", "He will speak on Friday.", fri15, "Friday", "2025-08-15", "taken as that day"},
		{"quoted future", "“We will meet on Monday,” he said.", sat16, "Monday", "2025-08-18", "quotation"},
		{"quote cues do not leak", "“It will be great,” he said on Monday.", sat16, "Monday", "2025-08-11", `past ("said")`},
		{"may the month is no cue", "He met her in May and on Monday.", sat16, "Monday", "2025-08-11", `past ("met")`},
	}
	for _, tc := range tests {
		for mode, sentences := range map[string][]schema.Span{
			"nil": nil, "whole": whole(tc.in), "naive": naiveSentences(tc.in),
		} {
			t.Run(tc.name+"/"+mode, func(t *testing.T) {
				got := f.Find(tc.in, sentences, nil, tc.pub)
				checkSpans(t, tc.in, got)
				d := dateWithText(t, got, tc.word)
				assert.Equal(t, tc.want, *d.Value, d.Note)
				assert.Equal(t, schema.ResolvedRelative, d.Resolution)
				assert.Equal(t, tc.pub.Format("2006-01-02"), d.Anchor)
				assert.Equal(t, "day", d.Granularity)
				assert.Equal(t, "date.weekday", d.Rule)
				assert.Contains(t, d.Note, tc.cue)
			})
		}
	}
}

func TestNotes(t *testing.T) {
	f := defaultFinder(t)
	got := f.Find("on Friday and yesterday and on August 15", nil, nil, time.Time{})
	require.Len(t, got, 3)
	assert.Equal(t, "relative date and no publication date", got[0].Note)
	assert.Equal(t, "relative date and no publication date", got[1].Note)
	assert.Empty(t, got[1].Anchor)
	assert.Equal(t, "no year in the text and no publication date", got[2].Note)

	got = f.Find("On Tuesday, Aug. 18, 2025, and Monday, Aug. 18", nil, nil, sat16)
	require.Len(t, got, 2)
	assert.Equal(t, "the text says Tuesday but 2025-08-18 is a Monday", got[0].Note)
	assert.Equal(t, "year taken from the publication date 2025-08-16", got[1].Note)
	assert.Empty(t, got[1].Anchor, "a date with a month and day is absolute")

	got = f.Find("“The world is a safer place today,” he said.", nil, nil, sat16)
	require.Len(t, got, 1)
	assert.Contains(t, got[0].Note, "quotation")

	got = f.Find("It began in 1988.\n\nThe following year was worse. The next day he left.\n\nCosts rose.\n\nPrices fell.\n\nThat year was hard.", nil, nil, sat16)
	require.Len(t, got, 4)
	assert.Equal(t, "counted from the date named before it, 1988", got[1].Note)
	assert.Equal(t, "1988", got[1].Anchor)
	assert.Equal(t, "counted from the date named before it, but the text named none to the day", got[2].Note)
	assert.Equal(t, "counted from the date named before it, but the last one to the year, 1989, is more than two paragraphs back", got[3].Note)
}

func TestSpansAreCodePoints(t *testing.T) {
	f := defaultFinder(t)
	text := "Orbán — “Zürich’s” café — said on Friday: 🎉 mid-August, 15 août. Él llegó el Monday."
	got := f.Find(text, nil, nil, sat16)
	checkSpans(t, text, got)
	var texts []string
	for _, d := range got {
		texts = append(texts, d.Text)
	}
	assert.Equal(t, []string{"Friday", "mid-August", "Monday"}, texts)
}

func TestSentencesAndExcluded(t *testing.T) {
	f := defaultFinder(t)
	text := "Subscribe by Friday. Putin spoke on Aug. 15, 2025 in Alaska."
	runes := []rune(text)
	// The boilerplate sentence is excluded: its Friday is skipped.
	got := f.Find(text, naiveSentences(text), []schema.Span{{0, 20}}, sat16)
	require.Len(t, got, 1)
	assert.Equal(t, "Aug. 15, 2025", got[0].Text)

	// A splitter that cuts "Aug." from "15" does not lose the date.
	cut := strings.Index(text, "15, 2025")
	cutR := len([]rune(text[:cut]))
	got = f.Find(text, []schema.Span{{0, 21}, {21, cutR}, {cutR, len(runes)}}, nil, sat16)
	require.Len(t, got, 2)
	assert.Equal(t, "Aug. 15, 2025", got[1].Text)

	// A date may not cross into a new sentence that starts with a capital.
	text = "It was August. Tuesday came."
	got = f.Find(text, naiveSentences(text), nil, sat16)
	require.Len(t, got, 1)
	assert.Equal(t, "Tuesday", got[0].Text)

	// An excluded span overlapping part of a date removes the whole date.
	text = "on August 15, 2025"
	got = f.Find(text, nil, []schema.Span{{14, 15}}, sat16)
	require.Len(t, got, 1)
	assert.Equal(t, "August 15", got[0].Text, "the date stops before the excluded range")
	got = f.Find(text, nil, []schema.Span{{5, 6}}, sat16)
	assert.Empty(t, got)
}

func TestSeeds(t *testing.T) {
	f := defaultFinder(t)
	type seen struct{ text, value string }
	tests := []struct {
		file string
		pub  time.Time
		want []seen
	}{
		{"/work/shared/seeds/000_65a1ea006ef29172.txt", sat16, []seen{
			{"Friday", "2025-08-15"}, {"Today", "2025-08-16"}, {"today", "2025-08-16"},
			{"yesterday", "2025-08-15"}, {"Monday", "2025-08-18"}}},
		{"/work/shared/seeds/001_95a3ff9c11a1d264.txt", sun17, []seen{
			{"Friday", "2025-08-15"}, {"Today", "2025-08-17"}, {"today", "2025-08-17"},
			{"Saturday", "2025-08-16"}, {"today", "2025-08-17"}, {"yesterday", "2025-08-16"},
			{"Monday", "2025-08-18"}}},
	}
	for _, tc := range tests {
		b, err := os.ReadFile(tc.file)
		if os.IsNotExist(err) {
			t.Skip("seeds not available")
		}
		require.NoError(t, err)
		text := string(b)
		for _, sentences := range [][]schema.Span{nil, naiveSentences(text)} {
			got := f.Find(text, sentences, nil, tc.pub)
			checkSpans(t, text, got)
			var gotSeen []seen
			for _, d := range got {
				require.NotNil(t, d.Value)
				gotSeen = append(gotSeen, seen{d.Text, *d.Value})
			}
			assert.Equal(t, tc.want, gotSeen, tc.file)
		}
	}
}

func TestDeterministicAndConcurrent(t *testing.T) {
	f := defaultFinder(t)
	b, err := os.ReadFile("/work/shared/seeds/000_65a1ea006ef29172.txt")
	if err != nil {
		t.Skip("seeds not available")
	}
	text := string(b) + "\nIn 2019 and on Aug. 15, 2025, last week, two weeks ago, Monday, Aug. 18."
	first := f.Find(text, nil, nil, sat16)
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 20; j++ {
				assert.Equal(t, first, f.Find(text, nil, nil, sat16))
			}
		}()
	}
	wg.Wait()
}

func TestPublishedOutsideUTC(t *testing.T) {
	f := defaultFinder(t)
	pub := time.Date(2025, 8, 16, 0, 0, 0, 0, time.FixedZone("CEST", 2*3600))
	got := f.Find("yesterday", nil, nil, pub)
	require.Len(t, got, 1)
	assert.Equal(t, "2025-08-15", *got[0].Value)
	assert.Equal(t, "2025-08-16", got[0].Anchor)
}

func TestEmpty(t *testing.T) {
	f := defaultFinder(t)
	got := f.Find("", nil, nil, sat16)
	assert.NotNil(t, got)
	assert.Empty(t, got)
	assert.Empty(t, f.Find("   \n\n ", []schema.Span{{0, 6}}, nil, sat16))
}

func BenchmarkFind(b *testing.B) {
	f := defaultFinder(b)
	var texts []string
	size := 0
	for _, p := range []string{"/work/shared/seeds/000_65a1ea006ef29172.txt", "/work/shared/seeds/001_95a3ff9c11a1d264.txt"} {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Skip("seeds not available")
		}
		texts = append(texts, string(data))
		size += len(data)
	}
	sentences := make([][]schema.Span, len(texts))
	for i, text := range texts {
		sentences[i] = naiveSentences(text)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for i, text := range texts {
			f.Find(text, sentences[i], nil, sat16)
		}
	}
}

// BenchmarkFindDense runs a long text dense with dates and no sentence
// breaks, to show the cost stays linear.
func BenchmarkFindDense(b *testing.B) {
	f := defaultFinder(b)
	text := strings.Repeat("He met them on Friday and will see them Monday, Aug. 18, 2025, in 2019 and 2021, today and last week; ", 5000)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		f.Find(text, nil, nil, sat16)
	}
}

// TestTimesBeforeDays: a clock time alone takes the day written right
// after it, with or without "on", not the publication day (values with
// their times, as the TimeML finder writes them).
func TestTimesBeforeDays(t *testing.T) {
	f := timemlFinder(t)
	tests := []struct{ name, in, word, want string }{
		{"on a full date", "She was shot shortly after 7pm on March 9, 2021.", "7pm", "2021-03-09T19:00"},
		{"before next weekday", "The final kicks off at 5pm next Saturday.", "5pm", "2025-08-23T17:00"},
		{"on a weekday", "Warren left around 11:45 a.m. on Friday.", "11:45 a.m.", "2025-08-15T11:45"},
		{"alone", "The meeting starts at 7 p.m.", "7 p.m.", "2025-08-16T19:00"},
		{"a date further on", "The doors open at 9 a.m., and on Monday the shop closes.", "9 a.m.", "2025-08-16T09:00"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := dateWithText(t, f.Find(tc.in, nil, nil, sat16), tc.word)
			assert.Equal(t, tc.want, *d.Value, d.Note)
		})
	}
}
