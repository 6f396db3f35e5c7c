package extract

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsfacts/extract/schema"
)

// TestNewsConstructions checks the speakers of the common news
// constructions in testdata/news_constructions.txt (its header gives the
// format): each quote's speaker, by mention or by name.
func TestNewsConstructions(t *testing.T) {
	ex := testExtractor(t)
	f, err := os.Open("testdata/news_constructions.txt")
	require.NoError(t, err)
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for line := 1; sc.Scan(); line++ {
		text, want, ok := strings.Cut(sc.Text(), " => ")
		if strings.HasPrefix(text, "#") || strings.TrimSpace(text) == "" {
			continue
		}
		require.True(t, ok, "line %d has no \" => \"", line)
		n++
		t.Run(fmt.Sprintf("line %d", line), func(t *testing.T) {
			rec := ex.Extract(schema.Document{ID: "t", Text: strings.ReplaceAll(text, " ¶ ", "\n\n")})
			wants := strings.Split(want, "|")
			require.Len(t, rec.Quotes, len(wants), text)
			for i, q := range rec.Quotes {
				require.NotNil(t, q.Speaker, "quote %d of %q has no speaker", i+1, text)
				if q.Speaker.Mention.Text != wants[i] {
					assert.Equal(t, wants[i], q.Speaker.Name, "quote %d of %q (mention %q)", i+1, text, q.Speaker.Mention.Text)
				}
			}
		})
	}
	require.NoError(t, sc.Err())
	assert.Greater(t, n, 200, "the constructions file lost its lines")
}
