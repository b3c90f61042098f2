package entity

import (
	"math/bits"
	"unicode"
	"unicode/utf8"

	"github.com/whosaid/whosaid/internal/segment"
	"github.com/whosaid/whosaid/textpos"
)

// Gap kinds: what separates a word from the word before it.
const (
	gapSpace  uint8 = iota // white space only (or nothing)
	gapComma               // a comma
	gapAmp                 // an ampersand between spaces or none: "Ernst & Young", "S&P"
	gapPunct               // other punctuation: dash, quote, colon, parenthesis
	gapPeriod              // a full stop, question or exclamation mark
)

// word is one word of a sentence as the entity finder sees it. Its span
// excludes a possessive "’s" or a final apostrophe.
type word struct {
	s, e  int    // byte offsets of the word, possessive excluded
	flags uint32 // lexicon flags
	gap   uint8  // what separates the word from the previous one
	poss  bool   // followed by "’s" or "’"
	dot   bool   // followed directly by a period
	cap   bool   // starts with an upper-case letter (or "al-X")
	upper bool   // two or more letters, all upper case ("NATO", "U.S.")
	init  bool   // an initial: one upper-case letter followed by a period
}

// isWordRune reports whether r can be part of a word: a letter, a
// combining mark or a digit, as for the segment package's tokens.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r)
}

func isUpper(r rune) bool {
	if r < utf8.RuneSelf {
		return 'A' <= r && r <= 'Z'
	}
	return unicode.IsUpper(r)
}

