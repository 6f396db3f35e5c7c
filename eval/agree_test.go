package eval

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The agreement tests run the project's Python scorers
// (../shared/tools/score_*.py beside the repository) and this package on
// the same gold and predictions, and check that every figure the scripts
// print with --json is the same here. They skip themselves when python3 or
// the scripts are not there.

var shared = filepath.Join("..", "..", "shared")

// python runs a scorer with --json and returns its output, decoded.
func python(t *testing.T, script string, args ...string) map[string]any {
	t.Helper()
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found")
	}
	path := filepath.Join(shared, "tools", script)
	if _, err := os.Stat(path); err != nil {
		t.Skipf("%s not found", path)
	}
	var stdout, stderr bytes.Buffer
	cmd := exec.Command(py, append([]string{path}, append(args, "--json")...)...)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	require.NoError(t, cmd.Run(), "python3 %s: %s", script, stderr.String())
	var out map[string]any
	require.NoError(t, json.Unmarshal(stdout.Bytes(), &out), "python3 %s printed %s", script, stdout.String())
	return out
}

// goScore scores with this package and returns its JSON, decoded.
func goScore(t *testing.T, k Kind, goldPath, predPath, inputPath string) map[string]any {
	t.Helper()
	g, err := ReadGoldFile(goldPath)
	require.NoError(t, err)
	p, err := ReadPredFile(predPath, k)
	require.NoError(t, err)
	var texts Texts
	if inputPath != "" {
		texts = readTexts(t, inputPath)
	}
	var buf bytes.Buffer
	require.NoError(t, Score(k, g, p, texts).WriteJSON(&buf))
	var out map[string]any
	require.NoError(t, json.Unmarshal(buf.Bytes(), &out))
	return out
}

// readTexts reads {"id", "text"} lines, as score_quotes.py does.
func readTexts(t *testing.T, path string) Texts {
	t.Helper()
	texts, err := ReadTextsFile(path)
	require.NoError(t, err)
	return texts
}

// agree checks that every member of the Python output has the same value
// in ours (ours may have more members).
func agree(t *testing.T, py, ours map[string]any, path string) {
	t.Helper()
	for _, k := range sortedKeys(py) {
		want := py[k]
		got, ok := ours[k]
		if !assert.True(t, ok, "%s%s: missing (python has %v)", path, k, want) {
			continue
		}
		if wm, isMap := want.(map[string]any); isMap {
			gm, isMap := got.(map[string]any)
			if assert.True(t, isMap, "%s%s: want an object, got %v", path, k, got) {
				agree(t, wm, gm, path+k+".")
			}
			continue
		}
		assert.Equal(t, want, got, "%s%s", path, k)
	}
}

func fixture(kind, name string) string {
	return filepath.Join("..", "testdata", "eval", kind, name)
}

// TestAgreeFixtures runs both on testdata/eval: hand-made articles that hit
// the edge cases of each metric, and a few real articles with the
// extractor's output.
func TestAgreeFixtures(t *testing.T) {
	cases := []struct {
		kind   Kind
		dir    string
		script string
		args   []string
	}{
		{Quotes, "quotes", "score_quotes.py", []string{"--input", fixture("quotes", "input.jsonl")}},
		{Dates, "dates", "score_dates.py", nil},
		{Places, "places", "score_mentions.py", []string{"places"}},
		{People, "places", "score_mentions.py", []string{"people"}},
	}
	for _, tc := range cases {
		t.Run(string(tc.kind), func(t *testing.T) {
			gold, pred := fixture(tc.dir, "gold.jsonl"), fixture(tc.dir, "pred.jsonl")
			py := python(t, tc.script, append(tc.args, gold, pred)...)
			input := ""
			if tc.kind == Quotes {
				input = fixture(tc.dir, "input.jsonl")
			}
			ours := goScore(t, tc.kind, gold, pred, input)
			agree(t, py, ours, "")
			if tc.kind == Quotes {
				// The notes are part of score_quotes.py's output: same keys, same counts.
				assert.Equal(t, py["notes"], ours["notes"])
			}
		})
	}
}

