package quote

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/whosaid/whosaid/internal/norm"
	"github.com/whosaid/whosaid/textpos"
)

// unit finds the claims of unit u: a sentence, or several sentences that a
// quotation joins. It reports whether the unit has an accepted cue word
// and whether it has a quotation.
func (d *docState) unit(u textpos.Span, pi, qi int) (anyCue, anyQuote bool) {
	d.all = d.a.tokenize(d.all[:0], d.src, u, d.qs, qi)
	all := d.all
	s := 0
	for i := range all {
		if i+1 < len(all) && d.splitAfter(all, i) {
			c, q := d.sub(all[s:i+1], pi)
			anyCue, anyQuote = anyCue || c, anyQuote || q
			s = i + 1
		}
	}
	c, q := d.sub(all[s:], pi)
	return anyCue || c, anyQuote || q
}

// maxLabelWords is the most words of a paragraph's lead-in label.
const maxLabelWords = 5

// labelEnd returns the index of the first token after a lead-in label that
// opens paragraph pi, as briefing newsletters and some datelines print
// them ("Why it matters: Supporters say …", "What they're saying: “…,”
// Lee said"), or 0. A label is at most maxLabelWords words, capitalised
// first and lower case after, with no auxiliary and no finite cue, and
// ends with a colon; a cue must follow it in toks, so that frames such as
// "Her words: “…”" keep their colon.
func (d *docState) labelEnd(toks []token, pi int) int {
	if len(toks) < 3 || toks[0].kind != tWord || !toks[0].cap || toks[0].span.Start != d.t.Paragraphs[pi].Span.Start {
		return 0
	}
	colon := 0
	for k, t := range toks[:min(len(toks), maxLabelWords+1)] {
		if t.kind == tPunct && t.r == ':' {
			colon = k
			break
		}
		if t.kind != tWord || k > 0 && t.cap || t.flags&(fAux|fFinite|fModal|fWords) != 0 || t.isCue && t.cue.Form != Gerund {
			return 0
		}
	}
	if colon == 0 || colon+1 >= len(toks) || !(toks[colon+1].kind == tQuote || toks[colon+1].cap) {
		return 0
	}
	for _, t := range toks[colon+1:] {
		if t.kind == tWord && t.isCue && t.cue.Form != Gerund {
			return colon + 1
		}
	}
	return 0
}

// splitAfter reports whether a sentence ends after token i of toks, which
// the segmenter did not split: a full stop, or a quotation ending with a
// full stop, before a capitalised word or a quotation.
func (d *docState) splitAfter(toks []token, i int) bool {
	t, next := toks[i], toks[i+1]
	if !(next.kind == tWord && next.cap || next.kind == tQuote) {
		return false
	}
	switch t.kind {
	case tPunct:
		return t.r == '.' || t.r == '?' || t.r == '!'
	case tQuote:
		c := trimContent(d.src, d.qs[t.q].Content)
		return c.End > c.Start && d.src[c.End-1] == '.'
	}
	return false
}

// endsSentence reports whether quotation token i ends with a full stop,
// question or exclamation mark and a capitalised word follows it.
func (d *docState) endsSentence(i int) bool {
	if i+1 >= len(d.toks) || d.toks[i+1].kind != tWord || !d.toks[i+1].cap {
		return false
	}
	c := trimContent(d.src, d.qs[d.toks[i].q].Content)
	if c.End <= c.Start {
		return false
	}
	switch d.src[c.End-1] {
	case '.', '?', '!':
		return true
	}
	return false
}

// sub finds the claims of one sentence, whose tokens are toks.
func (d *docState) sub(toks []token, pi int) (anyCue, anyQuote bool) {
	if k := d.labelEnd(toks, pi); k > 0 {
		toks = toks[k:]
	}
	d.toks = toks
	n := len(d.toks)
	if n == 0 {
		return false, false
	}
	d.used = d.used[:0]
	for range n {
		d.used = append(d.used, false)
	}
	n0 := len(d.claims)
	words := 0
	for i := range d.toks {
		switch d.toks[i].kind {
		case tQuote:
			anyQuote = true
		case tWord:
			words++
			if d.cueAt(i) {
				anyCue = true
			}
		}
	}
	for i := range d.toks {
		if d.toks[i].kind != tQuote {
			continue
		}
		if d.directAfter(i, pi) || d.directBefore(i, pi) || d.directFramed(i, pi) || d.directColon(i, pi) || d.directDash(i, pi) {
			continue
		}
		switch {
		case words == 0 && d.lastDirect >= 0:
			q := d.qs[d.toks[i].q]
			d.claims = append(d.claims, Claim{Kind: Direct, Content: trimContent(d.src, q.Content),
				Para: pi, Of: d.lastDirect, Confidence: 0.8})
		case words == 0 && (d.sentPara == pi || d.sentPara == pi-1 && d.sentActs && d.toks[i].span.Start == d.t.Paragraphs[pi].Span.Start) && !d.sentSubj.IsZero():
			// "She refused to blame the goalkeeper. “We lost that as a
			// team.”": a quotation alone after a sentence about a person,
			// in its paragraph or opening the next.
			q := d.qs[d.toks[i].q]
			d.claims = append(d.claims, Claim{Kind: Direct, Content: trimContent(d.src, q.Content),
				Subject: d.sentSubj, Head: d.sentSubj, Para: pi, Of: -1, Confidence: 0.6})
		}
	}
	for i := range d.toks {
		if d.used[i] {
			continue
		}
		if d.isAccordingTo(i) {
			d.accordingTo(i, pi, n0)
			continue
		}
		if d.cueAt(i) {
			d.cueClaim(i, pi, n0)
		}
	}
	if d.framePara != pi && d.punct(n-1, ':') && d.toks[n-1].span.End == len(strings.TrimRight(d.src[:d.t.Paragraphs[pi].Span.End], " \t\r\n")) {
		d.colonFrame(pi, n0)
	}
	before := d.prevSubj
	d.antecedents(n0)
	if words > 0 {
		d.sentSubj, d.sentPara, d.sentActs = textpos.Span{}, pi, false
		if s := d.clauseStart(n); s < n && len(d.claims) == n0 {
			if !d.is(s, "he") && !d.is(s, "she") {
				s = d.subjectStart(n) // "Asked about it, he shrugged."
			}
			switch {
			case d.is(s, "he") || d.is(s, "she"):
				d.sentSubj, d.sentActs = d.toks[s].span, true
			case d.prevSubj != before && d.prevSubj.Start == d.toks[s].span.Start:
				d.sentSubj, d.sentActs = d.prevSubj, d.verbAfter(s, d.prevSubj.End)
			case d.toks[s].flags&fPrep != 0:
				if sp, ok := d.roleNameAfterComma(s, n); ok {
					d.sentSubj, d.sentActs = sp, true
				}
			}
		}
	}
	switch {
	case len(d.claims) > n0:
		d.lastDirect = len(d.claims) - 1
	case words > 0:
		d.lastDirect = -1
	}
	return anyCue, anyQuote
}

// colonFrame makes the frame, if any, of a sentence that ends its
// paragraph with a colon but is no plain "she said:": a claim of the
// sentence or a cue with a subject ("In it, she described the decision as
// the hardest of her career:"), or a named subject of "was blunt:". The
// next paragraph, if unmarked, is then a block quote of that speaker.
func (d *docState) colonFrame(pi, n0 int) {
	n := len(d.toks)
	for c := len(d.claims) - 1; c >= n0; c-- {
		if !d.claims[c].Subject.IsZero() {
			fr := d.claims[c]
			fr.Confidence = 0.8
			d.frame, d.framePara = fr, pi
			return
		}
	}
	for c := n - 2; c >= 0; c-- {
		if !d.toks[c].isCue || !d.cueAt(c) {
			continue
		}
		if ph, hd, _, ok := d.subjectBefore(c, 0); ok {
			t := d.toks[c]
			d.frame = Claim{Cue: t.span, Act: t.cue.Act, Subject: ph, Head: hd, Para: pi, Of: -1, Confidence: 0.75}
			d.framePara = pi
		}
		return
	}
	if sp, ok := d.wordsFrame(n - 1); ok {
		d.frame = Claim{Cue: d.toks[n-1].span, Act: Statement, Subject: sp, Head: sp, Para: pi, Of: -1, Confidence: 0.6}
		if c := len(d.claims) - 1; c >= 0 && d.claims[c].Para >= pi-1 && samePerson(sp.Text(d.src), d.claims[c].Head.Text(d.src)) {
			// "She promised …. Her speech ended with a line:": the
			// possessive refers to the last speaker.
			d.frame.Subject, d.frame.Head, d.frame.Antecedent = d.claims[c].Subject, d.claims[c].Head, d.claims[c].Antecedent
		}
		d.framePara = pi
		return
	}
	ph, hd, st, ok := d.copulaFrame(n - 1)
	if !ok || d.toks[st].flags&fPron == 0 && !lastWordUpper(hd.Text(d.src)) && !d.mannerBefore(n-1) {
		return // "The reason was simple:": no name; but "the envoy was blunter:"
	}
	d.frame = Claim{Cue: d.toks[n-1].span, Act: Statement, Subject: ph, Head: hd, Para: pi, Of: -1, Confidence: 0.7}
	d.framePara = pi
}

// mannerBefore reports whether one of the three words before the colon
// at token colon is an adjective of a manner of speaking, which makes its
// subject a speaker: "the envoy was blunter:", "the minister was more
// candid:".
func (d *docState) mannerBefore(colon int) bool {
	for k := colon - 1; k >= 0 && colon-k <= 3 && d.toks[k].kind == tWord; k-- {
		switch strings.ToLower(d.word(k)) {
		case "blunt", "blunter", "candid", "frank", "franker", "direct", "forthright", "emphatic", "unequivocal",
			"defiant", "scathing", "terse", "succinct", "explicit", "outspoken":
			return true
		}
	}
	return false
}

// wordsFrame matches a sentence about someone's words that ends with
// the colon at token colon and opens with their possessive and a noun of
// words: "Her victory speech ended with a line she had used:", "Lee's
// letter closed with a plea:". It returns the possessor: the pronoun, or
// the name without its "'s".
func (d *docState) wordsFrame(colon int) (textpos.Span, bool) {
	s := d.clauseStart(colon)
	if s+1 >= colon || d.toks[s].kind != tWord {
		return textpos.Span{}, false
	}
	sp := d.toks[s].span
	switch {
	case d.is(s, "her") || d.is(s, "his") || d.is(s, "their"):
	case d.toks[s].cap && d.toks[s].flags&wordClasses == 0 && hasPossessive(d.word(s)):
		w := d.word(s)
		switch {
		case strings.HasSuffix(w, "’s"):
			sp.End -= len("’s") // "Lee’s" → "Lee"
		case strings.HasSuffix(w, "'s"):
			sp.End -= len("'s")
		case strings.HasSuffix(w, "’"):
			sp.End -= len("’") // "Jones’" → "Jones"
		default:
			sp.End -= len("'")
		}
	default:
		return textpos.Span{}, false
	}
	for m := s + 1; m < colon && m-s <= 3; m++ {
		t := d.toks[m]
		if t.kind == tWord && !t.cap && t.flags&fWords != 0 {
			return sp, true
		}
		if t.kind != tWord || t.cap || t.flags&wordClasses != 0 {
			return textpos.Span{}, false
		}
	}
	return textpos.Span{}, false
}

// samePerson reports whether the possessive pronoun poss ("her") and the
// subject pronoun subj ("she") are the same person and number.
func samePerson(poss, subj string) bool {
	switch strings.ToLower(poss) {
	case "her":
		return strings.EqualFold(subj, "she")
	case "his":
		return strings.EqualFold(subj, "he")
	case "their":
		return strings.EqualFold(subj, "they")
	}
	return false
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// lastWordUpper reports whether the last word of s starts with an upper
// case letter ("The Kremlin", "Alain Bergeron", not "The reason").
func lastWordUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(lastWord(s))
	return unicode.IsUpper(r)
}

// lastWord returns the last space-separated word of s.
func lastWord(s string) string { return s[strings.LastIndexByte(s, ' ')+1:] }

// word returns the text of token i.
func (d *docState) word(i int) string {
	if i < 0 || i >= len(d.toks) {
		return ""
	}
	return d.toks[i].span.Text(d.src)
}

// is reports whether token i is the word w (ASCII case-insensitive).
func (d *docState) is(i int, w string) bool {
	return i >= 0 && i < len(d.toks) && d.toks[i].kind == tWord && strings.EqualFold(d.word(i), w)
}

func (d *docState) punct(i int, r rune) bool {
	return i >= 0 && i < len(d.toks) && d.toks[i].kind == tPunct && d.toks[i].r == r
}

// isEnd reports whether tokens from i on are only closing punctuation.
func (d *docState) isEnd(i int) bool {
	for ; i < len(d.toks); i++ {
		t := d.toks[i]
		if t.kind != tPunct || t.r == ',' || t.r == ':' || t.r == '—' || t.r == '–' || t.r == '(' {
			return false
		}
	}
	return true
}

