package quote

import (
	"slices"
	"testing"
)

// TestClaimsGeneralRules checks rules for news the project has not seen:
// datelines before the subject, capitalised lists inside organisation
// names, nouns in -s that look like cues, and answers after a name label
// in a printed interview.
func TestClaimsGeneralRules(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []string
	}{
		{"a dateline with a state abbreviation is no subject",
			"TAMPA, Fla. — A federal judge on Tuesday blocked a state law on drone flights, ruling that it violated the First Amendment.",
			[]string{"indirect [it violated the First Amendment] subject=A federal judge cue=ruling/assertion"}},
		{"a word in capitals before a parenthesis in dashes is no dateline",
			"DJ Ned Cole - aka Big Ned - has said that house music is not dead.",
			[]string{"indirect [house music is not dead] subject=DJ Ned Cole cue=said/statement"}},
		{"an organisation name with a list and an acronym",
			"Japan's Ministry of Economy, Trade and Industry (METI) said it would provide loans to the firms. " +
				"Britain's Department for Environment, Food and Rural Affairs (Defra) said the ban would start in May.",
			[]string{"indirect [it would provide loans to the firms] subject=Japan's Ministry of Economy, Trade and Industry cue=said/statement",
				"indirect [the ban would start in May] subject=Britain's Department for Environment, Food and Rural Affairs cue=said/statement"}},
		{"a list of names before an acronym is not joined without of or for",
			"In May, Trade Secretary Ann Lee (MP) said the rules would change.",
			[]string{"indirect [the rules would change] subject=Trade Secretary Ann Lee cue=said/statement"}},
		{"a noun in -s after a verb or a preposition of topic is no cue",
			"The Greens backed Labour demands that the vote be delayed. The talks went on amid opposition claims that the vote was rigged. " +
				"A resident of Leeds says the road is unsafe. The man who lived nearby says he heard shots.",
			[]string{"indirect [the road is unsafe] subject=A resident cue=says/statement",
				"indirect [he heard shots] subject=The man cue=says/statement"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := describe(tt.src); !slices.Equal(got, tt.want) {
				t.Errorf("got\n%q\nwant\n%q", got, tt.want)
			}
		})
	}
}

// TestAnswerLabel checks that a paragraph opening with a name label after
// a question is a block claim of the person the label names, and that a
// label after no question is not.
func TestAnswerLabel(t *testing.T) {
	src := "Marta Olsen has kept bees in Oslo for 20 years.\n\n" +
		"Q: Why do towns suit bees so well?\n\n" +
		"Olsen: Flowers. A typical park has many kinds of plants.\n\n" +
		"Were the results a surprise?\n\n" +
		"Marta Olsen: Not really. We expected it.\n\n" +
		"Update: The park will close at 6pm.\n"
	want := []string{"block [Flowers. A typical park has many kinds of plants.] subject=Olsen cue=:/statement",
		"block [Not really. We expected it.] subject=Marta Olsen cue=:/statement"}
	if got := describe(src); !slices.Equal(got, want) {
		t.Errorf("got\n%q\nwant\n%q", got, want)
	}
}
