package entity

import (
	"cmp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/whosaid/whosaid/internal/match"
	"github.com/whosaid/whosaid/internal/norm"
	"github.com/whosaid/whosaid/internal/segment"
	"github.com/whosaid/whosaid/textpos"
)

// build turns the candidates into entities.
func (f *finder) build() {
	s := f.s
	added := f.added[:0]
	defer func() { f.added = added[:0] }()
	// Entities: at most one per candidate that is no pronoun.
	n := 0
	for i := range f.cands {
		if f.cands[i].kind != cPronoun {
			n++
		}
	}
	// The entities under construction live in the finder's scratch
	// space; s.ents gets its own slice once they are ordered.
	s.ents = slices.Grow(f.ents[:0], n)
	add := func(e int, c *cand) {
		added = append(added, pending{e, c})
		c.ent = int32(e + 1)
	}
	m := &f.maps
	m.init()
	// The entity of each Known actor, and the last mention of each
	// entity while walking in document order; -1 for none.
	knownEnt := fill(&f.knownEnt, len(f.knownList()), -1)
	last := fill(&f.lastOff, n, -1)
	bySurname := m.bySurname
	byKey := m.byKey
	acronyms := m.acronyms       // acronym of an organisation's name -> the organisation
	lastUnnamed := m.lastUnnamed // head noun -> entity of the last unnamed candidate with it
	for pass := 0; pass < 2; pass++ {
		if pass == 1 {
			f.orgAliases(added)
		}
		for ci := range f.cands {
			c := &f.cands[ci]
			switch {
			case pass == 0 && c.kind == cKnown:
				e := knownEnt[c.known]
				if e < 0 {
					k := f.opts.Known[c.known]
					e = f.newEnt(ent{name: k.Name, kind: k.Kind, known: true})
					knownEnt[c.known] = e
					if k.Kind == Person {
						ws := scanWords(nil, k.Name, 0, len(k.Name), &f.low)
						s.ents[e].given, s.ents[e].surname = personKeys(k.Name, ws, nil)
						bySurname[s.ents[e].surname] = f.appendEnt(bySurname[s.ents[e].surname], e)
					}
				}
				add(e, c)
			case pass == 0 && c.kind == cPerson:
				e := -1
				for _, x := range recent(bySurname[c.surname]) {
					en := s.ents[x]
					if compatibleGiven(en.given, c.given) && (en.gender == 0 || c.gender == 0 || en.gender == c.gender) {
						e = x
						if len(en.given) > 0 && len(c.given) > 0 && en.given[0] == c.given[0] {
							break
						}
					}
				}
				if e < 0 {
					e = f.newEnt(ent{name: c.name, kind: Person, surname: c.surname})
					bySurname[c.surname] = f.appendEnt(bySurname[c.surname], e)
					// A name of three words or more whose last but one is
					// no given name may be cut to that word, the first of
					// two surnames ("Barrientos" of "Ignacio Barrientos
					// Mejía").
					if k := len(c.given) - 1; k >= 1 && len(c.given[k]) > 1 && lex().flags[c.given[k]]&(fGiven|fParticle) == 0 {
						bySurname[c.given[k]] = f.appendEnt(bySurname[c.given[k]], e)
					}
				}
				en := s.ents[e]
				if c.nwords > int(en.words) || c.nwords == int(en.words) && len(c.name) > len(en.name) {
					en.name, en.words, en.given = c.name, int32(c.nwords), c.given
				}
				if en.gender == 0 {
					en.gender = c.gender
				}
				add(e, c)
			case pass == 1 && c.kind == cSingle:
				e, best := -1, -1
				for _, x := range recent(bySurname[c.surname]) {
					if l := last[x]; l >= 0 && l < c.span.Start && l > best {
						e, best = x, l
					} else if e < 0 {
						e = x
					}
				}
				// "Sir John" after "Sir John Bourn": a knight named by
				// his given name is the last person with it.
				for x := len(s.ents) - 1; e < 0 && len(c.given) == 1 && x >= max(0, len(s.ents)-recentCands); x-- {
					if en := s.ents[x]; en.kind == Person && len(en.given) > 0 && en.given[0] == c.given[0] && en.words > 1 {
						e = x
					}
				}
				titled := c.role != "" || c.gender != 0 || c.human || c.span.Start != 0 && !strings.HasPrefix(f.src[c.span.Start:], c.name)
				if e < 0 {
					if !titled {
						if x := f.clipped(c); x >= 0 {
							add(x, c)
						}
						continue
					}
					e = f.newEnt(ent{name: c.name, kind: Person, surname: c.surname, words: 1})
					bySurname[c.surname] = f.appendEnt(bySurname[c.surname], e)
				}
				if s.ents[e].gender == 0 {
					s.ents[e].gender = c.gender
				}
				last[e] = c.span.Start
				add(e, c)
			case pass == 0 && (c.kind == cOrg || c.kind == cPlace):
				keys, key := byKey, c.name
				if c.kind == cOrg {
					f.low = appendOrgKey(f.low[:0], c.name)
					key = unsafeString(f.low)
				} else {
					keys = m.byPlace
				}
				e, ok := keys[key]
				if !ok && c.kind == cOrg {
					e, ok = acronyms[acronymKey(c.name)]
					if !ok {
						// The acronym came first ("UKIP", then "the UK
						// Independence Party"): the full name is the
						// organisation's.
						f.ibuf = appendInitials(f.ibuf[:0], c.name)
						if x, found := acronyms[unsafeString(f.ibuf)]; found && acronymKey(s.ents[x].name) == unsafeString(f.ibuf) {
							e, ok = x, true
							keys[f.keep(key)] = e
							s.ents[e].name = c.name
						}
					}
				}
				if !ok {
					k := Organisation
					if c.kind == cPlace {
						k = Place
					}
					e = f.newEnt(ent{name: c.name, kind: k})
					keys[f.keep(key)] = e
					if k == Organisation {
						f.setAcronym("", c.name, e)
					}
				} else if c.kind == cOrg && !hasArticle(s.ents[e].name) && hasArticle(c.name) &&
					(acronymKey(c.name) == "" || acronymKey(s.ents[e].name) != "") {
					// "The Kremlin" over "Kremlin", but not "the NAO" over
					// "National Audit Office".
					if s.ents[e].kind == Organisation {
						f.setAcronym(s.ents[e].name, c.name, e)
					}
					s.ents[e].name = c.name
				}
				add(e, c)
			case pass == 0 && c.kind == cUnnamed:
				// The head noun of a definite descriptor's entity is its own.
				e, head := -1, headWord(c.name)
				if definite(c.name) {
					if x, ok := lastUnnamed[head]; ok {
						e = x
					}
				}
				if e < 0 {
					k := Unnamed
					if c.flags&fSourceOrg != 0 {
						k = Organisation
					}
					e = f.newEnt(ent{name: c.name, kind: k, plural: c.plural, human: humanSource(c.flags, head)})
				}
				lastUnnamed[head] = e
				add(e, c)
			}
			if pass == 0 && len(added) > 0 && added[len(added)-1].c == c {
				last[added[len(added)-1].ent] = c.span.Start
			}
		}
	}
	f.offices(add)
	// Roles, from one array that each entity gets its share of.
	f.scratch = slices.Grow(f.scratch[:0], 2*len(s.ents))[:2*len(s.ents)]
	newIdx, counts := f.scratch[:len(s.ents)], f.scratch[len(s.ents):]
	clear(counts)
	nroles := 0
	for _, p := range added {
		if p.c.role != "" {
			counts[p.ent]++
			nroles++
		}
	}
	if nroles > 0 {
		buf := make([]roleAt, 0, nroles)
		for i, e := range s.ents {
			e.roles = buf[len(buf) : len(buf) : len(buf)+counts[i]]
			buf = buf[:len(buf)+counts[i]]
		}
		for _, p := range added {
			if p.c.role != "" {
				e := s.ents[p.ent]
				e.roles = append(e.roles, roleAt{text: p.c.role, off: p.c.roleOff})
			}
		}
	}
	clear(counts)
	// Mentions, without overlaps; entities ordered by first mention, those
	// left without mentions dropped.
	npron := len(f.cands) - n
	s.ments = make([]ment, 0, len(added)+npron)
	for _, p := range added {
		kind := Name
		if p.c.kind == cUnnamed || p.c.kind == cOffice {
			kind = Descriptor
		}
		s.ments = append(s.ments, ment{span: p.c.span, kind: kind, ent: p.ent, oblique: p.c.oblique})
	}
	slices.SortStableFunc(s.ments, func(a, b ment) int { return cmp.Compare(a.span.Start, b.span.Start) })
	s.ments = slices.CompactFunc(s.ments, func(a, b ment) bool { return a.span.Overlaps(b.span) })
	s.markQuoted(s.ments)
	for i := range newIdx {
		newIdx[i] = -1
	}
	ents := make([]*ent, 0, len(s.ents))
	for _, m := range s.ments {
		if newIdx[m.ent] < 0 {
			newIdx[m.ent] = len(ents)
			ents = append(ents, s.ents[m.ent])
		}
	}
	f.ents, s.ents = s.ents[:0], ents
	counts = counts[:len(ents)]
	for i := range s.ments {
		m := &s.ments[i]
		m.ent = newIdx[m.ent]
		counts[m.ent]++
	}
	// Pronouns, in document order, before the entities' mentions are
	// laid out, so that each entity's share counts them.
	prons := f.resolvePronouns(counts)
	// One array for the mentions of all entities, each given its share,
	// filled in document order from the names and the pronouns.
	all := make([]Mention, 0, len(s.ments)+len(prons))
	for i, e := range ents {
		e.mentions = all[len(all) : len(all) : len(all)+counts[i]]
		all = all[:len(all)+counts[i]]
	}
	j := 0
	for _, m := range s.ments {
		for ; j < len(prons) && prons[j].span.Start < m.span.Start; j++ {
			e := s.ents[prons[j].ent]
			e.mentions = append(e.mentions, Mention{Span: prons[j].span, Kind: Pronoun})
		}
		e := s.ents[m.ent]
		e.mentions = append(e.mentions, Mention{Span: m.span, Kind: m.kind})
	}
	for ; j < len(prons); j++ {
		e := s.ents[prons[j].ent]
		e.mentions = append(e.mentions, Mention{Span: prons[j].span, Kind: Pronoun})
	}
	roleBuf := make([]string, 0, nroles)
	for _, e := range s.ents {
		slices.SortStableFunc(e.roles, func(a, b roleAt) int { return cmp.Compare(a.off, b.off) })
		e.roleList = roleBuf[len(roleBuf) : len(roleBuf) : len(roleBuf)+len(e.roles)]
		roleBuf = roleBuf[:len(roleBuf)+len(e.roles)]
		for _, r := range e.roles {
			if !slices.Contains(e.roleList, r.text) {
				e.roleList = append(e.roleList, r.text)
			}
		}
	}
	// Merge the pronouns of the index into the mentions, in place from
	// the end (the capacity of s.ments has room for them).
	s.ments = mergeInto(s.ments, s.added, func(m, x ment) bool { return m.span.Start >= x.span.Start })
	s.added = nil
	s.rolesReady = true
}

// offices gives the offices of f.cands (see finder.office) their entities,
// once the people have theirs: the holder's when it is named next to it
// or the same office was the role of a person named with it ("Mayor of
// London Sadiq Khan" … "the Mayor of London"), else an unnamed actor
// named by the office, one per office.
func (f *finder) offices(add func(e int, c *cand)) {
	holders := f.maps.lastUnnamed // its keys are head nouns, without spaces
	for pass := 0; pass < 2; pass++ {
		for ci := range f.cands {
			c := &f.cands[ci]
			if !c.office || pass == 0 && c.kind == cOffice || pass == 1 && c.kind != cOffice {
				continue
			}
			f.low = append(f.low[:0], c.role...)
			for k, b := range f.low {
				if 'A' <= b && b <= 'Z' {
					f.low[k] = b + 'a' - 'A'
				}
			}
			key := unsafeString(f.low)
			e := -1
			if c.holder > 0 {
				e = int(f.cands[c.holder-1].ent) - 1
			} else if c.kind == cOffice {
				if x, ok := holders[key]; ok {
					e = x
				}
			} else {
				e = int(c.ent) - 1
			}
			if e < 0 && c.kind == cOffice {
				e = f.newEnt(ent{name: c.name, kind: Unnamed, office: true})
			}
			if e < 0 {
				continue
			}
			if _, ok := holders[key]; !ok || c.holder > 0 || c.kind != cOffice {
				holders[f.keep(key)] = e
			}
			if c.kind == cOffice {
				add(e, c)
			}
		}
	}
}

