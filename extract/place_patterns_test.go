package extract

import (
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsfacts/extract/rules"
	"github.com/newsfacts/extract/schema"
)

var (
	defaultExtractorOnce sync.Once
	defaultExtractor     *Extractor
	defaultExtractorErr  error
)

// testExtractor is an Extractor of the default rules, built once.
func testExtractor(t testing.TB) *Extractor {
	t.Helper()
	defaultExtractorOnce.Do(func() {
		set, err := rules.Default()
		if err != nil {
			defaultExtractorErr = err
			return
		}
		defaultExtractor, defaultExtractorErr = New(set)
	})
	require.NoError(t, defaultExtractorErr)
	return defaultExtractor
}

func TestScanWords(t *testing.T) {
	abbrevs := map[string]bool{"St": true, "Ill": true}
	text := "Henry, 19, of 1935 Orchard St., Glen Carbon, Ill., saw Mount Hood's slopes, the Governors' Parkway and U.S. troops."
	var got []string
	for _, w := range scanWords(nil, text, span{0, len(text)}, abbrevs) {
		got = append(got, w.text)
	}
	assert.Equal(t, []string{"Henry", ",", "19", ",", "of", "1935", "Orchard", "St.", ",", "Glen", "Carbon", ",", "Ill.", ",",
		"saw", "Mount", "Hood", "slopes", ",", "the", "Governors'", "Parkway", "and", "U.S.", "troops", "."}, got)
	ws := scanWords(nil, text, span{0, len(text)}, abbrevs)
	for _, w := range ws {
		if w.text == "Hood" || w.text == "Governors'" {
			assert.True(t, w.poss, "%s is a possessive", w.text)
		}
	}
}

// TestScanWordsAbbreviations: an abbreviation keeps its periods after a
// hyphen too, so that a party and a state split whole ("D-N.D.").
func TestScanWordsAbbreviations(t *testing.T) {
	pr := testExtractor(t).c.placePats
	cases := []struct {
		text string
		want []string
	}{
		{"Rep. Earl Pomeroy, D-N.D., said", []string{"Rep.", "Earl", "Pomeroy", ",", "D-", "N.D.", ",", "said"}},
		{"Nick Rahall, D-W. Va., chairman", []string{"Nick", "Rahall", ",", "D-", "W.", "Va.", ",", "chairman"}},
		{"Tom Bakk, DFL-Cook, said", []string{"Tom", "Bakk", ",", "DFL-", "Cook", ",", "said"}},
		{"the Winston-Salem mayor", []string{"the", "Winston-Salem", "mayor"}},
	}
	for _, c := range cases {
		var got []string
		for _, w := range pr.splitJoinedWords(scanWords(nil, c.text, span{0, len(c.text)}, pr.abbrevs), 0) {
			got = append(got, w.text)
		}
		assert.Equal(t, c.want, got, c.text)
	}
}

func TestSplitJoinedWords(t *testing.T) {
	pr := testExtractor(t).c.placePats
	text := "Rep. Torrey Westrom, R-Elbow Lake, and Northbrook-based Crate"
	var got []string
	for _, w := range pr.splitJoinedWords(scanWords(nil, text, span{0, len(text)}, pr.abbrevs), 0) {
		got = append(got, w.text)
	}
	assert.Equal(t, []string{"Rep.", "Torrey", "Westrom", ",", "R-", "Elbow", "Lake", ",", "and", "Northbrook", "-based", "Crate"}, got)
}

func TestIsOrdinal(t *testing.T) {
	for w, want := range map[string]bool{"11th": true, "42nd": true, "1st": true, "3rd": true, "first": true,
		"third": true, "11": false, "th": false, "main": false, "i-95": false, "4x4th": false} {
		assert.Equal(t, want, isOrdinal(w), w)
	}
}

