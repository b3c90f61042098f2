package segment_test

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/internal/segment"
)

// seedText returns the seed articles joined by blank lines.
func seedText(tb testing.TB) string {
	tb.Helper()
	files, err := filepath.Glob(filepath.Join("..", "..", "testdata", "articles", "*.txt"))
	if err != nil || len(files) == 0 {
		tb.Fatalf("no seed articles: %v", err)
	}
	var sb strings.Builder
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		sb.Write(b)
		sb.WriteString("\n\n")
	}
	return sb.String()
}

// corpusText returns the texts of the BBC corpus joined by blank lines, or
// "" when it is absent. It is found through $WHOSAID_CORPUS (a file or a
// directory) or at ../../../shared/corpus/bbc_news.jsonl.
func corpusText(tb testing.TB) string {
	tb.Helper()
	path := filepath.Join("..", "..", "..", "shared", "corpus", "bbc_news.jsonl")
	if env := os.Getenv("WHOSAID_CORPUS"); env != "" {
		path = env
		if fi, err := os.Stat(env); err == nil && fi.IsDir() {
			path = filepath.Join(env, "bbc_news.jsonl")
		}
	}
	f, err := os.Open(path)
	if err != nil {
		return ""
	}
	defer f.Close()
	var sb strings.Builder
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() {
		var rec struct {
			Text string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			tb.Fatalf("%s: %v", path, err)
		}
		sb.WriteString(rec.Text)
		sb.WriteString("\n\n")
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return sb.String()
}

func BenchmarkSplit(b *testing.B) {
	inputs := []struct{ name, src string }{{"seeds", seedText(b)}}
	if c := corpusText(b); c != "" {
		inputs = append(inputs, struct{ name, src string }{"bbc", c})
	}
	for _, in := range inputs {
		b.Run(in.name, func(b *testing.B) {
			b.SetBytes(int64(len(in.src)))
			b.ReportAllocs()
			for b.Loop() {
				segment.Split(in.src)
			}
		})
	}
}

// TestAllocsLinear checks that allocations do not grow faster than the
// input: doubling the text may at most about double them.
func TestAllocsLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	one := seedText(t)
	two := one + one
	a1 := testing.AllocsPerRun(5, func() { segment.Split(one) })
	a2 := testing.AllocsPerRun(5, func() { segment.Split(two) })
	t.Logf("allocs/op: %v for %d bytes, %v for %d bytes", a1, len(one), a2, len(two))
	if a2 > 2.2*a1 {
		t.Errorf("allocs/op %v for twice the input, %v for once: more than 2.2 times", a2, a1)
	}
}

// TestHuge runs Split on large texts without line breaks or punctuation,
// which a quadratic step would not finish.
func TestHuge(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	for name, src := range map[string]string{
		"no newline":     strings.Repeat("word another word, ", 1<<18),
		"no punctuation": strings.Repeat("word ", 1<<20),
		"lone CR":        strings.Repeat("A line here.\r", 1<<18),
		"one word":       strings.Repeat("x", 1<<22),
		"quotes":         strings.Repeat("“a. ", 1<<18),
	} {
		x := segment.Split(src)
		if len(x.Paragraphs) == 0 {
			t.Errorf("%s: no paragraphs", name)
		}
	}
}
