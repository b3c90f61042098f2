package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"github.com/whosaid/whosaid/extract"
	"github.com/whosaid/whosaid/textpos"
)

// textForm returns d in the form for people (-format text): see [writeText].
func textForm(j *job, d *extract.Document) []byte {
	var b bytes.Buffer
	// About 150 bytes a claim: sized once, so that the output is not
	// copied as it grows.
	b.Grow(64 + 150*len(d.Claims))
	writeText(&b, j, d) // a bytes.Buffer does not fail
	return b.Bytes()
}

// writeText writes d to w in the form for people (-format text): a heading
// line naming the input, then one line per claim,
//
//	speaker (role): “content” [kind, cue, medium, time, date]
//
// where absent parts are left out and an unknown speaker is "?". White
// space runs in the content are shown as one space. It returns the first
// write error.
func writeText(w io.Writer, j *job, d *extract.Document) error {
	if _, err := fmt.Fprintf(w, "== %s: %d claims\n", j.name(), len(d.Claims)); err != nil {
		return err
	}
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
		if _, err := fmt.Fprintf(w, "%s: “%s” [%s]\n", speaker, oneLine(c.Content.Text(d.Src)), strings.Join(tags, ", ")); err != nil {
			return err
		}
	}
	return nil
}

// oneLine returns s with each run of white space replaced by one space.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
