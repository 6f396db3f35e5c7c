package input

import (
	"bytes"
	"compress/gzip"
	"crypto/sha1"
	"encoding/base32"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsfacts/extract/schema"
)

var update = flag.Bool("update", false, "rewrite testdata/warc/news.warc.gz from testdata/html")

// warcRec is one WARC record to write.
type warcRec struct {
	typ, uri, date, contentType string
	n                           int // makes the record id
	extra                       []string
	block                       []byte
}

func (r warcRec) id() string {
	return fmt.Sprintf("urn:uuid:%08x-7e57-4d0c-8a7c-%012x", r.n, r.n*7919)
}

// bytes is the record as written in a WARC file.
func (r warcRec) bytes() []byte {
	var b bytes.Buffer
	sum := sha1.Sum(r.block)
	b.WriteString("WARC/1.1\r\n")
	fmt.Fprintf(&b, "WARC-Type: %s\r\n", r.typ)
	fmt.Fprintf(&b, "WARC-Record-ID: <%s>\r\n", r.id())
	fmt.Fprintf(&b, "WARC-Date: %s\r\n", r.date)
	if r.uri != "" {
		fmt.Fprintf(&b, "WARC-Target-URI: %s\r\n", r.uri)
	}
	for _, h := range r.extra {
		b.WriteString(h + "\r\n")
	}
	fmt.Fprintf(&b, "WARC-Block-Digest: sha1:%s\r\n", base32.StdEncoding.EncodeToString(sum[:]))
	fmt.Fprintf(&b, "Content-Type: %s\r\n", r.contentType)
	fmt.Fprintf(&b, "Content-Length: %d\r\n\r\n", len(r.block))
	b.Write(r.block)
	b.WriteString("\r\n\r\n")
	return b.Bytes()
}

// buildWARC writes records as a WARC file; gz puts each in its own gzip
// member, as WARC writers do.
func buildWARC(t testing.TB, gz bool, recs []warcRec) []byte {
	var out bytes.Buffer
	for _, r := range recs {
		if !gz {
			out.Write(r.bytes())
			continue
		}
		zw, err := gzip.NewWriterLevel(&out, gzip.BestCompression)
		require.NoError(t, err)
		_, err = zw.Write(r.bytes())
		require.NoError(t, err)
		require.NoError(t, zw.Close())
	}
	return out.Bytes()
}

// httpResponse is an HTTP/1.1 response as a WARC response record holds it.
func httpResponse(status string, headers []string, body []byte) []byte {
	var b bytes.Buffer
	b.WriteString("HTTP/1.1 " + status + "\r\n")
	for _, h := range headers {
		b.WriteString(h + "\r\n")
	}
	b.WriteString("\r\n")
	b.Write(body)
	return b.Bytes()
}

func chunked(body []byte, size int) []byte {
	var b bytes.Buffer
	for len(body) > 0 {
		n := min(size, len(body))
		fmt.Fprintf(&b, "%x\r\n", n)
		b.Write(body[:n])
		b.WriteString("\r\n")
		body = body[n:]
	}
	b.WriteString("0\r\n\r\n")
	return b.Bytes()
}

func gzipped(t testing.TB, data []byte) []byte {
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	_, err := zw.Write(data)
	require.NoError(t, err)
	require.NoError(t, zw.Close())
	return b.Bytes()
}

const httpMsg = "application/http; msgtype=response"

