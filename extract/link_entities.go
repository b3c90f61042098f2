package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/whosaid/whosaid/entity"
	"github.com/whosaid/whosaid/internal/match"
	"github.com/whosaid/whosaid/textpos"
)

// actor is an entity of one document, or a speaker of its claims that has
// no entity there.
type actor struct {
	doc, ent int // ent is -1 for a speaker without an entity
	name     string
	kind     entity.Kind
	roles    []string
	mentions []textpos.Span
	cross    int // index in Links.Entities
}

// docActors are the actors of one document.
type docActors struct {
	all    []int          // indexes into actors: entities first, in order, then speakers without entity
	pseudo map[string]int // name+kind of a speaker without entity -> index into actors
}

// actors holds every actor of the linked documents.
type actors struct {
	list []actor
	docs []docActors
}

func pseudoKey(name string, k entity.Kind) string { return string(rune('0'+k)) + name }

// claimActor returns the index in a.list of the speaker of c in document
// d, or -1.
func (a *actors) claimActor(d int, c *Claim) int {
	sp := c.Speaker
	if sp == nil {
		return -1
	}
	da := &a.docs[d]
	if sp.Entity >= 0 && sp.Entity < len(da.all) && a.list[da.all[sp.Entity]].ent == sp.Entity {
		return da.all[sp.Entity]
	}
	if i, ok := da.pseudo[pseudoKey(sp.Name, sp.Kind)]; ok {
		return i
	}
	return -1
}

// collectActors lists the entities of every document and the speakers that
// have no entity.
func (l *Links) collectActors() *actors {
	a := &actors{docs: make([]docActors, len(l.Docs))}
	for d, doc := range l.Docs {
		da := &a.docs[d]
		for e := range doc.Entities {
			en := &doc.Entities[e]
			ms := make([]textpos.Span, len(en.Mentions))
			for i, m := range en.Mentions {
				ms[i] = m.Span
			}
			da.all = append(da.all, len(a.list))
			a.list = append(a.list, actor{doc: d, ent: e, name: en.Name, kind: en.Kind, roles: en.Roles, mentions: ms})
		}
		for _, c := range doc.Claims {
			sp := c.Speaker
			if sp == nil || (sp.Entity >= 0 && sp.Entity < len(doc.Entities)) || strings.TrimSpace(sp.Name) == "" {
				continue
			}
			k := pseudoKey(sp.Name, sp.Kind)
			i, ok := da.pseudo[k]
			if !ok {
				if da.pseudo == nil {
					da.pseudo = make(map[string]int)
				}
				i = len(a.list)
				da.pseudo[k] = i
				da.all = append(da.all, i)
				var roles []string
				if sp.Role != "" {
					roles = []string{sp.Role}
				}
				a.list = append(a.list, actor{doc: d, ent: -1, name: sp.Name, kind: sp.Kind, roles: roles})
			}
			if !sp.Mention.Empty() {
				a.list[i].mentions = append(a.list[i].mentions, sp.Mention)
			}
		}
	}
	return a
}

// personName is a person's name split for comparison.
type personName struct {
	surname string   // NameKey of the surname
	raw     string   // the surname as written, without possessive
	given   []string // NameKeys of the given names, initials as one letter
	words   int      // words in the name without titles
}

// Name particles that belong to a surname or given names: "bin", "van".
var nameParticles = map[string]bool{
	"al": true, "bin": true, "ibn": true, "bint": true, "van": true, "von": true, "der": true,
	"den": true, "de": true, "da": true, "di": true, "du": true, "del": true, "della": true,
	"dos": true, "das": true, "la": true, "le": true, "ben": true, "abu": true, "el": true,
}

