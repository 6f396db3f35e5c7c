package reconcile_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsfacts/extract/schema"
)

const (
	seed0 = "000_65a1ea006ef29172"
	seed1 = "001_95a3ff9c11a1d264"
)

// quoteWith returns the story quote one of whose variants contains words
// (compared by match key).
func quoteWith(t *testing.T, s schema.Story, words string) schema.StoryQuote {
	t.Helper()
	var found []schema.StoryQuote
	for _, q := range s.Quotes {
		for _, v := range q.Variants {
			if strings.Contains(schema.Key(v.Text), schema.Key(words)) {
				found = append(found, q)
				break
			}
		}
	}
	require.Len(t, found, 1, "story quotes containing %q", words)
	return found[0]
}

// quoteExactly returns the story quote whose own text is words.
func quoteExactly(t *testing.T, s schema.Story, words string) schema.StoryQuote {
	t.Helper()
	for _, q := range s.Quotes {
		if schema.Key(q.Text) == schema.Key(words) {
			return q
		}
	}
	require.Failf(t, "no quote", "%q", words)
	return schema.StoryQuote{}
}

// TestSeedStory states what the issue says of the two seed articles, with
// text signatures (as records will carry them) and without (as records of
// the extractor carry them today, grouped by quotes and title alone).
func TestSeedStory(t *testing.T) {
	for _, signed := range []bool{true, false} {
		name := "without signature"
		if signed {
			name = "with signature"
		}
		t.Run(name, func(t *testing.T) {
			stories := reconcileLines(t, extractLines(t, seedDocs(t), signed))
			require.Len(t, stories, 1, "the two seeds are one story")
			s := stories[0]
			assert.Equal(t, seed0+" "+seed1, docIDs(s), "versions by publication")
			assert.Equal(t, "2025-08-16", s.Versions[0].Published)
			assert.Nil(t, s.Versions[0].JoinedBy)
			require.NotNil(t, s.Versions[1].JoinedBy)
			assert.Equal(t, schema.JoinSimilarity, s.Versions[1].JoinedBy.By)

			// Quotes both versions carry appear once, seen in both.
			recs := map[string][]schema.Quote{}
			for _, line := range extractLines(t, seedDocs(t), false) {
				var rec signedRecord
				require.NoError(t, jsonUnmarshal(line, &rec))
				recs[rec.Doc.ID] = rec.Quotes
			}
			ids := map[string]map[string]bool{}
			for doc, qs := range recs {
				ids[doc] = map[string]bool{}
				for _, q := range qs {
					ids[doc][schema.QuoteID(q.Text)] = true
				}
			}
			shared := 0
			for id := range ids[seed0] {
				if !ids[seed1][id] {
					continue
				}
				shared++
				n := 0
				for _, q := range s.Quotes {
					if q.ID == id {
						n++
						assert.Equal(t, []string{seed0, seed1}, q.SeenIn, "quote %s", q.Text)
					}
				}
				assert.Equal(t, 1, n, "quote %s appears once", id)
			}
			assert.GreaterOrEqual(t, shared, 15)
			seenIn := map[string]bool{}
			for _, q := range s.Quotes {
				seenIn[q.ID] = true
			}
			assert.Len(t, s.Quotes, len(seenIn), "quote ids are unique")

			for _, words := range []string{"very good chance", "start us on the path towards a resolution in Ukraine", "is a safer place today"} {
				assert.Equal(t, []string{seed1}, quoteExactly(t, s, words).SeenIn, "%q only in 001", words)
			}
			assert.Equal(t, []string{seed0}, quoteWith(t, s, "critical moment").SeenIn, "critical moment only in 000")

			// Trump's quote keeps one id, and the cue change does not split it.
			didnt := quoteWith(t, s, "We didn’t get there, but we have a very good chance of getting there")
			assert.Equal(t, schema.QuoteID("We didn’t get there, but we have a very good chance of getting there,"), didnt.ID)
			assert.Equal(t, []string{seed0, seed1}, didnt.SeenIn)
			require.Len(t, didnt.Variants, 2)
			assert.Equal(t, "told", didnt.Variants[0].Cue.Text)
			assert.Equal(t, "said", didnt.Variants[1].Cue.Text)
			assert.Equal(t, didnt.Variants[0].QuoteID, didnt.Variants[1].QuoteID)
			require.NotNil(t, didnt.Speaker)
			assert.Equal(t, "Donald J. Trump", didnt.Speaker.Name)
			alone := reconcileLines(t, extractLines(t, seedDocs(t)[1:], signed))
			assert.Equal(t, didnt.ID, quoteWith(t, alone[0], "We didn’t get there").ID, "the same id from 001 alone")

			// The quote 001 splits in two is one quote, not edited.
			heat := quoteWith(t, s, "I’ll get a little heat for that one")
			assert.Equal(t, []string{seed0, seed1}, heat.SeenIn)
			assert.Len(t, heat.Variants, 3)
			assert.Equal(t, heat.ID, quoteWith(t, s, "That’s an interesting one").ID)

			// Orbán and Orban are one person.
			var orban []schema.StoryPerson
			for _, p := range s.People {
				if schema.Key(p.Name) == "viktor orban" {
					orban = append(orban, p)
				}
			}
			require.Len(t, orban, 1)
			assert.Equal(t, []string{seed0, seed1}, orban[0].SeenIn)
			assert.Equal(t, "Viktor Orbán", orban[0].Variants[0].Name)
			assert.Equal(t, "Viktor Orban", orban[0].Variants[1].Name)
			assert.Equal(t, schema.PersonID("Viktor Orbán"), orban[0].ID)

			// The Saturday date is only in 001.
			var saturday []schema.StoryDate
			for _, d := range s.Dates {
				for _, v := range d.Variants {
					if v.Text == "Saturday" {
						saturday = append(saturday, d)
					}
				}
			}
			require.Len(t, saturday, 1)
			assert.Equal(t, []string{seed1}, saturday[0].SeenIn)
			assert.Equal(t, "2025-08-16", *saturday[0].Value)

			// What changed, and no disagreement.
			require.Len(t, s.Changes, 1)
			c := s.Changes[0]
			var added, removed []string
			for _, r := range c.Added {
				added = append(added, r.Kind+": "+r.Label)
			}
			for _, r := range c.Removed {
				removed = append(removed, r.Kind+": "+r.Label)
			}
			assert.Equal(t, []string{
				"quote: very good chance",
				"quote: start us on the path towards a resolution in Ukraine",
				"quote: is a safer place today",
				"place: European Union", // "Putin's closest ally in the European Union", in 001 only
				"date: today (2025-08-17)",
				"date: Saturday (2025-08-16)",
				"date: now (PRESENT_REF)", // "now reinforced by European involvement", in 001 only
			}, added)
			assert.Equal(t, []string{"quote: critical moment"}, removed)
			assert.Empty(t, c.Edited)
			assert.Empty(t, c.Reattributed)
			assert.Empty(t, s.Conflicts, "Today in 000 and 001 resolve against two publication dates: not a conflict")
		})
	}
}
