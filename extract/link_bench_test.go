package extract_test

import (
	"fmt"
	"testing"

	"github.com/whosaid/whosaid/extract"
)

// BenchmarkLink times Link over the first 1,000 and 2,000 articles of the
// BBC corpus (skipped when absent; see corpusPath), extracted once outside
// the timed loop, and, for scale, the extraction of the same articles. One
// op is one Link call (or one extraction of every article); the bytes are
// the articles' total size. The cpu-ns/op metric is the process's CPU time
// per op, GC included: on a shared, loaded machine it varies less than
// the wall time.
//
//	go test -run '^$' -bench Link -benchtime 10x -cpu 1 ./extract
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
			start := cpuTime()
			for b.Loop() {
				extract.Link(docs[:n]...)
			}
			reportCPU(b, start)
			b.ReportMetric(float64(claims), "claims")
		})
	}
	for _, n := range []int{1000, 2000} {
		if n > len(files) {
			break
		}
		b.Run(fmt.Sprintf("extract/docs=%d", n), func(b *testing.B) {
			start := cpuTime()
			benchExtract(b, files[:n])
			reportCPU(b, start)
		})
	}
}

// reportCPU reports the CPU time per op since start (a cpuTime value).
func reportCPU(b *testing.B, start int64) {
	if start > 0 && b.N > 0 {
		b.ReportMetric(float64(cpuTime()-start)/float64(b.N), "cpu-ns/op")
	}
}
