package extract

import (
	"math"
	"slices"
	"strings"

	"github.com/whosaid/whosaid/internal/match"
	"github.com/whosaid/whosaid/textpos"
)

// unit is a quotation of one document, as folded words.
type unit struct {
	doc, claim, quotation int
	span                  textpos.Span
	keys                  []uint64 // word keys, at most maxQuoteWordsDP
	sorted                []uint64 // keys in ascending order, for match.Absent; see sortedKeys
	sids                  []int32  // ids in quoteSet.table of the distinct shingles of keys
	speaker               int      // index in Links.Entities, or -1
	evidence              bool
}

// quoteSet holds the quotation units of the linked documents. Each unit is
// read (tokenised, folded, hashed) once; its keys and shingle ids live in
// two arenas shared by all units, so a unit costs no allocation of its own.
type quoteSet struct {
	units []unit
	table shingleTable
	keys  []uint64 // arena of units' keys
	sids  []int32  // arena of units' shingle ids
	ws    []match.Word
	sh    []uint64
	miss  keySet  // scratch of query: the shingles the table lacks
	last  []int32 // per shingle id: the last add that saw it
	stamp int32
	// sorted is the arena of the units' sorted keys (see sortedKeys).
	sorted []uint64
}

// reset empties the set, with arenas sized for documents of size bytes of
// claims and quotations, and room for n units.
func (qs *quoteSet) reset(size, n int) {
	// Quotations average about five bytes a word and space (news quotes,
	// measured on the BBC corpus); those that claims cover are counted
	// twice in size but read once. Distinct word pairs are about 60% of
	// the words.
	words := size/10 + 16
	qs.units = reserve(qs.units, n)
	qs.keys = reserve(qs.keys, words)
	qs.sids = reserve(qs.sids, words)
	qs.last = reserve(qs.last, words*2/3)
	qs.sorted = qs.sorted[:0]
	qs.stamp = 0
	qs.table.init(words / 2) // a word pair recurs in other units of its quotation
}

// add appends the unit of content s of document doc with the given fields
// and returns false when s holds no word. The unit has its keys but no
// shingle ids yet: see addShingles.
func (qs *quoteSet) add(dst []unit, u unit, src string) ([]unit, bool) {
	qs.ws = match.FirstWords(qs.ws[:0], src, u.span, maxQuoteWordsDP)
	if len(qs.ws) == 0 {
		return dst, false
	}
	lo := len(qs.keys)
	for _, w := range qs.ws {
		qs.keys = append(qs.keys, w.Key)
	}
	u.keys = qs.keys[lo:len(qs.keys):len(qs.keys)]
	return append(dst, u), true
}

// addShingles gives the units of units that have none their shingle ids
// (every unit with a key has one). It runs once over many units, after
// their words are read, so that the table's memory stays in cache from
// one insert to the next.
func (qs *quoteSet) addShingles(units []unit) {
	for k := range units {
		u := &units[k]
		if u.sids != nil {
			continue
		}
		lo := len(qs.sids)
		if len(u.keys) == 1 {
			qs.sh = match.Shingles(qs.sh[:0], u.keys)
			qs.sids = append(qs.sids, qs.table.insert(qs.sh[0]))
		}
		// The distinct shingles of u, as match.Shingles has them but in
		// order of first occurrence: a shingle already in this unit has
		// last[id] == stamp.
		qs.stamp++
		for i := 0; i+1 < len(u.keys); i++ {
			id := qs.table.insert(match.Shingle(u.keys[i], u.keys[i+1]))
			for int(id) >= len(qs.last) {
				qs.last = append(qs.last, 0)
			}
			if qs.last[id] != qs.stamp {
				qs.last[id] = qs.stamp
				qs.sids = append(qs.sids, id)
			}
		}
		u.sids = qs.sids[lo:len(qs.sids):len(qs.sids)]
	}
}

