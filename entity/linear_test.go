package entity

import (
	"fmt"
	"math"
	"runtime"
	"runtime/debug"
	"strings"
	"testing"
	"time"

	"github.com/whosaid/whosaid/internal/cputime"
	"github.com/whosaid/whosaid/internal/segment"
	"github.com/whosaid/whosaid/textpos"
)

// findAndSpeak runs Find over t and resolves, in text order, the words
// after each "said " up to the next period as a speaker phrase, as the
// extract package does with the subjects of claims.
func findAndSpeak(t *segment.Text) *Set {
	s := Find(t, nil)
	src := t.Src
	for off := 0; ; {
		i := strings.Index(src[off:], "said ")
		if i < 0 {
			break
		}
		a := off + i + len("said ")
		b := a + strings.IndexAny(src[a:], ".,\n")
		if b < a {
			b = len(src)
		}
		if e, _, ok := s.Speaker(textpos.Span{Start: a, End: b}, textpos.Span{Start: a - 5, End: a - 1}); ok {
			_, _ = s.Name(e), s.Kind(e)
			s.Role(e, a)
		}
		off = b
	}
	s.Entities()
	return s
}

// capWord returns a capitalised made-up word unique to i.
func capWord(i int) string {
	b := []byte{'Q'}
	for {
		b = append(b, "aeioubdfgklmnprstvz"[i%19])
		i /= 19
		if i == 0 {
			return string(b)
		}
	}
}

// hostile are generators of texts of about n bytes that would make a
// quadratic step of Find or Speaker show.
var hostile = []struct {
	name string
	gen  func(n int) string
}{
	{"distinct-names", func(n int) string {
		var b strings.Builder
		for i := 0; b.Len() < n; i++ {
			fmt.Fprintf(&b, "“Yes,” said %s %s. ", capWord(i), capWord(i*7+3))
		}
		return b.String()
	}},
	{"distinct-people-one-paragraph", func(n int) string {
		var b strings.Builder
		for i := 0; b.Len() < n; i++ {
			fmt.Fprintf(&b, "Minister John %s said he would go, and the minister said so. ", capWord(i))
		}
		return b.String()
	}},
	{"same-surname", func(n int) string {
		var b strings.Builder
		for i := 0; b.Len() < n; i++ {
			fmt.Fprintf(&b, "Mr. %s Smith said it. Smith said so, the source said.\n", capWord(i))
		}
		return b.String()
	}},
	{"unnamed-sources", func(n int) string {
		var b strings.Builder
		for i := 0; b.Len() < n; i++ {
			fmt.Fprintf(&b, "A %s official said no. The official said yes, said the %s agency. ", capWord(i), capWord(i+1))
		}
		return b.String()
	}},
	{"acronyms", func(n int) string {
		var b strings.Builder
		for i := 0; b.Len() < n; i++ {
			w := strings.ToUpper(capWord(i))
			fmt.Fprintf(&b, "The %s Agency said it. %s said so. ", capWord(i), w)
		}
		return b.String()
	}},
	{"capitalised-words", func(n int) string {
		return strings.Repeat("Prime Minister General Director Smith Jones ", n/44)
	}},
	{"one-word-lines", func(n int) string { return strings.Repeat("He\n", n/3) }},
	{"quotes-one-paragraph", func(n int) string {
		return strings.Repeat("“We will win,” said Mr. Smith, the minister. He said so. ", n/58)
	}},
	{"pronouns", func(n int) string {
		return "Anna Keller said it. " + strings.Repeat("The Agency, the Council and the Office said so, and she said it. ", n/66)
	}},
}

// opTime returns the shortest time of findAndSpeak over t in at least 3
// runs totalling at least budget, with the garbage collector off, in
// thread CPU time where the system gives it (see cputime.Of).
func opTime(t *segment.Text, budget time.Duration) time.Duration {
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	best, total := time.Duration(math.MaxInt64), time.Duration(0)
	for n := 0; n < 3 || total < budget; n++ {
		runtime.GC()
		d := cputime.Of(func() { findAndSpeak(t) })
		best, total = min(best, d), total+d
	}
	return best
}

// TestLinearTime checks that Find and Speaker take time linear in the
// length of hostile texts: doubling the text must not make it take 3
// times as long (linear gives 2 to 2.4 here, with cache effects and
// noise; a quadratic step gives 4 and more). Each size keeps its best
// time over up to 5 measurements.
func TestLinearTime(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("timing; run without -short and -race")
	}
	const n = 256 << 10
	for _, h := range hostile {
		t.Run(h.name, func(t *testing.T) {
			a, b := segment.Split(h.gen(n)), segment.Split(h.gen(2*n))
			checkInvariants(t, b.Src, findAndSpeak(b))
			var ratio float64
			ta, tb := time.Duration(math.MaxInt64), time.Duration(math.MaxInt64)
			for range 5 {
				ta, tb = min(ta, opTime(a, 20*time.Millisecond)), min(tb, opTime(b, 40*time.Millisecond))
				ratio = float64(tb) / float64(max(ta, 1))
				t.Logf("%d bytes: %v, %d bytes: %v, ratio %.2f", len(a.Src), ta, len(b.Src), tb, ratio)
				if ratio <= 3 {
					return
				}
			}
			t.Errorf("time ratio %.2f for doubled input, want <= 3", ratio)
		})
	}
}
