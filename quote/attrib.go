package quote

import (
	"context"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/whosaid/whosaid/internal/segment"
	"github.com/whosaid/whosaid/textpos"
)

// Claim is one attribution found by an [Analyzer]: content that a speaker,
// named by the Subject words, is reported by a cue to have said. All spans
// are half-open byte offsets into the source; optional ones are zero when
// absent.
type Claim struct {
	Kind    Kind
	Content textpos.Span // quotation marks outside; for indirect claims without "that" and the final period
	// Subject is the speaker as the attribution names it, appositive
	// included ("Dmitry Kuznets, a military analyst with …", "he", "its
	// sources"). Head is Subject without the appositive ("Dmitry Kuznets").
	// Both are zero when the claim shares the speaker of claim Of.
	Subject, Head textpos.Span
	// Antecedent is, for a pronoun Head ("he said"), the subject of the
	// sentence before ("Manager Ellen Shaw praised …"): a hint for
	// resolvers that do not track pronouns. Zero otherwise.
	Antecedent textpos.Span
	Cue        textpos.Span // "said", "according to", "described"; zero for continuations and blocks
	Act        Act
	Medium     textpos.Span // "told Fox News", "on X", "in an interview with Bloomberg News"
	Time       textpos.Span // "on Friday", "on March 23"
	Para       int          // index of the paragraph in segment.Text.Paragraphs
	// Of is the index, in the same result, of the claim whose speaker this
	// one shares (a quote continued without a cue, a block paragraph), or
	// -1.
	Of int
	// Confidence in [0, 1] that the claim and its speaker are right.
	Confidence float64
}

// Analyzer finds claims in segmented text. It holds only its lexicon and is
// safe for concurrent use as long as the lexicon is not changed.
type Analyzer struct {
	lex *Lexicon
}

// NewAnalyzer returns an Analyzer that recognises the cue words of lex; a
// nil lex means [DefaultLexicon].
func NewAnalyzer(lex *Lexicon) *Analyzer {
	if lex == nil {
		lex = DefaultLexicon()
	}
	return &Analyzer{lex: lex}
}

// docState is the work of one Claims call.
type docState struct {
	a      *Analyzer
	src    string
	t      *segment.Text
	qs     []Quotation // top-level quotations, sorted
	claims []Claim
	all    []token // scratch: the tokens of the current unit
	toks   []token // the tokens of the current sentence, a part of all
	used   []bool  // per token of the unit: a cue already attributed
	// prevSubj is the subject of the previous sentence: its first claim's
	// named speaker, or its initial capitalised noun phrase.
	prevSubj textpos.Span
	// prevBody is the subject of a later sentence than prevSubj's that
	// opened with "the" and a noun of an organisation ("The ministry
	// declined …"): the antecedent of "it".
	prevBody textpos.Span
	// prevGroup is the head of the last claim whose speaker is a plural
	// common noun phrase ("the authors", "analysts"): the antecedent of
	// "they" when it is later than prevSubj.
	prevGroup textpos.Span
	// sentSubj is the subject of the last sentence with words when it
	// made no claim and opens with "he", "she" or a name; sentPara is
	// that sentence's paragraph.
	sentSubj textpos.Span
	sentPara int
	// sentActs reports whether a verb follows sentSubj ("Mr Lee
	// dismissed …"): its quotation may open the next paragraph.
	sentActs bool
	// lastDirect is the index of the last direct claim, for continued
	// quotes, or -1; it is reset by narration between quotes.
	lastDirect int
	// frame is a cue ending its paragraph with a colon ("In a
	// statement, she said:"), whose content is the next paragraph;
	// framePara is that paragraph's index, or -1.
	frame     Claim
	framePara int
	// frameLabel tells that frame is a label in capitals heading a
	// reaction in a list (see capsLabel), which only a quotation follows.
	frameLabel bool
	// interviewee is the name of the person answering in an interview
	// printed as "Q: … A: …"; askedSet tells whether it was looked for.
	interviewee textpos.Span
	askedSet    bool
	// narrators is the narrators' labels of a broadcast transcript, nil
	// for other documents (see segment.Narrators), read once;
	// labelsRead tells whether they were.
	narrators  []string
	labelsRead bool
}

