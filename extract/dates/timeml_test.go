package dates

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsfacts/extract/schema"
)

var (
	mon18 = day(2025, 8, 18) // a Monday
	oct30 = day(2025, 10, 30)
)

// found lists "text=value" for each date, "text=null" for a null value.
func found(got []schema.Date) []string {
	out := []string{}
	for _, d := range got {
		v := "null"
		if d.Value != nil {
			v = *d.Value
		}
		out = append(out, d.Text+"="+v)
	}
	return out
}

// TestTimeMLValues holds the expressions whose values the calendar alone
// cannot write: vague references, times and parts of the day, weekends.
func TestTimeMLValues(t *testing.T) {
	f := timemlFinder(t)
	tests := []struct {
		name string
		in   string
		pub  time.Time
		want []string
	}{
		{"present", "Prices are now higher; the firm currently has 10 stores, and right now it waits.", sat16,
			[]string{"now=PRESENT_REF", "currently=PRESENT_REF", "right now=PRESENT_REF"}},
		{"past", "He recently left. In recent years, and in the past, it grew.", sat16,
			[]string{"recently=PAST_REF", "recent years=PAST_REF", "the past=PAST_REF"}},
		{"future", "It will be sold soon, in the near future or in coming months.", sat16,
			[]string{"soon=FUTURE_REF", "the near future=FUTURE_REF", "coming months=FUTURE_REF"}},
		{"not references", "Over the past three months, as soon as he could, soon after the vote, the future of the firm was sealed.", sat16, []string{}},
		{"the past and the future as nouns", "The past president said the future looks bright.", sat16, []string{}},
		{"a capital in mid-sentence is a title", "He watched Right Now on TV.", sat16, []string{}},
		{"compound word", "the now-defunct firm; a this week-long fair", sat16, []string{}},
		{"clock times", "The store was robbed at 10 p.m. Wednesday; talks broke off at noon Thursday.", sat16,
			[]string{"10 p.m. Wednesday=2025-08-13T22:00", "noon Thursday=2025-08-14T12:00"}},
		{"clock time with a date and a zone", "The offer expires at 5 p.m. EST, Nov. 9, or Aug. 20 at 7:15am.", sat16,
			[]string{"5 p.m. EST, Nov. 9=2025-11-09T17:00", "Aug. 20 at 7:15am=2025-08-20T07:15"}},
		{"midnight ends the day", "It expired at midnight Friday.", sat16, []string{"midnight Friday=2025-08-15T24:00"}},
		{"a clock time alone is of the publication day", "The blast came at about 8:30 p.m., and the 7 p.m. news missed it.", sat16,
			[]string{"8:30 p.m.=2025-08-16T20:30"}},
		{"a clock time alone is of the day its paragraph named", "Police were called Thursday. At 7:15 p.m., they closed the street.\n\nIt reopened by noon.", sat16,
			[]string{"Thursday=2025-08-14", "7:15 p.m.=2025-08-14T19:15", "noon=2025-08-16T12:00"}},
		{"parts of the day", "He spoke Friday night, this morning and last night; she arrives tonight.", sat16,
			[]string{"Friday night=2025-08-15TNI", "this morning=2025-08-16TMO", "last night=2025-08-15TNI", "tonight=2025-08-16TNI"}},
		{"weekend past", "Officials said over the weekend that talks failed.", mon18, []string{"the weekend=2025-W33-WE"}},
		{"weekend future", "They will meet over the weekend.", mon18, []string{"the weekend=2025-W34-WE"}},
		{"weekend on a Sunday", "Officials met over the weekend.", sun17, []string{"the weekend=2025-W33-WE"}},
		{"this and last weekend", "this weekend, last weekend, next weekend", mon18,
			[]string{"this weekend=2025-W34-WE", "last weekend=2025-W33-WE", "next weekend=2025-W35-WE"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := f.Find(tc.in, nil, nil, tc.pub)
			checkSpans(t, tc.in, got)
			assert.Equal(t, tc.want, found(got))
		})
	}
}

