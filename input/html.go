package input

import (
	"bytes"
	"fmt"
	nurl "net/url"
	"path/filepath"
	"strings"
	"unicode/utf8"

	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"

	"github.com/newsfacts/extract/schema"
)

// page is an HTML page whose main text is still to be extracted: the work
// is done by Item.Load, so that it can run on a worker.
type page struct {
	raw         []byte
	contentType string // the HTTP Content-Type, which may name the charset
	url         string // where the page was fetched (WARC-Target-URI), or ""
	fetched     string // the day it was fetched (WARC-Date) as YYYY-MM-DD, or ""
}

// htmlFile reads one .html or .htm file: one document, whose id is its
// path.
func (r *reader) htmlFile(path string) error {
	id := filepath.ToSlash(path)
	loc := schema.Location{File: id}
	data, err := r.readFile(path, r.rawLimit())
	if err != nil {
		return r.fail(id, loc, err.Error())
	}
	return r.emitPage(schema.Document{ID: id, Location: loc}, &page{raw: data})
}

// extract fills doc with the page's main text and metadata, or says why it
// cannot.
func (p *page) extract(doc schema.Document) (schema.Document, string) {
	if len(bytes.TrimSpace(p.raw)) == 0 {
		return doc, "empty document"
	}
	if kind := binaryKind(p.raw); kind != "" {
		return doc, "binary file (" + kind + "), not HTML"
	}
	src, reason := decodeHTML(p.raw, p.contentType)
	if reason != "" {
		return doc, reason
	}
	root, err := html.Parse(strings.NewReader(src))
	if err != nil {
		return doc, "cannot parse the HTML: " + err.Error()
	}
	opts := trafilatura.Options{
		// Readers' comments are not the article.
		ExcludeComments: true,
		// Compare with go-readability and go-domdistiller when unsure.
		EnableFallback: true,
		// The publication date from the page's metadata, its URL and its
		// markup, without the slow free-text date parser.
		HtmlDateMode: trafilatura.Fast,
	}
	if p.url != "" {
		if u, err := nurl.ParseRequestURI(p.url); err == nil {
			opts.OriginalURL = u
		}
	}
	res, err := trafilatura.ExtractDocument(root, opts)
	var text string
	if err == nil && res.ContentNode != nil {
		text = nodeText(res.ContentNode)
	}
	if len(strings.Fields(text)) < minArticleWords {
		return doc, fmt.Sprintf("no article body found in the page (%d words of main text)", len(strings.Fields(text)))
	}
	doc.Text = text
	meta := res.Metadata
	doc.Title = meta.Title
	doc.URL = p.url
	if doc.URL == "" {
		doc.URL = meta.URL
	}
	doc.Source = meta.Sitename
	if doc.Source == "" {
		doc.Source = meta.Hostname
	}
	if !meta.Date.IsZero() {
		doc.Published = meta.Date.Format("2006-01-02")
	} else {
		doc.Published = p.fetched
	}
	return doc, ""
}

// minArticleWords is the fewest words of main text that make an article:
// less is a page without one (an index, a login wall, an error page) where
// the extractor found only stray lines.
const minArticleWords = 20

// decodeHTML returns the page as UTF-8 text, or why it cannot. The encoding
// is the one a byte-order mark, the HTTP Content-Type or a <meta> tag
// declares; a page that declares none is read as UTF-8 if it is valid
// UTF-8 throughout, else as windows-1252 (the HTML standard's default).
// A page declared UTF-8 that is not is an error, as for a .txt file.
func decodeHTML(raw []byte, contentType string) (string, string) {
	enc, name, certain := charset.DetermineEncoding(raw, contentType)
	if !certain && utf8.Valid(raw) {
		// A <meta> declaration or the default, contradicted by the bytes:
		// pages declaring latin-1 while holding UTF-8 are common.
		name = "utf-8"
	}
	var text []byte
	if name == "utf-8" {
		if i := invalidUTF8(raw); i >= 0 {
			return "", fmt.Sprintf("invalid UTF-8 at byte %d (the page is declared UTF-8)", i)
		}
		text = bytes.TrimPrefix(raw, bom)
	} else {
		var err error
		text, err = enc.NewDecoder().Bytes(raw)
		if err != nil {
			return "", fmt.Sprintf("cannot decode the page as %s: %v", name, err)
		}
		text = bytes.TrimPrefix(text, bom) // a UTF-16 one, decoded
	}
	if i := bytes.IndexByte(text, 0); i >= 0 {
		return "", fmt.Sprintf("NUL byte at byte %d: binary data, not HTML", i)
	}
	return string(text), ""
}

// inlineTags do not break a paragraph; every other element does.
var inlineTags = map[atom.Atom]bool{
	atom.A: true, atom.Abbr: true, atom.B: true, atom.Bdi: true, atom.Bdo: true, atom.Cite: true,
	atom.Code: true, atom.Data: true, atom.Del: true, atom.Dfn: true, atom.Em: true, atom.Font: true,
	atom.I: true, atom.Ins: true, atom.Kbd: true, atom.Mark: true, atom.Q: true, atom.S: true,
	atom.Samp: true, atom.Small: true, atom.Span: true, atom.Strike: true, atom.Strong: true,
	atom.Sub: true, atom.Sup: true, atom.Time: true, atom.Tt: true, atom.U: true, atom.Var: true,
	atom.Wbr: true,
}

// nodeText writes the text of an extracted content tree as plain text: one
// paragraph per block (p, heading, list item, quote, table cell, line
// break), white space inside a paragraph collapsed to single spaces, and
// paragraphs separated by a blank line. Elements the HTML parser does not
// know (trafilatura's own <hi>, <head>, <list>, ...) count as blocks unless
// they hold only inline content, so nothing is run together.
func nodeText(root *html.Node) string {
	var paras []string
	var cur strings.Builder
	flush := func() {
		if p := strings.Join(strings.Fields(cur.String()), " "); p != "" {
			paras = append(paras, p)
		}
		cur.Reset()
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			cur.WriteString(n.Data)
			return
		case html.ElementNode:
			if n.DataAtom == atom.Br || n.DataAtom == atom.Hr {
				flush()
				return
			}
			if n.DataAtom == atom.Script || n.DataAtom == atom.Style || n.DataAtom == atom.Template {
				return
			}
		}
		block := n.Type == html.ElementNode && !inlineTags[n.DataAtom] && n.Data != "hi"
		if block {
			flush()
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if block {
			flush()
		}
	}
	walk(root)
	flush()
	return strings.Join(paras, "\n\n")
}
