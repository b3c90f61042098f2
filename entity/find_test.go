package entity

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/internal/segment"
	"github.com/whosaid/whosaid/textpos"
)

// find runs Find over src and checks the invariants.
func find(t *testing.T, src string, opts *Options) *Set {
	t.Helper()
	s := Find(segment.Split(src), opts)
	checkInvariants(t, src, s)
	return s
}

// byName returns the entity named name, or fails.
func byName(t *testing.T, s *Set, name string) (int, Entity) {
	t.Helper()
	for i, e := range s.Entities() {
		if e.Name == name {
			return i, e
		}
	}
	t.Fatalf("no entity %q in\n%s", name, describe(s.src, s))
	return -1, Entity{}
}

// spanOf returns the span of the n-th (from 0) occurrence of sub in src.
func spanOf(src, sub string, n int) textpos.Span {
	off := 0
	for {
		i := strings.Index(src[off:], sub)
		if i < 0 {
			return textpos.Span{}
		}
		if n == 0 {
			return textpos.Span{Start: off + i, End: off + i + len(sub)}
		}
		n--
		off += i + len(sub)
	}
}

func TestEntities(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want map[string]Kind // canonical name -> kind
		ment map[string]int  // canonical name -> number of mentions
		not  []string        // names that must not be entities
	}{
		{
			name: "peerage titles stay with one name word",
			src: "Lord Penrose said the veto must stay. Baroness Hale told MPs she agreed. " +
				"Sir Alan Marsh, the auditor, said costs rose. Sir Alan added that more was needed. Later, Susan May said it was fine.",
			want: map[string]Kind{"Lord Penrose": Person, "Baroness Hale": Person, "Alan Marsh": Person, "Susan May": Person},
			ment: map[string]int{"Alan Marsh": 2},
			not:  []string{"Penrose", "Hale", "Alan", "Sir Alan"},
		},
		{
			name: "variants are one person",
			src:  "Senator Maria Lopez said on Monday that the bill would pass. Ms. Lopez added that it was late. Lopez also said more. She warned of delays.",
			want: map[string]Kind{"Maria Lopez": Person},
			ment: map[string]int{"Maria Lopez": 4},
		},
		{
			name: "middle initial and fullest form",
			src:  "Roosevelt spoke first. Franklin D. Roosevelt told reporters on Friday. Mr. Roosevelt left.",
			want: map[string]Kind{"Franklin D. Roosevelt": Person},
			ment: map[string]int{"Franklin D. Roosevelt": 3},
		},
		{
			name: "particles hyphens and apostrophes",
			src:  "Ursula von der Leyen said the plan was ready. Charles de Gaulle was quoted. Jean-Luc Martin and Sean O'Brien told reporters. O'Brien’s aide agreed.",
			want: map[string]Kind{"Ursula von der Leyen": Person, "Charles de Gaulle": Person, "Jean-Luc Martin": Person, "Sean O'Brien": Person},
			ment: map[string]int{"Sean O'Brien": 2},
		},
		{
			name: "titles are roles",
			src:  "Foreign Minister Ahmed Karimi said the talks were over. Prime Minister Elena Sokolova agreed.",
			want: map[string]Kind{"Ahmed Karimi": Person, "Elena Sokolova": Person},
			not:  []string{"Foreign Minister Ahmed Karimi", "Prime Minister Elena Sokolova"},
		},
		{
			name: "same surname, different people",
			src:  "Donald Trump spoke at noon. Eric Trump spoke later. Trump said the event was a success.",
			want: map[string]Kind{"Donald Trump": Person, "Eric Trump": Person},
			ment: map[string]int{"Donald Trump": 1, "Eric Trump": 2},
		},
		{
			name: "nickname",
			src:  "National security adviser Michael Waltz met them. Mike Waltz said it went well.",
			want: map[string]Kind{"Michael Waltz": Person},
			ment: map[string]int{"Michael Waltz": 2},
		},
		{
			name: "places and organisations are not people",
			src:  "The White House said on Tuesday that Moscow had rejected the plan. Paris and Berlin disagreed, Reuters reported. The Ministry of Defence said Saudi Arabia would host the talks. Kyiv did not comment.",
			want: map[string]Kind{"The White House": Organisation, "Moscow": Place, "Paris": Place, "Berlin": Place,
				"Reuters": Organisation, "Saudi Arabia": Place, "Kyiv": Place},
		},
		{
			name: "appositive organisation",
			src:  "Novinex, the state news agency, said the meeting would go ahead.",
			want: map[string]Kind{"Novinex": Organisation},
		},
		{
			name: "acronym before the organisation's name",
			src: "KFU leaders walked out on Monday. The Kelvin Farmers Union said the offer was an insult. " +
				"The KFU will meet again on Friday, and the union said more strikes were likely.",
			want: map[string]Kind{"The Kelvin Farmers Union": Organisation},
			ment: map[string]int{"The Kelvin Farmers Union": 3},
			not:  []string{"KFU", "The KFU"},
		},
		{
			name: "acronym with the article keeps the full name",
			src:  "The Marsh Valley Water Board said bills would rise. Later, the MVWB said the rise was needed.",
			want: map[string]Kind{"The Marsh Valley Water Board": Organisation},
			ment: map[string]int{"The Marsh Valley Water Board": 2},
			not:  []string{"the MVWB"},
		},
		{
			name: "acronym of a name with a word in capitals",
			src:  "The EU Fisheries Council said quotas would fall. EUFC officials declined to comment.",
			want: map[string]Kind{"The EU Fisheries Council": Organisation},
			ment: map[string]int{"The EU Fisheries Council": 2},
			not:  []string{"EUFC"},
		},
		{
			name: "organisation written with and without a space",
			src:  "Quarterly profits at media group BrightWave Media rose 8%. Bright Wave Media said on Friday that sales grew.",
			want: map[string]Kind{"BrightWave Media": Organisation},
			ment: map[string]int{"BrightWave Media": 2},
		},
		{
			name: "user lexicon",
			src:  "Acme said profits rose. Acme Widgets is based in Ohio. Zed told staff.",
			want: map[string]Kind{"Acme Widgets": Organisation, "Zed Zedson": Person},
			ment: map[string]int{"Acme Widgets": 2, "Zed Zedson": 1},
		},
	}
	opts := &Options{Known: []Known{
		{Name: "Acme Widgets", Kind: Organisation, Aliases: []string{"Acme"}},
		{Name: "Zed Zedson", Kind: Person, Aliases: []string{"Zed"}},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := find(t, tt.src, opts)
			for name, k := range tt.want {
				_, e := byName(t, s, name)
				if e.Kind != k {
					t.Errorf("%q: kind %v, want %v", name, e.Kind, k)
				}
				if n, ok := tt.ment[name]; ok && len(e.Mentions) != n {
					t.Errorf("%q: %d mentions, want %d\n%s", name, len(e.Mentions), n, describe(tt.src, s))
				}
			}
			for _, e := range s.Entities() {
				for _, n := range tt.not {
					if e.Name == n {
						t.Errorf("unexpected entity %q", n)
					}
				}
			}
		})
	}
}

