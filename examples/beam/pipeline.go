package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"path"
	"sync"
	"syscall"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/textio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/log"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/whosaid/whosaid/extract"
)

// Input formats accepted by config.Format.
const (
	formatJSONL = "jsonl" // one {"id","text"} object per line
	formatText  = "text"  // one article per file; the id is the file's base name
)

// config holds the pipeline's own settings; the runner's come from Beam's
// flags.
type config struct {
	Input  string // file name or glob, in any registered Beam file system
	Format string // formatJSONL or formatText
	Output string // prefix of the output files
	Shards int    // number of output files, at least 1
}

// shardName returns the name of output shard i of n for prefix:
// "PREFIX-00001-of-00004.jsonl".
func shardName(prefix string, i, n int) string {
	return fmt.Sprintf("%s-%05d-of-%05d.jsonl", prefix, i, n)
}

// buildPipeline adds to s the transforms that read c.Input, extract every
// article and write one JSON line per article to c.Shards files named by
// [shardName]. Lines are in no particular order.
func buildPipeline(s beam.Scope, c config) error {
	if c.Input == "" {
		return errors.New("beam: no input")
	}
	if c.Output == "" {
		return errors.New("beam: no output")
	}
	if c.Shards < 1 {
		return fmt.Errorf("beam: %d shards, want at least 1", c.Shards)
	}
	files := fileio.MatchFiles(s.Scope("Match"), c.Input, fileio.MatchEmptyDisallow())
	var articles beam.PCollection // KV<id as JSON, text>
	switch c.Format {
	case formatJSONL:
		s := s.Scope("ReadJSONL")
		lines := textio.ReadAll(s, beam.ParDo(s, filePath, files))
		articles = beam.ParDo(s, &parseJSONFn{}, lines)
	case formatText:
		s := s.Scope("ReadText")
		articles = beam.ParDo(s, &readFileFn{}, fileio.ReadMatches(s, files, fileio.ReadDirectorySkip()))
	default:
		return fmt.Errorf("beam: unknown format %q, want %q or %q", c.Format, formatJSONL, formatText)
	}
	// Break fusion: a large file is read by one worker, but extraction, the
	// costly step, should spread over all of them.
	articles = beam.Reshuffle(s, articles)
	results := beam.ParDo(s.Scope("Extract"), &extractFn{}, articles)
	keyed := beam.ParDo(s.Scope("Shard"), &shardFn{Shards: c.Shards}, results)
	// One empty line per shard, which the writer drops, so that every shard
	// file is written even when it gets no article.
	empty := beam.ParDo(s.Scope("Shard"), &emptyShardsFn{Shards: c.Shards}, beam.Impulse(s))
	shards := beam.GroupByKey(s, beam.Flatten(s, keyed, empty))
	beam.ParDo0(s.Scope("Write"), &writeShardFn{Prefix: c.Output, Shards: c.Shards}, shards)
	return nil
}

func init() {
	register.Function1x1(filePath)
	register.DoFn3x0[context.Context, string, func(string, string)](&parseJSONFn{})
	register.DoFn3x1[context.Context, fileio.ReadableFile, func(string, string), error](&readFileFn{})
	register.DoFn4x1[context.Context, string, string, func(string), error](&extractFn{})
	register.DoFn2x0[string, func(int, string)](&shardFn{})
	register.DoFn2x0[[]byte, func(int, string)](&emptyShardsFn{})
	register.DoFn3x1[context.Context, int, func(*string) bool, error](&writeShardFn{})
	register.Emitter1[string]()
	register.Emitter2[string, string]()
	register.Emitter2[int, string]()
	register.Iter1[string]()
}

var (
	badLines     = beam.NewCounter("whosaid", "bad_lines")
	articleCount = beam.NewCounter("whosaid", "articles")
	articleBytes = beam.NewCounter("whosaid", "article_bytes")
	claimCount   = beam.NewCounter("whosaid", "claims")
	failures     = beam.NewCounter("whosaid", "failures")
)

// filePath returns the path of a matched file.
func filePath(m fileio.FileMetadata) string { return m.Path }

// parseJSONFn turns a JSON Lines record {"id": ..., "text": ...} into
// KV<id as JSON, text>. The id may be a string or a number and is output as
// it was, a string or a number; other fields are ignored. Blank lines are skipped; lines that are not such a record are
// logged, counted as bad_lines and skipped.
type parseJSONFn struct{}

func (fn *parseJSONFn) ProcessElement(ctx context.Context, line string, emit func(string, string)) {
	var rec struct {
		ID   json.RawMessage `json:"id"`
		Text *string         `json:"text"`
	}
	if isBlank(line) {
		return
	}
	id, ok := "", false
	if err := json.Unmarshal([]byte(line), &rec); err == nil && rec.Text != nil {
		id, ok = recordID(rec.ID)
	}
	if !ok {
		badLines.Inc(ctx, 1)
		log.Warnf(ctx, "skipping a line that is not {\"id\",\"text\"}: %.80q", line)
		return
	}
	emit(id, *rec.Text)
}

