// Package reconcile groups the Extraction records of the versions of one
// story (updates during the day, copies on other sites) and writes one
// schema.Story per story: which quotes, people, places and dates every
// version carries, which a version added, dropped or changed, and where
// versions disagree.
//
// # Grouping
//
// Records that carry a story key (doc.story) are grouped by that key alone.
// The others are grouped by canonical URL (see canonicalURL) and by
// near-duplicate detection: two records are versions of one story when
// their similarity reaches the threshold of the reconcile rules
// (rules.ReconcileFile). The similarity is the larger of
//
//   - the text similarity: the Jaccard similarity of the word shingles of
//     the two cleaned texts (the text less its boilerplate), estimated from
//     their MinHash signatures (doc.signature, computed by Signature when
//     the record is extracted, or here from doc.text when the record
//     carries the text instead); and
//   - the quote similarity: the same over the words inside the quotes of
//     each record, when both quote at least min_quote_shingles shingles;
//
// plus title_bonus when the titles are the same. Versions are linked pair
// by pair: a story is a connected group.
//
// Pairs are never enumerated. Each signature (text and quotes) is cut into
// bands of rows values; only records with an equal band, or the same
// title, are compared, and each record is compared with at most max_bucket
// earlier records per band value. The work is therefore at most
// records × bands × max_bucket comparisons, linear in the archive; each
// band is processed by sorting (band value, record) pairs, so no table of
// every band value is held at once.
//
// # Memory
//
// Records are written to a temporary spool file as they are added. What
// stays in memory for the whole input is a digest per record: its id,
// publication date, story key, URL and title keys, the two signatures
// (2 × 128 × 4 bytes) and where the record sits in the spool: about 1.2 KB
// per record, against tens of KB for a record. When the groups are known,
// the records of one story at a time are read back, aligned and written, so
// the rest of the memory is bounded by the largest story.
//
// # Signature
//
// Signature is reproducible outside Go: the cleaned text is folded with
// schema.Key (excluded ranges break words), split on spaces, and every run
// of shingle_words words, joined by single spaces, is hashed with 64-bit
// FNV-1a to h. Value i (0 ≤ i < 128) of the signature is the least, over
// the shingles, of the high 32 bits of mix(h XOR seed_i), where mix is the
// SplitMix64 finaliser and seed_i = mix((i+1) × 0x9e3779b97f4a7c15) (mod
// 2^64). A text shorter than one shingle is one shingle.
//
// # Alignment
//
// Within a story, people are matched by name key with titles stripped
// (Orbán is Orban; Donald Trump is Donald J. Trump; Trump is the one full
// name of the story ending in Trump), places by gazetteer entry, quotes by
// match key, by containment (a partial or split quote inside a longer quote
// of versions that do not carry it) and by word similarity (an edited
// quote), dates inside quotes by quote and position and other dates by
// resolved value. Each story fact has an id derived from its content as
// first published, so a re-run upserts: quotes schema.QuoteID, people
// schema.PersonID of the fullest name, places the gazetteer id, dates
// schema.DateFactID.
//
// # Idempotence
//
// Reconcile reads Extraction records only. A Story record given as input
// is refused with ErrStoryRecord rather than reconciled again.
package reconcile
