package input

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzJSONL feeds arbitrary bytes to Read as a JSONL stream on "-". It must
// never panic, and every non-blank line must give exactly one Item, in
// order, carrying its line number and an id; a document must have valid
// UTF-8 text that is not blank.
//
// The seed corpus is in testdata/fuzz/FuzzJSONL; run the fuzzer with
//
//	go test ./input -run '^$' -fuzz FuzzJSONL -fuzztime 1m -fuzzminimizetime 100x
//
// (a short -fuzzminimizetime keeps the fuzzer from pausing for long while
// it minimises each new interesting input).
func FuzzJSONL(f *testing.F) {
	f.Add([]byte(`{"id":"a","text":"Hello “world”.","published":"2025-08-15"}` + "\n"))
	f.Add([]byte("\n\n{\"id\": x}\r\n{\"text\":\"y\"}"))
	f.Add([]byte("\uFEFF{\"id\":\"a\xff\",\"text\":\"\\u0000\"}\n \t\n[1]\nnull"))
	// A tiny read buffer makes short inputs exercise the reading of lines
	// longer than the buffer (bufio.Reader's minimum is 16 bytes).
	defer func(n int) { readBufferSize = n }(readBufferSize)
	readBufferSize = 16
	f.Fuzz(func(t *testing.T, data []byte) {
		wantLines := nonBlankLines(data)
		var items []Item
		err := Read([]string{"-"}, Options{Stdin: bytes.NewReader(data)}, func(it Item) error {
			items = append(items, it)
			return nil
		})
		if err != nil {
			t.Fatalf("Read: %v", err)
		}
		if len(items) != len(wantLines) {
			t.Fatalf("got %d items for %d non-blank lines %v", len(items), len(wantLines), wantLines)
		}
		for i, it := range items {
			if it.Doc.Location.File != StdinName || it.Doc.Location.Line != wantLines[i] {
				t.Fatalf("item %d: location %+v, want line %d", i, it.Doc.Location, wantLines[i])
			}
			if it.Doc.ID == "" {
				t.Fatalf("item %d: empty id", i)
			}
			if it.Err != nil {
				if it.Err.Reason == "" || it.Err.Line != wantLines[i] || it.Err.File != StdinName {
					t.Fatalf("item %d: bad error %+v", i, *it.Err)
				}
				continue
			}
			if !utf8.ValidString(it.Doc.Text) || strings.TrimSpace(it.Doc.Text) == "" {
				t.Fatalf("item %d: document with invalid or blank text %q", i, it.Doc.Text)
			}
			if strings.IndexByte(it.Doc.Text, 0) >= 0 {
				t.Fatalf("item %d: document text with NUL", i)
			}
		}
	})
}

// nonBlankLines is the 1-based numbers of the lines of data that hold more
// than white space (space, tab, CR, FF, VT; a byte-order mark at the very
// start counts as white space).
func nonBlankLines(data []byte) []int {
	var out []int
	for i, line := range bytes.Split(data, []byte("\n")) {
		if i == 0 {
			line = bytes.TrimPrefix(line, []byte("\uFEFF"))
		}
		if len(bytes.Trim(line, " \t\r\f\v")) > 0 {
			out = append(out, i+1)
		}
	}
	return out
}
