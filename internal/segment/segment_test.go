package segment_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/whosaid/whosaid/internal/segment"
)

// tokenString renders tokens as "text/kind" joined by spaces.
func tokenString(x *segment.Text) string {
	var parts []string
	for _, tok := range x.Tokens {
		parts = append(parts, fmt.Sprintf("%s/%s", tok.Span.Text(x.Src), tok.Kind))
	}
	return strings.Join(parts, " ")
}

func TestTokens(t *testing.T) {
	tests := []struct{ src, want string }{
		{"Kyiv’s we’ve cease-fire US-Ukraine", "Kyiv’s/word we’ve/word cease-fire/word US-Ukraine/word"},
		{"the U.S. at 5:30 p.m. Mr. Smith", "the/word U.S./word at/word 5:30/number p.m./word Mr./word Smith/word"},
		{"1,000 3.5 2025-03-23 30-day", "1,000/number 3.5/number 2025-03-23/number 30-day/word"},
		{"Wait... -- —— !!", "Wait/word .../punct --/punct ——/punct !!/punct"},
		{"“Go,” he said. ‘No.’", "“/quote Go/word ,/punct ”/quote he/word said/word ./punct ‘/quote No/word ./punct ’/quote"},
		{"``TeX'' 'a' «b» „c“", "``/quote TeX/word ''/quote '/quote a/word '/quote «/quote b/word »/quote „/quote c/word “/quote"},
		{"the ’90s and '80s", "the/word ’90s/word and/word '80s/word"},
		{"students’ union", "students/word ’/quote union/word"},
		{"U.S.-mediated Jr.'s No. 5 no.", "U.S.-mediated/word Jr.'s/word No./word 5/number no/word ./punct"},
		{"Jan. 23 in Jan", "Jan./word 23/number in/word Jan/word"},
		{"a\xffb \x00", "a/word \xff/punct b/word \x00/punct"},
		{"e\u0301t\u00e9 日本語", "e\u0301t\u00e9/word 日本語/word"},
	}
	for _, tt := range tests {
		if got := tokenString(segment.Split(tt.src)); got != tt.want {
			t.Errorf("Split(%q) tokens = %s, want %s", tt.src, got, tt.want)
		}
	}
}

func TestSentences(t *testing.T) {
	tests := []struct {
		src  string
		want []string
	}{
		{"“I do not believe in a cease-fire. We’ve been through this before,” Ms. Grant said.",
			[]string{"“I do not believe in a cease-fire. We’ve been through this before,” Ms. Grant said."}},
		{"He said, “Go. Now.” Then he left.", []string{"He said, “Go. Now.”", "Then he left."}},
		{"The envoy met Vladimir V. Putin and Dmitri S. Peskov in Moscow. They talked.",
			[]string{"The envoy met Vladimir V. Putin and Dmitri S. Peskov in Moscow.", "They talked."}},
		{"J. R. R. Tolkien wrote it.", []string{"J. R. R. Tolkien wrote it."}},
		{"Talks began at 5:30 p.m. local time. They ended at 11 p.m. The delegates left.",
			[]string{"Talks began at 5:30 p.m. local time.", "They ended at 11 p.m.", "The delegates left."}},
		{"Officials in the U.S. It was late.", []string{"Officials in the U.S.", "It was late."}},
		{"The U.S. State Department and the F.S.B. agency declined.", []string{"The U.S. State Department and the F.S.B. agency declined."}},
		{"Sen. Jane Roe, Gov. Al Poe and Gen. Lee Hu met Rep. Ann Wu.", []string{"Sen. Jane Roe, Gov. Al Poe and Gen. Lee Hu met Rep. Ann Wu."}},
		{"Prices rose 3.5 percent, to 1,000 units. Sales fell.", []string{"Prices rose 3.5 percent, to 1,000 units.", "Sales fell."}},
		{"Apples, pears, etc. were sold. Then it rained etc. It stopped.",
			[]string{"Apples, pears, etc. were sold.", "Then it rained etc.", "It stopped."}},
		{"Wait... What happened?! Nobody knows", []string{"Wait...", "What happened?!", "Nobody knows"}},
		{"(The vote was close.) The bill passed.", []string{"(The vote was close.)", "The bill passed."}},
		{"no punctuation at all in this line", []string{"no punctuation at all in this line"}},
		{"First line. Second\nNew paragraph here.", []string{"First line.", "Second", "New paragraph here."}},
		{"The meeting is on Jan. 5 in Geneva.", []string{"The meeting is on Jan. 5 in Geneva."}},
		{"“Unclosed quote. It runs on.", []string{"“Unclosed quote.", "It runs on."}},
	}
	for _, tt := range tests {
		if got := sentenceTexts(segment.Split(tt.src)); !slices.Equal(got, tt.want) {
			t.Errorf("Split(%q) sentences = %q, want %q", tt.src, got, tt.want)
		}
	}
}

