package entity

import (
	"cmp"
	"slices"
	"strings"

	"github.com/whosaid/whosaid/internal/match"
	"github.com/whosaid/whosaid/internal/segment"
	"github.com/whosaid/whosaid/textpos"
)

// Known is a user lexicon entry: an actor the caller knows about.
type Known struct {
	Name    string   // canonical name
	Kind    Kind     // Person, Organisation, Place
	Aliases []string // other names: "Dmitri S. Peskov", "Peskov"
}

// Options configure [Find]. The zero value works.
type Options struct {
	// Known actors are matched case-sensitively on word boundaries, by
	// Name and Aliases; a match overrides the built-in rules and kinds.
	Known []Known
}

// Set is the actors of one document and their mentions. A Set belongs to
// one document and is not safe for concurrent use.
type Set struct {
	text  *segment.Text
	src   string
	ents  []*ent
	ments []ment // every mention of every entity, sorted by start
	// speakers records, per sentence index, the entity that Speaker last
	// resolved there: a strong antecedent for later pronouns.
	speakers map[int]int
	// cache is what Entities returns; dirty lists the entities changed
	// since it was last brought up to date.
	cache []Entity
	dirty []int
	// Indexes for resolving speakers in time independent of the number
	// of entities; built by Find, kept up to date by addMention.
	byName  map[nameKind]int   // the first entity of each name and kind
	heads   map[string][]refAt // head noun -> mentions of unnamed and organisation entities, by start
	roleIdx map[string][]int   // head word of a role -> people with that role, in order of first mention
	low     []byte             // scratch space for lower-casing words
	ws      []word             // scratch space for the words of a phrase
}

// nameKind is a key of Set.byName.
type nameKind struct {
	name string
	kind Kind
}

// refAt is a mention of an entity, in Set.heads.
type refAt struct {
	off, ent int
}

// ent is an entity under construction.
type ent struct {
	name     string
	kind     Kind
	gender   byte // 'm', 'f' or 0
	plural   bool
	surname  string   // NameKey of the surname, for people
	given    []string // NameKeys of the given names of the fullest form
	words    int      // words in the canonical name
	roles    []roleAt // sorted by offset once Find is done
	mentions []Mention
	known    bool // from Options.Known
	dirty    bool // in Set.dirty
	// Set by Find when it is done:
	roleList []string   // distinct role texts, in order of offset
	roleKeys [][]string // roleKeys of each of roles
	head     string     // headWord of name, for unnamed and organisation entities
}

// roleAt is a role the text gives an entity, with where it is given.
type roleAt struct {
	text string
	off  int
}

// ment is one mention in the document-wide index.
type ment struct {
	span    textpos.Span
	kind    MentionKind
	ent     int
	sent    int
	oblique bool // after a preposition, or a possessive modifier
}

// Find finds the mentions of actors in t and groups them into entities:
// people (names with their honorifics, titles as roles, initials and name
// particles), organisations, places acting as actors, and unnamed sources
// that the text makes speak. Pronouns he and she are resolved to the most
// salient compatible person before them. Boilerplate paragraphs are
// skipped. Find runs in time linear in the length of the text.
func Find(t *segment.Text, opts *Options) *Set {
	if t == nil {
		t = &segment.Text{}
	}
	s := &Set{text: t, src: t.Src, speakers: map[int]int{}}
	f := newFinder(s, opts)
	f.run()
	f.release()
	return s
}

// Entities returns the entities found, in order of first mention; entities
// that [Set.Speaker] added come after them, in the order added. Every
// mention span is valid in the source, and each entity's mentions are
// sorted by start and do not overlap. The slice is shared: later calls of
// Speaker may change it (in time proportional to the entities they touch).
func (s *Set) Entities() []Entity {
	if s.cache == nil {
		s.cache = make([]Entity, 0, len(s.ents))
	}
	for len(s.cache) < len(s.ents) {
		s.cache = append(s.cache, Entity{})
		s.markDirty(len(s.cache) - 1)
	}
	for _, i := range s.dirty {
		e := s.ents[i]
		s.cache[i] = Entity{Name: e.name, Kind: e.kind, Roles: e.roleList, Mentions: e.mentions}
		e.dirty = false
	}
	s.dirty = s.dirty[:0]
	return s.cache
}

// markDirty records that entity i changed since Entities last ran.
func (s *Set) markDirty(i int) {
	if e := s.ents[i]; !e.dirty {
		e.dirty = true
		s.dirty = append(s.dirty, i)
	}
}

// Role returns the role the document gives entity ent nearest before
// offset off (else the first after it), or "" if none.
func (s *Set) Role(ent, off int) string {
	if ent < 0 || ent >= len(s.ents) {
		return ""
	}
	rs := s.ents[ent].roles
	if len(rs) == 0 {
		return ""
	}
	k, _ := slices.BinarySearchFunc(rs, off+1, func(r roleAt, off int) int { return cmp.Compare(r.off, off) })
	return rs[max(k-1, 0)].text
}

