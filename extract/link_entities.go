package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/whosaid/whosaid/entity"
	"github.com/whosaid/whosaid/internal/match"
	"github.com/whosaid/whosaid/internal/norm"
	"github.com/whosaid/whosaid/textpos"
)

// actor is an entity of one document, or a speaker of its claims that has
// no entity there.
// Its fields are packed (32-bit indexes): linking walks the actors of all
// documents several times, and the smaller they are, the more of them stay
// in cache.
type actor struct {
	name     string
	roles    []string
	mentions []textpos.Span
	doc, ent int32 // ent is -1 for a speaker without an entity
	// words is the number of words of the name, when known: for a person
	// whose name parsePerson reads, its words without titles; for an
	// organisation or place whose name recurs, its fields; else 0.
	words int32
	kind  entity.Kind
}

// docActors are the actors of one document: a.list[base:base+n], its
// entities first, in order, then its speakers without entity; its
// claims: a.claims[claims:claims+len(Claims)]; and its quotations'
// contents: a.quotes[quotes:quotes+len(Quotations)].
type docActors struct{ base, n, claims, quotes int }

// actors holds every actor of the linked documents, and what linking
// reads of their claims.
type actors struct {
	list   []actor
	docs   []docActors
	pseudo map[pseudoKey]int // a speaker without entity -> index into list
	cross  []int             // index in Links.Entities of list[i] by i, once linkEntities has set it
	kinds  [256]int          // actors by kind (entity.Kind is a uint8)
	// people and named are the indexes in list of the people and of the
	// organisations and places, ascending: the passes that link them
	// read only them.
	people, named []int32
	claims        []claimInfo    // the documents' claims, in order
	quotes        []textpos.Span // the Content of the documents' quotations, in order
	spans         []textpos.Span // scratch of collectActors: the entities' mentions
}

// pseudoKey identifies a speaker without entity: its document, name and
// kind.
type pseudoKey struct {
	doc  int
	name string
	kind entity.Kind
}

// claimInfo is what linking reads of a claim, gathered once: the passes
// over the claims read these small records instead of the Claims and
// their Speakers, spread over memory.
type claimInfo struct {
	content textpos.Span
	actor   int32 // index in actors.list of the speaker, or -1
	kind    Kind
	weak    bool // a block claim of confidence below weakBlock
}

// infoOf returns the claimInfo of cl with speaker actor.
func infoOf(cl *Claim, actor int) claimInfo {
	return claimInfo{content: cl.Content, actor: int32(actor), kind: cl.Kind,
		weak: cl.Kind == Block && cl.Confidence < weakBlock}
}

// docClaims returns the claimInfos of document d, which has n claims.
func (a *actors) docClaims(d, n int) []claimInfo {
	lo := a.docs[d].claims
	return a.claims[lo : lo+n : lo+n]
}

// docQuotes returns the contents of the quotations of document d, which
// has n quotations.
func (a *actors) docQuotes(d, n int) []textpos.Span {
	lo := a.docs[d].quotes
	return a.quotes[lo : lo+n : lo+n]
}

