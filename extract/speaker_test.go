package extract_test

import (
	"strings"
	"testing"

	"github.com/whosaid/whosaid/extract"
)

// TestPronounSpeakers checks the speaker of claims whose subject is a
// pronoun that the entity resolver leaves open: "it" and "they" are not
// the person who spoke before them.
func TestPronounSpeakers(t *testing.T) {
	tests := []struct {
		name, src, content, want string
	}{
		{"it after a sentence on a body",
			"Minister Alana Rusk said the budget was fair. The ministry declined to comment on the leaked report. In a statement, it said the measures were lawful.",
			"the measures were lawful", "The ministry"},
		{"they after a group described by its employer",
			"Minister Alana Rusk said the budget was fair. Economists at the lender Nordhaven estimate that growth will slow. Rising rates would hurt exporters, they said.",
			"Rising rates would hurt exporters", "Economists"},
		{"her of \"in her words\" after a person",
			"Maria Delacroix, the commission's chair, spoke to reporters on Tuesday. In her words, the count was clean and fast.",
			"the count was clean and fast", "Maria Delacroix"},
		{"they after a group that spoke last, not the person named before",
			"“We expected nothing,” said lead author Dr. Ilse Marrow. The snails survive by slowing their hearts, the authors wrote. “The degree of shutdown is remarkable,” they wrote.",
			"The degree of shutdown is remarkable,", "the authors"},
		{"they after a party that spoke last",
			"“We will vote for it,” said Mr Howard. But the Tories insisted they would hold ministers to account. They said they would also press the government on costs.",
			"they would also press the government on costs", "the Tories"},
	}
	x := extract.New()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := x.Extract(tt.src)
			for _, c := range d.Claims {
				if c.Content.Text(tt.src) != tt.content {
					continue
				}
				if c.Speaker == nil || !strings.Contains(c.Speaker.Name, tt.want) {
					t.Fatalf("speaker of %q: %+v, want a name with %q", tt.content, c.Speaker, tt.want)
				}
				return
			}
			t.Fatalf("no claim %q in %q", tt.content, tt.src)
		})
	}
}
