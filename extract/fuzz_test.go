package extract_test

import (
	"testing"

	"github.com/whosaid/whosaid/extract"
)

// FuzzExtract checks the invariants of checkDocument on any input. Seeds
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
	})
}
