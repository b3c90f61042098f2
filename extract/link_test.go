package extract

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/whosaid/whosaid/entity"
	"github.com/whosaid/whosaid/quote"
	"github.com/whosaid/whosaid/textpos"
)

// tdoc builds a Document by hand: paragraphs are lines, quotations are the
// “…” and "…" pairs, and entities and claims are added by their text.
type tdoc struct {
	t *testing.T
	d *Document
}

func newDoc(t *testing.T, src string) *tdoc {
	t.Helper()
	d := &Document{Src: src}
	for _, p := range paragraphsOf(nil, d) {
		d.Paragraphs = append(d.Paragraphs, Paragraph{Span: p, Kind: "body"})
	}
	open := -1
	for i, r := range src {
		switch {
		case r == '“' || (r == '"' && open < 0):
			open = i + len(string(r))
		case (r == '”' || r == '"') && open >= 0:
			d.Quotations = append(d.Quotations, quote.Quotation{
				Open: textpos.Span{Start: open - 1, End: open}, Close: textpos.Span{Start: i, End: i + len(string(r))},
				Content: textpos.Span{Start: open, End: i}})
			open = -1
		}
	}
	return &tdoc{t: t, d: d}
}

// at returns the span of the n-th (from 0) occurrence of sub.
func (td *tdoc) at(sub string, n int) textpos.Span {
	td.t.Helper()
	off := 0
	for {
		i := strings.Index(td.d.Src[off:], sub)
		if i < 0 {
			td.t.Fatalf("%q not in document", sub)
		}
		if n == 0 {
			return textpos.Span{Start: off + i, End: off + i + len(sub)}
		}
		n--
		off += i + len(sub)
	}
}

// entity adds an entity with the first occurrence of each mention.
func (td *tdoc) entity(name string, k entity.Kind, mentions ...string) int {
	e := entity.Entity{Name: name, Kind: k}
	for _, m := range mentions {
		e.Mentions = append(e.Mentions, entity.Mention{Span: td.at(m, 0)})
	}
	td.d.Entities = append(td.d.Entities, e)
	return len(td.d.Entities) - 1
}

// claim adds a claim of entity ent (or no speaker when ent < 0) with the
// given content and speaker mention (first occurrences).
func (td *tdoc) claim(k Kind, content string, ent int, mention string) {
	c := Claim{Kind: k, Content: td.at(content, 0), Confidence: 0.9}
	if ent >= 0 {
		e := td.d.Entities[ent]
		c.Speaker = &Speaker{Entity: ent, Name: e.Name, Kind: e.Kind, Mention: td.at(mention, 0)}
	}
	td.d.Claims = append(td.d.Claims, c)
}

