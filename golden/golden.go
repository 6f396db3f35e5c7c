package golden

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/newsfacts/extract/schema"
)

// Suffix is appended to an input file's name, without its extension, to
// name its golden file.
const Suffix = ".golden.json"

// PathFor returns the golden file of an input file.
func PathFor(input string) string {
	ext := filepath.Ext(input)
	return strings.TrimSuffix(input, ext) + Suffix
}

// IsGolden reports whether path is a golden file (and not an input).
func IsGolden(path string) bool { return strings.HasSuffix(path, Suffix) }

// compactSpans puts each [start, end] pair on one line.
var compactSpans = regexp.MustCompile(`\[\s*(-?\d+),\s*(-?\d+)\s*\]`)

// Marshal renders records the way golden files hold them.
func Marshal(recs []schema.Extraction) ([]byte, error) {
	if recs == nil {
		recs = []schema.Extraction{}
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(recs); err != nil {
		return nil, err
	}
	return compactSpans.ReplaceAll(buf.Bytes(), []byte("[$1, $2]")), nil
}

// Write stores records as the golden file at path.
func Write(path string, recs []schema.Extraction) error {
	b, err := Marshal(recs)
	if err != nil {
		return err
	}
	return os.WriteFile(path, b, 0o644)
}

// Read loads a golden file.
func Read(path string) ([]schema.Extraction, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var recs []schema.Extraction
	if err := json.Unmarshal(b, &recs); err != nil {
		return nil, fmt.Errorf("%s: not a golden file: %w", path, err)
	}
	return recs, nil
}

// Published returns the publication date each document of a golden file
// was extracted with, so a check reruns with the same dates.
func Published(recs []schema.Extraction) map[string]string {
	out := map[string]string{}
	for _, r := range recs {
		if r.Doc.Published != "" {
			out[r.Doc.ID] = r.Doc.Published
		}
	}
	return out
}
