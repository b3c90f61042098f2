package quote

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/whosaid/whosaid/textpos"
)

// nextQuote returns the index of the first quotation token at or after i,
// or len(toks).
func (d *docState) nextQuote(i int) int {
	for ; i < len(d.toks); i++ {
		if d.toks[i].kind == tQuote {
			return i
		}
	}
	return len(d.toks)
}

// quoteContent returns the content of quotation token i, trimmed.
func (d *docState) quoteContent(i int) textpos.Span {
	return trimContent(d.src, d.qs[d.toks[i].q].Content)
}

// directAfter attributes quotation token qi by a frame that follows it:
// "“…,” he said", "“…,” said Dmitry Kuznets, a military analyst", "“…,”
// Mr. Witkoff told Fox News", "“…,” according to the ministry".
func (d *docState) directAfter(qi, pi int) bool {
	for k := qi - 1; k >= 0 && d.toks[k].kind != tQuote; k-- {
		if d.toks[k].kind == tWord {
			return false // the quotation is inside the reporter's sentence
		}
	}
	if c := d.quoteContent(qi); c.End > c.Start && d.src[c.End-1] == '.' && qi+1 < len(d.toks) && d.toks[qi+1].cap {
		return false
	}
	j := qi + 1
	if d.punct(j, ',') || d.punct(j, '—') || d.punct(j, '–') {
		j++
	}
	hi := d.nextQuote(j)
	if j >= hi {
		return false
	}
	if m := d.accordingLen(j); m == 2 || m == 4 {
		e, ok := d.npForward(j+m, hi)
		if !ok {
			return false
		}
		sp := textpos.Span{Start: d.toks[j+m].span.Start, End: d.toks[e-1].span.End}
		d.claims = append(d.claims, Claim{Kind: Direct, Content: d.quoteContent(qi), Subject: sp, Head: sp,
			Cue: textpos.Span{Start: d.toks[j].span.Start, End: d.toks[j+m-1].span.End}, Act: Statement,
			Para: pi, Of: -1, Confidence: 0.9})
		d.used[j] = true
		return true
	}
	c := -1
	for k := j; k < hi && k-j < 45; k++ {
		if d.toks[k].kind == tWord && d.toks[k].isCue && d.cueAt(k) && d.toks[k].cue.Form != Gerund {
			c = k
			break
		}
		if d.is(k, "that") || d.punct(k, ';') {
			return false
		}
	}
	if c < 0 {
		return false
	}
	cl := Claim{Kind: Direct, Content: d.quoteContent(qi), Cue: d.toks[c].span, Act: d.toks[c].cue.Act,
		Para: pi, Of: -1, Confidence: 0.95}
	k, tm, med := d.adjuncts(c)
	cl.Time, cl.Medium = tm, med
	if c == j {
		// Inverted: "said Dmitry Kuznets, a military analyst with …".
		e, ok := d.npForward(k, hi)
		hs := k
		if !ok {
			if hs, e, ok = d.titledName(k, hi); !ok {
				// "wrote analysts from Citigroup in a note": a bare plural,
				// maybe post-modified by a name.
				hs = k
				if e, ok = d.speakerForward(k); !ok || e > hi {
					return false
				}
				if e+1 < hi && isPostPrep(d.word(e)) && d.toks[e+1].cap {
					if f, ok := d.npForward(e+1, hi); ok {
						e = f
					}
				}
			}
		}
		// "said Moscow-based US analyst Chris Weafer": the name after titles.
		for m := e; m < hi && m-e < 4 && d.toks[m].kind == tWord && d.toks[m].flags&(fBoundary|fPrep|fDet) == 0; m++ {
			if d.toks[m].cap {
				if e2, ok := d.npForward(m, hi); ok && m > e {
					hs, e = m, e2
				}
				break
			}
		}
		if hs == k && hasPossessive(d.word(e-1)) {
			// "said Acme’s chief executive, Ann Lee": the role's name
			// in apposition, else the role.
			m := e
			for m < hi && m-e < 4 && d.toks[m].kind == tWord && !d.toks[m].cap && d.toks[m].flags&(fBoundary|fPrep|fDet) == 0 {
				m++
			}
			if m > e && m+1 < hi && d.punct(m, ',') && d.toks[m+1].cap {
				if e2, ok := d.npForward(m+1, hi); ok {
					hs, e = m+1, e2
				}
			} else if m > e && (m >= hi || d.punct(m, ',') || d.isEnd(m)) {
				e = m // "said Acme’s spokesman, adding": the role speaks
			}
		}
		cl.Head = textpos.Span{Start: d.toks[hs].span.Start, End: d.toks[e-1].span.End}
		cl.Subject = textpos.Span{Start: d.toks[k].span.Start, End: d.toks[e-1].span.End}
		if d.punct(e, ',') {
			if sp, ok := d.span(k, hi); ok {
				cl.Subject = sp
			}
			if hd, ok := d.nameAfterRole(k, e, hi); ok && hs == k {
				cl.Head = hd
			}
		}
	} else {
		s, ok := d.npForward(j, c)
		if !ok {
			// A bare plural or title phrase: "officials said".
			ph, hd, st, ok2 := d.subjectBefore(c, j)
			for k := j; ok2 && k < st; k++ {
				// "chief executive Paula Grant said": title words only.
				ok2 = d.toks[k].kind == tWord && d.toks[k].flags&fBoundary == 0 && !d.toks[k].isCue
			}
			if !ok2 {
				return false
			}
			cl.Subject, cl.Head = ph, hd
		} else {
			cl.Head = textpos.Span{Start: d.toks[j].span.Start, End: d.toks[d.nameBeforeOf(j, s)-1].span.End}
			e := c
			for e > s && d.toks[e-1].kind == tWord && (d.toks[e-1].flags&fAux != 0 || isLyAdverb(d, e-1)) {
				e--
			}
			if ph, ok := d.span(j, e); ok {
				cl.Subject = ph
			}
			if _, hd, st, ok := d.subjectBefore(c, j); ok && st == j && d.punct(s, ',') && hd.Start > d.toks[s].span.Start {
				cl.Head = hd // "the firm's lawyer, Ann Lee, told": the name in apposition
			}
			if !d.punct(s, ',') && s < e {
				// Words between the name and the cue that are not an
				// appositive: take the phrase nearest the cue.
				if ph, hd, _, ok := d.subjectBefore(c, j); ok {
					cl.Subject, cl.Head = ph, hd
				}
			}
		}
	}
	if as := d.quotedAfter(c, hi); as >= 0 {
		// "“…,” the statement quoted the club's director, Ann Lee, as
		// saying": the person quoted speaks.
		if ph, hd, ok := d.quotedAs(c, as); ok {
			cl.Subject, cl.Head = ph, hd
			d.used[as+1] = true
		}
	}
	d.used[c] = true
	d.claims = append(d.claims, cl)
	return true
}

// directBefore attributes quotation token qi by a frame before it that
// ends with a colon or comma, when the quotation ends the unit: "He added,
// “…”", "Umerov said on X: “…”", "… writing: “…”".
func (d *docState) directBefore(qi, pi int) bool {
	if !d.isEnd(qi+1) && !d.trailingParticiple(qi) {
		return false
	}
	lo := 0
	for k := qi - 1; k >= 0; k-- {
		if d.toks[k].kind == tQuote && !d.scareQuote(k) {
			lo = k + 1
			break
		}
	}
	j := qi
	if d.punct(j-1, ':') || d.punct(j-1, ',') || d.punct(j-1, '—') {
		j--
	}
	if d.is(j-1, "that") {
		j--
	}
	for c := j - 1; c >= lo && j-c < 30; c-- {
		if !(d.toks[c].kind == tWord && d.toks[c].isCue && d.cueAt(c)) {
			continue
		}
		if naming(d.toks[c].cue.Lemma) {
			return false // "what prosecutors called “a city hall for sale”": a partial
		}
		if d.toks[c].cue.Lemma == "continue" && j == qi {
			return false // "the strike would continue “until …”": no speech without a colon or comma
		}
		k, tm, med := d.adjuncts(c)
		if k != j && !d.aboutPhrase(k, j) {
			continue
		}
		cl := Claim{Kind: Direct, Content: d.quoteContent(qi), Cue: d.toks[c].span, Act: d.toks[c].cue.Act,
			Time: tm, Medium: med, Para: pi, Of: -1, Confidence: 0.95}
		if ph, hd, _, ok := d.subjectBefore(c, lo); ok {
			cl.Subject, cl.Head = ph, hd
		} else if d.is(c-1, "and") || d.is(c-1, "but") {
			return false // a coordinated cue: the cue pass inherits its subject
		} else if lo > 0 && d.used[c] {
			// "“…,” he said, “…”": the frame between the quotes.
			if prev := d.lastClaimWithCue(d.toks[c].span); prev >= 0 {
				cl.Subject, cl.Head = d.claims[prev].Subject, d.claims[prev].Head
			}
		} else if !d.inherit(&cl, c) {
			return false
		}
		if cl.Subject.IsZero() {
			return false
		}
		d.used[c] = true
		d.claims = append(d.claims, cl)
		return true
	}
	return false
}

func (d *docState) lastClaimWithCue(cue textpos.Span) int {
	for i := len(d.claims) - 1; i >= 0 && i >= len(d.claims)-8; i-- {
		if d.claims[i].Cue == cue {
			return i
		}
	}
	return -1
}