// Honorifics, titles and offices that may precede a name; the name starts
// after the last of them. Lower case, without the final period.
var nameTitles = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "miss": true, "mx": true, "dr": true, "prof": true,
	"professor": true, "sir": true, "dame": true, "lord": true, "lady": true, "sen": true,
	"senator": true, "rep": true, "representative": true, "gov": true, "governor": true,
	"gen": true, "general": true, "col": true, "colonel": true, "maj": true, "major": true,
	"capt": true, "captain": true, "lt": true, "sgt": true, "adm": true, "admiral": true,
	"cmdr": true, "commander": true, "president": true, "vice": true, "premier": true,
	"prime": true, "minister": true, "secretary": true, "chancellor": true, "king": true,
	"queen": true, "prince": true, "princess": true, "pope": true, "rev": true, "father": true,
	"sheikh": true, "judge": true, "justice": true, "mayor": true, "ambassador": true,
	"envoy": true, "spokesman": true, "spokeswoman": true, "spokesperson": true, "chief": true,
	"deputy": true, "speaker": true, "chairman": true, "chairwoman": true, "director": true,
	"adviser": true, "advisor": true, "head": true, "leader": true, "officer": true,
	"representative's": true, "coach": true, "manager": true, "ceo": true, "chair": true,
	"st": true, "saint": true, "attorney": true, "councillor": true, "councilor": true,
	"mp": true, "mep": true, "dame's": true, "emir": true, "crown": true,
}

// Honorifics that are never a surname.
var honorifics = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "miss": true, "mx": true, "dr": true, "prof": true,
	"sen": true, "rep": true, "gov": true, "gen": true, "sir": true, "rev": true, "st": true,
}

var nameSuffixes = map[string]bool{"jr": true, "sr": true, "ii": true, "iii": true, "iv": true, "phd": true, "md": true}

// parsePerson splits a person's name. It reads from the end: the last word
// is the surname (suffixes such as "Jr." and a possessive "’s" dropped),
// and the capitalised words before it, up to a title, an honorific or a
// lower-case word that is not a name particle, are the given names. ok is
// false when no surname is found, or the last word is an initial or a
// title ("Dmitri S.", "Mr."): such a name is not linked.
func parsePerson(name string) (p personName, ok bool) {
	ws := strings.Fields(name)
	for len(ws) > 0 {
		w := strings.ToLower(strings.Trim(ws[len(ws)-1], ".,"))
		if !nameSuffixes[w] || len(ws) == 1 {
			break
		}
		ws = ws[:len(ws)-1]
	}
	if len(ws) == 0 {
		return p, false
	}
	sur := strings.Trim(ws[len(ws)-1], ",;:")
	for _, pos := range []string{"’s", "'s", "’", "'"} {
		if s, cut := strings.CutSuffix(sur, pos); cut && s != "" {
			sur = s
			break
		}
	}
	key := match.NameKey(sur)
	if key == "" || isInitial(sur) || honorifics[strings.ToLower(strings.TrimSuffix(sur, "."))] {
		return p, false // "Dmitri S.", "Mr.": no surname to compare
	}
	p.surname, p.raw, p.words = key, sur, 1
	var given []string
	for i := len(ws) - 2; i >= 0 && len(given) < 4; i-- {
		w := ws[i]
		lw := strings.ToLower(strings.TrimSuffix(w, "."))
		if nameTitles[lw] {
			break
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !nameParticles[lw] {
			break
		}
		if strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "'s") {
			break // "Russia’s Sergei Lavrov"
		}
		k := match.NameKey(w)
		if k == "" {
			break
		}
		if nameParticles[lw] {
			p.words++
			continue
		}
		if isInitial(w) {
			k = k[:1]
		}
		given = append(given, k)
		p.words++
	}
	// given was read backwards.
	for i, j := 0, len(given)-1; i < j; i, j = i+1, j-1 {
		given[i], given[j] = given[j], given[i]
	}
	p.given = given
	return p, true
}

// isInitial reports whether w is an initial: one letter, with or without a
// period ("S.", "S"), or two capitals with periods ("J.R.").
func isInitial(w string) bool {
	w = strings.TrimSuffix(w, ".")
	n := utf8.RuneCountInString(w)
	if n == 1 {
		return true
	}
	return strings.Contains(w, ".") && n <= 4
}

// unionFind is a disjoint-set forest with path halving.
type unionFind []int

func newUnionFind(n int) unionFind {
	u := make(unionFind, n)
	for i := range u {
		u[i] = i
	}
	return u
}

func (u unionFind) find(x int) int {
	for u[x] != x {
		u[x] = u[u[x]]
		x = u[x]
	}
	return x
}

// union joins the sets of x and y, keeping the smaller root.
func (u unionFind) union(x, y int) {
	x, y = u.find(x), u.find(y)
	if x == y {
		return
	}
	if y < x {
		x, y = y, x
	}
	u[y] = x
}

