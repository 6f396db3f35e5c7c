package rules

import (
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite golden files")

func TestDefaultsLoad(t *testing.T) {
	set, err := Default()
	require.NoError(t, err)
	assert.NotEmpty(t, set.Boilerplate.Rules)
	assert.NotEmpty(t, set.SpeechVerbs.Verbs)
	assert.NotEmpty(t, set.Attribution.Patterns)
	assert.NotEmpty(t, set.Titles.Titles)
	assert.NotEmpty(t, set.Gazetteer.Places)
}

// TestInvalidRules loads a directory holding one mistake per file and
// checks that every mistake is reported at once, each with file:line:col.
func TestInvalidRules(t *testing.T) {
	_, err := Load("testdata/invalid")
	require.Error(t, err)
	var list ErrorList
	require.True(t, errors.As(err, &list))
	var b strings.Builder
	for _, e := range list {
		b.WriteString(filepath.ToSlash(e.Error()))
		b.WriteByte('\n')
	}
	golden := "testdata/invalid.golden"
	if *update {
		require.NoError(t, os.WriteFile(golden, []byte(b.String()), 0o644))
	}
	want, err := os.ReadFile(golden)
	require.NoError(t, err)
	assert.Equal(t, string(want), b.String())
	files, _ := filepath.Glob("testdata/invalid/*.yaml")
	for _, f := range files {
		assert.Contains(t, b.String(), filepath.ToSlash(f)+":", "every broken file is reported")
	}
}

func TestUserRulesExtendAndOverride(t *testing.T) {
	set, err := Load("testdata/extend")
	require.NoError(t, err)
	var lemmas []string
	for _, v := range set.SpeechVerbs.Verbs {
		lemmas = append(lemmas, v.Lemma)
	}
	assert.Contains(t, lemmas, "murmur", "a user's verb is added")
	assert.Contains(t, lemmas, "say", "the defaults stay")
	var viewPlans []BoilerplateRule
	for _, r := range set.Boilerplate.Rules {
		if r.ID == "view-plans" {
			viewPlans = append(viewPlans, r)
		}
	}
	require.Len(t, viewPlans, 1, "a rule with a default's id replaces it")
	assert.Equal(t, "See Plans", viewPlans[0].Prefix)
}

func TestLoadMissingDir(t *testing.T) {
	_, err := Load("testdata/no-such-dir")
	require.Error(t, err)
	assert.Contains(t, err.Error(), "no-such-dir")
}

func TestRegularForms(t *testing.T) {
	tests := []struct {
		lemma string
		want  []string
	}{
		{"hail", []string{"hail", "hails", "hailed", "hailing"}},
		{"declare", []string{"declare", "declares", "declared", "declaring"}},
		{"reply", []string{"reply", "replies", "replied", "replying"}},
		{"stress", []string{"stress", "stresses", "stressed", "stressing"}},
		{"say", []string{"say", "says", "sayed", "saying"}},
	}
	for _, tt := range tests {
		t.Run(tt.lemma, func(t *testing.T) {
			assert.Equal(t, tt.want, SpeechVerb{Lemma: tt.lemma}.AllForms())
		})
	}
	assert.Equal(t, []string{"say", "says", "said", "saying"},
		SpeechVerb{Lemma: "say", Forms: []string{"says", "said", "saying"}}.AllForms(), "listed forms win")
}

func TestSourcesLeadToFileAndLine(t *testing.T) {
	set, err := Load("testdata/extend")
	require.NoError(t, err)
	assert.Equal(t, "rules/default/attribution.yaml", set.SourceOf("attribution", "quote-speaker-cue").File)
	assert.Positive(t, set.SourceOf("attribution", "quote-speaker-cue").Line)
	assert.Equal(t, Source{File: "testdata/extend/boilerplate.yaml", Line: 3}, set.SourceOf("boilerplate", "view-plans"),
		"an overriding entry points at the user's file")
	assert.Equal(t, Source{File: "testdata/extend/extra.yaml", Line: 5}, set.SourceOf("speech_verbs", "murmur"))
}

func TestScareQuoteWordsMerge(t *testing.T) {
	three, zero := 3, 0
	tests := []struct {
		name string
		user *int
		want int
	}{
		{"a user file without the key keeps the default", nil, 3},
		{"a user file sets it", &zero, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := AttributionFile{ScareQuoteWords: &three}
			f.Merge(&AttributionFile{ScareQuoteWords: tt.user})
			require.NotNil(t, f.ScareQuoteWords)
			assert.Equal(t, tt.want, *f.ScareQuoteWords)
		})
	}
}
