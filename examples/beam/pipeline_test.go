package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"

	"github.com/whosaid/whosaid/extract"
)

// The tests run on the in-process direct runner unless -runner says
// otherwise: go test . -args -runner=prism runs them on prism, which
// also runs in this process (loopback) and is what Dataflow-like runners
// see: every element goes through its coder.
func TestMain(m *testing.M) { ptest.MainWithDefault(m, "direct") }

// testArticles are short articles written for the test: quotation marks of
// several kinds, non-ASCII text, CRLF line ends, an empty article.
var testArticles = map[string]string{
	"quotes.txt": "Council backs new bridge\n\n“We will not back down,” said Jane Porter, the council leader.\n\n" +
		"She added that work would start on Monday. \"It is a good day,\" a spokesman told the BBC.\n",
	"accents.txt": "Zürich café to close\n\nLe président a déclaré : « Nous continuerons ». " +
		"Officials in Zürich said the café would close after 40 years — “sadly,” the owner said.\n",
	"crlf.txt":  "Minister quits\r\n\r\nThe minister said on Friday that she would resign.\r\nHer deputy said: \"We are shocked.\"\r\n",
	"empty.txt": "",
	"short.txt": "no punctuation at all",
}

// seedArticles returns the seed articles of the repository by base name.
func seedArticles(t *testing.T) map[string]string {
	t.Helper()
	names, err := filepath.Glob("../../testdata/articles/*.txt")
	if err != nil || len(names) == 0 {
		t.Fatalf("no seed articles: %v", err)
	}
	m := make(map[string]string)
	for _, n := range names {
		b, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		m[filepath.Base(n)] = string(b)
	}
	return m
}

// allArticles returns the test and seed articles by id.
func allArticles(t *testing.T) map[string]string {
	m := seedArticles(t)
	for id, text := range testArticles {
		m[id] = text
	}
	return m
}

// run runs the pipeline for c on the test's runner and returns the output
// lines and the whosaid counters.
func run(t *testing.T, c config) ([]string, map[string]int64) {
	t.Helper()
	return runOn(t, "", c)
}

// runOn is run on the named runner; "" is the test's runner.
func runOn(t *testing.T, runner string, c config) ([]string, map[string]int64) {
	t.Helper()
	p, s := beam.NewPipelineWithRoot()
	if err := buildPipeline(s, c); err != nil {
		t.Fatalf("buildPipeline: %v", err)
	}
	var res beam.PipelineResult
	var err error
	if runner == "" {
		res, err = ptest.RunWithMetrics(p)
	} else {
		res, err = beam.Run(context.Background(), runner, p)
	}
	if err != nil {
		t.Fatalf("pipeline failed: %v", err)
	}
	counters := make(map[string]int64)
	for _, cr := range res.Metrics().AllMetrics().Counters() {
		if cr.Namespace() == "whosaid" {
			counters[cr.Name()] += cr.Result()
		}
	}
	files, err := filepath.Glob(c.Output + "-*-of-*.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != c.Shards {
		t.Errorf("output files %q, want %d", files, c.Shards)
	}
	var lines []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")...)
		if len(b) == 0 {
			lines = lines[:len(lines)-1] // an empty shard
		}
	}
	return lines, counters
}

