package extract

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newsfacts/extract/extract/tagger"
	"github.com/newsfacts/extract/schema"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestAlignTokens(t *testing.T) {
	m, err := newModels(nil, nil, map[string]bool{"gen": true, "feb": true})
	require.NoError(t, err)
	tests := []struct {
		doc  string
		cuts []int
		want []string
	}{
		{"“We didn’t get there,” Trump told reporters in Washington, D.C., on Monday.", nil,
			[]string{"“", "We", "did", "n’t", "get", "there", ",", "”", "Trump", "told", "reporters", "in",
				"Washington", ",", "D.C.", ",", "on", "Monday", "."}},
		// Dashes that join words are tokens of their own.
		{"The tax—which he hated--was gone.”― Carla Sanchez", nil,
			[]string{"The", "tax", "—", "which", "he", "hated", "--", "was", "gone", ".", "”", "―", "Carla", "Sanchez"}},
		{"The 2015–16 season", nil, []string{"The", "2015–16", "season"}},
		// A hyphen opening a word signs a letter; inside one it joins.
		{"-Michelle Marks, a pro-Sanders voter -Philadelphia", nil,
			[]string{"-", "Michelle", "Marks", ",", "a", "pro-Sanders", "voter", "-", "Philadelphia"}},
		{"-Élise Lucet, with -élan", nil, []string{"-", "Élise", "Lucet", ",", "with", "-élan"}},
		// Cuts split quotation marks glued to the words outside them.
		{"He said:\"We won.\"And left.", []int{8, 17},
			[]string{"He", "said", ":", "\"", "We", "won", ".", "\"", "And", "left", "."}},
		// The period ending a sentence is no part of a short name, even
		// before a closing mark, but is of an abbreviation.
		{"“It was fast,” said Ann Lee.", nil, []string{"“", "It", "was", "fast", ",", "”", "said", "Ann", "Lee", "."}},
		{"“No,” said Cox.”", nil, []string{"“", "No", ",", "”", "said", "Cox", ".", "”"}},
		{"He was born in Feb.", nil, []string{"He", "was", "born", "in", "Feb."}},
		// prose drops a contraction with the mark right after it.
		{"An ex-wife of Stewart's, Sue Griffin, said “I don’t,” and it’s Bob’s.", nil,
			[]string{"An", "ex-wife", "of", "Stewart", "'s", ",", "Sue", "Griffin", ",", "said", "“", "I", "do", "n’t", ",", "”", "and", "it", "’s", "Bob", "’s", "."}},
		{"He met Gen.", nil, []string{"He", "met", "Gen."}},
		// prose drops a word that 's, 'm, 're or 'll starts: inside a name
		// the mark is kept, before a word it is a token.
		{"Martin O'Malley's aide, D’Souza and O’Reilly, called it 'shameful' and ‘more so.’", nil,
			[]string{"Martin", "O'Malley", "'s", "aide", ",", "D’Souza", "and", "O’Reilly", ",", "called", "it",
				"'", "shameful", "'", "and", "‘", "more", "so", ".", "’"}},
	}
	for _, tt := range tests {
		tx := newText(tt.doc)
		s := sentence{span: span{0, len(tt.doc)}}
		require.NoError(t, m.tokenize(tx, &s, tt.cuts))
		var got []string
		for _, tk := range s.tokens {
			assert.Equal(t, tk.text, tt.doc[tk.start:tk.end], "token text is the document's own")
			got = append(got, tk.text)
		}
		assert.Equal(t, tt.want, got, tt.doc)
	}
}

// FuzzAlign checks that aligned tokens always point at their own text, in
// order, whatever prose makes of the input and the spaces taggerText adds.
func FuzzAlign(f *testing.F) {
	for _, s := range []string{"“Quoted,” he said.", "It’s &rsquo;odd&rsquo; text", "a  b\tc", "Mr. J. Smith Jr.", "tax—which--was”―Sanchez", "said:\"We"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, doc string) {
		if !utf8.ValidString(doc) {
			return
		}
		words := tagger.Tokenize(taggerText(doc, span{0, len(doc)}, []int{len(doc) / 2}), nil)
		prev := 0
		for _, tk := range align(doc, span{0, len(doc)}, words, make([]string, len(words))) {
			if tk.start < prev || tk.end > len(doc) || tk.text != doc[tk.start:tk.end] {
				t.Fatalf("bad token %+v", tk)
			}
			prev = tk.end
		}
	})
}

