package entity

import "testing"

// TestRound2Speakers checks speakers in shapes common in news: an
// organisation name joined by "&", a military or police rank abbreviated
// before a name, a person whose given name the lexicon does not know,
// and pronouns after a subordinate clause that names someone else.
func TestRound2Speakers(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		// "&" joins the words of one organisation name.
		{"ampersand firm", "Ernst & Young said profits rose.", []claimAt{{"Ernst & Young", 0, "said", 0, 0}}, "Ernst & Young", Organisation},
		{"ampersand firm mid-sentence", "Shares rose after Procter & Gamble said sales were strong.", []claimAt{{"Procter & Gamble", 0, "said", 0, 0}}, "Procter & Gamble", Organisation},
		{"ampersand letters", "Analysts at S&P said the outlook was stable.", []claimAt{{"S&P", 0, "said", 0, 0}}, "S&P", Organisation},
		{"ampersand three words", "The Securities & Exchange Commission said it would review the deal.", []claimAt{{"The Securities & Exchange Commission", 0, "said", 0, 0}}, "The Securities & Exchange Commission", Organisation},
		{"ampersand after two words", "A survey by Pew Internet & American Life said most adults were online.", []claimAt{{"Pew Internet & American Life", 0, "said", 0, 0}}, "Pew Internet & American Life", Organisation},
		{"ampersand and co", "Harwick Pryce & Co. said it would cut jobs.", []claimAt{{"Harwick Pryce & Co.", 0, "said", 0, 0}}, "Harwick Pryce & Co", Organisation},
		{"ampersand two names", "Marsh & McLennan said revenue fell.", []claimAt{{"Marsh & McLennan", 0, "said", 0, 0}}, "Marsh & McLennan", Organisation},
		// Abbreviated ranks before a name.
		{"cmdr", "Cmdr. Julia Reyes said the ship was safe.", []claimAt{{"Cmdr. Julia Reyes", 0, "said", 0, 0}}, "Julia Reyes", Person},
		{"lt col", "Lt. Col. Marcus Webb said the base was secure.", []claimAt{{"Lt. Col. Marcus Webb", 0, "said", 0, 0}}, "Marcus Webb", Person},
		{"maj gen", "Maj. Gen. Hollis Drake said troops would stay.", []claimAt{{"Maj. Gen. Hollis Drake", 0, "said", 0, 0}}, "Hollis Drake", Person},
		{"rear adm", "Rear Adm. Karen Tolliver said the fleet was ready.", []claimAt{{"Rear Adm. Karen Tolliver", 0, "said", 0, 0}}, "Karen Tolliver", Person},
		{"det insp", "Det. Insp. Alan Creaney said the man was arrested.", []claimAt{{"Det. Insp. Alan Creaney", 0, "said", 0, 0}}, "Alan Creaney", Person},
		{"det sgt", "Det Sgt Fiona Marr said inquiries continued.", []claimAt{{"Det Sgt Fiona Marr", 0, "said", 0, 0}}, "Fiona Marr", Person},
		{"ch supt", "Ch Supt Gareth Lowe said officers were on patrol.", []claimAt{{"Ch Supt Gareth Lowe", 0, "said", 0, 0}}, "Gareth Lowe", Person},
		{"dci", "DCI Susan Fenwick said the inquiry was open.", []claimAt{{"DCI Susan Fenwick", 0, "said", 0, 0}}, "Susan Fenwick", Person},
		{"pc", "PC Daniel Hursh said the driver had fled.", []claimAt{{"PC Daniel Hursh", 0, "said", 0, 0}}, "Daniel Hursh", Person},
		{"sgt", "Sgt. Ray Malone said the road was closed.", []claimAt{{"Sgt. Ray Malone", 0, "said", 0, 0}}, "Ray Malone", Person},
		{"cpl", "Cpl Owen Bracewell said the patrol was ambushed.", []claimAt{{"Cpl Owen Bracewell", 0, "said", 0, 0}}, "Owen Bracewell", Person},
		// "PC" that is no title.
		{"pc organisation", "PC World said sales of laptops rose.", []claimAt{{"PC World", 0, "said", 0, 0}}, "PC World", Organisation},
		// A person whose given name is unknown.
		{
			"unknown given name, age apposition",
			"On a grey morning in March, Ruairidh Campbell stands on the slipway. \u201cIt is dead,\u201d he says.\n\n" +
				"Campbell, 71, a retired fisherman, insists that the harbour will recover.",
			[]claimAt{{"he says", 0, "says", 0, 2}, {"Campbell", 1, "insists", 0, 0}},
			"Ruairidh Campbell", Person,
		},
		{
			"unknown given name after a conjunction",
			"The show opened on Friday.\n\nWhen Tamsin Oakroyd started racing in 1974 she was the only woman. \u201cIt was hard,\u201d she said.",
			[]claimAt{{"she said", 0, "said", 0, 3}},
			"Tamsin Oakroyd", Person,
		},
		{
			"bare surname with age",
			"The harbour was quiet on Sunday.\n\nBrodie, 54, said the boats had gone.",
			[]claimAt{{"Brodie", 0, "said", 0, 0}},
			"Brodie", Person,
		},
		{
			"possessor before two words",
			"London's Evening Standard quoted Mr Clarke telling activists that he wanted change. \u201cIt is a duty,\u201d he said.",
			[]claimAt{{"he said", 0, "said", 0, 2}},
			"Clarke", Person,
		},
		{
			"place after preposition",
			"The talks in Port Talbot ended. Union leaders met in New Delhi. Officials said he would travel.",
			[]claimAt{{"Officials", 0, "said", 0, 0}},
			"Officials", Unnamed,
		},
		// Pronouns: the subject of the last claim, and not a name inside
		// an "Asked whether ..." clause.
		{
			"subject of last claim",
			"Captain Daniel Marsh praised the bowlers.\n\n" +
				"Weerakkody, whose father died in June, said he had bowled for his dad.\n\n" +
				"\u2018Every wicket today was for him,\u2019 he said.",
			[]claimAt{{"Weerakkody", 0, "said", 0, 0}, {"he said", 0, "said", 1, 2}},
			"Weerakkody", Person,
		},
		{
			"asked whether",
			"Captain Daniel Marsh said the side had played well.\n\n" +
				"Asked whether spinner Ollie Bracken would keep his place, he declined to be drawn. \u2018Ask me in a fortnight,\u2019 he said.",
			[]claimAt{{"Daniel Marsh", 0, "said", 0, 0}, {"he said", 0, "said", 1, 2}},
			"Daniel Marsh", Person,
		},
	}, nil)
}

// TestRound2Kinds checks the kinds of names that the rules above must not
// turn into people: organisations and places before a verb and a
// pronoun, "PC" that is no police rank, "&" between lower-case words.
func TestRound2Kinds(t *testing.T) {
	tests := []struct {
		src, name string
		kind      Kind
	}{
		{"On Saturday, Manchester United beat Chelsea and he said it was deserved.", "Manchester United", Organisation},
		{"Last week, New Delhi announced a ban and she said it was wrong.", "New Delhi", Place},
		{"PC World said sales of laptops rose.", "PC World", Organisation},
	}
	for _, tt := range tests {
		s := find(t, tt.src, nil)
		for _, e := range s.Entities() {
			if e.Name == tt.name && e.Kind != tt.kind {
				t.Errorf("%q: %q is %v, want %v\n%s", tt.src, e.Name, e.Kind, tt.kind, describe(tt.src, s))
			}
		}
	}
	for _, src := range []string{"PC makers said demand fell.", "Spending on research & development rose, he said."} {
		s := find(t, src, nil)
		for _, e := range s.Entities() {
			if e.Kind == Person {
				t.Errorf("%q: unexpected person %q\n%s", src, e.Name, describe(src, s))
			}
		}
	}
}
