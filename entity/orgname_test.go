package entity

import "testing"

// TestOrganisationNameShapes checks organisation names that run over a
// comma, a plural possessive or "and": a ministry named by its list of
// portfolios, a union of a trade, a department named by its portfolios
// and its country.
func TestOrganisationNameShapes(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"a ministry named by a list of portfolios",
			"The Ministry of Housing, Roads and Coastal Works said the bridge would reopen.",
			[]claimAt{{phrase: "The Ministry of Housing, Roads and Coastal Works", cue: "said"}},
			"The Ministry of Housing, Roads and Coastal Works", Organisation},
		{"a list of portfolios with an organisation word inside",
			"A Department for Tourism, Media and Heritage spokeswoman said the museum would close.",
			[]claimAt{{phrase: "A Department for Tourism, Media and Heritage spokeswoman", cue: "said"}},
			"A Department for Tourism, Media and Heritage spokeswoman", Organisation},
		{"a plural possessive inside a union's name",
			"The National Growers’ Federation said the price was too low.",
			[]claimAt{{phrase: "The National Growers’ Federation", cue: "said"}},
			"The National Growers’ Federation", Organisation},
		{"a place before a plural possessive inside a name",
			"A survey by the Nepal Drivers' Welfare Federation found gaps. The federation said cover was rare.",
			[]claimAt{{phrase: "The federation", cue: "said"}},
			"the Nepal Drivers' Welfare Federation", Organisation},
		{"an irregular plural's possessive inside a name",
			"The Women's Rowing Association said the race would go ahead.",
			[]claimAt{{phrase: "The Women's Rowing Association", cue: "said"}},
			"The Women's Rowing Association", Organisation},
		{"a department named by its portfolios and its country",
			"In a statement, Immigration and Citizenship Australia said the visa rules would change.",
			[]claimAt{{phrase: "Immigration and Citizenship Australia", cue: "said"}},
			"Immigration and Citizenship Australia", Organisation},
		{"an agency named by its domain and a two-word place",
			"In a statement, Tourism South Africa said bookings were up.",
			[]claimAt{{phrase: "Tourism South Africa", cue: "said"}},
			"Tourism South Africa", Organisation},
		{"\"for\" after an \"of\" phrase inside a name",
			"The Tribunal of Appeal for Fisheries (TAF) upheld the fine. TAF said the catch was illegal.",
			[]claimAt{{phrase: "TAF", pn: 1, cue: "said"}},
			"The Tribunal of Appeal for Fisheries", Organisation},
		{"a phrase cut inside a name with a possessive is the name",
			"The Plumbers’ Joint Council said the rules were unclear.",
			[]claimAt{{phrase: "Joint Council", cue: "said"}},
			"The Plumbers’ Joint Council", Organisation},
	}, func(t *testing.T, tt speakerCase, s *Set) {
		for _, e := range s.Entities() {
			if e.Kind == Person {
				t.Errorf("person %q\n%s", e.Name, describe(tt.src, s))
			}
		}
	})
}

// TestOrganisationNameNotJoined checks the lists and possessives that
// name no single organisation: organisations listed after a ministry, a
// country's, a team's or a company's possessive before a name, clubs
// joined by "and", a modifier before a country.
func TestOrganisationNameNotJoined(t *testing.T) {
	for _, tt := range []struct{ src, not, want string }{
		{"The Ministry of Defence, Harbour Office and Treasury said the talks had ended.",
			"The Ministry of Defence, Harbour Office and Treasury", "The Ministry of Defence"},
		{"The Ministry of Defence, Police and Fire Service said the talks had ended.",
			"The Ministry of Defence, Police and Fire Service", "The Ministry of Defence"},
		{"Ruritania’s Health Board said the clinic would close.", "Ruritania’s Health Board", "Health Board"},
		{"He missed the Hornets’ Western League match with a knee injury.", "the Hornets’ Western League", "Western League"},
		{"Users of Nimbus Systems’ Vault Office said it was slow.", "Nimbus Systems’ Vault Office", "Nimbus Systems"},
		{"Leeds and Sporting Lisbon said the transfer was off.", "Leeds and Sporting Lisbon", "Sporting Lisbon"},
		{"Former Brazil captain Tomas Reiner said the team was tired.", "Former Brazil", "Tomas Reiner"},
	} {
		s := find(t, tt.src, nil)
		names := map[string]bool{}
		for _, e := range s.Entities() {
			names[e.Name] = true
		}
		if names[tt.not] || !names[tt.want] {
			t.Errorf("%q: entities %v, want %q and not %q", tt.src, names, tt.want, tt.not)
		}
	}
}
