package entity

import (
	"slices"
	"strings"
	"sync"
	"unicode/utf8"
	"unsafe"

	"github.com/whosaid/whosaid/internal/segment"
	"github.com/whosaid/whosaid/textpos"
)

// candKind is what a name candidate of the first pass is.
type candKind uint8

const (
	cPerson candKind = iota // a person's name, with a first-name or title signal
	cSingle                 // one capitalised word: a surname if a person has it
	cOrg
	cPlace
	cKnown
	cUnnamed
	cPronoun
	cOffice // an office with "of" or "for": "the Bishop of Durham"
)

// cand is a mention found by the first pass, before entities exist.
type cand struct {
	kind    candKind
	span    textpos.Span // the mention
	name    string       // the name without title, or the descriptor
	given   []string
	surname string
	nwords  int
	gender  byte
	role    string
	roleOff int
	oblique bool
	known   int    // index into opts.Known for cKnown
	flags   uint32 // pronoun flags
	plural  bool
	// office: the role is an office with "of" or "for" ("Mayor of
	// London"), which a later bare office refers to; for a cOffice, holder
	// is 1 + the index of the candidate naming its holder, or 0.
	office bool
	// human: a bare name that its context shows to be a person's: an age
	// in apposition ("Campbell, 71,"), a relative clause about kin
	// ("Weerakkody, whose father …").
	human  bool
	holder int32
	ent    int32 // for build: 1 + the candidate's entity, or 0
}

// finder holds the work of one Find call.
type finder struct {
	s     *Set
	src   string
	opts  *Options
	known map[string][]knownAlias // first word of an alias -> aliases
	ws    []word                  // words of the current paragraph
	para  textpos.Span            // the current paragraph
	// narrators is the narrators' labels when the document is a
	// broadcast transcript, else nil (segment.Narrators); labelsRead
	// tells whether it was read.
	narrators  []string
	labelsRead bool
	cands      []cand
	tok        int    // index of the token after the last paragraph read
	low        []byte // scratch space for lower-casing words
	maps       buildMaps
	slab       []ent // entities are allocated from here
	// nkeys caches the NameKeys of name words, its words kept in arena.
	nkeys *[nameKeySlots]nameKeySlot
	strs  []string  // given names are allocated from here
	ints  []int     // lists of entities by surname are allocated from here
	added []pending // scratch space for build
	// More scratch space for build: the entities before they are
	// ordered, entity indexes and counts, pronouns.
	ents           []*ent
	scratch        []int
	prons, pronIdx []ment
	quotes         []textpos.Span // the quotations of the text, for Set.quotes
	knownEnt       []int          // for build: the entity of each Known actor
	lastOff        []int          // for build: the last mention of each entity
	// arena holds the bytes of strings that build keeps (see keep); bytes
	// once written never change, so the strings stay valid.
	arena []byte
	ibuf  []byte // scratch space for initials
	// acrs maps the acronyms that the text defines in brackets after an
	// organisation's name ("the Tenants Union (TU)") to that name.
	acrs []acronym
	// orgs holds the names, without article, of the organisations that
	// their context showed to be ones (see orgContext).
	orgs []string
	// merged is, for build, 1 + the organisation each organisation was
	// merged into (see orgAliases), or nil.
	merged []int
}

// acronym is an acronym the text defines and the name it stands for.
type acronym struct{ short, full string }

// maxAcronyms bounds f.acrs and f.orgs, which are searched linearly.
const maxAcronyms = 16

type knownAlias struct {
	words []string
	idx   int
}

// finders keeps finders between Find calls, for their scratch space.
var finders = sync.Pool{New: func() any { return new(finder) }}

// maxKeptWords bounds the scratch space a finder keeps between calls.
const maxKeptWords = 1 << 14

func newFinder(s *Set, opts *Options) *finder {
	f := finders.Get().(*finder)
	*f = finder{s: s, src: s.src, opts: opts, ws: f.ws[:0], cands: f.cands[:0], low: f.low[:0], maps: f.maps,
		nkeys: f.nkeys, arena: f.arena, ibuf: f.ibuf, slab: f.slab, strs: f.strs, ints: f.ints, added: f.added,
		ents: f.ents, scratch: f.scratch, prons: f.prons, pronIdx: f.pronIdx, quotes: f.quotes[:0],
		knownEnt: f.knownEnt, lastOff: f.lastOff, acrs: f.acrs[:0], orgs: f.orgs[:0]}
	if f.cands == nil {
		f.cands = make([]cand, 0, len(s.src)/200+8)
	}
	if opts != nil && len(opts.Known) > 0 {
		f.known = make(map[string][]knownAlias)
		for i, k := range opts.Known {
			for _, a := range append([]string{k.Name}, k.Aliases...) {
				ws := strings.Fields(a)
				if len(ws) == 0 {
					continue
				}
				f.known[ws[0]] = append(f.known[ws[0]], knownAlias{words: ws, idx: i})
			}
		}
	}
	return f
}

func (f *finder) run() {
	t := f.s.text
	f.narrators, f.labelsRead = nil, false
	// Paragraph by paragraph, so that a name with an initial that a
	// sentence splitter cut ("Vladimir V. | Putin") stays whole.
	for _, p := range t.Paragraphs {
		if p.Kind.Boilerplate() {
			continue
		}
		sp := p.Span.Clamp(len(f.src))
		end := -1 // the end of its tokens, by its sentences
		if p.FirstSentence < p.EndSentence && p.EndSentence <= len(t.Sentences) {
			end = t.Sentences[p.EndSentence-1].EndToken
		}
		f.ws = f.paragraphWords(f.ws[:0], t.Tokens, sp, end)
		f.para = sp
		f.paragraph()
	}
	// Names that the context showed later to be organisations'.
	if len(f.orgs) > 0 {
		for k := range f.cands {
			if c := &f.cands[k]; (c.kind == cPerson || c.kind == cSingle) && c.span.Start == c.span.End-len(c.name) &&
				slices.Contains(f.orgs, c.name) {
				c.kind, c.role, c.given, c.gender = cOrg, "", nil, 0
			}
		}
	}
	f.officeHolders()
	// The quotations were gathered in f's scratch space.
	if len(f.quotes) > 0 {
		f.s.quotes = slices.Clone(f.quotes)
	}
	f.build()
}

// release returns f to the pool of finders.
func (f *finder) release() {
	if cap(f.ws) > maxKeptWords || cap(f.cands) > maxKeptWords {
		return
	}
	// The scratch space is not cleared: what it refers to, the strings
	// and entities of the last document, stays alive only until the
	// next document overwrites it or the pool drops f.
	*f = finder{ws: f.ws[:0], cands: f.cands[:0], low: f.low[:0], maps: f.maps, nkeys: f.nkeys, arena: f.arena, ibuf: f.ibuf, slab: f.slab, strs: f.strs, ints: f.ints, added: f.added,
		ents: f.ents, scratch: f.scratch, prons: f.prons, pronIdx: f.pronIdx, quotes: f.quotes[:0],
		knownEnt: f.knownEnt, lastOff: f.lastOff, acrs: f.acrs[:0], orgs: f.orgs[:0]}
	finders.Put(f)
}

// arenaChunk is the size of the chunks that keep allocates.
const arenaChunk = 4096

// keep returns a copy of b stored in f.arena: strings that the finder
// keeps cost one allocation per chunk rather than one each.
func (f *finder) keep(b string) string {
	if len(b) == 0 {
		return ""
	}
	if cap(f.arena)-len(f.arena) < len(b) {
		f.arena = make([]byte, 0, max(arenaChunk, len(b)))
	}
	n := len(f.arena)
	f.arena = append(f.arena, b...)
	return unsafe.String(&f.arena[n], len(b))
}

// lowerInto returns w in lower case: w itself when it has no upper-case
// letter, else a string stored in buf (valid while buf is unchanged) when
// w is ASCII and fits, else a new string.
func lowerInto(buf []byte, w string) string {
	// Without a branch per byte: the bytes or-ed together tell whether
	// one is not ASCII, and their classes whether one is a capital.
	var all, up uint8
	for i := 0; i < len(w); i++ {
		all |= w[i]
		up |= byteClass[w[i]] & bUpper
	}
	if all >= utf8.RuneSelf || up != 0 && len(w) > len(buf) {
		return strings.ToLower(w)
	}
	if up == 0 {
		return w
	}
	b := buf[:len(w)]
	for i := 0; i < len(w); i++ {
		// bUpper<<4 is 'a'-'A', the bit that lowers a capital.
		b[i] = w[i] | (byteClass[w[i]]&bUpper)<<4
	}
	return unsafeString(b)
}

