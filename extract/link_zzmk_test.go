package extract_test

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/extract"
)

// TestLinkMakeEcho writes /tmp/lp/docs2.json: 400 articles and 400 copies without quotation marks, 400 of their quotations as paragraphs.
func TestLinkMakeEcho(t *testing.T) {
	if os.Getenv("MKECHO") == "" {
		t.Skip()
	}
	files := loadCorpus(t, 400)
	x := extract.New()
	var docs []*extract.Document
	r := strings.NewReplacer("“", "", "”", "", "\"", "")
	for _, f := range files {
		docs = append(docs, x.Extract(f.text))
	}
	for _, f := range files {
		docs = append(docs, x.Extract(r.Replace(f.text)))
	}
	for i := range 400 {
		d := docs[i]
		var paras []string
		for k, q := range d.Quotations {
			t := q.Content.Text(d.Src)
			if len(t) < 40 {
				continue
			}
			if k%3 == 1 { // drop a word
				if j := strings.Index(t[10:], " "); j >= 0 {
					t = t[:10+j] + t[10+j+1+strings.Index(t[10+j+1:]+" ", " "):]
				}
			}
			paras = append(paras, t)
		}
		docs = append(docs, x.Extract("Echo\n\n"+strings.Join(paras, "\n\n")+"\n"))
	}
	b, _ := json.Marshal(docs)
	os.WriteFile("/tmp/lp/docs2.json", b, 0o644)
}