// TestAgreeRealSplits scores made-up predictions (the gold, shifted, cut,
// split, given wrong speakers and values, plus noise, from a fixed seed)
// against the real PolNeAR dev, TimeBank and LGL gold, with both scorers.
func TestAgreeRealSplits(t *testing.T) {
	data := filepath.Join(shared, "data")
	cases := []struct {
		kind   Kind
		split  string
		script string
		args   []string
	}{
		{Quotes, "polnear/dev", "score_quotes.py", nil},
		{Dates, "timebank", "score_dates.py", nil},
		{Places, "lgl", "score_mentions.py", []string{"places"}},
	}
	for _, tc := range cases {
		t.Run(string(tc.kind), func(t *testing.T) {
			dir := filepath.Join(data, filepath.FromSlash(tc.split))
			gold, input := filepath.Join(dir, "gold.jsonl"), filepath.Join(dir, "input.jsonl")
			if _, err := os.Stat(gold); err != nil {
				t.Skipf("%s not found", gold)
			}
			pred := filepath.Join(t.TempDir(), "pred.jsonl")
			writePerturbed(t, tc.kind, gold, input, pred)
			py := python(t, tc.script, append(tc.args, gold, pred)...)
			ours := goScore(t, tc.kind, gold, pred, input)
			agree(t, py, ours, "")
			if tc.kind == Quotes {
				assert.Equal(t, py["notes"], ours["notes"])
			}
		})
	}
}

