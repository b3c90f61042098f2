// Package match compares pieces of text that may differ in spelling,
// punctuation and small edits: quotations printed by several outlets, and
// names of people spelled in several transliterations.
//
// Text is compared as a sequence of word keys. A key is a 64-bit hash of a
// word after folding (its bytes read eight at a time; see hash). The folding of characters is internal/norm's, in
// the mode Lower|StripMarks: case, quotation marks, apostrophes, dashes and
// diacritics ("Café" and "cafe" have one key). On top of it this package
// joins a word across inner apostrophes, hyphens and periods and drops them
// ("Cease-fire" and "ceasefire" have one key, as have "U.S." and "US");
// dashes and other punctuation separate words and are not words
// themselves; and British spellings are folded to American ones
// ("defence"/"defense", "mobilising"/"mobilizing", "labour"/"labor").
// Every word keeps its half-open byte span in the unchanged source.
//
// The functions here allocate only their results and are safe for
// concurrent use.
package match

import (
	"encoding/binary"
	"math/bits"
	"slices"
	"unicode"
	"unicode/utf8"

	"github.com/whosaid/whosaid/internal/norm"
	"github.com/whosaid/whosaid/textpos"
)

// foldMode is the internal/norm folding of word characters.
const foldMode = norm.Lower | norm.StripMarks

// Word is one word of a text: its byte span in the source and its key.
type Word struct {
	Span textpos.Span // half-open byte offsets into the source
	Key  uint64       // hash of the folded word; equal words have equal keys
}

// Words appends to dst the words of src[s.Start:s.End] (s is clamped to
// src) and returns the extended slice. A word is a run of letters and
// digits, joined across single inner apostrophes, hyphens and periods
// ("Kyiv’s", "cease-fire", "U.S.", "5:30" is two words). Invalid UTF-8
// bytes separate words. It takes time linear in the span's length.
func Words(dst []Word, src string, s textpos.Span) []Word {
	return FirstWords(dst, src, s, -1)
}

// FirstWords is [Words] that stops after n words (all words when n < 0),
// reading src only up to the end of the n-th word.
func FirstWords(dst []Word, src string, s textpos.Span, n int) []Word {
	s = s.Clamp(len(src))
	var buf [64]byte
	end := s.End
	for i := s.Start; i < end && n != 0; {
		c := src[i]
		if c < utf8.RuneSelf {
			if asciiClass[c] != wordByte {
				i++
				continue
			}
			if key, m, ok := shortWord(src, i, end); ok {
				dst = append(dst, Word{Span: textpos.Span{Start: i, End: i + m}, Key: key})
				// The byte after the word, if any, ends it: an ASCII
				// byte that is no word byte, skipped here.
				i += m + 1
				n--
				continue
			}
		} else if r, size := utf8.DecodeRuneInString(src[i:end]); !isWordRune(r) {
			i += size
			continue
		}
		if key, next, ok := asciiWord(src, i, end); ok {
			dst = append(dst, Word{Span: textpos.Span{Start: i, End: next}, Key: key})
			i = next
			n--
			continue
		}
		start := i
		fold := buf[:0]
		for i < end {
			c := src[i]
			if c < utf8.RuneSelf {
				switch asciiClass[c] {
				case wordByte:
					fold = append(fold, asciiFold[c])
					i++
					continue
				case joinByte:
					if i+1 < end && startsWord(src[i+1:end]) {
						i++
						continue
					}
				}
				break
			}
			r, size := utf8.DecodeRuneInString(src[i:end])
			if isWordRune(r) {
				fold = norm.AppendRune(fold, r, foldMode)
				i += size
				continue
			}
			if isJoiner(r) && i+size < end && startsWord(src[i+size:end]) {
				i += size
				continue
			}
			break
		}
		fold, _ = spell(fold)
		dst = append(dst, Word{Span: textpos.Span{Start: start, End: i}, Key: hash(fold)})
		n--
	}
	return dst
}

