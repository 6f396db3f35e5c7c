package input

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/newsfacts/extract/schema"
)

// StdinName is the file name given to standard input ("-") in locations
// and synthetic ids.
const StdinName = "<stdin>"

// Item is one input document or the reason it could not be read. Exactly
// one of Doc and Err is meaningful: when Err != nil, Doc.ID (if known, else
// a synthetic id like "path:line") and Doc.Location still say where it was.
type Item struct {
	Doc schema.Document
	Err *schema.Error
	// Size is how many bytes of input files (as stored: compressed bytes
	// for .gz) were consumed since the previous item, for progress bars.
	Size int64
	// todo is what Load still has to do; nil once it is done.
	todo *todo
}

// Options control how inputs are read.
type Options struct {
	// Published is the default publication date (YYYY-MM-DD) for documents
	// that carry none.
	Published string
	// Stdin is read for the input "-"; nil means os.Stdin.
	Stdin io.Reader
	// MaxSize is the largest document text, in bytes, that is handed on;
	// a larger one is an error record. 0 means DefaultMaxSize.
	MaxSize int64
	// Deferred hands on documents before the work that can be done in
	// parallel (extracting an HTML page's main text, checking the language):
	// the caller must then call Item.Load on each item, on any goroutine.
	// When false, Read loads every item before calling fn.
	Deferred bool
	// Skipped, if set, is called for each WARC record that is not a
	// document (see the package comment), so that a run can count them.
	Skipped func(Skip)
}

// Read walks inputs in order and calls fn for each item. It stops and
// returns fn's error (unchanged) if fn returns one. Otherwise it returns an
// error only for a failure that makes the rest of an input unreadable: an
// input path that does not exist or is not a file of a kind it reads, a
// directory, or "-" (reported before any document of that input is
// emitted), or a read error in the middle of a JSONL stream. It also
// returns an error, before reading anything, if opts.Published is set but
// not a YYYY-MM-DD date.
func Read(inputs []string, opts Options, fn func(Item) error) error {
	if opts.Published != "" && !isDate(opts.Published) {
		return fmt.Errorf("default publication date: want YYYY-MM-DD, got %q", opts.Published)
	}
	r := &reader{opts: opts, fn: fn}
	if r.opts.MaxSize <= 0 {
		r.opts.MaxSize = DefaultMaxSize
	}
	for _, in := range inputs {
		if err := r.input(in); err != nil {
			return err
		}
	}
	return nil
}

type reader struct {
	opts Options
	fn   func(Item) error
	// consumed counts the bytes read from input files so far, and
	// reported the part of it already given to an item as its Size.
	consumed, reported int64
}

// Errors returned by fn pass through every function below unwrapped, so
// that the caller of Read gets them back as they were.

func (r *reader) emit(doc schema.Document) error {
	return r.emitPage(doc, nil)
}

// emitPage hands on a document whose text is still to be extracted from
// the HTML page p (nil: its text is known).
func (r *reader) emitPage(doc schema.Document, p *page) error {
	return r.hand(Item{Doc: doc, todo: &todo{page: p, published: r.opts.Published, maxSize: r.opts.MaxSize}})
}

func (r *reader) fail(id string, loc schema.Location, reason string) error {
	return r.hand(failed(schema.Document{ID: id, Location: loc}, reason))
}

// failed is the error item of doc.
func failed(doc schema.Document, reason string) Item {
	return Item{
		Doc: doc,
		Err: &schema.Error{Reason: reason, File: doc.Location.File, Line: doc.Location.Line, Offset: doc.Location.Offset},
	}
}

// hand gives an item to fn, with the input bytes consumed since the last
// one, loading it first unless the caller asked to do that itself.
func (r *reader) hand(it Item) error {
	it.Size = r.consumed - r.reported
	r.reported = r.consumed
	if !r.opts.Deferred {
		it = it.Load()
	}
	return r.fn(it)
}

