package extract

import (
	"cmp"
	"slices"
	"sync"

	"github.com/whosaid/whosaid/entity"
	"github.com/whosaid/whosaid/textpos"
)

// Links ties several extracted articles together: one [LinkedEntity] per
// actor across the articles, one [QuoteGroup] per quotation that several
// articles print, and block claims that another article's quotation
// supports. Make one with [Link].
//
// Links never modifies the Documents given to Link. Docs[i] is the i-th
// input Document itself, or, when cross-article evidence added or
// strengthened a block claim in it, a shallow copy of it whose Claims slice
// is new (its other slices are shared with the input). Every index in Links
// (QuoteRef.Claim, ClaimRef.Claim) refers to Docs, not to the input.
type Links struct {
	// Docs are the linked documents, in the order given to Link.
	Docs []*Document
	// Entities are the actors across the documents, in order of first
	// appearance (document, then entity index).
	Entities []LinkedEntity
	// Quotes are the quotations printed by at least two documents, in
	// order of their first member.
	Quotes []QuoteGroup
	// Added lists the block claims that cross-article evidence added to,
	// or strengthened in, Docs, sorted by Doc and then Claim.
	Added []ClaimRef

	entityOf  [][]int // entityOf[d][e]: index in Entities of Docs[d].Entities[e]
	speakerOf [][]int // speakerOf[d][c]: index in Entities of the speaker of Docs[d].Claims[c], or -1
}

// LinkedEntity is one actor across the linked documents: the entities of
// several documents that name the same person, organisation or place.
type LinkedEntity struct {
	Name    string      // the fullest name the members use
	Kind    entity.Kind // the members' kind; only entities of one kind are linked
	Roles   []string    // the distinct roles the members give, in order of appearance
	Members []EntityRef // sorted by Doc, then Entity
}

// EntityRef is the entity of one document that a [LinkedEntity] groups.
type EntityRef struct {
	Doc int // index into Links.Docs
	// Entity is the index into Docs[Doc].Entities, or -1 for a speaker of
	// claims in that document that has no entity there (a Speaker whose
	// Entity index is out of range; it is identified by its Name and Kind).
	Entity int
	Name   string // the name this document uses
	// Mentions are half-open byte spans into Docs[Doc].Src: the entity's
	// mentions, or, for Entity -1, the Speaker.Mention spans of its claims.
	Mentions []textpos.Span
}

// QuoteGroup is one quotation printed by several documents: claims (and
// quotations that no claim covers) whose words match after normalising.
type QuoteGroup struct {
	// Entity is the index in Links.Entities of the speaker most members
	// are attributed to, or -1 when no member has a linked speaker.
	Entity  int
	Members []QuoteRef // sorted by Doc, then Span.Start; from two or more documents
}

// QuoteRef is one member of a [QuoteGroup].
type QuoteRef struct {
	Doc int // index into Links.Docs
	// Claim is the index into Docs[Doc].Claims, or -1 for a quotation that
	// no direct, partial or block claim covers.
	Claim int
	// Quotation is the index into Docs[Doc].Quotations when Claim is -1,
	// else -1.
	Quotation int
	Span      textpos.Span // the content: half-open byte offsets into Docs[Doc].Src
}

// Kind returns the member's claim kind ("direct", "partial", "block") or
// "quotation" for a quotation that is not a claim.
func (r QuoteRef) Kind(l *Links) string {
	if r.Claim < 0 {
		return "quotation"
	}
	return l.Docs[r.Doc].Claims[r.Claim].Kind.String()
}

// ClaimRef names a claim of one of the linked documents.
type ClaimRef struct {
	Doc   int // index into Links.Docs
	Claim int // index into Docs[Doc].Claims
}

// Entity returns the index in l.Entities of entity ent of document doc, or
// -1 if there is no such entity.
func (l *Links) Entity(doc, ent int) int {
	if doc < 0 || doc >= len(l.entityOf) || ent < 0 || ent >= len(l.entityOf[doc]) {
		return -1
	}
	return l.entityOf[doc][ent]
}

// Speaker returns the index in l.Entities of the speaker of claim c of
// document doc (l.Docs[doc].Claims[c]), or -1 if the claim has no speaker
// or there is no such claim.
func (l *Links) Speaker(doc, c int) int {
	if doc < 0 || doc >= len(l.speakerOf) || c < 0 || c >= len(l.speakerOf[doc]) {
		return -1
	}
	return l.speakerOf[doc][c]
}