func TestLinkEntities(t *testing.T) {
	a := newDoc(t, "Dmitri S. Peskov, the Kremlin’s spokesman, spoke. Keith Kellogg, the envoy, and Donald Trump met Steve Witkoff. The Ministry of Defence and Mr. Zelenskyy agreed. Washington waited.")
	peskovA := a.entity("Dmitri S. Peskov", entity.Person, "Dmitri S. Peskov")
	kelloggA := a.entity("Keith Kellogg", entity.Person, "Keith Kellogg")
	donald := a.entity("Donald Trump", entity.Person, "Donald Trump")
	witkoffA := a.entity("Steve Witkoff", entity.Person, "Steve Witkoff")
	modA := a.entity("The Ministry of Defence", entity.Organisation, "The Ministry of Defence")
	zelA := a.entity("Volodymyr Zelenskyy", entity.Person, "Mr. Zelenskyy")
	washPlace := a.entity("Washington", entity.Place, "Washington")
	offA := a.entity("a Ukrainian official", entity.Unnamed, "the envoy")

	b := newDoc(t, "Kremlin spokesman Dmitry Peskov spoke. Special Envoy Keith Kellog met Eric Trump and Mr. Witkoff. The ministry of defense and President Volodymyr Zelensky agreed. Mr. Washington, a senator, and an official.")
	peskovB := b.entity("Kremlin spokesman Dmitry Peskov", entity.Person, "Dmitry Peskov")
	kelloggB := b.entity("Special Envoy Keith Kellog", entity.Person, "Keith Kellog")
	eric := b.entity("Eric Trump", entity.Person, "Eric Trump")
	witkoffB := b.entity("Mr. Witkoff", entity.Person, "Mr. Witkoff")
	modB := b.entity("the ministry of defense", entity.Organisation, "ministry of defense")
	zelB := b.entity("President Volodymyr Zelensky", entity.Person, "Volodymyr Zelensky")
	washPerson := b.entity("Mr. Washington", entity.Person, "Mr. Washington")
	offB := b.entity("a Ukrainian official", entity.Unnamed, "an official")

	c := newDoc(t, "Mr. Trump spoke to D. Peskov.")
	bareTrump := c.entity("Mr. Trump", entity.Person, "Mr. Trump")
	initialPeskov := c.entity("D. Peskov", entity.Person, "D. Peskov")

	l := Link(a.d, b.d, c.d)
	type pair struct {
		name           string
		d1, e1, d2, e2 int
	}
	same := []pair{
		{"Dmitri S./Dmitry Peskov", 0, peskovA, 1, peskovB},
		{"Kellogg/Kellog", 0, kelloggA, 1, kelloggB},
		{"Witkoff/Mr. Witkoff", 0, witkoffA, 1, witkoffB},
		{"Defence/defense ministry", 0, modA, 1, modB},
		{"Zelenskyy/Zelensky", 0, zelA, 1, zelB},
		{"initial D. Peskov", 0, peskovA, 2, initialPeskov},
	}
	for _, tt := range same {
		if x, y := l.Entity(tt.d1, tt.e1), l.Entity(tt.d2, tt.e2); x != y || x < 0 {
			t.Errorf("%s: entities %d and %d, want one", tt.name, x, y)
		}
	}
	differ := []pair{
		{"Donald/Eric Trump", 0, donald, 1, eric},
		{"bare Trump/Donald", 2, bareTrump, 0, donald},
		{"bare Trump/Eric", 2, bareTrump, 1, eric},
		{"place/person Washington", 0, washPlace, 1, washPerson},
		{"unnamed officials", 0, offA, 1, offB},
	}
	for _, tt := range differ {
		if x, y := l.Entity(tt.d1, tt.e1), l.Entity(tt.d2, tt.e2); x == y {
			t.Errorf("%s: both entity %d (%q), want two", tt.name, x, l.Entities[x].Name)
		}
	}
	if got := l.Entities[l.Entity(1, peskovB)].Name; got != "Dmitri S. Peskov" {
		t.Errorf("linked Peskov name = %q, want the fullest, %q", got, "Dmitri S. Peskov")
	}
	if got := l.Entities[l.Entity(0, zelA)].Name; got != "Volodymyr Zelenskyy" && got != "President Volodymyr Zelensky" {
		t.Errorf("linked Zelensky name = %q", got)
	}
	if n := len(l.Entities[l.Entity(0, peskovA)].Members); n != 3 {
		t.Errorf("Peskov has %d members, want 3", n)
	}
	if a.d.Claims != nil || len(l.Docs) != 3 || l.Docs[0] != a.d {
		t.Errorf("Link changed its input or Docs")
	}
}

func TestLinkBareSurnameUnambiguous(t *testing.T) {
	a := newDoc(t, "Donald Trump spoke.")
	a.entity("Donald Trump", entity.Person, "Donald Trump")
	b := newDoc(t, "Mr. Trump spoke.")
	b.entity("Trump", entity.Person, "Mr. Trump")
	l := Link(a.d, b.d)
	if l.Entity(0, 0) != l.Entity(1, 0) {
		t.Errorf("bare Trump not linked to the only Trump of the set")
	}
}