func (r *reader) input(in string) error {
	if in == "-" {
		stdin := r.opts.Stdin
		if stdin == nil {
			stdin = os.Stdin
		}
		return r.jsonl(stdin, StdinName)
	}
	fi, err := os.Stat(in)
	if err != nil {
		return fmt.Errorf("input %s: %w", in, unwrapPath(err))
	}
	if fi.IsDir() {
		return r.dir(in)
	}
	k := kindOf(in)
	if k == kindNone {
		return fmt.Errorf("input %s: not a %s file, a directory or -", in, extList)
	}
	return r.file(in, k)
}

// A kind of input file, told by its name.
type kind int

const (
	kindNone kind = iota
	kindTxt
	kindJSONL
	kindJSONLGz
	kindHTML
	kindWARC
	kindWARCGz
)

// extList names the extensions read, for messages.
const extList = ".txt, .jsonl, .jsonl.gz, .html, .htm, .warc or .warc.gz"

// kindOf tells the kind of a file from its extension, in any case.
func kindOf(path string) kind {
	switch {
	case hasExt(path, ".txt"):
		return kindTxt
	case hasExt(path, ".jsonl"):
		return kindJSONL
	case hasExt(path, ".html"), hasExt(path, ".htm"):
		return kindHTML
	case hasExt(path, ".warc"):
		return kindWARC
	case hasExt(path, ".gz"):
		switch inner := strings.TrimSuffix(path, filepath.Ext(path)); {
		case hasExt(inner, ".jsonl"):
			return kindJSONLGz
		case hasExt(inner, ".warc"):
			return kindWARCGz
		}
	}
	return kindNone
}

// file reads one input file of kind k.
func (r *reader) file(path string, k kind) error {
	switch k {
	case kindTxt:
		return r.txt(path)
	case kindHTML:
		return r.htmlFile(path)
	case kindWARC, kindWARCGz:
		return r.warcFile(path, k == kindWARCGz)
	default:
		return r.jsonlFile(path, k == kindJSONLGz)
	}
}

func hasExt(path, ext string) bool {
	return strings.EqualFold(filepath.Ext(path), ext)
}

// unwrapPath drops the operation and path of an *fs.PathError, which the
// caller already names, keeping errors.Is working on the result.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// dir reads the files of the kinds above under root in lexical order of their
// slash-separated paths. Only the paths are held in memory.
func (r *reader) dir(root string) error {
	walkRoot := root
	if fi, err := os.Lstat(root); err == nil && fi.Mode()&fs.ModeSymlink != 0 {
		// WalkDir does not follow a symbolic link, even at the root; a
		// trailing separator makes it resolve the link.
		walkRoot = root + string(filepath.Separator)
	}
	type entry struct {
		path string // slash-separated, as emitted
		os   string // as the OS wants it
		err  error  // the entry could not be listed or stat'ed
	}
	var entries []entry
	walkErr := filepath.WalkDir(walkRoot, func(p string, d fs.DirEntry, err error) error {
		if p == walkRoot {
			return err // the input itself is unreadable: nothing of it can be read
		}
		if strings.HasPrefix(filepath.Base(p), ".") {
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if err != nil {
			// A directory below the input that cannot be listed: one error
			// record for it, and the walk goes on.
			entries = append(entries, entry{path: filepath.ToSlash(p), os: p, err: err})
			return nil
		}
		if d.IsDir() || kindOf(p) == kindNone {
			return nil
		}
		if d.Type()&fs.ModeSymlink != 0 {
			fi, err := os.Stat(p)
			if err != nil {
				entries = append(entries, entry{path: filepath.ToSlash(p), os: p, err: err})
				return nil
			}
			if !fi.Mode().IsRegular() {
				return nil
			}
		} else if !d.Type().IsRegular() {
			return nil
		}
		entries = append(entries, entry{path: filepath.ToSlash(p), os: p})
		return nil
	})
	if walkErr != nil {
		return fmt.Errorf("input %s: %w", root, unwrapPath(walkErr))
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].path < entries[j].path })
	for _, e := range entries {
		var err error
		switch {
		case e.err != nil:
			err = r.fail(e.path, schema.Location{File: e.path}, "cannot read: "+unwrapPath(e.err).Error())
		default:
			err = r.file(e.os, kindOf(e.os))
		}
		if err != nil {
			return err
		}
	}
	return nil
}

