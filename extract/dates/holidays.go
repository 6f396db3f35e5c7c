package dates

import (
	"sort"
	"strings"
	"time"

	"github.com/newsfacts/extract/rules"
)

// holiday is a named day of the year (rules.DateHoliday), compiled.
type holiday struct {
	id string
	// A fixed day (month and day), a weekday of a month (weekday with
	// onOrAfter or last), or a day counted from Easter Sunday (isEaster).
	month, day, weekday, onOrAfter int
	last                           bool
	isEaster                       bool
	easter                         int
	examples                       []string
}

// in returns the holiday's day in year.
func (h *holiday) in(year int) time.Time {
	switch {
	case h.isEaster:
		return easterSunday(year).AddDate(0, 0, h.easter)
	case h.weekday > 0 && h.last:
		t := civil(year, h.month+1, 0) // the last day of the month
		return t.AddDate(0, 0, -((isoWeekday(t) - h.weekday + 7) % 7))
	case h.weekday > 0:
		t := civil(year, h.month, h.onOrAfter)
		return t.AddDate(0, 0, (h.weekday-isoWeekday(t)+7)%7)
	}
	return civil(year, h.month, h.day)
}

// easterSunday computes Easter Sunday of a Gregorian year with the
// anonymous Gregorian algorithm (Meeus/Jones/Butcher).
func easterSunday(year int) time.Time {
	a := year % 19
	b, c := year/100, year%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	n := h + l - 7*m + 114
	return civil(year, n/31, n%31+1)
}

// nameTok is one token of a holiday name, as the tokenizer splits it.
type nameTok struct {
	kind   uint8
	clitic bool
	space  bool   // a space before it (else it touches the previous one)
	text   string // as written, straight apostrophes; a mark normalised
	upper  string // text in capitals
}

type holidayName struct {
	hol  int
	toks []nameTok
}

// addHolidays compiles the holidays and indexes their names by the text
// of their first token, as written and in capitals.
func (d *Finder) addHolidays(list []rules.DateHoliday) {
	d.holidayStarts = map[string][]int{}
	for _, h := range list {
		if h.Disabled {
			continue
		}
		hi := len(d.holidays)
		ch := holiday{id: h.ID, month: h.Month, day: h.Day, examples: h.Examples}
		switch {
		case h.Easter != nil:
			ch.isEaster, ch.easter, ch.month = true, *h.Easter, 0
		case h.Weekday != "":
			ch.weekday, ch.onOrAfter, ch.last, ch.day = rules.DateHolidayWeekday(h.Weekday), h.OnOrAfter, h.Last, 0
		}
		d.holidays = append(d.holidays, ch)
		for _, n := range h.Names {
			toks := tokenize(n, nil)
			if len(toks) == 0 {
				continue
			}
			hn := holidayName{hol: hi}
			for k, t := range toks {
				w := n[t.bs:t.be]
				nt := nameTok{kind: t.kind, clitic: t.flags&fClitic != 0, space: k > 0 && t.gap != gapNone}
				if t.kind == tkPunct {
					nt.text = normPunct(w)
				} else {
					nt.text = straight(w)
				}
				nt.upper = strings.ToUpper(nt.text)
				hn.toks = append(hn.toks, nt)
			}
			ni := len(d.holidayNames)
			d.holidayNames = append(d.holidayNames, hn)
			first := hn.toks[0]
			d.entry(first.text).holiday = true
			d.holidayStarts[first.text] = append(d.holidayStarts[first.text], ni)
			if first.upper != first.text {
				d.holidayStarts[first.upper] = append(d.holidayStarts[first.upper], ni)
			}
		}
	}
	for _, starts := range d.holidayStarts {
		sort.SliceStable(starts, func(a, b int) bool {
			return len(d.holidayNames[starts[a]].toks) > len(d.holidayNames[starts[b]].toks)
		})
	}
}

