package input

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/http/httputil"
	"net/textproto"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/newsfacts/extract/schema"
)

// This file reads WARC files (ISO 28500, WARC/1.0 and 1.1), as written by
// Heritrix, wget, Common Crawl and the Internet Archive. It is a small
// reader over the standard library rather than a WARC library because it
// must give the exact byte offset of every record in plain and gzipped files
// alike, stream records of any size without temporary files, and go on
// after a damaged record where it can; see the package comment for what
// counts as a document.

// maxWARCHeader is the most bytes of WARC or HTTP headers read for one
// record.
const maxWARCHeader = 1 << 20

// errStop ends the reading of a WARC file after the error record that
// says why.
var errStop = errors.New("stop reading this WARC file")

// truncatedError is a WARC record whose block ends before its
// Content-Length.
type truncatedError struct {
	got, want int64
}

func (e truncatedError) Error() string {
	return fmt.Sprintf("truncated WARC record: the file ends %d bytes into its %d-byte block", e.got, e.want)
}

// warcFile reads the documents of one .warc or .warc.gz file.
func (r *reader) warcFile(path string, gz bool) error {
	name := filepath.ToSlash(path)
	f, err := os.Open(path)
	if err != nil {
		return r.fail(name, schema.Location{File: name}, "cannot read: "+unwrapPath(err).Error())
	}
	defer f.Close()
	start := r.consumed
	fileBuf := bufio.NewReaderSize(f, 64<<10)
	src := byteCountingReader{countingReader{r: fileBuf, n: &r.consumed}, fileBuf}
	w := &warcReader{r: r, name: name}

	if !gz {
		s := &warcStream{br: bufio.NewReaderSize(src, 64<<10)}
		n := 0
		for ; ; n++ {
			err := w.record(s, func(pos int64) int64 { return pos })
			if err == io.EOF {
				break
			}
			if err != nil {
				return w.stopped(err)
			}
		}
		if n == 0 {
			return r.fail(name, warcLocation(name, 0), "empty file: no WARC records")
		}
		return nil
	}

	// A .warc.gz holds each record in its own gzip member (a few writers
	// put several in one, which is read too); a record's offset is that of
	// its member, as in CDX indexes.
	memberOff := int64(0)
	zr, err := gzip.NewReader(src)
	if err != nil {
		if err == io.EOF {
			return r.fail(name, warcLocation(name, 0), "empty file: no WARC records")
		}
		return r.fail(name+"#0", warcLocation(name, 0), gzipReason(err))
	}
	s := &warcStream{br: bufio.NewReaderSize(corruptReader{zr}, 64<<10)}
	for {
		zr.Multistream(false)
		for {
			err := w.record(s, func(int64) int64 { return memberOff })
			if err == io.EOF {
				break
			}
			if err != nil {
				return w.stopped(err)
			}
		}
		memberOff = r.consumed - start
		if err := zr.Reset(src); err != nil {
			if err == io.EOF {
				return nil
			}
			id := name + "#" + strconv.FormatInt(memberOff, 10)
			return w.stopped(w.r.fail(id, warcLocation(name, memberOff), gzipReason(err)+"; the rest of the file cannot be read"))
		}
		s.br.Reset(corruptReader{zr})
	}
}

// warcReader reads the records of one WARC file.
type warcReader struct {
	r    *reader
	name string
}

// stopped is what warcFile returns for err from record: nil once an error
// record has said why the file ends early, else fn's error.
func (w *warcReader) stopped(err error) error {
	if err == errStop || err == nil {
		return nil
	}
	return err
}

// warcStream counts the bytes consumed from a decompressed WARC stream.
type warcStream struct {
	br  *bufio.Reader
	pos int64
}

func (s *warcStream) Read(p []byte) (int, error) {
	n, err := s.br.Read(p)
	s.pos += int64(n)
	return n, err
}

// line reads one line, without its line ending. It returns io.EOF only at
// the very end of the stream, and io.ErrUnexpectedEOF for a last line
// without a line ending.
func (s *warcStream) line(limit int) ([]byte, error) {
	var buf []byte
	for {
		frag, err := s.br.ReadSlice('\n')
		s.pos += int64(len(frag))
		buf = append(buf, frag...)
		if len(buf) > limit {
			return nil, fmt.Errorf("header line longer than %d bytes", limit)
		}
		switch {
		case err == nil:
			buf = bytes.TrimSuffix(buf[:len(buf)-1], []byte("\r"))
			return buf, nil
		case errors.Is(err, bufio.ErrBufferFull):
			continue
		case err == io.EOF && len(buf) == 0:
			return nil, io.EOF
		case err == io.EOF:
			return buf, io.ErrUnexpectedEOF
		default:
			return buf, err
		}
	}
}

// block reads a record's block: Content-Length bytes of the stream.
type block struct {
	s          *warcStream
	left, want int64
}

func (b *block) Read(p []byte) (int, error) {
	if b.left <= 0 {
		return 0, io.EOF
	}
	if int64(len(p)) > b.left {
		p = p[:b.left]
	}
	n, err := b.s.Read(p)
	b.left -= int64(n)
	if err == io.EOF && b.left > 0 {
		err = truncatedError{got: b.want - b.left, want: b.want}
	}
	if err == io.EOF {
		err = nil
	}
	return n, err
}