// withSubject returns the index of "with" when gerund cue i has its
// subject in a phrase that "with" opens, and "that" or a quotation after
// it, maybe after an adverb of time: "…, with analysts warning that the
// outlook was weak", "with coach Ann Lee admitting afterwards that …";
// else -1. A sentence that opens with the phrase is left: its content
// would end before the main clause.
func (d *docState) withSubject(i int) int {
	w := i - 1
	for w > 0 && i-w <= 6 && d.toks[w].kind == tWord && !d.is(w, "with") {
		w--
	}
	if w == 0 || !d.is(w, "with") || w+1 == i {
		return -1 // not "With analysts warning that …, shares fell"
	}
	k := i + 1
	if k+1 < len(d.toks) {
		if t := d.toks[k]; t.kind == tWord && !t.cap && !t.isCue && (t.flags&wordClasses == 0 || t.flags&fTimeWord != 0) {
			k++ // "admitting afterwards that"
		}
	}
	if !d.is(k, "that") && !(k < len(d.toks) && d.toks[k].kind == tQuote) {
		return -1
	}
	_, _, st, ok := d.subjectBefore(i, w+1)
	if !ok {
		return -1
	}
	for m := w + 1; m < st; m++ {
		if t := d.toks[m]; t.kind != tWord || t.cap || t.flags&(fDet|fPron|fPrep|fBoundary) != 0 {
			return -1 // only role words before the name: "with head coach Ann Lee"
		}
	}
	return w
}

// isAccordingTo reports whether a phrase of [accordingLen] opens at
// token i.
func (d *docState) isAccordingTo(i int) bool { return d.accordingLen(i) > 0 }

// accordingLen returns the number of tokens of the phrase at token i that
// names a source after it or in it, like "according to": 2 for "according
// to" and its Indian English form "as per" ("As per NMC data, …"), 4 for
// "in the words of", 3 for "in her words," (the possessive pronoun is
// the source); else 0.
func (d *docState) accordingLen(i int) int {
	switch {
	case d.is(i, "according") && d.is(i+1, "to"),
		d.is(i, "as") && d.is(i+1, "per") && i+2 < len(d.toks) && d.toks[i+2].kind == tWord && !d.is(i+2, "usual"):
		return 2
	case !d.is(i, "in"):
		return 0
	case d.is(i+1, "the") && d.is(i+2, "words") && d.is(i+3, "of") && i+4 < len(d.toks) && d.toks[i+4].kind == tWord:
		return 4
	case d.is(i+2, "words") && d.punct(i+3, ',') && (d.is(i+1, "his") || d.is(i+1, "her") || d.is(i+1, "their")):
		return 3
	}
	return 0
}

// cueAt reports whether token i is a cue word used as a verb: a lexicon
// form not preceded by a determiner or a possessive (the report, Moscow’s
// calls), not passive (was told), and not followed by "of".
func (d *docState) cueAt(i int) bool {
	t := d.toks[i]
	if t.kind != tWord || !t.isCue {
		return false
	}
	if d.is(i+1, "of") && !(t.cue.Lemma == "say" && t.cue.Form != Base) {
		return false // "reports of", "claims of"; but "said of the honour:"
	}
	if !d.phrasal(i) {
		return false
	}
	if (t.cue.Lemma == "add" && d.quantityAt(i+1)) || (t.cue.Lemma == "concede" && i+1 < len(d.toks) && d.toks[i+1].kind == tWord &&
		(d.has(i+1, fQuantSubj) || isDigit(d.src[d.toks[i+1].span.Start])) && !d.is(i+1, "those") && !d.is(i+1, "these")) {
		return false // "shares added 1.7%", "conceded six goals": no speech
	}
	if i == 0 {
		return t.cue.Form == Gerund
	}
	p := d.toks[i-1]
	if i == 1 && p.kind == tWord && p.cap && p.flags&(fBoundary|fLeadConj) != 0 && t.cue.Form != Gerund && !(d.isModal(0) && t.cue.Form == Past) {
		return false // "But calls for …": a noun, with no subject
	}
	if p.kind == tPunct {
		if p.r == ',' && t.cue.Form == Base && d.cueVerbAhead(i) {
			return false // "…, state news agency Wam reported": an adjective
		}
		return t.cue.Form != Gerund || p.r == ',' || p.r == '(' || p.r == '—' || p.r == '–'
	}
	if p.kind == tQuote {
		return true
	}
	pw := d.word(i - 1)
	switch {
	case p.flags&fDet != 0 && p.flags&fPron == 0 && p.flags&fQuantSubj == 0 && !(d.is(i-1, "other") && d.is(i-2, "the") && otherSpeaks(t.cue.Lemma)):
		return false // "the claims", "its reports"; but "The other said"
	case hasPossessive(pw) && !(p.cap && d.nameWithS(i)):
		return false
	}
	var buf [24]byte
	lw := pw
	if len(pw) <= len(buf) {
		lw = string(norm.AppendASCII(buf[:0], pw, norm.Lower)) // on the stack: lw does not escape
	}
	switch t.cue.Form {
	case Past, Participle:
		switch lw {
		case "is", "are", "was", "were", "be", "been", "being", "get", "got":
			return false
		}
	case Third:
		switch lw {
		case "is", "are", "was", "were", "be", "been", "all":
			return false // "are questions", "all claims"
		}
		if p.flags&fPrep != 0 && !p.cap || len(lw) > 4 && strings.HasSuffix(lw, "ing") || !p.cap && isPastForm(lw) && p.flags&wordClasses == 0 {
			return false // "skeptical of claims that", "taking notes", "sparked calls": nouns
		}
		if i+1 < len(d.toks) && d.toks[i+1].kind == tWord && !d.toks[i+1].cap && d.toks[i+1].flags&fFinite != 0 && !p.cap && p.flags&fPron == 0 {
			return false // "reminded senators that questions were to be": a noun, the subject of the verb after it
		}
	case Gerund:
		switch lw {
		case "and", "while", "by", "after", "before", "when", "is", "are", "was", "were", "been", "also", "repeatedly":
		case "as":
			return d.quotedBefore(i) >= 0 || d.perceivedBack(i) >= 0 // "quoted Ann Lee as saying", "was quoted as saying"
		default:
			return d.perceivedBack(i) >= 0 || d.withSubject(i) >= 0 // "could be heard saying", "was quoted as saying"
		}
	case Base:
		switch lw {
		case "to", "will", "would", "can", "could", "may", "might", "should", "must", "shall", "do", "does", "did",
			"we", "they", "i", "you", "not", "also", "often", "still", "now", "who", "which":
		default:
			if p.flags&fBoundary != 0 || !isPlural(lw) || p.cap && i != 1 || d.is(i-2, "a") || d.is(i-2, "an") {
				// "helped write"; "analysts say", "people who live here
				// say" and "people close to the deal say" pass.
				if s, _ := d.relativeBack(i-1, 0); s < 0 && !d.pluralPostModified(i-1) {
					return false
				}
			}
		}
	}
	return true
}

// otherSpeaks reports whether a cue of lemma lem after "the other" is a
// verb ("The other said …"), not an adjective ("the other proposed names").
func otherSpeaks(lem string) bool {
	switch lem {
	case "say", "tell", "add", "reply", "recall", "insist", "agree", "explain", "note", "admit", "warn":
		return true
	}
	return false
}

// perceivedBack returns the first token of the passive verb of
// perception before gerund cue i ("could be heard saying", "was quoted as
// saying", "was filmed telling"): the auxiliaries "be", "was" … before
// the participle, or -1 when there is none. The subject stands before it.
func (d *docState) perceivedBack(i int) int {
	p := i - 1
	if d.is(p, "as") {
		p-- // "quoted as saying"
		for b := p; b > 0 && p-b < 8 && d.toks[b].kind == tWord && !d.has(p, fPerceive); b-- {
			if d.is(b, "by") && d.has(b-1, fPerceive) {
				p = b - 1 // "was quoted by the Herald as saying"
			}
		}
	}
	if !d.has(p, fPerceive) || d.toks[p].cap {
		return -1
	}
	for p > 0 && (d.is(p-1, "be") || d.is(p-1, "been") || d.is(p-1, "being") || d.has(p-1, fFinite) && !d.isModal(p-1) && !d.is(p-1, "did")) {
		p--
	}
	if p == i-1 || p == i-2 && d.is(i-1, "as") {
		return -1 // no passive: "she heard saying"
	}
	return p
}

// quantityAt reports whether token i is a number followed by a unit of
// change ("1.7%", "3 points", "12 cents") or by punctuation, as after a
// price verb ("shares added 1.7%"), not the subject of a clause ("added
// 20 people had died").
func (d *docState) quantityAt(i int) bool {
	n := len(d.toks)
	if i >= n || d.toks[i].kind != tWord {
		return false
	}
	w := d.word(i)
	if w[0] < '0' || w[0] > '9' || strings.TrimLeft(w, "0123456789.,") != "" && w[len(w)-1] != '%' {
		return false
	}
	if strings.HasSuffix(d.word(i), "%") || i+1 >= n || d.toks[i+1].kind == tPunct {
		return true
	}
	return d.has(i+1, fChangeUnit)
}

// phrasal reports whether cue token i has the particle or object noun
// its lemma needs to be a verb of saying: "point out", "express
// concern/hope/doubt", or the subject "read" needs ("the statement
// read"). Other lemmas need none.
func (d *docState) phrasal(i int) bool {
	switch d.toks[i].cue.Lemma {
	case "point":
		return d.is(i+1, "out")
	case "express":
		return isAttitudeNoun(d.word(i + 1))
	case "put":
		return d.is(i+1, "it") // "as Becker put it:"
	case "make":
		return d.is(i+1, "clear") || d.is(i+1, "it") && d.is(i+2, "clear") // "has made (it) clear that"
	case "pose":
		// "“Who will pay for that?” she posed": a question after its
		// quotation only; not "poses “a grave threat”".
		for k := i - 1; k >= 0 && i-k <= 4; k-- {
			if d.toks[k].kind == tQuote {
				return true
			}
			if d.toks[k].kind != tWord && !d.punct(k, ',') {
				break
			}
		}
		return false
	case "direct":
		// "directed the ministry to explain the delay", "directs that":
		// an order; not "directed by", "directed the film to great
		// acclaim": the verb after "to" takes an object or complement,
		// which a determiner, pronoun, preposition, comma or name opens.
		f := d.toks[i].cue.Form
		if f != Past && f != Third {
			return false
		}
		if d.is(i+1, "that") {
			return true
		}
		e := d.directive(i)
		if e == 0 || e+2 >= len(d.toks) {
			return false
		}
		o := d.toks[e+2]
		return o.kind == tPunct && o.r == ',' || o.kind == tWord && (o.cap || o.flags&(fDet|fPron|fObjPron|fPrep) != 0)
	case "read":
		// "The statement read:", "the letter reads": a text's words.
		// Not a participle: "said in a statement read to the court",
		// "a letter read out by her lawyer".
		f := d.toks[i].cue.Form
		if d.is(i+1, "to") || d.is(i+1, "by") || d.is(i+1, "out") || d.is(i+1, "aloud") {
			return false
		}
		for k := i - 2; k >= max(0, i-4); k-- {
			if d.is(k, "in") {
				return false
			}
		}
		return (f == Past || f == Third) && i > 0 && !d.toks[i-1].cap && (d.has(i-1, fMediumNoun) || isTextNoun(d.word(i-1)))
	}
	return true
}

// isTextNoun reports whether w, in lower case, names a written text whose
// words "read" introduces ("the award reads", "the sign read") beyond the
// medium nouns of the lexicon.
func isTextNoun(w string) bool {
	switch w {
	case "award", "verdict", "order", "citation", "sign", "inscription", "caption", "headline",
		"plaque", "banner", "placard", "text", "motion", "resolution", "draft", "document", "transcript",
		"indictment", "warrant", "label", "leaflet", "flyer", "invitation", "card", "letters":
		return true
	}
	return false
}

// isAttitudeNoun reports whether w, after "express", names a stance whose
// content is a that-clause ("expressed concern that …").
func isAttitudeNoun(w string) bool {
	switch strings.ToLower(w) {
	case "concern", "concerns", "fear", "fears", "hope", "hopes", "doubt", "doubts", "confidence",
		"optimism", "worry", "worries", "regret", "surprise", "disappointment", "frustration", "anger", "alarm", "belief":
		return true
	}
	return false
}

// nameWithS reports whether the capitalised word ending in 's before cue
// token i is a name such as a company's (Halloran's, Brody's) used as the
// subject, not a possessive: the cue is a past tense followed by "that", a
// determiner, a pronoun, a capitalised word or a quotation ("Brody's said
// that …"), or a present in -s followed by a subject pronoun ("Halloran's
// says it …"). "Norway's claims that …" and "Norway's proposed tax" stay
// possessives.
func (d *docState) nameWithS(i int) bool {
	pw := d.word(i - 1)
	if strings.HasSuffix(pw, "s'") || strings.HasSuffix(pw, "s’") || i+1 >= len(d.toks) {
		return false
	}
	nx := d.toks[i+1]
	switch d.toks[i].cue.Form {
	case Past:
		return nx.kind == tQuote || nx.kind == tWord && (nx.cap || nx.flags&(fDet|fPron) != 0 || d.is(i+1, "that"))
	case Third:
		return nx.kind == tWord && !nx.cap && nx.flags&fPron != 0
	}
	return false
}

func hasPossessive(w string) bool {
	return strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "s’") || strings.HasSuffix(w, "s'")
}

