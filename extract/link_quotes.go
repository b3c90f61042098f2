package extract

import (
	"slices"
	"strings"

	"github.com/whosaid/whosaid/internal/match"
	"github.com/whosaid/whosaid/quote"
	"github.com/whosaid/whosaid/textpos"
)

// Thresholds of quotation matching; see [Link].
const (
	minLongWords    = 6    // words for a quotation to match on similarity alone
	minCoverWords   = 4    // words for a quotation to count as evidence for a paragraph
	minBlockWords   = 6    // words for a paragraph to become a block claim
	minSimilarity   = 0.8  // word-level edit similarity of matching quotations
	minCoverage     = 0.8  // share of a paragraph's words that evidence must cover
	weakBlock       = 0.75 // block claims below this confidence may be replaced
	maxPostings     = 16   // shingles in more units than this are stop-shingles: no candidates (see Link)
	evidenceBase    = 0.5  // confidence of an evidenced block claim: base + scale*coverage
	evidenceScale   = 0.45 //
	maxQuoteWordsDP = 400  // longer word sequences are cut to this many words for comparison
	// minShared is the share of rare shingles two units must share to be
	// compared word by word. At similarity 0.8 at most one word in five
	// differs, and each differing word breaks at most two bigrams, so
	// matching units share at least about 60% of their bigrams.
	minShared = 0.4
)

// isQuoteKind reports whether claims of kind k hold the speaker's words.
func isQuoteKind(k Kind) bool { return k == Direct || k == Partial || k == Block }

// docUnits appends to dst the quotation units of document d: its direct,
// partial and block claims (claims: their claimInfos), and its quotations
// (quotes: their contents) that none of them covers (with the speaker of
// an indirect claim that contains one). The units have no shingle ids
// until addShingles gives them theirs.
func (qs *quoteSet) docUnits(dst []unit, doc *Document, d int, claims []claimInfo, quotes []textpos.Span, speakerOf []int) []unit {
	for c := range claims {
		cl := &claims[c]
		if !isQuoteKind(cl.kind) {
			continue
		}
		dst, _ = qs.add(dst, unit{doc: d, claim: c, quotation: -1, span: cl.content, speaker: speakerOf[c],
			evidence: !cl.weak}, doc.Src)
	}
	for q, span := range quotes {
		covered, spk := false, -1
		for c := range claims {
			cl := &claims[c]
			if isQuoteKind(cl.kind) && cl.content.Overlaps(span) {
				covered = true
				break
			}
			if cl.kind == Indirect && cl.content.Contains(span) {
				spk = speakerOf[c]
			}
		}
		if !covered {
			dst, _ = qs.add(dst, unit{doc: d, claim: -1, quotation: q, span: span, speaker: spk, evidence: spk >= 0}, doc.Src)
		}
	}
	return dst
}

// claimSpeakers sets out[c] to the linked speaker of claim c, for every
// claim of a document (claims: its claimInfos; len(out) == len(claims)).
func claimSpeakers(out []int, a *actors, claims []claimInfo) {
	for c := range claims {
		out[c] = -1
		if i := claims[c].actor; i >= 0 {
			out[c] = a.cross[i]
		}
	}
}

