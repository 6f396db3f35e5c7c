package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsfacts/extract/schema"
)

func quoteTexts(doc string) ([]string, []bool) {
	t := newText(doc)
	paras := paragraphs(t)
	var texts []string
	var unclosed []bool
	for _, q := range scanQuotes(t.masked, paras, singleStyle(t.masked, paras)) {
		texts = append(texts, q.inner.text(doc))
		unclosed = append(unclosed, q.unclosed)
	}
	return texts, unclosed
}

func TestScanQuotes(t *testing.T) {
	tests := []struct {
		name     string
		doc      string
		want     []string
		unclosed []bool
	}{
		{"curly", "“Next time in Moscow,” he said.", []string{"Next time in Moscow,"}, []bool{false}},
		{"straight", `"Straight," said Carson.`, []string{"Straight,"}, []bool{false}},
		{"nyt apostrophes", `''We will win,'' Mr. Trump said.`, []string{"We will win,"}, []bool{false}},
		{"nyt triple", `''He said 'no,''' she said.`, []string{"He said 'no,'"}, []bool{false}},
		{"two in a line", `calling it “constructive” and “friendly” approach`, []string{"constructive", "friendly"}, []bool{false, false}},
		{"nested single", "“He told me, ‘never again,’ and left,” she said.", []string{"He told me, ‘never again,’ and left,"}, []bool{false}},
		{"nested double", `"He quoted "them" twice," she said.`, []string{`He quoted "them" twice,`}, []bool{false}},
		{"misused closer as opener", "”get close,” he said.", []string{"get close,"}, []bool{false}},
		{"misused opener as closer", "“Mixed,“ he said.", []string{"Mixed,"}, []bool{false}},
		{"a format character before the mark", "\u202a”Isis will burn for it!!” wrote Pete.", []string{"Isis will burn for it!!"}, []bool{false}},
		{"closer opening a paragraph before an ellipsis", "” … the train has left the station,” wrote Time.", []string{"… the train has left the station,"}, []bool{false}},
		{"mixed glyphs", "“Mixed marks,\" he said.", []string{"Mixed marks,"}, []bool{false}},
		{"unclosed", "He said, “never closed.\nNext paragraph.", []string{"never closed."}, []bool{true}},
		{"runs over paragraphs", "“First part.\n“Second part,” he said.", []string{"First part.", "Second part,"}, []bool{false, false}},
		{"markup attributes ignored", `<tweet author="x">Big win</tweet>`, nil, nil},
		{"apostrophes are not quotes", "Trump’s plan isn't Putin's.", nil, nil},
		{"british curly", "‘We will get it done,’ Boris Johnson said.", []string{"We will get it done,"}, []bool{false}},
		{"british straight", "'We will win this,' said Mr Johnson.", []string{"We will win this,"}, []bool{false}},
		{"british apostrophes", "‘Johnson’s plan won’t work,’ she said.", []string{"Johnson’s plan won’t work,"}, []bool{false}},
		{"british plural possessive", "‘The voters’ choice is clear,’ he said.", []string{"The voters’ choice is clear,"}, []bool{false}},
		{"british close before a function word", "They called them ‘elites’ who ignore voters.", []string{"elites"}, []bool{false}},
		{"british nested double", "‘He told me “never again” and left,’ she said.", []string{"He told me “never again” and left,"}, []bool{false}},
		{"british elided years", "Back in the ’90s and '80s, they said ‘never again’ and left.", []string{"never again"}, []bool{false}},
		{"british unclosed dropped", "He said ‘never closed.\nThe next paragraph.", nil, nil},
		{"empty quote dropped", `He said "" and left.`, nil, nil},
		{"paragraphs run together", "Brackman said: “The rate is high. “Parents must be involved.” Burne said: “It is sensible.”",
			[]string{"The rate is high.", "Parents must be involved.", "It is sensible."}, []bool{false, false, false}},
		{"a closing mark glued to the next word", `"He was doing it. I think it is good. "Added Hall: "Pastors volunteer." Jones left.`,
			[]string{"He was doing it. I think it is good.", "Pastors volunteer."}, []bool{false, false}},
		{"three paragraphs run together", "Mirza said: “I am shocked. “This is a disaster. “There is too much freedom.”",
			[]string{"I am shocked.", "This is a disaster.", "There is too much freedom."}, []bool{false, false, false}},
		{"a run-together quote that lost its closing mark", "Burne said: “It is sensible. “I would rather they asked. Dr Burne added: “Going to a doctor is hard.”",
			[]string{"It is sensible.", "I would rather they asked.", "Going to a doctor is hard."}, []bool{false, false, false}},
		{"closing marks glued to the next word", `"I only know Mansfield. "McCoy would not comment. "Based on his record, he is an asset. "Part-time workers wait.`,
			[]string{"I only know Mansfield.", "Based on his record, he is an asset."}, []bool{false, false}},
		{"a closing glyph glued to the next word", "“I only know Mansfield. ”McCoy would not comment.",
			[]string{"I only know Mansfield."}, []bool{false}},
		{"a quote that lost its closing mark before a colon", "Lawton called the rise “insensitive. He said: “It is a smack in the face.” A spokesman said: “The charge is fair.”",
			[]string{"insensitive.", "It is a smack in the face.", "The charge is fair."}, []bool{false, false, false}},
		{"a nested quote after a colon", "“The sign read: “Stop,” and we did,” she said.", []string{"The sign read: “Stop,” and we did,"}, []bool{false}},
		{"an opening glyph alone after a comma inside a quote closes it", "“So I petted his chest. He liked me to pet him like this, “ he said, reaching out. “He died in my arms,” Hughes recalled.",
			[]string{"So I petted his chest. He liked me to pet him like this,", "He died in my arms,"}, []bool{false, false}},
		{"a misplaced straight closing mark", `He called it "a collection of aides holding their breaths, "waiting to see whether he survives. He said that "the noose is tightening." It was.`,
			[]string{"a collection of aides holding their breaths,", "the noose is tightening."}, []bool{false, false}},
		{"a nested quote after a comma", `"He said, "no," and left," she said.`, []string{`He said, "no," and left,`}, []bool{false}},
		{"a straight mark that would nest where the next closes and the one after opens", `"It's nice to meet you, too "... I read about you all the time," said Stubblefield. "It does put you in touch with reality," he said.`,
			[]string{"It's nice to meet you, too", "... I read about you all the time,", "It does put you in touch with reality,"}, []bool{false, false, false}},
		{"guillemets", "«We will win,» said Macron.", []string{"We will win,"}, []bool{false}},
		{"guillemets in the French spacing", "« Nous gagnerons », said Macron. He said « non. »", []string{"Nous gagnerons", "non."}, []bool{false, false}},
		{"a straight mark nested where the next two close", `He tweeted, "Reporting that the killer shouted "Allah hu Akbar!" as he slaughtered clubgoers." Critics said "it was false."`,
			[]string{`Reporting that the killer shouted "Allah hu Akbar!" as he slaughtered clubgoers.`, "it was false."}, []bool{false, false}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, unclosed := quoteTexts(tt.doc)
			assert.Equal(t, tt.want, got)
			assert.Equal(t, tt.unclosed, unclosed)
		})
	}
}

