package input

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsfacts/extract/schema"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// collect runs Read and returns every item it gave.
func collect(t *testing.T, inputs []string, opts Options) ([]Item, error) {
	t.Helper()
	var items []Item
	err := Read(inputs, opts, func(it Item) error {
		items = append(items, it)
		return nil
	})
	return items, err
}

func writeFile(t *testing.T, path string, data string) {
	t.Helper()
	require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
	require.NoError(t, os.WriteFile(path, []byte(data), 0o644))
}

func TestReadTxt(t *testing.T) {
	long := strings.TrimSpace(strings.Repeat("word ", 31))
	tests := []struct {
		name      string
		content   string
		published string
		wantText  string // when no error; "" means content itself
		wantTitle string
		wantErr   string // substring of the error reason
	}{
		{name: "headline first", content: "Putin Invites Trump\n\nThe two leaders met.\n", wantTitle: "Putin Invites Trump"},
		{
			name:      "boilerplate sentence before headline",
			content:   "Jannah Theme License is not validated, Go to the theme options page to validate the license, You need a single license for each domain name.\n\nPutin Invites Trump to Moscow After Alaska Summit\n\nRussian President Vladimir Putin made a rare public switch to English on Friday.\n",
			wantTitle: "Putin Invites Trump to Moscow After Alaska Summit",
		},
		{name: "text kept exactly", content: "  Title  \n\n\tBody.  \n\n\n", wantTitle: "Title"},
		{name: "CRLF kept", content: "Title\r\n\r\nBody.\r\n", wantTitle: "Title"},
		{name: "BOM stripped", content: "\uFEFFTitle\nBody.", wantText: "Title\nBody.", wantTitle: "Title"},
		{name: "no title: all sentences", content: "One.\nTwo!\nThree?\n", wantTitle: ""},
		{name: "only first three non-blank lines", content: "One.\n\nTwo.\n\nThree.\nHeadline\n", wantTitle: ""},
		{name: "too many words", content: long + "\nShort Headline\nBody.", wantTitle: "Short Headline"},
		{name: "thirty words is fine", content: strings.TrimSpace(strings.Repeat("word ", 30)) + "\nBody.", wantTitle: strings.TrimSpace(strings.Repeat("word ", 30))},
		{name: "colon lead-in", content: "WATCH:\nHeadline Here\nBody.", wantTitle: "Headline Here"},
		{name: "sentence ending in a quote", content: "He said “no.”\nHeadline\n", wantTitle: "Headline"},
		{name: "quoted headline", content: "“Next time in Moscow”\nBody.", wantTitle: "“Next time in Moscow”"},
		{name: "published default", content: "T\nBody.", published: "2025-08-16", wantTitle: "T"},
		{name: "invalid UTF-8", content: "ab\xffcd", wantErr: "invalid UTF-8 at byte 2"},
		{name: "invalid UTF-8 after BOM", content: "\uFEFFa\xc3", wantErr: "invalid UTF-8 at byte 4"},
		{name: "empty file", content: "", wantErr: "empty document"},
		{name: "only white space", content: " \n\t\r\n  ", wantErr: "empty document"},
		{name: "only BOM", content: "\uFEFF", wantErr: "empty document"},
		{name: "NUL byte", content: "ab\x00c", wantErr: "NUL byte at byte 2"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "doc.txt")
			writeFile(t, path, tt.content)
			items, err := collect(t, []string{path}, Options{Published: tt.published})
			require.NoError(t, err)
			require.Len(t, items, 1)
			it := items[0]
			id := filepath.ToSlash(path)
			assert.Equal(t, id, it.Doc.ID)
			assert.Equal(t, schema.Location{File: id}, it.Doc.Location)
			if tt.wantErr != "" {
				require.NotNil(t, it.Err)
				assert.Contains(t, it.Err.Reason, tt.wantErr)
				assert.Equal(t, id, it.Err.File)
				assert.Zero(t, it.Err.Line)
				return
			}
			require.Nil(t, it.Err)
			want := tt.wantText
			if want == "" {
				want = tt.content
			}
			assert.Equal(t, want, it.Doc.Text)
			assert.Equal(t, tt.wantTitle, it.Doc.Title)
			assert.Equal(t, tt.published, it.Doc.Published)
		})
	}
}

