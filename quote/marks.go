package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/whosaid/whosaid/textpos"
)

// Quotation is a pair of quotation marks and what they enclose.
type Quotation struct {
	Open    textpos.Span // the opening mark
	Close   textpos.Span // the closing mark; zero if the quotation is not closed
	Content textpos.Span // between the marks, without them
	// Depth is 0 for a quotation that no other quotation encloses, 1 for
	// one nested in such a quotation, and so on.
	Depth int
	// Continued reports whether the quotation is one paragraph of a quote
	// running over several paragraphs: the paragraph ends with the
	// quotation still open and the next paragraph opens a mark again (the
	// news convention). Close is then zero and Content ends with the
	// paragraph.
	Continued bool
}

// markClass says which closing marks an opening mark pairs with.
type markClass uint8

const (
	double markClass = iota // “ ” „ " « » `` ''
	single                  // ‘ ’ ‚ ' ‹ ›
)

type openMark struct {
	slot  int // index of the quotation's place in the output
	span  textpos.Span
	class markClass
	low   bool // „ or ‚, which “ and ‘ may close
	plain bool // a straight mark " or '
}

// Find returns the quotations in the paragraphs paras of src (half-open
// byte spans, in order, not overlapping), sorted by Open.Start. A quotation
// never extends past its paragraph: an opening mark that is not closed in
// its paragraph is dropped, unless the next paragraph opens a mark of the
// same kind (a quote running over several paragraphs), in which case it is
// reported with Continued set. Apostrophes (Kyiv’s, we’ve, ’90s, analysts’)
// are told from single quotation marks by the letters around them. Find
// runs in time linear in the size of the paragraphs.
func Find(src string, paras []textpos.Span) []Quotation {
	out := make([]Quotation, 0, markBytes(src))
	var stack []openMark
	for pi, p := range paras {
		p = p.Clamp(len(src))
		stack = stack[:0]
		// Each opening mark takes a place in out, so that out is in order
		// of Open.Start without sorting; places of marks never closed are
		// dropped at the end of the paragraph.
		first := len(out)
		var open [2]int // open marks on the stack by class
		for i := p.Start; i < p.End; {
			// Only " ' ` and the lead bytes of “ ” ‘ ’ „ ‚ ‹ › (E2) and « »
			// (C2) can start a mark.
			if c := src[i]; c != '"' && c != '\'' && c != '`' && c != 0xE2 && c != 0xC2 {
				i++
				continue
			}
			r, size := utf8.DecodeRuneInString(src[i:p.End])
			m := textpos.Span{Start: i, End: i + size}
			i += size
			var prev, next rune = ' ', ' '
			if m.Start > p.Start {
				prev, _ = utf8.DecodeLastRuneInString(src[p.Start:m.Start])
			}
			if m.End < p.End {
				next, _ = utf8.DecodeRuneInString(src[m.End:p.End])
			}
			isOpen, isClose, class, low, plain := false, false, double, false, false
			switch r {
			case '“':
				// In German style „…“ the turned mark closes.
				if len(stack) > 0 && stack[len(stack)-1].low && stack[len(stack)-1].class == double {
					isClose = true
				} else {
					isOpen = true
				}
			case '”', '»':
				isClose = true
				if open[double] == 0 && isSpace(prev) && isWordRune(next) {
					isClose, isOpen = false, true // a closing mark used to open
				}
			case '„':
				isOpen, low = true, true
			case '«':
				isOpen = true
			case '‚':
				isOpen, low, class = true, true, single
			case '‹':
				isOpen, class = true, single
			case '›':
				isClose, class = true, single
			case '‘':
				class = single
				if len(stack) > 0 && stack[len(stack)-1].low && stack[len(stack)-1].class == single {
					isClose = true
				} else if !isWordRune(prev) {
					isOpen = true
				}
			case '’':
				class = single
				if isWordRune(prev) && isWordRune(next) || isSpace(prev) && unicode.IsDigit(next) {
					break // apostrophe
				}
				if open[single] > 0 && !isSpace(prev) {
					isClose = true
				}
			case '`':
				if next == '`' {
					m.End++
					i++
					isOpen = true
				}
			case '"':
				plain = true
				switch {
				case open[double] > 0 && !isSpace(prev) && !isOpenPunct(prev):
					isClose = true
				case !isSpace(next):
					isOpen = true
				case open[double] > 0:
					isClose = true
				}
			case '\'':
				plain, class = true, single
				if next == '\'' { // '' closes a `` quotation
					m.End++
					i++
					isClose, class = true, double
					break
				}
				switch {
				case isWordRune(prev) && isWordRune(next):
					// apostrophe: we've, Kyiv's
				case open[single] > 0 && !isSpace(prev) && !isOpenPunct(prev):
					// Not inside a quotation that a curly ‘ opened: there a
					// straight mark is an apostrophe ("months' time").
					isClose = innermost(stack, single).plain
				case (isSpace(prev) || isOpenPunct(prev)) && isWordRune(next) && !unicode.IsDigit(next):
					isOpen = true
				}
			default:
				continue
			}
			if isOpen && class == double && open[double] > 0 {
				// A new opening mark while a quote is open, right after a
				// sentence end ("…evidence. "The options…"): the news
				// convention for a quote running on into a new paragraph
				// whose break was lost. The open quote ends at that
				// sentence end and is reported as Continued.
				if e, ok := sentenceEndBefore(src, p.Start, m.Start); ok {
					for len(stack) > 0 {
						o := stack[len(stack)-1]
						stack = stack[:len(stack)-1]
						open[o.class]--
						if o.class == double {
							out[o.slot] = Quotation{Open: o.span, Content: textpos.Span{Start: o.span.End, End: e}, Continued: true}
							break
						}
					}
				}
			}
			switch {
			case isOpen:
				stack = append(stack, openMark{slot: len(out), span: m, class: class, low: low, plain: plain})
				out = append(out, Quotation{Open: m, Depth: -1})
				open[class]++
			case isClose && open[class] > 0:
				for len(stack) > 0 {
					o := stack[len(stack)-1]
					stack = stack[:len(stack)-1]
					open[o.class]--
					if o.class == class {
						out[o.slot] = Quotation{Open: o.span, Close: m,
							Content: textpos.Span{Start: o.span.End, End: m.Start}}
						break
					}
				}
			}
		}
		// A quote left open at the end of the paragraph continues only if
		// the next paragraph opens one again.
		if len(stack) > 0 && pi+1 < len(paras) && (stack[0].class == double && opensQuote(src, paras[pi+1]) ||
			stack[0].class == single && src[stack[0].span.Start:stack[0].span.End] == "‘" && opensSingle(src, paras[pi+1])) {
			o := stack[0]
			out[o.slot] = Quotation{Open: o.span, Content: textpos.Span{Start: o.span.End, End: p.End}, Continued: true}
		}
		k := first
		for _, q := range out[first:] {
			if q.Depth == 0 {
				out[k] = q
				k++
			}
		}
		out = out[:k]
	}
	var ends []int
	for i := range out {
		for len(ends) > 0 && ends[len(ends)-1] <= out[i].Open.Start {
			ends = ends[:len(ends)-1]
		}
		out[i].Depth = len(ends)
		end := out[i].Close.End
		if out[i].Close.IsZero() {
			end = out[i].Content.End
		}
		ends = append(ends, end)
	}
	return out
}

