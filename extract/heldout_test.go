package extract_test

import (
	"bufio"
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"maps"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/whosaid/whosaid/extract"
	"github.com/whosaid/whosaid/textpos"
)

// heldoutFloor is the lowest end-to-end F1 TestHeldout accepts: about 0.05
// below what the library reached when the held-out set was made, so the
// test catches regressions, not the remaining misses.
const heldoutFloor = 0.85

// goldClaim is one hand-annotated claim of testdata/heldout/gold.jsonl:
// its content fragments (several when one quote spans paragraphs), the
// speaker's canonical name and the mention nearest the cue. Spans are
// UTF-8 byte offsets into the article.
type goldClaim struct {
	frags    []textpos.Span
	speaker  string
	mention  textpos.Span
	text     string
	key      string // words a right speaker name holds, |-separated; "" for the speaker's last word
	optional bool   // may be reported or not (required: false)
}

// goldQuote is a line of gold.jsonl's "quotes", as score.py reads it.
type goldQuote struct {
	Start        int    `json:"start"`
	End          int    `json:"end"`
	Speaker      string `json:"speaker"`
	SpeakerStart int    `json:"speaker_start"`
	SpeakerEnd   int    `json:"speaker_end"`
	Group        string `json:"group"`
	Text         string `json:"text"`
}

// readGold returns the text and the claims of each held-out article by
// file name, merging the quotes of one group into one claim.
func readGold(t *testing.T, file string) (map[string]string, map[string][]goldClaim) {
	t.Helper()
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	texts, golds := map[string]string{}, map[string][]goldClaim{}
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var rec struct {
			ID     string      `json:"id"`
			Text   string      `json:"text"`   // testdata/heldout
			SHA256 string      `json:"sha256"` // testdata/bbcgold: the corpus text's hash
			Quotes []goldQuote `json:"quotes"`
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatal(err)
		}
		name := path.Base(rec.ID)
		texts[name] = rec.Text
		if rec.SHA256 != "" {
			name = rec.ID
			texts[name] = rec.SHA256
		}
		group := map[string]int{}
		for _, q := range rec.Quotes {
			frag := textpos.Span{Start: q.Start, End: q.End}
			if i, ok := group[q.Group]; ok && q.Group != "" {
				golds[name][i].frags = append(golds[name][i].frags, frag)
				continue
			}
			group[q.Group] = len(golds[name])
			golds[name] = append(golds[name], goldClaim{
				frags:   []textpos.Span{frag},
				speaker: q.Speaker,
				mention: textpos.Span{Start: q.SpeakerStart, End: q.SpeakerEnd},
				text:    q.Text,
			})
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return texts, golds
}

// overlap returns the number of bytes a and b share, <= 0 if none.
func overlap(a, b textpos.Span) int { return min(a.End, b.End) - max(a.Start, b.Start) }

// words splits s, lower-cased, into words of letters, digits, hyphens and
// apostrophes.
func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !strings.ContainsRune("-'’", r)
	})
}

// speakerRight reports whether c's speaker is g's: the mention overlaps
// the gold mention, or the name contains the gold name's last word.
func speakerRight(c extract.Claim, g goldClaim) bool {
	if c.Speaker == nil {
		return false
	}
	if overlap(c.Speaker.Mention, g.mention) > 0 {
		return true
	}
	if g.key != "" {
		name := words(c.Speaker.Name)
		for _, k := range strings.Split(g.key, "|") {
			if kw := words(k); len(kw) > 0 && slices.Contains(name, kw[len(kw)-1]) {
				return true
			}
		}
		return false
	}
	gw := words(g.speaker)
	return len(gw) > 0 && slices.Contains(words(c.Speaker.Name), gw[len(gw)-1])
}

// readReference reads gold claims in the format of
// ../shared/seeds/reference.json ({"documents": [{"file", "attributions"}]}),
// with required and speaker_key, and returns them by file name.
func readReference(t *testing.T, file string) map[string][]goldClaim {
	t.Helper()
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	var ref struct {
		Documents []struct {
			File         string `json:"file"`
			Attributions []struct {
				goldQuote
				Key      *string `json:"speaker_key"`
				Required *bool   `json:"required"`
			} `json:"attributions"`
		} `json:"documents"`
	}
	if err := json.Unmarshal(b, &ref); err != nil {
		t.Fatal(err)
	}
	golds := map[string][]goldClaim{}
	for _, d := range ref.Documents {
		for _, a := range d.Attributions {
			g := goldClaim{
				frags:    []textpos.Span{{Start: a.Start, End: a.End}},
				speaker:  a.Speaker,
				mention:  textpos.Span{Start: a.SpeakerStart, End: a.SpeakerEnd},
				text:     a.Text,
				optional: a.Required != nil && !*a.Required,
			}
			if a.Key != nil {
				g.key = *a.Key
			}
			golds[d.File] = append(golds[d.File], g)
		}
	}
	return golds
}

