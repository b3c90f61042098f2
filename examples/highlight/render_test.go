package main

import (
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/entity"
	"github.com/whosaid/whosaid/extract"
	"github.com/whosaid/whosaid/textpos"
)

// span returns the span of the first occurrence of sub in src.
func span(t *testing.T, src, sub string) textpos.Span {
	t.Helper()
	i := strings.Index(src, sub)
	if i < 0 {
		t.Fatalf("%q not in %q", sub, src)
	}
	return textpos.Span{Start: i, End: i + len(sub)}
}

// testDoc is an article whose claims nest and cross: a partial quote inside
// an indirect claim, a speaker mention inside a claim, a claim that crosses
// another's end, markup characters and an invalid byte.
func testDoc(t *testing.T) *extract.Document {
	src := "Anna <Berg> & co said that talks were “productive & calm” on Friday.\nShe added: “We go on.” Officials \xff stated prices rose, and will rise again."
	d := &extract.Document{Src: src, Entities: []entity.Entity{{Name: "Anna <Berg>", Kind: entity.Person}}}
	berg := &extract.Speaker{Entity: 0, Name: "Anna <Berg>", Kind: entity.Person, Mention: span(t, src, "Anna <Berg>"), Role: "envoy"}
	she := *berg
	she.Mention = span(t, src, "She")
	d.Claims = []extract.Claim{
		{Kind: extract.Indirect, Content: span(t, src, "talks were “productive & calm”"), Speaker: berg, Cue: span(t, src, "said"), Time: span(t, src, "on Friday")},
		{Kind: extract.Partial, Content: span(t, src, "productive & calm"), Speaker: berg, Cue: span(t, src, "said")},
		{Kind: extract.Direct, Content: span(t, src, "We go on."), Speaker: &she, Cue: span(t, src, "added")},
		// Crosses the next claim's start: "Officials … stated prices" and "prices rose …".
		{Kind: extract.Indirect, Content: span(t, src, "Officials \xff stated prices"), Speaker: nil},
		{Kind: extract.Indirect, Content: span(t, src, "prices rose, and will rise again"), Speaker: &extract.Speaker{Entity: -1, Name: "Officials", Kind: entity.Unnamed, Mention: span(t, src, "Officials")}, Cue: span(t, src, "stated")},
	}
	return d
}

var tagRE = regexp.MustCompile(`<(/?)(span|article|aside|main|section|ul|li|a|b|h[1-3]|small|header|p|body|html|head|style|script|title)\b[^>]*>`)

func TestRenderWellNested(t *testing.T) {
	d := testDoc(t)
	var b strings.Builder
	Render(&b, "test <file>.txt", d)
	page := b.String()
	var stack []string
	for _, m := range tagRE.FindAllStringSubmatch(page, -1) {
		if m[1] == "" {
			stack = append(stack, m[2])
			continue
		}
		if len(stack) == 0 || stack[len(stack)-1] != m[2] {
			t.Fatalf("</%s> closes %v", m[2], stack)
		}
		stack = stack[:len(stack)-1]
	}
	if len(stack) != 0 {
		t.Fatalf("unclosed %v", stack)
	}
	for _, bad := range []string{"<Berg>", "test <file>", "\xff"} {
		if strings.Contains(page, bad) {
			t.Errorf("page contains unescaped %q", bad)
		}
	}
	for _, want := range []string{"&lt;Berg&gt;", `data-kind="partial"`, "on Friday", `class="cue"`, `class="mention s0"`, "prefers-color-scheme:dark"} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %q", want)
		}
	}
	if strings.Contains(page, "http://") || strings.Contains(page, "https://") {
		t.Errorf("page refers to the network")
	}
	// The text of every claim's elements, joined, is the claim's content.
	texts := claimTexts(page)
	for i, c := range d.Claims {
		want := strings.ToValidUTF8(c.Content.Text(d.Src), "\uFFFD")
		if got := texts[i]; got != want {
			t.Errorf("claim %d text %q, want %q", i, got, want)
		}
	}
}

// claimTexts returns the text of each claim's elements, by data-claim,
// read with a small tag walker (the browser test checks it in a browser).
func claimTexts(page string) map[int]string {
	out := make(map[int]string)
	start := strings.Index(page, `<article id="text">`)
	end := strings.Index(page, "</article>")
	body := page[start+len(`<article id="text">`) : end]
	var open []int // claim of each open span, -1 for others
	claimRE := regexp.MustCompile(`^<span[^>]*class="claim[^"]*" data-claim="(\d+)"`)
	for len(body) > 0 {
		if body[0] == '<' {
			j := strings.IndexByte(body, '>')
			tag := body[:j+1]
			body = body[j+1:]
			if strings.HasPrefix(tag, "</") {
				open = open[:len(open)-1]
				continue
			}
			c := -1
			if m := claimRE.FindStringSubmatch(tag); m != nil {
				c, _ = strconv.Atoi(m[1])
			}
			open = append(open, c)
			continue
		}
		j := strings.IndexByte(body, '<')
		if j < 0 {
			j = len(body)
		}
		text := unescape(body[:j])
		body = body[j:]
		for _, c := range open {
			if c >= 0 {
				out[c] += text
			}
		}
	}
	return out
}

func unescape(s string) string {
	return strings.NewReplacer("&lt;", "<", "&gt;", ">", "&amp;", "&", "&#34;", `"`, "&#39;", "'").Replace(s)
}

func TestRenderEmpty(t *testing.T) {
	var b strings.Builder
	Render(&b, "empty", &extract.Document{})
	if !strings.Contains(b.String(), "0 claims") {
		t.Errorf("empty document page: %s", b.String())
	}
}