// query appends to dst the ids of the distinct shingles of keys (a text
// that is not a unit), -1 for each distinct shingle the table lacks, and
// returns the extended slice.
func (qs *quoteSet) query(dst []int32, keys []uint64) []int32 {
	if len(keys) == 1 {
		qs.sh = match.Shingles(qs.sh[:0], keys)
		return append(dst, qs.table.find(qs.sh[0]))
	}
	qs.stamp++
	qs.miss.reset(len(keys))
	missing := 0
	for i := 0; i+1 < len(keys); i++ {
		h := match.Shingle(keys[i], keys[i+1])
		switch id := qs.table.find(h); {
		case id < 0:
			if qs.miss.add(h) {
				missing++
			}
		case qs.last[id] != qs.stamp:
			qs.last[id] = qs.stamp
			dst = append(dst, id)
		}
	}
	for range missing {
		dst = append(dst, -1)
	}
	return dst
}

// sortedKeys returns u's keys in ascending order, sorting them into the
// arena *arena on first use.
func (u *unit) sortedKeys(arena *[]uint64) []uint64 {
	if u.sorted == nil {
		lo := len(*arena)
		*arena = append(*arena, u.keys...)
		u.sorted = (*arena)[lo:len(*arena):len(*arena)]
		slices.Sort(u.sorted)
	}
	return u.sorted
}

// shingleTable gives each distinct shingle hash a dense id, from 0 in
// order of insertion. It is an open-addressing hash table with linear
// probing, kept at most three quarters full (it is the largest random-access
// table of Link: the smaller, the more of it stays in cache). A slot holds the id and a 32-bit tag
// of the hash (its low half), so that a look-up reads one slot per probe
// and not the hash itself: two hashes of one tag that probe the same
// slots get one id. That is harmless: ids only propose candidates, which
// are compared word by word (and it is rare: about one look-up in 2³²
// per slot probed).
type shingleTable struct {
	slots  []tagID
	hashes []uint64 // by id, to rehash when the table grows
	n      int32
	shift  uint
}

// tagID is a slot of a shingleTable: id+1 of the hash homed there (0 when
// empty) and the hash's tag.
type tagID struct {
	tag uint32
	id  int32
}

// init empties the table, with room for n hashes.
func (t *shingleTable) init(n int) {
	size := 16
	for 3*size < 4*n {
		size *= 2
	}
	t.slots = resize(t.slots, size)
	t.hashes = reserve(t.hashes, n)
	t.shift = 64
	for s := size; s > 1; s >>= 1 {
		t.shift--
	}
	t.n = 0
}

// home returns the first slot to probe for h.
func (t *shingleTable) home(h uint64) int { return int((h * 0x9E3779B97F4A7C15) >> t.shift) }

// find returns the id of h, or -1.
func (t *shingleTable) find(h uint64) int32 {
	if len(t.slots) == 0 {
		return -1
	}
	mask, tag := len(t.slots)-1, uint32(h)
	for i := t.home(h); ; i = (i + 1) & mask {
		switch sl := t.slots[i]; {
		case sl.id == 0:
			return -1
		case sl.tag == tag:
			return sl.id - 1
		}
	}
}

// insert returns the id of h, adding it when absent.
func (t *shingleTable) insert(h uint64) int32 {
	if 4*int(t.n+1) > 3*len(t.slots) {
		t.grow()
	}
	mask, tag := len(t.slots)-1, uint32(h)
	for i := t.home(h); ; i = (i + 1) & mask {
		switch sl := t.slots[i]; {
		case sl.id == 0:
			t.n++
			t.slots[i] = tagID{tag, t.n}
			t.hashes = append(t.hashes, h)
			return t.n - 1
		case sl.tag == tag:
			return sl.id - 1
		}
	}
}

func (t *shingleTable) grow() {
	old, n, hashes := t.slots, t.n, t.hashes
	t.slots = nil // init must not clear old
	t.init(max(2*int(n), 8))
	t.hashes = hashes
	mask := len(t.slots) - 1
	for _, sl := range old {
		if sl.id == 0 {
			continue
		}
		i := t.home(hashes[sl.id-1])
		for t.slots[i].id != 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = sl
	}
	t.n = n
}

