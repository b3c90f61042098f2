package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite golden files")

const golden = "../../testdata/golden/corpus.golden.json"

// seeds returns the seed articles' base names and texts.
func seeds(t *testing.T) (names, srcs []string) {
	t.Helper()
	files, err := filepath.Glob("../../testdata/articles/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no seed articles: %v", err)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		names = append(names, filepath.Base(f))
		srcs = append(srcs, string(b))
	}
	return names, srcs
}

// TestGolden compares the -json output on the seed articles with
// testdata/golden/corpus.golden.json; run with -update to rewrite it after
// reviewing the change.
func TestGolden(t *testing.T) {
	names, srcs := seeds(t)
	var got bytes.Buffer
	if err := run(&got, names, srcs, true); err != nil {
		t.Fatal(err)
	}
	var gotJ corpusJSON
	if err := json.Unmarshal(got.Bytes(), &gotJ); err != nil {
		t.Fatalf("output is not JSON: %v", err)
	}
	// Every offset names its text.
	for _, e := range gotJ.Entities {
		for _, m := range e.Mentions {
			checkText(t, names, srcs, m.File, m.Start, m.End, m.Text)
		}
	}
	for _, q := range gotJ.Quotes {
		for _, m := range q.Members {
			checkText(t, names, srcs, m.File, m.Start, m.End, m.Text)
		}
	}
	if *update {
		if err := os.WriteFile(golden, got.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	b, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	var want corpusJSON
	if err := json.Unmarshal(b, &want); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, gotJ); diff != "" {
		t.Errorf("corpus output mismatch (-want +got):\n%s", diff)
	}
}

func checkText(t *testing.T, names, srcs []string, file string, start, end int, text string) {
	t.Helper()
	for i, n := range names {
		if n == file {
			if start < 0 || start > end || end > len(srcs[i]) || srcs[i][start:end] != text {
				t.Errorf("%s %d-%d: text %q does not match the file", file, start, end, text)
			}
			return
		}
	}
	t.Errorf("unknown file %q", file)
}

func TestText(t *testing.T) {
	names, srcs := seeds(t)
	var b bytes.Buffer
	if err := run(&b, names, srcs, false); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"== Actors", "== Quotations shared by several files"} {
		if !bytes.Contains(b.Bytes(), []byte(want)) {
			t.Errorf("text output lacks %q", want)
		}
	}
}
