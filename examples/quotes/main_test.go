package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/whosaid/whosaid/entity"
	"github.com/whosaid/whosaid/extract"
	"github.com/whosaid/whosaid/textpos"
)

// runCmd runs the command and returns its exit status, stdout and stderr.
func runCmd(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

// outputLines decodes the JSON Lines of out.
func outputLines(t *testing.T, out string) []map[string]json.RawMessage {
	t.Helper()
	var docs []map[string]json.RawMessage
	for line := range strings.Lines(out) {
		var m map[string]json.RawMessage
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Fatalf("output line %q: %v", line, err)
		}
		docs = append(docs, m)
	}
	return docs
}

// writeFile writes a file in dir and returns its path.
func writeFile(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

const article = "“We will win,” said Mr. Smith, the minister.\n\nHe told reporters on Friday that talks would go on.\n"

func TestFiles(t *testing.T) {
	dir := t.TempDir()
	good := writeFile(t, dir, "good.txt", article)
	good2 := writeFile(t, dir, "good2.txt", "Ünïcode “quote”, she said.\n")
	empty := writeFile(t, dir, "empty.txt", "")
	blank := writeFile(t, dir, "blank.txt", " \n\t\n")
	binary := writeFile(t, dir, "binary.bin", "\x7fELF\x02\x01\x00\x00said")
	missing := filepath.Join(dir, "missing.txt")

	code, out, errOut := runCmd(t, "", good, empty, missing, dir, binary, blank, good2)
	if code != 1 {
		t.Errorf("exit status = %d, want 1 (some inputs failed)", code)
	}
	docs := outputLines(t, out)
	var files []string
	for _, d := range docs {
		var f string
		json.Unmarshal(d["file"], &f)
		files = append(files, f)
		var keys []string
		for k := range d {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		if want := []string{"claims", "entities", "file", "sentences"}; !slices.Equal(keys, want) {
			t.Errorf("output keys = %q, want %q", keys, want)
		}
	}
	if want := []string{good, good2}; !slices.Equal(files, want) {
		t.Errorf("output files = %q, want %q", files, want)
	}
	for _, bad := range []string{empty, missing, dir, binary, blank} {
		if !strings.Contains(errOut, bad+":") {
			t.Errorf("stderr does not name %s:\n%s", bad, errOut)
		}
	}
	if n := strings.Count(errOut, "\n"); n != 5 {
		t.Errorf("stderr has %d lines, want 5 (one per bad input):\n%s", n, errOut)
	}

	code, out, errOut = runCmd(t, "", good, good2)
	if code != 0 || errOut != "" || strings.Count(out, "\n") != 2 {
		t.Errorf("two good files: status %d, %d output lines, stderr %q; want 0, 2, empty", code, strings.Count(out, "\n"), errOut)
	}
}

func TestJSONL(t *testing.T) {
	lines := []string{
		`{"id": "a", "text": "“Yes,” he said."}`,
		`{"id": "b", "text": `, // malformed
		``,                     // blank: not an input
		`{"id": "c"}`,          // no text
		`{"id": 7, "category": "x", "text": "Plain text."}`,
		`{"text": "No id, said Bob."}`,
		`{"id": "e", "text": ""}`,
		`[1, 2]`,
		`{"id": "f", "text": "Last line, no newline."}`,
	}
	code, out, errOut := runCmd(t, strings.Join(lines, "\n"), "-jsonl", "-", "-j", "3")
	if code != 1 {
		t.Errorf("exit status = %d, want 1", code)
	}
	var ids []string
	for _, d := range outputLines(t, out) {
		if _, ok := d["file"]; ok {
			t.Errorf("JSON Lines output has a \"file\" field: %s", d["file"])
		}
		ids = append(ids, string(d["id"]))
	}
	if want := []string{`"a"`, `7`, `"stdin:6"`, `"f"`}; !slices.Equal(ids, want) {
		t.Errorf("output ids = %q, want %q", ids, want)
	}
	for _, want := range []string{"stdin:2: malformed JSON", `stdin:4: no "text" field`, "stdin:7: empty input", "stdin:8: malformed JSON"} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errOut)
		}
	}
	if n := strings.Count(errOut, "\n"); n != 4 {
		t.Errorf("stderr has %d lines, want 4:\n%s", n, errOut)
	}
}

