package main

import (
	"github.com/whosaid/whosaid/extract"
	"github.com/whosaid/whosaid/textpos"
)

// The types below give one result line the shape of the quotes command's
// output (examples/quotes), with "id" in place of "file". Offsets are UTF-8
// byte offsets into the article text, half-open.

type spanJSON struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text,omitempty"`
}

type cueJSON struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Act   string `json:"act"`
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

// docJSON is one output line. Error is set, and the lists are empty, only
// when extraction of the article failed.
type docJSON struct {
	ID        string       `json:"id"`
	Error     string       `json:"error,omitempty"`
	Sentences []spanJSON   `json:"sentences"`
	Entities  []entityJSON `json:"entities"`
	Claims    []claimJSON  `json:"claims"`
}

func withText(src string, s textpos.Span) spanJSON {
	return spanJSON{Start: s.Start, End: s.End, Text: s.Text(src)}
}

func optSpan(src string, s textpos.Span) *spanJSON {
	if s.IsZero() {
		return nil
	}
	j := withText(src, s)
	return &j
}

// toJSON converts d, the extraction of the article id, to its output form.
func toJSON(id string, d *extract.Document) docJSON {
	src := d.Src
	out := docJSON{
		ID:        id,
		Sentences: make([]spanJSON, 0, len(d.Sentences)),
		Entities:  make([]entityJSON, 0, len(d.Entities)),
		Claims:    make([]claimJSON, 0, len(d.Claims)),
	}
	for _, s := range d.Sentences {
		out.Sentences = append(out.Sentences, spanJSON{Start: s.Span.Start, End: s.Span.End})
	}
	for _, e := range d.Entities {
		ej := entityJSON{Name: e.Name, Kind: e.Kind.String(), Roles: e.Roles, Mentions: make([]spanJSON, 0, len(e.Mentions))}
		for _, m := range e.Mentions {
			ej.Mentions = append(ej.Mentions, withText(src, m.Span))
		}
		out.Entities = append(out.Entities, ej)
	}
	for _, c := range d.Claims {
		cj := claimJSON{Kind: c.Kind.String(), Content: withText(src, c.Content), Confidence: c.Confidence,
			Medium: optSpan(src, c.Medium), Time: optSpan(src, c.Time)}
		if !c.Cue.IsZero() {
			cj.Cue = &cueJSON{Start: c.Cue.Start, End: c.Cue.End, Text: c.Cue.Text(src), Act: c.Act.String()}
		}
		if sp := c.Speaker; sp != nil {
			cj.Speaker = &speakerJSON{Name: sp.Name, Kind: sp.Kind.String(), Role: sp.Role, Mention: withText(src, sp.Mention)}
		}
		if !c.Date.IsZero() {
			cj.Date = c.Date.Format("2006-01-02")
		}
		out.Claims = append(out.Claims, cj)
	}
	return out
}
