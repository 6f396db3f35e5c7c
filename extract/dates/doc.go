// Package dates finds date expressions in a news article and normalises
// them to ISO 8601 values.
//
// The words and templates come from a rule file of kind "dates"
// (rules.DatesFile, default rules in rules/default/dates.yaml). New compiles
// them once; Finder.Find is then safe for concurrent use.
//
// # How a document is read
//
// Find scans the text once, splitting it into tokens (words, numbers,
// punctuation; "Today’s" gives "Today" and "’s", "2,025" stays one number).
// Only where a token can start a date (a month or weekday name, a number, a
// word that opens a relative phrase or a pattern) are the templates tried,
// all of them anchored at that token; the longest match wins, ties going to
// the pattern listed first (patterns before relative phrases). A match never crosses a line break or a sentence
// boundary (a "sentence" starting with a lower-case word or a number, as
// after a wrong split at "D.C." or "Aug.", is taken as the continuation of
// the previous one), never overlaps an excluded span, and is not glued to
// other digits ("$2025", "2025%", "2025-26").
//
// # Values
//
//   - Absolute dates carry the year in the text: "Aug. 15, 2025" is
//     2025-08-15 (granularity day), "August 2025" is 2025-08, "in 2025" is
//     2025, "the 1990s" is 199 (decade), "Q3 2025" is 2025-Q3, "summer 2025"
//     is 2025-SU (season codes SP, SU, FA, WI; a winter belongs to the year
//     it starts in).
//   - A day or month without a year ("August 15", "in March") takes the year
//     that puts it closest to the publication date; it stays "absolute" and
//     its note says the year was inferred. Without a publication date its
//     value is null.
//   - Relative dates ("yesterday", "last week", "two weeks ago", "on Friday",
//     "next Monday", "last summer") are counted from the publication date:
//     resolution "relative", anchor the publication date. Weeks are ISO weeks
//     (2025-W33). Without a publication date their value is null and the
//     note says why.
//   - A weekday alone is placed by the tense of its sentence: the cue nearest
//     before it in the same sentence (and, failing that, the first after it)
//     decides; "extended", "said", "was" point to the past, "will", "plans
//     to", "is meeting" to the future. Past: the last such day strictly
//     before publication; future: the next one strictly after. When the
//     weekday is the publication day's own, it is the publication day only
//     if the sentence also says "today" (or "tonight"). Without any cue the
//     past is assumed, as news reports what happened. The note names the cue.
//   - A relative date inside quotation marks is still counted from the
//     publication date, with a note: the speaker's "today" may be the day the
//     words were said, not the day the article appeared.
//
// Spans are Unicode code-point offsets into the text, end exclusive; they
// cover the date expression only ("Friday", not "on Friday"; "2025", not
// "in 2025"), including a qualifier before it ("mid-August", "early 2025")
// and a time of day after a day ("Friday night").
package dates
