package match

import (
	"strings"
	"testing"

	"github.com/whosaid/whosaid/textpos"
)

// BenchmarkWords times Words on English news prose with typographic
// quotation marks and one accented name.
func BenchmarkWords(b *testing.B) {
	benchWords(b, strings.Repeat("“The discussion was productive and focused – we addressed key points,” Rustem Umerov said on Saturday; Méheut’s defence ministry’s cease-fire plans were “mobilising” U.S. support. ", 20))
}

// BenchmarkWordsASCII times Words on plain ASCII news prose, as the BBC
// corpus prints it.
func BenchmarkWordsASCII(b *testing.B) {
	benchWords(b, strings.Repeat("The government's defence review, published on Tuesday, said the armed forces would need \"substantial\" investment over the next decade. Labour MPs criticised the 5.2bn plan as too little, too late. ", 20))
}

// benchWords times Words on all of src.
func benchWords(b *testing.B, src string) {
	s := textpos.Span{Start: 0, End: len(src)}
	ws := Words(nil, src, s)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		ws = Words(ws[:0], src, s)
	}
}
