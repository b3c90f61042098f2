package match

import "testing"

// TestAppendNameKey checks that AppendNameKey appends what NameKey
// returns, after what dst holds.
func TestAppendNameKey(t *testing.T) {
	words := []string{"", "Dmitry", "Aleksei", "Zelenskyy", "Kellogg", "O'Neill", "Jean-Luc", "Müller",
		"Straße", "Øresund", "Khodorkovsky", "Philipps", "Y", "kks", "ßß", "\xff\xfeAb", "Ǆemal", "日本"}
	for _, w := range words {
		for _, prefix := range []string{"", "x-"} {
			got := string(AppendNameKey([]byte(prefix), w))
			if want := prefix + NameKey(w); got != want {
				t.Errorf("AppendNameKey(%q, %q) = %q, want %q", prefix, w, got, want)
			}
		}
	}
}

func FuzzAppendNameKey(f *testing.F) {
	f.Add("Zelenskyy")
	f.Add("Kh`ak-sh.Phy")
	f.Fuzz(func(t *testing.T, w string) {
		if got, want := string(AppendNameKey(nil, w)), NameKey(w); got != want {
			t.Fatalf("AppendNameKey(%q) = %q, want %q", w, got, want)
		}
		// The ASCII fast path folds as the rune-by-rune one.
		if got, want := string(AppendNameKey(nil, w)), string(rewriteNameKey(appendFoldedRunes(nil, w), 0)); got != want {
			t.Fatalf("AppendNameKey(%q) = %q, rune by rune %q", w, got, want)
		}
	})
}
