package entity

import (
	"testing"

	"github.com/whosaid/whosaid/internal/segment"
)

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
		{"a chess title before a name and a hyphenated surname alone",
			"GM Tariel Vashadze-Lund beat top seed GM Oskar Brevik-Sand on Sunday. Brevik-Sand, who had been unbeaten, was glum. He said he had collapsed.",
			[]claimAt{{phrase: "He", pn: 0, cue: "said", cn: 0}}, "Oskar Brevik-Sand", Person},
		{"a currency's prefix is no organisation",
			"The Formosa Carers Association says wages will rise by NT$3,000. The group has long urged the government to act.",
			[]claimAt{{phrase: "The group", cue: "urged"}}, "The Formosa Carers Association", Organisation},
		{"an adjective opening a sentence before a plural source",
			"The paper was published on Monday.\n\nIndependent scientists said it raised questions.",
			[]claimAt{{phrase: "Independent scientists", cue: "said"}}, "Independent scientists", Unnamed},
		{"an honorific after an office with \"of\" opens the name",
			"Tabora Member of Parliament Mr Juma Ngoyani-Sefu urged the government to act.",
			[]claimAt{{phrase: "Tabora Member of Parliament Mr Juma Ngoyani-Sefu", cue: "urged"}}, "Juma Ngoyani-Sefu", Person},
		{"a member of a body as a title", "Member of Parliament Edna Mwakyusa said the fares were too high.",
			[]claimAt{{phrase: "Member of Parliament Edna Mwakyusa", cue: "said"}}, "Edna Mwakyusa", Person},
		{"counsel as a title", "Defence counsel Priya Raman-Oduya submitted that the search had been unlawful.",
			[]claimAt{{phrase: "Defence counsel Priya Raman-Oduya", cue: "submitted"}}, "Priya Raman-Oduya", Person},
		{"an outlet told something is no group's antecedent",
			"\"It is too little,\" Mei Hualin, a researcher at the Formosa Carers Association, told Radio Pacifica.\n\nThe group has long urged the government to act.",
			[]claimAt{{phrase: "The group", cue: "urged"}}, "the Formosa Carers Association", Organisation},
		{"an acronym with the initial of \"of\"",
			"The Ministry of Fisheries (MOF) said the quota would fall. Later the MOF said it would review it.",
			[]claimAt{{phrase: "the MOF", cue: "said", cn: 1}}, "The Ministry of Fisheries", Organisation},
		{"\"it\" is no unnamed person",
			"The Zarvia Trade Council met on Monday. One diplomat said the talks were tense. In a statement, it said the package was fair.",
			[]claimAt{{phrase: "it", cue: "said", cn: 1}}, "The Zarvia Trade Council", Organisation},
		{"a role as the subject after a participle's clause",
			"Press secretary Leocadia Marsh-Tolle told reporters the plan was fine. The call came two days after troops moved. The foreign minister, Ezequiel Brandt, said on television that it was bad. Brazil called for calm. Pressed on what it meant, the press secretary declined to rule anything out. “We are not going to,” she said.",
			[]claimAt{{phrase: "she", cue: "said", cn: 1}}, "Leocadia Marsh-Tolle", Person},
		{"a name between commas after an office and what it is of",
			"The president of the Trade Commission, Abdoulaye Sidibe-Kone, defended the approach. Sanctions, he argued, had failed.",
			[]claimAt{{phrase: "he", pn: 3, cue: "argued"}}, "Abdoulaye Sidibe-Kone", Person},
		{"the agency of a department of state",
			"Cases rose by half, according to the Department of Health. Children accounted for most of them, the agency said.",
			[]claimAt{{phrase: "the agency", cue: "said"}}, "the Department of Health", Organisation},
		{"Cllr before a name", "Cllr Rhoda Banfield said the road would reopen in June.",
			[]claimAt{{phrase: "Cllr Rhoda Banfield", cue: "said"}}, "Rhoda Banfield", Person},
		{"a regnal numeral is no part of the name", "Louis Ortega III said the team would win.",
			[]claimAt{{phrase: "Louis Ortega III", cue: "said"}}, "Louis Ortega", Person},
		{"a chief's honorific before unknown names in apposition",
			"The chief of the area, Nana Ofori Asante-Boadu III, has given loggers a week to leave.\n\n" +
				"Nana Asante-Boadu noted that the forest had shrunk.\n\nAccording to him, the loggers came from the city.",
			[]claimAt{{phrase: "Nana Asante-Boadu", cue: "noted"}, {phrase: "him", cue: "According to"}}, "Ofori Asante-Boadu", Person},
		{"an honorific before a double surname",
			"\"We lost half,\" said Carlos Ibarra Vidal, who runs the savers' group.\n\nMr Ibarra Vidal said the courts had failed them.",
			[]claimAt{{phrase: "Carlos Ibarra Vidal", cue: "said"}, {phrase: "Mr Ibarra Vidal", cue: "said", cn: 1}}, "Carlos Ibarra Vidal", Person},
		{"Alhaji before a name", "Alhaji Musa Danladi told reporters the market would reopen.",
			[]claimAt{{phrase: "Alhaji Musa Danladi", cue: "told"}}, "Musa Danladi", Person},
		{"a sports position before an unknown name", "Forward Tamas Vellaquez finished with 24 points. Rookie guard Oba Kalu-Lind scored twice.",
			[]claimAt{{phrase: "Rookie guard Oba Kalu-Lind", cue: "scored"}}, "Oba Kalu-Lind", Person},
		{"a possessive group noun, then the group's name",
			"According to residents' group Save Oak Road, more than 300 people signed a petition.",
			[]claimAt{{phrase: "residents' group Save Oak Road", cue: "According to"}}, "Save Oak Road", Organisation},
		{"a demonym that the phrase starts with, cut from its description",
			"Marta Quillon-Reyes beat the top seed on Tuesday.\n\nThe 31-year-old Brazilian, seeded fourth, said she was calm.",
			[]claimAt{{phrase: "Brazilian", cue: "said"}}, "Marta Quillon-Reyes", Person},
		{"an unknown name opening a sentence, with its possessive nine words on",
			"Budi Tarsono keeps two phones mounted on the handlebars of his scooter.\n\n“Every night I write it down,” the 34-year-old told reporters.",
			[]claimAt{{phrase: "the 34-year-old", cue: "told"}}, "Budi Tarsono", Person},
		{"a demonym after the veteran", "Jonas Eklund-Varga lost in five sets. Later the veteran Swede said he was tired.",
			[]claimAt{{phrase: "Swede", cue: "said"}}, "Jonas Eklund-Varga", Person},
		{"a transcript's surname label refers to the label in full",
			"ADA NWOSU, HOST:\n\nThe bridge closed in May.\n\nTEMI OKAFOR: I lost my job.\n\nOKAFOR: June is far off.",
			[]claimAt{{phrase: "TEMI OKAFOR", cue: "I lost"}, {phrase: "OKAFOR", pn: 1, cue: "June"}}, "TEMI OKAFOR", Person},
		{"the head of a source before its relative clause",
			"Bees thrive in towns, according to a 10-year study that tracked 600 hives across northern Wales.",
			[]claimAt{{phrase: "a 10-year study that tracked 600 hives across northern Wales", cue: "according to"}}, "a 10-year study", Unnamed},
		{"a place that postmodifies an organisation's name",
			"The Union of Ferry Workers of Lagos said it backed the strike.",
			[]claimAt{{phrase: "The Union of Ferry Workers of Lagos", cue: "said"}}, "The Union of Ferry Workers", Organisation},
		{"an organisation in a place", "The Chilean Embassy in Oslo said it was aware of the case.",
			[]claimAt{{phrase: "The Chilean Embassy in Oslo", cue: "said"}}, "The Chilean Embassy", Organisation},
		{"a person and another actor coordinated speak together",
			"President Ivan Dorov and his senior officials have said that the case is closed.",
			[]claimAt{{phrase: "President Ivan Dorov and his senior officials", cue: "said"}}, "President Ivan Dorov and his senior officials", Unnamed},
		{"a person and an unnamed source coordinated speak together",
			"Mr Ode and two aides said the plan was dead. They added that it had cost too much.",
			[]claimAt{{phrase: "Mr Ode and two aides", cue: "said"}, {phrase: "They", cue: "added"}}, "Mr Ode and two aides", Unnamed},
		{"a place before \"and\" ends a phrase, no coordination",
			"Lena Vorst had been training in Holland and Vorst said the knee was fine.",
			[]claimAt{{phrase: "Holland and Vorst", cue: "said"}}, "Lena Vorst", Person},
		{"words past 64 bytes of a phrase are read whole",
			"Prices held, according to mortgage lender Harwick & Pryce and housebuilder George Wimberton.",
			[]claimAt{{phrase: "mortgage lender Harwick & Pryce and housebuilder George Wimberton", cue: "according to"}}, "mortgage lender Harwick & Pryce and housebuilder George Wimberton", Unnamed},
		{"headquarters heads an organisation's name",
			"The swap took place at dawn, according to Ukraine’s Coordination Headquarters for the Treatment of Prisoners.",
			[]claimAt{{phrase: "Ukraine’s Coordination Headquarters for the Treatment of Prisoners", cue: "according to"}}, "Coordination Headquarters", Organisation},
		{"a name that modifies a noun of people is no speaker",
			"Senator Corinna Vale spoke on Monday. A Vale campaign spokesperson said the senator had misspoken.",
			[]claimAt{{phrase: "A Vale campaign spokesperson", cue: "said"}}, "A Vale campaign spokesperson", Unnamed},
		{"a description with another name's modifier refers to no earlier one",
			"A Vale campaign spokesperson said it was over. The Tamsin campaign said it had raised $2 million.",
			[]claimAt{{phrase: "A Vale campaign spokesperson", cue: "said"}, {phrase: "The Tamsin campaign", cue: "said", cn: 1}}, "The Tamsin campaign", Organisation},
		{"an acronym of a body in parentheses inside a speaker's phrase",
			"Taiwan Labour Party (TLP) Legislator Hsu Mei-ling said she supported the raise.",
			[]claimAt{{phrase: "Taiwan Labour Party (TLP) Legislator Hsu Mei-ling", cue: "said"}}, "Hsu Mei-ling", Person},
		{"an organisation's noun that modifies the head of an appositive",
			"Ms Verrow, the parish council leader, said the roads were bad. She added that repairs would wait.",
			[]claimAt{{phrase: "She", cue: "added"}}, "Verrow", Person},
		{"an honorific outweighs an organisation's appositive",
			"Mr Castellane, the union, said nothing. He later said the talks had failed.",
			[]claimAt{{phrase: "He", cue: "said"}}, "Castellane", Person},
		{"a surname alone after a name only a claim introduced",
			"Odalys Vantongeren said she had driven all night.\n\n\"It is not a plan,\" Vantongeren told reporters.",
			[]claimAt{{phrase: "Odalys Vantongeren", cue: "said"}, {phrase: "Vantongeren", cue: "told"}}, "Odalys Vantongeren", Person},
		{"a surname alone speaking of his own statement",
			"\"We made a mistake,\" Quillfeather-Osei said in his opening statement. Rep. Ann Dorrow pressed him. He said the company had changed.",
			[]claimAt{{phrase: "Quillfeather-Osei", cue: "said"}, {phrase: "He", cue: "said", cn: 1}}, "Quillfeather-Osei", Person},
		{"a capitalised description before a given name",
			"Defiant Simon Arkwright-Pole says he will not quit.",
			[]claimAt{{phrase: "Defiant Simon Arkwright-Pole", cue: "says"}}, "Simon Arkwright-Pole", Person},
		{"an outlet before a comma is no apposition of the description after it",
			"The Energy Ministry rejected the charge. In a statement to The Negev Times, the ministry said it had spent NIS 230 million.",
			[]claimAt{{phrase: "the ministry", cue: "said"}}, "The Energy Ministry", Organisation},
		{"an organisation named with the noun before \"of\" far back",
			"According to the Association of Rural Family Physicians, the nearest practice is 27 kilometres away. Item 0 was noted. Item 1 was noted. Item 2 was noted. Item 3 was noted. Item 4 was noted. Item 5 was noted. Item 6 was noted. Item 7 was noted. Item 8 was noted. In a statement to Radio Pacifica, the association said it offered grants.",
			[]claimAt{{phrase: "the association", cue: "said"}}, "the Association of Rural Family Physicians", Organisation},
		{"an acronym that modifies the run before \"and\" in an organisation's name",
			"The TGA Research and Information Centre said outages had tripled.",
			[]claimAt{{phrase: "The TGA Research and Information Centre", cue: "said"}}, "The TGA Research and Information Centre", Organisation},
		{"a museum is an organisation",
			"The Vellmar Museum of World Cultures says the weavings were taken at night.",
			[]claimAt{{phrase: "The Vellmar Museum of World Cultures", cue: "says"}}, "The Vellmar Museum of World Cultures", Organisation},
		{"the person asked a question answers it",
			"Councillor Edda Moraine held up a letter from residents and asked Mr Harland whether he had read it.\n\n\"I have not seen that letter,\" he said.",
			[]claimAt{{phrase: "he", pn: 4, cue: "said"}}, "Harland", Person},
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