// check checks that lines hold one valid result per article.
func check(t *testing.T, lines []string, articles map[string]string) {
	t.Helper()
	if len(lines) != len(articles) {
		t.Errorf("%d output lines, want one per article: %d", len(lines), len(articles))
	}
	seen := make(map[string]bool)
	for _, line := range lines {
		var keys map[string]json.RawMessage
		if err := json.Unmarshal([]byte(line), &keys); err != nil {
			t.Errorf("bad output line %.100q: %v", line, err)
			continue
		}
		for _, k := range []string{"id", "sentences", "entities", "claims"} {
			if _, ok := keys[k]; !ok {
				t.Errorf("output line %.60q has no %q", line, k)
			}
		}
		var d result
		if err := json.Unmarshal([]byte(line), &d); err != nil {
			t.Errorf("bad output line %.100q: %v", line, err)
			continue
		}
		id := plainID(d.ID)
		src, ok := articles[id]
		switch {
		case !ok:
			t.Errorf("output id %s is no input article", d.ID)
			continue
		case seen[id]:
			t.Errorf("id %s output twice", d.ID)
		case d.Error != "":
			t.Errorf("%s: error %q", d.ID, d.Error)
		}
		seen[id] = true
		checkSpans(t, id, d.Record, src)
	}
	for id := range articles {
		if !seen[id] {
			t.Errorf("no output for article %q", id)
		}
	}
}

// plainID returns the id of a JSON id: a string's value, a number's digits.
func plainID(raw json.RawMessage) string {
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	return string(raw)
}

// checkSpans checks that every span of d, the record of the article id,
// lies in src and that the text reported with it is src[start:end].
func checkSpans(t *testing.T, id string, d extract.Record, src string) {
	t.Helper()
	span := func(what string, s extract.RecordSpan, hasText bool) {
		if s.Start < 0 || s.Start > s.End || s.End > len(src) {
			t.Errorf("%s: %s [%d,%d) outside the %d-byte text", id, what, s.Start, s.End, len(src))
			return
		}
		if want := jsonRoundTrip(src[s.Start:s.End]); hasText && s.Text != want {
			t.Errorf("%s: %s [%d,%d) text %q, want %q", id, what, s.Start, s.End, s.Text, want)
		}
	}
	for _, s := range d.Sentences {
		span("sentence", s, false)
	}
	for _, e := range d.Entities {
		for _, m := range e.Mentions {
			span("mention of "+e.Name, m, true)
		}
	}
	for i, c := range d.Claims {
		what := fmt.Sprintf("claim %d ", i)
		span(what+"content", c.Content, true)
		if c.Cue != nil {
			span(what+"cue", c.Cue.RecordSpan, true)
		}
		if c.Speaker != nil {
			span(what+"speaker", c.Speaker.Mention, true)
		}
		for _, s := range []*extract.RecordSpan{c.Medium, c.Time} {
			if s != nil {
				span(what+"medium/time", *s, true)
			}
		}
	}
}

// jsonRoundTrip returns s as it reads after JSON encoding, which replaces
// each invalid UTF-8 byte with U+FFFD.
func jsonRoundTrip(s string) string {
	b, _ := json.Marshal(s)
	var out string
	json.Unmarshal(b, &out)
	return out
}

func TestText(t *testing.T) { testText(t, "") }

// TestPortable runs the text pipeline on prism, in this process too (no
// download, no network but loopback): unlike the direct runner it encodes
// every element and DoFn as Dataflow, Flink and Spark do, so it catches an
// unregistered type or a DoFn field that does not survive serialization.
func TestPortable(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	testText(t, "prism")
}

