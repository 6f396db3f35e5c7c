package dates

import (
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/newsfacts/extract/schema"
)

// captures are the values a template's slots matched.
type captures struct {
	year, month, day, weekday, decade, season, quarter, count int
	half                                                      int
	unit                                                      uint8
	monthAbbr, monthDot, weekdayAbbr                          bool
	weekend                                                   bool // weekday is 6, standing for Saturday and Sunday
	// holiday is the index of a holiday + 1 (0: none).
	holiday int16
	// century is the ordinal of a century: 20 for "the 20th century".
	century int
	// relYear is the offset of {relyear} ("last year": -1) from the
	// publication year, when hasRelYear.
	relYear    int
	hasRelYear bool
	// minute is a clock time as minutes after midnight + 1 (0: none;
	// midnight at the end of the day is 24*60+1).
	minute int
}

// match is a date found in the text: tokens [start, end), the date proper
// starting at date (after a qualifier).
type match struct {
	start, date, end int
	rule             int // a pattern index, or len(patterns)+relative index
	caps             captures
	// impossible is set by accept on a date that cannot exist (February
	// 30): nothing shorter is then taken at that place.
	impossible bool
}

// state is the per-call working memory, pooled.
type state struct {
	text     string
	toks     []token
	buf      []byte
	matches  []match
	exStart  []int
	exMaxEnd []int
	exSorted []schema.Span
	// period is the latest quarter the text named (year*4 + quarter-1),
	// when hasPeriod: what "a year earlier" and "the quarter" count from,
	// unless their sentence named one before them: lastQuarter, the
	// quarter last named, by the match ending at token lastQuarterTok
	// (0: none).
	period         int
	hasPeriod      bool
	lastQuarter    int
	lastQuarterTok int
	// longPeriod: since that quarter, the text named a period of several
	// quarters ("the nine months", "the first six months"): "a year
	// earlier" is then that period a year before, a year, not a quarter.
	longPeriod bool
	// lastDay is the day (YYYY-MM-DD) of the last date found to the day,
	// ending at byte lastDayEnd: the day of a clock time alone after it
	// in its paragraph.
	lastDay    string
	lastDayEnd int
	// pubYear is the publication year, 0 without a publication date.
	pubYear int
	// previous holds the last day, month and year the text named, each
	// with the value that named it: what the phrases of rules with from:
	// previous count from ("the following year").
	previous [3]anchorDate
}

// anchorDate is a date a phrase may count from: at (zero: none), and the
// value of the date that named it and the byte where that date ends.
type anchorDate struct {
	at    time.Time
	value string
	end   int
}

func (s *state) str(t *token) string { return s.text[t.bs:t.be] }

// lower returns the token's text in lower case with straight apostrophes,
// in a buffer reused by the next call.
func (s *state) lower(t *token) []byte {
	b := s.buf[:0]
	w := s.text[t.bs:t.be]
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(w[i:])
		if r == '’' {
			r = '\''
		} else {
			r = unicode.ToLower(r)
		}
		b = utf8.AppendRune(b, r)
		i += size
	}
	s.buf = b
	return b
}

// lookUp sets the lex of every word token: one look-up per word.
func (f *Finder) lookUp(s *state) {
	for i := range s.toks {
		t := &s.toks[i]
		t.lex = nil
		if t.kind == tkWord {
			t.lex = f.lex[string(s.lower(t))]
		}
	}
}

// hardStart reports whether token k starts a new sentence or line.
func (s *state) hardStart(k int) bool {
	if k <= 0 {
		return true
	}
	t := &s.toks[k]
	if t.gap == gapLine {
		return true
	}
	if t.flags&fSent == 0 {
		return false
	}
	// A "sentence" that starts with a number, a lower-case word or a mark
	// other than an opening one continues the previous one: the splitter
	// was misled by "Aug." or "D.C.".
	switch t.kind {
	case tkNumber:
		return false
	case tkWord:
		return t.flags&fCap != 0 && !s.afterAbbreviation(k)
	}
	switch s.str(t) {
	case "“", "\"", "(", "[", "«", "‘", "'", "„":
		return true
	}
	return false
}

// abbreviations end with a full stop that does not end a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "sen": true, "rep": true, "gov": true,
	"gen": true, "lt": true, "col": true, "sgt": true, "capt": true, "jr": true, "sr": true, "prof": true,
	"inc": true, "corp": true, "co": true, "ltd": true, "vs": true, "no": true, "rev": true, "hon": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true,
	"sept": true, "oct": true, "nov": true, "dec": true, "mon": true, "tue": true, "tues": true, "wed": true,
	"thu": true, "thur": true, "thurs": true, "fri": true, "sat": true, "sun": true,
}

// afterAbbreviation reports whether token k follows a full stop that ends
// an initial or an abbreviation ("Donald J. Trump", "Mr. Smith").
func (s *state) afterAbbreviation(k int) bool {
	if k < 2 {
		return false
	}
	p, w := &s.toks[k-1], &s.toks[k-2]
	if p.kind != tkPunct || p.gap != gapNone || s.str(p) != "." || w.kind != tkWord {
		return false
	}
	return utf8.RuneCountInString(s.str(w)) == 1 || abbreviations[string(s.lower(w))]
}