func TestRoles(t *testing.T) {
	src := "Omar Haddad, Jordan’s foreign minister, arrived on Tuesday. Kremlin spokesman Pavel Orlov said the talks would start. " +
		"Later, the minister said the talks were useful. Jordan’s foreign minister added that more was needed. The Kremlin’s spokesman declined to comment."
	s := find(t, src, nil)
	haddad, e := byName(t, s, "Omar Haddad")
	if len(e.Roles) == 0 || e.Roles[0] != "Jordan’s foreign minister" {
		t.Errorf("Haddad roles = %q", e.Roles)
	}
	orlov, e := byName(t, s, "Pavel Orlov")
	if len(e.Roles) == 0 || e.Roles[0] != "Kremlin spokesman" {
		t.Errorf("Orlov roles = %q", e.Roles)
	}
	for _, tc := range []struct {
		phrase string
		want   int
	}{
		{"the minister", haddad},
		{"Jordan’s foreign minister", haddad},
		{"The Kremlin’s spokesman", orlov},
	} {
		sp := spanOf(src, tc.phrase, 0)
		if tc.phrase == "Jordan’s foreign minister" {
			sp = spanOf(src, tc.phrase, 1)
		}
		got, m, ok := s.Speaker(sp, textpos.Span{})
		if !ok || got != tc.want || m.Text(src) != tc.phrase {
			t.Errorf("Speaker(%q) = %d %q %v, want %d", tc.phrase, got, m.Text(src), ok, tc.want)
		}
	}
	if r := s.Role(haddad, len(src)); r != "Jordan’s foreign minister" {
		t.Errorf("Role(haddad) = %q", r)
	}
}