func TestJSONLFileAndLongLine(t *testing.T) {
	long := strings.Repeat("word ", 100_000) + "said Mr. Long."
	b, _ := json.Marshal(map[string]string{"id": "long", "text": long})
	p := writeFile(t, t.TempDir(), "in.jsonl", `{"id":"short","text":"Hi."}`+"\n"+string(b)+"\n")
	code, out, errOut := runCmd(t, "", "-jsonl", p)
	if code != 0 || errOut != "" {
		t.Fatalf("status %d, stderr %q; want 0 and nothing", code, errOut)
	}
	docs := outputLines(t, out)
	if len(docs) != 2 || string(docs[1]["id"]) != `"long"` {
		t.Errorf("got %d docs, want 2 ending with id \"long\"", len(docs))
	}
	if code, _, errOut := runCmd(t, "", "-jsonl", p+".missing"); code != 1 || !strings.Contains(errOut, "missing") {
		t.Errorf("missing -jsonl file: status %d, stderr %q; want 1 naming it", code, errOut)
	}
}

// TestOrder checks that many workers print in input order, the same bytes
// as one worker.
func TestOrder(t *testing.T) {
	var in strings.Builder
	for i := range 200 {
		text := strings.Repeat(fmt.Sprintf("“Point %d,” said Ms. Number%d. ", i, i), 1+i%13)
		b, _ := json.Marshal(map[string]any{"id": i, "text": text})
		in.Write(b)
		in.WriteByte('\n')
	}
	_, want, _ := runCmd(t, in.String(), "-jsonl", "-", "-j", "1")
	code, got, errOut := runCmd(t, in.String(), "-jsonl", "-", "-j", "8")
	if code != 0 || errOut != "" {
		t.Fatalf("status %d, stderr %q", code, errOut)
	}
	if got != want {
		t.Errorf("-j 8 output differs from -j 1")
	}
	for i, d := range outputLines(t, got) {
		if string(d["id"]) != fmt.Sprint(i) {
			t.Fatalf("line %d has id %s, want %d", i, d["id"], i)
		}
	}
}

func TestUsage(t *testing.T) {
	for _, args := range [][]string{
		{},
		{"-j", "0", "x"},
		{"-offsets", "bytes", "x"},
		{"-format", "xml", "x"},
		{"-nosuchflag"},
	} {
		if code, out, errOut := runCmd(t, "", args...); code != 2 || out != "" || errOut == "" {
			t.Errorf("quotes %q: status %d, stdout %q, stderr %q; want 2, nothing, a message", args, code, out, errOut)
		}
	}
	if code, _, _ := runCmd(t, "", "-h"); code != 0 {
		t.Errorf("quotes -h: status %d, want 0", code)
	}
}

// failWriter fails every write.
type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestWriteError(t *testing.T) {
	p := writeFile(t, t.TempDir(), "a.txt", article)
	var errOut bytes.Buffer
	if code := run([]string{p, p, p}, strings.NewReader(""), failWriter{}, &errOut); code != 1 || !strings.Contains(errOut.String(), "disk full") {
		t.Errorf("write error: status %d, stderr %q; want 1 and the error", code, errOut.String())
	}
}

// testDoc is a hand-made Document with every optional part, so that the
// output forms are tested whatever the pipeline finds.
func testDoc() *extract.Document {
	src := "Ünï 😀 “We will win,” Mr. Smith told Fox News on Friday.\n"
	sp := func(sub string) textpos.Span {
		i := strings.Index(src, sub)
		return textpos.Span{Start: i, End: i + len(sub)}
	}
	mention := sp("Mr. Smith")
	return &extract.Document{
		Src:        src,
		Paragraphs: []extract.Paragraph{{Span: sp(strings.TrimSpace(src)), Kind: "body"}},
		Sentences:  []extract.Sentence{{Span: sp(strings.TrimSpace(src))}},
		Entities: []entity.Entity{{Name: "John Smith", Kind: entity.Person, Roles: []string{"minister"},
			Mentions: []entity.Mention{{Span: mention}}}},
		Claims: []extract.Claim{{
			Kind: extract.Direct, Content: sp("We will win,"), Cue: sp("told"),
			Medium: sp("Fox News"), Time: sp("on Friday"), Date: time.Date(2025, 3, 21, 0, 0, 0, 0, time.UTC),
			Confidence: 0.9,
			Speaker:    &extract.Speaker{Entity: 0, Mention: mention, Name: "John Smith", Kind: entity.Person, Role: "minister"},
		}},
	}
}

