package quote

import (
	"strings"
	"testing"

	"github.com/whosaid/whosaid/textpos"
)

// paras splits src at blank lines and newlines, like a simple segmenter.
func paras(src string) []textpos.Span {
	var out []textpos.Span
	start := 0
	for i := 0; i <= len(src); i++ {
		if i == len(src) || src[i] == '\n' {
			if i > start {
				out = append(out, textpos.Span{Start: start, End: i})
			}
			start = i + 1
		}
	}
	return out
}

func TestFind(t *testing.T) {
	tests := []struct {
		src  string
		want []string // contents, "+" suffix for Continued, depth as ">" prefixes
	}{
		{"“Yes,” he said.", []string{"Yes,"}},
		{"He said \"no\" twice.", []string{"no"}},
		{"‘single’ and 'straight single'", []string{"single", "straight single"}},
		{"«Oui», dit-il. „Ja“, sagte er.", []string{"Oui", "Ja"}},
		{"``LaTeX style'' quotes", []string{"LaTeX style"}},
		{"“He told me ‘never’ twice,” she said.", []string{"He told me ‘never’ twice,", ">never"}},
		{"Kyiv’s mayor said we’ve seen the ’90s and the analysts’ view.", nil},
		{"It's the team's 'best' year.", []string{"best"}},
		{"A stray “ mark here.\nNext paragraph “quoted” fine.", []string{"quoted"}},
		{"“First paragraph goes on\n“second one ends,” he said.", []string{"First paragraph goes on+", "second one ends,"}},
		{"“Unclosed and\nno mark in the next paragraph.", nil},
		{"He said ” wrongly “ twice.", nil},
		{"She said: \"The pier is unsafe. \"Repairs start in May.\" Then the vote.", []string{"The pier is unsafe.+", "Repairs start in May."}},
		{"“Tides rose fast! “Boats were lost,” he said.", []string{"Tides rose fast!+", "Boats were lost,"}},
		{"He said: \"She told me, \"Stop.\" I did.\"", []string{"She told me, \"Stop.\" I did.", ">Stop."}},
	}
	for _, tt := range tests {
		qs := Find(tt.src, paras(tt.src))
		var got []string
		for _, q := range qs {
			s := strings.Repeat(">", q.Depth) + q.Content.Text(tt.src)
			if q.Continued {
				s += "+"
			}
			got = append(got, s)
			if !q.Content.ValidIn(tt.src) || !q.Open.ValidIn(tt.src) {
				t.Errorf("Find(%q): invalid span in %+v", tt.src, q)
			}
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("Find(%q) = %q, want %q", tt.src, got, tt.want)
		}
	}
}

func TestLexicon(t *testing.T) {
	l := DefaultLexicon()
	tests := []struct {
		word  string
		lemma string
		act   Act
		form  Form
	}{
		{"said", "say", Statement, Past},
		{"Says", "say", Statement, Third},
		{"told", "tell", Statement, Past},
		{"written", "write", Statement, Participle},
		{"denies", "deny", Denial, Third},
		{"denied", "deny", Denial, Past},
		{"admitting", "admit", Agreement, Gerund},
		{"warned", "warn", Prediction, Past},
		{"asked", "ask", Question, Past},
		{"urging", "urge", Demand, Gerund},
		{"proposes", "propose", Proposal, Third},
		{"insisted", "insist", Assertion, Past},
		{"signalled", "signal", Statement, Past},
		{"signaled", "signal", Statement, Past},
		{"signaling", "signal", Statement, Gerund},
		{"answered", "answer", Statement, Past},
	}
	for _, tt := range tests {
		c, ok := l.Lookup(tt.word)
		if !ok || c.Lemma != tt.lemma || c.Act != tt.act || c.Form != tt.form {
			t.Errorf("Lookup(%q) = %+v, %v; want %s %s form %d", tt.word, c, ok, tt.lemma, tt.act, tt.form)
		}
	}
	if _, ok := l.Lookup("sandwich"); ok {
		t.Errorf("Lookup(sandwich) found a cue")
	}
	if l.Len() < 300 {
		t.Errorf("DefaultLexicon has %d forms, want >= 300", l.Len())
	}
	l.Add("mutter", Statement)
	if c, ok := l.Lookup("muttered"); !ok || c.Lemma != "mutter" || !c.Clause {
		t.Errorf("after Add(mutter): Lookup(muttered) = %+v, %v", c, ok)
	}
	if _, ok := l.Lookup("direct"); ok {
		t.Errorf("Lookup(direct) found a cue; its entry is +inflected")
	}
	if c, ok := l.Lookup("directed"); !ok || c.Form != Past || !c.Directive {
		t.Errorf("Lookup(directed) = %+v, %v; want a directive past form", c, ok)
	}
	if err := l.Load("tag statement tagged +past"); err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"tag", "tags", "tagging"} {
		if _, ok := l.Lookup(w); ok {
			t.Errorf("Lookup(%s) found a cue; its entry is +past", w)
		}
	}
	if c, ok := l.Lookup("tagged"); !ok || c.Form != Past {
		t.Errorf("Lookup(tagged) = %+v, %v; want a past form", c, ok)
	}
	if err := l.Load("grumble statement\nbogus nonsense"); err == nil || !strings.HasPrefix(err.Error(), "quote: ") {
		t.Errorf("Load of a bad line: err = %v, want a quote: error", err)
	}
	if n := testing.AllocsPerRun(100, func() { l.Lookup("Said") }); n != 0 {
		t.Errorf("Lookup allocates %v times, want 0", n)
	}
}

// TestPathological checks that adversarial inputs finish quickly and give
// valid spans: unmatched marks, deep nesting, a huge paragraph.
func TestPathological(t *testing.T) {
	inputs := map[string]string{
		"unmatched":  strings.Repeat("“", 1<<20/3),
		"nested":     strings.Repeat("“‘", 10000) + strings.Repeat("’”", 10000),
		"straight":   strings.Repeat("\" ' ", 100000),
		"closers":    strings.Repeat("” ’ » ", 50000),
		"said":       strings.Repeat("he said that ", 50000),
		"quotesaid":  strings.Repeat("“a,” he said, ", 30000),
		"invalid":    strings.Repeat("\xff\xfe“\x80", 50000),
		"apostrophe": strings.Repeat("we’ve ’90s Kyiv’s ", 30000),
	}
	for name, src := range inputs {
		t.Run(name, func(t *testing.T) {
			for _, l := range describe(src) {
				_ = l
			}
			for _, q := range Find(src, paras(src)) {
				if !q.Content.ValidIn(src) {
					t.Fatalf("invalid content span %+v", q.Content)
				}
			}
		})
	}
}
