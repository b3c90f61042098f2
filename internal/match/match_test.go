package match

import (
	"slices"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/textpos"
)

func keys(s string) []uint64 {
	return Keys(nil, Words(nil, s, textpos.Span{Start: 0, End: len(s)}))
}

func TestWordsSpans(t *testing.T) {
	src := "“The cease-fire,” U.S. officials’ said — 5:30\xffp.m."
	var got []string
	for _, w := range Words(nil, src, textpos.Span{Start: 0, End: len(src)}) {
		if !w.Span.ValidIn(src) {
			t.Fatalf("span %v not valid", w.Span)
		}
		got = append(got, w.Span.Text(src))
	}
	want := []string{"The", "cease-fire", "U.S", "officials", "said", "5", "30", "p.m"}
	if len(got) != len(want) {
		t.Fatalf("Words = %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("Words = %q, want %q", got, want)
		}
	}
}

func TestSameKeys(t *testing.T) {
	tests := []struct{ a, b string }{
		{"The meeting was calm and useful – we covered the main issues", "“The meeting was calm and useful — we covered the main issues,”"},
		{"I do not believe in a cease-fire.", "I do not believe in a ceasefire"},
		{"We’ve been through this", "We've been through this"},
		{"the Defence Ministry", "the defense ministry"},
		{"mobilising soldiers", "mobilizing soldiers"},
		{"the Labour party's centre", "the labor party’s center"},
		{"Café", "cafe"},
	}
	for _, tt := range tests {
		a, b := keys(tt.a), keys(tt.b)
		if Similarity(a, b) != 1 {
			t.Errorf("Similarity(%q, %q) = %v, want 1", tt.a, tt.b, Similarity(a, b))
		}
	}
	if Similarity(keys("productive talks"), keys("destructive talks")) == 1 {
		t.Errorf("different words have one key")
	}
}