// guessSentences marks sentence starts when the caller gave none: a
// capitalised word, a number or an opening quote after ".", "!" or "?" and
// a space, unless the full stop ends an abbreviation ("J.", "Mr.", "Aug.").
func (s *state) guessSentences() {
	toks := s.toks
	for k := 1; k < len(toks); k++ {
		t := &toks[k]
		if t.gap != gapSpace || t.kind == tkWord && t.flags&fCap == 0 {
			continue
		}
		p := k - 1
		for p > 0 && toks[p].kind == tkPunct && toks[p].gap == gapNone && strings.ContainsAny(s.str(&toks[p]), "”’\"')") {
			p--
		}
		if toks[p].kind != tkPunct || !strings.ContainsAny(s.str(&toks[p]), ".!?") {
			continue
		}
		if p == k-1 && s.afterAbbreviation(k) {
			continue
		}
		t.flags |= fSent
	}
}

// sentenceInitial reports whether token k opens a sentence, a line, a
// quotation or a parenthesis, where a capital letter says nothing.
func (s *state) sentenceInitial(k int) bool {
	if s.hardStart(k) || s.toks[k].flags&fSent != 0 {
		return true
	}
	p := &s.toks[k-1]
	if p.kind != tkPunct {
		return false
	}
	switch s.str(p) {
	case "“", "\"", "(", "[", "«", "‘", "'", "„", ":", "—", "–", "-", "•", "*":
		return true
	}
	return false
}

// Find returns the dates of text in span order. sentences are the
// code-point spans of the document's sentences in order (covering the text;
// used to decide tense and to keep a match inside one sentence); excluded
// are code-point spans of boilerplate to skip (no date may overlap one).
// published is the publication date (time.Time at 00:00 UTC) or the zero
// time when unknown.
func (f *Finder) Find(text string, sentences []schema.Span, excluded []schema.Span, published time.Time) []schema.Date {
	return f.find(text, sentences, excluded, published, nil)
}

// find is Find; when by is not nil, it gets the id of the pattern or
// relative phrase that found each date (a holiday's date is written with
// the holiday's id).
func (f *Finder) find(text string, sentences []schema.Span, excluded []schema.Span, published time.Time, by *[]string) []schema.Date {
	s := f.pool.Get().(*state)
	defer func() {
		s.text = ""
		f.pool.Put(s)
	}()
	s.text = text
	s.pubYear = published.Year()
	if published.IsZero() {
		s.pubYear = 0
	}
	s.toks = tokenize(text, s.toks[:0])
	s.matches = s.matches[:0]
	f.lookUp(s)
	toks := s.toks
	if len(toks) == 0 {
		return []schema.Date{}
	}
	if len(sentences) == 0 {
		s.guessSentences()
	}
	for _, sp := range sentences {
		k := sort.Search(len(toks), func(i int) bool { return int(toks[i].rs) >= sp[0] })
		if k < len(toks) {
			toks[k].flags |= fSent
		}
	}
	s.prepareExcluded(excluded)

	lastEnd := -1
	for i := 0; i < len(toks); {
		if m, ok := f.bestAt(s, i, lastEnd); ok {
			s.matches = append(s.matches, m)
			lastEnd = m.end
			i = m.end
			continue
		}
		i++
	}

	out := make([]schema.Date, 0, len(s.matches))
	var pub time.Time
	if !published.IsZero() {
		y, m, d := published.Date()
		pub = time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	}
	s.hasPeriod, s.longPeriod, s.lastQuarterTok = false, false, 0
	s.lastDay = ""
	s.previous = [3]anchorDate{}
	prev := 0
	from := make([]int, 0, len(s.matches)) // the match of each date of out
	for i := range s.matches {
		s.noteLongPeriods(prev, s.matches[i].start)
		prev = s.matches[i].end
		if d := f.resolve(s, i, pub); f.fit(&d) {
			if d.Value != nil && len(*d.Value) >= 10 && (d.Granularity == "day" || d.Granularity == "time" || d.Granularity == "part_of_day") {
				s.lastDay, s.lastDayEnd = (*d.Value)[:10], int(s.toks[s.matches[i].end-1].be)
			}
			s.notePrevious(&d, int(s.toks[s.matches[i].end-1].be))
			out = append(out, d)
			from = append(from, i)
			if by != nil {
				*by = append(*by, f.ruleID(s.matches[i].rule))
			}
		}
	}
	f.timesBeforeDays(s, out, from)
	return out
}

