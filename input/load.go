package input

import (
	"fmt"
	"io"
	"net/http"
	"os"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/RadhiFadlillah/whatlanggo"

	"github.com/newsfacts/extract/schema"
)

// DefaultMaxSize is the largest document text handed on when
// Options.MaxSize is 0: 1 MiB, far above any news article. The extractor's
// time grows faster than the length of a text, so a runaway document
// (a whole book, a log file saved as .txt) is reported instead of holding
// a worker for minutes.
const DefaultMaxSize = 1 << 20

// minRawLimit is the least rawLimit: HTML pages carry scripts and styles,
// so a page is often many times the size of its text.
const minRawLimit = 16 << 20

// rawLimit is the most bytes read into memory for one document before its
// text is known (an HTML page, a WARC record, a JSONL line): eight times
// MaxSize, and at least minRawLimit.
func (r *reader) rawLimit() int64 {
	return max(8*r.opts.MaxSize, minRawLimit)
}

// todo is what Item.Load still has to do for a document.
type todo struct {
	page      *page  // the HTML to take the main text from, or nil
	published string // Options.Published
	maxSize   int64  // Options.MaxSize
}

// Load finishes reading a document handed on by a Read with
// Options.Deferred: it extracts the main text of an HTML page and checks
// the text (size, language), turning the item into an error item if it
// fails. It is safe to call from any goroutine, and does nothing to an item
// that is already loaded or an error.
func (it Item) Load() (out Item) {
	t := it.todo
	if t == nil {
		return it
	}
	it.todo = nil
	defer func() {
		if p := recover(); p != nil {
			out = failed(it.Doc, fmt.Sprintf("internal error while reading the document: %v", p))
			out.Size = it.Size
		}
	}()
	if t.page != nil {
		doc, reason := t.page.extract(it.Doc)
		if reason != "" {
			out = failed(it.Doc, reason)
			out.Size = it.Size
			return out
		}
		it.Doc = doc
	}
	if reason := checkText(it.Doc.Text, t.maxSize); reason != "" {
		out = failed(it.Doc, reason)
		out.Size = it.Size
		return out
	}
	if it.Doc.Published == "" {
		it.Doc.Published = t.published
	}
	return it
}

// checkText is why a document's text cannot be processed, or "".
func checkText(text string, maxSize int64) string {
	if n := int64(len(text)); n > maxSize {
		return tooLarge("text", n, maxSize)
	}
	if why := foreignLanguage(text); why != "" {
		return "not English: " + why + ", and the rules are written for English"
	}
	return ""
}

// tooLarge is the reason for a document of n bytes (of what: "text", "file",
// "page") over limit.
func tooLarge(what string, n, limit int64) string {
	return fmt.Sprintf("document too large: %d bytes of %s, more than the limit of %d (see --max-size)", n, what, limit)
}

// Language detection looks at the first langSample bytes of a text, and
// says a text is not English only when it has at least langMinLetters
// letters and either most of them are not Latin or the detector
// (whatlanggo, the one go-trafilatura uses) is sure: a false alarm would
// lose an article, a miss only costs a poor record.
const (
	langSample     = 4096
	langMinLetters = 200
)

// foreignLanguage says, as a clause for an error record, that a text is
// surely not English ("the text reads as German", "the text is written in
// Cyrillic script"), or returns "".
func foreignLanguage(text string) string {
	sample := text
	if len(sample) > langSample {
		end := langSample
		for end > 0 && !utf8.RuneStart(text[end]) { // cut at a character boundary
			end--
		}
		sample = text[:end]
	}
	letters, latin := 0, 0
	var scripts [len(otherScripts)]int
	for _, c := range sample {
		if !unicode.IsLetter(c) {
			continue
		}
		letters++
		if unicode.Is(unicode.Latin, c) {
			latin++
			continue
		}
		for i, s := range otherScripts {
			if unicode.Is(s.table, c) {
				scripts[i]++
				break
			}
		}
	}
	if letters < langMinLetters {
		return ""
	}
	if 2*latin >= letters && readsAsEnglish(sample) {
		return "" // the detector cost a fifth of a run's time; news in English rarely needs it
	}
	info := whatlanggo.Detect(sample)
	reliable := info.IsReliable() && info.Lang != whatlanggo.Eng
	if 2*latin < letters {
		// Mostly another script: surely not English, even when the
		// detector cannot tell related languages apart.
		if reliable {
			return "the text reads as " + info.Lang.String()
		}
		top := 0
		for i, n := range scripts {
			if n > scripts[top] {
				top = i
			}
		}
		if scripts[top] == 0 {
			return "the text is not written in the Latin alphabet"
		}
		return "the text is written in " + otherScripts[top].name + " script"
	}
	if !reliable {
		return ""
	}
	return "the text reads as " + info.Lang.String()
}

