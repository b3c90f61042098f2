package extract_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/extract"
)

// ownClaim is an expected claim of an article in testdata/own: its kind,
// its exact content, and a word the speaker's name or mention must contain
// (any of several, separated by |).
type ownClaim struct {
	kind    extract.Kind
	text    string
	speaker string
}

// ownArticles are news-like articles written for this test, not taken from
// the seeds, with the claims a reader would mark.
var ownArticles = map[string][]ownClaim{
	"business.txt": {
		{extract.Indirect, "Orchard Foods will cut 400 jobs at its plants in Ohio and Georgia", "company"},
		{extract.Direct, "This was a hard decision, but we have to protect the business,", "Grant"},
		{extract.Direct, "We will support every colleague who is affected.", "Grant"},
		{extract.Indirect, "the cuts would save about $60m a year", "Grant"},
		{extract.Indirect, "the company had no plans to close either plant", "Grant"},
		{extract.Indirect, "workers were told of the plan only hours before it was announced", "officials"},
		{extract.Direct, "They treated people like numbers,", "Dorsey"},
		{extract.Direct, "Nobody saw this coming.", "Dorsey"},
		{extract.Partial, "overdue,", "Analysts|Harlow"},
		{extract.Indirect, "rivals cut costs a year ago", "Analysts|Harlow"},
	},
	"sport.txt": {
		{extract.Direct, "I just closed my eyes and hit it,", "Haddad"},
		{extract.Direct, "It is the best moment of my career.", "Haddad"},
		{extract.Direct, "At half-time I told them to keep going,", "Shaw"},
		{extract.Direct, "They never stopped running.", "Shaw"},
		{extract.Indirect, "his team would recover", "Berger"},
		{extract.Direct, "We made two mistakes and we paid for them. We will learn from this.", "Berger"},
		{extract.Indirect, "The referee’s decision to allow the winner was “a disgrace,”", "club"},
		{extract.Indirect, "it would ask the league for an explanation", "club"},
		{extract.Indirect, "The teams meet again in April", "list|league"},
	},
	"politics.txt": {
		{extract.Partial, "a failure of nerve.", "Calloway"},
		{extract.Indirect, "the backlog of asylum cases would keep growing", "Calloway"},
		{extract.Direct, "We had a deal. Everyone in that room knew what was in it,", "Calloway"},
		{extract.Direct, "Now some of them are pretending they never saw it.", "Calloway"},
		{extract.Indirect, "it was disappointed", "White House"},
		{extract.Indirect, "lawmakers to return to talks", "White House"},
		{extract.Indirect, "the bill did not go far enough", "leaders"},
		{extract.Direct, "It is a half measure,", "Feeney"},
		{extract.Direct, "The American people want the border closed, not managed.", "Feeney"},
		{extract.Direct, "We will keep working on this,", "Feeney"},
		{extract.Direct, "but not on these terms.", "Feeney"},
		{extract.Indirect, "The vote could come back next month", "aides"},
	},
	"health.txt": {
		{extract.Indirect, "the rise was driven by staff shortages", "Osei"},
		{extract.Direct, "We are short of nurses in almost every ward,", "Osei"},
		{extract.Direct, "The pressure on staff is enormous. Many of them are exhausted,", "Osei"},
		{extract.Direct, "and some are leaving for jobs abroad. We cannot fill the gaps fast enough,", "Osei"},
		{extract.Indirect, "funding had been cut", "ministry"},
		{extract.Indirect, "spending had risen by 4% this year", "ministry"},
		{extract.Indirect, "Waiting times have doubled since 2019", "Alliance"},
		{extract.Indirect, "an independent inquiry", "Alliance"},
		{extract.Block, "We see families who have waited two years for an operation. That is not acceptable in a rich country.", "Alliance"},
	},
	"tech.txt": {
		{extract.Indirect, "Novatek Semiconductors has postponed the opening of its $4bn plant in Arizona until 2026", "company"},
		{extract.Direct, "Demand for older chips has weakened faster than we expected,", "Chen"},
		{extract.Direct, "We would rather wait than build capacity nobody needs.", "Chen"},
		{extract.Partial, "disappointed but not surprised.", "Ortiz"},
		{extract.Indirect, "the move reflected a wider slowdown", "analysts"},
		{extract.Direct, "Everyone is cutting back,", "Nair"},
		{extract.Direct, "Novatek is just being honest about it.", "Nair"},
		{extract.Indirect, "at least three other chipmakers are reviewing their expansion plans", "Nair"},
		{extract.Indirect, "it would keep about 200 staff at the site", "company"},
	},
	"court.txt": {
		{extract.Indirect, "officials had failed to consult residents", "judge"},
		{extract.Indirect, "the council \"ignored its own rules\" when it approved the increase in July", "Marsh"},
		{extract.Indirect, "the city would appeal", "Pratt"},
		{extract.Direct, "We respect the court, but we believe the decision is wrong,", "Pratt"},
		{extract.Direct, "This is a victory for ordinary people,", "Adeyemi"},
		{extract.Direct, "For months they told us there was nothing we could do.", "Adeyemi"},
		{extract.Direct, "Today we proved them wrong,", "Adeyemi"},
		{extract.Indirect, "the extra money was needed to repair roads", "council"},
		{extract.Indirect, "the fees would have driven shoppers away", "Critics"},
		{extract.Indirect, "A hearing on the appeal is expected in January", "spokesman"},
	},
}

// TestOwnArticles checks claims on articles that no rule was written
// from. It logs every miss and extra claim, and fails when the end-to-end
// F1 (content exact and speaker right) falls below 0.8.
func TestOwnArticles(t *testing.T) {
	x := extract.New()
	tp, fp, fn := 0, 0, 0
	for name, want := range ownArticles {
		b, err := os.ReadFile(filepath.Join("../testdata/own", name))
		if err != nil {
			t.Fatal(err)
		}
		src := string(b)
		d := x.Extract(src)
		matched := make([]bool, len(d.Claims))
		for _, w := range want {
			found := false
			for i, c := range d.Claims {
				if matched[i] || c.Content.Text(src) != w.text {
					continue
				}
				matched[i] = true
				found = true
				ok := false
				if c.Speaker != nil {
					for _, k := range strings.Split(w.speaker, "|") {
						ok = ok || strings.Contains(c.Speaker.Name, k) || strings.Contains(c.Speaker.Mention.Text(src), k)
					}
				}
				switch {
				case !ok:
					t.Logf("%s: %q: speaker %+v, want %q", name, w.text, c.Speaker, w.speaker)
					fp++
					fn++
				case c.Kind != w.kind:
					t.Logf("%s: %q: kind %s, want %s", name, w.text, c.Kind, w.kind)
					tp++
				default:
					tp++
				}
				break
			}
			if !found {
				t.Logf("%s: missed %s %q", name, w.kind, w.text)
				fn++
			}
		}
		for i, c := range d.Claims {
			if !matched[i] {
				t.Logf("%s: extra %s %q", name, c.Kind, c.Content.Text(src))
				fp++
			}
		}
	}
	p, r := float64(tp)/float64(max(tp+fp, 1)), float64(tp)/float64(max(tp+fn, 1))
	f1 := 0.0
	if p+r > 0 {
		f1 = 2 * p * r / (p + r)
	}
	t.Logf("own articles: tp=%d fp=%d fn=%d P=%.3f R=%.3f F1=%.3f", tp, fp, fn, p, r, f1)
	if f1 < 0.8 {
		t.Errorf("end-to-end F1 on own articles = %.3f, want >= 0.8", f1)
	}
}