// fixturePages are the pages of testdata/html in the fixture WARC, in
// order, with where and when they were captured and how they were served.
var fixturePages = []struct {
	file, uri, date string
	serve           string // "plain", "chunked", "gzip" or "latin1"
}{
	{"courier-putin-invites-trump.html", "https://nationalcourier.example/2025/08/16/putin-invites-trump-to-moscow/", "2025-08-16T14:02:11Z", "plain"},
	{"globalaffairs-putin-invites-trump.html", "https://globalaffairsdaily.example/putin-invites-trump-to-moscow-after-alaska-summit/", "2025-08-17T13:20:45Z", "chunked"},
	{"herald-flood-barrier.html", "https://harborherald.example/news/2025/03/11/council-backs-flood-barrier", "2025-03-11T15:44:02Z", "gzip"},
	{"coastalwire-flood-barrier-update.html", "https://coastalwire.example/harbor-city-approves-flood-barrier", "2025-03-12T11:05:37Z", "plain"},
	{"gazette-water-cuts.html", "https://valleygazette.example/2025/04/07/water-cuts", "2025-04-08T02:13:09Z", "latin1"},
}

// fixtureRecords are the records of testdata/warc/news.warc.gz: a
// warcinfo record, a request and a response for each page of
// testdata/html (served plainly, chunked, gzip-compressed, in
// windows-1252), and records that are not documents: robots.txt, a
// redirect, a metadata record and a revisit.
func fixtureRecords(t testing.TB) []warcRec {
	n := 0
	next := func() int { n++; return n }
	recs := []warcRec{{
		typ: "warcinfo", date: "2025-08-18T00:00:00Z", contentType: "application/warc-fields", n: next(),
		block: []byte("software: newsfacts/extract test fixture\r\nformat: WARC File Format 1.1\r\ndescription: news pages for the extract tests\r\n"),
	}}
	for i, p := range fixturePages {
		body, err := os.ReadFile(filepath.Join("..", "testdata", "html", p.file))
		require.NoError(t, err)
		host := strings.Split(strings.TrimPrefix(p.uri, "https://"), "/")[0]
		path := strings.TrimPrefix(p.uri, "https://"+host)
		recs = append(recs, warcRec{
			typ: "request", uri: p.uri, date: p.date, contentType: "application/http; msgtype=request", n: next(),
			block: []byte("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nUser-Agent: newsfacts-test/1.0\r\nAccept: text/html\r\n\r\n"),
		})
		headers := []string{"Date: Sat, 16 Aug 2025 14:02:11 GMT", "Server: nginx"}
		payload := body
		switch p.serve {
		case "plain":
			headers = append(headers, "Content-Type: text/html; charset=UTF-8", fmt.Sprintf("Content-Length: %d", len(body)))
		case "chunked":
			headers = append(headers, "Content-Type: text/html; charset=UTF-8", "Transfer-Encoding: chunked")
			payload = chunked(body, 1000)
		case "gzip":
			payload = gzipped(t, body)
			headers = append(headers, "Content-Type: text/html", "Content-Encoding: gzip", fmt.Sprintf("Content-Length: %d", len(payload)))
		case "latin1":
			headers = append(headers, "Content-Type: text/html; charset=windows-1252", fmt.Sprintf("Content-Length: %d", len(body)))
		}
		recs = append(recs, warcRec{
			typ: "response", uri: p.uri, date: p.date, contentType: httpMsg, n: next(),
			extra: []string{"WARC-IP-Address: 192.0.2.10"}, block: httpResponse("200 OK", headers, payload),
		})
		switch i {
		case 0:
			recs = append(recs, warcRec{
				typ: "response", uri: "https://nationalcourier.example/robots.txt", date: p.date, contentType: httpMsg, n: next(),
				block: httpResponse("200 OK", []string{"Content-Type: text/plain", "Content-Length: 25"}, []byte("User-agent: *\nDisallow:\n\n")),
			})
		case 1:
			recs = append(recs, warcRec{
				typ: "response", uri: "https://globalaffairsdaily.example/?p=48213", date: p.date, contentType: httpMsg, n: next(),
				block: httpResponse("301 Moved Permanently", []string{"Location: " + p.uri, "Content-Type: text/html", "Content-Length: 0"}, nil),
			})
		case 3:
			recs = append(recs, warcRec{
				typ: "metadata", uri: p.uri, date: p.date, contentType: "application/warc-fields", n: next(),
				block: []byte("via: https://coastalwire.example/\r\nhopsFromSeed: L\r\n"),
			})
			recs = append(recs, warcRec{
				typ: "revisit", uri: p.uri, date: "2025-03-13T09:00:00Z", contentType: httpMsg, n: next(),
				extra: []string{"WARC-Profile: http://netpreserve.org/warc/1.1/revisit/identical-payload-digest"},
				block: []byte("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=UTF-8\r\n\r\n"),
			})
		}
	}
	return recs
}

