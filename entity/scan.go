package entity

import (
	"unicode"
	"unicode/utf8"
)

// Gap kinds: what separates a word from the word before it.
const (
	gapSpace  uint8 = iota // white space only (or nothing)
	gapComma               // a comma
	gapPunct               // other punctuation: dash, quote, colon, parenthesis
	gapPeriod              // a full stop, question or exclamation mark
)

// word is one word of a sentence as the entity finder sees it. Its span
// excludes a possessive "’s" or a final apostrophe.
type word struct {
	s, e  int    // byte offsets of the word, possessive excluded
	end   int    // byte offset after the word, possessive and a final period of an abbreviation included
	flags uint32 // lexicon flags
	gap   uint8  // what separates the word from the previous one
	poss  bool   // followed by "’s" or "’"
	dot   bool   // followed directly by a period
	cap   bool   // starts with an upper-case letter (or "al-X")
	upper bool   // two or more letters, all upper case ("NATO", "U.S.")
	init  bool   // an initial: one upper-case letter followed by a period
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
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

// scanWords appends the words of src[a:b] to ws and returns it. It runs in
// time linear in b-a.
func scanWords(ws []word, src string, a, b int) []word {
	l := lex()
	gap := gapPeriod // sentence start
	i := a
	for i < b {
		r, n := decode(src, i)
		if n == 0 {
			break
		}
		if !isWordRune(r) {
			switch {
			case r == ',':
				gap = max(gap, gapComma)
			case r == '.' || r == '?' || r == '!' || r == ';':
				gap = gapPeriod
			case r == ' ' || r == '\n' || r == '\t' || r == '\r' || r >= utf8.RuneSelf && unicode.IsSpace(r):
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
		w.e = j
		w.end = j
		// A final period of an abbreviation with inner periods: "U.S."
		if periods > 0 && j < b && src[j] == '.' {
			j++
			w.e, w.end = j, j
		}
		if w.end == j && j < b && src[j] == '.' {
			w.dot = true
		}
		// Possessive.
		if r2, n2 := decode(src, w.end); isApos(r2) && w.end < b {
			if c, _ := decode(src, w.end+n2); (c == 's' || c == 'S') && !isWordRuneAt(src, w.end+n2+1, b) {
				w.poss = true
				w.end += n2 + 1
			} else if !isWordRune(c) && (src[w.e-1] == 's' || src[w.e-1] == 'S') {
				w.poss = true
				w.end += n2
			}
		}
		w.cap = isUpper(first)
		if !w.cap && w.e-w.s > 3 && (src[w.s:w.s+3] == "al-" || src[w.s:w.s+3] == "el-") {
			c, _ := decode(src, w.s+3)
			w.cap = isUpper(c)
		}
		w.upper = letters >= 2 && uppers == letters
		w.init = letters == 1 && w.cap && w.dot
		w.flags = l.lookup(src[w.s:w.e])
		if w.upper {
			// "US" is not "us", "IT" not "it".
			w.flags &^= fStop | fPronoun | fGiven
		}
		ws = append(ws, w)
		gap = gapSpace
		i = w.end
		// The period of an initial or an abbreviated title does not end
		// a sentence: "Vladimir V. Putin", "Mr. Umerov", "Sen. Karasin".
		if w.dot && (w.init || w.flags&(fHonorific|fTitle) != 0 && w.e-w.s <= 4) {
			i++
		}
	}
	return ws
}

func isWordRuneAt(src string, i, b int) bool {
	if i >= b {
		return false
	}
	r, _ := decode(src, i)
	return isWordRune(r)
}