// linkEntities fills l.Entities and l.entityOf and returns the actors.
func (l *Links) linkEntities() *actors {
	a := l.collectActors()
	uf := newUnionFind(len(a.list))
	l.linkPeople(a, uf)
	// Organisations and places: equal folded names.
	byKey := make(map[string]int)
	var ws []match.Word
	for i := range a.list {
		ac := &a.list[i]
		if ac.kind != entity.Organisation && ac.kind != entity.Place {
			continue
		}
		k := orgKey(ws, ac.name, ac.kind)
		if k == "" {
			continue
		}
		if j, ok := byKey[k]; ok {
			uf.union(j, i)
		} else {
			byKey[k] = i
		}
	}
	// One LinkedEntity per set, in order of first member.
	index := make(map[int]int)
	for i := range a.list {
		r := uf.find(i)
		x, ok := index[r]
		if !ok {
			x = len(l.Entities)
			index[r] = x
			l.Entities = append(l.Entities, LinkedEntity{Kind: a.list[i].kind})
		}
		ac := &a.list[i]
		ac.cross = x
		le := &l.Entities[x]
		le.Members = append(le.Members, EntityRef{Doc: ac.doc, Entity: ac.ent, Name: ac.name, Mentions: ac.mentions})
	}
	roleKeys := make(map[[2]uint64]bool)
	for i := range a.list {
		ac := &a.list[i]
		le := &l.Entities[ac.cross]
		for _, r := range ac.roles {
			k := [2]uint64{uint64(ac.cross), hashWords(ws, r)}
			if !roleKeys[k] {
				roleKeys[k] = true
				le.Roles = append(le.Roles, r)
			}
		}
	}
	for x := range l.Entities {
		l.Entities[x].Name = fullestName(l.Entities[x].Members, l.Entities[x].Kind)
	}
	l.entityOf = make([][]int, len(l.Docs))
	for d, doc := range l.Docs {
		l.entityOf[d] = make([]int, len(doc.Entities))
		for e := range doc.Entities {
			l.entityOf[d][e] = a.list[a.docs[d].all[e]].cross
		}
	}
	return a
}

// hashWords hashes the folded words of s.
func hashWords(ws []match.Word, s string) uint64 {
	ws = match.Words(ws[:0], s, textpos.Span{Start: 0, End: len(s)})
	return hashKeys(match.Keys(nil, ws))
}

// orgKey is the comparison key of an organisation or place name: its
// folded words without a leading "the", with the kind.
func orgKey(ws []match.Word, name string, k entity.Kind) string {
	name = strings.TrimSpace(name)
	if len(name) > 4 && strings.EqualFold(name[:4], "the ") {
		name = name[4:]
	}
	for _, pos := range []string{"’s", "'s"} {
		name = strings.TrimSuffix(name, pos)
	}
	if strings.TrimSpace(name) == "" {
		return ""
	}
	h := hashWords(ws, name)
	var b [9]byte
	b[0] = byte(k)
	for i := range 8 {
		b[i+1] = byte(h >> (8 * i))
	}
	return string(b[:])
}

// fullestName picks the name with the most words (titles removed for
// people), then the most frequent, then the first.
func fullestName(ms []EntityRef, k entity.Kind) string {
	best, bestWords, bestCount := "", -1, 0
	count := make(map[string]int)
	for _, m := range ms {
		count[m.Name]++
	}
	for _, m := range ms {
		n := len(strings.Fields(m.Name))
		if k == entity.Person {
			if p, ok := parsePerson(m.Name); ok {
				n = p.words
			}
		}
		if n > bestWords || (n == bestWords && count[m.Name] > bestCount) {
			best, bestWords, bestCount = m.Name, n, count[m.Name]
		}
	}
	return best
}

// person is a person actor with its parsed name.
type person struct {
	actor int
	name  personName
}

