package entity

import (
	"strings"
	"testing"
)

// TestOfficeOfPlace checks offices named with "of" or "for" and a place
// or body: the office is a role, never a person named after the place.
func TestOfficeOfPlace(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"office with apposed holder", "The Bishop of Durham, the Rt Rev Tom Wright, said the cuts were wrong.",
			[]claimAt{{phrase: "The Bishop of Durham, the Rt Rev Tom Wright,", cue: "said"}}, "Tom Wright", Person},
		{"office before name", "Mayor of London Sadiq Khan said the buses would run.",
			[]claimAt{{phrase: "Mayor of London Sadiq Khan", cue: "said"}}, "Sadiq Khan", Person},
		{"office alone", "The Bishop of Durham said the cuts were wrong.",
			[]claimAt{{phrase: "The Bishop of Durham", cue: "said"}}, "the Bishop of Durham", Unnamed},
		{"office alone then short", "The Bishop of Durham said the cuts were wrong. The bishop said more was needed.",
			[]claimAt{{phrase: "The Bishop of Durham", cue: "said"}, {phrase: "The bishop", cue: "said", cn: 1}}, "the Bishop of Durham", Unnamed},
		{"office with holder then short", "The Archbishop of Canterbury, Justin Welby, said prayers were needed. The Archbishop said more.",
			[]claimAt{{phrase: "The Archbishop of Canterbury, Justin Welby,", cue: "said"}, {phrase: "The Archbishop", cue: "said", cn: 1}}, "Justin Welby", Person},
		{"MP for", "The MP for Birkenhead said the port would close.",
			[]claimAt{{phrase: "The MP for Birkenhead", cue: "said"}}, "the MP for Birkenhead", Unnamed},
		{"DPP", "The Director of Public Prosecutions said charges would follow.",
			[]claimAt{{phrase: "The Director of Public Prosecutions", cue: "said"}}, "the Director of Public Prosecutions", Unnamed},
		{"Secretary of State for", "The Secretary of State for Health said waiting lists were falling.",
			[]claimAt{{phrase: "The Secretary of State for Health", cue: "said"}}, "the Secretary of State for Health", Unnamed},
		{"Chancellor of the Exchequer", "The Chancellor of the Exchequer said taxes would rise.",
			[]claimAt{{phrase: "The Chancellor of the Exchequer", cue: "said"}}, "the Chancellor of the Exchequer", Unnamed},
		{"Governor of the Bank", "The Governor of the Bank of England said rates would stay.",
			[]claimAt{{phrase: "The Governor of the Bank of England", cue: "said"}}, "the Governor of the Bank of England", Unnamed},
		{"office in apposition after the name", "Sadiq Khan, the Mayor of London, said the buses would run. The mayor said fares would fall.",
			[]claimAt{{phrase: "Sadiq Khan, the Mayor of London,", cue: "said"}, {phrase: "The mayor", cue: "said", cn: 1}}, "Sadiq Khan", Person},
		{"office of the, with a name", "Chancellor of the Exchequer Gordon Brown said taxes would rise.",
			[]claimAt{{phrase: "Chancellor of the Exchequer Gordon Brown", cue: "said"}}, "Gordon Brown", Person},
		{"office repeated, then named holder later", "The Mayor of London said fares would fall. Later the Mayor of London said more.",
			[]claimAt{{phrase: "the Mayor of London", cue: "said", cn: 1}}, "the Mayor of London", Unnamed},
		{"a ministry of stays an organisation", "The Ministry of Defence said the base would close.",
			[]claimAt{{phrase: "The Ministry of Defence", cue: "said"}}, "The Ministry of Defence", Organisation},
		{"a pronoun after an office alone", "Earlier the Archbishop of Canterbury wrote to the parties. In a letter, he called for calm.",
			[]claimAt{{phrase: "the Archbishop of Canterbury", cue: "wrote"}, {phrase: "he", cue: "called"}}, "the Archbishop of Canterbury", Unnamed},
		{"office, then its holder with post-nominal letters", "Director of Public Prosecutions, Jane Ormond QC, who sits on the panel, said the rules were clear. \"It is tougher,\" she said.",
			[]claimAt{{phrase: "she", cue: "said", cn: 1}}, "Jane Ormond QC", Person},
		{"an honour is no office", "Mr Tull, made Commander of the Order of the Bath last year, was still in post, a spokeswoman said. She said the post had been advertised.",
			[]claimAt{{phrase: "Mr Tull", cue: "was"}}, "Tull", Person},
		{"mayor later", "Mayor of London Sadiq Khan opened the line. The mayor said it was a great day.",
			[]claimAt{{phrase: "The mayor", cue: "said"}}, "Sadiq Khan", Person},
	}, func(t *testing.T, tt speakerCase, s *Set) {
		// The place or body an office is of is no person.
		for _, e := range s.Entities() {
			if e.Kind == Person && strings.Contains(tt.src, "of "+e.Name) {
				t.Errorf("person %q is the place of an office\n%s", e.Name, describe(tt.src, s))
			}
		}
	})
}
