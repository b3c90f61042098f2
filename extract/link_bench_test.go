package extract_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/whosaid/whosaid/extract"
	"github.com/whosaid/whosaid/internal/cputime"
)

// BenchmarkLink times Link over the first 1,000 and 2,000 articles of the
// BBC corpus (skipped when absent; see corpusPath), extracted once outside
// the timed loop, and, for scale, the extraction of the same articles. One
// op is one Link call (or one extraction of every article); the bytes are
// the articles' total size. The cpu-ns/op metric is the CPU time of an op
// on its thread (cputime.Of; GC assists included, background GC not): on a
// shared, loaded machine it varies less than the wall time.
//
// Each Link sub-benchmark also reports link/extract-%: its CPU time per
// op as a percentage of the CPU time extracting its articles takes,
// measured per article while the benchmark extracts them (twice, keeping
// the lower time of each article), so that the ratio comes from one run.
//
// The corpus is sorted by category, and the second thousand articles
// (politics, sport, tech) quote more than the first: docs=1000/even, the
// even-numbered 1,000 of the first 2,000, has the mix of docs=2000 and is
// the one to compare it with for scaling.
//
//	go test -run '^$' -bench Link -benchtime 10x -cpu 1 ./extract
func BenchmarkLink(b *testing.B) {
	files := loadCorpus(b, 2000)
	x := extract.New()
	docs := make([]*extract.Document, len(files))
	ext := make([]time.Duration, len(files)) // per article: CPU time of its extraction
	for pass := range 2 {
		for i, f := range files {
			d := cputime.Of(func() { docs[i] = x.Extract(f.text) })
			if pass == 0 || d < ext[i] {
				ext[i] = d
			}
		}
	}
	var even []*extract.Document
	var extEven time.Duration
	for i := 0; i < len(docs); i += 2 {
		even = append(even, docs[i])
		extEven += ext[i]
	}
	sum := func(ds []time.Duration) (t time.Duration) {
		for _, d := range ds {
			t += d
		}
		return t
	}
	sets := []struct {
		name string
		docs []*extract.Document
		ext  time.Duration // CPU time extracting docs
	}{
		{"docs=1000", docs[:min(1000, len(docs))], sum(ext[:min(1000, len(ext))])},
		{"docs=1000/even", even, extEven},
		{"docs=2000", docs, sum(ext)},
	}
	for _, set := range sets {
		if len(docs) < 2000 {
			break
		}
		b.Run(set.name, func(b *testing.B) {
			var size, claims int64
			for _, d := range set.docs {
				size += int64(len(d.Src))
				claims += int64(len(d.Claims))
			}
			b.SetBytes(size)
			b.ReportAllocs()
			var cpu time.Duration
			for b.Loop() {
				cpu += cputime.Of(func() { extract.Link(set.docs...) })
			}
			reportCPU(b, cpu)
			b.ReportMetric(float64(claims), "claims")
			if b.N > 0 && set.ext > 0 {
				b.ReportMetric(100*float64(cpu)/float64(b.N)/float64(set.ext), "link/extract-%")
			}
		})
	}
	for _, n := range []int{1000, 2000} {
		if n > len(files) {
			break
		}
		b.Run(fmt.Sprintf("extract/docs=%d", n), func(b *testing.B) {
			var size int64
			for _, f := range files[:n] {
				size += int64(len(f.text))
			}
			b.SetBytes(size)
			b.ReportAllocs()
			var cpu time.Duration
			for b.Loop() {
				cpu += cputime.Of(func() {
					for _, f := range files[:n] {
						x.Extract(f.text)
					}
				})
			}
			reportCPU(b, cpu)
		})
	}
}

// reportCPU reports the CPU time per op, cpu in all.
func reportCPU(b *testing.B, cpu time.Duration) {
	if b.N > 0 {
		b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N), "cpu-ns/op")
	}
}