// inherit gives claim cl, whose cue at token c has no subject of its own,
// the subject of an earlier claim in the unit ("He added that … and
// suggested that …") or the unit's first noun phrase ("Witkoff echoed …,
// claiming …").
func (d *docState) inherit(cl *Claim, c int) bool {
	start := d.toks[0].span.Start
	for i := len(d.claims) - 1; i >= 0 && i >= len(d.claims)-8; i-- {
		p := d.claims[i]
		if p.Cue.Start < start || p.Cue.Start >= d.toks[c].span.Start {
			break
		}
		if !p.Subject.IsZero() {
			cl.Subject, cl.Head, cl.Confidence = p.Subject, p.Head, cl.Confidence-0.05
			return true
		}
	}
	s := d.subjectStart(c)
	e, ok := d.npForward(s, c)
	if !ok {
		return false
	}
	for o := s + 2; o < e; o++ {
		if !d.toks[o].cap && (d.toks[o].flags&fFinite != 0 || isPastForm(d.word(o))) {
			e = o // "The council met on Monday, saying": the clause's verb ends its subject
			break
		}
	}
	if d.is(e-1, "and") {
		if e2, ok := d.npForward(e, c); ok {
			e = e2 // "the Greens and the Whigs have tabled …, saying"
		}
	}
	for o := s + 1; o < c-1 && o-s <= 5 && d.toks[o].kind == tWord; o++ {
		if d.is(o, "of") {
			if d.quantifierBack(o-1, s) == s {
				// "More than half of 2,000 people surveyed said": the
				// whole quantified phrase, up to the cue.
				e = c
				for e > o+1 && d.toks[e-1].flags&fAux != 0 {
					e-- // "… have also said"
				}
			}
			break
		}
	}
	if d.toks[s].flags&fPron == 0 && !d.toks[s].cap && d.toks[s].flags&fDet == 0 {
		return false
	}
	sp := textpos.Span{Start: d.toks[s].span.Start, End: d.toks[e-1].span.End}
	hd := sp
	if d.toks[s].cap && d.toks[s].flags&fPron == 0 {
		// "Former Cabinet minister Ann Lee has criticised …, saying": the
		// name after role words.
		switch m := d.roleWords(e, c); {
		case d.nameAt(m, e, c):
			if e2, ok := d.npForward(m, c); ok {
				sp.End = d.toks[e2-1].span.End
				hd = textpos.Span{Start: d.toks[m].span.Start, End: sp.End}
				e = e2
			}
		case m > e && d.punct(m, ',') && hasPossessive(d.word(e-1)):
			e = m // "Mr Lee’s lawyer, Ann Bell, had sought …": the appositive below
			sp.End = d.toks[m-1].span.End
			hd = sp
		}
	}
	if d.punct(e, ',') && d.appositiveNameAt(e+1, c) {
		// "The company’s chief executive, Adrian Cole, apologised … and
		// said": the name in apposition is the head.
		f, _ := d.npForward(e+1, c)
		sp.End = d.toks[f-1].span.End
		hd = textpos.Span{Start: d.toks[e+1].span.Start, End: sp.End}
	}
	cl.Subject, cl.Head, cl.Confidence = sp, hd, cl.Confidence-0.1
	return true
}

// subjectStart returns the first token of the subject of the clause that
// ends before token c: the clause's start, after a leading adverbial that
// ends with a comma ("On Monday, …", "Asked about the result, he …").
func (d *docState) subjectStart(c int) int {
	s := d.clauseStart(c)
	for k := s; k < c && k-s < 12; k++ {
		if d.punct(k, ',') {
			if e, ok := d.npForward(s, c); ok && e == k && d.toks[s].cap {
				break // "Dr. Marcus Feld, a geriatrician …, called … but said": a name
			}
			if e, ok := d.npForward(k+1, c); ok && (!d.punct(e, ',') || d.appositiveNameAt(e+1, c)) {
				s0 := s
				s = k + 1 // also "In a post, the founder of Acme, Tom Bell, …"
				if d.toks[s0].flags&fPrep != 0 {
					s = d.afterApposedAdverbial(s, c)
				}
			}
			break
		}
	}
	return s
}

// afterApposedAdverbial returns the first token of the subject after a
// phrase at s in apposition to an opening adverbial ("In a second message,
// an email to all staff sent on Wednesday, Ann Lee apologised"): the noun
// phrase after the phrase's closing comma when a verb, not another comma,
// follows it; else s.
func (d *docState) afterApposedAdverbial(s, c int) int {
	for m := s + 1; m < c && m-s < 16; m++ {
		if d.toks[m].kind == tQuote {
			break
		}
		if !d.punct(m, ',') {
			continue
		}
		if m+1 < c && (d.toks[m+1].cap || d.toks[m+1].flags&fDet != 0) && d.toks[m+1].flags&fBoundary == 0 {
			if e, ok := d.npForward(m+1, c); ok && e < c && d.toks[e].kind == tWord && !d.toks[e].cap {
				return m + 1
			}
		}
		break
	}
	return s
}

// appositiveNameAt reports whether a capitalised name closed by a comma
// starts at token i, before token c: the name in "the founder of Acme,
// Tom Bell, said".
func (d *docState) appositiveNameAt(i, c int) bool {
	if i >= c || !d.toks[i].cap {
		return false
	}
	f, ok := d.npForward(i, c)
	return ok && d.punct(f, ',') && f-i <= 4
}

// relativeHead extends the antecedent [s, j] of a relative "who" back
// over the common noun phrase it post-modifies when that phrase names a
// person: "a caller from Leeds who said", "a lawyer involved in the
// talks, who said". The antecedent then is the whole phrase and its head
// the first noun phrase ("a caller"), which must be indefinite: an
// unnamed source, not a definite "chamber" after the title of a person
// named before. Not when a preposition other than
// "from", "in" or "at" leads to a name ("an aide to Ann Lee, who said",
// "a meeting with Ann Lee, who said": the name is the person), nor when
// the head is a medium or a cue noun ("a statement from the firm"). It
// returns the new first token, head and phrase, or s, ph, ph.
func (d *docState) relativeHead(s, j int, ph textpos.Span) (int, textpos.Span, textpos.Span) {
	s2, hs, ph2 := d.postModified(s, j, 0, ph, ph)
	if s2 == s || !d.is(s2, "a") && !d.is(s2, "an") && !d.is(s2, "another") && !d.has(s2, fQuantSubj) || d.toks[s2].flags&fPron != 0 {
		return s, ph, ph // not "head of the engineers’ chamber in Izmir, who said": an indefinite source
	}
	if d.toks[s].cap && !d.is(s-1, "from") && !d.is(s-1, "in") && !d.is(s-1, "at") {
		return s, ph, ph
	}
	h := s2 // the head noun: the last word of the first noun phrase
	for h+1 < len(d.toks) && d.toks[h+1].span.End <= hs.End {
		h++
	}
	if t := d.toks[h]; t.kind != tWord || t.cap || t.isCue || t.flags&(fMediumNoun|fWords|fPron) != 0 {
		return s, ph, ph
	}
	return s2, hs, ph2
}

// accordingTo makes the claim of "according to X" at token i: "According to
// X, CLAUSE." or "CLAUSE, according to X." When the unit already has a
// claim, the phrase is that claim's medium instead ("…, according to the
// Kremlin’s readout of the call").
func (d *docState) accordingTo(i, pi, n0 int) {
	n, m := len(d.toks), d.accordingLen(i)
	d.used[i] = true
	if m == 3 {
		d.accordingPossessive(i, pi, n0)
		return
	}
	end := min(n, i+m+maxContent)
	for k := i + m; k < end; k++ {
		if d.punct(k, ',') || d.toks[k].kind == tQuote || d.punct(k, ';') {
			end = k
			break
		}
	}
	if e := d.portfolioListEnd(end); e > 0 {
		// "According to the Ministry of Health, Food and Safety (MHFS),
		// …": the name runs over its comma.
		e = d.parenAfter(e)
		if e >= n-1 || d.punct(e, ',') || d.punct(e, ';') {
			end = e
		}
	}
	np, ok := d.span(i+m, end)
	if !ok {
		return
	}
	head := np
	for k := i + m + 1; k < end; k++ {
		if d.seenBy(k) {
			head, _ = d.span(i+m, k) // "according to a cable reviewed by The Post": the cable
			break
		}
	}
	if a, j := d.accordingAppositive(i+m, end); a >= 0 {
		// "according to its medical director, Dr. Ann Lee, …": the name.
		np, _ = d.span(i+m, j)
		head, _ = d.span(a, j)
		end = j
	}
	d.accordingClaim(i, end, np, head, textpos.Span{Start: d.toks[i].span.Start, End: d.toks[i+m-1].span.End}, pi, n0)
}

// accordingPossessive makes the claim of "in her words," at token i:
// "In her words, CLAUSE." The pronoun is the source; a quotation or a
// clause after the comma is the content.
func (d *docState) accordingPossessive(i, pi, n0 int) {
	if i > d.clauseStart(i) || i+4 >= len(d.toks) {
		return
	}
	np := d.toks[i+1].span
	d.accordingClaim(i, i+3, np, np, textpos.Span{Start: d.toks[i].span.Start, End: d.toks[i+2].span.End}, pi, n0)
}

// accordingClaim adds the claim of the phrase at token i that names the
// source np (head: its head) like "according to", up to token end, the
// comma after the phrase or the end of the unit; or, when the unit has a
// claim already, makes the phrase that claim's medium.
func (d *docState) accordingClaim(i, end int, np, head, cue textpos.Span, pi, n0 int) {
	n := len(d.toks)
	if len(d.claims) > n0 {
		if np.End <= cue.End {
			return // "In her words" is no medium
		}
		med := textpos.Span{Start: cue.Start, End: np.End}
		for k := n0; k < len(d.claims); k++ {
			if d.claims[k].Medium.IsZero() && d.claims[k].Content.End <= cue.Start {
				d.claims[k].Medium = med
			}
		}
		return
	}
	s := d.clauseStart(i)
	if d.accordingLen(i) > 2 && i > s && end < n-1 {
		return // "because, in the words of one officer, …": inside a clause
	}
	cl := Claim{Kind: Indirect, Subject: np, Head: head, Cue: cue, Act: Statement, Para: pi, Of: -1, Confidence: 0.85}
	var content textpos.Span
	var ok bool
	if i <= s && end < n {
		content, ok = d.span(end+1, d.contentAfter(end+1))
	} else if d.toks[s].kind == tQuote && (s+1 == i || s+2 == i && d.punct(s+1, ',')) {
		// "“…,” according to X": the quotation is the content.
		cl.Kind, content, ok = Direct, d.quoteContent(s), true
	} else {
		content, ok = d.span(s, i)
	}
	if !ok || d.words(0, n) < 5 {
		return
	}
	cl.Content = content
	d.claims = append(d.claims, cl)
}

// accordingAppositive returns the first token of a name in apposition
// with the role phrase [s, a) after "according to", a being a comma, and
// the end of the name: a comma after it, or the unit's final punctuation
// ("according to its medical director, Dr. Ann Lee."). The role's head
// is singular: after "According to analysts, Acme, …" the name is the
// subject of the content. It returns -1, -1 when there is none.
func (d *docState) accordingAppositive(s, a int) (int, int) {
	n := len(d.toks)
	if !d.punct(a, ',') {
		return -1, -1
	}
	h := a - 1 // the head: the last word, or the word before "of"
	for k := s + 1; k < a-1; k++ {
		if d.is(k, "of") {
			h = k - 1
			break
		}
	}
	if d.toks[h].kind != tWord || d.toks[h].isCue || isPlural(strings.ToLower(d.word(h))) {
		return -1, -1 // also the title of "a ministry report, Dust and Rain, …"
	}
	j := a + 1
	for j < n && j-a <= 5 && d.toks[j].kind == tWord {
		if strings.ContainsAny(d.word(j), "'’") {
			return -1, -1 // a title, no name: "a new book, Lee's Century,"
		}
		j++
	}
	if j == a+1 || j < n && !d.punct(j, ',') && !(j == n-1 && d.toks[j].kind == tPunct && strings.ContainsRune(".!?", d.toks[j].r)) {
		return -1, -1
	}
	if m := d.appositiveName(s, a, j, s); m >= 0 {
		return m, j
	}
	return -1, -1
}

