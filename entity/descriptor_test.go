package entity

import "testing"

// TestSpeakerDescriptions checks definite descriptions with a demonym or
// a noun of a person, organisation names that run over "and", person
// names found by their context (an age, a noun of a person before a
// comma), regions named with a point of the compass, and a capitalised
// particle opening a surname at a sentence's start.
func TestSpeakerDescriptions(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"the + demonym refers back",
			"Tomas Brandvik finished third in Oslo. \"The tyres were gone,\" the Norwegian said.",
			[]claimAt{{phrase: "the Norwegian", cue: "said"}}, "Tomas Brandvik", Person},
		{"the + demonym + noun of a person",
			"Kenji Morimoto was fifth. \"I was unlucky,\" said the Japanese driver.",
			[]claimAt{{phrase: "the Japanese driver", cue: "said"}}, "Kenji Morimoto", Person},
		{"an age before a demonym",
			"Lena Vukotic won in three sets. The 29-year-old Serbian, ranked 71st, said she was tired.",
			[]claimAt{{phrase: "The 29-year-old Serbian", cue: "said"}}, "Lena Vukotic", Person},
		{"a noun of a sports position",
			"Ada Okafor scored twice. \"I am proud,\" the forward said.",
			[]claimAt{{phrase: "the forward", cue: "said"}}, "Ada Okafor", Person},
		{"a people is no person",
			"Tomas Brandvik finished third. The Norwegians said they would appeal.",
			[]claimAt{{phrase: "The Norwegians", cue: "said"}}, "Norwegians", Organisation},
		{"a state's body with a demonym is not its person",
			"Tomas Brandvik finished third. The Norwegian government said it would appeal.",
			[]claimAt{{phrase: "The Norwegian government", cue: "said"}}, "The Norwegian government", Organisation},
		{"an organisation's name over \"and\"",
			"Lancashire Fire and Rescue Service said crews were called at 9pm.",
			[]claimAt{{phrase: "Lancashire Fire and Rescue Service", cue: "said"}}, "Lancashire Fire and Rescue Service", Organisation},
		{"two names over \"and\" stay two",
			"Kent Police and Fife Council said they would work together.",
			[]claimAt{{phrase: "Fife Council", cue: "said"}}, "Fife Council", Organisation},
		{"an unknown name after a noun of a person and a comma",
			"The penalty went to Ishaan's teammate, Corvin Haldane, on lap 12. \"It was harsh,\" Haldane said.",
			[]claimAt{{phrase: "Haldane", pn: 1, cue: "said"}}, "Corvin Haldane", Person},
		{"an unknown name before an age",
			"Dunmore resident Talvi Oruka, 68, waited 19 hours. \"The nurses were angels,\" Mrs Oruka said. Her son, Ravi Oruka, drove her there.",
			[]claimAt{{phrase: "Mrs Oruka", cue: "said"}}, "Talvi Oruka", Person},
		{"a capitalised particle opening a surname",
			"Ruwan de Silvanto made 141. De Silvanto, 24, was named player of the match. \"We enjoy tonight,\" said de Silvanto.",
			[]claimAt{{phrase: "de Silvanto", pn: 1, cue: "said"}}, "Ruwan de Silvanto", Person},
		{"a region named with a point of the compass",
			"Flooding closed roads across Eastern Kordavia on Monday. Eastern Kordavia said schools would reopen.",
			[]claimAt{{phrase: "Eastern Kordavia", cue: "said"}}, "Eastern Kordavia", Place},
		{"a given name before a home town is a person",
			"Many readers wrote in. Dawn from Hull says the queues were long.",
			[]claimAt{{phrase: "Dawn from Hull", cue: "says"}}, "Dawn", Person},
		{"an alderman is a title",
			"Alderman Pieter Vandermeulen said the city would appeal. \"The law is the law,\" Vandermeulen said.",
			[]claimAt{{phrase: "Vandermeulen", pn: 1, cue: "said", cn: 1}}, "Pieter Vandermeulen", Person},
	}, nil)
}

// TestParticipleBeforePlace checks that a capitalised participle before
// "in" and a place is taken for no person's given name.
func TestParticipleBeforePlace(t *testing.T) {
	src := "Speaking in Leeds, the minister said the plan would work."
	if _, kind, s := speakClaims(t, src, []claimAt{{phrase: "Speaking", cue: "said"}}); kind == Person {
		t.Errorf("\"Speaking\" resolved to a person\n%s", describe(src, s))
	}
}