// shortWord is asciiWord for the common word: ASCII, of at most 15
// bytes, all within the sixteen bytes from src[i] on and followed by a
// byte that ends it (end, or an ASCII byte that is neither a word byte nor
// a joiner). It returns the word's key and length in bytes, computed from
// the word's one or two eight-byte groups held as numbers: the key is
// hashPadded's for the folded word, without its buffer, unless spell
// changes the word (only a word whose last three bytes may be a suffix of
// spell's rules, see spellTails, or with "our" inside, see hasOur, is
// given to spell). ok is false for any other word, which asciiWord reads.
// src[i] is an ASCII letter or digit and end ≤ len(src).
func shortWord(src string, i, end int) (key uint64, n int, ok bool) {
	rem := end - i
	// The first group: load8 and foldGroup written out, for the common
	// case (neither is inlined).
	var x uint64
	if i+8 <= len(src) {
		b := src[i : i+8]
		x = uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
			uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
	} else {
		x = loadTail(src, i)
	}
	word := wordBytes(x) & bytesBelow(rem)
	n = bits.TrailingZeros64(^word&highBits) / 8
	f1 := (x | (word>>2)&(highBits>>2)) & bytesBelow(n)
	var f2 uint64
	if n == 8 && rem > 8 {
		var n2 int
		if f2, n2 = foldGroup(load8(src, i+8), rem-8); n2 == 8 {
			return 0, 0, false
		}
		n += n2
	}
	if n < rem && asciiWordFold[src[i+n]] != foldedOther {
		return 0, 0, false
	}
	if n >= minSpell {
		// tail3 of the word, from src: the five low bits of a byte are
		// the same in either case.
		t := uint(src[i+n-3]&31)<<10 | uint(src[i+n-2]&31)<<5 | uint(src[i+n-1]&31)
		const ones = 0x0101010101010101
		if spellTails[t/64]&(1<<(t%64)) != 0 || n > 5 && zeroBytes(f1^'u'*ones)|zeroBytes(f2^'u'*ones) != 0 && hasOur(f1, f2, n) {
			// spell may change the word: it needs its bytes.
			var buf [16]byte
			binary.LittleEndian.PutUint64(buf[:8], f1)
			binary.LittleEndian.PutUint64(buf[8:], f2)
			if w, changed := spell(buf[:n]); changed {
				return hash(w), n, true
			}
		}
	}
	h := mix(uint64(n)*0x9E3779B97F4A7C15 ^ f1)
	if n > 8 {
		h = mix(h ^ f2)
	}
	return h, n, true
}

// foldGroup returns the word bytes (ASCII letters and digits) that x,
// eight bytes of text read as a little-endian number, starts with,
// folded and zero after them, and their number n; bytes from rem on are
// not the word's. Letters get the lower-case bit (0x20, the high bit
// shifted right twice); digits have it already.
func foldGroup(x uint64, rem int) (folded uint64, n int) {
	word := wordBytes(x) & bytesBelow(rem)
	n = bits.TrailingZeros64(^word&highBits) / 8
	return (x | (word>>2)&(highBits>>2)) & bytesBelow(n), n
}

// hasOur reports whether the folded word of n bytes (9 ≤ n ≤ 15 spread
// over two groups f1, f2; else f1 alone and f2 zero) holds "our" with its
// 'u' at 2 ≤ p < n-2: the places where innerOur looks. It tests all places
// at once: the high bit of byte p of a mask tells whether byte p is 'u',
// byte p-1 'o' (the 'o' mask shifted up a byte, across the groups) and
// byte p+1 'r'.
func hasOur(f1, f2 uint64, n int) bool {
	const ones = 0x0101010101010101
	u1, u2 := zeroBytes(f1^'u'*ones), zeroBytes(f2^'u'*ones)
	o1, o2 := zeroBytes(f1^'o'*ones), zeroBytes(f2^'o'*ones)
	r1, r2 := zeroBytes(f1^'r'*ones), zeroBytes(f2^'r'*ones)
	m1 := u1 & (o1 << 8) & (r1>>8 | r2<<56)
	m2 := u2 & (o2<<8 | o1>>56) & (r2 >> 8)
	// The places 2 ≤ p < n-2: below lim in bytes, from 2 on.
	lim := n - 2
	m1 &= bytesBelow(min(lim, 8)) &^ 0xffff
	m2 &= bytesBelow(max(lim-8, 0))
	return m1|m2 != 0
}

// bytesBelow returns a mask of the k low bytes of a uint64, k ≥ 0.
func bytesBelow(k int) uint64 {
	if k >= 8 {
		return ^uint64(0)
	}
	return 1<<(8*k) - 1
}