// TestReadSeed reads the real seed article when the shared folder is beside
// the repository.
func TestReadSeed(t *testing.T) {
	path := filepath.Join("..", "..", "shared", "seeds", "001_95a3ff9c11a1d264.txt")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Skip("seed not available:", err)
	}
	items, err := collect(t, []string{path}, Options{})
	require.NoError(t, err)
	require.Len(t, items, 1)
	require.Nil(t, items[0].Err)
	assert.Equal(t, "Putin Invites Trump to Moscow After Alaska Summit", items[0].Doc.Title)
	assert.Equal(t, strings.TrimPrefix(string(data), "\uFEFF"), items[0].Doc.Text)
}

// want is what one item of a JSONL stream should be.
type want struct {
	line int
	id   string
	err  string // substring of the reason; "" for a document
	doc  *schema.Document
}

func checkItems(t *testing.T, file string, items []Item, wants []want) {
	t.Helper()
	require.Len(t, items, len(wants))
	for i, w := range wants {
		it := items[i]
		assert.Equal(t, w.id, it.Doc.ID, "item %d id", i)
		assert.Equal(t, schema.Location{File: file, Line: w.line}, it.Doc.Location, "item %d location", i)
		if w.err != "" {
			if assert.NotNil(t, it.Err, "item %d: want error %q", i, w.err) {
				assert.Contains(t, it.Err.Reason, w.err, "item %d", i)
				assert.Equal(t, file, it.Err.File)
				assert.Equal(t, w.line, it.Err.Line)
			}
			continue
		}
		if assert.Nil(t, it.Err, "item %d", i) && w.doc != nil {
			d := *w.doc
			d.ID = w.id
			d.Location = schema.Location{File: file, Line: w.line}
			assert.Equal(t, d, it.Doc, "item %d", i)
		}
	}
}

