package dates

import (
	"strings"
	"testing"
	"time"

	"github.com/newsfacts/extract/schema"
)

var granularities = map[string]bool{
	"day": true, "week": true, "month": true, "quarter": true, "year": true, "decade": true, "century": true, "season": true,
	"half": true, "reference": true, "time": true, "part_of_day": true, "weekend": true,
}

// FuzzFind checks that Find never panics and that its output is well
// formed whatever the text, sentences, excluded ranges and date.
func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"Putin extended an invitation to Donald J. Trump on Friday.",
		"He will travel to Washington, D.C., on Monday.",
		"On Monday, Aug. 18, 2025, in 2019 and 2021, mid-August, the 1990s, 8/15/2025, 2025-08-15.",
		"“Today’s agreements,” he said yesterday. Two weeks ago; last week; next Monday; this summer.",
		"Q3 2025, the third quarter of 2024, 15th of August, 2,025 people, $2025, 2025-26.",
		"mid-", "Aug.", "1990’", "the day before", "is going", "\xff\xfeFriday\x80 May 5",
		"Orbán said on Friday: 🎉 15 août",
		"Third-quarter profit rose from a year earlier; the year-ago quarter, by year's end, now, soon.",
		"at 10 p.m. Wednesday, noon Thursday, 5 p.m. EST, Nov. 9, 7:15pm, over the weekend, Friday night",
		"in nineteen ninety-six, June last year, this year's third quarter, fiscal 1989, the 1987 crash",
		"the 20th century, a 19th-century temple, the twenty-first century, 20th Century Fox, the 5th century B.C.",
		"last Christmas, Christmas Eve 2015, New Year’s Eve, Martin Luther King, Jr. Day, Good Friday Agreement, pre-Christmas, Easter Island, CHRISTMAS DAY morning",
	} {
		f.Add(s, int16(0), uint8(0), 0, 0)
		f.Add(s, int16(3), uint8(2), 3, 5)
		f.Add(s, int16(-40), uint8(0x81), 0, 0) // every TimeML value
	}
	f.Fuzz(func(t *testing.T, text string, pubOffset int16, mode uint8, exStart, exLen int) {
		fd := defaultFinder(t)
		if mode&0x80 != 0 {
			fd = timemlFinder(t)
		}
		var pub time.Time
		if pubOffset != 0 {
			pub = day(2025, 8, 16).AddDate(0, 0, int(pubOffset))
		}
		runes := []rune(text)
		n := len(runes)
		var sentences []schema.Span
		switch mode % 4 {
		case 1:
			sentences = []schema.Span{{0, n}}
		case 2:
			sentences = naiveSentences(text)
		case 3: // arbitrary cuts
			step := int(mode)/4 + 1
			for i := 0; i < n; i += step {
				sentences = append(sentences, schema.Span{i, min(i+step, n)})
			}
		}
		var excluded []schema.Span
		if exLen > 0 && n > 0 {
			s := ((exStart % n) + n) % n
			excluded = []schema.Span{{s, s + exLen%64}}
		}
		got := fd.Find(text, sentences, excluded, pub)
		if got == nil {
			t.Fatal("nil result")
		}
		prevEnd := 0
		for _, d := range got {
			s, e := d.Span[0], d.Span[1]
			if s < prevEnd || s >= e || e > n {
				t.Fatalf("bad span %v (previous end %d, %d runes) for %q", d.Span, prevEnd, n, d.Text)
			}
			prevEnd = e
			if want := string(runes[s:e]); string([]rune(d.Text)) != want {
				t.Fatalf("text %q at %v, want %q", d.Text, d.Span, want)
			}
			for _, x := range excluded {
				if x[0] < x[1] && x[0] < e && s < x[1] {
					t.Fatalf("date %q %v overlaps excluded %v", d.Text, d.Span, x)
				}
			}
			if d.Value == nil && d.Note == "" {
				t.Fatalf("date %q has neither value nor note", d.Text)
			}
			if d.Value != nil && fd == defaultFinder(t) && !calendarOnly(*d.Value) {
				t.Fatalf("date %q: value %q not held back", d.Text, *d.Value)
			}
			if !granularities[d.Granularity] {
				t.Fatalf("date %q: granularity %q", d.Text, d.Granularity)
			}
			if d.Resolution != schema.ResolvedAbsolute && d.Resolution != schema.ResolvedRelative {
				t.Fatalf("date %q: resolution %q", d.Text, d.Resolution)
			}
			if d.Rule == "" {
				t.Fatalf("date %q: no rule", d.Text)
			}
			// A relative date is anchored at the publication date, unless
			// it counts from a date the text named before it ("the day
			// before", a clock time alone), which its note says.
			if d.Resolution == schema.ResolvedRelative && !pub.IsZero() && d.Anchor != pub.Format("2006-01-02") && !strings.Contains(d.Note, "named before it") {
				t.Fatalf("date %q: anchor %q", d.Text, d.Anchor)
			}
		}
	})
}
