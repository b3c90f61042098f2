package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/whosaid/whosaid/textpos"
)

// Split segments src. It never fails: untidy input gives a best-effort
// result whose spans are all valid in src.
//
// FIRST DRAFT: a placeholder that the segment work replaces.
func Split(src string) *Text {
	t := &Text{Src: src}
	start := 0
	for start <= len(src) {
		end := strings.IndexByte(src[start:], '\n')
		if end < 0 {
			end = len(src)
		} else {
			end += start
		}
		sp := trimSpace(src, textpos.Span{Start: start, End: end})
		if !sp.Empty() {
			t.addParagraph(sp, Body)
		}
		start = end + 1
	}
	return t
}

func (t *Text) addParagraph(sp textpos.Span, kind ParaKind) {
	pi := len(t.Paragraphs)
	p := Paragraph{Span: sp, Kind: kind, FirstSentence: len(t.Sentences)}
	src := t.Src
	s := sp.Start
	for i := sp.Start; i < sp.End; i++ {
		c := src[i]
		if (c == '.' || c == '!' || c == '?') && i+2 < sp.End && src[i+1] == ' ' {
			r, _ := utf8.DecodeRuneInString(src[i+2:])
			if unicode.IsUpper(r) {
				t.addSentence(textpos.Span{Start: s, End: i + 1}, pi)
				s = i + 2
			}
		}
	}
	t.addSentence(trimSpace(src, textpos.Span{Start: s, End: sp.End}), pi)
	p.EndSentence = len(t.Sentences)
	t.Paragraphs = append(t.Paragraphs, p)
}

func (t *Text) addSentence(sp textpos.Span, para int) {
	if sp.Empty() {
		return
	}
	s := Sentence{Span: sp, Para: para, FirstToken: len(t.Tokens)}
	src := t.Src
	for i := sp.Start; i < sp.End; {
		r, size := utf8.DecodeRuneInString(src[i:])
		switch {
		case unicode.IsSpace(r):
			i += size
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := i + size
			for j < sp.End {
				r2, s2 := utf8.DecodeRuneInString(src[j:])
				if !(unicode.IsLetter(r2) || unicode.IsDigit(r2)) {
					break
				}
				j += s2
			}
			t.Tokens = append(t.Tokens, Token{Span: textpos.Span{Start: i, End: j}, Kind: Word})
			i = j
		default:
			k := Punct
			if strings.ContainsRune("“”‘’\"'«»„", r) {
				k = Quote
			}
			t.Tokens = append(t.Tokens, Token{Span: textpos.Span{Start: i, End: i + size}, Kind: k})
			i += size
		}
	}
	s.EndToken = len(t.Tokens)
	t.Sentences = append(t.Sentences, s)
}

func trimSpace(src string, sp textpos.Span) textpos.Span {
	for sp.Start < sp.End {
		r, size := utf8.DecodeRuneInString(src[sp.Start:])
		if !unicode.IsSpace(r) {
			break
		}
		sp.Start += size
	}
	for sp.End > sp.Start {
		r, size := utf8.DecodeLastRuneInString(src[sp.Start:sp.End])
		if !unicode.IsSpace(r) {
			break
		}
		sp.End -= size
	}
	return sp
}