// timesBeforeDays gives a clock time alone the day written right after it
// ("shortly after 7pm on March 9, 2021", "kicks off at 5pm next
// Saturday"): from is the match of each date of out.
func (f *Finder) timesBeforeDays(s *state, out []schema.Date, from []int) {
	for k := 0; k+1 < len(out); k++ {
		m, next := &s.matches[from[k]], &s.matches[from[k+1]]
		if m.rule >= len(f.patterns) || !f.patterns[m.rule].timeOnly || out[k].Value == nil || out[k+1].Value == nil {
			continue
		}
		day := *out[k+1].Value
		if len(day) < 10 || out[k+1].Granularity != "day" && out[k+1].Granularity != "time" && out[k+1].Granularity != "part_of_day" {
			continue
		}
		gap := strings.TrimSpace(s.text[s.toks[m.end-1].be:s.toks[next.start].bs])
		if gap != "" && gap != "on" {
			continue
		}
		v := day[:10] + (*out[k].Value)[10:]
		out[k].Value, out[k].Anchor = &v, day[:10]
		out[k].Note = "a clock time before a date: of that day"
	}
}

func (s *state) prepareExcluded(excluded []schema.Span) {
	s.exSorted = s.exSorted[:0]
	for _, e := range excluded {
		if e[1] > e[0] {
			s.exSorted = append(s.exSorted, e)
		}
	}
	sort.Slice(s.exSorted, func(a, b int) bool { return s.exSorted[a][0] < s.exSorted[b][0] })
	s.exStart = s.exStart[:0]
	s.exMaxEnd = s.exMaxEnd[:0]
	maxEnd := -1 << 62
	for _, e := range s.exSorted {
		if e[1] > maxEnd {
			maxEnd = e[1]
		}
		s.exStart = append(s.exStart, e[0])
		s.exMaxEnd = append(s.exMaxEnd, maxEnd)
	}
}

// excludedOverlap reports whether [start, end) overlaps an excluded span.
func (s *state) excludedOverlap(start, end int) bool {
	// spans starting before end; one of them must end after start
	k := sort.SearchInts(s.exStart, end)
	return k > 0 && s.exMaxEnd[k-1] > start
}

// ruleID is the id of rule r: a pattern's, or a relative phrase's.
func (f *Finder) ruleID(r int) string {
	if r < len(f.patterns) {
		return f.patterns[r].id
	}
	return f.relatives[r-len(f.patterns)].id
}

// bestAt returns the longest acceptable date starting at token i (possibly
// with a qualifier at i).
func (f *Finder) bestAt(s *state, i, lastEnd int) (match, bool) {
	best, ok := f.tryAt(s, i, -1, lastEnd)
	t := &s.toks[i]
	if e := t.lex; e != nil && e.qualifier && t.flags&fClitic == 0 {
		j := i + 1
		if j < len(s.toks) && s.toks[j].gap == gapNone && s.toks[j].kind == tkPunct && normPunct(s.str(&s.toks[j])) == "-" {
			j++
			if j < len(s.toks) && s.toks[j].gap != gapNone {
				return best, ok
			}
		} else if j < len(s.toks) && s.toks[j].gap != gapSpace {
			return best, ok
		}
		if j < len(s.toks) {
			if m, ok2 := f.tryAt(s, j, i, lastEnd); ok2 && (!ok || m.end >= best.end) {
				return m, true
			}
		}
	}
	return best, ok
}

// tryAt tries every rule that can start at token j; qual is the index of
// a qualifier before it, or -1.
func (f *Finder) tryAt(s *state, j, qual, lastEnd int) (match, bool) {
	t := &s.toks[j]
	var best match
	found, blocked := false, false
	try := func(pi int) {
		p := &f.patterns[pi]
		end, caps, ok := f.matchFrom(s, p, 0, j, j, captures{quarter: p.quarter, half: p.half})
		if !ok || found && (end < best.end || end == best.end && pi > best.rule) {
			return
		}
		m := match{start: j, date: j, end: end, rule: pi, caps: caps}
		if qual >= 0 {
			m.start = qual
		}
		if f.accept(s, &m, lastEnd) {
			best, found = m, true
		} else if m.impossible {
			blocked = true
		}
	}
	switch t.kind {
	case tkNumber:
		for _, sl := range [...]slotKind{slotDay, slotMM, slotYear, slotDecade, slotCentury, slotCount, slotQuarter, slotHalf, slotTime} {
			for _, pi := range f.byFirstSlot[sl] {
				try(pi)
			}
		}
	case tkWord:
		if t.flags&fClitic != 0 {
			break
		}
		w := s.str(t)
		if _, ok := f.months[w]; ok {
			for _, pi := range f.byFirstSlot[slotMonth] {
				try(pi)
			}
		}
		if _, ok := f.weekdays[w]; ok {
			for _, pi := range f.byFirstSlot[slotWeekday] {
				try(pi)
			}
		}
		if f.holidayAt(s, j) {
			for _, pi := range f.byFirstSlot[slotHoliday] {
				try(pi)
			}
		}
		e := t.lex
		if e == nil {
			break
		}
		if e.season > 0 {
			for _, pi := range f.byFirstSlot[slotSeason] {
				try(pi)
			}
		}
		if e.weekend {
			for _, pi := range f.byFirstSlot[slotWeekend] {
				try(pi)
			}
		}
		if len(e.relStarts) > 0 {
			for _, pi := range f.byFirstSlot[slotRelYear] {
				try(pi)
			}
		}
		if e.number > 0 {
			for _, pi := range f.byFirstSlot[slotCount] {
				try(pi)
			}
		}
		if e.ordinal > 0 || isTens(e.number) {
			for _, pi := range f.byFirstSlot[slotCentury] {
				try(pi)
			}
		}
		if e.ordinal > 0 {
			for _, pi := range f.byFirstSlot[slotQuarter] {
				try(pi)
			}
			for _, pi := range f.byFirstSlot[slotHalf] {
				try(pi)
			}
		}
		if e.unit > 0 {
			for _, pi := range f.byFirstSlot[slotUnit] {
				try(pi)
			}
		}
		if f.centuryWord(e) {
			for _, pi := range f.byFirstSlot[slotYear] {
				try(pi)
			}
		}
		if e.clock > 0 {
			for _, pi := range f.byFirstSlot[slotTime] {
				try(pi)
			}
		}
		for _, pi := range e.patStarts {
			try(pi)
		}
		for _, ri := range e.relStarts {
			ph := &f.relPhrases[ri]
			end, ok := s.matchPhrase(j, ph)
			if !ok || found && end <= best.end { // patterns win ties
				continue
			}
			m := match{start: j, date: j, end: end, rule: len(f.patterns) + ph.rel}
			if qual >= 0 {
				m.start = qual
			}
			if f.accept(s, &m, lastEnd) {
				best, found = m, true
			}
		}
	case tkPunct:
		for _, pi := range f.punctStarts[normPunct(s.str(t))] {
			try(pi)
		}
	}
	return best, found && !blocked
}

