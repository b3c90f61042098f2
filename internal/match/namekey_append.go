package match

import (
	"unicode/utf8"

	"github.com/whosaid/whosaid/internal/norm"
)

// AppendNameKey appends NameKey(word) to dst and returns the extended
// slice: the same key, without allocating when dst has room for it.
func AppendNameKey(dst []byte, word string) []byte {
	start := len(dst)
	for i := 0; i < len(word); i++ {
		c := word[i]
		if c >= utf8.RuneSelf { // not ASCII: start again rune by rune
			dst = appendFoldedRunes(dst[:start], word)
			break
		}
		if asciiClass[c] == wordByte {
			dst = append(dst, asciiFold[c])
		}
	}
	return rewriteNameKey(dst, start)
}

// rewriteNameKey rewrites the folded letters dst[start:] into their name
// key, in place (the key is never longer), and returns dst cut after it.
func rewriteNameKey(dst []byte, start int) []byte {
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

// appendFoldedRunes appends the letters and digits of word to dst, folded
// in foldMode, and returns the extended slice.
func appendFoldedRunes(dst []byte, word string) []byte {
	for _, r := range word {
		switch {
		case r < utf8.RuneSelf:
			if asciiClass[r] == wordByte {
				dst = append(dst, asciiFold[r])
			}
		case isWordRune(r):
			dst = norm.AppendRune(dst, r, foldMode)
		}
	}
	return dst
}
