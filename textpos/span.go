// Package textpos holds the positions that every other package of whosaid
// reports: half-open UTF-8 byte ranges into an unchanged source text, and an
// [Index] that converts byte offsets to rune offsets, UTF-16 offsets and
// line/column pairs and back.
//
// Byte offsets are the only stored form. Other units are computed on request,
// as go/token does for positions.
package textpos

import "unicode/utf8"

// Span is a half-open range [Start, End) of UTF-8 byte offsets into an
// unchanged source text. The zero Span is empty; where a Span field is
// optional, the zero value means "absent".
type Span struct {
	Start int // byte offset of the first byte
	End   int // byte offset one past the last byte
}

// Len returns the length of s in bytes, or 0 if s is inverted.
func (s Span) Len() int {
	if s.End < s.Start {
		return 0
	}
	return s.End - s.Start
}

// IsZero reports whether s is the zero Span.
func (s Span) IsZero() bool { return s.Start == 0 && s.End == 0 }

// Empty reports whether s covers no bytes.
func (s Span) Empty() bool { return s.End <= s.Start }

// Text returns src[s.Start:s.End] without copying. Offsets outside src are
// clamped, so Text never panics.
func (s Span) Text(src string) string {
	c := s.Clamp(len(src))
	return src[c.Start:c.End]
}

// Clamp returns s limited to [0, n] with Start <= End.
func (s Span) Clamp(n int) Span {
	s.Start = min(max(s.Start, 0), n)
	s.End = min(max(s.End, s.Start), n)
	return s
}

// Contains reports whether o lies wholly inside s.
func (s Span) Contains(o Span) bool { return s.Start <= o.Start && o.End <= s.End }

// Overlaps reports whether s and o share at least one byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// Union returns the smallest Span that covers s and o.
func (s Span) Union(o Span) Span {
	return Span{min(s.Start, o.Start), max(s.End, o.End)}
}

// ValidIn reports whether s is a well-formed span of src:
// 0 <= Start <= End <= len(src), with both ends on rune boundaries.
// A boundary is a rune boundary when it is 0, len(src), or the start of a
// rune as utf8.DecodeRuneInString walks src (an invalid byte is a rune of
// its own).
func (s Span) ValidIn(src string) bool {
	if s.Start < 0 || s.End < s.Start || s.End > len(src) {
		return false
	}
	return Boundary(src, s.Start) && Boundary(src, s.End)
}

// Boundary reports whether byte offset off of src is a rune boundary: 0,
// len(src), or an offset that does not fall inside a valid multi-byte UTF-8
// sequence. Offsets outside [0, len(src)] are not boundaries.
func Boundary(src string, off int) bool {
	if off < 0 || off > len(src) {
		return false
	}
	if off == 0 || off == len(src) || utf8.RuneStart(src[off]) {
		return true
	}
	// src[off] is a continuation byte: it is a boundary only if it is not
	// part of a valid sequence that starts up to 3 bytes earlier.
	for back := 1; back <= utf8.UTFMax-1 && off-back >= 0; back++ {
		if utf8.RuneStart(src[off-back]) {
			_, size := utf8.DecodeRuneInString(src[off-back:])
			return size <= back
		}
	}
	return true
}
