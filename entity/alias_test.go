package entity

import (
	"testing"
)

// TestOrgAliases checks that the shorter forms of an organisation's name
// that an article uses are the same organisation, and that two names
// whose shorter forms would be the same stay apart.
func TestOrgAliases(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []string // names that must be one organisation, the first canonical
		not  []string // names that must be organisations of their own
	}{
		{"a place word dropped, then an abbreviation",
			"The US Federal Reserve raised rates on Monday. The Federal Reserve said inflation was high. The Fed said more rises were likely.",
			[]string{"The US Federal Reserve", "The Federal Reserve", "The Fed"}, nil},
		{"a possessive place dropped, then initials",
			"Figures from the UK's Office for National Statistics showed a fall. The ONS said prices rose.",
			[]string{"Office for National Statistics", "The ONS"}, nil},
		{"two ministries of two countries stay apart",
			"The Russian Foreign Ministry denied the report. The Ukrainian Foreign Ministry said it was true. The Foreign Ministry added nothing.",
			nil, []string{"The Russian Foreign Ministry", "The Ukrainian Foreign Ministry"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := find(t, tt.src, nil)
			ents := s.Entities()
			of := func(mention string) int {
				for i, e := range ents {
					for _, m := range e.Mentions {
						if m.Span.Text(tt.src) == mention {
							return i
						}
					}
				}
				return -1
			}
			for _, m := range tt.want {
				if of(m) < 0 || of(m) != of(tt.want[0]) {
					t.Errorf("%q is not the organisation of %q\n%s", m, tt.want[0], describe(tt.src, s))
				}
			}
			if len(tt.not) == 2 && (of(tt.not[0]) < 0 || of(tt.not[0]) == of(tt.not[1])) {
				t.Errorf("%q and %q are not two organisations\n%s", tt.not[0], tt.not[1], describe(tt.src, s))
			}
		})
	}
}
