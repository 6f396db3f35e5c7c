package eval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/newsfacts/extract/input"
	"github.com/newsfacts/extract/schema"
)

// LineError is a problem with one line of a gold or prediction file.
type LineError struct {
	File string
	Line int
	Col  int // 0 when unknown
	Msg  string
}

func (e *LineError) Error() string {
	if e.Col > 0 {
		return fmt.Sprintf("%s:%d:%d: %s", e.File, e.Line, e.Col, e.Msg)
	}
	return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
}

var bom = []byte("\ufeff")

// eachLine calls fn with every non-blank line of r (without its line
// ending) and its 1-based number. Lines may be of any length. A UTF-8
// byte-order mark at the start is skipped.
func eachLine(r io.Reader, fn func(line []byte, lineNo int) error) error {
	br := bufio.NewReaderSize(r, 1<<16)
	for lineNo := 1; ; lineNo++ {
		line, err := br.ReadBytes('\n')
		if len(line) > 0 {
			line = bytes.TrimSuffix(line, []byte("\n"))
			line = bytes.TrimSuffix(line, []byte("\r"))
			if lineNo == 1 {
				line = bytes.TrimPrefix(line, bom)
			}
			if len(bytes.TrimSpace(line)) > 0 {
				if ferr := fn(line, lineNo); ferr != nil {
					return ferr
				}
			}
		}
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

// object is one JSON object with its members left raw, so that keys are
// matched exactly (encoding/json matches struct fields without regard to
// case) and every member's type can be checked.
type object map[string]json.RawMessage

// parseObject decodes a line that must be one JSON object.
func parseObject(file string, lineNo int, line []byte) (object, error) {
	if !utf8.Valid(line) {
		i := 0
		for i < len(line) {
			r, n := utf8.DecodeRune(line[i:])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			i += n
		}
		return nil, &LineError{file, lineNo, utf8.RuneCount(line[:i]) + 1, "invalid UTF-8"}
	}
	var obj object
	if err := json.Unmarshal(line, &obj); err != nil {
		col := 0
		var se *json.SyntaxError
		if errors.As(err, &se) {
			// Offset counts the bytes read, up to and including the
			// offending one; a line cut short is pointed past its end.
			col = utf8.RuneCount(line[:min(int(se.Offset), len(line))])
			if col == 0 || strings.HasPrefix(se.Error(), "unexpected end") {
				col++
			}
			return nil, &LineError{file, lineNo, col, "not JSON: " + se.Error()}
		}
		return nil, &LineError{file, lineNo, 0, "want a JSON object, got " + input.JSONKind(bytes.TrimSpace(line))}
	}
	if obj == nil {
		return nil, &LineError{file, lineNo, 0, "want a JSON object, got null"}
	}
	return obj, nil
}

// absent reports whether a member is missing or null.
func absent(raw json.RawMessage) bool {
	k := input.JSONKind(raw)
	return k == "" || k == "null"
}

// asString returns the value of a JSON string, and whether it was one.
func asString(raw json.RawMessage) (string, bool) {
	if input.JSONKind(raw) != "string" {
		return "", false
	}
	var s string
	if json.Unmarshal(raw, &s) != nil {
		return "", false
	}
	return s, true
}

// optString is a string member that may be absent: nil unless a string.
func optString(raw json.RawMessage) *string {
	if s, ok := asString(raw); ok {
		return &s
	}
	return nil
}

// asInt returns the value of a JSON number written as an integer (5, -3;
// not 5.0 or 5e0, which Python reads as floats).
func asInt(raw json.RawMessage) (int, bool) {
	raw = bytes.TrimSpace(raw)
	if input.JSONKind(raw) != "number" || bytes.ContainsAny(raw, ".eE") {
		return 0, false
	}
	n, err := strconv.Atoi(string(raw))
	return n, err == nil
}

// asSpan reads [start, end] as two integers, in any order and of any sign.
func asSpan(raw json.RawMessage) (schema.Span, bool) {
	var items []json.RawMessage
	if input.JSONKind(raw) != "array" || json.Unmarshal(raw, &items) != nil || len(items) != 2 {
		return schema.Span{}, false
	}
	s, ok1 := asInt(items[0])
	e, ok2 := asInt(items[1])
	return schema.Span{s, e}, ok1 && ok2
}

// proper reports whether a span is [start, end) with 0 <= start < end.
func proper(sp schema.Span) bool { return 0 <= sp[0] && sp[0] < sp[1] }

// asArray splits a JSON array into its raw items; absent or null is an
// empty array.
func asArray(raw json.RawMessage) ([]json.RawMessage, bool) {
	if absent(raw) {
		return nil, true
	}
	if input.JSONKind(raw) != "array" {
		return nil, false
	}
	var items []json.RawMessage
	if json.Unmarshal(raw, &items) != nil {
		return nil, false
	}
	return items, true
}

// asObject decodes a JSON object member; ok is false for anything else.
func asObject(raw json.RawMessage) (object, bool) {
	if input.JSONKind(raw) != "object" {
		return nil, false
	}
	var o object
	if json.Unmarshal(raw, &o) != nil {
		return nil, false
	}
	return o, true
}

// truthy is Python's truth value of a JSON value: false for null, false,
// 0, "", [] and {}.
func truthy(raw json.RawMessage) bool {
	raw = bytes.TrimSpace(raw)
	switch input.JSONKind(raw) {
	case "", "null":
		return false
	case "boolean":
		return raw[0] == 't'
	case "number":
		f, err := strconv.ParseFloat(string(raw), 64)
		return err != nil || f != 0
	case "string":
		return len(raw) > 2
	case "array":
		items, _ := asArray(raw)
		return len(items) > 0
	case "object":
		o, _ := asObject(raw)
		return len(o) > 0
	}
	return false
}

// docID reads a document id: a string, or a number kept as written (as the
// input reader does). ok is false when there is none; err is set when the
// id is of another type.
func docID(raw json.RawMessage) (id string, ok bool, err error) {
	switch input.JSONKind(raw) {
	case "", "null":
		return "", false, nil
	case "string":
		s, _ := asString(raw)
		return s, s != "", nil
	case "number":
		return string(bytes.TrimSpace(raw)), true, nil
	}
	return "", false, fmt.Errorf("id: want a string, got %s", input.JSONKind(raw))
}