// matchPhrase matches the tokens of a fixed phrase from token j, whose
// first word is known to match (the phrase was found by it).
func (s *state) matchPhrase(j int, ph *relPhrase) (int, bool) {
	toks := ph.toks
	if j+len(toks) > len(s.toks) || ph.second != nil && s.toks[j+1].lex != ph.second {
		return 0, false
	}
	for k := 1; k < len(toks); k++ {
		pt := &toks[k]
		t := &s.toks[j+k]
		if pt.touch && t.gap != gapNone || !pt.touch && t.gap != gapSpace {
			return 0, false
		}
		switch {
		case pt.text == "-":
			if t.kind != tkPunct || normPunct(s.str(t)) != "-" {
				return 0, false
			}
		case t.kind != tkWord || (t.flags&fClitic != 0) != (pt.text[0] == '\''):
			return 0, false
		case !s.isLower(t, pt.text):
			return 0, false
		}
	}
	return j + len(toks), true
}

// isLower reports whether the token, in lower case with straight
// apostrophes, is w.
func (s *state) isLower(t *token, w string) bool {
	tw := s.text[t.bs:t.be]
	for i := 0; i < len(tw); i++ {
		c := tw[i]
		switch {
		case c >= utf8.RuneSelf: // not ASCII: fold it all
			return string(s.lower(t)) == w
		case i >= len(w):
			return false
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		}
		if c != w[i] {
			for _, c := range []byte(tw[i:]) {
				if c >= utf8.RuneSelf {
					return string(s.lower(t)) == w
				}
			}
			return false
		}
	}
	return len(tw) == len(w)
}

// matchFrom matches p.elems[ei:] from token ti (the match started at
// token start) and returns the end token of the longest match.
func (f *Finder) matchFrom(s *state, p *pattern, ei, ti, start int, c captures) (int, captures, bool) {
	if ei == len(p.elems) {
		return ti, c, true
	}
	e := &p.elems[ei]
	if e.group != 0 {
		ge := ei
		for ge < len(p.elems) && p.elems[ge].group == e.group {
			ge++
		}
		bestEnd, bestCaps, bestOK := 0, c, false
		t2, c2, ok := ti, c, true
		for k := ei; k < ge && ok; k++ {
			t2, ok = f.matchElem(s, &p.elems[k], t2, start, &c2)
		}
		if ok {
			bestEnd, bestCaps, bestOK = f.matchFrom(s, p, ge, t2, start, c2)
		}
		if end, c3, ok := f.matchFrom(s, p, ge, ti, start, c); ok && (!bestOK || end > bestEnd) {
			bestEnd, bestCaps, bestOK = end, c3, true
		}
		return bestEnd, bestCaps, bestOK
	}
	t2, ok := f.matchElem(s, e, ti, start, &c)
	if !ok {
		return 0, c, false
	}
	return f.matchFrom(s, p, ei+1, t2, start, c)
}

// digits returns the value of an all-digit number token of min to max
// digits, or -1.
func (s *state) digits(t *token, min, max int) int {
	if t.kind != tkNumber {
		return -1
	}
	return digitsOf(s.str(t), min, max)
}

// digitsOf returns the value of w, all digits, min to max of them, or -1.
func digitsOf(w string, min, max int) int {
	if len(w) < min || len(w) > max {
		return -1
	}
	v := 0
	for i := 0; i < len(w); i++ {
		if !isDigit(w[i]) {
			return -1
		}
		v = v*10 + int(w[i]-'0')
	}
	return v
}

