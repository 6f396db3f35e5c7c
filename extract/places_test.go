package extract

import (
	"strings"
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
	cases := []placeCase{
		{text: "The Indiana Department of Natural Resources is cracking down on boaters this spring.",
			want: []string{"Indiana"}},
		{text: "Both were taken to Northeast Georgia Medical Center for treatment after the crash.",
			want: []string{"Georgia"}},
		{text: "He was later transferred to St. Cloud Hospital where he was listed in fair condition.",
			want: []string{"St. Cloud"}},
		{text: "Two men were hospitalized after a shooting in a South L.A. parking lot on Monday.",
			want: []string{"L.A."}},
		{text: "She turned to her community rabbi in the Jewish West Bank settlement of Beit El and told him.",
			want: []string{"West Bank"}},
		{text: "An Albany police SWAT team and Georgia Bureau of Investigation agents raided the home.",
			want: []string{"Georgia"}},
		{text: "A trooper with the Florida Highway Patrol said the crash closed the road.",
			want: []string{"Florida"}, not: []string{"Florida Highway"}},
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
		checkPlaces(t, e, c)
	}
}

// TestPlaceAfterCourtesyTitle: a place's name after "Mr." or "Ms." is a
// person's, but a title may open a place's name ("Lady Lake").
func TestPlaceAfterCourtesyTitle(t *testing.T) {
	e := testExtractor(t)
	checkPlaces(t, e, placeCase{text: "In a post on X, Mr. Stroud wrote that the budget was late.", not: []string{"Stroud"}})
	checkPlaces(t, e, placeCase{text: "A man from Lady Lake who declined to give his name said he was undecided.", want: []string{"Lady Lake"}})
}

// TestTitleIsNoPlace: a place's alias written as a person's title before
// the name is the title ("Del." is Delaware after a party letter).
func TestTitleIsNoPlace(t *testing.T) {
	e := testExtractor(t)
	checkPlaces(t, e, placeCase{text: "“We can't agree on how to pay the bills,” said Del. Chester Hanratty-Voss, a Carroll County Republican.",
		want: []string{"Carroll County"}, not: []string{"Del."}})
	checkPlaces(t, e, placeCase{text: "Sen. Chris Coons (D-Del.) said the bill would pass.", want: []string{"Del."}})
}

// TestPlaceInInitialledName: a place's name that ends a person's name
// given with initials is no mention, as it is not after a known first name.
func TestPlaceInInitialledName(t *testing.T) {
	e := testExtractor(t)
	checkPlaces(t, e, placeCase{text: "That changed in 1911 when author J.M. Barrie turned it into a book.", not: []string{"Barrie"}})
	checkPlaces(t, e, placeCase{text: "That changed in 1911 when the team moved to Barrie, Ontario.", want: []string{"Barrie"}})
}

// TestAmbiguousNameInPersonsName: an ambiguous name in a person's name is
// no mention; where the text names that person as one (a title, a known
// first name), its other mentions need a context of their own, but a name
// only capitals made a person's ("StandUp Ripley") does not take the
// confirmed name from the rest of the document.
func TestAmbiguousNameInPersonsName(t *testing.T) {
	e := testExtractor(t)
	text := "The council met in Ripley on Monday. StandUp Ripley objected. Ripley officials agreed."
	x, rec := e.extract(schema.Document{ID: "t", Text: text})
	require.Nil(t, rec.Error)
	entry := -1
	for i, p := range e.c.placeInfo {
		if p.Name == "Ripley" && p.Ambiguous {
			entry = i
		}
	}
	require.GreaterOrEqual(t, entry, 0)
	var mentions []span
	for i := 0; ; {
		j := strings.Index(text[i:], "Ripley")
		if j < 0 {
			break
		}
		mentions = append(mentions, span{i + j, i + j + len("Ripley")})
		i += j + 1
	}
	require.Len(t, mentions, 3)
	inName := span{strings.Index(text, "StandUp"), mentions[1].end}
	cases := []struct {
		name  string
		named bool // the text names StandUp Ripley as a person
		want  []span
	}{
		{name: "a name only capitals made", named: false, want: []span{mentions[0], mentions[2]}},
		{name: "a named person", named: true, want: []span{mentions[0]}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			persons := []span{inName}
			var named []span
			if c.named {
				named = persons
			}
			pd := newPlaceDoc(x, persons, named)
			defer pd.release()
			var cands []placeCand
			for _, m := range mentions {
				cands = append(cands, placeCand{span: m, entry: entry, weak: true, pattern: -1, name: "Ripley"})
			}
			sel := placeSelection{x: x, pd: pd, persons: persons, named: named}
			var got []span
			for _, k := range sel.choose(cands, []span{mentions[0]}) {
				got = append(got, k.span)
			}
			assert.Equal(t, c.want, got)
		})
	}
}

// TestDemonymMentions: a demonym is a mention of its place, with the form
// "demonym", unless it is inside an organisation's name or part of a
// person's or a people's, or names a language or a title.
func TestDemonymMentions(t *testing.T) {
	e := testExtractor(t)
	cases := []placeCase{
		{text: "Russian troops crossed into the breakaway region on Friday, the ministry said.", want: []string{"Russian"}},
		{text: "The talks between Israelis and Palestinians resumed in Cairo.", want: []string{"Israelis", "Palestinians", "Cairo"}},
		{text: "Georgian-controlled villages came under fire overnight.", want: []string{"Georgian"}},
		{text: "More than 40 Sri Lankan workers were stranded.", want: []string{"Sri Lankan"}, not: []string{"Sri Lanka"}},
		{text: "He spoke only French when he moved to Arlington.", not: []string{"French"}},
		{text: "The ad runs on local stations in English and in Spanish.", not: []string{"Spanish"}},
		// Like a place, a demonym that leads an organisation's name is a
		// mention; one inside it is not.
		{text: "The parade was led by members of the American Legion and local veterans.", want: []string{"American"}},
		{text: "Wreaths were laid by the Royal British Legion on Sunday.", not: []string{"British"}},
		{text: "African-American voters turned out in large numbers, as did Native Americans.",
			not: []string{"African", "American", "Americans"}},
		{text: "Questions were raised by CSEPP officer Monica French. French said the grant was spent.", not: []string{"French"}},
		{text: "Rubio's record was, as The New Yorker put it, thin.", not: []string{"New Yorker"}},
	}
	for _, c := range cases {
		checkPlaces(t, e, c)
	}
	rec := e.Extract(schema.Document{ID: "t", Text: "Russian officials met in Geneva."})
	require.Nil(t, rec.Error)
	forms := map[string]string{}
	for _, p := range rec.Places {
		for _, m := range p.Mentions {
			forms[m.Text] = p.Name + "/" + m.Form
		}
	}
	assert.Equal(t, map[string]string{"Russian": "Russia/demonym", "Geneva": "Geneva/"}, forms)
}

// TestAmountIsNoPlace: a currency sign before an amount is no place a
// context finds ("at around N1,600").
func TestAmountIsNoPlace(t *testing.T) {
	e := testExtractor(t)
	checkPlaces(t, e, placeCase{text: "The naira is trading at around N1,600 to the dollar, traders in Lagos said.",
		want: []string{"Lagos"}, not: []string{"N1"}})
}