func TestLinkSpeakerWithoutEntity(t *testing.T) {
	a := newDoc(t, "“We will win the war this year, whatever it costs,” said Olena Kovalenko.")
	a.d.Claims = []Claim{{Kind: Direct, Content: a.at("We will win the war this year, whatever it costs,", 0),
		Speaker: &Speaker{Entity: -1, Name: "Olena Kovalenko", Kind: entity.Person, Mention: a.at("Olena Kovalenko", 0)}}}
	b := newDoc(t, "Olena Kovalenko said: “We will win the war this year, whatever it costs.”")
	ko := b.entity("Olena Kovalenko", entity.Person, "Olena Kovalenko")
	b.claim(Direct, "We will win the war this year, whatever it costs.", ko, "Olena Kovalenko")
	l := Link(a.d, b.d)
	if l.Speaker(0, 0) < 0 || l.Speaker(0, 0) != l.Entity(1, ko) {
		t.Fatalf("speaker without entity: linked %d, want %d", l.Speaker(0, 0), l.Entity(1, ko))
	}
	le := l.Entities[l.Speaker(0, 0)]
	if len(le.Members) != 2 || le.Members[0].Entity != -1 || len(le.Members[0].Mentions) != 1 {
		t.Errorf("members = %+v", le.Members)
	}
	if len(l.Quotes) != 1 {
		t.Errorf("%d quote groups, want 1", len(l.Quotes))
	}
}

func TestLinkQuoteGroups(t *testing.T) {
	a := newDoc(t, "Anna Berg said: “I do not believe in a cease-fire — we have been through this before,” and left.\nShe added, “The talks were long.”\nA sign read “Peace now, peace for everyone in the region”.")
	berg := a.entity("Anna Berg", entity.Person, "Anna Berg")
	a.claim(Direct, "I do not believe in a cease-fire — we have been through this before,", berg, "Anna Berg")
	a.claim(Direct, "The talks were long.", berg, "Anna Berg")
	b := newDoc(t, "\"I do NOT believe in a ceasefire - we've been through this before,\" Ms. Berg said.\nJohn Moss said “I do not believe in a ceasefire, we have seen this before”.\n“Peace now, peace for everyone in the region,” Moss wrote.")
	bergB := b.entity("Ms. Berg", entity.Person, "Ms. Berg")
	moss := b.entity("John Moss", entity.Person, "John Moss")
	b.claim(Direct, "I do NOT believe in a ceasefire - we've been through this before,", bergB, "Ms. Berg")
	b.claim(Direct, "I do not believe in a ceasefire, we have seen this before", moss, "John Moss")
	b.claim(Direct, "Peace now, peace for everyone in the region,", moss, "Moss wrote")
	c := newDoc(t, "Berg, a diplomat, said she did “not believe in a cease-fire.” She said: “I do not believe in a cease fire – we have been through all this before.”")
	bergC := c.entity("Berg", entity.Person, "Berg")
	c.claim(Partial, "not believe in a cease-fire.", bergC, "Berg")
	c.claim(Direct, "I do not believe in a cease fire – we have been through all this before.", bergC, "She said")

	l := Link(a.d, b.d, c.d)
	var berGroup *QuoteGroup
	for i := range l.Quotes {
		if l.Quotes[i].Entity == l.Entity(0, berg) {
			berGroup = &l.Quotes[i]
		}
	}
	if berGroup == nil {
		t.Fatalf("no group of Berg's quotation; groups: %+v", l.Quotes)
	}
	var got []string
	for _, m := range berGroup.Members {
		got = append(got, m.Span.Text(l.Docs[m.Doc].Src))
	}
	want := []string{
		"I do not believe in a cease-fire — we have been through this before,",
		"I do NOT believe in a ceasefire - we've been through this before,",
		"not believe in a cease-fire.",
		"I do not believe in a cease fire – we have been through all this before.",
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("Berg group:\n got %q\nwant %q", got, want)
	}
	// The uncredited sign in a and Moss's quotation in b are one group
	// whose speaker is Moss; Moss's other words are not Berg's.
	found := false
	for _, g := range l.Quotes {
		if g.Entity == l.Entity(1, moss) {
			found = true
			if len(g.Members) != 2 || g.Members[0].Claim != -1 || g.Members[0].Kind(l) != "quotation" {
				t.Errorf("Moss group = %+v", g)
			}
		}
	}
	if !found {
		t.Errorf("no group for the sign and Moss's quotation")
	}
	if len(l.Quotes) != 2 {
		t.Errorf("%d groups, want 2: %+v", len(l.Quotes), l.Quotes)
	}
}

