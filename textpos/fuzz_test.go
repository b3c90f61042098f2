package textpos_test

import (
	"testing"
	"unicode/utf8"

	"github.com/whosaid/whosaid/textpos"
)

// FuzzIndex checks that byte offsets round-trip through rune offsets,
// UTF-16 offsets and line/column pairs on arbitrary bytes, and that the
// converters reject offsets inside runes.
func FuzzIndex(f *testing.F) {
	for _, s := range []string{"", "a", "a“b”\n😀c\r\nd\xffe", "\n\n", "\xf0\x9f\x98", "😀😀\n", "\xed\xa0\x80"} {
		f.Add(s)
	}
	f.Fuzz(checkRoundTrip)
}

// checkRoundTrip checks every offset of src: rune, UTF-16 and line/column
// conversions agree with a plain count and convert back; offsets inside a
// rune are errors.
func checkRoundTrip(t *testing.T, src string) {
	x := textpos.NewIndex(src)
	runes, units := 0, 0
	for off := 0; off <= len(src); off++ {
		if !textpos.Boundary(src, off) {
			if _, err := x.OffsetRune(off); err == nil {
				t.Fatalf("OffsetRune(%d) inside a rune: want error", off)
			}
			if _, err := x.OffsetUTF16(off); err == nil {
				t.Fatalf("OffsetUTF16(%d) inside a rune: want error", off)
			}
			continue
		}
		r, err := x.OffsetRune(off)
		if err != nil || r != runes {
			t.Fatalf("OffsetRune(%d) = %d, %v, want %d", off, r, err, runes)
		}
		if back, err := x.RuneOffset(r); err != nil || back != off {
			t.Fatalf("RuneOffset(%d) = %d, %v, want %d", r, back, err, off)
		}
		u, err := x.OffsetUTF16(off)
		if err != nil || u != units {
			t.Fatalf("OffsetUTF16(%d) = %d, %v, want %d", off, u, err, units)
		}
		if back, err := x.UTF16Offset(u); err != nil || back != off {
			t.Fatalf("UTF16Offset(%d) = %d, %v, want %d", u, back, err, off)
		}
		l, c, err := x.OffsetLineCol(off)
		if err != nil {
			t.Fatalf("OffsetLineCol(%d): %v", off, err)
		}
		if back, err := x.LineColOffset(l, c); err != nil || back != off {
			t.Fatalf("LineColOffset(%d, %d) = %d, %v, want %d", l, c, back, err, off)
		}
		if off < len(src) {
			runes++
			units++
			if r, _ := utf8.DecodeRuneInString(src[off:]); r >= 0x10000 {
				units++
			}
		}
	}
	if _, err := x.RuneOffset(runes + 1); err == nil {
		t.Fatalf("RuneOffset(%d) past the end: want error", runes+1)
	}
	if _, err := x.OffsetRune(len(src) + 1); err == nil {
		t.Fatalf("OffsetRune(len+1): want error")
	}
}