// Link links docs: it finds the actors and quotations they share and the
// block claims that one article's quotations support in another. It takes
// time roughly linear in the total size of the documents' claims and
// entities; candidates are found through indexes, not by comparing all
// pairs. Nil documents are treated as empty. Link does not modify docs.
// It is safe for concurrent use; calls reuse each other's working memory.
//
// # Actors
//
// Entities of the same kind are linked. People are compared by name: the
// surname (the last word, honorifics, titles and suffixes such as "Jr."
// removed) must be equal after folding transliteration variants (y/i,
// ks/x, kh/h, ph/f, doubled letters, accents: "Zelenskyy"/"Zelensky",
// "Kellogg"/"Kellog"), or, for surnames of six letters or more, within one
// edit with the same first letter; and the given names must agree: equal
// after the same folding ("Dmitri"/"Dmitry"), or an initial against a
// full name it starts ("D. Peskov"). Different given names stay apart
// ("Donald Trump", "Eric Trump"). A name with an initial only, or a bare
// surname ("Mr. Trump"), joins a full name only when exactly one person
// in the whole set fits it; otherwise it stays on its own. Organisations
// and places are linked when their names are equal after folding case,
// punctuation, a leading "the" and British/American spelling ("Ministry
// of Defence"/"Ministry of Defense"). Unnamed sources ("a Ukrainian
// official") and entities of unknown kind are never linked: nothing says
// two articles' unnamed officials are one person.
//
// # Quotations
//
// Direct, partial and block claims, and quotations that no such claim
// covers, are compared as word sequences folded by internal/match (case,
// quotation marks, dashes, hyphens: "cease-fire"/"ceasefire", spelling
// variants). Two of six words or more match when their word-level edit
// similarity is at least 0.8, or when the shorter lies within the longer
// with at most one edit in five words; shorter ones of two words or more (a
// partial quote) join a group only when a longer member of the same speaker
// contains them exactly. Members attributed to different linked speakers
// are never matched. A group is reported when it has members from two or
// more documents.
//
// Candidates for these comparisons, and the quotations that may support
// a paragraph (below), are found through the word pairs they share. A
// word pair that more than 16 quotations print is a stop pair, as in
// near-duplicate detection: common phrasing ("of the", "very important")
// that proposes no candidates, so that the work stays linear however many
// quotations share it. Two texts are compared only when they share enough
// rarer pairs; a quotation made only of stop pairs matches nothing.
//
// # Cross-article evidence
//
// A body paragraph of at least six words printed without double quotation
// marks, which no claim covers (or only a block claim with confidence
// below 0.75), becomes a block claim when quotations of one speaker in
// other documents cover at least 80% of its words (each quotation of four
// words or more matching a stretch of the paragraph, or containing the
// whole paragraph, at similarity 0.8 or more). The new claim's Content is
// the paragraph, Cue, Medium and Time are zero, Act is a statement and
// Confidence is 0.5 plus 0.45 times the share of words covered. Its
// Speaker names the linked actor:
//   - when the document has an entity linked to the actor, Speaker.Entity
//     is its index, Name, Kind and Role (its first role) are taken from
//     it, and Mention is its mention nearest before the paragraph (else the
//     first after it);
//   - when the document names the actor only as the speaker of other
//     claims (no entity), Entity is -1 and Name, Kind and Mention come from
//     the nearest of those claims' speakers;
//   - when the document does not name the actor at all, Entity is -1,
//     Mention is the zero Span, and Name and Kind are the linked entity's.
//
// A weak block claim on the paragraph is replaced by one with this speaker
// (its own speaker is kept when it is already the linked actor) and the
// higher of the two confidences.
func Link(docs ...*Document) *Links {
	l := &Links{Docs: make([]*Document, len(docs))}
	for i, d := range docs {
		if d == nil {
			d = &Document{}
		}
		l.Docs[i] = d
	}
	sc := scratchPool.Get().(*linkScratch)
	acts := l.linkEntities(&sc.ents)
	l.strengthen(acts, sc)
	l.groupQuotes(sc)
	sc.release()
	scratchPool.Put(sc)
	return l
}

// linkScratch is the working memory of a Link call that does not outlive
// it: the quotation units with their arenas and index, and the tables of
// the actors. Link takes one from scratchPool and puts it back cleared of
// references into the documents, so that repeated calls reuse its arrays
// instead of allocating (and collecting) them.
type linkScratch struct {
	qs   quoteSet
	ix   quoteIndex // the units' postings; the view of the evidence units
	all  quoteIndex // the view of all units (see allView)
	ents entityScratch
	// Scratch of groupQuotes, per unit.
	uf                unionFind
	size, first, next []int
	same              map[[2]uint64]int
}

var scratchPool = sync.Pool{New: func() any { return new(linkScratch) }}

// release drops the references sc holds into linked documents (the
// actors' names, roles and mention spans), keeping its arrays. The
// quotation units hold only offsets, hashes and slices of sc's arenas.
func (sc *linkScratch) release() { sc.ents.release() }

// resize returns s with length n and every element zero, reusing its
// array when it has room.
func resize[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// reserve returns s emptied, with room for at least n elements.
func reserve[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, 0, n)
	}
	return s[:0]
}

// sortRefs sorts quote members by document and offset.
func sortRefs(refs []QuoteRef) {
	slices.SortFunc(refs, func(a, b QuoteRef) int {
		if c := cmp.Compare(a.Doc, b.Doc); c != 0 {
			return c
		}
		return cmp.Compare(a.Span.Start, b.Span.Start)
	})
}