// TestTranscriptLabelPeople checks that the speaker labels of a broadcast
// transcript are people, not organisations, and that capitals before a
// colon in other news (a dateline, a standing head) are no label.
func TestTranscriptLabelPeople(t *testing.T) {
	src := "ADA NWOSU, HOST:\n\nThe bridge closed in May.\n\nTEMI OKAFOR: I lost my job.\n\n" +
		"NWOSU: She says the agency has not called her.\n\nOKAFOR: June is far off.\n"
	s := find(t, src, nil)
	kinds := map[string]Kind{}
	for _, e := range s.Entities() {
		kinds[e.Name] = e.Kind
	}
	for name, want := range map[string]Kind{"ADA NWOSU": Person, "TEMI OKAFOR": Person} {
		if kinds[name] != want {
			t.Errorf("%s: kind %v, want %v\n%s", name, kinds[name], want, describe(src, s))
		}
	}
	for _, name := range []string{"NWOSU", "OKAFOR", "HOST"} {
		if k, ok := kinds[name]; ok {
			t.Errorf("%s is an entity of its own (%v)\n%s", name, k, describe(src, s))
		}
	}
	news := "NEW DELHI: The ministry said exports rose.\n\nRAJ MEHRA: a profile.\n"
	s = find(t, news, nil)
	for _, e := range s.Entities() {
		if e.Kind == Person {
			t.Errorf("no transcript: person %q\n%s", e.Name, describe(news, s))
		}
	}
}

// TestNameOpeningSentence checks two capitalised words that open a
// sentence, no known given name: a person when a possessive "his" or
// "her" follows the verb in the clause, not when "her" is an object.
func TestNameOpeningSentence(t *testing.T) {
	for _, tt := range []struct {
		src    string
		name   string
		person bool
	}{
		{"Tenlo Varnaby had missed her first five shots.\n\nVarnaby said she had not been nervous.", "Tenlo Varnaby", true},
		{"Quillan Ostrowe has sold his farm.", "Quillan Ostrowe", true},
		{"Harbour Lights hired her as a cook in May.", "Harbour Lights", false},
		{"Marrow Fields gave her a loan.", "Marrow Fields", false},
	} {
		s := Find(segment.Split(tt.src), nil)
		person := false
		for _, e := range s.Entities() {
			person = person || e.Kind == Person && e.Name == tt.name
		}
		if person != tt.person {
			t.Errorf("%q: %q a person = %v, want %v\n%s", tt.src, tt.name, person, tt.person, describe(tt.src, s))
		}
	}
}
