// Command highlight writes a self-contained HTML page of a news article
// with every claim highlighted, one colour per speaker.
//
//	go run ./examples/highlight -o out.html FILE
//
// The page marks each claim's content (one colour per speaker, readable in
// light and dark mode), its cue and its speaker mention, and lists the
// speakers and their claims in a side panel. Hovering a claim shows its
// kind, speaker, cue, medium and time. The page needs no network: its CSS
// and script are inline.
//
// Every highlighted element carries data-start and data-end, the half-open
// UTF-8 byte offsets of the whole annotated span in FILE; claims also carry
// data-claim (the claim's index in the document), data-kind and
// data-speaker. A claim that crosses another annotation's boundary is split
// into several elements with the same data-claim, so the HTML stays well
// nested.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/whosaid/whosaid/extract"
)

func main() {
	out := flag.String("o", "", "write the page to this `file` (default: standard output)")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: highlight [-o out.html] FILE\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() != 1 {
		flag.Usage()
		os.Exit(2)
	}
	name := flag.Arg(0)
	b, err := os.ReadFile(name)
	if err != nil {
		fmt.Fprintf(os.Stderr, "highlight: %v\n", err)
		os.Exit(1)
	}
	doc := extract.New().Extract(string(b))
	w := os.Stdout
	if *out != "" {
		w, err = os.Create(*out)
		if err != nil {
			fmt.Fprintf(os.Stderr, "highlight: %v\n", err)
			os.Exit(1)
		}
	}
	bw := bufio.NewWriter(w)
	Render(bw, filepath.Base(name), doc)
	if err := bw.Flush(); err != nil {
		fmt.Fprintf(os.Stderr, "highlight: %v\n", err)
		os.Exit(1)
	}
	if w != os.Stdout {
		if err := w.Close(); err != nil {
			fmt.Fprintf(os.Stderr, "highlight: %v\n", err)
			os.Exit(1)
		}
	}
}