// paragraphWords appends the words of the paragraph sp to ws, from its
// tokens in toks when they cover it exactly (they do for a text of
// segment.Split), else by scanning its bytes. end is where its tokens
// likely end in toks, or -1.
func (f *finder) paragraphWords(ws []word, toks []segment.Token, sp textpos.Span, end int) []word {
	// Paragraphs come in order: look for the first token from where the
	// last paragraph's ended.
	i := f.tok
	if i > len(toks) || i > 0 && toks[i-1].Span.End > sp.Start {
		i = 0
	}
	for i < len(toks) && toks[i].Span.Start < sp.Start {
		i++
	}
	// The first token from i that ends after the paragraph: end, when
	// it is that token, else found by a walk over the paragraph's.
	j := i
	if i < end && end <= len(toks) && toks[end-1].Span.End <= sp.End && (end == len(toks) || toks[end].Span.End > sp.End) {
		j = end
	}
	for j < len(toks) && toks[j].Span.End <= sp.End {
		j++
	}
	f.tok = j
	if i == j || toks[i].Span.Start != sp.Start || toks[j-1].Span.End != sp.End {
		return scanWords(ws, f.src, sp.Start, sp.End, &f.low)
	}
	return tokenWords(ws, f.src, toks[i:j], sp.End, &f.low, &f.quotes)
}

// wordText returns the text of word w.
func (f *finder) wordText(w word) string { return f.src[w.s:w.e] }

// isPrep reports whether w is a preposition that makes the next noun
// phrase oblique (not a subject).
func isPrep(s string) bool {
	var buf [16]byte
	switch lowerInto(buf[:], s) {
	case "with", "to", "by", "of", "from", "for", "on", "at", "in", "about", "against",
		"between", "among", "under", "after", "before", "into", "than", "toward", "towards",
		"and", "or", "nor", "like", "including", "via", "over", "without", "unlike":
		return true
	}
	return false
}

// isPrepWord is isPrep(text) for a word w whose text, or its lower case,
// is text, with a cheap check first: every preposition of isPrep is a
// stop word of the lexicon, so a word without fStop is none, unless it is
// in capitals (finish drops fStop then).
func isPrepWord(w word, text string) bool {
	return (w.flags&fStop != 0 || w.upper) && isPrep(text)
}

// paragraph finds the candidates of a paragraph, whose words are in f.ws.
func (f *finder) paragraph() {
	ws := f.ws
	for i := 0; i < len(ws); {
		if f.known == nil {
			// Skip the words that the tests below pass by: most are in
			// lower case and no pronoun or source noun.
			for i < len(ws) && !ws[i].cap && ws[i].flags&(fPronoun|fSource) == 0 {
				i++
			}
			if i == len(ws) {
				break
			}
		}
		w := &ws[i]
		if i == 0 && w.upper {
			if name, n := f.label(); n > 0 {
				// A transcript's speaker label: a person named in
				// capitals, not an organisation ("ADA NWOSU:", "ADA
				// NWOSU, HOST:", "NWOSU:"). The speaker of the line is
				// no antecedent of a pronoun in it ("NWOSU: She says …").
				f.person(0, 0, name, -1)
				f.cands[len(f.cands)-1].oblique = true
				i = n
				continue
			}
		}
		if f.known != nil {
			if n, idx := f.matchKnown(i); n > 0 {
				f.cands = append(f.cands, cand{kind: cKnown, span: textpos.Span{Start: w.s, End: ws[i+n-1].e},
					known: idx, oblique: f.oblique(i)})
				i += n
				continue
			}
		}
		if w.flags&fPronoun != 0 && w.flags&(fPronM|fPronF) != 0 && (!w.cap || w.gap == gapPeriod || w.gap == gapPunct) {
			if lw := f.wordText(*w); strings.EqualFold(lw, "he") || strings.EqualFold(lw, "she") {
				f.cands = append(f.cands, cand{kind: cPronoun, span: textpos.Span{Start: w.s, End: w.e},
					flags: w.flags})
			}
			i++
			continue
		}
		if w.flags&fSource != 0 && (!w.cap || w.gap == gapPeriod || i > 0 && ws[i-1].flags&fDemonym != 0) {
			if n := f.unnamed(i); n > 0 {
				i += n
				continue
			}
		}
		if !w.cap || w.flags&fStop != 0 && !w.init {
			i++
			continue
		}
		j := f.runEnd(i)
		if e := f.office(i, j); e > 0 {
			i = e
			continue
		}
		f.classify(i, j)
		i = j
	}
}

// label returns the number of name words of a broadcast transcript's
// speaker label that opens the paragraph (see segment.SpeakerLabel), and
// its number of words, a role after a comma included ("ADA NWOSU,
// HOST:"). It returns 0, 0 when the document is no transcript (see
// segment.Narrators), the paragraph opens with no label, or the label is
// no name ("THE MODERATOR:").
func (f *finder) label() (name, n int) {
	if !f.labelsRead {
		f.narrators, f.labelsRead = segment.Narrators(f.s.text), true
	}
	ws := f.ws
	if f.narrators == nil || ws[0].s != f.para.Start {
		return 0, 0
	}
	nb, after, _, ok := segment.SpeakerLabel(f.src[f.para.Start:f.para.End])
	if !ok {
		return 0, 0
	}
	for name < len(ws) && ws[name].e <= f.para.Start+nb {
		if ws[name].flags&fStop != 0 {
			return 0, 0
		}
		name++
	}
	n = name
	for n < len(ws) && ws[n].e < f.para.Start+after {
		n++
	}
	return name, n
}

// romanNumeral reports whether w is a Roman numeral in capitals.
func romanNumeral(w string) bool {
	return strings.Trim(w, "IVX") == ""
}

// matchKnown returns the number of words of the longest Known alias that
// starts at word i, and its Known index.
func (f *finder) matchKnown(i int) (n, idx int) {
	ws := f.ws
	for _, a := range f.known[f.wordText(ws[i])] {
		if i+len(a.words) > len(ws) || len(a.words) <= n {
			continue
		}
		ok := true
		for k, aw := range a.words {
			w := ws[i+k]
			txt := f.src[w.s:w.e]
			if txt != aw && !(w.dot && txt+"." == aw) || k > 0 && w.gap != gapSpace {
				ok = false
				break
			}
		}
		if ok {
			n, idx = len(a.words), a.idx
		}
	}
	return n, idx
}

// runEnd returns the end of the run of name-like words starting at i.
func (f *finder) runEnd(i int) int {
	ws := f.ws
	j := i + 1
	for j < len(ws) {
		prev, w := &ws[j-1], &ws[j]
		if w.gap == gapAmp && w.cap && prev.cap && !prev.poss {
			j++ // "Ernst & Young", "S&P": one organisation's name
			continue
		}
		if w.gap == gapComma && !prev.poss {
			if e := f.listOrgEnd(i, j); e > j {
				j = e // "Ministry of Health, Food and Rural Affairs"
				break
			}
		}
		if prev.poss && w.gap == gapSpace {
			if e := f.pluralOrgEnd(i, j); e > j {
				j = e // "the National Teachers’ Union", "the Women’s Institute"
				continue
			}
		}
		if prev.poss || w.gap != gapSpace {
			break
		}
		// A capitalised function word after a given name is a surname
		// ("Theresa May", "Guitarist Brian May").
		if w.cap && (w.flags&fStop == 0 || w.init || f.surnameAfterGiven(i, j)) {
			j++
			continue
		}
		// Particles and connectors followed by a capitalised word.
		q := j
		for q < len(ws) && ws[q].flags&fParticle != 0 && !ws[q].cap && ws[q].gap == gapSpace && q-j < 3 {
			q++
		}
		if q > j && q < len(ws) && ws[q].cap && ws[q].gap == gapSpace && prev.flags&(fTitle|fOrg|fPortfolio) == 0 {
			j = q + 1
			continue
		}
		if j+1 < len(ws) && ws[j+1].cap && ws[j+1].gap == gapSpace {
			lw := f.src[w.s:w.e]
			if (lw == "of" || lw == "for") && prev.flags&(fTitle|fOrg|fPortfolio) != 0 ||
				lw == "for" && j-3 >= i && f.src[ws[j-2].s:ws[j-2].e] == "of" && ws[j-3].flags&(fTitle|fOrg|fPortfolio) != 0 {
				// "Bank of England", "Minister for Health"; and "for"
				// after an "of" phrase: "Court of Arbitration for Sport".
				j++
				continue
			}
			if lw == "and" {
				if e := f.andOrgEnd(i, j); e > j {
					j = e
					continue
				}
			}
		}
		break
	}
	return j
}

