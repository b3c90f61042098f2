package extract_test

import (
	"context"
	"testing"

	"github.com/whosaid/whosaid/extract"
)

// FuzzExtract checks the invariants of checkDocument on any input, for
// Extract and for extraction in windows (the path of sources over 1 MB). Seeds
// are the seed articles (testdata/articles) and the hand-made nasty inputs
// (testdata/fuzz); crashers found are kept in testdata/fuzz/FuzzExtract.
//
//	go test -run '^$' -fuzz=FuzzExtract -fuzztime=30s ./extract
func FuzzExtract(f *testing.F) {
	for _, file := range append(seedArticles(f), nastyFiles(f)...) {
		f.Add(file.text)
	}
	x := extract.New()
	f.Fuzz(func(t *testing.T, src string) {
		checkDocument(t, src, x.Extract(src))
		// The path of sources over 1 MB, in windows that cut src.
		d, err := extract.ExtractWindows(x, context.Background(), src, 16+len(src)/3)
		if err != nil {
			t.Fatal(err)
		}
		checkDocument(t, src, d)
	})
}