const fixturePath = "../testdata/warc/news.warc.gz"

// TestWARCFixture checks that testdata/warc/news.warc.gz holds the pages
// of testdata/html (go test ./input -run TestWARCFixture -update rewrites
// it), that each page read from it gives the same document as the page
// read from its file, with the capture's URL and the record's id, and that
// every document's offset is that of its record.
func TestWARCFixture(t *testing.T) {
	if *update {
		require.NoError(t, os.MkdirAll(filepath.Dir(fixturePath), 0o755))
		require.NoError(t, os.WriteFile(fixturePath, buildWARC(t, true, fixtureRecords(t)), 0o644))
	}
	var skips []Skip
	items, err := collect(t, []string{fixturePath}, Options{Skipped: func(s Skip) { skips = append(skips, s) }})
	require.NoError(t, err)
	require.Len(t, items, len(fixturePages))
	assert.Equal(t, []string{"metadata record", "payload of type text/plain, not HTML",
		"request record", "request record", "request record", "request record", "request record",
		"response with status 301", "revisit record", "warcinfo record"}, sortedReasons(skips))

	data, err := os.ReadFile(fixturePath)
	require.NoError(t, err)
	for i, p := range fixturePages {
		it := items[i]
		require.Nil(t, it.Err, "%s: %v", p.file, it.Err)
		fromFile, err := collect(t, []string{filepath.Join("..", "testdata", "html", p.file)}, Options{})
		require.NoError(t, err)
		require.Len(t, fromFile, 1)
		want := fromFile[0].Doc
		assert.Equal(t, want.Text, it.Doc.Text, p.file)
		assert.Equal(t, want.Title, it.Doc.Title, p.file)
		assert.Equal(t, want.Source, it.Doc.Source, p.file)
		assert.Equal(t, want.Published, it.Doc.Published, p.file)
		assert.Equal(t, p.uri, it.Doc.URL)
		assert.True(t, strings.HasPrefix(it.Doc.ID, "urn:uuid:"), it.Doc.ID)

		// The offset is where the record's gzip member starts.
		require.NotNil(t, it.Doc.Location.Offset)
		off := *it.Doc.Location.Offset
		zr, err := gzip.NewReader(bytes.NewReader(data[off:]))
		require.NoError(t, err)
		zr.Multistream(false)
		rec, err := io.ReadAll(zr)
		require.NoError(t, err)
		assert.True(t, bytes.HasPrefix(rec, []byte("WARC/1.1\r\nWARC-Type: response\r\n")), p.file)
		assert.Contains(t, string(rec), "WARC-Record-ID: <"+it.Doc.ID+">")
	}
	assert.Contains(t, items[4].Doc.Text, "“You can’t grow tomatoes on promises,” Natarajan said.", "windows-1252 page decoded")
}

func sortedReasons(skips []Skip) []string {
	var out []string
	for _, s := range skips {
		out = append(out, s.Reason)
	}
	sort.Strings(out)
	return out
}

// writeWARC writes records to a temporary .warc or .warc.gz file.
func writeWARC(t *testing.T, gz bool, recs []warcRec) string {
	name := "test.warc"
	if gz {
		name += ".gz"
	}
	path := filepath.Join(t.TempDir(), name)
	require.NoError(t, os.WriteFile(path, buildWARC(t, gz, recs), 0o644))
	return path
}