func TestReadJSONL(t *testing.T) {
	const f = "F" // replaced by the file's path
	syn := func(line int) string { return fmt.Sprintf("%s:%d", f, line) }
	tests := []struct {
		name      string
		content   string
		published string
		wants     []want
	}{
		{
			name:    "all fields, unknown ignored",
			content: `{"id":"a","text":"Hello “world”.","published":"2025-08-15","title":"T","url":"https://x.org/a","source":"cnn","story":"s1","extra":{"x":[1,2]}}` + "\n",
			wants: []want{{line: 1, id: "a", doc: &schema.Document{
				Text: "Hello “world”.", Published: "2025-08-15", Title: "T", URL: "https://x.org/a", Source: "cnn", Story: "s1",
			}}},
		},
		{
			name:    "blank lines skipped, numbering kept",
			content: "\n" + `{"id":"a","text":"x"}` + "\n  \t\n\n" + `{"id":"b","text":"y"}` + "\n\n",
			wants: []want{
				{line: 2, id: "a", doc: &schema.Document{Text: "x"}},
				{line: 5, id: "b", doc: &schema.Document{Text: "y"}},
			},
		},
		{
			name:    "CRLF and no final newline",
			content: `{"id":"a","text":"x"}` + "\r\n" + `{"id":"b","text":"y"}`,
			wants: []want{
				{line: 1, id: "a", doc: &schema.Document{Text: "x"}},
				{line: 2, id: "b", doc: &schema.Document{Text: "y"}},
			},
		},
		{
			name:    "BOM on first line",
			content: "\uFEFF" + `{"id":"a","text":"x"}` + "\n",
			wants:   []want{{line: 1, id: "a", doc: &schema.Document{Text: "x"}}},
		},
		{
			name:    "text kept exactly",
			content: `{"id":"a","text":"  \n\nHeadline\r\n\tbody  "}` + "\n",
			wants:   []want{{line: 1, id: "a", doc: &schema.Document{Text: "  \n\nHeadline\r\n\tbody  "}}},
		},
		{
			name:    "malformed JSON with column",
			content: `{"id":"a","text":"x"}` + "\n" + `{"id": x}` + "\n" + `{"id":"c","text":"z"}` + "\n",
			wants: []want{
				{line: 1, id: "a"},
				{line: 2, id: syn(2), err: "invalid JSON at column 8: invalid character 'x'"},
				{line: 3, id: "c"},
			},
		},
		{
			name:    "column counts characters",
			content: `{"title":"Orbán", "id" 1}` + "\n",
			wants:   []want{{line: 1, id: syn(1), err: "invalid JSON at column 24"}},
		},
		{
			name:    "truncated line",
			content: `{"id":"a","text":"x"` + "\n",
			wants:   []want{{line: 1, id: syn(1), err: "invalid JSON at column 21: unexpected end of JSON input"}},
		},
		{
			name:    "two objects on one line",
			content: `{"id":"a","text":"x"} {"id":"b","text":"y"}` + "\n",
			wants:   []want{{line: 1, id: syn(1), err: "invalid JSON at column 23"}},
		},
		{
			name:    "not an object",
			content: "[1,2]\nnull\n\"s\"\n",
			wants: []want{
				{line: 1, id: syn(1), err: "want an object, got array"},
				{line: 2, id: syn(2), err: "want an object, got null"},
				{line: 3, id: syn(3), err: "want an object, got string"},
			},
		},
		{
			name:    "missing id",
			content: `{"text":"x"}` + "\n" + `{"id":null,"text":"x"}` + "\n" + `{"id":"","text":"x"}` + "\n",
			wants: []want{
				{line: 1, id: syn(1), err: "missing id"},
				{line: 2, id: syn(2), err: "missing id"},
				{line: 3, id: syn(3), err: "missing id"},
			},
		},
		{
			name:    "numeric id kept as written",
			content: `{"id":1234,"text":"x"}` + "\n",
			wants:   []want{{line: 1, id: "1234", doc: &schema.Document{Text: "x"}}},
		},
		{
			name:    "id of another type",
			content: `{"id":true,"text":"x"}` + "\n",
			wants:   []want{{line: 1, id: syn(1), err: "id: want a string, got boolean"}},
		},
		{
			name:    "missing text",
			content: `{"id":"a"}` + "\n" + `{"id":"b","text":null}` + "\n" + `{"id":"c","text":42}` + "\n" + `{"id":"d","text":["x"]}` + "\n",
			wants: []want{
				{line: 1, id: "a", err: "missing text"},
				{line: 2, id: "b", err: "missing text"},
				{line: 3, id: "c", err: "missing text"},
				{line: 4, id: "d", err: "missing text"},
			},
		},
		{
			name:    "empty text",
			content: `{"id":"a","text":""}` + "\n" + `{"id":"b","text":" \n\t "}` + "\n",
			wants: []want{
				{line: 1, id: "a", err: "empty document"},
				{line: 2, id: "b", err: "empty document"},
			},
		},
		{
			name:    "NUL in text",
			content: `{"id":"a","text":"añ\u0000b"}` + "\n",
			wants:   []want{{line: 1, id: "a", err: "NUL character in text at code point 2"}},
		},
		{
			name:    "invalid UTF-8 keeps the id",
			content: "{\"id\":\"a\",\"text\":\"ab\xffc\"}\n",
			wants:   []want{{line: 1, id: "a", err: "invalid UTF-8 at byte 20"}},
		},
		{
			name:    "invalid UTF-8 in the id",
			content: "{\"id\":\"a\xff\",\"text\":\"abc\"}\n",
			wants:   []want{{line: 1, id: syn(1), err: "invalid UTF-8 at byte 8"}},
		},
		{
			name:      "published: default, kept, timestamp kept, invalid",
			published: "2025-01-01",
			content: `{"id":"a","text":"x"}` + "\n" +
				`{"id":"b","text":"x","published":"2025-08-15"}` + "\n" +
				`{"id":"c","text":"x","published":"2025-08-15T21:30:00-08:00"}` + "\n" +
				`{"id":"d","text":"x","published":"15/08/2025"}` + "\n" +
				`{"id":"e","text":"x","published":"2025-02-30"}` + "\n" +
				`{"id":"f","text":"x","published":null}` + "\n" +
				`{"id":"g","text":"x","published":20250815}` + "\n" +
				`{"id":"h","text":"x","published":"1990-08-15T13:37"}` + "\n",
			wants: []want{
				{line: 1, id: "a", doc: &schema.Document{Text: "x", Published: "2025-01-01"}},
				{line: 2, id: "b", doc: &schema.Document{Text: "x", Published: "2025-08-15"}},
				{line: 3, id: "c", doc: &schema.Document{Text: "x", Published: "2025-08-15T21:30:00-08:00"}},
				{line: 4, id: "d", err: `published: want YYYY-MM-DD or an ISO 8601 time, got "15/08/2025"`},
				{line: 5, id: "e", err: `published: want YYYY-MM-DD or an ISO 8601 time, got "2025-02-30"`},
				{line: 6, id: "f", doc: &schema.Document{Text: "x", Published: "2025-01-01"}},
				{line: 7, id: "g", err: "published: want a string, got number"},
				{line: 8, id: "h", doc: &schema.Document{Text: "x", Published: "1990-08-15T13:37"}},
			},
		},
		{
			name:    "optional field of wrong type",
			content: `{"id":"a","text":"x","title":7}` + "\n" + `{"id":"b","text":"x","url":{}}` + "\n",
			wants: []want{
				{line: 1, id: "a", err: "title: want a string, got number"},
				{line: 2, id: "b", err: "url: want a string, got object"},
			},
		},
		{
			name:    "no title guessed for JSONL",
			content: `{"id":"a","text":"Headline\nBody."}` + "\n",
			wants:   []want{{line: 1, id: "a", doc: &schema.Document{Text: "Headline\nBody."}}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "in.jsonl")
			writeFile(t, path, tt.content)
			items, err := collect(t, []string{path}, Options{Published: tt.published})
			require.NoError(t, err)
			file := filepath.ToSlash(path)
			wants := make([]want, len(tt.wants))
			for i, w := range tt.wants {
				w.id = strings.Replace(w.id, f+":", file+":", 1)
				wants[i] = w
			}
			checkItems(t, file, items, wants)
		})
	}
}

