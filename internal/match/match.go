// Package match compares pieces of text that may differ in spelling,
// punctuation and small edits: quotations printed by several outlets, and
// names of people spelled in several transliterations.
//
// Text is compared as a sequence of word keys. A key is a 64-bit hash of a
// word after folding: case, quotation marks, apostrophes, inner hyphens and
// periods are dropped ("Cease-fire" and "ceasefire" have one key, as have
// "U.S." and "US"), dashes and other punctuation separate words and are not
// words themselves, and British spellings are folded to American ones
// ("defence"/"defense", "mobilising"/"mobilizing", "labour"/"labor"). Every
// word keeps its half-open byte span in the unchanged source.
//
// The functions here allocate only their results and are safe for
// concurrent use.
package match

import (
	"unicode"
	"unicode/utf8"

	"github.com/whosaid/whosaid/textpos"
)

// Word is one word of a text: its byte span in the source and its key.
type Word struct {
	Span textpos.Span // half-open byte offsets into the source
	Key  uint64       // hash of the folded word; equal words have equal keys
}

// Words appends to dst the words of src[s.Start:s.End] (s is clamped to
// src) and returns the extended slice. A word is a run of letters and
// digits, joined across single inner apostrophes, hyphens and periods
// ("Kyiv’s", "cease-fire", "U.S.", "5:30" is two words). Invalid UTF-8
// bytes separate words.
func Words(dst []Word, src string, s textpos.Span) []Word {
	s = s.Clamp(len(src))
	var buf [64]byte
	i := s.Start
	for i < s.End {
		r, size := utf8.DecodeRuneInString(src[i:s.End])
		if !isWordRune(r) {
			i += size
			continue
		}
		start := i
		fold := buf[:0]
		for i < s.End {
			r, size = utf8.DecodeRuneInString(src[i:s.End])
			if isWordRune(r) {
				fold = appendFold(fold, r)
				i += size
				continue
			}
			if isJoiner(r) && i+size < s.End {
				r2, _ := utf8.DecodeRuneInString(src[i+size : s.End])
				if isWordRune(r2) {
					i += size
					continue
				}
			}
			break
		}
		dst = append(dst, Word{Span: textpos.Span{Start: start, End: i}, Key: hash(spell(fold))})
	}
	return dst
}

func isWordRune(r rune) bool {
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// isJoiner reports whether r joins two word parts: an apostrophe, a
// hyphen (not a dash) or a period.
func isJoiner(r rune) bool {
	switch r {
	case '\'', '’', 'ʼ', '-', '‐', '‑', '.':
		return true
	}
	return false
}

// appendFold appends the lower-case, accent-free form of r.
func appendFold(b []byte, r rune) []byte {
	r = unicode.ToLower(r)
	if r < utf8.RuneSelf {
		return append(b, byte(r))
	}
	if a, ok := accents[r]; ok {
		return append(b, a...)
	}
	return utf8.AppendRune(b, r)
}

// accents folds the Latin letters with diacritics that names in English
// news carry to their base letters.
var accents = map[rune]string{
	'à': "a", 'á': "a", 'â': "a", 'ã': "a", 'ä': "a", 'å': "a", 'ā': "a", 'ă': "a", 'ą': "a",
	'æ': "ae", 'ç': "c", 'ć': "c", 'č': "c", 'ď': "d", 'đ': "d",
	'è': "e", 'é': "e", 'ê': "e", 'ë': "e", 'ē': "e", 'ė': "e", 'ę': "e", 'ě': "e",
	'ì': "i", 'í': "i", 'î': "i", 'ï': "i", 'ī': "i", 'į': "i", 'ı': "i",
	'ł': "l", 'ñ': "n", 'ń': "n", 'ň': "n",
	'ò': "o", 'ó': "o", 'ô': "o", 'õ': "o", 'ö': "o", 'ø': "o", 'ō': "o", 'ő': "o", 'œ': "oe",
	'ř': "r", 'ś': "s", 'š': "s", 'ş': "s", 'ș': "s", 'ß': "ss", 'ť': "t", 'ţ': "t", 'ț': "t",
	'ù': "u", 'ú': "u", 'û': "u", 'ü': "u", 'ū': "u", 'ů': "u", 'ű': "u",
	'ý': "y", 'ÿ': "y", 'ź': "z", 'ż': "z", 'ž': "z",
}

// spell folds British spellings to American ones, in place: -ence to
// -ense (defence), -our to -or (labour), -ise/-ising/-isation to -ize…
// (mobilising), -yse to -yze, -tre to -ter (centre), -ogue to -og
// (dialogue), -amme to -am (programme), and -lled/-lling to -led/-ling
// (travelled). Both sides of a comparison are folded, so a rule that also
// changes a word with no variant does no harm.
func spell(w []byte) []byte {
	n := len(w)
	if n < 5 {
		return w
	}
	for _, r := range spellRules {
		if hasSuffix(w, r.from) && n-len(r.from) >= r.minStem {
			w = append(w[:n-len(r.from)], r.to...)
			return w
		}
	}
	// -our- inside a longer word: labour, favourite, honourable.
	for i := 1; i+3 <= len(w) && len(w) > 5; i++ {
		if w[i] == 'o' && w[i+1] == 'u' && w[i+2] == 'r' && i+3 < len(w) && !isVowel(w[i+3]) {
			return append(w[:i+1], w[i+2:]...)
		}
	}
	return w
}

type spellRule struct {
	from, to string
	minStem  int
}

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

func hasSuffix(w []byte, s string) bool {
	return len(w) >= len(s) && string(w[len(w)-len(s):]) == s
}

func isVowel(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return true
	}
	return false
}

// hash is 64-bit FNV-1a.
func hash(b []byte) uint64 {
	h := uint64(14695981039346656037)
	for _, c := range b {
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h
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
// extended slice. Shingles index texts so that candidates for a match are
// found without comparing all pairs.
func Shingles(dst []uint64, keys []uint64) []uint64 {
	if len(keys) == 1 {
		return append(dst, keys[0]*0x9E3779B97F4A7C15)
	}
	start := len(dst)
outer:
	for i := 0; i+1 < len(keys); i++ {
		h := keys[i]*0x9E3779B97F4A7C15 ^ (keys[i+1] + 0x632BE59BD9B4E019)
		for _, g := range dst[start:] {
			if g == h {
				continue outer
			}
		}
		dst = append(dst, h)
	}
	return dst
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

func distance(a, b []uint64) int {
	if len(a) < len(b) {
		a, b = b, a
	}
	row := make([]int, len(b)+1)
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
	cost := make([]int, m+1)
	from := make([]int, m+1)
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