// subjectBefore finds the speaker phrase of the cue at token ci, walking
// back over auxiliaries and adverbs ("has also said") and an appositive
// between commas ("Dmitry Kuznets, a military analyst, said"). It returns
// the phrase, its head (the phrase without the appositive) and the index of
// the phrase's first token; ok is false when no noun phrase precedes.
func (d *docState) subjectBefore(ci, lo int) (phrase, head textpos.Span, start int, ok bool) {
	if de := d.datelineEnd(ci); de > lo {
		lo = de // "TAMPA, Fla. — A judge …, ruling": no subject reaches into the dateline
	}
	j := ci - 1
	for {
		if f := d.durationBack(j, lo); f < j && f >= lo && d.toks[f].flags&fAux != 0 {
			j = f // "have for years complained"
		}
		if j < lo || d.toks[j].kind != tWord || d.toks[j].flags&fAux == 0 && !isLyAdverb(d, j) && !d.sinceAfterHave(j) {
			break
		}
		if j == ci-1 && d.toks[j].cap && d.isModal(j) && (d.toks[ci].cue.Form == Past || d.toks[ci].cue.Form == Third) {
			break // "May said": no modal stands before a past tense, so a name
		}
		j--
	}
	if j < lo {
		return phrase, head, 0, false
	}
	if d.punct(j, '%') && j-1 >= lo && d.toks[j-1].kind == tWord && d.word(j - 1)[0] >= '0' && d.word(j - 1)[0] <= '9' {
		// "40% said": the share of people asked.
		hs := textpos.Span{Start: d.toks[j-1].span.Start, End: d.toks[j].span.End}
		return hs, hs, j - 1, true
	}
	if a := d.enclosedBack(j, lo); a > lo {
		// "The group - which represents 300 firms - has claimed",
		// "Acme (ACM) said": the phrase before the dashes or parentheses.
		if s, ok := d.npBack(a-1, lo); ok {
			if d.punct(a, '(') {
				s = d.listBack(s, a-1, lo)
			}
			hs := textpos.Span{Start: d.toks[s].span.Start, End: d.toks[a-1].span.End}
			return hs, hs, s, true
		}
		return phrase, head, 0, false
	}
	if d.punct(j, ',') {
		// An appositive: find the comma that opens it.
		a := j - 1
		for a >= lo && !d.punct(a, ',') && (d.toks[a].kind != tQuote || d.scareQuote(a)) && j-a < 45 {
			a--
		}
		if a < lo || !d.punct(a, ',') || a == j-1 {
			return phrase, head, 0, false
		}
		a = d.regionBack(a, j, lo)
		a = d.participleBack(a, lo)
		// "The Alliance, which includes A, B and C, said": a relative
		// appositive holding a list opens at its ", which".
		for b := a - 1; b > lo && j-b < 45; b-- {
			if d.toks[b].kind == tQuote {
				break
			}
			if d.punct(b, ',') && (d.is(b+1, "which") || d.is(b+1, "who") || d.is(b+1, "whose")) {
				a = b
				break
			}
		}
		// "Sen. Ruth Abernathy (D-Ore.), the ranking member, warned"
		b := d.parenBack(a-1, lo)
		s, ok := d.npBack(b, lo)
		if !ok {
			// "whose coach, Tomas Berger, insisted": the appositive names.
			if s, ok := d.npBack(j-1, a+1); ok && s == a+1 && d.toks[s].cap {
				hs := textpos.Span{Start: d.toks[s].span.Start, End: d.toks[j-1].span.End}
				return hs, hs, s, true
			}
			return phrase, head, 0, false
		}
		hs := textpos.Span{Start: d.toks[s].span.Start, End: d.toks[d.nameBeforeOf(s, b+1)-1].span.End}
		ph := textpos.Span{Start: hs.Start, End: d.toks[j-1].span.End}
		s, hs, ph = d.postModified(s, b, lo, hs, ph)
		if ns := d.appositiveName(s, a, j, lo); ns >= 0 {
			hs = textpos.Span{Start: d.toks[ns].span.Start, End: d.toks[d.nameBeforeOf(ns, j)-1].span.End}
		} else if ns := d.nameBeforeTitle(s, a, lo); ns >= 0 {
			hs = textpos.Span{Start: d.toks[ns].span.Start, End: d.toks[s-2].span.End}
			ph.Start, s = hs.Start, ns
		}
		return ph, hs, s, true
	}
	if s, w := d.relativeBack(j, lo); s >= 0 {
		// "the scientists who monitor it say": the noun phrase and its
		// relative clause; the head is the noun phrase.
		hs := textpos.Span{Start: d.toks[s].span.Start, End: d.toks[w-1].span.End}
		return textpos.Span{Start: hs.Start, End: d.toks[j].span.End}, hs, s, true
	}
	s, ok := d.npBack(j, lo)
	if !ok {
		return phrase, head, 0, false
	}
	if s-2 >= lo && d.punct(s-1, ',') && d.toks[s].cap && d.toks[s-2].kind == tWord && d.toks[s-2].cap && s < j && d.is(j-1, "and") {
		// "the Department for Culture, Media and Sport": a capitalised
		// list "X, Y and Z" inside a name does not end it at the comma.
		if s2, ok := d.npBack(s-2, lo); ok {
			s = s2
		}
	} else if j-s <= 3 && d.is(j-2, "and") && !d.orgHeadIn(s, j+1) {
		// "the Ministry for Health, Food and Rural Affairs said"; not "the
		// Council of Tenants, Home Builders Association and ... said".
		s = d.listBack(s, j, lo)
	}
	hs := textpos.Span{Start: d.toks[s].span.Start, End: d.toks[d.nameBeforeOf(s, j+1)-1].span.End}
	ph := textpos.Span{Start: hs.Start, End: d.toks[j].span.End}
	s, hs, ph = d.postModified(s, j, lo, hs, ph)
	if c := d.coordBack(s, lo); c < s {
		s, hs.Start, ph.Start = c, d.toks[c].span.Start, d.toks[c].span.Start
	}
	return ph, hs, s, true
}

// coordBack returns the first token of a subject coordinated by "and"
// with the noun phrase at token s, or s: the phrase before "and" opens
// the clause and ends in a name or a noun of people or bodies ("Two
// officials and a former diplomat said", "The ministry and the central
// bank said"), not a clause ("Prices rose and analysts said").
func (d *docState) coordBack(s, lo int) int {
	a := s - 1
	if a-1 < lo || !d.is(a, "and") || d.toks[a-1].kind != tWord {
		return s
	}
	c, ok := d.npBack(a-1, lo)
	if !ok || c != max(lo, d.clauseStart(a-1)) || d.hasFiniteVerb(c, a-1) {
		return s
	}
	t := d.toks[a-1]
	if t.cap && !t.isCue || t.flags&(fAudience|fOrgHead|fCloseTo) != 0 || isGroupNoun(strings.ToLower(d.word(a-1))) {
		return c
	}
	return s
}

// participleBack returns the comma that opens an appositive before the
// one that the comma a opens, when that earlier one is a participle's
// phrase and a's is in lower case: a modifier of the noun phrase the
// participle's ends with ("Mozambique's envoy, speaking on behalf of the
// African members, known as the A3, said"). Else it returns a.
func (d *docState) participleBack(a, lo int) int {
	if a+1 >= len(d.toks) || d.toks[a+1].kind != tWord || d.toks[a+1].cap {
		return a
	}
	for b := a - 1; b > lo && a-b < 30; b-- {
		if d.toks[b].kind == tQuote || d.punct(b, ';') {
			break
		}
		if d.punct(b, ',') {
			// The participle takes a preposition or determiner after it
			// ("speaking on behalf of", "representing the"), unlike a
			// noun ("marketing company Acme"); or it is "including".
			if w := d.word(b + 1); !d.toks[b+1].cap && len(w) > 4 && strings.HasSuffix(w, "ing") && d.toks[b+1].flags&wordClasses == 0 &&
				(w == "including" || d.has(b+2, fPrep) || d.has(b+2, fDet)) {
				return b
			}
			break
		}
	}
	return a
}

// durationBack returns the token before a phrase of duration ending at
// token j ("for years", "for several months", "for more than a decade"),
// or j when there is none.
func (d *docState) durationBack(j, lo int) int {
	if j < lo || d.toks[j].kind != tWord || d.toks[j].cap {
		return j
	}
	switch strings.ToLower(d.word(j)) {
	case "years", "months", "weeks", "decades", "decade", "year", "days", "ages", "generations":
	default:
		return j
	}
	for k := j - 1; k >= lo && j-k <= 4; k-- {
		if d.is(k, "for") {
			return k - 1
		}
		if d.toks[k].kind != tWord || d.toks[k].cap {
			break
		}
	}
	return j
}

// regionBack returns the comma that opens an appositive ending at the
// comma j, when the comma a only sets off a region after a place in it
// ("Ann Lee, director of a clinic in Niseko, Hokkaido, said"): an earlier
// comma, if any, when [a+1, j) is one or two capitalised words and a place
// named after "in", "at", "from" or "of" ends before a. Else it returns a.
func (d *docState) regionBack(a, j, lo int) int {
	if j-a > 3 || !d.capsRun(a+1, j) {
		return a
	}
	r := a - 1
	for r > lo && a-r <= 3 && d.toks[r].kind == tWord && d.toks[r].cap {
		r--
	}
	if r == a-1 || !(d.is(r, "in") || d.is(r, "at") || d.is(r, "from") || d.is(r, "of")) {
		return a
	}
	for b := r - 1; b > lo && j-b < 45; b-- {
		if d.toks[b].kind == tQuote {
			break
		}
		if d.punct(b, ',') {
			return b
		}
	}
	return a
}

// parenAfter returns the token after a parenthesis of at most six tokens
// that opens at token i ("(MHFS)", "(PTA)"), or i.
func (d *docState) parenAfter(i int) int {
	if d.punct(i, '(') {
		for o := i + 1; o < len(d.toks) && o-i <= 6; o++ {
			if d.punct(o, ')') {
				return o + 1
			}
		}
	}
	return i
}

// parenBack returns the token before a parenthesis of fewer than 12
// tokens that closes at token b, after lo ("Acme (ACM)"), or b.
func (d *docState) parenBack(b, lo int) int {
	if d.punct(b, ')') {
		for o := b - 1; o > lo && b-o < 12; o-- {
			if d.punct(o, '(') {
				return o - 1
			}
		}
	}
	return b
}

// listBack extends the noun phrase [s, j], before an acronym in
// parentheses, back over a capitalised list inside a name: "Ministry of
// Economy, Trade and Industry (METI)". The phrase must be capitalised
// with "and" inside, after a comma and a capitalised name with "of" or
// "for" ("Department for Environment, Food and Rural Affairs (Defra)").
// It returns the new first token, or s.
func (d *docState) listBack(s, j, lo int) int {
	if s-2 < lo || !d.punct(s-1, ',') || !d.toks[s].cap || d.toks[s-2].kind != tWord || !d.toks[s-2].cap || s >= j {
		return s
	}
	for k := s + 1; k < j; k++ {
		if d.is(k, "and") {
			s2, ok := d.npBack(s-2, lo)
			for o := s2; ok && o < s-2; o++ {
				if d.is(o, "of") || d.is(o, "for") {
					return s2
				}
			}
			break
		}
	}
	return s
}

// portfolioListEnd returns the token after the capitalised list that
// continues, after the comma at token c, an organisation's name ending
// in "of" or "for" and one or two capitalised words: "Ministry of
// Economy, Trade and Industry", "Department for Environment, Food and
// Rural Affairs". The items have one or two capitalised words, the last
// after "and", and no organisation head word ("the Council of Tenants,
// Home Builders Association and …" lists organisations). It returns -1
// when no such list follows.
func (d *docState) portfolioListEnd(c int) int {
	k := c - 1
	for k > 0 && c-k <= 2 && d.listWord(k) {
		k--
	}
	if k == c-1 || !d.is(k, "of") && !d.is(k, "for") || !d.has(k-1, fOrgHead) || !d.toks[k-1].cap {
		return -1
	}
	words := func(q int) int {
		n := 0
		for n < 3 && d.listWord(q+n) {
			n++
		}
		return n
	}
	for q, items := c+1, 0; items < 6; items++ {
		n := words(q)
		if n == 0 || n > 2 {
			return -1
		}
		if d.punct(q+n, ',') {
			q += n + 1
			continue
		}
		if !d.is(q+n, "and") {
			return -1
		}
		if m := words(q + n + 1); m > 0 && m <= 2 {
			return q + n + 1 + m
		}
		return -1
	}
	return -1
}

// listWord reports whether token k is a capitalised word that can be
// part of a portfolio in a ministry's name: no determiner, pronoun or
// organisation head word.
func (d *docState) listWord(k int) bool {
	return k >= 0 && k < len(d.toks) && d.toks[k].kind == tWord && d.toks[k].cap && d.toks[k].flags&(fDet|fBoundary|fPron|fOrgHead) == 0
}

// orgHeadIn reports whether a token of [s, e) is an organisation's head
// word ("Association", "Minister").
func (d *docState) orgHeadIn(s, e int) bool {
	for k := s; k < e; k++ {
		if d.has(k, fOrgHead) {
			return true
		}
	}
	return false
}

