package entity

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"

	"github.com/whosaid/whosaid/internal/segment"
)

// corpus returns up to n article texts of the BBC corpus, or nil when it
// is absent.
func corpus(tb testing.TB, n int) []string {
	f, err := os.Open("/work/shared/corpus/bbc_news.jsonl")
	if err != nil {
		return nil
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() && (n <= 0 || len(out) < n) {
		var r struct{ Text string }
		if json.Unmarshal(sc.Bytes(), &r) == nil {
			out = append(out, r.Text)
		}
	}
	return out
}

func BenchmarkFind(b *testing.B) {
	var docs []string
	for _, fn := range seedFiles(b) {
		src, err := os.ReadFile(fn)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, string(src))
	}
	run := func(b *testing.B, docs []string) {
		ts := make([]*segment.Text, len(docs))
		n := 0
		for i, d := range docs {
			ts[i] = segment.Split(d)
			n += len(d)
		}
		b.SetBytes(int64(n))
		b.ReportAllocs()
		for b.Loop() {
			for _, t := range ts {
				Find(t, nil)
			}
		}
	}
	b.Run("seeds", func(b *testing.B) { run(b, docs) })
	if c := corpus(b, 0); c != nil {
		b.Run("bbc", func(b *testing.B) { run(b, c) })
	}
}

// TestCorpusEntities prints the entities of a few corpus articles with
// -v and ENTITY_CORPUS set; it checks the invariants on all of them.
func TestCorpusEntities(t *testing.T) {
	c := corpus(t, 300)
	if c == nil {
		t.Skip("no corpus")
	}
	for i, src := range c {
		s := Find(segment.Split(src), nil)
		checkInvariants(t, src, s)
		if os.Getenv("ENTITY_CORPUS") != "" && i < 12 {
			t.Logf("doc %d\n%s", i, describe(src, s))
		}
	}
}
