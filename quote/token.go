package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/whosaid/whosaid/textpos"
)

type tokKind uint8

const (
	tWord  tokKind = iota
	tPunct         // one punctuation rune, or a run of dashes
	tQuote         // a whole top-level quotation, marks included
)

// token is a word, a punctuation mark, or a whole quotation of a unit.
type token struct {
	span  textpos.Span
	kind  tokKind
	cap   bool     // a word whose first letter is upper case
	flags wordFlag // word classes, see words.go
	cue   Cue
	isCue bool // the word form is in the lexicon (not yet checked as a verb)
	q     int  // for tQuote: index into the quotations
	r     rune // for tPunct: the rune
}

// tokenize appends the tokens of span sp of src to buf. Top-level
// quotations qs (sorted, not overlapping) that start inside sp become one
// tQuote token each.
func (a *Analyzer) tokenize(buf []token, src string, sp textpos.Span, qs []Quotation, qi int) []token {
	for i := sp.Start; i < sp.End; {
		for qi < len(qs) && qs[qi].Open.Start < i {
			qi++
		}
		if qi < len(qs) && qs[qi].Open.Start == i {
			q := qs[qi]
			end := q.Close.End
			if q.Close.IsZero() {
				end = q.Content.End
			}
			buf = append(buf, token{span: textpos.Span{Start: i, End: end}, kind: tQuote, q: qi})
			i = max(end, i+1)
			continue
		}
		c := src[i]
		if c < utf8.RuneSelf {
			switch {
			case c == ' ' || c == '\t' || c == '\n' || c == '\r':
				i++
				continue
			case isASCIIWord(c):
				j := wordEnd(src, i, sp.End)
				buf = append(buf, a.word(src, i, j))
				i = j
				continue
			}
			buf = append(buf, token{span: textpos.Span{Start: i, End: i + 1}, kind: tPunct, r: rune(c)})
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(src[i:sp.End])
		switch {
		case unicode.IsSpace(r):
			i += size
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := wordEnd(src, i, sp.End)
			buf = append(buf, a.word(src, i, j))
			i = j
		default:
			j := i + size
			if r == '—' || r == '–' {
				for j < sp.End {
					r2, s2 := utf8.DecodeRuneInString(src[j:sp.End])
					if r2 != r {
						break
					}
					j += s2
				}
			}
			buf = append(buf, token{span: textpos.Span{Start: i, End: j}, kind: tPunct, r: r})
			i = j
		}
	}
	return buf
}

func (a *Analyzer) word(src string, i, j int) token {
	w := src[i:j]
	r, _ := utf8.DecodeRuneInString(w)
	t := token{span: textpos.Span{Start: i, End: j}, kind: tWord, cap: unicode.IsUpper(r)}
	if !t.cap && len(w) > 3 && (w[:3] == "al-" || w[:3] == "el-") && 'A' <= w[3] && w[3] <= 'Z' {
		t.cap = true // an Arabic article before a name: "Abu el-Ela", "al-Sadr"
	}
	core := w
	if n := len(core); n > 0 && core[n-1] == '.' {
		core = core[:n-1]
	}
	for k := 1; k < len(core); k++ {
		if core[k] == '\'' || core[k] == 0xE2 && strings.HasPrefix(core[k:], "’") {
			core = core[:k] // we’ve, it's
			break
		}
	}
	t.flags = lookupFlags(core)
	if !t.cap {
		t.cue, t.isCue = a.lex.Lookup(w)
	}
	return t
}

// wordEnd returns the end of the word starting at i: letters and digits,
// with inner apostrophes, hyphens and periods (Kyiv’s, cease-fire, U.S.),
// digit separators (5:30, 1,000), and a final period after an initial or
// a title abbreviation (S., Mr.).
func wordEnd(src string, i, end int) int {
	j := i
	dots := false
	for j < end {
		r, size := utf8.DecodeRuneInString(src[j:end])
		if r < utf8.RuneSelf && isASCIIWord(byte(r)) || r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)) {
			j += size
			continue
		}
		if j > i && j+size < end {
			next, _ := utf8.DecodeRuneInString(src[j+size : end])
			prev, _ := utf8.DecodeLastRuneInString(src[i:j])
			switch r {
			case '\'', '’', '-', '‑':
				if isWordRune(next) {
					j += size
					continue
				}
				if r != '-' && r != '‑' && prev == 's' && next == ' ' && j+size+1 < end &&
					('a' <= src[j+size+1] && src[j+size+1] <= 'z' || orgAfterPlural(src[i:j], src[j+size+1:end])) {
					j += size // a plural possessive: "the teachers’ union", "the Teachers’ Union"
				}
			case '.':
				if unicode.IsLetter(next) && unicode.IsLetter(prev) && j+size+1 < end && (src[j+size+1] == '.' || dots) {
					dots = true // U.S., F.S.B.
					j += size
					continue
				}
				if unicode.IsDigit(next) && unicode.IsDigit(prev) {
					j += size
					continue
				}
			case ',', ':':
				if unicode.IsDigit(next) && unicode.IsDigit(prev) {
					j += size
					continue
				}
			}
		}
		break
	}
	if j < end && src[j] == '.' {
		w := src[i:j]
		initial := len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z' && j+2 < end && src[j+1] == ' ' && src[j+2] >= 'A' && src[j+2] <= 'Z' &&
			!startsSentence(src[j+2:end]) // not "wrote on X. He urged"
		if dots || initial || lookupFlags(w)&fAbbrev != 0 && w[0] >= 'A' && w[0] <= 'Z' {
			j++
		}
	}
	return j
}

// orgAfterPlural reports whether the capitalised plural w, before an
// apostrophe, is a possessive inside the name of the organisation whose
// head word opens rest: "the Teachers’ Union", "the Growers’ Federation".
func orgAfterPlural(w, rest string) bool {
	if w == "" || w[0] < 'A' || w[0] > 'Z' || rest == "" || rest[0] < 'A' || rest[0] > 'Z' {
		return false
	}
	n := 0
	for n < len(rest) && n < 16 && isASCIIWord(rest[n]) {
		n++
	}
	return lookupFlags(rest[:n])&fOrgHead != 0
}

// startsSentence reports whether s opens with a pronoun or article that
// begins sentences far more often than it follows an initial ("He", "The").
func startsSentence(s string) bool {
	i := 0
	for i < len(s) && i < 6 && isASCIIWord(s[i]) {
		i++
	}
	return lookupFlags(s[:i])&(fPron|fDet) != 0
}
