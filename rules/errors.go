package rules

// FieldError is a problem found while validating a decoded rule file. Path
// is a YAML path into the file (goccy/go-yaml syntax, for example
// "$.places[3].name"); the loader turns it into file:line:column.
type FieldError struct {
	Path string
	Msg  string
	// First is the path of the entry a duplicate repeats, if any; the
	// loader reports its line.
	First string
}

func (e FieldError) Error() string { return e.Path + ": " + e.Msg }
