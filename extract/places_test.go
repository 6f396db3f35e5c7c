package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsfacts/extract/schema"
)

// TestPlacesInOrganisations: a place that leads an organisation's name
// (after direction words only) is a mention of the place; one inside or at
// the end of the name, or naming a newspaper, is not.
func TestPlacesInOrganisations(t *testing.T) {
	e := testExtractor(t)
	cases := []struct {
		text      string
		want, not []string
	}{
		{text: "The Indiana Department of Natural Resources is cracking down on boaters this spring.",
			want: []string{"Indiana"}},
		{text: "Both were taken to Northeast Georgia Medical Center for treatment after the crash.",
			want: []string{"Georgia"}},
		{text: "He was later transferred to St. Cloud Hospital where he was listed in fair condition.",
			want: []string{"St. Cloud"}},
		{text: "Two men were hospitalized after a shooting in a South L.A. parking lot on Monday.",
			want: []string{"L.A."}},
		{text: "Sen. Ryan Zinke wrote in The Washington Post on Monday that the plan would fail.",
			not: []string{"Washington"}},
		{text: "The company plans to file for bankruptcy, according to the Des Moines Register newspaper.",
			not: []string{"Des Moines"}},
		{text: "Kackie Eller, a guidance counselor at George Washington High School, said the rules would change.",
			not: []string{"Washington"}},
		{text: "The crosstown rivals AC Milan and Inter will also play in the challenge this summer.",
			not: []string{"Milan"}},
	}
	for _, c := range cases {
		rec := e.Extract(schema.Document{ID: "t", Text: c.text})
		require.Nil(t, rec.Error, c.text)
		got := placeTexts(rec)
		for _, w := range c.want {
			assert.Contains(t, got, w, c.text)
		}
		for _, n := range c.not {
			assert.NotContains(t, got, n, c.text)
		}
	}
}
