package quote

import (
	"slices"
	"testing"
)

// TestClaimsNewswire covers wire-style attributions: role words before a
// post-posed name, a place after a medium, commitments, perception verbs,
// relative-clause subjects, "the statement read" and a colon frame about
// someone's words.
func TestClaimsNewswire(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []string
	}{
		{"possessive role before a post-posed name",
			"The mill will shut 300 jobs by the summer, its managing director Pia Holm said.",
			[]string{"indirect [The mill will shut 300 jobs by the summer] subject=Pia Holm cue=said/statement"}},
		{"bare role before a post-posed name",
			"The port will reopen on Friday after repairs, harbour master Ian Roe said.",
			[]string{"indirect [The port will reopen on Friday after repairs] subject=Ian Roe cue=said/statement"}},
		{"role before a determiner and an organisation",
			"Orders for machine tools fell for a third month, industry group the EEF says.",
			[]string{"indirect [Orders for machine tools fell for a third month] subject=the EEF cue=says/statement"}},
		{"a comment noun is no role",
			"Rivals tried to block the sale, a charge the firm denies.",
			nil},
		{"medium and place after told",
			"Rates will stay on hold until the spring, Lena Ortiz told a news conference in Quito.",
			[]string{"indirect [Rates will stay on hold until the spring] subject=Lena Ortiz cue=told/statement medium=told a news conference"}},
		{"reported clause with inner commas, medium and place",
			"Three judges backed the appeal, while two dissented, Omar Said-Vance told a briefing in Cairo on Monday.",
			[]string{"indirect [Three judges backed the appeal, while two dissented] subject=Omar Said-Vance cue=told/statement medium=told a briefing time=on Monday"}},
		{"told with an addressee and its audience noun",
			"Ms Brandt told Green members the coalition would hold.",
			[]string{"indirect [the coalition would hold] subject=Ms Brandt cue=told/statement medium=told Green members"}},
		{"a directive with its addressee",
			"The operator said the line was closed and warned commuters not to travel.",
			[]string{"indirect [the line was closed] subject=The operator cue=said/statement",
				"indirect [commuters not to travel] subject=The operator cue=warned/demand"}},
		{"advised with an addressee and an infinitive",
			"The agency advised drivers to avoid the coast road on Sunday.",
			[]string{"indirect [drivers to avoid the coast road on Sunday] subject=The agency cue=advised/demand"}},
		{"asked, ordered or instructed with an addressee and an infinitive is a demand",
			"The firm asked the court to delay the hearing. The judge ordered the bank to pay. She instructed staff not to reply.",
			[]string{"indirect [the court to delay the hearing] subject=The firm cue=asked/demand",
				"indirect [the bank to pay] subject=The judge cue=ordered/demand",
				"indirect [staff not to reply] subject=She cue=instructed/demand"}},
		{"a noun that takes to is no addressee",
			"Officials ordered a halt to construction work. Her coach told her to keep shooting.",
			[]string{"indirect [her to keep shooting] subject=Her coach cue=told/demand"}},
		{"an aside between commas before that",
			"The chief executive said in an email to staff, seen by this newspaper, that the cuts were final.",
			[]string{"indirect [the cuts were final] subject=The chief executive cue=said/statement medium=in an email to staff"}},
		{"a journal and its name as the medium, then a time",
			"Hedgehogs travel twice as far in towns as in the countryside, the team reported in the journal Mammal Review on Friday.",
			[]string{"indirect [Hedgehogs travel twice as far in towns as in the countryside] subject=the team cue=reported/statement medium=in the journal Mammal Review time=on Friday"}},
		{"a participle cue before that in a prepositional phrase",
			"The regulator said in a written reply that the fees were lawful.",
			[]string{"indirect [the fees were lawful] subject=The regulator cue=said/statement"}},
		{"a medium name does not take the content's subject",
			"Ms Ode told BBC Radio's Today programme Mr Finch had misled the house.",
			[]string{"indirect [Mr Finch had misled the house] subject=Ms Ode cue=told/statement medium=told BBC Radio's Today programme"}},
		{"a commitment with its infinitive",
			"The governor promised to reopen the two rural clinics before the winter.",
			[]string{"indirect [to reopen the two rural clinics before the winter] subject=The governor cue=promised/prediction"}},
		{"coordinated infinitives with a quotation inside",
			"He pledged to run \"a lean and honest office\" and to publish his diary every week.",
			[]string{"indirect [to run \"a lean and honest office\" and to publish his diary every week] subject=He cue=pledged/prediction"}},
		{"a commitment that is only a quotation is partial",
			"The union vowed to \"fight on\".",
			[]string{"partial [fight on] subject=The union cue=vowed/prediction"}},
		{"a commitment with no verb phrase is no claim",
			"She promised to the end.",
			nil},
		{"a present commitment verb is not speech",
			"The new engine promises to cut fuel use by a fifth.",
			nil},
		{"heard saying after an appositive",
			"Mr Voss, leaving the hall, could be heard saying the vote was \"a stitch-up\" by the whips.",
			[]string{"indirect [the vote was \"a stitch-up\" by the whips] subject=Mr Voss cue=saying/statement"}},
		{"quoted as saying",
			"The envoy was quoted as saying the ceasefire would hold.",
			[]string{"indirect [the ceasefire would hold] subject=The envoy cue=saying/statement"}},
		{"relative clause subject with a base-form cue",
			"But the engineers who inspected it say the bridge is safe to use.",
			[]string{"indirect [the bridge is safe to use] subject=the engineers cue=say/statement"}},
		{"relative clause subject with a past cue",
			"Residents who live near the depot said the noise had got worse.",
			[]string{"indirect [the noise had got worse] subject=Residents cue=said/statement"}},
		{"a speaker inside the relative clause",
			"A clerk who detectives said took cash from the till was arrested on Monday.",
			[]string{"indirect [took cash from the till] subject=detectives cue=said/statement"}},
		{"a statement read",
			"The statement read in part: \"Our members will not be intimidated.\"",
			[]string{"direct [Our members will not be intimidated.] subject=The statement cue=read/statement"}},
		{"read after a name is no cue",
			"Ms Dale read the letter: \"Dear sir, we regret the delay.\"",
			nil},
		{"a colon frame about someone's words opens a block",
			"Flood hits town\n\nThe mayor spoke to residents on Tuesday evening outside the town hall.\n\nShe said the town would rebuild.\n\nHer speech ended with a promise she had made before:\n\nWe will rebuild every home, and we will do it together.\n",
			[]string{"indirect [the town would rebuild] subject=She cue=said/statement",
				"block [We will rebuild every home, and we will do it together.] subject=She cue=:/statement"}},
		{"a colon frame with no words noun opens no block",
			"Flood hits town\n\nThe mayor spoke to residents on Tuesday evening outside the town hall.\n\nHer car was parked by the river:\n\nThe water rose over the bonnet within an hour of the storm.\n",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := describe(tt.src); !slices.Equal(got, tt.want) {
				t.Errorf("claims of %q:\n got %q\nwant %q", tt.src, got, tt.want)
			}
		})
	}
}
