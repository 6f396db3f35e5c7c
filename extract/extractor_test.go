package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsfacts/extract/rules"
	"github.com/newsfacts/extract/schema"
)

func TestParsePublished(t *testing.T) {
	day := time.Date(1990, 8, 15, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		in      string
		want    time.Time
		wantErr bool
	}{
		{"", time.Time{}, false},
		{"1990-08-15", day, false},
		{"1990-08-15T13:37", day, false},
		{"1990-08-15T13:37:05", day, false},
		{"1990-08-15T23:30:00-05:00", day, false},
		{"15/08/1990", time.Time{}, true},
		{"1990-13-01", time.Time{}, true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := parsePublished(tt.in)
			if tt.wantErr {
				assert.Error(t, err)
				return
			}
			assert.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestLooksLikeTitle(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"The Walking Dead", true},
		{"Meet the Press", true},
		{"Sin Miedo", true},
		{"Make America Great Again", true},
		{"Make America Great Again!", false}, // a chant ends as a sentence does
		{"very flexible", false},
		{"Scouting for Food 2009", true},
		{"1960s", false}, // a number alone is no title
		{"It's Over", true},
		{"The Lead with Jake Tapper and Friends Tonight", false}, // too long for a title
		{"This Week with George Stephanopoulos", true},
		{"America from Above", true},
		{"New Day", true}, // no word of four letters: every word capitalised
		{"Mad Men", true},
		{"no way", false},
		{"Go to hell", false},
		{"stay with us", false},
		{"We Will Win,", false},
		{"", false},
		{"a", false},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			assert.Equal(t, tt.want, looksLikeTitle(tt.text))
		})
	}
}

// TestScareQuotes checks that a short quoted phrase no one is said to have
// said is left out, and that scare_quote_words: 0 keeps it.
func TestScareQuotes(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"unattributed short phrase", "So-called “experts” disagree about the plan.", nil},
		{"attributed short phrase", "Sen. Ted Cruz called the plan “a disaster” on Monday.", []string{"a disaster"}},
		{"unattributed long quote", "“We will not stop until every vote is counted,” the crowd heard.", []string{"We will not stop until every vote is counted,"}},
		{"five words, unattributed", "“The deal of the century” was signed on Monday.", []string{"The deal of the century"}},
		{"short phrase after a quote", "“We will win this state,” Clinton said. But a “super PAC” supporting her has spent little.", []string{"We will win this state,"}},
		{"short sentence after a quote", "“They sue,” he said. “Everybody sues.”", []string{"They sue,", "Everybody sues."}},
		{"after a no-break space", "“They sue,” he said.\u00a0“Everybody sues, right?”", []string{"They sue,", "Everybody sues, right?"}},
		{"after a thin space", "“They sue,” he said.\u2009“Everybody sues, right?”", []string{"They sue,", "Everybody sues, right?"}},
		{"after a zero-width space", "\"They sue,\" he said.\u200b\"Everybody sues, right?\"", []string{"They sue,", "Everybody sues, right?"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, extractedQuotes(testExtractor(t), tt.text))
		})
	}
	t.Run("kept with scare_quote_words 0", func(t *testing.T) {
		set, err := rules.Default()
		require.NoError(t, err)
		zero := 0
		set.Attribution.ScareQuoteWords = &zero
		ex, err := New(set)
		require.NoError(t, err)
		assert.Equal(t, []string{"experts"}, extractedQuotes(ex, tests[0].text))
	})
}

// TestTitlesOfWorks checks that a short quotation in title case after a
// possessive or a title opener is left out as the name of a work, even
// next to a speech verb, and that speech is not.
func TestTitlesOfWorks(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"show after a possessive", "Sanders said on ABC's ''This Week'' that he would stay in the race.", nil},
		{"show after a plural possessive", "Baker said on ABC News' “This Week” that the request was legal.", nil},
		{"show after on", "Clinton refused to say in an interview on \"Morning Joe\" whether she would debate.", nil},
		{"book after of", "Mr. Segal, the author of ''Hacked World Order,'' said the breach was likely.", nil},
		{"film after in", "Serafinowicz, who has starred in “Parks and Recreation,” posted the clip on Thursday, he said.", nil},
		{"a closing cue is no verb of a title", "''The Apprentice'' began airing in 2004 and made him a star.", nil},
		{"show after told", "“He is fair game,” Fiorina told “Fox and Friends,” on Monday.", []string{"He is fair game,"}},
		{"speech after in", "He said in a statement, “We Will Win.”", []string{"We Will Win."}},
		{"podcast", "Zach Carter co-hosts the HuffPost Politics podcast “So, That Happened.”", nil},
		{"a book and its author", "One of his recent reads, ''This Kind of War,'' by T.R. Fehrenbach, is about Korea.", nil},
		{"a headline and its author", "NOW OPEN—\"Pop-up art show strives to confront gentrification,\" by DNAinfo's Eddie Small: \"Curators of the show said it was needed.\"",
			[]string{"Curators of the show said it was needed."}},
		{"words quoted in a sentence and their agent", "Salceda said the \"ugliness of utterances, largely unprompted and undeserved,\" by Trump last week was a shame.",
			[]string{"ugliness of utterances, largely unprompted and undeserved,"}},
		{"show after with", "“We know that,” Clinton said in an interview with “Fox News Sunday.”", []string{"We know that,"}},
		{"a show of short words after a possessive", "He asked whether she had one on Wednesday’s broadcast of CNN’s “New Day.”", nil},
		{"book set off by a comma", "Mr. Rubio said in his 2012 book, ''An American Son,'' that they stayed. Her memoir, “Tough Choices,” sold well.", nil},
		{"speech after on and a comma", "He said on Monday, “We Will Win.”", []string{"We Will Win."}},
		{"a title with its subtitle", "Mexican newspapers have been inspecting Trump's new book, \"Crippled America: How to Make America Great Again,\" for clues.", nil},
		{"a subtitle next to a speech verb", "He said the movie, ''13 Hours: The Secret Soldiers of Benghazi,'' was accurate.", nil},
		{"a sentence with a colon", "“There is one message: we will win,” she said.", []string{"There is one message: we will win,"}},
		{"a chant is speech", "Mr. Christie roused the crowd to spontaneous chants of ''Lock Her Up!''", []string{"Lock Her Up!"}},
		{"a sentence after on", "He said on Monday, “Nobody Believes These Numbers Anymore, Frankly, Except Reporters.”",
			[]string{"Nobody Believes These Numbers Anymore, Frankly, Except Reporters."}},
		{"a nickname inside a name", "Scott's niece, state Del. Marcia \"Cia\" Price, shouted. The firm is owned by Ricardo “Ricky” Tavares.", nil},
		{"a one-word quote after a name", "Trump called Rubio “Little,” Cruz said.", []string{"Little,"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, extractedQuotes(testExtractor(t), tt.text))
		})
	}
}