// asciiWord reads the word that starts at src[i], a letter or digit, when
// it is ASCII up to its end (before end) and at most maxASCIIWord bytes
// long: it returns the word's key and end offset. ok is false for any
// other word, which the general loop of FirstWords reads. It is
// FirstWords's fast path for the ASCII words that shortWord does not
// read: it classifies and folds eight bytes at a time
// (see wordBytes) into a zeroed buffer, which it then hashes eight bytes
// at a time.
func asciiWord(src string, i, end int) (key uint64, next int, ok bool) {
	var buf [maxASCIIWord + 8]byte // zero past the word: see hashPadded
	k := 0
	end = min(end, len(src))
	for i < end {
		x := load8(src, i)
		word := wordBytes(x)
		if rem := end - i; rem < 8 {
			word &= 1<<(8*rem) - 1 // bytes from end on are not the word's
		}
		// n: the word bytes x starts with.
		n := bits.TrailingZeros64(^word&highBits) / 8
		if k+n > maxASCIIWord {
			return 0, 0, false
		}
		// Letters get the lower-case bit (0x20, the high bit shifted
		// right twice); digits have it already. The bytes after the
		// word's are zero.
		folded := x | (word>>2)&(highBits>>2)
		if n < 8 {
			folded &= 1<<(8*n) - 1
		}
		binary.LittleEndian.PutUint64(buf[k:], folded)
		k += n
		if i += n; n == 8 || i >= end {
			continue
		}
		f := asciiWordFold[src[i]]
		if f == foldedNonASCII {
			return 0, 0, false
		}
		if f == foldedJoin && i+1 < end {
			switch g := asciiWordFold[src[i+1]]; {
			case g >= foldedWord:
				i++ // the next byte goes on the word
				continue
			case g == foldedNonASCII:
				return 0, 0, false // the word may go on
			}
		}
		break
	}
	if k >= minSpell {
		if w, ok := spell(buf[:k]); ok {
			return hash(w), i, true // w may leave stale bytes in buf
		}
	}
	return hashPadded(&buf, k), i, true
}

// highBits has the high bit of each byte of a uint64 set.
const highBits = 0x8080808080808080

// load8 returns the eight bytes of src from i on as a little-endian
// number, with zero bytes past the end of src.
func load8(src string, i int) uint64 {
	if i+8 <= len(src) {
		b := src[i : i+8]
		return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
			uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
	}
	return loadTail(src, i)
}

// loadTail is load8 near the end of src.
func loadTail(src string, i int) uint64 {
	var x uint64
	for j := len(src) - 1; j >= i; j-- {
		x = x<<8 | uint64(src[j])
	}
	return x
}

// wordBytes returns the high bit of each byte of x (eight bytes of text)
// that is an ASCII letter or digit (a wordByte), and no other bit. It
// tests the bytes' ranges in parallel: with the high bit cleared, adding
// 0x80-lo to a byte sets its high bit exactly when the byte is at least
// lo, and no sum carries into the next byte.
func wordBytes(x uint64) uint64 {
	const ones = 0x0101010101010101
	y := x &^ highBits
	lower := y | 0x20*ones // A-Z to a-z; digits keep their value
	letter := (lower + (0x80-'a')*ones) &^ (lower + (0x7f-'z')*ones)
	digit := (y + (0x80-'0')*ones) &^ (y + (0x7f-'9')*ones)
	return (letter | digit) &^ x & highBits
}

// maxASCIIWord is the longest word asciiWord reads, in bytes.
const maxASCIIWord = 48

// Byte classes for the word scanner.
const (
	otherByte = iota
	wordByte  // an ASCII letter or digit
	joinByte  // an ASCII apostrophe, hyphen or period: joins two word parts
	nonASCII  // a byte of a multi-byte rune (or an invalid byte)
)

// asciiClass is the class of each byte.
var asciiClass = func() (t [256]uint8) {
	for c := range t {
		switch {
		case c >= utf8.RuneSelf:
			t[c] = nonASCII
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
			t[c] = wordByte
		case c == '\'' || c == '-' || c == '.' || norm.FoldASCII(byte(c), 0) == '\'':
			t[c] = joinByte
		}
	}
	return t
}()

// asciiFold is norm.FoldASCII(c, foldMode) of each ASCII byte c (and c
// for the others, which the word scanner does not fold with it).
var asciiFold = func() (t [256]byte) {
	for c := range t {
		t[c] = byte(c)
		if c < utf8.RuneSelf {
			t[c] = norm.FoldASCII(byte(c), foldMode)
		}
	}
	return t
}()

// Values of asciiWordFold besides folded word bytes (which are at least
// foldedWord).
const (
	foldedOther    = 0 // an ASCII byte that is not part of a word
	foldedJoin     = 1 // see joinByte
	foldedNonASCII = 2 // see nonASCII
	foldedWord     = '0'
)