// englishWords are function words of English that other languages
// written in Latin letters do not use as words.
var englishWords = map[string]bool{"the": true, "and": true, "of": true, "to": true, "that": true, "is": true,
	"for": true, "with": true, "said": true, "this": true, "have": true, "from": true, "which": true,
	"are": true, "were": true, "has": true, "had": true, "it": true}

// readsAsEnglish reports whether at least one word in sixteen of s is one
// of englishWords: English news runs at one in six to one in ten, other
// languages near none.
func readsAsEnglish(s string) bool {
	words, english := 0, 0
	for w := range strings.FieldsFuncSeq(s, func(r rune) bool { return !unicode.IsLetter(r) }) {
		words++
		if len(w) <= 5 && englishWords[strings.ToLower(w)] {
			english++
		}
	}
	return words >= 40 && english*16 >= words
}

// otherScripts are the scripts named in foreignLanguage's messages, in a
// fixed order.
var otherScripts = [...]struct {
	name  string
	table *unicode.RangeTable
}{
	{"Cyrillic", unicode.Cyrillic}, {"Greek", unicode.Greek}, {"Arabic", unicode.Arabic},
	{"Hebrew", unicode.Hebrew}, {"Han", unicode.Han}, {"Hiragana", unicode.Hiragana},
	{"Katakana", unicode.Katakana}, {"Hangul", unicode.Hangul}, {"Devanagari", unicode.Devanagari},
	{"Bengali", unicode.Bengali}, {"Tamil", unicode.Tamil}, {"Thai", unicode.Thai},
	{"Georgian", unicode.Georgian}, {"Armenian", unicode.Armenian}, {"Ethiopic", unicode.Ethiopic},
}

// readFile reads a whole file of at most limit bytes, counting them as
// consumed. Its errors are reasons for an error record.
func (r *reader) readFile(path string, limit int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("cannot read: %w", unwrapPath(err))
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("cannot read: %w", unwrapPath(err))
	}
	if fi.Size() > limit {
		r.consumed += fi.Size()
		return nil, fmt.Errorf("%s", tooLarge("file", fi.Size(), limit))
	}
	data, err := io.ReadAll(io.LimitReader(r.count(f), limit+1))
	if err != nil {
		return nil, fmt.Errorf("cannot read: %w", unwrapPath(err))
	}
	if int64(len(data)) > limit { // the file grew since Stat
		return nil, fmt.Errorf("%s", tooLarge("file", int64(len(data)), limit))
	}
	return data, nil
}

// binaryKind is the media type of data when its first bytes are the
// signature of a binary format (image/png, application/pdf, application/zip,
// ...), or "" for what may be text. Data with control bytes but no known
// signature is left to the UTF-8 and NUL checks, which name the byte.
func binaryKind(data []byte) string {
	ct := http.DetectContentType(data)
	if strings.HasPrefix(ct, "text/") || ct == "application/octet-stream" {
		return ""
	}
	ct, _, _ = strings.Cut(ct, ";")
	return ct
}

// Skip is a WARC record that is not a document: see the package comment.
type Skip struct {
	File   string
	Offset int64
	// Reason says what the record is ("request record", "response with
	// status 404", "response of type image/png").
	Reason string
}

// warcLocation is the location of a WARC record.
func warcLocation(file string, offset int64) schema.Location {
	return schema.Location{File: file, Offset: &offset}
}