func TestPhraseMatcher(t *testing.T) {
	var m phraseMatcher
	m.add("Washington", 0)
	m.add("Washington, D.C.", 1)
	m.add("U.S.", 2)
	m.add("Côte d'Ivoire", 3)
	doc := "From Washington, D.C., to U.S.-Russia talks, Washingtonians and Côte d’Ivoire."
	var got []string
	m.findAll(doc, span{0, len(doc)}, func(s span, v int) { got = append(got, s.text(doc)) })
	assert.Equal(t, []string{"Washington, D.C.", "U.S.", "Côte d’Ivoire"}, got)
}

func TestFoldLine(t *testing.T) {
	for _, s := range []string{"", "  Advertisement  ", "SHARE  this\tStory", "Ça VA Été", "İstanbul ẞ", "bad \xff byte", "ÀÉÎ  õü"} {
		assert.Equal(t, strings.ToLower(strings.Join(strings.Fields(s), " ")), foldLine(s), "%q", s)
	}
}

// TestSentencesPastPossessive checks that no sentence ends in a
// possessive's 's, which the segmenter may cut after an abbreviation.
func TestSentencesPastPossessive(t *testing.T) {
	ex := testExtractor(t)
	doc := `The company said major rivals, Philip Morris Co.'s Miller Brewing unit and Adolph Coors Co. "have been discounting." It fell.`
	x, _ := ex.extract(schema.Document{ID: "t", Text: doc})
	var got []string
	for _, s := range x.sents {
		got = append(got, s.text(doc))
	}
	assert.Equal(t, []string{`The company said major rivals, Philip Morris Co.'s Miller Brewing unit and Adolph Coors Co. "have been discounting."`, "It fell."}, got)
}

func TestEndsWithTitle(t *testing.T) {
	m := &models{titleAbbrev: map[string]bool{"mr": true, "sen": true}}
	tests := []struct {
		s    string
		want bool
	}{
		{"''You could find someone,'' Mr.", true},
		{"“It works,” Sen.", true},
		{"He met Mr.", true},
		{"He moved to the U.S.", false},
		{"He spoke.", false},
		{"Mr", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, m.endsWithTitle(tt.s), tt.s)
	}
}

func TestEndsWithInitial(t *testing.T) {
	m := &models{firstNames: map[string]string{"charles": "male", "douglas": "male"}}
	tests := []struct {
		s    string
		want bool
	}{
		{"Gen. Charles Q.", true},
		{"the emails of Douglas J.", true},
		{"“Douglas J.", true},
		{"They went with Plan B.", false},
		{"He takes vitamin C.", false},
		{"Charles Qu.", false},
		{"Gen.\u00a0Charles\u00a0Q.", true}, // a no-break space parts words too
		{"Q.", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, m.endsWithInitial(tt.s), tt.s)
	}
}

// TestParagraphHeadlines checks which lines are taken for headlines, whose
// capitals mark no names: a title-case line with no full stop, the first
// line even with one, and a later one with one only when it capitalises a
// function word as title case does; never a sentence in brackets.
func TestParagraphHeadlines(t *testing.T) {
	tests := []struct {
		name, line string
		first      bool
		want       bool
	}{
		{"title case without a full stop", "Putin Invites Trump to Moscow After Alaska Summit", false, true},
		{"the first line with a full stop", "Trey Gowdy Just Fired Back After Getting Hit.", true, true},
		{"a later line capitalising a function word", "Salma Hayek Described Her Experience Being Discriminated Against.", false, true},
		{"a later line capitalising a short word", "Zoe Saldana Responds To Anti-Immigrant Hate.", false, true},
		{"a later line of names", "South Carolina: Andrew Collins, Will Folks, Barry Wynn.", false, false},
		{"a later line of names with a lower-case link", "Sen. Marco Rubio of Florida.", false, false},
		{"a sentence", "Sen. Marco Rubio spoke in Houston.", true, false},
		{"a wire credit in brackets", "(Reporting by Valerie Volcovici; Additional reporting by Lawrence Hurley; Editing by Will Dunham.)", false, false},
		{"a wire credit in brackets, no period", "(Reporting by Ahmad Ghaddar; Additional reporting by Aaron Sheldrick in Tokyo; Editing by Dale Hudson)", false, false},
		{"a caption in brackets", "[Video: FULL SPEECH: President Obama Speech at Black Caucus Foundation in Washington DC (9/17/16) Watch on YouTube.]", false, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := tt.line
			if !tt.first {
				doc = "The story begins here.\n\n" + doc
			}
			paras := paragraphs(newText(doc))
			assert.Equal(t, tt.want, paras[len(paras)-1].headline)
		})
	}
}