// addMention adds a mention of entity e. The entity's mentions stay sorted
// and free of overlaps, and so does the document's index of mentions, which
// leaves out a mention that overlaps another entity's. It returns the
// entity's mention at m.span: m.span when it was added or was there
// already, else the entity's mention that overlaps it; ok is false when
// there is neither (an empty span or a bad entity).
func (s *Set) addMention(e int, m ment) (sp textpos.Span, ok bool) {
	m.span = m.span.Clamp(len(s.src))
	if m.span.Empty() || e < 0 || e >= len(s.ents) {
		return textpos.Span{}, false
	}
	m.ent = e
	en := s.ents[e]
	j, _ := slices.BinarySearchFunc(en.mentions, m.span.Start, func(x Mention, off int) int { return cmp.Compare(x.Span.Start, off) })
	if j < len(en.mentions) && en.mentions[j].Span.Overlaps(m.span) {
		return en.mentions[j].Span, true
	}
	if j > 0 && en.mentions[j-1].Span.Overlaps(m.span) {
		return en.mentions[j-1].Span, true
	}
	en.mentions = slices.Insert(en.mentions, j, Mention{Span: m.span, Kind: m.kind})
	s.markDirty(e)
	i, _ := slices.BinarySearchFunc(s.ments, m.span.Start, func(x ment, off int) int { return cmp.Compare(x.span.Start, off) })
	if !(i < len(s.ments) && s.ments[i].span.Overlaps(m.span) || i > 0 && s.ments[i-1].span.Overlaps(m.span)) {
		s.ments = slices.Insert(s.ments, i, m)
	}
	if en.head != "" {
		s.addHead(en.head, refAt{off: m.span.Start, ent: e})
	}
	return m.span, true
}

// addHead adds r to the mentions of head noun h, keeping them sorted.
func (s *Set) addHead(h string, r refAt) {
	if s.heads == nil {
		s.heads = map[string][]refAt{}
	}
	rs := s.heads[h]
	k := len(rs)
	for k > 0 && rs[k-1].off > r.off {
		k--
	}
	s.heads[h] = slices.Insert(rs, k, r)
}

// mentionAt returns the index in s.ments of the mention that overlaps sp
// first, or -1.
func (s *Set) mentionsIn(sp textpos.Span) []ment {
	i, _ := slices.BinarySearchFunc(s.ments, sp.Start, func(x ment, off int) int { return cmp.Compare(x.span.End, off+1) })
	j := i
	for j < len(s.ments) && s.ments[j].span.Start < sp.End {
		j++
	}
	return s.ments[i:j]
}

// sentenceOf returns the index of the sentence containing off (or the last
// one before it), or -1.
func (s *Set) sentenceOf(off int) int {
	ss := s.text.Sentences
	i, _ := slices.BinarySearchFunc(ss, off, func(x segment.Sentence, off int) int {
		if x.Span.End <= off {
			return -1
		}
		if x.Span.Start > off {
			return 1
		}
		return 0
	})
	if i < len(ss) && ss[i].Span.Start <= off {
		return i
	}
	return i - 1
}

// newEnt appends an entity and returns its index.
func (s *Set) newEnt(e *ent) int {
	s.ents = append(s.ents, e)
	return len(s.ents) - 1
}

// nameKeys returns the NameKeys of a person's name words, without
// particles and with nicknames expanded: given names and the surname.
func personKeys(src string, ws []word) (given []string, surname string) {
	for k, w := range ws {
		if w.flags&fParticle != 0 && !w.cap {
			continue
		}
		key := match.NameKey(src[w.s:w.e])
		if k == len(ws)-1 {
			surname = key
			break
		}
		if w.init {
			key = key[:min(1, len(key))]
		} else if full, ok := nicknames[key]; ok {
			key = match.NameKey(full)
		}
		given = append(given, key)
	}
	return given, surname
}

// compatibleGiven reports whether two lists of given names can name one
// person: the first names are equal, or one is the initial of the other,
// or one list is empty.
func compatibleGiven(a, b []string) bool {
	if len(a) == 0 || len(b) == 0 {
		return true
	}
	x, y := a[0], b[0]
	if len(x) == 1 || len(y) == 1 {
		return x[0] == y[0]
	}
	return x == y
}

// joinWords returns the words of ws as written, separated by one space
// when the source has only white space between them.
func joinWords(src string, ws []word) string {
	if len(ws) == 0 {
		return ""
	}
	var b strings.Builder
	for k, w := range ws {
		if k > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(src[w.s:w.e])
		if w.dot && (w.init || w.flags&fHonorific != 0 || w.flags&fTitle != 0 && w.e-w.s <= 4) {
			b.WriteByte('.')
		}
	}
	return b.String()
}
