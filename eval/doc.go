// Package eval measures the extractor against gold annotations: quotes and
// their speakers, dates and their values, and place or person mentions. It
// reads gold and prediction JSON Lines, computes the metrics, and writes
// them as a table, as JSON, and as a list of errors with context.
//
// The metrics are those of the project's reference scorers
// (../shared/tools/score_quotes.py, score_dates.py, score_mentions.py),
// re-implemented here from their definitions: same matching rules, same
// counts, and every ratio rounded to four decimals as Python's round(x, 4)
// does (correctly rounded, ties to even), then printed with three in the
// table. A test runs both on the same fixtures and checks the figures agree.
//
// # Gold
//
// A gold file is JSON Lines, one article per line, with "id" (a string, or a
// number kept as written) and one or more of:
//
//   - "quotes": [{"span", "text", "kind", "source_spans", "source_text"}]
//   - "dates": [{"span", "text", "value"}]
//   - "places" or "people": [{"span", "text"}]
//   - "neutral": [{"span", ...}]: stretches where a predicted date or
//     mention is neither right nor wrong (durations, demonyms).
//
// Spans are [start, end) in Unicode code points of the article text. The
// kinds scored are those whose key appears in the file (see ReadGold); an
// article without the key counts as having none of that kind.
//
// # Predictions
//
// Predictions are the extractor's records (schema.Extraction), from a file
// or straight from a run: the document id is doc.id (or a top-level id),
// and the fields read are quotes[].span, .text and .speaker{name, mention{
// text, span}}; dates[].span, .text and .value; places[] and people[] with
// their mentions[].span (or a bare span). Other fields are ignored. A
// document missing from the predictions predicts nothing; a prediction for
// a document not in the gold is ignored (and counted).
//
// # Quotes
//
// Character overlap, so that segmentation differences (one quote or two,
// marks in or out) are forgiven:
//
//   - quotes: a predicted quote is correct when at least half of its
//     characters lie inside the document's gold quote spans; a gold quote
//     is found when at least half of its characters are covered by
//     predicted quote spans. A predicted quote with a missing or invalid
//     span (or one past the end of the text, when the text is known) is
//     counted, and wrong.
//   - attribution accuracy: over found gold quotes that have a source, the
//     predicted quote overlapping the gold quote most (the first one, on a
//     tie) is right when its speaker's mention span overlaps a gold source
//     span or, unless the gold source is a bare pronoun, when the last word
//     of the speaker's name (of the mention text when the name is blank;
//     suffixes such as Jr. dropped) is one of the words of the gold source
//     text, both folded (NFKD, combining marks dropped, case-folded).
//   - end-to-end: recall counts gold quotes found and, when they have a
//     source, rightly attributed; precision counts correct predicted quotes
//     whose most-overlapping gold quote has no source or is rightly
//     attributed by this prediction's speaker.
//
// # Dates
//
// Over gold dates (a predicted date overlapping no gold date but a neutral
// stretch is dropped before counting): strict P/R/F1 (equal spans), relaxed
// P/R/F1 (overlapping spans), value accuracy over relaxed-matched gold dates
// (the prediction with the same span, else the first overlapping one, has
// the gold value), and value P/R/F1 (a gold date counts when matched with
// the right value; a prediction when it overlaps a gold date whose value it
// has). Values compare as strings, trimmed, with a midnight time
// (T00:00:00, T00:00) dropped; two missing values are equal.
//
// # Mentions
//
// Over every gold mention and every distinct predicted (span, text) pair (a
// prediction overlapping no gold mention but a neutral stretch is dropped):
// exact P/R/F1 (equal spans) and overlap P/R/F1 (overlapping spans).
//
// # Intervals and baselines
//
// Report.AddIntervals gives 95% intervals of the headline figures (quote
// F1, attribution, end-to-end F1; relaxed F1 and value accuracy; overlap
// F1) by a document bootstrap: the gold articles drawn again with
// replacement, from a fixed seed, each figure's 2.5th and 97.5th
// percentiles over the draws. Report.CompareWith sets another run's
// figures beside the report's, with intervals of the change (the same
// articles drawn for both runs), and returns the errors fixed and made.
// The Python scorers have neither.
//
// # Where this differs from the Python scorers
//
// Only in what bad input does: a gold file with a duplicate id, a bad span
// or a field of the wrong type is an error naming file:line (the scripts
// take the last line, or stop with a traceback); a prediction line without
// an id is ignored and counted, and of two lines with one id the first is
// kept, for every kind (score_dates.py and score_mentions.py keep the last);
// a date or mention whose span is not two integers is ignored and counted.
package eval