// Claims returns the claims of t, given the quotations qs that [Find]
// returned for t's paragraphs. Boilerplate and heading paragraphs give no
// claims. It checks ctx before each paragraph and returns the claims found
// so far with ctx's error when ctx is done.
func (a *Analyzer) Claims(ctx context.Context, t *segment.Text, qs []Quotation) ([]Claim, error) {
	d := &docState{a: a, src: t.Src, t: t, lastDirect: -1, framePara: -1}
	top := 0
	for _, q := range qs {
		if q.Depth == 0 {
			top++
		}
	}
	d.qs = make([]Quotation, 0, top)
	for _, q := range qs {
		if q.Depth == 0 {
			d.qs = append(d.qs, q)
		}
	}
	prevClaimPara := -2 // paragraph index whose last unit holds a claim, for blocks
	prevClaim := -1
	for pi, p := range t.Paragraphs {
		if pi%16 == 0 {
			if err := ctx.Err(); err != nil {
				return d.claims, err
			}
		}
		if p.Kind != segment.Body {
			continue
		}
		// "A: …" in an interview printed as questions and answers, or
		// "ADA NWOSU: …" in a broadcast transcript.
		c, labelled, ok := d.soundbite(pi)
		if !labelled {
			c, ok = d.answer(pi)
		}
		if ok {
			d.claims = append(d.claims, c)
		}
		n0 := len(d.claims)
		if d.framePara != pi-1 {
			d.framePara = -1
		}
		afterLabel := d.frameLabel && d.framePara == pi-1
		d.frameLabel = false
		lastUnitClaim, anyCue, anyQuote := d.paragraph(pi)
		if d.framePara >= 0 && d.framePara == pi-1 {
			// The paragraph after "she said:": its quotation or, with no
			// marks and no cue, the paragraph itself; after a label, only
			// its quotation.
			fr := d.frame
			d.framePara = -1
			if len(d.claims) == n0 && !anyQuote && !afterLabel {
				fr.Kind, fr.Content, fr.Para = Block, trimContent(d.src, p.Span), pi
				d.claims = append(d.claims, fr)
				prevClaimPara, prevClaim = pi, len(d.claims)-1
				continue
			}
		}
		if len(d.claims) == n0 && !ok && !anyQuote && d.framePara != pi {
			if subj, head, ok := d.capsLabel(p.Span); ok {
				d.frame = Claim{Subject: subj, Head: head, Cue: textpos.Span{Start: subj.End, End: subj.End + 1},
					Act: Statement, Para: pi, Of: -1, Confidence: 0.6}
				d.framePara, d.frameLabel = pi, true
				prevClaimPara, prevClaim = -2, -1
				continue
			}
		}
		if len(d.claims) == n0 && !ok && !anyCue && !anyQuote && prevClaimPara == pi-1 && prevClaim >= 0 {
			if c, ok := d.block(pi, prevClaim); ok {
				d.claims = append(d.claims, c)
				prevClaimPara, prevClaim = -2, -1
				continue
			}
		}
		prevClaimPara, prevClaim = -2, -1
		if lastUnitClaim >= 0 {
			prevClaimPara, prevClaim = pi, lastUnitClaim
		}
	}
	d.linkContinued()
	return d.claims, nil
}

// answer makes the block claim of paragraph pi when it is an answer of an
// interview printed as questions and answers ("A: When our insurers …"):
// the words of the interviewee, whom the headline names after "with" ("A
// conversation with Tobias Lindgren") or the first paragraph opens with.
func (d *docState) answer(pi int) (Claim, bool) {
	p := d.t.Paragraphs[pi].Span
	txt := d.src[p.Start:p.End]
	if lb := d.answerLabel(pi); lb > 0 {
		// "Lindqvist: Variety. …" after a question: the answer of the
		// person the label names.
		c := d.answerContent(textpos.Span{Start: p.Start + lb + 1, End: p.End})
		if c.Len() < 2 {
			return Claim{}, false
		}
		name := textpos.Span{Start: p.Start, End: p.Start + lb}
		return Claim{Kind: Block, Content: c, Subject: name, Head: name,
			Cue: textpos.Span{Start: p.Start + lb, End: p.Start + lb + 1}, Act: Statement, Para: pi, Of: -1, Confidence: 0.75}, true
	}
	// "A: …", or "A. …" after a question "Q. …" (not an initial: "A. J.
	// Ayer said").
	labelled := len(txt) >= 4 && txt[0] == 'A' && (txt[1] == ':' || txt[1] == '.' && txt[2] == ' ' && d.asked(pi-1))
	if !labelled && !d.unlabelledAnswer(pi) {
		return Claim{}, false
	}
	if !d.askedSet {
		d.askedSet = true
		d.interviewee = d.findInterviewee(pi)
	}
	if d.interviewee.IsZero() {
		return Claim{}, false
	}
	if !labelled {
		// An answer printed without a label: no cue.
		return Claim{Kind: Block, Content: d.answerContent(p), Subject: d.interviewee, Head: d.interviewee,
			Act: Statement, Para: pi, Of: -1, Confidence: 0.7}, true
	}
	c := d.answerContent(textpos.Span{Start: p.Start + 2, End: p.End})
	if c.Len() < 2 {
		return Claim{}, false
	}
	return Claim{Kind: Block, Content: c, Subject: d.interviewee, Head: d.interviewee,
		Cue: textpos.Span{Start: p.Start, End: p.Start + 2}, Act: Statement, Para: pi, Of: -1, Confidence: 0.8}, true
}