// TestStreetsNeverPersons: a street word that never ends a person's name
// makes a street of a name that reads as a person's, and takes ordinals.
func TestStreetsNeverPersons(t *testing.T) {
	e := testExtractor(t)
	cases := []placeCase{
		{text: "Lane closures through Thursday for water and sewer work. Ruth Drive from Strickland Avenue to Oak Avenue.",
			want: []string{"Ruth Drive", "Strickland Avenue"}},
		{text: "At points traffic was detoured from as far down as Lois Street and nearby pedestrians were kept away.",
			want: []string{"Lois Street"}},
		{text: "Talmadge Drive between Pine Needle Drive and Sylvan Road. Closed through June 1 for building construction.",
			want: []string{"Pine Needle Drive", "Sylvan Road"}},
		{text: "The victim was found near 42nd Street and Fifth Avenue on Monday night, the police said.",
			want: []string{"42nd Street", "Fifth Avenue"}},
		{text: "Actor Nathan Lane said he would return to the stage next spring in a new comedy.",
			not: []string{"Nathan Lane"}},
		{text: "The mayor spoke on Sunday. “Main roads are in good shape,” she said. Elm and Oak streets were closed.",
			want: []string{"Elm", "Oak"}, not: []string{"Main"}},
		{text: "Stocks fell on Wall Street on Friday as investors weighed the jobs report from the government.",
			not: []string{"Wall Street"}},
	}
	for _, c := range cases {
		checkPlaces(t, e, c)
	}
}

// placeCase is a text with the place mentions it must and must not give.
type placeCase struct {
	name, text string
	want, not  []string
}