// collectActors lists the entities of every document and the speakers that
// have no entity, and gathers the claims' claimInfos and the quotations'
// contents: it reads each document once, and later passes read these
// compact arrays. The entities' mention spans share one allocation.
func (l *Links) collectActors(es *entityScratch) *actors {
	nact, nclaim, nquote := 0, 0, 0
	for _, doc := range l.Docs {
		nact += len(doc.Entities)
		nclaim += len(doc.Claims)
		nquote += len(doc.Quotations)
	}
	a := &es.acts
	a.docs, a.list = resize(a.docs, len(l.Docs)), reserve(a.list, nact+nact/8)
	a.claims = reserve(a.claims, nclaim)
	a.quotes = reserve(a.quotes, nquote)
	a.spans = a.spans[:0]
	a.pseudo = emptyMap(a.pseudo, nact/8)
	a.kinds = [256]int{}
	a.people, a.named = a.people[:0], a.named[:0]
	for d, doc := range l.Docs {
		da := &a.docs[d]
		da.base = len(a.list)
		for e := range doc.Entities {
			en := &doc.Entities[e]
			// The mentions go to the scratch a.spans for now.
			for _, m := range en.Mentions {
				a.spans = append(a.spans, m.Span)
			}
			a.add(actor{doc: int32(d), ent: int32(e), name: en.Name, kind: en.Kind, roles: en.Roles,
				mentions: a.spans[len(a.spans)-len(en.Mentions):]})
		}
		da.quotes = len(a.quotes)
		for q := range doc.Quotations {
			a.quotes = append(a.quotes, doc.Quotations[q].Content)
		}
		da.claims = len(a.claims)
		for c := range doc.Claims {
			cl := &doc.Claims[c]
			sp := cl.Speaker
			switch {
			case sp == nil:
				a.claims = append(a.claims, infoOf(cl, -1))
				continue
			case sp.Entity >= 0 && sp.Entity < len(doc.Entities):
				a.claims = append(a.claims, infoOf(cl, da.base+sp.Entity))
				continue
			case strings.TrimSpace(sp.Name) == "":
				a.claims = append(a.claims, infoOf(cl, -1))
				continue
			}
			k := pseudoKey{d, sp.Name, sp.Kind}
			i, ok := a.pseudo[k]
			if !ok {
				i = len(a.list)
				a.pseudo[k] = i
				var roles []string
				if sp.Role != "" {
					roles = []string{sp.Role}
				}
				a.add(actor{doc: int32(d), ent: -1, name: sp.Name, kind: sp.Kind, roles: roles})
			}
			if !sp.Mention.Empty() {
				a.list[i].mentions = append(a.list[i].mentions, sp.Mention)
			}
			a.claims = append(a.claims, infoOf(cl, i))
		}
		da.n = len(a.list) - da.base
	}
	// The entities' mentions, in order in a.spans, to their own array.
	spans := make([]textpos.Span, len(a.spans))
	copy(spans, a.spans)
	off := 0
	for i := range a.list {
		if ac := &a.list[i]; ac.ent >= 0 {
			n := len(ac.mentions)
			ac.mentions = spans[off : off+n : off+n]
			off += n
		}
	}
	return a
}

// add appends ac to the list.
func (a *actors) add(ac actor) {
	switch ac.kind {
	case entity.Person:
		a.people = append(a.people, int32(len(a.list)))
	case entity.Organisation, entity.Place:
		a.named = append(a.named, int32(len(a.list)))
	}
	a.kinds[ac.kind]++
	a.list = append(a.list, ac)
}

// personName is a person's name split for comparison.
type personName struct {
	surname string   // NameKey of the surname
	raw     string   // the surname as written, without possessive
	given   []string // NameKeys of the given names, initials as one letter
	words   int      // words in the name without titles
	// at locates the keys in the arena parseName appended them to, until
	// resolve makes surname and given of them: the surname at[0], the
	// given names at[1:1+ngiven], in order; each [lo, hi).
	at     [5][2]int32
	ngiven int
}