// shortDecade is the decade that "'90s" names, v its two digits: the last
// one that began by the publication year (the '20s of a 2016 story are the
// 1920s), of the 20th century without a publication date. -1 when v is.
func (s *state) shortDecade(v int) int {
	if v < 0 {
		return -1
	}
	if s.pubYear == 0 {
		return 1900 + v
	}
	d := s.pubYear - s.pubYear%100 + v
	if d > s.pubYear {
		d -= 100
	}
	return d
}

// touching returns token k if it exists and follows the previous one
// directly.
func (s *state) touching(k int) *token {
	if k < len(s.toks) && s.toks[k].gap == gapNone {
		return &s.toks[k]
	}
	return nil
}

func (f *Finder) matchElem(s *state, e *elem, ti, start int, c *captures) (int, bool) {
	if ti >= len(s.toks) {
		return 0, false
	}
	t := &s.toks[ti]
	if ti > start {
		if e.space && t.gap != gapSpace || !e.space && t.gap != gapNone {
			return 0, false
		}
	}
	switch e.slot {
	case slotNone:
		if e.word != "" {
			if t.kind == tkWord && t.flags&fClitic == 0 && strings.EqualFold(s.str(t), e.word) {
				return ti + 1, true
			}
			return 0, false
		}
		if t.kind == tkPunct && normPunct(s.str(t)) == normPunct(e.punct) {
			return ti + 1, true
		}
	case slotMonth, slotWeekday:
		if t.kind != tkWord || t.flags&fClitic != 0 {
			return 0, false
		}
		names := f.months
		if e.slot == slotWeekday {
			names = f.weekdays
		}
		ne, ok := names[s.str(t)]
		if !ok {
			return 0, false
		}
		next := ti + 1
		dot := false
		if n := s.touching(next); ne.abbr && n != nil && n.kind == tkPunct && s.str(n) == "." {
			next++
			dot = true
		}
		if e.slot == slotMonth {
			c.month, c.monthAbbr, c.monthDot = ne.num, ne.abbr, dot
		} else {
			c.weekday, c.weekdayAbbr = ne.num, ne.abbr
		}
		return next, true
	case slotMM:
		if v := s.digits(t, 1, 2); v >= 1 && v <= 12 {
			c.month = v
			return ti + 1, true
		}
	case slotDay:
		if v := s.digits(t, 1, 2); v >= 1 && v <= 31 {
			c.day = v
			if n := s.touching(ti + 1); n != nil && n.kind == tkWord {
				switch strings.ToLower(s.str(n)) {
				case "st", "nd", "rd", "th":
					return ti + 2, true
				}
			}
			return ti + 1, true
		}
	case slotYear:
		if v := s.digits(t, 4, 4); v >= f.yearFrom && v <= f.yearTo {
			c.year = v
			return ti + 1, true
		}
		if v, next, ok := f.spokenYear(s, ti); ok && v >= f.yearFrom && v <= f.yearTo {
			c.year = v
			return next, true
		}
	case slotDecade:
		v := s.digits(t, 4, 4)
		if v < 0 && ti > 0 && t.gap == gapNone && s.toks[ti-1].kind == tkPunct && normPunct(s.str(&s.toks[ti-1])) == "'" {
			v = s.shortDecade(s.digits(t, 2, 2))
		}
		if v < 0 || v%10 != 0 || v < f.yearFrom-f.yearFrom%10 || v > f.yearTo {
			return 0, false
		}
		k := ti + 1
		if n := s.touching(k); n != nil && n.kind == tkPunct && normPunct(s.str(n)) == "'" {
			k++
		}
		if n := s.touching(k); n != nil && (n.kind == tkWord && n.flags&fClitic == 0 && s.str(n) == "s") {
			c.decade = v
			return k + 1, true
		}
	case slotCentury:
		if v, next, ok := s.ordinal(ti); ok {
			c.century = v
			return next, true
		}
	case slotWeekend:
		if e := t.lex; e != nil && e.weekend && t.flags&fClitic == 0 {
			c.weekday, c.weekend = 6, true
			return ti + 1, true
		}
	case slotSeason:
		if e := t.lex; e != nil && e.season > 0 && t.flags&fClitic == 0 {
			c.season = e.season
			return ti + 1, true
		}
	case slotQuarter:
		if v := s.digits(t, 1, 1); v >= 1 && v <= 4 {
			c.quarter = v
			return ti + 1, true
		}
		if e := t.lex; e != nil && e.ordinal >= 1 && e.ordinal <= 4 && t.flags&fClitic == 0 {
			c.quarter = e.ordinal
			return ti + 1, true
		}
	case slotHalf:
		if v := s.digits(t, 1, 1); v >= 1 && v <= 2 {
			c.half = v
			return ti + 1, true
		}
		if e := t.lex; e != nil && e.ordinal >= 1 && e.ordinal <= 2 && t.flags&fClitic == 0 {
			c.half = e.ordinal
			return ti + 1, true
		}
	case slotCount:
		if v := s.digits(t, 1, 3); v >= 1 {
			c.count = v
			return ti + 1, true
		}
		if e := t.lex; e != nil && e.number > 0 && t.flags&fClitic == 0 {
			c.count = e.number
			return ti + 1, true
		}
	case slotUnit:
		if e := t.lex; e != nil && e.unit > 0 && t.flags&fClitic == 0 {
			c.unit = e.unit
			return ti + 1, true
		}
	case slotRelYear:
		if t.kind != tkWord || t.flags&fClitic != 0 {
			return 0, false
		}
		e := t.lex
		if e == nil {
			return 0, false
		}
		for _, pi := range e.relStarts { // longest first
			ph := &f.relPhrases[pi]
			r := &f.relatives[ph.rel]
			if r.unit != unitYear || r.ref != "" || r.fromPeriod || r.fromPrevious {
				continue
			}
			if end, ok := s.matchPhrase(ti, ph); ok {
				c.relYear, c.hasRelYear = r.offset, true
				if n := s.touching(end); n != nil && n.flags&fClitic != 0 && string(s.lower(n)) == "'s" {
					end++
				}
				return end, true
			}
		}
	case slotHoliday:
		if h, end, ok := f.matchHoliday(s, ti); ok {
			c.holiday = int16(h + 1)
			return end, true
		}
	case slotTime:
		if next, minute, ok := f.clockTime(s, ti); ok {
			c.minute = minute + 1
			return next, true
		}
	}
	return 0, false
}

