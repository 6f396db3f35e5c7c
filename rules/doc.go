// Package rules loads, validates and merges the YAML rule files that steer
// extraction. Rules are data: a rule author adds a speech verb, a title, a
// boilerplate line or a place by editing YAML, never Go.
//
// Every rule file names its kind in a top-level `kind:` key; the kinds are
// registered in kinds.go (boilerplate, speech_verbs, attribution, titles,
// people, gazetteer, dates). The default files in default/ are embedded in
// the binary. Load reads the defaults and then a user's directory on top:
// an entry whose id (or key) matches a default replaces it, any other entry
// is added.
//
// Errors name file:line:column and what was expected, and every error of a
// directory is reported at once (see ErrorList).
package rules
