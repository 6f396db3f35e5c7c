//go:build unix

// Command bench measures extract end to end on a corpus of real articles
// (issue 7), with prose's own pipeline over the same articles in the same
// run for comparison.
//
//	go run ./bench                      # PolNeAR train repeated to 50 MB, 3 runs
//	go run ./bench -mb 1000 -runs 1     # archive scale
//
// It repeats the articles of -corpus (JSON Lines, PolNeAR train by
// default) to -mb MB of text in a temporary JSONL file, builds the command
// (or takes -extract), and runs `extract run --workers N` on it for each N
// of -workers, -runs times, reading each child's CPU time and peak RSS
// from the kernel (getrusage). In its own process it then measures, over
// the articles of -corpus once, the allocations per document of
// Extract plus JSON encoding (runtime.MemStats), and prose.NewDocument per
// document, two ways, each for about -prose-seconds: as a user would call
// it (prose.NewDocument(text): its models are decoded for every document)
// and with its model loaded once (prose.UsingModel), both with prose's
// whole pipeline (tokenize, segment, tag, named entities).
//
// "Per core" figures divide by CPU time (user + system), which is also
// what a shared machine's other load does not inflate much; wall-clock
// figures are given beside them. Medians of the runs are printed. Peak RSS
// is the child's ru_maxrss (Linux).
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"text/tabwriter"
	"time"

	"github.com/jdkato/prose/v2"

	"github.com/newsfacts/extract/extract"
	"github.com/newsfacts/extract/rules"
	"github.com/newsfacts/extract/schema"
)

func main() {
	corpus := flag.String("corpus", "../shared/data/polnear/train/input.jsonl", "articles, one JSON object a line with id and text")
	mb := flag.Float64("mb", 50, "MB of text to repeat the corpus to for the command runs")
	runs := flag.Int("runs", 3, "runs of each measurement (medians are printed)")
	workerList := flag.String("workers", "1,2", "comma-separated worker counts for extract run")
	proseSeconds := flag.Float64("prose-seconds", 15, "time budget of each prose measurement")
	bin := flag.String("extract", "", "extract binary to run (default: build ./cmd/extract)")
	keep := flag.Bool("keep", false, "keep the temporary directory (corpus, binary)")
	flag.Parse()
	if err := run(*corpus, *mb, *runs, *workerList, *proseSeconds, *bin, *keep); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

func run(corpusPath string, mb float64, runs int, workerList string, proseSeconds float64, bin string, keep bool) error {
	docs, err := readDocs(corpusPath)
	if err != nil {
		return err
	}
	if len(docs) == 0 {
		return fmt.Errorf("%s: no documents", corpusPath)
	}
	var workers []int
	for _, f := range strings.Split(workerList, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n < 1 {
			return fmt.Errorf("-workers: bad count %q", f)
		}
		workers = append(workers, n)
	}
	tmp, err := os.MkdirTemp("", "extract-bench-")
	if err != nil {
		return err
	}
	if keep {
		fmt.Println("temporary directory:", tmp)
	} else {
		defer os.RemoveAll(tmp)
	}

	big := filepath.Join(tmp, "corpus.jsonl")
	nDocs, textBytes, fileBytes, err := writeRepeated(big, docs, int64(mb*1e6))
	if err != nil {
		return err
	}
	fmt.Printf("machine: %s/%s, %d CPUs, %s\n", runtime.GOOS, runtime.GOARCH, runtime.NumCPU(), runtime.Version())
	fmt.Printf("corpus: %s, %d articles, %.2f MB of text; repeated to %d articles, %.1f MB of text (%.1f MB JSONL)\n\n",
		corpusPath, len(docs), float64(sumText(docs))/1e6, nDocs, float64(textBytes)/1e6, float64(fileBytes)/1e6)

	if bin == "" {
		bin = filepath.Join(tmp, "extract")
		cmd := exec.Command("go", "build", "-o", bin, "./cmd/extract")
		cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
		if err := cmd.Run(); err != nil {
			return fmt.Errorf("building ./cmd/extract (or pass -extract BIN): %w", err)
		}
	}
	hasWorkers := supportsWorkers(bin)

	tw := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "measurement\tMB/s per core\tdocs/s per core\tMB/s wall\tCPU s\twall s\tpeak RSS MB\tallocs/doc\t")
	var one result
	var notes []string
	for _, w := range workers {
		if !hasWorkers && w != 1 {
			notes = append(notes, fmt.Sprintf("--workers %d not run: this build of extract has no --workers flag", w))
			continue
		}
		var rs []result
		for range runs {
			r, err := runExtract(bin, big, w, hasWorkers, nDocs, textBytes)
			if err != nil {
				return err
			}
			rs = append(rs, r)
		}
		r := median(rs)
		label := fmt.Sprintf("extract run --workers %d", w)
		if !hasWorkers {
			label = "extract run (one worker)"
		}
		r.print(tw, label)
		if w == 1 {
			one = r
		} else if one.mbWall > 0 {
			notes = append(notes, fmt.Sprintf("--workers %d: %.2fx the wall-clock throughput of --workers 1", w, r.mbWall/one.mbWall))
		}
	}

	// In this process: allocations of the pipeline, then prose.
	set, err := rules.Default()
	if err != nil {
		return err
	}
	ex, err := extract.New(set)
	if err != nil {
		return err
	}
	var rs []result
	for range runs {
		rs = append(rs, inProcess(docs, 0, func(d schema.Document) error {
			return encode(ex.Extract(d))
		}))
	}
	median(rs).print(tw, "Extract + JSON in process")

	budget := time.Duration(proseSeconds * float64(time.Second))
	model, err := prose.NewDocument("")
	if err != nil {
		return err
	}
	var shared, fresh []result
	for range runs {
		shared = append(shared, inProcess(docs, budget, func(d schema.Document) error {
			_, err := prose.NewDocument(d.Text, prose.UsingModel(model.Model))
			return err
		}))
		fresh = append(fresh, inProcess(docs, budget, func(d schema.Document) error {
			_, err := prose.NewDocument(d.Text)
			return err
		}))
	}
	ps, pf := median(shared), median(fresh)
	ps.print(tw, "prose.NewDocument, model loaded once")
	pf.print(tw, "prose.NewDocument(text) per document")
	tw.Flush()
	fmt.Println()
	fmt.Printf("prose: the first %d articles (model loaded once) and %d (per document), time budget %s per run\n", ps.docs, pf.docs, budget)
	if one.mbCore > 0 {
		notes = append(notes, fmt.Sprintf("extract run, one worker, MB/s per core: %.1fx prose.NewDocument(text) per document, %.1fx prose with its model loaded once",
			one.mbCore/pf.mbCore, one.mbCore/ps.mbCore))
	}
	for _, n := range notes {
		fmt.Println(n)
	}
	return nil
}