// writePerturbed writes predictions made from the gold with a fixed seed.
// Predictions for dates and mentions carry no duplicate ids: the Python
// date and mention scorers keep the last of two lines, this package the first.
func writePerturbed(t *testing.T, k Kind, goldPath, inputPath, predPath string) {
	t.Helper()
	g, err := ReadGoldFile(goldPath)
	require.NoError(t, err)
	texts := readTexts(t, inputPath)
	r := rand.New(rand.NewPCG(1, uint64(len(k))))
	var lines []any
	for i, d := range g.Docs {
		if r.IntN(25) == 0 {
			continue // missing from the predictions
		}
		text := []rune(texts[d.ID])
		n := len(text)
		jitter := func(sp [2]int) [2]int {
			s, e := sp[0]+r.IntN(9)-4, sp[1]+r.IntN(9)-4
			return [2]int{max(s, 0), e} // may end up empty, reversed or past the end
		}
		slice := func(sp [2]int) string {
			if sp[0] < 0 || sp[0] >= sp[1] || sp[1] > n {
				return "?"
			}
			return string(text[sp[0]:sp[1]])
		}
		randomSpan := func() [2]int {
			s := r.IntN(max(n, 1))
			return [2]int{s, s + 1 + r.IntN(30)}
		}
		rec := map[string]any{"doc": map[string]any{"id": d.ID}}
		switch k {
		case Quotes:
			var qs []any
			for _, q := range d.Quotes {
				spans := [][2]int{q.Span}
				switch r.IntN(10) {
				case 0:
					continue
				case 1:
					mid := (q.Span[0] + q.Span[1]) / 2
					spans = [][2]int{{q.Span[0], mid}, {mid + 1, q.Span[1]}}
				case 2, 3, 4:
					spans = [][2]int{jitter(q.Span)}
				}
				for _, sp := range spans {
					pq := map[string]any{"span": sp, "text": slice(sp)}
					if r.IntN(30) == 0 {
						pq["text"] = "not the text"
					}
					var src [2]int
					if len(q.SourceSpans) > 0 {
						src = q.SourceSpans[0]
					}
					ws := strings.Fields(q.SourceText)
					last := "Nobody"
					if len(ws) > 0 {
						last = ws[len(ws)-1]
					}
					switch r.IntN(9) {
					case 0:
						pq["speaker"] = nil
					case 1:
						pq["speaker"] = map[string]any{}
					case 2: // no speaker member
					case 3:
						pq["speaker"] = map[string]any{"name": "Someone Else", "mention": map[string]any{"text": slice(src), "span": src}}
					case 4:
						pq["speaker"] = map[string]any{"name": q.SourceText, "mention": map[string]any{"text": "x", "span": [2]int{0, 1}}}
					case 5:
						pq["speaker"] = map[string]any{"name": "A. " + strings.ToUpper(last) + " Jr.", "mention": map[string]any{}}
					case 6:
						pq["speaker"] = map[string]any{"name": " ", "mention": map[string]any{"text": q.SourceText, "span": jitter(src)}}
					case 7:
						pq["speaker"] = map[string]any{"name": 7, "mention": "nope"}
					default:
						pq["speaker"] = map[string]any{"name": "Pat " + last, "mention": map[string]any{"text": slice(jitter(src)), "span": jitter(src)}}
					}
					qs = append(qs, pq)
				}
			}
			for range r.IntN(3) {
				sp := randomSpan()
				qs = append(qs, map[string]any{"span": sp, "text": slice(sp), "speaker": nil})
			}
			if r.IntN(40) == 0 {
				qs = append(qs, "junk", map[string]any{"span": []any{1, 2.5}})
			}
			rec["quotes"] = qs
			if r.IntN(30) == 0 {
				rec["error"] = map[string]any{"reason": "made up"}
			}
			if i%37 == 5 {
				lines = append(lines, rec, map[string]any{"doc": map[string]any{"id": d.ID}, "quotes": []any{}}) // duplicate, ignored
				continue
			}
		case Dates:
			var ds []any
			add := func(sp [2]int, v any) {
				ds = append(ds, map[string]any{"span": sp, "text": slice(sp), "value": v})
			}
			for _, x := range d.Dates {
				var gv any
				if x.Value != nil {
					gv = *x.Value
				}
				switch r.IntN(8) {
				case 0:
				case 1:
					add(jitter(x.Span), gv)
				case 2:
					add(x.Span, "1999")
				case 3:
					if x.Value != nil {
						gv = " " + *x.Value + "T00:00"
					}
					add(x.Span, gv)
				case 4:
					add(x.Span, nil)
				case 5:
					add([2]int{x.Span[0] + 1, x.Span[0] + 1}, gv)
				case 6:
					add([2]int{x.Span[0], x.Span[0] + 2}, "2000")
					add(x.Span, gv)
				default:
					add(x.Span, gv)
				}
			}
			for _, nx := range d.Neutral {
				if r.IntN(2) == 0 {
					add(jitter(nx.Span), "P1Y")
				}
			}
			for range r.IntN(3) {
				add(randomSpan(), "1989")
			}
			rec["dates"] = ds
		default:
			type item struct {
				name     string
				mentions []any
			}
			var items []*item
			byName := map[string]*item{}
			add := func(name string, m any) {
				it := byName[name]
				if it == nil {
					it = &item{name: name}
					byName[name] = it
					items = append(items, it)
				}
				it.mentions = append(it.mentions, m)
			}
			var bare []any
			for _, m := range d.Mentions(k) {
				switch r.IntN(8) {
				case 0:
				case 1:
					sp := jitter(m.Span)
					add(m.Text, map[string]any{"text": slice(sp), "span": sp})
				case 2:
					add(m.Text, map[string]any{"text": m.Text, "span": m.Span})
					add(m.Text, map[string]any{"text": m.Text, "span": m.Span})
				case 3:
					add(m.Text, m.Span)
				case 4:
					add(m.Text, map[string]any{"text": strings.ToUpper(m.Text), "span": m.Span})
					add(m.Text, map[string]any{"text": m.Text, "span": m.Span})
				case 5:
					bare = append(bare, map[string]any{"name": m.Text, "text": m.Text, "span": m.Span})
				default:
					add(m.Text, map[string]any{"text": m.Text, "span": m.Span})
				}
			}
			for range r.IntN(3) {
				sp := randomSpan()
				add("Noise", map[string]any{"text": slice(sp), "span": sp})
			}
			var out []any
			for _, it := range items {
				out = append(out, map[string]any{"name": it.name, "mentions": it.mentions})
			}
			rec[string(k)] = append(out, bare...)
		}
		lines = append(lines, rec)
		if i%53 == 7 {
			lines = append(lines, map[string]any{"doc": map[string]any{"id": fmt.Sprintf("unknown-%d", i)}})
		}
	}
	var buf bytes.Buffer
	for _, l := range lines {
		b, err := json.Marshal(l)
		require.NoError(t, err)
		buf.Write(b)
		buf.WriteByte('\n')
	}
	require.NoError(t, os.WriteFile(predPath, buf.Bytes(), 0o644))
}
