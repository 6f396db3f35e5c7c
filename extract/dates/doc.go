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
//     2025 (also "the 1987 crash", "the company's 1989 results", "fiscal
//     1989", "nineteen ninety-six" in a transcript), "the 1990s" is 199
//     (decade; "the '90s" too, the last decade of that name to begin by
//     the publication year), "the 20th century" and "a 19th-century temple" are 19
//     and 18 (century: the first two digits of its years, as TimeML
//     writes it; "20th Century Fox" is a name), "Q3 2025" is 2025-Q3,
//     "the first half of 2025" is 2025-H1, "summer 2025" is 2025-SU
//     (season codes SP, SU, FA, WI; a winter belongs to the year it
//     starts in).
//   - A quarter without its year ("third-quarter profit", "the fourth
//     quarter") is the current quarter or the last one before it: business
//     news reports on a quarter just ended. "June last year" and "this
//     year's third quarter" take their year from the publication date.
//   - A day or month without a year ("August 15", "in March") takes the year
//     that puts it closest to the publication date; more than two months
//     from it, the word before it ("by March", "since March") or the tense
//     of its sentence ("resigned in March", "will retire in March") decide
//     first; a word that looks back ("since March") does so even closer
//     to it. It stays "absolute" and its note says the year was inferred.
//     Without a publication date its value is null. "this September" is
//     the one of the publication year.
//   - A holiday (rules.DatesFile.Holidays: "Christmas", "Labor Day",
//     "Good Friday") is a day: a fixed one, a weekday of its month
//     (Thanksgiving, the Thursday on or after November 22) or a day
//     counted from Easter Sunday. With a year ("Christmas 2015") it is
//     that year's; without one it is placed as a day without a year is
//     ("on Christmas Day", "last Christmas", "this Thanksgiving"), the
//     nearest one within three months of publication (not two). Its rule
//     is the holiday's id (holiday.christmas), whichever pattern found
//     it. A name matches as written, with its capitals, and only where it
//     stands alone: not in "Christmastime", "Eastern", "Easter Island" or
//     "Mexican Independence Day".
//   - Relative dates ("yesterday", "last week", "two weeks ago", "on Friday",
//     "next Monday", "last summer") are counted from the publication date:
//     resolution "relative", anchor the publication date. Weeks are ISO weeks
//     (2025-W33). Without a publication date their value is null and the
//     note says why.
//   - A weekday alone is placed by the tense of its sentence: the cue nearest
//     before it in the same sentence (and, failing that, the first after it)
//     decides; "extended", "said", "was" point to the past, "will", "plans
//     to", "is meeting" to the future. Past: the last such day up to the
//     publication day, which counts ("the council voted Friday" in Friday's
//     paper is that Friday); future: the next one strictly after it (the
//     publication day only if the sentence also says "today" or "tonight").
//     Without any cue the past is assumed, as news reports what happened.
//     The note names the cue. "the weekend" is placed the same way, and
//     written as the weekend of its ISO week (2025-W33-WE).
//   - A clock time alone ("at about 8:30 p.m.", after a word that places
//     it in time) takes the day of the last date before it in its
//     paragraph that names a day, else the publication day, as TimeML
//     anchors it: 2025-08-16T20:30.
//   - Business news names a quarter, then compares it ("third-quarter profit
//     rose 5% from a year earlier", "in the year-ago quarter"). Rules with
//     "from: period" count such phrases from the reporting period: the
//     latest quarter the text named that had ended by the publication date
//     (2024-Q3 for "a year earlier" after "third-quarter" in October 2025),
//     or one named before the phrase in its own sentence; an earlier
//     quarter named further down ("after a flat second quarter") is
//     background. The note says so. After a period of several quarters ("for the nine months",
//     "the first six months"), such a phrase that does not say "quarter"
//     compares that period, so it is a year: "net rose from a year earlier"
//     is 2024. Naming a quarter again brings the quarter back.
//   - A story told in order counts from the date it named last. Rules with
//     "from: previous" ("the following year", "the next day", "later that
//     month", "two days later", "the following Monday") count from the
//     last day, month or year named before them, in their paragraph or
//     one of the two before ("On May 22, 1995, ... the following year" is
//     1996). A day or month outside a
//     year or month named since is forgotten, and "today" is no anchor;
//     without one the phrase has no value, and the note says why.
//   - Vague references are written as TimeML writes them: "now",
//     "currently" are PRESENT_REF, "recently", "in the past" PAST_REF,
//     "soon", "the near future" FUTURE_REF (granularity "reference").
//   - A day with a time or a part of the day takes it in its value: "10
//     p.m. Wednesday" is 2025-08-13T22:00 (granularity "time"), "Friday
//     night" 2025-08-15TNI, "this morning" 2025-08-16TMO (granularity
//     "part_of_day"; MO, AF, EV, NI).
//   - A relative date inside quotation marks is still counted from the
//     publication date, with a note: the speaker's "today" may be the day the
//     words were said, not the day the article appeared.
//
// # Values the output schema does not accept yet
//
// New reads the pattern the output schema (schema.SchemaJSON) gives a
// date's value, and holds back the values beyond the calendar that it
// rejects: until the schema accepts TimeML's values, a time or a part of
// the day falls back to its day, a weekend to its week, and a vague
// reference (PRESENT_REF) is left out. When the schema's pattern grows,
// the values follow without a change here.
//
// Spans are Unicode code-point offsets into the text, end exclusive; they
// cover the date expression only ("Friday", not "on Friday"; "2025", not
// "in 2025"; but "the weekend", "the quarter", "the past", where the
// article makes the date), including a qualifier before it ("mid-August",
// "early 2025", "fiscal 1989") and a time of day after a day ("Friday
// night").
package dates
