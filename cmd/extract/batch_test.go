package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsfacts/extract/schema"
)

// The batch tests run `extract run` over one folder that mixes every input
// format with every kind of bad input, as a user's archive would.

const (
	seed000 = "000_65a1ea006ef29172.txt"
	seed001 = "001_95a3ff9c11a1d264.txt"
)

// htmlOfSeed maps the seed articles to the pages in testdata/html that hold
// them, and to their URL in testdata/warc/news.warc.gz.
var htmlOfSeed = map[string]struct{ page, url string }{
	seed000: {"courier-putin-invites-trump.html", "https://nationalcourier.example/2025/08/16/putin-invites-trump-to-moscow/"},
	seed001: {"globalaffairs-putin-invites-trump.html", "https://globalaffairsdaily.example/putin-invites-trump-to-moscow-after-alaska-summit/"},
}

const germanText = "Der Stadtrat hat am Dienstag mit großer Mehrheit den Bau einer beweglichen Flutschutzmauer an der Mündung des Flusses beschlossen. " +
	"„Wir können nicht jeden Herbst dieselben Straßen auspumpen“, sagte die Bürgermeisterin nach der Abstimmung vor dem Rathaus. " +
	"Die Opposition kritisierte, dass die Finanzierung des Projekts noch immer nicht gesichert sei."

// outcome is what a document of the mixed folder must give: a record
// ("" reason) or an error record whose reason contains reason.
type outcome struct {
	file   string // the input file, relative to the folder
	id     string // the document id, relative to the folder when a path; "" to match by file only
	reason string
}

