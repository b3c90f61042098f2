package segment

import (
	"strings"
	"unicode/utf8"
)

// Quote roles of tokens, as pairQuotes finds them.
const (
	roleNone  int8 = 0
	roleOpen  int8 = 1  // opens a quotation closed in the same paragraph
	roleClose int8 = -1 // closes such a quotation
)

// Quotation mark families: a closer only matches an opener of its family.
const (
	famDouble uint8 = iota
	famSingle
	famAngle
	famSingleAngle
)

// Directions of a quotation mark.
const (
	dirOpen uint8 = iota
	dirClose
	dirEither
)

// qmark is an opening quotation mark waiting for its closer.
type qmark struct {
	k   int   // token index
	fam uint8 // family
	low bool  // „ or ‚, which English-style “ or ‘ may close
}

// quoteShape returns the family and direction of quotation mark q.
func quoteShape(q string) (fam, dir uint8, low bool) {
	switch q {
	case `"`:
		return famDouble, dirEither, false
	case "'":
		return famSingle, dirEither, false
	case "“", "‟", "``":
		return famDouble, dirOpen, false
	case "”", "''":
		return famDouble, dirClose, false
	case "„":
		return famDouble, dirOpen, true
	case "‘", "‛":
		return famSingle, dirOpen, false
	case "‚":
		return famSingle, dirOpen, true
	case "’":
		return famSingle, dirClose, false
	case "«":
		return famAngle, dirOpen, false
	case "»":
		return famAngle, dirClose, false
	case "‹":
		return famSingleAngle, dirOpen, false
	case "›":
		return famSingleAngle, dirClose, false
	}
	return famDouble, dirEither, false
}

// maxQuoteSearch bounds how deep a closer looks for its opener, which keeps
// pairing linear on hostile input.
const maxQuoteSearch = 8

// pairQuotes fills s.roles[0:et-ft] with the quote role of each token of
// the paragraph [ft, et). Quotation marks pair like brackets, by family; a
// mark whose partner is not in the paragraph has no role, so an unclosed
// quotation (a quote that runs on into the next paragraph) does not glue
// sentences together.
func (s *splitter) pairQuotes(ft, et int) {
	n := et - ft
	if cap(s.roles) < n {
		s.roles = make([]int8, n, max(n, 2*cap(s.roles)))
	}
	s.roles = s.roles[:n]
	clear(s.roles)
	stack := s.stack[:0]
	toks := s.toks
	for k := ft; k < et; k++ {
		if toks[k].Kind != Quote {
			continue
		}
		fam, dir, low := quoteShape(s.text(k))
		top := len(stack) - 1
		if dir == dirOpen && !low && top >= 0 && stack[top].low && stack[top].fam == fam {
			dir = dirClose // „…“
		}
		if dir == dirEither {
			before := k == ft || s.gapBefore(k) || opensBefore(s.text(k-1))
			after := k+1 == et || toks[k+1].Span.Start > toks[k].Span.End || closesAfter(s.text(k+1))
			switch {
			case before && after:
				continue // a lone mark
			case before:
				dir = dirOpen
			case after:
				dir = dirClose
			case top >= 0 && stack[top].fam == fam:
				dir = dirClose
			default:
				dir = dirOpen
			}
		}
		if dir == dirOpen {
			stack = append(stack, qmark{k: k, fam: fam, low: low})
			continue
		}
		for p := top; p >= 0 && p > top-maxQuoteSearch; p-- {
			if stack[p].fam == fam {
				s.roles[stack[p].k-ft] = roleOpen
				s.roles[k-ft] = roleClose
				stack = stack[:p]
				break
			}
		}
	}
	s.stack = stack
}

// opensBefore reports whether a quotation mark right after token text p
// opens: p is an opening bracket, a dash or another opener.
func opensBefore(p string) bool {
	switch p {
	case "(", "[", "{", "—", "–", "-", "“", "‘", "«", "„", "‚", "‹":
		return true
	}
	return false
}

// closesAfter reports whether a quotation mark right before token text p
// closes: p is punctuation that ends a phrase.
func closesAfter(p string) bool {
	switch p {
	case ".", ",", ";", ":", "!", "?", ")", "]", "}", "…", "”", "’", "»", "—", "–":
		return true
	}
	return len(p) > 1 && p[0] == '.'
}

// Terminator kinds.
const (
	termNone     = iota
	termStop     // a period
	termExcl     // ! or ?
	termEllipsis // "...", "…", or four or more spaced periods
	termSpaced3  // ". . .": an ellipsis inside a sentence
	termAbbrev   // a word with its period: "Mr.", "U.S.", "V."
)

