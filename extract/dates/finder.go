package dates

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode"

	"github.com/newsfacts/extract/rules"
)

type slotKind uint8

const (
	slotNone slotKind = iota
	slotMonth
	slotMM
	slotDay
	slotYear
	slotWeekday
	slotDecade
	slotCentury
	slotSeason
	slotQuarter
	slotHalf
	slotCount
	slotUnit
	slotTime
	slotWeekend
	slotRelYear
	slotHoliday
	numSlots
)

var slotByName = map[string]slotKind{
	rules.DateSlotMonth: slotMonth, rules.DateSlotMM: slotMM, rules.DateSlotDay: slotDay,
	rules.DateSlotYear: slotYear, rules.DateSlotWeekday: slotWeekday, rules.DateSlotDecade: slotDecade,
	rules.DateSlotSeason: slotSeason, rules.DateSlotQuarter: slotQuarter, rules.DateSlotHalf: slotHalf, rules.DateSlotCount: slotCount,
	rules.DateSlotUnit: slotUnit, rules.DateSlotTime: slotTime, rules.DateSlotWeekend: slotWeekend,
	rules.DateSlotRelYear: slotRelYear, rules.DateSlotCentury: slotCentury, rules.DateSlotHoliday: slotHoliday,
}

// Units, in the order of rules.DateUnits (index+1 in captures).
const (
	unitDay uint8 = iota + 1
	unitWeek
	unitMonth
	unitQuarter
	unitYear
	unitDecade
)

var unitByName = map[string]uint8{"day": unitDay, "week": unitWeek, "month": unitMonth, "quarter": unitQuarter, "year": unitYear, "decade": unitDecade}

var granularityOfUnit = [...]string{unitDay: "day", unitWeek: "week", unitMonth: "month", unitQuarter: "quarter", unitYear: "year", unitDecade: "decade"}

// Seasons, 1-4 in captures, in calendar order within a season-year.
var seasonByCode = map[string]int{"SP": 1, "SU": 2, "FA": 3, "WI": 4}
var seasonCodes = [...]string{"", "SP", "SU", "FA", "WI"}

type elem struct {
	slot  slotKind
	word  string // literal word as written in the template
	lower bool   // the literal is written in lower case
	punct string
	space bool
	group int
}

type pattern struct {
	id      string
	elems   []elem
	resolve string
	// fromPeriod: a {count} {unit} counted from the quarter last named;
	// fromPrevious: from the date last named.
	fromPeriod, fromPrevious bool
	onlyAfter                map[string]bool
	alsoAfter                map[string]bool
	alsoBefore               map[string]bool
	notAfter                 map[string]bool
	notBefore                map[string]bool
	// oneSlot: the template has one slot (month or weekday alone, with
	// literal words at most): abbreviations need care.
	oneSlot bool
	// weekdayOnly: the date is a weekday (perhaps with a time) or a
	// weekend, without a calendar date.
	weekdayOnly bool
	// timeOnly: the template is a clock time alone ("at 7:15 p.m."), of
	// the day its paragraph last named or of the publication day.
	timeOnly bool
	// quarter and half are a part the template names in words ("the
	// first three months of {year}").
	quarter, half int
	examples      []string
}

type relative struct {
	id     string
	unit   uint8
	offset int
	ref    string // PRESENT_REF, PAST_REF or FUTURE_REF, or ""
	// fromPeriod: counted from the quarter last named; fromPrevious: from
	// the date last named.
	fromPeriod, fromPrevious bool
	// atClauseEnd: only before a punctuation mark or the sentence's end.
	atClauseEnd bool
	onlyAfter   map[string]bool
	notAfter    map[string]bool
	notBefore   map[string]bool
}

// refValues are the values of rules.DateRefs.
var refValues = map[string]string{"present": "PRESENT_REF", "past": "PAST_REF", "future": "FUTURE_REF"}

// phraseTok is one token of a fixed phrase: a lower-case word, a clitic
// ("'s") or a hyphen; touch means it follows the previous one directly
// ("year-ago", "year's").
type phraseTok struct {
	text  string
	touch bool
}

type relPhrase struct {
	rel  int
	toks []phraseTok
	// second is the entry of the second word, when it is a word: a quick
	// test before matching ("the" opens many phrases).
	second *lexEntry
}