// isTens reports whether n is a number of tens that may open an ordinal
// in words: twenty in "twenty-first".
func isTens(n int) bool { return n >= 20 && n <= 90 && n%10 == 0 }

// ordinal reads an ordinal from token ti: a number of one or two digits
// with its suffix touching it ("20th", "21st"), an ordinal word
// ("nineteenth"), or a word of tens and an ordinal word of one to nine,
// hyphenated or not ("twenty-first", "twenty first"). It returns the
// number and the token after it.
func (s *state) ordinal(ti int) (int, int, bool) {
	t := &s.toks[ti]
	if t.kind == tkNumber {
		v := s.digits(t, 1, 2)
		if v < 1 {
			return 0, 0, false
		}
		if n := s.touching(ti + 1); n != nil && n.kind == tkWord && n.flags&fClitic == 0 {
			switch strings.ToLower(s.str(n)) {
			case "st", "nd", "rd", "th":
				return v, ti + 2, true
			}
		}
		return 0, 0, false
	}
	e := t.lex
	if t.kind != tkWord || t.flags&fClitic != 0 || e == nil {
		return 0, 0, false
	}
	if e.ordinal > 0 {
		return e.ordinal, ti + 1, true
	}
	if !isTens(e.number) {
		return 0, 0, false
	}
	k := ti + 1
	if p := s.touching(k); p != nil && p.kind == tkPunct && normPunct(s.str(p)) == "-" {
		k++
		if s.touching(k) == nil {
			return 0, 0, false
		}
	} else if k >= len(s.toks) || s.toks[k].gap != gapSpace {
		return 0, 0, false
	}
	if u := &s.toks[k]; u.kind == tkWord && u.flags&fClitic == 0 && u.lex != nil && u.lex.ordinal >= 1 && u.lex.ordinal <= 9 {
		return e.number + u.lex.ordinal, k + 1, true
	}
	return 0, 0, false
}

// centuryWord reports whether a number word can open a year spoken in
// words ("nineteen" in "nineteen ninety-six").
func (f *Finder) centuryWord(e *lexEntry) bool {
	return e.number >= 10 && e.number*100+99 >= f.yearFrom && e.number*100 <= f.yearTo
}

// spokenYear reads a year spoken in words, as transcripts write it, from
// token ti: "nineteen ninety-six", "nineteen ninety six", "nineteen
// eighteen". It returns the year and the token after it.
func (f *Finder) spokenYear(s *state, ti int) (int, int, bool) {
	num := func(k int, gap uint8) int {
		if k >= len(s.toks) || s.toks[k].gap != gap || s.toks[k].kind != tkWord || s.toks[k].flags&fClitic != 0 {
			return 0
		}
		if e := s.toks[k].lex; e != nil {
			return e.number
		}
		return 0
	}
	t := &s.toks[ti]
	e := t.lex
	if t.kind != tkWord || t.flags&fClitic != 0 || e == nil || !f.centuryWord(e) {
		return 0, 0, false
	}
	hi := e.number
	lo := num(ti+1, gapSpace)
	next := ti + 2
	switch {
	case lo >= 10 && lo <= 19:
	case lo >= 20 && lo <= 90 && lo%10 == 0:
		// "ninety-six" or "ninety six"
		if p := s.touching(next); p != nil && p.kind == tkPunct && normPunct(s.str(p)) == "-" {
			if u := num(next+1, gapNone); u >= 1 && u <= 9 {
				lo, next = lo+u, next+2
			}
		} else if u := num(next, gapSpace); u >= 1 && u <= 9 {
			lo, next = lo+u, next+1
		}
	default:
		return 0, 0, false
	}
	return hi*100 + lo, next, true
}