// terminal reports whether token k ends a sentence candidate, and the end of
// the cluster of terminators and closing marks that follow it.
func (s *splitter) terminal(k, et int) (kind, end int) {
	tok := s.toks[k]
	t := s.text(k)
	switch {
	case tok.Kind == Word || tok.Kind == Number:
		if tok.Kind == Word && t[len(t)-1] == '.' {
			kind = termAbbrev
		}
	case tok.Kind != Punct:
	case t == ".":
		kind = termStop
		if k+1 < et && s.gapBefore(k) && !s.gapBefore(k+1) {
			return termNone, k + 1 // ".5", " .com"
		}
		if n := s.spacedDots(k, et); n >= 4 && s.gapBefore(k) {
			kind, k = termEllipsis, k+n-1
		} else if n == 3 && s.gapBefore(k) {
			kind, k = termSpaced3, k+n-1
		}
	case t[0] == '.' || t == "…":
		kind = termEllipsis
	case t[0] == '!' || t[0] == '?':
		kind = termExcl
	}
	if kind == termNone {
		return termNone, k + 1
	}
	end = k + 1
	for end < et && !s.gapBefore(end) {
		nt := s.text(end)
		if s.toks[end].Kind == Quote {
			if s.roles[end-s.roleBase] == roleOpen {
				break
			}
		} else if !isCloser(nt) {
			break
		}
		end++
	}
	return kind, end
}

// isCloser reports whether token text p may follow a sentence's final
// punctuation and belong to the sentence.
func isCloser(p string) bool {
	switch p[0] {
	case ')', ']', '}', '.', '!', '?':
		return true
	}
	return p == "…"
}

// spacedDots returns how many single-period tokens, separated by exactly
// one space, start at token k: 3 for ". . .".
func (s *splitter) spacedDots(k, et int) int {
	n := 1
	for k+n < et && s.text(k+n) == "." && s.toks[k+n].Span.Start == s.toks[k+n-1].Span.End+1 && s.src[s.toks[k+n-1].Span.End] == ' ' {
		n++
	}
	return n
}

// Classes of the text that follows a sentence candidate.
const (
	nextLower = iota // a lower-case word
	nextUpper        // an upper-case or uncased word, or a quotation
	nextDigit        // a number or a currency sign
	nextStop         // punctuation that continues the sentence: , ; : ) ]
	nextOther
)

// nextClass classifies the text at token e, looking through an opening
// quotation mark or bracket at the word inside.
func (s *splitter) nextClass(e, et int) int {
	for range 3 {
		if e >= et {
			return nextOther
		}
		t := s.text(e)
		switch s.toks[e].Kind {
		case Number:
			return nextDigit
		case Word:
			switch {
			case isLowerStart(t):
				return nextLower
			case digitAt(t, 0):
				return nextDigit
			}
			return nextUpper
		case Quote:
			e++
			continue
		}
		switch t[0] {
		case '(', '[', '{':
			e++
			continue
		case ',', ';', ':', ')', ']', '}':
			return nextStop
		case '$', '#', '@':
			return nextDigit
		}
		if r := firstRune(t); r == '€' || r == '£' || r == '¥' {
			return nextDigit
		}
		return nextOther
	}
	return nextUpper
}

// starterAt reports whether token e is a word that usually starts a
// sentence ("It", "The", "How"; "It’s" counts as "It").
func (s *splitter) starterAt(e, et int) bool {
	if e >= et {
		return false
	}
	if s.toks[e].Kind == Quote {
		return s.nextClass(e, et) == nextUpper // “We …
	}
	if s.toks[e].Kind != Word {
		return false
	}
	w := s.text(e)
	if i := strings.IndexAny(w, "'’"); i > 0 {
		w = w[:i]
	}
	return starters[w]
}

// boundary decides whether the candidate at token k, whose cluster ends at
// e (white space follows, e < et), ends a sentence. start is the first token
// of the current sentence.
func (s *splitter) boundary(kind, k, e, et, start int) bool {
	nc := s.nextClass(e, et)
	if nc == nextLower || nc == nextStop {
		return false
	}
	prevAdj := k > start && !s.gapBefore(k)
	switch kind {
	case termExcl, termEllipsis:
		if prevAdj && opensBefore(s.text(k-1)) {
			return false // "[...]"
		}
		return nc != nextOther || kind == termExcl
	case termStop:
		if prevAdj {
			p := s.text(k - 1)
			if p == "(" || p == "[" {
				return false
			}
			if s.toks[k-1].Kind == Punct && !isCloser(p) {
				return nc == nextUpper // "N°. 1026"
			}
		}
		return true
	case termAbbrev:
		w := s.text(k)
		w = w[:len(w)-1]
		switch abbreviations[w] {
		case abbrTitle, abbrNumeric:
			return false
		case abbrGeneral:
			return nc == nextUpper
		}
		if _, size := utf8.DecodeRuneInString(w); size == len(w) {
			// An initial: "Vladimir V. Putin", but "you and I. Did".
			if isLowerStart(w) {
				return nc == nextUpper
			}
			if k == start || s.toks[k-1].Kind == Word && isUpperStart(s.text(k-1)) || s.initialAt(e) {
				return s.starterAt(e, et) // "J. R. R. Tolkien"
			}
			return nc == nextUpper
		}
		// A dotted acronym: "the U.S. It was", but "U.S. Government".
		return s.starterAt(e, et)
	}
	return false
}

