package entity

import (
	"slices"
	"testing"

	"github.com/whosaid/whosaid/textpos"
)

// TestFinderNames checks the finder's reading of capitalised runs on
// sentences written for it: surnames that are function words after a
// title, bracketed acronyms, definite descriptions and companies known by
// their context.
func TestFinderNames(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want map[string]Kind // canonical name -> kind
		ment map[string]int  // canonical name -> number of mentions
		not  []string        // names that must not be entities
	}{
		{
			name: "function-word surname after a title",
			src:  "Bassist Colin May said the album was late. Drummer Ellen Will told fans it was done. Mr Peter May agreed.",
			want: map[string]Kind{"Colin May": Person, "Ellen Will": Person, "Peter May": Person},
			not:  []string{"Colin", "Ellen", "Peter"},
		},
		{
			name: "bracketed acronym is the organisation",
			src:  "The Harbour Workers Union of Lisk (HWUL) called a strike on Monday. HWUL said pay had fallen. The union said talks had failed.",
			want: map[string]Kind{"The Harbour Workers Union of Lisk": Organisation},
			ment: map[string]int{"The Harbour Workers Union of Lisk": 3},
			not:  []string{"HWUL"},
		},
		{
			name: "bracketed words that are no acronym of it",
			src:  "The Harbour Board (UK) met on Monday. The Fen Council (FBX) said no.",
			want: map[string]Kind{"The Harbour Board": Organisation, "The Fen Council": Organisation, "FBX": Organisation},
		},
		{
			name: "an occupation marks an unknown given name as a person",
			src:  "Ilse Varga, a Hungarian-born cellist, died on Saturday. The cellist Oren Takal played at her funeral.",
			want: map[string]Kind{"Ilse Varga": Person, "Oren Takal": Person},
		},
		{
			name: "less common given names make a person",
			src:  "Margit Olsen died on Saturday. Thaddeus Brannock, her neighbour, found her.",
			want: map[string]Kind{"Margit Olsen": Person, "Thaddeus Brannock": Person},
		},
		{
			name: "definite description is no organisation name",
			src:  "The ministry said the plan was ready. The council said it would vote.",
			not:  []string{"The ministry", "The council"},
		},
		{
			name: "companies by their context",
			src: "Shares in Corvel Tannery fell 4% on Monday. Lindow Mills announced 200 job cuts. The company said demand had fallen. " +
				"Analysts said Tresk's chief executive would stay. Orland Steel, which owns the site, said it would close. " +
				"The firm added that talks went on. The retailer Vantry Goods reported losses. Corvel Tannery said it would appeal.",
			want: map[string]Kind{"Corvel Tannery": Organisation, "Lindow Mills": Organisation, "Tresk": Organisation,
				"Orland Steel": Organisation, "Vantry Goods": Organisation},
			ment: map[string]int{"Corvel Tannery": 2},
		},
		{
			name: "names that end in a word of companies or publications",
			src:  "Ostrava Research found that sales fell. Brenner Mills said it would hire. The Lakeshore Review said so.",
			want: map[string]Kind{"Ostrava Research": Organisation, "Brenner Mills": Organisation},
			not:  []string{"Ostrava", "Brenner"},
		},
		{
			name: "names with particles",
			src: "“We are angry,” said Pieter-Jan van der Molen, the union leader. Van der Molen said talks had failed. " +
				"Its chief executive, Joost de Vries-Mulder, wrote that jobs were safe. The match at the Stade de France ended late.",
			want: map[string]Kind{"Pieter-Jan van der Molen": Person, "Joost de Vries-Mulder": Person},
			ment: map[string]int{"Pieter-Jan van der Molen": 2},
			not:  []string{"Van der Molen", "Joost", "Stade de France"},
		},
		{
			name: "first of two surnames",
			src:  "The senate rejected President Tomás Arrieta Quevedo's budget. Arrieta, who took office in 2021, was angry.",
			want: map[string]Kind{"Tomás Arrieta Quevedo": Person},
			ment: map[string]int{"Tomás Arrieta Quevedo": 2},
		},
		{
			name: "ordinary and sentence-initial words stay out",
			src: "Airline shares fell on Monday. Brewers’ profits rose. Susan Pell announced that she would stand. " +
				"Susan Pell’s shares were sold. The company said so.",
			want: map[string]Kind{"Susan Pell": Person},
			not:  []string{"Airline", "Brewers"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := find(t, tt.src, nil)
			for name, k := range tt.want {
				_, e := byName(t, s, name)
				if e.Kind != k {
					t.Errorf("%q: kind %v, want %v", name, e.Kind, k)
				}
				if n, ok := tt.ment[name]; ok && len(e.Mentions) != n {
					t.Errorf("%q: %d mentions, want %d\n%s", name, len(e.Mentions), n, describe(tt.src, s))
				}
			}
			for _, name := range tt.not {
				for _, e := range s.Entities() {
					if e.Name == name {
						t.Errorf("unexpected entity %q\n%s", name, describe(tt.src, s))
					}
				}
			}
		})
	}
}

func TestInitialsOf(t *testing.T) {
	tests := []struct {
		short, name string
		want        bool
	}{
		{"HWUL", "The Harbour Workers Union of Lisk", true},
		{"UKIP", "UK Independence Party", true},
		{"NRB", "the National Rail Board", true},
		{"UK", "The Harbour Board", false},
		{"BN", "National Board", false},
		{"", "National Board", false},
	}
	for _, tt := range tests {
		if got := initialsOf(tt.short, tt.name); got != tt.want {
			t.Errorf("initialsOf(%q, %q) = %v, want %v", tt.short, tt.name, got, tt.want)
		}
	}
}

// TestHonorificMention checks that the mention of a person named by an
// honorific and one name word keeps the honorific, whether or not the
// full name before has a known given name, and that a fuller name the
// speaker resolution reads later becomes the canonical name.
func TestHonorificMention(t *testing.T) {
	for _, given := range []string{"Martin", "Zorbin"} {
		src := given + " Ellis ran the shop. Later Mr Ellis closed it."
		s := find(t, src, nil)
		if _, _, ok := s.Speaker(spanOf(src, given+" Ellis", 0), textpos.Span{}); !ok {
			t.Fatalf("%s: no speaker", given)
		}
		_, e := byName(t, s, given+" Ellis")
		var texts []string
		for _, m := range e.Mentions {
			texts = append(texts, m.Span.Text(src))
		}
		if want := []string{given + " Ellis", "Mr Ellis"}; !slices.Equal(texts, want) {
			t.Errorf("%s: mentions %q, want %q", given, texts, want)
		}
	}
}