// cueClaim makes the claim, if any, of the cue word at token ci that no
// quotation frame used: "X said (that) …", "…, analysts said.", "X
// described Y as “…”", "X called Y a “…”", "X demanded an end to …".
func (d *docState) cueClaim(ci, pi, n0 int) {
	n := len(d.toks)
	t := d.toks[ci]
	for _, c := range d.claims[n0:] {
		if c.Kind == Indirect && c.Content.Start <= t.span.Start && t.span.End <= c.Content.End &&
			!naming(t.cue.Lemma) && t.cue.Lemma != "dismiss" {
			return // "She said this would counter “…”": the speaker's words
		}
	}
	k, tm, med := d.adjuncts(ci)
	cl := Claim{Cue: t.span, Act: t.cue.Act, Time: tm, Medium: med, Para: pi, Of: -1}
	sb, lo, perceived := ci, 0, false
	if t.cue.Form == Gerund {
		if p := d.perceivedBack(ci); p >= 0 {
			sb, perceived = p, true // "Lee could be heard saying": the subject before "be"
		} else if w := d.withSubject(ci); w >= 0 {
			lo = w + 1 // "…, with analysts warning that": the subject after "with"
		}
	}
	ph, hd, st, hasSubj := d.subjectBefore(sb, lo)
	if v := ci - 2; t.cue.Form == Third && v >= 0 && d.toks[v].kind == tWord && !d.toks[v].cap && d.toks[v+1].kind == tWord &&
		d.toks[v+1].flags&(fAux|fPron) == 0 && !isLyAdverb(d, v+1) &&
		(isPastForm(d.word(v)) && !d.toks[v].isCue || d.is(v, "amid") || d.is(v, "despite") || d.is(v, "over") || d.is(v, "against") || d.is(v, "about")) &&
		(v == 0 || !d.is(v-1, "who") && !d.is(v-1, "which") && !d.is(v-1, "that")) {
		// "The Lib Dems backed Tory demands that …", "amid union claims
		// that …": a noun in -s after a verb or a preposition of topic
		// and one modifier, no cue.
		return
	}
	if hasSubj && d.toks[st].flags&fPron != 0 && strings.EqualFold(d.word(st), "who") {
		// "X, who said …": the antecedent before the comma.
		j := st - 1 // "Julian Lewis who said"
		if d.punct(j, ',') {
			j = d.parenBack(j-1, 0) // "Julian Lewis, who said", "Acme (ACM), who said"
		}
		if s, ok := d.npBack(j, 0); ok && j >= 0 && d.toks[j].kind == tWord && d.toks[s].flags&fPron == 0 {
			ph = textpos.Span{Start: d.toks[s].span.Start, End: d.toks[j].span.End}
			hd, st = ph, s
			st, hd, ph = d.relativeHead(s, j, hd)
		} else {
			hasSubj = false
		}
	}
	rel := ci - 1 // "which has publicly called": the relative before auxiliaries and adverbs
	for rel > 0 && d.toks[rel].kind == tWord && (d.toks[rel].flags&fAux != 0 || isLyAdverb(d, rel)) {
		rel--
	}
	relative := d.is(rel, "which") || d.is(rel, "who")
	if !hasSubj && rel >= 1 && (d.is(rel, "which") || d.is(rel, "that")) {
		// "a local blog which said it had …": the relative pronoun's
		// antecedent, maybe before a comma, is the speaker.
		j := rel - 1
		if d.punct(j, ',') {
			j = d.parenBack(j-1, 0) // "the Public Prosecutor's Office (MPT), which argued"
		}
		if s, ok := d.npBack(j, 0); ok && j >= 0 && d.toks[j].kind == tWord && d.toks[s].flags&fPron == 0 {
			ph = textpos.Span{Start: d.toks[s].span.Start, End: d.toks[j].span.End}
			hd, st, hasSubj = ph, s, true
		}
	}
	if t.cue.Form == Gerund && !d.punct(ci-1, ',') && !d.is(ci-1, "and") && ci > 0 {
		hasSubj = hasSubj && !d.is(ci-1, "by")
	}
	if t.cue.Form == Gerund && !perceived && d.punct(ci-1, ',') {
		// "In a rare move, the council has tabled a motion, saying …":
		// a participle after a comma has the clause's subject (see
		// inherit), never a phrase and an appositive before it.
		hasSubj = false
	}
	quoted := false // "… quoted Ann Lee as saying the plan …"
	if t.cue.Form == Gerund {
		if q := d.quotedBefore(ci); q >= 0 {
			if qph, qhd, ok := d.quotedAs(q, ci-1); ok {
				ph, hd, st, hasSubj, quoted = qph, qhd, q+1, true, true
			}
		}
	}
	inverted := false
	if d.punct(ci-1, ',') && k == ci+1 && t.cue.Lemma != "tell" && (t.cue.Form == Past || t.cue.Form == Third || t.cue.Form == Base) &&
		(!hasSubj || st > d.clauseStart(ci-1) || d.hasFiniteVerb(st, ci-1) || d.toks[ci-2].kind == tQuote) {
		// Not "Kamal Nath, the commerce minister, announced the decision":
		// a subject with its appositive, no clause, before the comma.
		// "…, said Mr Lund." "In one town, prices fell, said Ms Ode.": a
		// speaker after the cue wins over an appositive-looking phrase
		// before it.
		if e, ok := d.speakerForward(k); ok && d.invertedTail(e) {
			hasSubj, inverted = false, true
		}
	}
	if hasSubj {
		cl.Subject, cl.Head = ph, hd
	}
	lemma := t.cue.Lemma
	if hasSubj && st > 0 && k < n && d.toks[k].kind == tWord && !d.toks[k].cap && !d.is(k, "that") && d.toks[k].flags&fPrep == 0 &&
		(d.toks[k].flags&fBoundary == 0 || d.toks[k].flags&fFinite != 0) && !naming(lemma) &&
		(d.is(st-1, "who") || d.is(st-1, "which") || d.is(st-1, "that")) &&
		(isPastForm(d.word(k)) || d.toks[k].flags&fFinite != 0 || !d.subjectLike(k)) {
		// "a treasurer who prosecutors said stole $2m was jailed": the
		// content is the relative clause, up to the main verb.
		e, end := k+1, d.contentAfter(k)
		for e < end && d.toks[e].kind != tPunct && !isFiniteAux(d.word(e)) {
			e++
		}
		if c, ok := d.span(k, e); ok && d.words(k, e) >= 2 {
			cl.Kind, cl.Content, cl.Confidence = Indirect, c, 0.7
			d.add(cl, ci)
		}
		return
	}
	switch {
	case d.commitment(ci):
		// "She promised to hold a meeting within 30 days": the
		// infinitive is the content, a partial when it is only a
		// quotation ("vowed to “fight on”").
		k = ci + 1
		e := d.contentAfter(k)
		if d.toks[k+1].kind == tQuote && d.isEnd(k+2) {
			d.partials(&cl, ci, k)
			return
		}
		c, ok := d.span(k, e)
		if !ok || d.words(k, e) < 3 {
			return
		}
		cl.Kind, cl.Content, cl.Confidence = Indirect, c, 0.7
	case d.directive(ci) > 0:
		// "warned passengers not to travel": the addressee and the
		// infinitive are the content, a demand.
		b := d.addressee(ci)
		e := d.contentAfter(b)
		c, ok := d.span(b, e)
		if !ok || d.words(b, e) < 3 {
			return
		}
		cl.Kind, cl.Content, cl.Act, cl.Confidence = Indirect, c, Demand, 0.7
		cl.Medium = textpos.Span{}
	case d.is(k, "that") || d.is(k, "whether") || d.is(k, "how") || d.is(k, "why"):
		if !d.is(k, "that") && lemma != "ask" && lemma != "question" && lemma != "wonder" {
			return
		}
		if lemma == "ask" && t.cue.Form == Past && d.askedAside(ci) {
			return // "One of them, asked whether it was realistic, said": asked, not asking
		}
		b := k + 1
		switch {
		case d.is(k, "that") && b < n && d.toks[b].flags&fFinite != 0 && !d.toks[b].cap:
			b = k // "said that was a mistake": a demonstrative subject
		case d.punct(b, ','):
			b++ // "pointed out that, because …, this was"
		}
		e := d.subordinate(st, hasSubj, b, d.contentAfter(b))
		if b < n && d.toks[b].kind == tQuote && d.words(b, e) == 1 && !d.isTitle(b) && !d.quoteContent(b).Empty() {
			// "conceded that “some agencies cut corners”, but insisted
			// …": the quotation is the whole content.
			cl.Kind, cl.Content, cl.Confidence = Direct, d.quoteContent(b), 0.85
			break
		}
		c, ok := d.span(b, e)
		if !ok || d.words(b, e) < 2 {
			return
		}
		if b > k && lemma != "say" && lemma != "tell" && lemma != "add" && e-b <= 6 && !d.hasFiniteVerb(b, e) && b+d.hasQuoteAt(b, e) == e {
			return // "rejected that demand as a non-starter": a demonstrative
		}
		cl.Kind, cl.Content, cl.Confidence = Indirect, c, 0.9
	case naming(lemma) || lemma == "dismiss" && d.asQuote(k) || lemma == "accuse" && d.hasQuoteAt(k, n) < n-k ||
		t.cue.Form == Gerund && k < n && d.toks[k].kind != tWord:
		d.partials(&cl, ci, k)
		if (lemma == "call") && (d.is(k, "for") || d.is(k, "on")) {
			e := d.contentAfter(k + 1)
			if relative {
				e = d.relativeEnd(k+1, e)
			}
			c, ok := d.span(k+1, e)
			if ok && d.words(k+1, e) >= 2 {
				cl.Kind, cl.Content, cl.Act, cl.Confidence = Indirect, c, Demand, 0.75
				d.add(cl, ci)
			}
		}
		return
	case !hasSubj && !inverted && (d.is(ci-1, "and") || d.is(ci-1, "but")) && d.punct(k, ',') && k+1 < n && d.toks[k+1].kind == tQuote &&
		(d.isEnd(k+2) || d.trailingParticiple(k+1)):
		// A coordinated cue, which directBefore leaves: "paused and
		// told the room, “I need water,” drawing laughter."
		cl.Kind, cl.Content, cl.Confidence = Direct, d.quoteContent(k+1), 0.85
	case d.isEnd(k) || d.punct(k, ',') || inverted:
		// Post-posed: "…, analysts said." or inverted "…, said X."
		for j := ci - 1; j >= 0 && d.toks[j].kind == tWord && d.toks[j].flags&fAux != 0; j-- {
			if d.isModal(j) {
				return // "…, the club would appeal": no report
			}
		}
		if !hasSubj && d.punct(ci-1, ',') {
			e, ok := d.speakerForward(k)
			if !ok || !d.invertedTail(e) {
				return
			}
			cl.Head = textpos.Span{Start: d.toks[k].span.Start, End: d.toks[e-1].span.End}
			cl.Subject = cl.Head
			if sp, ok := d.span(k, n); ok {
				cl.Subject = sp
			}
			if hd, ok := d.nameAfterRole(k, e, n); ok {
				cl.Head = hd
			}
			st = ci
		}
		if cl.Subject.IsZero() || st == 0 {
			return
		}
		if st >= 3 && d.punct(st-1, ',') && (d.toks[st].flags&fDet != 0 && !d.toks[st].cap || hasPossessive(d.word(st))) {
			// "…, Alan Milburn, Labour's election strategist told": the
			// name before the role is the speaker's, not the content's.
			if s2, ok := d.npBack(st-2, 0); ok && s2 >= 2 && st-2-s2 < 4 && d.capsRun(s2, st-1) && d.punct(s2-1, ',') {
				cl.Head = textpos.Span{Start: d.toks[s2].span.Start, End: d.toks[st-2].span.End}
				cl.Subject = textpos.Span{Start: cl.Head.Start, End: cl.Subject.End}
				st = s2
			}
		}
		if r := d.roleBack(st); r < st {
			// "…, its chief executive Tom Bell said": the role words
			// before the name belong to the subject.
			cl.Subject.Start, st = d.toks[r].span.Start, r
		}
		e := st - 1 // the comma before the subject
		switch {
		case d.punct(e, ',') || d.punct(e, '—'):
		case d.toks[e].kind == tQuote && d.quoteEndsWith(e, ','):
			e++ // "… was “a disgrace,” the club said"
		default:
			return
		}
		s := max(d.clauseStart(e), e-maxContent)
		if d.toks[s].kind == tQuote && (e == s+1 || d.punct(s+1, ',')) {
			return // a direct frame the quotation pass did not accept
		}
		if d.toks[s].kind == tQuote && slices.Contains(d.used[s:e], true) {
			return // "“…,” said Ann Lee, an official quoted in …": attributed already
		}
		de := d.datelineEnd(e)
		lead := d.words(s, e) == 0 && de < s // only "Now," or "But" before the frame
		if d.punct(k, ',') && k+1 < n && d.toks[k+1].kind == tWord && !d.toks[k+1].cap && (d.toks[k+1].flags&fAux != 0 &&
			d.toks[k+1].flags&fBoundary != 0 || d.toks[k+1].flags&fFinite != 0 || isPastForm(d.word(k+1)) && !d.toks[k+1].isCue ||
			d.words(s, e) <= 2 && d.subjectLike(k+1) && (d.finiteSoon(k+1) || d.pronounVerb(k+1))) && (d.words(s, e) >= 1 || lead) {
			// Interrupted: "The plan, he said, would cost millions.",
			// "Now, he admits, they have stopped talking." The content
			// runs over the frame.
			if lead {
				s = de
			}
			if c, ok := d.span(s, d.contentAfter(k+1)); ok {
				cl.Kind, cl.Content, cl.Confidence = Indirect, c, 0.8
				break
			}
		}
		c, ok := d.span(s, e)
		if !ok || d.words(s, e) < 3 {
			return
		}
		cl.Kind, cl.Content, cl.Confidence = Indirect, c, 0.85
	case d.punct(k, ':') && k+1 == n:
		// "In a statement, she said:" ending the paragraph: the next
		// paragraph holds the words, quoted or not.
		if hasSubj || d.inherit(&cl, ci) {
			cl.Confidence = 0.85
			d.frame, d.framePara = cl, pi
			d.used[ci] = true
		}
		return
	case k < n && d.toks[k].kind == tQuote && (d.isEnd(k+1) || d.sentenceQuote(k)):
		// "… but said “these are not as big”.", "shouted “Where's the
		// money?” as …": the quotation is the content.
		cl.Kind, cl.Content, cl.Confidence = Direct, d.quoteContent(k), 0.85
	case d.punct(k, ':') && k+1 < n && d.toks[k+1].kind == tQuote && (d.isEnd(k+2) || d.sentenceQuote(k+1) || d.trailingParticiple(k+1)):
		// "… but added: “The hard part starts now.”"
		cl.Kind, cl.Content, cl.Confidence = Direct, d.quoteContent(k+1), 0.85
	case k < n && (d.toks[k].kind == tQuote || d.punct(k, ':') && d.nextQuote(k) < n ||
		(d.is(k, "against") || d.is(k, "of")) && k+1 < n && d.toks[k+1].kind == tQuote):
		// "warned against “any actions that …”"
		d.partials(&cl, ci, k)
		return
	case t.cue.Object && t.cue.Form != Base && k < n && d.toks[k].kind == tWord && d.toks[k].flags&fPrep == 0:
		e := d.contentAfter(k)
		c, ok := d.span(k, e)
		if !ok || d.words(k, e) < 2 {
			return
		}
		cl.Kind, cl.Content, cl.Confidence = Indirect, c, 0.7
	case t.cue.Clause && t.cue.Form != Gerund && d.leadingSubordinate(k):
		// "said although figures showed …, more work was needed": the
		// content starts with its subordinate clause.
		e := d.contentAfter(k)
		c, ok := d.span(k, e)
		if !ok || d.words(k, e) < 5 {
			return
		}
		cl.Kind, cl.Content, cl.Confidence = Indirect, c, 0.75
	default:
		// A clause without "that": "Umerov said the talks had begun …".
		if d.punct(k, ':') && k+1 < n && d.subjectLike(k+1) {
			k++ // "The minister said: the plan is dead."
		}
		if k >= n || !d.subjectLike(k) || k > ci+1 && (d.is(k, "who") || d.is(k, "which")) {
			return // "will write to customers who bought tickets": a relative
		}
		if t.cue.Form == Base && d.is(ci-1, "to") {
			return // "set out to predict future demand": an aim, not speech
		}
		if !t.cue.Clause || t.cue.Form == Gerund && !quoted && !perceived && k < n && d.toks[k].flags&fDet != 0 && !d.clauseAhead(k) {
			return // "saying the words", not "saying the town needed homes"
		}
		if lemma != "say" && d.is(k+1, "to") {
			return // "announced plans to allow …": an object and its aim
		}
		e := d.subordinate(st, hasSubj, k, d.contentAfter(k))
		if relative {
			e = d.relativeEnd(k, e)
		}
		if d.words(k, e) < 3 && !(e == k+2 && d.toks[k+1].kind == tQuote && !d.scareQuote(k+1)) {
			return // but "said Washington “welcomes any effort …”": a subject and its quoted predicate
		}
		if lemma != "say" && lemma != "tell" && lemma != "add" && !d.hasFiniteVerb(k, d.beforeAdverbial(k, e)) {
			// "declared a state of emergency", "reported falling profits
			// after sales fell": an object, not a clause.
			return
		}
		if lemma == "add" && d.addedTo(k, e) {
			return // "would also add 14 banks to the list": no speech
		}
		// Quoted words inside the clause stay in it: an indirect claim
		// whose content contains them ("said the talks were “calm.”").
		// A quoted verb phrase after "to" ("says it wants to “end the
		// war”") is the speaker's words in the reporter's frame: partial.
		if q := k + d.hasQuoteAt(k, e); q < e && d.is(q-1, "to") && q-2 >= k && d.has(q-2, fInfinitive) {
			d.partials(&cl, ci, k)
			return
		}
		c, ok := d.span(k, e)
		if !ok {
			return
		}
		cl.Kind, cl.Content, cl.Confidence = Indirect, c, 0.75
	}
	if ci > 0 && cl.Kind == Indirect && (d.punct(ci-1, '—') || d.punct(ci-1, '–')) {
		// "defended the plan — saying it would save money — and left":
		// the content ends at the closing dash.
		for m := ci + 1; m < n && d.toks[m].span.Start < cl.Content.End; m++ {
			if d.punct(m, d.toks[ci-1].r) {
				if e := d.toks[m-1].span.End; e > cl.Content.Start {
					cl.Content.End = e
				}
				break
			}
		}
	}
	d.add(cl, ci)
}