// clockTime reads a clock time from token ti: "10 p.m.", "7:15 a.m.",
// "7.15pm", "19:15", "noon", "midnight", each perhaps followed by a time
// zone ("5 p.m. EST"). It returns the token after it and the time in
// minutes after midnight (midnight at the end of a day is 24:00).
func (f *Finder) clockTime(s *state, ti int) (int, int, bool) {
	t := &s.toks[ti]
	hour, minute, next := -1, 0, ti+1
	switch t.kind {
	case tkWord:
		e := t.lex
		if e == nil || t.flags&fClitic != 0 {
			return 0, 0, false
		}
		switch e.clock {
		case clockNoon:
			hour = 12
		case clockMidnight:
			hour = 24
		default:
			return 0, 0, false
		}
		return f.timeZone(s, next), hour * 60, true
	case tkNumber:
		w := s.str(t)
		if i := strings.IndexByte(w, '.'); i > 0 && len(w)-i == 3 { // 7.15
			hour, minute = digitsOf(w[:i], 1, 2), digitsOf(w[i+1:], 2, 2)
		} else {
			hour = digitsOf(w, 1, 2)
		}
		if p := s.touching(next); hour >= 0 && p != nil && p.kind == tkPunct && s.str(p) == ":" {
			if n := s.touching(next + 1); n != nil && n.kind == tkNumber && n.be-n.bs == 2 {
				minute, next = digitsOf(s.str(n), 2, 2), next+2
			}
		}
	}
	if hour < 0 || hour > 23 || minute < 0 || minute > 59 {
		return 0, 0, false
	}
	switch end, pm, ok := f.clockMark(s, next); {
	case ok && hour >= 1 && hour <= 12:
		hour %= 12
		if pm {
			hour += 12
		}
		next = end
	case next > ti+1: // "19:15", a time with minutes and no mark
	default:
		return 0, 0, false
	}
	return f.timeZone(s, next), hour*60 + minute, true
}

// clockMark matches "a.m." or "p.m." (as the rules write them) at token k,
// perhaps touching the number before it ("10pm").
func (f *Finder) clockMark(s *state, k int) (int, bool, bool) {
	if k >= len(s.toks) || s.toks[k].gap == gapLine {
		return 0, false, false
	}
	for i, list := range [2][]string{f.am, f.pm} {
		for _, mark := range list {
			if end, ok := s.matchMark(k, mark); ok {
				return end, i == 1, true
			}
		}
	}
	return 0, false, false
}

// matchMark matches the touching tokens from k whose text, in lower case,
// is mark.
func (s *state) matchMark(k int, mark string) (int, bool) {
	for ; mark != ""; k++ {
		if k >= len(s.toks) {
			return 0, false
		}
		w := s.lower(&s.toks[k])
		if len(w) > len(mark) || mark[:len(w)] != string(w) {
			return 0, false
		}
		mark = mark[len(w):]
		if mark != "" && (k+1 >= len(s.toks) || s.toks[k+1].gap != gapNone) {
			return 0, false
		}
	}
	return k, true
}

// timeZone skips a time zone at token k ("EST").
func (f *Finder) timeZone(s *state, k int) int {
	if k < len(s.toks) && s.toks[k].gap == gapSpace && s.toks[k].kind == tkWord {
		if e := s.toks[k].lex; e != nil && e.zone && s.toks[k].flags&fCap != 0 {
			return k + 1
		}
	}
	return k
}

// isDayLike reports whether the match is a single day (so a time of day
// may follow it).
func (f *Finder) isDayLike(m *match) bool {
	if m.rule >= len(f.patterns) {
		return f.relatives[m.rule-len(f.patterns)].unit == unitDay
	}
	c := &m.caps
	return c.minute == 0 && !c.weekend && (c.day > 0 || c.holiday > 0 || c.weekday > 0 && f.patterns[m.rule].weekdayOnly || c.count > 0 && c.unit == unitDay)
}

