// Package extract is the one-call API of whosaid: it reads a news article and
// returns its paragraphs, sentences, entities and claims (who is reported to
// have said what), every part as half-open UTF-8 byte offsets into the
// unchanged source text.
package extract

import (
	"context"
	"sync"
	"time"

	"github.com/whosaid/whosaid/entity"
	"github.com/whosaid/whosaid/internal/segment"
	"github.com/whosaid/whosaid/quote"
	"github.com/whosaid/whosaid/textpos"
)

// Kind is the kind of a claim: [Direct], [Partial], [Indirect] or [Block].
type Kind = quote.Kind

// Claim kinds, as defined in the annotation guide.
const (
	Direct   = quote.Direct   // the content is wholly inside quotation marks
	Partial  = quote.Partial  // a quoted fragment inside the reporter's own sentence
	Indirect = quote.Indirect // reported speech without marks around the whole content
	Block    = quote.Block    // a paragraph of the speaker's own words printed without marks
)

// Claim is one attribution: a speaker is reported, by a cue, to have said
// some content. Optional spans (Cue, Medium, Time) are the zero Span when
// absent.
type Claim struct {
	Kind    Kind
	Content textpos.Span // quotation marks outside; for indirect claims without "that" and the final period
	Speaker *Speaker     // nil when no speaker is found
	Cue     textpos.Span // "said", "according to", "described … as": the head word's span
	Act     quote.Act    // speech act of the cue
	Medium  textpos.Span // "told Fox News", "on X", "in an interview with Bloomberg News"
	Time    textpos.Span // "on Friday", "on March 23"
	// Date is Time resolved against the article's date; zero when unknown.
	Date time.Time
	// Confidence in [0, 1] that this is a claim of this speaker; block
	// claims, inferred without marks or cue, score lower.
	Confidence float64
}

// Speaker is the actor a claim is attributed to.
type Speaker struct {
	// Entity is the index of the speaker in Document.Entities, or -1
	// when the entity package could not resolve the speaker phrase; Name
	// is then the phrase as written ("A Ukrainian official") and Mention
	// its span.
	Entity  int
	Mention textpos.Span // the words naming the speaker nearest the cue
	Name    string       // canonical name of the entity
	Kind    entity.Kind
	Role    string // a role the article gives the speaker, if any
}

// Paragraph is a block of the article.
type Paragraph struct {
	Span textpos.Span
	// Kind is "body" or "heading" for article text, or the kind of
	// boilerplate: "byline", "caption", "ad", "date", "teaser", "credit".
	Kind string
}

// Boilerplate reports whether p is not article text.
func (p Paragraph) Boilerplate() bool { return p.Kind != "body" && p.Kind != "heading" }

// Sentence is a sentence of the article.
type Sentence struct {
	Span      textpos.Span
	Paragraph int // index into Document.Paragraphs
}

// Document is the result of extraction. All spans are byte offsets into Src.
type Document struct {
	Src        string
	Date       time.Time // the article's date: from WithDate, else a date line, else zero
	Paragraphs []Paragraph
	Sentences  []Sentence
	Entities   []entity.Entity
	Quotations []quote.Quotation // every quotation, claim or not
	Claims     []Claim           // sorted by Content.Start
}

// Option configures an [Extractor].
type Option func(*options)

type options struct {
	noEntities bool
	date       time.Time
	lex        *quote.Lexicon
	known      []entity.Known
}

// WithDate sets the article date used to resolve times such as "on Friday".
// It overrides a date line in the text; the zero time means "use the date
// line, if any".
func WithDate(d time.Time) Option { return func(o *options) { o.date = d } }

// WithLexicon sets the cue lexicon (verbs of saying and their speech acts).
// The default is [quote.DefaultLexicon]. The Extractor reads lex from many
// goroutines; do not change it after New.
func WithLexicon(lex *quote.Lexicon) Option { return func(o *options) { o.lex = lex } }

// WithEntities sets whether speakers are resolved to entities (the
// default, true). With false, extraction skips the entity stage: each
// claim's Speaker is the phrase its attribution names, with Entity -1, and
// Document.Entities is empty. It is faster, for callers that need only
// claims and cue words.
func WithEntities(resolve bool) Option { return func(o *options) { o.noEntities = !resolve } }

// WithKnown tells the entity resolver about actors the caller knows.
func WithKnown(known []entity.Known) Option { return func(o *options) { o.known = known } }

// Extractor extracts claims from articles. It is safe for concurrent use; its
// lexicons are loaded once, in New.
type Extractor struct {
	opts options
	an   *quote.Analyzer
}

// New returns an Extractor configured by opts; later options win.
func New(opts ...Option) *Extractor {
	x := &Extractor{}
	for _, o := range opts {
		o(&x.opts)
	}
	if x.opts.lex == nil {
		x.opts.lex = defaultLexicon()
	}
	x.an = quote.NewAnalyzer(x.opts.lex)
	return x
}

var defaultLexicon = sync.OnceValue(quote.DefaultLexicon)

// Extract extracts src. It never fails: untidy input gives a best-effort
// Document whose spans are all valid in src.
func (x *Extractor) Extract(src string) *Document {
	d, _ := x.ExtractContext(context.Background(), src)
	return d
}

// ExtractContext is Extract that stops early when ctx is done, returning the
// partial Document and ctx's error. It checks ctx on entry, between stages,
// every few paragraphs while finding claims, and between the windows of at
// most 1 MB in which it extracts a longer source.
func (x *Extractor) ExtractContext(ctx context.Context, src string) (*Document, error) {
	d := &Document{Src: src, Date: x.opts.date}
	if err := ctx.Err(); err != nil {
		return d, err
	}
	if len(src) > chunkThreshold {
		return x.extractChunked(ctx, src)
	}
	t := segment.Split(src)
	if d.Date.IsZero() {
		d.Date = t.Date
	}
	paras := make([]textpos.Span, len(t.Paragraphs))
	d.Paragraphs = make([]Paragraph, len(t.Paragraphs))
	for i, p := range t.Paragraphs {
		paras[i] = p.Span
		d.Paragraphs[i] = Paragraph{Span: p.Span, Kind: p.Kind.String()}
	}
	d.Sentences = make([]Sentence, len(t.Sentences))
	for i, s := range t.Sentences {
		d.Sentences[i] = Sentence{Span: s.Span, Paragraph: s.Para}
	}
	if err := ctx.Err(); err != nil {
		return d, err
	}
	d.Quotations = quote.Find(src, paras)
	if err := ctx.Err(); err != nil {
		return d, err
	}
	var set *entity.Set
	if !x.opts.noEntities {
		set = entity.Find(t, &entity.Options{Known: x.opts.known})
		if err := ctx.Err(); err != nil {
			return d, err
		}
	}
	qc, err := x.an.Claims(ctx, t, d.Quotations)
	if err != nil {
		// Cancelled: return the claims found so far without resolving
		// their speakers to entities, which takes time.
		d.Claims = resolve(d, nil, qc)
		return d, err
	}
	d.Claims = resolve(d, set, qc)
	if set != nil {
		d.Entities = set.Entities()
	}
	return d, nil
}
