package entity

import (
	"strings"
	"testing"

	"github.com/whosaid/whosaid/textpos"
)

// claimAt is a speaker phrase and its cue, each the n-th occurrence of
// its text, for Speaker. A phrase "he said" with cut 2 is the "he" of the
// first "he said".
type claimAt struct {
	phrase string
	pn     int
	cue    string
	cn     int
	cut    int
}

// speakClaims calls Speaker for the claims in order, as extract does, and
// returns the name and kind of the last claim's speaker ("" when it is
// unresolved).
func speakClaims(t *testing.T, src string, claims []claimAt) (string, Kind, *Set) {
	t.Helper()
	s := find(t, src, nil)
	name, kind := "", Unknown
	for _, c := range claims {
		cue := textpos.Span{}
		if c.cue != "" {
			cue = spanOf(src, c.cue, c.cn)
		}
		sp := spanOf(src, c.phrase, c.pn)
		if c.cut > 0 {
			sp.End = sp.Start + c.cut
		}
		e, _, ok := s.Speaker(sp, cue)
		name, kind = "", Unknown
		if ok {
			name, kind = s.Entities()[e].Name, s.Entities()[e].Kind
		}
	}
	return name, kind, s
}

// TestPronounAfterSpeaker checks that a pronoun speaker is resolved again
// once the speakers before it are known: a person that only Speaker
// named (Find did not know the name) is the antecedent of the pronoun
// that follows the claim naming them, rather than a person Find knew.
func TestPronounAfterSpeaker(t *testing.T) {
	tests := []struct {
		name   string
		src    string
		claims []claimAt
		want   string
	}{
		{
			"new name then he",
			"The bakery's owner, Tomas Verrill, said sales were down. Neighbours watched the fire.\n\n" +
				"Brannoch Kells-Umber, 23, who lives nearby, said he saw smoke.\n\n" +
				"\"It was terrifying,\" he said.",
			[]claimAt{{"Tomas Verrill", 0, "said", 0, 0}, {"Brannoch Kells-Umber", 0, "said", 1, 0}, {"he said", 0, "said", 2, 2}},
			"Brannoch Kells-Umber",
		},
		{
			"spokeswoman named in apposition then she",
			"The harbour board said ten ships were late. Its chairman, Tomas Verrill, said little.\n\n" +
				"\"It will take a week,\" a spokeswoman, Ilse Van Rooyen-Tsang, said. She said the board would meet.",
			[]claimAt{{"Tomas Verrill", 0, "said", 1, 0}, {"Ilse Van Rooyen-Tsang", 0, "said", 2, 0}, {"She", 0, "said", 3, 0}},
			"Ilse Van Rooyen-Tsang",
		},
		// Limits: with no speaker between, the pronoun keeps the subject
		// before it.
		{
			"subject before",
			"Anna Lindqvist met Tomas Verrill on Monday. She said the talks had gone well.",
			[]claimAt{{"She", 0, "said", 0, 0}},
			"Anna Lindqvist",
		},
		{
			"earlier speaker, later subject",
			"Tomas Verrill said the plan was sound.\n\nAnna Lindqvist rejected it. She said it was too costly.",
			[]claimAt{{"Tomas Verrill", 0, "said", 0, 0}, {"She", 0, "said", 1, 0}},
			"Anna Lindqvist",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _, s := speakClaims(t, tt.src, tt.claims)
			if got != tt.want {
				t.Errorf("speaker = %q, want %q\n%s", got, tt.want, describe(tt.src, s))
			}
		})
	}
}

// TestSpeakerApposition checks speaker phrases in apposition with a
// person's name: a role followed by the name between commas, and a
// descriptor that follows a name; and the cases where the name is not
// the speaker's.
func TestSpeakerApposition(t *testing.T) {
	tests := []struct {
		name   string
		src    string
		claim  claimAt
		want   string // "" for not this person
		person string // the person the speaker must not be, when want is ""
	}{
		{
			"role then name",
			"The Green Party voted against the bill. Its leader in the assembly, Brannoch Kells-Umber, said the vote was a mistake.",
			claimAt{"Its leader", 0, "said", 0, 0},
			"Brannoch Kells-Umber", "",
		},
		{
			"possessive role then name",
			"The union's general secretary, Orrin Malloway-Teague, said the strike would go on.",
			claimAt{"general secretary", 0, "said", 0, 0},
			"Orrin Malloway-Teague", "",
		},
		{
			"nickname in quotation marks",
			"Its leader in the assembly, Orrin \"Red\" Malloway-Teague, said the vote was a mistake.",
			claimAt{"Its leader", 0, "said", 0, 0},
			"Orrin Malloway-Teague", "",
		},
		{
			"descriptor after a name before who",
			"The claim was repeated by Martin Kells-Umber, a local councillor, who told a meeting that the figures were wrong.",
			claimAt{"a local councillor", 0, "told", 0, 0},
			"Martin Kells-Umber", "",
		},
		// Limits.
		{
			"name in apposition with the noun of a prepositional phrase",
			"A spokesman for the prosecutor, Dana Whitlow-Brook, said no deal had been made.",
			claimAt{"A spokesman", 0, "said", 0, 0},
			"", "Dana Whitlow-Brook",
		},
		{
			"no name after the role",
			"The minister, in a statement on Monday, said the plan would go ahead. Martin Kells-Umber agreed.",
			claimAt{"The minister", 0, "said", 0, 0},
			"", "Martin Kells-Umber",
		},
		{
			"descriptor after a name without a closing comma",
			"Police arrested Martin Kells-Umber, a local councillor said on Monday.",
			claimAt{"a local councillor", 0, "said", 0, 0},
			"", "Martin Kells-Umber",
		},
		{
			"organisation after the role",
			"The head of the union, Unite, said the talks had failed.",
			claimAt{"The head", 0, "said", 0, 0},
			"", "Unite",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, kind, s := speakClaims(t, tt.src, []claimAt{tt.claim})
			switch {
			case tt.want != "" && (got != tt.want || kind != Person):
				t.Errorf("speaker = %q %v, want %q person\n%s", got, kind, tt.want, describe(tt.src, s))
			case tt.want == "" && got == tt.person:
				t.Errorf("speaker = %q, want another\n%s", got, describe(tt.src, s))
			}
		})
	}
}