// TestHeldout scores the library on testdata/heldout, articles written and
// annotated for evaluation only, the way ../shared/tools/score.py does
// without --speech-only: predictions are matched to gold claims one-to-one,
// largest byte overlap first; an unmatched prediction that overlaps some
// gold claim is ignored, one that overlaps none is a false positive.
//
// testdata/heldout (15 articles) was written in the first session;
// testdata/heldout2 (12 articles in the styles of present-day outlets) was
// written and annotated blind in the second, and scored 0.916 at first
// contact; testdata/heldout3 (12 more, in reference.json's format with
// optional claims and speaker keys) too, later in that session: 0.904;
// testdata/heldout4 (12 more, same format) in the third: 0.857;
// testdata/heldout5 (12 more) in the fourth: 0.894; testdata/heldout6 (10
// more) in the fifth: 0.902; testdata/heldout7 (10 more) in the sixth:
// 0.930 (0.927 with the code of the session's start); testdata/heldout8
// (10 more) in the seventh: 0.892 (0.887 at the session's start);
// testdata/heldout9 (10 more, with block quotes, transcripts and X posts)
// in the eighth: 0.831 (0.825 at the session's start); 0.890 in the ninth,
// once transcripts' speaker labels and "Q."/"A." answers were read;
// testdata/heldout10 (10 more, North American and British styles) and
// testdata/heldout11 (10 more, English-language press of Asia, Africa,
// the Gulf, the Pacific, Canada and Europe) in the tenth: 0.901 and 0.887
// at first contact, with the code of the session's start; testdata/heldout12
// (10 more: a US city hall, a Brazilian labour court, Israeli, Ukrainian,
// Swedish and Zimbabwean press, a medical journal, school sport, a consumer
// column, a property story) in the eleventh: 0.904 at first contact;
// testdata/heldout13 (10 more: a Philippine Senate hearing, a Commons
// select committee, South African, First Nations, Gulf, Pakistani, Samoan,
// Thai and Polish press, a local newsletter) in the twelfth: 0.917 at first
// contact with the code of the session's start; testdata/heldout14 (10
// more: an Australian royal commission, a wire reactions factbox, US local
// TV, an expert-reaction roundup, Kenyan, Vietnamese, Nepali and
// Trinidadian press, an employment tribunal, a racing report) in the
// thirteenth: 0.934 at first contact; testdata/heldout15 (10 more: a UN
// Security Council meeting, Nigerian, Japanese, Mexican and Welsh press, a
// US Supreme Court argument, a sports tribunal, a chess report, a podcast
// interview, a leaked memo) in the fourteenth: 0.889 at first contact;
// testdata/heldout16 (7 more: a Brussels story, an Indian high court, a
// Bundesliga press conference, a journal paper, Taiwanese and Tanzanian
// press, a cycling stage report) in the fifteenth: 0.910 at first contact;
// testdata/heldout17 (8 more, international politics and diplomacy: wire,
// summit, analysis, a leaked cable, state media, sanctions, a missile
// launch) in the sixteenth: 0.911 at first contact; testdata/heldout18 (10
// more, war and diplomacy in other outlets: a live page, a Russian exile
// site, a White House briefing, a congressional newsletter, a Bloomberg
// trade story, an ECOWAS summit, a Pakistani briefing, a Spanish wire, a
// Gulf visit, a Q&A explainer) in the seventeenth: 0.944 at first contact;
// testdata/heldout19 (10 more, domestic politics and elections: a rally, a
// debate fact check, Dutch coalition talks, Australian Senate estimates, an
// Indian state poll, a Korean impeachment, a TASS dispatch, Canadian
// question period, a New Zealand poll, a Maltese ombudsman) in the
// eighteenth: 0.922 at first contact; testdata/heldout20 (10 more,
// technology, regulation and corporate accountability: an EU antitrust
// fine, a House hearing, an FTC settlement, a chatbot incident, a Korean
// chip subsidy, a layoffs memo, a patent ruling, Jakarta ride-hailing
// drivers, a privacy report, a telco AGM) in the nineteenth: 0.885 at
// first contact; testdata/heldout21 (10 more, social affairs, religion,
// education, migration and culture: a bishop's letter, a vice-chancellor's
// email, an IOM briefing, a museum restitution, a festival cancelled on
// Instagram, a pension protest, an exam-paper row, a fiction prize, a
// community radio story, a charity report) in the twentieth: 0.956 at
// first contact.
func TestHeldout(t *testing.T) {
	for _, set := range []struct {
		dir   string
		floor float64
	}{
		{"heldout", heldoutFloor},
		{"heldout2", heldoutFloor},
		{"heldout3", heldoutFloor},
		{"heldout4", heldoutFloor},
		{"heldout5", heldoutFloor},
		{"heldout6", heldoutFloor},
		{"heldout7", heldoutFloor},
		{"heldout8", heldoutFloor},
		{"heldout9", heldoutFloor},
		{"heldout10", heldoutFloor},
		{"heldout11", heldoutFloor},
		{"heldout12", heldoutFloor},
		{"heldout13", heldoutFloor},
		{"heldout14", heldoutFloor},
		{"heldout15", heldoutFloor},
		{"heldout16", heldoutFloor},
		{"heldout17", heldoutFloor},
		{"heldout18", heldoutFloor},
		{"heldout19", heldoutFloor},
		{"heldout20", heldoutFloor},
		{"heldout21", heldoutFloor},
	} {
		t.Run(set.dir, func(t *testing.T) {
			dir := filepath.Join("..", "testdata", set.dir)
			var texts map[string]string
			var golds map[string][]goldClaim
			if _, err := os.Stat(filepath.Join(dir, "reference.json")); err == nil {
				golds = readReference(t, filepath.Join(dir, "reference.json"))
			} else {
				texts, golds = readGold(t, filepath.Join(dir, "gold.jsonl"))
			}
			if len(golds) == 0 {
				t.Fatal("no held-out articles")
			}
			src := func(name string) string {
				b, err := os.ReadFile(filepath.Join(dir, name))
				if err != nil {
					t.Fatal(err)
				}
				if texts != nil && string(b) != texts[name] {
					t.Fatalf("%s differs from its text in gold.jsonl; rerun annotate.py", name)
				}
				return string(b)
			}
			if e2e := score(t, set.dir, golds, src); e2e < set.floor {
				t.Errorf("%s end-to-end F1 = %.3f, want >= %.2f", set.dir, e2e, set.floor)
			}
		})
	}
}

