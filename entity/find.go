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
	text *segment.Text
	src  string
	ents []*ent
	// ments and added index every mention of every entity, each sorted
	// by start, without overlaps between or within them: ments holds
	// those of Find, added those Speaker added (in text order, usually
	// at the end).
	ments, added []ment
	// quotes are the spans of double quotation marks and what they
	// enclose (to the end of the paragraph when unclosed), sorted.
	quotes []textpos.Span
	mbuf   []ment // scratch space for mentionsIn and mentionsBefore
	// speakers records, per sentence index, the entity that Speaker last
	// resolved there: a strong antecedent for later pronouns.
	// speakers[i] is that entity plus one, 0 for none; made on first use.
	speakers []int
	lastSent int // the last answer of sentenceOf
	// rolesReady is set once Find has given the entities their roles:
	// from then on a role may stand for its holder.
	rolesReady bool
	// cache is what Entities returns; dirty lists the entities changed
	// since it was last brought up to date.
	cache []Entity
	dirty []int
	// Indexes for resolving speakers in time independent of the number
	// of entities; built on first use, kept up to date by addEnt and
	// addMention.
	byName map[nameKind]int // the first entity of each name and kind
	// heads maps a head noun to the mentions of unnamed and organisation
	// entities with it, by start: [0] those of Find, [1] those added.
	heads   map[string]*[2][]refAt
	roleIdx map[string][]int // head word of a role -> people with that role, in order of first mention
	// more holds the entMore of the entities that Speaker needed it for;
	// ent.more says which.
	more []entMore
	low  []byte         // scratch space for lower-casing words
	ws   []word         // scratch space for the words of a phrase
	qbuf []textpos.Span // scratch space for the quotations tokenWords finds
	rws  []word         // scratch space for the words of a role
	kbuf []string       // scratch space for the role keys of a phrase
	// Initial storage of ws, mbuf and qbuf, saving allocations.
	wsArr   [8]word
	qbufArr [2]textpos.Span
	mbufArr [8]ment
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

// ent is an entity under construction. It is kept small, as Find makes
// one for about every name of a document: what only Speaker needs is in
// Set.more.
type ent struct {
	name     string
	surname  string    // NameKey of the surname, for people
	given    []string  // NameKeys of the given names of the fullest form
	roles    []roleAt  // sorted by offset once Find is done
	mentions []Mention // sorted, without overlaps
	roleList []string  // distinct role texts, in order of offset, once Find is done
	words    int32     // words in the canonical name
	more     int32     // Set.more[more-1] is the entity's entMore; 0 for none yet
	kind     Kind
	gender   byte // 'm', 'f' or 0
	plural   bool
	known    bool // from Options.Known
	dirty    bool // in Set.dirty
	office   bool // an unnamed office held by one person: "the Bishop of Durham"
	human    bool // an unnamed person or people: "one diplomat", "officials"; not "a report"
}

// entMore is what Speaker needs of an entity besides its ent, in Set.more.
type entMore struct {
	extra    []Mention  // mentions added since Entities last ran, sorted, not overlapping mentions
	roleKeys [][]string // roleKeys of each of roleList, for people, once Set.roleIndex ran
	head     string     // headWord of name, for unnamed and organisation entities, once Set.headIndex ran
}

// roleAt is a role the text gives an entity, with where it is given.
type roleAt struct {
	text string
	off  int
}

// ment is one mention in the document-wide index.
type ment struct {
	span    textpos.Span
	ent     int
	kind    MentionKind
	oblique bool // after a preposition, or a possessive modifier
	quoted  bool // inside quotation marks
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
	s := &Set{text: t, src: t.Src}
	f := newFinder(s, opts)
	f.run()
	f.release()
	return s
}

// Entities returns the entities found, in order of first mention; entities
// that [Set.Speaker] added come after them, in the order added. Every
// mention span is valid in the source, and each entity's mentions are
// sorted by start and do not overlap. The slice is shared: later calls of
// Speaker may change it. Each call takes time proportional to the
// mentions of the entities Speaker changed since the last; to read names
// and kinds while resolving speakers, use [Set.Name] and [Set.Kind].
func (s *Set) Entities() []Entity {
	n := len(s.cache)
	for _, i := range s.dirty {
		if i < n {
			s.cache[i] = s.settled(i)
		}
	}
	s.dirty = s.dirty[:0]
	if n < len(s.ents) {
		s.cache = slices.Grow(s.cache, len(s.ents)-n)[:len(s.ents)]
		for i := n; i < len(s.ents); i++ {
			s.cache[i] = s.settled(i)
		}
	}
	return s.cache
}

