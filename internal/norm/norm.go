// Package norm builds a normalised view of a text for matching (quotations
// across articles, lexicon look-ups) and maps every position of the view
// back to a byte offset of the unchanged source.
//
// The view folds typographic variants that do not change meaning:
//
//   - quotation marks and apostrophes: “ ” „ ‟ « » ″ become the ASCII
//     quotation mark U+0022, and ‘ ’ ‚ ‛ ‹ › ′ ʼ ` ´ the ASCII apostrophe
//     U+0027;
//   - dashes and minus signs (‐ ‑ ‒ – — ― − ﹘ ﹣ －) become '-';
//   - each run of white space (unicode.IsSpace, U+200B, U+FEFF; line breaks
//     included) becomes one ' ';
//   - U+00AD SOFT HYPHEN is dropped;
//   - each invalid UTF-8 byte becomes U+FFFD, so the view is valid UTF-8;
//   - with [Lower], letters are lower-cased (unicode.ToLower, rune by rune);
//   - with [StripMarks], runes are decomposed (NFD) and non-spacing marks
//     (category Mn) dropped: "Méheut" matches "Meheut"; the Latin letters
//     that carry a stroke or are ligatures, which NFD leaves whole, are
//     spelled as Latin without diacritics spells them: ø ł đ ħ ı become
//     o l d h i, and æ œ ß become ae oe ss (capitals alike).
//
// [AppendRune] and [FoldASCII] fold one rune as the view does, and
// [AppendASCII] the ASCII bytes of a word, for callers that scan a text
// themselves (word keys, lexicon look-ups) and need no map back.
//
// The source is never changed; positions go back through [View.Source],
// [View.SourceEnd] and [View.SourceSpan].
package norm

import (
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/whosaid/whosaid/textpos"
)

// Mode selects optional foldings. The zero Mode folds quotation marks,
// dashes and white space only.
type Mode uint8

// Modes; combine them with |.
const (
	Lower      Mode = 1 << iota // lower-case letters
	StripMarks                  // drop diacritics: NFD, then remove Mn runes
)

// Default is the Mode of [Fold]: quotation marks, dashes, white space and
// case.
const Default = Lower

// View is a normalised copy of a source text with a map back to it. A View
// is immutable and safe for concurrent use.
type View struct {
	// Text is the normalised text. It is valid UTF-8.
	Text string

	src    string
	pieces []piece // sorted by dst, dst strictly increasing
}

// piece maps the view bytes [dst, next piece's dst) to the source. A copy
// piece maps byte dst+k to src+k; another piece maps all its bytes to the
// source bytes [src, srcEnd) as a whole.
type piece struct {
	dst, src, srcEnd int
	copy             bool
}

// Fold returns the view of src in the [Default] mode.
func Fold(src string) *View { return FoldMode(src, Default) }