// quoteIndex finds units by shingles (word bigrams). It indexes all units
// of a set, and answers for one of two views of them: the units that its
// keep function accepts (the kept view, which build makes), or
// all units (see allView); the views share the postings. A shingle in more
// than maxPostings units of the view is common and proposes no
// candidates, so a query costs O(its shingles × maxPostings) however large
// the index grows.
type quoteIndex struct {
	units []unit // all units
	// off and post hold the postings: those of shingle id s are
	// post[off[s]:off[s+1]], ascending, kept[s] of them kept units.
	off     []int32
	post    []int32
	kept    []int32
	in      []bool  // per unit: whether it is kept
	all     bool    // the view: all units, or only the kept ones
	size    int     // units in the view
	rare    []int32 // per unit: its distinct shingles that are not common in the view
	rareAll []int32 // per unit: rare of the view of all units
	// shared is, per unit, how many of its shingle ids (which build
	// puts first) are in 2 to maxPostings units: the ones that may
	// propose another unit in the view of all units.
	shared []int32
	seen   []seen // per unit: the last query that saw it
	query  int32
	// triples has two bits set (see tripleBits) for each triple of
	// words that follow each other in a unit of the view.
	triples     []uint64
	tripleShift uint
	cur         []int32   // scratch of build
	arena       *[]uint64 // the arena of the units' sorted keys (see sortedKeys)
}

// seen records the last query that saw a unit, and how many rare
// shingles the unit shares with it (-1 for one while hit defers it); and,
// at hand with them, the unit's rare shingles in the view (ix.rare). A
// unit has at most maxQuoteWordsDP-1 shingles: the counts fit in 16 bits.
type seen struct {
	query      int32
	hits, rare int16
}

// build indexes the units of qs by the shingle ids of its table,
// replacing what ix held, and makes ix the view of the units that keep
// accepts. It reuses the arrays of ix.
func (ix *quoteIndex) build(qs *quoteSet, keep func(*unit) bool) {
	units, nsid := qs.units, int(qs.table.n)
	*ix = quoteIndex{units: units, off: resize(ix.off, nsid+1), post: ix.post, kept: resize(ix.kept, nsid),
		in: resize(ix.in, len(units)), rare: ix.rare, rareAll: ix.rareAll, shared: ix.shared, seen: ix.seen,
		triples: ix.triples[:0], cur: resize(ix.cur, nsid), arena: &qs.sorted}
	// cur counts the postings of each shingle, then is the cursor of
	// its list being filled, from the end down.
	cur := ix.cur
	for i := range units {
		u := &units[i]
		in := keep(u)
		ix.in[i] = in
		if in {
			ix.size++
		}
		for _, s := range u.sids {
			cur[s]++
			if in {
				ix.kept[s]++
			}
		}
	}
	for s := range nsid {
		ix.off[s+1] = ix.off[s] + cur[s]
	}
	total := int(ix.off[nsid])
	ix.post = reserve(ix.post, total)[:total] // every element is set below
	// Units in descending order, each to the end of its list's free
	// space: each list ascends. On the way, count each unit's rare
	// shingles in the kept view and in the view of all units (see
	// allView), and move its shared ones first.
	ix.rare = resize(ix.rare, len(units))
	ix.rareAll = resize(ix.rareAll, len(units))
	ix.shared = resize(ix.shared, len(units))
	for i := len(units) - 1; i >= 0; i-- {
		var rare, rareKept, shared int32
		sids := units[i].sids
		for j, s := range sids {
			cur[s]--
			lo := ix.off[s]
			ix.post[lo+cur[s]] = int32(i)
			if n := ix.off[s+1] - lo; n <= maxPostings {
				rare++
				if n > 1 {
					sids[shared], sids[j] = s, sids[shared]
					shared++
				}
			}
			if ix.kept[s] <= maxPostings {
				rareKept++
			}
		}
		ix.rare[i], ix.rareAll[i], ix.shared[i] = rareKept, rare, shared
	}
	ix.initScratch()
}

// allView makes v the view of all units of ix, which shares the postings
// of ix and reuses the arrays of v. It has no triple bits (see addTriples).
func (ix *quoteIndex) allView(v *quoteIndex) {
	*v = quoteIndex{units: ix.units, off: ix.off, post: ix.post, kept: ix.kept, all: true, size: len(ix.units),
		rare: ix.rareAll, shared: ix.shared, seen: v.seen, arena: ix.arena}
	v.initScratch()
}