// asciiWordFold is asciiFold of each word byte and, for the other bytes,
// their class as a value below foldedWord: the word scanner's table, one
// look-up per byte.
var asciiWordFold = func() (t [256]byte) {
	for c := range t {
		switch asciiClass[c] {
		case wordByte:
			t[c] = asciiFold[c]
		case joinByte:
			t[c] = foldedJoin
		case nonASCII:
			t[c] = foldedNonASCII
		}
	}
	return t
}()

// startsWord reports whether s starts with a letter or digit.
func startsWord(s string) bool {
	if s[0] < utf8.RuneSelf {
		return asciiClass[s[0]] == wordByte
	}
	r, _ := utf8.DecodeRuneInString(s)
	return isWordRune(r)
}

func isWordRune(r rune) bool {
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// isJoiner reports whether the non-ASCII rune r joins two word parts: an
// apostrophe (a rune norm folds to '\”) or a hyphen (not a dash).
func isJoiner(r rune) bool {
	return norm.Punct(r) == '\'' || r == '‐' || r == '‑'
}

// spell folds British spellings to American ones, in place: -ence to
// -ense (defence), -our to -or (labour), -ise/-ising/-isation to -ize…
// (mobilising), -yse to -yze, -tre to -ter (centre), -ogue to -og
// (dialogue), -amme to -am (programme), and -lled/-lling to -led/-ling
// (travelled). Both sides of a comparison are folded, so a rule that also
// changes a word with no variant does no harm.
func spell(w []byte) (_ []byte, changed bool) {
	n := len(w)
	if n < minSpell {
		return w, false
	}
	if t := tail3(w); spellTails[t/64]&(1<<(t%64)) != 0 {
		for _, r := range spellByLast[w[n-1]] {
			if hasSuffix(w, r.from) && n-len(r.from) >= r.minStem {
				return append(w[:n-len(r.from)], r.to...), true
			}
		}
	}
	// -our- before a consonant inside a word of six letters or more:
	// colourful, neighbourhood.
	if n > 5 {
		if i := innerOur(w); i >= 0 {
			return append(w[:i+1], w[i+2:]...), true
		}
	}
	return w, false
}

// innerOur returns the first i ≥ 1 at which w[i:] starts with "our" and a
// consonant, or -1. It looks for the rare 'u' eight bytes at a time (see
// zeroBytes) and checks its neighbours only where there is one.
func innerOur(w []byte) int {
	const ones = 0x0101010101010101
	n := len(w)
	// A 'u' at p, with 2 ≤ p < n-2.
	for j := 2; j < n-2; j += 8 {
		var x uint64
		if j+8 <= cap(w) {
			x = binary.LittleEndian.Uint64(w[j : j+8 : j+8])
		} else {
			for k := min(n, j+8) - 1; k >= j; k-- {
				x = x<<8 | uint64(w[k])
			}
		}
		m := zeroBytes(x ^ 'u'*ones)
		if rem := n - 2 - j; rem < 8 {
			m &= 1<<(8*rem) - 1 // from n-2 on, and bytes past len(w)
		}
		for ; m != 0; m &= m - 1 {
			p := j + bits.TrailingZeros64(m)/8
			if w[p-1] == 'o' && w[p+1] == 'r' && !isVowel(w[p+2]) {
				return p - 1
			}
		}
	}
	return -1
}

// zeroBytes returns the high bit of each zero byte of x, and no other bit.
func zeroBytes(x uint64) uint64 {
	const low7 = 0x7f7f7f7f7f7f7f7f
	return ^((x&low7 + low7) | x) & highBits
}

// minSpell is the length of the shortest word spell may change.
const minSpell = 5

type spellRule struct {
	from, to string
	minStem  int
}

// spellRules are tried in order; the first whose suffix and stem length
// fit is applied.
var spellRules = []spellRule{
	{"isation", "ization", 2}, {"isations", "izations", 2},
	{"ising", "izing", 3}, {"ised", "ized", 3}, {"ises", "izes", 3}, {"ise", "ize", 3},
	{"ysing", "yzing", 3}, {"ysed", "yzed", 3}, {"yse", "yze", 3},
	{"ence", "ense", 2}, {"ences", "enses", 2},
	{"ours", "ors", 2}, {"our", "or", 2},
	{"tres", "ters", 2}, {"tre", "ter", 2},
	{"ogue", "og", 3}, {"ogues", "ogs", 3},
	{"amme", "am", 3}, {"ammes", "ams", 3},
	{"lled", "led", 2}, {"lling", "ling", 2},
}

// spellByLast holds spellRules by the last byte of their suffix, in order.
var spellByLast = func() (t [256][]spellRule) {
	for _, r := range spellRules {
		c := r.from[len(r.from)-1]
		t[c] = append(t[c], r)
	}
	return t
}()

// tail3 returns a 15-bit summary of the last three bytes of w (at least
// three long): five low bits of each. Lower-case letters have distinct
// low bits, so words with the same summary as a rule's suffix mostly end
// with it.
func tail3(w []byte) uint {
	n := len(w)
	return uint(w[n-3]&31)<<10 | uint(w[n-2]&31)<<5 | uint(w[n-1]&31)
}

// spellTails has bit tail3(from) set for the suffix of each rule: words
// whose tail3 has no bit set end with no rule's suffix and are not
// compared with the rules.
var spellTails = func() (t [1 << 15 / 64]uint64) {
	for _, r := range spellRules {
		x := tail3([]byte(r.from))
		t[x/64] |= 1 << (x % 64)
	}
	return t
}()

func hasSuffix(w []byte, s string) bool {
	if len(w) < len(s) {
		return false
	}
	w = w[len(w)-len(s):]
	for i := 0; i < len(s); i++ {
		if w[i] != s[i] {
			return false
		}
	}
	return true
}

func isVowel(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return true
	}
	return false
}

