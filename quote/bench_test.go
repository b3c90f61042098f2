package quote

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/internal/segment"
	"github.com/whosaid/whosaid/textpos"
)

// BenchmarkClaims measures Find and Claims (not segmentation) on the test
// articles.
func BenchmarkClaims(b *testing.B) {
	files, _ := filepath.Glob("../testdata/*/*.txt")
	var sb strings.Builder
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		sb.Write(data)
		sb.WriteString("\n\n")
	}
	src := sb.String()
	t := segment.Split(src)
	ps := make([]textpos.Span, len(t.Paragraphs))
	for i, p := range t.Paragraphs {
		ps[i] = p.Span
	}
	a := NewAnalyzer(nil)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		a.Claims(context.Background(), t, Find(src, ps))
	}
}
