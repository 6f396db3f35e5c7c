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
//   - a .jsonl.gz file: the same, gzip-compressed (one stream or several
//     concatenated).
//   - a .html or .htm file: one saved web page; its id is the path. The
//     main text and the page's metadata are taken by go-trafilatura (with
//     go-readability and go-domdistiller as fallbacks), not by scraping of
//     our own: the text is the article's blocks (paragraphs, headings,
//     list items, quotes) as plain text, one per paragraph separated by a
//     blank line, white space inside a paragraph collapsed; navigation,
//     ads, related links, comments and footers are left out. Spans point
//     into that text. The title, the canonical URL, the site name (else the
//     host name) and the publication date (from the page's metadata, URL
//     or markup, as YYYY-MM-DD) fill title, url, source and published. The
//     encoding is the one a byte-order mark, the HTTP Content-Type or a
//     <meta> tag declares; a page that is valid UTF-8 throughout is read
//     as UTF-8 whatever a <meta> tag says, and one that declares nothing
//     and is not is read as windows-1252.
//   - a .warc or .warc.gz file (ISO 28500, WARC/1.0 or 1.1, each record in
//     its own gzip member in a .warc.gz): every response record holding an
//     HTML page (text/html or application/xhtml+xml, by its HTTP
//     Content-Type or, when it has none, by its first bytes) with a 2xx
//     status, and every resource record holding one, is a document, read
//     as an HTML file is (chunked transfer coding and gzip or deflate
//     content coding undone). Its id is the WARC-Record-ID (FILE#OFFSET
//     when it has none), its url the WARC-Target-URI, and the day of its
//     WARC-Date is its publication date when the page gives none. Other
//     records (warcinfo, request, metadata, revisit, conversion; responses
//     that are redirects, errors, images, robots.txt, DNS) are not
//     documents: each is reported to Options.Skipped and gives no record.
//     An error names the file and the byte offset of the record (of its
//     gzip member in a .warc.gz, as CDX indexes give it).
//   - a directory: walked recursively, taking the files above (the
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
//   - a NUL character in the text; a binary file (its first bytes the
//     signature of an image, a PDF, an archive...: "binary file
//     (image/png), not text");
//   - a text longer than Options.MaxSize bytes (1 MiB by default): a .txt
//     file is then not even read, and a JSONL line, HTML page or WARC
//     record of more than eight times that (at least 16 MiB) is read
//     through without being held ("line too long", "document too large");
//   - a text that is surely not English ("not English: the text reads as
//     German", "... is written in Cyrillic script"): at least 200 letters
//     and either mostly not Latin or recognised by the language detector
//     with confidence; the rules are written for English;
//   - for HTML: a page with fewer than 20 words of main text ("no article
//     body found in the page"), a page declared UTF-8 that is not;
//   - for .gz: a stream that is truncated or corrupt: one error record at
//     the line (JSONL) or record (WARC) where it breaks, whose id is
//     FILE:LINE or the record's id; what follows is lost and reading goes
//     on with the next input;
//   - for WARC: a truncated record, a file that is not WARC, a record
//     without a valid Content-Length (one error record, and the rest of the
//     file cannot be read), a response whose HTTP message is malformed or
//     uses an unsupported content coding (one error record, and reading
//     goes on);
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
// it does not read (reported before any document of that input), or a
// failure to read a file or standard input in the middle of a JSONL stream
// (damaged compressed data is an error record instead).
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
// at a time, a WARC file one record at a time, and a directory as the
// sorted list of its file paths. Nothing larger than the limits above is
// held.
//
// # Deferred loading
//
// With Options.Deferred, Read hands on documents before the work that can
// be done in parallel (the HTML extraction, the size and language checks);
// the caller calls Item.Load on each, on any goroutine, so that a pool of
// workers shares it. Item.Size gives the bytes of input each item stands
// for, for progress bars.
package input