func TestTimeMLGranularity(t *testing.T) {
	f := timemlFinder(t)
	got := f.Find("now, at 10 p.m. Wednesday, Friday night, over the weekend", nil, nil, sat16)
	require.Len(t, got, 4)
	for i, want := range []string{"reference", "time", "part_of_day", "weekend"} {
		assert.Equal(t, want, got[i].Granularity, got[i].Text)
		assert.Equal(t, schema.ResolvedRelative, got[i].Resolution, got[i].Text)
		assert.Equal(t, "2025-08-16", got[i].Anchor, got[i].Text)
	}
	// A reference needs no publication date.
	got = f.Find("now", nil, nil, time.Time{})
	require.Len(t, got, 1)
	assert.Equal(t, "PRESENT_REF", *got[0].Value)
	assert.Empty(t, got[0].Anchor)
}

// TestHeldBack: until the output schema accepts TimeML's values, a time
// falls back to its day, a weekend to its week, and a reference is left
// out.
func TestHeldBack(t *testing.T) {
	f := defaultFinder(t)
	got := f.Find("Now, at 10 p.m. Wednesday, Friday night, over the weekend, recently.", nil, nil, sat16)
	assert.Equal(t, []string{"10 p.m. Wednesday=2025-08-13", "Friday night=2025-08-15", "the weekend=2025-W33"}, found(got))
	assert.Equal(t, "day", got[0].Granularity)
	assert.Equal(t, "day", got[1].Granularity)
	assert.Equal(t, "week", got[2].Granularity)
}

// TestValuesFollowTheSchema: New writes only values the output schema
// accepts, whatever its pattern says today.
func TestValuesFollowTheSchema(t *testing.T) {
	f, err := New(loadRules(t, defaultRules))
	require.NoError(t, err)
	text := "Now, at 10 p.m. Wednesday, Friday night, over the weekend, recently, in the third quarter, " +
		"a year earlier, in nineteen ninety-six, the 1990s, June last year, mid-August and soon."
	got := f.Find(text, nil, nil, sat16)
	require.NotEmpty(t, got)
	rec := schema.Extraction{
		SchemaVersion: schema.Version, Doc: schema.DocInfo{ID: "x", Length: len([]rune(text))},
		Quotes: []schema.Quote{}, People: []schema.Person{}, Places: []schema.Place{},
		Dates: got, Excluded: []schema.Excluded{}, Warnings: []schema.Warning{},
	}
	line, err := json.Marshal(rec)
	require.NoError(t, err)
	assert.NoError(t, schema.Validate(line), "%s", found(got))
}

func TestValuePattern(t *testing.T) {
	for _, tc := range []struct {
		schema string
		want   string
		ok     bool
	}{
		{`{"anyOf": [{"type": "null"}, {"type": "string", "pattern": "^x$"}]}`, "^x$", true},
		{`{"type": "string", "pattern": "^y$"}`, "^y$", true},
		{`{"oneOf": [{"type": "null"}, {"type": "string"}]}`, "", true},
		{`{"type": "null"}`, "", false},
		{``, "", false},
	} {
		got, ok := valuePattern(json.RawMessage(tc.schema))
		assert.Equal(t, tc.want, got, tc.schema)
		assert.Equal(t, tc.ok, ok, tc.schema)
	}
	valueOK := schemaValueOK()
	assert.True(t, valueOK("2025-08-15"))
	assert.True(t, valueOK("2025-Q3"))
	assert.False(t, valueOK("2025-08-15 and more"))
}