var bom = []byte("\uFEFF")

// txt reads one .txt file as one document.
func (r *reader) txt(path string) error {
	id := filepath.ToSlash(path)
	loc := schema.Location{File: id}
	data, err := r.readFile(path, r.opts.MaxSize)
	if err != nil {
		return r.fail(id, loc, err.Error())
	}
	if kind := binaryKind(data); kind != "" {
		return r.fail(id, loc, "binary file ("+kind+"), not text")
	}
	skip := 0
	if bytes.HasPrefix(data, bom) {
		skip = len(bom)
	}
	body := data[skip:]
	if i := invalidUTF8(body); i >= 0 {
		return r.fail(id, loc, fmt.Sprintf("invalid UTF-8 at byte %d", skip+i))
	}
	if i := bytes.IndexByte(body, 0); i >= 0 {
		return r.fail(id, loc, fmt.Sprintf("NUL byte at byte %d", skip+i))
	}
	text := string(body)
	if strings.TrimSpace(text) == "" {
		return r.fail(id, loc, "empty document")
	}
	return r.emit(schema.Document{ID: id, Title: guessTitle(text), Text: text, Location: loc})
}

// invalidUTF8 is the byte offset of the first invalid UTF-8 sequence in b,
// or -1.
func invalidUTF8(b []byte) int {
	if utf8.Valid(b) {
		return -1
	}
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return -1
}

// titleLines is how many non-blank lines guessTitle looks at, and
// titleMaxWords the most words a title may have.
const (
	titleLines    = 3
	titleMaxWords = 30
)

// guessTitle is the first of the first titleLines non-blank lines of text
// that has at most titleMaxWords words and does not end in '.', '!', '?'
// or ':' (a sentence or a lead-in, not a headline), trimmed of surrounding
// white space; or "" when none qualifies.
func guessTitle(text string) string {
	for n := 0; n < titleLines && text != ""; {
		var line string
		line, text, _ = strings.Cut(text, "\n")
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		n++
		if len(strings.Fields(line)) <= titleMaxWords && !endsLikeSentence(line) {
			return line
		}
	}
	return ""
}

// closers may follow a sentence's final mark: `He said "no."`.
const closers = "\"'”’»)]›"

func endsLikeSentence(line string) bool {
	core := strings.TrimRight(line, closers)
	if core == "" {
		return true // only quotation marks or brackets: not a headline
	}
	last, _ := utf8.DecodeLastRuneInString(core)
	return strings.ContainsRune(".!?:", last)
}

func (r *reader) jsonlFile(path string, gz bool) error {
	name := filepath.ToSlash(path)
	f, err := os.Open(path)
	if err != nil {
		// The file was listed but cannot be opened: how many documents it
		// holds is unknown, so it gives one error record.
		return r.fail(name, schema.Location{File: name}, "cannot read: "+unwrapPath(err).Error())
	}
	defer f.Close()
	src := r.count(f)
	if gz {
		zr, err := gzip.NewReader(bufio.NewReader(src))
		if err != nil {
			return r.fail(name, schema.Location{File: name}, gzipReason(err))
		}
		src = corruptReader{zr}
	}
	return r.jsonl(src, name)
}

// readBufferSize is the size of the read buffer for JSONL streams; longer
// lines are read in several pieces. A variable so that tests can make it
// tiny.
var readBufferSize = 64 << 10

// maxKeptBuffer is the largest line buffer kept for the next line; a longer
// line's buffer is dropped once it has been handled.
const maxKeptBuffer = 1 << 20

