package match

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestShortWord checks that shortWord, when it reads a word, gives the
// key and end asciiWord gives: on words of every length up to 20 bytes,
// mixing case, digits, "our" and the suffixes of spell's rules at every
// place, followed by each kind of byte, and cut by end.
func TestShortWord(t *testing.T) {
	parts := []string{"a", "B", "o", "u", "r", "our", "OUR", "ours", "t", "7", "e", "y", "ll"}
	for _, r := range spellRules {
		parts = append(parts, r.from, strings.ToUpper(r.from))
	}
	rng := rand.New(rand.NewPCG(1, 2))
	read, fast := 0, 0
	for range 50000 {
		var b strings.Builder
		for b.Len() < 1+rng.IntN(20) {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		w := b.String()
		for _, after := range []string{"", " ", ",", "-", "-x", "'s", ".", "”", "\xff", "x"} {
			src := "(" + w + after + "  "
			for _, end := range []int{len(src), 1 + len(w), 1 + len(w)/2 + 1} {
				key, n, ok := shortWord(src, 1, end)
				read++
				if !ok {
					continue
				}
				fast++
				wantKey, next, wantOK := asciiWord(src, 1, end)
				if !wantOK || key != wantKey || 1+n != next {
					t.Fatalf("shortWord(%q, 1, %d) = %x, %d; asciiWord: %x, %d, %v", src, end, key, n, wantKey, next, wantOK)
				}
			}
		}
	}
	if fast < read/4 {
		t.Errorf("shortWord read %d of %d words", fast, read)
	}
}
