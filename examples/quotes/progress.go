package main

import (
	"fmt"
	"io"
	"os"
	"time"
)

// isTerminal reports whether w is a terminal (a character device, which
// also matches /dev/null, where progress lines do no harm).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// progressEvery is the least time between two progress lines.
const progressEvery = 250 * time.Millisecond

// progress writes a progress line, redrawn in place with '\r'. A nil
// *progress does nothing.
type progress struct {
	w        io.Writer
	total    int64 // input bytes, 0 if unknown
	start    time.Time
	articles int
	bytes    int64
	last     time.Time // when the line was last drawn
	shown    bool      // a line is on the screen
}

// add counts one input of size bytes and redraws the line if it is due.
func (p *progress) add(size int) {
	if p == nil {
		return
	}
	p.articles++
	p.bytes += int64(size)
	if now := time.Now(); now.Sub(p.last) >= progressEvery {
		p.last = now
		fmt.Fprintf(p.w, "\r%s\x1b[K", p.line(now.Sub(p.start)))
		p.shown = true
	}
}

// line returns the progress text after elapsed time.
func (p *progress) line(elapsed time.Duration) string {
	mb := float64(p.bytes) / 1e6
	rate := mb / max(elapsed.Seconds(), 1e-9)
	s := fmt.Sprintf("%d articles, %.1f MB, %.2f MB/s", p.articles, mb, rate)
	if p.total > 0 && rate > 0 {
		left := float64(p.total-p.bytes) / 1e6 / rate
		s += fmt.Sprintf(", %.0f%%, %v left", 100*float64(p.bytes)/float64(p.total),
			(time.Duration(max(left, 0) * float64(time.Second))).Round(time.Second))
	}
	return s
}

// clear erases the line so that a message can be printed.
func (p *progress) clear() {
	if p != nil && p.shown {
		fmt.Fprint(p.w, "\r\x1b[K")
		p.shown = false
		p.last = time.Time{} // redraw at the next add
	}
}

// finish draws the final line and ends it.
func (p *progress) finish() {
	if p == nil {
		return
	}
	fmt.Fprintf(p.w, "\r%s\x1b[K\n", p.line(time.Since(p.start)))
}