// jsonl reads a JSON Lines stream one line at a time. Lines can be of any
// length; only the current one is held in memory.
//
// A line longer than the raw size limit (see rawLimit) is not held: it is
// read through and reported. A stream that is corrupt (a truncated or
// damaged .gz) gives one error record at the line where it breaks, and the
// rest of it is lost.
func (r *reader) jsonl(src io.Reader, name string) error {
	br := bufio.NewReaderSize(src, readBufferSize)
	limit := r.rawLimit()
	var buf []byte
	for lineNo := 1; ; lineNo++ {
		buf = buf[:0]
		var err error
		var length int64 // of the whole line, when too long to keep
		for {
			var frag []byte
			frag, err = br.ReadSlice('\n')
			switch {
			case length > 0:
				length += int64(len(frag))
			case int64(len(buf)+len(frag)) > limit:
				length = int64(len(buf) + len(frag))
				buf = nil
			default:
				buf = append(buf, frag...)
			}
			if !errors.Is(err, bufio.ErrBufferFull) {
				break
			}
		}
		if err != nil && err != io.EOF {
			var ce corruptError
			if errors.As(err, &ce) {
				return r.fail(name+":"+strconv.Itoa(lineNo), schema.Location{File: name, Line: lineNo},
					gzipReason(ce.err)+fmt.Sprintf("; line %d and any after it are lost", lineNo))
			}
			return fmt.Errorf("%s: line %d: %w", name, lineNo, err)
		}
		if length > 0 {
			reason := fmt.Sprintf("line too long: %d bytes, more than the %d read for one document (see --max-size)", length, limit)
			if ferr := r.fail(name+":"+strconv.Itoa(lineNo), schema.Location{File: name, Line: lineNo}, reason); ferr != nil {
				return ferr
			}
		} else if len(buf) > 0 {
			if ferr := r.jsonLine(buf, name, lineNo); ferr != nil {
				return ferr
			}
		}
		if err == io.EOF {
			return nil
		}
		if cap(buf) > maxKeptBuffer {
			buf = nil
		}
	}
}

// blank is the white space that makes a JSONL line blank (skipped).
const blank = " \t\r\f\v"

// isBlankLine reports whether a JSONL line (without its "\n") is skipped as
// blank. lineNo is 1-based: a UTF-8 byte-order mark is ignored on line 1.
func isBlankLine(line []byte, lineNo int) bool {
	if lineNo == 1 {
		line = bytes.TrimPrefix(line, bom)
	}
	return len(bytes.Trim(line, blank)) == 0
}

// knownFields are the optional string fields of a JSONL line, in the order
// they are checked.
var knownFields = []string{"published", "title", "url", "source", "story"}

