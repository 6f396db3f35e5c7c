package reconcile_test

import (
	"bytes"
	"math/rand/v2"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsfacts/extract/schema"
)

func labels(refs []schema.FactRef) []string {
	out := []string{}
	for _, r := range refs {
		out = append(out, r.Kind+": "+r.Label)
	}
	return out
}

// TestSeries checks each synthetic version series of testdata/stories.
func TestSeries(t *testing.T) {
	tests := []struct {
		name    string
		stories []string // doc ids of each story's versions
		check   func(t *testing.T, ss []schema.Story)
	}{
		{
			name:    "edited",
			stories: []string{"denver-bridge-0900 denver-bridge-1500"},
			check: func(t *testing.T, ss []schema.Story) {
				c := ss[0].Changes[0]
				require.Len(t, c.Edited, 1, "the mayor's quote is edited")
				e := c.Edited[0]
				assert.Equal(t, schema.QuoteID("We will open the new bridge in May, and traffic will finally ease,"), e.ID, "the id of the first version")
				assert.Equal(t, []schema.DiffOp{
					{Op: schema.DiffEqual, Text: "We will open the new bridge in"},
					{Op: schema.DiffDelete, Text: "May,"},
					{Op: schema.DiffInsert, Text: "June,"},
					{Op: schema.DiffEqual, Text: "and traffic will finally ease,"},
				}, e.Diff)
				assert.Equal(t, []string{"date: June (2025-06)"}, labels(c.Added))
				assert.Equal(t, []string{"date: May (2025-05)"}, labels(c.Removed))
				assert.Empty(t, c.Reattributed)
				require.Len(t, ss[0].Conflicts, 1, "the month inside the quote changed")
				x := ss[0].Conflicts[0]
				assert.Equal(t, schema.ConflictDateValue, x.Kind)
				assert.Equal(t, "2025-05", x.Values[0].Value)
				assert.Equal(t, "2025-06", x.Values[1].Value)
			},
		},
		{
			name:    "reattributed",
			stories: []string{"leeds-libraries-v1 leeds-libraries-v2"},
			check: func(t *testing.T, ss []schema.Story) {
				c := ss[0].Changes[0]
				require.Len(t, c.Reattributed, 1)
				r := c.Reattributed[0]
				assert.Equal(t, "Tom Baker", r.From.Name)
				assert.Equal(t, "Ana Ruiz", r.To.Name)
				assert.Equal(t, schema.PersonID("Ana Ruiz"), r.To.PersonID)
				assert.Empty(t, c.Edited, "the words did not change")
				assert.Equal(t, []string{"person: Ana Ruiz"}, labels(c.Added))
				assert.Equal(t, []string{"person: Tom Baker"}, labels(c.Removed))
				require.Len(t, ss[0].Conflicts, 1)
				x := ss[0].Conflicts[0]
				assert.Equal(t, schema.ConflictSpeaker, x.Kind)
				assert.Equal(t, r.ID, x.ID)
				assert.Equal(t, []string{"Tom Baker", "Ana Ruiz"}, []string{x.Values[0].Value, x.Values[1].Value})
				assert.Equal(t, []string{"leeds-libraries-v2"}, x.Values[1].SeenIn)
			},
		},
		{
			name:    "paragraph-removed",
			stories: []string{"bristol-floods-gazette bristol-floods-wire"},
			check: func(t *testing.T, ss []schema.Story) {
				c := ss[0].Changes[0]
				assert.Empty(t, c.Added)
				assert.Equal(t, []string{
					"quote: It came up through the floor in about ten minutes. Everything in the shop is gone,",
					"person: Peter Lang",
				}, labels(c.Removed))
				assert.Empty(t, c.Edited)
				assert.Empty(t, ss[0].Conflicts)
			},
		},
		{
			name:    "three-versions",
			stories: []string{"portland-strike-1 portland-strike-2 portland-strike-3"},
			check: func(t *testing.T, ss []schema.Story) {
				s := ss[0]
				require.Len(t, s.Changes, 2)
				assert.Equal(t, schema.JoinURL, s.Versions[1].JoinedBy.By, "the same page with tracking parameters")
				assert.Equal(t, []string{
					"quote: We remain ready to return to the table at any time,",
					"person: Kevin Osei",
					"place: Oregon",
				}, labels(s.Changes[0].Added))
				c := s.Changes[1]
				assert.Equal(t, "portland-strike-2", c.From)
				assert.Equal(t, []string{"quote: We will listen to any serious offer,", "date: Monday (2025-06-16)"}, labels(c.Added))
				require.Len(t, c.Edited, 1)
				assert.Equal(t, "We remain ready to return to negotiations at any time,", c.Edited[0].ToText)
				assert.Contains(t, c.Edited[0].Diff, schema.DiffOp{Op: schema.DiffDelete, Text: "the table"})
				assert.Contains(t, c.Edited[0].Diff, schema.DiffOp{Op: schema.DiffInsert, Text: "negotiations"})
				alvarez := quoteWith(t, s, "Our members have gone three years")
				assert.Equal(t, []string{"portland-strike-1", "portland-strike-2", "portland-strike-3"}, alvarez.SeenIn)
			},
		},
		{
			name:    "single",
			stories: []string{"toronto-transit"},
			check: func(t *testing.T, ss []schema.Story) {
				s := ss[0]
				assert.Equal(t, []schema.StoryChange{}, s.Changes)
				assert.Equal(t, []schema.StoryConflict{}, s.Conflicts)
				assert.Nil(t, s.Versions[0].JoinedBy)
				require.Len(t, s.Quotes, 1)
				assert.Equal(t, []string{"toronto-transit"}, s.Quotes[0].SeenIn)
				assert.Equal(t, schema.StoryID("doc:toronto-transit"), s.StoryID)
			},
		},
		{
			name:    "same-topic",
			stories: []string{"denver-budget", "trump-putin-call", "trump-zelensky-white-house"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, signed := range []bool{true, false} {
				ss := reconcileLines(t, extractLines(t, fixtureDocs(t, tc.name), signed))
				var got []string
				for _, s := range ss {
					got = append(got, docIDs(s))
				}
				require.Equal(t, tc.stories, got, "stories (signed %v)", signed)
				if tc.check != nil {
					tc.check(t, ss)
				}
			}
		})
	}
}