// TestReportingPeriod: business news names a quarter, then compares it
// with the same quarter a year earlier.
func TestReportingPeriod(t *testing.T) {
	f := defaultFinder(t)
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"a year earlier after a quarter", "Third-quarter profit rose 5% from a year earlier, and sales fell from a year ago.",
			[]string{"Third-quarter=2025-Q3", "a year earlier=2024-Q3", "a year ago=2024-Q3"}},
		{"the quarter and the year-ago quarter", "Profit rose in the third quarter. In the quarter sales rose; in the year-ago quarter they fell. Year-earlier results were restated.",
			[]string{"third quarter=2025-Q3", "the quarter=2025-Q3", "the year-ago quarter=2024-Q3", "Year-earlier=2024-Q3"}},
		{"no quarter named", "Sales fell from a year ago; in the latest quarter they rose.",
			[]string{"a year ago=2024", "the latest quarter=2025-Q3"}},
		{"a quarter not yet over is not the period", "Third-quarter profit rose, but a fourth-quarter charge looms; in the latest quarter, sales fell.",
			[]string{"Third-quarter=2025-Q3", "fourth-quarter=2025-Q4", "the latest quarter=2025-Q3"}},
		{"a quarter without its year", "the first quarter, the fourth quarter, fiscal second-quarter results", nil},
		{"a year's quarter", "Third-quarter net fell; in the 1988 quarter it rose, as in the quarter a year ago and the corresponding period last year.",
			[]string{"Third-quarter=2025-Q3", "1988 quarter=1988-Q3", "the quarter a year ago=2024-Q3", "the corresponding period last year=2024-Q3"}},
		{"a year's period without a quarter named", "In the 1988 period it rose.", []string{"1988 period=1988"}},
		{"nine months after a quarter: years", "Third-quarter net fell. For the nine months, net rose from a year earlier; in the 1988 period it fell, and year-ago results were restated.",
			[]string{"Third-quarter=2025-Q3", "a year earlier=2024", "1988 period=1988", "year-ago=2024"}},
		{"the first six months, in digits", "Third-quarter net fell. In the first 6 months net rose from a year ago.",
			[]string{"Third-quarter=2025-Q3", "a year ago=2024"}},
		{"a quarter named again brings the quarter back", "Third-quarter net fell. For the nine months, net rose from a year earlier. Second-quarter sales rose from a year earlier.",
			[]string{"Third-quarter=2025-Q3", "a year earlier=2024", "Second-quarter=2025-Q2", "a year earlier=2024-Q2"}},
		{"a phrase saying quarter brings the quarter back", "Third-quarter net fell. For the nine months net rose; in the year-ago quarter it fell, as a year earlier.",
			[]string{"Third-quarter=2025-Q3", "the year-ago quarter=2024-Q3", "a year earlier=2024-Q3"}},
		{"nine months without a quarter named", "For the nine months, net rose from a year earlier and from the year-earlier period.",
			[]string{"a year earlier=2024", "the year-earlier period=2024"}},
		{"three months is a quarter", "Third-quarter net fell. In the three months net rose from a year earlier.",
			[]string{"Third-quarter=2025-Q3", "a year earlier=2024-Q3"}},
		{"an earlier quarter named later is background", "Third-quarter net rose. After a flat second quarter, sales picked up. Net rose from a year ago.",
			[]string{"Third-quarter=2025-Q3", "second quarter=2025-Q2", "a year ago=2024-Q3"}},
		{"a quarter named in the sentence comes first", "Third-quarter net rose. Second-quarter net had fallen from a year earlier, as in the year-ago quarter.",
			[]string{"Third-quarter=2025-Q3", "Second-quarter=2025-Q2", "a year earlier=2024-Q2", "the year-ago quarter=2024-Q2"}},
		{"a later quarter named later is the period", "Second-quarter net fell. Third-quarter net rose. Sales rose from a year ago.",
			[]string{"Second-quarter=2025-Q2", "Third-quarter=2025-Q3", "a year ago=2024-Q3"}},
		{"the latest period stays the quarter", "Third-quarter net fell. For the nine months it rose; in the latest period sales fell.",
			[]string{"Third-quarter=2025-Q3", "the latest period=2025-Q3"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := f.Find(tc.in, nil, nil, oct30)
			checkSpans(t, tc.in, got)
			if tc.want != nil {
				assert.Equal(t, tc.want, found(got))
			}
		})
	}
	got := f.Find("the first quarter, the fourth quarter, fiscal second-quarter results", nil, nil, oct30)
	assert.Equal(t, []string{"first quarter=2025-Q1", "fourth quarter=2025-Q4", "fiscal second-quarter=2025-Q2"}, found(got))
	for _, d := range got {
		assert.Equal(t, schema.ResolvedAbsolute, d.Resolution)
		assert.Contains(t, d.Note, "year taken from the publication date")
	}
	got = f.Find("Third-quarter profit rose from a year earlier.", nil, nil, oct30)
	require.Len(t, got, 2)
	assert.Equal(t, schema.ResolvedRelative, got[1].Resolution)
	assert.Contains(t, got[1].Note, "counted from the quarter named before it, 2025-Q3")
}