// askedAside reports whether the cue "asked" at token ci opens a passive
// aside after the subject of its sentence: a comma before it and none
// between the start of the sentence and that comma ("One of them, asked
// whether …, said"; not "Ann Lee, a senator, asked whether …").
func (d *docState) askedAside(ci int) bool {
	if !d.punct(ci-1, ',') {
		return false
	}
	for m := d.clauseStart(ci - 1); m < ci-1; m++ {
		if d.toks[m].kind != tWord {
			return false
		}
	}
	return true
}

// addedTo reports whether the words from token k to e, after a form of
// "add", are an object and "to" before a noun phrase, with no verb
// between: "add 14 banks to the list", "added two players to the squad";
// not "added the plan to cut costs would work".
func (d *docState) addedTo(k, e int) bool {
	for m := k; m < e && m-k < 6; m++ {
		t := d.toks[m]
		if t.kind != tWord || t.flags&fFinite != 0 || !t.cap && isPastForm(d.word(m)) {
			return false
		}
		if m > k && d.is(m, "to") {
			return d.has(m+1, fDet) && !d.has(m+1, fPron)
		}
	}
	return false
}

// pronounVerb reports whether token i is a subject pronoun followed by a
// lower-case word of no closed class, which can only be its verb: "they
// cross", "she wants".
func (d *docState) pronounVerb(i int) bool {
	return i+1 < len(d.toks) && d.toks[i].flags&fPron != 0 && d.toks[i].flags&fObjPron == 0 && d.toks[i+1].kind == tWord &&
		!d.toks[i+1].cap && d.toks[i+1].flags&wordClasses == 0
}