// straight returns w with straight apostrophes.
func straight(w string) string {
	if strings.ContainsRune(w, '’') {
		return strings.ReplaceAll(w, "’", "'")
	}
	return w
}

// holidayAt reports whether token ti can start a holiday name.
func (f *Finder) holidayAt(s *state, ti int) bool {
	t := &s.toks[ti]
	if t.lex == nil || !t.lex.holiday || t.kind != tkWord || t.flags&(fCap|fClitic) != fCap {
		return false
	}
	_, ok := f.holidayStarts[straight(s.str(t))]
	return ok
}

// matchHoliday matches the longest holiday name at token ti, as written or
// in capitals, and returns the holiday and the token after the name.
func (f *Finder) matchHoliday(s *state, ti int) (int, int, bool) {
	if !f.holidayAt(s, ti) {
		return 0, 0, false
	}
names:
	for _, ni := range f.holidayStarts[straight(s.str(&s.toks[ti]))] { // longest first
		hn := &f.holidayNames[ni]
		if ti+len(hn.toks) > len(s.toks) {
			continue
		}
		for k := range hn.toks {
			nt, t := &hn.toks[k], &s.toks[ti+k]
			if k > 0 && (nt.space && t.gap != gapSpace || !nt.space && t.gap != gapNone) {
				continue names
			}
			if t.kind != nt.kind || (t.flags&fClitic != 0) != nt.clitic {
				continue names
			}
			w := s.str(t)
			if t.kind == tkPunct {
				if normPunct(w) != nt.text {
					continue names
				}
				continue
			}
			if w = straight(w); w != nt.text && w != nt.upper {
				continue names
			}
		}
		return hn.hol, ti + len(hn.toks), true
	}
	return 0, 0, false
}

// holidayAlone reports whether the holiday name of match m stands alone,
// not as part of a longer name or word: not "pre-Christmas" or
// "Christmas-themed", not "Mexican Independence Day" or "Ukraine's
// Independence Day" (a capitalised word or a possessive right before a
// holiday that opens the date), not "Easter Island" or "the Good Friday
// Agreement" (a capitalised word right after it, other than a month or a
// weekday name or "I").
func (f *Finder) holidayAlone(s *state, m *match) bool {
	toks := s.toks
	start, end := m.date, m.end
	for k := m.date; k < m.end; k++ { // the name's tokens
		if h, e, ok := f.matchHoliday(s, k); ok && h == int(m.caps.holiday)-1 {
			start, end = k, e
			break
		}
	}
	if start == m.start && start > 0 && !s.hardStart(start) {
		p := &toks[start-1]
		switch {
		case toks[start].gap == gapNone:
			if p.kind == tkPunct && normPunct(s.str(p)) == "-" && p.gap == gapNone && start > 1 && toks[start-2].kind == tkWord {
				return false // "pre-Christmas"
			}
		case toks[start].gap != gapSpace:
		case p.kind == tkWord && p.flags&fClitic != 0:
			return false // "Ukraine's Independence Day"
		case p.kind == tkWord && p.flags&fCap != 0 && !s.sentenceInitial(start-1) && !isAllCaps(s.str(&toks[start])):
			return false // "Mexican Independence Day", "Merry Christmas"
		}
	}
	if end < len(toks) && !s.hardStart(end) {
		n := &toks[end]
		switch {
		case n.gap == gapNone && n.kind == tkPunct && normPunct(s.str(n)) == "-":
			if w := s.touching(end + 1); w != nil && w.kind == tkWord {
				return false // "Christmas-themed"
			}
		case n.gap != gapSpace || n.kind != tkWord || n.flags&(fCap|fClitic) != fCap:
		default:
			w := s.str(n)
			if _, ok := f.months[w]; ok {
				break
			}
			if _, ok := f.weekdays[w]; ok {
				break
			}
			if w != "I" {
				return false // "Easter Island"
			}
		}
	}
	return true
}
