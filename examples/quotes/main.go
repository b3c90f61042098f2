// Command quotes prints who said what in news articles.
//
//	quotes [flags] FILE...
//	quotes [flags] -jsonl PATH   (PATH "-" is standard input)
//
// With FILE arguments it prints one JSON object per file, one a line:
// {"file", "sentences", "entities", "claims"}. With -jsonl it reads JSON
// Lines of {"id", "text"} objects and prints one object per line with "id"
// in place of "file" (a line without an id gets "PATH:LINE"). Offsets are half-open UTF-8 byte offsets into the
// text; -offsets rune or -offsets utf16 adds "start_rune"/"end_rune" or
// "start_utf16"/"end_utf16" beside them. -format text prints a form for
// people instead: one line per claim, speaker: “content” [kind, cue,
// medium, time].
//
// Articles are extracted by -j workers (default: the number of CPUs) and
// printed in input order. Input and output stream: at most a few articles
// per worker are held at once, so memory does not grow with the corpus.
// When standard error is a terminal, a progress line shows the articles and
// megabytes done, the speed and, when the total size is known, the time
// left.
//
// A bad input (a missing or unreadable file, a binary or empty one, a
// malformed JSON line, a line without "text") is reported on standard error
// with its file or line, and the rest goes on. The exit status is 1 if any
// input failed, 2 on a usage error, and 0 otherwise.
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
	"strings"
	"sync"
	"time"

	"github.com/whosaid/whosaid/extract"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// config is the parsed command line.
type config struct {
	jsonl   string // JSON Lines input path, "-" for stdin, "" for none
	workers int
	offsets string // "utf8", "rune" or "utf16"
	format  string // "json" or "text"
	files   []string
}

func parseArgs(args []string, stderr io.Writer) (*config, error) {
	fs := flag.NewFlagSet("quotes", flag.ContinueOnError)
	fs.SetOutput(stderr)
	c := &config{}
	fs.StringVar(&c.jsonl, "jsonl", "", "read JSON Lines of {\"id\",\"text\"} from `path` (\"-\" for standard input)")
	fs.IntVar(&c.workers, "j", runtime.NumCPU(), "number of articles extracted at once")
	fs.StringVar(&c.offsets, "offsets", "utf8", "offsets to print: utf8 (bytes only), rune or utf16 (added to the bytes)")
	fs.StringVar(&c.format, "format", "json", "output format: json (JSON Lines) or text (for people)")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: quotes [flags] FILE...\n       quotes [flags] -jsonl PATH\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	c.files = fs.Args()
	switch {
	case c.workers < 1:
		return nil, fmt.Errorf("-j %d: want at least 1", c.workers)
	case c.offsets != "utf8" && c.offsets != "rune" && c.offsets != "utf16":
		return nil, fmt.Errorf("-offsets %q: want utf8, rune or utf16", c.offsets)
	case c.format != "json" && c.format != "text":
		return nil, fmt.Errorf("-format %q: want json or text", c.format)
	case c.jsonl == "" && len(c.files) == 0:
		return nil, errors.New("no input: give FILE arguments or -jsonl PATH")
	}
	return c, nil
}

// run is the command: it reads args and stdin, writes results to stdout and
// errors to stderr, and returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	c, err := parseArgs(args, stderr)
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	if err != nil {
		fmt.Fprintf(stderr, "quotes: %v\n", err)
		return 2
	}
	in := make(chan *job, c.workers)
	var total int64 // input size in bytes, 0 if unknown
	if c.jsonl != "" {
		r, size, closer, err := openInput(c.jsonl, stdin)
		if err != nil {
			fmt.Fprintf(stderr, "quotes: %v\n", err)
			return 1
		}
		defer closer()
		total = size
		go readJSONL(c.jsonl, r, in)
	} else {
		for _, name := range c.files {
			if fi, err := os.Stat(name); err == nil {
				total += fi.Size()
			}
		}
		go readFiles(c.files, in)
	}
	w := bufio.NewWriterSize(stdout, 64<<10)
	var prog *progress
	if isTerminal(stderr) {
		prog = &progress{w: stderr, total: total, start: time.Now()}
	}
	failed, err := process(c, in, w, stderr, prog)
	if ferr := w.Flush(); err == nil {
		err = ferr
	}
	prog.finish()
	if err != nil {
		fmt.Fprintf(stderr, "quotes: %v\n", err)
		return 1
	}
	if failed {
		return 1
	}
	return 0
}