// innermost returns the innermost open mark of class c on stack, which
// holds one.
func innermost(stack []openMark, c markClass) openMark {
	for i := len(stack) - 1; i > 0; i-- {
		if stack[i].class == c {
			return stack[i]
		}
	}
	return stack[0]
}

// sentenceEndBefore reports whether the text of src before off, back to
// lo, ends with white space preceded by a sentence-final mark (. ! ? …),
// and returns the offset just after that mark. It looks back over a
// bounded number of bytes.
func sentenceEndBefore(src string, lo, off int) (int, bool) {
	i := off
	for i > lo && i > off-8 && (src[i-1] == ' ' || src[i-1] == '\t' || src[i-1] == '\n' || src[i-1] == '\r') {
		i--
	}
	if i == off || i == lo {
		return 0, false
	}
	r, _ := utf8.DecodeLastRuneInString(src[lo:i])
	switch r {
	case '.', '!', '?', '…':
		return i, true
	}
	return 0, false
}

// opensQuote reports whether paragraph p of src starts with an opening
// double quotation mark.
func opensQuote(src string, p textpos.Span) bool {
	p = p.Clamp(len(src))
	r, _ := utf8.DecodeRuneInString(src[p.Start:p.End])
	switch r {
	case '“', '„', '«', '"':
		return true
	case '`':
		return p.End-p.Start >= 2 && src[p.Start+1] == '`'
	}
	return false
}

// opensSingle reports whether paragraph p of src starts with an opening
// single quotation mark ‘, as a quote in single marks that runs on over
// paragraphs opens each of them.
func opensSingle(src string, p textpos.Span) bool {
	return strings.HasPrefix(src[p.Clamp(len(src)).Start:], "‘")
}

func isSpace(r rune) bool { return unicode.IsSpace(r) }

// isWordRune reports whether r is a letter or digit.
func isWordRune(r rune) bool {
	return r < utf8.RuneSelf && isASCIIWord(byte(r)) || r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

func isASCIIWord(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// isOpenPunct reports whether r is punctuation after which a mark opens
// rather than closes: brackets and dashes.
func isOpenPunct(r rune) bool {
	switch r {
	case '(', '[', '{', '—', '–', '-', '/':
		return true
	}
	return false
}

// markBytes returns the number of bytes of src that can start a quotation
// mark, an upper bound on the number of quotations, so that Find allocates
// its result once.
func markBytes(src string) int {
	n := 0
	for i := 0; i < len(src); i++ {
		switch src[i] {
		case '"', '\'', '`', 0xE2, 0xC2:
			n++
		}
	}
	return n
}
