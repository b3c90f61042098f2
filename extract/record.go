package extract

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"

	"github.com/whosaid/whosaid/textpos"
)

// Unit selects the offsets a [Record] carries beside the UTF-8 byte offsets,
// which it always carries.
type Unit uint8

// Offset units.
const (
	Bytes Unit = iota // UTF-8 byte offsets only
	Runes             // also rune offsets: start_rune, end_rune
	UTF16             // also UTF-16 code unit offsets, as JavaScript counts: start_utf16, end_utf16
)

// Record is the JSON form of a [Document]: the schema the quotes command
// prints, one object per article. Offsets are UTF-8 byte offsets into the
// article; absent optional parts are null. File and ID name the article and
// are set by the caller.
type Record struct {
	ID        json.RawMessage `json:"id,omitempty"`
	File      string          `json:"file,omitempty"`
	Sentences []RecordSpan    `json:"sentences"`
	Entities  []RecordEntity  `json:"entities"`
	Claims    []RecordClaim   `json:"claims"`
}

// RecordSpan is a span with its text (omitted for sentences) and, when a
// [Unit] other than Bytes was asked for, its rune or UTF-16 offsets.
type RecordSpan struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text,omitempty"`
	RecordOffsets
}

// RecordOffsets are the rune or UTF-16 offsets of a span; nil when not asked
// for.
type RecordOffsets struct {
	StartRune  *int `json:"start_rune,omitempty"`
	EndRune    *int `json:"end_rune,omitempty"`
	StartUTF16 *int `json:"start_utf16,omitempty"`
	EndUTF16   *int `json:"end_utf16,omitempty"`
}

// RecordCue is a claim's cue with its speech act.
type RecordCue struct {
	RecordSpan
	Act string `json:"act"`
}

// RecordSpeaker is a claim's speaker.
type RecordSpeaker struct {
	Name    string     `json:"name"`
	Kind    string     `json:"kind"`
	Role    string     `json:"role,omitempty"`
	Mention RecordSpan `json:"mention"`
}

// RecordClaim is one claim.
type RecordClaim struct {
	Kind       string         `json:"kind"`
	Content    RecordSpan     `json:"content"`
	Speaker    *RecordSpeaker `json:"speaker"`
	Cue        *RecordCue     `json:"cue"`
	Medium     *RecordSpan    `json:"medium"`
	Time       *RecordSpan    `json:"time"`
	Date       string         `json:"date,omitempty"` // YYYY-MM-DD
	Confidence float64        `json:"confidence"`
}

// RecordEntity is one entity with its mentions.
type RecordEntity struct {
	Name     string       `json:"name"`
	Kind     string       `json:"kind"`
	Roles    []string     `json:"roles,omitempty"`
	Mentions []RecordSpan `json:"mentions"`
}

// Record returns the JSON form of d, with rune or UTF-16 offsets added when
// unit asks for them. Slices are never nil, so they encode as [].
func (d *Document) Record(unit Unit) Record {
	c := newRecorder(d, unit)
	out := Record{
		Sentences: make([]RecordSpan, len(d.Sentences)),
		Entities:  make([]RecordEntity, len(d.Entities)),
		Claims:    make([]RecordClaim, len(d.Claims)),
	}
	for i := range d.Sentences {
		out.Sentences[i] = c.sentence(i)
	}
	for i := range d.Entities {
		out.Entities[i] = c.entity(i)
	}
	for i := range d.Claims {
		out.Claims[i] = c.claim(i)
	}
	return out
}

