package main

import (
	"encoding/json"

	"github.com/whosaid/whosaid/extract"
	"github.com/whosaid/whosaid/textpos"
)

// The JSON output. Field names are an interface: the scorer and other
// tools read them.

type spanJSON struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text,omitempty"`
	offsetsJSON
}

// offsetsJSON holds the offsets -offsets adds beside the byte offsets.
type offsetsJSON struct {
	StartRune  *int `json:"start_rune,omitempty"`
	EndRune    *int `json:"end_rune,omitempty"`
	StartUTF16 *int `json:"start_utf16,omitempty"`
	EndUTF16   *int `json:"end_utf16,omitempty"`
}

type cueJSON struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Act   string `json:"act"`
	offsetsJSON
}

type speakerJSON struct {
	Name    string   `json:"name"`
	Kind    string   `json:"kind"`
	Role    string   `json:"role,omitempty"`
	Mention spanJSON `json:"mention"`
}

type claimJSON struct {
	Kind       string       `json:"kind"`
	Content    spanJSON     `json:"content"`
	Speaker    *speakerJSON `json:"speaker"`
	Cue        *cueJSON     `json:"cue"`
	Medium     *spanJSON    `json:"medium"`
	Time       *spanJSON    `json:"time"`
	Date       string       `json:"date,omitempty"`
	Confidence float64      `json:"confidence"`
}

type entityJSON struct {
	Name     string     `json:"name"`
	Kind     string     `json:"kind"`
	Roles    []string   `json:"roles,omitempty"`
	Mentions []spanJSON `json:"mentions"`
}

type docJSON struct {
	ID        json.RawMessage `json:"id,omitempty"`
	File      string          `json:"file,omitempty"`
	Sentences []spanJSON      `json:"sentences"`
	Entities  []entityJSON    `json:"entities"`
	Claims    []claimJSON     `json:"claims"`
}

// converter builds the JSON of one document.
type converter struct {
	src  string
	idx  *textpos.Index // nil: byte offsets only
	unit string         // "rune" or "utf16" when idx is set
}

// offsets returns the rune or UTF-16 offsets of s, or none.
func (c *converter) offsets(s textpos.Span) offsetsJSON {
	var o offsetsJSON
	if c.idx == nil {
		return o
	}
	conv := c.idx.OffsetRune
	if c.unit == "utf16" {
		conv = c.idx.OffsetUTF16
	}
	start, err1 := conv(s.Start)
	end, err2 := conv(s.End)
	if err1 != nil || err2 != nil {
		return o // not on rune boundaries: byte offsets only
	}
	if c.unit == "utf16" {
		o.StartUTF16, o.EndUTF16 = &start, &end
	} else {
		o.StartRune, o.EndRune = &start, &end
	}
	return o
}

// span returns s with its text.
func (c *converter) span(s textpos.Span) spanJSON {
	return spanJSON{Start: s.Start, End: s.End, Text: s.Text(c.src), offsetsJSON: c.offsets(s)}
}

// optSpan returns s with its text, or nil if s is zero (absent).
func (c *converter) optSpan(s textpos.Span) *spanJSON {
	if s.IsZero() {
		return nil
	}
	j := c.span(s)
	return &j
}

// toJSON returns the JSON form of d, with rune or UTF-16 offsets from idx
// when it is not nil.
func toJSON(d *extract.Document, idx *textpos.Index, unit string) docJSON {
	c := &converter{src: d.Src, idx: idx, unit: unit}
	out := docJSON{
		Sentences: make([]spanJSON, 0, len(d.Sentences)),
		Entities:  make([]entityJSON, 0, len(d.Entities)),
		Claims:    make([]claimJSON, 0, len(d.Claims)),
	}
	for _, s := range d.Sentences {
		out.Sentences = append(out.Sentences, spanJSON{Start: s.Span.Start, End: s.Span.End, offsetsJSON: c.offsets(s.Span)})
	}
	for _, e := range d.Entities {
		ej := entityJSON{Name: e.Name, Kind: e.Kind.String(), Roles: e.Roles, Mentions: make([]spanJSON, 0, len(e.Mentions))}
		for _, m := range e.Mentions {
			ej.Mentions = append(ej.Mentions, c.span(m.Span))
		}
		out.Entities = append(out.Entities, ej)
	}
	for _, cl := range d.Claims {
		cj := claimJSON{Kind: cl.Kind.String(), Content: c.span(cl.Content), Confidence: cl.Confidence,
			Medium: c.optSpan(cl.Medium), Time: c.optSpan(cl.Time)}
		if !cl.Cue.IsZero() {
			cj.Cue = &cueJSON{Start: cl.Cue.Start, End: cl.Cue.End, Text: cl.Cue.Text(c.src), Act: cl.Act.String(), offsetsJSON: c.offsets(cl.Cue)}
		}
		if sp := cl.Speaker; sp != nil {
			cj.Speaker = &speakerJSON{Name: sp.Name, Kind: sp.Kind.String(), Role: sp.Role, Mention: c.span(sp.Mention)}
		}
		if !cl.Date.IsZero() {
			cj.Date = cl.Date.Format("2006-01-02")
		}
		out.Claims = append(out.Claims, cj)
	}
	return out
}