// mixedFolder writes the mixed folder into a temporary directory and
// returns it with the outcome of every document, in input order (the
// folder's files in lexical order of their paths). Without big, the large
// inputs (the 50 MB article, the lines of several megabytes) are left out,
// for tests that run the folder many times; with -short, the 50 MB article
// always is.
func mixedFolder(t *testing.T, big bool) (string, []outcome) {
	t.Helper()
	dir := t.TempDir()
	write := func(name string, data []byte) {
		t.Helper()
		path := filepath.Join(dir, filepath.FromSlash(name))
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, data, 0o644))
	}
	read := func(path string) []byte {
		t.Helper()
		data, err := os.ReadFile(filepath.Join("..", "..", filepath.FromSlash(path)))
		require.NoError(t, err)
		return data
	}
	var want []outcome
	ok := func(file, id string) { want = append(want, outcome{file: file, id: id}) }
	bad := func(file, id, reason string) { want = append(want, outcome{file: file, id: id, reason: reason}) }

	seedText := string(read("testdata/seeds/" + seed000))
	line := func(v map[string]any) string {
		b, err := json.Marshal(v)
		require.NoError(t, err)
		return string(b) + "\n"
	}

	// a/articles.jsonl: a seed, odd quotes, and the bad JSONL lines.
	nested := "Analysts said: " + strings.Repeat("“he said ‘she said “", 40) + "deep" + strings.Repeat("”’”", 40) + " and left it there."
	jsonl := line(map[string]any{"id": "jsonl-seed-000", "text": seedText, "published": "2025-08-16"}) +
		line(map[string]any{"id": "unclosed", "text": "Council Meets\n\nMayor Elena Ruiz said on Tuesday: “We will build the barrier, whatever it costs.\n\nNobody in the chamber objected to the plan."}) +
		line(map[string]any{"id": "nested", "text": nested}) +
		`{"id": "broken", "text": "no closing brace"` + "\n" +
		line(map[string]any{"id": "notext", "title": "A title and no text"})
	ok("a/articles.jsonl", "jsonl-seed-000")
	ok("a/articles.jsonl", "unclosed")
	ok("a/articles.jsonl", "nested")
	bad("a/articles.jsonl", "a/articles.jsonl:4", "invalid JSON")
	bad("a/articles.jsonl", "notext", "missing text")
	if big {
		// Lines of several megabytes: a text over --max-size, and a short
		// text with a large field beside it.
		jsonl += line(map[string]any{"id": "long-text", "text": strings.Repeat(seedText, 3<<20/len(seedText))}) +
			line(map[string]any{"id": "long-line", "text": "Council Meets\n\n“It is done,” Mayor Elena Ruiz said.", "html": strings.Repeat("<p>filler</p>", 4<<20/13)})
		bad("a/articles.jsonl", "long-text", "document too large")
		ok("a/articles.jsonl", "long-line")
	}
	jsonl += line(map[string]any{"id": "nul", "text": "Title\n\nA text with a \u0000 in it."})
	write("a/articles.jsonl", []byte(jsonl))
	bad("a/articles.jsonl", "nul", "NUL character in text")

	// b/: bad files, one of each kind.
	write("b/binary.txt", append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), bytes.Repeat([]byte{0, 1, 2, 0xff}, 1000)...))
	bad("b/binary.txt", "b/binary.txt", "binary file (image/png)")
	write("b/empty.txt", nil)
	bad("b/empty.txt", "b/empty.txt", "empty document")
	write("b/german.txt", []byte("Flutschutz beschlossen\n\n"+germanText))
	bad("b/german.txt", "b/german.txt", "not English: the text reads as German")
	if big && !testing.Short() {
		// A 50 MB article: reported from its size, never read into memory.
		write("b/huge-article.txt", bytes.Repeat([]byte(seedText), 50<<20/len(seedText)+1))
		bad("b/huge-article.txt", "b/huge-article.txt", "document too large")
	}
	write("b/invalid-utf8.txt", []byte("Council Meets\n\nThe mayor said the caf\xe9 would close."))
	bad("b/invalid-utf8.txt", "b/invalid-utf8.txt", "invalid UTF-8 at byte 37")
	write("b/no-article.html", []byte(`<!DOCTYPE html><html><head><title>Harbor City Herald</title></head><body>
<nav><a href="/">Home</a> <a href="/news/">News</a> <a href="/sports/">Sports</a></nav>
<ul class="index"><li><a href="/a">Council backs flood barrier</a></li><li><a href="/b">Ferry fares to rise</a></li></ul>
<footer>Copyright 2025 Harbor City Herald</footer></body></html>`))
	bad("b/no-article.html", "b/no-article.html", "no article body found")
	write("b/nul.txt", []byte("Title\n\nA text with a \x00 in it."))
	bad("b/nul.txt", "b/nul.txt", "NUL byte at byte 21")
	var gz bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&gz, gzip.NoCompression)
	_, _ = zw.Write([]byte(line(map[string]any{"id": "gz-1", "text": "First line.\n\n“Fine,” she said."}) +
		line(map[string]any{"id": "gz-2", "text": "Second line.\n\n“Also fine,” he said."}) +
		line(map[string]any{"id": "gz-3", "text": strings.Repeat("Cut short. ", 200)})))
	require.NoError(t, zw.Close())
	write("b/truncated.jsonl.gz", gz.Bytes()[:gz.Len()-400])
	ok("b/truncated.jsonl.gz", "gz-1")
	ok("b/truncated.jsonl.gz", "gz-2")
	bad("b/truncated.jsonl.gz", "b/truncated.jsonl.gz:3", "truncated gzip data")
	// The fixture WARC cut in the middle of the record of its third page.
	warc := read("testdata/warc/news.warc.gz")
	third := memberHolding(t, warc, "WARC-Type: response", "council-backs-flood-barrier")
	write("b/truncated.warc.gz", warc[:(third[0]+third[1])/2])
	ok("b/truncated.warc.gz", "")
	ok("b/truncated.warc.gz", "")
	bad("b/truncated.warc.gz", "", "truncated")
	write("b/unclosed-quote.txt", []byte("Council Meets\n\nMayor Elena Ruiz said on Tuesday: “We will build the barrier, whatever it costs.\n\nNobody in the chamber objected to the plan.\n"))
	ok("b/unclosed-quote.txt", "b/unclosed-quote.txt")

	// html/, seeds/, warc/: the seeds and the other stories, as pages, as
	// text and inside a web archive.
	pages, err := filepath.Glob(filepath.Join("..", "..", "testdata", "html", "*.html"))
	require.NoError(t, err)
	require.Len(t, pages, 5)
	for _, p := range pages {
		name := "html/" + filepath.Base(p)
		write(name, read("testdata/html/"+filepath.Base(p)))
		ok(name, name)
	}
	for _, s := range []string{seed000, seed001} {
		write("seeds/"+s, read("testdata/seeds/"+s))
		ok("seeds/"+s, "seeds/"+s)
	}
	write("warc/news.warc.gz", warc)
	for range 5 {
		ok("warc/news.warc.gz", "")
	}
	return dir, want
}

