package entity

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/internal/segment"
	"github.com/whosaid/whosaid/textpos"
)

// TestPhraseWordsScan checks that phraseWords, which reads the segment's
// tokens, finds the words that scanning the phrase finds, on phrases of
// every start and length in corpus articles and in text made to put
// words, possessives, periods and multi-byte runes across chunk ends.
func TestPhraseWordsScan(t *testing.T) {
	docs := corpus(t, 200)
	var b strings.Builder
	for i := range 400 {
		for _, w := range []string{"Smith’s", "U.S.", "Mr.", "J.", "cease-fire", "al-Assad", "students’", "O’Neill", "“Yes”", "—", "don't", "Kyiv's"} {
			b.WriteString(w)
			b.WriteString(strings.Repeat(" ", i%3+1))
		}
		b.WriteString(strings.Repeat("x", i%7))
		b.WriteString(", said the U.N. official. ")
	}
	docs = append(docs, b.String(), "a’\xe2\x80s b", "\xff\xfeabc def-\xe2\x80\x99s Ms. J. R. R. Tolkien’s")
	rng := rand.New(rand.NewPCG(1, 2))
	for _, src := range docs {
		s := Find(segment.Split(src), nil)
		for range 300 {
			a := rng.IntN(len(src) + 1)
			e := min(len(src), a+rng.IntN(maxPhrase+1))
			if rng.IntN(2) == 0 {
				// Start on a token.
				toks := s.text.Tokens
				if len(toks) > 0 {
					tk := toks[rng.IntN(len(toks))]
					a, e = tk.Span.Start, min(len(src), tk.Span.Start+rng.IntN(maxPhrase+1))
				}
			}
			sp := textpos.Span{Start: a, End: e}
			got := slices.Clone(s.phraseWords(sp))
			want := s.scanPhraseWords(sp)
			if !slices.Equal(got, want) {
				t.Fatalf("phrase %q:\n got %+v\nwant %+v", src[a:e], got, want)
			}
		}
	}
}