// relativeBack matches a subject relative clause that ends at token j,
// before a cue: "who" after a noun phrase, then a verb and at most twelve
// words with no punctuation and no subordinate clause ("the scientists who
// monitor it", "people who live near the plant", "those who know him"). It returns the noun
// phrase's first token and the index of "who", or -1, -1.
func (d *docState) relativeBack(j, lo int) (int, int) {
	for w := j - 1; w > lo && j-w <= 12; w-- {
		t := d.toks[w]
		if t.kind != tWord {
			return -1, -1
		}
		if !d.is(w, "who") {
			if t.flags&fSubordinator != 0 && !d.is(w, "once") && !d.is(w, "even") {
				return -1, -1 // "users who chose it because I told": a new clause
			}
			continue
		}
		v := d.toks[w+1]
		if v.cap || v.flags&(fPron|fDet) != 0 || v.flags&fBoundary != 0 && v.flags&(fAux|fFinite) == 0 {
			return -1, -1 // "the man who she said", "who in turn"
		}
		if v.flags&(fAux|fFinite) == 0 && !isPastForm(d.word(w+1)) {
			if s, ok := d.npBack(j, w+1); j == w+1 || ok && s == w+1 {
				return -1, -1 // "a treasurer who prosecutors said stole": the speaker is after "who"
			}
		}
		if d.has(w-1, fQuantSubj) && !d.toks[w-1].cap || d.is(w-1, "those") {
			return w - 1, w // "those who know him"
		}
		s, ok := d.npBack(w-1, lo)
		if !ok || d.toks[s].flags&fPron != 0 {
			return -1, -1
		}
		return s, w
	}
	return -1, -1
}

// appositiveName returns the first token of the name that appositive
// [a+1, j) gives to the role phrase starting at token s and ending before
// the comma a, or -1: after a lower-case role ("The council's lawyer,
// Simon Pratt, told", "Her rival, former mayor Ann Lee, said") the name at
// the appositive's end; after a capitalised role phrase opened by a
// determiner or a preposition ("The Shadow Secretary for the Family, Ann
// Lee, said") an appositive of two to four capitalised words.
func (d *docState) appositiveName(s, a, j, lo int) int {
	if a <= s || a+1 >= j {
		return -1
	}
	if !d.toks[a-1].cap {
		if d.is(a+1, "the") && j-a > 2 && j-a <= 6 && d.capsRun(a+2, j) && !d.postModifiedRole(s, a) {
			// "The consignor, the Halvorsen Family Trust, said": an
			// organisation. Not after "a member of the central bank",
			// which the appositive names.
			return a + 1
		}
		if m := a + 2; m+1 < j && d.toks[a+1].cap && (d.is(m, "in") || d.is(m, "from")) && d.capsRun(a+1, m) && d.capsRun(m+1, j) {
			return a + 1 // "Another reader, Kiran in Leicester, says": a name and a place
		}
		return d.nameAtEnd(a+1, j)
	}
	if j-a > 2 && j-a <= 5 && d.capsRun(a+1, j) && (d.toks[s].flags&fDet != 0 || s > lo && isPostPrep(d.word(s-1))) {
		return a + 1
	}
	if j-a > 2 && d.has(a+1, fAbbrev) && d.toks[a+2].cap && d.isName(a+1, d.nameBeforeOf(a+1, j)) {
		return a + 1 // "The committee's top Democrat, Sen. Ann Lee of Ohio, said"
	}
	return -1
}

// nameBeforeTitle returns the first token of a name that opens the clause
// and stands in apposition before the title-cased role phrase [s, a), or
// -1: "Dr Ann Lowe, Senior Lecturer in Law, University of Leeds, said:",
// where the role and its institution follow the name as in a list of
// experts. The name is two to five capitalised words or abbreviations.
func (d *docState) nameBeforeTitle(s, a, lo int) int {
	if s-3 < lo || !d.punct(s-1, ',') || !d.toks[s].cap {
		return -1
	}
	for k := s; k < a; k++ {
		if t := d.toks[k]; t.kind != tWord || !t.cap && !d.is(k, "of") && !d.is(k, "in") && !d.is(k, "for") && !d.is(k, "and") {
			return -1
		}
	}
	ns := s - 2
	for ns > lo && d.toks[ns-1].kind == tWord && d.toks[ns-1].cap && s-ns < 6 {
		ns--
	}
	if ns != d.clauseStart(s) || s-1-ns < 2 || !d.isName(ns, s-1) {
		return -1
	}
	return ns
}

// roleAcronym reports whether token k is the acronym of a role after a
// lower-case word ("the company's CEO", "co-founder and CFO", "the local
// MP"), which heads a common noun phrase, unlike an organisation's ("a
// spokesman for NBC").
func (d *docState) roleAcronym(k int) bool {
	return k > 0 && d.toks[k-1].kind == tWord && !d.toks[k-1].cap && slices.Contains(roleAcronyms, d.word(k))
}

// roleAcronyms are acronyms of offices held by one person.
var roleAcronyms = []string{"CEO", "CFO", "COO", "CTO", "CIO", "CMO", "MP", "MEP", "MSP", "MLA"}

// postModifiedRole reports whether the role phrase of tokens [s, a) has a
// post-modifier: a preposition after its head ("a member of the board").
func (d *docState) postModifiedRole(s, a int) bool {
	for k := s + 1; k < a; k++ {
		if d.toks[k].kind == tWord && !d.toks[k].cap && isPostPrep(d.word(k)) {
			return true
		}
	}
	return false
}

// seenBy reports whether token k is a participle of an outlet's access to
// a document, before "by": "a cable reviewed by The Post", "a copy seen
// by Politico", "a memo obtained by the Herald".
func (d *docState) seenBy(k int) bool {
	return d.is(k+1, "by") && (d.is(k, "seen") || d.is(k, "reviewed") || d.is(k, "obtained") || d.is(k, "viewed"))
}

// describedName returns the preposition before a capitalised name at
// token s that "the" and one or two common nouns describe, as in
// "analysts at the consultancy Kpler", "a spokesman for the charity
// Oxfam"; else -1. The words from "the" to the name are the preposition's
// object.
func (d *docState) describedName(s, lo int) int {
	if s >= len(d.toks) || !d.toks[s].cap || s > 0 && isPlural(strings.ToLower(d.word(s-1))) {
		return -1 // not "detailing the banning of the accounts Valve said"
	}
	for q := s - 1; q > lo+1 && s-q <= 2; q-- {
		if t := d.toks[q]; t.kind != tWord || t.cap || t.flags&wordClasses != 0 {
			return -1
		}
		if d.is(q-1, "the") && q-2 >= lo && !d.toks[q-2].cap && isPostPrep(d.word(q-2)) {
			return q - 2
		}
	}
	return -1
}

// askedBy reports whether token k is a participle of an outlet's or a
// pollster's questioning, before "by": "analysts consulted by EFE",
// "economists polled by Reuters", "residents interviewed by the BBC". The
// people asked are the source.
func (d *docState) askedBy(k int) bool {
	if !d.is(k+1, "by") {
		return false
	}
	switch strings.ToLower(d.word(k)) {
	case "consulted", "interviewed", "polled", "surveyed", "contacted", "questioned", "asked":
		return true
	}
	return false
}

// postModified extends the subject phrase that starts at token s and
// ends at token j back over the phrase it post-modifies: "the head of the
// union", "three people familiar with the matter", "two diplomats in
// Oslo", "sources close to the player". The head is the first noun phrase.
// It returns the new start, head and phrase.
func (d *docState) postModified(s, j, lo int, hs, ph textpos.Span) (int, textpos.Span, textpos.Span) {
	// A post-modified phrase: "the head of the union", "three people
	// familiar with the matter", "two diplomats in Oslo". The head is the
	// first noun phrase.
	for n := 0; n < 3; n++ {
		p := s - 1
		for q := p; q > lo && p-q < 3 && d.toks[q].kind == tWord && !d.toks[q].cap && d.toks[q].flags&wordClasses == 0; q-- {
			if d.is(q-1, "to") || d.is(q-1, "of") && s == j {
				// Descriptive words before a name: "an aide to
				// ex-county treasurer Helen Paik", "the co-founder of
				// delivery app Zenko"; but a person's name after "of"
				// and words ends a title: "director of rugby Ann Lee".
				p = q - 1
				break
			}
		}
		if s == j {
			if q := d.describedName(s, lo); q >= 0 {
				p = q // "analysts at the consultancy Kpler"
			}
		}
		if p-1 > lo && !d.toks[p].cap && strings.HasSuffix(d.word(p), "ing") && d.toks[p].flags&wordClasses == 0 && isPostPrep(d.word(p-1)) {
			// A gerund after the preposition: "an official involved in
			// drafting the text", "people familiar with planning the
			// visit".
			p--
		}
		// "sources close to the player", "a former aide to Helen Paik": the
		// sources and the aide speak.
		closeTo := p-2 >= lo && d.is(p, "to") && d.has(p-1, fCloseTo)
		// "analysts at Acme led by Ann Lee", "a panel chaired by Ann
		// Lee": a group and its leader; the group speaks. ("A survey
		// conducted by Acme": the agent is the source.)
		// "a cable reviewed by The Post": the document, not the outlet
		// that saw it (see seenBy); "analysts consulted by EFE": the
		// people asked (see askedBy).
		ledBy := p-2 >= lo && d.is(p, "by") && (d.is(p-1, "led") || d.is(p-1, "headed") || d.is(p-1, "chaired") || d.seenBy(p-1) || d.askedBy(p-1))
		if p-1 < lo || d.toks[p].kind != tWord || d.toks[p].cap || !isPostPrep(d.word(p)) && !closeTo && !ledBy {
			break
		}
		m := p - 1
		if m-3 >= lo && d.punct(m, ')') && d.punct(m-2, '(') && d.toks[m-1].kind == tWord && d.toks[m-1].cap {
			m -= 3 // "The Taxi Council (Santaco) in the Western Cape": an acronym in parentheses
		}
		if d.is(p, "of") {
			if q := d.quantifierBack(m, lo); q >= 0 {
				// "More than half of the people surveyed", "Most of
				// the staff": the quantified phrase is the source,
				// unless it post-modifies one ("A relative of one of
				// the farmers").
				s = q
				hs = textpos.Span{Start: d.toks[s].span.Start, End: d.toks[j].span.End}
				ph.Start = hs.Start
				continue
			}
		}
		if d.toks[m].kind == tWord && !d.toks[m].cap && (d.is(m, "familiar") || d.is(m, "close") || d.is(m, "near") ||
			d.is(m, "loyal") || isPastForm(d.word(m))) {
			m-- // "familiar with", "briefed on", "close to"
			if d.is(m, "not") && m > lo {
				m-- // "lawyers not involved in the case"
			}
		} else if d.is(p, "of") && d.is(m, "charge") && d.is(m-1, "in") {
			m -= 2 // "officials in charge of the talks"
		} else if d.is(p, "of") && d.is(m, "knowledge") {
			// "people with (direct) knowledge of the talks"
			if k := m - 1; k > lo && d.is(k, "with") {
				m = k - 1
			} else if k > lo+1 && d.is(k-1, "with") && d.toks[k].kind == tWord && !d.toks[k].cap {
				m = k - 2
			}
		}
		s2, ok := d.npBack(m, lo)
		if !ok || d.toks[s2].flags&fPron != 0 || d.toks[m].flags&fPron != 0 {
			break
		}
		s = s2
		hs = textpos.Span{Start: d.toks[s].span.Start, End: d.toks[m].span.End}
		ph.Start = hs.Start
	}
	return s, hs, ph
}

// scareQuote reports whether quotation token i is a short phrase in
// quotation marks (at most 40 bytes, no sentence punctuation), as in an
// appositive ("one of the so-called “Blair Babes”").
func (d *docState) scareQuote(i int) bool {
	c := d.quoteContent(i)
	if c.End-c.Start > 40 {
		return false
	}
	return !strings.ContainsAny(c.Text(d.src), ".?!:;")
}

// quantifierBack returns the first token of a quantifier that ends at
// token m before "of" ("half", "More than half", "Fifty per cent", "the
// majority", "Two-thirds"), or -1 when m is no quantifier noun.
func (d *docState) quantifierBack(m, lo int) int {
	if m < lo || d.toks[m].kind != tWord {
		return -1
	}
	switch strings.ToLower(d.word(m)) {
	case "half", "most", "majority", "minority", "percent", "cent", "third", "thirds", "quarter", "quarters",
		"all", "none", "bulk", "proportion", "fifth", "fifths", "tenth", "tenths", "many", "some", "few", "several",
		"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "each", "both", "either",
		"neither", "any", "dozens", "hundreds", "thousands":
	default:
		return -1
	}
	q := m
	for k := m - 1; k >= lo && m-k <= 4 && d.toks[k].kind == tWord; k-- {
		switch strings.ToLower(d.word(k)) {
		case "more", "less", "than", "about", "nearly", "almost", "over", "under", "around", "a", "the",
			"per", "just", "some", "two", "three", "one", "four", "vast", "large", "small":
			q = k
			continue
		}
		if isNumber(d.word(k)) || strings.HasSuffix(d.word(k), "ty") || strings.Contains(d.word(k), "-") {
			q = k // "Fifty", "forty-two", "55"
			continue
		}
		break
	}
	return q
}