// memberHolding returns the start and end offsets of the first gzip member
// of a .warc.gz whose record contains all of parts.
func memberHolding(t *testing.T, data []byte, parts ...string) [2]int {
	t.Helper()
	r := bytes.NewReader(data) // an io.ByteReader: gzip reads no further than each member
	for r.Len() > 0 {
		start := len(data) - r.Len()
		zr, err := gzip.NewReader(r)
		require.NoError(t, err)
		zr.Multistream(false)
		var rec bytes.Buffer
		_, err = rec.ReadFrom(zr)
		require.NoError(t, err)
		found := true
		for _, p := range parts {
			found = found && strings.Contains(rec.String(), p)
		}
		if found {
			return [2]int{start, len(data) - r.Len()}
		}
	}
	t.Fatalf("no record with %q", parts)
	return [2]int{}
}

// runIn runs `extract run` in dir and returns its exit code, stdout and
// stderr.
func runIn(t *testing.T, dir string, args ...string) (int, string, string) {
	t.Helper()
	t.Chdir(dir)
	var stdout, stderr bytes.Buffer
	code := run(append([]string{"run"}, args...), strings.NewReader(""), &stdout, &stderr)
	return code, stdout.String(), stderr.String()
}

func parseRecords(t *testing.T, jsonl string) []schema.Extraction {
	t.Helper()
	var recs []schema.Extraction
	sc := bufio.NewScanner(strings.NewReader(jsonl))
	sc.Buffer(make([]byte, 1<<20), 1<<28)
	for sc.Scan() {
		var rec schema.Extraction
		require.NoError(t, json.Unmarshal(sc.Bytes(), &rec), "line %d", len(recs)+1)
		recs = append(recs, rec)
	}
	require.NoError(t, sc.Err())
	return recs
}

var summaryRE = regexp.MustCompile(`^extract: (\d+) documents? in(?: \((\d+) already in [^)]+\))?, (\d+) records? out \(all accounted for\), (\d+) errors?(?:, \d+ WARC records? skipped \(not HTML pages\))?, [\d.]+s with \d+ workers?(?: -> \S+)?$`)

// summary parses the summary line, the last line of stderr.
func summary(t *testing.T, stderr string) (docs, kept, records, errors int) {
	t.Helper()
	lines := strings.Split(strings.TrimSpace(stderr), "\n")
	m := summaryRE.FindStringSubmatch(lines[len(lines)-1])
	require.NotNil(t, m, "summary line: %q", stderr)
	n := func(s string) int { v, _ := strconv.Atoi(s); return v }
	return n(m[1]), n(m[2]), n(m[3]), n(m[4])
}