// TestLinkStopPairs checks that a word pair printed by more than 16
// quotations proposes no candidates: a partial quotation of that pair
// alone joins a longer quotation of its speaker when few quotations print
// the pair, and not when many do.
func TestLinkStopPairs(t *testing.T) {
	for _, tt := range []struct {
		others int // documents whose quotations print "very important"
		joined bool
	}{{2, true}, {20, false}} {
		a := newDoc(t, "Anna Berg said: “It is very important that the old bridge over the river is rebuilt by spring.”")
		berg := a.entity("Anna Berg", entity.Person, "Anna Berg")
		a.claim(Direct, "It is very important that the old bridge over the river is rebuilt by spring.", berg, "Anna Berg")
		b := newDoc(t, "Berg called the bridge “very important” on Monday.")
		bergB := b.entity("Berg", entity.Person, "Berg")
		b.claim(Partial, "very important", bergB, "Berg")
		docs := []*Document{a.d, b.d}
		for i := range tt.others {
			docs = append(docs, newDoc(t, fmt.Sprintf("A sign read “Trade route %d is very important to the town”.", i)).d)
		}
		l := Link(docs...)
		joined := false
		for _, g := range l.Quotes {
			for _, m := range g.Members {
				joined = joined || m.Doc == 1
			}
		}
		if joined != tt.joined {
			t.Errorf("%d other quotations: partial joined = %v, want %v; groups: %+v", tt.others, joined, tt.joined, l.Quotes)
		}
	}
}

func TestLinkStrengthen(t *testing.T) {
	a := newDoc(t, "Rustem Umerov, the defence minister, described the talks as “productive and focused.”\nThe discussion was productive and focused – we addressed key points including energy.\nThe weather was fine in Riyadh and the talks went on late into the night.")
	um := a.entity("Rustem Umerov", entity.Person, "Rustem Umerov")
	a.claim(Partial, "productive and focused.", um, "Rustem Umerov")
	b := newDoc(t, "Mr. Umerov wrote: “The discussion was productive and focused — we addressed key points including energy,” he wrote.\nIt rained. The talks went on late.")
	umB := b.entity("Umerov", entity.Person, "Mr. Umerov", "he wrote")
	b.claim(Direct, "The discussion was productive and focused — we addressed key points including energy,", umB, "he wrote")
	// c has no entity for him: the claim names the linked actor.
	c := newDoc(t, "Talks ended.\nThe discussion was productive and focused - we addressed key points including energy.")

	l := Link(a.d, b.d, c.d)
	if len(a.d.Claims) != 1 || len(c.d.Claims) != 0 {
		t.Fatalf("Link modified its input documents")
	}
	if len(l.Added) != 2 {
		t.Fatalf("Added = %+v, want 2 claims", l.Added)
	}
	ad := l.Added[0]
	cl := l.Docs[ad.Doc].Claims[ad.Claim]
	if ad.Doc != 0 || cl.Kind != Block || cl.Content.Text(a.d.Src) != "The discussion was productive and focused – we addressed key points including energy." {
		t.Errorf("added claim %+v: %q", ad, cl.Content.Text(l.Docs[ad.Doc].Src))
	}
	if cl.Speaker == nil || cl.Speaker.Entity != um || cl.Speaker.Mention.Text(a.d.Src) != "Rustem Umerov" || cl.Speaker.Name != "Rustem Umerov" {
		t.Errorf("added claim speaker = %+v", cl.Speaker)
	}
	if cl.Confidence < 0.9 {
		t.Errorf("confidence %v, want >= 0.9 for a paragraph covered in full", cl.Confidence)
	}
	if l.Speaker(0, ad.Claim) != l.Entity(1, umB) {
		t.Errorf("added claim linked to %d, want %d", l.Speaker(0, ad.Claim), l.Entity(1, umB))
	}
	cc := l.Docs[2].Claims[l.Added[1].Claim]
	if l.Added[1].Doc != 2 || cc.Speaker.Entity != -1 || !cc.Speaker.Mention.IsZero() || cc.Speaker.Name != "Rustem Umerov" {
		t.Errorf("claim in a document without the actor: %+v %+v", l.Added[1], cc.Speaker)
	}
	if len(l.Quotes) != 1 || len(l.Quotes[0].Members) != 4 {
		t.Fatalf("quote groups = %+v, want one of 4 (partial, block, direct, block)", l.Quotes)
	}
	for i, k := range []string{"partial", "block", "direct", "block"} {
		if got := l.Quotes[0].Members[i].Kind(l); got != k {
			t.Errorf("member %d kind %q, want %q", i, got, k)
		}
	}
	// The unrelated paragraph shares a few words only.
	for _, c := range l.Docs[0].Claims {
		if strings.HasPrefix(c.Content.Text(a.d.Src), "The weather") {
			t.Errorf("unrelated paragraph became a claim")
		}
	}
}

