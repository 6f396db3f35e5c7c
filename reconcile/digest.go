package reconcile

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"net/url"
	"sort"
	"strings"
	"time"

	"github.com/newsfacts/extract/rules"
	"github.com/newsfacts/extract/schema"
)

// ErrStoryRecord is returned for a line that is a Story record: reconcile
// reads the Extraction records of `extract run`, and reconciling its own
// output is refused rather than guessed at.
var ErrStoryRecord = errors.New("this is a Story record (written by extract reconcile), not an Extraction record: reconcile reads the output of extract run")

// inputRecord is an Extraction line as reconcile reads it: the record, plus
// the text signature in doc.signature, read here whether or not
// schema.DocInfo declares it.
type inputRecord struct {
	schema.Extraction
	Doc *inputDoc `json:"doc"`
}

type inputDoc struct {
	schema.DocInfo
	Signature *schema.TextSignature `json:"signature"`
	// Text is the document's text, in records written with it (extract
	// run --emit-text): the signature is then computed here when the
	// record has none.
	Text string `json:"text"`
}

// decodeRecord reads one Extraction line.
func decodeRecord(line []byte, shingleWords int) (schema.Extraction, *schema.TextSignature, error) {
	var head struct {
		StoryID *json.RawMessage `json:"story_id"`
		Doc     *json.RawMessage `json:"doc"`
	}
	if json.Unmarshal(line, &head) == nil && head.StoryID != nil && head.Doc == nil {
		return schema.Extraction{}, nil, ErrStoryRecord
	}
	var in inputRecord
	dec := json.NewDecoder(bytes.NewReader(line))
	if err := dec.Decode(&in); err != nil {
		return schema.Extraction{}, nil, fmt.Errorf("not a JSON Extraction record: %v", err)
	}
	if dec.More() {
		return schema.Extraction{}, nil, errors.New("not one JSON object: more follows it on the line")
	}
	if in.Doc == nil || in.Doc.ID == "" {
		return schema.Extraction{}, nil, errors.New("not an Extraction record: no doc.id")
	}
	rec := in.Extraction
	rec.Doc = in.Doc.DocInfo
	sig := in.Doc.Signature
	if sig == nil && in.Doc.Text != "" && shingleWords > 0 {
		sig = Signature(in.Doc.Text, rec.Excluded, shingleWords)
	}
	return rec, sig, nil
}

// digest is what grouping keeps of one record while the whole input is
// read: about 1 KB whatever the size of the record. The record itself stays
// in the spool file until its story is written.
type digest struct {
	id        string
	published time.Time
	dated     bool
	storyKey  string
	urlKey    string
	titleKey  uint64 // 0: no title usable as a signal
	text      []uint32
	quotes    []uint32 // nil: too few quote shingles to count
	lineHash  uint64
	off       int64
	n         int
}

// newDigest computes the digest of a decoded record.
func newDigest(rec schema.Extraction, sig *schema.TextSignature, line []byte, st rules.ReconcileSettings) digest {
	d := digest{id: rec.Doc.ID, storyKey: rec.Doc.Story, urlKey: canonicalURL(rec.Doc.URL)}
	d.published, d.dated = parsePublished(rec.Doc.Published)
	if words := strings.Fields(schema.Key(rec.Doc.Title)); len(words) >= 3 {
		d.titleKey = shingleHash(words) | 1
	}
	if sig != nil && sig.ShingleWords == st.ShingleWords && len(sig.MinHash) > 0 {
		d.text = sig.MinHash
	}
	set := map[uint64]struct{}{}
	var hashes []uint64
	for _, q := range rec.Quotes {
		hashes = append(hashes, shingles(strings.Fields(schema.Key(q.Text)), st.ShingleWords, set)...)
	}
	if len(hashes) >= st.MinQuoteShingles {
		d.quotes = minHash(hashes, rules.SignatureSize)
	}
	h := fnv.New64a()
	h.Write(line)
	d.lineHash = h.Sum64()
	return d
}

// parsePublished reads YYYY-MM-DD (midnight UTC) or RFC 3339.
func parsePublished(s string) (time.Time, bool) {
	if s == "" {
		return time.Time{}, false
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t.UTC(), true
	}
	if t, err := time.Parse("2006-01-02", s); err == nil {
		return t, true
	}
	return time.Time{}, false
}

// before orders versions: dated before undated, by publication instant,
// then by doc id, then by the bytes of the record, so that the order never
// depends on the order of the input.
func (d *digest) before(o *digest) bool {
	if d.dated != o.dated {
		return d.dated
	}
	if !d.published.Equal(o.published) {
		return d.published.Before(o.published)
	}
	if d.id != o.id {
		return d.id < o.id
	}
	return d.lineHash < o.lineHash
}

// trackingParams are query parameters that name the way a reader came, not
// the page.
var trackingParams = map[string]bool{
	"fbclid": true, "gclid": true, "dclid": true, "msclkid": true, "mc_cid": true, "mc_eid": true,
	"ref": true, "ref_src": true, "cmpid": true, "cmp": true, "ocid": true, "smid": true, "taid": true,
	"output": true, "amp": true,
}

// canonicalURL returns the form under which two addresses of one page
// compare equal: no scheme, lower-case host without "www." or a default
// port, no trailing slash, no fragment, no tracking parameters (utm_* and
// the ones above), the other parameters sorted. It returns "" for an
// address without a host.
func canonicalURL(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Host == "" {
		return ""
	}
	host := strings.ToLower(u.Hostname())
	host = strings.TrimPrefix(host, "www.")
	if p := u.Port(); p != "" && p != "80" && p != "443" {
		host += ":" + p
	}
	path := strings.TrimRight(u.EscapedPath(), "/")
	q := u.Query()
	var keys []string
	for k := range q {
		lk := strings.ToLower(k)
		if strings.HasPrefix(lk, "utm_") || trackingParams[lk] {
			continue
		}
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var parts []string
	for _, k := range keys {
		vs := q[k]
		sort.Strings(vs)
		for _, v := range vs {
			parts = append(parts, url.QueryEscape(k)+"="+url.QueryEscape(v))
		}
	}
	key := host + path
	if len(parts) > 0 {
		key += "?" + strings.Join(parts, "&")
	}
	return key
}

// similarity is the evidence that two records are versions of one story.
type similarity struct {
	score     float64
	text      *float64
	quotes    *float64
	sameTitle bool
}

// similar compares two digests (see rules.ReconcileFile.Threshold).
func similar(a, b *digest, st rules.ReconcileSettings) similarity {
	var s similarity
	best := 0.0
	if a.text != nil && b.text != nil {
		v := agreement(a.text, b.text)
		s.text = &v
		best = v
	}
	if a.quotes != nil && b.quotes != nil {
		v := agreement(a.quotes, b.quotes)
		s.quotes = &v
		best = max(best, v)
	}
	if a.titleKey != 0 && a.titleKey == b.titleKey {
		s.sameTitle = true
		best += st.TitleBonus
	}
	s.score = min(best, 1)
	return s
}