// TestBatchMixedFolder is the acceptance run: one run over the
// mixed folder processes it all, writes one record per document (error
// records for the bad ones), in input order, says so in its summary, and
// exits 0 (1 with --strict).
func TestBatchMixedFolder(t *testing.T) {
	dir, want := mixedFolder(t, true)
	code, stdout, stderr := runIn(t, dir, "--workers", "2", ".")
	require.Equal(t, 0, code, "stderr: %s", stderr)
	recs := parseRecords(t, stdout)
	for i, line := range strings.SplitAfter(strings.TrimSuffix(stdout, "\n"), "\n") {
		assert.NoError(t, schema.Validate([]byte(line)), "record %d against the JSON Schema", i)
	}

	docs, _, records, errs := summary(t, stderr)
	assert.Equal(t, len(want), docs, "documents in")
	assert.Equal(t, len(recs), records, "records out")
	require.Equal(t, len(want), len(recs), "one record per document")

	nErrs := 0
	for i, w := range want {
		rec := recs[i]
		if w.id != "" {
			assert.Equal(t, w.id, rec.Doc.ID, "record %d", i)
		}
		if w.reason == "" {
			assert.Nil(t, rec.Error, "record %d (%s): %+v", i, rec.Doc.ID, rec.Error)
			assert.NotZero(t, rec.Doc.Length, "record %d", i)
			assert.Empty(t, rec.Doc.Text, "record %d: the text only with --emit-text", i)
			continue
		}
		nErrs++
		if !assert.NotNil(t, rec.Error, "record %d (%s) should be an error: %s", i, rec.Doc.ID, w.reason) {
			continue
		}
		assert.Contains(t, rec.Error.Reason, w.reason, "record %d (%s)", i, rec.Doc.ID)
		assert.Equal(t, w.file, rec.Error.File, "record %d: the error names its file", i)
		switch {
		case strings.HasSuffix(w.file, ".jsonl"), strings.HasSuffix(w.file, ".jsonl.gz"):
			assert.NotZero(t, rec.Error.Line, "record %d: the error names its line", i)
		case strings.Contains(w.file, ".warc"):
			assert.NotNil(t, rec.Error.Offset, "record %d: the error names its WARC record offset", i)
		}
	}
	assert.Equal(t, nErrs, errs, "errors in the summary")
	assert.Regexp(t, `, 1[0-9] WARC records skipped`, stderr)

	// The WARC documents carry the capture's URL and the record's id.
	fromWARC := 0
	for _, rec := range recs {
		if strings.HasPrefix(rec.Doc.ID, "urn:uuid:") && rec.Error == nil {
			fromWARC++
			assert.True(t, strings.HasPrefix(rec.Doc.URL, "https://"), rec.Doc.URL)
		}
	}
	assert.Equal(t, 7, fromWARC, "pages read from the WARC files")

	// --strict: the same records, exit 1.
	code, strictOut, _ := runIn(t, dir, "--strict", "--workers", "2", ".")
	assert.Equal(t, 1, code)
	assert.Equal(t, stdout, strictOut)
}

// quotesAndSpeakers lists a record's quotes as "kind|text|speaker".
func quotesAndSpeakers(rec schema.Extraction) []string {
	var out []string
	for _, q := range rec.Quotes {
		speaker := "<none>"
		if q.Speaker != nil {
			speaker = q.Speaker.Name + " (" + q.Speaker.ResolvedBy + ")"
		}
		out = append(out, q.Kind+"|"+q.Text+"|"+speaker)
	}
	return out
}