// FoldMode returns the view of src in mode m. Time and memory are linear in
// len(src).
func FoldMode(src string, m Mode) *View {
	v := &View{src: src}
	out := make([]byte, 0, len(src)+8)
	var scratch []byte
	inSpace := false // the last output is a folded white space run

	// emit appends b as a piece for the source bytes [i, j).
	emit := func(i, j int, b []byte) {
		v.pieces = append(v.pieces, piece{dst: len(out), src: i, srcEnd: j})
		out = append(out, b...)
		inSpace = false
	}
	// copyFrom appends b, which maps byte for byte onto src[i:i+len(b)].
	copyFrom := func(i int, b []byte) {
		if n := len(v.pieces); n > 0 {
			if p := v.pieces[n-1]; p.copy && p.src+len(out)-p.dst == i {
				out = append(out, b...)
				inSpace = false
				return
			}
		}
		v.pieces = append(v.pieces, piece{dst: len(out), src: i, copy: true})
		out = append(out, b...)
		inSpace = false
	}
	space := func(i, j int) {
		if inSpace {
			v.pieces[len(v.pieces)-1].srcEnd = j
			return
		}
		emit(i, j, []byte{' '})
		inSpace = true
	}

	var one [1]byte
	for i := 0; i < len(src); {
		c := src[i]
		if c < utf8.RuneSelf {
			if c == ' ' || '\t' <= c && c <= '\r' {
				space(i, i+1)
			} else {
				one[0] = FoldASCII(c, m)
				copyFrom(i, one[:])
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(src[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			emit(i, i+1, []byte("\uFFFD"))
		case isSpace(r):
			space(i, i+size)
		default:
			scratch = AppendRune(scratch[:0], r, m)
			switch {
			case len(scratch) == 0:
				// a soft hyphen or a lone combining mark: dropped
			case string(scratch) == src[i:i+size]:
				copyFrom(i, scratch)
			default:
				emit(i, i+size, scratch)
			}
		}
		i += size
	}
	v.Text = string(out)
	return v
}

// FoldASCII returns the folded form of the ASCII byte c (c <
// utf8.RuneSelf) in mode m: the backquote becomes the apostrophe, and with
// [Lower] the letters A-Z become a-z. Other bytes, white space included,
// are returned unchanged ([FoldMode] turns each run of white space into
// one ' ').
func FoldASCII(c byte, m Mode) byte {
	switch {
	case m&Lower != 0 && 'A' <= c && c <= 'Z':
		return c + 'a' - 'A'
	case c == '`':
		return '\''
	}
	return c
}

// AppendASCII appends s to dst with each ASCII byte folded by
// [FoldASCII] in mode m and the other bytes unchanged, and returns the
// extended slice: a cheap key for looking words up in an ASCII lexicon.
// With a stack buffer for dst and a map index string(…) conversion, a
// lookup allocates nothing.
func AppendASCII(dst []byte, s string, m Mode) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < utf8.RuneSelf {
			c = FoldASCII(c, m)
		}
		dst = append(dst, c)
	}
	return dst
}

// AppendRune appends to dst the folded form of r in mode m, as the view
// of [FoldMode] has it, and returns the extended slice: a quotation mark,
// apostrophe or dash becomes its ASCII form (see [Punct]); white space
// becomes ' '; U+00AD SOFT HYPHEN, and with [StripMarks] a combining mark,
// become nothing; an invalid rune (utf8.RuneError) becomes U+FFFD; a
// letter is lower-cased with [Lower] and stripped of its diacritics with
// [StripMarks] (one rune may become several: "ß" is "ss"). It allocates
// only when dst is too small.
func AppendRune(dst []byte, r rune, m Mode) []byte {
	if r < utf8.RuneSelf {
		c := byte(r)
		if c == ' ' || '\t' <= c && c <= '\r' {
			c = ' '
		}
		return append(dst, FoldASCII(c, m))
	}
	switch {
	case isSpace(r):
		return append(dst, ' ')
	case r == 0xAD:
		return dst // a soft hyphen is invisible
	case r == utf8.RuneError || !utf8.ValidRune(r):
		return append(dst, "\uFFFD"...)
	}
	if p := Punct(r); p != 0 {
		return append(dst, p)
	}
	if m&StripMarks == 0 {
		return utf8.AppendRune(dst, lower(r, m))
	}
	var d string
	if r < latinEnd {
		d = latinStripped()[r-utf8.RuneSelf]
	} else {
		d = stripMarks(r)
	}
	for _, c := range d {
		dst = utf8.AppendRune(dst, lower(c, m))
	}
	return dst
}

// latinEnd ends the runes whose stripped form is computed once: ASCII,
// Latin-1 Supplement and Latin Extended-A and B, the letters of names in
// European languages.
const latinEnd = 0x250

// latinStripped holds stripMarks of the runes from utf8.RuneSelf to
// latinEnd.
var latinStripped = sync.OnceValue(func() []string {
	t := make([]string, latinEnd-utf8.RuneSelf)
	for r := rune(utf8.RuneSelf); r < latinEnd; r++ {
		t[r-utf8.RuneSelf] = stripMarks(r)
	}
	return t
})

// stripMarks returns r without diacritics: its canonical decomposition
// (NFD) without non-spacing marks, or its plainLatin spelling.
func stripMarks(r rune) string {
	if s, ok := plainLatin[r]; ok {
		return s
	}
	d := norm.NFD.String(string(r))
	if !strings.ContainsFunc(d, isMark) {
		return d
	}
	out := make([]byte, 0, len(d))
	for _, c := range d {
		if !isMark(c) {
			out = utf8.AppendRune(out, c)
		}
	}
	return string(out)
}

func isMark(r rune) bool { return unicode.Is(unicode.Mn, r) }

// plainLatin spells the Latin letters that NFD does not decompose (a
// stroke, a dotless i, ligatures) without diacritics.
var plainLatin = map[rune]string{
	'ø': "o", 'Ø': "O", 'ł': "l", 'Ł': "L", 'đ': "d", 'Đ': "D", 'ħ': "h", 'Ħ': "H", 'ı': "i",
	'æ': "ae", 'Æ': "AE", 'œ': "oe", 'Œ': "OE", 'ß': "ss", 'ẞ': "SS",
}

func isSpace(r rune) bool { return unicode.IsSpace(r) || r == 0x200B || r == 0xFEFF }

func lower(r rune, m Mode) rune {
	if m&Lower != 0 {
		return unicode.ToLower(r)
	}
	return r
}

// Punct returns the ASCII form of a quotation mark ('"'), an apostrophe or
// single quotation mark ('\”), or a dash, hyphen or minus sign ('-'), or
// 0 for any other rune, ASCII ones included (see [FoldASCII]).
func Punct(r rune) byte {
	switch r {
	case '“', '”', '„', '‟', '«', '»', '″', '＂':
		return '"'
	case '‘', '’', '‚', '‛', '‹', '›', '′', 'ʼ', '´', '＇':
		return '\''
	case '‐', '‑', '‒', '–', '—', '―', '−', '﹘', '﹣', '－':
		return '-'
	}
	return 0
}

// Src returns the source text of v.
func (v *View) Src() string { return v.src }

// find returns the index of the piece holding view byte i (0 <= i <
// len(v.Text)).
func (v *View) find(i int) int {
	return sort.Search(len(v.pieces), func(k int) bool { return v.pieces[k].dst > i }) - 1
}

// Source returns the source byte offset where the view byte offset i
// starts. An offset inside a folded rune maps to the start of its source
// rune(s); i is clamped to [0, len(v.Text)], and len(v.Text) maps to
// len(src). The result is a rune boundary of the source.
func (v *View) Source(i int) int {
	if i <= 0 {
		if len(v.pieces) == 0 {
			return 0
		}
		return v.pieces[0].src // leading dropped runes are skipped
	}
	if i >= len(v.Text) {
		return len(v.src)
	}
	k := v.find(i)
	p := v.pieces[k]
	if !p.copy {
		return p.src
	}
	for i > p.dst && !utf8.RuneStart(v.Text[i]) {
		i-- // inside a rune: back to its start
	}
	return p.src + i - p.dst
}

// SourceEnd returns the source byte offset where a view range ending at
// byte offset j ends: a folded rune cut in the middle is included whole,
// and runes the view dropped right after it (soft hyphens, stripped marks)
// are included. j is clamped to [0, len(v.Text)]. The result is a rune
// boundary of the source.
func (v *View) SourceEnd(j int) int {
	if j >= len(v.Text) {
		return len(v.src)
	}
	if j <= 0 {
		return v.Source(0)
	}
	k := v.find(j)
	p := v.pieces[k]
	if p.dst == j {
		return p.src // a piece boundary: up to where the next piece starts
	}
	if !p.copy {
		return p.srcEnd
	}
	for j < len(v.Text) && j > p.dst && !utf8.RuneStart(v.Text[j]) {
		j++ // inside a rune: on to its end
	}
	return p.src + j - p.dst
}

// SourceSpan returns the source span of the view range [i, j) (byte
// offsets, half-open), as [View.Source] and [View.SourceEnd] map its ends.
// The span is valid in the source (textpos.Span.ValidIn).
func (v *View) SourceSpan(i, j int) textpos.Span {
	if j < i {
		j = i
	}
	s, e := v.Source(i), v.SourceEnd(j)
	if e < s {
		e = s
	}
	return textpos.Span{Start: s, End: e}
}