func TestMoreDates(t *testing.T) {
	f := defaultFinder(t)
	tests := []struct {
		name string
		in   string
		pub  time.Time
		want []string
	}{
		{"spoken years", "In nineteen ninety-six, in nineteen ninety six, January nineteen ninety-seven and the winter of nineteen ninety-four.", sat16,
			[]string{"nineteen ninety-six=1996", "nineteen ninety six=1996", "January nineteen ninety-seven=1997-01", "the winter of nineteen ninety-four=1994-WI"}},
		{"not spoken years", "nineteen people, twenty-five votes, twenty twenty", sat16, []string{}},
		{"the year and its number", "By the year 2000, and in the year nineteen ninety-nine, the year 2000 people", sat16,
			[]string{"2000=2000", "nineteen ninety-nine=1999"}},
		{"fiscal year and for", "In fiscal 1989 sales rose; the outlook for 1990 is weak.", sat16,
			[]string{"fiscal 1989=1989", "1990=1990"}},
		{"year with a relative year", "in June last year, in January this year, this year's third quarter, the first quarter of next year", sat16,
			[]string{"June last year=2024-06", "January this year=2025-01", "this year's third quarter=2025-Q3", "first quarter of next year=2026-Q1"}},
		{"year with a relative year and no publication date", "in June last year", time.Time{}, []string{"June last year=null"}},
		{"day with a relative year", "on June 16th of last year, by March of next year", sat16,
			[]string{"June 16th of last year=2024-06-16", "March of next year=2026-03"}},
		{"hyphenated and possessive phrases", "by year-end, by year's end", sat16,
			[]string{"year-end=2025", "year's end=2025"}},
		{"this past season", "this past spring", sat16, []string{"this past spring=2025-SP"}},
		{"halves", "in the first half of 2025, second-half 2024 results, H2 2025; in the second half, they scored", sat16,
			[]string{"first half of 2025=2025-H1", "second-half 2024=2024-H2", "H2 2025=2025-H2"}},
		{"this month and season of the publication year", "this September, this winter", day(2025, 2, 5),
			[]string{"this September=2025-09", "this winter=2024-WI"}},
		{"will be named is not past", "She will be named commander for a mission in December.", day(2025, 3, 4),
			[]string{"December=2025-12"}},
		// A month or day without a year more than three months from
		// publication goes the way its sentence says.
		{"far month by tense", "He resigned in March. The fiscal year ended March 31. It is payable Feb. 1. He will retire in February.", oct30,
			[]string{"March=2025-03", "March 31=2025-03-31", "Feb. 1=2026-02-01", "February=2026-02"}},
		{"far month without a cue", "Elections in March.", oct30, []string{"March=2026-03"}},
		{"a past form after be is a participle", "The dividend would be paid on a still unspecified date in January. Services will be held Tuesday.", oct30,
			[]string{"January=2026-01", "Tuesday=2025-11-04"}},
		{"a present that tells of a date to come", "The law takes effect on July 1. The rule, which took effect in March, goes into effect again in June.", oct30,
			[]string{"July 1=2026-07-01", "March=2025-03", "June=2026-06"}},
		{"a progressive after a far month is the present", "Prices have come down from the middle of June; we're seeing a glut.", oct30, []string{"June=2025-06"}},
		{"a progressive before a far month looks ahead", "The firm is opening a plant in June.", oct30, []string{"June=2026-06"}},
		{"far day in reported speech", "It said the third flight would depart from Feb. 6.", oct30, []string{"Feb. 6=2026-02-06"}},
		{"near month whatever the tense", "The plan was approved in December; it expired Oct. 28.", oct30,
			[]string{"December=2025-12", "Oct. 28=2025-10-28"}},
		{"a near month that a word before puts back", "Prices have risen since December; the year ended Dec. 31 was good, and by December they will fall.", oct30,
			[]string{"December=2024-12", "Dec. 31=2024-12-31", "December=2025-12"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := f.Find(tc.in, nil, nil, tc.pub)
			checkSpans(t, tc.in, got)
			assert.Equal(t, tc.want, found(got))
		})
	}
	got := f.Find("in June last year", nil, nil, sat16)
	require.Len(t, got, 1)
	assert.Equal(t, schema.ResolvedRelative, got[0].Resolution)
	assert.Equal(t, "month", got[0].Granularity)
}
