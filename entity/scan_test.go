package entity

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/internal/segment"
)

// TestTokenWords checks that the words derived from the segment's tokens
// are those scanWords finds in the bytes of each paragraph.
func TestTokenWords(t *testing.T) {
	docs := []string{
		"Mr. Umerov’s aide and Sen. Karasin met U.S. officials, the F.S.B. said. Vladimir V. Putin, 72, agreed.",
		"The students’ union and James' dog; it's Jr.’s turn — O’Neill’s “plan” (the U.S.-mediated talks) at 5:30 p.m. cost $1,000.",
		"al-Assad and el-Sisi said.The end...Next e.g. example.com Ph.D. NATO’s IT chief. US, IT and AI.",
		"Café Zoë’s owner, Ångström, said: ’90s music and '90s rock; rock'n'roll isn't dead. A. B. C. Smith-Jones‐Brown.",
		"e\u0301te\u0301 x\u200by Sen. ,Dr.. Mrs... Lt.-Gen. St. Louis No. 5 \xff\xfe bad 'quoted' \"words\" ’single’ ‘x’",
	}
	for _, fn := range seedFiles(t) {
		b, err := os.ReadFile(fn)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, string(b))
	}
	docs = append(docs, corpus(t, 400)...)
	var low []byte
	bad := 0
	for _, src := range docs {
		tx := segment.Split(src)
		f := &finder{src: src, s: &Set{}}
		for _, p := range tx.Paragraphs {
			want := scanWords(nil, src, p.Span.Start, p.Span.End, &low)
			// Without and with the end of its tokens by its sentences.
			ends := []int{-1}
			if p.FirstSentence < p.EndSentence {
				ends = append(ends, tx.Sentences[p.EndSentence-1].EndToken)
			}
			for _, end := range ends {
				f.tok = 0
				got := f.paragraphWords(nil, tx.Tokens, p.Span, end)
				if g, w := fmtWords(src, got), fmtWords(src, want); g != w && bad < 5 {
					bad++
					t.Errorf("paragraph %q (end %d):\ntokens %s\nbytes  %s", p.Span.Text(src), end, g, w)
				}
			}
		}
	}
}

func fmtWords(src string, ws []word) string {
	var b strings.Builder
	for _, w := range ws {
		fmt.Fprintf(&b, "%q/%d", src[w.s:w.e], w.gap)
		fmt.Fprintf(&b, "%x%v%v%v%v%v ", w.flags, b2i(w.poss), b2i(w.dot), b2i(w.cap), b2i(w.upper), b2i(w.init))
	}
	return b.String()
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// TestFlagTable checks the flag table against the lexicon's map, for
// every word of the lexicon, in lower case and in capitals, and for words
// near them that are not in it (longer, shorter, one byte changed), as
// flagsOf and as tokenWords (by alnumWord and plainWord, or lowerChunk
// and getShort) look them up.
func TestFlagTable(t *testing.T) {
	l := lex()
	var buf []byte
	check := func(w string) {
		t.Helper()
		want := l.flags[strings.ToLower(w)]
		got, _ := l.flagsOf(w, buf)
		if got != want {
			t.Errorf("flagsOf(%q) = %x, want %x", w, got, want)
		}
		// As a token, padded so that alnumWord can read eight bytes (a
		// word at a time), and 16 (two at once).
		for _, src := range []string{w + "        ", w + "                "} {
			if be, _, uppers, k, ok := plainWord(src, 0, len(w)); ok && be == len(w) {
				if got := l.table.get(w, k, uppers > 0); got != want {
					t.Errorf("table.get(%q) = %x, want %x", w, got, want)
				}
			}
			if x, ok := lowerChunk(le64(src), min(len(w), 8)); ok && len(w) < 8 {
				if got := l.table.getShort(x); got != want {
					t.Errorf("table.getShort(%q) = %x, want %x", w, got, want)
				}
			}
		}
	}
	for w := range l.flags {
		for _, v := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:], w + "s", w[:len(w)-1], "x" + w} {
			check(v)
		}
	}
}

// TestSentenceOf checks the cached sentenceOf against a binary search,
// for offsets in and out of order.
func TestSentenceOf(t *testing.T) {
	src := "One. Two two.  Three three three.\n\nFour? Five! Six."
	s := Find(segment.Split(src), nil)
	offs := []int{0, 3, 4, 5, 10, 13, 14, 15, 40, 2, 30, len(src) - 1, len(src), 1, 20}
	for off := range len(src) + 2 {
		offs = append(offs, off)
	}
	for _, off := range offs {
		if got, want := s.sentenceOf(off), s.searchSentence(off); got != want {
			t.Errorf("sentenceOf(%d) = %d, want %d", off, got, want)
		}
	}
}

// TestPrepositionsAreStopWords checks what isPrepWord relies on: every
// preposition isPrep knows is a stop word of the lexicon, in any case
// but capitals, and no word without fStop passes isPrepWord.
func TestPrepositionsAreStopWords(t *testing.T) {
	preps := []string{"with", "to", "by", "of", "from", "for", "on", "at", "in", "about", "against",
		"between", "among", "under", "after", "before", "into", "than", "toward", "towards",
		"and", "or", "nor", "like", "including", "via", "over", "without", "unlike"}
	for _, p := range preps {
		if !isPrep(p) {
			t.Errorf("isPrep(%q) = false", p)
		}
		for _, src := range []string{p, strings.ToUpper(p[:1]) + p[1:], strings.ToUpper(p)} {
			ws := scanWords(nil, src, 0, len(src), new([]byte))
			if len(ws) != 1 || !isPrepWord(ws[0], src) {
				t.Errorf("isPrepWord(%q) = false (flags %x)", src, ws[0].flags)
			}
		}
	}
	// Every word of the lexicon that isPrep takes is a stop word.
	for w, fl := range lex().flags {
		if isPrep(w) && fl&fStop == 0 {
			t.Errorf("preposition %q is no stop word", w)
		}
	}
}

// TestDescNounFlags checks what the callers of endsOrgName and
// orgContext's lookup of descNouns rely on: a word that they take has
// fOrgEnd or fDescOrg, as written, capitalised or in capitals.
func TestDescNounFlags(t *testing.T) {
	for w, k := range descNouns() {
		var flag uint32
		switch k {
		case 'w', 'd':
			flag = fOrgEnd
		case 'c':
			flag = fDescOrg
		default:
			continue
		}
		for _, src := range []string{w, strings.ToUpper(w[:1]) + w[1:], strings.ToUpper(w)} {
			ws := scanWords(nil, src, 0, len(src), new([]byte))
			if len(ws) != 1 || ws[0].flags&flag == 0 {
				t.Errorf("%q: words %v, want one with flag %x", src, ws, flag)
			}
			if flag == fOrgEnd && !endsOrgName(src) {
				t.Errorf("endsOrgName(%q) = false", src)
			}
		}
	}
}
