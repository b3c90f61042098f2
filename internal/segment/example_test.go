package segment_test

import (
	"fmt"

	"github.com/whosaid/whosaid/internal/segment"
)

func ExampleSplit() {
	src := " date 2025-03-23 Talks resume\n“We are ready. We will see,” Mr. Roe said at 5 p.m. It ended.\nAdvertisement\n"
	t := segment.Split(src)
	fmt.Println(t.Date.Format("2006-01-02"))
	for i, p := range t.Paragraphs {
		fmt.Printf("%d %-7s %q\n", i, p.Kind, p.Span.Text(src))
		for _, s := range t.ParagraphSentences(i) {
			fmt.Printf("  [%d,%d) %q\n", s.Span.Start, s.Span.End, s.Span.Text(src))
		}
	}
	// Output:
	// 2025-03-23
	// 0 date    "date 2025-03-23"
	//   [1,16) "date 2025-03-23"
	// 1 heading "Talks resume"
	//   [17,29) "Talks resume"
	// 2 body    "“We are ready. We will see,” Mr. Roe said at 5 p.m. It ended."
	//   [30,85) "“We are ready. We will see,” Mr. Roe said at 5 p.m."
	//   [86,95) "It ended."
	// 3 ad      "Advertisement"
	//   [96,109) "Advertisement"
}
