package extract_test

import (
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"os"
	"testing"

	"github.com/whosaid/whosaid/extract"
)

// TEMPORARY (link speed helper): checks Link output is unchanged.
func TestLinkDump(t *testing.T) {
	if os.Getenv("LINKDUMP") == "" {
		t.Skip()
	}
	var docs []*extract.Document
	if b, err := os.ReadFile("/tmp/linkdocs.json"); err == nil {
		if err := json.Unmarshal(b, &docs); err != nil {
			t.Fatal(err)
		}
	} else {
		x := extract.New()
		for _, f := range loadCorpus(t, 2000) {
			docs = append(docs, x.Extract(f.text))
		}
		b, _ := json.Marshal(docs)
		os.WriteFile("/tmp/linkdocs.json", b, 0o644)
	}
	h := sha256.New()
	for _, set := range [][]*extract.Document{docs[:1000], docs} {
		l := extract.Link(set...)
		b, err := json.Marshal(l)
		if err != nil {
			t.Fatal(err)
		}
		h.Write(b)
		for d, doc := range l.Docs {
			for c := range doc.Claims {
				fmt.Fprint(h, l.Speaker(d, c), ",")
			}
			for e := range doc.Entities {
				fmt.Fprint(h, l.Entity(d, e), ";")
			}
		}
		t.Logf("n=%d entities=%d quotes=%d added=%d", len(set), len(l.Entities), len(l.Quotes), len(l.Added))
	}
	t.Logf("hash %x", h.Sum(nil))
}