func TestParagraphs(t *testing.T) {
	src := "  Title line  \r\n\r\nFirst para. Two.\rSecond para\u2028Third\n\n\n"
	x := segment.Split(src)
	var got []string
	for _, p := range x.Paragraphs {
		got = append(got, p.Span.Text(src))
	}
	want := []string{"Title line", "First para. Two.", "Second para", "Third"}
	if !slices.Equal(got, want) {
		t.Errorf("paragraphs = %q, want %q", got, want)
	}
}

func TestKinds(t *testing.T) {
	tests := []struct {
		line string
		want segment.ParaKind
	}{
		{"Talks resume in Geneva", segment.Heading},
		{"What's next?", segment.Heading},
		{"Farmers fear drought as rivers run dry across the southern plains this summer", segment.Heading},
		{"The minister said the talks would resume on Monday.", segment.Body},
		{"- Reduced tax rates for small firms to 20% over three years from next April onwards", segment.Body},
		{"By Jane Roe and John Doe Daily Herald", segment.Byline},
		{"BY MARIA LOPEZ", segment.Byline},
		{"by Ann Lee June 2, 2024 9:15 AM 3 min read", segment.Byline},
		{"Author: Ann Lee", segment.Byline},
		{"By Monday, officials had left the capital.", segment.Body},
		{"By the time the vote came, most had gone.", segment.Body},
		{"A man walks past a damaged building in Kharkiv. (John Doe/Reuters)", segment.Caption},
		{"Rescuers search the rubble on Tuesday. (AP Photo/Jane Roe)", segment.Caption},
		{"Protesters gather outside parliament. Photograph: Ann Lee/Getty Images", segment.Caption},
		{"The agency (which declined to comment) said nothing", segment.Heading},
		{"“No answers at all,” she said. DM", segment.Body},
		{"Talks fail in Geneva. Live", segment.Heading},
		{"ADVERTISEMENT", segment.Ad},
		{"Sponsored", segment.Ad},
		{"Sign up for our daily briefing newsletter.", segment.Ad},
		{"Follow us on X for the latest updates", segment.Ad},
		{"Thank you for signing up!", segment.Ad},
		{"Share Close Menu", segment.Ad},
		{"The firm is offering free calls to customers who sign up to broadband in May.", segment.Body},
		{"Best comedy (Some Show/ Other Show, Channel 9)", segment.Heading},
		{"***", segment.Ad},
		{"date 2024-06-02", segment.DateLine},
		{"Published: June 2, 2024 9:15 PM EDT", segment.DateLine},
		{"Updated 2 June 2024", segment.DateLine},
		{"Read more: Why the talks failed", segment.Teaser},
		{"Related: Ceasefire plan explained", segment.Teaser},
		{"See also the earlier report", segment.Teaser},
		{"This story originally appeared in the Daily Herald.", segment.Credit},
		{"Ann Lee and John Doe contributed reporting.", segment.Credit},
		{"Associated Press writer Jane Roe contributed to this report.", segment.Credit},
		{"Editor’s note: This story has been updated.", segment.Credit},
		{"Reporting by Ann Lee; Editing by John Doe", segment.Credit},
	}
	for _, tt := range tests {
		x := segment.Split(tt.line)
		if len(x.Paragraphs) != 1 {
			t.Errorf("Split(%q): %d paragraphs, want 1", tt.line, len(x.Paragraphs))
			continue
		}
		if got := x.Paragraphs[0].Kind; got != tt.want {
			t.Errorf("Split(%q) kind = %v, want %v", tt.line, got, tt.want)
		}
	}
}

func TestDateLine(t *testing.T) {
	tests := []struct {
		src   string
		kinds []segment.ParaKind
		date  time.Time
	}{
		{" date 2025-03-23 The talks began on Sunday.", []segment.ParaKind{segment.DateLine, segment.Body},
			time.Date(2025, 3, 23, 0, 0, 0, 0, time.UTC)},
		{"Published March 23, 2025 Officials met in Riyadh.", []segment.ParaKind{segment.DateLine, segment.Body},
			time.Date(2025, 3, 23, 0, 0, 0, 0, time.UTC)},
		{"Headline here\nby Ann Lee Sunday, June 2, 2024\nBody text follows here, and it is long enough.",
			[]segment.ParaKind{segment.Heading, segment.Byline, segment.Body}, time.Date(2024, 6, 2, 0, 0, 0, 0, time.UTC)},
		{"March 23, 2025 was a Sunday.", []segment.ParaKind{segment.Body}, time.Time{}},
		{"date 2025-02-30 Not a date.", []segment.ParaKind{segment.Body}, time.Time{}},
	}
	for _, tt := range tests {
		x := segment.Split(tt.src)
		var kinds []segment.ParaKind
		for _, p := range x.Paragraphs {
			kinds = append(kinds, p.Kind)
		}
		if !slices.Equal(kinds, tt.kinds) || !x.Date.Equal(tt.date) {
			t.Errorf("Split(%q): kinds %v, date %v; want %v, %v", tt.src, kinds, x.Date, tt.kinds, tt.date)
		}
	}
}
