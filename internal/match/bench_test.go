package match

import (
	"strings"
	"testing"

	"github.com/whosaid/whosaid/textpos"
)

// BenchmarkWords times Words on English news prose with typographic
// quotation marks and one accented name.
func BenchmarkWords(b *testing.B) {
	src := strings.Repeat("“The discussion was productive and focused – we addressed key points,” Rustem Umerov said on Saturday; Méheut’s defence ministry’s cease-fire plans were “mobilising” U.S. support. ", 20)
	s := textpos.Span{Start: 0, End: len(src)}
	ws := Words(nil, src, s)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		ws = Words(ws[:0], src, s)
	}
}