func TestSimilarity(t *testing.T) {
	tests := []struct {
		a, b string
		want float64
	}{
		{"a b c d e", "a b c d e", 1},
		{"a b c d e", "a b x d e", 0.8},
		{"a b c d e", "a b c d", 0.8},
		{"a b", "c d", 0},
		{"", "", 1},
	}
	for _, tt := range tests {
		if got := Similarity(keys(tt.a), keys(tt.b)); got != tt.want {
			t.Errorf("Similarity(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// TestDistanceAffixes checks distance, which drops common prefixes and
// suffixes, against the recurrence of the edit distance on all pairs of
// short sequences over three words.
func TestDistanceAffixes(t *testing.T) {
	full := func(a, b []uint64) int {
		var memo [5][5]int // 1 + the distance of a[:i], b[:j]; sequences are short
		var d func(i, j int) int
		d = func(i, j int) int {
			if i == 0 || j == 0 {
				return i + j
			}
			if memo[i][j] == 0 {
				sub := d(i-1, j-1)
				if a[i-1] != b[j-1] {
					sub++
				}
				memo[i][j] = 1 + min(d(i-1, j)+1, d(i, j-1)+1, sub)
			}
			return memo[i][j] - 1
		}
		return d(len(a), len(b))
	}
	var seqs [][]uint64
	var gen func(s []uint64)
	gen = func(s []uint64) {
		seqs = append(seqs, slices.Clone(s))
		if len(s) < 4 {
			for w := range uint64(3) {
				gen(append(s, w))
			}
		}
	}
	gen(nil)
	for _, a := range seqs {
		for _, b := range seqs {
			if got, want := distance(a, b), full(a, b); got != want {
				t.Fatalf("distance(%v, %v) = %d, want %d", a, b, got, want)
			}
		}
	}
}

func TestWithin(t *testing.T) {
	tests := []struct {
		short, long      string
		start, end, dist int
	}{
		{"c d e", "a b c d e f", 2, 5, 0},
		{"c x e", "a b c d e f", 2, 5, 1},
		{"a b", "a b", 0, 2, 0},
		{"c d e", "c d", 0, 2, 1},
		{"z", "a b", 0, 0, 1},
	}
	for _, tt := range tests {
		s, e, d := Within(keys(tt.short), keys(tt.long))
		if d != tt.dist || (d < len(keys(tt.short)) && (s != tt.start || e != tt.end)) {
			t.Errorf("Within(%q, %q) = %d, %d, %d, want %d, %d, %d", tt.short, tt.long, s, e, d, tt.start, tt.end, tt.dist)
		}
	}
}

func TestShingles(t *testing.T) {
	if got := len(Shingles(nil, keys("a b a b a"))); got != 2 {
		t.Errorf("Shingles of a b a b a: %d distinct, want 2", got)
	}
	if got := len(Shingles(nil, keys("a"))); got != 1 {
		t.Errorf("Shingles of one word: %d, want 1", got)
	}
}

func TestNameKey(t *testing.T) {
	same := [][2]string{
		{"Dmitri", "Dmitry"}, {"Aleksei", "Alexei"}, {"Zelensky", "Zelenskyy"},
		{"Kellog", "Kellogg"}, {"Méheut", "Meheut"}, {"Mikhail", "Mihail"},
	}
	for _, p := range same {
		if NameKey(p[0]) != NameKey(p[1]) {
			t.Errorf("NameKey(%q) = %q, NameKey(%q) = %q, want equal", p[0], NameKey(p[0]), p[1], NameKey(p[1]))
		}
	}
	for _, p := range [][2]string{{"Donald", "Eric"}, {"Putin", "Patin"}} {
		if NameKey(p[0]) == NameKey(p[1]) {
			t.Errorf("NameKey(%q) == NameKey(%q)", p[0], p[1])
		}
	}
}

func TestWithinOne(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"kellogg", "kellog", true}, {"hansen", "jansen", true}, {"abc", "abc", true},
		{"abc", "acb", false}, {"smith", "smyth", true}, {"ab", "abcd", false}, {"é", "e", true},
	}
	for _, tt := range tests {
		if got := WithinOne(tt.a, tt.b); got != tt.want {
			t.Errorf("WithinOne(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
	dels := Deletions(nil, "aéc")
	for _, d := range []string{"aéc", "éc", "ac", "aé"} {
		if !slices.Contains(dels, Deletions(nil, d)[0]) {
			t.Errorf("Deletions(aéc) lacks the hash of %q", d)
		}
	}
	if len(dels) != 4 {
		t.Errorf("Deletions(aéc) = %d hashes, want 4", len(dels))
	}
}

func FuzzWords(f *testing.F) {
	f.Add("“Cease-fire,” he said — U.S.\xff")
	f.Add("The defence’s Méheut-led colourful programmes, 5:30 p.m. co-operate")
	f.Fuzz(func(t *testing.T, src string) {
		prev := 0
		for _, w := range Words(nil, src, textpos.Span{Start: 0, End: len(src)}) {
			if !w.Span.ValidIn(src) || w.Span.Empty() || w.Span.Start < prev {
				t.Fatalf("bad word span %v", w.Span)
			}
			prev = w.Span.End
			// The word alone, and followed by a non-ASCII mark that ends it
			// (which the fast ASCII path leaves to the general one), has
			// its key.
			text := w.Span.Text(src)
			for _, s := range []string{text, text + "”"} {
				if ws := Words(nil, s, textpos.Span{Start: 0, End: len(s)}); len(ws) != 1 || ws[0].Key != w.Key {
					t.Fatalf("word %q of %q: alone it reads %v", s, src, ws)
				}
			}
		}
		NameKey(src)
		Deletions(nil, src)
	})
}

func TestSpell(t *testing.T) {
	tests := []struct{ in, want string }{
		{"defence", "defense"}, {"organisations", "organizations"}, {"centre", "center"},
		{"dialogue", "dialog"}, {"programmes", "programs"}, {"travelled", "traveled"},
		{"labour", "labor"}, {"colourful", "colorful"}, {"analysed", "analyzed"},
		{"hours", "hours"}, {"house", "house"}, {"rise", "rise"}, {"said", "said"}, {"ceasefire", "ceasefire"},
	}
	for _, tt := range tests {
		got, changed := spell([]byte(tt.in))
		if string(got) != tt.want || changed != (tt.in != tt.want) {
			t.Errorf("spell(%q) = %q, %v, want %q", tt.in, got, changed, tt.want)
		}
		if ws := Words(nil, tt.in, textpos.Span{Start: 0, End: len(tt.in)}); len(ws) != 1 || ws[0].Key != hash(tt.want) {
			t.Errorf("Words(%q) key is not the hash of %q", tt.in, tt.want)
		}
	}
}

func TestAbsent(t *testing.T) {
	tests := []struct {
		short, long string
	}{
		{"c d e", "a b c d e f"}, {"c x e", "a b c d e f"}, {"x y z", "a b"}, {"a a b", "b"}, {"", "a"},
	}
	for _, tt := range tests {
		short, long := keys(tt.short), keys(tt.long)
		sorted := slices.Sorted(slices.Values(long))
		abs := Absent(short, sorted)
		if got := AbsentSorted(slices.Sorted(slices.Values(short)), sorted); got != abs {
			t.Errorf("AbsentSorted(%q, %q) = %d, Absent %d", tt.short, tt.long, got, abs)
		}
		if _, _, d := Within(short, long); abs > d {
			t.Errorf("Absent(%q, %q) = %d > Within distance %d", tt.short, tt.long, abs, d)
		}
		if n := max(len(short), len(long)); n > 0 && float64(abs)/float64(n) > 1-Similarity(short, long) {
			t.Errorf("Absent(%q, %q) = %d exceeds the edit distance", tt.short, tt.long, abs)
		}
	}
	if got := Absent(keys("c x e x"), slices.Sorted(slices.Values(keys("a b c d e")))); got != 2 {
		t.Errorf("Absent(c x e x, a b c d e) = %d, want 2", got)
	}
	if got := AbsentSorted(slices.Sorted(slices.Values(keys("c x e x"))), slices.Sorted(slices.Values(keys("a b c d e")))); got != 2 {
		t.Errorf("AbsentSorted(c x e x, a b c d e) = %d, want 2", got)
	}
}

// TestWordKeys checks that a word's key is the hash of its folded form
// on every path of the scanner: ASCII words of any length (the padded
// fast path up to maxASCIIWord bytes), joined words, accented words and
// spelling variants.
func TestWordKeys(t *testing.T) {
	for n := 1; n <= maxASCIIWord+10; n++ {
		w := strings.Repeat("Ab", n)[:n]
		ws := Words(nil, "("+w+")", textpos.Span{Start: 0, End: n + 2})
		if len(ws) != 1 || ws[0].Key != hash(strings.ToLower(w)) {
			t.Errorf("%d bytes: words %+v, want one with key %x", n, ws, hash(strings.ToLower(w)))
		}
	}
	for _, tt := range []struct{ a, b string }{
		{"Cease-fire", "ceasefire"}, {"CAFÉ", "cafe"}, {"Kyiv’s", "kyivs"}, {"defence", "defense"},
		{"Labour", "labor"}, {"colourful", "colorful"}, {"programmes", "programs"}, {"abcdefgh", "ABCDEFGH"},
	} {
		wa := Words(nil, tt.a, textpos.Span{Start: 0, End: len(tt.a)})
		wb := Words(nil, tt.b, textpos.Span{Start: 0, End: len(tt.b)})
		if len(wa) != 1 || len(wb) != 1 || wa[0].Key != wb[0].Key {
			t.Errorf("%q and %q: keys differ: %+v %+v", tt.a, tt.b, wa, wb)
		}
	}
	// Joiners and word ends at every place of the eight-byte chunks the
	// fast path reads: the key is the hash of the word lower-cased,
	// without joiners, spelling folded.
	for _, w := range []string{"abcdefg-hij", "abcdefgh'ij", "U.S.A.B.C.D.E", "Abcdefghijklmno-p", "colour", "Colours-x",
		"defence", "seven77", "x-y", "ab`cd", "abcdefghabcdefgh", "tyre-centre", "1-2-3-4-5-6-7-8-9"} {
		for _, src := range []string{w, w + " ", "(" + w + ").", w + "--", w + "-"} {
			ws := Words(nil, src, textpos.Span{Start: 0, End: len(src)})
			fold := strings.NewReplacer("-", "", "'", "", ".", "", "`", "").Replace(strings.ToLower(w))
			want, _ := spell([]byte(fold))
			if len(ws) != 1 || ws[0].Key != hash(want) || ws[0].Span.Text(src) != w {
				t.Errorf("Words(%q) = %+v, want one word %q with key of %q", src, ws, w, want)
			}
		}
	}
	if hash("abc") == hash("abd") || hash("abcdefgh") == hash("abcdefg") {
		t.Errorf("hash collides")
	}
}

// TestInnerOur checks innerOur against a byte-by-byte search, on words
// of every length up to three eight-byte groups, with "our" at every
// place, followed by a vowel or a consonant, in buffers with and without
// room past the word.
func TestInnerOur(t *testing.T) {
	want := func(w []byte) int {
		for i := 1; i+3 < len(w); i++ {
			if w[i] == 'o' && w[i+1] == 'u' && w[i+2] == 'r' && !isVowel(w[i+3]) {
				return i
			}
		}
		return -1
	}
	for n := 0; n <= 24; n++ {
		for at := -1; at < n; at++ {
			for _, next := range []byte{'a', 't', 'u'} {
				w := []byte(strings.Repeat("bu", n)[:n])
				if at >= 0 {
					copy(w[at:], "our"+string(next))
					w = w[:n]
				}
				for _, buf := range [][]byte{w, append(append([]byte(nil), w...), "ourtourt"...)[:n]} {
					if got := innerOur(buf); got != want(buf) {
						t.Errorf("innerOur(%q) = %d, want %d", buf, got, want(buf))
					}
				}
			}
		}
	}
}