// andOrgEnd returns the end of an organisation's name that runs over the
// word "and" at j after the run ws[i:j], or j: "Fire and Rescue Service",
// "Food and Drug Administration", "Bill and Melinda Gates Foundation". The
// run before "and" has one or two words, no title or honorific, and no
// organisation word, acronym or demonym last (it names no organisation or
// person of its own; one before its last word modifies it: "Knesset
// Research and Information Center"); after it
// come at most three capitalised words, the last an organisation word, or
// a country after portfolios of government only.
func (f *finder) andOrgEnd(i, j int) int {
	ws := f.ws
	if j-i > 2 {
		return j
	}
	for k, w := range ws[i:j] {
		if w.flags&(fTitle|fHonorific) != 0 || i+k == j-1 && (w.upper || w.flags&(fOrg|fDemonym) != 0) {
			return j
		}
	}
	for q := j + 1; q < len(ws) && q <= j+3; q++ {
		w := ws[q]
		if !w.cap || w.gap != gapSpace || w.flags&fStop != 0 {
			return j
		}
		if w.flags&fOrg != 0 {
			if w.poss {
				return j
			}
			return q + 1
		}
		if w.poss {
			return j
		}
		if q >= j+2 && w.flags&fPlaceWord != 0 && (q+1 == len(ws) || !ws[q+1].cap || ws[q+1].gap != gapSpace) && f.portfolios(i, j, q) {
			// A department named by its portfolios and its country:
			// "Fisheries and Oceans Canada"; not "Parma and Real Madrid".
			if _, ok := f.place(q, q+1); ok {
				return q + 1
			}
		}
	}
	return j
}

// agency reports whether the run ws[i:j] names a government agency by
// one to three domains of government and a place: "Fisheries New
// Zealand", "Transport Scotland", "Tourism Australia" (see govDomain).
func (f *finder) agency(i, j int) bool {
	for x := i + 1; x < j && x-i <= 3; x++ {
		if w := f.ws[x-1]; !w.cap || w.poss || !f.govDomain(w) {
			return false
		}
		if _, ok := f.place(x, j); ok {
			return true
		}
	}
	return false
}

// portfolios reports whether the words ws[i:j] and ws[j+1:q], around the
// word "and" at j, are all domains of government (see govDomain).
func (f *finder) portfolios(i, j, q int) bool {
	for k := i; k < q; k++ {
		if k != j && !f.govDomain(f.ws[k]) {
			return false
		}
	}
	return true
}

// govDomain reports whether w is a domain of government that names an
// agency or a department with its country ("Health Canada", "Fisheries
// and Oceans Canada"): a field, not a modifier of a role ("Former",
// "Deputy") nor a party ("Labour").
func (f *finder) govDomain(w word) bool {
	var buf [16]byte
	switch lowerInto(buf[:], f.wordText(w)) {
	case "health", "transport", "fisheries", "oceans", "tourism", "education", "environment", "statistics",
		"parks", "heritage", "immigration", "refugees", "citizenship", "climate", "defence", "defense",
		"justice", "sport", "finance", "trade", "employment", "agriculture", "energy", "industry",
		"innovation", "science", "revenue", "customs", "housing", "forestry", "veterans", "infrastructure":
		return true
	}
	return false
}

// pluralOrgEnd returns the end of an organisation's name that runs on
// after the plural possessive ws[j-1] ending the run ws[i:j], or j: "the
// Teachers’ Union", "the National Growers’ Federation", "the Women’s
// Institute". The possessive is a capitalised plural in -s with a bare
// apostrophe, or "Women’s", "Men’s", "Children’s", "People’s", and no
// organisation word ("Acme Systems’ Vault"); alone in the run it is a
// plural of people (see groupPlural), not a team's nickname ("the Blues’
// Celtic League match"). Then come one or two capitalised words, the last
// an organisation word. No word of the run is a title, an honorific, a
// given name; nor is the possessive a demonym or a place ("Wales’ Health
// Board"), which own a possessed organisation rather than name one, though
// either may premodify it ("the Nepal Porters’ Welfare Federation").
func (f *finder) pluralOrgEnd(i, j int) int {
	ws := f.ws
	p := ws[j-1]
	if !p.cap || p.upper || p.flags&fOrg != 0 || !pluralPossessive(f.src, p) || j-i == 1 && !groupPlural(f.wordText(p)) {
		return j
	}
	for k := i; k < j; k++ {
		if ws[k].flags&(fTitle|fHonorific|fGiven) != 0 || k == j-1 && ws[k].flags&(fDemonym|fPlaceWord) != 0 || k < j-1 && ws[k].poss {
			return j
		}
	}
	for q := j; q < len(ws) && q < j+2; q++ {
		w := ws[q]
		if !w.cap || w.upper || w.gap != gapSpace || w.flags&(fStop|fTitle|fHonorific) != 0 {
			return j
		}
		if w.flags&fOrg != 0 {
			return q + 1
		}
		if w.poss {
			return j
		}
	}
	return j
}

// pluralPossessive reports whether the word w of src, with w.poss, is a
// plural's possessive: a word in -s followed by a bare apostrophe
// ("Farmers’"), or an irregular plural with "’s" ("Women’s").
func pluralPossessive(src string, w word) bool {
	if r, n := decode(src, w.e); isApos(r) {
		if c, _ := decode(src, w.e+n); c != 's' && c != 'S' {
			return src[w.e-1] == 's'
		}
	}
	for _, pl := range [...]string{"women", "men", "children", "people"} {
		if strings.EqualFold(src[w.s:w.e], pl) {
			return true
		}
	}
	return false
}

