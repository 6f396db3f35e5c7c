package extract

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

func TestParsePublished(t *testing.T) {
	day := time.Date(1990, 8, 15, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		in      string
		want    time.Time
		wantErr bool
	}{
		{"", time.Time{}, false},
		{"1990-08-15", day, false},
		{"1990-08-15T13:37", day, false},
		{"1990-08-15T13:37:05", day, false},
		{"1990-08-15T23:30:00-05:00", day, false},
		{"15/08/1990", time.Time{}, true},
		{"1990-13-01", time.Time{}, true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := parsePublished(tt.in)
			if tt.wantErr {
				assert.Error(t, err)
				return
			}
			assert.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestLooksLikeTitle(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"The Walking Dead", true},
		{"Meet the Press", true},
		{"Sin Miedo", true},
		{"Make America Great Again", true},
		{"Make America Great Again!", false}, // a chant ends as a sentence does
		{"very flexible", false},
		{"It's Over", true},
		{"The Lead with Jake Tapper and Friends Tonight", false}, // too long for a title
		{"We Will Win,", false},
		{"", false},
		{"a", false},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			assert.Equal(t, tt.want, looksLikeTitle(tt.text))
		})
	}
}