// enclosedBack returns the index of the dash or opening parenthesis that
// opens the dash- or parenthesis-enclosed phrase closed by token j (" - …
// -", " – … –", "(…)"), or -1: a phrase of words and commas, not empty,
// with no quotation, at most 30 tokens back and not before lo.
func (d *docState) enclosedBack(j, lo int) int {
	if j <= lo || d.toks[j].kind != tPunct {
		return -1
	}
	open := d.toks[j].r
	switch open {
	case ')':
		open = '('
	case '-', '–', '—':
	default:
		return -1
	}
	for a := j - 1; a >= lo && j-a <= 30; a-- {
		t := d.toks[a]
		switch {
		case t.kind == tWord:
		case t.kind == tPunct && t.r == open:
			if a == j-1 {
				return -1
			}
			return a
		case t.kind == tPunct && (t.r == ',' || t.r == '(' || t.r == ')'):
		default:
			return -1
		}
	}
	return -1
}

// isPostPrep reports whether w is a preposition that may post-modify a
// speaker noun ("the head of", "officials at", "a spokesman for").
func isPostPrep(w string) bool {
	switch w {
	case "of", "at", "for", "with", "from", "in", "on", "inside", "within", "outside":
		return true
	}
	return false
}

func isLyAdverb(d *docState, i int) bool {
	t := d.toks[i]
	if t.cap || t.isCue {
		return false
	}
	w := d.word(i)
	return len(w) > 4 && strings.HasSuffix(w, "ly") && w != "only" && w != "family" && w != "ally"
}

// npBack returns the first token of the noun phrase that ends at token j:
// a pronoun, a capitalised name with titles (Kremlin spokesman Dmitry
// Peskov → Dmitry Peskov; Mr. Putin; The White House), or a common noun
// phrase back to its determiner (the source, its sources, A Ukrainian
// official) or a bare plural (analysts).
func (d *docState) npBack(j, lo int) (int, bool) {
	if j < lo || d.toks[j].kind != tWord {
		return 0, false
	}
	last := d.toks[j]
	if last.flags&fPron != 0 && !last.cap || last.flags&fPron != 0 && (j == lo || d.toks[j-1].kind != tWord) {
		return j, true
	}
	if !last.cap && (last.flags&fQuantSubj != 0 || d.is(j, "other")) {
		// "“…,” one said", "The other said": a number or "other" alone
		// is the subject.
		switch {
		case j > lo && d.is(j-1, "the"):
			return j - 1, true
		case j == lo || d.toks[j-1].kind != tWord:
			return j, true
		}
	}
	if last.flags&(fBoundary|fDet|fConnector) != 0 && !last.cap {
		return 0, false
	}
	if last.cap && last.flags&fBoundary != 0 && last.flags&(fAux|fDet) == 0 && (j == lo || d.toks[j-1].kind != tWord) {
		return 0, false // "While accepting that …": a conjunction opening the sentence
	}
	if last.isCue {
		// A cue noun only after a determiner: "the report", "a Reuters
		// report".
		d0 := j - 1
		if d0 > lo && d.toks[d0].kind == tWord && d.toks[d0].cap && d.toks[d0].flags&fDet == 0 {
			d0--
		}
		if d0 < lo || (d.toks[d0].flags&fDet == 0 || d.toks[d0].flags&fPron != 0) && !(d.is(d0, "that") && d0 > lo && d.has(d0-1, fPrep)) {
			return 0, false
		}
	}
	startedCap := last.cap && !d.roleAcronym(j) // "the company's CEO" is a common noun phrase
	k := j
	for k >= lo && j-k < 10 {
		t := d.toks[k]
		if t.kind != tWord {
			if startedCap && k > lo && k < j && d.punct(k, '&') && d.toks[k-1].kind == tWord && d.toks[k-1].cap && d.toks[k+1].cap {
				k-- // "Harwick Pryce & Co.", "Procter & Gamble"
				continue
			}
			break
		}
		if k < j {
			if t.flags&fDet != 0 && !(t.cap && startedCap && k > lo && d.toks[k-1].kind == tWord && d.toks[k-1].cap) {
				return k, true
			}
			if d.is(k, "then") && k > lo && d.is(k-1, "the") {
				k-- // "the then secretary"
				continue
			}
			if d.is(k, "that") && k > lo && d.has(k-1, fPrep) && !t.cap {
				return k, true // "familiar with that discussion": a determiner
			}
			if !t.cap && (t.flags&(fBoundary|fPron) != 0 || t.isCue && !d.cueModifier(k)) && t.flags&fConnector == 0 {
				break // also "who prosecutors said": the noun after the relative
			}
			if !startedCap && k > lo && d.is(k, "and") && !(d.toks[k-1].cap && d.toks[k+1].cap) && d.verbBefore(k, lo) {
				break // "Prices rose and analysts said": "and" joins clauses
			}
			if startedCap && !t.cap && isOrdinal(d.word(k)) {
				k-- // "the 2nd Region", "the 9th Circuit"
				continue
			}
			if startedCap && !t.cap {
				if t.flags&fConnector == 0 || k == lo || !d.toks[k-1].cap {
					break
				}
			}
			if t.cap && t.flags&fDet != 0 { // "The White House"
				return k, true
			}
		}
		k--
	}
	s := k + 1
	for s < j && (d.toks[s].cap && d.toks[s].flags&fBoundary != 0 || d.toks[s].flags&fLeadConj != 0) && d.toks[s].flags&fDet == 0 {
		s++ // "But critics", "and ministers"
	}
	if s > j {
		return 0, false
	}
	if s-1 >= lo && s == j && !d.toks[s].cap && (d.is(s-1, "that") || d.is(s-1, "this")) && (s-1 == lo || d.toks[s-2].kind == tPunct) {
		return s - 1, true // "…, that person said"
	}
	first := d.toks[s]
	if first.cap || first.flags&fDet != 0 {
		return s, true
	}
	// A bare common noun phrase: accept plurals (analysts, officials) and
	// the mass nouns of sources ("research suggests").
	w := strings.ToLower(d.word(j))
	if !last.cap && (strings.HasSuffix(w, "s") || isPlural(w)) { // also "the local press reports"
		return s, true
	}
	switch w {
	case "research", "evidence", "data", "polling", "analysis", "intelligence":
		return s, true
	}
	return 0, false
}

// roleNameAfterComma returns the name that is the subject after the
// adverbial opening at token s and its comma, when a lower-case role of
// at most four words precedes the name and a verb follows it: "In a memo
// sent to staff on Monday, chief executive Ann Lee blamed …".
func (d *docState) roleNameAfterComma(s, n int) (textpos.Span, bool) {
	c := s + 1
	for c < n && c-s < 20 && !d.punct(c, ',') {
		if d.toks[c].kind != tWord {
			return textpos.Span{}, false
		}
		c++
	}
	if !d.punct(c, ',') {
		return textpos.Span{}, false
	}
	k := c + 1
	for k < n && k-c <= 4 && d.toks[k].kind == tWord && !d.toks[k].cap && d.toks[k].flags&(fBoundary|fDet|fPron) == 0 && !d.toks[k].isCue {
		k++
	}
	e := k
	for e < n && e-k < 4 && d.toks[e].kind == tWord && d.toks[e].cap {
		e++
	}
	if k == c+1 || e == k || e-k < 2 || !d.verbAfter(e, d.toks[e-1].span.End) {
		return textpos.Span{}, false
	}
	return textpos.Span{Start: d.toks[k].span.Start, End: d.toks[e-1].span.End}, true
}

// verbAfter reports whether the first token from token s on that starts
// at or after byte end is a verb in the past or present: "Mr Lee
// dismissed", "Ann Ode has"; not "Strong Oscar contenders".
func (d *docState) verbAfter(s, end int) bool {
	for k := s; k < len(d.toks); k++ {
		if d.toks[k].span.Start < end {
			continue
		}
		t := d.toks[k]
		return t.kind == tWord && !t.cap && (t.flags&(fFinite|fAux) != 0 || isPastForm(d.word(k)) ||
			t.isCue && (t.cue.Form == Past || t.cue.Form == Third))
	}
	return false
}

// verbBefore reports whether one of the eight words before token k, from
// token lo on and after any punctuation or subordinator ("that",
// "because"), is a finite verb after a subject: a finite auxiliary or a
// past form after a word that is no determiner or preposition ("Prices
// rose", "the index had"; not "the affected families").
func (d *docState) verbBefore(k, lo int) bool {
	for i := k - 1; i > max(lo, k-9); i-- {
		t, p := d.toks[i], d.toks[i-1]
		if t.kind != tWord || p.kind != tWord || t.flags&fBoundary != 0 && t.flags&(fPrep|fFinite) == 0 {
			return false
		}
		if w := d.word(i); !t.cap && (t.flags&fFinite != 0 || isPastForm(w) && !strings.Contains(w, "-")) && p.flags&(fDet|fPrep) == 0 {
			return true
		}
	}
	return false
}

// cueModifier reports whether the cue word at token k, in -s after a
// determiner and before a lower-case word, modifies the noun after it:
// "the appeals court", "a claims adjuster"; not "a claim officials denied".
func (d *docState) cueModifier(k int) bool {
	t := d.toks[k]
	return t.cue.Form == Third && d.has(k-1, fDet) && k+1 < len(d.toks) && d.toks[k+1].kind == tWord && !d.toks[k+1].cap
}

// isOrdinal reports whether w is an ordinal in digits: "2nd", "101st".
func isOrdinal(w string) bool {
	return len(w) > 2 && isNumber(w) && w[len(w)-1] > '9'
}

// isPlural reports whether the lower-case noun w is plural: in -s (not
// -ss) or -men (fishermen, gunmen), or one of the plurals without them
// that name sources ("people familiar with the plan said").
func isPlural(w string) bool {
	switch w {
	case "people", "police", "media", "staff", "children", "personnel":
		return true
	}
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "men")
}

// pluralPostModified reports whether the noun phrase ending at token j
// is the object of a post-modifier, or of two, of a plural noun: "people
// close to the deal", "residents of the town", "sources familiar with the
// talks", "hawkers at a food centre in Bukit Merah".
func (d *docState) pluralPostModified(j int) bool {
	s, ok := d.npBack(j, 0)
	if !ok || d.is(s, "a") || d.is(s, "an") {
		return false // "supplies in a price dispute": the cue is a noun
	}
	for range 2 { // "hawkers at a food centre in Bukit Merah say"
		if s < 2 {
			return false
		}
		p, m := s-1, s-2
		if q := d.describedName(s, 0); q >= 0 {
			p, m = q, q-1 // "analysts at the consultancy Kpler say"
		}
		switch {
		case d.toks[p].cap:
			return false
		case d.is(p, "to") && (d.is(m, "close") || d.is(m, "loyal") || d.is(m, "near")),
			d.is(p, "with") && d.is(m, "familiar"):
			m--
		case !isPostPrep(d.word(p)):
			return false
		}
		if m < 0 || d.toks[m].kind != tWord || d.toks[m].flags&fDet != 0 {
			return false
		}
		if isPlural(strings.ToLower(d.word(m))) {
			return true
		}
		if s, ok = d.npBack(m, 0); !ok {
			return false
		}
	}
	return false
}

// npForward returns the end (exclusive) of a noun phrase starting at token
// i: a pronoun, a capitalised name, or a determiner and up to five words.
func (d *docState) npForward(i, hi int) (int, bool) {
	if i >= hi || d.toks[i].kind != tWord {
		return 0, false
	}
	t := d.toks[i]
	if t.flags&fPron != 0 {
		return i + 1, true
	}
	if t.flags&fDet != 0 {
		k := i + 1
		for k < hi && k-i < 6 && d.toks[k].kind == tWord && d.toks[k].flags&(fBoundary|fDet|fPron) == 0 && !d.cueAt(k) {
			if k > i+1 && !d.toks[k].cap && isPastForm(d.word(k)) && k+1 < hi && (d.toks[k+1].flags&(fDet|fPron) != 0 || d.is(k+1, "and") ||
				d.toks[k+1].kind == tWord && !d.toks[k+1].cap && d.toks[k+1].flags&fPrep == 0 && (isPlural(d.word(k+1)) || isDigit(d.src[d.toks[k+1].span.Start]))) {
				break // "the minister defended the plan", "the coach paused and", "the union raised fares": the verb
			}
			k++
			if w := d.word(k - 1); strings.HasSuffix(w, "s") && !hasPossessive(w) && k < hi && d.toks[k].kind == tWord && !d.toks[k].cap &&
				d.toks[k].flags&fConnector == 0 {
				break // "officials express"
			}
		}
		return k, k > i+1
	}
	if t.cap {
		if t.flags&(fBoundary|fLeadConj) != 0 {
			return 0, false // "In London", "As"
		}
		k := i + 1
		for k < hi && d.toks[k].kind == tWord {
			if d.toks[k].cap {
				k++
				continue
			}
			// "BBC Radio 4's Today programme", "Ursula von der Leyen"
			m := k
			for m < hi && m-k < 3 && d.toks[m].kind == tWord && (d.toks[m].flags&fConnector != 0 || isDigit(d.src[d.toks[m].span.Start])) {
				m++
			}
			if m == k || m >= hi || d.toks[m].kind != tWord || !d.toks[m].cap {
				break
			}
			k = m
		}
		if k == i+1 && k < hi && d.toks[k].kind == tWord && !d.toks[k].cap && (d.toks[k].flags&fAudience != 0 || isGroupNoun(d.word(k))) &&
			!strings.ContainsAny(d.word(i), "'’") {
			k++ // "Independent scientists", "Humanitarian groups", "Labour activists"
		}
		return k, true
	}
	return 0, false
}