// unlabelledAnswer reports whether paragraph pi is an answer of an
// interview printed as questions and answers without labels: it follows a
// question paragraph, asks nothing itself, and the questions and answers
// alternate at least twice (a question two paragraphs before or after),
// so a lone rhetorical question does not make an interview.
func (d *docState) unlabelledAnswer(pi int) bool {
	if !d.question(pi-1) || d.question(pi) || strings.ContainsAny(d.t.Paragraphs[pi].Span.Text(d.src), "“\"") {
		return false
	}
	return d.question(pi-3) && !d.question(pi-2) || d.question(pi+1) && pi+2 < len(d.t.Paragraphs) && !d.question(pi+2)
}

// question reports whether paragraph i is article text (a body paragraph,
// or a heading: a very short question is one) of at most 300 bytes that
// ends with a question mark and holds no quotation marks.
func (d *docState) question(i int) bool {
	if i < 0 || i >= len(d.t.Paragraphs) || d.t.Paragraphs[i].Kind.Boilerplate() {
		return false
	}
	txt := strings.TrimRight(d.t.Paragraphs[i].Span.Text(d.src), " \t\r\n")
	return len(txt) <= 300 && strings.HasSuffix(txt, "?") && !strings.ContainsAny(txt, "“”\"")
}

// answerContent returns the words of an answer in span sp, after its
// label: trimmed, without leading blanks.
func (d *docState) answerContent(sp textpos.Span) textpos.Span {
	c := trimContent(d.src, sp)
	for c.Start < c.End && (d.src[c.Start] == ' ' || d.src[c.Start] == '\t') {
		c.Start++
	}
	return c
}

// answerLabel returns the length in bytes of the name label that opens
// paragraph pi as an answer in a printed interview, or 0: one to three
// capitalised words and a colon ("Lindqvist:", "Ana Ruiz:"), after a
// paragraph that asks a question ("Q: …", or ending with "?").
func (d *docState) answerLabel(pi int) int {
	if pi == 0 {
		return 0
	}
	prev := strings.TrimRight(d.t.Paragraphs[pi-1].Span.Text(d.src), " \t\r\n\"”’")
	if !d.asked(pi-1) && !strings.HasSuffix(prev, "?") {
		return 0
	}
	p := d.t.Paragraphs[pi].Span
	txt := d.src[p.Start:min(p.End, p.Start+60)]
	colon := strings.IndexByte(txt, ':')
	if colon < 2 || colon+1 >= len(txt) || txt[colon+1] != ' ' {
		return 0
	}
	words := strings.Fields(txt[:colon])
	if len(words) > 3 || len(txt[:colon]) != len(strings.Join(words, " ")) || txt[:colon] == "Q" || txt[:colon] == "A" {
		return 0
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || strings.ContainsAny(w, ".,;!?\"“”()") {
			return 0
		}
	}
	return colon
}

// findInterviewee returns the span of the interviewee's name in the
// paragraphs before paragraph pi: a capitalised run after "with " in a
// heading, or the capitalised run of two to four words that opens the
// first body paragraph; zero if there is none.
func (d *docState) findInterviewee(pi int) textpos.Span {
	var first textpos.Span
	for i := 0; i < pi; i++ {
		p := d.t.Paragraphs[i]
		txt := d.src[p.Span.Start:p.Span.End]
		if d.asked(i) {
			break
		}
		// "A conversation with Ana Ruiz", "An interview with: ANA RUIZ"
		for _, sep := range [...]string{" with: ", " with "} {
			if k := strings.LastIndex(txt, sep); k >= 0 {
				if sp := capsRunAt(d.src, p.Span.Start+k+len(sep), p.Span.End); sp.Len() > 0 {
					return sp
				}
			}
		}
		if first.IsZero() && p.Kind == segment.Body {
			first = capsRunAt(d.src, p.Span.Start, p.Span.End)
			if first.IsZero() {
				first = textpos.Span{Start: -1, End: -1}
			}
		}
	}
	if first.Start < 0 {
		return textpos.Span{}
	}
	return first
}