// roleBack returns the first token of the role words before the name
// that starts at token st, when they follow a comma or a dash: lower-case
// title words, maybe after a possessive and a determiner ("its chief
// executive Tom Bell", "the bank's chief economist Ann Lee", "lobby group
// the CBI", "state news agency Xinhua": a cue's base form as a modifier).
// It returns st when there are none.
func (d *docState) roleBack(st int) int {
	if st+1 >= len(d.toks) || !d.toks[st].cap && !(d.is(st, "the") && d.toks[st+1].cap) {
		return st // a name follows the role words: "Tom Bell", "the CBI"
	}
	r := st
	for r > 0 && st-r < 4 && d.toks[r-1].kind == tWord && !d.toks[r-1].cap && d.toks[r-1].flags&(wordClasses&^(fOrgHead|fMediumNoun)) == 0 &&
		(!d.toks[r-1].isCue || d.toks[r-1].cue.Form == Base && r < st) && !d.has(r-1, fComment) && !isLyAdverb(d, r-1) && !isPastForm(d.word(r-1)) {
		r--
	}
	if r == st || r == 0 {
		return st
	}
	if hasPossessive(d.word(r - 1)) {
		r-- // "Acme's", "the bank's"
	}
	if r > 0 && d.toks[r-1].kind == tWord && !d.toks[r-1].cap && d.toks[r-1].flags&fDet != 0 && d.toks[r-1].flags&fQuantSubj == 0 {
		r-- // "its", "the"
	}
	if !d.punct(r-1, ',') && !d.punct(r-1, '—') {
		return st
	}
	return r
}

// commitment reports whether cue token ci is a verb of commitment in the
// past, or a participle after a comma, that "to" and a verb phrase follow:
// "pledged to cut waiting times", ", promising to publish the figures".
func (d *docState) commitment(ci int) bool {
	t := d.toks[ci]
	if !t.cue.Infinitive || !d.is(ci+1, "to") || ci+2 >= len(d.toks) {
		return false
	}
	switch t.cue.Form {
	case Past, Participle:
	case Gerund:
		if !d.punct(ci-1, ',') {
			return false
		}
	default:
		return false
	}
	v := d.toks[ci+2]
	return v.kind == tQuote || v.kind == tWord && !v.cap && v.flags&(fDet|fPron|fBoundary) == 0
}

// addressee returns the index of the first word after cue ci that may
// name whom a demand addresses: after the cue, or after its preposition
// ("appealed to farmers to", "pleaded with the court to").
func (d *docState) addressee(ci int) int {
	k := ci + 1
	if lemma := d.toks[ci].cue.Lemma; (lemma == "appeal" || lemma == "plead") && (d.is(k, "to") || d.is(k, "with")) && k+1 < len(d.toks) {
		k++
	}
	return k
}

// maxAddressee is the most tokens of a directive's addressee phrase.
const maxAddressee = 7

// directive returns the index of "to" when directive cue token ci has an
// addressee and an infinitive after it: a noun phrase or a bare plural,
// maybe "not", then "to" and a lower-case verb ("urged fans to stay away",
// "warned passengers not to travel", "told the club to pay"); else 0.
func (d *docState) directive(ci int) int {
	t := d.toks[ci]
	if !t.cue.Directive || t.cue.Form == Base || ci+1 >= len(d.toks) {
		return 0
	}
	k := d.addressee(ci)
	o := d.toks[k]
	var e int
	switch {
	case o.kind != tWord:
		return 0
	case o.flags&fObjPron != 0 && (o.flags&fDet == 0 || d.is(k+1, "to") || d.is(k+1, "not")) || o.flags&fAudience != 0 && !o.cap:
		e = k + 1 // "told them to", "urged voters to", "told her not to"
	case o.flags&fDet != 0 || o.cap:
		f, ok := d.npForward(k, len(d.toks))
		if ok && d.is(f-1, "of") {
			if g, ok2 := d.npForward(f, len(d.toks)); ok2 {
				f = g // "appealed to the youth of the area not to"
			}
		}
		if !ok || f-k > maxAddressee || toNoun(d.word(f-1)) {
			return 0
		}
		e = d.coordinated(k, f)
	case o.flags&wordClasses == 0:
		// A bare plural, maybe after one or two modifiers: "warned
		// passengers", "urged young people".
		e = k
		for e < k+2 && e+1 < len(d.toks) && !isPlural(d.word(e)) && d.toks[e+1].kind == tWord && !d.toks[e+1].cap && !d.is(e+1, "to") {
			e++
		}
		if !isPlural(d.word(e)) {
			return 0
		}
		e++
	default:
		return 0
	}
	if d.is(e, "not") || d.is(e, "never") {
		e++
	}
	if !d.is(e, "to") || e+1 >= len(d.toks) {
		return 0
	}
	v := d.toks[e+1]
	if v.kind != tWord || v.cap || v.flags&(fDet|fPron|fBoundary) != 0 && !d.is(e+1, "be") && !d.is(e+1, "have") {
		return 0 // but "urged them to be patient"
	}
	return e
}

// toNoun reports whether w is a noun that takes "to" and a noun phrase,
// so names no addressee: "ordered a halt to construction work".
func toNoun(w string) bool {
	switch strings.ToLower(w) {
	case "halt", "end", "stop", "ban", "freeze", "return", "cap", "limit", "moratorium", "access", "changes", "amendments", "cuts":
		return true
	}
	return false
}

// coordinated extends the addressee [k, f) of a directive over an acronym
// in parentheses and a second noun phrase after "and", returning the new
// end: "ordered the Telecom Authority (PTA) and the interior ministry to".
func (d *docState) coordinated(k, f int) int {
	n := len(d.toks)
	f = d.parenAfter(f)
	a := f // "and", or the word after it when npForward took it
	if !d.is(a, "and") {
		a = f - 1
	}
	if !d.is(a, "and") || a+1 >= n || !(d.has(a+1, fDet) || d.toks[a+1].cap) {
		return f
	}
	if g, ok := d.npForward(a+1, n); ok && g-k <= 2*maxAddressee && !toNoun(d.word(g-1)) {
		return g
	}
	return f
}

// relativeEnd returns where content [k, e) of a cue in a relative clause
// ends: at its first comma ("Crowley, which reports results next week, has
// raised prices"), else e.
func (d *docState) relativeEnd(k, e int) int {
	for i := k; i < e; i++ {
		if d.punct(i, ',') {
			return i
		}
	}
	return e
}

// leadingSubordinate reports whether a clause opening with a subordinating
// conjunction starts at token k and its main clause follows a comma
// ("although figures showed X, more work was needed"; "if elected, she
// would …"), with no "that" before the comma (which would make the
// conjunction's phrase an adjunct of the cue: "said after the vote that").
func (d *docState) leadingSubordinate(k int) bool {
	n := len(d.toks)
	if k >= n || d.toks[k].kind != tWord || d.toks[k].cap {
		return false
	}
	if d.toks[k].flags&fSubordinator == 0 {
		return false
	}
	if d.is(k, "even") && !d.is(k+1, "if") && !d.is(k+1, "though") {
		return false
	}
	for i := k + 1; i < n && i-k < 30; i++ {
		switch {
		case d.is(i, "that") || d.toks[i].kind == tQuote:
			return false
		case d.punct(i, ','):
			return i+1 < n && d.subjectLike(i+1) && d.hasFiniteVerb(i+1, min(n, i+8))
		case d.toks[i].kind == tPunct:
			return false
		}
	}
	return false
}

// titledName matches lower-case title words and a name at token k, before
// hi ("lead author Dr. Priya Anand", "study author Ann Roe"): it returns
// the name's first token and the end of the phrase. Right after an
// inverted cue a capitalised function word before a capitalised word is a
// given name ("said Per Olsson", "said Will Hart").
func (d *docState) titledName(k, hi int) (name, end int, ok bool) {
	if k+1 < hi && d.toks[k].kind == tWord && d.toks[k].cap && d.toks[k+1].kind == tWord && d.toks[k+1].cap {
		if e, ok := d.npForward(k+1, hi); ok {
			return k, e, true
		}
	}
	m := k
	for m < hi && m-k < 3 && d.toks[m].kind == tWord && !d.toks[m].cap && d.toks[m].flags&(fBoundary|fPrep|fDet|fPron) == 0 && !d.toks[m].isCue {
		m++
	}
	if m == k || m >= hi || !d.toks[m].cap {
		return 0, 0, false
	}
	e, ok := d.npForward(m, hi)
	return m, e, ok
}

// nameAfterRole returns the name in apposition to the role phrase [k, e)
// of an inverted cue, when a comma follows the phrase and the appositive
// ends at a comma, at the sentence's end or at hi: "said the board's chief
// investigator, Ann Lee." → "Ann Lee".
func (d *docState) nameAfterRole(k, e, hi int) (textpos.Span, bool) {
	if !d.punct(e, ',') {
		return textpos.Span{}, false
	}
	f := e + 1
	for f < hi && d.toks[f].kind == tWord {
		f++
	}
	if !d.isEnd(f) && !d.punct(f, ',') {
		return textpos.Span{}, false
	}
	ns := d.appositiveName(k, e, f, 0)
	if ns < 0 {
		return textpos.Span{}, false
	}
	return textpos.Span{Start: d.toks[ns].span.Start, End: d.toks[f-1].span.End}, true
}

// maxQuotedObject is how many tokens quotedAs reads between "quoted" and
// "as saying".
const maxQuotedObject = 24

// quotedAs reports whether cue token q ("quoted") and token as ("as",
// before "saying") frame the person quoted, "The agency quoted Ann Lee,
// the mayor, as saying …", and returns that object as the subject phrase
// and its head: the name, or the name in apposition to a role ("quoted
// the club's director, Ann Lee, as saying").
func (d *docState) quotedAs(q, as int) (ph, hd textpos.Span, ok bool) {
	if q+1 >= as || as-q > maxQuotedObject || d.toks[q].cue.Lemma != "quote" || !d.is(as, "as") {
		return ph, hd, false
	}
	end := as
	if d.punct(end-1, ',') {
		end-- // the comma that closes an appositive
	}
	for k := q + 1; k < end; k++ {
		if t := d.toks[k]; t.kind == tQuote || d.isEnd(k) {
			return ph, hd, false
		}
	}
	e, ok := d.npForward(q+1, end)
	if !ok {
		return ph, hd, false
	}
	ph, ok = d.span(q+1, end)
	if !ok {
		return ph, hd, false
	}
	hs := q + 1
	// "quoted Peoplesoft worker David Ogden as saying": the name after
	// role words.
	if m := d.roleWords(e, end); d.nameAt(m, e, end) {
		if e2, ok := d.npForward(m, end); ok {
			hs, e = m, e2
		}
	}
	hd = textpos.Span{Start: d.toks[hs].span.Start, End: d.toks[e-1].span.End}
	if name, ok := d.nameAfterRole(q+1, e, as); ok && hs == q+1 {
		hd = name
	}
	return ph, hd, true
}

// roleWords returns the end of the lower-case role words, at most three,
// that follow token e before token hi: "worker" in "Acme worker Ann Lee",
// "minister" in "Former Cabinet minister Ann Lee". Role words belong to no
// closed class and are no verb.
func (d *docState) roleWords(e, hi int) int {
	m := e
	for m < hi && m-e < 3 && d.toks[m].kind == tWord && !d.toks[m].cap && d.toks[m].flags&(fBoundary|fPrep|fDet|fAux|fFinite) == 0 &&
		!isPastForm(d.word(m)) {
		m++
	}
	return m
}

