package extract_test

import (
	"encoding/json"
	"fmt"
	"os"
	"testing"

	"github.com/whosaid/whosaid/extract"
)

// TestLinkDump writes a summary of Link over the corpus to $LINKDUMP (temporary).
func TestLinkDump(t *testing.T) {
	out := os.Getenv("LINKDUMP")
	if out == "" {
		t.Skip()
	}
	var docs []*extract.Document
	docsFile := "/tmp/lp/docs.json"
	if f := os.Getenv("DOCS"); f != "" {
		docsFile = f
	}
	if b, err := os.ReadFile(docsFile); err == nil {
		if err := json.Unmarshal(b, &docs); err != nil {
			t.Fatal(err)
		}
	} else {
		files := loadCorpus(t, 2000)
		x := extract.New()
		docs = make([]*extract.Document, len(files))
		for i, f := range files {
			docs[i] = x.Extract(f.text)
		}
		b, _ := json.Marshal(docs)
		os.WriteFile("/tmp/lp/docs.json", b, 0o644)
	}
	l := extract.Link(docs...)
	f, _ := os.Create(out)
	defer f.Close()
	for i, e := range l.Entities {
		fmt.Fprintf(f, "E%d %q %v %q %v\n", i, e.Name, e.Kind, e.Roles, e.Members)
	}
	for _, q := range l.Quotes {
		fmt.Fprintf(f, "Q %d %v\n", q.Entity, q.Members)
	}
	for _, a := range l.Added {
		c := l.Docs[a.Doc].Claims[a.Claim]
		fmt.Fprintf(f, "A %v %v %+v %v\n", a, c.Content, *c.Speaker, c.Confidence)
	}
	for d := range l.Docs {
		for c := range l.Docs[d].Claims {
			fmt.Fprintf(f, "S %d %d %d\n", d, c, l.Speaker(d, c))
		}
	}
}