// initScratch makes the per-unit arrays of a view.
func (ix *quoteIndex) initScratch() {
	ix.seen = resize(ix.seen, len(ix.units))
	for i, r := range ix.rare[:len(ix.units)] {
		ix.seen[i].rare = int16(r)
	}
}

// addTriples sets the bits of the word triples of the units of the view,
// for probe.
func (ix *quoteIndex) addTriples() {
	triples := 0
	for i := range ix.units {
		if ix.in[i] {
			triples += max(0, len(ix.units[i].keys)-2)
		}
	}
	ix.triples, ix.tripleShift = newBloom(ix.triples, 8*triples)
	for i := range ix.units {
		if u := &ix.units[i]; ix.in[i] {
			for k := 0; k+2 < len(u.keys); k++ {
				b1, b2 := ix.tripleBits(u.keys[k], u.keys[k+1], u.keys[k+2])
				ix.triples[b1/64] |= 1 << (b1 % 64)
				ix.triples[b2/64] |= 1 << (b2 % 64)
			}
		}
	}
}

// newBloom returns a zero bit set of at least n bits (a power of two, at
// least 64), reusing the array of old when it has room, and the shift that
// maps a 64-bit hash to a bit of it.
func newBloom(old []uint64, n int) (bits []uint64, shift uint) {
	size := 64
	for size < n {
		size *= 2
	}
	shift = 64
	for b := size; b > 1; b >>= 1 {
		shift--
	}
	return resize(old, size/64), shift
}

// tripleBits returns the two bits of ix.triples of the word triple
// (a, b, c).
func (ix *quoteIndex) tripleBits(a, b, c uint64) (uint64, uint64) {
	h := match.Shingle(match.Shingle(a, b), c)
	return h * 0x9E3779B97F4A7C15 >> ix.tripleShift, h * 0xC2B2AE3D27D4EB4F >> ix.tripleShift
}

// mayHaveTriple reports whether the words (a, b, c) may follow each other
// in a unit of the index: false is certain, true is not (each bit set has
// a chance of about 1 in 8, so about 1 in 20 absent triples pass).
func (ix *quoteIndex) mayHaveTriple(a, b, c uint64) bool {
	b1, b2 := ix.tripleBits(a, b, c)
	return ix.triples[b1/64]&(1<<(b1%64)) != 0 && ix.triples[b2/64]&(1<<(b2%64)) != 0
}

// postings returns the units holding shingle id s, ascending, and how
// many of them are in the view (nil and 0 for s < 0 or an id added after
// the index was built). In the kept view, the units that are not kept
// are to be skipped (see ix.in).
func (ix *quoteIndex) postings(s int32) ([]int32, int32) {
	if s < 0 || int(s)+1 >= len(ix.off) {
		return nil, 0
	}
	ps := ix.post[ix.off[s]:ix.off[s+1]]
	if !ix.all {
		return ps, ix.kept[s]
	}
	return ps, int32(len(ps))
}

// candidates appends to dst the units below limit (an index into units)
// that share enough rare shingles with a query of shingle ids sids (-1
// for a shingle unknown to the table) to match it: at least minShared of
// the rare shingles of the one of them that has fewer, and at least one.
// Each unit comes once. rare is the number of rare shingles of the query
// when the caller knows it (the query is a unit of the view: ix.rare),
// else -1: candidates counts them.
//
// When rare is given, the query unit is in the postings of each of its
// shingles, and most of them are in no other unit: a list of one unit
// holds only the query and is skipped unread (callers in the view of all
// units pass only the unit's shared shingles: see ix.shared). The query
// may still be listed, through the shingles it shares; callers skip it.
func (ix *quoteIndex) candidates(dst []int32, sids []int32, limit, rare int32) []int32 {
	ix.query++
	start := len(dst)
	minLen := 1 // lists of this many units or fewer are skipped
	if rare < 0 {
		minLen = 0
		rare = 0
		for _, s := range sids {
			if _, n := ix.postings(s); n <= maxPostings {
				rare++
			}
		}
	}
	// When the query and a unit both have twoHitRare rare shingles or
	// more, the unit needs two hits: it is listed at its second hit, not
	// its first, as most units that share a shingle with a query share
	// only that one.
	twoHits := rare >= twoHitRare
	for _, s := range sids {
		ps, n := ix.postings(s)
		if n <= maxPostings && len(ps) > minLen && ps[0] < limit { // else no unit of ps is below limit
			dst = ix.hit(dst, ps, limit, twoHits)
		}
	}
	out := dst[:start]
	for _, id := range dst[start:] {
		sn := &ix.seen[id]
		need := max(1, int32(minShared*float64(min(rare, int32(sn.rare)))))
		if int32(sn.hits) >= need {
			out = append(out, id)
		}
	}
	return out
}

