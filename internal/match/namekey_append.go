package match

import (
	"unicode/utf8"

	"github.com/whosaid/whosaid/internal/norm"
)

// AppendNameKey appends NameKey(word) to dst and returns the extended
// slice: the same key, without allocating when dst has room for it.
func AppendNameKey(dst []byte, word string) []byte {
	start := len(dst)
	for _, r := range word {
		switch {
		case r < utf8.RuneSelf:
			if asciiClass[r] == wordByte {
				dst = append(dst, norm.FoldASCII(byte(r), foldMode))
			}
		case isWordRune(r):
			dst = norm.AppendRune(dst, r, foldMode)
		}
	}
	// Rewrite the folded letters in place: the key is never longer.
	b := dst[start:]
	out := b[:0]
	for i := 0; i < len(b); i++ {
		c := b[i]
		switch {
		case c == 'y':
			c = 'i'
		case c == 'k' && i+1 < len(b) && b[i+1] == 's':
			c = 'x'
			i++
		case (c == 'k' || c == 'p') && i+1 < len(b) && b[i+1] == 'h':
			if c == 'p' {
				c = 'f'
			} else {
				c = 'h'
			}
			i++
		}
		if len(out) > 0 && out[len(out)-1] == c {
			continue
		}
		out = append(out, c)
	}
	return dst[:start+len(out)]
}
