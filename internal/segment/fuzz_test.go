package segment_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/whosaid/whosaid/internal/segment"
	"github.com/whosaid/whosaid/textpos"
)

// nastyInputs are seeds for FuzzSplit and cases for TestInvariants.
var nastyInputs = []string{
	"",
	" ",
	"\n\r\n\r",
	"a",
	".",
	"\x00\x00",
	"\xff\xfe\xfd",
	"\xe2\x80",
	"\xe2\x80\x9c",
	"“",
	"”Hello.“",
	"He said, “Go. Now.” Then he left.",
	"“Unclosed quote. Next sentence.\nNew paragraph.”",
	"U.S.-mediated talks. The U.S. It was.",
	"Mr.\nSmith",
	". . . . .",
	"....!!!???",
	"1.) a 2.) b 3.) c",
	"• • •",
	"a\u2028b\u2029c\u0085d",
	"date 2025-03-23",
	" date 2025-02-30 The text",
	"By",
	"(((((",
	")))))",
	"'''''",
	"\"\"\"\"",
	"’90s ’",
	"Jr.'s Jr.’s",
	"word\u00a0word\u200bword\ufeff",
	"e\u0301\u0301\u0301.",
	strings.Repeat("a", 1000),
	strings.Repeat("“a. ", 200),
	strings.Repeat("\r", 100) + "x",
}

// isWhite is white space as Split documents it.
func isWhite(r rune) bool { return unicode.IsSpace(r) || r == 0x200B || r == 0xFEFF }

// checkInvariants reports every violated invariant of Split(src).
func checkInvariants(t *testing.T, src string) {
	t.Helper()
	x := segment.Split(src)
	if x.Src != src {
		t.Fatalf("Src differs from the input")
	}
	valid := func(what string, i int, sp textpos.Span) {
		if !sp.ValidIn(src) {
			t.Fatalf("%s %d: span %v not valid in %q", what, i, sp, src)
		}
		if sp.Empty() {
			t.Fatalf("%s %d: empty span %v", what, i, sp)
		}
	}
	covered := make([]bool, len(src))
	prevEnd := 0
	for i, p := range x.Paragraphs {
		valid("paragraph", i, p.Span)
		if p.Span.Start < prevEnd {
			t.Fatalf("paragraph %d %v overlaps or precedes the one before (end %d)", i, p.Span, prevEnd)
		}
		prevEnd = p.Span.End
		for j := p.Span.Start; j < p.Span.End; j++ {
			covered[j] = true
		}
		if p.FirstSentence >= p.EndSentence || p.EndSentence > len(x.Sentences) {
			t.Fatalf("paragraph %d: sentences [%d, %d) of %d", i, p.FirstSentence, p.EndSentence, len(x.Sentences))
		}
		if i > 0 && p.FirstSentence != x.Paragraphs[i-1].EndSentence {
			t.Fatalf("paragraph %d: sentences start at %d, previous ends at %d", i, p.FirstSentence, x.Paragraphs[i-1].EndSentence)
		}
		if r, _ := utf8.DecodeRuneInString(src[p.Span.Start:]); isWhite(r) {
			t.Fatalf("paragraph %d starts with white space", i)
		}
		if r, _ := utf8.DecodeLastRuneInString(src[:p.Span.End]); isWhite(r) {
			t.Fatalf("paragraph %d ends with white space", i)
		}
	}
	if n := len(x.Paragraphs); n > 0 && x.Paragraphs[n-1].EndSentence != len(x.Sentences) {
		t.Fatalf("sentences after the last paragraph")
	}
	for i := 0; i < len(src); {
		r, size := utf8.DecodeRuneInString(src[i:])
		if !covered[i] && !isWhite(r) {
			t.Fatalf("non-space %q at byte %d lies in no paragraph", src[i:i+size], i)
		}
		i += size
	}
	prevEnd = 0
	tokPrev := 0
	for i, s := range x.Sentences {
		valid("sentence", i, s.Span)
		if s.Span.Start < prevEnd {
			t.Fatalf("sentence %d %v overlaps the one before", i, s.Span)
		}
		prevEnd = s.Span.End
		if s.Para < 0 || s.Para >= len(x.Paragraphs) || !x.Paragraphs[s.Para].Span.Contains(s.Span) {
			t.Fatalf("sentence %d %v not inside its paragraph %d", i, s.Span, s.Para)
		}
		if p := x.Paragraphs[s.Para]; i < p.FirstSentence || i >= p.EndSentence {
			t.Fatalf("sentence %d outside its paragraph's range", i)
		}
		if s.FirstToken != tokPrev || s.FirstToken >= s.EndToken || s.EndToken > len(x.Tokens) {
			t.Fatalf("sentence %d: tokens [%d, %d), previous end %d", i, s.FirstToken, s.EndToken, tokPrev)
		}
		tokPrev = s.EndToken
		if x.Tokens[s.FirstToken].Span.Start != s.Span.Start || x.Tokens[s.EndToken-1].Span.End != s.Span.End {
			t.Fatalf("sentence %d %v does not start and end with its tokens", i, s.Span)
		}
	}
	if tokPrev != len(x.Tokens) {
		t.Fatalf("%d tokens, sentences cover %d", len(x.Tokens), tokPrev)
	}
	prevEnd = 0
	for i, tok := range x.Tokens {
		valid("token", i, tok.Span)
		if tok.Span.Start < prevEnd {
			t.Fatalf("token %d %v overlaps the one before", i, tok.Span)
		}
		prevEnd = tok.Span.End
		for j := tok.Span.Start; j < tok.Span.End; {
			r, size := utf8.DecodeRuneInString(src[j:])
			if isWhite(r) && !(r == utf8.RuneError && size == 1) {
				t.Fatalf("token %d %q contains white space", i, tok.Span.Text(src))
			}
			j += size
		}
	}
}

func TestInvariants(t *testing.T) {
	for _, s := range nastyInputs {
		checkInvariants(t, s)
	}
	files, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "articles", "*.txt"))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		checkInvariants(t, string(b))
	}
}

func FuzzSplit(f *testing.F) {
	for _, s := range nastyInputs {
		f.Add(s)
	}
	files, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "articles", "*.txt"))
	for _, file := range files {
		b, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(b))
	}
	f.Fuzz(checkInvariants)
}
