package entity

import (
	"testing"

	"github.com/whosaid/whosaid/textpos"
)

// TestSpeakerNames checks the canonical names that Speaker gives speaker
// phrases: descriptions stay whole, possessors are not speakers, definite
// descriptions refer back to the actor the text named.
func TestSpeakerNames(t *testing.T) {
	tests := []struct {
		name   string
		src    string
		phrase string
		n      int // occurrence of phrase
		want   string
		kind   Kind
	}{
		// Capitalised modifiers before a common noun head.
		{"adjective modifier", "Opposition lawmakers said the plan would fail.", "Opposition lawmakers", 0, "Opposition lawmakers", Unnamed},
		{"noun modifier", "Farm executives said prices were too high.", "Farm executives", 0, "Farm executives", Unnamed},
		{"religion modifier", "Muslim groups said the law was unfair.", "Muslim groups", 0, "Muslim groups", Unnamed},
		{"quantifier and demonym", "Some Brazilian banks said they would wait.", "Some Brazilian banks", 0, "Some Brazilian banks", Unnamed},
		{"hyphenated modifier", "The Green-led council said it would appeal.", "The Green-led council", 0, "The Green-led council", Organisation},
		{"number and party", "Thirty Labour backbenchers said they would rebel.", "Thirty Labour backbenchers", 0, "Thirty Labour backbenchers", Unnamed},
		{"modifier before source", "A government spokeswoman said the matter was closed.", "A government spokeswoman", 0, "A government spokeswoman", Unnamed},
		{"one of", "One of the officials said there was no deal.", "One of the officials", 0, "One of the officials", Unnamed},
		// Possessors.
		{"place possessor", "Kenya's navy said the ship had sunk.", "Kenya's navy", 0, "Kenya's navy", Organisation},
		{"person possessor", "Tom Walcott was charged. Mr Walcott's lawyers said he was innocent.", "Mr Walcott's lawyers", 0, "Mr Walcott's lawyers", Unnamed},
		{"titled possessor", "Chancellor Olaf Brandt's adviser said talks would continue.", "Chancellor Olaf Brandt's adviser", 0, "Chancellor Olaf Brandt's adviser", Unnamed},
		// Definite organisation descriptions.
		{"the company", "Pembury Holdings announced a loss on Monday. The company said demand had fallen.", "The company", 0, "Pembury Holdings", Organisation},
		{"the ministry", "The Ministry of Rural Affairs issued a warning on Sunday. Rain fell. The ministry said rivers were high.", "The ministry", 0, "The Ministry of Rural Affairs", Organisation},
		{"the charity", "The Harbour Trust, a charity, asked for help. The charity said donations fell.", "The charity", 0, "The Harbour Trust", Organisation},
		{"the group", "The Tenants Union of Dorrin met on Friday. The group said rents were too high.", "The group", 0, "The Tenants Union of Dorrin", Organisation},
		// Documents refer back to their source.
		{"report by", "A report by the insurer Halvard Group was published on Tuesday. Prices will rise, the report said.", "the report", 0, "Halvard Group", Organisation},
		{"study from with descriptors", "A study from pollsters at the Corran Institute found support had fallen. The survey said voters were tired.", "The survey", 0, "the Corran Institute", Organisation},
		{"possessive source", "Halvard Group's survey was published on Monday. The survey said prices would rise.", "The survey", 0, "Halvard Group", Organisation},
		// Definite person descriptions.
		{"age", "Defender Mark Ellery was injured last week. The 31-year-old said he would return soon.", "The 31-year-old", 0, "Mark Ellery", Person},
		{"occupation", "Defender Mark Ellery was injured last week. The defender said he felt fine.", "The defender", 0, "Mark Ellery", Person},
		{"mother-of", "Ruth Calder waited outside the court. The mother-of-three said she was relieved.", "The mother-of-three", 0, "Ruth Calder", Person},
		// A possessor heads no sentence when its noun phrase names
		// another person; it does when it does not.
		{"possessor with a name in apposition", "Tom Dorsey's campaign manager, Mark Reller, blamed the rain. He said turnout fell.", "He", 0, "Mark Reller", Person},
		{"possessor as topic", "Tom Dorsey's proposal for a debate comes just four months after millions of voters watched Mark Reller on television. He said it was fair.", "He", 0, "Tom Dorsey", Person},
		// Names.
		{"month after a given name", "Roger May said the tour was over.", "Roger May", 0, "Roger May", Person},
		{"family name first", "Park Ji-hoon, the coach, arrived late. Park said the team was tired.", "Park", 1, "Park Ji-hoon", Person},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := find(t, tt.src, nil)
			sp := spanOf(tt.src, tt.phrase, tt.n)
			e, _, ok := s.Speaker(sp, textpos.Span{})
			if !ok {
				t.Fatalf("Speaker(%q) unresolved\n%s", tt.phrase, describe(tt.src, s))
			}
			if got := s.Entities()[e]; got.Name != tt.want || got.Kind != tt.kind {
				t.Errorf("Speaker(%q) = %q %v, want %q %v\n%s", tt.phrase, got.Name, got.Kind, tt.want, tt.kind, describe(tt.src, s))
			}
		})
	}
}

func TestSpeakerGivenName(t *testing.T) {
	src := "Mr Okoro's brother, Chidi, said the family was relieved. Later Chidi Okoro said he would travel to Lagos."
	s := find(t, src, nil)
	e, _, ok := s.Speaker(spanOf(src, "Chidi", 0), textpos.Span{})
	if !ok || s.Entities()[e].Name != "Chidi Okoro" {
		t.Errorf("Speaker(Chidi) = %d %v, want Chidi Okoro\n%s", e, ok, describe(src, s))
	}
}