func TestLinkStrengthenTwoQuotes(t *testing.T) {
	a := newDoc(t, "Steve Witkoff echoed a talking point.\nThere is a view within the country that these are our lands. There are votes within these lands that justify these actions.")
	a.entity("Witkoff", entity.Person, "Steve Witkoff")
	b := newDoc(t, "“There is a view within the country that these are our lands,” Mr. Witkoff told Fox News. “There are votes within these lands that justify these actions.”")
	w := b.entity("Steve Witkoff", entity.Person, "Mr. Witkoff")
	b.claim(Direct, "There is a view within the country that these are our lands,", w, "Mr. Witkoff")
	b.claim(Direct, "There are votes within these lands that justify these actions.", w, "Mr. Witkoff")
	l := Link(a.d, b.d)
	if len(l.Added) != 1 {
		t.Fatalf("Added = %+v, want 1", l.Added)
	}
	cl := l.Docs[0].Claims[l.Added[0].Claim]
	if cl.Speaker.Entity != 0 || cl.Speaker.Mention.Text(a.d.Src) != "Steve Witkoff" {
		t.Errorf("speaker %+v", cl.Speaker)
	}
	if len(l.Quotes) != 1 || len(l.Quotes[0].Members) != 3 {
		t.Errorf("groups = %+v, want one of 3", l.Quotes)
	}
}

func TestLinkStrengthenWeakBlock(t *testing.T) {
	a := newDoc(t, "Anna Berg spoke at length.\nWe will rebuild every school and every hospital in the region by next spring.")
	berg := a.entity("Anna Berg", entity.Person, "Anna Berg")
	other := a.entity("John Moss", entity.Person, "Anna Berg") // a wrong guess
	a.d.Claims = []Claim{{Kind: Block, Content: a.at("We will rebuild every school and every hospital in the region by next spring.", 0),
		Speaker: &Speaker{Entity: other, Name: "John Moss", Kind: entity.Person}, Confidence: 0.3}}
	b := newDoc(t, "“We will rebuild every school and every hospital in the region by next spring,” Ms. Berg said.")
	bb := b.entity("Anna Berg", entity.Person, "Ms. Berg")
	b.claim(Direct, "We will rebuild every school and every hospital in the region by next spring,", bb, "Ms. Berg")
	l := Link(a.d, b.d)
	if len(l.Added) != 1 || len(l.Docs[0].Claims) != 1 {
		t.Fatalf("Added = %+v, claims %+v", l.Added, l.Docs[0].Claims)
	}
	cl := l.Docs[0].Claims[0]
	if cl.Speaker.Entity != berg || cl.Confidence < 0.9 {
		t.Errorf("weak block claim became %+v, speaker %+v", cl, cl.Speaker)
	}
	if a.d.Claims[0].Speaker.Entity != other {
		t.Errorf("input claim changed")
	}
}

