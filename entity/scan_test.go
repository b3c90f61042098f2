package entity

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/internal/segment"
)

// TestTokenWords checks that the words derived from the segment's tokens
// are those scanWords finds in the bytes of each paragraph.
func TestTokenWords(t *testing.T) {
	docs := []string{
		"Mr. Umerov’s aide and Sen. Karasin met U.S. officials, the F.S.B. said. Vladimir V. Putin, 72, agreed.",
		"The students’ union and James' dog; it's Jr.’s turn — O’Neill’s “plan” (the U.S.-mediated talks) at 5:30 p.m. cost $1,000.",
		"al-Assad and el-Sisi said.The end...Next e.g. example.com Ph.D. NATO’s IT chief. US, IT and AI.",
		"Café Zoë’s owner, Ångström, said: ’90s music and '90s rock; rock'n'roll isn't dead. A. B. C. Smith-Jones‐Brown.",
		"e\u0301te\u0301 x\u200by Sen. ,Dr.. Mrs... Lt.-Gen. St. Louis No. 5 \xff\xfe bad 'quoted' \"words\" ’single’ ‘x’",
	}
	for _, fn := range seedFiles(t) {
		b, err := os.ReadFile(fn)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, string(b))
	}
	docs = append(docs, corpus(t, 400)...)
	var low []byte
	bad := 0
	for _, src := range docs {
		tx := segment.Split(src)
		f := &finder{src: src, s: &Set{}}
		for _, p := range tx.Paragraphs {
			got := f.paragraphWords(nil, tx.Tokens, p.Span)
			want := scanWords(nil, src, p.Span.Start, p.Span.End, &low)
			if g, w := fmtWords(src, got), fmtWords(src, want); g != w && bad < 5 {
				bad++
				t.Errorf("paragraph %q:\ntokens %s\nbytes  %s", p.Span.Text(src), g, w)
			}
		}
	}
}

func fmtWords(src string, ws []word) string {
	var b strings.Builder
	for _, w := range ws {
		fmt.Fprintf(&b, "%q/%d", src[w.s:w.e], w.gap)
		if w.end != w.e {
			fmt.Fprintf(&b, "+%d", w.end-w.e)
		}
		fmt.Fprintf(&b, "%x%v%v%v%v%v ", w.flags, b2i(w.poss), b2i(w.dot), b2i(w.cap), b2i(w.upper), b2i(w.init))
	}
	return b.String()
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