// asked reports whether paragraph i is a labelled question of a printed
// interview: it opens with "Q:" or "Q. ".
func (d *docState) asked(i int) bool {
	if i < 0 || i >= len(d.t.Paragraphs) {
		return false
	}
	txt := d.t.Paragraphs[i].Span.Text(d.src)
	return strings.HasPrefix(txt, "Q:") || strings.HasPrefix(txt, "Q. ")
}

// capsRunAt returns the run of two to four capitalised words that starts
// at byte i (before end), or a zero span.
func capsRunAt(src string, i, end int) textpos.Span {
	j, words := i, 0
	for j < end && words < 4 {
		r, _ := utf8.DecodeRuneInString(src[j:end])
		if !unicode.IsUpper(r) {
			break
		}
		k := j
		for k < end && src[k] != ' ' && src[k] != ',' && src[k] != '.' && src[k] != '\n' {
			k++
		}
		words++
		if k >= end || src[k] != ' ' {
			j = k
			break
		}
		j = k + 1
	}
	for j > i && src[j-1] == ' ' {
		j--
	}
	if words < 2 {
		return textpos.Span{}
	}
	return textpos.Span{Start: i, End: j}
}

// paragraph finds the claims of paragraph pi. It returns the index of a
// claim in the paragraph's last unit (or -1), and whether the paragraph has
// any accepted cue word or any quotation.
func (d *docState) paragraph(pi int) (last int, anyCue, anyQuote bool) {
	last = -1
	p := d.t.Paragraphs[pi]
	sents := d.t.Sentences[p.FirstSentence:p.EndSentence]
	qi := d.firstQuote(p.Span.Start)
	for k := 0; k < len(sents); {
		u := sents[k].Span
		k++
		// Merge sentences that a quotation straddles, and splits after a
		// title abbreviation or an initial. qe is the largest end of a
		// quotation opening in u; qj the next quotation to look at.
		qe, qj := u.End, d.firstQuote(u.Start)
		for {
			for ; qj < len(d.qs) && d.qs[qj].Open.Start < u.End; qj++ {
				e := d.qs[qj].Close.End
				if d.qs[qj].Close.IsZero() {
					e = d.qs[qj].Content.End
				}
				qe = max(qe, e)
			}
			if k < len(sents) && (qe > u.End || d.badSplit(u, sents[k].Span) || d.frameAfterQuote(u, sents[k].Span)) {
				u.End = sents[k].Span.End
				k++
				continue
			}
			break
		}
		if k == len(sents) && qe > u.End {
			u.End = min(qe, p.Span.End)
		}
		for qi < len(d.qs) && d.qs[qi].Open.Start < u.Start {
			qi++
		}
		n0 := len(d.claims)
		c, q := d.unit(u, pi, qi)
		anyCue = anyCue || c
		anyQuote = anyQuote || q
		last = -1
		if len(d.claims) > n0 {
			last = len(d.claims) - 1
		}
	}
	return last, anyCue, anyQuote
}