func TestLinkNoEvidence(t *testing.T) {
	// Half the paragraph is quoted elsewhere: not enough.
	a := newDoc(t, "Prices rose sharply in the spring and the central bank raised its rates again in June.")
	b := newDoc(t, "“Prices rose sharply in the spring,” Ann Lee said.")
	lee := b.entity("Ann Lee", entity.Person, "Ann Lee")
	b.claim(Direct, "Prices rose sharply in the spring,", lee, "Ann Lee")
	if l := Link(a.d, b.d); len(l.Added) != 0 {
		t.Errorf("Added = %+v, want none", l.Added)
	}
	// Empty and nil input.
	if l := Link(); len(l.Entities)+len(l.Quotes)+len(l.Docs) != 0 {
		t.Errorf("Link() = %+v", l)
	}
	if l := Link(nil, &Document{Src: "x"}); len(l.Docs) != 2 || l.Docs[0] == nil {
		t.Errorf("Link(nil, …) docs = %v", l.Docs)
	}
}

func TestParsePerson(t *testing.T) {
	tests := []struct {
		in      string
		surname string
		given   string
	}{
		{"Dmitri S. Peskov", "peskov", "dmitri s"},
		{"Kremlin spokesman Dmitry Peskov", "peskov", "dmitri"},
		{"Sen. Grigory Karasin", "karasin", "grigori"},
		{"Mr. Putin’s", "putin", ""},
		{"Martin Luther King Jr.", "king", "martin luther"},
		{"Faisal bin Farhan", "farhan", "faisal"},
		{"Russia’s Sergei Lavrov", "lavrov", "sergei"},
		{"Dmitri S.", "", ""},
		{"Mr.", "", ""},
	}
	for _, tt := range tests {
		p, ok := parsePerson(tt.in)
		if tt.surname == "" {
			if ok {
				t.Errorf("parsePerson(%q) = %+v, want no surname", tt.in, p)
			}
			continue
		}
		if !ok || p.surname != tt.surname || strings.Join(p.given, " ") != tt.given {
			t.Errorf("parsePerson(%q) = %+v, %v, want %s / %s", tt.in, p, ok, tt.surname, tt.given)
		}
	}
}