func daysIn(year, month int) int {
	if year == 0 {
		year = 2000 // a leap year: February 29 is possible
	}
	return time.Date(year, time.Month(month)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

var currency = map[string]bool{"$": true, "€": true, "£": true, "¥": true, "#": true, "№": true, "%": true, "@": true}

// glued reports whether the match touches other digits or letters: "$2025",
// "2025%", "2025-26", "x2025".
func (s *state) glued(m *match) bool {
	toks := s.toks
	first := &toks[m.start]
	if m.start > 0 && first.gap == gapNone {
		p := &toks[m.start-1]
		switch {
		case p.kind == tkWord || p.kind == tkNumber:
			return true
		case p.kind == tkPunct && currency[s.str(p)]:
			return true
		case p.kind == tkPunct && first.kind == tkNumber && m.start > 1 && p.gap == gapNone &&
			toks[m.start-2].kind == tkNumber && strings.Contains("-/.:,", normPunct(s.str(p))):
			return true
		}
	}
	if m.end < len(toks) && toks[m.end].gap == gapNone {
		n := &toks[m.end]
		last := &toks[m.end-1]
		switch {
		case n.kind == tkNumber:
			return true
		case n.kind == tkWord && n.flags&fClitic == 0:
			return true
		case n.kind == tkPunct && currency[s.str(n)]:
			return true
		case n.kind == tkPunct && last.kind == tkNumber && last.be-last.bs == 4 && strings.Contains("-/:", normPunct(s.str(n))):
			if k := s.touching(m.end + 1); k != nil && k.kind == tkNumber {
				return true
			}
		}
	}
	return false
}

// wordBefore returns the lower-case word right before token k in the same
// sentence ("'s" after a possessive), or "".
func (s *state) wordBefore(k int) string {
	if k <= 0 || s.hardStart(k) || s.toks[k].gap != gapSpace {
		return ""
	}
	p := &s.toks[k-1]
	if p.kind != tkWord {
		return ""
	}
	return string(s.lower(p))
}

// accept checks a candidate match against the text around it, and extends
// it over a time of day.
func (f *Finder) accept(s *state, m *match, lastEnd int) bool {
	toks := s.toks
	for k := m.start + 1; k < m.end; k++ {
		if s.hardStart(k) {
			return false
		}
	}
	var p *pattern
	var rel *relative
	if m.rule < len(f.patterns) {
		p = &f.patterns[m.rule]
	} else {
		rel = &f.relatives[m.rule-len(f.patterns)]
	}
	c := &m.caps

	// Capitals: a lower-case phrase ("today", "last week", "early")
	// written with a capital in mid-sentence is a title ("USA Today").
	st := &toks[m.start]
	if st.flags&fCap != 0 && !s.sentenceInitial(m.start) {
		lowerFirst := rel != nil || m.start != m.date
		if p != nil && p.elems[0].word != "" && p.elems[0].lower {
			lowerFirst = true
		}
		if lowerFirst && !isAllCaps(s.str(st)) {
			return false
		}
	}

	if rel != nil {
		// "This Week" (a show) is not this week.
		for k := m.date + 1; k < m.end; k++ {
			if toks[k].flags&fCap != 0 && !isAllCaps(s.str(&toks[k])) {
				return false
			}
		}
		// Nor is "this week-long" or "the quarter-to-quarter": the phrase
		// is part of a compound word.
		if h := s.touching(m.end); h != nil && h.kind == tkPunct && normPunct(s.str(h)) == "-" {
			if w := s.touching(m.end + 1); w != nil && w.kind == tkWord {
				return false
			}
		}
	}
	if c.century > 0 {
		// "20th Century Fox", "Twentieth Century Fund": a name, not a
		// date. The words after the ordinal are written in lower case in
		// running text (in capitals in an all-capitals line).
		for k := m.date + 1; k < m.end; k++ {
			if toks[k].kind == tkWord && toks[k].flags&fCap != 0 && !isAllCaps(s.str(&toks[k])) {
				return false
			}
		}
	}
	if p != nil {
		if p.oneSlot && (c.weekdayAbbr || c.monthAbbr && !c.monthDot) {
			return false
		}
		if c.month > 0 && c.day > 0 && c.day > daysIn(c.year, c.month) {
			m.impossible = true
			return false
		}
		if c.holiday > 0 && !f.holidayAlone(s, m) {
			return false
		}
	}

	if f.isDayLike(m) && m.end < len(toks) {
		n := &toks[m.end]
		if n.kind == tkWord && n.gap == gapSpace && n.flags&(fCap|fClitic) == 0 && !s.hardStart(m.end) {
			if e := n.lex; e != nil && e.timeOfDay {
				m.end++
			}
		}
	}

	if s.glued(m) {
		return false
	}
	if len(s.exStart) > 0 && s.excludedOverlap(int(toks[m.start].rs), int(toks[m.end-1].re)) {
		return false
	}

	before := s.wordBefore(m.start)
	after := ""
	if m.end < len(toks) && toks[m.end].gap != gapLine && !s.hardStart(m.end) && toks[m.end].kind == tkWord && toks[m.end].flags&fClitic == 0 {
		after = string(s.lower(&toks[m.end]))
	}
	notAfter, notBefore := map[string]bool(nil), map[string]bool(nil)
	if p != nil {
		notAfter, notBefore = p.notAfter, p.notBefore
	} else {
		notAfter, notBefore = rel.notAfter, rel.notBefore
	}
	if before != "" && notAfter[before] || after != "" && notBefore[after] {
		return false
	}
	if p != nil && p.onlyAfter != nil && m.start == m.date && !p.onlyAfter[before] && !(after != "" && p.alsoBefore[after]) {
		// "in 2019 and 2025": a connective right after the previous date
		if before == "" || !p.alsoAfter[before] || lastEnd != m.start-1 {
			return false
		}
	}
	if rel != nil && rel.onlyAfter != nil && !rel.onlyAfter[before] {
		return false
	}
	if rel != nil && rel.atClauseEnd && m.end < len(toks) && toks[m.end].kind != tkPunct && toks[m.end].gap != gapLine && !s.hardStart(m.end) {
		return false
	}
	return true
}

func isAllCaps(w string) bool {
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}
