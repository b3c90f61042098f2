// Package extract is the one-call API of whosaid: it reads a news article and
// returns its paragraphs, sentences, entities and claims (who is reported to
// have said what), every part as half-open UTF-8 byte offsets into the
// unchanged source text.
package extract

import (
	"context"
	"time"

	"github.com/whosaid/whosaid/entity"
	"github.com/whosaid/whosaid/internal/segment"
	"github.com/whosaid/whosaid/quote"
	"github.com/whosaid/whosaid/textpos"
)

// Kind is the kind of a claim.
type Kind uint8

// Claim kinds, as defined in the annotation guide.
const (
	Direct   Kind = iota // the content is wholly inside quotation marks
	Partial              // a quoted fragment inside the reporter's own sentence
	Indirect             // reported speech without marks around the whole content
	Block                // a paragraph of the speaker's own words printed without marks
)

var kindNames = [...]string{"direct", "partial", "indirect", "block"}

// String returns "direct", "partial", "indirect" or "block".
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "unknown"
}

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
	// Entity is the index of the speaker in Document.Entities.
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
	date time.Time
}

// WithDate sets the article date used to resolve times such as "on Friday"
// when the text has no date line. The zero time means unknown.
func WithDate(d time.Time) Option { return func(o *options) { o.date = d } }

// Extractor extracts claims from articles. It is safe for concurrent use; its
// models and lexicons are loaded once, in New.
type Extractor struct {
	opts options
}

// New returns an Extractor configured by opts; later options win.
func New(opts ...Option) *Extractor {
	x := &Extractor{}
	for _, o := range opts {
		o(&x.opts)
	}
	return x
}

// Extract extracts src. It never fails: untidy input gives a best-effort
// Document whose spans are all valid in src.
func (x *Extractor) Extract(src string) *Document {
	d, _ := x.ExtractContext(context.Background(), src)
	return d
}

// ExtractContext is Extract that stops early when ctx is done, returning the
// partial Document and ctx's error.
func (x *Extractor) ExtractContext(ctx context.Context, src string) (*Document, error) {
	t := segment.Split(src)
	d := &Document{Src: src, Date: x.opts.date}
	if d.Date.IsZero() {
		d.Date = t.Date
	}
	for _, p := range t.Paragraphs {
		d.Paragraphs = append(d.Paragraphs, Paragraph{Span: p.Span, Kind: p.Kind.String()})
	}
	for _, s := range t.Sentences {
		d.Sentences = append(d.Sentences, Sentence{Span: s.Span, Paragraph: s.Para})
	}
	if err := ctx.Err(); err != nil {
		return d, err
	}
	return d, nil
}
