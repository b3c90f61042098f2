package extract_test

import (
	"encoding/json"
	"os"
	"strconv"
	"testing"

	"github.com/whosaid/whosaid/extract"
)

// TestLinkCost links the first $COSTN documents of /tmp/lp/docs.json and extracts the same articles (temporary; for callgrind).
func TestLinkCost(t *testing.T) {
	n, _ := strconv.Atoi(os.Getenv("COSTN"))
	if n == 0 {
		t.Skip()
	}
	b, err := os.ReadFile("/tmp/lp/docs.json")
	if err != nil {
		t.Fatal(err)
	}
	var docs []*extract.Document
	if err := json.Unmarshal(b, &docs); err != nil {
		t.Fatal(err)
	}
	docs = docs[:n]
	if os.Getenv("COSTL") != "" {
		extract.Link(docs...)
	}
	if os.Getenv("COSTX") != "" {
		x := extract.New()
		for _, d := range docs {
			x.Extract(d.Src)
		}
	}
}
