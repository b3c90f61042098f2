package extract_test

import (
	"fmt"
	"testing"

	"github.com/whosaid/whosaid/extract"
)

// BenchmarkLink times Link over the first 1,000 and 2,000 articles of the
// BBC corpus (skipped when absent; see corpusPath), extracted once outside
// the timed loop, and, for scale, the extraction of the same 1,000
// articles. One op is one Link call over all the documents; the bytes are
// their total size.
//
//	go test -run '^$' -bench Link -benchtime 5x ./extract
func BenchmarkLink(b *testing.B) {
	files := loadCorpus(b, 2000)
	x := extract.New()
	docs := make([]*extract.Document, len(files))
	for i, f := range files {
		docs[i] = x.Extract(f.text)
	}
	for _, n := range []int{1000, 2000} {
		if n > len(docs) {
			break
		}
		b.Run(fmt.Sprintf("docs=%d", n), func(b *testing.B) {
			var size, claims int64
			for _, d := range docs[:n] {
				size += int64(len(d.Src))
				claims += int64(len(d.Claims))
			}
			b.SetBytes(size)
			b.ReportAllocs()
			for b.Loop() {
				extract.Link(docs[:n]...)
			}
			b.ReportMetric(float64(claims), "claims")
		})
	}
	if len(files) >= 1000 {
		b.Run("extract/docs=1000", func(b *testing.B) { benchExtract(b, files[:1000]) })
	}
}
