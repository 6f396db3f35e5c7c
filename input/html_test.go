package input

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

// germanText is a news paragraph in German, long enough for the language
// check.
const germanText = "Der Stadtrat hat am Dienstag mit großer Mehrheit den Bau einer beweglichen Flutschutzmauer an der Mündung des Flusses beschlossen. " +
	"„Wir können nicht jeden Herbst dieselben Straßen auspumpen“, sagte die Bürgermeisterin nach der Abstimmung vor dem Rathaus. " +
	"Die Opposition kritisierte, dass die Finanzierung des Projekts noch immer nicht gesichert sei und die Bürger am Ende die Kosten tragen müssten."

func TestReadHTMLFile(t *testing.T) {
	items, err := collect(t, []string{"../testdata/html/courier-putin-invites-trump.html"}, Options{Published: "2000-01-01"})
	require.NoError(t, err)
	require.Len(t, items, 1)
	it := items[0]
	require.Nil(t, it.Err)
	d := it.Doc
	assert.Equal(t, "../testdata/html/courier-putin-invites-trump.html", d.ID)
	assert.Equal(t, "Putin Invites Trump to Moscow After Alaska Summit", d.Title)
	assert.Equal(t, "https://nationalcourier.example/2025/08/16/putin-invites-trump-to-moscow/", d.URL, "canonical URL")
	assert.Equal(t, "The National Courier", d.Source, "site name")
	assert.Equal(t, "2025-08-16", d.Published, "the page's date wins over --published")
	assert.Contains(t, d.Text, "\n\nPutin echoed that optimism, calling the discussions “constructive”")
	for _, furniture := range []string{"Become a member", "View Plans", "cookies", "Related", "All rights reserved", "Politics", "Share:"} {
		assert.NotContains(t, d.Text, furniture)
	}
	assert.Greater(t, it.Size, int64(0))
}

func TestReadHTMLBadPages(t *testing.T) {
	article := articlePage("Council Votes")
	tests := []struct {
		name    string
		content string
		wantErr string
		check   func(t *testing.T, it Item)
	}{
		{name: "no article body", content: "<html><head><title>Index</title></head><body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav><ul><li><a href='/a'>One story</a></li><li><a href='/b'>Another story</a></li></ul><footer>© 2025</footer></body></html>",
			wantErr: "no article body found in the page"},
		{name: "empty", content: "", wantErr: "empty document"},
		{name: "white space", content: " \n\t ", wantErr: "empty document"},
		{name: "binary", content: "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", wantErr: "binary file (image/png), not HTML"},
		{name: "NUL", content: "<html><body><p>a\x00b</p></body></html>", wantErr: "NUL byte at byte 16"},
		{name: "declared UTF-8, invalid", content: "<html><head><meta charset=\"utf-8\"></head><body><p>caf\xe9</p></body></html>", wantErr: "invalid UTF-8 at byte 53 (the page is declared UTF-8)"},
		{name: "undeclared latin-1", content: strings.Replace(article, "Paragraph 0", "Caf\xe9 paragraph", 1),
			check: func(t *testing.T, it Item) { assert.Contains(t, it.Doc.Text, "Café paragraph") }},
		{name: "declared latin-1 but UTF-8", content: "<meta charset=\"iso-8859-1\">" + strings.Replace(article, "Paragraph 0", "Café paragraph", 1),
			check: func(t *testing.T, it Item) { assert.Contains(t, it.Doc.Text, "Café paragraph") }},
		{name: "UTF-16 with BOM", content: utf16le("\uFEFF" + article),
			check: func(t *testing.T, it Item) {
				assert.True(t, strings.HasPrefix(it.Doc.Text, "Council Votes\n\nParagraph 0"))
			}},
		{name: "not English", content: "<html lang=\"de\"><body><article><h1>Flutschutz</h1><p>" + germanText + "</p></article></body></html>",
			wantErr: "not English: the text reads as German"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "page.html")
			writeFile(t, path, tt.content)
			items, err := collect(t, []string{path}, Options{})
			require.NoError(t, err)
			require.Len(t, items, 1)
			it := items[0]
			assert.Equal(t, filepath.ToSlash(path), it.Doc.ID)
			if tt.wantErr != "" {
				require.NotNil(t, it.Err, "text: %q", it.Doc.Text)
				assert.Contains(t, it.Err.Reason, tt.wantErr)
				assert.Equal(t, filepath.ToSlash(path), it.Err.File)
				return
			}
			require.Nil(t, it.Err, "%+v", it.Err)
			tt.check(t, it)
		})
	}
}

