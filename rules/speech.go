package rules

import "strings"

// SpeechVerbsFile is a rule file of kind "speech_verbs": the verbs that cue
// a quotation ("said", "told", "wrote", "tweeted").
type SpeechVerbsFile struct {
	Kind  string       `yaml:"kind"`
	Verbs []SpeechVerb `yaml:"verbs"`
}

// SpeechVerb is one verb and its forms.
type SpeechVerb struct {
	Lemma string `yaml:"lemma"`
	// Forms lists the inflected forms. When empty, the regular forms are
	// derived from the lemma (hail: hails, hailed, hailing); list them for
	// irregular verbs (say: says, said, saying).
	Forms []string `yaml:"forms"`
	// Type is speech (the default), writing or thought.
	Type string `yaml:"type"`
	// Particle is a word that must follow the verb for it to cue a quote
	// ("shot back", "went on", "pointed out"); the verb alone is then no
	// cue. The same lemma may be listed alone and with particles.
	Particle string `yaml:"particle"`
	// NotAfterParticle are words that, right after the particle, make the
	// verb no cue: "put it bluntly:", "put it in his memo,", but not
	// "putting it into the file:".
	NotAfterParticle []string `yaml:"not_after_particle"`
	// Addressee marks a verb whose object is the one spoken to (ask,
	// tell): in the passive its subject did not speak ("Trump was asked,
	// “...”"), and the speaker is the agent after "by", if any.
	Addressee bool `yaml:"addressee"`
	// Aspectual marks a verb that, before "to" and a verb or right before
	// a quotation, says what someone goes on or starts doing, not what
	// they say ("Rubio will continue to be", "talks would continue
	// “through the weekend”"): there it cues nothing.
	Aspectual bool `yaml:"aspectual"`
	// Examples are sentences where the verb must cue a quote (match) and
	// where it must not (nomatch).
	Examples Examples `yaml:"examples"`
}

var verbTypes = map[string]bool{"": true, "speech": true, "writing": true, "thought": true}

func (f *SpeechVerbsFile) Validate() []FieldError {
	var errs []FieldError
	for i, v := range f.Verbs {
		p := at("$.verbs", i, "")
		if strings.TrimSpace(v.Lemma) == "" || strings.ContainsAny(v.Lemma, " \t") {
			errs = append(errs, FieldError{Path: p + ".lemma", Msg: "want one word, the verb's base form (say, tell)"})
		}
		if !verbTypes[v.Type] {
			errs = append(errs, FieldError{Path: p + ".type", Msg: "want speech, writing or thought, got " + v.Type})
		}
		if v.Particle != "" && (strings.ContainsAny(v.Particle, " \t") || strings.ToLower(v.Particle) != v.Particle) {
			errs = append(errs, FieldError{Path: p + ".particle", Msg: "want one lower-case word (back, on, out)"})
		}
		for j, form := range v.Forms {
			if strings.TrimSpace(form) == "" || strings.ContainsAny(form, " \t") {
				errs = append(errs, FieldError{Path: at(p+".forms", j, ""), Msg: "want one word"})
			}
		}
	}
	errs = append(errs, duplicates(len(f.Verbs), func(i int) string { return f.Verbs[i].key() },
		func(i int) string { return at("$.verbs", i, ".lemma") }, "verb")...)
	return errs
}

func (f *SpeechVerbsFile) Merge(o *SpeechVerbsFile) {
	f.Verbs = mergeByKey(f.Verbs, o.Verbs, SpeechVerb.key)
}

// key identifies a verb entry: its lemma, and its particle when it has one.
func (v SpeechVerb) key() string {
	if v.Particle == "" {
		return foldKey(v.Lemma)
	}
	return foldKey(v.Lemma) + " " + foldKey(v.Particle)
}

// AllForms returns the lemma and its forms, deriving regular ones when none
// are listed.
func (v SpeechVerb) AllForms() []string {
	lemma := strings.ToLower(v.Lemma)
	if len(v.Forms) > 0 {
		out := []string{lemma}
		for _, f := range v.Forms {
			out = append(out, strings.ToLower(f))
		}
		return out
	}
	return append([]string{lemma}, regularForms(lemma)...)
}

// regularForms derives the third person, past and -ing forms of a regular
// English verb.
func regularForms(l string) []string {
	n := len(l)
	if n < 2 {
		return nil
	}
	last, prev := l[n-1], l[n-2]
	third := l + "s"
	switch {
	case strings.HasSuffix(l, "s") || strings.HasSuffix(l, "sh") || strings.HasSuffix(l, "ch") || strings.HasSuffix(l, "x") || strings.HasSuffix(l, "z"):
		third = l + "es"
	case last == 'y' && !isVowel(prev):
		third = l[:n-1] + "ies"
	}
	var past, ing string
	switch {
	case last == 'e':
		past, ing = l+"d", l[:n-1]+"ing"
	case last == 'y' && !isVowel(prev):
		past, ing = l[:n-1]+"ied", l+"ing"
	default:
		past, ing = l+"ed", l+"ing"
	}
	return []string{third, past, ing}
}

func isVowel(b byte) bool { return strings.IndexByte("aeiou", b) >= 0 }