// openInput opens the JSON Lines input path ("-" is stdin) and returns its
// size when known.
func openInput(path string, stdin io.Reader) (io.Reader, int64, func(), error) {
	if path == "-" {
		return stdin, 0, func() {}, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, 0, nil, err
	}
	var size int64
	if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() {
		size = fi.Size()
	}
	return f, size, func() { f.Close() }, nil
}

// A job is one input: an article to extract, or an error to report. Jobs
// are printed in the order they are read.
type job struct {
	label string          // "file" or "id" for the output
	id    json.RawMessage // the JSON id, for -jsonl input
	text  string
	size  int   // input bytes consumed, for progress
	err   error // reading or decoding failed; text is unused
	done  chan result
}

type result struct {
	out []byte // the formatted output, with its final newline
	// doc is set instead of out for an article of bigArticle bytes or
	// more: the printer writes it straight to the output, so that its
	// formatted form is never held in memory whole.
	doc *extract.Document
	err error
}

func newJob() *job { return &job{done: make(chan result, 1)} }

// readFiles sends one job per file to in, then closes it.
func readFiles(names []string, in chan<- *job) {
	defer close(in)
	for _, name := range names {
		j := newJob()
		j.label = name
		j.text, j.err = readFile(name)
		j.size = len(j.text)
		if j.err == nil {
			j.err = checkText(j.text)
		}
		if j.err != nil {
			j.err = fmt.Errorf("%s: %w", name, j.err)
		}
		in <- j
	}
}

// readFile reads a file into a string with one allocation of its size.
func readFile(name string) (string, error) {
	f, err := os.Open(name)
	if err != nil {
		return "", err
	}
	defer f.Close()
	var b strings.Builder
	if fi, err := f.Stat(); err == nil {
		if fi.IsDir() {
			return "", errors.New("is a directory")
		}
		b.Grow(int(fi.Size()) + 1)
	}
	_, err = io.Copy(&b, f)
	return b.String(), err
}

// binarySniff is how many leading bytes checkText looks at for a NUL byte,
// as git and grep do to tell binary files.
const binarySniff = 8000

// checkText returns an error for an input that is not an article: empty or
// blank, or binary (a NUL byte in its first binarySniff bytes).
func checkText(s string) error {
	if strings.TrimSpace(s) == "" {
		return errors.New("empty input")
	}
	if strings.IndexByte(s[:min(len(s), binarySniff)], 0) >= 0 {
		return errors.New("binary input (NUL byte), skipped")
	}
	return nil
}

// readJSONL sends one job per non-blank line of r to in, then closes it.
func readJSONL(path string, r io.Reader, in chan<- *job) {
	defer close(in)
	if path == "-" {
		path = "stdin"
	}
	br := bufio.NewReaderSize(r, 64<<10)
	for line := 1; ; line++ {
		b, err := br.ReadSlice('\n')
		var long []byte
		for errors.Is(err, bufio.ErrBufferFull) { // a line longer than the buffer
			long = append(long, b...)
			b, err = br.ReadSlice('\n')
		}
		if long != nil {
			b = append(long, b...)
		}
		if len(bytes.TrimSpace(b)) > 0 {
			j := decodeLine(b)
			if j.err != nil {
				j.err = fmt.Errorf("%s:%d: %w", path, line, j.err)
			} else if j.id == nil { // no id: name it by its line
				j.id, _ = json.Marshal(fmt.Sprintf("%s:%d", path, line))
			}
			in <- j
		}
		if err != nil {
			if err != io.EOF {
				j := newJob()
				j.err = fmt.Errorf("%s:%d: %w", path, line, err)
				in <- j
			}
			return
		}
	}
}

// decodeLine decodes one JSON Lines object {"id", "text"}.
func decodeLine(b []byte) *job {
	j := newJob()
	j.size = len(b)
	var v struct {
		ID   json.RawMessage `json:"id"`
		Text *string         `json:"text"`
	}
	switch err := json.Unmarshal(b, &v); {
	case err != nil:
		j.err = fmt.Errorf("malformed JSON: %w", err)
	case v.Text == nil:
		j.err = errors.New(`no "text" field`)
	default:
		j.id, j.text, j.err = v.ID, *v.Text, checkText(*v.Text)
		if string(v.ID) == "null" {
			j.id = nil
		}
	}
	return j
}

