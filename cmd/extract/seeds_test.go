package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsfacts/extract/schema"
)

// The seed articles are the first regression case: every quote, speaker,
// person, place and date in them is known. These checks state that
// knowledge directly, beside the golden files.

func extractSeed(t *testing.T, published, path string) schema.Extraction {
	t.Helper()
	out := runExtract(t, "--published", published, path)
	var rec schema.Extraction
	require.NoError(t, json.Unmarshal(bytes.TrimSpace(out), &rec))
	require.Nil(t, rec.Error)
	return rec
}

// speakerOf returns the speakers of every quote whose text starts with
// prefix (a quote can occur twice).
func speakersOf(rec schema.Extraction, prefix string) []string {
	var out []string
	for _, q := range rec.Quotes {
		if strings.HasPrefix(q.Text, prefix) {
			name := "<none>"
			if q.Speaker != nil {
				name = q.Speaker.Name
			}
			out = append(out, name)
		}
	}
	return out
}

func TestSeed000(t *testing.T) {
	toRoot(t)
	rec := extractSeed(t, "2025-08-16", "testdata/seeds/000_65a1ea006ef29172.txt")
	quotes := []struct {
		prefix, speaker string
		count           int
	}{
		{"extremely productive", "Donald J. Trump", 1},
		{"We didn’t get there, but we have a very good chance of getting there", "Donald J. Trump", 1},
		{"Today’s agreements will help us restart pragmatic relations.", "Donald J. Trump", 1},
		{"That’s an interesting one. I’ll get a little heat for that one. But I can see it possibly happening.", "Donald J. Trump", 1},
		{"Next time in Moscow", "Vladimir Putin", 2},
		{"constructive", "Vladimir Putin", 1},
		{"friendly", "Vladimir Putin", 1},
		{"results-oriented", "Vladimir Putin", 1},
		{"For years, we have watched", "Viktor Orbán", 1},
		{"The world is a safer place today than it was yesterday.", "Viktor Orbán", 1},
		{"Ukraine emphasizes that key issues", "Volodymyr Zelensky", 1},
		{"It is important that Europeans are involved", "Volodymyr Zelensky", 1},
		{"main points", "Volodymyr Zelensky", 1},
		{"Ukraine reaffirms its readiness", "Volodymyr Zelensky", 1},
		{"It is important that America’s strength", "Volodymyr Zelensky", 1},
		{"all of the details regarding ending the killing and the war.", "Volodymyr Zelensky", 1},
		{"I am grateful for the invitation", "Volodymyr Zelensky", 1},
		{"critical moment", "Volodymyr Zelensky", 1},
	}
	for _, q := range quotes {
		got := speakersOf(rec, q.prefix)
		want := make([]string, q.count)
		for i := range want {
			want[i] = q.speaker
		}
		assert.Equal(t, want, got, "quote %q", q.prefix)
	}
	assert.Len(t, rec.Quotes, 19, "no other quotes")

	people := map[string][]string{
		"Vladimir Putin": {"President"}, "Donald J. Trump": {"President"}, "Viktor Orbán": {"Prime Minister"},
		"Volodymyr Zelensky": {"President"}, "Emmanuel Macron": {"President"}, "Friedrich Merz": {"Chancellor"},
		"Keir Starmer": {"Prime Minister"}, "Giorgia Meloni": {"Prime Minister"}, "Alexander Stubb": {"President"},
		"Karol Nawrocki": {"President"}, "Mark Rutte": {"Secretary-General"}, "Ursula von der Leyen": {"President"},
	}
	got := map[string][]string{}
	for _, p := range rec.People {
		got[p.Name] = p.Titles
	}
	assert.Equal(t, people, got, "each person exactly once, with the titles the text gives")
	for _, p := range rec.People {
		if p.Name == "Viktor Orbán" {
			assert.Equal(t, "Hungary", p.Affiliation)
		}
	}

	places := map[string][]schema.Mention{}
	for _, p := range rec.Places {
		places[p.Name] = p.Mentions
	}
	for _, want := range []string{"Moscow", "Alaska", "Anchorage", "Ukraine", "Russia", "Washington", "Europe"} {
		assert.Contains(t, places, want, "place %s", want)
	}
	for _, not := range []string{"Hungarian", "French", "English", "Russian"} {
		assert.NotContains(t, places, not, "%s is not a place here", not)
	}
	// Hungary is named only by its demonym ("Hungarian Prime Minister").
	assert.Equal(t, []schema.Mention{{Text: "Hungarian", Span: schema.Span{1433, 1442}, Form: "demonym"}}, places["Hungary"])

	dates := map[string]string{}
	for _, d := range rec.Dates {
		if d.Value != nil {
			dates[d.Text] = *d.Value
		}
	}
	assert.Equal(t, "2025-08-15", dates["Friday"])
	assert.Equal(t, "2025-08-18", dates["Monday"])

	assertNothingFromBoilerplate(t, rec, []string{"For a Nation That Believes", "Become a member", "View Plans"})
}

