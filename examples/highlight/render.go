package main

import (
	"cmp"
	"fmt"
	"html"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/whosaid/whosaid/extract"
	"github.com/whosaid/whosaid/textpos"
)

// paletteSize is the number of speaker colours; speaker i gets colour
// i mod paletteSize, in order of first claim.
const paletteSize = 10

// annotation is one highlighted span of the source.
type annotation struct {
	span  textpos.Span
	layer int    // 0 claim, 1 mention, 2 cue: outer to inner at equal spans
	open  string // the opening tag of its first element
	cont  string // the opening tag of a continuation element
}

// speakerKey identifies a claim's speaker for colouring: its entity, else
// its name; "" when the claim has none.
func speakerKey(c *extract.Claim) string {
	if c.Speaker == nil {
		return ""
	}
	if c.Speaker.Entity >= 0 {
		return "e" + strconv.Itoa(c.Speaker.Entity)
	}
	return "n" + c.Speaker.Name
}

// speakerInfo is one speaker of the page.
type speakerInfo struct {
	name, kind, role string
	colour           int // -1 for claims without speaker
	claims           []int
}

// Render writes the page of doc to w. name is shown as its title. Write
// errors are left to w (a bufio.Writer reports them on Flush).
func Render(w io.Writer, name string, doc *extract.Document) {
	src := doc.Src
	// Speakers in order of first claim.
	var speakers []*speakerInfo
	byKey := make(map[string]*speakerInfo)
	claimSpeaker := make([]*speakerInfo, len(doc.Claims))
	for i := range doc.Claims {
		c := &doc.Claims[i]
		k := speakerKey(c)
		sp := byKey[k]
		if sp == nil {
			sp = &speakerInfo{name: "(no speaker)", colour: -1}
			if c.Speaker != nil {
				sp = &speakerInfo{name: c.Speaker.Name, kind: c.Speaker.Kind.String(), role: c.Speaker.Role}
				if sp.name == "" {
					sp.name = c.Speaker.Mention.Text(src)
				}
			}
			byKey[k] = sp
			speakers = append(speakers, sp)
		}
		sp.claims = append(sp.claims, i)
		claimSpeaker[i] = sp
	}
	n := 0
	for _, sp := range speakers {
		if sp.colour >= 0 {
			sp.colour = n % paletteSize
			n++
		}
	}

	var anns []annotation
	marks := make(map[[3]int][]int) // (layer, start, end) -> claims
	for i := range doc.Claims {
		c := &doc.Claims[i]
		sp := claimSpeaker[i]
		s := c.Content.Clamp(len(src))
		if s.Empty() {
			continue
		}
		attrs := fmt.Sprintf(`class="claim %s" data-claim="%d" data-kind="%s" data-speaker="%s" data-start="%d" data-end="%d" title="%s"`,
			colourClass(sp.colour), i, c.Kind, esc(sp.name), s.Start, s.End, esc(tooltip(doc, c)))
		anns = append(anns, annotation{span: s, layer: 0,
			open: `<span id="claim-` + strconv.Itoa(i) + `" ` + attrs + `>`,
			cont: `<span ` + attrs + ` data-cont="1">`})
		if c.Speaker != nil {
			if m := c.Speaker.Mention.Clamp(len(src)); !m.Empty() {
				marks[[3]int{1, m.Start, m.End}] = append(marks[[3]int{1, m.Start, m.End}], i)
			}
		}
		if cue := c.Cue.Clamp(len(src)); !cue.Empty() {
			marks[[3]int{2, cue.Start, cue.End}] = append(marks[[3]int{2, cue.Start, cue.End}], i)
		}
	}
	for k, cs := range marks {
		s := textpos.Span{Start: k[1], End: k[2]}
		ids := make([]string, len(cs))
		for j, c := range cs {
			ids[j] = strconv.Itoa(c)
		}
		var attrs string
		if k[0] == 1 {
			sp := claimSpeaker[cs[0]]
			attrs = fmt.Sprintf(`class="mention %s" data-claims="%s" data-speaker="%s" data-start="%d" data-end="%d"`,
				colourClass(sp.colour), strings.Join(ids, " "), esc(sp.name), s.Start, s.End)
		} else {
			c := &doc.Claims[cs[0]]
			attrs = fmt.Sprintf(`class="cue" data-claims="%s" data-act="%s" data-start="%d" data-end="%d"`,
				strings.Join(ids, " "), c.Act, s.Start, s.End)
		}
		anns = append(anns, annotation{span: s, layer: k[0], open: "<span " + attrs + ">", cont: "<span " + attrs + ` data-cont="1">`})
	}

	fmt.Fprintf(w, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>%s: who said what</title>\n<style>%s</style>\n</head>\n<body>\n", esc(name), css())
	fmt.Fprintf(w, "<header><h1>%s</h1><p class=\"summary\">%d claims, %d speakers</p></header>\n<main>\n<article id=\"text\">", esc(name), len(doc.Claims), len(speakers))
	writeNested(w, src, anns)
	io.WriteString(w, "</article>\n<aside id=\"panel\">\n<h2>Speakers</h2>\n")
	for _, sp := range speakers {
		fmt.Fprintf(w, "<section class=\"speaker %s\" data-speaker=\"%s\" data-count=\"%d\">\n<h3><span class=\"swatch\"></span>%s", colourClass(sp.colour), esc(sp.name), len(sp.claims), esc(sp.name))
		if sp.kind != "" {
			fmt.Fprintf(w, " <small>%s</small>", esc(sp.kind))
		}
		if sp.role != "" {
			fmt.Fprintf(w, " <small class=\"role\">%s</small>", esc(sp.role))
		}
		io.WriteString(w, "</h3>\n<ul>\n")
		for _, i := range sp.claims {
			c := &doc.Claims[i]
			s := c.Content.Clamp(len(src))
			fmt.Fprintf(w, "<li data-claim=\"%d\" data-kind=\"%s\" data-start=\"%d\" data-end=\"%d\"><a href=\"#claim-%d\"><b>%s</b> %s</a></li>\n",
				i, c.Kind, s.Start, s.End, i, c.Kind, esc(shorten(s.Text(src), 160)))
		}
		io.WriteString(w, "</ul>\n</section>\n")
	}
	fmt.Fprintf(w, "</aside>\n</main>\n<script>%s</script>\n</body>\n</html>\n", script)
}

// writeNested writes src with the annotations as well-nested elements. It
// walks the sorted boundary offsets with a stack of open annotations: at
// each offset it closes the annotations that end there, closing and then
// reopening (as continuation elements) any opened inside them that go on,
// and opens the annotations that start there, the longer ones outside.
func writeNested(w io.Writer, src string, anns []annotation) {
	bounds := []int{0, len(src)}
	for _, a := range anns {
		bounds = append(bounds, a.span.Start, a.span.End)
	}
	slices.Sort(bounds)
	bounds = slices.Compact(bounds)
	starts := make([]int, len(anns))
	for i := range starts {
		starts[i] = i
	}
	slices.SortFunc(starts, func(x, y int) int { return anns[x].span.Start - anns[y].span.Start })
	outerFirst := func(x, y int) int {
		a, b := anns[x], anns[y]
		return cmp.Or(b.span.End-a.span.End, a.layer-b.layer, x-y)
	}
	var stack []int
	next := 0
	for bi, p := range bounds {
		// Close what ends at p.
		low := len(stack)
		for k, a := range stack {
			if anns[a].span.End == p {
				low = k
				break
			}
		}
		var reopen []int
		for len(stack) > low {
			a := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			io.WriteString(w, "</span>")
			if anns[a].span.End > p {
				reopen = append(reopen, a)
			}
		}
		var open []int
		for next < len(starts) && anns[starts[next]].span.Start == p {
			open = append(open, starts[next])
			next++
		}
		isNew := make(map[int]bool, len(open))
		for _, a := range open {
			isNew[a] = true
		}
		open = append(open, reopen...)
		slices.SortFunc(open, outerFirst)
		for _, a := range open {
			if isNew[a] {
				io.WriteString(w, anns[a].open)
			} else {
				io.WriteString(w, anns[a].cont)
			}
			stack = append(stack, a)
		}
		if bi+1 < len(bounds) {
			io.WriteString(w, esc(src[p:bounds[bi+1]]))
		}
	}
	for range stack {
		io.WriteString(w, "</span>")
	}
}

// esc returns s as HTML text, with invalid UTF-8 replaced by U+FFFD.
func esc(s string) string { return html.EscapeString(strings.ToValidUTF8(s, "\uFFFD")) }

func colourClass(c int) string {
	if c < 0 {
		return "s-none"
	}
	return "s" + strconv.Itoa(c)
}

// tooltip describes claim c for its title attribute.
func tooltip(doc *extract.Document, c *extract.Claim) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s claim", c.Kind)
	if c.Speaker != nil {
		fmt.Fprintf(&b, "\nspeaker: %s", c.Speaker.Name)
		if c.Speaker.Kind.String() != "" {
			fmt.Fprintf(&b, " (%s)", c.Speaker.Kind)
		}
		if c.Speaker.Role != "" {
			fmt.Fprintf(&b, ", %s", c.Speaker.Role)
		}
	} else {
		b.WriteString("\nspeaker: none")
	}
	if !c.Cue.IsZero() {
		fmt.Fprintf(&b, "\ncue: %s (%s)", c.Cue.Text(doc.Src), c.Act)
	}
	if !c.Medium.IsZero() {
		fmt.Fprintf(&b, "\nmedium: %s", c.Medium.Text(doc.Src))
	}
	if !c.Time.IsZero() {
		fmt.Fprintf(&b, "\ntime: %s", c.Time.Text(doc.Src))
		if !c.Date.IsZero() {
			fmt.Fprintf(&b, " (%s)", c.Date.Format("2006-01-02"))
		}
	}
	fmt.Fprintf(&b, "\nconfidence: %.2f\nbytes %d–%d", c.Confidence, c.Content.Start, c.Content.End)
	return b.String()
}