// nameAt reports whether a name starts at token m, after the role words
// that start at token e, before token hi: a capitalised word of no closed
// class.
func (d *docState) nameAt(m, e, hi int) bool {
	return m > e && m < hi && d.toks[m].cap && d.toks[m].flags&(fBoundary|fPrep|fDet|fAux|fFinite) == 0
}

// quotedBefore returns the "quoted" cue token of "quoted X as saying"
// before gerund cue token ci ("saying"), or -1.
func (d *docState) quotedBefore(ci int) int {
	if !d.is(ci-1, "as") || d.toks[ci].cue.Lemma != "say" {
		return -1
	}
	for q := ci - 3; q >= 0 && ci-q <= maxQuotedObject+1; q-- {
		if t := d.toks[q]; t.kind == tQuote || d.isEnd(q) {
			return -1
		}
		if d.toks[q].isCue && d.toks[q].cue.Lemma == "quote" {
			return q
		}
	}
	return -1
}

// quotedAfter returns the "as" token of "quoted X as saying" after cue
// token q ("quoted"), before token hi, or -1.
func (d *docState) quotedAfter(q, hi int) int {
	for k := q + 2; k+1 < hi && k-q <= maxQuotedObject; k++ {
		if d.toks[k].kind == tQuote || d.isEnd(k) {
			return -1
		}
		if d.is(k, "as") && d.toks[k+1].isCue && d.toks[k+1].cue.Lemma == "say" {
			return k
		}
	}
	return -1
}

// speakerForward returns the end of the speaker phrase of an inverted cue
// starting at token k: a noun phrase, or a bare plural with the name it
// may carry ("…, say analysts Jupiter Research.").
func (d *docState) speakerForward(k int) (int, bool) {
	n := len(d.toks)
	if e, ok := d.npForward(k, n); ok {
		// "BBC labour affairs correspondent Stephen Cape": a name, role
		// words and a name that closes the phrase.
		m := e
		for m < n && m-e < 4 && d.toks[m].kind == tWord && !d.toks[m].cap && d.toks[m].flags&wordClasses == 0 && !d.toks[m].isCue {
			m++
		}
		if m > e && m < n && d.toks[k].cap && d.toks[m].cap {
			if f, ok := d.npForward(m, n); ok && d.invertedTail(f) {
				return f, true
			}
		}
		return e, true
	}
	if _, e, ok := d.titledName(k, n); ok {
		return e, true
	}
	if k >= n || d.toks[k].kind != tWord || d.toks[k].cap || d.toks[k].flags&wordClasses&^fAudience != 0 || !strings.HasSuffix(d.word(k), "s") {
		return 0, false
	}
	e := k + 1
	for e < n && e-k < 6 && d.toks[e].kind == tWord && d.toks[e].cap {
		e++
	}
	return e, true
}

// invertedTail reports whether the tokens from e to the end of the
// sentence may close an inverted speaker phrase ("…, said Mr Lund.",
// "…, predicts the study by the institute.", "…, says Ann Roe, a
// historian."): nothing, or an appositive or a short post-modifier with no
// cue word and no clause.
func (d *docState) invertedTail(e int) bool {
	n := len(d.toks)
	if d.isEnd(e) {
		return true
	}
	if !d.punct(e, ',') && !(d.toks[e].kind == tWord && (isPostPrep(d.word(e)) || d.is(e, "by"))) {
		return false
	}
	if d.punct(e, ',') && (d.is(e+1, "who") || d.is(e+1, "whose")) && e+2 < n && d.toks[e+2].kind == tWord {
		// "…, said the people, who asked not to be identified": a
		// relative clause about the speaker, however long.
		return true
	}
	if n-e > 16 {
		return false
	}
	if d.punct(e, ',') && (d.is(e+1, "a") || d.is(e+1, "an")) {
		// ", a special projects manager at …": an appositive, whose
		// plural nouns are no verbs; only an auxiliary makes a clause.
		for i := e + 1; i < n; i++ {
			if d.toks[i].flags&fFinite != 0 {
				return false
			}
		}
	} else if d.hasFiniteVerb(e, n) {
		return false // "…, said the talks had begun": a clause, not a speaker
	}
	for i := e + 1; i < n; i++ {
		if d.cueAt(i) || d.is(i, "that") || d.toks[i].kind == tQuote {
			return false
		}
	}
	return true
}

// add appends cl, inheriting a subject if it has none. A claim of the same
// kind whose content overlaps cl's wins, unless cl is the outer report of
// it: cl's content holds its cue ("Polls suggested that …, he said"),
// and then cl takes its place.
func (d *docState) add(cl Claim, ci int) {
	inner := -1
	for i := len(d.claims) - 1; i >= 0 && i >= len(d.claims)-8; i-- {
		p := d.claims[i]
		if !p.Content.Overlaps(cl.Content) || p.Kind != cl.Kind {
			continue
		}
		if inner >= 0 || p.Cue.IsZero() || p.Cue.Start < cl.Content.Start || p.Cue.End > cl.Content.End ||
			p.Cue.Start < d.toks[0].span.Start {
			return
		}
		inner = i
	}
	if cl.Subject.IsZero() && !d.inherit(&cl, ci) {
		return
	}
	d.used[ci] = true
	if inner >= 0 {
		d.claims[inner] = cl
		return
	}
	d.claims = append(d.claims, cl)
}

// hasQuoteAt returns the offset from i of the first quotation token in
// [i, j), or j-i.
func (d *docState) hasQuoteAt(i, j int) int {
	for k := i; k < j; k++ {
		if d.toks[k].kind == tQuote {
			return k - i
		}
	}
	return j - i
}

// partials adds a partial claim for each quotation in the content of the
// cue at ci, which starts at token k: "described the talks as “…”",
// "called Mr. Beseda a “…” who “…”", "calling it “…”".
func (d *docState) partials(cl *Claim, ci, k int) {
	e := d.contentAfter(k)
	for i := k; i < e; i++ {
		if d.toks[i].kind != tQuote || d.isTitle(i) {
			continue
		}
		p := *cl
		p.Kind, p.Content, p.Confidence = Partial, d.quoteContent(i), 0.85
		if p.Content.Empty() {
			continue
		}
		d.add(p, ci)
	}
}

// sentenceQuote reports whether quotation token i holds a sentence: it
// opens with a capital letter and ends with a period, question or
// exclamation mark ("“Where's the money?”"), so it is no fragment.
func (d *docState) sentenceQuote(i int) bool {
	s := d.quoteContent(i).Text(d.src)
	if len(s) < 2 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	switch s[len(s)-1] {
	case '.', '?', '!':
		return unicode.IsUpper(r)
	}
	return false
}

// trailingParticiple reports whether quotation token i ends with a comma
// and a participle follows it: "“I need water,” drawing laughter."
func (d *docState) trailingParticiple(i int) bool {
	return d.quoteEndsWith(i, ',') && i+1 < len(d.toks) && d.toks[i+1].kind == tWord && !d.toks[i+1].cap &&
		len(d.word(i+1)) > 4 && strings.HasSuffix(d.word(i+1), "ing")
}

// asQuote reports whether the object that starts at token k ends in "as"
// and a quotation ("dismissed the plan as “desperate”"): a short phrase
// with no punctuation before "as".
func (d *docState) asQuote(k int) bool {
	for i := k; i < len(d.toks) && i-k < 8; i++ {
		if d.toks[i].kind != tWord {
			return false
		}
		if d.is(i, "as") {
			return i > k && i+1 < len(d.toks) && d.toks[i+1].kind == tQuote
		}
	}
	return false
}

// isTitle reports whether quotation token i is a title rather than
// someone's words: after a possessive or "of" ("Ibsen’s “Ghosts”", "a
// revival of “Hamlet”"), or in title case with no closing punctuation
// ("“The Long Walk Home”").
func (d *docState) isTitle(i int) bool {
	c := d.quoteContent(i)
	if c.Empty() {
		return false
	}
	s := d.src[c.Start:c.End]
	switch s[len(s)-1] {
	case '.', ',', '!', '?', ';', ':':
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) {
		return false
	}
	if i > 0 && d.toks[i-1].kind == tWord && (hasPossessive(d.word(i-1)) || d.is(i-1, "of")) {
		return true
	}
	words, caps := 0, 0
	for _, w := range strings.Fields(s) {
		if len(w) < 4 {
			continue
		}
		words++
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			caps++
		}
	}
	return words >= 2 && caps == words
}

// block decides whether paragraph pi, which has no quotation and no cue,
// is a block quote of the speaker of claim prev in the paragraph before:
// the speaker's own words printed without marks. The evidence is first
// person voice, or present tense with no past; a third-person pronoun
// counts against it.
func (d *docState) block(pi, prev int) (Claim, bool) {
	p := d.t.Paragraphs[pi]
	d.toks = d.a.tokenize(d.toks[:0], d.src, p.Span, nil, 0)
	if len(d.toks) > 120 || p.EndSentence-p.FirstSentence > 4 || len(d.toks) < 5 {
		return Claim{}, false
	}
	first, present, past, third := 0, 0, 0, 0
	for i, t := range d.toks {
		if t.kind != tWord {
			continue
		}
		w := d.word(i)
		if j := strings.IndexAny(w, "’'"); j > 0 {
			w = w[:j] // we’ve, I’m
		}
		switch w {
		case "I", "we", "We", "our", "Our", "us", "my", "My", "me", "ours", "myself", "ourselves":
			first++
			continue
		}
		switch strings.ToLower(w) {
		case "is", "are", "am":
			present++
		case "was", "were", "had":
			past++
		case "he", "she", "his", "her", "him":
			third++
		}
	}
	score := 3*first + present - past - 2*third
	if !(first > 0 && score >= 2 || first == 0 && present >= 3 && past == 0 && third == 0) {
		return Claim{}, false
	}
	conf := 0.5
	if first > 0 {
		conf = 0.65
	}
	return Claim{Kind: Block, Content: p.Span, Para: pi, Of: prev, Confidence: conf}, true
}

// subordinate ends content [k, e) at the main clause when the attribution
// is a subordinate clause ("after Moscow said that …, Mr. Zelensky spoke"):
// at the first comma before a capitalised word or a pronoun.
func (d *docState) subordinate(st int, hasSubj bool, k, e int) int {
	if !hasSubj || st == 0 {
		return e
	}
	switch strings.ToLower(d.word(st - 1)) {
	case "after", "when", "while", "because", "since", "although", "though", "if", "as", "before", "until", "once", "whereas":
	default:
		return e
	}
	for i := k; i+1 < e; i++ {
		if d.punct(i, ',') && d.toks[i+1].kind == tWord && d.toks[i+1].flags&(fBoundary|fConnector) == 0 {
			return i
		}
	}
	return e
}