func (d *docState) firstQuote(off int) int {
	lo, hi := 0, len(d.qs)
	for lo < hi {
		m := (lo + hi) / 2
		if d.qs[m].Open.Start < off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// badSplit reports whether a sentence break between a and b is a mistake:
// a ends with a title abbreviation or an initial, or b starts in lower case.
func (d *docState) badSplit(a, b textpos.Span) bool {
	s := d.src[a.Start:a.End]
	if len(s) >= 2 && s[len(s)-1] == '.' {
		i := len(s) - 1
		for i > 0 && isASCIIWord(s[i-1]) {
			i--
		}
		w := s[i : len(s)-1]
		if len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z' || lookupFlags(w)&fAbbrev != 0 && w != "no" && w != "No" {
			return true
		}
	}
	if b.Start < len(d.src) {
		c := d.src[b.Start]
		if 'a' <= c && c <= 'z' {
			return true
		}
	}
	return false
}

// frameAfterQuote reports whether sentence b may be the attribution frame
// of a quotation that ends sentence a ("“… !” Mr. Smith said."): a ends
// with a closing mark and b is short.
func (d *docState) frameAfterQuote(a, b textpos.Span) bool {
	if b.End-b.Start > 100 || b.Start >= len(d.src) {
		return false
	}
	r, _ := lastRune(d.src[a.Start:a.End])
	switch r {
	case '”', '"', '’', '\'', '»':
	default:
		return false
	}
	r, _ = utf8.DecodeRuneInString(d.src[b.Start:])
	return r != '“' && r != '"' && r != '«' && r != '„'
}

// linkContinued gives the parts of a quote running over several paragraphs
// the speaker of the part that has one.
func (d *docState) linkContinued() {
	// Claims are made per paragraph, so a continued quotation's claim, if
	// any, has no subject when the attribution comes in a later paragraph.
	// Walk backwards so an attributed final part passes its speaker on.
	byQuote := make(map[int]int) // quotation open offset -> claim
	for i, c := range d.claims {
		if c.Kind == Direct {
			byQuote[c.Content.Start] = i
		}
	}
	next := -1
	for i := len(d.qs) - 1; i >= 0; i-- {
		q := d.qs[i]
		ci, ok := byQuote[q.Content.Start]
		if !q.Continued {
			next = -1
			if ok {
				next = ci
			}
			continue
		}
		if next >= 0 {
			if ok && d.claims[ci].Subject.IsZero() && d.claims[ci].Of < 0 {
				d.claims[ci].Of = next
			} else if !ok {
				d.claims = append(d.claims, Claim{Kind: Direct, Content: trimContent(d.src, q.Content),
					Para: d.paraOf(q.Open.Start), Of: next, Confidence: 0.8})
				next = len(d.claims) - 1
			}
		}
	}
}

func (d *docState) paraOf(off int) int {
	ps := d.t.Paragraphs
	lo, hi := 0, len(ps)
	for lo < hi {
		m := (lo + hi) / 2
		if ps[m].Span.End <= off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// trimContent trims white space from both ends of s.
func trimContent(src string, s textpos.Span) textpos.Span {
	for s.Start < s.End && isSpaceByte(src[s.Start]) {
		s.Start++
	}
	for s.End > s.Start && isSpaceByte(src[s.End-1]) {
		s.End--
	}
	// Non-breaking and other Unicode spaces.
	for s.End > s.Start {
		r, size := lastRune(src[s.Start:s.End])
		if !isSpace(r) {
			break
		}
		s.End -= size
	}
	return s
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// maxCapsLabelWords is how many words a label in capitals may have.
const maxCapsLabelWords = 20

// capsLabel reports whether paragraph p is a label in capitals ending with
// a colon, as reactions in a list are headed ("PALAU'S PRESIDENT ANA
// REMENGESAU, IN A STATEMENT:", "NAURU'S ENVOY TO THE BODY, ODETTE KAMARA,
// TOLD REPORTERS:"). It returns the label before the colon as the subject
// and, as the head, the first of its comma-separated parts that has two to
// four words and no function, cue or media word (the name), else its
// first part.
func (d *docState) capsLabel(p textpos.Span) (subj, head textpos.Span, ok bool) {
	txt := strings.TrimRight(p.Text(d.src), " \t\r\n")
	if len(txt) < 3 || txt[len(txt)-1] != ':' {
		return subj, head, false
	}
	txt = txt[:len(txt)-1]
	letters := 0
	for _, r := range txt {
		if unicode.IsLower(r) {
			return subj, head, false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	if letters < 2 || strings.Count(txt, " ") >= maxCapsLabelWords || strings.ContainsAny(txt, ".!?;\"“”") {
		return subj, head, false
	}
	subj = textpos.Span{Start: p.Start, End: p.Start + len(txt)}
	head = textpos.Span{Start: p.Start, End: p.Start + strings.IndexByte(txt+",", ',')}
	for off, part := 0, ""; off < len(txt); off += len(part) + 1 {
		part, _, _ = strings.Cut(txt[off:], ",")
		lead := len(part) - len(strings.TrimLeft(part, " "))
		ws := strings.Fields(part)
		if len(ws) < 2 || len(ws) > 4 {
			continue
		}
		plain := true
		for _, w := range ws {
			_, cue := d.a.lex.Lookup(w)
			plain = plain && !cue && lookupFlags(w)&(fDet|fPrep|fBoundary|fAux|fMediumNoun|fAudience|fPron) == 0
		}
		if plain {
			head = textpos.Span{Start: p.Start + off + lead, End: p.Start + off + len(strings.TrimRight(part, " "))}
			break
		}
	}
	return subj, head, true
}
