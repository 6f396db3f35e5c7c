package dates

import (
	"fmt"
	"strings"
	"time"

	"github.com/newsfacts/extract/rules"
	"github.com/newsfacts/extract/schema"
)

const (
	noteNoPub     = "relative date and no publication date"
	noteNoYear    = "no year in the text and no publication date"
	noteQuotation = "inside a quotation: counted from the publication date, though the speaker may have meant the day the words were said"
)

var weekdayNames = [...]string{"", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}

// isoWeekday is 1 for Monday ... 7 for Sunday.
func isoWeekday(t time.Time) int {
	if w := int(t.Weekday()); w != 0 {
		return w
	}
	return 7
}

func dayIndex(t time.Time) int { return int(t.Unix() / 86400) }

func civil(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

func floorDiv(a, b int) int {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

func fmtDay(t time.Time) string { return t.Format("2006-01-02") }

func fmtWeek(t time.Time) string {
	y, w := t.ISOWeek()
	return fmt.Sprintf("%04d-W%02d", y, w)
}

// seasonIndex numbers seasons in a row: year*4 + season-1 (a winter
// belongs to the year it starts in).
func seasonIndex(t time.Time) int {
	y, m := t.Year(), int(t.Month())
	switch {
	case m <= 2:
		return (y-1)*4 + 3
	case m <= 5:
		return y * 4
	case m <= 8:
		return y*4 + 1
	case m <= 11:
		return y*4 + 2
	}
	return y*4 + 3
}

// shift counts n units from the publication date and formats the result
// at the unit's granularity.
func shift(pub time.Time, unit uint8, n int) string {
	y, m := pub.Year(), int(pub.Month())
	switch unit {
	case unitDay:
		return fmtDay(pub.AddDate(0, 0, n))
	case unitWeek:
		return fmtWeek(pub.AddDate(0, 0, 7*n))
	case unitMonth:
		return civil(y, m+n, 1).Format("2006-01")
	case unitQuarter:
		return fmtQuarter(y*4 + (m-1)/3 + n)
	case unitYear:
		return fmt.Sprintf("%04d", y+n)
	case unitDecade:
		return fmt.Sprintf("%03d", floorDiv(y, 10)+n)
	}
	return ""
}

// choose picks among candidate indices by mode: before (the last one
// before p, or at p when inclusive), after (the first one after p, or at p
// when inclusive), latest (p itself, else the last before it), this (p
// itself, else the nearest), nearest (ties go to the past).
func choose(cands []int, p int, mode string, inclusive bool) (int, bool) {
	best, ok := 0, false
	if mode == rules.DateResolveLatest {
		mode, inclusive = rules.DateResolveBefore, true
	}
	for _, c := range cands {
		switch mode {
		case rules.DateResolveBefore:
			if (c < p || inclusive && c == p) && (!ok || c > best) {
				best, ok = c, true
			}
		case rules.DateResolveAfter:
			if (c > p || inclusive && c == p) && (!ok || c < best) {
				best, ok = c, true
			}
		default: // this, nearest
			if c == p && mode == rules.DateResolveThis {
				return c, true
			}
			if !ok || abs(c-p) < abs(best-p) || abs(c-p) == abs(best-p) && c < best {
				best, ok = c, true
			}
		}
	}
	return best, ok
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

func joinNotes(notes ...string) string {
	var parts []string
	for _, n := range notes {
		if n != "" {
			parts = append(parts, n)
		}
	}
	return strings.Join(parts, "; ")
}

// resolve turns match i into a schema.Date.
func (f *Finder) resolve(s *state, i int, pub time.Time) schema.Date {
	d := f.resolveDate(s, i, pub)
	f.timeOfDay(s, &s.matches[i], &d)
	return d
}

// timeOfDay adds to a day its clock time ("10 p.m. Wednesday":
// 2025-08-13T22:00) or its part ("Friday night": 2025-08-15TNI).
func (f *Finder) timeOfDay(s *state, m *match, d *schema.Date) {
	if d.Value == nil || d.Granularity != "day" {
		return
	}
	if mins := m.caps.minute - 1; mins >= 0 {
		v := fmt.Sprintf("%sT%02d:%02d", *d.Value, mins/60, mins%60)
		d.Value, d.Granularity = &v, "time"
		return
	}
	if e := s.toks[m.end-1].lex; e != nil && e.dayPart != "" {
		v := *d.Value + "T" + e.dayPart
		d.Value, d.Granularity = &v, "part_of_day"
	}
}

// dayOfTime gives a clock time alone, starting at byte at, its day: the
// day of the date its paragraph last named ("Police were called Saturday.
// At 7:15 p.m., ..."), else the publication day, as TimeML anchors a time
// to the document's date. timeOfDay then adds the time.
func (s *state) dayOfTime(d *schema.Date, at int, pub time.Time) {
	d.Resolution = schema.ResolvedRelative
	d.Granularity = "day"
	if s.lastDay != "" && !strings.Contains(s.text[s.lastDayEnd:at], "\n") {
		v := s.lastDay
		d.Value, d.Anchor = &v, s.lastDay
		d.Note = "a clock time alone: of the day named before it in its paragraph"
		return
	}
	if pub.IsZero() {
		d.Note = noteNoPub
		return
	}
	v := fmtDay(pub)
	d.Value, d.Anchor = &v, v
	d.Note = "a clock time alone: of the publication day"
}

// resolveDate turns match i into a schema.Date, to the day.
func (f *Finder) resolveDate(s *state, i int, pub time.Time) schema.Date {
	m := &s.matches[i]
	a, b := &s.toks[m.start], &s.toks[m.end-1]
	d := schema.Date{
		Text:       s.text[a.bs:b.be],
		Span:       schema.Span{int(a.rs), int(b.re)},
		Resolution: schema.ResolvedAbsolute,
	}
	inQuote := s.toks[m.date].flags&fQuote != 0
	setRelative := func() bool {
		d.Resolution = schema.ResolvedRelative
		if pub.IsZero() {
			d.Note = noteNoPub
			return false
		}
		d.Anchor = fmtDay(pub)
		if inQuote {
			d.Note = noteQuotation
		}
		return true
	}
	set := func(v string) { d.Value = &v }

	if m.rule >= len(f.patterns) {
		r := &f.relatives[m.rule-len(f.patterns)]
		d.Rule = r.id
		switch {
		case r.ref != "":
			// Vague: no unit to count, nothing missing without a date.
			d.Granularity = "reference"
			d.Resolution = schema.ResolvedRelative
			if !pub.IsZero() {
				d.Anchor = fmtDay(pub)
			}
			set(r.ref)
		case r.fromPeriod && (s.hasPeriod || r.unit == unitQuarter && !pub.IsZero()):
			s.countFromPeriod(&d, m, r.unit, r.offset, pub)
		case r.fromPrevious:
			s.countFromPrevious(&d, m, r.unit, r.offset)
		default:
			d.Granularity = granularityOfUnit[r.unit]
			if setRelative() {
				set(shift(pub, r.unit, r.offset))
				s.notePeriod(&d, m, pub)
			}
		}
		return d
	}

	p := &f.patterns[m.rule]
	c := m.caps
	d.Rule = p.id
	if c.holiday > 0 { // "last Christmas" is written with the holiday's id
		d.Rule = f.holidays[c.holiday-1].id
	}
	if !p.fromPeriod {
		defer s.notePeriod(&d, m, pub)
	}
	if p.timeOnly {
		s.dayOfTime(&d, int(a.bs), pub)
		return d
	}
	mode := p.resolve
	if mode == "" {
		mode = rules.DateResolveNearest
		if p.weekdayOnly {
			mode = rules.DateResolveTense
		}
	}
	// A date missing its year: relative wording ("last August") is a
	// relative date; a bare "August 15" takes the nearest year.
	py := pub.Year()
	if c.hasRelYear && setRelative() { // "June last year"
		c.year = py + c.relYear
	}
	incomplete := func() bool {
		switch {
		case c.hasRelYear: // and no publication date
			return false
		case mode == rules.DateResolveNearest, mode == rules.DateResolveLatest, mode == rules.DateResolveTense:
		default: // "last August": relative wording
			return setRelative()
		}
		if pub.IsZero() {
			d.Note = noteNoYear
			return false
		}
		d.Note = "year taken from the publication date " + fmtDay(pub)
		return true
	}
	switch {
	case c.decade > 0:
		d.Granularity = "decade"
		set(fmt.Sprintf("%03d", c.decade/10))

	case c.century > 0:
		// TimeML writes a century as the first two digits of its years:
		// the 20th century (the 1900s) is 19, the first century 00.
		d.Granularity = "century"
		set(fmt.Sprintf("%02d", c.century-1))

	case c.count > 0:
		n := c.count
		if mode == rules.DateResolveBefore {
			n = -n
		}
		if p.fromPeriod && s.hasPeriod && (c.unit == unitYear || c.unit == unitQuarter) {
			s.countFromPeriod(&d, m, c.unit, n, pub)
			break
		}
		if p.fromPrevious {
			s.countFromPrevious(&d, m, c.unit, n)
			break
		}
		d.Granularity = granularityOfUnit[c.unit]
		if setRelative() {
			set(shift(pub, c.unit, n))
		}

	case c.season > 0:
		d.Granularity = "season"
		if c.year > 0 {
			set(fmt.Sprintf("%04d-%s", c.year, seasonCodes[c.season]))
		} else if incomplete() {
			var cands []int
			for y := py - 2; y <= py+2; y++ {
				cands = append(cands, y*4+c.season-1)
			}
			if mode == rules.DateResolveThis { // "this winter": of the publication's season-year
				cands = []int{floorDiv(seasonIndex(pub), 4)*4 + c.season - 1}
			}
			if idx, ok := f.pick(s, m, cands, seasonIndex(pub), mode, 0, false, &d); ok {
				set(fmt.Sprintf("%04d-%s", floorDiv(idx, 4), seasonCodes[idx-floorDiv(idx, 4)*4+1]))
			}
		}

	case c.quarter > 0:
		d.Granularity = "quarter"
		if c.year > 0 {
			set(fmt.Sprintf("%04d-Q%d", c.year, c.quarter))
		} else if incomplete() {
			var cands []int
			for y := py - 2; y <= py+2; y++ {
				cands = append(cands, y*4+c.quarter-1)
			}
			if idx, ok := f.pick(s, m, cands, pubQuarter(pub), mode, 0, false, &d); ok {
				set(fmtQuarter(idx))
			}
		}

	case c.half > 0:
		d.Granularity = "half"
		if c.year > 0 {
			set(fmt.Sprintf("%04d-H%d", c.year, c.half))
		} else if incomplete() {
			var cands []int
			for y := py - 2; y <= py+2; y++ {
				cands = append(cands, y*2+c.half-1)
			}
			if idx, ok := f.pick(s, m, cands, py*2+(int(pub.Month())-1)/6, mode, 0, false, &d); ok {
				set(fmt.Sprintf("%04d-H%d", floorDiv(idx, 2), idx-floorDiv(idx, 2)*2+1))
			}
		}

	case c.holiday > 0:
		// A holiday is a day: the one of the year given ("Christmas
		// 2015"), else placed as a day without a year ("August 15").
		d.Granularity = "day"
		h := &f.holidays[c.holiday-1]
		var date time.Time
		if c.year > 0 {
			date = h.in(c.year)
		} else if incomplete() {
			var cands []int
			if mode == rules.DateResolveThis { // "this Christmas": of the publication year
				cands = []int{dayIndex(h.in(py))}
			} else {
				for y := py - 2; y <= py+2; y++ {
					cands = append(cands, dayIndex(h.in(y)))
				}
			}
			if idx, ok := f.pick(s, m, cands, dayIndex(pub), mode, nearHolidayDays, false, &d); ok {
				date = pub.AddDate(0, 0, idx-dayIndex(pub))
			}
		}
		if !date.IsZero() {
			set(fmtDay(date))
		}

	case c.month > 0 && c.day > 0:
		d.Granularity = "day"
		var date time.Time
		if c.year > 0 {
			date = civil(c.year, c.month, c.day)
		} else if incomplete() {
			var cands []int
			for y := py - 2; y <= py+2; y++ {
				if c.day <= daysIn(y, c.month) {
					cands = append(cands, dayIndex(civil(y, c.month, c.day)))
				}
			}
			if idx, ok := f.pick(s, m, cands, dayIndex(pub), mode, nearDays, false, &d); ok {
				date = pub.AddDate(0, 0, idx-dayIndex(pub))
			}
		}
		if !date.IsZero() {
			set(fmtDay(date))
			if c.weekday > 0 && isoWeekday(date) != c.weekday {
				d.Note = joinNotes(d.Note, fmt.Sprintf("the text says %s but %s is a %s",
					weekdayNames[c.weekday], fmtDay(date), weekdayNames[isoWeekday(date)]))
			}
		}

	case c.month > 0:
		d.Granularity = "month"
		if c.year > 0 {
			set(fmt.Sprintf("%04d-%02d", c.year, c.month))
		} else if incomplete() {
			var cands []int
			for y := py - 2; y <= py+2; y++ {
				cands = append(cands, y*12+c.month-1)
			}
			if mode == rules.DateResolveThis { // "this September": of the publication year
				cands = []int{py*12 + c.month - 1}
			}
			if idx, ok := f.pick(s, m, cands, py*12+int(pub.Month())-1, mode, nearMonths, false, &d); ok {
				set(fmt.Sprintf("%04d-%02d", floorDiv(idx, 12), idx-floorDiv(idx, 12)*12+1))
			}
		}

	case c.year > 0 && p.fromPeriod && s.hasPeriod && (!s.longPeriod || s.namesQuarter(m)): // "the 1988 quarter"
		d.Granularity = "quarter"
		period := s.periodFor(m)
		set(fmtQuarter(c.year*4 + period - floorDiv(period, 4)*4))
		d.Note = joinNotes(d.Note, "the quarter named before it, "+fmtQuarter(period)+", in "+fmt.Sprint(c.year))

	case c.year > 0:
		d.Granularity = "year"
		set(fmt.Sprintf("%04d", c.year))

	case c.hasRelYear: // "last year's quarter" and no publication date
		d.Granularity = "year"

	case c.weekend:
		// The weekend of a week: 2025-W33-WE. "this weekend" is the one
		// of the publication week, "last weekend" the one of the week
		// before, "next weekend" of the week after; "the weekend" is
		// placed by tense, as a Saturday.
		d.Granularity = "weekend"
		if setRelative() {
			pidx := dayIndex(pub)
			sat := pidx - isoWeekday(pub) + 6
			switch mode {
			case rules.DateResolveBefore:
				sat -= 7
			case rules.DateResolveAfter:
				sat += 7
			case rules.DateResolveTense:
				sat, _ = f.pick(s, m, []int{sat - 7, sat, sat + 7}, pidx, mode, 0, true, &d)
			}
			set(fmtWeek(pub.AddDate(0, 0, sat-pidx)) + "-WE")
		}

	case c.weekday > 0 && p.fromPrevious:
		// "the following Monday", "the previous Friday": the weekday
		// after or before the day the text named last.
		d.Granularity = "day"
		s.weekdayFromPrevious(&d, m, c.weekday, mode == rules.DateResolveBefore)

	case c.weekday > 0:
		d.Granularity = "day"
		if mode == rules.DateResolveNearest { // an author's choice
			mode = rules.DateResolveThis
		}
		if setRelative() {
			pidx := dayIndex(pub)
			var cands []int
			for k := -7; k <= 7; k++ {
				if isoWeekday(pub.AddDate(0, 0, k)) == c.weekday {
					cands = append(cands, pidx+k)
				}
			}
			if idx, ok := f.pick(s, m, cands, pidx, mode, 0, true, &d); ok {
				set(fmtDay(pub.AddDate(0, 0, idx-pidx)))
				if c.weekday == isoWeekday(pub) && mode == rules.DateResolveTense && idx == pidx {
					d.Note = joinNotes(d.Note, fmt.Sprintf("the publication date is a %s: taken as that day", weekdayNames[c.weekday]))
				}
			}
		}
	}
	return d
}

// countFromPeriod counts n units (quarters or years) from the reporting
// period: the quarter the text last named, or, when it named none, the
// last full quarter before publication (what a report is about). After a
// period of several quarters ("the nine months"), a phrase that counts
// whole years back and does not say "quarter" ("a year earlier", "the
// year-earlier period") is that year, counted from the year of the period:
// the nine months a year before are no quarter. A phrase that says
// "quarter" brings the story back to its quarter.
func (s *state) countFromPeriod(d *schema.Date, m *match, unit uint8, n int, pub time.Time) {
	q := n
	if unit == unitYear {
		q *= 4
	}
	d.Resolution = schema.ResolvedRelative
	if !pub.IsZero() {
		d.Anchor = fmtDay(pub)
	}
	if s.namesQuarter(m) {
		s.longPeriod = false
	}
	if s.longPeriod && q != 0 && q%4 == 0 && (s.hasPeriod || !pub.IsZero()) {
		y := pub.Year()
		if s.hasPeriod {
			y = floorDiv(s.periodFor(m), 4)
		}
		v := fmt.Sprintf("%04d", y+q/4)
		d.Value = &v
		d.Granularity = "year"
		d.Note = joinNotes(fmt.Sprintf("counted in years from the period of several quarters named before it, in %d", y), d.Note)
		return
	}
	period, note := s.periodFor(m), "counted from the quarter named before it, "
	if !s.hasPeriod {
		period, note = pubQuarter(pub)-1, "counted from the last full quarter before publication, "
	}
	v := fmtQuarter(period + q)
	d.Value = &v
	d.Granularity = "quarter"
	d.Note = joinNotes(note+fmtQuarter(period), d.Note)
}

// Indices of state.previous: the last day, month and year named.
const (
	previousDay = iota
	previousMonth
	previousYear
)

// previousOfUnit is the index of state.previous a phrase counting in a
// unit counts from: a week is counted from a day, a quarter from a month.
var previousOfUnit = [...]int{unitDay: previousDay, unitWeek: previousDay, unitMonth: previousMonth, unitQuarter: previousMonth, unitYear: previousYear, unitDecade: previousYear}

// previousNames name the indices of state.previous.
var previousNames = [...]string{previousDay: "day", previousMonth: "month", previousYear: "year"}

// countFromPrevious counts n units from the date the text named last
// before match m, to the unit's precision ("On May 22, 1995, ... the
// following year": 1996). That date must be in m's paragraph or one of
// the two before: further back, the story has moved on ("the following
// year" four paragraphs after a date of the reporting is another story's).
// Without it, the phrase has no value.
func (s *state) countFromPrevious(d *schema.Date, m *match, unit uint8, n int) {
	d.Granularity = granularityOfUnit[unit]
	d.Resolution = schema.ResolvedRelative
	if a, ok := s.anchorFor(d, m, previousOfUnit[unit]); ok {
		countedFrom(d, shift(a.at, unit, n), a)
	}
}

// weekdayFromPrevious places a weekday counted from the day the text
// named last before match m: the first such weekday after it, or the last
// before it when before is set. That day must be near enough, as for
// countFromPrevious.
func (s *state) weekdayFromPrevious(d *schema.Date, m *match, weekday int, before bool) {
	d.Resolution = schema.ResolvedRelative
	a, ok := s.anchorFor(d, m, previousDay)
	if !ok {
		return
	}
	step := 1
	if before {
		step = -1
	}
	day := a.at.AddDate(0, 0, step)
	for isoWeekday(day) != weekday {
		day = day.AddDate(0, 0, step)
	}
	countedFrom(d, fmtDay(day), a)
}

// anchorFor returns the day, month or year (index idx of state.previous)
// that match m counts from, when the text named one near enough; else it
// writes why not in d's note.
func (s *state) anchorFor(d *schema.Date, m *match, idx int) (anchorDate, bool) {
	a := s.previous[idx]
	if a.at.IsZero() {
		d.Note = "counted from the date named before it, but the text named none to the " + previousNames[idx]
		return a, false
	}
	if paragraphBreaks(s.text[a.end:s.toks[m.start].bs]) > maxAnchorParagraphs {
		d.Note = "counted from the date named before it, but the last one to the " + previousNames[idx] + ", " + a.value + ", is more than two paragraphs back"
		return a, false
	}
	return a, true
}

// countedFrom gives d the value v, counted from the anchor a.
func countedFrom(d *schema.Date, v string, a anchorDate) {
	d.Value, d.Anchor = &v, a.value
	d.Note = joinNotes("counted from the date named before it, "+a.value, d.Note)
}

// notePrevious remembers the day, month and year that date d names, for
// the phrases counted from the previous date. A value that starts with a
// year names it ("2025", "2025-Q3", "2025-W33"); one of a month or a day
// names those too. A day or month outside the year or month named now is
// forgotten: after "On May 3, 1995, ... In March 1990, ...", "later that
// week" has no day to count from.
func (s *state) notePrevious(d *schema.Date, end int) {
	// "today" is no story's date: "support today is well below McCain's
	// that year".
	if d.Value == nil || d.Resolution == schema.ResolvedRelative && d.Anchor != "" && strings.HasPrefix(*d.Value, d.Anchor) {
		return
	}
	v := *d.Value
	// digits is the number at v[from:to], or -1.
	digits := func(from, to int) int {
		if len(v) < to {
			return -1
		}
		return digitsOf(v[from:to], to-from, to-from)
	}
	y := digits(0, 4)
	if y < 0 || len(v) > 4 && v[4] != '-' {
		return
	}
	s.setPrevious(previousYear, civil(y, 1, 1), v[:4], end)
	m := digits(5, 7)
	if m < 1 || m > 12 || len(v) > 7 && v[7] != '-' {
		return
	}
	s.setPrevious(previousMonth, civil(y, m, 1), v[:7], end)
	if day := digits(8, 10); day >= 1 && day <= 31 {
		s.setPrevious(previousDay, civil(y, m, day), v[:10], end)
	}
}

// maxAnchorParagraphs is how many paragraph breaks may stand between a
// phrase counted from the previous date and that date.
const maxAnchorParagraphs = 2

// paragraphBreaks counts the runs of line breaks in text.
func paragraphBreaks(text string) int {
	n := 0
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' && (i == 0 || text[i-1] != '\n') {
			n++
		}
	}
	return n
}

// setPrevious sets the anchor of index idx, named by a date ending at byte
// end, and forgets the finer ones that fall outside it.
func (s *state) setPrevious(idx int, at time.Time, value string, end int) {
	s.previous[idx] = anchorDate{at, value, end}
	for finer := idx - 1; finer >= previousDay; finer-- {
		a := s.previous[finer].at
		if a.Year() != at.Year() || idx == previousMonth && a.Month() != at.Month() {
			s.previous[finer] = anchorDate{}
		}
	}
}

// namesQuarter reports whether the match has a word of the unit quarter
// ("the year-ago quarter", "the 1988 quarter"; not "a year earlier", "the
// 1988 period").
func (s *state) namesQuarter(m *match) bool {
	for k := m.date; k < m.end; k++ {
		if e := s.toks[k].lex; e != nil && e.unit == unitQuarter && s.toks[k].flags&fClitic == 0 {
			return true
		}
	}
	return false
}

// noteLongPeriods reads tokens [lo, hi), between two dates, for a period
// of several quarters that a business story reports on: a count of months
// that makes whole quarters, more than one ("the nine months", "the first
// six months", "the 12 months ended Sept. 30"). The words are the rules'
// numbers and units.
func (s *state) noteLongPeriods(lo, hi int) {
	for k := lo; k+1 < hi; k++ {
		t, u := &s.toks[k], &s.toks[k+1]
		if u.gap != gapSpace || u.kind != tkWord || u.flags&fClitic != 0 || u.lex == nil || u.lex.unit != unitMonth {
			continue
		}
		n := s.digits(t, 1, 2)
		if t.kind == tkWord && t.flags&fClitic == 0 && t.lex != nil {
			n = t.lex.number
		}
		if n > 3 && n <= 12 && n%3 == 0 {
			s.longPeriod = true
		}
	}
}

// pubQuarter numbers the quarter of t as year*4 + quarter-1.
func pubQuarter(t time.Time) int { return t.Year()*4 + (int(t.Month())-1)/3 }

func fmtQuarter(idx int) string {
	return fmt.Sprintf("%04d-Q%d", floorDiv(idx, 4), idx-floorDiv(idx, 4)*4+1)
}

// notePeriod remembers a quarter named in the text by match m, when it
// ended before the publication date (a report is about a past quarter,
// whatever it says of the current one): the period that the phrases of
// rules with from: period count from. It reads the value written,
// whichever way the quarter was found ("Q3 2025", "third-quarter", "next
// quarter").
func (s *state) notePeriod(d *schema.Date, m *match, pub time.Time) {
	if d.Granularity != "quarter" || d.Value == nil {
		return
	}
	v := *d.Value
	if len(v) != 7 || v[4:6] != "-Q" {
		return
	}
	y := 0
	for _, c := range v[:4] {
		y = y*10 + int(c-'0')
	}
	q := y*4 + int(v[6]-'1')
	if !pub.IsZero() && q >= pubQuarter(pub) {
		return
	}
	s.lastQuarter, s.lastQuarterTok, s.longPeriod = q, m.end, false
	if !s.hasPeriod || q > s.period {
		s.period, s.hasPeriod = q, true
	}
}

// periodFor is the reporting period that match m counts from (when
// hasPeriod): the quarter named earlier in its sentence ("After a flat
// second quarter, profit fell from a year earlier"), else the latest
// quarter the text named: a story reports on the latest quarter, and the
// earlier ones it names are background.
func (s *state) periodFor(m *match) int {
	if s.lastQuarterTok > 0 && s.lastQuarterTok <= m.start {
		same := true
		for k := s.lastQuarterTok; k <= m.start; k++ {
			if s.hardStart(k) {
				same = false
				break
			}
		}
		if same {
			return s.lastQuarter
		}
	}
	return s.period
}

// A date without its year within this many months (days) of publication is
// the nearest one, whatever the tense: "on Oct. 28" in November is last
// month's, however the sentence reads.
const (
	nearMonths = 2
	nearDays   = 61
	// A holiday is the nearest one within three months: news names the
	// holidays coming up or just past ("as Thanksgiving nears" in August
	// is November's, whatever verb the sentence reported it with).
	nearHolidayDays = 92
)

// pick chooses a candidate by mode; for mode tense it reads the sentence
// and notes the cue. day is true for a weekday (up to the publication
// date in the past, from it in the future). For another date, a candidate
// within near of p is taken whatever the tense, and a word before the date
// that says which way it lies ("by", "since") comes before the verbs.
func (f *Finder) pick(s *state, m *match, cands []int, p int, mode string, near int, day bool, d *schema.Date) (int, bool) {
	if mode != rules.DateResolveTense {
		return choose(cands, p, mode, false)
	}
	future, cue, found := false, "", false
	if !day {
		// A date close to publication is the nearest one, unless the word
		// before it looks back ("since January" in November is this
		// year's); a farther one goes the way the word before it ("by",
		// "since") or the verbs say.
		if s.wordBefore(m.start) != "" {
			if w := &s.toks[m.start-1]; w.lex != nil && w.lex.way != 0 {
				future, cue, found = w.lex.way > 0, s.str(w), true
			}
		}
		if c, ok := choose(cands, p, rules.DateResolveNearest, false); ok && abs(c-p) <= near && (!found || future) {
			return c, true
		}
	}
	if !found {
		future, cue, found = f.tense(s, m, day)
	}
	dir := rules.DateResolveBefore
	if future {
		dir = rules.DateResolveAfter
	}
	var note string
	switch {
	case !found && !day:
		d.Note = joinNotes("no tense cue in the sentence: the nearest", d.Note)
		return choose(cands, p, rules.DateResolveNearest, false)
	case !found:
		note = "read as past: no tense cue in the sentence (news reports the past)"
	case future:
		note = fmt.Sprintf("read as future (%q)", cue)
	default:
		note = fmt.Sprintf("read as past (%q)", cue)
	}
	d.Note = joinNotes(note, d.Note)
	// A weekday may be the publication day itself, in the past ("the
	// council voted Friday" in Friday's paper) and in the future ("is
	// scheduled to campaign on Saturday" in Saturday's): wire style names
	// the day of publication by its weekday, and says "next" for the week
	// after.
	return choose(cands, p, dir, true)
}

// window bounds how far (in tokens) the sentence around a date is read, so
// that a text without sentence breaks costs no more than a normal one.
const window = 80

// sentenceBounds returns the tokens [lo, hi) of the sentence holding m,
// at most window tokens either side of it.
func (s *state) sentenceBounds(m *match) (int, int) {
	lo := m.start
	for lo > m.start-window && !s.hardStart(lo) {
		lo--
	}
	// Forward, any sentence mark stops: a lower-case or numeric start
	// only joins a sentence to the one before it.
	hi := m.end
	for hi < len(s.toks) && hi < m.end+window && !s.hardStart(hi) && s.toks[hi].flags&fSent == 0 {
		hi++
	}
	return lo, hi
}

// tense reads the sentence around m: the cue nearest before it (same
// quotation status), else the first after it; day is true for a weekday
// (see cueAt for "is meeting").
func (f *Finder) tense(s *state, m *match, day bool) (future bool, cue string, found bool) {
	toks := s.toks
	q := toks[m.date].flags & fQuote
	lo, hi := s.sentenceBounds(m)
	for k := lo; k < m.start; {
		if toks[k].flags&fQuote == q {
			if n, fut, text, ok := f.cueAt(s, k, m.start, true); ok {
				future, cue, found = fut, text, true
				k += n
				continue
			}
		}
		k++
	}
	if found {
		return
	}
	for k := m.end; k < hi; k++ {
		if toks[k].flags&fQuote == q {
			if _, fut, text, ok := f.cueAt(s, k, hi, day); ok {
				return fut, text, true
			}
		}
	}
	return false, "", false
}

// afterAuxiliary reports whether token k follows a word after which an
// -ed word is a participle, not a past verb ("will be named").
func (s *state) afterAuxiliary(k int) bool {
	if k == 0 || s.toks[k].gap != gapSpace {
		return false
	}
	p := s.toks[k-1].lex
	return p != nil && p.auxiliary
}

// cueAt reports a tense cue starting at token k and ending by limit.
// progressive allows "is meeting": it looks ahead to a date after it ("is
// meeting on Monday") and to a weekday before it ("On Monday, he is
// meeting"), but after a month or a day of the month it tells of the
// present ("prices have come down from October; we're seeing ...").
func (f *Finder) cueAt(s *state, k, limit int, progressive bool) (n int, future bool, text string, ok bool) {
	toks := s.toks
	t := &toks[k]
	if t.kind != tkWord {
		return
	}
	if t.flags&fCap != 0 && !s.sentenceInitial(k) && !isAllCaps(s.str(t)) {
		return // "May", "Will" as names
	}
	key := string(s.lower(t))
	e := t.lex
	if e != nil {
	cues:
		for _, ci := range e.cueStarts {
			cu := &f.cues[ci]
			if k+len(cu.words) > limit {
				continue
			}
			for w := 1; w < len(cu.words); w++ {
				tt := &toks[k+w]
				if tt.kind != tkWord || tt.gap == gapLine || s.hardStart(k+w) || string(s.lower(tt)) != cu.words[w] {
					continue cues
				}
			}
			// "would be paid in January": a past form after "be" is a
			// participle, as an -ed one is (see participle_after).
			if !cu.future && len(cu.words) == 1 && s.afterAuxiliary(k) {
				continue
			}
			end := &toks[k+len(cu.words)-1]
			return len(cu.words), cu.future, s.text[t.bs:end.be], true
		}
		if progressive && e.progressive && k+1 < limit {
			tt := &toks[k+1]
			if tt.kind == tkWord && tt.gap == gapSpace && tt.flags&(fCap|fClitic) == 0 && !s.hardStart(k+1) {
				if w := s.str(tt); len(w) >= 5 && strings.HasSuffix(w, "ing") {
					return 2, true, s.text[t.bs:tt.be], true
				}
			}
		}
	}
	if t.flags&(fCap|fClitic) == 0 && (e == nil || !e.notPast) && !s.afterAuxiliary(k) {
		for _, end := range f.pastEndings {
			if len(key) >= len(end)+3 && strings.HasSuffix(key, end) {
				return 1, false, s.str(t), true
			}
		}
	}
	return
}
