package textpos_test

import (
	"testing"

	"github.com/whosaid/whosaid/textpos"
)

func TestIndexRoundTrip(t *testing.T) {
	src := "a“b”\n😀c\r\nd\xffe"
	x := textpos.NewIndex(src)
	for off := 0; off <= len(src); off++ {
		if !textpos.Boundary(src, off) {
			if _, err := x.OffsetRune(off); err == nil {
				t.Errorf("OffsetRune(%d) inside a rune: want error", off)
			}
			continue
		}
		r, err := x.OffsetRune(off)
		if err != nil {
			t.Fatalf("OffsetRune(%d): %v", off, err)
		}
		if back, err := x.RuneOffset(r); err != nil || back != off {
			t.Errorf("RuneOffset(%d) = %d, %v, want %d", r, back, err, off)
		}
		u, err := x.OffsetUTF16(off)
		if err != nil {
			t.Fatalf("OffsetUTF16(%d): %v", off, err)
		}
		if back, err := x.UTF16Offset(u); err != nil || back != off {
			t.Errorf("UTF16Offset(%d) = %d, %v, want %d", u, back, err, off)
		}
		l, c, err := x.OffsetLineCol(off)
		if err != nil {
			t.Fatalf("OffsetLineCol(%d): %v", off, err)
		}
		if back, err := x.LineColOffset(l, c); err != nil || back != off {
			t.Errorf("LineColOffset(%d, %d) = %d, %v, want %d", l, c, back, err, off)
		}
	}
	if u, _ := x.OffsetUTF16(len(src)); u != 13 {
		t.Errorf("OffsetUTF16(len) = %d, want 13", u)
	}
}
