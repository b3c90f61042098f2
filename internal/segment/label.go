package segment

import (
	"slices"
	"strings"
	"unicode"
)

// SpeakerLabel parses the label that opens paragraph text txt in a
// broadcast transcript: a name in capitals of one to four words, an
// optional role after a comma, and a colon ("ADA NWOSU, HOST:", "NWOSU:",
// "UNIDENTIFIED PERSON:"). It returns the length of the name in bytes, the
// offset after the colon and the role, or ok false.
func SpeakerLabel(txt string) (name, after int, role string, ok bool) {
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

// narratorRoles are the roles after a label's name that make its speaker a
// narrator of the transcript rather than a voice in it.
var narratorRoles = []string{"HOST", "CO-HOST", "BYLINE", "ANCHOR", "CORRESPONDENT", "REPORTER", "PRESENTER", "NEWSREADER"}

// NarratorRole reports whether the role of a label ("HOST", "CNN
// ANCHOR") ends with a narrator's role.
func NarratorRole(role string) bool {
	fs := strings.Fields(role)
	return len(fs) > 0 && slices.Contains(narratorRoles, fs[len(fs)-1])
}

// Narrators returns the names of the narrators' labels of t and their last
// words ("ADA NWOSU", "NWOSU"), when t is a broadcast transcript: when some
// label of an article paragraph names a narrator ("ADA NWOSU, HOST:").
// Only then are a transcript's labels speakers, so that a dateline ("NEW
// DELHI:") or a standing head ("UPDATE:") of other news is not one. It
// returns nil for other texts.
func Narrators(t *Text) []string {
	var names []string
	for _, p := range t.Paragraphs {
		if p.Kind.Boilerplate() {
			continue
		}
		txt := p.Span.Clamp(len(t.Src)).Text(t.Src)
		n, _, role, ok := SpeakerLabel(txt)
		if !ok || !NarratorRole(role) {
			continue
		}
		name := txt[:n]
		names = append(names, name, name[strings.LastIndexByte(name, ' ')+1:])
	}
	return names
}
