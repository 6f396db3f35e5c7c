// Package extract turns one Document into one Extraction: it marks
// boilerplate, splits paragraphs and sentences, tokenizes and tags with
// prose, finds people, places and dates, pairs quotation marks and
// attributes each quote to its speaker.
//
// The main type is Extractor, built once per process from a rules.Set (it
// loads prose's models once) and safe for concurrent use. Internally every
// stage works on byte offsets into the document text; offsets become
// Unicode code points only when written into the schema records.
package extract