// TestBigArticle checks that a large article, written by the printer
// straight from its Document, prints what a small one formatted by a
// worker does.
func TestBigArticle(t *testing.T) {
	name := filepath.Join("..", "..", "testdata", "articles", "000_d28f92e60442c72b.txt")
	for _, f := range []string{"json", "text"} {
		t.Run(f, func(t *testing.T) {
			_, want, _ := runCmd(t, "", "-format", f, name)
			defer func(n int) { bigArticle = n }(bigArticle)
			bigArticle = 1
			code, got, stderr := runCmd(t, "", "-format", f, name)
			if code != 0 || stderr != "" {
				t.Fatalf("exit %d, stderr %q", code, stderr)
			}
			if len(want) < 100 {
				t.Fatalf("output %q, want an article's claims", want)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("large article output differs (-small +large):\n%s", diff)
			}
		})
	}
}

func TestTextForm(t *testing.T) {
	j := &job{label: "a.txt"}
	got := string(textForm(j, testDoc()))
	want := "== a.txt: 1 claims\n" +
		"John Smith (minister): “We will win,” [direct, told, Fox News, on Friday, 2025-03-21]\n"
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("textForm (-want +got):\n%s", diff)
	}
}

// TestOffsets checks that every span's text is the source slice and that
// rune and UTF-16 offsets count the source's runes and UTF-16 units.
func TestOffsets(t *testing.T) {
	d := testDoc()
	src := d.Src
	for _, unit := range []string{"utf8", "rune", "utf16"} {
		t.Run(unit, func(t *testing.T) {
			j := &job{label: "x"}
			c := &config{offsets: unit, format: "json"}
			r := format(c, j, d)
			if r.err != nil {
				t.Fatal(r.err)
			}
			var doc extract.Record
			if err := json.Unmarshal(r.out, &doc); err != nil {
				t.Fatal(err)
			}
			cl := doc.Claims[0]
			spans := []extract.RecordSpan{cl.Content, *cl.Medium, *cl.Time, cl.Speaker.Mention, doc.Entities[0].Mentions[0], doc.Sentences[0]}
			cue := cl.Cue
			spans = append(spans, cue.RecordSpan)
			for _, s := range spans {
				if s.Text != "" && s.Text != src[s.Start:s.End] {
					t.Errorf("span %d:%d text %q, want the source slice %q", s.Start, s.End, s.Text, src[s.Start:s.End])
				}
				checkUnit(t, src, unit, s.Start, s.StartRune, s.StartUTF16)
				checkUnit(t, src, unit, s.End, s.EndRune, s.EndUTF16)
			}
			if cl.Date != "2025-03-21" || cl.Speaker.Name != "John Smith" || cue.Act != "statement" {
				t.Errorf("claim = %+v, want date 2025-03-21, speaker John Smith, act statement", cl)
			}
		})
	}
}

// checkUnit checks the rune or UTF-16 offset printed for byte offset off.
func checkUnit(t *testing.T, src, unit string, off int, r, u *int) {
	t.Helper()
	wantR := utf8.RuneCountInString(src[:off])
	wantU := len(utf16.Encode([]rune(src[:off])))
	switch {
	case unit == "utf8" && (r != nil || u != nil):
		t.Errorf("byte offset %d: rune or UTF-16 offset printed with -offsets utf8", off)
	case unit == "rune" && (r == nil || *r != wantR || u != nil):
		t.Errorf("byte offset %d: rune offset %v, want %d (and no UTF-16)", off, r, wantR)
	case unit == "utf16" && (u == nil || *u != wantU || r != nil):
		t.Errorf("byte offset %d: UTF-16 offset %v, want %d (and no rune)", off, u, wantU)
	}
}

func TestProgressLine(t *testing.T) {
	p := &progress{total: 4e6, bytes: 1e6, articles: 10}
	if got, want := p.line(2*time.Second), "10 articles, 1.0 MB, 0.50 MB/s, 25%, 6s left"; got != want {
		t.Errorf("line = %q, want %q", got, want)
	}
	p.total = 0
	if got, want := p.line(2*time.Second), "10 articles, 1.0 MB, 0.50 MB/s"; got != want {
		t.Errorf("line without total = %q, want %q", got, want)
	}
	var nilp *progress // no terminal: all methods do nothing
	nilp.add(1)
	nilp.clear()
	nilp.finish()
	if isTerminal(&bytes.Buffer{}) {
		t.Error("isTerminal(buffer) = true")
	}
}
