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
	slotSeason
	slotQuarter
	slotCount
	slotUnit
	numSlots
)

var slotByName = map[string]slotKind{
	rules.DateSlotMonth: slotMonth, rules.DateSlotMM: slotMM, rules.DateSlotDay: slotDay,
	rules.DateSlotYear: slotYear, rules.DateSlotWeekday: slotWeekday, rules.DateSlotDecade: slotDecade,
	rules.DateSlotSeason: slotSeason, rules.DateSlotQuarter: slotQuarter, rules.DateSlotCount: slotCount,
	rules.DateSlotUnit: slotUnit,
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
	id        string
	elems     []elem
	resolve   string
	onlyAfter map[string]bool
	alsoAfter map[string]bool
	notAfter  map[string]bool
	notBefore map[string]bool
	// oneSlot: the template has one slot (month or weekday alone, with
	// literal words at most): abbreviations need care.
	oneSlot bool
	// weekdayOnly: the date is a weekday and nothing else.
	weekdayOnly bool
	examples    []string
}

type relative struct {
	id        string
	unit      uint8
	offset    int
	notAfter  map[string]bool
	notBefore map[string]bool
}

type relPhrase struct {
	rel   int
	words []string
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
	number      int
	ordinal     int
	unit        uint8
	qualifier   bool
	timeOfDay   bool
	notPast     bool
	progressive bool
}

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
	yearFrom    int
	yearTo      int
	pool        sync.Pool
}

// New compiles a dates rule file (usually the defaults merged with the
// user's files). It validates the file, and checks that every pattern finds
// its own examples.
func New(f *rules.DatesFile) (*Finder, error) {
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
	for _, w := range f.Tense.NotPast {
		d.entry(w).notPast = true
	}
	for _, w := range f.Tense.Progressive {
		d.entry(w).progressive = true
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
			id: r.ID, unit: unitByName[r.Unit], offset: r.Offset,
			notAfter: wordSet(r.NotAfter), notBefore: wordSet(r.NotBefore),
		})
		for _, ph := range r.Phrases {
			words := strings.Fields(normWord(ph))
			pi := len(d.relPhrases)
			d.relPhrases = append(d.relPhrases, relPhrase{rel: ri, words: words})
			e := d.entry(words[0])
			e.relStarts = append(e.relStarts, pi)
		}
	}
	for _, p := range f.Patterns {
		if p.Disabled {
			continue
		}
		tmpl, err := rules.ParseDateTemplate(p.Match)
		if err != nil { // Validate has caught it; kept for safety
			return nil, fmt.Errorf("dates rules: pattern %s: %v", p.ID, err)
		}
		cp := pattern{
			id: p.ID, resolve: p.Resolve, examples: p.Examples,
			onlyAfter: wordSet(p.OnlyAfter), alsoAfter: wordSet(p.AlsoAfterADate),
			notAfter: wordSet(p.NotAfter), notBefore: wordSet(p.NotBefore),
		}
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
		cp.weekdayOnly = used[rules.DateSlotWeekday] && len(used) == 1
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
			return len(d.relPhrases[e.relStarts[a]].words) > len(d.relPhrases[e.relStarts[b]].words)
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

// checkExamples runs every pattern's examples through the finder.
func (d *Finder) checkExamples() error {
	pub := time.Date(2025, 8, 16, 0, 0, 0, 0, time.UTC)
	var bad []string
	for _, p := range d.patterns {
		for _, ex := range p.examples {
			found := false
			for _, dt := range d.Find(ex, nil, nil, pub) {
				if dt.Rule == p.id {
					found = true
					break
				}
			}
			if !found {
				bad = append(bad, fmt.Sprintf("pattern %s does not find its example %q", p.id, ex))
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