// shorten cuts s to at most n runes, adding an ellipsis.
func shorten(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i] + "…"
		}
		n--
	}
	return s
}

// palette holds the speaker colours: background and border in light
// mode, then in dark mode.
var palette = [paletteSize][4]string{
	{"#ffe8a3", "#b88a00", "#5a4300", "#e0b12e"},
	{"#cfe8ff", "#2b7bd6", "#143f66", "#6aaef5"},
	{"#d5f5d0", "#2f9e44", "#1d4b1b", "#63c977"},
	{"#ffd7e8", "#d6336c", "#5c1d39", "#f06595"},
	{"#e5ddff", "#7048e8", "#392a6e", "#9d86f2"},
	{"#ffdcc4", "#e8590c", "#5f2f0b", "#ff8f4d"},
	{"#c9f2ed", "#0c8a70", "#0f4742", "#3cc9a9"},
	{"#eef6b8", "#7a9600", "#414b0c", "#b5d334"},
	{"#f9d2d2", "#c92a2a", "#5a1b1b", "#ff6b6b"},
	{"#dfe5ec", "#5c7080", "#323c48", "#94a7b8"},
}

func css() string {
	var b strings.Builder
	b.WriteString(`
:root{color-scheme:light dark;--bg:#ffffff;--fg:#1b1b1f;--muted:#5b5f66;--panel:#f4f5f7;--line:#d9dce1;--none:#eceef1;--noneb:#8a9099}
@media (prefers-color-scheme:dark){:root{--bg:#15171c;--fg:#e7e8ea;--muted:#a3a8b0;--panel:#1e2128;--line:#30343c;--none:#2a2e36;--noneb:#7d8590}}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);font:16px/1.6 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
header{padding:.8rem 1.5rem;border-bottom:1px solid var(--line)}
h1{font-size:1.15rem;margin:0}.summary{margin:.2rem 0 0;color:var(--muted);font-size:.9rem}
main{display:grid;grid-template-columns:minmax(0,1fr) 24rem;gap:1.5rem;padding:1rem 1.5rem}
@media (max-width:900px){main{grid-template-columns:1fr}}
article{white-space:pre-wrap;overflow-wrap:anywhere;max-width:48rem}
aside{background:var(--panel);border:1px solid var(--line);border-radius:8px;padding:.6rem 1rem;align-self:start;position:sticky;top:1rem;max-height:calc(100vh - 2rem);overflow:auto}
aside h2{font-size:1rem;margin:.2rem 0 .6rem}
aside h3{font-size:.95rem;margin:.6rem 0 .2rem;display:flex;align-items:center;gap:.4rem;flex-wrap:wrap}
aside small{color:var(--muted);font-weight:normal}
aside ul{margin:0 0 .4rem;padding-left:1.1rem;font-size:.85rem;line-height:1.4}
aside li{margin:.15rem 0}aside a{color:inherit;text-decoration:none}aside a:hover{text-decoration:underline}
.swatch{display:inline-block;width:.9rem;height:.9rem;border-radius:3px;background:var(--hl);border:2px solid var(--bd)}
.claim{background:var(--hl);border-bottom:2px solid var(--bd);border-radius:2px;padding:0 1px}
.claim .claim{border-bottom-style:double;border-bottom-width:4px}
.claim.hot,.claim:target{outline:2px solid var(--bd);outline-offset:1px}
.mention{font-weight:650;text-decoration:underline 2px var(--bd);text-underline-offset:3px}
.cue{font-style:italic;text-decoration:underline dotted 2px var(--fg);text-underline-offset:3px}
.s-none{--hl:var(--none);--bd:var(--noneb)}
`)
	for i, p := range palette {
		fmt.Fprintf(&b, ".s%d{--hl:%s;--bd:%s}\n", i, p[0], p[1])
	}
	b.WriteString("@media (prefers-color-scheme:dark){\n")
	for i, p := range palette {
		fmt.Fprintf(&b, ".s%d{--hl:%s;--bd:%s}\n", i, p[2], p[3])
	}
	b.WriteString("}\n")
	return b.String()
}

// script outlines every element of a claim while the pointer is over it
// or over its entry in the panel.
const script = `
(function(){
  function hot(id, on){
    document.querySelectorAll('.claim[data-claim="'+id+'"]').forEach(function(e){e.classList.toggle('hot', on)});
  }
  document.querySelectorAll('[data-claim]').forEach(function(e){
    var id = e.getAttribute('data-claim');
    e.addEventListener('mouseenter', function(){hot(id, true)});
    e.addEventListener('mouseleave', function(){hot(id, false)});
  });
})();
`
