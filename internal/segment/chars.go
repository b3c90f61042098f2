package segment

import (
	"unicode"
	"unicode/utf8"
)

// ASCII character classes.
const (
	cOther uint8 = iota
	cSpace
	cBreak // a line break: '\n' or '\r'
	cLower
	cUpper
	cDigit
)

var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for c := range utf8.RuneSelf {
		switch {
		case c == '\n' || c == '\r':
			t[c] = cBreak
		case c == ' ' || c == '\t' || c == '\v' || c == '\f':
			t[c] = cSpace
		case 'a' <= c && c <= 'z':
			t[c] = cLower
		case 'A' <= c && c <= 'Z':
			t[c] = cUpper
		case '0' <= c && c <= '9':
			t[c] = cDigit
		}
	}
	return t
}()

// isSpaceRune reports whether r is white space: unicode.IsSpace, plus the
// zero width space U+200B and the byte order mark U+FEFF, which scraped text
// carries between words. White space separates tokens and is never part of
// a span's ends.
func isSpaceRune(r rune) bool {
	if r < utf8.RuneSelf {
		c := asciiClass[r]
		return c == cSpace || c == cBreak
	}
	return unicode.IsSpace(r) || r == 0x200B || r == 0xFEFF
}

// isBreakRune reports whether r ends a line: '\n', '\r', U+2028 LINE
// SEPARATOR or U+2029 PARAGRAPH SEPARATOR.
func isBreakRune(r rune) bool {
	return r == '\n' || r == '\r' || r == 0x2028 || r == 0x2029
}

// isWordRune reports whether r can be part of a word: a letter, a combining
// mark or a digit.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiClass[r] >= cLower
	}
	return unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r)
}

// wordRuneAt reports whether a word rune starts at byte offset i of s.
func wordRuneAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	if c := s[i]; c < utf8.RuneSelf {
		return asciiClass[c] >= cLower
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return isWordRune(r)
}

// digitAt reports whether an ASCII digit is at byte offset i of s.
func digitAt(s string, i int) bool {
	return i < len(s) && '0' <= s[i] && s[i] <= '9'
}

// isApostrophe reports whether r may join the parts of a word: ' ’ ʼ.
func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

// isHyphen reports whether r may join the parts of a word: - ‐ ‑.
func isHyphen(r rune) bool { return r == '-' || r == '‐' || r == '‑' }

// isQuoteRune reports whether r is a quotation mark (a Quote token).
func isQuoteRune(r rune) bool {
	switch r {
	case '"', '\'', '“', '”', '‘', '’', '«', '»', '„', '‚', '‹', '›', '‟', '‛':
		return true
	}
	return false
}

// isRunRune reports whether a run of r is one token: periods, dashes,
// "!!", "??".
func isRunRune(r rune) bool {
	switch r {
	case '.', '-', '!', '?', '–', '—', '―', '‒', '_', '=', '*', '~':
		return true
	}
	return false
}

// isBullet reports whether r is a list bullet.
func isBullet(r rune) bool {
	switch r {
	case '•', '⁃', '‣', '◦', '▪', '●', '∙', '■', '►', '▶':
		return true
	}
	return false
}

// firstRune returns the first rune of s, or utf8.RuneError.
func firstRune(s string) rune {
	if s == "" {
		return utf8.RuneError
	}
	if s[0] < utf8.RuneSelf {
		return rune(s[0])
	}
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// isLowerStart reports whether s starts with a lower-case letter.
func isLowerStart(s string) bool {
	if s == "" {
		return false
	}
	if c := s[0]; c < utf8.RuneSelf {
		return asciiClass[c] == cLower
	}
	return unicode.IsLower(firstRune(s))
}

// isUpperStart reports whether s starts with an upper- or title-case letter.
func isUpperStart(s string) bool {
	if s == "" {
		return false
	}
	if c := s[0]; c < utf8.RuneSelf {
		return asciiClass[c] == cUpper
	}
	r := firstRune(s)
	return unicode.IsUpper(r) || unicode.IsTitle(r)
}
