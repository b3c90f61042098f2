package extract

import (
	"context"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/textpos"
)

// ExtractWindows exports extractWindows to the external tests, which check
// the merged Document's invariants with checkDocument.
func ExtractWindows(x *Extractor, ctx context.Context, src string, size int) (*Document, error) {
	return x.extractWindows(ctx, src, size)
}

func TestNextCut(t *testing.T) {
	tests := []struct {
		name string
		src  string
		size int
		want string // the first window
	}{
		{"fits", "One. Two.\n\nThree.", 64, "One. Two.\n\nThree."},
		{"blank line", "Aaaa aaaa.\nBbbb.\n\nCccc cccc.\nDddd dddd.", 24, "Aaaa aaaa.\nBbbb.\n\n"},
		{"line end", "Aaaa aaaa aaaa.\nBbbb bbbb bbbb.\nCccc.", 24, "Aaaa aaaa aaaa.\n"},
		{"CR line end", "Aaaa aaaa aaaa.\rBbbb bbbb bbbb.\rCccc.", 24, "Aaaa aaaa aaaa.\r"},
		{"sentence end", "Aaaa aa. Bbbb bb. Cccc cc dd ee ff.", 24, "Aaaa aa. Bbbb bb. "},
		{"sentence end in quotes", "Xx “Aaaa aa?” Bbbb bb cc dd ee ff.", 24, "Xx “Aaaa aa?” "},
		{"space", "aaaa bbbb cccc dddd eeee ffff", 16, "aaaa bbbb cccc "},
		{"rune boundary", strings.Repeat("é", 20), 17, strings.Repeat("é", 8)},
		{"invalid bytes", strings.Repeat("\xff", 20), 16, strings.Repeat("\xff", 16)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			end := nextCut(tt.src, 0, tt.size)
			if got := tt.src[:end]; got != tt.want {
				t.Errorf("nextCut(%q, 0, %d) cuts %q, want %q", tt.src, tt.size, got, tt.want)
			}
			if !textpos.Boundary(tt.src, end) || end > tt.size && end < len(tt.src) {
				t.Errorf("nextCut = %d: not a rune boundary within the size", end)
			}
		})
	}
}

// TestExtractWindowsMerge checks that an article cut between its
// paragraphs gives the claims, speakers and entities of the whole.
func TestExtractWindowsMerge(t *testing.T) {
	one := "Jane Smith, the minister, said on Friday that the plan would work.\n\n" +
		"“We will win,” Ms. Smith told reporters.\n\n" +
		"Acme Corp said profits rose.\n\n"
	src := strings.Repeat(one, 8)
	x := New()
	whole := x.Extract(src)
	d, err := x.extractWindows(context.Background(), src, 2*len(one)+1)
	if err != nil {
		t.Fatal(err)
	}
	if len(whole.Claims) < 16 {
		t.Fatalf("whole article: %d claims, want at least 16", len(whole.Claims))
	}
	if len(d.Paragraphs) != len(whole.Paragraphs) || len(d.Sentences) != len(whole.Sentences) ||
		len(d.Quotations) != len(whole.Quotations) || len(d.Claims) != len(whole.Claims) {
		t.Fatalf("windows: %d paragraphs, %d sentences, %d quotations, %d claims; whole: %d, %d, %d, %d",
			len(d.Paragraphs), len(d.Sentences), len(d.Quotations), len(d.Claims),
			len(whole.Paragraphs), len(whole.Sentences), len(whole.Quotations), len(whole.Claims))
	}
	for i, c := range d.Claims {
		w := whole.Claims[i]
		if c.Content != w.Content || c.Cue != w.Cue || c.Kind != w.Kind {
			t.Errorf("Claims[%d] = %q (cue %q), whole article: %q (cue %q)", i,
				c.Content.Text(src), c.Cue.Text(src), w.Content.Text(src), w.Cue.Text(src))
		}
		if (c.Speaker == nil) != (w.Speaker == nil) || c.Speaker != nil && c.Speaker.Name != w.Speaker.Name {
			t.Errorf("Claims[%d].Speaker = %+v, whole article: %+v", i, c.Speaker, w.Speaker)
		}
	}
	names := map[string]int{}
	for _, e := range d.Entities {
		names[e.Kind.String()+" "+e.Name]++
	}
	for n, k := range names {
		if k > 1 {
			t.Errorf("entity %q appears %d times, want merged", n, k)
		}
	}
}

func TestExtractWindowsCancelled(t *testing.T) {
	src := strings.Repeat("“We will win,” she said.\n\n", 100)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	d, err := New().extractWindows(ctx, src, 100)
	if err != context.Canceled || d == nil || d.Src != src {
		t.Errorf("extractWindows(cancelled) = %v, %v; want a Document of src and context.Canceled", d, err)
	}
}
