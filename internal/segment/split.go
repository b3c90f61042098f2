package segment

import (
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/whosaid/whosaid/textpos"
)

// Split segments src into paragraphs, sentences and tokens. It never fails:
// untidy input (CRLF or lone CR line ends, NUL bytes, invalid UTF-8, no
// punctuation, no line breaks) gives a best-effort result whose spans are all
// valid in src. Time and memory are linear in len(src).
//
// Every line that holds something other than white space is one paragraph:
// scraped news puts one paragraph per line, and blank lines separate them
// too. Lines end at "\n", "\r\n", a lone "\r", U+2028 or U+2029. A leading
// date label such as "date 2025-03-23" is split off the rest of its line as
// a paragraph of its own.
//
// White space is what unicode.IsSpace reports, plus U+200B ZERO WIDTH SPACE
// and U+FEFF; every other byte of src, invalid ones included, lies in exactly
// one token, and so in one sentence and one paragraph.
func Split(src string) *Text {
	t := &Text{Src: src}
	// About one token per 5 to 6 bytes of English news text; the estimate
	// avoids regrowing the largest slice.
	t.Tokens = make([]Token, 0, len(src)/5+8)
	t.Sentences = make([]Sentence, 0, len(src)/100+4)
	t.Paragraphs = make([]Paragraph, 0, len(src)/250+4)
	s := splitter{t: t, src: src}
	s.run()
	if t.Date.IsZero() {
		t.Date = s.bylineDate
	}
	return t
}

// splitter holds the state and the scratch space of one Split call.
type splitter struct {
	t          *Text
	src        string
	toks       []Token // t.Tokens while it grows
	roles      []int8  // quote roles of the current paragraph's tokens
	stack      []qmark // open quotation marks while pairing
	roleBase   int     // token index of s.roles[0]
	bylineDate time.Time
}

// run tokenizes src in one pass and hands each finished line to line.
func (s *splitter) run() {
	src := s.src
	n := len(src)
	toks := s.t.Tokens
	lineTok := 0
	for i := 0; i < n; {
		c := src[i]
		if c < utf8.RuneSelf {
			switch asciiClass[c] {
			case cSpace:
				i++
				continue
			case cBreak:
				s.toks = toks
				s.line(lineTok)
				lineTok = len(toks)
				i++
				continue
			case cLower, cUpper, cDigit:
				j, k := scanWord(src, i)
				toks = append(toks, Token{Span: textpos.Span{Start: i, End: j}, Kind: k})
				i = j
				continue
			}
			j, k := scanASCIIPunct(src, i)
			toks = append(toks, Token{Span: textpos.Span{Start: i, End: j}, Kind: k})
			i = j
			continue
		}
		r, size := utf8.DecodeRuneInString(src[i:])
		switch {
		case size == 1: // invalid byte
			toks = append(toks, Token{Span: textpos.Span{Start: i, End: i + 1}, Kind: Punct})
		case isBreakRune(r):
			s.toks = toks
			s.line(lineTok)
			lineTok = len(toks)
		case isSpaceRune(r):
		case isWordRune(r):
			j, k := scanWord(src, i)
			toks = append(toks, Token{Span: textpos.Span{Start: i, End: j}, Kind: k})
			size = j - i
		case r == '’' && digitAt(src, i+size):
			// A leading apostrophe before digits belongs to the word: ’90s.
			j, _ := scanWord(src, i+size)
			toks = append(toks, Token{Span: textpos.Span{Start: i, End: j}, Kind: Word})
			size = j - i
		case isQuoteRune(r):
			toks = append(toks, Token{Span: textpos.Span{Start: i, End: i + size}, Kind: Quote})
		case isRunRune(r):
			j := i + size
			for j+size <= n && src[j:j+size] == src[i:i+size] {
				j += size
			}
			toks = append(toks, Token{Span: textpos.Span{Start: i, End: j}, Kind: Punct})
			size = j - i
		default:
			toks = append(toks, Token{Span: textpos.Span{Start: i, End: i + size}, Kind: Punct})
		}
		i += size
	}
	s.toks = toks
	s.line(lineTok)
	s.t.Tokens = s.toks
}

// scanASCIIPunct scans the token that starts with the ASCII byte src[i],
// which is neither white space, a letter nor a digit.
func scanASCIIPunct(src string, i int) (int, TokenKind) {
	c := src[i]
	switch c {
	case '"':
		return i + 1, Quote
	case '\'':
		if i+1 < len(src) && src[i+1] == '\'' {
			return i + 2, Quote // ''
		}
		if digitAt(src, i+1) {
			j, _ := scanWord(src, i+1) // '90s
			return j, Word
		}
		return i + 1, Quote
	case '`':
		if i+1 < len(src) && src[i+1] == '`' {
			return i + 2, Quote // ``
		}
	}
	if isRunRune(rune(c)) {
		j := i + 1
		for j < len(src) && src[j] == c {
			j++
		}
		return j, Punct
	}
	return i + 1, Punct
}

