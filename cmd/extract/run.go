package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/newsfacts/extract/batch"
	"github.com/newsfacts/extract/extract"
	"github.com/newsfacts/extract/input"
	"github.com/newsfacts/extract/reconcile"
	"github.com/newsfacts/extract/rules"
	"github.com/newsfacts/extract/schema"
)

// runOptions are the flags of `extract run`.
type runOptions struct {
	rules      string
	published  string
	out        string
	workers    int
	emitText   bool
	strict     bool
	resume     bool
	maxSize    int64
	noProgress bool
	reconcile  bool
}

// runMemoryLimit is the soft heap limit of a run unless GOMEMLIMIT sets
// one: documents stream through, so the garbage collector can keep a run
// over an archive of any size near this.
const runMemoryLimit = 180 << 20

// runGCPercent is the garbage collector's target during a run unless GOGC
// sets one: the rules and models are a small live heap, so the default of
// 100 collects often; at 150 a run takes 2-3% less time for a few MB more
// memory, and the soft limit above still bounds it.
const runGCPercent = 150

func runCmd(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	start := time.Now()
	if os.Getenv("GOMEMLIMIT") == "" {
		defer debug.SetMemoryLimit(debug.SetMemoryLimit(runMemoryLimit))
	}
	if os.Getenv("GOGC") == "" {
		defer debug.SetGCPercent(debug.SetGCPercent(runGCPercent))
	}
	var o runOptions
	fs := flag.NewFlagSet("run", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&o.rules, "rules", "", "directory of rule files that extend or override the defaults")
	fs.StringVar(&o.published, "published", "", "publication date (YYYY-MM-DD) for documents that carry none")
	fs.StringVar(&o.out, "o", "", "write JSON Lines to this file (through FILE.partial, renamed when the run completes) instead of stdout")
	fs.IntVar(&o.workers, "workers", runtime.NumCPU(), "number of documents processed in parallel")
	fs.BoolVar(&o.emitText, "emit-text", false, "include each document's text (the one spans point into) in its record")
	fs.BoolVar(&o.strict, "strict", false, "exit with status 1 when any document gives an error record")
	fs.BoolVar(&o.resume, "resume", false, "with -o: continue an interrupted run, keeping the records already in FILE.partial (or FILE)")
	maxSize := fs.String("max-size", "1M", "largest document text processed, in bytes (suffix K or M for KiB, MiB); larger ones give error records")
	fs.BoolVar(&o.noProgress, "no-progress", false, "no progress bar, even when stderr is a terminal")
	fs.BoolVar(&o.reconcile, "reconcile", false, "write one Story record per story (as extract reconcile does) instead of one record per document")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	usageErr := func(format string, a ...any) int {
		fmt.Fprintf(stderr, "extract run: "+format+"\n%s", append(a, usage)...)
		return 2
	}
	if fs.NArg() == 0 {
		return usageErr("no input")
	}
	if o.workers < 1 {
		return usageErr("--workers must be at least 1, got %d", o.workers)
	}
	if o.resume && o.out == "" {
		return usageErr("--resume needs -o FILE")
	}
	if o.resume && o.reconcile {
		return usageErr("--resume cannot continue a --reconcile run: stories need every document")
	}
	var err error
	if o.maxSize, err = parseSize(*maxSize); err != nil {
		return usageErr("--max-size: %v", err)
	}
	inOpts := input.Options{Published: o.published, Stdin: stdin, MaxSize: o.maxSize, Deferred: true}
	if err := input.Check(fs.Args(), inOpts); err != nil {
		fmt.Fprintf(stderr, "extract: %v\n", err)
		return 2
	}
	// The tagger model loads while the rule files do; New reports a failure.
	go extract.LoadModels()
	set, err := rules.Load(o.rules)
	if err != nil {
		printRuleErrors(stderr, err)
		return 2
	}
	// One Extractor per worker: an Extractor serves one goroutine at a time.
	exs := make([]*extract.Extractor, o.workers)
	for i := range exs {
		if exs[i], err = extract.New(set); err != nil {
			fmt.Fprintf(stderr, "extract: %v\n", err)
			return 2
		}
	}
	var rc *reconcile.Reconciler
	if o.reconcile {
		if rc, err = reconcile.New(set); err != nil {
			fmt.Fprintf(stderr, "extract: %v\n", err)
			return 2
		}
		defer rc.Close()
	}
	out, err := openOutput(o.out, o.resume, stdout)
	if err != nil {
		fmt.Fprintf(stderr, "extract: %v\n", err)
		return 2
	}
	if out.note != "" {
		fmt.Fprintf(stderr, "extract: %s\n", out.note)
	}

	var st stats
	st.kept, st.errors = out.kept, out.keptErrors
	bar := newProgress(fs.Args(), stderr, o.noProgress)
	inOpts.Skipped = func(input.Skip) { st.skipped++ }

	// st.docs and st.skipped belong to the goroutine that feeds, the other
	// counts to the one that writes, until batch.Run returns.
	feed := func(emit func(input.Item) error) error {
		return input.Read(fs.Args(), inOpts, func(it input.Item) error {
			st.docs++
			if st.docs <= out.kept {
				// Already in the output of the interrupted run.
				bar.add(it.Size, st.docs, out.keptErrors)
				return out.checkKept(st.docs, it.Doc.ID)
			}
			return emit(it)
		})
	}
	work := func(w int, it input.Item) result {
		// Reconciling needs the text for the near-duplicate signature.
		rec := process(exs[w], it, o.emitText || o.reconcile)
		line, err := encodeRecord(rec)
		return result{line: line, failed: rec.Error != nil, size: it.Size, err: err}
	}
	write := func(r result) error {
		if r.err != nil {
			return r.err
		}
		if rc != nil {
			if err := rc.AddJSON(r.line); err != nil {
				return err
			}
		} else if _, err := out.w.Write(r.line); err != nil {
			return err
		}
		st.written++
		if r.failed {
			st.errors++
		}
		bar.add(r.size, st.kept+st.written, st.errors)
		return nil
	}
	runErr := batch.Run(batch.Options{Workers: o.workers}, feed, work, write)
	if runErr == nil && st.docs < out.kept {
		runErr = fmt.Errorf("cannot resume: %s holds %d records, but the inputs have only %d documents", out.partial, out.kept, st.docs)
	}
	stories := 0
	if runErr == nil && rc != nil {
		runErr = rc.Stories(func(s schema.Story) error {
			stories++
			return reconcile.WriteJSONL(out.w, s)
		})
	}
	bar.finish()
	st.elapsed = time.Since(start)
	if runErr != nil {
		kept := out.abort()
		fmt.Fprintf(stderr, "extract: %v\n", runErr)
		fmt.Fprintf(stderr, "extract: stopped: %s\n", st.summary(o))
		if kept != "" {
			fmt.Fprintf(stderr, "extract: the records written so far are in %s; run again with --resume to continue\n", kept)
		}
		return 2
	}
	if err := out.finish(); err != nil {
		fmt.Fprintf(stderr, "extract: %v\n", err)
		return 2
	}
	line := st.summary(o)
	if rc != nil {
		line += fmt.Sprintf("; reconciled into %d stories", stories)
	}
	if o.out != "" {
		line += " -> " + o.out
	}
	fmt.Fprintf(stderr, "extract: %s\n", line)
	if o.strict && st.errors > 0 {
		return 1
	}
	return 0
}