// The parameters of 64-bit FNV-1a, the hash of [Deletions].
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// fnv is 64-bit FNV-1a.
func fnv(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * fnvPrime
	}
	return h
}

// hash returns the key of the folded word b: its bytes, eight at a time
// read as a little-endian number (the last group padded with zero bytes),
// each mixed into a state that starts from the length. Words of up to
// eight bytes and equal length never collide (mix is a bijection).
func hash[T string | []byte](b T) uint64 {
	h := uint64(len(b)) * 0x9E3779B97F4A7C15
	for len(b) >= 8 {
		h = mix(h ^ (uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
			uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56))
		b = b[8:]
	}
	if len(b) > 0 {
		var t uint64
		for i := len(b) - 1; i >= 0; i-- {
			t = t<<8 | uint64(b[i])
		}
		h = mix(h ^ t)
	}
	return h
}

// hashPadded is hash(buf[:n]) for a buffer that is zero from n on, at
// least to the next multiple of eight: it reads whole groups.
func hashPadded(buf *[maxASCIIWord + 8]byte, n int) uint64 {
	h := uint64(n) * 0x9E3779B97F4A7C15
	for i := 0; i < n; i += 8 {
		b := buf[i : i+8 : i+8]
		h = mix(h ^ (uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
			uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56))
	}
	return h
}

// mix is the finaliser of SplitMix64: a bijection of 64-bit numbers in
// which every output bit depends on every input bit.
func mix(x uint64) uint64 {
	x = (x ^ x>>30) * 0xBF58476D1CE4E5B9
	x = (x ^ x>>27) * 0x94D049BB133111EB
	return x ^ x>>31
}

// Keys appends the keys of words to dst and returns the extended slice.
func Keys(dst []uint64, words []Word) []uint64 {
	for _, w := range words {
		dst = append(dst, w.Key)
	}
	return dst
}

// Shingles appends to dst the distinct hashes of the word pairs (bigrams)
// of keys, or of the single key when there is one, and returns the
// extended slice; the appended hashes are sorted. Shingles index texts so
// that candidates for a match are found without comparing all pairs. It
// takes O(n log n) time for n keys.
func Shingles(dst []uint64, keys []uint64) []uint64 {
	if len(keys) == 1 {
		return append(dst, keys[0]*0x9E3779B97F4A7C15)
	}
	start := len(dst)
	for i := 0; i+1 < len(keys); i++ {
		dst = append(dst, Shingle(keys[i], keys[i+1]))
	}
	slices.Sort(dst[start:])
	return dst[:start+len(slices.Compact(dst[start:]))]
}

// Shingle returns the hash of the word pair (a, b), as [Shingles] has it.
func Shingle(a, b uint64) uint64 {
	return a*0x9E3779B97F4A7C15 ^ (b + 0x632BE59BD9B4E019)
}