func TestSeed001(t *testing.T) {
	toRoot(t)
	rec := extractSeed(t, "2025-08-17", "testdata/seeds/001_95a3ff9c11a1d264.txt")
	for prefix, speaker := range map[string]string{
		"extremely productive":  "Donald J. Trump",
		"very good chance":      "CNN",
		"We didn’t get there":   "Donald J. Trump",
		"That’s an interesting": "Donald J. Trump",
		"Next time in Moscow":   "Vladimir Putin",
		"constructive":          "Vladimir Putin",
		"friendly":              "Vladimir Putin",
		"results-oriented":      "Vladimir Putin",
		"start us on the path towards a resolution in Ukraine": "Vladimir Putin",
		"is a safer place today":                               "Viktor Orban",
		"For years, we have watched":                           "Viktor Orban",
		"Ukraine emphasizes":                                   "Volodymyr Zelensky",
		"main points":                                          "Volodymyr Zelensky",
		"I am grateful for the invitation":                     "Volodymyr Zelensky",
	} {
		assert.Equal(t, []string{speaker}, speakersOf(rec, prefix), "quote %q", prefix)
	}
	for _, q := range rec.Quotes {
		// "..., with Trump pointing to his “very good chance” of ..., CNN
		// reported": CNN's report of Trump's words.
		if strings.HasPrefix(q.Text, "very good chance") {
			require.NotNil(t, q.Speaker)
			require.NotNil(t, q.Speaker.Original, "the speaker CNN reports")
			assert.Equal(t, "Donald J. Trump", q.Speaker.Original.Name)
		}
		if strings.HasPrefix(q.Text, "start us on the path") {
			require.NotNil(t, q.Speaker)
			assert.Equal(t, "He", q.Speaker.Mention.Text, "attributed through the pronoun")
			assert.Equal(t, schema.ByPronoun, q.Speaker.ResolvedBy)
		}
	}
	dates := map[string]string{}
	for _, d := range rec.Dates {
		if d.Value != nil {
			dates[d.Text] = *d.Value
		}
	}
	assert.Equal(t, "2025-08-16", dates["Saturday"])
	assertNothingFromBoilerplate(t, rec, []string{"Jannah Theme License", "Show More", "Related Articles", "Back to top button"})
}

// assertNothingFromBoilerplate checks that no quote, person or place takes
// its text or span from a boilerplate range.
func assertNothingFromBoilerplate(t *testing.T, rec schema.Extraction, phrases []string) {
	t.Helper()
	inExcluded := func(sp schema.Span) bool {
		for _, e := range rec.Excluded {
			if sp[0] < e.Span[1] && e.Span[0] < sp[1] {
				return true
			}
		}
		return false
	}
	var texts []string
	for _, q := range rec.Quotes {
		assert.False(t, inExcluded(q.Span), "quote %q overlaps boilerplate", q.Text)
		texts = append(texts, q.Text)
	}
	for _, p := range rec.People {
		for _, m := range p.Mentions {
			assert.False(t, inExcluded(m.Span), "person mention %q overlaps boilerplate", m.Text)
			texts = append(texts, m.Text)
		}
	}
	for _, p := range rec.Places {
		for _, m := range p.Mentions {
			assert.False(t, inExcluded(m.Span), "place mention %q overlaps boilerplate", m.Text)
		}
	}
	all := strings.Join(texts, "\n")
	for _, ph := range phrases {
		assert.NotContains(t, all, ph)
	}
	covered := ""
	for _, e := range rec.Excluded {
		covered += e.Text + "\n"
	}
	for _, ph := range phrases {
		assert.Contains(t, covered, ph, "boilerplate %q is marked as excluded", ph)
	}
}
