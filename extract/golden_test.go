package extract_test

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/whosaid/whosaid/extract"
)

var update = flag.Bool("update", false, "rewrite golden files")

// goldenClaim is one claim as a golden file holds it: offsets and the text
// they cover, so that a wrong offset shows as wrong text.
type goldenClaim struct {
	Kind       string  `json:"kind"`
	Start      int     `json:"start"`
	End        int     `json:"end"`
	Text       string  `json:"text"`
	Speaker    string  `json:"speaker,omitempty"`
	Mention    string  `json:"mention,omitempty"`
	Cue        string  `json:"cue,omitempty"`
	Act        string  `json:"act,omitempty"`
	Medium     string  `json:"medium,omitempty"`
	Time       string  `json:"time,omitempty"`
	Date       string  `json:"date,omitempty"`
	Confidence float64 `json:"confidence"`
}

func golden(d *extract.Document) []goldenClaim {
	out := []goldenClaim{}
	for _, c := range d.Claims {
		g := goldenClaim{Kind: c.Kind.String(), Start: c.Content.Start, End: c.Content.End,
			Text: c.Content.Text(d.Src), Cue: c.Cue.Text(d.Src), Medium: c.Medium.Text(d.Src),
			Time: c.Time.Text(d.Src), Confidence: c.Confidence}
		if !c.Cue.IsZero() {
			g.Act = c.Act.String()
		}
		if c.Speaker != nil {
			g.Speaker, g.Mention = c.Speaker.Name, c.Speaker.Mention.Text(d.Src)
		}
		if !c.Date.IsZero() {
			g.Date = c.Date.Format("2006-01-02")
		}
		out = append(out, g)
	}
	return out
}

// TestGolden compares the claims of each article in testdata/articles with
// testdata/golden/NAME.golden.json. Run with -update to rewrite the golden
// files, and review the diff against the reference annotations first.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("../testdata/articles/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no articles: %v", err)
	}
	x := extract.New()
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			got := golden(x.Extract(string(src)))
			path := filepath.Join("../testdata/golden", name+".golden.json")
			if *update {
				b, err := json.MarshalIndent(got, "", "  ")
				if err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, append(b, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			b, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			var want []goldenClaim
			if err := json.Unmarshal(b, &want); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("claims of %s mismatch (-want +got):\n%s", name, diff)
			}
		})
	}
}