// initialAt reports whether token e is an upper-case initial: "R.".
func (s *splitter) initialAt(e int) bool {
	t := s.text(e)
	_, size := utf8.DecodeRuneInString(t)
	return s.toks[e].Kind == Word && size+1 == len(t) && t[size] == '.' && isUpperStart(t)
}

// listMarker is an item number or letter of an inline list: "1.", "2)",
// "a.", "3.)".
type listMarker struct {
	val   int
	style uint8 // '.', ')' or 'x' for ".)"
	alpha bool
}

// follows reports whether m is the item after p.
func (m listMarker) follows(p listMarker) bool {
	return m.alpha == p.alpha && m.style == p.style && m.val == p.val+1
}

// listMarkerAt reports whether a list marker starts at token k, and the
// token after it. White space must follow the marker, and a token after it.
func (s *splitter) listMarkerAt(k, et int) (m listMarker, end int, ok bool) {
	t := s.text(k)
	end = k + 1
	switch tk := s.toks[k].Kind; {
	case tk == Number && len(t) <= 3 && digitAt(t, 0) && digitAt(t, len(t)-1):
		for _, c := range []byte(t) {
			if c < '0' || c > '9' {
				return m, 0, false
			}
			m.val = m.val*10 + int(c-'0')
		}
	case tk == Word && len(t) == 2 && t[1] == '.' && 'a' <= t[0] && t[0] <= 'z':
		m.alpha, m.val, m.style = true, int(t[0]-'a'+1), '.'
	case tk == Word && len(t) == 1 && (asciiClass[t[0]] == cLower || asciiClass[t[0]] == cUpper):
		m.alpha, m.val = true, int(t[0]|0x20-'a'+1)
	default:
		return m, 0, false
	}
	if m.style == 0 {
		if end >= et || s.gapBefore(end) {
			return m, 0, false
		}
		switch s.text(end) {
		case ".":
			if m.alpha {
				return m, 0, false
			}
			m.style = '.'
		case ")":
			m.style = ')'
		default:
			return m, 0, false
		}
		end++
	}
	if m.style == '.' && end < et && !s.gapBefore(end) && s.text(end) == ")" {
		m.style = 'x'
		end++
	}
	if end >= et || !s.gapBefore(end) {
		return m, 0, false
	}
	return m, end, true
}

// sentences splits the paragraph made of tokens [ft, et) (index pi) into
// sentences. Sentences end at ., !, ?, ellipses and abbreviations that the
// next word shows to be final, never inside a quotation that closes in the
// paragraph, and before the items of inline lists.
func (s *splitter) sentences(ft, et, pi int) {
	s.pairQuotes(ft, et)
	s.roleBase = ft
	start := ft
	depth := 0
	var marker listMarker
	haveMarker := false
	for k := ft; k < et; {
		// Bullets and inline list items start sentences.
		if k > start && s.gapBefore(k) && s.toks[k].Kind == Punct && isBullet(firstRune(s.text(k))) {
			s.addSentence(start, k, pi)
			start = k
		}
		if k == start || (k == start+1 && isBullet(firstRune(s.text(start)))) {
			if m, end, ok := s.listMarkerAt(k, et); ok {
				marker, haveMarker = m, true
				k = end
				continue
			}
		} else if haveMarker && depth == 0 && s.gapBefore(k) {
			if m, end, ok := s.listMarkerAt(k, et); ok && m.follows(marker) && s.nextClass(end, et) == nextUpper {
				s.addSentence(start, k, pi)
				start = k
				marker = m
				k = end
				continue
			}
		}
		depth += int(s.roles[k-ft])
		kind, e := s.terminal(k, et)
		for j := k + 1; j < e; j++ {
			depth += int(s.roles[j-ft])
		}
		if depth < 0 {
			depth = 0
		}
		if kind == termNone || e >= et || depth > 0 || !s.gapBefore(e) {
			k = e
			continue
		}
		cut := e
		if kind == termStop && s.text(e) == "." && s.spacedDots(e, et) >= 3 {
			// "compounds. . . . The practice": the sentence ends at the
			// first period and the next one starts with the ellipsis.
			n := s.spacedDots(e, et)
			if s.nextClass(e+n, et) != nextUpper || e+n < et && !s.gapBefore(e+n) {
				cut = -1
			}
		} else if !s.boundary(kind, k, e, et, start) {
			cut = -1
		}
		if cut >= 0 {
			s.addSentence(start, cut, pi)
			start = cut
		}
		k = e
	}
	s.addSentence(start, et, pi)
}