// twoHitRare is the least number of rare shingles m for which two units
// with m or more need to share two: max(1, ⌊minShared·m⌋) ≥ 2.
var twoHitRare = func() int32 {
	m := int32(1)
	for int32(minShared*float64(m)) < 2 {
		m++
	}
	return m
}()

// hit counts a hit of the current query for each unit of ps (ascending)
// below limit that is in the view, appending to dst the units it sees
// first; with twoHits, a unit with twoHitRare rare shingles or more
// (known: seen.rare) is appended when it is seen a second time instead
// (its hits are -1 until then).
func (ix *quoteIndex) hit(dst, ps []int32, limit int32, twoHits bool) []int32 {
	// The units are written to out by index, and the view's arrays are
	// held in locals: the loop is tight.
	dst = slices.Grow(dst, len(ps))
	n, k := len(dst), 0
	out := dst[n : n+len(ps)]
	sns, q := ix.seen, ix.query
	wait := int16(math.MaxInt16) // rare shingles from which a unit waits for a second hit
	if twoHits {
		wait = int16(twoHitRare)
	}
	var in []bool // nil in the view of all units
	if !ix.all {
		in = ix.in
	}
	for _, id := range ps {
		if id >= limit {
			break
		}
		if in != nil && !in[id] {
			continue // not in the kept view
		}
		sn := &sns[id]
		switch {
		case sn.query != q:
			sn.query = q
			if sn.rare >= wait {
				sn.hits = -1
				continue
			}
			sn.hits = 1
		case sn.hits < 0:
			sn.hits = 2
		default:
			sn.hits++
			continue
		}
		out[k] = id
		k++
	}
	return dst[:n+k]
}

// Parameters of probe: a paragraph of up to probeBytes bytes is read
// whole; of a longer one, probe reads at most probeCount samples of
// probeWords words and needs probeHits of them to hit.
const (
	probeBytes = 160
	probeCount = 7
	probeWords = 4
	probeHits  = 3
)

// probe reports whether paragraph p of src may be covered by units of the
// index: whether it shares enough word triples with them (see
// mayHaveTriple). A paragraph that quotations cover for the most part
// shares most of its word triples with them, even with an edit in ten
// words, while other paragraphs share few (unlike word pairs: "of the").
//
// A paragraph of up to probeBytes bytes (about 28 words) is read whole
// into ws: it passes when at least one in four of its triples, and at
// least one, are shared (an edit spoils at most three triples, so a
// paragraph of six words or more with one edit in five passes), and probe
// returns ws extended by its words, and whole true. Of a longer paragraph,
// probe reads only samples of four words, evenly spaced; a sample hits
// when one of its two triples is shared (an edit of its first or last
// word spoils one). The paragraph passes once probeHits samples hit and
// fails once too many miss; ws is returned as given and whole is false.
// probe reads at most probeCount ×
// (probeWords+1) words of a long paragraph, whatever its length.
// addTriples must have been called.
func (ix *quoteIndex) probe(ws []match.Word, src string, p textpos.Span) (ok bool, _ []match.Word, whole bool) {
	if p.Len() <= probeBytes {
		ws = match.FirstWords(ws[:0], src, p, maxQuoteWordsDP)
		hits := 0
		for i := 0; i+2 < len(ws); i++ {
			if ix.mayHaveTriple(ws[i].Key, ws[i+1].Key, ws[i+2].Key) {
				hits++
			}
		}
		return hits > 0 && 4*hits >= len(ws)-2, ws, true
	}
	var buf [probeWords + 1]match.Word
	hits, misses := 0, 0
	for i := range probeCount {
		off := p.Start + (p.End-p.Start)*i/probeCount
		end := min(off+100, p.End)
		skip := 0 // words to drop: one that off may cut
		if i > 0 {
			// Start after a space: the word there is whole. Else read
			// one word more and drop it.
			if j := strings.IndexByte(src[off-1:end], ' '); j >= 0 {
				off += j
			} else {
				skip = 1
			}
		}
		w := match.FirstWords(buf[:0], src, textpos.Span{Start: off, End: end}, probeWords+skip)
		if len(w) < probeWords+skip {
			continue // too few words: no sample
		}
		w = w[skip:]
		if ix.mayHaveTriple(w[0].Key, w[1].Key, w[2].Key) || ix.mayHaveTriple(w[1].Key, w[2].Key, w[3].Key) {
			if hits++; hits == probeHits {
				return true, ws, false
			}
		} else if misses++; misses > probeCount-probeHits {
			return false, ws, false
		}
	}
	return false, ws, false
}