// splitPhrase splits a phrase into tokens as the tokenizer would: "the
// year-ago quarter" gives the, year, -, ago, quarter; "year's end" gives
// year, 's, end.
func splitPhrase(ph string) []phraseTok {
	var out []phraseTok
	for _, w := range strings.Fields(normWord(ph)) {
		touch := false
		for _, part := range strings.SplitAfter(w, "-") {
			hyphen := strings.HasSuffix(part, "-")
			part = strings.TrimSuffix(part, "-")
			if i := strings.LastIndexByte(part, '\''); i > 0 && isClitic(part[i+1:]) {
				out = append(out, phraseTok{text: part[:i], touch: touch}, phraseTok{text: part[i:], touch: true})
			} else if part != "" {
				out = append(out, phraseTok{text: part, touch: touch})
			}
			if hyphen {
				out = append(out, phraseTok{text: "-", touch: true})
			}
			touch = true
		}
	}
	return out
}

type cue struct {
	words  []string
	future bool
	text   string
}

type nameEntry struct {
	num  int
	abbr bool
}

// lexEntry gathers what a lower-case word can be.
type lexEntry struct {
	relStarts   []int // into Finder.relPhrases, longest phrase first
	patStarts   []int // patterns whose first element is this literal word
	cueStarts   []int // into Finder.cues, longest first
	season      int
	weekend     bool
	number      int
	ordinal     int
	unit        uint8
	qualifier   bool
	timeOfDay   bool
	dayPart     string // MO, AF, EV, NI
	clock       uint8  // clockNoon or clockMidnight
	zone        bool
	notPast     bool
	auxiliary   bool
	progressive bool
	// way is +1 for a word before a date that looks ahead ("by"), -1 for
	// one that looks back ("since").
	way int8
	// holiday: the word, in some case, opens a holiday's name.
	holiday bool
}

const (
	clockNoon uint8 = iota + 1
	clockMidnight
)

// Finder finds and normalises date expressions; built once per process,
// safe for concurrent use.
type Finder struct {
	months      map[string]nameEntry // exact surface forms
	weekdays    map[string]nameEntry
	lex         map[string]*lexEntry
	patterns    []pattern
	byFirstSlot [numSlots][]int
	punctStarts map[string][]int
	relatives   []relative
	relPhrases  []relPhrase
	cues        []cue
	pastEndings []string
	am, pm      []string // clock marks, lower case ("p.m.")
	yearFrom    int
	yearTo      int
	// holidays are the named days; holidayStarts indexes their names
	// by the text of their first token (as written, and in capitals).
	holidays      []holiday
	holidayNames  []holidayName
	holidayStarts map[string][]int
	// valueOK tells the values the output schema accepts (see fit).
	valueOK func(string) bool
	pool    sync.Pool
}

// New compiles a dates rule file (usually the defaults merged with the
// user's files). It validates the file, and checks that every pattern finds
// its own examples. The values it writes are those the output schema
// accepts (see fit).
func New(f *rules.DatesFile) (*Finder, error) {
	return compile(f, schemaValueOK())
}

