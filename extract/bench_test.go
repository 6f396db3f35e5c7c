package extract

// Per-stage benchmarks (issue 7). Each stage runs over a corpus of real
// articles, one op being one pass over the corpus, with b.SetBytes set to
// the corpus's text so that go test reports MB/s:
//
//	go test -run '^$' -bench . -benchtime 5x ./extract/
//
// Corpora: "seeds" (testdata/seeds, always there) and "polnear" (the first
// polnearDocs articles of ../shared/data/polnear/train or $POLNEAR_TRAIN,
// when present). The
// stages mirror Extract step by step; TestBenchStagesMatchExtract checks
// that running them in turn gives Extract's record, so that they keep
// measuring what Extract does. End-to-end figures (the command, workers,
// peak RSS, prose side by side) come from `go run ./bench`.

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/newsfacts/extract/rules"
	"github.com/newsfacts/extract/schema"
)

// polnearDocs is how many PolNeAR articles the benchmarks use: about
// 0.9 MB of text.
const polnearDocs = 200

// polnearTrain is PolNeAR train's input.jsonl: $POLNEAR_TRAIN, else its
// place beside the repository (../shared/data/polnear).
func polnearTrain() string {
	if p := os.Getenv("POLNEAR_TRAIN"); p != "" {
		return p
	}
	return "../../shared/data/polnear/train/input.jsonl"
}

type benchCorpus struct {
	name  string
	docs  []schema.Document
	bytes int64
}

// benchCorpora returns the seed articles and, when present and not -short,
// the start of PolNeAR train.
func benchCorpora(tb testing.TB) []benchCorpus {
	var out []benchCorpus
	paths, err := filepath.Glob("../testdata/seeds/*.txt")
	if err != nil || len(paths) == 0 {
		tb.Fatalf("no seed articles: %v", err)
	}
	seeds := benchCorpus{name: "seeds"}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		seeds.docs = append(seeds.docs, schema.Document{ID: filepath.Base(p), Text: string(b), Published: "2025-08-16"})
	}
	out = append(out, seeds)
	// Pronouns and no names: each "he" follows the ones before it back,
	// which must stay linear in their number (it once took 23 s here).
	var pronouns strings.Builder
	for range 30 {
		pronouns.WriteString("“We are here,” he said. ")
		pronouns.WriteString(strings.Repeat("he said that he knew he was right and he left, ", 8))
		pronouns.WriteString("he said.\n\n")
	}
	out = append(out, benchCorpus{name: "pronouns", docs: []schema.Document{{ID: "pronouns", Text: pronouns.String(), Published: "2016-09-30"}}})
	if !testing.Short() {
		if docs := readJSONL(tb, polnearTrain(), polnearDocs); len(docs) > 0 {
			out = append(out, benchCorpus{name: "polnear", docs: docs})
		}
	}
	for i := range out {
		for _, d := range out[i].docs {
			out[i].bytes += int64(len(d.Text))
		}
	}
	return out
}

// readJSONL reads up to n documents of a JSONL file; nil when it is absent.
func readJSONL(tb testing.TB, path string, n int) []schema.Document {
	f, err := os.Open(path)
	if err != nil {
		return nil
	}
	defer f.Close()
	var docs []schema.Document
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<26)
	for sc.Scan() && len(docs) < n {
		var d schema.Document
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			tb.Fatalf("%s: %v", path, err)
		}
		docs = append(docs, d)
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return docs
}

func benchExtractor(tb testing.TB) *Extractor {
	set, err := rules.Default()
	if err != nil {
		tb.Fatal(err)
	}
	e, err := New(set)
	if err != nil {
		tb.Fatal(err)
	}
	return e
}

// stageState is one document part-way through the pipeline.
type stageState struct {
	doc       schema.Document
	published time.Time
	x         *docState
	attrs     []attribution
	out       schema.Extraction
	json      bytes.Buffer
	warnings  int // warnings before the records stage; -1 until it runs
}

// A benchStage is one step of Extract. run must give the same result when
// run again on its own output (it resets what it appends to), so that a
// benchmark can repeat it on states prepared once.
type benchStage struct {
	name string
	run  func(e *Extractor, s *stageState)
}