// orgAliases makes one organisation of one named with a place first ("the
// US Federal Reserve", "the Russian Foreign Ministry") and one the article
// names without it ("the Federal Reserve"), unless another organisation of
// the article drops a place to the same name ("the Ukrainian Foreign
// Ministry"): it gives the mentions of the shorter name, in added, to the
// longer.
func (f *finder) orgAliases(added []pending) {
	s, l := f.s, lex()
	f.merged = f.merged[:0]
	var to []int // 1 + the organisation each one is merged into; -1 for two
	for e, en := range s.ents {
		name := withoutArticle(en.name)
		sp := strings.IndexByte(name, ' ')
		if en.kind != Organisation || sp < 0 {
			continue
		}
		if _, ok := l.places[name[:sp]]; !ok && l.lookup(name[:sp])&fDemonym == 0 {
			continue
		}
		f.low = appendOrgKey(f.low[:0], name[sp+1:])
		x, ok := f.maps.byKey[unsafeString(f.low)]
		if !ok || x == e || s.ents[x].kind != Organisation {
			continue
		}
		if to == nil {
			to = make([]int, len(s.ents))
		}
		if to[x] != 0 {
			to[x] = -1
		} else {
			to[x] = e + 1
		}
	}
	if to == nil {
		return
	}
	for k := range added {
		if x := to[added[k].ent]; x > 0 {
			added[k].ent = x - 1
		}
	}
	f.merged = to
}

// clipped returns the organisation that the capitalised word of c, which
// names no person, clips after "the" ("the Fed" of "the Federal
// Reserve", "the Met" of "the Metropolitan Police"): the one organisation
// named before whose first word, after a place, starts with it. It
// extends c's span over the article. It returns -1 for none.
func (f *finder) clipped(c *cand) int {
	s, l := f.s, lex()
	w := c.name
	if len(w) < 3 || len(w) > 5 || c.span.Start < 4 || !strings.EqualFold(f.src[c.span.Start-4:c.span.Start], "the ") {
		return -1
	}
	found := -1
	for e := len(s.ents) - 1; e >= max(0, len(s.ents)-recentCands); e-- {
		en := s.ents[e]
		if en.kind != Organisation || e < len(f.merged) && f.merged[e] > 0 {
			continue
		}
		name := withoutArticle(en.name)
		first, rest, _ := strings.Cut(name, " ")
		if _, ok := l.places[first]; ok || l.lookup(first)&fDemonym != 0 {
			first, _, _ = strings.Cut(rest, " ")
		}
		if len(first) > len(w) && strings.HasPrefix(first, w) && found != e {
			if found >= 0 {
				return -1
			}
			found = e
		}
	}
	if found >= 0 {
		c.span.Start -= 4
	}
	return found
}

// resolvePronouns resolves the pronoun candidates, in document order,
// once s.ments and s.ents are final but the entities' mentions are not
// laid out yet. It adds each pronoun to the index (in s.added, in f's
// scratch space) unless it overlaps a mention there, counts it in
// counts[entity] unless the entity has a mention there already, and
// returns the pronouns that the entities get, in document order (in f's
// scratch space): as [Set.addMention] would have added them.
func (f *finder) resolvePronouns(counts []int) []ment {
	s := f.s
	s.added, f.prons = f.pronIdx[:0], f.prons[:0]
	defer func() { f.pronIdx = s.added[:0] }()
	for ci := range f.cands {
		c := &f.cands[ci]
		if c.kind != cPronoun {
			continue
		}
		e, ok := s.resolvePronoun(c.span.Start, c.flags)
		if !ok {
			continue
		}
		s.ents[e].learnGender(c.flags)
		m := ment{span: c.span.Clamp(len(s.src)), kind: Pronoun, ent: e}
		if m.span.Empty() {
			continue
		}
		m.quoted = s.quoted(m.span.Start)
		// s.ments holds every mention of the entities so far, without
		// overlaps: at most the two around the pronoun's start overlap it.
		over, own := false, false
		j := firstStartAt(s.ments, m.span.Start)
		for _, k := range [2]int{j - 1, j} {
			if k >= 0 && k < len(s.ments) && s.ments[k].span.Overlaps(m.span) {
				over, own = true, own || s.ments[k].ent == e
			}
		}
		if own {
			continue // a mention of the entity there already
		}
		counts[e]++
		f.prons = append(f.prons, m)
		if !over {
			s.added = append(s.added, m)
		}
	}
	return f.prons
}

// buildMaps are the maps of build, kept with the finder between calls.
type buildMaps struct {
	bySurname   map[string][]int
	byKey       map[string]int // orgKey -> organisation
	byPlace     map[string]int // canonical name -> place
	acronyms    map[string]int
	lastUnnamed map[string]int
}

// init makes the maps, or empties them; clearing costs time in
// proportion to a map's size, so large ones are made anew.
func (m *buildMaps) init() {
	m.bySurname = reuse(m.bySurname)
	m.byKey = reuse(m.byKey)
	m.byPlace = reuse(m.byPlace)
	m.acronyms = reuse(m.acronyms)
	m.lastUnnamed = reuse(m.lastUnnamed)
}

// reuse returns m emptied, or a new map if m is nil or was large.
func reuse[K comparable, V any](m map[K]V) map[K]V {
	if m == nil || len(m) > 32 {
		return map[K]V{}
	}
	if len(m) > 0 {
		clear(m)
	}
	return m
}

// fill sets *xs to n copies of v, reusing its storage, and returns it.
func fill(xs *[]int, n, v int) []int {
	*xs = slices.Grow((*xs)[:0], n)[:n]
	for i := range *xs {
		(*xs)[i] = v
	}
	return *xs
}

// knownList returns the actors of the finder's options.
func (f *finder) knownList() []Known {
	if f.opts == nil {
		return nil
	}
	return f.opts.Known
}

// pending is an entity that build gives a candidate.
type pending struct {
	ent int
	c   *cand
}

// appendEnt appends entity e to xs, a list of bySurname: a new list
// comes from f.ints, in one chunk for many lists.
func (f *finder) appendEnt(xs []int, e int) []int {
	if xs != nil {
		return append(xs, e)
	}
	if len(f.ints) == cap(f.ints) {
		f.ints = make([]int, 0, slabChunk)
	}
	f.ints = append(f.ints, e)
	n := len(f.ints)
	return f.ints[n-1 : n : n]
}

// slabChunk is the least number of entities newEnt allocates at once; the
// finder keeps what is left of a chunk for the next document (entities
// once added are never overwritten).
const slabChunk = 128

// newEnt adds an entity to the set, allocating entities in chunks.
func (f *finder) newEnt(e ent) int {
	if len(f.slab) == cap(f.slab) {
		f.slab = make([]ent, 0, min(max(2*cap(f.slab), slabChunk), 1024))
	}
	f.slab = append(f.slab, e)
	return f.s.newEnt(&f.slab[len(f.slab)-1])
}

// recentCands is how many entities with one surname build compares a
// name with: the most recently added. Articles name far fewer people
// with one surname; the bound keeps hostile input linear.
const recentCands = 64

// recent returns the last recentCands elements of xs.
func recent(xs []int) []int { return xs[max(0, len(xs)-recentCands):] }

// byNameAt returns the first entity named name of kind k.
func (s *Set) byNameAt(name string, k Kind) (int, bool) {
	if s.byName == nil && len(s.ents) <= smallSet {
		for i, x := range s.ents {
			if x.name == name && x.kind == k {
				return i, true
			}
		}
		return -1, false
	}
	i, ok := s.nameIndex()[nameKind{name, k}]
	return i, ok
}

// smallSet is the number of entities below which a linear search is
// quicker than building an index.
const smallSet = 64

// nameIndex returns s.byName, building it on first use.
func (s *Set) nameIndex() map[nameKind]int {
	if s.byName == nil {
		s.byName = make(map[nameKind]int, len(s.ents))
		for i, e := range s.ents {
			if _, ok := s.byName[nameKind{e.name, e.kind}]; !ok {
				s.byName[nameKind{e.name, e.kind}] = i
			}
		}
	}
	return s.byName
}

// headIndex returns s.heads, building it on first use.
func (s *Set) headIndex() map[string]*[2][]refAt {
	if s.heads != nil {
		return s.heads
	}
	s.heads = make(map[string]*[2][]refAt)
	for i, e := range s.ents {
		if e.kind != Unnamed && e.kind != Organisation {
			continue
		}
		more := s.moreOf(i)
		more.head = headWord(e.name)
		h := s.heads[more.head]
		if h == nil {
			h = new([2][]refAt)
			s.heads[more.head] = h
		}
		for _, m := range e.mentions {
			h[0] = append(h[0], refAt{off: m.Span.Start, ent: i})
		}
		for _, m := range more.extra {
			h[0] = append(h[0], refAt{off: m.Span.Start, ent: i})
		}
	}
	for _, h := range s.heads {
		slices.SortStableFunc(h[0], func(a, b refAt) int { return cmp.Compare(a.off, b.off) })
	}
	return s.heads
}

// roleIndex returns s.roleIdx, building it, and the role keys of people,
// on first use.
func (s *Set) roleIndex() map[string][]int {
	if s.roleIdx != nil {
		return s.roleIdx
	}
	s.roleIdx = make(map[string][]int)
	for i, e := range s.ents {
		if e.kind != Person && e.kind != Unnamed {
			continue // an unnamed actor has roles when it is an office
		}
		for _, r := range e.roleList {
			s.indexRole(i, r)
		}
	}
	return s.roleIdx
}

// indexRole adds role r of entity i to s.roleIdx and the entity's roleKeys.
func (s *Set) indexRole(i int, r string) {
	s.rws = scanWords(s.rws[:0], r, 0, len(r), &s.low)
	rk := roleKeys(r, s.rws, nil)
	more := s.moreOf(i)
	more.roleKeys = append(more.roleKeys, rk)
	for _, k := range rk {
		if ps := s.roleIdx[k]; len(ps) == 0 || ps[len(ps)-1] != i {
			s.roleIdx[k] = append(ps, i)
		}
	}
}

// addEnt adds an entity after Find, keeping the indexes up to date; its
// mentions are to be added with addMention.
func (s *Set) addEnt(e *ent) int {
	i := s.newEnt(e)
	if s.heads != nil && (e.kind == Unnamed || e.kind == Organisation) {
		// Once built, headIndex keeps the head nouns up to date.
		s.moreOf(i).head = headWord(e.name)
	}
	if s.byName != nil {
		if _, ok := s.byName[nameKind{e.name, e.kind}]; !ok {
			s.byName[nameKind{e.name, e.kind}] = i
		}
	}
	return i
}

func hasArticle(name string) bool {
	return strings.HasPrefix(name, "the ") || strings.HasPrefix(name, "The ")
}

// withoutArticle returns name without a leading "the " or "The ".
func withoutArticle(name string) string {
	return strings.TrimPrefix(strings.TrimPrefix(name, "the "), "The ")
}

// orgKeyDrop removes what appendOrgKey drops from a name.
var orgKeyDrop = strings.NewReplacer(".", "", " ", "")

