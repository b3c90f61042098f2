// Package segment splits a news article into paragraphs, sentences and
// tokens, each with half-open UTF-8 byte offsets into the unchanged source,
// and marks the lines that are not article body (bylines, captions,
// advertising and newsletter prompts, date lines, teasers).
package segment

import (
	"time"

	"github.com/whosaid/whosaid/textpos"
)

// ParaKind says what a paragraph is.
type ParaKind uint8

// Paragraph kinds. Only Body and Heading paragraphs are article text; the
// others are boilerplate that later stages skip.
const (
	Body     ParaKind = iota // article text
	Heading                  // a short title or section heading line
	Byline                   // "By …", "Author: …"
	Caption                  // photo caption or credit, "(…/Getty Images)"
	Ad                       // "Advertisement", newsletter, social and subscription prompts
	DateLine                 // a leading "date 2025-03-23"
	Teaser                   // related-article teaser
	Credit                   // "This article originally appeared in …", "… contributed reporting."
)

var paraKindNames = [...]string{"body", "heading", "byline", "caption", "ad", "date", "teaser", "credit"}

func (k ParaKind) String() string {
	if int(k) < len(paraKindNames) {
		return paraKindNames[k]
	}
	return "unknown"
}

// Boilerplate reports whether k is not article text.
func (k ParaKind) Boilerplate() bool { return k > Heading }

// Paragraph is a block of text: one line of the source (scraped news puts
// one paragraph per line), or the part of a line left after a leading date
// line is split off.
type Paragraph struct {
	Span textpos.Span // without surrounding white space
	Kind ParaKind
	// Sentences is the half-open range of indexes into Text.Sentences.
	FirstSentence, EndSentence int
}

// Sentence is one sentence of a paragraph.
type Sentence struct {
	Span textpos.Span // without surrounding white space
	Para int          // index into Text.Paragraphs
	// Tokens is the half-open range of indexes into Text.Tokens.
	FirstToken, EndToken int
}

// TokenKind classifies a token.
type TokenKind uint8

// Token kinds.
const (
	Word   TokenKind = iota // letters, digits, and inner apostrophes, hyphens, periods ("Kyiv’s", "cease-fire", "U.S.")
	Number                  // digits with inner separators ("5:30", "1,000", "2025-03-23")
	Punct                   // one punctuation or symbol rune, or a run of the same dash
	Quote                   // a quotation mark or apostrophe used as one: “ ” ‘ ’ " ' « » „ ‚ ‹ › `` ''
)

// Apostrophes: one inside a word ("Kyiv’s", "we’ve") is part of the Word.
// A leading apostrophe before digits is part of the word ("’90s", "'24"); a
// leading apostrophe before letters ("'em") and a trailing one
// ("students’") are Quote tokens, because they cannot be told apart from
// single quotation marks without a lexicon.

var tokenKindNames = [...]string{"word", "number", "punct", "quote"}

func (k TokenKind) String() string {
	if int(k) < len(tokenKindNames) {
		return tokenKindNames[k]
	}
	return "unknown"
}

// Token is a word, number, punctuation mark or quotation mark. Tokens never
// contain white space; every other byte of the source (invalid bytes and
// control characters too) lies in exactly one token.
type Token struct {
	Span textpos.Span
	Kind TokenKind
}

// Text is a segmented article. All spans are byte offsets into Src.
type Text struct {
	Src        string
	Paragraphs []Paragraph
	Sentences  []Sentence
	Tokens     []Token
	// Date is the article's date (UTC midnight): from the first DateLine
	// paragraph, else from the first Byline that carries a date ("by Name
	// March 23, 2025 6:47 PM"), else zero.
	Date time.Time
}

// SentenceTokens returns the tokens of sentence i.
func (t *Text) SentenceTokens(i int) []Token {
	s := t.Sentences[i]
	return t.Tokens[s.FirstToken:s.EndToken]
}

// ParagraphSentences returns the sentences of paragraph i.
func (t *Text) ParagraphSentences(i int) []Sentence {
	p := t.Paragraphs[i]
	return t.Sentences[p.FirstSentence:p.EndSentence]
}