// compile is New with the test on values given.
func compile(f *rules.DatesFile, valueOK func(string) bool) (*Finder, error) {
	if f == nil {
		return nil, errors.New("dates: no rule file")
	}
	if errs := f.Validate(); len(errs) > 0 {
		msgs := make([]string, len(errs))
		for i, e := range errs {
			msgs[i] = e.Error()
		}
		return nil, fmt.Errorf("dates rules: %s", strings.Join(msgs, "; "))
	}
	d := &Finder{
		months:      map[string]nameEntry{},
		weekdays:    map[string]nameEntry{},
		lex:         map[string]*lexEntry{},
		punctStarts: map[string][]int{},
		yearFrom:    1900,
		yearTo:      2099,
		valueOK:     valueOK,
	}
	if f.Years != nil {
		d.yearFrom, d.yearTo = f.Years.From, f.Years.To
	}
	for _, m := range f.Months {
		addNames(d.months, m.Number, m.Names, false)
		addNames(d.months, m.Number, m.Abbreviations, true)
	}
	for _, w := range f.Weekdays {
		addNames(d.weekdays, w.Number, w.Names, false)
		addNames(d.weekdays, w.Number, w.Abbreviations, true)
	}
	for _, s := range f.Seasons {
		for _, n := range s.Names {
			d.entry(n).season = seasonByCode[s.Code]
		}
	}
	for _, w := range f.Weekend {
		d.entry(w).weekend = true
	}
	for w, n := range f.Numbers {
		d.entry(w).number = n
	}
	for w, n := range f.Ordinals {
		d.entry(w).ordinal = n
	}
	for _, u := range f.Units {
		for _, w := range u.Words {
			d.entry(w).unit = unitByName[u.Unit]
		}
	}
	for _, w := range f.Qualifiers {
		d.entry(w).qualifier = true
	}
	for _, w := range f.TimesOfDay {
		d.entry(w).timeOfDay = true
	}
	for _, dp := range f.DayParts {
		for _, w := range dp.Words {
			d.entry(w).dayPart = dp.Code
		}
	}
	if c := f.Clock; c != nil {
		for _, w := range c.AM {
			d.am = append(d.am, normWord(w))
		}
		for _, w := range c.PM {
			d.pm = append(d.pm, normWord(w))
		}
		for _, w := range c.Noon {
			d.entry(w).clock = clockNoon
		}
		for _, w := range c.Midnight {
			d.entry(w).clock = clockMidnight
		}
		for _, w := range c.Zones {
			d.entry(strings.TrimSuffix(w, ".")).zone = true
		}
	}
	for _, w := range f.Tense.NotPast {
		d.entry(w).notPast = true
	}
	for _, w := range f.Tense.Progressive {
		d.entry(w).progressive = true
	}
	for _, w := range f.Tense.ParticipleAfter {
		d.entry(w).auxiliary = true
	}
	for _, w := range f.Tense.Ahead {
		d.entry(w).way = 1
	}
	for _, w := range f.Tense.Back {
		d.entry(w).way = -1
	}
	for _, e := range f.Tense.PastEndings {
		d.pastEndings = append(d.pastEndings, normWord(e))
	}
	for _, c := range f.Tense.Future {
		d.addCue(c, true)
	}
	for _, c := range f.Tense.Past {
		d.addCue(c, false)
	}
	for _, r := range f.Relative {
		if r.Disabled {
			continue
		}
		ri := len(d.relatives)
		d.relatives = append(d.relatives, relative{
			id: r.ID, unit: unitByName[r.Unit], offset: r.Offset, ref: refValues[r.Ref],
			fromPeriod: r.From == rules.DateFromPeriod, fromPrevious: r.From == rules.DateFromPrevious, atClauseEnd: r.AtClauseEnd,
			onlyAfter: wordSet(r.OnlyAfter), notAfter: wordSet(r.NotAfter), notBefore: wordSet(r.NotBefore),
		})
		for _, ph := range r.Phrases {
			toks := splitPhrase(ph)
			pi := len(d.relPhrases)
			rp := relPhrase{rel: ri, toks: toks}
			if len(toks) > 1 && toks[1].text != "-" && toks[1].text[0] != '\'' {
				rp.second = d.entry(toks[1].text)
			}
			d.relPhrases = append(d.relPhrases, rp)
			e := d.entry(toks[0].text)
			e.relStarts = append(e.relStarts, pi)
		}
	}
	d.addHolidays(f.Holidays)
	for _, p := range f.Patterns {
		if p.Disabled {
			continue
		}
		tmpl, err := rules.ParseDateTemplate(p.Match)
		if err != nil { // Validate has caught it; kept for safety
			return nil, fmt.Errorf("dates rules: pattern %s: %v", p.ID, err)
		}
		cp := pattern{
			id: p.ID, resolve: p.Resolve, examples: p.Examples, fromPeriod: p.From == rules.DateFromPeriod, fromPrevious: p.From == rules.DateFromPrevious,
			onlyAfter: wordSet(p.OnlyAfter), alsoAfter: wordSet(p.AlsoAfterADate), alsoBefore: wordSet(p.AlsoBefore),
			notAfter: wordSet(p.NotAfter), notBefore: wordSet(p.NotBefore),
		}
		cp.quarter, cp.half, _ = rules.DatePart(p.Part)
		slots := 0
		for _, e := range tmpl {
			el := elem{slot: slotByName[e.Slot], word: e.Word, punct: e.Punct, space: e.Space, group: e.Group}
			if e.Word != "" {
				el.lower = e.Word == strings.ToLower(e.Word)
			}
			if el.slot != slotNone {
				slots++
			}
			cp.elems = append(cp.elems, el)
		}
		cp.oneSlot = slots == 1
		used := rules.DateTemplateSlots(tmpl)
		cp.weekdayOnly = (used[rules.DateSlotWeekday] || used[rules.DateSlotWeekend]) && !used[rules.DateSlotDay]
		cp.timeOnly = used[rules.DateSlotTime] && len(used) == 1
		pi := len(d.patterns)
		d.patterns = append(d.patterns, cp)
		first := cp.elems[0]
		switch {
		case first.slot != slotNone:
			d.byFirstSlot[first.slot] = append(d.byFirstSlot[first.slot], pi)
		case first.word != "":
			e := d.entry(first.word)
			e.patStarts = append(e.patStarts, pi)
		default:
			k := normPunct(first.punct)
			d.punctStarts[k] = append(d.punctStarts[k], pi)
		}
	}
	for _, e := range d.lex {
		sort.SliceStable(e.relStarts, func(a, b int) bool {
			return len(d.relPhrases[e.relStarts[a]].toks) > len(d.relPhrases[e.relStarts[b]].toks)
		})
		sort.SliceStable(e.cueStarts, func(a, b int) bool {
			return len(d.cues[e.cueStarts[a]].words) > len(d.cues[e.cueStarts[b]].words)
		})
	}
	d.pool.New = func() any { return &state{} }
	if err := d.checkExamples(); err != nil {
		return nil, err
	}
	return d, nil
}