// isGroupNoun reports whether w is a plural noun of people or bodies that
// a capitalised adjective or name may premodify in a subject ("Humanitarian
// groups", "Labour activists"), beyond the audience nouns of the lexicon.
func isGroupNoun(w string) bool {
	switch w {
	case "groups", "scientists", "experts", "campaigners", "activists", "organisations", "organizations", "charities",
		"unions", "economists", "doctors", "lawyers", "critics", "observers", "leaders", "farmers", "teachers", "nurses":
		return true
	}
	return false
}

// earlierAdverb reports whether "earlier" at token k is an adverb, before
// "that", a preposition, a time word or punctuation ("said earlier that",
// "said earlier in the day that"), not an adjective ("said earlier
// reports were wrong").
func (d *docState) earlierAdverb(k int) bool {
	k++
	return k >= len(d.toks) || d.toks[k].kind != tWord || d.is(k, "that") || d.toks[k].flags&(fPrep|fTimeWord|fTimeRel) != 0
}

// adjuncts skips what may stand between a cue and its content: adverbs, a
// time ("on Friday"), a medium ("on X", "in an interview with Bloomberg
// News", "to reporters") and, after "told", its object ("told Fox News").
// It returns the index of the first token after them.
func (d *docState) adjuncts(ci int) (k int, tm, med textpos.Span) {
	k = ci + 1
	n := len(d.toks)
	if l := d.toks[ci].cue.Lemma; (l == "tell" || l == "warn" || l == "assure" || l == "remind" || l == "inform" || l == "promise") &&
		k < n && d.toks[k].kind == tWord {
		// The addressee: "told Fox News", "warned the White House that".
		// Only after "told" is it a medium.
		t := d.toks[k]
		e := k
		pron := false // "told him": no medium
		switch show := d.titledShow(k); {
		case show > k:
			e = show // "told Fox News' “Sunday Morning Futures” that"
		case t.flags&fObjPron != 0 && !t.cap:
			e, pron = k+1, true
		case t.flags&fAudience != 0 && !t.cap:
			e = k + 1
		case t.cap || t.flags&fDet != 0:
			if f, ok := d.npForward(k, n); ok && f-k <= 8 {
				e = f
				m := e
				for e < n && e-k <= 8 && d.toks[e].kind == tWord && !d.toks[e].cap && d.toks[e].flags&(fMediumNoun|fAudience) != 0 {
					e++ // "told Radio Nord's Sunday programme", "told Labour members"
				}
				if e > m {
					e = d.mediumName(e) // "told Czech newspaper Lidove Noviny:"
				}
			}
		}
		// Lower-case words may go on to a time or "that": "told local
		// radio on Monday that", "told Russian state media that".
		f := e
		for f < n && f-k < 7 && (e > k || l == "tell") && d.toks[f].kind == tWord && (!d.toks[f].cap || f > e) &&
			d.toks[f].flags&(fBoundary|fDet|fPrep|fTimeRel) == 0 && !isLyAdverb(d, f) && !d.cueAt(f) {
			switch strings.ToLower(d.word(f)) {
			case "outside", "inside", "near", "only", "just", "also":
			default:
				f++
				continue
			}
			break
		}
		if f > e && f < n {
			if _, ok := d.timeAt(f); ok || d.is(f, "that") {
				e = f
			}
		}
		if e > k && (l == "tell" || d.is(e, "that") || d.punct(e, ':')) {
			if l == "tell" && !pron {
				med = textpos.Span{Start: d.toks[ci].span.Start, End: d.toks[e-1].span.End}
			}
			k = e
		}
	}
	if l := d.toks[ci].cue.Lemma; l == "point" || l == "express" || l == "put" {
		k++ // the particle or object that phrasal checked
	} else if l == "make" {
		if d.is(k, "it") {
			k++ // "made it clear"
		}
		k++ // "made clear"
	}
	for k < n && k-ci < 30 {
		t := d.toks[k]
		if e := d.asideThat(k); e > k {
			k = e // "said in a message to staff, seen by the BBC, that"
			continue
		}
		if t.kind != tWord {
			break
		}
		if e, ok := d.timeAt(k); ok {
			if tm.IsZero() {
				tm = textpos.Span{Start: t.span.Start, End: d.toks[e-1].span.End}
			}
			k = e
			continue
		}
		if e, ok := d.mediumAt(k); ok {
			if med.IsZero() {
				med = textpos.Span{Start: t.span.Start, End: d.toks[e-1].span.End}
			}
			k = e
			continue
		}
		if e, ok := d.placeAt(k); ok {
			k = e
			continue
		}
		if e := d.tallyAt(k); e > k {
			k = e // a vote: "ruled 6-3 that"
			continue
		}
		lw := d.word(k)
		if !t.cap && (isLyAdverb(d, k) && t.flags&fApprox == 0 || lw == "also" || lw == "again" || lw == "only" || lw == "just" || lw == "already" || lw == "then" || lw == "repeatedly" || lw == "later" ||
			lw == "afterwards" || lw == "afterward" || lw == "earlier" && d.earlierAdverb(k)) {
			k++
			continue
		}
		if !t.cap && (lw == "all" && d.is(k+1, "along") || lw == "once" && d.is(k+1, "again") ||
			(lw == "more" || lw == "most" || lw == "less") && k+1 < n && isLyAdverb(d, k+1)) {
			k += 2 // "has said all along that", "said most recently that", "put it more bluntly:"
			continue
		}
		// Any other short prepositional phrase before "that": "told
		// reporters outside the courthouse that", "said in Paris that".
		if !t.cap && (t.flags&fPrep != 0 || lw == "outside" || lw == "inside" || lw == "near") &&
			!(d.toks[ci].cue.Lemma == "call" && (lw == "for" || lw == "on")) { // "called for a change to the rule that
			for m := k + 1; m < n && m-k <= 9 && d.toks[m].kind == tWord && !d.verbCue(m); m++ {
				if d.is(m, "that") {
					return m, tm, med
				}
				if e, ok := d.timeAt(m); ok && e < n && d.is(e, "that") {
					// "said at a meeting of ministers on Monday that"
					if tm.IsZero() {
						tm = textpos.Span{Start: d.toks[m].span.Start, End: d.toks[e-1].span.End}
					}
					return e, tm, med
				}
				if d.toks[m].flags&fBoundary != 0 && d.toks[m].flags&fPrep == 0 {
					break
				}
			}
		}
		break
	}
	return k, tm, med
}

// tallyAt returns the index after a vote tally at token k, two numbers
// joined by a hyphen or dash with no space ("6-3", "7–2"), or k.
func (d *docState) tallyAt(k int) int {
	if w := d.word(k); strings.Count(w, "-") == 1 {
		a, b, _ := strings.Cut(w, "-")
		if isNumber(a) && isNumber(b) {
			return k + 1
		}
	}
	if k+2 < len(d.toks) && isNumber(d.word(k)) && (d.punct(k+1, '-') || d.punct(k+1, '–')) && isNumber(d.word(k+2)) &&
		d.toks[k+1].span.Start == d.toks[k].span.End && d.toks[k+2].span.Start == d.toks[k+1].span.End {
		return k + 3
	}
	return k
}

// cueVerbAhead reports whether a cue verb in the past or in -s follows
// token i after one to five words, with no punctuation or relative word
// between: the verb of a subject that token i premodifies ("state news
// agency Wam reported"), not the subject of an inversion ("say reports").
func (d *docState) cueVerbAhead(i int) bool {
	for m := i + 2; m < len(d.toks) && m <= i+6 && d.toks[m].kind == tWord; m++ {
		if d.is(m, "who") || d.is(m, "which") || d.is(m, "that") {
			return false // "…, say analysts who predicted …"
		}
		if t := d.toks[m]; t.isCue && !t.cap && (t.cue.Form == Past || t.cue.Form == Third) {
			return true
		}
	}
	return false
}

// verbCue reports whether token m is a cue word that may be a verb or
// take its own "that": not a participle or base form used as a noun or
// adjective ("in a written response that", "in a court order that").
func (d *docState) verbCue(m int) bool {
	t := d.toks[m]
	return t.isCue && (t.cue.Form == Third || t.cue.Form == Gerund || d.cueAt(m))
}

// mediumName extends a medium phrase that ends before token e over the
// medium's name ("the journal Nature", "newspaper Le Monde") when a
// comma, a colon, "that", a time or the sentence's end follows the name,
// not the subject of a content clause ("told the Today programme Mr Lee
// had …").
func (d *docState) mediumName(e int) int {
	f, ok := d.shortName(e, 4)
	if !ok {
		return e
	}
	if _, t := d.timeAt(f); t || d.isEnd(f) || d.punct(f, ',') || d.punct(f, ':') || d.is(f, "that") {
		return f
	}
	return e
}

// asideThat returns the index of "that" when a short aside between
// commas starts at the comma at token k and "that" follows it: "said in
// a message, seen by Reuters, that", "said, however, that". Else it
// returns k.
func (d *docState) asideThat(k int) int {
	if !d.punct(k, ',') {
		return k
	}
	for m := k + 1; m < len(d.toks) && m-k <= 9; m++ {
		if d.toks[m].kind == tWord {
			continue
		}
		if m > k+1 && d.punct(m, ',') && d.is(m+1, "that") {
			return m + 1
		}
		break
	}
	return k
}

// placeAt matches a place after a cue or its medium, "in Lima", "at
// Westminster", when the sentence, a comma, "that", a time or a medium
// follows it ("told a news conference in Lima."). It returns the index
// after it.
func (d *docState) placeAt(i int) (int, bool) {
	if !(d.is(i, "in") || d.is(i, "at")) || d.toks[i].cap || i+1 >= len(d.toks) || !d.toks[i+1].cap || d.toks[i+1].flags&fDet != 0 {
		return 0, false
	}
	e, ok := d.npForward(i+1, len(d.toks))
	if !ok || e-i > 4 {
		return 0, false
	}
	if d.isEnd(e) || d.punct(e, ',') || d.is(e, "that") {
		return e, true
	}
	if _, ok := d.timeAt(e); ok {
		return e, true
	}
	_, ok = d.mediumAt(e)
	return e, ok
}

// timeAt matches a time expression at token i: "on Friday", "Monday
// night", "on March 23", "on 23 March 2025", "yesterday", "last week",
// "earlier this week", "late on Monday". It returns the index after it.
func (d *docState) timeAt(i int) (int, bool) {
	n := len(d.toks)
	k := i
	if (d.is(k, "late") || d.is(k, "early") || d.is(k, "earlier") || d.is(k, "later")) && !d.toks[k].cap && k+1 < n &&
		(d.is(k+1, "on") || d.toks[k+1].cap && d.toks[k+1].flags&fWeekday != 0) {
		k++ // "late on Monday", "early Tuesday"
	}
	if d.is(k, "on") {
		k++
	}
	if k >= n || d.toks[k].kind != tWord {
		return 0, false
	}
	t := d.toks[k]
	switch {
	case t.flags&fWeekday != 0 && t.cap:
		k++
		if k < n && d.toks[k].flags&fPeriod != 0 && !d.toks[k].cap && !d.is(k, "week") {
			k++
		}
		if d.punct(k, ',') && k+1 < n && d.toks[k+1].flags&fMonth != 0 && d.toks[k+1].cap {
			if e, ok := d.monthDay(k + 1); ok {
				k = e
			}
		}
		return k, true
	case t.flags&fMonth != 0 && t.cap:
		return d.monthDay(k)
	case isNumber(d.word(k)) && k+1 < n && d.toks[k+1].flags&fMonth != 0 && d.toks[k+1].cap:
		k += 2
		if k < n && isYear(d.word(k)) {
			k++
		}
		return k, true
	case k == i && !t.cap && (d.is(k, "yesterday") || d.is(k, "today") || d.is(k, "tonight")):
		return k + 1, true
	case k == i && !t.cap && t.flags&fTimeRel != 0:
		e := k + 1
		if d.is(k, "earlier") || d.is(k, "later") {
			if e < n && d.toks[e].flags&fTimeRel != 0 {
				e++
			} else {
				return 0, false
			}
		}
		if e < n && (d.toks[e].flags&fPeriod != 0 && !d.toks[e].cap || d.toks[e].flags&fWeekday != 0 && d.toks[e].cap) {
			return e + 1, true
		}
	}
	return 0, false
}

// monthDay matches "March 23", "March 23, 2025", "Nov. 17" at token k.
func (d *docState) monthDay(k int) (int, bool) {
	if d.punct(k+1, '.') && len(d.word(k)) <= 4 && d.toks[k+1].span.Start == d.toks[k].span.End {
		k++ // an abbreviated month: "Nov. 17"
	}
	if !isNumber(d.word(k + 1)) {
		return 0, false
	}
	k += 2
	if d.punct(k, ',') && isYear(d.word(k+1)) {
		k += 2
	} else if isYear(d.word(k)) {
		k++
	}
	return k, true
}

func isNumber(w string) bool {
	if w == "" || len(w) > 4 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			if i > 0 && (strings.HasSuffix(w, "th") || strings.HasSuffix(w, "st") || strings.HasSuffix(w, "nd") || strings.HasSuffix(w, "rd")) && i >= len(w)-2 {
				return true
			}
			return false
		}
	}
	return true
}

func isYear(w string) bool { return len(w) == 4 && isNumber(w) }

