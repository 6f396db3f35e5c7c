package rules

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestSpeechVerbParticles(t *testing.T) {
	tests := []struct {
		name  string
		verbs []SpeechVerb
		want  []string // paths of the errors
	}{
		{"a lemma alone and with a particle", []SpeechVerb{{Lemma: "fire"}, {Lemma: "fire", Particle: "back"}}, nil},
		{"two particles", []SpeechVerb{{Lemma: "go", Particle: "on"}, {Lemma: "go", Particle: "ahead"}}, nil},
		{"the same particle twice", []SpeechVerb{{Lemma: "shoot", Particle: "back"}, {Lemma: "Shoot", Particle: "back"}}, []string{"$.verbs[1].lemma"}},
		{"a particle of two words", []SpeechVerb{{Lemma: "point", Particle: "out at"}}, []string{"$.verbs[0].particle"}},
		{"a particle in capitals", []SpeechVerb{{Lemma: "point", Particle: "Out"}}, []string{"$.verbs[0].particle"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := SpeechVerbsFile{Verbs: tt.verbs}
			var got []string
			for _, e := range f.Validate() {
				got = append(got, e.Path)
			}
			assert.Equal(t, tt.want, got)
		})
	}
	merged := SpeechVerbsFile{Verbs: []SpeechVerb{{Lemma: "fire"}}}
	merged.Merge(&SpeechVerbsFile{Verbs: []SpeechVerb{{Lemma: "fire", Particle: "back"}}})
	assert.Len(t, merged.Verbs, 2, "a particle entry adds to the plain verb, it does not replace it")
}