func decode(src string, i int) (rune, int) {
	if i >= len(src) {
		return utf8.RuneError, 0
	}
	if c := src[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(src[i:])
}

func isApos(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

// punctGap returns the gap after punctuation starting with byte c follows
// a gap of gap.
func punctGap(gap uint8, c byte) uint8 {
	switch c {
	case ',':
		return max(gap, gapComma)
	case '.', '?', '!', ';':
		return gapPeriod
	case '&':
		if gap == gapSpace {
			return gapAmp
		}
	}
	return max(gap, gapPunct)
}

// skipsDot reports whether the period after w belongs to it rather than
// ending a sentence: "Vladimir V. Putin", "Mr. Umerov", "Sen. Karasin".
func (w *word) skipsDot() bool {
	return w.dot && (w.init || w.flags&(fHonorific|fTitle) != 0 && w.e-w.s <= 4)
}

// finish sets what follows from the letters of w, given its cap and dot:
// upper, init, and its lexicon flags, less those of a lower-case word when
// w is in capitals ("US" is not "us", "IT" not "it").
func (w *word) finish(letters, uppers int, flags uint32) {
	w.upper = letters >= 2 && uppers == letters
	w.init = letters == 1 && w.cap && w.dot
	w.flags = flags
	if w.upper {
		w.flags &^= fStop | fPronoun | fGiven
	}
}

// scanWords appends the words of src[a:b] to ws and returns it. It runs in
// time linear in b-a.
func scanWords(ws []word, src string, a, b int, low *[]byte) []word {
	ws, _, _ = scanRange(ws, src, a, b, b, gapPeriod, low)
	return ws
}

// scanRange appends to ws the words that start in src[a:stop], the first
// after a gap of gap, looking no further than b >= stop. It returns ws,
// the offset after the last word (its possessive and a period that
// belongs to it included) and the gap after it.
func scanRange(ws []word, src string, a, stop, b int, gap uint8, low *[]byte) ([]word, int, uint8) {
	l := lex()
	i := a
	for i < stop {
		r, n := decode(src, i)
		if n == 0 {
			break
		}
		if !isWordRune(r) {
			switch {
			case r == ' ' || r == '\n' || r == '\t' || r == '\r' || r == '\v' || r == '\f' || r >= utf8.RuneSelf && (unicode.IsSpace(r) || r == 0x200B || r == 0xFEFF):
			case r < utf8.RuneSelf:
				gap = punctGap(gap, byte(r))
			default:
				gap = max(gap, gapPunct)
			}
			i += n
			continue
		}
		w := word{s: i, gap: gap}
		first := r
		j := i + n
		letters, uppers, periods := 1, 0, 0
		if isUpper(r) {
			uppers++
		}
		segLen := 1 // letters since the last inner period
		for j < b {
			if c := byteClass[src[j]]; c != bOther {
				// An ASCII letter or digit: the common case.
				letters++
				segLen++
				if c == bUpper {
					uppers++
				}
				j++
				continue
			}
			r2, n2 := decode(src, j)
			if isWordRune(r2) {
				letters++
				segLen++
				if isUpper(r2) {
					uppers++
				}
				j += n2
				continue
			}
			next, _ := decode(src, j+n2)
			if j+n2 >= b || !isWordRune(next) {
				break
			}
			if r2 == '-' || r2 == '‐' {
				j += n2
				segLen = 0
				continue
			}
			if isApos(r2) {
				// A possessive "’s" followed by a non-letter ends the word.
				if (next == 's' || next == 'S') && !isWordRuneAt(src, j+n2+1, b) {
					break
				}
				j += n2
				continue
			}
			if r2 == '.' && segLen == 1 && unicode.IsLetter(next) {
				// "U.S", "F.S.B", "p.m"
				periods++
				j += n2
				segLen = 0
				continue
			}
			break
		}
		// end is the offset after the word, its possessive and a final
		// period of an abbreviation included.
		w.e = j
		end := j
		// A final period of an abbreviation with inner periods: "U.S."
		if periods > 0 && j < b && src[j] == '.' {
			j++
			w.e, end = j, j
		}
		if end == j && j < b && src[j] == '.' {
			w.dot = true
		}
		// Possessive.
		if r2, n2 := decode(src, end); isApos(r2) && end < b {
			if c, _ := decode(src, end+n2); (c == 's' || c == 'S') && !isWordRuneAt(src, end+n2+1, b) {
				w.poss = true
				end += n2 + 1
			} else if !isWordRune(c) && (src[w.e-1] == 's' || src[w.e-1] == 'S') {
				w.poss = true
				end += n2
			}
		}
		w.cap = isUpper(first)
		if !w.cap && w.e-w.s > 3 && (src[w.s:w.s+3] == "al-" || src[w.s:w.s+3] == "el-") {
			c, _ := decode(src, w.s+3)
			w.cap = isUpper(c)
		}
		var fl uint32
		fl, *low = l.flagsOf(src[w.s:w.e], *low)
		w.finish(letters, uppers, fl)
		ws = append(ws, w)
		gap = gapSpace
		i = end
		if w.skipsDot() {
			i++
		}
	}
	return ws, max(i, stop), gap
}

func isWordRuneAt(src string, i, b int) bool {
	if i >= b {
		return false
	}
	r, _ := decode(src, i)
	return isWordRune(r)
}

// tokenWords appends to ws the words of the tokens toks of one paragraph,
// which lie in src[:b], the paragraph ending at b: the words scanWords finds in the
// paragraph, derived from the segment's tokens. Plain tokens (ASCII
// letters, digits and inner hyphens, with a possessive or a period of an
// abbreviation at the end) are read here; any other word or number token
// is scanned by scanRange.
func tokenWords(ws []word, src string, toks []segment.Token, b int, low *[]byte, quotes *[]textpos.Span) []word {
	l := lex()
	gap := gapPeriod // paragraph start
	pos := 0         // bytes before pos belong to words already read
	open := -1       // start of the open double quotation mark, or -1
	for k := range toks {
		t := &toks[k]
		s, e := t.Span.Start, t.Span.End
		if e <= pos {
			continue
		}
		if t.Kind == segment.Punct || t.Kind == segment.Quote {
			gap = punctGap(gap, src[max(s, pos)])
			if t.Kind == segment.Quote {
				closing := false
				switch src[s:e] {
				case "“", "«", "„":
					open = s
				case "\"":
					// A straight mark right after a word or punctuation
					// closes, else it opens.
					if k == 0 || toks[k-1].Span.End < s {
						open = s
						break
					}
					closing = true
				case "”", "»":
					closing = true
				}
				if closing {
					// Without an opening mark, the paragraph goes on a
					// quotation of the paragraph before.
					if open < 0 {
						open = toks[0].Span.Start
					}
					*quotes = append(*quotes, textpos.Span{Start: open, End: e})
					open = -1
				}
			}
			continue
		}
		if c := src[s]; 'a' <= c && c <= 'z' && s >= pos && (e >= b || !mayAttach(src[e])) {
			// The common case: a lower-case word of ASCII letters and
			// digits, followed by no period or apostrophe; most are
			// shorter than eight bytes.
			if n := e - s; n < 8 && s+8 <= len(src) {
				if x, ok := lowerChunk(le64(src[s:]), n); ok {
					ws = append(ws, word{})
					w := &ws[len(ws)-1]
					w.s, w.e, w.gap, w.flags = s, e, gap, l.table.getShort(x)
					gap = gapSpace
					pos = e
					continue
				}
				// Not only lower-case letters and digits: no word for
				// alnumWord either.
			} else if uppers, k, ok := alnumWord(src, s, e); ok && uppers == 0 {
				ws = append(ws, word{})
				w := &ws[len(ws)-1]
				w.s, w.e, w.gap, w.flags = s, e, gap, l.table.get(src[s:e], k, false)
				gap = gapSpace
				pos = e
				continue
			}
		}
		be, letters, uppers, key, ok := plainWord(src, s, e)
		if !ok || s < pos {
			ws, pos, gap = scanRange(ws, src, max(s, pos), e, b, gap, low)
			continue
		}
		// The word is written in place: a copy of it, written field by
		// field, would be read back whole before those writes are done.
		ws = append(ws, word{})
		w := &ws[len(ws)-1]
		w.s, w.e, w.gap = s, be, gap
		end := be // the end of the word, its possessive included
		attached := false
		switch {
		case be == e:
			if e >= b {
				break
			}
			if c := src[e]; c == '.' {
				w.dot = true
			} else if c == '\'' || c == 0xE2 || c == 0xCA {
				// A final apostrophe: "students’".
				if r, n := decode(src, e); isApos(r) {
					if c, _ := decode(src, e+n); (c == 's' || c == 'S') && !isWordRuneAt(src, e+n+1, b) {
						w.poss = true
						end = e + n + 1
					} else if !isWordRune(c) && (src[be-1] == 's' || src[be-1] == 'S') {
						w.poss = true
						end = e + n
					}
				}
			}
		case src[be] == '.':
			w.dot, attached = true, true
		default: // "’s"
			w.poss = true
			end = e
		}
		// Flags.
		c0 := src[s]
		w.cap = 'A' <= c0 && c0 <= 'Z'
		if !w.cap && be-s > 3 && src[s+2] == '-' && (src[s:s+3] == "al-" || src[s:s+3] == "el-") {
			c := src[s+3]
			w.cap = 'A' <= c && c <= 'Z'
		}
		w.finish(letters, uppers, l.table.get(src[s:be], key, uppers > 0))
		gap = gapSpace
		pos = end
		if w.skipsDot() {
			pos++
		} else if attached {
			gap = gapPeriod
		}
		pos = max(pos, e)
	}
	if open >= 0 { // a quotation that goes on in the next paragraph
		*quotes = append(*quotes, textpos.Span{Start: open, End: b})
	}
	return ws
}

// mayAttach reports whether byte c after a word may belong to it: a
// period or the first byte of an apostrophe.
func mayAttach(c byte) bool { return attachBytes[c] }

// attachBytes holds mayAttach for every byte: a table costs a load,
// where the comparisons cost several instructions for every word.
var attachBytes = [256]bool{'.': true, '\'': true, 0xE2: true, 0xCA: true}

// byteMasks[n] has the low n bytes set, for 0 <= n <= 8 (the others are
// unused): the mask of a word's first n bytes, without the checks that
// a shift by a variable count costs.
var byteMasks = func() (t [16]uint64) {
	for n := 1; n <= 8; n++ {
		t[n] = ^uint64(0) >> (64 - 8*n)
	}
	return t
}()

// ASCII byte classes for plainWord.
const (
	bOther uint8 = iota
	bLower       // a-z and 0-9
	bUpper       // A-Z
)

var byteClass = func() (t [256]uint8) {
	for c := range 256 {
		switch {
		case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
			t[c] = bLower
		case 'A' <= c && c <= 'Z':
			t[c] = bUpper
		}
	}
	return t
}()

// plainWord reports whether the word or number token src[s:e] is plain:
// ASCII letters and digits with inner hyphens, then optionally "’s", "'s"
// or a period. It returns the end of the word without them, the number of
// its letters and digits and of its upper-case letters, and the key of
// the word in lower case.
func plainWord(src string, s, e int) (be, letters, uppers int, k wordKey, ok bool) {
	if uppers, k, ok := alnumWord(src, s, e); ok {
		return e, e - s, uppers, k, true
	}
	var kb keyBuilder
	hyphens := 0
	for j := s; j < e; j++ {
		c := src[j]
		switch byteClass[c] {
		case bLower:
			kb.add(c)
			continue
		case bUpper:
			uppers++
			kb.add(c + 'a' - 'A')
			continue
		}
		switch {
		case j == s:
		case c == '-' && j+1 < e && byteClass[src[j+1]] != bOther:
			hyphens++
			kb.add(c)
			continue
		case c == '.' && j == e-1,
			c == '\'' && j == e-2 && (src[j+1] == 's' || src[j+1] == 'S'),
			c == 0xE2 && j == e-4 && src[j+1] == 0x80 && src[j+2] == 0x99 && (src[j+3] == 's' || src[j+3] == 'S'):
			return j, j - s - hyphens, uppers, kb.key(), true
		}
		return 0, 0, 0, wordKey{}, false
	}
	return e, e - s - hyphens, uppers, kb.key(), true
}

// alnumWord is plainWord for the common case, a token src[s:e] of ASCII
// letters and digits only, which it reads eight bytes at a time, without
// a branch per byte (nor, for a word of at most 16 bytes, a loop). It
// returns the number of upper-case letters and the key of the word in
// lower case; ok is false when the token is not such a word, or ends too
// near the end of src to be read so.
func alnumWord(src string, s, e int) (uppers int, k wordKey, ok bool) {
	if n := e - s; n <= 16 && s+16 <= len(src) {
		x0, u0, bad0 := alnumChunk(le64(src[s:]), min(n, 8))
		if n <= 8 {
			// As addChunk makes it: no tail.
			return u0, wordKey{pre: x0, n: n}, bad0 == 0
		}
		x1, u1, bad1 := alnumChunk(le64(src[s+8:]), n-8)
		return u0 + u1, wordKey{pre: x0, tail: x1 * keyMul, n: n}, bad0|bad1 == 0
	}
	for first := true; first || s < e; s, first = s+8, false {
		if s+8 > len(src) {
			return 0, wordKey{}, false
		}
		n := min(e-s, 8)
		x, u, bad := alnumChunk(le64(src[s:]), n)
		if bad != 0 {
			return 0, wordKey{}, false
		}
		uppers += u
		if first {
			k = wordKey{pre: x, n: n}
		} else {
			k.addChunk(x, n)
		}
	}
	return uppers, k, true
}

// alnumChunk reads the first n bytes (0 <= n <= 8) of the eight bytes x,
// packed little-endian. It returns them in lower case, zero-padded, the
// number of upper-case letters among them, and bad, which is not 0 when
// one of them is no ASCII letter or digit.
func alnumChunk(x uint64, n int) (lower uint64, uppers int, bad uint64) {
	const (
		ones = 0x0101010101010101
		high = 0x80 * ones
	)
	m := byteMasks[n&15] // the bytes of the word
	x &= m
	// With all bytes ASCII, the high bit of a byte of x+(0x80-lo)*ones
	// is set when the byte is lo or more: no byte carries.
	low := (x + (0x80-'a')*ones) &^ (x + (0x80-'z'-1)*ones)
	up := (x + (0x80-'A')*ones) &^ (x + (0x80-'Z'-1)*ones)
	digit := (x + (0x80-'0')*ones) &^ (x + (0x80-'9'-1)*ones)
	hi := high & m
	up &= hi
	// x|up>>2 sets bit 5 of the capitals: lower case.
	return x | up>>2, bits.OnesCount64(up), x&high | hi&^(low|up|digit)
}

// lowerChunk returns the first n bytes (0 <= n <= 8) of the eight bytes
// x, packed little-endian and zero-padded, and whether they are all ASCII
// lower-case letters or digits. It is alnumChunk for lower-case words,
// small enough to be inlined in tokenWords' loop, which a call to
// alnumChunk would slow by a twentieth.
func lowerChunk(x uint64, n int) (uint64, bool) {
	const (
		ones = 0x0101010101010101
		high = 0x80 * ones
	)
	m := byteMasks[n&15]
	x &= m
	// As in alnumWord: no byte carries when all are ASCII.
	lower := (x + (0x80-'a')*ones) &^ (x + (0x80-'z'-1)*ones)
	digit := (x + (0x80-'0')*ones) &^ (x + (0x80-'9'-1)*ones)
	hi := high & m
	return x, x&high == 0 && (lower|digit)&hi == hi
}

// le32 returns the first four bytes of s, little-endian.
func le32(s string) uint32 {
	_ = s[3]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

// le64 returns the first eight bytes of s, little-endian.
func le64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}