// mediumAt matches a medium phrase at token i: "on X", "on social media",
// "on his Telegram channel", "in an interview (with Bloomberg News)", "in a
// statement", "at a news conference", "to reporters", "to Reuters".
func (d *docState) mediumAt(i int) (int, bool) {
	n := len(d.toks)
	k := i + 1
	switch {
	case d.is(i, "on"):
		if e := d.titledShow(k); e > k {
			return e, true // "on NBC's “Meet the Press”"
		}
		e := k
		if e < n && d.toks[e].flags&fDet != 0 {
			e++
		}
		for m := e; m < n && m-e < 4 && d.toks[m].kind == tWord; m++ {
			if d.toks[m].flags&fPlatform != 0 {
				// "social media", "Truth Social", "X", "state television";
				// not "state television Monday night"
				end := m + 1
				for end < n && end-m < 3 && d.toks[end].kind == tWord && (d.is(end, "media") || d.is(end, "channel") ||
					d.is(end, "account") || d.is(end, "page") || d.is(end, "network") || d.is(end, "social") || d.toks[end].cap && d.toks[end].flags&(fBoundary|fWeekday|fMonth) == 0) {
					end++
				}
				if d.toks[m].cap || end > m+1 {
					return end, true
				}
			}
			if d.toks[m].flags&fMediumNoun != 0 {
				return d.mediumTail(d.mediumNouns(m)), true
			}
			if m > e && d.toks[m].flags&fBoundary != 0 {
				break // "called on the government to release …": no medium
			}
		}
	case d.is(i, "in") || d.is(i, "at") || d.is(i, "during") || d.is(i, "via") || d.is(i, "through"):
		if k >= n || d.toks[k].kind != tWord {
			return 0, false
		}
		for m := k; m < n && m-k < 5 && d.toks[m].kind == tWord; m++ {
			if d.toks[m].flags&fMediumNoun != 0 && !d.toks[m].cap {
				return d.mediumTail(d.mediumName(d.mediumNouns(m))), true
			}
			if m > k && d.toks[m].flags&fBoundary != 0 {
				break
			}
		}
	case d.is(i, "to"):
		if k < n && d.toks[k].kind == tWord && d.toks[k].flags&fAudience != 0 && !d.toks[k].cap {
			return k + 1, true
		}
		if e, ok := d.npForward(k, n); ok && k < n && (d.toks[k].cap || d.is(k, "the")) && e-k <= 4 && !(e < n && d.is(e, "that")) {
			if d.toks[k].flags&fDet != 0 && (e-k < 2 || !d.toks[k+1].cap) {
				return 0, false
			}
			return e, true
		}
	}
	return 0, false
}

// shortName returns the end of a capitalised name of at most max tokens
// that starts at token k ("Le Monde", "NBC's"), not a capitalised
// function word ("In", "But").
func (d *docState) shortName(k, max int) (int, bool) {
	if k >= len(d.toks) || !d.toks[k].cap || d.toks[k].flags&fBoundary != 0 {
		return 0, false
	}
	f, ok := d.npForward(k, len(d.toks))
	return f, ok && f-k <= max
}

// titledShow returns the index after a broadcaster's name and the title
// of one of its programmes in quotation marks, starting at token k: "NBC's
// “Meet the Press”", "CBS' “Face the Nation,”". Else it returns k.
func (d *docState) titledShow(k int) int {
	n := len(d.toks)
	f, ok := d.shortName(k, 3)
	if !ok {
		return k
	}
	if f < n && d.toks[f].kind == tPunct && (d.toks[f].r == '\'' || d.toks[f].r == '’') {
		f++ // "CBS' "
	} else if !hasPossessive(d.word(f - 1)) {
		return k
	}
	if f < n && d.toks[f].kind == tQuote && d.scareQuote(f) {
		return f + 1
	}
	return k
}

// mediumNouns returns the index after the run of medium nouns that starts
// at token m ("conference call", "news conference").
func (d *docState) mediumNouns(m int) int {
	m++
	for m < len(d.toks) && d.toks[m].kind == tWord && !d.toks[m].cap && d.toks[m].flags&fMediumNoun != 0 {
		m++
	}
	return m
}

// mediumTail extends a medium phrase ending before token k over "with
// Bloomberg News", "on X", "to the BBC", "of the call", "to staff",
// "posted on its website".
func (d *docState) mediumTail(k int) int {
	n := len(d.toks)
	q := k // the participle at k, or its particle: the token before the preposition
	if d.is(k, "read") && d.is(k+1, "out") {
		q++
	}
	if q+2 < n && d.toks[k].kind == tWord && !d.toks[k].cap && (isPastForm(d.word(k)) || d.is(k, "read")) &&
		(d.is(q+1, "on") || d.is(q+1, "to") || d.is(q+1, "by") || d.is(q+1, "in")) {
		// "in a statement posted on its Facebook page", "in a memo
		// seen by Reuters", "in a statement read (out) to the court"
		if e, ok := d.npForward(q+2, n); ok && e-k <= 7 {
			return e
		}
	}
	if (d.is(k, "to") || d.is(k, "with")) && d.has(k+1, fAudience) && !d.toks[k+1].cap {
		return k + 2 // "in a message to staff"
	}
	if d.is(k, "to") && (d.is(k+1, "questions") || d.is(k+1, "queries") || d.is(k+1, "enquiries") || d.is(k+1, "inquiries")) {
		// "in an emailed response to questions (from Reuters)"
		if e, ok := d.npForward(k+3, n); ok && d.is(k+2, "from") && e-k <= 6 {
			return e
		}
		return k + 2
	}
	if _, ok := d.timeAt(k); ok {
		return k // "in the journal Nature on Wednesday": a time
	}
	if k < n && (d.is(k, "with") || d.is(k, "on") || d.is(k, "to") || d.is(k, "of") || d.is(k, "for")) {
		if e, ok := d.npForward(k+1, n); ok && e-k <= 6 {
			return e
		}
	}
	return k
}

// contentAfter returns the index after the last token of content that
// starts at token k: up to the end of the unit, but not past a participial
// cue (", calling it …"), ", according to", or a coordinated cue ("and
// suggested that").
func (d *docState) contentAfter(k int) int {
	n := min(len(d.toks), k+maxContent)
	for i := k; i < n; i++ {
		t := d.toks[i]
		if t.kind == tQuote && d.endsSentence(i) {
			return i + 1
		}
		if t.kind == tQuote && i > k && d.quoteEndsWith(i, ',') && d.isAccordingTo(i+1) {
			return i + 1 // "… “all efforts conducive to peace,” according to …"
		}
		if t.kind == tPunct && t.r == ',' && i+1 < n {
			if d.isAccordingTo(i+1) || d.toks[i+1].isCue && d.toks[i+1].cue.Form == Gerund && d.cueAt(i+1) {
				return i
			}
			if d.postCueAt(i+1) || d.newAttribution(i+1) || d.invertedAt(i+1) {
				return i
			}
			if c := d.toks[i+1]; c.isCue && !c.cap && (c.cue.Lemma == "say" || c.cue.Lemma == "tell" || c.cue.Lemma == "add") &&
				(c.cue.Form == Past || c.cue.Form == Third) && d.cueAt(i+1) {
				return i // "X, who had warned … that …, said she": the main verb
			}
			if d.reporterComment(i + 1) {
				return i // "…, a claim that could not be verified": the reporter's
			}
			if d.is(i+1, "but") && i+2 < n && (d.is(i+2, "he") || d.is(i+2, "she") || d.is(i+2, "they")) {
				return i // "…, but he did not commit to a date": the reporter again
			}
			if d.is(i+1, "but") && i+4 < n && d.has(i+2, fFinite) && d.is(i+3, "not") && d.toks[i+4].isCue {
				return i // "…, but could not say when": the reporter again
			}
		}
		if t.kind == tPunct && t.r == ';' && i > k && i+1 < n && d.newAttribution(i+1) {
			return i // "…; Hamas has said …": a new report after the semicolon
		}
		if t.kind == tPunct && (t.r == '—' || t.r == '–' || t.r == '-') && i > k && d.reporterComment(i+1) {
			return i // "… peace — a view that has drawn criticism"
		}
		if t.kind == tWord && d.is(i, "but") && i > k+2 && i+1 < n && d.toks[i+1].kind == tWord && !d.toks[i+1].cap &&
			d.has(i+1, fResponse) && d.hasFiniteVerb(k, i) {
			return i // "said the talks had been useful but gave no details": the speaker again
		}
		if t.kind == tPunct && (t.r == '—' || t.r == '–' || t.r == '-') && i > k && i+1 < n && d.toks[i+1].kind == tWord &&
			d.toks[i+1].flags&fLeadConj != 0 && d.newAttribution(i+1) {
			return i // "… - but the director has called it “derisory”"
		}
		if t.kind == tPunct && (t.r == '—' || t.r == '–') && i > k && i+1 < n && d.toks[i+1].kind == tWord && !d.toks[i+1].cap &&
			(isLyAdverb(d, i+1) || strings.HasSuffix(d.word(i+1), "ing")) {
			return i // "… — essentially demanding that …": the reporter's comment
		}
		if d.is(i, "as") && i > k+2 && !d.punct(i-1, ',') && d.asClause(i) {
			return i // "… close a plant as demand continues to weaken"
		}
		if t.kind == tWord && t.flags&fLeadConj != 0 && !t.cap && (d.is(i, "and") || d.is(i, "but")) && i+1 < n && d.toks[i+1].isCue &&
			(d.toks[i+1].cue.Form == Past || d.toks[i+1].cue.Form == Third) && d.cueAt(i+1) {
			return i
		}
		if d.is(i, "and") && i > k && d.coordinatedPast(i) {
			return i // "said he would stay and played down fears": the speaker's next act
		}
	}
	return n
}

// reporterComment reports whether the reporter's comment on the content
// starts at token i: "a claim that …", "a view shared by …", "an
// allegation he denies".
func (d *docState) reporterComment(i int) bool {
	return (d.is(i, "a") || d.is(i, "an")) && d.has(i+1, fComment)
}

// coordinatedPast reports whether "and" at token i joins a past tense
// ("and played down fears of …") to a verb group with a modal ("would
// stay"): the past tense cannot continue the modal's verb phrase, so it
// is a second predicate of the speaker, not part of the content.
func (d *docState) coordinatedPast(i int) bool {
	n := len(d.toks)
	if i+1 >= n || d.toks[i+1].kind != tWord || d.toks[i+1].cap || d.toks[i+1].flags&wordClasses != 0 || !isPastForm(d.word(i+1)) {
		return false
	}
	for j := i - 1; j >= 0 && i-j <= 6; j-- {
		t := d.toks[j]
		if t.kind != tWord || t.cap {
			return false
		}
		if t.flags&fFinite != 0 {
			return d.isModal(j) && j < i-1
		}
		if isPastForm(d.word(j)) || t.isCue {
			return false
		}
	}
	return false
}

// isModal reports whether token i is a modal auxiliary (will, would,
// could, can, may, might, should, must).
func (d *docState) isModal(i int) bool { return d.has(i, fModal) }

// has reports whether token i is a word of class f.
func (d *docState) has(i int, f wordFlag) bool {
	return i >= 0 && i < len(d.toks) && d.toks[i].kind == tWord && d.toks[i].flags&f != 0
}

// invertedAt reports whether an inverted attribution starts at token i,
// after a comma: a cue in the past or present and a speaker phrase that
// ends the sentence ("…, said Mr Clarke.", "…, argued the minister.").
func (d *docState) invertedAt(i int) bool {
	n := len(d.toks)
	if i >= n || !d.toks[i].isCue || d.toks[i].cap || !d.cueAt(i) || d.toks[i].cue.Lemma == "tell" {
		return false
	}
	if f := d.toks[i].cue.Form; f != Past && f != Third {
		return false
	}
	e, ok := d.npForward(i+1, n)
	return ok && d.toks[i+1].kind == tWord && (d.toks[i+1].cap || d.toks[i+1].flags&fDet != 0) && d.invertedTail(e)
}

// newAttribution reports whether a new attribution starts at token i,
// after a comma: a conjunction, a subject and a cue ("though she said",
// "and the mayor agreed"), which ends the content before it.
func (d *docState) newAttribution(i int) bool {
	n := len(d.toks)
	relative := false // "where", "which": a relative clause more likely
	if i < n && d.toks[i].kind == tWord && !d.toks[i].cap && d.toks[i].flags&(fLeadConj|fBoundary) != 0 && d.toks[i].flags&fPron == 0 {
		relative = d.toks[i].flags&fLeadConj == 0
		i++ // "and", "though", "while"
	}
	e, ok := d.npForward(i, min(n, i+6))
	bare := false
	if !ok {
		// A bare plural, perhaps after a modifier: "and ministers have
		// since promised", "and aid agencies say".
		e = i
		if e+1 < n && !relative && d.bareWord(e) && d.bareWord(e+1) && !isPlural(d.word(e)) {
			e++
		}
		if !d.bareWord(e) || !isPlural(d.word(e)) {
			return false
		}
		e, bare = e+1, true
	}
	for e < n && e-i < 8 && d.toks[e].kind == tWord && !d.toks[e].isCue && (d.toks[e].flags&fAux != 0 || d.sinceAfterHave(e)) {
		e++
	}
	if e >= n || !d.toks[e].isCue || !d.cueAt(e) {
		return false
	}
	f := d.toks[e].cue.Form
	return f == Past || f == Third || f == Base && bare && d.toks[e-1].flags&fAux == 0
}