// process turns one input item into its record.
func process(ex *extract.Extractor, it input.Item, emitText bool) schema.Extraction {
	it = it.Load()
	var rec schema.Extraction
	if it.Err != nil {
		rec = extract.ErrorRecord(it.Doc, "")
		rec.Error = it.Err
		return rec
	}
	rec = ex.Extract(it.Doc)
	if rec.Error != nil {
		rec.Error.Offset = it.Doc.Location.Offset
	} else if emitText {
		rec.Doc.Text = it.Doc.Text
	}
	return rec
}

// result is a record encoded by a worker, for the writer.
type result struct {
	line   []byte
	failed bool  // an error record
	size   int64 // input bytes it stands for, for the progress bar
	err    error
}

// stats counts what a run did, for its summary line.
type stats struct {
	docs    int // documents read (including those kept from an interrupted run)
	kept    int // records kept from an interrupted run (--resume)
	written int // records written by this run
	errors  int // error records, kept and written
	skipped int // WARC records that are not documents
	elapsed time.Duration
}

// summary is the run's one-line summary: documents in, records out, errors,
// time.
func (s *stats) summary(o runOptions) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s in", count(s.docs, "document"))
	if s.kept > 0 {
		fmt.Fprintf(&b, " (%d already in %s)", s.kept, o.out)
	}
	out := s.kept + s.written
	fmt.Fprintf(&b, ", %s out", count(out, "record"))
	if out == s.docs {
		b.WriteString(" (all accounted for)")
	} else {
		fmt.Fprintf(&b, " (%s without a record)", count(s.docs-out, "document"))
	}
	fmt.Fprintf(&b, ", %s", count(s.errors, "error"))
	if s.skipped > 0 {
		fmt.Fprintf(&b, ", %s skipped (not HTML pages)", count(s.skipped, "WARC record"))
	}
	fmt.Fprintf(&b, ", %.2fs with %s", s.elapsed.Seconds(), count(o.workers, "worker"))
	return b.String()
}

