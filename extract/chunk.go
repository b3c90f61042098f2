package extract

import (
	"cmp"
	"context"
	"slices"
	"strings"

	"github.com/whosaid/whosaid/entity"
	"github.com/whosaid/whosaid/quote"
	"github.com/whosaid/whosaid/textpos"
)

// chunkThreshold is the source length in bytes above which ExtractContext
// extracts the source window by window ([Extractor.extractChunked]). It is
// also the largest window, so extracting a window never chunks again.
// Windows bound the working set of the pipeline (tokens, quotation and
// entity state), which is several times the window's size, and let a
// cancellation be noticed between windows.
const chunkThreshold = 1 << 20

// extractChunked extracts src, longer than chunkThreshold, in windows of at
// most chunkThreshold bytes cut between paragraphs: see
// [Extractor.extractWindows].
func (x *Extractor) extractChunked(ctx context.Context, src string) (*Document, error) {
	return x.extractWindows(ctx, src, chunkThreshold)
}

// extractWindows extracts src in windows of at most size bytes (see
// [nextCut]) and merges their Documents into one whose spans are offsets
// into src: paragraphs, sentences, quotations and claims are concatenated
// in text order (each window's are sorted, and windows follow each other),
// and entities with the same kind and canonical name in different windows
// become one entity. A quotation or an attribution never spans two
// windows; a pronoun at the start of a window does not see the speakers of
// the window before. The Document's date is the WithDate option, else the
// first date a window finds; later windows resolve claim times against it.
// Time and memory are linear in len(src), and ctx is checked between
// windows as well as inside each.
func (x *Extractor) extractWindows(ctx context.Context, src string, size int) (*Document, error) {
	size = max(size, minWindow)
	m := &merger{d: &Document{Src: src, Date: x.opts.date}, ents: make(map[entityKey]int)}
	y := x // extracts the next window, with the article's date once known
	for start := 0; start < len(src); {
		if err := ctx.Err(); err != nil {
			return m.d, err
		}
		end := nextCut(src, start, size)
		w, err := y.ExtractContext(ctx, src[start:end])
		m.add(w, start, len(src))
		if err != nil {
			return m.d, err
		}
		if m.d.Date.IsZero() && !w.Date.IsZero() {
			m.d.Date = w.Date
			dated := *x
			dated.opts.date = w.Date
			y = &dated
		}
		start = end
	}
	return m.d, nil
}

// minWindow is the smallest window extractWindows accepts, so that every
// window makes progress.
const minWindow = 16

// nextCut returns the end of the window of src that starts at byte offset
// start and holds at most size bytes: len(src) if the rest fits, else the
// latest of these cuts in the second half of the window: after a blank
// line; after a line end (every line is a paragraph); after the space
// following a sentence end (".", "!" or "?", maybe closed by a quotation
// mark); after any space; and failing all these, at the last rune
// boundary. The cut is always a rune boundary (see [textpos.Boundary]), so
// spans valid in the window are valid in src.
func nextCut(src string, start, size int) int {
	end := start + size
	if end >= len(src) {
		return len(src)
	}
	lo := start + size/2
	w := src[lo:end]
	if i := strings.LastIndex(w, "\n\n"); i >= 0 {
		return lo + i + 2
	}
	if i := strings.LastIndexAny(w, "\n\r"); i >= 0 {
		return lo + i + 1
	}
	if i := lastSentenceEnd(w); i >= 0 {
		return lo + i
	}
	if i := strings.LastIndexByte(w, ' '); i >= 0 {
		return lo + i + 1
	}
	for !textpos.Boundary(src, end) {
		end--
	}
	return end
}

// lastSentenceEnd returns the offset just after the last space in w that
// follows ".", "!" or "?", with maybe closing quotation marks between
// them, or -1 if there is none.
func lastSentenceEnd(w string) int {
	for i := strings.LastIndexByte(w, ' '); i > 0; i = strings.LastIndexByte(w[:i], ' ') {
		before := strings.TrimRight(w[:i], "\"'’”»")
		if before != "" && strings.ContainsRune(".!?", rune(before[len(before)-1])) {
			return i + 1
		}
	}
	return -1
}