// EncodeRecord writes d's Record, with the given id (if not nil) or file
// name (if not empty), to w as one line of JSON: the bytes a json.Encoder
// with HTML escaping off writes for it. It builds and encodes one sentence,
// entity or claim at a time, so the Record of a large document (about twice
// the size of the document) is never held whole.
func (d *Document) EncodeRecord(w io.Writer, unit Unit, id json.RawMessage, file string) error {
	c := newRecorder(d, unit)
	bw := bufio.NewWriterSize(w, 64<<10)
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	encode := func(v any) ([]byte, error) {
		buf.Reset()
		err := enc.Encode(v)
		return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), err
	}
	head, err := encode(Record{ID: id, File: file})
	if err != nil {
		return err
	}
	// head is {"id":…,"sentences":[],"entities":[],"claims":[]}: keep what
	// precedes "sentences".
	head = head[:bytes.Index(head, []byte(`"sentences":`))]
	bw.Write(head)
	lists := []struct {
		key  string
		n    int
		elem func(int) any
	}{
		{"sentences", len(d.Sentences), func(i int) any { return c.sentence(i) }},
		{"entities", len(d.Entities), func(i int) any { return c.entity(i) }},
		{"claims", len(d.Claims), func(i int) any { return c.claim(i) }},
	}
	for li, l := range lists {
		if li > 0 {
			bw.WriteByte(',')
		}
		bw.WriteString(`"` + l.key + `":[`)
		for i := range l.n {
			if i > 0 {
				bw.WriteByte(',')
			}
			b, err := encode(l.elem(i))
			if err != nil {
				return err
			}
			bw.Write(b)
		}
		bw.WriteByte(']')
	}
	bw.WriteString("}\n")
	return bw.Flush()
}

func newRecorder(d *Document, unit Unit) *recorder {
	c := &recorder{d: d, src: d.Src, unit: unit}
	if unit != Bytes {
		c.idx = textpos.NewIndex(d.Src)
	}
	return c
}

// sentence returns sentence i without its text.
func (c *recorder) sentence(i int) RecordSpan {
	s := c.d.Sentences[i].Span
	return RecordSpan{Start: s.Start, End: s.End, RecordOffsets: c.offsets(s)}
}

// entity returns entity i with its mentions.
func (c *recorder) entity(i int) RecordEntity {
	e := &c.d.Entities[i]
	ej := RecordEntity{Name: e.Name, Kind: e.Kind.String(), Roles: e.Roles, Mentions: make([]RecordSpan, len(e.Mentions))}
	for k, m := range e.Mentions {
		ej.Mentions[k] = c.span(m.Span)
	}
	return ej
}

// claim returns claim i.
func (c *recorder) claim(i int) RecordClaim {
	cl := &c.d.Claims[i]
	cj := RecordClaim{Kind: cl.Kind.String(), Content: c.span(cl.Content), Confidence: cl.Confidence,
		Medium: c.optSpan(cl.Medium), Time: c.optSpan(cl.Time)}
	if !cl.Cue.IsZero() {
		cj.Cue = &RecordCue{RecordSpan: c.span(cl.Cue), Act: cl.Act.String()}
	}
	if sp := cl.Speaker; sp != nil {
		cj.Speaker = &RecordSpeaker{Name: sp.Name, Kind: sp.Kind.String(), Role: sp.Role, Mention: c.span(sp.Mention)}
	}
	if !cl.Date.IsZero() {
		cj.Date = cl.Date.Format("2006-01-02")
	}
	return cj
}

// recorder builds the spans of one Record.
type recorder struct {
	d    *Document
	src  string
	unit Unit
	idx  *textpos.Index // nil for Bytes
}

// offsets returns the rune or UTF-16 offsets of s, or none.
func (c *recorder) offsets(s textpos.Span) RecordOffsets {
	var o RecordOffsets
	if c.idx == nil {
		return o
	}
	conv := c.idx.OffsetRune
	if c.unit == UTF16 {
		conv = c.idx.OffsetUTF16
	}
	start, err1 := conv(s.Start)
	end, err2 := conv(s.End)
	if err1 != nil || err2 != nil {
		return o // not on rune boundaries: byte offsets only
	}
	if c.unit == UTF16 {
		o.StartUTF16, o.EndUTF16 = &start, &end
	} else {
		o.StartRune, o.EndRune = &start, &end
	}
	return o
}

// span returns s with its text.
func (c *recorder) span(s textpos.Span) RecordSpan {
	return RecordSpan{Start: s.Start, End: s.End, Text: s.Text(c.src), RecordOffsets: c.offsets(s)}
}

// optSpan returns s with its text, or nil if s is zero (absent).
func (c *recorder) optSpan(s textpos.Span) *RecordSpan {
	if s.IsZero() {
		return nil
	}
	j := c.span(s)
	return &j
}
