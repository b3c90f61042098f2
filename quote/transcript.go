package quote

import (
	"slices"
	"unicode/utf8"

	"github.com/whosaid/whosaid/internal/segment"
	"github.com/whosaid/whosaid/textpos"
)

// soundbite makes the block claim of paragraph pi when it is a labelled
// voice in a broadcast transcript ("ADA NWOSU: We waited all night."):
// the words after the label, whose speaker is the label's name. The lines
// of the host and the reporter are narration, and claims inside them are
// found as in any paragraph. labelled reports whether the paragraph opens
// with a speaker label of a transcript, a narrator's included.
func (d *docState) soundbite(pi int) (c Claim, labelled, ok bool) {
	if !d.labelsRead {
		// Once per document: whether it is a transcript, and who
		// narrates it.
		d.narrators, d.labelsRead = segment.Narrators(d.t), true
	}
	if d.narrators == nil {
		return Claim{}, false, false
	}
	p := d.t.Paragraphs[pi].Span
	n, after, role, ok := segment.SpeakerLabel(p.Text(d.src))
	if !ok {
		return Claim{}, false, false
	}
	if segment.NarratorRole(role) || slices.Contains(d.narrators, d.src[p.Start:p.Start+n]) {
		return Claim{}, true, false
	}
	c.Content = d.answerContent(textpos.Span{Start: p.Start + after, End: p.End})
	if c.Content.Len() < 2 {
		return Claim{}, true, false
	}
	if r, _ := utf8.DecodeRuneInString(d.src[c.Content.Start:]); r == '(' {
		return Claim{}, true, false // "(SOUNDBITE OF MUSIC)"
	}
	sp := textpos.Span{Start: p.Start, End: p.Start + n}
	return Claim{Kind: Block, Content: c.Content, Subject: sp, Head: sp,
		Cue: textpos.Span{Start: p.Start + after - 1, End: p.Start + after}, Act: Statement, Para: pi, Of: -1, Confidence: 0.75}, true, true
}