// entityKey identifies an entity across windows.
type entityKey struct {
	kind entity.Kind
	name string
}

// merger accumulates the Documents of the windows of d.Src.
type merger struct {
	d    *Document
	ents map[entityKey]int // index in d.Entities
}

// add appends w, the Document of the window of m.d.Src at byte offset off,
// to m.d, shifting its spans by off. total is the source length, to size
// the slices from the first window.
func (m *merger) add(w *Document, off, total int) {
	d := m.d
	if d.Paragraphs == nil {
		// Pre-size from the first window: growing by append would hold
		// the old and the new array at once.
		n := total/max(len(w.Src), 1) + 1
		d.Paragraphs = make([]Paragraph, 0, n*len(w.Paragraphs)*9/8+4)
		d.Sentences = make([]Sentence, 0, n*len(w.Sentences)*9/8+4)
		d.Quotations = make([]quote.Quotation, 0, n*len(w.Quotations)*9/8+4)
		d.Claims = make([]Claim, 0, n*len(w.Claims)*9/8+4)
	}
	paraBase := len(d.Paragraphs)
	for _, p := range w.Paragraphs {
		p.Span = shift(p.Span, off)
		d.Paragraphs = append(d.Paragraphs, p)
	}
	for _, s := range w.Sentences {
		s.Span = shift(s.Span, off)
		s.Paragraph += paraBase
		d.Sentences = append(d.Sentences, s)
	}
	for _, q := range w.Quotations {
		q.Open, q.Content, q.Close = shift(q.Open, off), shift(q.Content, off), shiftOpt(q.Close, off)
		d.Quotations = append(d.Quotations, q)
	}
	remap := make([]int, len(w.Entities))
	for i, e := range w.Entities {
		for j := range e.Mentions {
			e.Mentions[j].Span = shift(e.Mentions[j].Span, off)
		}
		k := entityKey{e.Kind, e.Name}
		g, ok := m.ents[k]
		if !ok {
			g = len(d.Entities)
			m.ents[k] = g
			d.Entities = append(d.Entities, e)
		} else {
			ge := &d.Entities[g]
			n := len(ge.Mentions)
			ge.Mentions = append(ge.Mentions, e.Mentions...)
			if n > 0 && len(e.Mentions) > 0 && e.Mentions[0].Span.Start < ge.Mentions[n-1].Span.Start {
				// Two entities of one window with the same name ("analysts"
				// and, later, other "analysts"): keep the mentions sorted.
				slices.SortStableFunc(ge.Mentions, func(a, b entity.Mention) int { return cmp.Compare(a.Span.Start, b.Span.Start) })
			}
			for _, r := range e.Roles {
				if !slices.Contains(ge.Roles, r) {
					ge.Roles = append(ge.Roles, r)
				}
			}
		}
		remap[i] = g
	}
	done := make(map[*Speaker]bool) // claims may share a Speaker: shift it once
	for _, c := range w.Claims {
		c.Content = shift(c.Content, off)
		c.Cue, c.Medium, c.Time = shiftOpt(c.Cue, off), shiftOpt(c.Medium, off), shiftOpt(c.Time, off)
		if sp := c.Speaker; sp != nil && !done[sp] {
			done[sp] = true
			sp.Mention = shiftOpt(sp.Mention, off)
			if sp.Entity >= 0 && sp.Entity < len(remap) {
				sp.Entity = remap[sp.Entity]
				e := d.Entities[sp.Entity]
				sp.Name, sp.Kind = e.Name, e.Kind
			}
		}
		d.Claims = append(d.Claims, c)
	}
}

// shift returns s moved off bytes later.
func shift(s textpos.Span, off int) textpos.Span {
	return textpos.Span{Start: s.Start + off, End: s.End + off}
}

// shiftOpt is shift for an optional span: the zero Span, meaning absent,
// stays zero.
func shiftOpt(s textpos.Span, off int) textpos.Span {
	if s.IsZero() {
		return s
	}
	return shift(s, off)
}