func extractedQuotes(ex *Extractor, text string) []string {
	var out []string
	for _, q := range ex.Extract(schema.Document{ID: "t", Text: text}).Quotes {
		out = append(out, q.Text)
	}
	return out
}

// FuzzExtract runs whole extractions and fails on any internal error:
// every index the stages compute must stay inside its text. The seeds
// are place shapes (abbreviations, streets, suffixes) and attribution
// shapes (possessives, relatives, asides, speech nouns, NYT and British
// marks, mark entities).
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"CAMBRIDGE'S Mr Ice Cream. HUME \u2013 A member",
		"R-Elbow Lake, of 1935 Orchard St., Alexandria, in Barrow and Jackson counties",
		"I-95 and Highway 19 near Mount Hood's , Ill., -based",
		"'s ' \u2019 . , R- D- -based",
		"“We will not comment,” Ms. Merkel’s spokesman, Steffen Seibert, told reporters.",
		"Zimmerman, who identifies as Hispanic, told the Sentinel, “No.”",
		"''Somebody entered,'' the White House spokesman, Josh Earnest, said.",
		"her remark that “there’s a place.” Trump's claim: “no”",
		"A spokesman for Platte River declined but said “it did not.”",
		"’s ” ' , who which and but ” “",
		"Flint, Mich., and called it “a disgrace.”",
		"‘We will win,’ said Mr Johnson. 'Straight,' he said. ‘Runs on\n‘and on’ in the ’90s",
		"&ldquo;Yes,&rdquo; he said. &quot;No&quot; &#8220;&lsquo;& &quot",
		"The ministry on Monday urged “stop” last week said. People close to the president say “x.” said a person familiar with",
		"Sen. Chuck Grassley (R-Iowa) and Sen. Chuck Schumer, D-N.Y., said (D- (R-) , I-",
		"Cuomo’s spokesman, Rich Azzopardi, said. The union representing machinists said it its. former Florida governor Jeb Bush",
		"A man spoke. Zorbo Fallon on Monday",
		"Mr. Slinker, whose start-up, Paradata, uses data, said “x.” Sam Solovey, on “The Apprentice,” who, said",
		"He said that the plan, which some have argued, was an “insult”, said Wilders, founder of it. “a” and “b,” Smith said yesterday",
		"The governor's office said her assertion during the debate that “x” Kowalczyk, 54, said. said Rose, who",
		"Gen. Charles Q. Brown Jr. and King Charles III. Stephen King and Pope Benedict XVI, Mark Zuckerberg's Meta said",
		"wrote a letter to Columbia's president, Lee C. Bollinger, calling -- as it noted -- “x”, Q.",
		"—“Met accused,” by Post's X: “y” ''This Kind of War,'' by T. in his memoir, “Tough Choices.” with “Fox News Sunday.” said forward Kevin Durant",
		"Press secretary Karine Jean-Pierre said. Tom Fitton, the president of it, said “, by",
		"Xi Jinping spoke. Xi said, said Mages. Bashar al-Assad, al- al-x Al-Y. Assad and Zelenskyy. The Chancellor, Rachel Reeves, said",
		"It started with a “countdown clock”. Crane Co. said. the Gulf states. Officials in Loudoun County said. the 35th Street Bridge",
		"Later Line Capitalises On The Name.\nHer neighbour said “x”. Tom Ebeling and Betsy Ebeling. Tom told. Ebeling said",
		"Meth makers leave behind trail . CHATTANOOGA (AP) — Denouncing a “x,” lawmakers voted.",
	} {
		f.Add(s)
	}
	e := testExtractor(f)
	f.Fuzz(func(t *testing.T, text string) {
		// The text up to its first full stop doubles as the title, which
		// an archive may run into the first line.
		title, _, _ := strings.Cut(text, ".")
		rec := e.Extract(schema.Document{ID: "fuzz", Text: text, Title: title})
		if rec.Error != nil && strings.HasPrefix(rec.Error.Reason, "internal error") {
			t.Fatalf("extracting %q: %s", text, rec.Error.Reason)
		}
	})
}
