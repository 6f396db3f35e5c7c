package dates

import (
	"os"
	"regexp"
	"sync"
	"testing"
	"time"

	"github.com/goccy/go-yaml"
	"github.com/stretchr/testify/require"

	"github.com/newsfacts/extract/rules"
	"github.com/newsfacts/extract/schema"
)

const defaultRules = "../../rules/default/dates.yaml"

func loadRules(t testing.TB, path string) *rules.DatesFile {
	t.Helper()
	fh, err := os.Open(path)
	require.NoError(t, err)
	defer fh.Close()
	var f rules.DatesFile
	require.NoError(t, yaml.NewDecoder(fh, yaml.DisallowUnknownField()).Decode(&f))
	return &f
}

var (
	finderOnce   sync.Once
	finder       *Finder
	timeml       *Finder
	finderErr    error
	calendarOnly = regexp.MustCompile(calendarPattern).MatchString
)

// defaultFinder builds the finder of the default rules once. It writes
// calendar values only (the schema's pattern before TimeML's values were
// asked for), so that these tests do not change with the schema file.
func defaultFinder(t testing.TB) *Finder {
	t.Helper()
	buildFinders(t)
	return finder
}

// timemlFinder is the finder of the default rules writing every value:
// PRESENT_REF, 2025-08-15T22:00, 2025-08-15TNI, 2025-W33-WE.
func timemlFinder(t testing.TB) *Finder {
	t.Helper()
	buildFinders(t)
	return timeml
}

func buildFinders(t testing.TB) {
	t.Helper()
	finderOnce.Do(func() {
		finder, finderErr = compile(loadRules(t, defaultRules), calendarOnly)
		if finderErr == nil {
			timeml, finderErr = compile(loadRules(t, defaultRules), func(string) bool { return true })
		}
	})
	require.NoError(t, finderErr)
}

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// dateWithText returns the last date of got written as word, which must
// be there with a value.
func dateWithText(t *testing.T, got []schema.Date, word string) *schema.Date {
	t.Helper()
	var d *schema.Date
	for i := range got {
		if got[i].Text == word {
			d = &got[i]
		}
	}
	require.NotNil(t, d, "no %q in %v", word, got)
	require.NotNil(t, d.Value, d.Note)
	return d
}