// subjectLike reports whether token k may start the subject of a clause
// without "that": a determiner, a subject pronoun, a capitalised word, a
// number, or a plural noun ("judges ignored the evidence").
func (d *docState) subjectLike(k int) bool {
	t := d.toks[k]
	if t.kind != tWord {
		return false
	}
	if t.isCue {
		// A participle as an adjective: "said repeated spills had …".
		return !t.cap && t.cue.Form == Past && k+1 < len(d.toks) && d.toks[k+1].kind == tWord &&
			d.toks[k+1].flags&(fBoundary|fDet|fPrep) == 0 && !d.toks[k+1].isCue && d.finiteAhead(k)
	}
	f := t.flags
	switch {
	case f&fApprox != 0 && (isLyAdverb(d, k) || d.is(k, "almost")):
		// "said nearly half of …", "said almost all staff …": an
		// adverb qualifying the subject.
		return d.subjectLike(k + 1)
	case f&fPrep != 0 && f&fDet == 0 && !t.cap:
		// "said about 40 ships were delayed", "said at least two
		// bidders had …": an approximate number.
		q := k + 1
		if d.is(k, "at") && (d.is(q, "least") || d.is(q, "most")) {
			q++
		} else if f&fApprox == 0 {
			return false
		}
		if d.is(q, "a") && (d.is(q+1, "third") || d.is(q+1, "quarter") || d.is(q+1, "fifth") || d.is(q+1, "tenth") || d.is(q+1, "dozen")) || d.is(q, "half") {
			return d.finiteSoon(q) // "said about a third of the sailings had"
		}
		return q < len(d.toks) && d.toks[q].kind == tWord && (isDigit(d.src[d.toks[q].span.Start]) || d.has(q, fQuantSubj)) &&
			(d.finiteSoon(q) || d.pluralPresent(q))
	case f&fObjPron != 0 && f&(fPron|fDet) == 0:
		return false
	case d.is(k, "no"):
		// "said no final text had been drafted", not "said no to the plan".
		return d.finiteAhead(k)
	case f&(fDet|fPron) != 0 || t.cap:
		return !d.is(k, "so")
	}
	w := d.word(k)
	if w[0] >= '0' && w[0] <= '9' {
		return true
	}
	if (w == "more" || w == "fewer" || w == "less") && d.is(k+1, "than") && k+2 < len(d.toks) && d.toks[k+2].kind == tWord &&
		(isDigit(d.src[d.toks[k+2].span.Start]) || d.is(k+2, "half")) && d.finiteSoon(k+2) {
		return true // "said more than 90 per cent of staff had …": a quantity
	}
	if quantifierDet(w) {
		// "said most members want …", "said all staff would …": a
		// quantifier before a plural noun, or before "of" and a
		// clause's verb ("said most of the money had gone"); not
		// "said all along", "said most recently".
		if d.is(k+1, "of") {
			return d.finiteSoon(k + 1)
		}
		if k+2 < len(d.toks) && d.toks[k+1].kind == tWord && !d.toks[k+1].cap && d.toks[k+1].flags&fBoundary == 0 && isPlural(d.word(k+1)) &&
			d.toks[k+2].kind == tWord && !d.toks[k+2].cap && (d.toks[k+2].flags&fFinite != 0 || d.toks[k+2].flags&wordClasses == 0) {
			return true // the plural and its verb: "most members want"
		}
		return d.finiteAhead(k)
	}
	if w == "there" { // capitalised, it was taken above
		// "said there was no evidence", "said there needed to be"
		return d.has(k+1, fFinite) || k+1 < len(d.toks) && !d.toks[k+1].cap && isPastForm(d.word(k+1))
	}
	if f&fBoundary != 0 || isLyAdverb(d, k) {
		return false
	}
	if strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		return true
	}
	// A mass noun subject, maybe modified: "overcrowding made …",
	// "spending at the ports had risen".
	return d.finiteAhead(k)
}

// clauseAhead is finiteAhead with no comparison before the verb: "saying
// the town needed homes", not "suggesting a slower recovery than had been
// thought".
func (d *docState) clauseAhead(k int) bool {
	for i := k + 1; i < len(d.toks) && i <= k+8 && d.toks[i].kind == tWord; i++ {
		if d.is(i, "than") {
			return false
		}
		if d.toks[i].flags&fFinite != 0 {
			break
		}
	}
	return d.finiteAhead(k)
}

// pluralPresent reports whether a plural noun and a verb in the present
// tense follow the number at token q, maybe with an appositive between
// commas: "about 8,000 residents remain", "nearly 300 families, most of
// them from the coast, live". The noun is one or two lower-case words,
// the last ending in "s"; the verb is an open-class lower-case word that
// does not end in "s", "ly", "ing" or "ed" ("about 3,000 job losses" is
// no clause).
func (d *docState) pluralPresent(q int) bool {
	i := q + 1
	for ; i <= q+2 && d.nounWord(i); i++ {
		if w := d.word(i); strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
			break
		}
	}
	if i > q+2 || !d.nounWord(i) || !strings.HasSuffix(d.word(i), "s") {
		return false
	}
	v := i + 1
	if d.punct(v, ',') {
		// An appositive: "…, both soldiers and civilians, remain".
		for v++; v < len(d.toks) && v <= i+9 && d.toks[v].kind == tWord; v++ {
		}
		if !d.punct(v, ',') {
			return false
		}
		v++
	}
	if !d.openWord(v) {
		return false
	}
	w := d.word(v)
	return !strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ly") && !strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "ed") && !isDigit(w[0])
}

// openWord reports whether token i is a lower-case word of no closed
// class.
func (d *docState) openWord(i int) bool {
	return i < len(d.toks) && d.toks[i].kind == tWord && !d.toks[i].cap && d.toks[i].flags&wordClasses == 0
}

// nounWord reports whether token i is a lower-case word that may be a
// noun: of no closed class, or an audience noun ("residents").
func (d *docState) nounWord(i int) bool {
	return i < len(d.toks) && d.toks[i].kind == tWord && !d.toks[i].cap && d.toks[i].flags&(wordClasses&^fAudience) == 0
}

// finiteSoon reports whether an auxiliary, a past form or another finite verb follows
// token k within 12 words with no punctuation, "that" or "to" before it:
// the verb of a quantity subject ("more than 90 per cent of its members
// at the docks had stopped"), not "said more than 20 times that …".
func (d *docState) finiteSoon(k int) bool {
	for i := k + 1; i < len(d.toks) && i <= k+12; i++ {
		t := d.toks[i]
		if t.kind != tWord || d.is(i, "that") || d.is(i, "to") {
			return false
		}
		if t.flags&fFinite != 0 || !t.cap && isPastForm(d.word(i)) {
			return true
		}
	}
	return false
}

// finiteAhead reports whether a finite verb follows token k within a
// short noun phrase: an auxiliary or a past tense ("made", "dropped"),
// reached over nouns, adjectives and prepositional phrases
// but not over a relative word, a conjunction, "to" or punctuation.
func (d *docState) finiteAhead(k int) bool {
	rel := -1 // the relative pronoun of a clause whose verb is not yet read
	limit := k + 8
	for i := k + 1; i < len(d.toks) && i <= limit; i++ {
		t := d.toks[i]
		if t.kind == tQuote && rel < 0 && d.toks[i-1].kind == tWord && d.quoteOpensVerb(i) {
			return true // "saying the police “do not have the numbers”"
		}
		if t.kind == tPunct && (t.r == '$' || t.r == '£' || t.r == '€' || t.r == '%') {
			continue // "payments of $5,000 would be made"
		}
		if t.kind != tWord {
			return false
		}
		finite := t.flags&fFinite != 0
		if !finite && !t.cap {
			lw := d.word(i)
			switch lw {
			case "who", "which", "that":
				if rel < 0 && i > k+1 && d.toks[i-1].kind == tWord && d.toks[i-1].flags&(fDet|fPrep|fPron) == 0 {
					// "footage from drivers who used the road could be":
					// the relative's verb, then the clause's.
					rel, limit = i, i+maxRelative
					continue
				}
				return false
			case "to", "and", "or", "but", "whom", "whose", "when", "where", "if", "because":
				return false
			}
			if t.flags&(fDet|fPrep) != 0 || isLyAdverb(d, i) {
				continue
			}
			if i == rel+1 && t.flags&fPron == 0 {
				rel = -1 // the relative's verb: "drivers who use the road"
				continue
			}
			if i > k+1 && d.toks[i-1].flags&(fDet|fPrep) != 0 {
				continue // the noun of "the bridge", "at levels"
			}
			// A past form right after an auxiliary is its participle:
			// "titles that will be made available".
			finite = isPastForm(lw) && !(d.has(i-1, fFinite) || d.is(i-1, "be") || d.is(i-1, "been") || d.is(i-1, "being"))
		}
		if finite {
			if rel < 0 {
				return true
			}
			rel = -1
		}
	}
	return false
}

// maxRelative is the most tokens finiteAhead reads after a relative
// pronoun inside a subject.
const maxRelative = 10

// hasFiniteVerb reports whether tokens [k, e) hold a finite verb, as a
// clause does: an auxiliary, a past tense, a verb after a subject
// pronoun, or a present in -s after a noun ("Russia wants peace").
func (d *docState) hasFiniteVerb(k, e int) bool {
	for i := k; i < e; i++ {
		t := d.toks[i]
		if t.kind == tQuote && i > k && d.toks[i-1].kind == tWord && d.quoteOpensVerb(i) {
			return true // "admitted the company “got it wrong”"
		}
		if t.kind != tWord {
			continue
		}
		lw := d.word(i)
		if t.flags&fFinite != 0 || !t.cap && isPastForm(lw) && !strings.Contains(lw, "-") {
			return true // not "steeper-than-expected"
		}
		if i == k || t.cap || d.toks[i-1].kind != tWord {
			continue
		}
		p := d.toks[i-1]
		if p.flags&fPron != 0 && p.flags&fObjPron == 0 || p.flags&fPron != 0 && d.is(i-1, "it") || d.is(i-1, "you") {
			return true // "they want", "it works"
		}
		if p.flags&(fDet|fPrep|fLeadConj) == 0 && !isDigit(d.src[p.span.Start]) && t.flags&fBoundary == 0 && strings.HasSuffix(lw, "s") && !strings.HasSuffix(lw, "ss") &&
			!strings.HasSuffix(lw, "us") && !strings.HasSuffix(lw, "is") {
			return true
		}
	}
	return false
}