// TestEntityMarks checks that quotation-mark entities become their glyphs
// in the masked view without moving any offset, and that other entities
// stay.
func TestEntityMarks(t *testing.T) {
	tests := []struct{ in, want string }{
		{"&ldquo;Yes,&rdquo; he said.", "    “Yes,    ” he said."},
		{"&quot;No&quot; and &#8220;maybe&#8221;", "     \"No     \" and     “maybe    ”"},
		{"Trump&rsquo;s &amp; Clinton&#39;s", "Trump&rsquo;s &amp; Clinton&#39;s"},
		{"no entities", "no entities"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got := entityMarks(tt.in)
			assert.Equal(t, tt.want, got)
			assert.Len(t, got, len(tt.in))
		})
	}
}

// FuzzScanQuotes checks that the quote scanner never panics and that every
// quote lies inside its paragraph, in order, on rune boundaries.
func FuzzScanQuotes(f *testing.F) {
	for _, s := range []string{
		"“Next time in Moscow,” he said.",
		`''We will win,'' Mr. Trump said, adding that ''the polls are wrong.''`,
		"“unclosed\n“reopened” here",
		`<tweet author="a">"x"</tweet> "y"`,
		"\"\"\"\"'''''“”“”",
		"‘We will win,’ he said of the voters’ choice in the ’90s. ‘He said “never”,’ she added.\n‘Runs on.\n‘Closed.’",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, doc string) {
		if !utf8.ValidString(doc) {
			return
		}
		tx := newText(doc)
		paras := paragraphs(tx)
		prevEnd := 0
		for _, q := range scanQuotes(tx.masked, paras, singleStyle(tx.masked, paras)) {
			p := paras[q.para]
			if !p.contains(q.inner) || !q.outer.contains(q.inner) || q.inner.empty() {
				t.Fatalf("quote %v outside paragraph %v or its marks %v", q.inner, p.span, q.outer)
			}
			if q.outer.start < prevEnd {
				t.Fatalf("quotes overlap or are out of order at %v", q.outer)
			}
			prevEnd = q.outer.end
			if !utf8.ValidString(q.inner.text(doc)) {
				t.Fatalf("quote %v splits a rune", q.inner)
			}
		}
	})
}

// TestBritishStyle sets the real seed articles in British style, every
// quote in single marks, and checks that the extractor finds the same
// quotes with the same speakers as in the original double marks.
func TestBritishStyle(t *testing.T) {
	paths, err := filepath.Glob("../testdata/seeds/*.txt")
	require.NoError(t, err)
	require.NotEmpty(t, paths)
	ex := testExtractor(t)
	type found struct{ text, speaker, rule string }
	quotes := func(doc string) []found {
		var out []found
		for _, q := range ex.Extract(schema.Document{ID: "t", Text: doc}).Quotes {
			f := found{text: q.Text}
			if q.Speaker != nil {
				f.speaker, f.rule = q.Speaker.Mention.Text, q.Speaker.Rule
			}
			out = append(out, f)
		}
		return out
	}
	for _, path := range paths {
		raw, err := os.ReadFile(path)
		require.NoError(t, err)
		doc := string(raw)
		tx := newText(doc)
		paras := paragraphs(tx)
		require.False(t, singleStyle(tx.masked, paras))
		want := quotes(doc)
		require.NotEmpty(t, want)
		for _, marks := range [][2]string{{"‘", "’"}, {"'", "'"}} {
			t.Run(filepath.Base(path)+" "+marks[0], func(t *testing.T) {
				var b strings.Builder
				last := 0
				for _, q := range scanQuotes(tx.masked, paras, false) {
					b.WriteString(doc[last:q.outer.start])
					b.WriteString(marks[0] + doc[q.inner.start:q.inner.end] + marks[1])
					last = q.outer.end
				}
				b.WriteString(doc[last:])
				british := b.String()
				tb := newText(british)
				require.True(t, singleStyle(tb.masked, paragraphs(tb)))
				assert.Equal(t, want, quotes(british))
			})
		}
	}
}
