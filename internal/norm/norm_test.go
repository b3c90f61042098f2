package norm_test

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	xnorm "golang.org/x/text/unicode/norm"

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

func TestAppendRune(t *testing.T) {
	tests := []struct {
		r    rune
		mode norm.Mode
		want string
	}{
		{'A', norm.Lower, "a"}, {'A', 0, "A"}, {'`', 0, "'"}, {'\t', 0, " "},
		{'’', 0, "'"}, {'«', 0, `"`}, {'—', 0, "-"}, {'\u00a0', 0, " "}, {'\u00ad', 0, ""},
		{'É', norm.Lower | norm.StripMarks, "e"}, {'É', norm.StripMarks, "E"}, {'É', norm.Lower, "é"},
		{'ß', norm.StripMarks, "ss"}, {'Ø', norm.Lower | norm.StripMarks, "o"}, {'Æ', norm.StripMarks, "AE"},
		{'ł', norm.StripMarks, "l"}, {'ǖ', norm.StripMarks, "u"}, {'ș', norm.StripMarks, "s"},
		{'\u0301', norm.StripMarks, ""}, {'\u0301', 0, "\u0301"}, {utf8.RuneError, 0, "\uFFFD"},
		{'Й', norm.Lower | norm.StripMarks, "и"}, {'한', norm.StripMarks, "\u1112\u1161\u11ab"},
	}
	for _, tt := range tests {
		if got := string(norm.AppendRune(nil, tt.r, tt.mode)); got != tt.want {
			t.Errorf("AppendRune(%q, %d) = %q, want %q", tt.r, tt.mode, got, tt.want)
		}
	}
}

// TestAppendRuneView checks that AppendRune folds every rune of the
// Basic Multilingual Plane as the view does, and that StripMarks strips a
// letter as its NFD without non-spacing marks.
func TestAppendRuneView(t *testing.T) {
	plain := "øØłŁđĐħĦıæÆœŒßẞ"
	for r := rune(0x80); r < 0x10000; r++ {
		if !unicode.IsLetter(r) || strings.ContainsRune(plain, r) || norm.Punct(r) != 0 {
			continue
		}
		var want []rune
		for _, c := range xnorm.NFD.String(string(r)) {
			if !unicode.Is(unicode.Mn, c) {
				want = append(want, c)
			}
		}
		if got := string(norm.AppendRune(nil, r, norm.StripMarks)); got != string(want) {
			t.Fatalf("AppendRune(%U, StripMarks) = %q, want %q", r, got, string(want))
		}
	}
	for _, m := range []norm.Mode{0, norm.Lower, norm.StripMarks, norm.Lower | norm.StripMarks} {
		for r := rune(0); r < 0x10000; r++ {
			if r == '\t' || r == '\n' || r == '\v' || r == '\f' || r == '\r' || r == ' ' || r >= 0xD800 && r < 0xE000 {
				continue // a lone space is ' ' in both; surrogates are not runes
			}
			src := "a" + string(r) + "a"
			want := norm.FoldMode(src, m).Text
			if got := string(norm.AppendRune([]byte(want[:1]), r, m)) + want[len(want)-1:]; got != want {
				t.Fatalf("AppendRune(%U, %d) = %q, view %q", r, m, got, want)
			}
		}
	}
}

func TestAppendASCII(t *testing.T) {
	if got := string(norm.AppendASCII(nil, "Mr. ÉMILE `x`", norm.Lower)); got != "mr. Émile 'x'" {
		t.Errorf("AppendASCII = %q, want %q", got, "mr. Émile 'x'")
	}
	if got := string(norm.AppendASCII([]byte("a"), "B", 0)); got != "aB" {
		t.Errorf("AppendASCII(a, B, 0) = %q, want aB", got)
	}
}
