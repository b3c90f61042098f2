package extract_test

import (
	"flag"
	"strings"
	"testing"

	"github.com/jdkato/prose/v2"

	"github.com/whosaid/whosaid/extract"
)

// benchExtract times the extraction of all of files: one op is one pass over
// them, and the bytes are their total size.
func benchExtract(b *testing.B, files []testFile, opts ...extract.Option) {
	var n int64
	for _, f := range files {
		n += int64(len(f.text))
	}
	x := extract.New(opts...)
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		for _, f := range files {
			x.Extract(f.text)
		}
	}
}

// BenchmarkExtract times whole extractions: of the seed articles, of the
// BBC corpus when present (see corpusPath), and of one large article; and,
// for the cost of entity resolution, the same without it
// (WithEntities(false)).
func BenchmarkExtract(b *testing.B) {
	b.Run("seeds", func(b *testing.B) { benchExtract(b, seedArticles(b)) })
	b.Run("bbc", func(b *testing.B) { benchExtract(b, loadCorpus(b, 0)) })
	b.Run("seeds-noentities", func(b *testing.B) { benchExtract(b, seedArticles(b), extract.WithEntities(false)) })
	b.Run("bbc-noentities", func(b *testing.B) { benchExtract(b, loadCorpus(b, 0), extract.WithEntities(false)) })
	b.Run("1MB", func(b *testing.B) { benchExtract(b, []testFile{{"1MB", bigArticle(b, 1<<20)}}) })
}

// proseArticles is how many BBC articles BenchmarkProseBaseline reads:
// prose runs at about 0.07 MB/s.
const proseArticles = 20

// BenchmarkProseBaseline times prose's full pipeline (tokenize, segment,
// tag, named entities), with its model loaded once, on the first
// proseArticles BBC articles, and whosaid on the same articles.
// It is slow, so it runs only when -bench names it:
//
//	go test -run '^$' -bench ProseBaseline ./extract
func BenchmarkProseBaseline(b *testing.B) {
	if pat := flag.Lookup("test.bench").Value.String(); !strings.Contains(pat, "Prose") {
		b.Skip("slow; run with -bench ProseBaseline")
	}
	arts := loadCorpus(b, proseArticles)
	doc, err := prose.NewDocument("Load the model.")
	if err != nil {
		b.Fatal(err)
	}
	model := doc.Model
	b.Run("prose", func(b *testing.B) {
		var n int64
		for _, a := range arts {
			n += int64(len(a.text))
		}
		b.SetBytes(n)
		b.ReportAllocs()
		for b.Loop() {
			for _, a := range arts {
				if _, err := prose.NewDocument(a.text, prose.UsingModel(model)); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
	b.Run("whosaid", func(b *testing.B) { benchExtract(b, arts) })
}