// strengthen adds the block claims that other documents' quotations
// support (see [Link]) and fills l.speakerOf and l.Added. It leaves in
// sc.qs the quotation units of the documents as Link received them, and
// in sc.ix their index (the view of the units that are evidence).
func (l *Links) strengthen(a *actors, sc *linkScratch) {
	l.speakerOf = make([][]int, len(l.Docs))
	// Sizes for the arenas: quotations that claims cover are counted
	// though they make no unit.
	size, n, claims := 0, 0, 0
	for d, doc := range l.Docs {
		quotes := a.docQuotes(d, len(doc.Quotations))
		n += len(quotes)
		claims += len(doc.Claims)
		for _, cl := range a.docClaims(d, len(doc.Claims)) {
			if isQuoteKind(cl.kind) {
				n++
				size += cl.content.Clamp(len(doc.Src)).Len()
			}
		}
		for _, q := range quotes {
			size += q.Clamp(len(doc.Src)).Len()
		}
	}
	qs := &sc.qs
	qs.reset(size, n)
	spk := make([]int, claims) // the documents' speakerOf share it
	for d, doc := range l.Docs {
		l.speakerOf[d], spk = spk[:len(doc.Claims):len(doc.Claims)], spk[len(doc.Claims):]
		infos := a.docClaims(d, len(doc.Claims))
		claimSpeakers(l.speakerOf[d], a, infos)
		qs.units = qs.docUnits(qs.units, doc, d, infos, a.docQuotes(d, len(doc.Quotations)), l.speakerOf[d])
	}
	qs.addShingles(qs.units)
	ix := &sc.ix
	ix.build(qs, func(u *unit) bool {
		return u.evidence && u.speaker >= 0 && len(u.keys) >= minCoverWords
	})
	if ix.size == 0 {
		return
	}
	ix.addTriples()
	var cands, psids []int32
	var pkeys []uint64
	var pset keySet
	var paras []textpos.Span
	var weaks []int
	for d, doc := range l.Docs {
		var added []Claim
		var addedSpk []int
		var replaced []int // claim index of a weak block claim replaced, or -1
		paras = paragraphsOf(paras[:0], doc)
		weaks = blockCandidates(weaks[:0], a.docQuotes(d, len(doc.Quotations)), a.docClaims(d, len(doc.Claims)), paras)
		for pi, para := range paras {
			weak := weaks[pi]
			if weak < -1 || para.Len() < 2*minBlockWords-1 {
				continue
			}
			// The probe first: it reads a long paragraph only in part,
			// and rules out most.
			ok, ws, whole := ix.probe(qs.ws[:0], doc.Src, para)
			if qs.ws = ws; !ok || hasDoubleQuote(para.Text(doc.Src)) {
				continue
			}
			if !whole {
				qs.ws = match.FirstWords(qs.ws[:0], doc.Src, para, maxQuoteWordsDP)
			}
			if len(qs.ws) < minBlockWords {
				continue
			}
			pkeys = match.Keys(pkeys[:0], qs.ws)
			psids = qs.query(psids[:0], pkeys)
			cands = ix.candidates(cands[:0], psids, int32(len(ix.units)), -1)
			spk, cov := coverage(ix, cands, d, pkeys, &pset)
			if spk < 0 || cov < minCoverage {
				continue
			}
			c := Claim{Kind: Block, Content: para, Act: quote.Statement, Confidence: evidenceBase + evidenceScale*cov}
			if weak >= 0 {
				old := doc.Claims[weak]
				c.Confidence = max(c.Confidence, old.Confidence)
				if l.speakerOf[d][weak] == spk {
					c.Speaker = old.Speaker
				}
			}
			if c.Speaker == nil {
				c.Speaker = l.speakerIn(a, d, spk, para.Start)
			}
			added = append(added, c)
			addedSpk = append(addedSpk, spk)
			replaced = append(replaced, weak)
		}
		if len(added) > 0 {
			l.applyAdded(d, added, addedSpk, replaced)
		}
	}
}

// applyAdded replaces Docs[d] by a copy with the added claims.
func (l *Links) applyAdded(d int, added []Claim, addedSpk, replaced []int) {
	doc := l.Docs[d]
	type entry struct {
		c     Claim
		spk   int
		added bool
	}
	var es []entry
	for c := range doc.Claims {
		if slices.Contains(replaced, c) {
			continue
		}
		es = append(es, entry{doc.Claims[c], l.speakerOf[d][c], false})
	}
	for i := range added {
		es = append(es, entry{added[i], addedSpk[i], true})
	}
	slices.SortStableFunc(es, func(x, y entry) int { return x.c.Content.Start - y.c.Content.Start })
	cp := *doc
	cp.Claims = make([]Claim, len(es))
	spk := make([]int, len(es))
	for i, e := range es {
		cp.Claims[i], spk[i] = e.c, e.spk
		if e.added {
			l.Added = append(l.Added, ClaimRef{Doc: d, Claim: i})
		}
	}
	l.Docs[d] = &cp
	l.speakerOf[d] = spk
}