// scanWord scans the Word or Number token that starts at byte offset i of
// src with a word rune (or a digit after a leading apostrophe). A word is a
// run of letters, marks and digits joined by inner apostrophes (’ ' ʼ),
// hyphens (- ‐ ‑) and periods ("Kyiv’s", "cease-fire", "example.com");
// digits also join with ',' ':' '/' ("1,000", "5:30", "3/23"). A final period
// belongs to the word when the word is a single letter ("V."), a dotted
// acronym ("U.S.", "p.m.") or a known abbreviation ("Mr.", "Co."; "No." and
// month abbreviations only before a number). A token without letters is a
// Number.
func scanWord(src string, i int) (int, TokenKind) {
	n := len(src)
	j := i
	letters, lastDigit, dots := false, false, 0
	for {
		for j < n {
			c := src[j]
			if c < utf8.RuneSelf {
				switch asciiClass[c] {
				case cLower, cUpper:
					letters, lastDigit = true, false
					j++
					continue
				case cDigit:
					lastDigit = true
					j++
					continue
				}
				break
			}
			r, size := utf8.DecodeRuneInString(src[j:])
			if unicode.IsLetter(r) || unicode.IsMark(r) {
				letters, lastDigit = true, false
			} else if unicode.IsDigit(r) {
				lastDigit = true
			} else {
				break
			}
			j += size
		}
		if j >= n {
			break
		}
		w := 0 // width of an inner joiner
		switch c := src[j]; c {
		case '\'', '-', '.':
			w = 1
		case ',', ':', '/':
			if lastDigit && digitAt(src, j+1) {
				w = 1
			}
		case 0xE2: // ’ U+2019, ‐ U+2010, ‑ U+2011
			if j+2 < n && src[j+1] == 0x80 && (src[j+2] == 0x99 || src[j+2] == 0x90 || src[j+2] == 0x91) {
				w = 3
			}
		}
		if w == 0 || !wordRuneAt(src, j+w) {
			if w == 1 && src[j] == '.' && letters && attachPeriod(src, i, j, dots) {
				j++
				// "U.S.-mediated": a hyphen continues the word.
				if j+1 < n && src[j] == '-' && wordRuneAt(src, j+1) {
					j++
					continue
				}
				// "Jr.'s": the possessive stays with the word.
				if j+1 < n && src[j] == '\'' && src[j+1] == 's' && !wordRuneAt(src, j+2) {
					j += 2
				} else if j+3 < n && src[j:j+3] == "’" && src[j+3] == 's' && !wordRuneAt(src, j+4) {
					j += 4
				}
			}
			break
		}
		if src[j] == '.' {
			dots++
		}
		j += w
	}
	if letters {
		return j, Word
	}
	return j, Number
}

// attachPeriod reports whether the period at src[dot] ends the word
// src[start:dot] rather than the sentence or the text: see [scanWord].
func attachPeriod(src string, start, dot, dots int) bool {
	if dot+1 < len(src) && src[dot+1] == '.' {
		return false // an ellipsis follows
	}
	w := src[start:dot]
	if dots > 0 {
		return acronymShape(w)
	}
	if _, size := utf8.DecodeRuneInString(w); size == len(w) {
		return true // an initial
	}
	switch abbreviations[w] {
	case abbrTitle, abbrGeneral:
		return true
	case abbrNumeric:
		return numberFollows(src, dot+1)
	}
	return false
}

// acronymShape reports whether w (without its final period) is a dotted
// acronym: letter groups of one or two letters joined by periods, "U.S",
// "p.m", "Ph.D", "e.g".
func acronymShape(w string) bool {
	seg := 0
	for _, r := range w {
		switch {
		case r == '.':
			if seg == 0 {
				return false
			}
			seg = 0
		case unicode.IsLetter(r):
			seg++
			if seg > 2 {
				return false
			}
		default:
			return false
		}
	}
	return seg > 0
}

// numberFollows reports whether src has white space and then a digit at
// byte offset i.
func numberFollows(src string, i int) bool {
	j := i
	for j < len(src) && (src[j] == ' ' || src[j] == '\t') {
		j++
	}
	if j+1 < len(src) && src[j] == 0xC2 && src[j+1] == 0xA0 { // NBSP
		j += 2
	}
	return j > i && digitAt(src, j)
}

// line ends the current line, whose tokens are s.toks[ft:]: it adds the
// line's paragraphs and their sentences.
func (s *splitter) line(ft int) {
	et := len(s.toks)
	if ft >= et {
		return
	}
	if k, date, ok := s.datePrefix(ft, et); ok {
		if s.t.Date.IsZero() {
			s.t.Date = date
		}
		s.paragraph(ft, k, DateLine)
		ft = k
		if ft >= et {
			return
		}
	}
	s.paragraph(ft, et, noKind)
}

// noKind asks paragraph to classify the paragraph.
const noKind ParaKind = 255

// paragraph adds the paragraph made of tokens [ft, et), splits it into
// sentences and, unless kind is given, classifies it.
func (s *splitter) paragraph(ft, et int, kind ParaKind) {
	t := s.t
	pi := len(t.Paragraphs)
	first := len(t.Sentences)
	s.sentences(ft, et, pi)
	if kind == noKind {
		kind = s.classify(ft, et, len(t.Sentences)-first)
	}
	t.Paragraphs = append(t.Paragraphs, Paragraph{
		Span:          textpos.Span{Start: s.toks[ft].Span.Start, End: s.toks[et-1].Span.End},
		Kind:          kind,
		FirstSentence: first,
		EndSentence:   len(t.Sentences),
	})
}

// addSentence adds the sentence made of tokens [a, b) of paragraph pi.
func (s *splitter) addSentence(a, b, pi int) {
	if a >= b {
		return
	}
	s.t.Sentences = append(s.t.Sentences, Sentence{
		Span:       textpos.Span{Start: s.toks[a].Span.Start, End: s.toks[b-1].Span.End},
		Para:       pi,
		FirstToken: a,
		EndToken:   b,
	})
}

// text returns the source text of token k.
func (s *splitter) text(k int) string {
	return s.src[s.toks[k].Span.Start:s.toks[k].Span.End]
}

// gapBefore reports whether white space (or the start of the text)
// separates token k from token k-1.
func (s *splitter) gapBefore(k int) bool {
	return k == 0 || s.toks[k].Span.Start > s.toks[k-1].Span.End
}