func TestReadJSONLHugeLine(t *testing.T) {
	text := strings.Repeat("Ünïcode text ", 400_000) // about 6 MB
	id := strings.Repeat("i", 100_000)
	path := filepath.Join(t.TempDir(), "big.jsonl")
	writeFile(t, path, `{"id":"small","text":"x"}`+"\n"+`{"id":"`+id+`","text":"`+text+`"}`+"\n"+`{"id":"after","text":"y"}`)
	items, err := collect(t, []string{path}, Options{})
	require.NoError(t, err)
	require.Len(t, items, 3)
	assert.Equal(t, "small", items[0].Doc.ID)
	assert.Equal(t, id, items[1].Doc.ID)
	assert.Equal(t, text, items[1].Doc.Text)
	assert.Equal(t, 2, items[1].Doc.Location.Line)
	assert.Equal(t, "after", items[2].Doc.ID)
	assert.Equal(t, 3, items[2].Doc.Location.Line)
}

func TestReadDirectory(t *testing.T) {
	root := t.TempDir()
	writeFile(t, filepath.Join(root, "b.txt"), "B\nbody")
	writeFile(t, filepath.Join(root, "a", "b.txt"), "AB\nbody")
	writeFile(t, filepath.Join(root, "a.txt"), "A\nbody")
	writeFile(t, filepath.Join(root, "a", "c.jsonl"), `{"id":"c1","text":"x"}`+"\n\n"+`{"id":"c2","text":"y"}`+"\n")
	writeFile(t, filepath.Join(root, "a", "z", "deep.TXT"), "Deep\nbody")
	writeFile(t, filepath.Join(root, "notes.md"), "ignored")
	writeFile(t, filepath.Join(root, "data.json"), "ignored")
	writeFile(t, filepath.Join(root, ".hidden.txt"), "hidden")
	writeFile(t, filepath.Join(root, ".git", "x.txt"), "hidden")
	writeFile(t, filepath.Join(root, "a", ".cache", "y.jsonl"), `{"id":"hidden","text":"x"}`)
	writeFile(t, filepath.Join(root, "empty.txt"), "")
	require.NoError(t, os.MkdirAll(filepath.Join(root, "emptydir"), 0o755))
	require.NoError(t, os.Symlink(filepath.Join(root, "missing.txt"), filepath.Join(root, "broken.txt")))

	items, err := collect(t, []string{root}, Options{})
	require.NoError(t, err)
	r := filepath.ToSlash(root)
	var got []string
	for _, it := range items {
		s := strings.TrimPrefix(it.Doc.ID, r+"/")
		if it.Err != nil {
			s += " ERR " + it.Err.Reason
		}
		got = append(got, s)
	}
	// Lexical order of full paths: "a.txt" < "a/..." because '.' < '/'.
	assert.Equal(t, []string{
		"a.txt",
		"a/b.txt",
		"c1",
		"c2",
		"a/z/deep.TXT",
		"b.txt",
		"broken.txt ERR cannot read: no such file or directory",
		"empty.txt ERR empty document",
	}, got)
	assert.Equal(t, schema.Location{File: r + "/a/c.jsonl", Line: 3}, items[3].Doc.Location)
	assert.Equal(t, "AB", items[1].Doc.Title)

	// The same order on a second run, and through a symbolic link to the
	// directory.
	again, err := collect(t, []string{root}, Options{})
	require.NoError(t, err)
	assert.Equal(t, items, again)

	link := filepath.Join(t.TempDir(), "link")
	require.NoError(t, os.Symlink(root, link))
	viaLink, err := collect(t, []string{link}, Options{})
	require.NoError(t, err)
	require.Len(t, viaLink, len(items))
	assert.Equal(t, filepath.ToSlash(link)+"/a.txt", viaLink[0].Doc.ID)
}