// groupPlural reports whether w, a plural in -s or an irregular plural,
// has an ending of nouns for people by trade or condition: "Farmers",
// "Actors", "Journalists", "Musicians", "Residents", "Employees",
// "Magistrates", "Women".
func groupPlural(w string) bool {
	for _, suf := range [...]string{"ers", "ors", "ists", "ans", "ants", "ents", "ees", "ives", "ates", "etes", "en", "ren", "ple"} {
		if len(w) > len(suf)+1 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// listOrgEnd returns the end of an organisation's name that runs over a
// capitalised list after the comma at j, or j: the ministries named by
// their portfolios, "Ministry of Economy, Trade and Industry", "Department
// for Environment, Food and Rural Affairs". The run ws[i:j] must end with
// an organisation word, "of" or "for" and one or two capitalised words;
// after the comma come items of one or two capitalised words separated by
// commas, then "and" and one or two capitalised words, the run's end.
// No item holds a title, an honorific, a function word, an acronym or a
// possessive, nor an organisation word but as a one-word item before a
// comma or "and" ("Culture, Media and Sport"): "the Ministry of Defence,
// Home Office and Treasury" lists three organisations.
func (f *finder) listOrgEnd(i, j int) int {
	ws := f.ws
	k := j - 1
	for k > i && j-k <= 2 && ws[k].cap && ws[k].gap == gapSpace && portfolioWord(ws[k], k == j-1) {
		k--
	}
	if k == j-1 || k-1 < i || ws[k].cap || ws[k-1].flags&fOrg == 0 || !ws[k-1].cap || ws[k-1].poss {
		return j
	}
	if lw := f.wordText(ws[k]); lw != "of" && lw != "for" {
		return j
	}
	// words returns the number of words of the item at q, at most three.
	words := func(q int) int {
		n := 0
		for q+n < len(ws) && n < 3 && ws[q+n].cap && (n == 0 || ws[q+n].gap == gapSpace) && portfolioWord(ws[q+n], false) {
			n++
		}
		if n == 0 && q+1 < len(ws) && ws[q].cap && portfolioWord(ws[q], true) &&
			(ws[q+1].gap == gapComma || ws[q+1].gap == gapSpace && f.wordText(ws[q+1]) == "and") {
			n = 1
		}
		return n
	}
	for q, items := j, 0; q < len(ws) && items < 6; items++ {
		n := words(q)
		if n == 0 || n > 2 || q+n >= len(ws) {
			return j
		}
		if next := ws[q+n]; next.gap == gapComma {
			q += n
			continue
		} else if next.gap != gapSpace || next.cap || f.wordText(next) != "and" {
			return j
		}
		// The last item, after "and", ends the run.
		e := q + n + 1
		for e < len(ws) && e-(q+n+1) < 2 && ws[e].cap && ws[e].gap == gapSpace && portfolioWord(ws[e], false) {
			e++
		}
		if e == q+n+1 || e < len(ws) && ws[e].cap && ws[e].gap == gapSpace {
			return j
		}
		return e
	}
	return j
}

// portfolioWord reports whether w can be a word of a portfolio in a
// ministry's name: no title, honorific, function word, acronym, initial
// or possessive, and no organisation word unless org.
func portfolioWord(w word, org bool) bool {
	flags := fOrg | fTitle | fHonorific | fStop
	if org {
		flags = fTitle | fHonorific | fStop
	}
	return !w.upper && !w.init && !w.poss && w.flags&flags == 0
}

// surnameAfterGiven reports whether the capitalised function word j of a
// run starting at i is a surname after a given name ("May" of "Theresa
// May"): the given name starts the run or follows a title or honorific
// ("Guitarist Brian May"), and no capitalised word follows.
func (f *finder) surnameAfterGiven(i, j int) bool {
	ws := f.ws
	prev := ws[j-1]
	if prev.flags&fGiven == 0 || !prev.cap || j != i+1 && ws[j-2].flags&(fTitle|fHonorific) == 0 {
		return false
	}
	return j+1 >= len(ws) || !ws[j+1].cap || ws[j+1].gap != gapSpace
}

// oblique reports whether the noun phrase at word i follows a preposition.
func (f *finder) oblique(i int) bool {
	for k := i - 1; k >= 0; k-- {
		w := &f.ws[k]
		if w.flags&(fTitle|fPortfolio|fDemonym) != 0 || w.poss || w.cap && w.gap == gapSpace {
			if f.ws[k+1].gap != gapSpace {
				return false
			}
			continue
		}
		lw := f.src[w.s:w.e]
		if lw == "the" || lw == "a" || lw == "an" {
			continue
		}
		return f.ws[k+1].gap == gapSpace && isPrepWord(*w, lw)
	}
	return false
}

// peerage reports whether the honorific w is a title of nobility or
// knighthood, which stays in the name of a person named by one word after
// it ("Lord Woolf", "Sir John"): without it the name is a bare surname or
// given name.
func peerage(w string) bool {
	var buf [16]byte
	switch lowerInto(buf[:], w) {
	case "lord", "lady", "baroness", "baron", "viscount", "viscountess", "sir", "dame":
		return true
	}
	return false
}

// isAux reports whether w is an auxiliary verb or an adverb in -ly, which
// ends a noun phrase.
func isAux(w string) bool {
	switch w {
	case "has", "have", "had", "is", "are", "was", "were", "will", "would", "could", "can",
		"may", "might", "should", "must", "did", "does", "do":
		return true
	}
	return strings.HasSuffix(w, "ly")
}

// isNameWord reports whether w can be part of a person's name.
func isNameWord(w word) bool {
	if w.init {
		return true
	}
	return w.cap && !w.upper && w.flags&(fTitle|fHonorific|fOrg|fStop|fPortfolio|fDemonym|fSource) == 0
}

// classify classifies the run of capitalised words ws[i:j].
func (f *finder) classify(i, j int) {
	ws := f.ws
	if e := ws[j-1].e; e < len(f.src) && f.src[e] == '$' {
		return // a currency's prefix: "NT$3,000", "HK$50"
	}
	if j-i == 1 && (i == 0 || ws[i].gap == gapPeriod) && j < len(ws) && ws[j].gap == gapSpace && !ws[j].cap &&
		ws[j].flags&fSource != 0 && strings.HasSuffix(f.wordText(ws[j]), "s") && ws[i].flags&fGiven == 0 && !ws[i].upper {
		return // an adjective opening a sentence before a plural source: "Independent scientists said"
	}
	if j-i >= 2 && ws[j-1].upper && ws[j-1].flags&fNotOrg != 0 && isNameWord(ws[j-2]) && romanNumeral(f.wordText(ws[j-1])) {
		j-- // a regnal or generational numeral, no part of the name: "Louis Ortega III"
	}
	// Leading stop words were skipped by the caller; honorifics and titles
	// split the run into a role and a name.
	k := -1
	for x := i; x < j-1; x++ {
		if ws[x].flags&(fTitle|fHonorific) != 0 && (ws[x].flags&fHonorific == 0 || ws[x].dot || ws[x].flags&fTitle != 0) {
			k = x
		}
	}
	// The name: capitalised name words at the end of the run.
	ns := j
	if j-i >= 2 && j-1 > k+1 && ws[j-1].flags&(fStop|fTitleName) != 0 && ws[j-1].cap && !ws[j-1].upper && ws[j-2].flags&fGiven != 0 && isNameWord(ws[j-2]) {
		ns-- // "Theresa May", "Mervyn King": a surname that is also a function word or a title-name
	}
	for ns > i && (isNameWord(ws[ns-1]) || ws[ns-1].flags&fParticle != 0 && ns < j) && ns > k+1 {
		ns--
	}
	for ns < j && ws[ns].flags&fParticle != 0 && !ws[ns].cap {
		ns++
	}
	if ns == j && j-2 >= i && ws[j-2].flags&fHonorific != 0 && !peerage(f.wordText(ws[j-2])) && ws[j-1].gap == gapSpace &&
		ws[j-1].flags&fTitleName != 0 && ws[j-1].cap && !ws[j-1].upper {
		ns-- // "Mr King", "Ms Bishop": a surname that is also a title
	}
	full := textpos.Span{Start: ws[i].s, End: ws[j-1].e}
	if k >= 0 && ns == k+2 && ns < j-1 && !ws[k+1].cap && isPrepWord(ws[k+1], f.wordText(ws[k+1])) {
		// A title's "of" or "for" names its office, then a given name
		// starts the person's name: "Minister for Europe Denis Mack".
		for m := ns + 1; m < j-1; m++ {
			if ws[m].flags&fGiven != 0 {
				ns = m
				break
			}
		}
	}
	if k >= 0 && ns < j && ns > k {
		if _, ok := f.place(ns, j); !ok {
			f.person(i, ns, j, k)
			return
		}
		i = ns
		full.Start = ws[ns].s
	}
	// Places.
	if c, ok := f.place(i, j); ok {
		if !f.modifier(j) {
			f.cands = append(f.cands, cand{kind: cPlace, span: full, name: c, oblique: f.oblique(i)})
		}
		return
	}
	if f.agency(i, j) {
		f.cands = append(f.cands, cand{kind: cOrg, span: full, name: f.runText(i, j), oblique: f.oblique(i)})
		return
	}
	org := false
	for x := i; x < j; x++ {
		// Also "and" inside the run, which andOrgEnd let in: "Fisheries
		// and Oceans Canada".
		if ws[x].flags&fOrg != 0 || x > i && (ws[x].gap == gapAmp || !ws[x].cap && f.wordText(ws[x]) == "and") {
			org = true
		}
	}
	if j-i == 1 {
		w := ws[i]
		org = w.flags&fOrgName != 0 || w.upper && w.flags&(fNotOrg|fDemonym) == 0 && !f.shouting(i)
		if !org && w.flags&fOrg != 0 {
			return // "Office" alone
		}
	}
	if org {
		sp := full
		name := f.runText(i, j)
		if i > 0 && ws[i].gap == gapSpace {
			if a := f.wordText(ws[i-1]); a == "the" || a == "The" {
				sp.Start = ws[i-1].s
				if at := ws[i-1].e; f.src[at] == ' ' && strings.HasPrefix(f.src[at+1:], name) {
					name = f.src[sp.Start : at+1+len(name)] // as written: no copy
				} else {
					name = a + " " + name
				}
			}
		}
		if j-i == 1 && ws[i].upper {
			name = f.acronymOf(i, name)
		}
		f.cands = append(f.cands, cand{kind: cOrg, span: sp, name: name, oblique: f.oblique(i)})
		return
	}
	if ns >= j {
		return
	}
	if ns == i && f.orgContext(ns, j) {
		f.cands = append(f.cands, cand{kind: cOrg, span: textpos.Span{Start: ws[ns].s, End: ws[j-1].e},
			name: f.runText(ns, j), oblique: f.oblique(ns)})
		return
	}
	nw := ws[ns:j]
	// A region named with a point of the compass: "Western Cape",
	// "North Waziristan", "East Java".
	if len(nw) == 2 && ns == i && compassWord(f.wordText(nw[0])) {
		if !f.modifier(j) {
			f.cands = append(f.cands, cand{kind: cPlace, span: textpos.Span{Start: ws[ns].s, End: ws[j-1].e},
				name: f.runText(ns, j), oblique: f.oblique(ns)})
		}
		return
	}
	// A thing named after a person is none: "the Jesse Owens Award".
	if len(nw) > 1 && nw[len(nw)-1].flags&fThingEnd != 0 {
		return
	}
	// A name that ends in a word of companies', institutes' or
	// publications' names is theirs: "Orbis Research", "Pembury Mills".
	if len(nw) > 1 && ns == i && nw[len(nw)-1].flags&fOrgEnd != 0 && endsOrgName(f.wordText(nw[len(nw)-1])) && f.plainName(ns, j) {
		f.cands = append(f.cands, cand{kind: cOrg, span: textpos.Span{Start: ws[ns].s, End: ws[j-1].e},
			name: f.runText(ns, j), oblique: f.oblique(ns)})
		return
	}
	if len(nw) == 1 {
		c := cand{kind: cSingle, span: textpos.Span{Start: nw[0].s, End: nw[0].e},
			name: f.wordText(nw[0]), surname: f.nameKey(f.wordText(nw[0])), nwords: 1,
			oblique: f.oblique(ns), human: f.ageAfter(j) || f.whoAfter(j) || f.speaksAsPerson(ns, j)}
		// An honorific before one name word is part of the mention ("Mr
		// Ellis"); a title of nobility or knighthood is part of the name
		// too ("Lord Woolf", "Sir John").
		hon := false
		if h := ws[max(ns-1, 0)]; ns > i && h.flags&fHonorific != 0 && nw[0].gap == gapSpace {
			hon = true
			c.span.Start, c.gender = h.s, honorificGender(h.flags)
			if peerage(f.wordText(h)) {
				c.name = f.src[h.s:nw[0].e]
				if nw[0].flags&fGiven != 0 {
					c.given = []string{c.surname} // "Sir John" of "Sir John Bourn"
				}
			}
		}
		f.cands = append(f.cands, c)
		if role, off, person := f.appositive(j); role != "" {
			c := &f.cands[len(f.cands)-1]
			c.role, c.roleOff = role, off
			if !person && !hon {
				// An organisation's noun in apposition ("Acme, the
				// software company,") makes the name an organisation's,
				// unless an honorific names a person ("Ms Berrow").
				c.kind, c.role = cOrg, ""
			}
		}
		return
	}
	signal := nw[0].flags&fGiven != 0 || particleName(nw)
	for _, w := range nw[:len(nw)-1] {
		signal = signal || w.init
	}
	if !signal && j < len(ws) && ws[j].flags&fSpeech != 0 && ws[j].gap == gapSpace && nw[0].gap != gapPeriod {
		signal = true
	}
	if !signal {
		if _, _, person := f.appositive(j); person || f.ageAfter(j) {
			signal = true
		}
	}
	if !signal && ns > 0 && ws[ns].gap <= gapComma {
		// After a title or a noun of a person, perhaps set off by a
		// comma: "adviser Ann Holt", "his teammate, Lennart Vossberg".
		p := ws[ns-1]
		signal = p.flags&fTitle != 0 && (ws[ns].gap == gapSpace || !p.cap) ||
			ws[ns].gap == gapComma && !p.cap && personFlags(strings.ToLower(f.wordText(p))) != 0 ||
			ws[ns].gap == gapComma && j < len(ws) && ws[j].gap == gapComma && f.officeBefore(ns)
	}
	if !signal && ns == i && len(nw) == 2 {
		signal = f.actsAsPerson(i, j)
	}
	// An honorific before the words is a signal too ("Dr Tovan Mirelle",
	// "Nana Kofi Darkwa"); when the first is no known given name, the
	// words before the last may be a surname too ("Mr Ibarra Vidal" of
	// "Carlos Ibarra Vidal"): no given names.
	hon := ns > i && ws[ns-1].flags&fHonorific != 0
	if signal || hon {
		f.person(i, ns, j, -1)
		if hon && nw[0].flags&fGiven == 0 && !nw[0].init {
			f.cands[len(f.cands)-1].given = nil
		}
	}
}

// officeBefore reports whether the words before word ns, which a comma
// opens, are a title of an office and what it is of, after "the": "The
// president of the ECOWAS Commission, Aboubakar Sidibé-Koné, said". A
// name set off by commas after it is its holder's.
func (f *finder) officeBefore(ns int) bool {
	ws := f.ws
	of := false
	for k := ns - 1; k > 0 && ns-k <= 8; k-- {
		w := ws[k]
		if w.flags&fTitle != 0 && !w.cap && of {
			return strings.EqualFold(f.wordText(ws[k-1]), "the") && w.gap == gapSpace
		}
		if k < ns-1 && ws[k+1].gap != gapSpace {
			return false
		}
		switch lw := f.wordText(w); {
		case lw == "of":
			of = true
		case lw == "the" || w.cap && w.flags&fStop == 0:
		default:
			return false
		}
	}
	return false
}

// compassWord reports whether w is a capitalised point of the compass
// that opens the names of regions.
func compassWord(w string) bool {
	switch w {
	case "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central",
		"Upper", "Lower":
		return true
	}
	return false
}

// ageAfter reports whether the name that ends before word j is followed
// by an age in apposition: ", 71,".
func (f *finder) ageAfter(j int) bool {
	ws := f.ws
	if j+1 >= len(ws) || ws[j].gap != gapComma || ws[j+1].gap != gapComma || ws[j].e-ws[j].s > 3 {
		return false
	}
	for _, c := range []byte(f.wordText(ws[j])) {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// whoAfter reports whether the name that ends before word j is followed
// by a relative clause about a person's kin: ", whose father". A bare
// ", who" is not enough: British English has it after teams ("Leicester,
// who signed White").
func (f *finder) whoAfter(j int) bool {
	ws := f.ws
	if j >= len(ws) || ws[j].gap != gapComma || ws[j].flags&fPronRel == 0 {
		return false
	}
	if f.wordText(ws[j]) != "whose" || j+1 >= len(ws) || ws[j+1].gap != gapSpace {
		return false
	}
	k := descNouns()[f.wordText(ws[j+1])]
	return k == 'm' || k == 'f'
}

// pronounReach is how many words after a name actsAsPerson looks for a
// personal pronoun.
const pronounReach = 30

// actsAsPerson reports whether the two capitalised words ws[i:j], which
// are no known given name and surname, name a person by the shape of
// the sentence: inside it (not at its start nor after a preposition, an
// article or a possessor: "London's Evening Standard"), without organisation or place words, followed by a verb in
// the present or past ("…, Ruairidh Campbell stands on the slipway"),
// and "his" or "her" follows, or "he" or "she" in a later sentence or
// clause of the paragraph, with no other name between.
func (f *finder) actsAsPerson(i, j int) bool {
	ws := f.ws
	if j >= len(ws) || ws[j].gap != gapSpace || ws[j].cap {
		return false
	}
	if i == 0 || ws[i].gap > gapComma {
		return f.startsAsPerson(i, j)
	}
	if !f.plainPair(i, j) {
		return false
	}
	if p := f.wordText(ws[i-1]); ws[i].gap == gapSpace && (ws[i-1].poss || isPrepWord(ws[i-1], p) || p == "the" || p == "a" || p == "an" || !ws[i-1].cap && ws[i-1].flags&fStop != 0) {
		return false
	}
	v := f.wordText(ws[j])
	if ws[j].flags&fSpeech == 0 && !pastOrThird(v) {
		return false
	}
	// The pronoun starts a later sentence or clause, with no other name
	// between ("… stands on the slipway. “It is dead,” he says").
	// After a conjunction that opens the sentence, the pronoun may be the
	// subject of the main clause ("When Joy Rainey started …, she …").
	later := ws[i-1].gap >= gapPunct && ws[i-1].flags&fStop != 0
	for k := j + 1; k < min(len(ws), j+pronounReach); k++ {
		w := ws[k]
		later = later || w.gap >= gapPunct
		if w.flags&(fPronM|fPronF) != 0 && w.flags&fPronoun != 0 && !w.poss {
			if lw := f.wordText(w); lw == "his" || lw == "her" {
				return true // "… contemplates this with his friends"
			}
			return later
		}
		if w.cap && w.gap < gapPunct {
			return false
		}
	}
	return false
}

// startReach is how many words after a name startsAsPerson looks for its
// possessive: "Budi Santoso keeps two phones mounted on the handlebars
// of his scooter".
const startReach = 10

// startsAsPerson reports whether the two capitalised words ws[i:j] that
// open a sentence or clause, which are no known given name and surname,
// name a person whose possessive follows in the clause, after a verb:
// "Tenley Hovland had missed her first five shots", "Arlo Benn has sold
// his farm". Not an object "her" ("Acme Corp hired her as …"). The verb is
// a cue, a form pastOrThird accepts, or has, had, was or is.
func (f *finder) startsAsPerson(i, j int) bool {
	ws := f.ws
	if !f.plainPair(i, j) {
		return false
	}
	v := f.wordText(ws[j])
	if ws[j].flags&fSpeech == 0 && !pastOrThird(v) && v != "has" && v != "had" && v != "was" && v != "is" {
		return false
	}
	for k := j + 1; k < min(len(ws), j+startReach) && ws[k].gap == gapSpace && !ws[k].cap; k++ {
		switch f.wordText(ws[k]) {
		case "his":
			return true
		case "her":
			if k+1 >= len(ws) || ws[k+1].gap != gapSpace || ws[k+1].cap {
				return false
			}
			switch n := f.wordText(ws[k+1]); n {
			case "a", "an", "the", "to", "as", "that", "and", "or", "but":
				return false
			default:
				return !isPrep(n)
			}
		}
	}
	return false
}

// speaksAsPerson reports whether the one capitalised word ws[i] is a
// person's surname by the verb of saying after it and the possessive
// that follows in the clause: "Ramsdell-Coe said in his opening
// statement".
func (f *finder) speaksAsPerson(i, j int) bool {
	return j == i+1 && j < len(f.ws) && f.ws[j].flags&fSpeech != 0 && f.ws[j].gap == gapSpace && f.startsAsPerson(i, j)
}

// plainPair reports whether the words ws[i:j] are plain name words: no
// acronym, possessive, organisation, place, demonym, stop word or last
// word of a thing's name, and no place of the gazetteer.
func (f *finder) plainPair(i, j int) bool {
	for _, w := range f.ws[i:j] {
		if w.upper || w.poss || w.flags&(fOrg|fOrgName|fPlaceWord|fDemonym|fStop|fThingEnd) != 0 {
			return false
		}
	}
	_, ok := f.place(i, j)
	return !ok
}

// pastOrThird reports whether the lower-case word v looks like a verb in
// the past ("stood" aside) or the third person: longer than three
// letters, in -ed, or in -s but not -ss or -us.
func pastOrThird(v string) bool {
	return len(v) > 3 && (strings.HasSuffix(v, "ed") || strings.HasSuffix(v, "s") && !strings.HasSuffix(v, "ss") && !strings.HasSuffix(v, "us"))
}

// particleName reports whether the name words nw have the shape of a
// person's name with particles: a lower-case particle between capitalised
// words ("Maarten de Boer", "Ali bin Saleh"), or a surname that opens with
// two particles ("Van der Heijden").
func particleName(nw []word) bool {
	// Not "Stade de France", "Banco de Portugal": a place or an
	// organisation word last makes no person.
	if len(nw) < 3 || len(nw) > 5 || nw[len(nw)-1].flags&(fParticle|fPlaceWord|fOrg|fDemonym) != 0 {
		return false
	}
	if nw[0].flags&fParticle != 0 {
		return nw[1].flags&fParticle != 0 && !nw[1].cap
	}
	for _, w := range nw[1 : len(nw)-1] {
		if w.flags&fParticle != 0 && !w.cap {
			return true
		}
	}
	return false
}

// orgContext reports whether the capitalised words i..j, which no
// organisation word, title or honorific marks, name an organisation that
// the context shows to be one: one shown so before in the text, or one
// that "shares in" or a company noun precedes ("shares in Acme", "the
// retailer Acme Stores"), that has shares, profits or a chief executive
// ("Acme Stores’s chief executive"), or, for a name that ends in a word of
// companies' names ("Pembury Mills"), whose subject it is followed by
// "the company" or "the firm" soon after.
func (f *finder) orgContext(i, j int) bool {
	ws := f.ws
	if len(f.orgs) > 0 && slices.Contains(f.orgs, f.runText(i, j)) {
		return f.plainName(i, j)
	}
	ok := false
	if i > 0 && ws[i].gap == gapSpace && !ws[i-1].cap {
		switch p := ws[i-1]; {
		case p.flags&fStop != 0:
			if lw := f.wordText(p); i > 1 && (lw == "in" || lw == "of") && p.gap == gapSpace {
				lw2 := f.wordText(ws[i-2])
				ok = len(lw2) >= 5 && len(lw2) <= 6 && (strings.EqualFold(lw2, "shares") || strings.EqualFold(lw2, "stake") || strings.EqualFold(lw2, "stakes"))
			}
		case p.flags&(fSpeech|fTitle|fPortfolio|fPronoun|fSource|fParticle|fHonorific) == 0:
			ok = p.flags&fDescOrg != 0 && descNouns()[f.wordText(p)] == 'c'
		}
	}
	if !ok && j < len(ws) && !ws[j].cap {
		if ws[j].gap == gapSpace {
			lw := f.wordText(ws[j]) // in lower case, but for a capital inside
			ok = lw == "shares" || ws[j-1].poss && corporateNoun(lw, f.nextText(j))
			if !ok && j-i > 1 && (ws[j].flags&fSpeech != 0 || strings.HasSuffix(lw, "ed")) {
				ok = f.companyName(i, j)
			}
		} else if ws[j].gap == gapComma && j-i > 1 && f.wordText(ws[j]) == "which" {
			ok = f.companyName(i, j)
		}
		// One word that opens a sentence is a modifier here rather
		// than a name: "Airline shares", "Brewers’ profits".
		ok = ok && (j-i > 1 || i > 0 && ws[i].gap != gapPeriod)
	}
	if !ok || !f.plainName(i, j) {
		return false
	}
	if len(f.orgs) < maxAcronyms {
		f.orgs = append(f.orgs, f.runText(i, j))
	}
	return true
}

// plainName reports whether the capitalised words i..j can be the name of
// an organisation of orgContext: no honorific precedes them, and they
// have no initial, function word, pronoun, source noun or demonym, and,
// of two or more, none in capitals and no common given name first.
func (f *finder) plainName(i, j int) bool {
	ws := f.ws
	if i > 0 && ws[i-1].flags&fHonorific != 0 && ws[i].gap == gapSpace || j-i > 1 && ws[i].flags&fGiven != 0 && ws[i].flags&fRareGiven == 0 {
		return false
	}
	for _, w := range ws[i:j] {
		if w.init || w.upper && j-i > 1 || w.flags&(fStop|fPronoun|fSource|fDemonym) != 0 {
			return false
		}
	}
	return true
}

// companyName reports whether the words i..j, which a verb follows, end
// in a word of companies' names that "the company" or "the firm" refers
// back to soon after ("Pembury Mills announced … The company said").
func (f *finder) companyName(i, j int) bool {
	var buf [16]byte
	return companyWord(lowerInto(buf[:], f.wordText(f.ws[j-1]))) && f.companyAfter(f.ws[j].s)
}

// nextText returns the text of the word after word j, or "".
func (f *finder) nextText(j int) string {
	if j+1 < len(f.ws) && f.ws[j+1].gap == gapSpace {
		return f.wordText(f.ws[j+1])
	}
	return ""
}

// corporateNoun reports whether the lower-case noun w, followed by the
// word next, is one that a company has rather than a person: "shares",
// "profits", "chief executive".
func corporateNoun(w, next string) bool {
	switch w {
	case "chief", "managing":
		return next == "executive" || next == "director"
	}
	return descNouns()[w] == 'o'
}

// companyWord reports whether the lower-case w is a word that ends the
// names of companies ("Pembury Mills", "Kelvane Rail") although it is
// no organisation word.
func companyWord(w string) bool { return descNouns()[w] == 'w' }

// companyReach is how far after a name, in bytes, companyAfter looks.
const companyReach = 1500

// companyAfter reports whether a definite description of a company ("the
// company", "The firm") follows offset off within companyReach bytes.
func (f *finder) companyAfter(off int) bool {
	win := f.src[off:min(len(f.src), off+companyReach)]
	for k := 0; ; {
		x := strings.Index(win[k:], "he ")
		if x < 0 {
			return false
		}
		x += k
		k = x + 3
		if x == 0 || win[x-1] != 't' && win[x-1] != 'T' || x > 1 && isWordByte(win[x-2]) {
			continue
		}
		e := k
		for e < len(win) && e-k < 16 && ('a' <= win[e] && win[e] <= 'z' || win[e] == '-') {
			e++
		}
		if e > k && descNouns()[win[k:e]] == 'c' {
			return true
		}
	}
}

// isWordByte reports whether the byte c is an ASCII letter or digit.
func isWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// acronymOf returns the name of the organisation that the upper-case word
// i stands for, given name, the name it would have on its own: the
// organisation named just before it when i is in brackets after it and
// its letters are initials of that name ("the Tenants Union of Dorrin
// (TUD)"), or one that an earlier such definition gave; else name.
func (f *finder) acronymOf(i int, name string) string {
	ws := f.ws
	short := f.wordText(ws[i])
	for _, a := range f.acrs {
		if a.short == short {
			return a.full
		}
	}
	w := ws[i]
	if w.gap != gapPunct || i == 0 || len(f.cands) == 0 || w.s == 0 || f.src[w.s-1] != '(' || w.e >= len(f.src) || f.src[w.e] != ')' {
		return name
	}
	c := f.cands[len(f.cands)-1]
	if c.kind != cOrg || c.span.End != ws[i-1].e || len(f.acrs) >= maxAcronyms || !initialsOf(short, c.name) {
		return name
	}
	f.acrs = append(f.acrs, acronym{short: short, full: c.name})
	return c.name
}

// initialsOf reports whether the letters of the upper-case acronym short
// are, in order, upper-case letters of name, or the first letters of its
// words "of", "for" and "and", that start with its first capitalised word
// after an article: "TUD" of "The Tenants Union of Dorrin", "UKIP" of "UK
// Independence Party", "MOL" of "the Ministry of Labor".
func initialsOf(short, name string) bool {
	name = withoutArticle(name)
	if name == "" || short == "" || name[0] != short[0] {
		return false
	}
	k := 0
	for x := 0; x < len(name) && k < len(short); x++ {
		if name[x] == short[k] || name[x]+'A'-'a' == short[k] && name[x-1] == ' ' && connectorAt(name[x:]) {
			k++
		}
	}
	return k == len(short)
}

// connectorAt reports whether s starts with the word "of", "for" or
// "and".
func connectorAt(s string) bool {
	for _, w := range []string{"of", "for", "and"} {
		if strings.HasPrefix(s, w) && (len(s) == len(w) || s[len(w)] == ' ') {
			return true
		}
	}
	return false
}

// shouting reports whether the upper-case word i stands among other
// upper-case words ("JOIN US ON TELEGRAM"), which are no abbreviations.
func (f *finder) shouting(i int) bool {
	ws := f.ws
	return i > 0 && ws[i-1].upper && ws[i].gap == gapSpace && ws[i-1].e-ws[i-1].s > 2 ||
		i+1 < len(ws) && ws[i+1].upper && ws[i+1].gap == gapSpace && ws[i+1].e-ws[i+1].s > 2
}

// modifier reports whether a place ending before word j is used as a
// modifier of the following noun ("U.S. officials") rather than as a noun.
func (f *finder) modifier(j int) bool {
	ws := f.ws
	if j >= len(ws) || ws[j].gap != gapSpace || ws[j].cap {
		return false
	}
	w := ws[j]
	if w.flags&(fStop|fSpeech) != 0 {
		return false
	}
	lw := f.wordText(w)
	return !strings.HasSuffix(lw, "ed") && !strings.HasSuffix(lw, "s")
}

// place returns the canonical name of the gazetteer place that words
// i..j name, if they do.
func (f *finder) place(i, j int) (string, bool) {
	if f.ws[i].flags&fPlaceWord == 0 {
		return "", false // the common case, without asking for the lexicon
	}
	l := lex()
	if j-i > l.placeLen {
		return "", false
	}
	c, ok := l.places[f.runText(i, j)]
	return c, ok
}

// runText returns the text of words i..j joined by single spaces.
func (f *finder) runText(i, j int) string {
	if j-i == 1 {
		return f.wordText(f.ws[i])
	}
	s := f.src[f.ws[i].s:f.ws[j-1].e]
	if !strings.ContainsAny(s, "\n\t  ") && !strings.Contains(s, "  ") {
		return s
	}
	return joinWords(f.src, f.ws[i:j])
}

// person adds a person candidate: ws[ns:j] is the name, ws[i:ns] the words
// before it in the run (titles, honorifics), k the last title or -1.
func (f *finder) person(i, ns, j, k int) {
	ws := f.ws
	var gender byte
	start := ws[ns].s
	if ns > i {
		h := ws[ns-1]
		if h.flags&fHonorific != 0 {
			start = h.s
			gender = honorificGender(h.flags)
		}
	}
	nw := ws[ns:j]
	given, surname := personKeys(f.src, nw, f)
	if gender == 0 && len(nw) > 1 {
		gender = givenGender(nw[0].flags)
	}
	c := cand{kind: cPerson, span: textpos.Span{Start: start, End: ws[j-1].e}, name: joinWords(f.src, nw),
		given: given, surname: surname, nwords: len(nw), gender: gender}
	if len(nw) == 1 {
		c.kind = cSingle
	}
	// Role: title words in the run before the name, else a title before
	// the run ("Kremlin spokesman Dmitry Peskov", "the adviser, Michael
	// Waltz"), else an appositive after it.
	re := ns
	for re > i && ws[re-1].flags&fHonorific != 0 && ws[re-1].flags&fTitle == 0 {
		re--
	}
	rs := i
	if rs == re {
		rs = f.roleBefore(i)
	}
	if rs < re {
		c.role = f.src[ws[rs].s:ws[re-1].e]
		if ws[re-1].dot {
			c.role += "."
		}
		c.roleOff = ws[rs].s
	}
	c.oblique = f.oblique(rs)
	if role, off, _ := f.appositive(j); role != "" {
		c.role, c.roleOff = role, off
	}
	f.cands = append(f.cands, c)
}

// roleBefore returns the index of the first word of a premodifier role
// that ends just before word i ("Kremlin spokesman", "Kyiv’s defense
// minister"), or i when there is none.
func (f *finder) roleBefore(i int) int {
	ws := f.ws
	if i == 0 || ws[i-1].flags&fTitle == 0 || ws[i].gap > gapComma {
		return i
	}
	if ws[i].gap == gapComma && ws[i-1].cap {
		return i
	}
	k := i - 1
	for k > 0 && ws[k].gap == gapSpace {
		p := ws[k-1]
		if p.flags&(fTitle|fPortfolio|fDemonym|fOrg) != 0 && p.flags&fStop == 0 || p.poss && p.cap || p.cap && p.flags&fStop == 0 {
			k--
			if p.poss {
				break
			}
			continue
		}
		break
	}
	return k
}

// appositive reads an appositive role after the name that ends before word
// j: ", the U.S. special envoy to Ukraine,". It returns the role without
// its article, its offset, and whether its head is a person's role (an
// analyst, a minister) rather than an organisation's (an agency).
func (f *finder) appositive(j int) (role string, off int, person bool) {
	ws := f.ws
	if j >= len(ws) || ws[j].gap != gapComma {
		return "", 0, false
	}
	a := j
	if lw := f.wordText(ws[a]); lw == "the" || lw == "a" || lw == "an" || lw == "The" {
		a++
	}
	if a >= len(ws) || a > j && ws[a].gap != gapSpace {
		return "", 0, false
	}
	w0 := ws[a]
	if w0.flags&fStop != 0 || !(w0.flags&(fTitle|fPortfolio|fDemonym|fSource|fOrg) != 0 || w0.poss ||
		!w0.cap && a > j || w0.cap && a > j) {
		return "", 0, false
	}
	head := uint32(0)
	postMod := false // a prepositional phrase follows the head
	e := a
	for e < len(ws) && e-a < 14 {
		w := ws[e]
		if e > a && w.gap != gapSpace {
			break
		}
		lw := f.wordText(w)
		if w.flags&fPronRel != 0 || lw == "which" || lw == "that" || lw == "whom" {
			break
		}
		if head != 0 && !w.cap && w.flags&fSpeech != 0 && (strings.HasSuffix(lw, "ed") || lw == "said" || lw == "says" || lw == "told" || lw == "wrote") {
			if !postMod {
				// "Mr Ige, the embattled Speaker said he …": a short
				// phrase and no closing comma, so the subject of the
				// cue, no apposition. A long one with a prepositional
				// phrase has lost its comma more likely ("X, the leader
				// of the union said").
				return "", 0, false
			}
			break
		}
		if e > a && isPrepWord(w, lw) && lw != "and" && lw != "or" {
			postMod = true
		}
		if head != 0 && !w.cap && (strings.HasSuffix(lw, "ing") || strings.HasSuffix(lw, "ed")) {
			break
		}
		if head == 0 && e-a >= 6 || w0.cap && e > a && isNameWord(w) && !w.poss && isNameWord(ws[e-1]) {
			// Too far from a head, or a list of titled names.
			return "", 0, false
		}
		// The head is the last role or organisation noun before a
		// post-modifier: "the council leader" is a person's role, "the
		// leader of the council" too, "the software company" not.
		if !postMod && !w.poss && w.flags&(fTitle|fSource|fOrg) != 0 && !(w.cap && w.flags&fOrg != 0 && w.flags&fTitle == 0 && e+1 < len(ws) && ws[e+1].gap == gapSpace) {
			head = w.flags
		}
		e++
	}
	if head == 0 {
		return "", 0, false
	}
	person = head&(fTitle) != 0 || head&fSource != 0 && head&fSourceOrg == 0
	return f.src[ws[a].s:ws[e-1].e], ws[a].s, person
}

// unnamed reads an unnamed source noun phrase whose head is word h (or
// starts a little before it) when the text makes it speak: followed by a
// verb of saying (after an optional appositive between commas), or after
// "according to". It returns the number of words consumed from h, or 0.
func (f *finder) unnamed(h int) int {
	ws := f.ws
	// Extend the head over a plural/compound head: "officials and analysts".
	e := h + 1
	for e+1 < len(ws) && ws[e].gap == gapSpace && f.wordText(ws[e]) == "and" && ws[e+1].flags&fSource != 0 {
		e += 2
	}
	// Post-modifier: "familiar with the negotiations", "in Riyadh",
	// "close to the talks".
	pe := e
	if pe < len(ws) && ws[pe].gap == gapSpace {
		switch f.wordText(ws[pe]) {
		case "familiar", "close", "with", "in", "at", "from":
			q := pe + 1
			for q < len(ws) && ws[q].gap == gapSpace && q-pe < 6 && ws[q].flags&fSpeech == 0 && !isAux(f.wordText(ws[q])) {
				q++
			}
			pe = q
		}
	}
	// Determiner and modifiers before the head.
	s := h
	for s > 0 && ws[s].gap == gapSpace {
		p := ws[s-1]
		var buf [16]byte
		lp := lowerInto(buf[:], f.wordText(p))
		if p.flags&(fDemonym|fPortfolio) != 0 && !(p.cap && p.poss) ||
			p.flags&fStop == 0 && !p.cap && p.flags&(fSpeech|fSource) == 0 && len(lp) > 2 && !isPrepWord(p, lp) ||
			s == h && p.cap && !p.poss && !p.upper && (s == 1 || p.gap == gapPeriod) && p.flags&(fStop|fGiven|fTitle|fOrg) == 0 {
			// … and an adjective opening the sentence: "Independent scientists".
			s--
			if p.poss {
				break
			}
			continue
		}
		if lp == "a" || lp == "an" || lp == "the" || lp == "its" || lp == "their" || lp == "his" ||
			lp == "her" || lp == "many" || lp == "some" || lp == "several" || lp == "two" || lp == "three" ||
			lp == "other" || lp == "one" || lp == "most" {
			s--
			if lp == "other" || lp == "most" {
				continue
			}
		}
		break
	}
	speaks := false
	if s >= 2 && strings.EqualFold(f.wordText(ws[s-2]), "according") && f.wordText(ws[s-1]) == "to" {
		speaks = true
	}
	if !speaks {
		x := pe
		if x < len(ws) && ws[x].gap == gapComma {
			for x < len(ws) && x-pe < 12 {
				x++
				if x < len(ws) && ws[x].gap == gapComma {
					break
				}
			}
		}
		for y := x; y < len(ws) && y-x < 3; y++ {
			if ws[y].flags&fSpeech != 0 && !ws[y].cap {
				speaks = true
				break
			}
			if lw := f.wordText(ws[y]); ws[y].flags&fStop == 0 && !strings.HasSuffix(lw, "ly") || ws[y].gap != gapSpace && y > x {
				break
			}
		}
	}
	if !speaks {
		return 0
	}
	// "The ministry", "the union": an organisation named before, which
	// Set.Speaker finds by the noun; no new actor.
	if s+1 == h && pe == h+1 && ws[h].flags&fOrg != 0 && strings.EqualFold(f.wordText(ws[s]), "the") {
		return 0
	}
	sp := textpos.Span{Start: ws[s].s, End: ws[pe-1].e}
	// Keep a lower-case "its sources" as written, a sentence-initial
	// article capitalised as written.
	lh := f.wordText(ws[e-1])
	c := cand{kind: cUnnamed, span: sp, name: f.src[sp.Start:sp.End], oblique: f.oblique(s),
		plural: strings.HasSuffix(lh, "s") || strings.HasSuffix(lh, "ies") || lh == "people" || lh == "media",
		flags:  ws[e-1].flags}
	f.cands = append(f.cands, c)
	return pe - h
}

// isOfFor reports whether w is a lower-case "of" or "for".
func (f *finder) isOfFor(w word) bool {
	lw := f.wordText(w)
	return lw == "of" || lw == "for"
}

// office reads an office named by a capitalised title, "of" or "for", and
// what it is of ("Bishop of Durham", "MP for Birkenhead", "Chancellor of
// the Exchequer", "Governor of the Bank of England"), at word i, where a
// run of capitalised words ending before j starts; a place or a name with
// a given name may follow it, the office's holder ("Mayor of London Sadiq
// Khan", "Chancellor of the Exchequer Gordon Brown"). The office is the
// holder's role, or else an actor of its own (cOffice), never a person
// named after the place. office returns the index of the word after the
// words it read, or 0 when they name no office.
func (f *finder) office(i, j int) int {
	ws := f.ws
	// Titles and modifiers, then "of" or "for": "Shadow" is no title.
	x := i
	for x < j && ws[x].flags&(fTitle|fTitleName) == 0 {
		if ws[x].flags&(fPortfolio|fDemonym) == 0 && !ws[x].upper || ws[x].flags&fStop != 0 {
			return 0
		}
		x++
	}
	for x+1 < j && ws[x+1].flags&(fTitle|fPortfolio) != 0 && ws[x+1].flags&fStop == 0 {
		x++
	}
	p := x + 1
	if x >= j || !ws[x].cap || ws[x].poss || p >= len(ws) || ws[p].gap != gapSpace || !f.isOfFor(ws[p]) {
		return 0
	}
	// What it is of: capitalised words, joined by "of", "for" or "and"
	// and perhaps "the" ("State for Work and Pensions", "the Bank of
	// England").
	o := f.afterThe(p + 1)
	if o >= len(ws) || !ws[o].cap || ws[o].flags&(fStop|fPronoun|fHonorific) != 0 || ws[o].gap != gapSpace ||
		strings.EqualFold(f.wordText(ws[o]), "order") { // an honour: "Commander of the Order of the Bath"
		return 0
	}
	e := o + 1
	for e < len(ws) && ws[e].gap == gapSpace && !ws[e-1].poss {
		if ws[e].cap && ws[e].flags&fStop == 0 {
			e++
			continue
		}
		if lw := f.wordText(ws[e]); lw == "of" || lw == "for" || lw == "and" {
			q := f.afterThe(e + 1)
			if q < len(ws) && ws[q].gap == gapSpace && ws[q].cap && ws[q].flags&(fStop|fTitle|fHonorific) == 0 && (lw != "and" || ws[q].flags&fGiven == 0) {
				e = q + 1
				continue
			}
		}
		break
	}
	// The holder: the name after a place ("London Sadiq Khan"), or from
	// a given name or an honorific on.
	ns := e
	for k := min(e, o+lex().placeLen); k > o; k-- {
		if _, ok := f.place(o, k); ok {
			if e-k >= 2 || e-k == 1 && ws[k-1].flags&fHonorific != 0 {
				ns = k
			}
			break
		}
	}
	for m := o + 1; ns == e && m < e-1; m++ {
		if ws[m].flags&(fGiven|fHonorific) != 0 {
			ns = m
		}
	}
	if ns < e {
		h := ns
		for h < e-1 && ws[h].flags&(fHonorific|fTitle) != 0 {
			h++
		}
		ok := h < e && e-ns <= 5
		for _, w := range ws[h:e] {
			ok = ok && (isNameWord(w) || w.flags&fParticle != 0)
		}
		if ok {
			f.person(i, h, e, x)
			c := &f.cands[len(f.cands)-1]
			c.office = true
			c.role, c.roleOff = f.runText(i, ns), ws[i].s
			return e
		}
		ns = e
	}
	role := f.runText(i, e)
	c := cand{kind: cOffice, span: textpos.Span{Start: ws[i].s, End: ws[e-1].e}, name: role, role: role,
		roleOff: ws[i].s, office: true, oblique: f.oblique(i)}
	if i > 0 && ws[i].gap == gapSpace {
		if a := f.wordText(ws[i-1]); a == "the" || a == "The" {
			c.span.Start, c.name = ws[i-1].s, f.src[ws[i-1].s:c.span.End]
			if a == "The" || c.name[3:] != " "+role {
				c.name = "the " + role
			}
		}
	}
	// The holder named just before: "Sadiq Khan, the Mayor of London".
	if n := len(f.cands); n > 0 {
		if h := &f.cands[n-1]; (h.kind == cPerson || h.kind == cSingle) && strings.TrimSpace(f.src[h.span.End:c.span.Start]) == "," {
			c.holder = int32(n)
		}
	}
	f.cands = append(f.cands, c)
	if n := f.apposedHolder(e); n > e {
		f.cands[len(f.cands)-2].holder = int32(len(f.cands))
		return n
	}
	return e
}

// apposedHolder reads the name of an office's holder in apposition after
// it, from word j: ", the Rt Rev Tom Wright," or ", Ken Macdonald QC,"
// (titles and honorifics, then two name words or more, then perhaps
// post-nominal letters, then a comma). It adds the person and returns the
// index of the word after the name, or j.
func (f *finder) apposedHolder(j int) int {
	ws := f.ws
	if j >= len(ws) || ws[j].gap != gapComma {
		return j
	}
	h := f.afterThe(j)
	if h > j && (h >= len(ws) || ws[h].gap != gapSpace) {
		return j
	}
	s := h
	for h < len(ws) && h-s < 3 && ws[h].flags&(fHonorific|fTitle) != 0 && ws[h].cap && (h == s || ws[h].gap == gapSpace) {
		h++
	}
	e := h
	for e < len(ws) && (e == h && (h == s || ws[e].gap == gapSpace) || e > h && ws[e].gap == gapSpace) && e-h < 5 &&
		(isNameWord(ws[e]) || ws[e].upper && e-h >= 2 && ws[e].flags&fStop == 0) {
		e++
	}
	if e-h < 2 || !isNameWord(ws[h+1]) || e < len(ws) && ws[e].gap != gapComma {
		return j
	}
	f.person(s, h, e, -1)
	c := &f.cands[len(f.cands)-1]
	c.role = f.cands[len(f.cands)-2].role
	c.roleOff = f.cands[len(f.cands)-2].roleOff
	return e
}

// afterThe returns k, or k+1 when word k is a lower-case "the".
func (f *finder) afterThe(k int) int {
	if k < len(f.ws) && f.ws[k].gap == gapSpace && f.wordText(f.ws[k]) == "the" {
		return k + 1
	}
	return k
}

// officeHolders links the offices that have no holder yet to the person
// named just after them: "the Bishop of Durham, the Rt Rev Tom Wright,".
func (f *finder) officeHolders() {
	for k := range f.cands[:max(len(f.cands)-1, 0)] {
		c, h := &f.cands[k], &f.cands[k+1]
		if c.kind != cOffice || c.holder != 0 || h.kind != cPerson && h.kind != cSingle {
			continue
		}
		between := f.src[c.span.End:h.span.Start]
		if len(between) > 40 || !strings.HasPrefix(between, ",") || strings.ContainsAny(between[1:], ",;:()\"“”!?") {
			continue
		}
		ok := true
		for w := range strings.FieldsSeq(between[1:]) {
			fl := lex().lookup(strings.TrimSuffix(w, "."))
			ok = ok && (w == "the" || fl&(fHonorific|fTitle) != 0 && w[0] >= 'A' && w[0] <= 'Z')
		}
		if ok {
			c.holder = int32(k + 2)
		}
	}
}
