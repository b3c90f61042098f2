// Command corpus reads several news articles and prints who said what
// across them: the actors, each with the claims attributed to them in every
// article, and the quotations that several articles share.
//
//	go run ./examples/corpus FILE...
//	go run ./examples/corpus -json FILE...
//
// With -json it prints one JSON object:
//
//	{"entities": [{"name", "kind", "mentions": [{"file", "start", "end", "text"}]}],
//	 "quotes": [{"speaker", "members": [{"file", "kind", "start", "end", "text"}]}]}
//
// start and end are half-open UTF-8 byte offsets into the named file.
// Entities are the actors linked across the articles ([extract.Link]);
// quotes are the quotation groups with members from two or more files,
// including block claims that another article's quotations support.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/whosaid/whosaid/extract"
	"github.com/whosaid/whosaid/textpos"
)

type mentionJSON struct {
	File  string `json:"file"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

type entityJSON struct {
	Name     string        `json:"name"`
	Kind     string        `json:"kind"`
	Mentions []mentionJSON `json:"mentions"`
}

type memberJSON struct {
	File  string `json:"file"`
	Kind  string `json:"kind"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

type quoteJSON struct {
	Speaker *string      `json:"speaker"`
	Members []memberJSON `json:"members"`
}

type corpusJSON struct {
	Entities []entityJSON `json:"entities"`
	Quotes   []quoteJSON  `json:"quotes"`
}

// toJSON converts l; files[i] names l.Docs[i].
func toJSON(l *extract.Links, files []string) corpusJSON {
	out := corpusJSON{Entities: []entityJSON{}, Quotes: []quoteJSON{}}
	for _, e := range l.Entities {
		ej := entityJSON{Name: e.Name, Kind: e.Kind.String(), Mentions: []mentionJSON{}}
		for _, m := range e.Members {
			src := l.Docs[m.Doc].Src
			for _, s := range m.Mentions {
				ej.Mentions = append(ej.Mentions, mentionJSON{File: files[m.Doc], Start: s.Start, End: s.End, Text: text(src, s)})
			}
		}
		out.Entities = append(out.Entities, ej)
	}
	for _, g := range l.Quotes {
		qj := quoteJSON{Members: []memberJSON{}}
		if g.Entity >= 0 {
			qj.Speaker = &l.Entities[g.Entity].Name
		}
		for _, m := range g.Members {
			qj.Members = append(qj.Members, memberJSON{File: files[m.Doc], Kind: m.Kind(l), Start: m.Span.Start, End: m.Span.End,
				Text: text(l.Docs[m.Doc].Src, m.Span)})
		}
		out.Quotes = append(out.Quotes, qj)
	}
	return out
}

// text returns the text of s in src, with invalid UTF-8 replaced so that
// it survives JSON encoding visibly.
func text(src string, s textpos.Span) string {
	return strings.ToValidUTF8(s.Text(src), "\uFFFD")
}

// writeText prints l for people: every actor with claims or with mentions
// in two or more files, with its claims per file, then the shared
// quotations.
func writeText(w io.Writer, l *extract.Links, files []string) {
	claims := make([][]extract.ClaimRef, len(l.Entities))
	for d, doc := range l.Docs {
		for c := range doc.Claims {
			if x := l.Speaker(d, c); x >= 0 {
				claims[x] = append(claims[x], extract.ClaimRef{Doc: d, Claim: c})
			}
		}
	}
	fmt.Fprintln(w, "== Actors")
	for x, e := range l.Entities {
		docs := make(map[int]bool)
		for _, m := range e.Members {
			docs[m.Doc] = true
		}
		if len(claims[x]) == 0 && len(docs) < 2 {
			continue
		}
		fmt.Fprintf(w, "\n%s (%s), in %d file(s)", e.Name, e.Kind, len(docs))
		if len(e.Roles) > 0 {
			fmt.Fprintf(w, "; %s", strings.Join(e.Roles, "; "))
		}
		fmt.Fprintln(w)
		for _, m := range e.Members {
			if m.Name != e.Name {
				fmt.Fprintf(w, "  as %q in %s\n", m.Name, files[m.Doc])
			}
		}
		for _, r := range claims[x] {
			c := &l.Docs[r.Doc].Claims[r.Claim]
			fmt.Fprintf(w, "  %s %d-%d %s: %q\n", files[r.Doc], c.Content.Start, c.Content.End, c.Kind, text(l.Docs[r.Doc].Src, c.Content))
		}
	}
	fmt.Fprintln(w, "\n== Quotations shared by several files")
	for _, g := range l.Quotes {
		name := "(no speaker)"
		if g.Entity >= 0 {
			name = l.Entities[g.Entity].Name
		}
		fmt.Fprintf(w, "\n%s:\n", name)
		for _, m := range g.Members {
			fmt.Fprintf(w, "  %s %d-%d %s: %q\n", files[m.Doc], m.Span.Start, m.Span.End, m.Kind(l), text(l.Docs[m.Doc].Src, m.Span))
		}
	}
	if len(l.Added) > 0 {
		fmt.Fprintln(w, "\n== Block claims supported by other files")
		for _, r := range l.Added {
			c := &l.Docs[r.Doc].Claims[r.Claim]
			fmt.Fprintf(w, "  %s %d-%d %s (%.2f): %q\n", files[r.Doc], c.Content.Start, c.Content.End, c.Speaker.Name, c.Confidence,
				text(l.Docs[r.Doc].Src, c.Content))
		}
	}
}

// run extracts and links the files and writes the result to w.
func run(w io.Writer, files []string, srcs []string, asJSON bool) error {
	x := extract.New()
	docs := make([]*extract.Document, len(srcs))
	for i, s := range srcs {
		docs[i] = x.Extract(s)
	}
	l := extract.Link(docs...)
	if !asJSON {
		writeText(w, l, files)
		return nil
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	return enc.Encode(toJSON(l, files))
}

func main() {
	asJSON := flag.Bool("json", false, "print one JSON object")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: corpus [-json] FILE...\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() == 0 {
		flag.Usage()
		os.Exit(2)
	}
	var srcs []string
	for _, name := range flag.Args() {
		b, err := os.ReadFile(name)
		if err != nil {
			fmt.Fprintf(os.Stderr, "corpus: %v\n", err)
			os.Exit(1)
		}
		srcs = append(srcs, string(b))
	}
	w := bufio.NewWriter(os.Stdout)
	if err := run(w, flag.Args(), srcs, *asJSON); err != nil {
		fmt.Fprintf(os.Stderr, "corpus: %v\n", err)
		os.Exit(1)
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintf(os.Stderr, "corpus: %v\n", err)
		os.Exit(1)
	}
}
