// Package input reads the articles a user names on the command line and
// streams them, one at a time and in a stable order, as schema.Documents or
// as error records.
//
// An input is one of:
//
//   - a .txt file: one article; its id is the path as given (forward
//     slashes), its text the whole file exactly as stored, less a leading
//     UTF-8 byte-order mark. Offsets point into that text, so nothing is
//     trimmed or normalised. The title is guessed: the first of the first
//     three non-blank lines that has at most 30 words and does not end in
//     '.', '!', '?' or ':' (closing quotation marks and brackets after the
//     mark do not hide it); none if no line qualifies.
//   - a .jsonl file: one JSON object per line with "id" and "text" (strings)
//     and optional "published", "title", "url", "source" and "story"
//     (strings or null); other fields are ignored. Blank lines are skipped.
//     A title is taken only from the "title" field, never guessed.
//   - a directory: walked recursively, taking .txt and .jsonl files (the
//     extension in any case) in lexical order of their slash-separated
//     paths, as `find DIR | sort` lists them, skipping files and
//     directories whose name starts with '.'. Symbolic links to files are
//     followed; links to directories are not.
//   - "-": JSONL read from standard input (Options.Stdin); its file name in
//     locations and synthetic ids is "<stdin>".
//
// The inputs are read in the order given.
//
// # Documents in, records out
//
// Every document read yields exactly one Item: either a Document, or an
// Err with the document's id (or, when it has none, the synthetic id
// "FILE:LINE" for a JSONL line and the path for a file) and where it was
// read. Reasons a document is an error record:
//
//   - invalid UTF-8 ("invalid UTF-8 at byte N", N counted from 0 in the
//     file for .txt, in the line for JSONL);
//   - a NUL character in the text;
//   - an empty text, or one of white space only ("empty document");
//   - for JSONL: a line that is not one JSON object ("invalid JSON at
//     column N: ..."), no "id" ("missing id"), no "text" or a text that is
//     not a string ("missing text"), another known field that is not a
//     string, or a "published" that is neither YYYY-MM-DD nor an RFC 3339
//     timestamp ("published: want YYYY-MM-DD, got ...");
//   - a file that cannot be read, or a directory below an input that cannot
//     be listed (one error record with its path).
//
// Read itself returns an error, and stops, only when the rest of an input
// cannot be read at all: an input path that does not exist or is of a kind
// it does not read (reported before any document of that input), or a read
// failure in the middle of a JSONL stream.
//
// # Published dates
//
// A "published" value is kept exactly as given. A timestamp such as
// 2025-08-15T21:30:00-08:00 carries the local date of publication in its
// first ten characters, which is the date that words like "yesterday" in
// the article are relative to. Documents without one get
// Options.Published, if set.
//
// # Memory
//
// One document is held at a time: a .txt file whole, a JSONL stream one line
// at a time (however long), and a directory as the sorted list of its file
// paths.
package input
