package rules

import "fmt"

// ReconcileFile is a rule file of kind "reconcile": how `extract reconcile`
// decides that two articles are versions of one story, and how it lines up
// their quotes. Every setting is optional in a user's file; a setting given
// there replaces the default, the others keep theirs.
type ReconcileFile struct {
	Kind string `yaml:"kind"`
	// Threshold is the similarity (0-1) at or above which two articles are
	// versions of one story. The similarity of two articles is the larger of
	// their text similarity and their quote similarity (both the share of
	// word shingles they have in common, Jaccard), plus TitleBonus when
	// their titles are the same, capped at 1.
	Threshold *float64 `yaml:"threshold"`
	// ShingleWords is how many consecutive words make one shingle, the unit
	// the similarities count.
	ShingleWords *int `yaml:"shingle_words"`
	// Bands and Rows shape the locality-sensitive hashing that finds
	// candidate pairs without comparing every pair: the MinHash signature
	// is cut into Bands bands of Rows values, and two articles are compared
	// only when one band is equal. Bands × Rows must not exceed 128, the
	// length of a signature.
	Bands *int `yaml:"bands"`
	Rows  *int `yaml:"rows"`
	// TitleBonus is added to the similarity of two articles with the same
	// title (of at least three words).
	TitleBonus *float64 `yaml:"title_bonus"`
	// MinQuoteShingles is how many quote shingles each of two articles needs
	// before their quote similarity counts.
	MinQuoteShingles *int `yaml:"min_quote_shingles"`
	// MaxBucket bounds the comparisons one band value leads to: an article
	// is compared with at most this many articles of the same band value
	// (the earliest ones), which keeps the cost linear in the archive.
	MaxBucket *int `yaml:"max_bucket"`
	// QuoteEditSimilarity is the word overlap (0-1, 2 × common words over
	// the words of both) at or above which a quote in one version and a
	// different quote in another are the same quote, edited.
	QuoteEditSimilarity *float64 `yaml:"quote_edit_similarity"`
}

// SignatureSize is the number of values in a MinHash text signature: the
// most that Bands × Rows may use.
const SignatureSize = 128

// ReconcileSettings are the resolved values of a ReconcileFile.
type ReconcileSettings struct {
	Threshold           float64
	ShingleWords        int
	Bands               int
	Rows                int
	TitleBonus          float64
	MinQuoteShingles    int
	MaxBucket           int
	QuoteEditSimilarity float64
}

// DefaultReconcile holds the values used for settings no rule file gives;
// they are those of default/reconcile.yaml.
var DefaultReconcile = ReconcileSettings{
	Threshold:           0.25,
	ShingleWords:        3,
	Bands:               64,
	Rows:                2,
	TitleBonus:          0.1,
	MinQuoteShingles:    10,
	MaxBucket:           64,
	QuoteEditSimilarity: 0.6,
}

// Settings returns the file's values, with DefaultReconcile for any
// setting left out.
func (f *ReconcileFile) Settings() ReconcileSettings {
	s := DefaultReconcile
	setF := func(dst *float64, v *float64) {
		if v != nil {
			*dst = *v
		}
	}
	setI := func(dst *int, v *int) {
		if v != nil {
			*dst = *v
		}
	}
	setF(&s.Threshold, f.Threshold)
	setI(&s.ShingleWords, f.ShingleWords)
	setI(&s.Bands, f.Bands)
	setI(&s.Rows, f.Rows)
	setF(&s.TitleBonus, f.TitleBonus)
	setI(&s.MinQuoteShingles, f.MinQuoteShingles)
	setI(&s.MaxBucket, f.MaxBucket)
	setF(&s.QuoteEditSimilarity, f.QuoteEditSimilarity)
	return s
}

func (f *ReconcileFile) Validate() []FieldError {
	var errs []FieldError
	unit := func(v *float64, path string) {
		if v != nil && (*v < 0 || *v > 1) {
			errs = append(errs, FieldError{Path: path, Msg: fmt.Sprintf("want a number from 0 to 1, got %g", *v)})
		}
	}
	between := func(v *int, path string, lo, hi int) {
		if v != nil && (*v < lo || *v > hi) {
			errs = append(errs, FieldError{Path: path, Msg: fmt.Sprintf("want a whole number from %d to %d, got %d", lo, hi, *v)})
		}
	}
	unit(f.Threshold, "$.threshold")
	if f.Threshold != nil && *f.Threshold == 0 {
		errs = append(errs, FieldError{Path: "$.threshold", Msg: "a threshold of 0 would put every article in one story"})
	}
	between(f.ShingleWords, "$.shingle_words", 1, 10)
	between(f.Bands, "$.bands", 1, SignatureSize)
	between(f.Rows, "$.rows", 1, SignatureSize)
	unit(f.TitleBonus, "$.title_bonus")
	between(f.MinQuoteShingles, "$.min_quote_shingles", 1, 10000)
	between(f.MaxBucket, "$.max_bucket", 1, 100000)
	unit(f.QuoteEditSimilarity, "$.quote_edit_similarity")
	if f.QuoteEditSimilarity != nil && *f.QuoteEditSimilarity == 0 {
		errs = append(errs, FieldError{Path: "$.quote_edit_similarity", Msg: "a similarity of 0 would make every two quotes one"})
	}
	bands, rows := DefaultReconcile.Bands, DefaultReconcile.Rows
	if f.Bands != nil {
		bands = *f.Bands
	}
	if f.Rows != nil {
		rows = *f.Rows
	}
	if (f.Bands != nil || f.Rows != nil) && bands*rows > SignatureSize && bands <= SignatureSize && rows <= SignatureSize {
		path := "$.bands"
		if f.Bands == nil {
			path = "$.rows"
		}
		errs = append(errs, FieldError{Path: path, Msg: fmt.Sprintf("bands × rows is %d × %d = %d: want at most %d, the length of a signature", bands, rows, bands*rows, SignatureSize)})
	}
	return errs
}

// Merge lays the settings o gives over f.
func (f *ReconcileFile) Merge(o *ReconcileFile) {
	if o.Threshold != nil {
		f.Threshold = o.Threshold
	}
	if o.ShingleWords != nil {
		f.ShingleWords = o.ShingleWords
	}
	if o.Bands != nil {
		f.Bands = o.Bands
	}
	if o.Rows != nil {
		f.Rows = o.Rows
	}
	if o.TitleBonus != nil {
		f.TitleBonus = o.TitleBonus
	}
	if o.MinQuoteShingles != nil {
		f.MinQuoteShingles = o.MinQuoteShingles
	}
	if o.MaxBucket != nil {
		f.MaxBucket = o.MaxBucket
	}
	if o.QuoteEditSimilarity != nil {
		f.QuoteEditSimilarity = o.QuoteEditSimilarity
	}
}
