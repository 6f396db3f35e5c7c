package dates

import (
	"os"
	"sync"
	"testing"
	"time"

	"github.com/goccy/go-yaml"
	"github.com/stretchr/testify/require"

	"github.com/newsfacts/extract/rules"
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
	finderOnce sync.Once
	finder     *Finder
	finderErr  error
)

// defaultFinder builds the finder of the default rules once.
func defaultFinder(t testing.TB) *Finder {
	t.Helper()
	finderOnce.Do(func() {
		f := loadRules(t, defaultRules)
		finder, finderErr = New(f)
	})
	require.NoError(t, finderErr)
	return finder
}

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