// record reads the next record of s and hands on a document or an error
// item, or reports a skipped record. off gives the offset in the file of a
// record that starts at position pos of s. It returns io.EOF at the end of
// s, errStop after an error record that ends the file, and fn's errors.
func (w *warcReader) record(s *warcStream, off func(pos int64) int64) error {
	// Records are separated by two CRLFs; extra blank lines are tolerated.
	var version []byte
	var offset int64
	for {
		offset = off(s.pos)
		line, err := s.line(maxWARCHeader)
		if err == io.EOF {
			return io.EOF
		}
		if err != nil {
			return w.broken(w.synthID(offset), offset, err, "")
		}
		if len(bytes.TrimSpace(line)) > 0 {
			version = line
			break
		}
	}
	if !bytes.HasPrefix(version, []byte("WARC/")) {
		return w.failStop(w.synthID(offset), offset,
			fmt.Sprintf("not a WARC record: it starts with %q, not WARC/1.0 or WARC/1.1; the rest of the file cannot be read", clip(version, 40)))
	}

	// Header lines, parsed by textproto (which also joins folded lines).
	var head bytes.Buffer
	for {
		line, err := s.line(maxWARCHeader)
		if err != nil {
			return w.broken(w.synthID(offset), offset, err, "in its header")
		}
		if len(line) == 0 {
			break
		}
		head.Write(line)
		head.WriteString("\r\n")
		if head.Len() > maxWARCHeader {
			return w.failStop(w.synthID(offset), offset, fmt.Sprintf("WARC header longer than %d bytes", maxWARCHeader))
		}
	}
	head.WriteString("\r\n")
	h, err := textproto.NewReader(bufio.NewReader(&head)).ReadMIMEHeader()
	if err != nil {
		return w.failStop(w.synthID(offset), offset, "malformed WARC header: "+err.Error())
	}
	id := strings.Trim(h.Get("WARC-Record-Id"), "<>")
	if id == "" {
		id = w.synthID(offset)
	}
	length, err := strconv.ParseInt(strings.TrimSpace(h.Get("Content-Length")), 10, 64)
	if err != nil || length < 0 {
		return w.failStop(id, offset, fmt.Sprintf("WARC record without a valid Content-Length (%q); the rest of the file cannot be read", h.Get("Content-Length")))
	}
	b := &block{s: s, left: length, want: length}

	typ := strings.ToLower(h.Get("WARC-Type"))
	doc := schema.Document{ID: id, URL: h.Get("WARC-Target-Uri"), Location: warcLocation(w.name, offset)}
	var (
		p      *page
		reason string // an error record for this record
		skip   string // not a document
	)
	switch typ {
	case "response":
		p, reason, skip = w.response(b, h)
	case "resource":
		p, reason, skip = w.resource(b, h)
	case "":
		skip = "record without a WARC-Type"
	default:
		skip = typ + " record"
	}
	// Read the rest of the block, so that the next record starts where it
	// should; a file that ends inside it ends the reading.
	if _, err := io.Copy(io.Discard, b); err != nil {
		return w.broken(id, offset, err, typ+" record")
	}
	switch {
	case reason != "":
		return w.r.hand(failed(doc, reason))
	case skip != "":
		if w.r.opts.Skipped != nil {
			w.r.opts.Skipped(Skip{File: w.name, Offset: offset, Reason: skip})
		}
		return nil
	}
	p.url = doc.URL
	if d := h.Get("WARC-Date"); d != "" {
		if t, err := time.Parse(time.RFC3339Nano, d); err == nil {
			p.fetched = t.Format("2006-01-02")
		}
	}
	return w.r.emitPage(doc, p)
}

// response reads the HTTP response in a response record's block: a page
// when it is an HTML page with a 2xx status, else why it is skipped, or
// why it is an error record.
func (w *warcReader) response(b *block, h textproto.MIMEHeader) (p *page, reason, skip string) {
	if ct := strings.ToLower(h.Get("Content-Type")); ct != "" && !strings.HasPrefix(ct, "application/http") {
		return nil, "", "response record of type " + ct
	}
	// The HTTP header is read through a limit, so that a record whose
	// header never ends is not held whole; the body is not limited here.
	head := &headLimit{r: b, left: maxWARCHeader}
	br := bufio.NewReader(head)
	tp := textproto.NewReader(br)
	status, err := tp.ReadLine()
	if err != nil {
		return nil, httpReason(err, "reading its status line"), ""
	}
	proto, rest, _ := strings.Cut(status, " ")
	code, err := strconv.Atoi(strings.Fields(rest + " x")[0])
	if !strings.HasPrefix(proto, "HTTP/") || err != nil {
		return nil, fmt.Sprintf("malformed HTTP response: status line %q", clip([]byte(status), 60)), ""
	}
	hh, err := tp.ReadMIMEHeader()
	if err != nil {
		return nil, httpReason(err, "reading its headers"), ""
	}
	head.body = true
	if code < 200 || code > 299 {
		return nil, "", fmt.Sprintf("response with status %d", code)
	}
	var body io.Reader = br
	if te := strings.ToLower(hh.Get("Transfer-Encoding")); strings.Contains(te, "chunked") {
		body = httputil.NewChunkedReader(body)
	}
	switch ce := strings.ToLower(strings.TrimSpace(hh.Get("Content-Encoding"))); ce {
	case "", "identity":
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(body)
		if err != nil {
			return nil, httpReason(err, "decompressing its gzip body"), ""
		}
		body = zr
	case "deflate":
		// "deflate" is zlib-wrapped by the standard; some servers send raw
		// deflate.
		peek := bufio.NewReader(body)
		if hdr, err := peek.Peek(2); err == nil && (uint16(hdr[0])<<8|uint16(hdr[1]))%31 == 0 && hdr[0]&0x0f == 8 {
			zr, err := zlib.NewReader(peek)
			if err != nil {
				return nil, httpReason(err, "decompressing its deflate body"), ""
			}
			body = zr
		} else {
			body = flate.NewReader(peek)
		}
	default:
		return nil, "HTML page with unsupported Content-Encoding " + ce, ""
	}
	return w.readPage(body, hh.Get("Content-Type"))
}

