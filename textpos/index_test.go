package textpos_test

import (
	"testing"

	"github.com/whosaid/whosaid/textpos"
)

func TestIndexRoundTrip(t *testing.T) {
	src := "a“b”\n😀c\r\nd\xffe"
	checkRoundTrip(t, src)
	x := textpos.NewIndex(src)
	if u, _ := x.OffsetUTF16(len(src)); u != 13 {
		t.Errorf("OffsetUTF16(len) = %d, want 13", u)
	}
	if l, c, _ := x.OffsetLineCol(len(src)); l != 3 || c != 4 {
		t.Errorf("OffsetLineCol(len) = %d, %d, want 3, 4", l, c)
	}
	if n := x.Lines(); n != 3 {
		t.Errorf("Lines() = %d, want 3", n)
	}
}

func TestSpan(t *testing.T) {
	src := "héllo"
	tests := []struct {
		sp    textpos.Span
		valid bool
		text  string
	}{
		{textpos.Span{Start: 0, End: 1}, true, "h"},
		{textpos.Span{Start: 1, End: 3}, true, "é"},
		{textpos.Span{Start: 1, End: 2}, false, "\xc3"},
		{textpos.Span{Start: 3, End: 2}, false, ""},
		{textpos.Span{Start: -1, End: 9}, false, "héllo"},
	}
	for _, tt := range tests {
		if got := tt.sp.ValidIn(src); got != tt.valid {
			t.Errorf("%v.ValidIn(%q) = %v, want %v", tt.sp, src, got, tt.valid)
		}
		if got := tt.sp.Text(src); got != tt.text {
			t.Errorf("%v.Text(%q) = %q, want %q", tt.sp, src, got, tt.text)
		}
	}
}