// beforeAdverbial returns the first token in (k, e) that opens an
// adverbial clause or phrase of the reporter's ("after", "because",
// "despite"), or e: a bare clause after a cue must have its finite verb
// before it.
// A relative pronoun ends the search too ("the news in a memo that was
// later shared").
func (d *docState) beforeAdverbial(k, e int) int {
	for i := k + 1; i < e; i++ {
		if d.has(i, fAdverbial) && !d.toks[i].cap {
			return i
		}
	}
	return e
}

// isPastForm reports whether word w, in lower case, looks like a past tense:
// a regular "-ed" form or a common irregular past.
func isPastForm(w string) bool {
	if len(w) > 4 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed") {
		return true
	}
	switch w {
	case "made", "took", "gave", "went", "came", "fell", "rose", "grew", "left", "became", "kept", "meant", "saw",
		"led", "put", "set", "cut", "hit", "held", "ran", "won", "lost", "sold", "paid", "built", "brought",
		"thought", "found", "got", "began", "broke", "stood", "stole", "knew", "drove", "spent", "sent", "felt",
		"sat", "met", "fought", "caught", "bought", "taught", "wrote", "spoke", "chose", "rebuilt", "shot", "lay",
		"sank", "swam", "flew", "threw", "drew", "wore", "woke", "hid", "fled", "bled", "fed", "dealt", "struck":
		return true
	}
	return false
}

// quoteOpensVerb reports whether the content of quotation token i opens
// with a lower-case finite verb: a past form, a finite auxiliary or "do"
// ("got it wrong", "was never consulted", "do not have the numbers").
func (d *docState) quoteOpensVerb(i int) bool {
	c := d.quoteContent(i)
	j := c.Start
	for j < c.End && 'a' <= d.src[j] && d.src[j] <= 'z' {
		j++
	}
	w := d.src[c.Start:j]
	return w != "" && (isPastForm(w) || isFiniteAux(w) || w == "do")
}

// quoteEndsWith reports whether the content of quotation token i ends
// with the byte b.
func (d *docState) quoteEndsWith(i int, b byte) bool {
	c := d.quoteContent(i)
	return c.End > c.Start && d.src[c.End-1] == b
}

// isFiniteAux reports whether w is a finite auxiliary or copula ("had",
// "was", "would"), compared in ASCII lower case.
func isFiniteAux(w string) bool { return lookupFlags(w)&fFinite != 0 }

// directFramed attributes quotation token qi that opens the paragraph
// after one ending with a cue and a colon ("In a written statement, she
// said:") to that cue's speaker.
func (d *docState) directFramed(qi, pi int) bool {
	if d.framePara != pi-1 || d.framePara < 0 || qi != 0 || d.toks[qi].span.Start != d.t.Paragraphs[pi].Span.Start {
		return false
	}
	cl := d.frame
	cl.Kind, cl.Content, cl.Para, cl.Of = Direct, d.quoteContent(qi), pi, -1
	if cl.Content.Empty() {
		return false
	}
	d.framePara = -1
	d.claims = append(d.claims, cl)
	return true
}

// copulaFrame matches "X was blunt" before the colon at token colon: a
// copula and up to three lower-case words. It returns X as subjectBefore
// does; "it" and "who" are no speakers.
func (d *docState) copulaFrame(colon int) (ph, hd textpos.Span, st int, ok bool) {
	c := colon - 1
	for c > 0 && colon-c <= 3 && d.toks[c].kind == tWord && !d.toks[c].cap && d.toks[c].flags&(fDet|fPrep|fPron) == 0 && !isFiniteAux(d.word(c)) {
		c--
	}
	if c == colon-1 || !(d.is(c, "was") || d.is(c, "is") || d.is(c, "were") || d.is(c, "are")) {
		return ph, hd, 0, false
	}
	ph, hd, st, ok = d.subjectBefore(c, 0)
	if !ok || d.is(st, "it") || d.is(st, "who") {
		return ph, hd, 0, false
	}
	return ph, hd, st, true
}

// nameColon matches a frame that is only the speaker's name before the
// colon at token colon, as sports and results pages print reactions:
// "- Brentford boss Martin Allen: “…”". The sentence holds nothing else
// before the name but a dash, and the name ends with a capitalised run.
func (d *docState) nameColon(colon, qi, pi int) (Claim, bool) {
	s := 0
	if d.punct(s, '-') || d.punct(s, '—') || d.punct(s, '–') {
		s++
	}
	if colon-s < 2 || colon-s > 16 || !d.toks[colon-1].cap || !d.toks[colon-2].cap {
		return Claim{}, false
	}
	if c := d.roleComma(s, colon); c > 0 {
		// "Serbia's minister for Kosovo affairs, Ana Petrov: “…”", as a
		// box of reactions prints them: the name after the role.
		sp := textpos.Span{Start: d.toks[s].span.Start, End: d.toks[colon-1].span.End}
		hd := textpos.Span{Start: d.toks[c+1].span.Start, End: sp.End}
		return Claim{Kind: Direct, Content: d.quoteContent(qi), Subject: sp, Head: hd, Cue: d.toks[colon].span,
			Act: Statement, Para: pi, Of: -1, Confidence: 0.75}, true
	}
	if colon-s > 8 {
		return Claim{}, false
	}
	role := d.toks[s].flags&fAbbrev != 0 // "Mr Allen:"
	for k := s; k < colon; k++ {
		t := d.toks[k]
		if t.kind != tWord || t.isCue || t.flags&(fBoundary|fPron|fPrep) != 0 && !t.cap {
			return Claim{}, false
		}
		role = role || !t.cap // "Brentford boss Martin Allen:", not "Breaking News:"
	}
	if !role {
		return Claim{}, false
	}
	h, ok := d.npBack(colon-1, s)
	if !ok || !d.toks[h].cap {
		return Claim{}, false
	}
	sp := textpos.Span{Start: d.toks[s].span.Start, End: d.toks[colon-1].span.End}
	hd := textpos.Span{Start: d.toks[h].span.Start, End: sp.End}
	return Claim{Kind: Direct, Content: d.quoteContent(qi), Subject: sp, Head: hd, Cue: d.toks[colon].span,
		Act: Statement, Para: pi, Of: -1, Confidence: 0.75}, true
}

// roleComma returns the comma between a role and a name that make up
// tokens [s, colon): words with a lower-case one among them, no cue and
// no pronoun, then two to four capitalised words of the name. It returns
// 0 when the tokens are no such frame.
func (d *docState) roleComma(s, colon int) int {
	c := colon - 1
	for c > s && colon-c <= 5 && d.toks[c].kind == tWord && d.toks[c].cap && d.toks[c].flags&(fDet|fBoundary|fPron) == 0 {
		c--
	}
	if n := colon - 1 - c; n < 2 || n > 4 || !d.punct(c, ',') || c-s < 2 {
		return 0
	}
	lower := false
	for k := s; k < c; k++ {
		t := d.toks[k]
		if t.kind != tWord || t.isCue || t.flags&fPron != 0 {
			return 0
		}
		lower = lower || !t.cap
	}
	if !lower {
		return 0
	}
	return c
}

// aboutPhrase reports whether tokens [k, j) are a short phrase of the
// topic, "of …" or "about …", maybe after a comma, ending before a colon
// at j: "told researchers of the hostility she met: “…”", "The statement
// continued, in part: “…”".
func (d *docState) aboutPhrase(k, j int) bool {
	if d.punct(k, ',') {
		k++
	}
	if !d.punct(j, ':') || j-k > 15 || j-k < 2 || !(d.is(k, "of") || d.is(k, "about") || d.is(k, "from") || d.is(k, "in") || d.is(k, "at")) {
		return false
	}
	for i := k + 1; i < j; i++ {
		if d.toks[i].kind != tWord || d.toks[i].isCue && d.cueAt(i) {
			return false
		}
	}
	return true
}

// directColon attributes quotation token qi that ends its sentence after
// a colon and a copula frame with no cue word: "Asked about it, Lee was
// blunt: “…”", "The reply was short: “…”" is left out as its subject is
// not a speaker noun phrase. The cue is the colon.
func (d *docState) directColon(qi, pi int) bool {
	colon := qi - 1
	if !d.punct(colon, ':') || !d.isEnd(qi+1) || d.words(qi, qi+1) == 0 {
		return false
	}
	if cl, ok := d.nameColon(colon, qi, pi); ok {
		d.claims = append(d.claims, cl)
		return true
	}
	ph, hd, st, ok := d.copulaFrame(colon)
	if !ok || !(d.toks[st].cap || d.toks[st].flags&fPron != 0) || st > 0 && !d.punct(st-1, ',') {
		return false // a named or pronoun subject opening the clause
	}
	d.claims = append(d.claims, Claim{Kind: Direct, Content: d.quoteContent(qi), Subject: ph, Head: hd,
		Cue: d.toks[colon].span, Act: Statement, Para: pi, Of: -1, Confidence: 0.8})
	return true
}

// directDash attributes quotation token qi that a dash and one to four
// capitalised words follow to the end of the unit, as fact checks and
// pull quotes print them: "“…” — Ann Lee", "CLAIM: “…” — Lee". The
// quotation opens the unit, maybe after a capitalised label and a colon.
// The cue is the dash.
func (d *docState) directDash(qi, pi int) bool {
	dash := qi + 1
	if !d.punct(dash, '—') && !d.punct(dash, '–') || d.words(qi, qi+1) == 0 {
		return false
	}
	if qi > 0 && !(qi == 2 && d.punct(1, ':') && d.toks[0].kind == tWord && d.toks[0].cap) {
		return false
	}
	e := dash + 1
	for e < len(d.toks) && e-dash <= 4 && d.toks[e].kind == tWord && d.toks[e].cap && !d.toks[e].isCue {
		e++
	}
	if e == dash+1 || !d.isEnd(e) {
		return false
	}
	sp := textpos.Span{Start: d.toks[dash+1].span.Start, End: d.toks[e-1].span.End}
	d.claims = append(d.claims, Claim{Kind: Direct, Content: d.quoteContent(qi), Subject: sp, Head: sp,
		Cue: d.toks[dash].span, Act: Statement, Para: pi, Of: -1, Confidence: 0.75})
	return true
}

// quantifierDet reports whether w, in lower case, is a quantifier that
// may open a subject without a determiner: "most members", "all staff".
func quantifierDet(w string) bool {
	switch w {
	case "most", "all", "both", "few", "fewer", "more", "half":
		return true
	}
	return false
}

// naming reports whether a cue of lemma names something in the speaker's
// words, which its quotations are partials of: "called the plan “a
// disgrace”", "described it as", "termed the claim “a lie”", "branded".
func naming(lemma string) bool {
	switch lemma {
	case "call", "describe", "term", "brand":
		return true
	}
	return false
}