// TestArchive reconciles the seeds and every series together: different
// stories on the same topic (Trump and Putin, Denver's council) stay
// apart, and each story is the one its series makes alone.
func TestArchive(t *testing.T) {
	docs := seedDocs(t)
	want := []string{seed0 + " " + seed1}
	for _, name := range fixtures {
		fd := fixtureDocs(t, name)
		docs = append(docs, fd...)
		for _, s := range reconcileLines(t, extractLines(t, fd, true)) {
			want = append(want, docIDs(s))
		}
	}
	sort.Strings(want)
	for _, signed := range []bool{true, false} {
		lines := extractLines(t, docs, signed)
		stories := reconcileLines(t, lines)
		var got []string
		for _, s := range stories {
			got = append(got, docIDs(s))
		}
		sort.Strings(got)
		assert.Equal(t, want, got, "signed %v", signed)
		// The closest pair of different stories is far below the threshold.
		for _, s := range stories {
			for _, v := range s.Versions[1:] {
				assert.GreaterOrEqual(t, v.JoinedBy.Score, 0.25)
			}
		}
	}
}

// TestDeterministic checks that the output is the same bytes whatever the
// order of the input, and on every run.
func TestDeterministic(t *testing.T) {
	docs := seedDocs(t)
	for _, name := range fixtures {
		docs = append(docs, fixtureDocs(t, name)...)
	}
	lines := extractLines(t, docs, true)
	want := jsonl(t, reconcileLines(t, lines))
	assert.Equal(t, want, jsonl(t, reconcileLines(t, lines)), "a second run")
	rng := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 3; i++ {
		shuffled := append([][]byte(nil), lines...)
		rng.Shuffle(len(shuffled), func(a, b int) { shuffled[a], shuffled[b] = shuffled[b], shuffled[a] })
		assert.Equal(t, string(want), string(jsonl(t, reconcileLines(t, shuffled))), "shuffle %d", i)
	}
	reversed := make([][]byte, len(lines))
	for i, l := range lines {
		reversed[len(lines)-1-i] = l
	}
	assert.Equal(t, string(want), string(jsonl(t, reconcileLines(t, reversed))), "reversed")
	// The same records twice count once.
	assert.Equal(t, string(want), string(jsonl(t, reconcileLines(t, append(lines, lines...)))), "duplicated input")
}