// coverage returns the linked speaker whose quotations in other documents
// than d cover the largest share of the paragraph's words, and that share.
// spk is -1 when nothing covers the paragraph or two speakers tie.
// pset is scratch space: coverage fills it with pkeys when needed.
func coverage(ix *quoteIndex, cands []int32, d int, pkeys []uint64, pset *keySet) (spk int, share float64) {
	type cover struct {
		spk int
		on  []bool
	}
	var covers []cover
	filled := false // pset holds pkeys
	mark := func(s, from, to int) {
		ci := slices.IndexFunc(covers, func(c cover) bool { return c.spk == s })
		if ci < 0 {
			ci = len(covers)
			covers = append(covers, cover{spk: s, on: make([]bool, len(pkeys))})
		}
		for i := from; i < to; i++ {
			covers[ci].on[i] = true
		}
	}
	for _, id := range cands {
		u := &ix.units[id]
		if u.doc == d {
			continue
		}
		if len(u.keys) <= len(pkeys) {
			if !filled {
				filled = true
				pset.reset(len(pkeys))
				for _, k := range pkeys {
					pset.add(k)
				}
			}
			if float64(pset.absent(u.keys)) > (1-minSimilarity)*float64(len(u.keys)) {
				continue // Within's distance is at least as large
			}
			s, e, dist := match.Within(u.keys, pkeys)
			if float64(dist) <= (1-minSimilarity)*float64(len(u.keys)) {
				mark(u.speaker, s, e)
			}
			continue
		}
		if float64(match.Absent(pkeys, u.sortedKeys(ix.arena))) > (1-minSimilarity)*float64(len(pkeys)) {
			continue
		}
		if _, _, dist := match.Within(pkeys, u.keys); float64(dist) <= (1-minSimilarity)*float64(len(pkeys)) {
			mark(u.speaker, 0, len(pkeys))
		}
	}
	spk, best, tie := -1, 0, false
	for _, c := range covers {
		n := 0
		for _, on := range c.on {
			if on {
				n++
			}
		}
		switch {
		case n > best:
			spk, best, tie = c.spk, n, false
		case n == best && n > 0:
			tie = true
		}
	}
	if tie || len(pkeys) == 0 {
		return -1, 0
	}
	return spk, float64(best) / float64(len(pkeys))
}

// paragraphsOf appends to dst the spans of the body paragraphs of doc, or
// its non-empty lines when it has no paragraphs, and returns the extended
// slice.
func paragraphsOf(dst []textpos.Span, doc *Document) []textpos.Span {
	if len(doc.Paragraphs) > 0 {
		for _, p := range doc.Paragraphs {
			if p.Kind == "body" {
				dst = append(dst, p.Span.Clamp(len(doc.Src)))
			}
		}
		return dst
	}
	src := doc.Src
	for start := 0; start < len(src); {
		end := strings.IndexByte(src[start:], '\n')
		if end < 0 {
			end = len(src)
		} else {
			end += start
		}
		s := textpos.Span{Start: start, End: end}
		t := s.Text(src)
		s.Start += len(t) - len(strings.TrimLeft(t, " \t\r\u00a0"))
		s.End -= len(t) - len(strings.TrimRight(t, " \t\r\u00a0"))
		if !s.Empty() {
			dst = append(dst, s)
		}
		start = end + 1
	}
	return dst
}

// Paragraph states of blockCandidates besides a claim index.
const (
	noWeak   = -1 // a candidate without a weak block claim
	notBlock = -2 // not a candidate
)

// blockCandidates appends to dst, for each paragraph of paras, whether it
// may become a block claim as far as a document's quotations (quotes:
// their contents) and claims (claims: their claimInfos) tell: no quotation and no claim overlaps it but one
// weak block claim, whose index is given, or none (noWeak); else notBlock.
// The paragraph's own text is not read: see hasDoubleQuote. When paras
// are sorted and disjoint, as paragraphs are, it takes O((q+c)·log p)
// time plus one step per paragraph that a quotation or claim overlaps.
func blockCandidates(dst []int, quotes []textpos.Span, claims []claimInfo, paras []textpos.Span) []int {
	start := len(dst)
	for range paras {
		dst = append(dst, noWeak)
	}
	st := dst[start:]
	sorted := true
	for i := 1; i < len(paras) && sorted; i++ {
		sorted = paras[i-1].End <= paras[i].Start
	}
	for _, s := range quotes {
		for i := firstOverlap(paras, sorted, s); i < len(paras); i++ {
			if sorted && paras[i].Start >= s.End {
				break
			}
			if paras[i].Overlaps(s) {
				st[i] = notBlock
			}
		}
	}
	for c := range claims {
		weak, s := claims[c].weak, claims[c].content
		for i := firstOverlap(paras, sorted, s); i < len(paras); i++ {
			if sorted && paras[i].Start >= s.End {
				break
			}
			if !paras[i].Overlaps(s) {
				continue
			}
			switch {
			case st[i] == notBlock:
			case !weak || st[i] >= 0:
				st[i] = notBlock
			default:
				st[i] = c
			}
		}
	}
	return dst
}