// keySet is a reusable set of uint64 keys (word keys or shingle hashes):
// an open-addressing table with linear probing whose slots are valid
// when their stamp is the set's current one, so reset clears it in O(1)
// when it is large enough.
type keySet struct {
	keys  []uint64
	stamp []uint32
	cur   uint32
	shift uint
}

// reset empties the set and makes room for n keys.
func (s *keySet) reset(n int) {
	size := tableSize(n)
	if size > len(s.keys) || s.cur == ^uint32(0) {
		s.keys = make([]uint64, size)
		s.stamp = make([]uint32, size)
		s.cur = 0
		s.shift = 64
		for b := size; b > 1; b >>= 1 {
			s.shift--
		}
	}
	s.cur++
}

// add adds k and reports whether it was absent.
func (s *keySet) add(k uint64) bool {
	mask := len(s.keys) - 1
	for i := int((k * 0x9E3779B97F4A7C15) >> s.shift); ; i = (i + 1) & mask {
		switch {
		case s.stamp[i] != s.cur:
			s.stamp[i], s.keys[i] = s.cur, k
			return true
		case s.keys[i] == k:
			return false
		}
	}
}

// has reports whether k is in the set.
func (s *keySet) has(k uint64) bool {
	mask := len(s.keys) - 1
	for i := int((k * 0x9E3779B97F4A7C15) >> s.shift); ; i = (i + 1) & mask {
		switch {
		case s.stamp[i] != s.cur:
			return false
		case s.keys[i] == k:
			return true
		}
	}
}

// absent returns how many of keys (counted with repeats) are not in the
// set: match.Absent against the set's keys, in O(len(keys)) time.
func (s *keySet) absent(keys []uint64) int {
	n := 0
	for _, k := range keys {
		if !s.has(k) {
			n++
		}
	}
	return n
}

// keyIDs is a reusable map from uint64 keys to ints: a [keySet] with a
// value per slot.
type keyIDs struct {
	set keySet
	ids []int
}

// reset empties the map and makes room for n keys.
func (m *keyIDs) reset(n int) {
	m.set.reset(n)
	if len(m.ids) != len(m.set.keys) {
		m.ids = make([]int, len(m.set.keys))
	}
}

// add returns the value of k and true when k is in the map; else it adds
// k with value id and returns id, false.
func (m *keyIDs) add(k uint64, id int) (int, bool) {
	s := &m.set
	mask := len(s.keys) - 1
	for i := int((k * 0x9E3779B97F4A7C15) >> s.shift); ; i = (i + 1) & mask {
		switch {
		case s.stamp[i] != s.cur:
			s.stamp[i], s.keys[i], m.ids[i] = s.cur, k, id
			return id, false
		case s.keys[i] == k:
			return m.ids[i], true
		}
	}
}

// tableSize returns the number of slots for an open-addressing table of n
// keys kept at most half full: a power of two, at least 16.
func tableSize(n int) int {
	size := 16
	for size < 2*n {
		size *= 2
	}
	return size
}
