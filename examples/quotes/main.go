// Command quotes prints who said what in news articles, as JSON Lines.
//
//	go run ./examples/quotes FILE...
//
// prints one JSON object per file with its sentences, entities and claims.
// Offsets are UTF-8 byte offsets into the file.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"

	"github.com/whosaid/whosaid/extract"
	"github.com/whosaid/whosaid/textpos"
)

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

type docJSON struct {
	File      string       `json:"file,omitempty"`
	Sentences []spanJSON   `json:"sentences"`
	Entities  []entityJSON `json:"entities"`
	Claims    []claimJSON  `json:"claims"`
}

func span(src string, s textpos.Span) spanJSON {
	return spanJSON{Start: s.Start, End: s.End, Text: s.Text(src)}
}

func optSpan(src string, s textpos.Span) *spanJSON {
	if s.IsZero() {
		return nil
	}
	j := span(src, s)
	return &j
}

func toJSON(d *extract.Document) docJSON {
	src := d.Src
	out := docJSON{Sentences: []spanJSON{}, Entities: []entityJSON{}, Claims: []claimJSON{}}
	for _, s := range d.Sentences {
		out.Sentences = append(out.Sentences, spanJSON{Start: s.Span.Start, End: s.Span.End})
	}
	for _, e := range d.Entities {
		ej := entityJSON{Name: e.Name, Kind: e.Kind.String(), Roles: e.Roles, Mentions: []spanJSON{}}
		for _, m := range e.Mentions {
			ej.Mentions = append(ej.Mentions, span(src, m.Span))
		}
		out.Entities = append(out.Entities, ej)
	}
	for _, c := range d.Claims {
		cj := claimJSON{Kind: c.Kind.String(), Content: span(src, c.Content), Confidence: c.Confidence,
			Medium: optSpan(src, c.Medium), Time: optSpan(src, c.Time)}
		if !c.Cue.IsZero() {
			cj.Cue = &cueJSON{Start: c.Cue.Start, End: c.Cue.End, Text: c.Cue.Text(src), Act: c.Act.String()}
		}
		if sp := c.Speaker; sp != nil {
			cj.Speaker = &speakerJSON{Name: sp.Name, Kind: sp.Kind.String(), Role: sp.Role, Mention: span(src, sp.Mention)}
		}
		if !c.Date.IsZero() {
			cj.Date = c.Date.Format("2006-01-02")
		}
		out.Claims = append(out.Claims, cj)
	}
	return out
}

func main() {
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: quotes FILE...\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	x := extract.New()
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	failed := false
	for _, name := range flag.Args() {
		b, err := os.ReadFile(name)
		if err != nil {
			fmt.Fprintf(os.Stderr, "quotes: %v\n", err)
			failed = true
			continue
		}
		j := toJSON(x.Extract(string(b)))
		j.File = name
		if err := enc.Encode(j); err != nil {
			fmt.Fprintf(os.Stderr, "quotes: %v\n", err)
			os.Exit(1)
		}
	}
	if failed {
		w.Flush()
		os.Exit(1)
	}
}