// TestAppendInitialsASCII checks that appendInitials reads an ASCII name
// as appendInitialsRunes does.
func TestAppendInitialsASCII(t *testing.T) {
	for _, name := range []string{"", "the Federal Security Service", "UK Independence Party", "The F.B.I.",
		"U.S. Army", "A", ".", "..", "A.", "A.B", "BBC\tNews", " World  Health\nOrganization ", "iPhone Maker",
		"3M Company", "AT&T", "S&P 500", "the NAO", "x", "Ab CD e.f. G.H."} {
		want := string(appendInitialsRunes(nil, withoutArticle(name)))
		if got := string(appendInitials(nil, name)); got != want {
			t.Errorf("appendInitials(%q) = %q, want %q", name, got, want)
		}
	}
	if got := string(appendInitials(nil, "the Café Société")); got != "CS" {
		t.Errorf("appendInitials(Café Société) = %q, want CS", got)
	}
}

// TestPronounRoleAndObject checks antecedents a subject name alone does
// not give: a role that opens the sentence before ("The judge was
// unpersuaded. He …"), a subject whose verb takes a pronoun of the same
// gender as object ("X asked him whether …"), which is someone else; and
// an organisation referred to by its head noun long after it was named.
func TestPronounRoleAndObject(t *testing.T) {
	filler := strings.Repeat("Rain fell on the valley all week. ", 10)
	tests := []struct {
		name   string
		src    string
		claims []claimAt
		want   string
	}{
		{
			"a role opening the sentence before",
			"Circuit Judge Edwin Marlowe heard the case in Hull.\n\n" +
				"For the firm, barrister Quentin Ashby argued that the rota was essential.\n\n" +
				"The judge was unpersuaded. He noted that another baker had been allowed to start late.",
			[]claimAt{{"Quentin Ashby", 0, "argued", 0, 0}, {"He", 0, "noted", 0, 0}},
			"Edwin Marlowe",
		},
		{
			"a subject asking him",
			"Farmer Osric Pellow told the inquiry he had inflated the quotes.\n\n" +
				"Commissioner Tarquel Vosk asked him whether he had repaid the money.\n\n" +
				"\"Not yet,\" he replied.",
			[]claimAt{{"Osric Pellow", 0, "told", 0, 0}, {"he replied", 0, "replied", 0, 2}},
			"Osric Pellow",
		},
		{
			"a speaker asking him",
			"Farmer Osric Pellow told the inquiry he had inflated the quotes.\n\n" +
				"Commissioner Tarquel Vosk asked him whether he had repaid the money.\n\n" +
				"\"Not yet,\" he replied.",
			[]claimAt{{"Osric Pellow", 0, "told", 0, 0}, {"Tarquel Vosk", 0, "asked", 0, 0}, {"he replied", 0, "replied", 0, 2}},
			"Osric Pellow",
		},
		{
			"a subject asking her lawyer is no object pronoun",
			"Tamsin Greer spoke first.\n\nCommissioner Tarquel Vosk asked her lawyer to sit. She said the hearing would resume.",
			[]claimAt{{"She", 0, "said", 0, 0}},
			"Tarquel Vosk",
		},
		{
			"an organisation's head noun far back",
			"A survey by the Tarn Porters' Welfare Federation found gaps in cover. " + filler +
				"The Valley Council met. According to the federation, nine porters died last year.",
			[]claimAt{{"the federation", 0, "According to", 0, 0}},
			"the Tarn Porters' Welfare Federation",
		},
		{
			"a role held in an indefinite organisation is a new actor",
			"The chief executive, Oswin Tarrant, wrote to staff.\n\n" +
				"The chief executive of one county hospital, who asked not to be named, said staff were angry.\n\n" +
				"\"We were told nothing,\" the chief executive said.",
			[]claimAt{{"Oswin Tarrant", 0, "wrote", 0, 0}, {"The chief executive", 1, "said", 0, 0}, {"the chief executive", 0, "said", 1, 0}},
			"The chief executive",
		},
		{
			"a role named before refers to its holder",
			"The chief executive, Oswin Tarrant, wrote to staff.\n\n" +
				"\"We were told nothing,\" the chief executive said.",
			[]claimAt{{"Oswin Tarrant", 0, "wrote", 0, 0}, {"the chief executive", 0, "said", 0, 0}},
			"Oswin Tarrant",
		},
		{
			"a premodifier the name lacks",
			"The Tarn District Council approved the plan. " + filler + "The parish council said it would appeal.",
			[]claimAt{{"The parish council", 0, "said", 0, 0}},
			"", // unresolved, not the district council
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _, s := speakClaims(t, tt.src, tt.claims)
			if got != tt.want {
				t.Errorf("speaker = %q, want %q\n%s", got, tt.want, describe(tt.src, s))
			}
		})
	}
}