// checkPlaces extracts c.text and checks its place mentions.
func checkPlaces(t *testing.T, e *Extractor, c placeCase) {
	t.Helper()
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

// placeTexts are the mentions of places in rec.
func placeTexts(rec schema.Extraction) map[string]string {
	out := map[string]string{}
	for _, p := range rec.Places {
		for _, m := range p.Mentions {
			out[m.Text] = p.Kind
		}
	}
	return out
}

// TestPlacePatternsInContext states what the patterns find in longer texts
// and what they must leave alone in general news.
func TestPlacePatternsInContext(t *testing.T) {
	e := testExtractor(t)
	cases := []placeCase{
		{text: "A fire broke out on Sunday in Bicester, the police said. Bicester firefighters were called to the scene at night.",
			want: []string{"Bicester"}},
		{text: "Chiquita Henry, 19, of 1935 Orchard St., Alexandria, was arrested and charged. She was held in the Rapides Parish jail on Monday.",
			want: []string{"Orchard St.", "Alexandria", "Rapides Parish"}},
		{text: "Flooding has closed roads in Barrow and Jackson counties, officials said on Tuesday after the storm.",
			want: []string{"Barrow", "Jackson"}},
		{text: "Officials in Loudoun County said the storm had closed every road by Tuesday night.",
			want: []string{"Loudoun County"}},
		// A county whose first word is a title, which stops the pattern:
		// the gazetteer names it.
		{text: "A judge in King County ruled on Friday, and lobbyists on Capitol Hill took note. Storms later hit the Panhandle.",
			want: []string{"King County", "Capitol Hill", "Panhandle"}},
		{text: "Investors increased their stake in Valeant on Monday. Valeant said the deal would close soon.",
			not: []string{"Valeant"}},
		{text: "The air flow in Carrier units is controlled by rods. Carrier said it would move the plant to Mexico.",
			not: []string{"Carrier"}},
		{text: "Stocks fell on Wall Street on Friday as investors weighed the jobs report from the government.",
			not: []string{"Wall Street"}},
		{text: "TAPPER: Senator, thank you for joining us this morning on the program today.",
			not: []string{"TAPPER"}},
		{text: "CAMBRIDGE'S Mr Ice Cream, Antonio Savino, has died at the age of 72 after a long illness."},
		{text: "Actor Nathan Lane said he would return to the stage next spring in a new comedy.",
			not: []string{"Nathan Lane"}},
		{text: "Four officers responded, among them Chad Walker and Ron McCurry, to the call on the night of the fire.",
			not: []string{"Chad"}},
		{text: "Uninsured patients wait until they are very sick, requiring costlier care in ERs and ICUs across the state.",
			not: []string{"ERs", "ICUs"}},
		{text: "SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT .\n\nJapan began the defence of their Asian Cup title with a win against Syria .",
			want: []string{"Japan", "Syria"}, not: []string{"SOCCER"}},
		{text: "TEGA CAY - The town council met on Monday to discuss the new budget and the park.",
			want: []string{"TEGA CAY"}},
		{text: "SOCCER - JAPAN WIN .\n\nAL-AIN , United Arab Emirates 1996-12-06\n\nJapan began the defence of their title .",
			want: []string{"AL-AIN", "United Arab Emirates", "Japan"}, not: []string{"SOCCER"}},
		{text: "CLINTON SAYS DEAL WILL PASS\n\nBONN 1996-12-10\n\nGerman Chancellor Helmut Kohl said Germany backed the accord.",
			want: []string{"BONN", "Germany"}},
		{text: "A boat sank on Sunday.\n\nResidents of Dayton marched to the Mississippi River.",
			want: []string{"Dayton", "Mississippi River"}, not: []string{"Mississippi"}},
	}
	for _, c := range cases {
		checkPlaces(t, e, c)
	}
}

// TestPlaceShapedNames: a word that only names organisations ("Bank",
// "Union") does not undo a name of a place's shape that a context finds,
// and still stops one of another shape.
func TestPlaceShapedNames(t *testing.T) {
	e := testExtractor(t)
	cases := []placeCase{
		{text: "A slide closed the road in East Bank on Monday, emergency responders said.", want: []string{"East Bank"}},
		{text: "He grew up in Union City and moved away after college.", want: []string{"Union City"}},
		{text: "She kept her savings in Citizens Bank for years.", not: []string{"Citizens Bank"}},
		{text: "The talks in Central Union went on for weeks.", not: []string{"Central Union"}},
	}
	for _, c := range cases {
		checkPlaces(t, e, c)
	}
}

// TestAmbiguousNamesNeedContext: a gazetteer name marked ambiguous counts
// only where a context confirms it in the document.
func TestAmbiguousNamesNeedContext(t *testing.T) {
	e := testExtractor(t)
	var ambiguous string
	for _, p := range e.c.placeInfo {
		if p.Ambiguous && p.Name == "Ripley" {
			ambiguous = p.Name
		}
	}
	require.Equal(t, "Ripley", ambiguous, "the default gazetteer marks Ripley ambiguous")
	rec := e.Extract(schema.Document{ID: "t", Text: `"We needed somebody to break the ice," said coach Ripley after the meet on Friday night.`})
	assert.NotContains(t, placeTexts(rec), "Ripley")
	rec = e.Extract(schema.Document{ID: "t", Text: "The school board met in Ripley on Monday. Ripley officials said the budget would pass."})
	assert.Contains(t, placeTexts(rec), "Ripley")
	assert.Len(t, rec.Places, 1)
	assert.Len(t, rec.Places[0].Mentions, 2, "every mention of a confirmed name counts")
}

// TestAmbiguousNamesConfirmed: the contexts that confirm an ambiguous
// gazetteer name for the whole document.
func TestAmbiguousNamesConfirmed(t *testing.T) {
	e := testExtractor(t)
	cases := []placeCase{
		{name: "a sentence opening with a context word",
			text: "In Euclid, firefighters agreed to a pay cut. The city expects a deficit.", want: []string{"Euclid"}},
		{name: "a capitalised word inside a sentence is no context",
			text: "He told the magazine In Ripley that the deal was done.", not: []string{"Ripley"}},
		{name: "a county named after it",
			text: "DeKalb officials will vote on Tuesday. The DeKalb County Commission meets at noon.",
			want: []string{"DeKalb", "DeKalb County"}},
		{name: "a city that is a first name, in a context",
			text: "A lab technician from Quincy said the trains were late. Riders in Quincy waited an hour.", want: []string{"Quincy"}},
		{name: "a street named after it does not confirm it",
			text: "Ripley said the plan was sound. The house on Ripley Street burned.", not: []string{"Ripley"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkPlaces(t, e, c) })
	}
}
