package main

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"

	"github.com/whosaid/whosaid/extract"
)

// The browser test renders the seed articles (and a document with nested
// and crossing claims), opens each page in headless Chromium and checks
// that the browser sees one highlight per claim with the claim's offsets
// and text, and one panel entry per claim. It saves a light and a dark
// screenshot of each page into $WHOSAID_SCREENSHOT_DIR, or a temporary
// directory. It skips when no browser is installed; set WHOSAID_CHROME to
// the browser's path to choose one.

// findBrowser returns the path of a Chromium-like browser, or "".
func findBrowser() string {
	if p := os.Getenv("WHOSAID_CHROME"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "/usr/bin/chromium"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// pageClaim is what the browser sees of one claim.
type pageClaim struct {
	Claim   int    `json:"claim"`
	Kind    string `json:"kind"`
	Speaker string `json:"speaker"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Text    string `json:"text"`
	Title   string `json:"title"`
}

type pageState struct {
	Claims    []pageClaim `json:"claims"`
	Panel     []int       `json:"panel"`
	Speakers  int         `json:"speakers"`
	Mentions  int         `json:"mentions"`
	Cues      int         `json:"cues"`
	Highlight string      `json:"highlight"` // background colour of the first claim
	Body      string      `json:"body"`      // background colour of the page
}

// inspect collects the page state: claims grouped by data-claim, their
// elements' text joined in document order.
const inspect = `(() => {
  const by = new Map();
  for (const e of document.querySelectorAll('#text .claim')) {
    const id = +e.dataset.claim;
    if (!by.has(id)) by.set(id, {claim: id, kind: e.dataset.kind, speaker: e.dataset.speaker,
      start: +e.dataset.start, end: +e.dataset.end, text: '', title: e.title});
    by.get(id).text += e.textContent;
  }
  // A claim nested in another is inside its parent's textContent too, but
  // a claim's own fragments never nest in each other.
  const first = document.querySelector('#text .claim');
  return {
    claims: [...by.values()].sort((a, b) => a.claim - b.claim),
    panel: [...document.querySelectorAll('#panel li[data-claim]')].map(e => +e.dataset.claim),
    speakers: document.querySelectorAll('#panel section.speaker').length,
    mentions: document.querySelectorAll('#text .mention').length,
    cues: document.querySelectorAll('#text .cue').length,
    highlight: first ? getComputedStyle(first).backgroundColor : '',
    body: getComputedStyle(document.body).backgroundColor,
  };
})()`

func TestBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	browser := findBrowser()
	if browser == "" {
		t.Skip("no Chromium found (install Debian's chromium package or set WHOSAID_CHROME); skipping the browser test")
	}
	shots := os.Getenv("WHOSAID_SCREENSHOT_DIR")
	if shots == "" {
		shots = t.TempDir()
	} else if err := os.MkdirAll(shots, 0o755); err != nil {
		t.Fatal(err)
	}
	files, err := filepath.Glob("../../testdata/articles/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no seed articles: %v", err)
	}
	docs := map[string]*extract.Document{"nested": testDoc(t)}
	names := []string{"nested"}
	x := extract.New()
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		docs[name] = x.Extract(string(b))
		names = append(names, name)
	}

	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(browser),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1400, 1000),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-extensions", true),
	}
	actx, acancel := chromedp.NewExecAllocator(ctx, opts...)
	defer acancel()
	bctx, bcancel := chromedp.NewContext(actx)
	defer bcancel()
	if err := chromedp.Do(bctx); err != nil {
		t.Skipf("cannot start %s: %v; skipping the browser test", browser, err)
	}

	dir := t.TempDir()
	for _, name := range names {
		t.Run(name, func(t *testing.T) {
			doc := docs[name]
			page := filepath.Join(dir, name+".html")
			var b strings.Builder
			Render(&b, name, doc)
			if err := os.WriteFile(page, []byte(b.String()), 0o644); err != nil {
				t.Fatal(err)
			}
			if err := chromedp.Do(bctx, chromedp.Navigate("file://"+page), chromedp.WaitReady("#panel")); err != nil {
				t.Fatalf("browser: %v", err)
			}
			var states [2]pageState
			for k, scheme := range []string{"light", "dark"} {
				if err := chromedp.Do(bctx, colourScheme(scheme)); err != nil {
					t.Fatalf("browser: %v", err)
				}
				st, err := chromedp.Run(bctx, chromedp.Evaluate[pageState](inspect))
				if err != nil {
					t.Fatalf("browser: %v", err)
				}
				states[k] = st
				img, err := chromedp.Run(bctx, chromedp.FullScreenshot(100))
				if err != nil {
					t.Fatalf("browser: %v", err)
				}
				if err := os.WriteFile(filepath.Join(shots, name+"-"+scheme+".png"), img, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			st, darkSt := states[0], states[1]
			t.Logf("screenshots: %s", filepath.Join(shots, name+"-{light,dark}.png"))
			checkPage(t, doc, &st)
			if st.Body == darkSt.Body {
				t.Errorf("page background %s in both light and dark mode", st.Body)
			}
			if len(doc.Claims) > 0 && (st.Highlight == "" || st.Highlight == "rgba(0, 0, 0, 0)" || st.Highlight == darkSt.Highlight) {
				t.Errorf("claim background light %q, dark %q: want a colour for each mode", st.Highlight, darkSt.Highlight)
			}
		})
	}
}

// checkPage compares what the browser sees with doc's claims.
func checkPage(t *testing.T, doc *extract.Document, st *pageState) {
	t.Helper()
	var want []pageClaim
	for i, c := range doc.Claims {
		s := c.Content.Clamp(len(doc.Src))
		if s.Empty() {
			continue
		}
		text := strings.ToValidUTF8(s.Text(doc.Src), "\uFFFD")
		text = strings.NewReplacer("\r\n", "\n", "\r", "\n", "\x00", "\uFFFD").Replace(text)
		want = append(want, pageClaim{Claim: i, Kind: c.Kind.String(), Start: s.Start, End: s.End, Text: text})
	}
	if len(st.Claims) != len(want) {
		t.Fatalf("browser sees %d claims, want %d", len(st.Claims), len(want))
	}
	for i, w := range want {
		g := st.Claims[i]
		if g.Claim != w.Claim || g.Kind != w.Kind || g.Start != w.Start || g.End != w.End || g.Text != w.Text {
			t.Errorf("claim %d in browser = %+v, want %+v", w.Claim, g, w)
		}
		if !strings.Contains(g.Title, w.Kind) || !strings.Contains(g.Title, "speaker:") {
			t.Errorf("claim %d tooltip %q lacks kind or speaker", w.Claim, g.Title)
		}
	}
	if len(st.Panel) != len(doc.Claims) {
		t.Errorf("panel lists %d claims, want %d", len(st.Panel), len(doc.Claims))
	}
}

// colourScheme makes the page's prefers-color-scheme query match scheme.
func colourScheme(scheme string) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := cdp.Call(ctx, t, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
			Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: scheme}}})
		return err
	})
}
