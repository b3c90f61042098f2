package main

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/whosaid/whosaid/extract"
	"github.com/whosaid/whosaid/textpos"
)

// textForm returns d in the form for people (-format text): a heading line
// naming the input, then one line per claim,
//
//	speaker (role): “content” [kind, cue, medium, time, date]
//
// where absent parts are left out and an unknown speaker is "?". White
// space runs in the content are shown as one space.
func textForm(j *job, d *extract.Document) []byte {
	var b bytes.Buffer
	// About 150 bytes a claim: sized once, so that a large article's
	// output is not copied as it grows.
	b.Grow(64 + 150*len(d.Claims))
	fmt.Fprintf(&b, "== %s: %d claims\n", j.name(), len(d.Claims))
	for _, c := range d.Claims {
		speaker := "?"
		if sp := c.Speaker; sp != nil {
			speaker = sp.Name
			if speaker == "" {
				speaker = oneLine(sp.Mention.Text(d.Src))
			}
			if sp.Role != "" {
				speaker += " (" + sp.Role + ")"
			}
		}
		tags := []string{c.Kind.String()}
		for _, s := range []textpos.Span{c.Cue, c.Medium, c.Time} {
			if !s.IsZero() {
				tags = append(tags, oneLine(s.Text(d.Src)))
			}
		}
		if !c.Date.IsZero() {
			tags = append(tags, c.Date.Format("2006-01-02"))
		}
		fmt.Fprintf(&b, "%s: “%s” [%s]\n", speaker, oneLine(c.Content.Text(d.Src)), strings.Join(tags, ", "))
	}
	return b.Bytes()
}

// oneLine returns s with each run of white space replaced by one space.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