// Similarity returns 1 - d/max(len(a), len(b)), where d is the word-level
// edit distance between a and b: 1 for equal sequences, 0 for sequences
// with nothing in common. Two empty sequences have similarity 1. It takes
// O(len(a)·len(b)) time.
func Similarity(a, b []uint64) float64 {
	n := max(len(a), len(b))
	if n == 0 {
		return 1
	}
	return 1 - float64(distance(a, b))/float64(n)
}

// stackInts is the longest row of the edit distance tables kept on the
// stack; longer rows are allocated.
const stackInts = 512

// distance returns the word-level edit distance between a and b. Their
// common prefix and suffix are dropped first, which leaves the distance
// unchanged: equal and nearly equal sequences (one outlet reprinting
// another) cost O(n), not O(n²).
func distance(a, b []uint64) int {
	p := 0
	for p < len(a) && p < len(b) && a[p] == b[p] {
		p++
	}
	a, b = a[p:], b[p:]
	s := 0
	for s < len(a) && s < len(b) && a[len(a)-1-s] == b[len(b)-1-s] {
		s++
	}
	a, b = a[:len(a)-s], b[:len(b)-s]
	if len(a) < len(b) {
		a, b = b, a
	}
	if len(b) == 0 {
		return len(a)
	}
	var buf [stackInts]int
	row := buf[:0]
	if len(b)+1 > stackInts {
		row = make([]int, 0, len(b)+1)
	}
	row = row[:len(b)+1]
	for j := range row {
		row[j] = j
	}
	for i := 1; i <= len(a); i++ {
		diag := row[0]
		row[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			next := min(row[j]+1, row[j-1]+1, diag+cost)
			diag = row[j]
			row[j] = next
		}
	}
	return row[len(b)]
}

// Absent returns how many of words (counted with repeats) are not in
// sorted, a slice of keys in ascending order. No alignment can match such
// a word, so when sorted holds the keys of long, Absent(short, sorted) is
// a lower bound of the distance Within(short, long) returns and of the
// edit distance behind Similarity(short, long): a cheap test that rules
// out most pairs before their O(n·m) comparison. It takes O(len(words) ·
// log len(sorted)) time.
func Absent(words, sorted []uint64) int {
	n := 0
	for _, w := range words {
		if _, ok := slices.BinarySearch(sorted, w); !ok {
			n++
		}
	}
	return n
}

// AbsentSorted is [Absent] for words in ascending order too: it merges
// the two slices in O(len(words) + len(sorted)) time.
func AbsentSorted(words, sorted []uint64) int {
	n, j := 0, 0
	for _, w := range words {
		for j < len(sorted) && sorted[j] < w {
			j++
		}
		if j == len(sorted) || sorted[j] != w {
			n++
		}
	}
	return n
}

// Within finds the stretch of long that best matches all of short
// (semi-global alignment: skipping words of long before and after the
// stretch is free). It returns the half-open word range [start, end) of
// long and the word-level edit distance between short and that stretch.
// An empty short gives (0, 0, 0). It takes O(len(short)·len(long)) time.
func Within(short, long []uint64) (start, end, dist int) {
	if len(short) == 0 {
		return 0, 0, 0
	}
	// cost[i] and from[i]: best distance of short[:j] ending at long[:i],
	// and where that stretch starts in long.
	m := len(long)
	var cbuf, fbuf [stackInts]int
	cost, from := cbuf[:0], fbuf[:0]
	if m+1 > stackInts {
		cost, from = make([]int, 0, m+1), make([]int, 0, m+1)
	}
	cost, from = cost[:m+1], from[:m+1]
	for i := range from {
		from[i] = i
	}
	for j := 1; j <= len(short); j++ {
		diagCost, diagFrom := cost[0], from[0]
		cost[0] = j
		from[0] = 0
		for i := 1; i <= m; i++ {
			upCost, upFrom := cost[i], from[i] // short[:j-1] ending at long[:i]: skip short[j-1]
			c, f := upCost+1, upFrom
			sub := 1
			if short[j-1] == long[i-1] {
				sub = 0
			}
			if diagCost+sub < c {
				c, f = diagCost+sub, diagFrom
			}
			if cost[i-1]+1 < c { // skip long[i-1] inside the stretch
				c, f = cost[i-1]+1, from[i-1]
			}
			diagCost, diagFrom = upCost, upFrom
			cost[i], from[i] = c, f
		}
	}
	best := 0
	for i := 1; i <= m; i++ {
		if cost[i] < cost[best] {
			best = i
		}
	}
	return from[best], best, cost[best]
}