// resolve sets p.surname and p.given to the keys parseName located in
// the arena, which keys now holds as a string. The given names are
// appended to the arena given, which p.given is a slice of; resolve
// returns it extended.
func (p *personName) resolve(keys string, given []string) []string {
	p.surname = keys[p.at[0][0]:p.at[0][1]]
	p.given = nil
	if p.ngiven > 0 {
		lo := len(given)
		for _, g := range p.at[1 : 1+p.ngiven] {
			given = append(given, keys[g[0]:g[1]])
		}
		p.given = given[lo:len(given):len(given)]
	}
	return given
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

// Flags of nameLexicon: the lexicons a word is in.
const (
	inParticles = 1 << iota
	inTitles
	inHonorifics
	inSuffixes
)

// nameLexicon merges nameParticles, nameTitles, honorifics and
// nameSuffixes: one look-up tells which of them hold a word.
var nameLexicon = func() map[string]uint8 {
	m := make(map[string]uint8)
	for flag, lex := range map[uint8]map[string]bool{inParticles: nameParticles, inTitles: nameTitles,
		inHonorifics: honorifics, inSuffixes: nameSuffixes} {
		for w := range lex {
			m[w] |= flag
		}
	}
	return m
}()

// lexiconBits has bit lexiconBit(w) set for each word w of nameLexicon:
// a word whose bit is clear is in none of its lexicons.
var lexiconBits = func() (t [1 << 14 / 64]uint64) {
	for w := range nameLexicon {
		b := lexiconBit(w)
		t[b/64] |= 1 << (b % 64)
	}
	return t
}()

// lexiconBit returns a 14-bit summary of w, which is the same for w and
// for lowerASCII of w: its length and five low bits of its first two
// bytes.
func lexiconBit(w string) uint {
	if len(w) < 2 {
		return uint(len(w)) << 10
	}
	return uint(len(w)&15)<<10 | uint(w[0]&31)<<5 | uint(w[1]&31)
}

// lexicon returns the flags of nameLexicon of w lower-cased (ASCII
// letters only), using lb as a buffer.
func lexicon(lb []byte, w string) uint8 {
	if b := lexiconBit(w); lexiconBits[b/64]&(1<<(b%64)) == 0 {
		return 0
	}
	return nameLexicon[string(lowerASCII(lb[:0], w))]
}

// parsePerson splits a person's name. It reads from the end: the last word
// is the surname (suffixes such as "Jr." and a possessive "’s" dropped),
// and the capitalised words before it, up to a title, an honorific or a
// lower-case word that is not a name particle, are the given names. ok is
// false when no surname is found, or the last word is an initial or a
// title ("Dmitri S.", "Mr."): such a name is not linked.
func parsePerson(name string) (p personName, ok bool) {
	kb, ok := parseName(nil, name, &p)
	if !ok {
		return p, false
	}
	p.resolve(string(kb), nil)
	return p, true
}

// parseName is parsePerson without its strings: it appends the keys of
// the surname and given names of name to the arena kb and records where
// they are in p.at (see resolve), so that many names cost one string.
// It returns the extended arena and ok; when ok is false the arena is
// returned as given.
func parseName(kb []byte, name string, p *personName) (_ []byte, ok bool) {
	var buf [16]string
	ws := appendFields(buf[:0], name)
	var lb [32]byte
	for len(ws) > 0 {
		if lexicon(lb[:], strings.Trim(ws[len(ws)-1], ".,"))&inSuffixes == 0 || len(ws) == 1 {
			break
		}
		ws = ws[:len(ws)-1]
	}
	if len(ws) == 0 {
		return kb, false
	}
	sur := strings.Trim(ws[len(ws)-1], ",;:")
	for _, pos := range []string{"’s", "'s", "’", "'"} {
		if s, cut := strings.CutSuffix(sur, pos); cut && s != "" {
			sur = s
			break
		}
	}
	start := len(kb)
	kb = match.AppendNameKey(kb, sur)
	if len(kb) == start || isInitial(sur) || lexicon(lb[:], strings.TrimSuffix(sur, "."))&inHonorifics != 0 {
		return kb[:start], false // "Dmitri S.", "Mr.": no surname to compare
	}
	*p = personName{raw: sur, words: 1}
	p.at[0] = [2]int32{int32(start), int32(len(kb))}
	var gb [4][2]int32 // the given names' keys, backwards: kb[lo:hi]
	given := gb[:0]
	for i := len(ws) - 2; i >= 0 && len(given) < 4; i-- {
		w := ws[i]
		lex := lexicon(lb[:], strings.TrimSuffix(w, "."))
		if lex&inTitles != 0 {
			break
		}
		particle := lex&inParticles != 0
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !particle {
			break
		}
		if strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "'s") {
			break // "Russia’s Sergei Lavrov"
		}
		lo := len(kb)
		kb = match.AppendNameKey(kb, w)
		if len(kb) == lo {
			break // no key
		}
		if particle {
			kb = kb[:lo]
			p.words++
			continue
		}
		if isInitial(w) {
			kb = kb[:lo+1]
		}
		given = append(given, [2]int32{int32(lo), int32(len(kb))})
		p.words++
	}
	// given was read backwards.
	p.ngiven = len(given)
	for i, g := range given {
		p.at[len(given)-i] = g
	}
	return kb, true
}

// appendFields appends the fields of s, as strings.Fields splits it, to
// dst and returns the extended slice.
func appendFields(dst []string, s string) []string {
	for f := range strings.FieldsSeq(s) {
		dst = append(dst, f)
	}
	return dst
}

// lowerASCII appends s to dst with the ASCII letters lower-cased (the
// title and particle lexicons are ASCII) and returns the extended slice.
func lowerASCII(dst []byte, s string) []byte { return norm.AppendASCII(dst, s, norm.Lower) }