func TestSpeaker(t *testing.T) {
	src := "During a call with President Jacques Moreau, Chancellor Anna Keller said the talks went well. She added that more work was needed.\n" +
		"A senior European diplomat, speaking on condition of anonymity, said the deal was close.\n" +
		"The plan was approved, according to people familiar with the matter. Its critics disagreed, its sources said. The source added nothing.\n" +
		"Dmitri Volkov, a military analyst with the outlet Nova, said the war would go on. He added that both sides were tired.\n" +
		"The agency declined to comment."
	s := find(t, src, nil)
	keller, _ := byName(t, s, "Anna Keller")
	volkov, _ := byName(t, s, "Dmitri Volkov")
	tests := []struct {
		phrase  string
		n       int    // occurrence
		name    string // "" when not ok
		mention string
		kind    Kind
	}{
		{"She", 0, "Anna Keller", "She", Person},
		{"A senior European diplomat, speaking on condition of anonymity", 0, "A senior European diplomat", "A senior European diplomat", Unnamed},
		{"people familiar with the matter", 0, "people familiar with the matter", "people familiar with the matter", Unnamed},
		{"its sources", 0, "its sources", "its sources", Unnamed},
		{"Dmitri Volkov, a military analyst with the outlet Nova", 0, "Dmitri Volkov", "Dmitri Volkov", Person},
		{"He", 0, "Dmitri Volkov", "He", Person},
		{"Mr. Moreau", 0, "", "", Unknown}, // not in the text
	}
	for _, tt := range tests {
		sp := spanOf(src, tt.phrase, tt.n)
		ent, m, ok := s.Speaker(sp, textpos.Span{})
		if tt.name == "" {
			if ok && tt.phrase == "He" {
				t.Errorf("Speaker(%q #%d) = %q, want unresolved", tt.phrase, tt.n, s.Entities()[ent].Name)
			}
			continue
		}
		if !ok {
			t.Errorf("Speaker(%q) not resolved", tt.phrase)
			continue
		}
		e := s.Entities()[ent]
		if e.Name != tt.name || m.Text(src) != tt.mention || e.Kind != tt.kind {
			t.Errorf("Speaker(%q) = %q %v mention %q, want %q %v %q", tt.phrase, e.Name, e.Kind, m.Text(src), tt.name, tt.kind, tt.mention)
		}
	}
	if _, e := byName(t, s, "Anna Keller"); e.Mentions[len(e.Mentions)-1].Kind != Pronoun {
		t.Errorf("Keller's last mention is not the pronoun: %v", e.Mentions)
	}
	_, _ = keller, volkov

	// A pronoun with no compatible antecedent stays unresolved.
	src = "Anna Keller and the agency declined to comment. He said nothing."
	s = find(t, src, nil)
	if e, _, ok := s.Speaker(spanOf(src, "He", 0), textpos.Span{}); ok {
		t.Errorf("Speaker(He) = %q, want unresolved", s.Entities()[e].Name)
	}
}

func TestSpeakerGarbage(t *testing.T) {
	src := "Nothing here. “Quoted,” somebody said."
	s := find(t, src, nil)
	for _, sp := range []textpos.Span{{}, {Start: -5, End: 3}, {Start: 0, End: len(src)}, {Start: 10, End: 1000}, {Start: 7, End: 2}} {
		if _, m, ok := s.Speaker(sp, sp); ok && !m.ValidIn(src) {
			t.Errorf("Speaker(%v): invalid mention %v", sp, m)
		}
	}
	var empty Set
	_ = empty.Entities()
	if _, _, ok := Find(segment.Split(""), nil).Speaker(textpos.Span{Start: 0, End: 4}, textpos.Span{}); ok {
		t.Error("Speaker on empty text resolved")
	}
}

func TestSpeakerWithoutFind(t *testing.T) {
	src := "“No,” said a government spokesman. “Yes,” said Qab Qcd."
	s := Find(nil, nil)
	s.src = src
	s.text = segment.Split(src)
	for _, p := range []string{"a government spokesman", "Qab Qcd"} {
		if e, m, ok := s.Speaker(spanOf(src, p, 0), textpos.Span{}); ok {
			if es := s.Entities(); e >= len(es) || len(es[e].Mentions) == 0 || es[e].Mentions[0].Span != m {
				t.Errorf("Speaker(%q) = %d %v, entities %v", p, e, m, es)
			}
		}
	}
}

