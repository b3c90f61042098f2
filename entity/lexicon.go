package entity

import (
	_ "embed"
	"math"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Word flags of the built-in lexicon, keyed by the lower-case word.
const (
	fHonM      uint32 = 1 << iota // Mr., Sir
	fHonF                         // Mrs., Ms.
	fHon                          // Dr., Prof.
	fTitle                        // president, minister, spokesman: heads a role
	fPortfolio                    // defence, foreign, senior: a role modifier
	fOrg                          // ministry, council, kremlin: names an organisation
	fSource                       // official, sources: heads an unnamed source
	fSourceOrg                    // government, delegation: an organisation-like source
	fStop                         // closed-class words and sentence openers
	fParticle                     // bin, von, de: inside a name
	fPronM                        // he
	fPronF                        // she
	fPronPl                       // they
	fPronN                        // it
	fPronRel                      // who
	fSpeech                       // said, told: a verb of saying
	fGivenM                       // a male given name
	fGivenF                       // a female given name
	fDemonym                      // Ukrainian, Tory: an adjective of a place or a party
	fPlaceWord                    // first word of a gazetteer entry, with and without a final period
	fOrgName                      // kremlin, reuters: an organisation on its own
	fNotOrg                       // PM, AI: an abbreviation that is no organisation
	fRareGiven                    // a given name of the long lists, rare enough to begin a company's name too
	fTitleName                    // king, major: a title that is also a common surname ("Mr King")
	fThingEnd                     // award, show: ends the name of a thing named after a person
	fOrgEnd                       // mills, research: a word of descNouns that endsOrgName takes
	fDescOrg                      // company, firm: a noun of organisations of descNouns ('c')
)

const (
	fHonorific = fHonM | fHonF | fHon
	fPronoun   = fPronM | fPronF | fPronPl | fPronN | fPronRel
	fGiven     = fGivenM | fGivenF
)

//go:embed words.txt
var wordsTxt string

//go:embed names.txt
var namesTxt string

//go:embed places.txt
var placesTxt string

// lexicon is the built-in language data, built once.
type lexicon struct {
	flags map[string]uint32 // lower-case word -> flags
	// places maps a gazetteer name or alias, as written, to the
	// canonical name.
	places map[string]string
	// placeLen is the largest number of words in a gazetteer entry.
	placeLen int
	// demonyms maps a lower-case demonym or place alias to the lower-case
	// canonical place name, for comparing roles ("Ukrainian" = "Ukraine").
	demonyms map[string]string
	// table holds the flags too, for words whose key is known: see
	// plainWord.
	table flagTable
}

var lex = sync.OnceValue(buildLexicon)

func buildLexicon() *lexicon {
	l := &lexicon{flags: make(map[string]uint32, 4096), places: make(map[string]string, 1024),
		demonyms: make(map[string]string, 1024)}
	cats := map[string]uint32{
		"honorific-m": fHonM, "honorific-f": fHonF, "honorific": fHon, "title": fTitle,
		"portfolio": fPortfolio, "org": fOrg, "orgname": fOrg | fOrgName, "notorg": fNotOrg, "source": fSource, "source-org": fSourceOrg,
		"stop": fStop, "particle": fParticle, "pron-m": fPronM, "pron-f": fPronF,
		"pron-pl": fPronPl, "pron-n": fPronN, "pron-rel": fPronRel, "speech": fSpeech,
		"m": fGivenM, "f": fGivenF, "m-rare": fGivenM | fRareGiven, "f-rare": fGivenF | fRareGiven,
		"title-name": fTitleName, "affiliation": fDemonym, "thing-end": fThingEnd,
	}
	for _, txt := range []string{wordsTxt, namesTxt} {
		var cur uint32
		for line := range strings.Lines(txt) {
			line = strings.TrimSpace(line)
			if line == "" || line[0] == '#' {
				continue
			}
			if line[0] == '[' {
				cur = cats[strings.Trim(line, "[]")]
				continue
			}
			if cur == 0 {
				continue // a block other readers of words.txt use (descNouns)
			}
			for _, w := range strings.Fields(line) {
				l.flags[strings.ToLower(w)] |= cur
			}
		}
	}
	for line := range strings.Lines(placesTxt) {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		names, dems, _ := strings.Cut(line, "=")
		alts := strings.Split(names, "|")
		canon := strings.TrimSpace(alts[0])
		for _, a := range alts {
			a = strings.TrimSpace(a)
			l.places[a] = canon
			l.demonyms[strings.ToLower(a)] = strings.ToLower(canon)
			ws := strings.Fields(a)
			l.placeLen = max(l.placeLen, len(ws))
			// The first word as the finder reads it: "St" of "St. Petersburg".
			l.flags[strings.ToLower(ws[0])] |= fPlaceWord
			l.flags[strings.TrimSuffix(strings.ToLower(ws[0]), ".")] |= fPlaceWord
		}
		for d := range strings.SplitSeq(dems, ",") {
			if d = strings.TrimSpace(d); d != "" {
				l.demonyms[strings.ToLower(d)] = strings.ToLower(canon)
				if !strings.Contains(d, " ") {
					l.flags[strings.ToLower(d)] |= fDemonym
				}
			}
		}
	}
	// The flags that spare lookups in descNouns: a word without them
	// is no such noun, in any case.
	for w, k := range descNouns() {
		switch k {
		case 'w', 'd':
			l.flags[strings.ToLower(w)] |= fOrgEnd
		case 'c':
			l.flags[strings.ToLower(w)] |= fDescOrg
		}
	}
	l.table = newFlagTable(l.flags)
	return l
}

// flagTable is a hash table from lower-case words to flags, keyed by
// wordKeys: a word being read is keyed as it is scanned, lower-cased on
// the fly, eight bytes at a time when it can be (see plainWord), and
// looked up without copying. It is a cuckoo table: a word is in one of
// two slots, which a lookup reads both, and slots hold the first eight
// bytes of their words, so that a lookup compares integers and has no
// branch on whether the word is there, which the CPU could not predict.
type flagTable struct {
	slots []flagSlot
	// long holds the words longer than eight bytes, which slots refer
	// to: a short list rather than a string per slot, which would double
	// the memory that lookups touch.
	long  []string
	shift uint // 64 - log2(len(slots)), below 64: lookups mask it with 63, which saves checks
}

type flagSlot struct {
	pre   uint64 // the first eight bytes of the word, as in wordKey
	flags uint32 // 0: an empty slot
	n     uint16 // the word's length in bytes, at most math.MaxUint16 (see keyLen)
	long  uint16 // for a word longer than eight bytes, its index in flagTable.long
}

// wordKey is the key of a lower-case word in a flagTable: its first eight
// bytes packed little-endian (zero-padded: words have no zero bytes), a
// hash of the others (0 when there are none), and its length.
type wordKey struct {
	pre, tail uint64
	n         int
}

// keyMul is the multiplier of the hash of the bytes of a word after its
// first eight.
const keyMul uint64 = 0x9E3779B97F4A7C15

// addChunk adds to k the next eight bytes of its word (fewer at the end,
// zero-padded), packed little-endian, and n, their number.
func (k *wordKey) addChunk(x uint64, n int) {
	if k.n == 0 {
		k.pre = x
	} else {
		k.tail = (k.tail ^ x) * keyMul
	}
	k.n += n
}

// keyOf returns the key of the lower-case word w.
func keyOf[T string | []byte](w T) wordKey {
	var b keyBuilder
	for i := 0; i < len(w); i++ {
		b.add(w[i])
	}
	return b.key()
}

// keyBuilder makes the wordKey of a lower-case word fed to it byte by
// byte.
type keyBuilder struct {
	k wordKey
	x uint64 // bytes not yet added to k
	n int    // their number
}

// add adds byte c to the word.
func (b *keyBuilder) add(c byte) {
	b.x |= uint64(c) << (8 * b.n)
	if b.n++; b.n == 8 {
		b.k.addChunk(b.x, 8)
		b.x, b.n = 0, 0
	}
}

// key returns the key of the word.
func (b *keyBuilder) key() wordKey {
	k := b.k
	if b.n > 0 {
		k.addChunk(b.x, b.n)
	}
	return k
}

// Multipliers of the two hashes of a wordKey in a flagTable.
const (
	keyMul1 = keyMul
	keyMul2 = 0xC2B2AE3D27D4EB4F
)

// slots2 returns the two slots of key k.
func (t *flagTable) slots2(k wordKey) (uint64, uint64) {
	h := k.pre ^ k.tail
	return (h * keyMul1) >> (t.shift & 63), (h * keyMul2) >> (t.shift & 63)
}

// newFlagTable returns the table of the words of m with non-zero flags,
// with at least twice as many slots as words.
func newFlagTable(m map[string]uint32) flagTable {
	for bits := uint(4); ; bits++ {
		if 1<<bits < 2*len(m) {
			continue
		}
		if t, ok := fillFlagTable(m, bits); ok {
			return t
		}
	}
}

// fillFlagTable returns a table of 1<<bits slots of the words of m, or
// false if they do not fit.
func fillFlagTable(m map[string]uint32, bits uint) (flagTable, bool) {
	t := flagTable{slots: make([]flagSlot, 1<<bits), shift: 64 - bits}
	for w, v := range m {
		if v == 0 {
			continue
		}
		k := keyOf(w)
		sl := flagSlot{pre: k.pre, flags: v, n: keyLen(k)}
		if len(w) > 8 {
			if len(t.long) > math.MaxUint16 {
				panic("entity: too many long words in the lexicon")
			}
			sl.long = uint16(len(t.long))
			t.long = append(t.long, w)
		}
		// Cuckoo insertion: take the word's first slot, or its second,
		// moving whatever is there to its other slot, and so on.
		i, _ := t.slots2(k)
		for kicks := 0; ; kicks++ {
			if kicks == 100 {
				return flagTable{}, false
			}
			sl, t.slots[i] = t.slots[i], sl
			if sl.flags == 0 {
				break
			}
			// The evicted word goes to its other slot.
			i1, i2 := t.slots2(wordKey{pre: sl.pre, tail: t.tailOf(sl), n: int(sl.n)})
			if i1 == i {
				i = i2
			} else {
				i = i1
			}
		}
	}
	return t, true
}

// keyLen returns the length of k's word as a flagSlot holds it: at most
// math.MaxUint16, a length no word of the lexicon has, so that a slot
// of a word of more than eight bytes matches no word of eight or fewer
// (longer words are compared whole).
func keyLen(k wordKey) uint16 { return uint16(min(k.n, math.MaxUint16)) }

// tailOf returns the tail of the key of the word in slot sl.
func (t *flagTable) tailOf(sl flagSlot) uint64 {
	if sl.n <= 8 {
		return 0
	}
	return keyOf(t.long[sl.long]).tail
}

// get returns the flags of word w, whose lower-case form has key k; w is
// lower case unless fold, and ASCII if fold.
func (t *flagTable) get(w string, k wordKey, fold bool) uint32 {
	i1, i2 := t.slots2(k)
	a, b := &t.slots[i1], &t.slots[i2]
	n := uint64(keyLen(k))
	hitA := b2u(a.pre^k.pre|uint64(a.n)^n == 0)
	hitB := b2u(b.pre^k.pre|uint64(b.n)^n == 0)
	if k.n > 8 {
		// The first eight bytes and the length match: compare the rest.
		if hitA != 0 && equalFold(w, t.long[a.long], fold) {
			return a.flags
		}
		if hitB != 0 && equalFold(w, t.long[b.long], fold) {
			return b.flags
		}
		return 0
	}
	return a.flags&-hitA | b.flags&-hitB
}

// getShort is get for a lower-case word of at most seven bytes, x,
// packed little-endian and zero-padded. A slot whose first eight bytes
// are x holds the word: words have no zero bytes, so that word has the
// length of x.
func (t *flagTable) getShort(x uint64) uint32 {
	a, b := &t.slots[(x*keyMul1)>>(t.shift&63)], &t.slots[(x*keyMul2)>>(t.shift&63)]
	return a.flags&-b2u(a.pre == x) | b.flags&-b2u(b.pre == x)
}

// b2u returns 1 for true, 0 for false.
func b2u(b bool) uint32 {
	if b {
		return 1
	}
	return 0
}

// equalFold reports whether w is the lower-case word lw, in lower case
// when fold (w is then ASCII).
func equalFold(w, lw string, fold bool) bool {
	if !fold || len(w) != len(lw) {
		return w == lw
	}
	for j := 0; j < len(w); j++ {
		c := w[j]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != lw[j] {
			return false
		}
	}
	return true
}

// lookup returns the flags of word w, case-folded.
func (l *lexicon) lookup(w string) uint32 {
	var buf [64]byte
	fl, _ := l.flagsOf(w, buf[:0])
	return fl
}

// flagsOf returns the flags of word w, case-folded: an ASCII word is
// looked up as it is, folded on the fly; another is lower-cased into buf,
// whose storage is reused, so that the lookup does not allocate when buf
// is large enough. It returns buf for reuse.
func (l *lexicon) flagsOf(w string, buf []byte) (uint32, []byte) {
	var kb keyBuilder
	fold := false
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			buf = buf[:0]
			for _, r := range w {
				buf = utf8.AppendRune(buf, unicode.ToLower(r))
			}
			return l.table.get(unsafeString(buf), keyOf(buf), false), buf
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
			fold = true
		}
		kb.add(c)
	}
	return l.table.get(w, kb.key(), fold), buf
}