func testText(t *testing.T, runner string) {
	dir := t.TempDir()
	articles := allArticles(t)
	articles["invalid.txt"] = "Bad bytes \xff\xfe said \"the \x80 man\".\n"
	for id, text := range articles {
		if err := os.WriteFile(filepath.Join(dir, id), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Mkdir(filepath.Join(dir, "sub.txt"), 0o755); err != nil { // directories are skipped
		t.Fatal(err)
	}
	c := config{Input: filepath.Join(dir, "*.txt"), Format: formatText, Output: filepath.Join(t.TempDir(), "out"), Shards: 1}
	lines, counters := runOn(t, runner, c)
	check(t, lines, articles)
	if got := counters["articles"]; got != int64(len(articles)) {
		t.Errorf("articles counter = %d, want %d", got, len(articles))
	}
}

func TestJSONL(t *testing.T) {
	articles := allArticles(t)
	ids := slices.Sorted(func(yield func(string) bool) {
		for id := range articles {
			if !yield(id) {
				return
			}
		}
	})
	var b strings.Builder
	for i, id := range ids {
		rec, err := json.Marshal(map[string]string{"id": id, "category": "test", "text": articles[id]})
		if err != nil {
			t.Fatal(err)
		}
		b.Write(rec)
		b.WriteString("\n")
		if i == 1 {
			b.WriteString("\n   \n")           // blank lines: skipped
			b.WriteString("{\"id\": \"x\"}\n") // no text: bad
			b.WriteString("not json at all\n") // bad
			b.WriteString(`{"id": 42, "text": "The mayor said it was \"a mistake\"."}` + "\n")
		}
	}
	articles["42"] = `The mayor said it was "a mistake".`
	// Two input files, the second without a final newline.
	dir := t.TempDir()
	half := strings.Index(b.String()[len(b.String())/2:], "\n") + len(b.String())/2 + 1
	for i, part := range []string{b.String()[:half], strings.TrimSuffix(b.String()[half:], "\n")} {
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("part%d.jsonl", i)), []byte(part), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	c := config{Input: filepath.Join(dir, "*.jsonl"), Format: formatJSONL, Output: filepath.Join(t.TempDir(), "out"), Shards: 3}
	lines, counters := run(t, c)
	check(t, lines, articles)
	if got := counters["bad_lines"]; got != 2 {
		t.Errorf("bad_lines counter = %d, want 2", got)
	}
}

// TestEmptyShards checks that every shard file is written, even with fewer
// articles than shards.
func TestEmptyShards(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "one.jsonl")
	if err := os.WriteFile(in, []byte(`{"id":"a","text":"He said so."}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	c := config{Input: in, Format: formatJSONL, Output: filepath.Join(dir, "out"), Shards: 4}
	lines, _ := run(t, c)
	check(t, lines, map[string]string{"a": "He said so."})
}

func TestMissingInput(t *testing.T) {
	dir := t.TempDir()
	p, s := beam.NewPipelineWithRoot()
	c := config{Input: filepath.Join(dir, "nothing.jsonl"), Format: formatJSONL, Output: filepath.Join(dir, "out"), Shards: 1}
	if err := buildPipeline(s, c); err != nil {
		t.Fatal(err)
	}
	if err := ptest.Run(p); err == nil {
		t.Errorf("pipeline over a missing input file succeeded")
	}
}

func TestBadConfig(t *testing.T) {
	good := config{Input: "in.jsonl", Format: formatJSONL, Output: "out", Shards: 1}
	for _, tc := range []struct {
		name string
		edit func(*config)
	}{
		{"no input", func(c *config) { c.Input = "" }},
		{"no output", func(c *config) { c.Output = "" }},
		{"zero shards", func(c *config) { c.Shards = 0 }},
		{"bad format", func(c *config) { c.Format = "xml" }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := good
			tc.edit(&c)
			_, s := beam.NewPipelineWithRoot()
			if err := buildPipeline(s, c); err == nil {
				t.Errorf("buildPipeline(%+v) = nil, want an error", c)
			}
		})
	}
}

func TestRecordID(t *testing.T) {
	for _, tc := range []struct {
		raw    string
		want   string
		wantOK bool
	}{
		{`"bbc/business/001"`, `"bbc/business/001"`, true},
		{` "a\u0042" `, `"aB"`, true},
		{`42`, "42", true},
		{`1e3`, "1e3", true},
		{`""`, "", false},
		{`null`, "", false},
		{`{"a":1}`, "", false},
		{``, "", false},
	} {
		got, ok := recordID(json.RawMessage(tc.raw))
		if got != tc.want || ok != tc.wantOK {
			t.Errorf("recordID(%s) = %q, %v, want %q, %v", tc.raw, got, ok, tc.want, tc.wantOK)
		}
	}
}