// settled returns entity i with the mentions added to it merged into its
// mentions, and marks it clean.
func (s *Set) settled(i int) Entity {
	e := s.ents[i]
	s.settle(i)
	e.dirty = false
	return Entity{Name: e.name, Kind: e.kind, Roles: e.roleList, Mentions: e.mentions}
}

// markDirty records that entity i changed since Entities last ran.
func (s *Set) markDirty(i int) {
	if e := s.ents[i]; !e.dirty {
		e.dirty = true
		if s.dirty == nil {
			s.dirty = make([]int, 0, 8) // a few speakers a document
		}
		s.dirty = append(s.dirty, i)
	}
}

// Len returns the number of entities, those Speaker added included.
func (s *Set) Len() int { return len(s.ents) }

// Name returns the canonical name of entity i, or "" when there is none:
// Entities()[i].Name without building the entities.
func (s *Set) Name(i int) string {
	if i < 0 || i >= len(s.ents) {
		return ""
	}
	return s.ents[i].name
}

// Kind returns the kind of entity i, or Unknown when there is none.
func (s *Set) Kind(i int) Kind {
	if i < 0 || i >= len(s.ents) {
		return Unknown
	}
	return s.ents[i].kind
}

// AddMention records that the words at sp name entity ent, as a mention
// of kind kind: for a speaker that the caller resolved itself (a pronoun
// given the previous speaker, say). It returns the entity's mention at
// sp: sp itself, or the entity's mention that overlaps it, which is then
// left as it is; ok is false when ent is no entity or sp is empty once
// clamped to the source.
func (s *Set) AddMention(ent int, sp textpos.Span, kind MentionKind) (textpos.Span, bool) {
	if s.text == nil {
		return textpos.Span{}, false
	}
	return s.addMention(ent, ment{span: sp, kind: kind})
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

// settle merges the mentions added to entity i into its sorted
// mentions, in place: it moves only the mentions after the first added
// one.
func (s *Set) settle(i int) {
	extra := s.extra(i)
	if len(extra) == 0 {
		return
	}
	e := s.ents[i]
	e.mentions = mergeInto(e.mentions, extra, func(m, x Mention) bool { return m.Span.Start > x.Span.Start })
	s.moreOf(i).extra = extra[:0]
}

// extra returns the mentions added to entity i since Entities last ran.
func (s *Set) extra(i int) []Mention {
	if k := s.ents[i].more; k > 0 {
		return s.more[k-1].extra
	}
	return nil
}

// moreOf returns the entMore of entity i, making it on first use. The
// pointer is valid until the next call.
func (s *Set) moreOf(i int) *entMore {
	e := s.ents[i]
	if e.more == 0 {
		if s.more == nil {
			s.more = make([]entMore, 0, 4) // a few speakers a document
		}
		s.more = append(s.more, entMore{})
		e.more = int32(len(s.more))
	}
	return &s.more[e.more-1]
}

// mergeInto merges xs into ms, both sorted, in place from the end (ms
// grows only if it lacks the room), and returns ms. An element of ms
// goes after one of xs when after says so.
func mergeInto[M any](ms, xs []M, after func(m, x M) bool) []M {
	n, x := len(ms), len(xs)
	ms = slices.Grow(ms, x)[:n+x]
	i, j := n-1, x-1
	for k := n + x - 1; j >= 0; k-- {
		if i >= 0 && after(ms[i], xs[j]) {
			ms[k] = ms[i]
			i--
		} else {
			ms[k] = xs[j]
			j--
		}
	}
	return ms
}

// mentionByStart compares a mention's start with off, for binary searches.
func mentionByStart(m Mention, off int) int { return cmp.Compare(m.Span.Start, off) }

// firstStartAt returns the index of the first mention of ms, sorted by
// start, that starts at or after off, or len(ms).
func firstStartAt(ms []ment, off int) int {
	return search(ms, func(m *ment) bool { return m.span.Start < off })
}

// firstEndAfter returns the index of the first mention of ms, sorted by
// start and without overlaps, that ends after off, or len(ms).
func firstEndAfter(ms []ment, off int) int {
	return search(ms, func(m *ment) bool { return m.span.End <= off })
}

// search returns the index of the first element x of xs for which
// before(x) is false, or len(xs), for xs in which those come after
// those for which it is true: slices.BinarySearchFunc, probing the same
// elements, small enough to be inlined with before, which saves a call
// per probe.
func search[E any](xs []E, before func(*E) bool) int {
	i, j := 0, len(xs)
	for i < j {
		h := int(uint(i+j) >> 1)
		if before(&xs[h]) {
			i = h + 1
		} else {
			j = h
		}
	}
	return i
}

// overlapAt returns the element of ms, sorted by start and without
// overlaps, that overlaps sp, if any.
func overlapAt[M any](ms []M, sp textpos.Span, span func(M) textpos.Span) (textpos.Span, bool) {
	j := search(ms, func(m *M) bool { return span(*m).Start < sp.Start })
	if j < len(ms) && span(ms[j]).Overlaps(sp) {
		return span(ms[j]), true
	}
	if j > 0 && span(ms[j-1]).Overlaps(sp) {
		return span(ms[j-1]), true
	}
	return textpos.Span{}, false
}

func mentionSpan(m Mention) textpos.Span { return m.Span }
func mentSpan(m ment) textpos.Span       { return m.span }

// insertSorted inserts x into xs, sorted by start, after the elements
// that start before it; at the end costs O(1).
func insertSorted[M any](xs []M, x M, start func(M) int) []M {
	k := len(xs)
	for k > 0 && start(xs[k-1]) > start(x) && len(xs)-k < 8 {
		k--
	}
	if k > 0 && start(xs[k-1]) > start(x) {
		k, _ = slices.BinarySearchFunc(xs, start(x), func(m M, off int) int { return cmp.Compare(start(m), off) })
	}
	return slices.Insert(xs, k, x)
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
	m.quoted = s.quoted(m.span.Start)
	en := s.ents[e]
	if sp, ok := overlapAt(en.mentions, m.span, mentionSpan); ok {
		return sp, true
	}
	if sp, ok := overlapAt(s.extra(e), m.span, mentionSpan); ok {
		return sp, true
	}
	more := s.moreOf(e)
	more.extra = insertSorted(more.extra, Mention{Span: m.span, Kind: m.kind}, func(m Mention) int { return m.Span.Start })
	s.markDirty(e)
	if _, ok := overlapAt(s.ments, m.span, mentSpan); !ok {
		if _, ok := overlapAt(s.added, m.span, mentSpan); !ok {
			if s.added == nil {
				s.added = make([]ment, 0, 8)
			}
			s.added = insertSorted(s.added, m, func(m ment) int { return m.span.Start })
		}
	}
	if more.head != "" && s.heads != nil {
		h := s.heads[more.head]
		if h == nil {
			h = new([2][]refAt)
			s.heads[more.head] = h
		}
		h[1] = insertSorted(h[1], refAt{off: m.span.Start, ent: e}, func(r refAt) int { return r.off })
	}
	return m.span, true
}

// mentionsIn returns the mentions of the document index that overlap sp,
// sorted by start. The slice is valid until the next call.
func (s *Set) mentionsIn(sp textpos.Span) []ment {
	within := func(ms []ment) []ment {
		i := firstEndAfter(ms, sp.Start)
		j := i
		for j < len(ms) && ms[j].span.Start < sp.End {
			j++
		}
		return ms[i:j]
	}
	a, b := within(s.ments), within(s.added)
	if len(b) == 0 {
		return a
	}
	out := append(append(s.mbuf[:0], a...), b...)
	slices.SortFunc(out, func(x, y ment) int { return cmp.Compare(x.span.Start, y.span.Start) })
	s.mbuf = out
	return out
}

// mentionsBefore returns the mentions of the document index that start in
// [from, off), newest first, at most maxAntecedents of them. The slice is
// valid until the next call.
func (s *Set) mentionsBefore(from, off int) []ment {
	a, b := firstStartAt(s.ments, off), firstStartAt(s.added, off)
	if s.mbuf == nil {
		s.mbuf = s.mbufArr[:0]
	}
	out := s.mbuf[:0]
	for len(out) < maxAntecedents {
		var m ment
		switch {
		case a > 0 && (b == 0 || s.ments[a-1].span.Start > s.added[b-1].span.Start):
			a--
			m = s.ments[a]
		case b > 0:
			b--
			m = s.added[b]
		}
		if m.span.Empty() || m.span.Start < from {
			break
		}
		out = append(out, m)
	}
	s.mbuf = out
	return out
}

// quoted reports whether offset off is inside quotation marks.
func (s *Set) quoted(off int) bool {
	// The first quotation that starts at or after off.
	k := search(s.quotes, func(q *textpos.Span) bool { return q.Start < off })
	// The last quotation that starts at or before off.
	if k < len(s.quotes) && s.quotes[k].Start == off {
		return true
	}
	return k > 0 && s.quotes[k-1].End > off
}

// markQuoted sets the quoted field of the mentions ms, sorted by start,
// as quoted would, in one walk over them and the quotations.
func (s *Set) markQuoted(ms []ment) {
	q := s.quotes
	for i := range ms {
		off := ms[i].span.Start
		// The quotations that start before off, but the last, are of no
		// use for the mentions from here on.
		for len(q) > 1 && q[1].Start <= off {
			q = q[1:]
		}
		ms[i].quoted = len(q) > 0 && q[0].Start <= off && (q[0].Start == off || q[0].End > off)
	}
}

// lastBefore returns the start of the last mention of entity i that
// starts before off, or -1.
func (s *Set) lastBefore(i, off int) int {
	last := -1
	for _, ms := range [2][]Mention{s.ents[i].mentions, s.extra(i)} {
		if k, _ := slices.BinarySearchFunc(ms, off, mentionByStart); k > 0 {
			last = max(last, ms[k-1].Span.Start)
		}
	}
	return last
}

// sentenceOf returns the index of the sentence containing off (or the last
// one before it), or -1.
func (s *Set) sentenceOf(off int) int {
	ss := s.text.Sentences
	// Sentence i is the answer for the offsets from its start to the
	// start of the next: try the last answer and the few after it first,
	// as offsets asked for come near each other, mostly in text order.
	if i := s.lastSent; i < len(ss) && ss[i].Span.Start <= off {
		// A few sentences on, else a search.
		for k := i; k < min(i+4, len(ss)); k++ {
			if k+1 == len(ss) || off < ss[k+1].Span.Start {
				s.lastSent = k
				return k
			}
		}
	}
	i := s.searchSentence(off)
	if i >= 0 {
		s.lastSent = i
	}
	return i
}

// searchSentence is sentenceOf by binary search.
func (s *Set) searchSentence(off int) int {
	ss := s.text.Sentences
	// The first sentence that ends after off.
	i := search(ss, func(x *segment.Sentence) bool { return x.Span.End <= off })
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

// personKeys returns the NameKeys of a person's name words, without
// particles and with nicknames expanded: given names and the surname.
// With a finder f, keys come from its cache and the given names from its
// slab; f may be nil.
func personKeys(src string, ws []word, f *finder) (given []string, surname string) {
	start := 0
	if f != nil {
		if cap(f.strs)-len(f.strs) < len(ws) {
			f.strs = make([]string, 0, max(strsChunk, len(ws)))
		}
		start = len(f.strs)
		given = f.strs
	}
	for k, w := range ws {
		// Particles are no keys, nor is a capitalised one that opens a
		// surname of two ("Van der Heijden") or, at the start of a
		// sentence, the surname alone ("De Alwis", not "Al Gore").
		if w.flags&fParticle != 0 && (!w.cap || k+1 < len(ws)-1 && ws[k+1].flags&fParticle != 0 && !ws[k+1].cap ||
			k == 0 && len(ws) == 2 && w.flags&fGiven == 0) {
			continue
		}
		key := f.nameKey(src[w.s:w.e])
		if k == len(ws)-1 {
			surname = key
			break
		}
		if w.init {
			key = key[:min(1, len(key))]
		} else if full, ok := nicknames[key]; ok {
			key = f.nameKey(full)
		}
		given = append(given, key)
	}
	if len(given) == start+1 && familyFirst(src, ws) {
		// "Park Ji-hoon": the family name comes first.
		given[start], surname = surname, given[start]
	}
	if f != nil {
		f.strs = given
		given = given[start:len(given):len(given)]
		if len(given) == 0 {
			given = nil
		}
	}
	return given, surname
}

// familyFirst reports whether the two name words ws are written family
// name first, as Korean names are: a short family name and a hyphenated
// given name whose second part is in lower case ("Park Ji-hoon", "Kim
// Soo-yeon").
func familyFirst(src string, ws []word) bool {
	if len(ws) != 2 || ws[0].e-ws[0].s > 6 {
		return false
	}
	w := src[ws[1].s:ws[1].e]
	i := strings.IndexByte(w, '-')
	return i > 0 && i+1 < len(w) && 'a' <= w[i+1] && w[i+1] <= 'z'
}

// strsChunk is the least number of strings personKeys allocates at once.
const strsChunk = 256

// nameKeySlots is the number of slots of a finder's cache of NameKeys.
const nameKeySlots = 4096

// nameKeySlot is a slot of a finder's cache of NameKeys: a word and its
// key.
type nameKeySlot struct{ word, key string }

// nameKey returns match.NameKey(w), from f's cache when it has it; the
// cache, direct-mapped by the hash of w, keeps what it computes across
// documents (names recur). f may be nil.
func (f *finder) nameKey(w string) string {
	if f == nil || w == "" {
		return match.NameKey(w)
	}
	if f.nkeys == nil {
		f.nkeys = new([nameKeySlots]nameKeySlot)
	}
	sl := &f.nkeys[nameHash(w)&(nameKeySlots-1)]
	if sl.word != w {
		// The word and its key go to the arena: no allocation each.
		var buf [64]byte
		*sl = nameKeySlot{word: f.keep(w), key: f.keep(unsafeString(match.AppendNameKey(buf[:0], w)))}
	}
	return sl.key
}

// nameHash returns a hash of the word w for the cache of nameKey, from
// its length and at most its first and last eight bytes, with few
// branches.
func nameHash(w string) uint32 {
	n := len(w)
	var x uint64
	switch {
	case n >= 8:
		x = le64(w) ^ le64(w[n-8:])*keyMul2
	case n >= 4:
		x = uint64(le32(w)) | uint64(le32(w[n-4:]))<<32
	default:
		for i := 0; i < n; i++ {
			x |= uint64(w[i]) << (8 * i)
		}
	}
	return uint32(((x ^ uint64(n)) * keyMul) >> 32)
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
// when the source has only white space between them, and by ", " when a
// comma separates them; a plural possessive inside keeps its ending ("the
// Teachers’ Union").
func joinWords(src string, ws []word) string {
	if len(ws) == 0 {
		return ""
	}
	// The source text itself when it is written so: no copy.
	end, same := 0, true
	for k, w := range ws {
		end = w.e
		if w.joinDot() {
			end++ // w.dot: the period follows in src
		}
		if k+1 < len(ws) && (end > ws[k+1].s || src[end:ws[k+1].s] != " " && ws[k+1].gap != gapAmp && (ws[k+1].gap != gapComma || src[end:ws[k+1].s] != ", ")) {
			same = false
			break
		}
	}
	if same {
		return src[ws[0].s:end]
	}
	var b strings.Builder
	for k, w := range ws {
		if k > 0 {
			switch w.gap {
			case gapAmp:
				b.WriteString(" &") // "Ernst & Young"
			case gapComma:
				b.WriteByte(',') // "Ministry of Economy, Trade and Industry"
			}
			b.WriteByte(' ')
		}
		b.WriteString(src[w.s:w.e])
		if w.joinDot() {
			b.WriteByte('.')
		}
		if w.poss && k+1 < len(ws) && pluralPossessive(src, w) {
			b.WriteString(possessive(src, w)) // "the Teachers’ Union"
		}
	}
	return b.String()
}

// possessive returns the possessive ending written after the word w with
// w.poss: "’s", "'s" or a bare apostrophe.
func possessive(src string, w word) string {
	r, n := decode(src, w.e)
	if !isApos(r) {
		return ""
	}
	if c, _ := decode(src, w.e+n); c == 's' || c == 'S' {
		n++
	}
	return src[w.e : w.e+n]
}

// joinDot reports whether joinWords writes w with its period: an
// initial, an honorific, a short title.
func (w *word) joinDot() bool {
	return w.dot && (w.init || w.flags&fHonorific != 0 || w.flags&fTitle != 0 && w.e-w.s <= 4)
}