// country returns the lower-case canonical place of a demonym or place
// word ("ukrainian" -> "ukraine"), or w itself.
func (l *lexicon) country(w string) string {
	if c, ok := l.demonyms[w]; ok {
		return c
	}
	return w
}

// nicknames maps common short forms of given names to the full form, so
// "Mike Waltz" and "Michael Waltz" are one person.
var nicknames = map[string]string{
	"mike": "michael", "bill": "william", "billy": "william", "bob": "robert", "rob": "robert",
	"bobby": "robert", "jim": "james", "jimmy": "james", "joe": "joseph", "tom": "thomas",
	"dick": "richard", "rick": "richard", "dan": "daniel", "danny": "daniel", "dave": "david",
	"chris": "christopher", "matt": "matthew", "tony": "anthony", "steve": "steven",
	"andy": "andrew", "ken": "kenneth", "tim": "timothy", "ron": "ronald", "ed": "edward",
	"jeff": "jeffrey", "nick": "nicholas", "jon": "jonathan", "ben": "benjamin",
	"sam": "samuel", "greg": "gregory", "alex": "alexander", "pat": "patrick",
	"pete": "peter", "doug": "douglas", "phil": "philip", "fred": "frederick",
	"liz": "elizabeth", "kate": "katherine", "pam": "pamela", "charlie": "charles",
	"sasha": "alexander", "misha": "mikhail", "volodya": "vladimir",
}
