package quote

import (
	_ "embed"
	"fmt"
	"strings"

	"github.com/whosaid/whosaid/internal/norm"
)

// Form is the grammatical form of a cue word.
type Form uint8

// Cue word forms.
const (
	Base       Form = iota // say, tell
	Third                  // says, tells
	Past                   // said, told, wrote
	Participle             // written (past participle when it differs from the past tense)
	Gerund                 // saying, telling
)

// Cue is what a [Lexicon] knows about one word form.
type Cue struct {
	Lemma string
	Act   Act
	Form  Form
	// Object reports whether the verb's content may be a plain noun phrase
	// ("demanded an end to the war"), not only a clause or a quotation.
	Object bool
	// Clause reports whether the verb's content may be a clause without
	// "that" ("said the talks had begun").
	Clause bool
	// Infinitive reports whether the verb's content may be "to" and a
	// verb phrase, a commitment ("promised to cut taxes").
	Infinitive bool
	// Directive reports whether the verb's content may be an addressee
	// and an infinitive, a demand ("urged fans to stay away").
	Directive bool
}

// Lexicon maps the lower-case word forms of verbs of saying to their
// [Cue]. The zero value is an empty lexicon ready to use. A Lexicon may be
// read by many goroutines at once but must not be changed while it is read.
type Lexicon struct {
	forms map[string]Cue
}

//go:embed cues.txt
var defaultCues string

// DefaultLexicon returns a new Lexicon with the built-in English verbs of
// saying (about a hundred lemmas, listed in cues.txt) in all their forms.
// Each call returns a fresh copy that the caller may extend.
func DefaultLexicon() *Lexicon {
	l := &Lexicon{}
	if err := l.Load(defaultCues); err != nil {
		panic(err) // the embedded file is part of the program
	}
	return l
}

// Load adds the entries of a lexicon text: one lemma a line,
// "LEMMA ACT [PAST [PARTICIPLE]] [+obj] [+clause] [+to] [+objto] [+inflected|+past]", with blank lines and lines
// starting with '#' ignored (see cues.txt for the format). It returns an
// error naming the first bad line; lines before it are added.
func (l *Lexicon) Load(text string) error {
	for n, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Fields(line)
		var flags Cue
		forms := allForms
		for len(f) > 0 && strings.HasPrefix(f[len(f)-1], "+") {
			switch f[len(f)-1] {
			case "+inflected":
				forms = inflectedForms
			case "+past":
				forms = pastForms
			case "+obj":
				flags.Object = true
			case "+clause":
				flags.Clause = true
			case "+to":
				flags.Infinitive = true
			case "+objto":
				flags.Directive = true
			default:
				return fmt.Errorf("quote: cue lexicon line %d: unknown flag %q", n+1, f[len(f)-1])
			}
			f = f[:len(f)-1]
		}
		if len(f) < 2 || len(f) > 4 {
			return fmt.Errorf("quote: cue lexicon line %d: want LEMMA ACT [PAST [PARTICIPLE]]: %q", n+1, line)
		}
		act, ok := ParseAct(f[1])
		if !ok {
			return fmt.Errorf("quote: cue lexicon line %d: unknown act %q", n+1, f[1])
		}
		var irr []string
		if len(f) > 2 {
			irr = f[2:]
		}
		l.add(f[0], act, flags, forms, irr...)
	}
	return nil
}

// ParseAct returns the Act named s ("statement", "denial", …).
func ParseAct(s string) (Act, bool) {
	for i, n := range actNames {
		if n == s {
			return Act(i), true
		}
	}
	return 0, false
}

// Add adds lemma (a verb such as "mutter") with all its regular forms,
// each mapped to act. Irregular forms may follow: the past tense, then the
// past participle if it differs ("Add("write", Statement, "wrote",
// "written")"). A form already present is overwritten. The verb may take
// a clause without "that" as its content ("muttered the plan was dead").
func (l *Lexicon) Add(lemma string, act Act, irregular ...string) {
	l.add(lemma, act, Cue{Clause: true}, allForms, irregular...)
}

// formSet says which forms of a lemma are cues.
type formSet uint8

const (
	allForms       formSet = iota
	inflectedForms         // third person, past and participle: the others are adjectives too ("direct talks")
	pastForms              // past and participle: the others are nouns too ("its brands", "in terms of")
)

// add adds lemma's forms of the set forms.
func (l *Lexicon) add(lemma string, act Act, flags Cue, forms formSet, irregular ...string) {
	if l.forms == nil {
		l.forms = make(map[string]Cue)
	}
	lemma = strings.ToLower(lemma)
	past := pastOf(lemma)
	if len(irregular) > 0 {
		past = strings.ToLower(irregular[0])
	}
	put := func(w string, f Form) {
		l.forms[w] = Cue{Lemma: lemma, Act: act, Form: f, Object: flags.Object, Clause: flags.Clause, Infinitive: flags.Infinitive, Directive: flags.Directive}
	}
	if forms == allForms {
		put(lemma, Base)
		put(gerundOf(lemma, past), Gerund)
	}
	if forms != pastForms {
		put(thirdOf(lemma), Third)
	}
	put(past, Past)
	if len(irregular) > 1 {
		put(strings.ToLower(irregular[1]), Participle)
	}
	if strings.HasSuffix(past, "lled") && !strings.HasSuffix(lemma, "ll") {
		// British doubling has an American twin: signalled, signaled.
		us := lemma + "ed"
		put(us, Past)
		put(lemma+"ing", Gerund)
	}
}

// Lookup returns the cue for word, compared without regard to ASCII case.
// It does not allocate for words of up to 32 bytes.
func (l *Lexicon) Lookup(word string) (Cue, bool) {
	if l == nil || len(word) == 0 || len(word) > 32 {
		return Cue{}, false
	}
	var buf [32]byte
	c, ok := l.forms[string(norm.AppendASCII(buf[:0], word, norm.Lower))]
	return c, ok
}

// Len returns the number of word forms in l.
func (l *Lexicon) Len() int { return len(l.forms) }

func isVowel(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }

// thirdOf returns the third person singular of a regular verb.
func thirdOf(v string) string {
	n := len(v)
	switch {
	case n > 1 && v[n-1] == 'y' && !isVowel(v[n-2]):
		return v[:n-1] + "ies"
	case strings.HasSuffix(v, "s"), strings.HasSuffix(v, "x"), strings.HasSuffix(v, "z"),
		strings.HasSuffix(v, "ch"), strings.HasSuffix(v, "sh"):
		return v + "es"
	}
	return v + "s"
}

// pastOf returns the past tense of a regular verb. Doubling of a final
// consonant is not predicted: give such pasts as irregular forms.
func pastOf(v string) string {
	n := len(v)
	switch {
	case n > 0 && v[n-1] == 'e':
		return v + "d"
	case n > 1 && v[n-1] == 'y' && !isVowel(v[n-2]):
		return v[:n-1] + "ied"
	}
	return v + "ed"
}

// gerundOf returns the -ing form, doubling the last consonant when past
// does (admitted → admitting).
func gerundOf(v, past string) string {
	n := len(v)
	if len(past) == n+3 && strings.HasSuffix(past, "ed") && past[n] == v[n-1] && !isVowel(v[n-1]) {
		return past[:n+1] + "ing"
	}
	switch {
	case n > 2 && v[n-1] == 'e' && v[n-2] != 'e' && v[n-2] != 'i':
		return v[:n-1] + "ing"
	case n > 2 && strings.HasSuffix(v, "ie"):
		return v[:n-2] + "ying"
	}
	return v + "ing"
}