// isInitial reports whether w is an initial: one letter, with or without a
// period ("S.", "S"), or two capitals with periods ("J.R.").
func isInitial(w string) bool {
	w = strings.TrimSuffix(w, ".")
	if strings.IndexByte(w, '.') < 0 {
		return len(w) <= utf8.UTFMax && utf8.RuneCountInString(w) == 1
	}
	return utf8.RuneCountInString(w) <= 4
}

// unionFind is a disjoint-set forest with path halving.
type unionFind []int

func newUnionFind(n int) unionFind { return unionFind(nil).reset(n) }

// reset returns a forest of n singletons, reusing the array of u when it
// has room.
func (u unionFind) reset(n int) unionFind {
	if cap(u) < n {
		u = make(unionFind, n)
	}
	u = u[:n]
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

// entityScratch is the working memory of linkEntities: see linkScratch.
type entityScratch struct {
	acts                       actors
	uf, fam                    unionFind
	byKey                      [2]keyIDs         // organisations' and places' names (see orgKey) -> index in acts.list
	byName                     [2]map[string]int // organisations' and places' names as written -> index in acts.list
	roleKeys                   map[[2]uint64]bool
	names                      map[string]int // scratch of fullestName
	index, count, words, first []int
	// Of linkPeople.
	people                                       []person
	parsed, surnames                             map[string]int
	keys                                         []string
	rawLen, surnameOf, start, famOf, order, next []int
	dels                                         keyIDs
	kb                                           []byte   // arena of the names' keys (see parseName)
	given                                        []string // arena of personName.given
	dl                                           []uint64
	fl                                           familyLinker
}

// release drops the references es holds into linked documents, keeping
// its arrays.
func (es *entityScratch) release() {
	clear(es.acts.list[:cap(es.acts.list)])
	clear(es.acts.docs[:cap(es.acts.docs)])
	es.acts.cross = nil // it is Links.entityOf's
	clear(es.people[:cap(es.people)])
	clear(es.keys[:cap(es.keys)])
	clear(es.parsed)
	clear(es.surnames)
	clear(es.acts.pseudo)
	clear(es.names)
	clear(es.byName[0])
	clear(es.byName[1])
}

// emptyMap returns m emptied, or, when m is nil, a new map with room for
// n entries.
func emptyMap[K comparable, V any](m map[K]V, n int) map[K]V {
	if m == nil {
		return make(map[K]V, n)
	}
	clear(m)
	return m
}

// linkEntities fills l.Entities and l.entityOf and returns the actors. It
// works in es, which holds the actors.
func (l *Links) linkEntities(es *entityScratch) *actors {
	a := l.collectActors(es)
	es.uf = es.uf.reset(len(a.list))
	uf := es.uf
	l.linkPeople(a, uf, es)
	// Organisations and places: equal folded names, found in one table
	// of name hashes per kind. Names recur across documents: each
	// distinct name of a kind is hashed once (byName: the name as written
	// -> the first actor with it, or -1 when it has no key).
	var f wordHasher
	for k, kind := range []entity.Kind{entity.Organisation, entity.Place} {
		es.byKey[k].reset(a.kinds[kind])
		es.byName[k] = emptyMap(es.byName[k], a.kinds[kind])
	}
	for _, i32 := range a.named {
		i := int(i32)
		ac := &a.list[i]
		k := 0
		if ac.kind == entity.Place {
			k = 1
		}
		if j, ok := es.byName[k][ac.name]; ok {
			if j >= 0 {
				uf.union(j, i)
				if a.list[j].words == 0 {
					a.list[j].words = int32(nameWords(&a.list[j]))
				}
				ac.words = a.list[j].words // the name's words: counted once
			}
			continue
		}
		h, ok := f.orgKey(ac.name)
		if !ok {
			es.byName[k][ac.name] = -1
			continue
		}
		es.byName[k][ac.name] = i
		if j, ok := es.byKey[k].add(h, i); ok {
			uf.union(j, i)
		}
	}
	// One LinkedEntity per set, in order of first member; the sets'
	// members share one allocation.
	sets := 0
	for i := range a.list {
		if uf.find(i) == i {
			sets++
		}
	}
	l.Entities = make([]LinkedEntity, 0, sets)
	es.index = resize(es.index, len(a.list))
	index := es.index // per set root: 1 + its index in l.Entities
	count := es.count[:0]
	cross := make([]int, len(a.list)) // cross[i] is a.list[i].cross; l.entityOf is made of it
	for i := range a.list {
		r := uf.find(i)
		if index[r] == 0 {
			l.Entities = append(l.Entities, LinkedEntity{Kind: a.list[i].kind})
			index[r] = len(l.Entities)
			count = append(count, 0)
		}
		cross[i] = index[r] - 1
		count[index[r]-1]++
	}
	es.count = count
	members := make([]EntityRef, len(a.list))
	es.words = resize(es.words, len(a.list))
	words := es.words // per member: the words of its name
	es.first = resize(es.first, len(l.Entities))
	first := es.first
	off := 0
	for x := range l.Entities {
		l.Entities[x].Members = members[off : off : off+count[x]]
		first[x] = off
		off += count[x]
	}
	es.roleKeys = emptyMap(es.roleKeys, 0)
	roleKeys := es.roleKeys
	for i := range a.list {
		ac, x := &a.list[i], cross[i]
		le := &l.Entities[x]
		if count[x] > 1 {
			words[first[x]+len(le.Members)] = nameWords(ac)
		}
		le.Members = append(le.Members, EntityRef{Doc: int(ac.doc), Entity: int(ac.ent), Name: ac.name, Mentions: ac.mentions})
		if count[x] == 1 && len(ac.roles) == 1 {
			le.Roles = ac.roles[:1:1] // one role: nothing to fold together
			continue
		}
		for _, r := range ac.roles {
			k := [2]uint64{uint64(x), f.hash(r)}
			if !roleKeys[k] {
				roleKeys[k] = true
				le.Roles = append(le.Roles, r)
			}
		}
	}
	for x := range l.Entities {
		l.Entities[x].Name = fullestName(l.Entities[x].Members, words[first[x]:first[x]+count[x]], es)
	}
	l.entityOf = make([][]int, len(l.Docs))
	a.cross = cross
	for d, doc := range l.Docs {
		base := a.docs[d].base
		l.entityOf[d] = cross[base : base+len(doc.Entities) : base+len(doc.Entities)]
	}
	return a
}

// wordHasher hashes the folded words of names, reusing its buffer.
type wordHasher struct {
	ws []match.Word
}

// hash returns the hash of the folded words of s: hashKeys of their keys.
func (f *wordHasher) hash(s string) uint64 {
	f.ws = match.Words(f.ws[:0], s, textpos.Span{Start: 0, End: len(s)})
	h := uint64(fnvOffset)
	for _, w := range f.ws {
		h = (h ^ w.Key) * fnvPrime
	}
	return h
}

// orgKey returns the comparison key of an organisation or place name: the
// hash of its folded words without a leading "the" and a possessive. ok
// is false for a blank name.
func (f *wordHasher) orgKey(name string) (h uint64, ok bool) {
	name = strings.TrimSpace(name)
	if len(name) > 4 && strings.EqualFold(name[:4], "the ") {
		name = name[4:]
	}
	for _, pos := range []string{"’s", "'s"} {
		name = strings.TrimSuffix(name, pos)
	}
	if strings.TrimSpace(name) == "" {
		return 0, false
	}
	return f.hash(name), true
}

// fullestName picks the name with the most words (words[i] for ms[i]:
// titles removed for people), then the most frequent, then the first. It
// counts names in es.names.
func fullestName(ms []EntityRef, words []int, es *entityScratch) string {
	if len(ms) == 1 {
		return ms[0].Name
	}
	var count map[string]int
	if len(ms) > 16 {
		es.names = emptyMap(es.names, len(ms))
		count = es.names
		for _, m := range ms {
			count[m.Name]++
		}
	}
	countOf := func(name string) int {
		if count != nil {
			return count[name]
		}
		n := 0
		for _, m := range ms {
			if m.Name == name {
				n++
			}
		}
		return n
	}
	best, bestWords, bestCount := "", -1, 0
	for i, m := range ms {
		n := words[i]
		if n < bestWords || n == bestWords && m.Name == best {
			continue
		}
		if c := countOf(m.Name); n > bestWords || c > bestCount {
			best, bestWords, bestCount = m.Name, n, c
		}
	}
	return best
}

// nameWords returns the number of words of the name of actor ac: its
// parsed person's words when linkPeople set them, else its fields.
func nameWords(ac *actor) int {
	if ac.words > 0 {
		return int(ac.words)
	}
	n := 0
	for range strings.FieldsSeq(ac.name) {
		n++
	}
	return n
}

// person is a person actor with its parsed name.
type person struct {
	actor int
	name  personName
}

// linkPeople joins the person actors that name one person; see [Link].
// It works in es.
func (l *Links) linkPeople(a *actors, uf unionFind, es *entityScratch) {
	n := a.kinds[entity.Person]
	people := reserve(es.people, n)
	es.parsed, es.surnames = emptyMap(es.parsed, n), emptyMap(es.surnames, n)
	parsed := es.parsed           // name -> 1 + its index in people, or -1 when not parsed
	surnames := es.surnames       // surname key -> surname id
	keys := es.keys[:0]           // per surname id: the key
	rawLen := es.rawLen[:0]       // per surname id: the longest raw surname in runes
	surnameOf := es.surnameOf[:0] // per person: surname id
	// The names' keys are parsed into one arena, which becomes one string
	// when all are read.
	kb := es.kb[:0]
	for _, i32 := range a.people {
		i := int(i32)
		ac := &a.list[i]
		var p personName
		switch j := parsed[ac.name]; {
		case j < 0:
			continue
		case j > 0:
			p = people[j-1].name // names repeat across documents: parse once
		default:
			var ok bool
			if kb, ok = parseName(kb, ac.name, &p); !ok {
				parsed[ac.name] = -1
				continue
			}
			parsed[ac.name] = len(people) + 1
		}
		people = append(people, person{actor: i, name: p})
		ac.words = int32(p.words)
	}
	es.kb = kb
	keyStr, given := string(kb), es.given[:0]
	for pi := range people {
		p := &people[pi].name
		given = p.resolve(keyStr, given)
		id, seen := surnames[p.surname]
		if !seen {
			id = len(keys)
			surnames[p.surname] = id
			keys = append(keys, p.surname)
			rawLen = append(rawLen, 0)
		}
		surnameOf = append(surnameOf, id)
		rawLen[id] = max(rawLen[id], utf8.RuneCountInString(p.raw))
	}
	es.given = given
	// Surname families: keys within one edit of each other, with the same
	// first letter, for surnames of six letters or more. Keys are indexed
	// by the hashes of their deletions.
	es.people, es.keys, es.rawLen, es.surnameOf = people, keys, rawLen, surnameOf
	es.fam = es.fam.reset(len(keys))
	fam := es.fam
	ndel := 0
	for id, k := range keys {
		if rawLen[id] >= 6 {
			ndel += 1 + utf8.RuneCountInString(k)
		}
	}
	dels, dl := &es.dels, es.dl
	dels.reset(ndel)
	for id, k := range keys {
		if rawLen[id] < 6 {
			continue
		}
		dl = match.Deletions(dl[:0], k)
		for _, h := range dl {
			if j, ok := dels.add(h, id); ok {
				if j != id && keys[j][0] == k[0] && match.WithinOne(keys[j], k) {
					fam.union(j, id)
				}
			}
		}
	}
	es.dl = dl
	// The people of each family, in order: a counting sort by family.
	es.start, es.famOf = resize(es.start, len(keys)+1), resize(es.famOf, len(people))
	start, famOf := es.start, es.famOf
	for pi := range people {
		famOf[pi] = fam.find(surnameOf[pi])
		start[famOf[pi]+1]++
	}
	for f := 1; f <= len(keys); f++ {
		start[f] += start[f-1]
	}
	es.order, es.next = resize(es.order, len(people)), append(es.next[:0], start[:len(keys)]...)
	order, next := es.order, es.next
	for pi := range people {
		order[next[famOf[pi]]] = pi
		next[famOf[pi]]++
	}
	fl := &es.fl
	for f := range keys {
		if start[f+1] > start[f] {
			fl.link(people, order[start[f]:start[f+1]], uf)
		}
	}
}

// familyLinker joins the people of one surname family (see [Link]): full
// given names by folded first name, split by a differing middle initial;
// then initials, with the one full name they start, else with each other;
// then bare surnames, when there is exactly one person for them to be. Its
// buffers are reused from family to family.
type familyLinker struct {
	full, initials, bare, mids []int
	reps                       []int // one person of each cluster
	letters                    []int // per cluster: the first letter of its given name
	count, fit                 [256]int
	byLetter                   [256]int // 1 + the first initial of a letter with no full name
}

// link joins the people ps (indexes into people, ascending) of one family.
func (fl *familyLinker) link(people []person, ps []int, uf unionFind) {
	join := func(x, y int) { uf.union(people[x].actor, people[y].actor) }
	if len(ps) == 1 {
		return
	}
	fl.full, fl.initials, fl.bare, fl.reps, fl.letters = fl.full[:0], fl.initials[:0], fl.bare[:0], fl.reps[:0], fl.letters[:0]
	for _, pi := range ps {
		g := people[pi].name.given
		switch {
		case len(g) == 0:
			fl.bare = append(fl.bare, pi)
		case len(g[0]) == 1:
			fl.initials = append(fl.initials, pi)
		default:
			fl.full = append(fl.full, pi)
		}
	}
	// Full names: one cluster per first name, or per middle initial when
	// its people give two or more different ones.
	slices.SortStableFunc(fl.full, func(x, y int) int {
		return strings.Compare(people[x].name.given[0], people[y].name.given[0])
	})
	for lo := 0; lo < len(fl.full); {
		first := people[fl.full[lo]].name.given[0]
		hi := lo + 1
		for hi < len(fl.full) && people[fl.full[hi]].name.given[0] == first {
			hi++
		}
		fl.splitMiddle(people, fl.full[lo:hi], join)
		lo = hi
	}
	// Initials join the one full name they start, else group by letter.
	for ci, r := range fl.reps {
		c := people[r].name.given[0][0]
		fl.count[c]++
		fl.fit[c] = ci
	}
	groups := 0
	for _, pi := range fl.initials {
		c := people[pi].name.given[0][0]
		switch fl.count[c] {
		case 0:
			if fl.byLetter[c] == 0 {
				fl.byLetter[c] = pi + 1
				fl.reps = append(fl.reps, pi)
				groups++
			} else {
				join(fl.byLetter[c]-1, pi)
			}
		case 1:
			join(fl.reps[fl.fit[c]], pi)
		}
	}
	for _, r := range fl.reps {
		c := people[r].name.given[0][0]
		fl.count[c], fl.byLetter[c] = 0, 0
	}
	// Bare surnames: with the one cluster, or with each other when there
	// is none.
	switch len(fl.reps) {
	case 0:
		for _, pi := range fl.bare[min(1, len(fl.bare)):] {
			join(fl.bare[0], pi)
		}
	case 1:
		for _, pi := range fl.bare {
			join(fl.reps[0], pi)
		}
	}
}

// splitMiddle adds the clusters of people ps, who share their first
// name, to fl.reps: one cluster, or, when they give two or more different
// middle initials ("George H. Bush", "George W. Bush"), one per initial and
// one of the people without a middle name.
func (fl *familyLinker) splitMiddle(people []person, ps []int, join func(x, y int)) {
	fl.mids = fl.mids[:0]
	for _, pi := range ps {
		if g := people[pi].name.given; len(g) >= 2 {
			fl.mids = append(fl.mids, pi)
		}
	}
	mid := func(pi int) byte { return people[pi].name.given[1][0] }
	slices.SortStableFunc(fl.mids, func(x, y int) int { return int(mid(x)) - int(mid(y)) })
	if len(fl.mids) == 0 || mid(fl.mids[0]) == mid(fl.mids[len(fl.mids)-1]) {
		fl.reps = append(fl.reps, ps[0])
		for _, pi := range ps[1:] {
			join(ps[0], pi)
		}
		return
	}
	for lo := 0; lo < len(fl.mids); {
		hi := lo + 1
		for hi < len(fl.mids) && mid(fl.mids[hi]) == mid(fl.mids[lo]) {
			join(fl.mids[lo], fl.mids[hi])
			hi++
		}
		fl.reps = append(fl.reps, fl.mids[lo])
		lo = hi
	}
	none := -1
	for _, pi := range ps {
		if len(people[pi].name.given) < 2 {
			if none < 0 {
				none = pi
				fl.reps = append(fl.reps, pi)
			} else {
				join(none, pi)
			}
		}
	}
}