// checkExamples runs every pattern's and every holiday's examples through
// the finder. A date found by a pattern with a {holiday} slot is written
// with the holiday's id: the pattern is told by the pattern that found it.
func (d *Finder) checkExamples() error {
	pub := time.Date(2025, 8, 16, 0, 0, 0, 0, time.UTC)
	var bad []string
	for _, p := range d.patterns {
		for _, ex := range p.examples {
			found := false
			var by []string
			d.find(ex, nil, nil, pub, &by)
			for _, id := range by {
				if id == p.id {
					found = true
					break
				}
			}
			if !found {
				bad = append(bad, fmt.Sprintf("pattern %s does not find its example %q", p.id, ex))
			}
		}
	}
	for _, h := range d.holidays {
		for _, ex := range h.examples {
			found := false
			for _, dt := range d.Find(ex, nil, nil, pub) {
				if dt.Rule == h.id && dt.Value != nil {
					found = true
					break
				}
			}
			if !found {
				bad = append(bad, fmt.Sprintf("holiday %s is not found in its example %q", h.id, ex))
			}
		}
	}
	if len(bad) > 0 {
		return fmt.Errorf("dates rules: %s", strings.Join(bad, "; "))
	}
	return nil
}

func (d *Finder) entry(w string) *lexEntry {
	k := normWord(w)
	e := d.lex[k]
	if e == nil {
		e = &lexEntry{}
		d.lex[k] = e
	}
	return e
}

func (d *Finder) addCue(c string, future bool) {
	words := strings.Fields(normWord(c))
	if len(words) == 0 {
		return
	}
	ci := len(d.cues)
	d.cues = append(d.cues, cue{words: words, future: future, text: c})
	e := d.entry(words[0])
	e.cueStarts = append(e.cueStarts, ci)
}

// addNames adds the surface forms of names: as written, in capitals, and
// with a capital first letter.
func addNames(m map[string]nameEntry, num int, names []string, abbr bool) {
	for _, n := range names {
		n = strings.TrimSuffix(n, ".")
		if n == "" {
			continue
		}
		ne := nameEntry{num: num, abbr: abbr}
		for _, form := range []string{n, strings.ToUpper(n), capitalise(n)} {
			if _, ok := m[form]; !ok {
				m[form] = ne
			}
		}
	}
}

func capitalise(s string) string {
	for i, r := range s {
		return string(unicode.ToUpper(r)) + s[i+len(string(r)):]
	}
	return s
}

// normWord lower-cases a word and straightens its apostrophes.
func normWord(s string) string {
	return strings.ReplaceAll(strings.ToLower(s), "’", "'")
}

func wordSet(list []string) map[string]bool {
	if len(list) == 0 {
		return nil
	}
	m := make(map[string]bool, len(list))
	for _, w := range list {
		m[normWord(w)] = true
	}
	return m
}

// normPunct maps the variants of a mark to one: hyphens and dashes to "-",
// apostrophes to "'".
func normPunct(s string) string {
	switch s {
	case "‐", "‑", "–", "—", "−":
		return "-"
	case "’", "‘":
		return "'"
	}
	return s
}