// TestReadWARCPlainAndGzip reads the same records from a .warc and a
// .warc.gz: the same documents, and each offset is that of its record.
func TestReadWARCPlainAndGzip(t *testing.T) {
	recs := fixtureRecords(t)
	plain := writeWARC(t, false, recs)
	gz := writeWARC(t, true, recs)
	a, err := collect(t, []string{plain}, Options{})
	require.NoError(t, err)
	b, err := collect(t, []string{gz}, Options{})
	require.NoError(t, err)
	require.Len(t, a, len(fixturePages))
	require.Len(t, b, len(fixturePages))
	data, err := os.ReadFile(plain)
	require.NoError(t, err)
	for i := range a {
		assert.Equal(t, b[i].Doc.Text, a[i].Doc.Text)
		assert.Equal(t, b[i].Doc.ID, a[i].Doc.ID)
		off := *a[i].Doc.Location.Offset
		assert.True(t, bytes.HasPrefix(data[off:], []byte("WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <"+a[i].Doc.ID+">")),
			"offset %d of document %d", off, i)
	}
}

// warcDoc is a response record holding an HTML page of enough words.
func warcDoc(n int, status string, headers []string, body string) warcRec {
	return warcRec{typ: "response", uri: fmt.Sprintf("https://news.example/%d", n), date: "2025-05-01T10:00:00Z",
		contentType: httpMsg, n: n, block: httpResponse(status, headers, []byte(body))}
}

func articlePage(title string) string {
	var b strings.Builder
	b.WriteString("<html><head><title>" + title + "</title></head><body><article><h1>" + title + "</h1>")
	for i := range 4 {
		fmt.Fprintf(&b, "<p>Paragraph %d of the story says that the council met on Monday and that the mayor, Jane Doe, said “we will build it” before the vote.</p>", i)
	}
	b.WriteString("</article></body></html>")
	return b.String()
}

func TestReadWARCRecords(t *testing.T) {
	html := []string{"Content-Type: text/html; charset=utf-8"}
	tests := []struct {
		name  string
		rec   warcRec
		err   string // "" for a document
		skip  string
		check func(t *testing.T, doc schema.Document)
	}{
		{name: "page", rec: warcDoc(1, "200 OK", html, articlePage("A page")),
			check: func(t *testing.T, d schema.Document) {
				assert.Equal(t, "A page", d.Title)
				assert.Equal(t, "2025-05-01", d.Published, "WARC-Date when the page has no date")
				assert.Equal(t, "https://news.example/1", d.URL)
			}},
		{name: "no content type: sniffed", rec: warcDoc(2, "200 OK", nil, articlePage("Sniffed"))},
		{name: "xhtml", rec: warcDoc(3, "200 OK", []string{"Content-Type: application/xhtml+xml"}, articlePage("X"))},
		{name: "not found", rec: warcDoc(4, "404 Not Found", html, articlePage("Gone")), skip: "response with status 404"},
		{name: "image", rec: warcDoc(5, "200 OK", []string{"Content-Type: image/png"}, "\x89PNG\r\n\x1a\n"), skip: "payload of type image/png, not HTML"},
		{name: "dns", rec: warcRec{typ: "response", uri: "dns:news.example", date: "2025-05-01T10:00:00Z", contentType: "text/dns", n: 6, block: []byte("20250501100000\nnews.example. 300 IN A 192.0.2.1\n")},
			skip: "response record of type text/dns"},
		{name: "brotli", rec: warcDoc(7, "200 OK", append([]string{"Content-Encoding: br"}, html...), "\x1b\x00"), err: "unsupported Content-Encoding br"},
		{name: "malformed status line", rec: warcRec{typ: "response", uri: "https://news.example/8", date: "2025-05-01T10:00:00Z", contentType: httpMsg, n: 8, block: []byte("ICY 200 OK\r\n\r\n")},
			err: `malformed HTTP response: status line "ICY 200 OK"`},
		{name: "bad gzip body", rec: warcDoc(9, "200 OK", append([]string{"Content-Encoding: gzip"}, html...), "not gzip at all"), err: "malformed HTTP response while decompressing"},
		{name: "no article", rec: warcDoc(10, "200 OK", html, "<html><body><nav><a href='/'>Home</a> <a href='/a'>World</a></nav></body></html>"), err: "no article body found"},
		{name: "endless HTTP header", rec: warcDoc(12, "200 OK", []string{"X-Junk: " + strings.Repeat("a", 2<<20)}, articlePage("Junk")),
			err: "HTTP header longer than 1048576 bytes"},
		{name: "resource record", rec: warcRec{typ: "resource", uri: "file:///saved/page.html", date: "2025-05-01T10:00:00Z", contentType: "text/html", n: 11, block: []byte(articlePage("Saved"))}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := writeWARC(t, true, []warcRec{tt.rec})
			var skips []Skip
			items, err := collect(t, []string{path}, Options{Skipped: func(s Skip) { skips = append(skips, s) }})
			require.NoError(t, err)
			if tt.skip != "" {
				assert.Empty(t, items)
				require.Len(t, skips, 1)
				assert.Equal(t, tt.skip, skips[0].Reason)
				return
			}
			require.Len(t, items, 1)
			it := items[0]
			assert.Equal(t, tt.rec.id(), it.Doc.ID)
			if tt.err != "" {
				require.NotNil(t, it.Err)
				assert.Contains(t, it.Err.Reason, tt.err)
				require.NotNil(t, it.Err.Offset)
				assert.Equal(t, int64(0), *it.Err.Offset)
				assert.Equal(t, filepath.ToSlash(path), it.Err.File)
				return
			}
			require.Nil(t, it.Err, "%+v", it.Err)
			if tt.check != nil {
				tt.check(t, it.Doc)
			}
		})
	}
}