// recordID returns the id in raw, a non-empty JSON string or a number, in
// compact JSON.
func recordID(raw json.RawMessage) (string, bool) {
	var s string
	if json.Unmarshal(raw, &s) == nil {
		if s == "" { // "" or null
			return "", false
		}
		return jsonString(s), true
	}
	var n json.Number
	if json.Unmarshal(raw, &n) == nil {
		return n.String(), true
	}
	return "", false
}

// jsonString returns s as a JSON string.
func jsonString(s string) string {
	b, _ := json.Marshal(s) // cannot fail for a string
	return string(b)
}

func isBlank(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ', '\t', '\r', '\n':
		default:
			return false
		}
	}
	return true
}

// readFileFn reads a whole file as one article: KV<base name as a JSON
// string, contents>.
// Local directories that the glob matches are skipped.
type readFileFn struct{}

func (fn *readFileFn) ProcessElement(ctx context.Context, f fileio.ReadableFile, emit func(string, string)) error {
	b, err := f.Read(ctx)
	if errors.Is(err, syscall.EISDIR) {
		log.Infof(ctx, "skipping directory %s", f.Metadata.Path)
		return nil
	}
	if err != nil {
		return fmt.Errorf("beam: reading %s: %w", f.Metadata.Path, err)
	}
	emit(jsonString(path.Base(f.Metadata.Path)), string(b))
	return nil
}

// sharedExtractor is the one Extractor of this worker process, shared by all
// extractFn instances ([extract.Extractor] is safe for concurrent use).
var sharedExtractor = sync.OnceValue(func() *extract.Extractor { return extract.New() })

// result is one output line: the quotes command's [extract.Record], plus
// "error" when extraction failed.
type result struct {
	extract.Record
	Error string `json:"error,omitempty"`
}

// extractFn extracts an article, KV<id as JSON, text>, and emits its
// [result] as one JSON line. An extraction that panics is logged, counted as
// a failure and emitted with empty lists and "error", so that one bad
// article does not fail the job.
type extractFn struct {
	x *extract.Extractor
}

// Setup gets the worker's Extractor, once per DoFn instance rather than per
// element: building one loads the models and lexicons.
func (fn *extractFn) Setup() { fn.x = sharedExtractor() }

func (fn *extractFn) ProcessElement(ctx context.Context, id, text string, emit func(string)) error {
	d, err := fn.extract(ctx, id, text)
	if ctx.Err() != nil {
		return ctx.Err()
	}
	var r result
	if err != nil {
		failures.Inc(ctx, 1)
		log.Errorf(ctx, "article %s: %v", id, err)
		r.Record = (&extract.Document{}).Record(extract.Bytes)
		r.Error = err.Error()
	} else {
		r.Record = d.Record(extract.Bytes)
		claimCount.Inc(ctx, int64(len(d.Claims)))
	}
	r.ID = json.RawMessage(id)
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false) // as the quotes command: "<" stays "<"
	if err := enc.Encode(r); err != nil {
		return fmt.Errorf("beam: encoding %s: %w", id, err)
	}
	b := bytes.TrimSuffix(buf.Bytes(), []byte("\n"))
	articleCount.Inc(ctx, 1)
	articleBytes.Inc(ctx, int64(len(text)))
	emit(string(b))
	return nil
}

// extract runs the extractor, turning a panic into an error.
func (fn *extractFn) extract(ctx context.Context, id, text string) (d *extract.Document, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("extract: panic: %v", r)
		}
	}()
	return fn.x.ExtractContext(ctx, text)
}

// shardFn keys each line by its output shard, a hash of the whole line.
type shardFn struct {
	Shards int `json:"shards"`
}

func (fn *shardFn) ProcessElement(line string, emit func(int, string)) {
	h := fnv.New32a()
	h.Write([]byte(line))
	emit(int(h.Sum32()%uint32(fn.Shards)), line)
}

// emptyShardsFn emits KV<shard, ""> for every shard.
type emptyShardsFn struct {
	Shards int `json:"shards"`
}

func (fn *emptyShardsFn) ProcessElement(_ []byte, emit func(int, string)) {
	for i := range fn.Shards {
		emit(i, "")
	}
}

// writeShardFn writes the lines of one shard to its file, skipping empty
// ones. A retried shard rewrites the whole file.
type writeShardFn struct {
	Prefix string `json:"prefix"`
	Shards int    `json:"shards"`
}

func (fn *writeShardFn) ProcessElement(ctx context.Context, shard int, lines func(*string) bool) (err error) {
	name := shardName(fn.Prefix, shard, fn.Shards)
	fs, err := filesystem.New(ctx, name)
	if err != nil {
		return err
	}
	defer fs.Close()
	f, err := fs.OpenWrite(ctx, name)
	if err != nil {
		return err
	}
	defer func() {
		if cerr := f.Close(); err == nil && cerr != nil {
			err = fmt.Errorf("beam: closing %s: %w", name, cerr)
		}
	}()
	w := bufio.NewWriterSize(f, 1<<20)
	var line string
	for lines(&line) {
		if line == "" {
			continue
		}
		w.WriteString(line)
		if err := w.WriteByte('\n'); err != nil {
			return fmt.Errorf("beam: writing %s: %w", name, err)
		}
	}
	if err := w.Flush(); err != nil {
		return fmt.Errorf("beam: writing %s: %w", name, err)
	}
	return nil
}
