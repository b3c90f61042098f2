package entity

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/internal/segment"
)

func seedFiles(t testing.TB) []string {
	fs, err := filepath.Glob("../testdata/articles/*.txt")
	if err != nil || len(fs) == 0 {
		t.Skip("no seed articles")
	}
	return fs
}

// describe prints the entities of a set, one a line.
func describe(src string, s *Set) string {
	var b strings.Builder
	for i, e := range s.Entities() {
		var ms []string
		for _, m := range e.Mentions {
			ms = append(ms, fmt.Sprintf("%q", m.Span.Text(src)))
		}
		fmt.Fprintf(&b, "%2d %-12s %-30q roles=%q %s\n", i, e.Kind, e.Name, e.Roles, strings.Join(ms, " "))
	}
	return b.String()
}

// checkInvariants checks that every mention is valid in src, and that
// mentions are sorted and do not overlap.
func checkInvariants(t *testing.T, src string, s *Set) {
	t.Helper()
	for i, e := range s.Entities() {
		for k, m := range e.Mentions {
			if !m.Span.ValidIn(src) || m.Span.Empty() {
				t.Errorf("entity %d %q: mention %v not valid", i, e.Name, m.Span)
			}
			if k > 0 && e.Mentions[k-1].Span.End > m.Span.Start {
				t.Errorf("entity %d %q: mentions %v and %v unsorted or overlapping", i, e.Name, e.Mentions[k-1].Span, m.Span)
			}
		}
	}
}

func TestSeedEntities(t *testing.T) {
	for _, fn := range seedFiles(t) {
		b, err := os.ReadFile(fn)
		if err != nil {
			t.Fatal(err)
		}
		src := string(b)
		s := Find(segment.Split(src), nil)
		checkInvariants(t, src, s)
		if testing.Verbose() {
			t.Logf("%s\n%s", filepath.Base(fn), describe(src, s))
		}
		l := lex()
		seen := map[string]int{}
		for i, e := range s.Entities() {
			if e.Kind != Person {
				continue
			}
			if _, ok := l.places[e.Name]; ok {
				t.Errorf("%s: place %q is a person", fn, e.Name)
			}
			for _, w := range strings.Fields(e.Name) {
				if l.lookup(w)&fOrg != 0 && len(w) > 3 {
					t.Errorf("%s: organisation %q is a person", fn, e.Name)
				}
			}
			if j, ok := seen[e.Name]; ok {
				t.Errorf("%s: person %q is entities %d and %d", fn, e.Name, j, i)
			}
			seen[e.Name] = i
		}
	}
}