// headLimit reads at most left bytes until body is set.
type headLimit struct {
	r    io.Reader
	left int64
	body bool
}

func (h *headLimit) Read(p []byte) (int, error) {
	if h.body {
		return h.r.Read(p)
	}
	if h.left <= 0 {
		return 0, fmt.Errorf("HTTP header longer than %d bytes", maxWARCHeader)
	}
	if int64(len(p)) > h.left {
		p = p[:h.left]
	}
	n, err := h.r.Read(p)
	h.left -= int64(n)
	return n, err
}

// resource reads a resource record: its block is the page itself.
func (w *warcReader) resource(b *block, h textproto.MIMEHeader) (p *page, reason, skip string) {
	return w.readPage(b, h.Get("Content-Type"))
}

// readPage reads an HTTP payload that is an HTML page, by its declared
// Content-Type or, when it has none, by its first bytes.
func (w *warcReader) readPage(body io.Reader, contentType string) (p *page, reason, skip string) {
	limit := w.r.rawLimit()
	data, err := io.ReadAll(io.LimitReader(body, limit+1))
	if err != nil {
		var te truncatedError
		var ce corruptError
		if errors.As(err, &te) || errors.As(err, &ce) {
			// The block itself is cut short: record() reports it when it
			// reads the rest of the block.
			return nil, "", "truncated"
		}
		return nil, httpReason(err, "reading its body"), ""
	}
	ct := contentType
	if ct == "" {
		ct = http.DetectContentType(data)
	}
	mt, _, err := mime.ParseMediaType(ct)
	if err != nil {
		mt = strings.ToLower(strings.TrimSpace(strings.SplitN(ct, ";", 2)[0]))
	}
	if mt != "text/html" && mt != "application/xhtml+xml" {
		return nil, "", "payload of type " + mt + ", not HTML"
	}
	if int64(len(data)) > limit {
		return nil, tooLarge("page", int64(len(data)), limit), ""
	}
	return &page{raw: data, contentType: contentType}, "", ""
}

// httpReason is the reason for an error record of a response record whose
// HTTP message cannot be read.
func httpReason(err error, doing string) string {
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return "malformed HTTP response: it ends while " + doing
	}
	return "malformed HTTP response while " + doing + ": " + err.Error()
}

// broken reports a record that cannot be read to its end: the file is
// truncated or corrupt there, and nothing after it can be read.
func (w *warcReader) broken(id string, offset int64, err error, what string) error {
	var te truncatedError
	var ce corruptError
	var reason string
	switch {
	case errors.As(err, &te):
		reason = te.Error()
		if what != "" {
			reason += " (" + what + ")"
		}
	case errors.As(err, &ce) && errors.Is(ce.err, io.ErrUnexpectedEOF):
		reason = "truncated WARC record: the file ends inside its gzip member"
		if what != "" {
			reason += " (" + what + ")"
		}
	case errors.As(err, &ce):
		reason = gzipReason(ce) + " in a WARC record; the rest of the file cannot be read"
	case errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF):
		reason = "truncated WARC record: the file ends"
		if what != "" {
			reason += " " + what
		}
	default:
		reason = "cannot read the WARC record: " + err.Error()
	}
	return w.failStop(id, offset, reason)
}

// failStop hands on an error record and ends the reading of the file.
func (w *warcReader) failStop(id string, offset int64, reason string) error {
	if err := w.r.hand(failed(schema.Document{ID: id, Location: warcLocation(w.name, offset)}, reason)); err != nil {
		return err
	}
	return errStop
}

// synthID is the id of a record without a WARC-Record-ID: FILE#OFFSET.
func (w *warcReader) synthID(offset int64) string {
	return w.name + "#" + strconv.FormatInt(offset, 10)
}

// clip shortens b to at most n bytes for a message.
func clip(b []byte, n int) string {
	if len(b) > n {
		return string(b[:n]) + "..."
	}
	return string(b)
}