// TestBatchSeedsSameFromEveryFormat checks that the seed articles read from
// their HTML pages and from the web archive carry the same quotes and
// speakers as read from .txt, and that with --emit-text every span of an
// HTML or WARC record points into the text it gives.
func TestBatchSeedsSameFromEveryFormat(t *testing.T) {
	toRoot(t)
	var stdout, stderr bytes.Buffer
	code := run([]string{"run", "--emit-text", "testdata/seeds", "testdata/html", "testdata/warc"}, strings.NewReader(""), &stdout, &stderr)
	require.Equal(t, 0, code, stderr.String())
	recs := parseRecords(t, stdout.String())
	for i, line := range strings.SplitAfter(strings.TrimSuffix(stdout.String(), "\n"), "\n") {
		assert.NoError(t, schema.Validate([]byte(line)), "record %d with its text against the JSON Schema", i)
	}
	byID, byURL := map[string]schema.Extraction{}, map[string]schema.Extraction{}
	for _, rec := range recs {
		require.Nil(t, rec.Error, "%s: %+v", rec.Doc.ID, rec.Error)
		byID[rec.Doc.ID] = rec
		if strings.HasPrefix(rec.Doc.ID, "urn:uuid:") {
			byURL[rec.Doc.URL] = rec
		}
		checkSpans(t, rec)
	}
	for seed, h := range htmlOfSeed {
		txt, ok := byID["testdata/seeds/"+seed]
		require.True(t, ok)
		want := quotesAndSpeakers(txt)
		require.NotEmpty(t, want)
		page, ok := byID["testdata/html/"+h.page]
		require.True(t, ok, h.page)
		assert.Equal(t, want, quotesAndSpeakers(page), "%s as HTML", seed)
		fromWARC, ok := byURL[h.url]
		require.True(t, ok, h.url)
		assert.Equal(t, want, quotesAndSpeakers(fromWARC), "%s from the WARC", seed)
		assert.Equal(t, page.Doc.Text, fromWARC.Doc.Text)
		assert.Equal(t, page.Doc.Title, txt.Doc.Title)
		assert.Equal(t, txt.Doc.Title, fromWARC.Doc.Title)
	}
	courier := byID["testdata/html/courier-putin-invites-trump.html"]
	assert.Equal(t, "2025-08-16", courier.Doc.Published)
	assert.Equal(t, "The National Courier", courier.Doc.Source)
	assert.Empty(t, courier.Excluded, "the page's furniture is left out by the HTML extraction")
}

// checkSpans checks, on a record written with --emit-text, that every span
// gives back its text.
func checkSpans(t *testing.T, rec schema.Extraction) {
	t.Helper()
	text := []rune(rec.Doc.Text)
	require.Len(t, text, rec.Doc.Length, rec.Doc.ID)
	at := func(s schema.Span) string { return string(text[s[0]:s[1]]) }
	for _, q := range rec.Quotes {
		assert.Equal(t, q.Text, at(q.Span), rec.Doc.ID)
		if q.Speaker != nil {
			assert.Equal(t, q.Speaker.Mention.Text, at(q.Speaker.Mention.Span), rec.Doc.ID)
		}
	}
	for _, p := range rec.People {
		for _, m := range p.Mentions {
			assert.Equal(t, m.Text, at(m.Span), rec.Doc.ID)
		}
	}
	for _, d := range rec.Dates {
		assert.Equal(t, d.Text, at(d.Span), rec.Doc.ID)
	}
}

// TestBatchSameOutputWhateverWorkers: same bytes with 1 and 3 workers (on
// 2 cores); TestBatchMixedFolder runs with 2.
func TestBatchSameOutputWhateverWorkers(t *testing.T) {
	dir, _ := mixedFolder(t, false)
	var first string
	for _, w := range []string{"1", "3"} {
		code, stdout, stderr := runIn(t, dir, "--workers", w, ".")
		require.Equal(t, 0, code, stderr)
		if first == "" {
			first = stdout
			continue
		}
		assert.True(t, first == stdout, "output with %s workers differs from 1 worker", w)
	}
}