func TestAddMention(t *testing.T) {
	src := "Anna Keller spoke. “We won,” they said. “Yes,” it said."
	s := find(t, src, nil)
	keller, _ := byName(t, s, "Anna Keller")
	they := spanOf(src, "they", 0)
	if m, ok := s.AddMention(keller, they, Pronoun); !ok || m != they {
		t.Fatalf("AddMention = %v %v, want %v", m, ok, they)
	}
	// Overlapping: the existing mention is returned.
	if m, ok := s.AddMention(keller, textpos.Span{Start: they.Start + 1, End: they.End + 3}, Pronoun); !ok || m != they {
		t.Errorf("AddMention(overlap) = %v %v, want %v", m, ok, they)
	}
	if _, ok := s.AddMention(99, they, Pronoun); ok {
		t.Error("AddMention(99) ok")
	}
	if _, ok := s.AddMention(keller, textpos.Span{Start: len(src), End: len(src) + 4}, Pronoun); ok {
		t.Error("AddMention(past the end) ok")
	}
	checkInvariants(t, src, s)
	e := s.Entities()[keller]
	if len(e.Mentions) != 2 || e.Mentions[1] != (Mention{Span: they, Kind: Pronoun}) {
		t.Errorf("mentions = %v", e.Mentions)
	}
	var zero Set
	if _, ok := zero.AddMention(0, they, Pronoun); ok {
		t.Error("AddMention on the zero Set ok")
	}
}

func TestPronounResolution(t *testing.T) {
	tests := []struct {
		name, src, pronoun string
		n                  int // occurrence of the pronoun
		want               string
	}{
		{
			name:    "a name inside a quotation is no antecedent",
			src:     "Maria Okafor won the final. “Laura Bauer had me on the run, but I came back,” she said.",
			pronoun: "she", want: "Maria Okafor",
		},
		{
			name: "gender learned from an earlier pronoun",
			src: "Senator Taran Vell said the plan was ready. He spoke in Oslo.\n" +
				"Editor Sasha Quill described it as bold, and she smiled. He added that more was needed.",
			pronoun: "He", n: 1, want: "Taran Vell",
		},
		{
			name: "a name inside an of-phrase is a weak antecedent",
			src: "Lord Penrose said his veto should stay. Lord Penrose, who is the senior judge, was giving evidence to a committee. " +
				"The inquiry into the death of Dr Alan Morley sparked debate. He said he had not chosen the judge.",
			pronoun: "He", want: "Lord Penrose",
		},
		{
			name:    "a name after to in a letter is a weak antecedent",
			src:     "Chief executive Mara Olsen wrote a letter to Mr Peter Brandt on Monday. She said the bid was fair.",
			pronoun: "She", want: "Mara Olsen",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := find(t, tt.src, nil)
			sp := spanOf(tt.src, tt.pronoun, tt.n)
			e, m, ok := s.Speaker(sp, textpos.Span{})
			if !ok {
				t.Fatalf("Speaker(%q) unresolved\n%s", tt.pronoun, describe(tt.src, s))
			}
			if got := s.Entities()[e].Name; got != tt.want || m != sp {
				t.Errorf("Speaker(%q) = %q %v, want %q %v\n%s", tt.pronoun, got, m, tt.want, sp, describe(tt.src, s))
			}
		})
	}
}

func TestSpeakerNewName(t *testing.T) {
	src := "“We are ready,” said Mayor Tessaly Brand. “Yes,” said Dr Orrin Vash. Dr Vash added more. “No,” said Susan Will. “Maybe,” said Lord Carrow."
	s := find(t, src, nil)
	for _, tc := range []struct{ phrase, name, mention string }{
		{"Mayor Tessaly Brand", "Tessaly Brand", "Tessaly Brand"},
		{"Dr Orrin Vash", "Orrin Vash", "Dr Orrin Vash"},
		{"Dr Vash", "Orrin Vash", "Dr Vash"},
		{"Susan Will", "Susan Will", "Susan Will"}, // a surname that looks like a function word
		{"Lord Carrow", "Lord Carrow", "Lord Carrow"},
	} {
		e, m, ok := s.Speaker(spanOf(src, tc.phrase, 0), textpos.Span{})
		if !ok {
			t.Errorf("Speaker(%q) unresolved", tc.phrase)
			continue
		}
		if en := s.Entities()[e]; en.Name != tc.name || en.Kind != Person || m.Text(src) != tc.mention {
			t.Errorf("Speaker(%q) = %q %v mention %q, want person %q mention %q", tc.phrase, en.Name, en.Kind, m.Text(src), tc.name, tc.mention)
		}
	}
	checkInvariants(t, src, s)
}