// count is "1 thing" or "n things".
func count(n int, thing string) string {
	if n == 1 {
		return "1 " + thing
	}
	return strconv.Itoa(n) + " " + thing + "s"
}

// parseSize reads a byte count with an optional K or M suffix (KiB, MiB).
func parseSize(s string) (int64, error) {
	mult := int64(1)
	t := strings.ToUpper(strings.TrimSpace(s))
	t = strings.TrimSuffix(strings.TrimSuffix(t, "IB"), "B")
	switch {
	case strings.HasSuffix(t, "K"):
		mult, t = 1<<10, t[:len(t)-1]
	case strings.HasSuffix(t, "M"):
		mult, t = 1<<20, t[:len(t)-1]
	case strings.HasSuffix(t, "G"):
		mult, t = 1<<30, t[:len(t)-1]
	}
	n, err := strconv.ParseInt(t, 10, 64)
	if err != nil || n <= 0 {
		return 0, fmt.Errorf("want a positive number of bytes such as 1048576, 512K or 4M, got %q", s)
	}
	return n * mult, nil
}

// encodeRecord writes one JSON line. HTML escaping is off so quotes keep
// their < > & as written.
func encodeRecord(rec schema.Extraction) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(rec); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// progress is the progress bar on a terminal; its zero value (no terminal)
// shows nothing.
type progress struct {
	bar *progressbar.ProgressBar
}

// newProgress shows a progress bar on stderr when it is a terminal: bytes
// of input done (so MB/s and the time left), documents and errors.
func newProgress(inputs []string, stderr io.Writer, off bool) *progress {
	f, ok := stderr.(*os.File)
	if off || !ok || !term.IsTerminal(int(f.Fd())) {
		return &progress{}
	}
	total, known := input.TotalSize(inputs)
	if !known {
		total = -1
	}
	return &progress{bar: progressbar.NewOptions64(total,
		progressbar.OptionSetWriter(stderr),
		progressbar.OptionSetDescription("0 documents"),
		progressbar.OptionShowBytes(true),
		progressbar.OptionShowCount(),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionSetElapsedTime(true),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionSetWidth(30),
		progressbar.OptionClearOnFinish(),
	)}
}

func (p *progress) add(size int64, docs, errs int) {
	if p.bar == nil {
		return
	}
	p.bar.Describe(fmt.Sprintf("%d documents, %d errors", docs, errs))
	_ = p.bar.Add64(size)
}

func (p *progress) finish() {
	if p.bar != nil {
		_ = p.bar.Finish()
	}
}

// output is where the records go: stdout, or a file written under the name
// FILE.partial and renamed to FILE when the run completes, so that a killed
// run never leaves a truncated FILE that looks complete, and --resume can
// pick up where it stopped.
type output struct {
	w       *bufio.Writer
	file    *os.File // nil for stdout
	path    string
	partial string
	note    string // said on stderr when the output is opened

	// kept is the number of records kept from an interrupted run, and
	// keptErrors how many of them are error records; ids reads their
	// document ids in order, to check them against the inputs.
	kept, keptErrors int
	ids              *bufio.Reader
	idsFile          *os.File
	// fromFile is set when a completed FILE was moved to FILE.partial to
	// be resumed, keptSize the size it was resumed at: a run that fails
	// before adding to it puts it back.
	fromFile bool
	keptSize int64
}

const outputBuffer = 256 << 10