// TestBatchOutputFileAndResume: -o writes through FILE.partial; a killed
// run leaves FILE.partial (never a truncated FILE), and --resume completes
// it to the same bytes as an uninterrupted run.
func TestBatchOutputFileAndResume(t *testing.T) {
	dir, want := mixedFolder(t, false)
	out := filepath.Join(t.TempDir(), "out.jsonl")

	code, stdout, stderr := runIn(t, dir, "-o", out, ".")
	require.Equal(t, 0, code, stderr)
	assert.Empty(t, stdout)
	got, err := os.ReadFile(out)
	require.NoError(t, err)
	full := string(got)
	assert.Len(t, parseRecords(t, full), len(want))
	assert.NoFileExists(t, out+".partial")
	assert.Contains(t, stderr, "-> "+out)

	// A run killed after writing part of a line.
	require.NoError(t, os.Remove(out))
	cut := strings.Index(full, "jsonl-seed-000") // inside the first record
	for range 7 {
		cut += strings.Index(full[cut:], "\n") + 1
	}
	cut += 50
	require.NoError(t, os.WriteFile(out+".partial", []byte(full[:cut]), 0o644))
	code, _, stderr = runIn(t, dir, "-o", out, "--resume", ".")
	require.Equal(t, 0, code, stderr)
	got, err = os.ReadFile(out)
	require.NoError(t, err)
	assert.True(t, full == string(got), "resumed output differs from an uninterrupted run")
	assert.NoFileExists(t, out+".partial")
	docs, kept, records, _ := summary(t, stderr)
	assert.Equal(t, len(want), docs)
	assert.Equal(t, 7, kept, "records kept from the interrupted run")
	assert.Equal(t, len(want), records)
	assert.Contains(t, stderr, "resuming: 7 records kept")

	// Resuming a completed run changes nothing.
	code, _, stderr = runIn(t, dir, "-o", out, "--resume", ".")
	require.Equal(t, 0, code, stderr)
	got, err = os.ReadFile(out)
	require.NoError(t, err)
	assert.True(t, full == string(got))
	_, kept, _, _ = summary(t, stderr)
	assert.Equal(t, len(want), kept)

	// Other inputs than the run's: refused, and the output left as it was,
	// completed or interrupted.
	for _, name := range []string{out, out + ".partial"} {
		if name != out {
			require.NoError(t, os.Rename(out, name))
		}
		code, _, stderr = runIn(t, dir, "-o", out, "--resume", "seeds")
		assert.Equal(t, 2, code)
		assert.Contains(t, stderr, "cannot resume: record 1 of "+out+".partial is for document \"jsonl-seed-000\"")
		got, err = os.ReadFile(name)
		require.NoError(t, err, name)
		assert.True(t, full == string(got), name)
		if name == out {
			assert.NoFileExists(t, out+".partial")
		} else {
			assert.NoFileExists(t, out)
		}
	}
}

// TestBatchUsageErrors: usage and rule errors exit 2 before any output.
func TestBatchUsageErrors(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "a.txt"), []byte("Title\n\nBody."), 0o644))
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "rules"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "rules", "bad.yaml"), []byte("kind: nope\n"), 0o644))
	out := filepath.Join(dir, "out.jsonl")
	tests := []struct {
		args []string
		msg  string
	}{
		{[]string{}, "no input"},
		{[]string{"--workers", "0", "a.txt"}, "--workers must be at least 1"},
		{[]string{"--resume", "a.txt"}, "--resume needs -o FILE"},
		{[]string{"--max-size", "lots", "a.txt"}, "--max-size"},
		{[]string{"--published", "yesterday", "a.txt"}, "want YYYY-MM-DD"},
		{[]string{"a.txt", "missing.txt"}, "missing.txt"},
		{[]string{"a.txt", "rules/bad.yaml"}, "not a .txt, .jsonl"},
		{[]string{"--rules", "rules", "a.txt"}, "unknown kind"},
		{[]string{"--no-such-flag", "a.txt"}, "flag provided but not defined"},
	}
	for _, tt := range tests {
		args := tt.args
		if tt.msg != "--resume needs -o FILE" {
			args = append([]string{"-o", out}, tt.args...)
		}
		code, stdout, stderr := runIn(t, dir, args...)
		assert.Equal(t, 2, code, "%v", tt.args)
		assert.Empty(t, stdout, "%v", tt.args)
		assert.Contains(t, stderr, tt.msg, "%v", tt.args)
		assert.NoFileExists(t, out, "%v", tt.args)
		assert.NoFileExists(t, out+".partial", "%v", tt.args)
	}
}

func TestParseSize(t *testing.T) {
	for in, want := range map[string]int64{"1048576": 1 << 20, "512K": 512 << 10, "4M": 4 << 20, "4MiB": 4 << 20, "2mb": 2 << 20, "1G": 1 << 30} {
		got, err := parseSize(in)
		require.NoError(t, err, in)
		assert.Equal(t, want, got, in)
	}
	for _, in := range []string{"", "0", "-1", "1T", "M", "1.5M"} {
		_, err := parseSize(in)
		assert.Error(t, err, in)
	}
}
