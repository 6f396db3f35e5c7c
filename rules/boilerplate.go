package rules

import (
	"regexp"
	"strings"
)

// BoilerplateFile is a rule file of kind "boilerplate": site furniture
// (subscription pitches, theme notices, "Related Articles") that is marked
// as excluded so no quote, person, place or date is taken from it.
type BoilerplateFile struct {
	Kind  string            `yaml:"kind"`
	Rules []BoilerplateRule `yaml:"rules"`
}

// BoilerplateRule matches one kind of boilerplate. Exactly one of Line,
// Prefix and Pattern is set.
type BoilerplateRule struct {
	ID string `yaml:"id"`
	// Line matches a whole line (case, surrounding and repeated spaces ignored).
	Line string `yaml:"line"`
	// Prefix matches the start of a line, also when the next sentence is glued
	// to it without a space ("View PlansPutin echoed ...").
	Prefix string `yaml:"prefix"`
	// Pattern is a regular expression (RE2) searched in each line; its match
	// is excluded. Anchor it with ^ and $ to take whole lines only.
	Pattern string `yaml:"pattern"`
	// Examples are lines the rule must exclude (match) and must keep (nomatch).
	Examples Examples `yaml:"examples"`
}

func (f *BoilerplateFile) Validate() []FieldError {
	var errs []FieldError
	for i, r := range f.Rules {
		p := at("$.rules", i, "")
		if strings.TrimSpace(r.ID) == "" {
			errs = append(errs, FieldError{Path: p, Msg: "missing id: every boilerplate rule needs an id"})
		}
		set := 0
		for _, v := range []string{r.Line, r.Prefix, r.Pattern} {
			if strings.TrimSpace(v) != "" {
				set++
			}
		}
		if set != 1 {
			errs = append(errs, FieldError{Path: p, Msg: "want exactly one of line, prefix or pattern"})
		}
		if r.Pattern != "" {
			errs = append(errs, checkRegexp(r.Pattern, p+".pattern")...)
		}
		for field, v := range map[string]string{"line": r.Line, "prefix": r.Prefix} {
			if why := neverMatches(v); why != "" {
				errs = append(errs, FieldError{Path: p + "." + field, Msg: "can never match: it " + why})
			}
		}
		if r.Pattern != "" && checkRegexp(r.Pattern, "") == nil && regexp.MustCompile(r.Pattern).MatchString("") {
			errs = append(errs, FieldError{Path: p + ".pattern", Msg: "matches an empty line, so it would exclude text it was never meant for; anchor it or make it require text"})
		}
	}
	errs = append(errs, duplicates(len(f.Rules), func(i int) string { return f.Rules[i].ID },
		func(i int) string { return at("$.rules", i, ".id") }, "id")...)
	errs = append(errs, duplicates(len(f.Rules), func(i int) string {
		r := f.Rules[i]
		return foldKey(r.Line + "\x00" + r.Prefix + "\x00" + r.Pattern)
	}, func(i int) string { return at("$.rules", i, "") }, "boilerplate text")...)
	return errs
}

func (f *BoilerplateFile) Merge(o *BoilerplateFile) {
	f.Rules = mergeByKey(f.Rules, o.Rules, func(r BoilerplateRule) string { return r.ID })
}
