package dates

import (
	"encoding/json"
	"regexp"
	"strings"

	"github.com/newsfacts/extract/schema"
)

// calendarPattern is the pattern date values had before TimeML's values
// (PRESENT_REF, times of day, weekends) were asked for: calendar dates and
// periods only. It is used when the schema's own pattern cannot be read.
const calendarPattern = `^([0-9]{2,4}|[0-9]{4}-([0-9]{2}(-[0-9]{2})?|W[0-9]{2}(-[1-7])?|Q[1-4]|H[12]|SP|SU|FA|WI))$`

// schemaValueOK returns the test the output schema puts on a date's value
// (the pattern of $defs.date.properties.value), so that Find never writes a
// value the schema rejects: values beyond it are held back (see fit) until
// the schema accepts them.
func schemaValueOK() func(string) bool {
	var doc struct {
		Defs map[string]struct {
			Properties map[string]json.RawMessage `json:"properties"`
		} `json:"$defs"`
	}
	pattern := calendarPattern
	if json.Unmarshal(schema.SchemaJSON(), &doc) == nil {
		if p, ok := valuePattern(doc.Defs["date"].Properties["value"]); ok {
			pattern = p
		}
	}
	if pattern == "" {
		return func(string) bool { return true }
	}
	re, err := regexp.Compile(pattern)
	if err != nil {
		re = regexp.MustCompile(calendarPattern)
	}
	return re.MatchString
}

// valuePattern finds the pattern of a string in a JSON Schema that may be
// {"type": "string", "pattern": ...} or an anyOf/oneOf holding one; "" and
// true when the strings are not restricted.
func valuePattern(raw json.RawMessage) (string, bool) {
	var node struct {
		Type    any               `json:"type"`
		Pattern *string           `json:"pattern"`
		AnyOf   []json.RawMessage `json:"anyOf"`
		OneOf   []json.RawMessage `json:"oneOf"`
	}
	if len(raw) == 0 || json.Unmarshal(raw, &node) != nil {
		return "", false
	}
	if node.Pattern != nil {
		return *node.Pattern, true
	}
	for _, sub := range append(node.AnyOf, node.OneOf...) {
		if p, ok := valuePattern(sub); ok {
			return p, true
		}
	}
	if node.Type == "string" {
		return "", true
	}
	return "", false
}

// timeMLGranularity marks the values beyond the calendar ones the schema
// has always accepted: only these are tested against it.
var timeMLGranularity = map[string]bool{"reference": true, "time": true, "part_of_day": true, "weekend": true}

// fit holds back a value the output schema does not accept yet: a time of
// day ("2025-08-15T15:00", "2025-08-15TNI") falls back to its day, a
// weekend ("2025-W33-WE") to its week; anything else (PRESENT_REF) drops
// the date. It reports whether the date is kept.
func (f *Finder) fit(d *schema.Date) bool {
	if d.Value == nil || !timeMLGranularity[d.Granularity] || f.valueOK(*d.Value) {
		return true
	}
	v := *d.Value
	switch {
	case len(v) > 10 && v[10] == 'T':
		v = v[:10]
		d.Granularity = "day"
	case strings.HasSuffix(v, "-WE"):
		v = strings.TrimSuffix(v, "-WE")
		d.Granularity = "week"
	default:
		return false
	}
	if !f.valueOK(v) {
		return false
	}
	d.Value = &v
	return true
}
