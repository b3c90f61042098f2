package quote

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/whosaid/whosaid/textpos"
)

// transcript is what a broadcast transcript's speaker labels tell: whether
// the document is one, and who narrates it.
type transcript struct {
	// on is true when a label names a narrator ("ADA NWOSU, HOST:"): only
	// then are labels read as speakers, so that a dateline ("NEW DELHI:")
	// or a standing head ("UPDATE:") is not one.
	on bool
	// narrators holds the names of the narrators' labels and their last
	// words ("ADA NWOSU", "NWOSU"): their lines are narration.
	narrators []string
}

// narratorRoles are the roles after a label's name that make its speaker a
// narrator of the transcript rather than a voice in it.
var narratorRoles = []string{"HOST", "CO-HOST", "BYLINE", "ANCHOR", "CORRESPONDENT", "REPORTER", "PRESENTER", "NEWSREADER"}

// narratorRole reports whether the role of a label ("HOST", "CNN
// ANCHOR") ends with a narrator's role.
func narratorRole(role string) bool {
	fs := strings.Fields(role)
	return len(fs) > 0 && slices.Contains(narratorRoles, fs[len(fs)-1])
}

// speakerLabel parses the label that opens paragraph text txt in a
// broadcast transcript: a name in capitals of one to four words, an
// optional role after a comma, and a colon ("ADA NWOSU, HOST:", "NWOSU:",
// "UNIDENTIFIED PERSON:"). It returns the length of the name and the
// offset after the colon, or ok false.
func speakerLabel(txt string) (name, after int, role string, ok bool) {
	colon := strings.IndexByte(txt[:min(len(txt), 80)], ':')
	if colon < 2 || colon+1 < len(txt) && txt[colon+1] != ' ' && txt[colon+1] != '\t' {
		return 0, 0, "", false // "10:30", "http://"
	}
	label := txt[:colon]
	name = len(label)
	if c := strings.IndexByte(label, ','); c >= 0 {
		name = c
		role = strings.TrimSpace(label[c+1:])
		if !capitalWords(role, 3) {
			return 0, 0, "", false
		}
	}
	if !capitalWords(label[:name], 4) {
		return 0, 0, "", false
	}
	return name, colon + 1, role, true
}

// capitalWords reports whether s is one to max words separated by single
// spaces, each of two or more letters, all capitals, with inner hyphens,
// apostrophes or periods ("O'HARA", "BAKONYI-PETHŐ", "DR.").
func capitalWords(s string, max int) bool {
	words, letters := 1, 0
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	for i, r := range s {
		switch {
		case r == ' ':
			if s[i-1] == ' ' || letters < 2 {
				return false
			}
			words, letters = words+1, 0
		case unicode.IsLetter(r):
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		case r == '-' || r == '\'' || r == '’' || r == '.':
		default:
			return false
		}
	}
	return words <= max && letters >= 2
}

// readLabels finds out, once per document, whether it is a broadcast
// transcript and who narrates it.
func (d *docState) readLabels() {
	d.labelsRead = true
	for _, p := range d.t.Paragraphs {
		if p.Kind.Boilerplate() {
			continue
		}
		txt := p.Span.Text(d.src)
		n, _, role, ok := speakerLabel(txt)
		if !ok || !narratorRole(role) {
			continue
		}
		d.labels.on = true
		name := txt[:n]
		d.labels.narrators = append(d.labels.narrators, name, name[strings.LastIndexByte(name, ' ')+1:])
	}
}

// soundbite makes the block claim of paragraph pi when it is a labelled
// voice in a broadcast transcript ("ADA NWOSU: We waited all night."):
// the words after the label, whose speaker is the label's name. The lines
// of the host and the reporter are narration, and claims inside them are
// found as in any paragraph. labelled reports whether the paragraph opens
// with a speaker label of a transcript, a narrator's included.
func (d *docState) soundbite(pi int) (c Claim, labelled, ok bool) {
	if !d.labelsRead {
		d.readLabels()
	}
	if !d.labels.on {
		return Claim{}, false, false
	}
	p := d.t.Paragraphs[pi].Span
	n, after, role, ok := speakerLabel(p.Text(d.src))
	if !ok {
		return Claim{}, false, false
	}
	if narratorRole(role) || slices.Contains(d.labels.narrators, d.src[p.Start:p.Start+n]) {
		return Claim{}, true, false
	}
	c.Content = d.answerContent(textpos.Span{Start: p.Start + after, End: p.End})
	if c.Content.Len() < 2 {
		return Claim{}, true, false
	}
	if r, _ := utf8.DecodeRuneInString(d.src[c.Content.Start:]); r == '(' {
		return Claim{}, true, false // "(SOUNDBITE OF MUSIC)"
	}
	sp := textpos.Span{Start: p.Start, End: p.Start + n}
	return Claim{Kind: Block, Content: c.Content, Subject: sp, Head: sp,
		Cue: textpos.Span{Start: p.Start + after - 1, End: p.Start + after}, Act: Statement, Para: pi, Of: -1, Confidence: 0.75}, true, true
}
