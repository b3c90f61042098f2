package extract_test

import (
	"fmt"
	"time"

	"github.com/whosaid/whosaid/extract"
)

func Example() {
	src := "“We expect a busy summer,” said Lena Park, the airport’s director.\n" +
		"The airline told reporters on Friday that fares would rise.\n"
	x := extract.New(extract.WithDate(time.Date(2024, 6, 9, 0, 0, 0, 0, time.UTC)))
	d := x.Extract(src)
	for _, c := range d.Claims {
		fmt.Printf("%s [%d,%d) %q cue=%q", c.Kind, c.Content.Start, c.Content.End, c.Content.Text(src), c.Cue.Text(src))
		if c.Speaker != nil {
			fmt.Printf(" speaker=%q", c.Speaker.Mention.Text(src))
		}
		if !c.Date.IsZero() {
			fmt.Printf(" date=%s", c.Date.Format("2006-01-02"))
		}
		fmt.Println()
	}
	// Output:
	// direct [3,27) "We expect a busy summer," cue="said" speaker="Lena Park"
	// indirect [115,131) "fares would rise" cue="told" speaker="The airline" date=2024-06-07
}

func ExampleExtractor_Extract() {
	src := "Exports fell in May, according to the statistics office.\n" +
		"The minister called the figures “a warning.”\n"
	d := extract.New().Extract(src)
	for _, c := range d.Claims {
		fmt.Printf("%s %q by %q (%s)\n", c.Kind, c.Content.Text(src), c.Speaker.Mention.Text(src), c.Act)
	}
	for _, q := range d.Quotations {
		fmt.Printf("quotation [%d,%d) %q\n", q.Content.Start, q.Content.End, q.Content.Text(src))
	}
	// Output:
	// indirect "Exports fell in May" by "the statistics office" (statement)
	// partial "a warning." by "The minister" (statement)
	// quotation [92,102) "a warning."
}