// bigArticle is the article length in bytes from which process handles an
// article as large. Its source and Document stay live through its
// extraction and output, so:
//   - the garbage collector's target is lowered to bigArticleGC percent
//     (unless GOGC is set): the default of 100 lets the heap grow to twice
//     the live size before a collection. At 25, a 50 MB article peaks under
//     200 MB instead of 280 MB, for about 10% more CPU time. Small articles
//     keep the default: their live heap is small, and collecting more
//     often would only cost time.
//   - the printer writes its output straight from the Document, in order,
//     instead of a worker formatting it into memory first, and JSON is
//     encoded a sentence, an entity or a claim at a time
//     (extract.Document.EncodeRecord).
//
// It is a variable for tests.
var bigArticle = 4 << 20

// bigArticleGC is the GOGC percentage used once a large article is read.
const bigArticleGC = 25

// streamGC is the GOGC percentage while every article read is small (unless
// GOGC is set). A streaming run keeps only a few MB live, so a higher target
// costs little memory (about 23 MB peak instead of 11 MB over the BBC
// corpus) and cuts the collector's CPU time, which otherwise runs beside the
// workers: with the default, -j 2 gave 1.3 times the -j 1 throughput on two
// cores; with 400, 1.76 times.
const streamGC = 400

// process extracts the jobs of in with c.workers workers and writes the
// results to w in input order, and the errors to stderr. It reports whether
// any input failed; err is a write error, which stops it.
func process(c *config, in <-chan *job, w io.Writer, stderr io.Writer, prog *progress) (failed bool, err error) {
	x := extract.New()
	var lowerGC sync.Once
	oldGC := -1
	if os.Getenv("GOGC") == "" {
		oldGC = debug.SetGCPercent(streamGC)
	}
	defer func() {
		if oldGC >= 0 {
			debug.SetGCPercent(oldGC)
		}
	}()
	work := make(chan *job, c.workers)
	order := make(chan *job, 2*c.workers) // bounds the jobs in flight
	go func() {
		defer close(work)
		defer close(order)
		for j := range in {
			order <- j
			if j.err == nil {
				work <- j
			}
		}
	}()
	for range c.workers {
		go func() {
			for j := range work {
				if len(j.text) >= bigArticle && os.Getenv("GOGC") == "" {
					lowerGC.Do(func() { debug.SetGCPercent(bigArticleGC) })
				}
				d := x.Extract(j.text)
				if len(j.text) >= bigArticle {
					j.done <- result{doc: d}
					continue
				}
				j.done <- format(c, j, d)
			}
		}()
	}
	for j := range order {
		if j.err != nil {
			failed = true
			prog.clear()
			fmt.Fprintf(stderr, "quotes: %v\n", j.err)
			prog.add(j.size)
			continue
		}
		r := <-j.done
		if r.err != nil {
			failed = true
			prog.clear()
			fmt.Fprintf(stderr, "quotes: %s: %v\n", j.name(), r.err)
		} else if err == nil && r.doc != nil {
			err = write(c, j, r.doc, w)
		} else if err == nil {
			_, err = w.Write(r.out)
		}
		prog.add(j.size)
	}
	return failed, err
}

// name returns how messages name j's input: its file name, its id, or its
// line when it has no id.
func (j *job) name() string {
	if j.id == nil {
		return j.label
	}
	var s string
	if json.Unmarshal(j.id, &s) == nil {
		return s
	}
	return string(j.id)
}

// format formats d, the extraction of j, in c.format.
func format(c *config, j *job, d *extract.Document) result {
	if c.format == "text" {
		return result{out: textForm(j, d)}
	}
	var b bytes.Buffer
	if err := write(c, j, d, &b); err != nil {
		return result{err: err}
	}
	return result{out: b.Bytes()}
}

// write writes d, the extraction of j, to w in c.format.
func write(c *config, j *job, d *extract.Document, w io.Writer) error {
	if c.format == "text" {
		return writeText(w, j, d)
	}
	unit := extract.Bytes
	switch c.offsets {
	case "rune":
		unit = extract.Runes
	case "utf16":
		unit = extract.UTF16
	}
	file := ""
	if j.id == nil {
		file = j.label
	}
	return d.EncodeRecord(w, unit, j.id, file)
}