// firstOverlap returns the index of the first paragraph of paras that
// may overlap s: when sorted (paras sorted and disjoint), the first that
// ends after s.Start, by binary search; else 0.
func firstOverlap(paras []textpos.Span, sorted bool, s textpos.Span) int {
	lo, hi := 0, len(paras)
	for sorted && lo < hi {
		m := int(uint(lo+hi) >> 1)
		if paras[m].End <= s.Start {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// hasDoubleQuote reports whether s holds a double quotation mark: " “ ” « »
// or „.
func hasDoubleQuote(s string) bool {
	if strings.IndexByte(s, '"') >= 0 {
		return true
	}
	for t := s; ; { // “ ” „ are E2 80 9C-9E
		i := strings.IndexByte(t, 0xE2)
		if i < 0 || i+2 >= len(t) {
			break
		}
		if t[i+1] == 0x80 && 0x9C <= t[i+2] && t[i+2] <= 0x9E {
			return true
		}
		t = t[i+1:]
	}
	for t := s; ; { // « » are C2 AB, C2 BB
		i := strings.IndexByte(t, 0xC2)
		if i < 0 || i+1 >= len(t) {
			return false
		}
		if t[i+1] == 0xAB || t[i+1] == 0xBB {
			return true
		}
		t = t[i+1:]
	}
}

// speakerIn returns the Speaker of an evidenced block claim at offset off
// of document d for linked entity x; see [Link].
func (l *Links) speakerIn(a *actors, d, x, off int) *Speaker {
	doc := l.Docs[d]
	le := &l.Entities[x]
	for _, m := range le.Members {
		if m.Doc != d || m.Entity < 0 {
			continue
		}
		en := &doc.Entities[m.Entity]
		sp := &Speaker{Entity: m.Entity, Name: en.Name, Kind: en.Kind, Mention: nearest(m.Mentions, off)}
		if len(en.Roles) > 0 {
			sp.Role = en.Roles[0]
		}
		return sp
	}
	// A speaker of other claims in d without entity: the nearest such claim.
	var best *Speaker
	for c := range doc.Claims {
		cl := &doc.Claims[c]
		if l.speakerOf[d][c] != x || cl.Speaker == nil {
			continue
		}
		if best == nil || cl.Content.Start <= off {
			best = cl.Speaker
		}
	}
	if best != nil {
		sp := *best
		sp.Entity = -1
		return &sp
	}
	return &Speaker{Entity: -1, Name: le.Name, Kind: le.Kind}
}

// nearest returns the last span starting before off, else the first span.
func nearest(spans []textpos.Span, off int) textpos.Span {
	var best textpos.Span
	for i, s := range spans {
		if i == 0 || s.Start < off {
			best = s
		}
		if s.Start >= off {
			break
		}
	}
	return best
}

// groupQuotes fills l.Quotes from the units of sc.qs, indexed by sc.ix,
// read again for the documents that strengthen changed.
func (l *Links) groupQuotes(sc *linkScratch) {
	qs, ix := &sc.qs, &sc.all
	all := qs.units
	if len(l.Added) == 0 {
		sc.ix.allView(ix)
	} else {
		all = make([]unit, 0, len(qs.units)+len(l.Added))
		var infos []claimInfo
		k := 0
		for d, doc := range l.Docs {
			start := k
			for k < len(qs.units) && qs.units[k].doc == d {
				k++
			}
			if changed(l.Added, d) {
				infos = infos[:0]
				for c := range doc.Claims {
					infos = append(infos, infoOf(&doc.Claims[c], -1)) // docUnits reads no actor
				}
				all = qs.docUnits(all, doc, d, infos, sc.ents.acts.docQuotes(d, len(doc.Quotations)), l.speakerOf[d])
			} else {
				all = append(all, qs.units[start:k]...)
			}
		}
		qs.units = all
		qs.addShingles(all)
		sc.ix.build(qs, func(*unit) bool { return false })
		sc.ix.allView(ix)
	}
	sc.uf = sc.uf.reset(len(all))
	uf := sc.uf
	var cands []int32
	// Long units: similar, or one within the other, unless their speakers
	// differ.
	for i := range all {
		u := &all[i]
		if len(u.keys) < minLongWords {
			continue
		}
		cands = ix.candidates(cands[:0], u.sids[:ix.shared[i]], int32(i), ix.rare[i])
		for _, j := range cands {
			v := &all[j]
			if int(j) >= i || len(v.keys) < minLongWords || conflict(u.speaker, v.speaker) {
				continue
			}
			if longMatch(u, v, ix.arena) {
				uf.union(int(j), i)
			}
		}
	}
	sc.size = resize(sc.size, len(all))
	size := sc.size
	for i := range all {
		size[uf.find(i)]++
	}
	// Short units join the largest group of a long unit of the same
	// speaker that contains them word for word; else short units with the
	// same words and speaker group together.
	sc.same = emptyMap(sc.same, 0)
	same := sc.same
	for i := range all {
		u := &all[i]
		if len(u.keys) >= minLongWords || len(u.keys) < 2 || u.speaker < 0 {
			continue
		}
		host := -1
		cands = ix.candidates(cands[:0], u.sids[:ix.shared[i]], int32(len(all)), ix.rare[i])
		for _, j := range cands {
			v := &all[j]
			if len(v.keys) < minLongWords || v.speaker != u.speaker {
				continue
			}
			if match.Absent(u.keys, v.sortedKeys(ix.arena)) > 0 {
				continue // a word of u is not in v
			}
			if _, _, dist := match.Within(u.keys, v.keys); dist == 0 {
				r := uf.find(int(j))
				if host < 0 || size[r] > size[host] || (size[r] == size[host] && r < host) {
					host = r
				}
			}
		}
		if host >= 0 {
			uf.union(host, i)
			continue
		}
		k := [2]uint64{uint64(u.speaker), hashKeys(u.keys)}
		if j, ok := same[k]; ok {
			uf.union(j, i)
		} else {
			same[k] = i
		}
	}
	// The members of each set, in order, through a list per root.
	sc.first, sc.next = resize(sc.first, len(all)), resize(sc.next, len(all))
	first, next := sc.first, sc.next
	for i := range first {
		first[i] = -1
	}
	for i := len(all) - 1; i >= 0; i-- {
		r := uf.find(i)
		next[i], first[r] = first[r], i
	}
	var g []int
	for r := range all {
		if first[r] < 0 {
			continue
		}
		g = g[:0]
		for i := first[r]; i >= 0; i = next[i] {
			g = append(g, i)
		}
		if !spansDocs(all, g) {
			continue
		}
		qg := QuoteGroup{Entity: majority(all, g), Members: make([]QuoteRef, 0, len(g))}
		for _, i := range g {
			u := &all[i]
			qg.Members = append(qg.Members, QuoteRef{Doc: u.doc, Claim: u.claim, Quotation: u.quotation, Span: u.span})
		}
		sortRefs(qg.Members)
		l.Quotes = append(l.Quotes, qg)
	}
	slices.SortStableFunc(l.Quotes, func(a, b QuoteGroup) int {
		x, y := a.Members[0], b.Members[0]
		if x.Doc != y.Doc {
			return x.Doc - y.Doc
		}
		return x.Span.Start - y.Span.Start
	})
}

// changed reports whether refs (sorted by Doc) name document d.
func changed(refs []ClaimRef, d int) bool {
	_, ok := slices.BinarySearchFunc(refs, d, func(r ClaimRef, d int) int { return r.Doc - d })
	return ok
}

// longMatch reports whether two long word sequences are one quotation:
// similar, or the shorter within the longer. arena is that of sortedKeys.
func longMatch(a, b *unit, arena *[]uint64) bool {
	short, long := a, b
	if len(short.keys) > len(long.keys) {
		short, long = long, short
	}
	// No alignment matches the words of short that long lacks: a lower
	// bound of both distances below.
	absent := float64(match.AbsentSorted(short.sortedKeys(arena), long.sortedKeys(arena)))
	ns, nl := float64(len(short.keys)), float64(len(long.keys))
	if ns >= minSimilarity*nl && 1-absent/nl >= minSimilarity && match.Similarity(a.keys, b.keys) >= minSimilarity {
		return true
	}
	if absent > (1-minSimilarity)*ns {
		return false
	}
	_, _, dist := match.Within(short.keys, long.keys)
	return float64(dist) <= (1-minSimilarity)*ns
}

func conflict(x, y int) bool { return x >= 0 && y >= 0 && x != y }

func spansDocs(all []unit, g []int) bool {
	for _, i := range g[1:] {
		if all[i].doc != all[g[0]].doc {
			return true
		}
	}
	return false
}

// majority returns the speaker most members of g have, the lowest index on
// a tie, or -1.
func majority(all []unit, g []int) int {
	count := make(map[int]int)
	best, n := -1, 0
	for _, i := range g {
		s := all[i].speaker
		if s < 0 {
			continue
		}
		count[s]++
		if c := count[s]; c > n || (c == n && s < best) {
			best, n = s, c
		}
	}
	return best
}

// hashKeys returns the 64-bit FNV-1a hash of keys, a key at a time.
func hashKeys(keys []uint64) uint64 {
	h := uint64(fnvOffset)
	for _, k := range keys {
		h = (h ^ k) * fnvPrime
	}
	return h
}

// The parameters of 64-bit FNV-1a, the hash of hashKeys.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)