// TestReadWARCDamaged cuts a WARC file short at many places, plain and
// gzipped: the records before the cut are read, the cut gives one error
// record with its offset (unless it falls between records), and reading
// goes on with the next input.
func TestReadWARCDamaged(t *testing.T) {
	recs := fixtureRecords(t)[:4] // warcinfo, request, response, robots.txt
	for _, gz := range []bool{false, true} {
		full := buildWARC(t, gz, recs)
		dir := t.TempDir()
		after := filepath.Join(dir, "after.txt")
		writeFile(t, after, "After\nThe next input is read.")
		for cut := 1; cut < len(full); cut += 97 {
			path := filepath.Join(dir, "cut.warc")
			if gz {
				path += ".gz"
			}
			require.NoError(t, os.WriteFile(path, full[:cut], 0o644))
			items, err := collect(t, []string{path, after}, Options{})
			require.NoError(t, err, "cut at %d", cut)
			require.NotEmpty(t, items)
			last := items[len(items)-1]
			assert.Equal(t, filepath.ToSlash(after), last.Doc.ID, "cut at %d: the next input is read", cut)
			for _, it := range items[:len(items)-1] {
				if it.Err == nil {
					continue
				}
				assert.Regexp(t, `truncated|gzip|not a WARC record`, it.Err.Reason, "cut at %d", cut)
				require.NotNil(t, it.Err.Offset, "cut at %d", cut)
			}
		}
	}
}