func TestHasDoubleQuote(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"He said no.", false}, {"It’s ‘fine’ – really", false}, {`a "b" c`, true}, {"a “b", true},
		{"b” c", true}, {"„b", true}, {"«b»", true}, {"a\u00a0b\u00acc", false}, {"end\xe2\x80", false}, {"\xc2", false},
	} {
		if got := hasDoubleQuote(tt.s); got != tt.want {
			t.Errorf("hasDoubleQuote(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// TestLinkStrengthenEdits checks that paragraphs printed word for word as
// another document's quotation, with small edits, become block claims,
// short ones read whole and long ones through probe's samples, whatever
// the place of the edits.
func TestLinkStrengthenEdits(t *testing.T) {
	long := strings.Fields("We will keep the border crossings open for trucks carrying food and medicine, and we expect our neighbours to do the same for the convoys that leave the port every morning before dawn, whatever the weather and whatever the threats we receive from across the river.")
	tests := []struct{ name, quoted, para string }{
		{"dashes and quotes", "The cease-fire — as we said — will hold through the winter months.", "The ceasefire - as we said - will hold through the winter months."},
		{"apostrophes and case", "We don’t accept THE terms of this deal at all.", "We don't accept the terms of this deal at all."},
		{"one word of six", "largely because of a knee injury", "largely because of a hamstring injury"},
		{"one word of nine", "It's pretty clear that Moscow suffered a severe setback", "It's pretty clear that Russia suffered a severe setback"},
	}
	// The long paragraph with an edit in ten words, at each phase.
	for phase := range 10 {
		ws := slices.Clone(long)
		for i := phase; i < len(ws); i += 10 {
			ws[i] = "zork"
		}
		tests = append(tests, struct{ name, quoted, para string }{fmt.Sprintf("long, edits at %d", phase), strings.Join(long, " "), strings.Join(ws, " ")})
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := newDoc(t, "Officials met on Monday.\n"+tt.para+"\nThe weather was fine in the capital and the meeting went on late into the night.")
			b := newDoc(t, "“"+tt.quoted+"” Anna Berg said.")
			berg := b.entity("Anna Berg", entity.Person, "Anna Berg")
			b.claim(Direct, tt.quoted, berg, "Anna Berg")
			l := Link(a.d, b.d)
			if len(l.Added) != 1 {
				t.Fatalf("Added = %+v, want 1", l.Added)
			}
			if got := l.Docs[0].Claims[l.Added[0].Claim].Content.Text(a.d.Src); got != tt.para {
				t.Errorf("block claim %q, want %q", got, tt.para)
			}
		})
	}
}

// TestProbe checks probe against paragraphs that share single words and
// common word pairs with the quotations but no stretch of them.
func TestProbe(t *testing.T) {
	b := newDoc(t, "“We will keep the border crossings open for trucks carrying food and medicine, and we expect our neighbours to do the same,” Anna Berg said. “It is in the interest of the people of the region,” she said.")
	berg := b.entity("Anna Berg", entity.Person, "Anna Berg")
	b.claim(Direct, "We will keep the border crossings open for trucks carrying food and medicine, and we expect our neighbours to do the same,", berg, "Anna Berg")
	b.claim(Direct, "It is in the interest of the people of the region,", berg, "she said")
	l := &Links{Docs: []*Document{b.d}}
	var sc linkScratch
	a := l.linkEntities(&sc.ents)
	qs, ix := &sc.qs, &sc.ix
	qs.reset(len(b.d.Src), 0)
	spk := make([]int, len(b.d.Claims))
	infos := a.docClaims(0, len(b.d.Claims))
	claimSpeakers(spk, a, infos)
	qs.units = qs.docUnits(qs.units, b.d, 0, infos, a.docQuotes(0, len(b.d.Quotations)), spk)
	qs.addShingles(qs.units)
	ix.build(qs, func(*unit) bool { return true })
	ix.addTriples()
	for _, tt := range []struct {
		para string
		want bool
	}{
		{"We will keep the border crossings open for trucks carrying food and medicine.", true},
		{"In the interest of the people, the trucks will keep the crossings of the border open for food and the region will do the same for medicine, we expect, as our neighbours said.", false},
		{"Food and trucks crossed the border, and medicine for people went to the region; we expect neighbours will keep doing the same for all of them, as before, and then some more.", false},
		{"We will keep the border crossings open for trucks carrying food and medicine, and we expect our neighbours to do the same. It is in the interest of the people of the region.", true},
	} {
		ok, _, _ := ix.probe(nil, tt.para, textpos.Span{Start: 0, End: len(tt.para)})
		if ok != tt.want {
			t.Errorf("probe(%q) = %v, want %v", tt.para, ok, tt.want)
		}
	}
}

// TestLinkReuse checks that Link gives the same result whatever calls ran
// before it or run at the same time: its working memory, reused from call
// to call, keeps nothing of a previous call.
func TestLinkReuse(t *testing.T) {
	files, err := filepath.Glob("../testdata/articles/*.txt")
	if err != nil || len(files) < 2 {
		t.Fatalf("seed articles: %v, %d files", err, len(files))
	}
	x := New()
	var docs []*Document
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, x.Extract(string(b)))
	}
	want := Link(docs...)
	Link(docs[:1]...)
	Link(slices.Concat(docs, docs, docs)...)
	got := make([]*Links, 4)
	var wg sync.WaitGroup
	for i := range got {
		wg.Go(func() { got[i] = Link(docs...) })
	}
	wg.Wait()
	got = append(got, Link(docs...))
	for i, l := range got {
		if !reflect.DeepEqual(l, want) {
			t.Errorf("call %d: Link differs from the first call", i)
		}
	}
}

// TestLexicon checks that the bit filter of lexicon lets every word of
// nameLexicon through, in any ASCII case, and rejects other words.
func TestLexicon(t *testing.T) {
	var lb [32]byte
	for w, flags := range nameLexicon {
		for _, v := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:]} {
			if got := lexicon(lb[:], v); got != flags {
				t.Errorf("lexicon(%q) = %b, want %b", v, got, flags)
			}
		}
	}
	for _, w := range []string{"Smith", "Dmitri", "x", "", "Mrs.", "Zelenskyy"} {
		if got := lexicon(lb[:], w); got != 0 {
			t.Errorf("lexicon(%q) = %b, want 0", w, got)
		}
	}
}