// result is one measurement.
type result struct {
	mbCore, docsCore, mbWall float64 // text MB per CPU second, documents per CPU second, text MB per second
	cpu, wall                float64 // seconds
	rssMB                    float64 // peak resident set of the child; 0 in process
	allocs                   float64 // per document; 0 for the child
	docs, bytes              int64
}

func newResult(cpu, wall float64, docs, bytes int64) result {
	return result{mbCore: float64(bytes) / 1e6 / cpu, docsCore: float64(docs) / cpu, mbWall: float64(bytes) / 1e6 / wall,
		cpu: cpu, wall: wall, docs: docs, bytes: bytes}
}

func (r result) print(tw io.Writer, label string) {
	rss, allocs := "-", "-"
	if r.rssMB > 0 {
		rss = fmt.Sprintf("%.0f", r.rssMB)
	}
	if r.allocs > 0 {
		allocs = fmt.Sprintf("%.0f", r.allocs)
	}
	fmt.Fprintf(tw, "%s\t%.3f\t%.1f\t%.3f\t%.2f\t%.2f\t%s\t%s\t\n", label, r.mbCore, r.docsCore, r.mbWall, r.cpu, r.wall, rss, allocs)
}

// median takes each figure's median over the runs.
func median(rs []result) result {
	mid := func(f func(result) float64) float64 {
		v := make([]float64, len(rs))
		for i, r := range rs {
			v[i] = f(r)
		}
		slices.Sort(v)
		return v[len(v)/2]
	}
	return result{
		mbCore:   mid(func(r result) float64 { return r.mbCore }),
		docsCore: mid(func(r result) float64 { return r.docsCore }),
		mbWall:   mid(func(r result) float64 { return r.mbWall }),
		cpu:      mid(func(r result) float64 { return r.cpu }),
		wall:     mid(func(r result) float64 { return r.wall }),
		rssMB:    mid(func(r result) float64 { return r.rssMB }),
		allocs:   mid(func(r result) float64 { return r.allocs }),
		docs:     int64(mid(func(r result) float64 { return float64(r.docs) })),
		bytes:    int64(mid(func(r result) float64 { return float64(r.bytes) })),
	}
}