func TestReadStdin(t *testing.T) {
	in := `{"id":"a","text":"x"}` + "\n\n" + `{"text":"y"}` + "\n" + "oops\n"
	items, err := collect(t, []string{"-"}, Options{Stdin: strings.NewReader(in), Published: "2025-08-16"})
	require.NoError(t, err)
	checkItems(t, StdinName, items, []want{
		{line: 1, id: "a", doc: &schema.Document{Text: "x", Published: "2025-08-16"}},
		{line: 3, id: "<stdin>:3", err: "missing id"},
		{line: 4, id: "<stdin>:4", err: "invalid JSON at column 1"},
	})
}

func TestReadInputsInOrder(t *testing.T) {
	dir := t.TempDir()
	p1, p2 := filepath.Join(dir, "z.txt"), filepath.Join(dir, "a.txt")
	writeFile(t, p1, "Z\nz")
	writeFile(t, p2, "A\na")
	items, err := collect(t, []string{p1, "-", p2}, Options{Stdin: strings.NewReader(`{"id":"s","text":"s"}`)})
	require.NoError(t, err)
	require.Len(t, items, 3)
	assert.Equal(t, []string{filepath.ToSlash(p1), "s", filepath.ToSlash(p2)},
		[]string{items[0].Doc.ID, items[1].Doc.ID, items[2].Doc.ID})
}

