// Package golden keeps expected extraction records beside the articles
// they come from and compares new runs with them, field by field, so a
// rule author sees what a rule change fixed and what it broke: which quote
// changed speaker, which place appeared or vanished, which date moved.
//
// An input file NAME.txt or NAME.jsonl has its golden file NAME.golden.json
// beside it: a JSON array of the file's records, indented, with each span
// on one line so that a change reads as a short line diff in review. The
// project's own golden tests use the same files and the same Diff.
package golden