func (r *reader) jsonLine(line []byte, name string, lineNo int) error {
	line = bytes.TrimSuffix(line, []byte("\n"))
	line = bytes.TrimSuffix(line, []byte("\r"))
	if isBlankLine(line, lineNo) {
		return nil
	}
	colShift := 0 // characters dropped from the start of the line
	if lineNo == 1 && bytes.HasPrefix(line, bom) {
		line = line[len(bom):]
		colShift = 1
	}
	id := name + ":" + strconv.Itoa(lineNo)
	loc := schema.Location{File: name, Line: lineNo}

	var fields map[string]json.RawMessage
	if err := json.Unmarshal(line, &fields); err != nil || fields == nil {
		return r.fail(id, loc, jsonReason(line, err, colShift))
	}

	// The id first, so that every later error record carries it.
	raw, ok := fields["id"]
	switch kind := JSONKind(raw); {
	case !ok || kind == "null":
		return r.fail(id, loc, "missing id")
	case kind == "string":
		var s string
		if !utf8.Valid(raw) || json.Unmarshal(raw, &s) != nil {
			// An id with invalid UTF-8 is reported below, with its byte.
			break
		}
		if s == "" {
			return r.fail(id, loc, "missing id")
		}
		id = s
	case kind == "number":
		// Numeric ids, common in exported data sets, are kept as written.
		id = string(raw)
	default:
		return r.fail(id, loc, "id: want a string, got "+kind)
	}

	if i := invalidUTF8(line); i >= 0 {
		return r.fail(id, loc, fmt.Sprintf("invalid UTF-8 at byte %d", i+len(bom)*colShift))
	}

	var doc schema.Document
	doc.ID = id
	doc.Location = loc
	raw, ok = fields["text"]
	if kind := JSONKind(raw); !ok || kind == "null" {
		return r.fail(id, loc, "missing text")
	} else if kind != "string" {
		return r.fail(id, loc, "missing text: want a string, got "+kind)
	}
	if err := json.Unmarshal(raw, &doc.Text); err != nil {
		return r.fail(id, loc, "text: "+err.Error())
	}

	dst := map[string]*string{
		"published": &doc.Published, "title": &doc.Title, "url": &doc.URL,
		"source": &doc.Source, "story": &doc.Story,
	}
	for _, f := range knownFields {
		raw, ok := fields[f]
		kind := JSONKind(raw)
		if !ok || kind == "null" {
			continue
		}
		if kind != "string" {
			return r.fail(id, loc, f+": want a string, got "+kind)
		}
		if err := json.Unmarshal(raw, dst[f]); err != nil {
			return r.fail(id, loc, f+": "+err.Error())
		}
	}

	if doc.Published != "" && !isDate(doc.Published) && !isTimestamp(doc.Published) {
		return r.fail(id, loc, fmt.Sprintf("published: want YYYY-MM-DD or an ISO 8601 time, got %q", doc.Published))
	}
	if i := strings.IndexByte(doc.Text, 0); i >= 0 {
		return r.fail(id, loc, fmt.Sprintf("NUL character in text at code point %d", utf8.RuneCountInString(doc.Text[:i])))
	}
	if strings.TrimSpace(doc.Text) == "" {
		return r.fail(id, loc, "empty document")
	}
	return r.emit(doc)
}

// JSONKind names the JSON type of a raw value: object, array, string,
// number, boolean or null ("" for nothing). Readers of other JSON Lines
// files (extract eval's gold) use it for their messages too.
func JSONKind(raw json.RawMessage) string {
	raw = bytes.TrimLeft(raw, " \t\r\n")
	if len(raw) == 0 {
		return ""
	}
	switch raw[0] {
	case '{':
		return "object"
	case '[':
		return "array"
	case '"':
		return "string"
	case 't', 'f':
		return "boolean"
	case 'n':
		return "null"
	default:
		return "number"
	}
}

// jsonReason says why a line is not one JSON object, with the column
// (1-based, in characters) of a syntax error.
func jsonReason(line []byte, err error, colShift int) string {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case err == nil: // the line is "null"
		return "invalid JSON: want an object, got null"
	case errors.As(err, &se):
		off := int(se.Offset)
		var col int
		if off >= len(line) {
			col = utf8.RuneCount(line) + 1 // unexpected end: just past the last character
		} else {
			col = utf8.RuneCount(line[:max(off-1, 0)]) + 1
		}
		return fmt.Sprintf("invalid JSON at column %d: %s", col+colShift, se.Error())
	case errors.As(err, &te):
		return "invalid JSON: want an object, got " + te.Value
	default:
		return "invalid JSON: " + err.Error()
	}
}

func isDate(s string) bool {
	if len(s) != len("2006-01-02") {
		return false
	}
	_, err := time.Parse("2006-01-02", s)
	return err == nil
}

// isTimestamp accepts ISO 8601 date-times with or without seconds and
// zone (TimeML archives write 1990-08-15T13:37).
func isTimestamp(s string) bool {
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02T15:04"} {
		if _, err := time.Parse(layout, s); err == nil {
			return true
		}
	}
	return false
}