func utf16le(s string) string {
	var b []byte
	for _, r := range s {
		if r > 0xFFFF {
			panic("outside the BMP")
		}
		b = append(b, byte(r), byte(r>>8))
	}
	return string(b)
}

func TestNodeText(t *testing.T) {
	doc, err := html.Parse(strings.NewReader("<body><h2>Head  line</h2><p>One <b>bold</b>\n  word,<br>then a break.</p><ul><li>a</li><li>b <i>c</i></li></ul>" +
		"<blockquote><p>Quoted</p></blockquote><script>var x;</script><p>&nbsp;</p><table><tr><td>x</td><td>y</td></tr></table><p>a<span>b</span>c</p></body>"))
	require.NoError(t, err)
	assert.Equal(t, "Head line\n\nOne bold word,\n\nthen a break.\n\na\n\nb c\n\nQuoted\n\nx\n\ny\n\nabc", nodeText(doc))
}

// TestLoadDeferred checks that with Options.Deferred the HTML work is left
// to Load, which can run on another goroutine, and gives the same item.
func TestLoadDeferred(t *testing.T) {
	inputs := []string{"../testdata/html", "../testdata/seeds"}
	now, err := collect(t, inputs, Options{Published: "2025-01-02"})
	require.NoError(t, err)
	deferred, err := collect(t, inputs, Options{Published: "2025-01-02", Deferred: true})
	require.NoError(t, err)
	require.Len(t, deferred, len(now))
	done := make(chan Item)
	for i := range deferred {
		if strings.HasSuffix(deferred[i].Doc.ID, ".html") {
			assert.Empty(t, deferred[i].Doc.Text, "not yet extracted")
		}
		go func() { done <- deferred[i].Load() }()
		loaded := <-done
		assert.Equal(t, now[i], loaded)
		assert.Equal(t, loaded, loaded.Load(), "loading twice changes nothing")
	}
}

func TestForeignLanguage(t *testing.T) {
	seed, err := os.ReadFile("../testdata/seeds/000_65a1ea006ef29172.txt")
	require.NoError(t, err)
	tests := []struct{ text, want string }{
		{string(seed), ""},
		{germanText, "the text reads as German"},
		{"Kurz.", ""}, // too short to judge
		{"Le conseil municipal a approuvé mardi la construction d'une digue mobile à l'embouchure du fleuve, après deux ans de débats sur la protection du front de mer contre les tempêtes. « Nous ne pouvons pas pomper les mêmes rues chaque automne », a déclaré la maire devant l'hôtel de ville.", "the text reads as French"},
		{"Президент России Владимир Путин пригласил президента США Дональда Трампа в Москву после их встречи на Аляске, заявив по-английски: «В следующий раз в Москве». Трамп назвал встречу чрезвычайно продуктивной, хотя соглашения достигнуто не было.", "the text is written in Cyrillic script"},
		{strings.Repeat("这是一篇关于城市防洪工程的新闻报道。", 20), "the text reads as Mandarin"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, foreignLanguage(tt.text), "%.40q", tt.text)
	}
}

func TestReadsAsEnglish(t *testing.T) {
	seed, err := os.ReadFile("../testdata/seeds/000_65a1ea006ef29172.txt")
	require.NoError(t, err)
	french := "Le conseil municipal a approuvé mardi la construction d'une digue mobile à l'embouchure du fleuve, après deux ans de débats sur la protection du front de mer contre les tempêtes. « Nous ne pouvons pas pomper les mêmes rues chaque automne », a déclaré la maire devant l'hôtel de ville, où les habitants attendaient depuis des années une réponse claire."
	tests := []struct {
		name, text string
		want       bool
	}{
		{"news in English", string(seed), true},
		{"German", germanText, false},
		{"French", french, false},
		{"too short to say", "The cat sat on the mat with the hat.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, readsAsEnglish(tt.text))
		})
	}
}
