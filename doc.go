// Package whosaid reads news articles and says who said what.
//
// It splits an article into paragraphs and sentences, finds quotations and
// reported speech, attributes each to its speaker, and returns typed claims
// with byte offsets into the unchanged source text. This root package holds
// only this overview; the API is in the packages below.
//
// # Packages
//
//   - [github.com/whosaid/whosaid/extract]: the one-call API. New returns an
//     Extractor, safe for concurrent use; Extract returns a Document with
//     paragraphs, sentences, entities and claims.
//   - [github.com/whosaid/whosaid/quote]: quotation marks, cue words (verbs of
//     saying and their speech acts) and attribution patterns.
//   - [github.com/whosaid/whosaid/entity]: people, organisations, places and
//     unnamed sources, with names, roles and pronouns resolved.
//   - [github.com/whosaid/whosaid/textpos]: half-open byte spans and an Index
//     that converts byte offsets to runes, UTF-16 units and lines.
//
// # Offsets
//
// Every span is a half-open range of UTF-8 byte offsets into the text given
// to Extract, which is never changed: src[s.Start:s.End] is the reported
// text, on any input, including invalid UTF-8. Rune and UTF-16 offsets are
// computed on request through textpos.Index.
package whosaid
