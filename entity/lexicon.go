package entity

import (
	_ "embed"
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
	fDemonym                      // Ukrainian: an adjective of a place
	fPlaceWord                    // first word of a gazetteer entry, with and without a final period
	fOrgName                      // kremlin, reuters: an organisation on its own
	fNotOrg                       // PM, AI: an abbreviation that is no organisation
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
	// table holds flags too, for words whose hash is known: see plainWord.
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
		"m": fGivenM, "f": fGivenF,
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
	l.table = newFlagTable(l.flags)
	return l
}

// flagTable is an open-addressing hash table from lower-case words to
// flags, keyed by fnv1a hashes of the words: a word being read is hashed
// as it is scanned, lower-cased on the fly, and looked up without copying.
// Slots are small so that the table stays in the CPU caches; keys are
// compared only when the hashes match.
type flagTable struct {
	slots []flagSlot
	keys  []string // per slot
	mask  uint32
}

type flagSlot struct {
	hash, flags uint32 // flags 0: an empty slot
}

// FNV-1a, 32 bits.
const (
	fnvOffset uint32 = 2166136261
	fnvPrime  uint32 = 16777619
)

func newFlagTable(m map[string]uint32) flagTable {
	n := 1
	for n < 2*len(m) {
		n *= 2
	}
	t := flagTable{slots: make([]flagSlot, n), keys: make([]string, n), mask: uint32(n - 1)}
	for k, v := range m {
		if v == 0 {
			continue
		}
		h := fnvOffset
		for i := 0; i < len(k); i++ {
			h = (h ^ uint32(k[i])) * fnvPrime
		}
		i := h & t.mask
		for t.slots[i].flags != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i], t.keys[i] = flagSlot{hash: h, flags: v}, k
	}
	return t
}

// get returns the flags of the ASCII word w, whose lower-case form has
// fnv1a hash h; w is lower case unless fold.
func (t *flagTable) get(w string, h uint32, fold bool) uint32 {
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		sl := t.slots[i]
		if sl.flags == 0 {
			return 0
		}
		if sl.hash != h {
			continue
		}
		k := t.keys[i]
		if len(k) != len(w) {
			continue
		}
		if !fold {
			if k == w {
				return sl.flags
			}
			continue
		}
		eq := true
		for j := 0; j < len(w); j++ {
			c := w[j]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c != k[j] {
				eq = false
				break
			}
		}
		if eq {
			return sl.flags
		}
	}
}

// lookup returns the flags of word w, case-folded.
func (l *lexicon) lookup(w string) uint32 {
	var buf [64]byte
	low := buf[:0]
	return l.flagsOf(w, true, &low)
}

// flagsOf returns the flags of word w. When fold is false w must be in
// lower case already; else it is lower-cased into *low, whose storage is
// reused, so that the lookup does not allocate.
func (l *lexicon) flagsOf(w string, fold bool, low *[]byte) uint32 {
	if !fold {
		return l.flags[w]
	}
	buf := (*low)[:0]
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			buf = buf[:0]
			for _, r := range w {
				buf = utf8.AppendRune(buf, unicode.ToLower(r))
			}
			break
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	*low = buf
	return l.flags[string(buf)]
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
