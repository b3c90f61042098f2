package extract

import (
	"encoding/json"

	"github.com/whosaid/whosaid/textpos"
)

// Unit selects the offsets a [Record] carries beside the UTF-8 byte offsets,
// which it always carries.
type Unit uint8

// Offset units.
const (
	Bytes Unit = iota // UTF-8 byte offsets only
	Runes             // also rune offsets: start_rune, end_rune
	UTF16             // also UTF-16 code unit offsets, as JavaScript counts: start_utf16, end_utf16
)

// Record is the JSON form of a [Document]: the schema the quotes command
// prints, one object per article. Offsets are UTF-8 byte offsets into the
// article; absent optional parts are null. File and ID name the article and
// are set by the caller.
type Record struct {
	ID        json.RawMessage `json:"id,omitempty"`
	File      string          `json:"file,omitempty"`
	Sentences []RecordSpan    `json:"sentences"`
	Entities  []RecordEntity  `json:"entities"`
	Claims    []RecordClaim   `json:"claims"`
}

// RecordSpan is a span with its text (omitted for sentences) and, when a
// [Unit] other than Bytes was asked for, its rune or UTF-16 offsets.
type RecordSpan struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text,omitempty"`
	RecordOffsets
}

// RecordOffsets are the rune or UTF-16 offsets of a span; nil when not asked
// for.
type RecordOffsets struct {
	StartRune  *int `json:"start_rune,omitempty"`
	EndRune    *int `json:"end_rune,omitempty"`
	StartUTF16 *int `json:"start_utf16,omitempty"`
	EndUTF16   *int `json:"end_utf16,omitempty"`
}

// RecordCue is a claim's cue with its speech act.
type RecordCue struct {
	RecordSpan
	Act string `json:"act"`
}

// RecordSpeaker is a claim's speaker.
type RecordSpeaker struct {
	Name    string     `json:"name"`
	Kind    string     `json:"kind"`
	Role    string     `json:"role,omitempty"`
	Mention RecordSpan `json:"mention"`
}

// RecordClaim is one claim.
type RecordClaim struct {
	Kind       string         `json:"kind"`
	Content    RecordSpan     `json:"content"`
	Speaker    *RecordSpeaker `json:"speaker"`
	Cue        *RecordCue     `json:"cue"`
	Medium     *RecordSpan    `json:"medium"`
	Time       *RecordSpan    `json:"time"`
	Date       string         `json:"date,omitempty"` // YYYY-MM-DD
	Confidence float64        `json:"confidence"`
}

// RecordEntity is one entity with its mentions.
type RecordEntity struct {
	Name     string       `json:"name"`
	Kind     string       `json:"kind"`
	Roles    []string     `json:"roles,omitempty"`
	Mentions []RecordSpan `json:"mentions"`
}

// Record returns the JSON form of d, with rune or UTF-16 offsets added when
// unit asks for them. Slices are never nil, so they encode as [].
func (d *Document) Record(unit Unit) Record {
	c := recorder{src: d.Src, unit: unit}
	if unit != Bytes {
		c.idx = textpos.NewIndex(d.Src)
	}
	out := Record{
		Sentences: make([]RecordSpan, 0, len(d.Sentences)),
		Entities:  make([]RecordEntity, 0, len(d.Entities)),
		Claims:    make([]RecordClaim, 0, len(d.Claims)),
	}
	for _, s := range d.Sentences {
		out.Sentences = append(out.Sentences, RecordSpan{Start: s.Span.Start, End: s.Span.End, RecordOffsets: c.offsets(s.Span)})
	}
	for _, e := range d.Entities {
		ej := RecordEntity{Name: e.Name, Kind: e.Kind.String(), Roles: e.Roles, Mentions: make([]RecordSpan, 0, len(e.Mentions))}
		for _, m := range e.Mentions {
			ej.Mentions = append(ej.Mentions, c.span(m.Span))
		}
		out.Entities = append(out.Entities, ej)
	}
	for _, cl := range d.Claims {
		cj := RecordClaim{Kind: cl.Kind.String(), Content: c.span(cl.Content), Confidence: cl.Confidence,
			Medium: c.optSpan(cl.Medium), Time: c.optSpan(cl.Time)}
		if !cl.Cue.IsZero() {
			cj.Cue = &RecordCue{RecordSpan: c.span(cl.Cue), Act: cl.Act.String()}
		}
		if sp := cl.Speaker; sp != nil {
			cj.Speaker = &RecordSpeaker{Name: sp.Name, Kind: sp.Kind.String(), Role: sp.Role, Mention: c.span(sp.Mention)}
		}
		if !cl.Date.IsZero() {
			cj.Date = cl.Date.Format("2006-01-02")
		}
		out.Claims = append(out.Claims, cj)
	}
	return out
}

// recorder builds the spans of one Record.
type recorder struct {
	src  string
	unit Unit
	idx  *textpos.Index // nil for Bytes
}

// offsets returns the rune or UTF-16 offsets of s, or none.
func (c *recorder) offsets(s textpos.Span) RecordOffsets {
	var o RecordOffsets
	if c.idx == nil {
		return o
	}
	conv := c.idx.OffsetRune
	if c.unit == UTF16 {
		conv = c.idx.OffsetUTF16
	}
	start, err1 := conv(s.Start)
	end, err2 := conv(s.End)
	if err1 != nil || err2 != nil {
		return o // not on rune boundaries: byte offsets only
	}
	if c.unit == UTF16 {
		o.StartUTF16, o.EndUTF16 = &start, &end
	} else {
		o.StartRune, o.EndRune = &start, &end
	}
	return o
}

// span returns s with its text.
func (c *recorder) span(s textpos.Span) RecordSpan {
	return RecordSpan{Start: s.Start, End: s.End, Text: s.Text(c.src), RecordOffsets: c.offsets(s)}
}

// optSpan returns s with its text, or nil if s is zero (absent).
func (c *recorder) optSpan(s textpos.Span) *RecordSpan {
	if s.IsZero() {
		return nil
	}
	j := c.span(s)
	return &j
}