func TestReadFailures(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	writeFile(t, good, "Good\nbody")
	md := filepath.Join(dir, "notes.md")
	writeFile(t, md, "x")
	missing := filepath.Join(dir, "nope.jsonl")

	t.Run("missing path", func(t *testing.T) {
		items, err := collect(t, []string{good, missing, good}, Options{})
		require.Error(t, err)
		assert.Contains(t, err.Error(), missing)
		assert.True(t, errors.Is(err, fs.ErrNotExist))
		require.Len(t, items, 1, "the input before is read, nothing after")
	})
	t.Run("missing directory", func(t *testing.T) {
		_, err := collect(t, []string{filepath.Join(dir, "nodir")}, Options{})
		require.Error(t, err)
		assert.Contains(t, err.Error(), "nodir")
	})
	t.Run("unsupported file", func(t *testing.T) {
		items, err := collect(t, []string{md}, Options{})
		require.Error(t, err)
		assert.Contains(t, err.Error(), md)
		assert.Empty(t, items)
	})
	t.Run("bad default published", func(t *testing.T) {
		for _, p := range []string{"2025-8-1", "yesterday", "2025-08-15T00:00:00Z", "2025-13-01"} {
			called := false
			err := Read([]string{good}, Options{Published: p}, func(Item) error { called = true; return nil })
			require.Error(t, err, p)
			assert.Contains(t, err.Error(), p)
			assert.False(t, called, "nothing read before the options are checked")
		}
	})
	t.Run("fn error stops and is returned unchanged", func(t *testing.T) {
		stop := errors.New("stop")
		jsonl := filepath.Join(dir, "many.jsonl")
		writeFile(t, jsonl, strings.Repeat(`{"id":"a","text":"x"}`+"\n", 10))
		for _, inputs := range [][]string{{good, good}, {jsonl}, {dir}, {"-"}} {
			calls := 0
			err := Read(inputs, Options{Stdin: strings.NewReader(strings.Repeat(`{"id":"a","text":"x"}`+"\n", 3))},
				func(Item) error { calls++; return stop })
			assert.Same(t, stop, err, "%v", inputs)
			assert.Equal(t, 1, calls, "%v", inputs)
		}
	})
	t.Run("read error mid-stream", func(t *testing.T) {
		boom := errors.New("boom")
		src := io.MultiReader(strings.NewReader(`{"id":"a","text":"x"}`+"\n"+`{"id":"b"`), errReader{boom})
		items, err := collect(t, []string{"-"}, Options{Stdin: src})
		require.Error(t, err)
		assert.True(t, errors.Is(err, boom))
		assert.Contains(t, err.Error(), "<stdin>: line 2")
		assert.Len(t, items, 1)
	})
}

type errReader struct{ err error }

func (r errReader) Read([]byte) (int, error) { return 0, r.err }

// TestReadStreams checks that a JSONL stream is handed on line by line: the
// first document arrives before the second line has been written.
func TestReadStreams(t *testing.T) {
	pr, pw := io.Pipe()
	got := make(chan Item)
	done := make(chan error, 1)
	go func() {
		done <- Read([]string{"-"}, Options{Stdin: pr}, func(it Item) error {
			got <- it
			return nil
		})
	}()
	_, err := io.WriteString(pw, `{"id":"first","text":"x"}`+"\n")
	require.NoError(t, err)
	select {
	case it := <-got:
		assert.Equal(t, "first", it.Doc.ID)
	case <-time.After(5 * time.Second):
		t.Fatal("the first document was not handed on before the stream ended")
	}
	go func() {
		_, _ = io.WriteString(pw, `{"id":"second","text":"y"}`)
		_ = pw.Close()
	}()
	assert.Equal(t, "second", (<-got).Doc.ID)
	require.NoError(t, <-done)
}

func TestGuessTitle(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"\n\n\n", ""},
		{"Headline", "Headline"},
		{"   Spaced Headline   \nBody.", "Spaced Headline"},
		{"A sentence.\nAnother one!\nA question?\nHeadline", ""},
		{"A sentence.\n\n\nHeadline\n", "Headline"},
		{"Breaking:\nHeadline", "Headline"},
		{"Ends with quote.”\nHeadline", "Headline"},
		{"(Reuters) Ends in bracket.)\nHeadline", "Headline"},
		{"”\nHeadline", "Headline"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, guessTitle(tt.in), "%q", tt.in)
	}
}