// TestWithoutURLs drops the addresses of the three-version series: its
// versions still make one story, by similarity.
func TestWithoutURLs(t *testing.T) {
	docs := fixtureDocs(t, "three-versions")
	for i := range docs {
		docs[i].URL = ""
	}
	ss := reconcileLines(t, extractLines(t, docs, true))
	require.Len(t, ss, 1)
	for _, v := range ss[0].Versions[1:] {
		assert.Equal(t, schema.JoinSimilarity, v.JoinedBy.By)
	}
}

// TestStoryKey groups by the input's story key alone: different texts with
// one key are one story, near-identical texts with two keys are two.
func TestStoryKey(t *testing.T) {
	docs := fixtureDocs(t, "edited")
	docs = append(docs, fixtureDocs(t, "single")...)
	docs[0].Story, docs[1].Story, docs[2].Story = "bridge", "bridge-later", "bridge"
	ss := reconcileLines(t, extractLines(t, docs, true))
	var got []string
	for _, s := range ss {
		got = append(got, docIDs(s)+" | "+s.StoryKey+" | "+s.StoryID)
	}
	assert.Equal(t, []string{
		"denver-bridge-0900 toronto-transit | bridge | " + schema.StoryID("story:bridge"),
		"denver-bridge-1500 | bridge-later | " + schema.StoryID("story:bridge-later"),
	}, got)
	assert.Equal(t, schema.JoinStoryKey, ss[0].Versions[1].JoinedBy.By)
}

// TestReconcileOwnOutput refuses Story records as input.
func TestReconcileOwnOutput(t *testing.T) {
	stories := reconcileLines(t, extractLines(t, seedDocs(t), false))
	set, _ := setup(t)
	r, err := newReconciler(set)
	require.NoError(t, err)
	defer r.Close()
	line := bytes.TrimSpace(jsonl(t, stories))
	err = r.AddJSON(line)
	require.Error(t, err)
	assert.True(t, strings.Contains(err.Error(), "Story record"), err.Error())
}

// TestAddText gives the reconciler the texts beside the records, as
// `extract run --reconcile` does: the text similarity is then known.
func TestAddText(t *testing.T) {
	set, ex := setup(t)
	r, err := newReconciler(set)
	require.NoError(t, err)
	defer r.Close()
	for _, d := range seedDocs(t) {
		require.NoError(t, r.AddText(ex.Extract(d), d.Text))
	}
	var stories []schema.Story
	require.NoError(t, r.Stories(func(s schema.Story) error { stories = append(stories, s); return nil }))
	require.Len(t, stories, 1)
	signed := reconcileLines(t, extractLines(t, seedDocs(t), true))
	assert.Equal(t, signed[0].Versions[1].JoinedBy, stories[0].Versions[1].JoinedBy)
	require.NotNil(t, stories[0].Versions[1].JoinedBy.Text)
	assert.InDelta(t, 0.35, *stories[0].Versions[1].JoinedBy.Text, 0.01)
}
