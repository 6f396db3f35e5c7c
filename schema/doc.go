// Package schema defines the records the extractor reads and writes: the
// input Document, the per-document Extraction, and the JSON Schema that
// every Extraction line must satisfy. It holds no extraction logic, only
// types, (de)serialisation helpers, stable identifiers and validation.
//
// Every extracted item carries a Span: Unicode code-point offsets into the
// document's original text, end exclusive, so that
// [...text].slice(start, end) in JavaScript or text[start:end] in Python
// gives the item back.
package schema