func TestReadWARCBadFiles(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name, file, content string
		wantErr             string
	}{
		{"empty .warc", "empty.warc", "", "empty file: no WARC records"},
		{"empty .warc.gz", "empty.warc.gz", "", "empty file: no WARC records"},
		{"not a WARC", "notes.warc", "Just some notes.\r\n", `not a WARC record: it starts with "Just some notes."`},
		{"not gzip", "plain.warc.gz", "WARC/1.1\r\n", "not a gzip file"},
		{"bad length", "len.warc", "WARC/1.1\r\nWARC-Type: response\r\nContent-Length: lots\r\n\r\n", "without a valid Content-Length"},
		{"header cut", "head.warc", "WARC/1.1\r\nWARC-Type: resp", "truncated WARC record: the file ends in its header"},
		{"block cut", "block.warc", "WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:x>\r\nContent-Length: 100\r\n\r\nHTTP/1.1 200 OK\r\n", "truncated WARC record: the file ends 17 bytes into its 100-byte block"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(dir, tt.file)
			writeFile(t, path, tt.content)
			items, err := collect(t, []string{path}, Options{})
			require.NoError(t, err)
			require.Len(t, items, 1)
			require.NotNil(t, items[0].Err)
			assert.Contains(t, items[0].Err.Reason, tt.wantErr)
			assert.Equal(t, filepath.ToSlash(path), items[0].Err.File)
			require.NotNil(t, items[0].Err.Offset)
		})
	}
}

// TestReadWARCTooLarge: a page over the raw limit gives an error record
// and the next record is read.
func TestReadWARCTooLarge(t *testing.T) {
	big := warcDoc(1, "200 OK", []string{"Content-Type: text/html"}, "<html><body><p>"+strings.Repeat("word ", 400_000)+"</p></body></html>")
	small := warcDoc(2, "200 OK", []string{"Content-Type: text/html"}, articlePage("Small"))
	path := writeWARC(t, false, []warcRec{big, small})
	items, err := collect(t, []string{path}, Options{MaxSize: 100_000}) // raw limit 16 MiB: the page passes, its text does not
	require.NoError(t, err)
	require.Len(t, items, 2)
	require.NotNil(t, items[0].Err)
	assert.Contains(t, items[0].Err.Reason, "document too large: 1999999 bytes of text")
	assert.Nil(t, items[1].Err)

	huge := warcDoc(3, "200 OK", []string{"Content-Type: text/html"}, strings.Repeat("x", minRawLimit+10))
	path = writeWARC(t, true, []warcRec{huge, small})
	items, err = collect(t, []string{path}, Options{})
	require.NoError(t, err)
	require.Len(t, items, 2)
	require.NotNil(t, items[0].Err)
	assert.Contains(t, items[0].Err.Reason, "bytes of page, more than the limit of 16777216")
	assert.Nil(t, items[1].Err)
}

// FuzzWARC reads arbitrary bytes as a .warc file: never a panic, every
// item is a document with text or an error with an offset, and the file
// after it is read.
func FuzzWARC(f *testing.F) {
	for _, gz := range []bool{false} {
		f.Add(buildWARC(f, gz, []warcRec{warcDoc(1, "200 OK", []string{"Content-Type: text/html", "Transfer-Encoding: chunked"}, string(chunked([]byte(articlePage("T")), 50)))}))
	}
	f.Add([]byte("WARC/1.0\r\nContent-Length: 3\r\nWARC-Type: resource\r\n\r\nabc\r\n\r\nWARC/1.0\r\n"))
	f.Add([]byte("\r\n\r\nWARC/1.1\r\n folded\r\n\r\n"))
	dir := f.TempDir()
	after := filepath.Join(dir, "after.txt")
	require.NoError(f, os.WriteFile(after, []byte("After\nbody"), 0o644))
	f.Fuzz(func(t *testing.T, data []byte) {
		path := filepath.Join(t.TempDir(), "f.warc")
		require.NoError(t, os.WriteFile(path, data, 0o644))
		items, err := collect(t, []string{path, after}, Options{})
		require.NoError(t, err)
		require.NotEmpty(t, items)
		assert.Equal(t, filepath.ToSlash(after), items[len(items)-1].Doc.ID)
		for _, it := range items[:len(items)-1] {
			if it.Err != nil {
				require.NotNil(t, it.Err.Offset, it.Err.Reason)
				continue
			}
			require.NotEmpty(t, strings.TrimSpace(it.Doc.Text))
		}
	})
}
