package norm_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/whosaid/whosaid/internal/norm"
)

func TestFold(t *testing.T) {
	tests := []struct {
		src  string
		mode norm.Mode
		want string
	}{
		{"“We’ve been through this,” he said.", norm.Default, `"we've been through this," he said.`},
		{"US\u2013Ukraine — talks\u00a0\u00a0 ended\r\n\tthen", norm.Default, "us-ukraine - talks ended then"},
		{"Constant Méheut", norm.Default, "constant méheut"},
		{"Constant Méheut", norm.Default | norm.StripMarks, "constant meheut"},
		{"Me\u0301heut", norm.StripMarks, "Meheut"},
		{"ÉCOLE «Ça»", norm.Lower | norm.StripMarks, `ecole "ca"`},
		{"a\xffb", norm.Default, "a\uFFFDb"},
		{"co\u00adoperate", norm.Default, "cooperate"},
		{"ABC", 0, "ABC"},
		{"", norm.Default, ""},
	}
	for _, tt := range tests {
		if got := norm.FoldMode(tt.src, tt.mode).Text; got != tt.want {
			t.Errorf("FoldMode(%q, %d).Text = %q, want %q", tt.src, tt.mode, got, tt.want)
		}
	}
}

func TestSourceSpan(t *testing.T) {
	src := "He said: “It’s  Méheut’s call.”"
	v := norm.FoldMode(src, norm.Default|norm.StripMarks)
	for _, tt := range []struct{ find, want string }{
		{"it's meheut's call", "It’s  Méheut’s call"},
		{"meheut", "Méheut"},
		{`"it's`, "“It’s"},
		{`call."`, "call.”"},
	} {
		i := strings.Index(v.Text, tt.find)
		if i < 0 {
			t.Fatalf("%q not in view %q", tt.find, v.Text)
		}
		if got := v.SourceSpan(i, i+len(tt.find)).Text(src); got != tt.want {
			t.Errorf("SourceSpan of %q = %q, want %q", tt.find, got, tt.want)
		}
	}
}

// checkView checks that every view range maps to a valid, ordered source
// span, and that unchanged ASCII maps back to itself.
func checkView(t *testing.T, src string, m norm.Mode) {
	v := norm.FoldMode(src, m)
	if !utf8.ValidString(v.Text) {
		t.Fatalf("FoldMode(%q).Text = %q is not valid UTF-8", src, v.Text)
	}
	if v.Source(0) < 0 || v.SourceEnd(len(v.Text)) != len(src) && len(v.Text) > 0 {
		t.Fatalf("FoldMode(%q): whole view maps to [%d, %d)", src, v.Source(0), v.SourceEnd(len(v.Text)))
	}
	n := len(v.Text)
	step := 1
	if n > 64 {
		step = n / 64
	}
	prev := 0
	for i := 0; i <= n; i++ {
		s := v.Source(i)
		if s < prev {
			t.Fatalf("FoldMode(%q): Source(%d) = %d < Source(%d) = %d", src, i, s, i-1, prev)
		}
		prev = s
	}
	for i := 0; i <= n; i += step {
		for j := i; j <= n; j += step {
			sp := v.SourceSpan(i, j)
			if !sp.ValidIn(src) {
				t.Fatalf("FoldMode(%q).SourceSpan(%d, %d) = %v not valid in the source", src, i, j, sp)
			}
		}
	}
}

func FuzzFold(f *testing.F) {
	for _, s := range []string{"", "a", "“Ça va?” — non.", "a\xff\xe2\x80b", "e\u0301\u0301", "  \u00ad\u00ad ", "İstanbul ẞ"} {
		f.Add(s, uint8(0))
		f.Add(s, uint8(norm.Lower|norm.StripMarks))
	}
	f.Fuzz(func(t *testing.T, src string, m uint8) {
		checkView(t, src, norm.Mode(m)&(norm.Lower|norm.StripMarks))
	})
}
