package entity

import "testing"

// TestSpeakerGeneralRules checks speaker rules for news the project has
// not seen: honorifics of other Englishes, sports positions before a
// name, a possessive group noun before the group's name, and a relative
// clause after the head of a source.
func TestSpeakerGeneralRules(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"Hon. before a name", "Hon. Adewale Ogunleye said the bill would pass.",
			[]claimAt{{phrase: "Hon. Adewale Ogunleye", cue: "said"}}, "Adewale Ogunleye", Person},
		{"Rt. Hon. before a name", "The Speaker, Rt. Hon. Sarah Whitlock, said the law would change.",
			[]claimAt{{phrase: "Rt. Hon. Sarah Whitlock", cue: "said"}}, "Sarah Whitlock", Person},
		{"Alhaji before a name", "Alhaji Musa Danladi told reporters the market would reopen.",
			[]claimAt{{phrase: "Alhaji Musa Danladi", cue: "told"}}, "Musa Danladi", Person},
		{"a sports position before an unknown name", "Forward Tamas Vellaquez finished with 24 points. Rookie guard Oba Kalu-Lind scored twice.",
			[]claimAt{{phrase: "Rookie guard Oba Kalu-Lind", cue: "scored"}}, "Oba Kalu-Lind", Person},
		{"a possessive group noun, then the group's name",
			"According to residents' group Save Oak Road, more than 300 people signed a petition.",
			[]claimAt{{phrase: "residents' group Save Oak Road", cue: "According to"}}, "Save Oak Road", Organisation},
		{"the head of a source before its relative clause",
			"Bees thrive in towns, according to a 10-year study that tracked 600 hives across northern Wales.",
			[]claimAt{{phrase: "a 10-year study that tracked 600 hives across northern Wales", cue: "according to"}}, "a 10-year study", Unnamed},
	}, nil)
}

// speakerCase is a row of a speaker test: the claims of src, resolved in
// order, and the name and kind of the last one's speaker.
type speakerCase struct {
	name   string
	src    string
	claims []claimAt
	want   string
	kind   Kind
}

// checkSpeakers runs the cases as subtests; more, when not nil, checks
// more of each case's set.
func checkSpeakers(t *testing.T, tests []speakerCase, more func(*testing.T, speakerCase, *Set)) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			name, kind, s := speakClaims(t, tt.src, tt.claims)
			if name != tt.want || kind != tt.kind {
				t.Errorf("speaker = %q (%v), want %q (%v)\n%s", name, kind, tt.want, tt.kind, describe(tt.src, s))
			}
			if more != nil {
				more(t, tt, s)
			}
		})
	}
}