// benchStages are Extract's steps, in order (see extract).
var benchStages = []benchStage{
	{"clean", func(e *Extractor, s *stageState) { s.x.clean() }},        // boilerplate
	{"quotes", func(e *Extractor, s *stageState) { s.x.layout() }},      // paragraphs and quote marks
	{"segment", func(e *Extractor, s *stageState) { s.x.segment(e.m) }}, // sentences
	{"tag", func(e *Extractor, s *stageState) { // tokens and POS tags
		if err := s.x.tag(e.m); err != nil {
			panic(err)
		}
	}},
	{"mentions", func(e *Extractor, s *stageState) { s.x.findMentions() }}, // name chunks, people, nominals
	{"attribute", func(e *Extractor, s *stageState) { s.attrs = s.x.attribute() }},
	{"records", func(e *Extractor, s *stageState) { // quotes, people, places, excluded
		if s.warnings < 0 {
			s.warnings = len(s.x.warnings)
		}
		s.x.warnings = s.x.warnings[:s.warnings]
		s.out = emptyExtraction(s.doc)
		s.x.records(&s.out, s.attrs)
	}},
	{"dates", func(e *Extractor, s *stageState) { s.out.Dates = s.x.findDates(e.dates, s.published) }},
	{"json", func(e *Extractor, s *stageState) { // serialisation, as extract run writes it
		s.json.Reset()
		enc := json.NewEncoder(&s.json)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(s.out); err != nil {
			panic(err)
		}
	}},
}

// prepare returns the corpus's documents with the stages before stage k
// run.
func prepare(tb testing.TB, e *Extractor, docs []schema.Document, k int) []*stageState {
	states := make([]*stageState, len(docs))
	for i, d := range docs {
		published, err := parsePublished(d.Published)
		if err != nil {
			tb.Fatal(err)
		}
		s := &stageState{doc: d, published: published, x: &docState{c: e.c, t: newText(d.Text)}, warnings: -1}
		for _, st := range benchStages[:k] {
			st.run(e, s)
		}
		states[i] = s
	}
	return states
}

// BenchmarkStage times each stage alone over each corpus. Besides MB/s it
// reports docs/s and allocs/doc.
func BenchmarkStage(b *testing.B) {
	e := benchExtractor(b)
	for _, c := range benchCorpora(b) {
		for k, st := range benchStages {
			b.Run(c.name+"/"+st.name, func(b *testing.B) {
				states := prepare(b, e, c.docs, k)
				b.SetBytes(c.bytes)
				b.ReportAllocs()
				var m0, m1 runtime.MemStats
				runtime.ReadMemStats(&m0)
				b.ResetTimer()
				for b.Loop() {
					for _, s := range states {
						st.run(e, s)
					}
				}
				b.StopTimer()
				runtime.ReadMemStats(&m1)
				reportPerDoc(b, len(c.docs), m1.Mallocs-m0.Mallocs)
			})
		}
	}
}

// BenchmarkExtract times Extract itself (all stages but serialisation).
func BenchmarkExtract(b *testing.B) {
	e := benchExtractor(b)
	for _, c := range benchCorpora(b) {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(c.bytes)
			b.ReportAllocs()
			var m0, m1 runtime.MemStats
			runtime.ReadMemStats(&m0)
			b.ResetTimer()
			for b.Loop() {
				for _, d := range c.docs {
					e.Extract(d)
				}
			}
			b.StopTimer()
			runtime.ReadMemStats(&m1)
			reportPerDoc(b, len(c.docs), m1.Mallocs-m0.Mallocs)
		})
	}
}

// reportPerDoc adds docs/s and allocs/doc; mallocs counts the whole
// benchmark, including b.Loop's first, untimed-free round.
func reportPerDoc(b *testing.B, docsPerOp int, mallocs uint64) {
	docs := float64(b.N * docsPerOp)
	if s := b.Elapsed().Seconds(); s > 0 {
		b.ReportMetric(docs/s, "docs/s")
	}
	b.ReportMetric(float64(mallocs)/docs, "allocs/doc")
}

// TestBenchStagesMatchExtract checks that the benchmark stages, each run
// twice in turn, give the record Extract gives: if Extract gains or
// reorders a step, update benchStages.
func TestBenchStagesMatchExtract(t *testing.T) {
	e := benchExtractor(t)
	docs := benchCorpora(t)[0].docs
	if more := readJSONL(t, polnearTrain(), 20); !testing.Short() {
		docs = append(docs, more...)
	}
	for _, d := range docs {
		want, err := json.Marshal(e.Extract(d))
		if err != nil {
			t.Fatal(err)
		}
		s := prepare(t, e, []schema.Document{d}, 0)[0]
		for _, st := range benchStages[:len(benchStages)-1] {
			st.run(e, s)
			st.run(e, s)
		}
		got, err := json.Marshal(s.out)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s: the benchmark stages give another record than Extract:\n got %s\nwant %s", d.ID, got, want)
		}
	}
}