// TestFindReuse checks that the scratch space and caches that finders keep
// between calls do not change results: each document gives the same
// entities whatever documents were read before it, and the Sets of
// earlier documents are left as they were.
func TestFindReuse(t *testing.T) {
	var srcs []string
	for _, fn := range seedFiles(t) {
		b, err := os.ReadFile(fn)
		if err != nil {
			t.Fatal(err)
		}
		srcs = append(srcs, string(b))
	}
	srcs = append(srcs, corpus(t, 40)...)
	first := make([]string, len(srcs))
	sets := make([]*Set, len(srcs))
	for i, src := range srcs {
		sets[i] = Find(segment.Split(src), nil)
		first[i] = describe(src, sets[i])
	}
	for i := len(srcs) - 1; i >= 0; i-- {
		if got := describe(srcs[i], Find(segment.Split(srcs[i]), nil)); got != first[i] {
			t.Errorf("doc %d: second Find differs:\n%s\nfirst:\n%s", i, got, first[i])
		}
	}
	for i, s := range sets {
		if got := describe(srcs[i], s); got != first[i] {
			t.Errorf("doc %d: Set changed by later Finds:\n%s\nwas:\n%s", i, got, first[i])
		}
	}
}

// TestAppositionIntoCue checks that a short phrase after a name and a
// comma, running into a verb of saying with no closing comma, is the
// verb's subject and no role of the name, while a long one with a
// prepositional phrase is taken as an apposition that lost its comma.
func TestAppositionIntoCue(t *testing.T) {
	for _, tc := range []struct {
		src, name string
		roles     int
	}{
		{"Police questioned Ann Lee-Varga, the acting chief said on Monday.", "Ann Lee-Varga", 0},
		{"After the defeat at Dunmore, the club captain admitted the season was over.", "", 0},
		{"Ann Lee-Varga, the leader of the nurses' union said the strike would go on.", "Ann Lee-Varga", 1},
		{"Ann Lee-Varga, the acting chief, said the strike would go on.", "Ann Lee-Varga", 1},
	} {
		s := find(t, tc.src, nil)
		if tc.name == "" {
			for _, e := range s.Entities() {
				if len(e.Roles) > 0 {
					t.Errorf("%q: %q has roles %q", tc.src, e.Name, e.Roles)
				}
			}
			continue
		}
		_, e := byName(t, s, tc.name)
		if len(e.Roles) != tc.roles {
			t.Errorf("%q: roles %q, want %d", tc.src, e.Roles, tc.roles)
		}
	}
}

// TestAffiliationBeforeName checks that a party, a nationality noun or a
// position before a name is a role, not part of the name, so that the
// person is one entity with the later mentions of the bare name.
func TestAffiliationBeforeName(t *testing.T) {
	for _, tc := range []struct {
		src, name, role string
		mentions        int
	}{
		{"Tory Liam Barker said the plan was wrong. Later Liam Barker left.", "Liam Barker", "Tory", 2},
		{"Yesterday, Republican John Maddox voted no. John Maddox said so.", "John Maddox", "Republican", 2},
		{"For the Lib Dems Norma Baxter said no. Baxter left.", "Norma Baxter", "", 2},
		{"Liberal Democrat Sara Tinsley disagreed, and Ms Tinsley said why.", "Sara Tinsley", "Liberal Democrat", 2},
		{"Fly-half Charlie Hodgkin kicked well. Hodgkin said so.", "Charlie Hodgkin", "Fly-half", 2},
		{"Constable David Warley arrived. Warley said little.", "David Warley", "Constable", 2},
		{"Vice-President Dick Chaney said no. Later Dick Chaney left.", "Dick Chaney", "Vice-President", 2},
		{"Minister for Europe Denis Mackane agreed. Denis Mackane left.", "Denis Mackane", "Minister for Europe", 2},
		{"The painter John Constable and Damian Green spoke.", "John Constable", "painter", 1},
		{"The painter John Constable and Damian Green spoke.", "Damian Green", "", 1},
	} {
		s := find(t, tc.src, nil)
		_, e := byName(t, s, tc.name)
		if len(e.Mentions) != tc.mentions {
			t.Errorf("%q: %q has %d mentions, want %d", tc.src, tc.name, len(e.Mentions), tc.mentions)
		}
		if tc.role != "" && !slices.Contains(e.Roles, tc.role) {
			t.Errorf("%q: %q has roles %q, want %q", tc.src, tc.name, e.Roles, tc.role)
		}
	}
}

// TestThingNamedAfterPerson checks that an award, a show or a cup named
// after a person is no person.
func TestThingNamedAfterPerson(t *testing.T) {
	s := find(t, "She won the Charles Winthorp Award and appeared on the Jerry Springle Show. Jerry Springle said it was fine.", nil)
	for _, e := range s.Entities() {
		if strings.HasSuffix(e.Name, "Award") || strings.HasSuffix(e.Name, "Show") {
			t.Errorf("entity %q (%v)", e.Name, e.Kind)
		}
	}
	byName(t, s, "Jerry Springle")
}