func openOutput(path string, resume bool, stdout io.Writer) (*output, error) {
	if path == "" {
		return &output{w: bufio.NewWriterSize(stdout, outputBuffer)}, nil
	}
	o := &output{path: path, partial: path + ".partial"}
	if !resume {
		if _, err := os.Stat(o.partial); err == nil {
			o.note = fmt.Sprintf("starting over: %s, left by an interrupted run, is replaced (--resume would continue it)", o.partial)
		}
		f, err := os.Create(o.partial)
		if err != nil {
			return nil, err
		}
		o.file = f
		o.w = bufio.NewWriterSize(f, outputBuffer)
		return o, nil
	}
	// Resume from FILE.partial, or from a completed FILE (whose inputs may
	// since have grown), or start afresh.
	if _, err := os.Stat(o.partial); errors.Is(err, os.ErrNotExist) {
		if _, err := os.Stat(path); err == nil {
			if err := os.Rename(path, o.partial); err != nil {
				return nil, err
			}
			o.fromFile = true
		}
	}
	f, err := os.OpenFile(o.partial, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, err
	}
	n, errs, end, err := scanRecords(f, o.partial)
	if err != nil {
		f.Close()
		return nil, err
	}
	if fi, err := f.Stat(); err == nil && fi.Size() != end {
		o.fromFile = false // a half line was dropped: not the completed file
	}
	if err := f.Truncate(end); err != nil {
		f.Close()
		return nil, err
	}
	if _, err := f.Seek(end, io.SeekStart); err != nil {
		f.Close()
		return nil, err
	}
	o.file, o.kept, o.keptErrors, o.keptSize = f, n, errs, end
	o.w = bufio.NewWriterSize(f, outputBuffer)
	if n > 0 {
		o.note = fmt.Sprintf("resuming: %d records kept from %s", n, o.partial)
		if o.idsFile, err = os.Open(o.partial); err != nil {
			f.Close()
			return nil, err
		}
		o.ids = bufio.NewReaderSize(o.idsFile, outputBuffer)
	}
	return o, nil
}

// recordHead is the part of a record that resuming reads.
type recordHead struct {
	Doc struct {
		ID string `json:"id"`
	} `json:"doc"`
	Error json.RawMessage `json:"error"`
}

// scanRecords counts the complete records at the start of an interrupted
// run's output and returns the offset just after the last one: a killed
// run may leave half a line at the end, which is dropped. A line that is
// not a record followed by records means the file is not an output of
// ours: an error.
func scanRecords(f *os.File, name string) (n, errs int, end int64, err error) {
	br := bufio.NewReaderSize(f, outputBuffer)
	var pos int64
	bad := 0 // line number of the first line that is not a record
	for lineNo := 1; ; lineNo++ {
		line, err := br.ReadBytes('\n')
		pos += int64(len(line))
		if err == io.EOF {
			return n, errs, end, nil // a last line without its newline is dropped
		}
		if err != nil {
			return 0, 0, 0, err
		}
		var h recordHead
		if json.Unmarshal(line, &h) != nil || h.Doc.ID == "" {
			if bad == 0 {
				bad = lineNo
			}
			continue
		}
		if bad != 0 {
			return 0, 0, 0, fmt.Errorf("cannot resume: line %d of %s is not a record", bad, name)
		}
		n++
		if len(h.Error) > 0 && string(h.Error) != "null" {
			errs++
		}
		end = pos
	}
}

// checkKept checks that the n-th document of the inputs (1-based) is the
// one the n-th kept record is for.
func (o *output) checkKept(n int, id string) error {
	line, err := o.ids.ReadBytes('\n')
	if err != nil {
		return fmt.Errorf("cannot resume: reading %s: %v", o.partial, err)
	}
	var h recordHead
	if err := json.Unmarshal(line, &h); err != nil {
		return fmt.Errorf("cannot resume: record %d of %s: %v", n, o.partial, err)
	}
	if h.Doc.ID != id {
		return fmt.Errorf("cannot resume: record %d of %s is for document %q, but document %d of the inputs is %q: the inputs are not those of the interrupted run",
			n, o.partial, h.Doc.ID, n, id)
	}
	if n == o.kept {
		o.idsFile.Close()
		o.idsFile = nil
	}
	return nil
}

// finish completes the output: FILE.partial becomes FILE.
func (o *output) finish() error {
	if err := o.w.Flush(); err != nil {
		o.abort()
		return err
	}
	if o.file == nil {
		return nil
	}
	if o.idsFile != nil {
		o.idsFile.Close()
	}
	if err := o.file.Sync(); err != nil {
		o.file.Close()
		return err
	}
	if err := o.file.Close(); err != nil {
		return err
	}
	return os.Rename(o.partial, o.path)
}

// abort ends an output after a failure. The records written so far stay in
// FILE.partial for --resume, whose name it returns ("" for stdout or when
// nothing was written).
func (o *output) abort() string {
	_ = o.w.Flush()
	if o.file == nil {
		return ""
	}
	if o.idsFile != nil {
		o.idsFile.Close()
	}
	fi, _ := o.file.Stat()
	o.file.Close()
	switch {
	case fi == nil:
	case o.fromFile && fi.Size() == o.keptSize:
		// A completed output that this run did not add to: as it was.
		if os.Rename(o.partial, o.path) == nil {
			return ""
		}
	case fi.Size() == 0:
		os.Remove(o.partial)
		return ""
	}
	return o.partial
}