// TestSplitRunInTitle checks that a title the text opens with on one line
// becomes a paragraph of its own, a headline only when it reads as one,
// and that other first lines are left whole.
func TestSplitRunInTitle(t *testing.T) {
	tests := []struct {
		name, title, text string
		want              []string
		headline          bool
	}{
		{"a sentence-case title and a dateline", "Meth makers leave behind toxic trail",
			"Meth makers leave behind toxic trail. CHATTANOOGA (AP) — Methamphetamine cooks are at work.",
			[]string{"Meth makers leave behind toxic trail.", "CHATTANOOGA (AP) — Methamphetamine cooks are at work."}, false},
		{"a title-case title", "Senior U.S. Military Official Visits Georgia",
			"Senior U.S. Military Official Visits Georgia. Gen. Cartwright arrived on Monday.",
			[]string{"Senior U.S. Military Official Visits Georgia.", "Gen. Cartwright arrived on Monday."}, true},
		{"a space before the full stop", "Madison will dump assessors",
			"Madison will dump assessors . DANIELSVILLE - Madison County commissioners voted.",
			[]string{"Madison will dump assessors .", "DANIELSVILLE - Madison County commissioners voted."}, false},
		{"a title on its own line", "Donald Trump Wins the Election", "Donald Trump Wins the Election\n\nDonald Trump won.", []string{"Donald Trump Wins the Election", "Donald Trump won."}, true},
		{"a title running into a word", "Fire", "Firefighters came at noon.", []string{"Firefighters came at noon."}, false},
		{"no title", "", "Donald Trump won. He spoke.", []string{"Donald Trump won. He spoke."}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tx := newText(tt.text)
			paras := splitRunInTitle(tx, paragraphs(tx), tt.title)
			var got []string
			for _, p := range paras {
				got = append(got, p.text(tx.masked))
			}
			assert.Equal(t, tt.want, got)
			assert.Equal(t, tt.headline, paras[0].headline)
		})
	}
}

// TestGluedMarks checks where the tokens of a sentence must end at a quote
// mark that the tagger would leave on a word: a mark glued to the word
// outside the quote, and opening backquotes glued to the word inside.
func TestGluedMarks(t *testing.T) {
	ex := testExtractor(t)
	tests := []struct {
		doc  string
		want []string
	}{
		{`He said:"We won."And left.`, []string{"He", "said", ":", `"`, "We", "won", ".", `"`, "And", "left", "."}},
		{"``We won,'' Yeltsin said.", []string{"``", "We", "won", ",", "'", "'", "Yeltsin", "said", "."}},
	}
	for _, tt := range tests {
		x, _ := ex.extract(schema.Document{ID: "t", Text: tt.doc})
		var got []string
		for _, s := range x.sents {
			for _, tk := range s.tokens {
				got = append(got, tk.text)
			}
		}
		assert.Equal(t, tt.want, got, tt.doc)
	}
}

// TestPlainSpaces checks that spaces beyond ASCII become as many ASCII
// spaces as they have bytes, and nothing else changes.
func TestPlainSpaces(t *testing.T) {
	tests := []struct{ in, want string }{
		{"said.\u00a0“Every", "said.  “Every"},
		{"a\u2009b\u202fc\u3000d", "a   b   c   d"},
		{"said.\u200b“Every\ufeff", "said.   “Every   "},
		{"no change — “quotes” and\ttabs\n", "no change — “quotes” and\ttabs\n"},
		{"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got := plainSpaces(tt.in)
			assert.Equal(t, tt.want, got)
			assert.Len(t, got, len(tt.in), "byte offsets must stay the same")
		})
	}
}

// TestBlankMarkup checks that masked tags become spaces byte for byte
// and that text that only looks like a tag stays.
func TestBlankMarkup(t *testing.T) {
	tests := []struct{ in, want string }{
		{"<p>“Win,” he said.</p>", "   “Win,” he said.    "},
		{`<tweet id="1" author="@x">Hi</tweet>.`, `                          Hi        .`},
		{"<br/>a<a href=\"x\">b</a>", "     a" + strings.Repeat(" ", 12) + "b    "},
		{"x < y and z > w; <3; a <\nb>", "x < y and z > w; <3; a <\nb>"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			tx := newText(tt.in)
			tx.mask(markupSpans(tt.in))
			assert.Equal(t, tt.want, tx.masked)
		})
	}
}
