package match

import "unicode/utf8"

// NameKey returns the form of one word of a name that transliteration
// variants share: lower case without accents, apostrophes, hyphens and
// periods, with y read as i, ks as x, kh as h, ph as f, and doubled letters
// single. "Dmitri" and "Dmitry", "Aleksei" and "Alexei", "Zelensky" and
// "Zelenskyy", "Kellog" and "Kellogg" have equal keys.
func NameKey(word string) string {
	var buf [64]byte
	return string(AppendNameKey(buf[:0], word))
}

// WithinOne reports whether the edit distance (insertions, deletions and
// substitutions of runes) between a and b is at most 1.
func WithinOne(a, b string) bool {
	if a == b {
		return true
	}
	la, lb := utf8.RuneCountInString(a), utf8.RuneCountInString(b)
	if la < lb {
		a, b, la, lb = b, a, lb, la
	}
	if la-lb > 1 {
		return false
	}
	// Skip the common prefix, then the rest must match after one edit.
	i := 0
	for i < len(b) && a[i] == b[i] {
		i++
	}
	for i > 0 && !utf8.RuneStart(a[i]) {
		i--
	}
	_, sa := utf8.DecodeRuneInString(a[i:])
	if la == lb {
		_, sb := utf8.DecodeRuneInString(b[i:])
		return a[i+sa:] == b[i+sb:]
	}
	return a[i+sa:] == b[i:]
}

// Deletions appends to dst the hashes (64-bit FNV-1a of the bytes) of s
// and of every string made by deleting one rune of s, and returns the
// extended slice. Two strings are within edit distance 1 only if their
// deletion sets meet, so indexing every string by its deletions finds the
// near pairs of a set in time linear in its size; a hash that two strings
// share by chance only proposes a pair for WithinOne to check. It takes
// O(len(s)²) time and allocates only to grow dst.
func Deletions(dst []uint64, s string) []uint64 {
	dst = append(dst, fnv(s))
	for i := 0; i < len(s); {
		_, size := utf8.DecodeRuneInString(s[i:])
		h := uint64(fnvOffset)
		for j := 0; j < len(s); j++ {
			if j == i {
				j += size - 1
				continue
			}
			h = (h ^ uint64(s[j])) * fnvPrime
		}
		dst = append(dst, h)
		i += size
	}
	return dst
}