func readDocs(path string) ([]schema.Document, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var docs []schema.Document
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<28)
	for line := 1; sc.Scan(); line++ {
		if len(bytes.TrimSpace(sc.Bytes())) == 0 {
			continue
		}
		var d schema.Document
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, line, err)
		}
		docs = append(docs, d)
	}
	return docs, sc.Err()
}

func sumText(docs []schema.Document) int64 {
	n := int64(0)
	for _, d := range docs {
		n += int64(len(d.Text))
	}
	return n
}

// writeRepeated writes docs again and again, ids made unique ("id~2"),
// until the text reaches want bytes.
func writeRepeated(path string, docs []schema.Document, want int64) (n int, text, file int64, err error) {
	f, err := os.Create(path)
	if err != nil {
		return 0, 0, 0, err
	}
	w := bufio.NewWriterSize(f, 1<<20)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for rep := 1; text < want || n == 0; rep++ {
		for _, d := range docs {
			if rep > 1 {
				d.ID = fmt.Sprintf("%s~%d", d.ID, rep)
			}
			if err := enc.Encode(d); err != nil {
				f.Close()
				return 0, 0, 0, err
			}
			n++
			text += int64(len(d.Text))
			if text >= want {
				break
			}
		}
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return 0, 0, 0, err
	}
	st, err := f.Stat()
	if err == nil {
		file = st.Size()
	}
	return n, text, file, f.Close()
}

func supportsWorkers(bin string) bool {
	var out bytes.Buffer
	cmd := exec.Command(bin, "run", "-h")
	cmd.Stdout, cmd.Stderr = &out, &out
	_ = cmd.Run()
	return strings.Contains(out.String(), "-workers")
}

// lineCounter counts the records the command writes.
type lineCounter struct{ n int }

func (c *lineCounter) Write(p []byte) (int, error) {
	c.n += bytes.Count(p, []byte{'\n'})
	return len(p), nil
}

func runExtract(bin, corpus string, workers int, hasWorkers bool, docs int, text int64) (result, error) {
	args := []string{"run"}
	if hasWorkers {
		args = append(args, "--workers", strconv.Itoa(workers))
	}
	args = append(args, corpus)
	var stderr bytes.Buffer
	var lines lineCounter
	cmd := exec.Command(bin, args...)
	cmd.Stdout, cmd.Stderr = &lines, &stderr
	start := time.Now()
	if err := cmd.Run(); err != nil {
		return result{}, fmt.Errorf("%s %s: %w\n%s", bin, strings.Join(args, " "), err, stderr.String())
	}
	wall := time.Since(start).Seconds()
	ps := cmd.ProcessState
	r := newResult((ps.UserTime() + ps.SystemTime()).Seconds(), wall, int64(docs), text)
	if ru, ok := ps.SysUsage().(*syscall.Rusage); ok {
		r.rssMB = float64(ru.Maxrss) / 1024 // Maxrss is in kilobytes on Linux
	}
	if lines.n != docs {
		return r, fmt.Errorf("extract run wrote %d records for %d documents", lines.n, docs)
	}
	return r, nil
}

// inProcess runs f over docs (until budget, when not zero; at least one
// document) and measures CPU time, wall time and allocations.
func inProcess(docs []schema.Document, budget time.Duration, f func(schema.Document) error) result {
	runtime.GC()
	var m0, m1 runtime.MemStats
	runtime.ReadMemStats(&m0)
	c0 := cpuTime()
	start := time.Now()
	var n, text int64
	for _, d := range docs {
		if err := f(d); err != nil {
			fmt.Fprintln(os.Stderr, "bench:", d.ID, err)
		}
		n++
		text += int64(len(d.Text))
		if budget > 0 && time.Since(start) >= budget {
			break
		}
	}
	wall := time.Since(start).Seconds()
	cpu := (cpuTime() - c0).Seconds()
	runtime.ReadMemStats(&m1)
	r := newResult(cpu, wall, n, text)
	r.allocs = float64(m1.Mallocs-m0.Mallocs) / float64(n)
	return r
}

var sink bytes.Buffer

// encode writes a record as extract run does (no HTML escaping).
func encode(rec schema.Extraction) error {
	sink.Reset()
	enc := json.NewEncoder(&sink)
	enc.SetEscapeHTML(false)
	return enc.Encode(rec)
}

// cpuTime is this process's user plus system time.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