// linkPeople joins the person actors that name one person; see [Link].
func (l *Links) linkPeople(a *actors, uf unionFind) {
	var people []person
	surnames := make(map[string]int) // surname key -> family id
	var rawLen []int                 // per family id: the longest raw surname in runes
	var keys []string
	for i := range a.list {
		ac := &a.list[i]
		if ac.kind != entity.Person {
			continue
		}
		p, ok := parsePerson(ac.name)
		if !ok {
			continue
		}
		people = append(people, person{actor: i, name: p})
		id, seen := surnames[p.surname]
		if !seen {
			id = len(keys)
			surnames[p.surname] = id
			keys = append(keys, p.surname)
			rawLen = append(rawLen, 0)
		}
		rawLen[id] = max(rawLen[id], utf8.RuneCountInString(p.raw))
	}
	// Surname families: keys within one edit of each other, with the same
	// first letter, for surnames of six letters or more.
	fam := newUnionFind(len(keys))
	dels := make(map[string]int)
	for id, k := range keys {
		if rawLen[id] < 6 {
			continue
		}
		for _, d := range match.Deletions(k) {
			if j, ok := dels[d]; ok {
				if j != id && keys[j][0] == k[0] && match.WithinOne(keys[j], k) {
					fam.union(j, id)
				}
			} else {
				dels[d] = id
			}
		}
	}
	// Within a family: full given names by folded first name; then
	// initials; then bare surnames.
	type family struct {
		full     map[string][]int // first-name key -> people indexes
		order    []string         // first-name keys in order
		initials []int
		bare     []int
	}
	fams := make(map[int]*family)
	var famOrder []int
	for pi, p := range people {
		f := fam.find(surnames[p.name.surname])
		fm := fams[f]
		if fm == nil {
			fm = &family{full: make(map[string][]int)}
			fams[f] = fm
			famOrder = append(famOrder, f)
		}
		switch {
		case len(p.name.given) == 0:
			fm.bare = append(fm.bare, pi)
		case len(p.name.given[0]) == 1:
			fm.initials = append(fm.initials, pi)
		default:
			g := p.name.given[0]
			if _, ok := fm.full[g]; !ok {
				fm.order = append(fm.order, g)
			}
			fm.full[g] = append(fm.full[g], pi)
		}
	}
	join := func(ps []int) {
		for _, q := range ps[1:] {
			uf.union(people[ps[0]].actor, people[q].actor)
		}
	}
	for _, f := range famOrder {
		fm := fams[f]
		var clusters [][]int // each a set of people indexes, first is its representative
		for _, g := range fm.order {
			clusters = append(clusters, splitMiddle(people, fm.full[g])...)
		}
		// Initials join the one full name they start, else group by letter.
		byLetter := make(map[byte][]int)
		var letters []byte
		for _, pi := range fm.initials {
			c := people[pi].name.given[0][0]
			fit := -1
			for ci, cl := range clusters {
				if people[cl[0]].name.given[0][0] == c {
					if fit >= 0 {
						fit = -2
						break
					}
					fit = ci
				}
			}
			switch {
			case fit >= 0:
				clusters[fit] = append(clusters[fit], pi)
			case fit == -1:
				if _, ok := byLetter[c]; !ok {
					letters = append(letters, c)
				}
				byLetter[c] = append(byLetter[c], pi)
			}
		}
		for _, c := range letters {
			clusters = append(clusters, byLetter[c])
		}
		switch len(clusters) {
		case 0:
			if len(fm.bare) > 0 {
				join(fm.bare)
			}
		case 1:
			clusters[0] = append(clusters[0], fm.bare...)
		}
		for _, cl := range clusters {
			join(cl)
		}
	}
}

// splitMiddle splits people with one first name by their second given
// name's initial when they give two or more different ones ("George H.
// Bush", "George W. Bush"); people without a second name then stay
// together on their own.
func splitMiddle(people []person, ps []int) [][]int {
	byMid := make(map[byte][]int)
	var mids []byte
	var none []int
	for _, pi := range ps {
		g := people[pi].name.given
		if len(g) < 2 {
			none = append(none, pi)
			continue
		}
		c := g[1][0]
		if _, ok := byMid[c]; !ok {
			mids = append(mids, c)
		}
		byMid[c] = append(byMid[c], pi)
	}
	if len(mids) <= 1 {
		return [][]int{ps}
	}
	var out [][]int
	for _, c := range mids {
		out = append(out, byMid[c])
	}
	if len(none) > 0 {
		out = append(out, none)
	}
	return out
}