// bareWord reports whether token i may be a noun or modifier of a bare
// subject: a [docState.nounWord] that is no cue.
func (d *docState) bareWord(i int) bool {
	return d.nounWord(i) && !d.toks[i].isCue
}

// sinceAfterHave reports whether token i is the adverb "since" after a
// perfect auxiliary: "ministers have since promised".
func (d *docState) sinceAfterHave(i int) bool {
	return d.is(i, "since") && (d.is(i-1, "have") || d.is(i-1, "has") || d.is(i-1, "had"))
}

// asClause reports whether "as" at token i starts a clause of the
// reporter's ("as demand continues to weaken"): a noun phrase and a
// finite verb follow, not "as well as", "as part of", "such as".
func (d *docState) asClause(i int) bool {
	n := len(d.toks)
	if i+1 >= n || d.toks[i+1].kind != tWord || d.toks[i+1].flags&(fPrep|fBoundary|fAux) != 0 && d.toks[i+1].flags&fDet == 0 && !d.is(i+1, "there") ||
		d.is(i-1, "such") {
		return false
	}
	if d.is(i+1, "well") || d.is(i+1, "much") || d.is(i+1, "many") || d.is(i+1, "part") || d.is(i+1, "long") ||
		d.is(i+1, "soon") || d.is(i+1, "far") || d.is(i+1, "if") || d.is(i+1, "a") || d.is(i+1, "an") {
		return false
	}
	if d.finiteAhead(i + 1) {
		return true
	}
	for m := i + 2; m < n && m <= i+9 && d.toks[m].kind == tWord; m++ {
		w := d.word(m)
		if !d.toks[m].cap && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && d.toks[m-1].flags&(fDet|fPrep) == 0 &&
			(d.is(m+1, "to") || m+1 < n && d.toks[m+1].flags&fDet != 0) {
			return true // "demand for chips continues to weaken"
		}
	}
	return false
}

// postCueAt reports whether a post-posed attribution ("analysts said",
// "the source added.") starts at token i: a short noun phrase and a cue,
// then the end of the unit or a comma.
func (d *docState) postCueAt(i int) bool {
	n := len(d.toks)
	for c := i + 1; c < n && c-i < 8; c++ {
		if d.toks[c].kind != tWord {
			return false
		}
		if d.toks[c].isCue && d.cueAt(c) && d.toks[c].cue.Form != Gerund {
			if d.isModal(c - 1) {
				return false // "…, the club would appeal": no report
			}
			k, _, _ := d.adjuncts(c)
			s, ok := d.npBack(c-1, i)
			return ok && s == i && (d.isEnd(k) || d.punct(k, ','))
		}
	}
	return false
}

// span returns the span from the start of token i to the end of token j-1,
// dropping trailing commas, periods, colons, semicolons and dashes.
func (d *docState) span(i, j int) (textpos.Span, bool) {
	for j > i && d.toks[j-1].kind == tPunct {
		r := d.toks[j-1].r
		if r != ',' && r != '.' && r != ';' && r != ':' && r != '—' && r != '–' && r != '-' {
			break
		}
		j--
	}
	if j <= i {
		return textpos.Span{}, false
	}
	return textpos.Span{Start: d.toks[i].span.Start, End: d.toks[j-1].span.End}, true
}

// clauseStart returns the first token of content that ends before token e:
// the start of the unit, after a leading conjunction ("But", "However,").
func (d *docState) clauseStart(e int) int {
	s := d.datelineEnd(e)
	for s < e && d.toks[s].kind == tWord && d.toks[s].flags&fLeadConj != 0 {
		s++
		if d.punct(s, ',') {
			s++
		}
	}
	return s
}

// agencyClose returns the index of the ")" that closes an agency's name
// in a dateline at token i or one or two words after it, before token e;
// 0 if there is none.
func (d *docState) agencyClose(i, e int) int {
	for k := i; k < e && k < i+3; k++ {
		if d.punct(k, ')') {
			return k
		}
		if d.toks[k].kind != tWord {
			return 0
		}
	}
	return 0
}

// datelineEnd returns the index after a wire dateline that opens the
// unit before token e ("LONDON (Reuters) -", "CEDAR HOLLOW, Calif. (AP)
// —", "PARIS —"), or 0: capitalised words, commas and at most one
// parenthesised agency, then a dash; an upper-case word or the agency
// must be there.
func (d *docState) datelineEnd(e int) int {
	upper, agency := false, false
	for i := 0; i < e && i < 12; i++ {
		t := d.toks[i]
		switch {
		case t.kind == tWord && t.cap:
			w := d.word(i)
			if len(w) >= 2 && strings.IndexFunc(w, unicode.IsLower) < 0 {
				upper = true
			}
		case d.punct(i, ','):
		case d.punct(i, '.') && i > 0 && d.toks[i-1].cap: // "TAMPA, Fla. —"
		case t.kind == tWord && isDigit(d.src[t.span.Start]): // "STOCKHOLM, March 4 (Reuters) -"
		case d.punct(i, '(') && i+2 < e && d.toks[i+1].kind == tWord && d.toks[i+1].cap && d.agencyClose(i+2, e) > 0:
			agency = true // "(Reuters)", "(Tour wire)"
			i = d.agencyClose(i+2, e)
		case t.kind == tPunct && (t.r == '—' || t.r == '–' || t.r == '-'):
			if i == 0 || !upper && !agency || i+1 >= e {
				return 0
			}
			for k := i + 1; k < e; k++ {
				if d.toks[k].kind == tPunct && d.toks[k].r == t.r {
					return 0 // "EADS - Airbus' owner - admitted": a parenthesis
				}
			}
			return i + 1
		default:
			return 0
		}
	}
	return 0
}

// maxContent is the most tokens a content may have: no real sentence is
// longer, and the bound keeps the work linear on run-on input.
const maxContent = 400

// words counts the word and quotation tokens in [i, j), up to 8.
func (d *docState) words(i, j int) int {
	c := 0
	for ; i < j && c < 8; i++ {
		if d.toks[i].kind != tPunct {
			c++
		}
	}
	return c
}

func lastRune(s string) (rune, int) { return utf8.DecodeLastRuneInString(s) }

// antecedents sets the Antecedent of the pronoun-subject claims made since
// index n0 and updates prevSubj with this sentence's subject.
func (d *docState) antecedents(n0 int) {
	var named, group textpos.Span
	for i := n0; i < len(d.claims); i++ {
		c := &d.claims[i]
		if c.Head.IsZero() {
			continue
		}
		r, _ := utf8.DecodeRuneInString(d.src[c.Head.Start:])
		if c.Head.Len() <= 4 && lookupFlags(c.Head.Text(d.src))&fPron != 0 {
			c.Antecedent = d.prevSubj
			switch h := c.Head.Text(d.src); {
			case !d.prevBody.IsZero() && strings.EqualFold(h, "it"):
				c.Antecedent = d.prevBody
			case d.prevGroup.Start > d.prevSubj.Start && strings.EqualFold(h, "they"):
				c.Antecedent = d.prevGroup // "…, the authors wrote. “…,” they wrote."
			}
		} else if named.IsZero() && r < utf8.RuneSelf && 'A' <= r && r <= 'Z' {
			named = c.Head
		}
		if h := c.Head.Text(d.src); c.Head.Len() > 4 && isPlural(lastWord(h)) &&
			(!lastWordUpper(h) || strings.HasPrefix(h, "the ") || strings.HasPrefix(h, "The ")) {
			group = c.Head // "the authors", "analysts", "the Conservatives"; not "Ann Jones"
		}
	}
	if !group.IsZero() {
		d.prevGroup = group
	}
	if !named.IsZero() {
		d.prevSubj, d.prevBody = named, textpos.Span{}
		return
	}
	s := d.clauseStart(len(d.toks))
	if s >= len(d.toks) {
		return
	}
	t := d.toks[s]
	if d.is(s, "the") && s+2 < len(d.toks) && d.toks[s+2].kind == tWord && !d.toks[s+1].cap && bodyNoun(d.word(s+1)) {
		// "The ministry declined to comment. In a statement, it said":
		// the antecedent of "it".
		d.prevBody = textpos.Span{Start: t.span.Start, End: d.toks[s+1].span.End}
		return
	}
	if t.kind == tWord && t.flags&fDet != 0 {
		// "A spokeswoman for the State Department, Tammy Bruce, declined":
		// the name in apposition.
		for c := s + 1; c < len(d.toks) && c-s < 10; c++ {
			if !d.punct(c, ',') {
				continue
			}
			if e, ok := d.npForward(c+1, len(d.toks)); ok && d.toks[c+1].cap && d.punct(e, ',') && e-c <= 4 {
				d.prevSubj, d.prevBody = textpos.Span{Start: d.toks[c+1].span.Start, End: d.toks[e-1].span.End}, textpos.Span{}
				return
			}
			break
		}
	}
	if t.kind != tWord || !t.cap || t.flags&fPron != 0 || t.flags&fDet != 0 && !(s+1 < len(d.toks) && d.toks[s+1].cap) {
		return
	}
	// A single capitalised word is more often a place or an organisation
	// ("Kyiv", "Russia") than the antecedent of "he" or "she".
	e, ok := d.npForward(s, len(d.toks))
	moved := false
	if ok && e < len(d.toks) && hasPossessive(d.word(s)) {
		// "Acme's Brazilian midfielder Ramires": the name after the
		// possessive, adjective and role noun.
		for m := e; m < len(d.toks) && m-e < 3 && d.toks[m].kind == tWord && d.toks[m].flags&(fBoundary|fPrep|fDet|fPron) == 0; m++ {
			if d.toks[m].cap {
				if e2, ok2 := d.npForward(m, len(d.toks)); ok2 && m > e {
					s, e, t, moved = m, e2, d.toks[m], true
				}
				break
			}
		}
	}
	if ok && (e-s >= 2 || moved) && e-s <= 6 {
		d.prevSubj, d.prevBody = textpos.Span{Start: t.span.Start, End: d.toks[e-1].span.End}, textpos.Span{}
	}
}

// bodyNoun reports whether w is a common noun that names an organisation,
// which "it" may refer back to: "the ministry", "the commission".
func bodyNoun(w string) bool {
	switch strings.ToLower(w) {
	case "ministry", "department", "commission", "committee", "council", "agency", "company", "firm", "government",
		"court", "board", "authority", "union", "association", "federation", "bank", "party", "group", "embassy",
		"bureau", "organisation", "organization", "institute", "university", "club", "league", "regulator",
		"watchdog", "charity", "coalition", "alliance", "administration", "army", "military", "police", "office",
		"secretariat", "parliament", "assembly", "senate", "cabinet", "tribunal", "network", "broadcaster", "airline",
		"insurer", "lender", "retailer", "carrier", "operator", "manufacturer", "developer", "utility", "trust":
		return true
	}
	return false
}

// isName reports whether tokens [i, j) are a short run of capitalised
// words: a name such as "Simon Pratt", "Mr. Lee" or "Hart & Sons".
func (d *docState) isName(i, j int) bool {
	if j <= i || j-i > 5 {
		return false
	}
	for k := i; k < j; k++ {
		t := d.toks[k]
		if t.kind == tPunct && t.r == '&' && k > i && k < j-1 {
			continue
		}
		if t.kind != tWord || !t.cap && t.flags&fConnector == 0 || t.flags&(fDet|fBoundary) != 0 {
			return false
		}
	}
	return true
}

// capsRun reports whether tokens [i, j) are capitalised words, the first
// no determiner or function word: a person's name such as "Theresa May",
// whose later words may look like function words.
func (d *docState) capsRun(i, j int) bool {
	for k := i; k < j; k++ {
		t := d.toks[k]
		if t.kind != tWord || !t.cap || k == i && t.flags&(fDet|fBoundary|fPron) != 0 {
			return false
		}
	}
	return true
}

// nameAtEnd returns the first token of a name that ends appositive [i, j)
// after lower-case title words ("former school principal Ann Lee"), or
// the whole appositive if it is a name; -1 if neither.
func (d *docState) nameAtEnd(i, j int) int {
	if d.isName(i, j) {
		return i
	}
	for m := i; m < j && m-i < 5; m++ {
		t := d.toks[m]
		if t.kind != tWord || t.flags&(fDet|fBoundary|fPron) != 0 || t.isCue {
			return -1
		}
		if t.cap {
			if j-m >= 2 && d.isName(m, j) && m > i {
				return m
			}
			return -1
		}
	}
	return -1
}

// nameBeforeOf returns the end (exclusive) of a person's name that "of"
// and an organisation follow in the name [s, e) ("Ann Lee of Acme
// Capital" → "Ann Lee"), or e when there is none: the name has at least
// two words and the word before "of" is not one that "of" continues
// ("Bank of England", "Secretary of State"), and no honorific after "of"
// opens the name that ends the phrase ("Kinondoni Member of Parliament
// Mr Yusuph Kitwana", a role and a name).
func (d *docState) nameBeforeOf(s, e int) int {
	for m := s + 2; m < e-1; m++ {
		if !d.is(m, "of") {
			continue
		}
		if !d.isName(s, m) || d.toks[m-1].flags&fOrgHead != 0 || !d.toks[m+1].cap && !d.is(m+1, "the") {
			return e
		}
		for h := m + 2; h < e-1; h++ {
			if d.has(h, fAbbrev) && d.capsRun(h+1, e) {
				return e
			}
		}
		return m
	}
	return e
}
