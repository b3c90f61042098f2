package segment

import (
	"slices"
	"testing"
)

func TestSpeakerLabel(t *testing.T) {
	tests := []struct {
		txt         string
		name, after int
		role        string
		ok          bool
	}{
		{"ADA NWOSU, HOST: Good morning.", 9, 16, "HOST", true},
		{"NWOSU: The bridge is shut.", 5, 6, "", true},
		{"O'HARA-LUND: Yes.", 11, 12, "", true},
		{"Ada Nwosu: lower case is no label.", 0, 0, "", false},
		{"At 10:30 the bridge shut.", 0, 0, "", false},
		{"FIVE WORDS IN CAPS HERE: no.", 0, 0, "", false},
	}
	for _, tt := range tests {
		name, after, role, ok := SpeakerLabel(tt.txt)
		if name != tt.name || after != tt.after || role != tt.role || ok != tt.ok {
			t.Errorf("SpeakerLabel(%q) = %d, %d, %q, %v; want %d, %d, %q, %v", tt.txt, name, after, role, ok, tt.name, tt.after, tt.role, tt.ok)
		}
	}
}

func TestNarrators(t *testing.T) {
	tr := Split("Bridge shut\n\nADA NWOSU, HOST:\n\nThe bridge shut.\n\nTEMI OKAFOR: I lost my job.\n")
	if got, want := Narrators(tr), []string{"ADA NWOSU", "NWOSU"}; !slices.Equal(got, want) {
		t.Errorf("transcript: Narrators = %q, want %q", got, want)
	}
	news := Split("NEW DELHI: The ministry said exports rose.\n\nUPDATE: The port reopened.\n")
	if got := Narrators(news); got != nil {
		t.Errorf("news: Narrators = %q, want nil", got)
	}
}