// appendOrgKey appends to buf an organisation's name folded for
// comparison: lower case, without a leading article, periods and spaces
// ("TimeWarner" of "Time Warner").
func appendOrgKey(buf []byte, name string) []byte {
	name = withoutArticle(name)
	for i := 0; i < len(name); i++ {
		c := name[i]
		switch {
		case c >= utf8.RuneSelf:
			return append(buf[:0], strings.ToLower(orgKeyDrop.Replace(name))...)
		case c == '.' || c == ' ':
			continue
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf
}

// unsafeString returns b as a string without copying, for map lookups
// that the compiler cannot see are copy-free; b must not change while
// the string is in use, and the string must not be kept.
func unsafeString(b []byte) string { return unsafe.String(unsafe.SliceData(b), len(b)) }

// acronymKey returns name when it is an acronym ("FSB", "F.S.B.", "the
// FSB"), without periods and article, else "".
func acronymKey(name string) string {
	name = withoutArticle(name)
	for i := 0; i < len(name); i++ {
		if c := name[i]; 'a' <= c && c <= 'z' || c == ' ' {
			return "" // the common case, without allocating
		}
	}
	a := strings.ReplaceAll(name, ".", "")
	if len(a) < 2 || strings.ToUpper(a) != a || strings.Contains(a, " ") {
		return ""
	}
	return a
}

// appendInitials appends to buf the initials of the capitalised words of
// name after a leading article, all the letters of a word in capitals:
// "FSS" for "the Federal Security Service", "UKIP" for "UK Independence
// Party".
func appendInitials(buf []byte, name string) []byte {
	name = withoutArticle(name)
	for i := 0; i < len(name); i++ {
		if name[i] >= utf8.RuneSelf {
			return appendInitialsRunes(buf, name)
		}
	}
	// An ASCII name, read byte by byte: the same initials.
	for i := 0; i < len(name); {
		if asciiSpace[name[i]] {
			i++
			continue
		}
		j, lower, n := i, false, 0 // the word's end; whether it has a lower-case letter; its bytes but periods
		for ; j < len(name) && !asciiSpace[name[j]]; j++ {
			c := name[j]
			lower = lower || 'a' <= c && c <= 'z'
			if c != '.' {
				n++
			}
		}
		switch {
		case !lower && n >= 2: // an acronym (see acronymKey), without periods
			for _, c := range []byte(name[i:j]) {
				if c != '.' {
					buf = append(buf, c)
				}
			}
		case 'A' <= name[i] && name[i] <= 'Z':
			buf = append(buf, name[i])
		}
		i = j
	}
	return buf
}

// asciiSpace holds the ASCII bytes that are white space to
// strings.Fields.
var asciiSpace = [256]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// appendInitialsRunes is appendInitials for a name, without its article,
// that is not ASCII.
func appendInitialsRunes(buf []byte, name string) []byte {
	for w := range strings.FieldsSeq(name) {
		if acronymKey(w) != "" {
			buf = append(buf, strings.ReplaceAll(w, ".", "")...)
		} else if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			buf = utf8.AppendRune(buf, r)
		}
	}
	return buf
}

// setAcronym records that organisation e, once named old (or new), is now
// named name, in f.maps.acronyms, which maps the initials of
// organisations' names to the first organisation that has them.
func (f *finder) setAcronym(old, name string, e int) {
	acr := f.maps.acronyms
	if old != "" {
		f.ibuf = appendInitials(f.ibuf[:0], old)
		if k := unsafeString(f.ibuf); acr[k] == e {
			delete(acr, k)
		}
	}
	f.ibuf = appendInitials(f.ibuf[:0], name)
	if k := unsafeString(f.ibuf); len(k) >= 2 {
		if _, ok := acr[k]; !ok {
			acr[f.keep(unsafeString(f.ibuf))] = e
		}
	}
}

// headWord returns the lower-case head noun of a descriptor as written.
func headWord(desc string) string {
	last := ""
	for w := range strings.FieldsSeq(desc) {
		if t := strings.Trim(w, ",.;:"); lex().lookup(t)&fSource != 0 {
			return strings.ToLower(t)
		}
		last = w
	}
	return strings.ToLower(last)
}

// definite reports whether a descriptor refers back: "the source", "the
// official".
func definite(desc string) bool {
	if len(desc) < 4 || !strings.EqualFold(desc[:4], "the ") {
		return false
	}
	n := 0
	for range strings.FieldsSeq(desc) {
		n++
	}
	return n <= 3
}

// backRef returns the most recent unnamed or organisation entity,
// mentioned before off, whose head noun is that of the definite
// descriptor desc, or -1.
func (s *Set) backRef(desc string, off int) int {
	if !definite(desc) {
		return -1
	}
	h := s.headIndex()[headWord(desc)]
	if h == nil {
		return -1
	}
	best := refAt{off: -1, ent: -1}
	for _, rs := range h {
		k, _ := slices.BinarySearchFunc(rs, off, func(r refAt, off int) int { return cmp.Compare(r.off, off) })
		if k > 0 && rs[k-1].off > best.off {
			best = rs[k-1]
		}
	}
	return best.ent
}

// compatible reports whether entity e can be what a pronoun with flags
// refers to.
func (e *ent) compatible(flags uint32) bool {
	switch {
	case flags&fPronM != 0 && flags&fPronF != 0: // a person of either gender
		return e.kind == Person || e.office
	case flags&fPronM != 0:
		return e.kind == Person && e.gender != 'f' || e.office
	case flags&fPronF != 0:
		return e.kind == Person && e.gender != 'm' || e.office
	case flags&fPronPl != 0:
		return e.kind == Unnamed && e.plural || e.kind == Organisation && e.plural
	case flags&fPronN != 0:
		return e.kind == Organisation || e.kind == Place || e.kind == Unnamed && !e.plural && !e.office && !e.human
	case flags&fPronRel != 0:
		return e.kind == Person || e.kind == Unnamed
	}
	return false
}

// learnGender gives a person of unknown gender the gender of a pronoun
// with flags that refers to it ("he" → 'm'), so that later pronouns of
// the other gender pass it by.
func (e *ent) learnGender(flags uint32) {
	if e.kind != Person || e.gender != 0 {
		return
	}
	switch {
	case flags&fPronM != 0 && flags&fPronF == 0:
		e.gender = 'm'
	case flags&fPronF != 0 && flags&fPronM == 0:
		e.gender = 'f'
	}
}

// resolvePronoun returns the entity a pronoun at off refers to: the nearest
// compatible subject before it in its sentence, else the speaker or first
// compatible subject of the sentences before it in the same or previous
// paragraph (up to three sentences back). A compatible mention after a
// preposition counts only when it is the only compatible entity in reach.
func (s *Set) resolvePronoun(off int, flags uint32) (int, bool) {
	return s.resolvePron(off, flags, true)
}

// resolvePron is resolvePronoun; with bind, a subject whose verb has a
// compatible object pronoun gives way to that pronoun's antecedent (see
// unbound).
func (s *Set) resolvePron(off int, flags uint32, bind bool) (int, bool) {
	si := s.sentenceOf(off)
	if si < 0 {
		return -1, false
	}
	sents := s.text.Sentences
	// Mentions before off, newest first, back to the start of the third
	// sentence before.
	ms := s.mentionsBefore(sents[max(0, si-3)].Span.Start, off)
	// A pronoun outside quotation marks does not refer to a name quoted
	// ("“Lindsay had me on the run,” she said").
	if !s.quoted(off) {
		out := ms[:0]
		for _, m := range ms {
			if !m.quoted {
				out = append(out, m)
			}
		}
		ms = out
	}
	k := 0
	// Same sentence: nearest subject.
	var obliques []int // distinct entities of compatible oblique mentions
	oblique := func(e int) {
		if !slices.Contains(obliques, e) {
			obliques = append(obliques, e)
		}
	}
	opener := s.openingClause(sents[si].Span.Start, off)
	for ; k < len(ms) && ms[k].span.Start >= sents[si].Span.Start; k++ {
		m := ms[k]
		if !s.ents[m.ent].compatible(flags) {
			continue
		}
		if flags&fPronRel != 0 {
			return m.ent, true
		}
		if !m.oblique && m.span.Start >= opener {
			return s.unbound(m, off, flags, bind)
		}
		oblique(m.ent)
	}
	para := sents[si].Para
	for back := 1; back <= 3 && si-back >= 0; back++ {
		ps := si - back
		if sents[ps].Para < para-1 {
			break
		}
		if ps < len(s.speakers) && s.speakers[ps] > 0 && s.ents[s.speakers[ps]-1].compatible(flags) {
			e := s.speakers[ps] - 1
			// The speaker's first mention in the sentence, as subject.
			var first *ment
			for i := k; i < len(ms) && ms[i].span.Start >= sents[ps].Span.Start; i++ {
				if ms[i].ent == e && !ms[i].oblique {
					first = &ms[i]
				}
			}
			if first == nil {
				return e, true
			}
			return s.unbound(*first, sents[ps].Span.End, flags, bind)
		}
		if flags&(fPronM|fPronF) != 0 && s.rolesReady {
			if e, ok := s.roleSubject(sents[ps].Span); ok && s.ents[e].compatible(flags) {
				return e, true // "The judge was unpersuaded. He noted …"
			}
		}
		first := -1
		var firstM ment
		opener := s.openingClause(sents[ps].Span.Start, sents[ps].Span.End)
		for ; k < len(ms) && ms[k].span.Start >= sents[ps].Span.Start; k++ {
			m := ms[k]
			if !s.ents[m.ent].compatible(flags) {
				continue
			}
			if m.span.Start < opener {
				oblique(m.ent)
				continue
			}
			// A possessor whose noun phrase names someone else is no
			// subject: "X's campaign manager, Y, blamed …" is Y's
			// sentence ("X's proposal …" stays X's).
			if m.oblique || first >= 0 && flags&(fPronM|fPronF) != 0 && s.possessive(m.span.End) && k > 0 && ms[k-1].ent == first && ms[k-1].span.Start-m.span.End <= possessorReach {
				oblique(m.ent)
				continue
			}
			first, firstM = m.ent, m
		}
		if first >= 0 {
			return s.unbound(firstM, sents[ps].Span.End, flags, bind)
		}
	}
	if len(obliques) == 1 {
		return obliques[0], true
	}
	return -1, false
}

// unbound returns the entity of the subject mention m that a personal
// pronoun refers to, unless m's verb takes a compatible object pronoun
// before end ("The commissioner asked him whether he had repaid it."),
// which cannot be m: then the pronoun refers to the object's antecedent,
// the one before m's sentence ("… he replied"), when there is one.
func (s *Set) unbound(m ment, end int, flags uint32, bind bool) (int, bool) {
	if bind && flags&(fPronM|fPronF) != 0 && s.objectPronounAfter(m.span.End, end, flags) {
		if e, ok := s.resolvePron(s.text.Sentences[s.sentenceOf(m.span.Start)].Span.Start, flags, false); ok && e != m.ent {
			return e, true
		}
	}
	if bind && flags&(fPronM|fPronF) != 0 {
		if e, ok := s.askedAfter(m, end, flags); ok {
			return e, true
		}
	}
	return m.ent, true
}

// askedAfter returns the person whom the subject m asks a question in
// its sentence, before byte end: "Rep. Ode held up a slide and asked
// Ramsdell-Coe whether he had seen it." A pronoun after the question is
// the one asked, who answers ("… he said"). The person is named right
// after the verb, the question's "whether", "if", "about", "why" … right
// after the name, and the person is compatible with the pronoun's flags.
func (s *Set) askedAfter(m ment, end int, flags uint32) (int, bool) {
	to := min(end, m.span.End+maxAskedReach)
	if to <= m.span.End || !askingIn(s.src[m.span.End:to]) {
		return -1, false
	}
	var buf [24]word
	ws := scanWords(buf[:0], s.src, m.span.End, to, &s.low)
	for i := 0; i+1 < len(ws); i++ {
		if ws[i].cap || ws[i+1].gap != gapSpace || !ws[i+1].cap {
			continue
		}
		if !slices.Contains(askingVerbs[:], s.src[ws[i].s:ws[i].e]) {
			continue
		}
		j := firstStartAt(s.ments, ws[i+1].s)
		if j >= len(s.ments) || s.ments[j].span.Start != ws[i+1].s {
			continue
		}
		o := s.ments[j]
		if e := s.ents[o.ent]; o.ent == m.ent || e.kind != Person || !e.compatible(flags) {
			continue
		}
		k := i + 1
		for k < len(ws) && ws[k].s < o.span.End {
			k++
		}
		if k < len(ws) && ws[k].gap == gapSpace {
			switch s.src[ws[k].s:ws[k].e] {
			case "whether", "if", "about", "why", "what", "how", "when", "on", "over":
				return o.ent, true
			}
		}
	}
	return -1, false
}

// askingVerbs are the verbs of asking that askedAfter reads.
var askingVerbs = [...]string{"asked", "pressed", "questioned", "quizzed", "challenged"}

// askingIn reports whether text has one of askingVerbs, so that most
// subjects cost askedAfter no scan of words.
func askingIn(text string) bool {
	for _, v := range askingVerbs {
		if strings.Contains(text, v) {
			return true
		}
	}
	return false
}

// maxAskedReach is how many bytes after a subject askedAfter reads.
const maxAskedReach = 240

// objectPronounAfter reports whether a verb of asking or telling and a
// personal object pronoun of flags follow the subject that ends at byte
// from, before byte end: " asked him whether", " told her that".
func (s *Set) objectPronounAfter(from, end int, flags uint32) bool {
	var buf [4]word
	ws := scanWords(buf[:0], s.src, from, min(end, from+maxObjectReach), &s.low)
	if len(ws) < 2 || ws[0].s != from+1 || s.src[from] != ' ' || ws[1].gap != gapSpace {
		return false
	}
	switch s.src[ws[0].s:ws[0].e] {
	case "asked", "questioned", "pressed", "quizzed", "challenged", "told", "urged", "reminded", "thanked", "interrupted":
	default:
		return false
	}
	switch o := s.src[ws[1].s:ws[1].e]; {
	case o == "him":
		return flags&fPronM != 0
	case o == "her" && flags&fPronF != 0:
		// Not a possessive: "asked her lawyer".
		if len(ws) == 2 || ws[2].gap != gapSpace {
			return true
		}
		switch s.src[ws[2].s:ws[2].e] {
		case "whether", "if", "about", "why", "what", "when", "how", "to", "that", "for":
			return true
		}
	}
	return false
}

// maxObjectReach is how many bytes after a subject objectPronounAfter reads.
const maxObjectReach = 40

// roleSubject returns the person whose role, given earlier, opens the
// sentence sp as its subject with "the" and no name, maybe after a
// participle's clause: "The judge was unpersuaded.", "The deputy minister
// did not reply.", "Pressed on the issue, the press secretary declined."
func (s *Set) roleSubject(sp textpos.Span) (int, bool) {
	start := sp.Start
	if c := s.participleClause(sp); c > 0 {
		start = c + 1 // the scan opens with gapPeriod
	}
	var buf [8]word
	ws := scanWords(buf[:0], s.src, start, min(sp.End, start+maxRoleSubject), &s.low)
	if len(ws) < 3 || ws[0].gap != gapPeriod || !strings.EqualFold(s.src[ws[0].s:ws[0].e], "the") {
		return -1, false
	}
	n := 1
	for n < len(ws) && n <= 3 && ws[n].gap == gapSpace && !ws[n].cap && ws[n].flags&(fTitle|fPortfolio) != 0 && ws[n].flags&fStop == 0 {
		n++
	}
	if n == 1 || n == len(ws) || ws[n-1].flags&fTitle == 0 || ws[n-1].poss || ws[n].gap == gapSpace && (ws[n].cap || ws[n].flags&fTitle != 0) {
		return -1, false
	}
	e, _, ok := s.roleHolder(ws[:n], ws[0].s)
	return e, ok && s.ents[e].kind == Person
}

// maxRoleSubject is how many bytes of a sentence roleSubject reads.
const maxRoleSubject = 48

// participleClause returns the offset of the comma that ends a clause of
// a participle opening sentence sp ("Pressed on what it meant, the …",
// "Speaking in Oslo, the …") when "the" follows it, within
// maxParticipleClause bytes; else 0.
func (s *Set) participleClause(sp textpos.Span) int {
	j, ok := s.participleFirst(sp.Start, sp.End)
	if !ok {
		return 0
	}
	if k := strings.Index(s.src[j:min(sp.End, j+maxParticipleClause)], ", the "); k >= 0 {
		return j + k
	}
	return 0
}

// participleFirst reports whether the first word in src[start:end] is a
// capitalised participle of five letters or more ("Asked", "Speaking"),
// and returns the offset after it.
func (s *Set) participleFirst(start, end int) (int, bool) {
	i := start
	for i < end && !isWordByte(s.src[i]) {
		i++
	}
	j := i
	for j < end && isWordByte(s.src[j]) {
		j++
	}
	w := s.src[i:j]
	return j, j-i >= 5 && isUpper(rune(w[0])) && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing"))
}

// maxParticipleClause is how many bytes of a participle's opening clause
// participleClause reads.
const maxParticipleClause = 120

// openingClause returns the end of a participial clause that opens the
// sentence starting at start and ends with a comma before off ("Asked
// whether X would play, he …", "Speaking after X's goal, he …"): the
// names in it are not the subject of the clause after it. It returns
// start when there is none.
func (s *Set) openingClause(start, off int) int {
	j, ok := s.participleFirst(start, off)
	if !ok {
		return start
	}
	// The clause ends at a comma before the subject: a capitalised word
	// or a subject pronoun ("Asked whether X, 25, would play, he …"; not
	// "Rooting for X was Y, herself …").
	for c := j; c < off; c++ {
		if s.src[c] != ',' {
			continue
		}
		a := c + 1
		for a < len(s.src) && s.src[a] == ' ' {
			a++
		}
		b := a
		for b < len(s.src) && isWordByte(s.src[b]) {
			b++
		}
		if b > a && isUpper(rune(s.src[a])) {
			return c
		}
		switch s.src[a:b] {
		case "he", "she", "they", "we", "it":
			return c
		}
	}
	return start
}

// possessorReach is how many bytes after a possessor the name of its
// noun phrase may start ("X's campaign manager, Y").
const possessorReach = 48

// maxAntecedents bounds the mentions a pronoun's resolution looks at, so
// that it takes constant time on sentences crowded with names.
const maxAntecedents = 64

// maxPhrase is how many bytes of a speaker phrase Speaker reads.
const maxPhrase = 512

// Speaker resolves the speaker phrase of a claim (the words the attribution
// names as its subject: "Dmitry Kuznets, a military analyst with …", "he",
// "A Ukrainian official", "its sources") to an entity, adding one if the
// phrase names an actor not yet known (an unnamed source, say); added
// entities come after those [Find] found. cue is the claim's cue span. It
// returns the entity's index in Entities and the span of the words that
// name it (a name, a pronoun, a descriptor), which is one of the entity's
// Mentions (Speaker adds it when needed); ok is false when the phrase
// cannot be resolved (a pronoun with no antecedent, words that name no
// actor). Offsets outside the source are clamped. Only the first
// maxPhrase bytes of the phrase are read.
func (s *Set) Speaker(phrase, cue textpos.Span) (ent int, mention textpos.Span, ok bool) {
	phrase = phrase.Clamp(len(s.src))
	if phrase.Empty() || s.text == nil {
		return -1, textpos.Span{}, false
	}
	// The speaker is named at the start of the phrase: look no further
	// than maxPhrase bytes.
	if phrase.End-phrase.Start > maxPhrase {
		phrase.End = phrase.Start + maxPhrase
	}
	phrase.Start = s.descriptionStart(phrase.Start)
	var kind MentionKind
	ent, mention, kind, ok = s.speaker(phrase, cue)
	if ok {
		// The mention is one of the entity's mentions.
		if mention, ok = s.addMention(ent, ment{span: mention, kind: kind}); !ok {
			return -1, textpos.Span{}, false
		}
		if s.speakers == nil {
			s.speakers = make([]int, len(s.text.Sentences))
		}
		if si := s.sentenceOf(mention.Start); si >= 0 {
			s.speakers[si] = ent + 1
		}
		if c := cue.Clamp(len(s.src)); !c.Empty() {
			if si := s.sentenceOf(c.Start); si >= 0 {
				s.speakers[si] = ent + 1
			}
		}
	}
	return ent, mention, ok
}

func (s *Set) speaker(phrase, cue textpos.Span) (int, textpos.Span, MentionKind, bool) {
	ws := s.phraseWords(phrase)
	if len(ws) == 0 {
		return -1, textpos.Span{}, 0, false
	}
	// Skip "according to".
	if len(ws) > 2 && strings.EqualFold(s.src[ws[0].s:ws[0].e], "according") && s.src[ws[1].s:ws[1].e] == "to" {
		ws = ws[2:]
	}
	// The first segment: up to a comma or other punctuation, or a
	// preposition after a name.
	n := 1
	for {
		for n < len(ws) && (ws[n].gap == gapSpace || ws[n].gap == gapAmp && ws[n].cap && ws[n-1].cap || s.acronymAt(ws, n)) {
			if w := s.src[ws[n].s:ws[n].e]; (w == "that" || w == "which" || w == "who" || w == "whose") && ws[n-1].flags&(fStop|fPronoun) == 0 {
				// "a study that tracked 600 hives across Wales": a
				// relative clause after the head names no speaker.
				break
			}
			if s.acronymAt(ws, n) {
				n++ // and the name after it
			}
			n++
		}
		if m := s.nameOverComma(ws, n); m > n {
			n = m
			continue
		}
		break
	}
	seg := ws[:n]
	segSpan := textpos.Span{Start: seg[0].s, End: seg[n-1].e}
	// A name: the last person mention in the segment that is not a
	// possessive modifier; else an organisation or place heading it.
	// A lone pronoun is resolved again below, now that the speakers
	// before it are known: Find resolved it without them.
	pron := n == 1 && seg[0].flags&fPronoun != 0 && !seg[0].poss
	var pick, found *ment
	ms := s.mentionsIn(segSpan)
	if e, ok := s.jointSpeaker(seg, ms); ok {
		return e, segSpan, Descriptor, true
	}
	for i := range ms {
		m := &ms[i]
		if !segSpan.Contains(m.span) {
			if m.kind == Name && m.span.Contains(segSpan) && s.ents[m.ent].kind == Organisation {
				pick = m // the phrase is the end of an organisation's name: "[Growers’] Joint Council"
				break
			}
			continue
		}
		if pron && m.kind == Pronoun {
			found = m
			continue
		}
		// A possessor is no speaker: "Kenya’s navy", "Mr Lee’s lawyers".
		if s.possessive(m.span.End) && (i < len(ms)-1 || nounAfter(seg, m.span.End)) {
			continue
		}
		if s.ents[m.ent].kind == Person {
			pick = m
		} else if pick == nil || s.ents[pick.ent].kind != Person && !s.postModifier(seg, m.span.Start) {
			// Not a place that postmodifies the name before it: "the
			// Union of Taxi Drivers of Lagos".
			pick = m
		}
	}
	// Copies: the lookups below reuse the storage of ms.
	var pickCopy, foundCopy ment
	if pick != nil {
		pickCopy, pick = *pick, &pickCopy
	}
	if found != nil {
		foundCopy, found = *found, &foundCopy
	}
	if pick != nil && pick.kind == Name && s.ents[pick.ent].kind != Place && s.premodifier(seg, pick.span.End) {
		// A name that modifies a noun of people or bodies: "A Vale
		// campaign spokesperson", "The Lee campaign", "DP officials".
		if e, sp, ok := s.unnamedSpeaker(ws, n); ok {
			return e, sp, Descriptor, true
		}
	}
	if pick == nil || s.ents[pick.ent].kind != Person {
		// The words up to the cue, when it follows.
		end := phrase.End
		if c := cue.Clamp(len(s.src)); c.Start > end {
			end = c.Start
		}
		if e, sp, ok := s.apposed(seg, end); ok {
			return e, sp, Name, true
		}
	}
	if pick != nil && (s.ents[pick.ent].kind == Person || !s.endsWithTitle(seg, pick.span.End)) {
		// A descriptor inside the phrase names a part of it: the whole
		// phrase is the source ("A government spokeswoman", "One of the
		// officials").
		if pick.kind == Descriptor && pick.span.Start != seg[0].s {
			if e, sp, ok := s.unnamedSpeaker(ws, n); ok {
				return e, sp, Descriptor, true
			}
		}
		// "The ministry" that Find took for a name refers back, and so
		// does "the report" that it took for an unnamed source.
		if k := s.ents[pick.ent].kind; k == Organisation || k == Unnamed && pick.kind == Descriptor {
			if e, sp, ok := s.definiteRef(seg); ok {
				return e, sp, Descriptor, true
			}
		}
		return pick.ent, pick.span, pick.kind, true
	}
	// A pronoun.
	if pron {
		if e, ok := s.resolvePronoun(seg[0].s, seg[0].flags); ok {
			s.ents[e].learnGender(seg[0].flags)
			return e, textpos.Span{Start: seg[0].s, End: seg[0].e}, Pronoun, true
		}
		if found != nil {
			return found.ent, found.span, Pronoun, true
		}
		return -1, textpos.Span{}, 0, false
	}
	// A role: "the Kremlin’s spokesman", "Ukraine’s defence minister".
	if e, sp, ok := s.roleHolder(seg, phrase.Start); ok {
		return e, sp, Descriptor, true
	}
	// A definite description of an organisation or a person named
	// before: "the company", "the 31-year-old".
	if e, sp, ok := s.definiteRef(seg); ok {
		return e, sp, Descriptor, true
	}
	// An unnamed source.
	if e, sp, ok := s.unnamedSpeaker(ws, n); ok {
		return e, sp, Descriptor, true
	}
	// A possessed common noun: "Kenya’s navy", "Mr Lee’s lawyers".
	if e, sp, ok := s.possessedNoun(seg); ok {
		return e, sp, Descriptor, true
	}
	// An unknown name: capitalised words that are not stop words.
	e, sp, ok := s.newName(seg)
	return e, sp, Name, ok
}

// acronymAt reports whether ws[n] is a body's acronym in parentheses
// inside a name phrase, which a capitalised word follows: "Chairwoman of
// the Election Commission (CEC) Ann Lee", "Area Member of County
// Assembly (MCA) Hon. Jane Lee". The segment of a speaker phrase runs
// over it.
func (s *Set) acronymAt(ws []word, n int) bool {
	w := ws[n]
	return w.upper && w.gap == gapPunct && w.s > 0 && s.src[w.s-1] == '(' && w.e < len(s.src) && s.src[w.e] == ')' &&
		n+1 < len(ws) && ws[n+1].cap && ws[n+1].gap == gapPunct && ws[n-1].cap
}

// premodifier reports whether the name that ends at byte end in seg
// modifies a head noun after it: lower-case words follow it in seg,
// with no possessive, one of them a noun of people or bodies
// ("campaign", "spokesperson", "officials"), not of a document.
func (s *Set) premodifier(seg []word, end int) bool {
	i := 0
	for i < len(seg) && seg[i].e <= end {
		i++
	}
	if i == 0 || i == len(seg) || seg[i-1].e != end || seg[i-1].poss || seg[i].gap != gapSpace {
		return false
	}
	for ; i < len(seg) && seg[i].gap == gapSpace && !seg[i].cap && seg[i].flags&(fStop|fPronoun) == 0; i++ {
		if seg[i].flags&fSource != 0 {
			// A document speaks for its author: "a Reuters report", "an
			// FA statement".
			lw := strings.ToLower(s.src[seg[i].s:seg[i].e])
			return !isDocNoun(lw) && lw != "statement"
		}
	}
	return false
}

// jointSpeaker returns the group that a speaker phrase seg coordinates
// with "and", when a person is one of its parts and another person,
// organisation or unnamed source the other ("President Ana Lund and the
// country's courts", "Mr Ode and two aides"): the pair speaks together,
// and "they" refers to it. ms are the mentions in seg. An "and" inside a
// name ("the Department of Trade and Industry") coordinates nothing.
func (s *Set) jointSpeaker(seg []word, ms []ment) (int, bool) {
	a := -1
	for i := 1; i+1 < len(seg); i++ {
		if seg[i].gap == gapSpace && seg[i+1].gap == gapSpace && s.src[seg[i].s:seg[i].e] == "and" {
			a = i
			break
		}
	}
	if a < 0 {
		return -1, false
	}
	and := textpos.Span{Start: seg[a].s, End: seg[a].e}
	left, right := -1, -1 // an entity mentioned on each side
	person := false
	for _, m := range ms {
		switch {
		case m.span.Start < and.Start && m.span.End > and.End:
			return -1, false // inside a name
		case m.span.End <= and.Start && left < 0:
			left = m.ent
		case m.span.Start >= and.End && right < 0:
			right = m.ent
		default:
			continue
		}
		switch s.ents[m.ent].kind {
		case Person:
			person = true
		case Place:
			// "had been training in Holland and Ferguson said": a
			// place ends a phrase before the subject.
			return -1, false
		}
	}
	if !person {
		return -1, false
	}
	// A side without a mention may be an unnamed source: "two aides".
	for i, w := range seg {
		if w.flags&fSource == 0 || w.cap {
			continue
		}
		if i < a && left < 0 {
			left = len(s.ents)
		} else if i > a && right < 0 {
			right = len(s.ents)
		}
	}
	if left < 0 || right < 0 || left == right {
		return -1, false
	}
	name := s.src[seg[0].s:seg[len(seg)-1].e]
	if i, ok := s.byNameAt(name, Unnamed); ok {
		return i, true
	}
	return s.addEnt(&ent{name: name, kind: Unnamed, plural: true, human: true}), true
}

// postModifier reports whether the mention at byte off follows a
// preposition in seg, after a word: "of" in "the Union of Taxi Drivers of
// Lagos", "in" in "the embassy in Paris".
func (s *Set) postModifier(seg []word, off int) bool {
	for i := 1; i < len(seg); i++ {
		if seg[i].s == off {
			switch s.src[seg[i-1].s:seg[i-1].e] {
			case "of", "in", "at", "from", "for":
				return i > 1
			}
			return false
		}
	}
	return false
}

// nameOverComma returns the end of the first segment ws[:n] of a speaker
// phrase, extended over the name of an organisation that runs on past the
// comma after it ("the Ministry of Economy, Trade and Industry"), or n.
func (s *Set) nameOverComma(ws []word, n int) int {
	if n >= len(ws) || ws[n].gap != gapComma {
		return n
	}
	for _, m := range s.mentionsIn(textpos.Span{Start: ws[n-1].s, End: ws[n].e}) {
		if m.kind != Name || m.span.Start > ws[n-1].s || m.span.End < ws[n].e || s.ents[m.ent].kind != Organisation {
			continue
		}
		for n < len(ws) && ws[n].e <= m.span.End {
			n++
		}
		return n
	}
	return n
}

// descriptionStart returns the start of the definite description whose
// head, a demonym, starts a speaker phrase at off, after at most three
// lower-case modifiers ("The 31-year-old Brazilian said", "the veteran
// Spaniard, seeded fourth, said": a phrase read as a name after its
// modifiers), or off.
func (s *Set) descriptionStart(off int) int {
	e := off
	for e < len(s.src) && e-off < 24 && isModByte(s.src[e]) {
		e++
	}
	if e == off || s.src[off] < 'A' || s.src[off] > 'Z' || lex().lookup(s.src[off:e])&fDemonym == 0 {
		return off
	}
	i := off
	for n := 0; n <= 3 && i > 0 && s.src[i-1] == ' '; n++ {
		j := i - 1
		k := j
		for k > 0 && j-k < 24 && isModByte(s.src[k-1]) {
			k--
		}
		switch w := s.src[k:j]; {
		case k == j:
			return off
		case n > 0 && (w == "the" || w == "The"):
			return k
		case !('a' <= w[0] && w[0] <= 'z' || '0' <= w[0] && w[0] <= '9') || lex().lookup(w)&(fStop|fPronoun) != 0:
			return off
		}
		i = k
	}
	return off
}

// isModByte reports whether c may be in a modifier of a description: an
// ASCII letter, digit or hyphen ("31-year-old").
func isModByte(c byte) bool { return isWordByte(c) || c == '-' }

// apposedReach is how many bytes after a speaker phrase's first segment
// apposed reads.
const apposedReach = 160

// apposed resolves the first segment seg of a speaker phrase, which names
// no person, to the person whose name stands in apposition with it, the
// phrase's words reaching to end: the name after a role ("Its leader in
// the Senate, Ana Ruiz Soto, said", "The party's publicity secretary,
// Alhaji Musa Bello, said"; a nickname in quotation marks is no part of
// the name), or the name before a descriptor set off by commas ("… by Ana
// Ruiz, a county councillor, who told …"). It returns the person and the
// mention of the name.
func (s *Set) apposed(seg []word, end int) (int, textpos.Span, bool) {
	last := seg[len(seg)-1]
	end = min(end, last.e+apposedReach)
	if end <= last.e || !roleWords(seg) {
		return -1, textpos.Span{}, false
	}
	rest := s.src[last.e:end]
	comma := strings.IndexByte(rest, ',')
	if comma < 0 {
		return -1, textpos.Span{}, false
	}
	if strings.TrimSpace(rest[:comma]) == "" {
		// A descriptor after a name: "Ana Ruiz, a county councillor,".
		if e, sp, ok := s.namedBefore(seg[0].s); ok {
			return e, sp, true
		}
	}
	// A role, perhaps with a prepositional phrase, then a name between
	// commas or before the cue.
	if strings.ContainsAny(rest[:comma], ".;:!?()\"“”") {
		return -1, textpos.Span{}, false
	}
	// A role noun there may be what the name is in apposition with: "a
	// spokesman for the prosecutor, Ann Lee, said".
	if comma > 0 && roleWords(scanWords(s.rws[:0], s.src, last.e, last.e+comma, &s.low)) {
		return -1, textpos.Span{}, false
	}
	a := last.e + comma + 1
	b := end
	if k := strings.IndexByte(s.src[a:end], ','); k >= 0 {
		b = a + k
	}
	return s.apposedName(textpos.Span{Start: a, End: b})
}

// roleWords reports whether seg describes someone by a role: a title or
// a noun of unnamed sources ("Its leader", "the party's publicity
// secretary", "a county councillor").
func roleWords(seg []word) bool {
	for _, w := range seg {
		if w.flags&(fTitle|fSource) != 0 && w.flags&fStop == 0 {
			return true
		}
	}
	return false
}

// namedBefore returns the person whose name mention ends just before
// off, with a comma between ("Ana Ruiz, " before a descriptor at off).
func (s *Set) namedBefore(off int) (int, textpos.Span, bool) {
	ms := s.mentionsBefore(max(0, off-apposedReach), off)
	if len(ms) == 0 {
		return -1, textpos.Span{}, false
	}
	m := ms[0]
	if m.kind != Name || s.ents[m.ent].kind != Person || m.span.End > off || strings.TrimSpace(s.src[m.span.End:off]) != "," {
		return -1, textpos.Span{}, false
	}
	return m.ent, m.span, true
}

// apposedName resolves the words at sp to a person when they are a name
// and nothing else: a person mention there, else a new person named so.
// A word in quotation marks is a nickname, no part of the name.
func (s *Set) apposedName(sp textpos.Span) (int, textpos.Span, bool) {
	for _, m := range s.mentionsIn(sp) {
		if s.ents[m.ent].kind == Person && m.kind == Name && sp.Contains(m.span) {
			if strings.TrimSpace(s.src[sp.Start:m.span.Start]) == "" && strings.TrimSpace(s.src[m.span.End:sp.End]) == "" {
				return m.ent, m.span, true
			}
		}
		return -1, textpos.Span{}, false
	}
	s.rws = scanWords(s.rws[:0], s.src, sp.Start, sp.End, &s.low)
	ws := s.rws[:0]
	for _, w := range s.rws {
		if r, _ := utf8.DecodeLastRuneInString(s.src[:w.s]); r == '"' || r == '“' || r == '\'' || r == '‘' {
			continue // a nickname
		}
		if !w.cap || w.upper && w.flags&fHonorific == 0 || w.flags&(fStop|fPronoun) != 0 {
			return -1, textpos.Span{}, false
		}
		ws = append(ws, w)
	}
	h := 0
	for h < len(ws) && ws[h].flags&(fHonorific|fTitle) != 0 {
		h++
	}
	if nw := ws[h:]; len(nw) < 2 || !isNameWord(nw[0]) || !isNameWord(nw[len(nw)-1]) {
		return -1, textpos.Span{}, false
	}
	e, msp, ok := s.newName(ws)
	if !ok || s.ents[e].kind != Person {
		return -1, textpos.Span{}, false
	}
	return e, msp, true
}

// phraseChunk is the number of bytes of a phrase that scanPhraseWords
// reads at a time.
const phraseChunk = 64

// phraseWords returns the words of phrase as far as speaker reads them:
// up to the word after its first segment (see speaker), in s.ws. They are
// those scanPhraseWords finds, derived from the segment's tokens when the
// phrase starts and ends on token boundaries and no word straddles a
// chunk boundary of scanPhraseWords (which cuts the word there).
func (s *Set) phraseWords(phrase textpos.Span) []word {
	if s.ws == nil {
		s.ws = s.wsArr[:0]
	}
	// The first token that ends after the phrase's start: in the sentence
	// that holds the start, or after it.
	toks := s.text.Tokens
	first, end := 0, len(toks)
	if si := s.sentenceOf(phrase.Start); si >= 0 {
		first, end = s.text.Sentences[si].FirstToken, s.text.Sentences[si].EndToken
	}
	endsBefore := func(t *segment.Token) bool { return t.Span.End <= phrase.Start }
	i := first + search(toks[first:end], endsBefore)
	if i == end {
		i += search(toks[end:], endsBefore)
	}
	if i == len(toks) || toks[i].Span.Start < phrase.Start {
		return s.scanPhraseWords(phrase)
	}
	ws := s.ws[:0]
	for stop := phrase.Start + phraseChunk; ; stop += phraseChunk {
		stop = min(stop, phrase.End)
		j := i
		for j < len(toks) && toks[j].Span.Start < stop {
			j++
		}
		if j > i && toks[j-1].Span.End > stop && (stop < phrase.End || toks[j-1].Span.End > phrase.End) {
			// A token across the end of a chunk or of the phrase.
			return s.scanPhraseWords(phrase)
		}
		if s.qbuf == nil {
			s.qbuf = s.qbufArr[:0]
		}
		s.qbuf = s.qbuf[:0]
		ws = tokenWords(ws[:0], s.src, toks[i:j], phrase.End, &s.low, &s.qbuf)
		s.ws = ws
		if stop >= phrase.End {
			break
		}
		if chunkCut(s.src, ws, stop, phrase.End) {
			return s.scanPhraseWords(phrase)
		}
		if segmentDone(s.src, ws) {
			break
		}
	}
	return ws
}

// scanPhraseWords returns the words of phrase as far as speaker reads
// them, scanning the phrase phraseChunk bytes at a time, in s.ws.
func (s *Set) scanPhraseWords(phrase textpos.Span) []word {
	if s.ws == nil {
		s.ws = s.wsArr[:0]
	}
	ws := s.ws[:0]
	gap := gapPeriod
	for i := phrase.Start; i < phrase.End; {
		ws, i, gap = scanRange(ws, s.src, i, min(i+phraseChunk, phrase.End), phrase.End, gap, &s.low)
		if segmentDone(s.src, ws) {
			break
		}
	}
	s.ws = ws
	return ws
}

// segmentDone reports whether ws, the first words of a phrase, reach the
// word after its first segment (after "according to"), as speaker reads it.
func segmentDone(src string, ws []word) bool {
	if len(ws) < 3 {
		return false
	}
	k := 1
	if strings.EqualFold(src[ws[0].s:ws[0].e], "according") && src[ws[1].s:ws[1].e] == "to" {
		k = 3
	}
	for k < len(ws) && ws[k].gap == gapSpace {
		k++
	}
	return k < len(ws)
}

// chunkCut reports whether scanPhraseWords, reading the phrase that ends
// at b up to offset c and on from there, would read ws (the words the
// phrase has from its tokens) otherwise: when a rune or a word, its
// possessive or a period it takes included, runs across c.
func chunkCut(src string, ws []word, c, b int) bool {
	if c < len(src) && src[c]&0xC0 == 0x80 {
		return true
	}
	// Only the last word that starts before c can reach beyond it.
	i := len(ws) - 1
	for i >= 0 && ws[i].s >= c {
		i--
	}
	if i < 0 {
		return false
	}
	w := &ws[i]
	end := w.e
	if w.poss {
		_, n := decode(src, end)
		end += n
		if end < b && (src[end] == 's' || src[end] == 'S') && !isWordRuneAt(src, end+1, b) {
			end++
		}
	}
	if w.skipsDot() {
		end++
	}
	return end > c
}

// possessive reports whether the text at off is a possessive ending.
func (s *Set) possessive(off int) bool {
	r, n := decode(s.src, off)
	if !isApos(r) {
		return false
	}
	c, _ := decode(s.src, off+n)
	return c == 's' || c == 'S' || !isWordRune(c)
}

// endsWithTitle reports whether a title word of seg follows offset off.
func (s *Set) endsWithTitle(seg []word, off int) bool {
	for _, w := range seg {
		if w.s >= off && w.flags&fTitle != 0 {
			return true
		}
	}
	return false
}

// roleKeys returns the comparable words of a role: lower case, places for
// demonyms, "defense" for "defence", no articles or connectors.
func roleKeys(src string, ws []word, dst []string) []string {
	l := lex()
	for _, w := range ws {
		lw := strings.ToLower(src[w.s:w.e])
		if w.flags&fStop != 0 && w.flags&fTitle == 0 || w.flags&fHonorific != 0 {
			continue
		}
		lw = l.country(lw)
		if lw == "defence" {
			lw = "defense"
		}
		dst = append(dst, lw)
	}
	return dst
}

// roleHolder finds the entity whose role the descriptor seg names: a
// definite or possessive role ("the Kremlin’s spokesman", "Ukraine’s
// defence minister", "the minister") given earlier to a person.
func (s *Set) roleHolder(seg []word, off int) (int, textpos.Span, bool) {
	head := -1
	for i, w := range seg {
		if w.flags&fTitle != 0 && w.flags&fStop == 0 {
			head = i
		}
	}
	if head < 0 {
		return -1, textpos.Span{}, false
	}
	if lw := strings.ToLower(s.src[seg[0].s:seg[0].e]); lw == "a" || lw == "an" {
		return -1, textpos.Span{}, false
	}
	sp := textpos.Span{Start: seg[0].s, End: seg[head].e}
	if otherHolder(s.src, sp.End) {
		// A new actor, who holds the role from now on: "The chief
		// executive of one NHS trust said … / “…,” the chief executive
		// said".
		role := s.src[sp.Start:sp.End]
		if hasArticle(role) {
			role = role[len("the "):]
		}
		i := s.addEnt(&ent{name: s.src[sp.Start:sp.End], kind: Unnamed, roleList: []string{role}})
		if s.roleIdx != nil {
			s.indexRole(i, role)
		}
		return i, sp, true
	}
	want := roleKeys(s.src, seg[:head+1], s.kbuf[:0])
	s.kbuf = want
	hk := want[len(want)-1]
	best, bestScore, bestOff := -1, 0, -1
	for _, i := range recent(s.roleIndex()[hk]) {
		lastOff := s.lastBefore(i, off)
		if lastOff < 0 {
			continue
		}
		for _, rk := range s.moreOf(i).roleKeys {
			if !slices.Contains(rk, hk) {
				continue
			}
			score := 0
			for _, k := range want {
				if slices.Contains(rk, k) {
					score++
				}
			}
			if 2*score < len(want) {
				continue
			}
			if score > bestScore || score == bestScore && lastOff > bestOff {
				best, bestScore, bestOff = i, score, lastOff
			}
		}
	}
	if best < 0 {
		return -1, textpos.Span{}, false
	}
	return best, sp, true
}

// otherHolder reports whether the role that ends at byte end is held in an
// organisation the words after it leave indefinite ("the chief executive
// of one NHS trust", "the head of a rival firm"): an actor of its own, not
// the holder of that role named before.
func otherHolder(src string, end int) bool {
	rest := src[end:min(len(src), end+16)]
	for _, p := range [...]string{" of a ", " of an ", " of one ", " of another ", " at a ", " at an ", " at one ", " at another "} {
		if strings.HasPrefix(rest, p) {
			return true
		}
	}
	return false
}

// unnamedSpeaker resolves an unnamed source phrase: a mention Find made at
// the same place, a definite descriptor referring back, or a new entity
// named by the phrase's core noun phrase.
func (s *Set) unnamedSpeaker(ws []word, n int) (int, textpos.Span, bool) {
	h := -1
	for i := 0; i < n; i++ {
		if ws[i].flags&fSource != 0 {
			h = i
			// "government spokeswoman": the last of a run of source words.
			for h+1 < n && ws[h+1].flags&fSource != 0 && ws[h+1].gap == gapSpace {
				h++
			}
			if h+2 < n && s.src[ws[h+1].s:ws[h+1].e] == "and" && ws[h+2].flags&fSource != 0 {
				h += 2
			}
			break
		}
	}
	if h < 0 {
		return -1, textpos.Span{}, false
	}
	if ws[h].poss && !ws[h].cap {
		// "residents' group Save Mill Lane", "the workers' union Unite":
		// the possessor modifies a noun that a name follows; the name
		// speaks.
		org := false
		for i := h + 1; i < n && i <= h+3; i++ {
			if ws[i].cap && ws[i].flags&fStop == 0 {
				n0 := len(s.ents)
				if e, sp, ok := s.newName(ws[i:n]); ok {
					if e >= n0 && org {
						s.ents[e].kind = Organisation // "group", "union": not a person
						s.markDirty(e)
					}
					return e, sp, true
				}
				break
			}
			if !headNoun(s.src, ws[i]) {
				break
			}
			org = org || ws[i].flags&(fOrg|fSourceOrg) != 0
		}
	}
	// Core noun phrase: the segment up to a relative pronoun or verb of
	// saying, at most eight words.
	e := n
	for i := h + 1; i < n; i++ {
		lw := strings.ToLower(s.src[ws[i].s:ws[i].e])
		if ws[i].flags&(fSpeech|fPronRel) != 0 || lw == "which" || lw == "that" || i-h > 5 {
			e = i
			break
		}
	}
	sp := textpos.Span{Start: ws[0].s, End: ws[e-1].e}
	for _, m := range s.mentionsIn(sp) {
		if m.kind == Descriptor && m.span.Start == sp.Start {
			return m.ent, m.span, true
		}
	}
	desc := s.src[sp.Start:sp.End]
	if i := s.backRef(desc, sp.Start); i >= 0 && s.sameModifiers(ws[1:e], s.ents[i].name) {
		return i, sp, true
	}
	k := Unnamed
	lh := strings.ToLower(s.src[ws[h].s:ws[h].e])
	if ws[h].flags&fSourceOrg != 0 {
		k = Organisation
	}
	i := s.addEnt(&ent{name: desc, kind: k, plural: strings.HasSuffix(lh, "s") || lh == "people" || lh == "media",
		human: humanSource(ws[h].flags, lh)})
	return i, sp, true
}

// sameModifiers reports whether name, of an entity a description refers
// back to, holds each capitalised word of the description's words ws:
// "The Lee campaign" is not "the Ode campaign" named before.
func (s *Set) sameModifiers(ws []word, name string) bool {
	for _, w := range ws {
		if w.cap && !strings.Contains(name, s.src[w.s:w.e]) {
			return false
		}
	}
	return true
}

// humanSource reports whether an unnamed source whose head word, lower
// case, is head with lexicon flags names people ("one diplomat",
// "officials"), not an organisation ("the ministry") or a document ("a
// report", "a statement"), which "it" may refer to.
func humanSource(flags uint32, head string) bool {
	return flags&fSource != 0 && flags&fSourceOrg == 0 && !isDocNoun(head) && head != "statement"
}

// newName makes an entity of capitalised words that Find did not know:
// a person when there are two or more name words, else an organisation.
func (s *Set) newName(seg []word) (int, textpos.Span, bool) {
	a := 0
	for a < len(seg) && (!seg[a].cap || seg[a].flags&(fStop|fPronoun) != 0) {
		a++
	}
	b := a
	// A capitalised function word after a given name is a surname
	// ("Theresa May", "Ann Will").
	for b < len(seg) && seg[b].cap && (seg[b].flags&fStop == 0 || b > a && seg[b-1].flags&fGiven != 0 && seg[b].gap == gapSpace) {
		b++
	}
	// Capitalised modifiers of a common noun: "Opposition senators",
	// "The Green-led council" name no one; the phrase is the source.
	if a < b && b < len(seg) && headNoun(s.src, seg[b]) {
		h := b
		for h+1 < len(seg) && headNoun(s.src, seg[h+1]) {
			h++
		}
		if h+1 == len(seg) || seg[h+1].flags&fStop != 0 {
			sp := textpos.Span{Start: seg[0].s, End: seg[h].e}
			return s.descEnt(sp, seg[h]), sp, true
		}
	}
	if a == b || b < len(seg) && b-a < len(seg)/2 {
		return -1, textpos.Span{}, false
	}
	nw := seg[a:b]
	sp := textpos.Span{Start: nw[0].s, End: nw[len(nw)-1].e}
	// Titles and honorifics before a name are no part of it: "Mayor
	// Constance Ridley", "Dr Priya Venkatesan". The mention keeps an
	// honorific, as Find's do.
	var gender byte
	honorific, peer := false, -1
	for len(nw) > 1 && nw[0].flags&(fHonorific|fTitle) != 0 && isNameWord(nw[1]) {
		if nw[0].flags&fHonorific != 0 {
			honorific = true
			gender = honorificGender(nw[0].flags)
			if peerage(s.src[nw[0].s:nw[0].e]) {
				peer = nw[0].s
			}
		} else {
			sp.Start = nw[1].s
		}
		nw = nw[1:]
	}
	// Capitalised words before a known given name that are none describe
	// the person: "Film-maker Spike Lee", "Defiant Matt Williams" at the
	// start of a sentence.
	for k := 1; k+1 < len(nw) && k <= 2; k++ {
		if nw[k-1].flags&(fGiven|fParticle) != 0 || nw[k-1].init {
			break
		}
		if nw[k].flags&fGiven != 0 && isNameWord(nw[k+1]) {
			sp.Start, nw = nw[k].s, nw[k:]
			break
		}
	}
	name := joinWords(s.src, nw)
	if peer >= 0 && len(nw) == 1 {
		name = s.src[peer:nw[0].e] // "Lord Woolf", as in Find
	}
	k := Organisation
	if c, ok := lex().places[name]; ok {
		name, k = c, Place
	} else if isNameWord(nw[0]) && (isNameWord(nw[len(nw)-1]) || len(nw) >= 2 && nw[len(nw)-2].flags&fGiven != 0) && (len(nw) >= 2 || honorific || s.homeAfter(nw[0])) {
		k = Person
	}
	if len(nw) == 1 && isNameWord(nw[0]) && !honorific {
		// A surname alone names the person the article named with it
		// ("Bliss" after "Trinette Bliss said"); a given name alone ("his
		// father, Azmat") the one person the article names in full with
		// it, before or after.
		key := match.NameKey(name)
		if i := s.samePerson(nil, key, 0); i >= 0 {
			return i, sp, true
		}
		if i := s.byGiven(key); i >= 0 {
			return i, sp, true
		}
	}
	if k == Person {
		given, surname := personKeys(s.src, nw, nil)
		if gender == 0 && len(nw) > 1 {
			gender = givenGender(nw[0].flags)
		}
		if i := s.samePerson(given, surname, gender); i >= 0 {
			// Its canonical name is the fullest form used: "Zorbin Ellis"
			// after "Mr Ellis".
			if e := s.ents[i]; len(nw) > int(e.words) {
				e.name, e.words, e.given = name, int32(len(nw)), given
				s.markDirty(i)
			}
			return i, sp, true
		}
		if i, ok := s.byNameAt(name, k); ok {
			return i, sp, true
		}
		return s.addEnt(&ent{name: name, kind: k, given: given, surname: surname, words: int32(len(nw)), gender: gender}), sp, true
	}
	if i, ok := s.byNameAt(name, k); ok {
		return i, sp, true
	}
	return s.addEnt(&ent{name: name, kind: k}), sp, true
}

// homeAfter reports whether a place introduced by "in" or "from" follows
// word w, as after the given name of a reader or listener quoted by
// a broadcaster: "Kiran in Leicester says", "Dawn from Hull".
// w is no participle: "Speaking in Leeds, he said".
func (s *Set) homeAfter(w word) bool {
	if strings.HasSuffix(s.src[w.s:w.e], "ing") {
		return false
	}
	rest := s.src[w.e:]
	for _, p := range []string{" in ", " from "} {
		if strings.HasPrefix(rest, p) && len(rest) > len(p) {
			c := rest[len(p)]
			return 'A' <= c && c <= 'Z'
		}
	}
	return false
}

// honorificGender returns the gender an honorific's flags give: 'm', 'f'
// or 0.
func honorificGender(flags uint32) byte {
	switch {
	case flags&fHonM != 0:
		return 'm'
	case flags&fHonF != 0:
		return 'f'
	}
	return 0
}

// givenGender returns the gender of a given name's flags: 'm', 'f' or 0
// when unknown or either.
func givenGender(flags uint32) byte {
	switch {
	case flags&fGivenM != 0 && flags&fGivenF == 0:
		return 'm'
	case flags&fGivenF != 0 && flags&fGivenM == 0:
		return 'f'
	}
	return 0
}

// samePerson returns the person the document already names with surname
// and compatible given names and gender, the most recently added when
// several are, or -1. Only the last recentCands entities are searched.
func (s *Set) samePerson(given []string, surname string, gender byte) int {
	if surname == "" {
		return -1
	}
	for i := len(s.ents) - 1; i >= max(0, len(s.ents)-4*recentCands); i-- {
		e := s.ents[i]
		if e.kind == Person && e.surname == surname && compatibleGiven(e.given, given) &&
			(e.gender == 0 || gender == 0 || e.gender == gender) {
			return i
		}
	}
	return -1
}

// nounAfter reports whether a common noun of seg follows offset off: the
// head of a possessive phrase whose possessor ends at off.
func nounAfter(seg []word, off int) bool {
	for _, w := range seg {
		if w.s >= off && !w.cap && w.flags&(fStop|fPronoun|fSpeech) == 0 {
			return true
		}
	}
	return false
}

// headNoun reports whether w can head a description: a lower-case word
// that is no function word, pronoun, verb of saying or adverb in -ly.
func headNoun(src string, w word) bool {
	return !w.cap && w.flags&(fStop|fPronoun|fSpeech) == 0 && !strings.HasSuffix(src[w.s:w.e], "ly")
}

// descEnt returns the entity that the description at sp, with head word
// h, names: an organisation when h is an organisation word ("council"),
// else an unnamed source; one already named so, or a new one.
func (s *Set) descEnt(sp textpos.Span, h word) int {
	name := s.src[sp.Start:sp.End]
	k := Unnamed
	if h.flags&(fOrg|fSourceOrg) != 0 {
		k = Organisation
	}
	if i, ok := s.byNameAt(name, k); ok {
		return i
	}
	hw := s.src[h.s:h.e]
	return s.addEnt(&ent{name: name, kind: k, plural: strings.HasSuffix(hw, "s") && !strings.HasSuffix(hw, "ss")})
}

// possessedNoun resolves a possessive phrase whose head is a common noun
// ("Kenya’s navy", "Mr Lee’s lawyers") to an entity named by the phrase:
// the possessor does not speak.
func (s *Set) possessedNoun(seg []word) (int, textpos.Span, bool) {
	p := 0
	for p < len(seg) && !seg[p].poss {
		p++
	}
	h := -1
	for i := p + 1; i < len(seg) && seg[i].flags&(fStop|fPronoun) == 0; i++ {
		if headNoun(s.src, seg[i]) {
			h = i
		}
	}
	if h < 0 {
		return -1, textpos.Span{}, false
	}
	sp := textpos.Span{Start: seg[0].s, End: seg[h].e}
	return s.descEnt(sp, seg[h]), sp, true
}

// definiteRef resolves a short definite description to the actor it
// refers back to: "the company", "the ministry" to the last organisation
// named before that such a noun can describe; "the report" to the source
// of the last document named with one (see docSource); "the 31-year-old", "the
// mother-of-three", "the midfielder" to the person a pronoun there would
// refer to. A demonym or party word may stand in it, as its head or
// before a noun of a person: "the Mexican", "the Tory", "the Japanese
// driver" refer to the person too.
func (s *Set) definiteRef(seg []word) (int, textpos.Span, bool) {
	if len(seg) < 2 || len(seg) > 4 || !strings.EqualFold(s.src[seg[0].s:seg[0].e], "the") {
		return -1, textpos.Span{}, false
	}
	last := seg[len(seg)-1]
	demonym := false
	for _, w := range seg[1:] {
		if w.poss || w.flags&(fStop|fPronoun) != 0 {
			return -1, textpos.Span{}, false
		}
		if w.cap && !strings.ContainsRune(s.src[w.s:w.e], '-') {
			if w.flags&fDemonym == 0 || w.upper {
				return -1, textpos.Span{}, false
			}
			demonym = true
		}
	}
	sp := textpos.Span{Start: seg[0].s, End: last.e}
	if demonym {
		// A person, not a people or a state's body: "the Mexican", but
		// not "the Germans", "the British", "the Dutch", "the Japanese",
		// "the German government".
		flags := fPronM | fPronF
		if last.cap {
			if collectiveDemonym(s.src[last.s:last.e]) {
				return -1, textpos.Span{}, false
			}
		} else if flags = personFlags(strings.ToLower(s.src[last.s:last.e])); flags == 0 {
			return -1, textpos.Span{}, false
		}
		if e, ok := s.resolvePronoun(seg[0].s, flags); ok {
			return e, sp, true
		}
		return -1, textpos.Span{}, false
	}
	var lb [32]byte
	hb := norm.AppendASCII(lb[:0], s.src[last.s:last.e], norm.Lower)
	if kind := descNouns()[string(hb)]; kind == 's' || kind == 't' || kind == 'g' || kind == 'a' || kind == 'c' {
		head := s.src[last.s:last.e]
		e, named := s.orgBefore(head, kind, seg[0].s)
		if named {
			return e, sp, true
		}
		// One named with the noun further back outweighs one in reach
		// that the noun only may describe.
		if n := s.namedOrg(seg[1:], seg[0].s); n >= 0 {
			return n, sp, true
		}
		if e >= 0 {
			return e, sp, true
		}
		return -1, textpos.Span{}, false
	}
	if descNouns()[string(hb)] == 'd' {
		if e := s.docSource(seg[0].s); e >= 0 {
			return e, sp, true
		}
		return -1, textpos.Span{}, false
	}
	flags := personFlags(string(hb))
	if flags == 0 {
		return -1, textpos.Span{}, false
	}
	if e, ok := s.resolvePronoun(seg[0].s, flags); ok {
		return e, sp, true
	}
	return -1, textpos.Span{}, false
}

// collectiveDemonym reports whether demonym w names a people or is an
// adjective rather than one person: a plural ("Germans") or a word ending
// like "British", "French", "Dutch", "Japanese", "Swiss".
func collectiveDemonym(w string) bool {
	for _, suf := range []string{"s", "sh", "ch", "ese"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// docSource returns the entity named before off, within orgReach
// sentences, as the source of a document, or -1: the last organisation or
// person mention that follows a document noun and "by" or "from", perhaps
// with a few lower-case words between ("a report by telecoms giant Acme",
// "a study from analysts Orbis Research"), or that a document noun
// follows ("Acme's survey", "the Acme report").
func (s *Set) docSource(off int) int {
	si := s.sentenceOf(off)
	if si < 0 {
		return -1
	}
	for _, m := range s.mentionsBefore(s.text.Sentences[max(0, si-orgReach)].Span.Start, off) {
		if k := s.ents[m.ent].kind; k != Organisation && k != Person || m.kind != Name {
			continue
		}
		if s.docBefore(m.span.Start) || s.docAfter(m.span.End) {
			return m.ent
		}
	}
	return -1
}

// maxDocGap is how many lower-case words docBefore lets stand between
// "by" and the source ("by telecoms giant Acme").
const maxDocGap = 3

// docBeforeBytes is how far before a mention docBefore looks for "by" or
// "from" before it reads the words there.
const docBeforeBytes = 64

// docBefore reports whether a document noun and "by" or "from" come
// before offset off, with at most maxDocGap lower-case words between.
func (s *Set) docBefore(off int) bool {
	// Most mentions have neither word shortly before them: no need to
	// read their words.
	if before := s.src[max(0, off-docBeforeBytes):off]; !strings.Contains(before, "by ") && !strings.Contains(before, "from ") {
		return false
	}
	ws := s.wordsBack(off, maxDocGap+2)
	for i := 0; i+1 < len(ws) && i <= maxDocGap; i++ {
		w := s.src[ws[i].s:ws[i].e]
		if w == "by" || w == "from" {
			return isDocNoun(s.src[ws[i+1].s:ws[i+1].e])
		}
		if ws[i].cap || ws[i].gap != gapSpace {
			return false
		}
	}
	return false
}

// docAfter reports whether a document noun follows offset off, after a
// possessive ending or none ("Acme's survey", "the Acme report").
func (s *Set) docAfter(off int) bool {
	rest := s.src[off:min(len(s.src), off+24)]
	for _, p := range []string{"'s ", "’s ", "' ", "’ ", " "} {
		if r, ok := strings.CutPrefix(rest, p); ok {
			rest = r
			break
		}
	}
	n := 0
	for n < len(rest) && 'a' <= rest[n] && rest[n] <= 'z' {
		n++
	}
	return n > 0 && (n == len(rest) || !isWordByte(rest[n])) && isDocNoun(rest[:n])
}

// wordsBack returns at most n words before offset off in its sentence,
// nearest first, with the gap before each: its own slice.
func (s *Set) wordsBack(off, n int) []word {
	si := s.sentenceOf(max(off-1, 0))
	if si < 0 {
		return nil
	}
	st := s.text.Sentences[si]
	toks := s.text.Tokens[st.FirstToken:st.EndToken]
	j := len(toks)
	for j > 0 && toks[j-1].Span.Start >= off {
		j--
	}
	i := max(j-n-1, 0)
	if j == 0 || toks[j-1].Span.End > off {
		return nil
	}
	var low []byte
	var qs []textpos.Span
	ws := tokenWords(nil, s.src, toks[i:j], off, &low, &qs)
	slices.Reverse(ws)
	return ws[:min(n, len(ws))]
}

// endsOrgName reports whether the capitalised word w, last of a name,
// makes it a company's, an institute's or a publication's rather than a
// person's: "Pembury Mills", "Orbis Research", "Gallant Review". Such a
// word has the lexicon flag fOrgEnd, which callers test first.
func endsOrgName(w string) bool {
	var lb [32]byte
	k := descNouns()[string(norm.AppendASCII(lb[:0], w, norm.Lower))]
	return k == 'w' || k == 'd'
}

// isDocNoun reports whether w, in lower case, is a noun of documents.
func isDocNoun(w string) bool { return descNouns()[w] == 'd' }

// personFlags returns the pronoun flags of a person a description with
// head word head (lower case) refers to, or 0 when it names no person:
// "31-year-old" either gender, "mother-of-three" a woman.
func personFlags(head string) uint32 {
	either := fPronM | fPronF
	switch k := descNouns()[head]; {
	case k == 'm':
		return fPronM
	case k == 'f':
		return fPronF
	case k == 'p':
		return either
	case strings.HasSuffix(head, "-year-old"):
		return either
	}
	if rel, _, ok := strings.Cut(head, "-of-"); ok {
		return personFlags(rel)
	}
	return 0
}

// orgBefore returns the organisation named before off, within orgReach
// sentences, that the noun head of a definite description of kind kind
// can describe, or -1: the last one whose name has the noun ("the
// ministry": "the Ministry of Water") or that an apposition describes with
// it ("Acme, a medical group"); else the most salient of those whose
// names are compatible with the noun ("the company" is no ministry): the
// most often named in reach, the last named on a tie, and the last named
// counting twice. named reports whether the name or an apposition has
// the noun.
func (s *Set) orgBefore(head string, kind byte, off int) (ent int, named bool) {
	si := s.sentenceOf(off)
	if si < 0 {
		return -1, false
	}
	quoted := s.quoted(off)
	var cands [16]struct{ ent, n int }
	nc := 0
	for _, m := range s.mentionsBefore(s.text.Sentences[max(0, si-orgReach)].Span.Start, off) {
		e := s.ents[m.ent]
		if e.kind != Organisation || m.quoted && !quoted || !proper(e.name) || addressee(s.src, m.span.Start) {
			continue
		}
		// Not the description itself after a comma: "In a statement
		// to The Times, the ministry said" is no apposition.
		if off > m.span.End+2 && s.appositionHas(m.span.End, head) {
			return m.ent, true
		}
		ok := kind == 'g' || kind == 'a' || kind == 'c'
		for w := range strings.FieldsSeq(e.name) {
			w = strings.Trim(w, ",.()")
			if strings.EqualFold(w, head) || strings.EqualFold(strings.TrimSuffix(w, "s"), head) {
				return m.ent, true
			}
			var lb [32]byte
			switch k := descNouns()[string(norm.AppendASCII(lb[:0], w, norm.Lower))]; {
			case k == 's':
				ok = ok && kind == 'a'
			case k == 't' || lex().lookup(w)&fOrg != 0 && k != 'n':
				ok = ok && (kind == 'g' || kind == 'a')
			}
		}
		if !ok {
			continue
		}
		k := 0
		for k < nc && cands[k].ent != m.ent {
			k++
		}
		if k == nc && nc < len(cands) {
			cands[k].ent = m.ent
			if nc == 0 {
				cands[k].n = 1 // the last named counts twice
			}
			nc++
		}
		if k < nc {
			cands[k].n++
		}
	}
	best := -1
	for k := range nc {
		if best < 0 || cands[k].n > cands[best].n {
			best = k
		}
	}
	if best < 0 {
		return -1, false
	}
	return cands[best].ent, false
}

// beforeOf returns name up to its first " of ", or "" when it has none
// or a place follows it: "the Association" of "the Association of
// Statutory Health Insurance Physicians", but none of "the Bank of
// England", which "the bank" of a later sentence seldom means.
func beforeOf(name string) string {
	before, after, ok := strings.Cut(name, " of ")
	if !ok {
		return ""
	}
	after = strings.TrimPrefix(after, "the ")
	first, _, _ := strings.Cut(after, " ")
	if _, ok := lex().places[after]; ok {
		return ""
	}
	if _, ok := lex().places[first]; ok {
		return ""
	}
	return before
}

// addressee reports whether the mention at off is the object of "told":
// an outlet or body told something ("…, told CNA."), not the actor a
// later description of an organisation continues.
func addressee(src string, off int) bool {
	return off >= 5 && src[off-5:off] == "told "
}

// namedOrg returns the one organisation, named before off however far
// back, whose name ends with the last of words, or has it before its
// first "of", and has the others ("the federation" long after "the Nepal
// Porters' Welfare Federation", "the association" after "the Association
// of Statutory Health Insurance Physicians"; not "the parish council" for
// "Weald District Council"), or -1 when none or several do. It reads the
// first maxNamedOrgs entities only.
func (s *Set) namedOrg(words []word, off int) int {
	found := -1
	for i, e := range s.ents[:min(len(s.ents), maxNamedOrgs)] {
		if e.kind != Organisation || !proper(e.name) || s.lastBefore(i, off) < 0 {
			continue
		}
		head := s.src[words[len(words)-1].s:words[len(words)-1].e]
		ok := strings.EqualFold(lastWord(e.name), head) || strings.EqualFold(lastWord(beforeOf(e.name)), head)
		for _, w := range words[:len(words)-1] {
			ok = ok && hasWordFold(e.name, s.src[w.s:w.e])
		}
		if ok {
			if found >= 0 {
				return -1
			}
			found = i
		}
	}
	return found
}

// hasWordFold reports whether w is a word of name, in any case.
func hasWordFold(name, w string) bool {
	for x := range strings.FieldsSeq(name) {
		if strings.EqualFold(strings.Trim(x, ",.()"), w) {
			return true
		}
	}
	return false
}

// lastWord returns the last word of name, without closing punctuation.
func lastWord(name string) string {
	name = strings.TrimRight(name, ",.)")
	return name[strings.LastIndexByte(name, ' ')+1:]
}

// maxNamedOrgs bounds the entities namedOrg reads, so that resolving a
// claim's speaker takes constant time however many entities there are.
const maxNamedOrgs = 256

// proper reports whether name is a proper name, with a capitalised word
// after a leading article: "the Treasury", not "the team".
func proper(name string) bool {
	name = withoutArticle(name)
	for w := range strings.FieldsSeq(name) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// appositionHas reports whether an apposition with the noun head follows
// offset off: ", a medical group" after a name.
func (s *Set) appositionHas(off int, head string) bool {
	rest := s.src[off:min(len(s.src), off+60)]
	for _, p := range [...]string{", a ", ", an ", ", the "} {
		if strings.HasPrefix(rest, p) {
			rest = rest[len(p):]
			if i := strings.IndexAny(rest, ",.;:"); i >= 0 {
				rest = rest[:i]
			}
			return hasWordFold(rest, head)
		}
	}
	return false
}

// orgReach is how many sentences back a definite description of an
// organisation looks for the organisation.
const orgReach = 8

// descNouns returns the nouns of definite descriptions and of companies,
// from the [desc-…] and [company-…] blocks of words.txt, with their kinds:
// 's' an organisation of the state ("ministry"), 't' of another type
// ("party"), which describe only organisations named so; 'g' any
// organisation but one of the state ("group"), 'a' any ("agency"), 'c' a
// company ("company"), whose name has no organisation word but 'n' ones
// ("holdings"); 'p' a person, 'm' a man, 'f' a woman ("midfielder",
// "father", "mother"); 'w' a word that ends companies' names ("Mills"),
// 'o' a noun that a company has rather than a person ("shares"); 'd' a
// document ("report").
var descNouns = sync.OnceValue(func() map[string]byte {
	m := map[string]byte{}
	kinds := map[string]byte{"desc-state": 's', "desc-typed": 't', "desc-any": 'g', "desc-all": 'a', "desc-org": 'c',
		"desc-company-name": 'n', "desc-person": 'p', "desc-man": 'm', "desc-woman": 'f',
		"company-word": 'w', "company-noun": 'o', "desc-doc": 'd'}
	var cur byte
	for line := range strings.Lines(wordsTxt) {
		line = strings.TrimSpace(line)
		switch {
		case line == "" || line[0] == '#':
		case line[0] == '[':
			cur = kinds[strings.Trim(line, "[]")]
		case cur != 0:
			for _, w := range strings.Fields(line) {
				m[w] = cur
			}
		}
	}
	return m
})

// byGiven returns the one person of the set named in full with the given
// name key (its first given name), or -1 when there is none or several.
// Only the first 4*recentCands entities are searched.
func (s *Set) byGiven(key string) int {
	found := -1
	for i, e := range s.ents[:min(len(s.ents), 4*recentCands)] {
		if e.kind == Person && e.words > 1 && len(e.given) > 0 && e.given[0] == key {
			if found >= 0 {
				return -1
			}
			found = i
		}
	}
	return found
}
