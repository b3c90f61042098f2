package textpos

import (
	"errors"
	"fmt"
	"sort"
	"sync"
	"unicode/utf8"
)

// ErrOffset is returned (wrapped) by the [Index] converters when an offset
// lies outside the text or not on a rune boundary.
var ErrOffset = errors.New("textpos: offset out of range or not on a rune boundary")

// checkpointEvery is the distance in bytes between the stored checkpoints of
// an [Index]; a conversion decodes at most this many bytes past one.
const checkpointEvery = 256

// An Index converts between byte offsets of one source text and rune offsets,
// UTF-16 code unit offsets and line/column pairs.
//
// Runes are counted as utf8.DecodeRuneInString walks the text: each invalid
// byte is one rune (U+FFFD), which is one UTF-16 unit. Lines are separated by
// '\n'; a "\r\n" pair ends one line. Lines and columns are 1-based and a
// column counts bytes, as in go/token.
//
// The tables are built lazily on first use, once. An Index is safe for
// concurrent use. Memory is about 24 bytes per 256 bytes of text plus 8 bytes
// per line.
type Index struct {
	src   string
	once  sync.Once
	cps   []checkpoint // sorted by off; cps[0] is {0,0,0}
	lines []int        // byte offset of the start of each line
}

type checkpoint struct {
	off, runes, utf16 int
}

// NewIndex returns an Index of src. It does no work until first used.
func NewIndex(src string) *Index { return &Index{src: src} }

// Len returns the length of the indexed text in bytes.
func (x *Index) Len() int { return len(x.src) }

func (x *Index) build() {
	x.once.Do(func() {
		src := x.src
		x.cps = make([]checkpoint, 0, len(src)/checkpointEvery+2)
		x.lines = append(make([]int, 0, 64), 0)
		runes, units, next := 0, 0, 0
		for i := 0; i < len(src); {
			if i >= next {
				x.cps = append(x.cps, checkpoint{i, runes, units})
				next = i + checkpointEvery
			}
			c := src[i]
			if c < utf8.RuneSelf {
				if c == '\n' {
					x.lines = append(x.lines, i+1)
				}
				i++
				runes++
				units++
				continue
			}
			r, size := utf8.DecodeRuneInString(src[i:])
			i += size
			runes++
			units += utf16Len(r)
		}
		x.cps = append(x.cps, checkpoint{len(src), runes, units})
	})
}

func utf16Len(r rune) int {
	if r >= 0x10000 && r <= utf8.MaxRune {
		return 2
	}
	return 1
}

// cpBefore returns the checkpoint at or before byte offset off.
func (x *Index) cpBefore(off int) checkpoint {
	i := sort.Search(len(x.cps), func(i int) bool { return x.cps[i].off > off })
	return x.cps[i-1]
}

// OffsetRune returns the rune offset of byte offset off.
func (x *Index) OffsetRune(off int) (int, error) {
	r, _, err := x.fromOffset(off)
	return r, err
}

// OffsetUTF16 returns the UTF-16 code unit offset of byte offset off, the
// unit JavaScript strings use.
func (x *Index) OffsetUTF16(off int) (int, error) {
	_, u, err := x.fromOffset(off)
	return u, err
}

func (x *Index) fromOffset(off int) (runes, units int, err error) {
	if off < 0 || off > len(x.src) {
		return 0, 0, fmt.Errorf("%w: byte offset %d, text length %d", ErrOffset, off, len(x.src))
	}
	x.build()
	cp := x.cpBefore(off)
	runes, units = cp.runes, cp.utf16
	i := cp.off
	for i < off {
		r, size := utf8.DecodeRuneInString(x.src[i:])
		i += size
		runes++
		units += utf16Len(r)
	}
	if i != off {
		return 0, 0, fmt.Errorf("%w: byte offset %d is inside a rune", ErrOffset, off)
	}
	return runes, units, nil
}

// RuneOffset returns the byte offset of rune offset r.
func (x *Index) RuneOffset(r int) (int, error) {
	return x.toOffset(r, func(c checkpoint) int { return c.runes }, func(rune) int { return 1 })
}

// UTF16Offset returns the byte offset of UTF-16 code unit offset u. An offset
// that falls between the two halves of a surrogate pair is an error.
func (x *Index) UTF16Offset(u int) (int, error) {
	return x.toOffset(u, func(c checkpoint) int { return c.utf16 }, utf16Len)
}

func (x *Index) toOffset(n int, key func(checkpoint) int, width func(rune) int) (int, error) {
	x.build()
	last := x.cps[len(x.cps)-1]
	if n < 0 || n > key(last) {
		return 0, fmt.Errorf("%w: offset %d, text length %d", ErrOffset, n, key(last))
	}
	i := sort.Search(len(x.cps), func(i int) bool { return key(x.cps[i]) > n })
	cp := x.cps[i-1]
	off, cur := cp.off, key(cp)
	for cur < n {
		r, size := utf8.DecodeRuneInString(x.src[off:])
		off += size
		cur += width(r)
	}
	if cur != n {
		return 0, fmt.Errorf("%w: UTF-16 offset %d splits a surrogate pair", ErrOffset, n)
	}
	return off, nil
}

// OffsetLineCol returns the 1-based line and 1-based byte column of byte
// offset off.
func (x *Index) OffsetLineCol(off int) (line, col int, err error) {
	if off < 0 || off > len(x.src) {
		return 0, 0, fmt.Errorf("%w: byte offset %d, text length %d", ErrOffset, off, len(x.src))
	}
	x.build()
	l := sort.Search(len(x.lines), func(i int) bool { return x.lines[i] > off }) - 1
	return l + 1, off - x.lines[l] + 1, nil
}

// LineColOffset returns the byte offset of the 1-based line and 1-based byte
// column. A column may point just past the end of its line's text (at the
// '\n'), but not beyond.
func (x *Index) LineColOffset(line, col int) (int, error) {
	x.build()
	if line < 1 || line > len(x.lines) {
		return 0, fmt.Errorf("%w: line %d of %d", ErrOffset, line, len(x.lines))
	}
	start := x.lines[line-1]
	end := len(x.src)
	if line < len(x.lines) {
		end = x.lines[line] - 1
	}
	off := start + col - 1
	if col < 1 || off > end {
		return 0, fmt.Errorf("%w: column %d of line %d", ErrOffset, col, line)
	}
	return off, nil
}

// Lines returns the number of lines; an empty text has one.
func (x *Index) Lines() int {
	x.build()
	return len(x.lines)
}