// bbcFloor is the lowest end-to-end F1 TestBBCGold accepts, about 0.05
// below the library's score when the gold was made (0.93 over both sets).
const bbcFloor = 0.88

// TestBBCGold scores the library on 20 articles of the BBC corpus
// annotated by hand for evaluation (testdata/bbcgold/gold.jsonl holds the
// offsets and a SHA-256 of each text, not the texts, which are the BBC's).
// It reads the texts from the corpus and skips when it is absent. The
// "first" set was annotated before the library was tuned on it; the
// "second" set was annotated after all tuning and scored at first contact
// (0.867 with score.py --speech-only).
func TestBBCGold(t *testing.T) {
	corpus := loadCorpus(t, 0)
	texts, golds := readGold(t, filepath.Join("..", "testdata", "bbcgold", "gold.jsonl"))
	byID := map[string]string{}
	for _, f := range corpus {
		byID[f.name] = f.text
	}
	src := func(id string) string {
		text, ok := byID[id]
		sum := sha256.Sum256([]byte(text))
		if !ok || hex.EncodeToString(sum[:]) != texts[id] {
			t.Fatalf("%s: not in the corpus, or its text differs from the annotated one", id)
		}
		return text
	}
	if e2e := score(t, "bbc", golds, src); e2e < bbcFloor {
		t.Errorf("BBC gold end-to-end F1 = %.3f, want >= %.2f", e2e, bbcFloor)
	}
}

// score extracts each article of golds (its text from src) and returns the
// end-to-end F1, logging span and speaker figures and every miss, wrong
// speaker and false positive.
func score(t *testing.T, label string, golds map[string][]goldClaim, text func(string) string) float64 {
	t.Helper()
	x := extract.New()
	var tp, fp, fn, spk int
	for _, name := range slices.Sorted(maps.Keys(golds)) {
		src := text(name)
		gold, claims := golds[name], x.Extract(src).Claims
		type pair struct{ ov, g, p int }
		var pairs []pair
		for gi, g := range gold {
			for pi, c := range claims {
				ov := 0
				for _, f := range g.frags {
					ov = max(ov, overlap(f, c.Content))
				}
				if ov > 0 {
					pairs = append(pairs, pair{ov, gi, pi})
				}
			}
		}
		slices.SortStableFunc(pairs, func(a, b pair) int { return cmp.Compare(b.ov, a.ov) })
		gm, pm, touched := map[int]int{}, map[int]bool{}, map[int]bool{}
		for _, p := range pairs {
			touched[p.p] = true
			if _, ok := gm[p.g]; !ok && !pm[p.p] {
				gm[p.g], pm[p.p] = p.p, true
			}
		}
		for gi, g := range gold {
			pi, ok := gm[gi]
			switch {
			case g.optional:
			case !ok:
				fn++
				t.Logf("%s: missed %q", name, g.text)
			case speakerRight(claims[pi], g):
				tp++
				spk++
			default:
				tp++
				sp := claims[pi].Speaker
				got := "<nil>"
				if sp != nil {
					got = sp.Name + " / " + sp.Mention.Text(src)
				}
				t.Logf("%s: %q: speaker %q, want %q", name, g.text, got, g.speaker)
			}
		}
		for pi, c := range claims {
			if !touched[pi] {
				fp++
				t.Logf("%s: false positive %s %q", name, c.Kind, c.Content.Text(src))
			}
		}
	}
	f1 := func(tp, fp, fn int) float64 { return 2 * float64(tp) / float64(max(2*tp+fp+fn, 1)) }
	p, r := float64(tp)/float64(max(tp+fp, 1)), float64(tp)/float64(max(tp+fn, 1))
	e2e := f1(spk, fp+tp-spk, fn+tp-spk)
	t.Logf("%s: span P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d); speaker accuracy %.3f (%d/%d); e2e F1=%.3f",
		label, p, r, f1(tp, fp, fn), tp, fp, fn, float64(spk)/float64(max(tp, 1)), spk, tp, e2e)
	return e2e
}
