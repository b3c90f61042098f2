package extract

import (
	"cmp"
	"slices"
	"strings"

	"github.com/whosaid/whosaid/entity"
	"github.com/whosaid/whosaid/internal/when"
	"github.com/whosaid/whosaid/quote"
	"github.com/whosaid/whosaid/textpos"
)

// resolve turns the claims of the quote package into Claims: it resolves
// each subject phrase to a speaker through set, gives continued quotes and
// block paragraphs the speaker of the claim they continue, resolves times
// to dates, and sorts the claims by Content.Start.
func resolve(d *Document, set *entity.Set, qc []quote.Claim) []Claim {
	r := resolver{src: d.Src, set: set, qc: qc, out: make([]Claim, len(qc)), state: make([]uint8, len(qc))}
	if set != nil {
		r.found = set.Len()
	}
	for i, c := range qc {
		r.out[i] = Claim{Kind: c.Kind, Content: c.Content, Cue: c.Cue, Act: c.Act, Medium: c.Medium,
			Time: c.Time, Confidence: c.Confidence}
		if !c.Time.IsZero() {
			if t, ok := when.Resolve(c.Time.Text(d.Src), d.Date); ok {
				r.out[i].Date = t
			}
		}
	}
	// Speakers in text order, so a pronoun falls back to the speaker
	// before it.
	order := make([]int, len(qc))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(qc[a].Content.Start, qc[b].Content.Start) })
	for _, i := range order {
		if sp := r.speak(i); sp != nil {
			r.last = sp
		}
	}
	out := r.out
	var es []entity.Entity
	if set != nil {
		es = set.Entities()
	}
	for i := range out {
		if sp := out[i].Speaker; sp != nil && sp.Entity >= 0 {
			if sp.Entity < len(es) {
				sp.Name, sp.Kind = es[sp.Entity].Name, es[sp.Entity].Kind
			} else {
				out[i].Speaker = nil
			}
		}
	}
	slices.SortStableFunc(out, func(a, b Claim) int { return cmp.Compare(a.Content.Start, b.Content.Start) })
	return out
}

// resolver is the state of resolve.
type resolver struct {
	src   string
	set   *entity.Set
	qc    []quote.Claim
	out   []Claim
	found int      // the entities of Find, before Speaker adds any
	state []uint8  // per claim: 0 new, 1 in progress, 2 done
	last  *Speaker // the speaker of the claim before, for unresolved pronouns
	// speakers holds the Speakers of the claims, allocated at once: at
	// most one per claim.
	speakers []Speaker
}

// speak resolves the speaker of claim i, once, and returns it.
func (r *resolver) speak(i int) *Speaker {
	switch r.state[i] {
	case 1:
		return nil
	case 2:
		return r.out[i].Speaker
	}
	r.state[i] = 1
	c := r.qc[i]
	var sp *Speaker
	switch {
	case c.Of >= 0 && c.Of < len(r.qc):
		sp = r.speak(c.Of)
	case !c.Subject.IsZero():
		if v, ok := speaker(r.src, r.set, r.found, c, r.last); ok {
			if r.speakers == nil {
				r.speakers = make([]Speaker, 0, len(r.qc))
			}
			r.speakers = append(r.speakers, v)
			sp = &r.speakers[len(r.speakers)-1]
		}
	}
	r.out[i].Speaker = sp
	r.state[i] = 2
	return sp
}

// speaker resolves the subject of c through set, whose first found
// entities are those of Find. When set cannot, it falls back to the
// previous speaker for a pronoun, and otherwise to the head phrase as
// written, with Entity -1. ok is false when there is no speaker.
func speaker(src string, set *entity.Set, found int, c quote.Claim, last *Speaker) (sp Speaker, ok bool) {
	if set == nil {
		// Cancelled, or WithEntities(false): no entity resolution, the
		// phrase as written.
	} else if ent, mention, ok := set.Speaker(phrase(c), c.Cue); ok && ent >= 0 {
		// Name and Kind are filled in by resolve from set.Entities() once
		// all speakers are known: Speaker may add entities, and building the
		// entity list per claim would be quadratic.
		sp := Speaker{Entity: ent, Mention: mention, Role: set.Role(ent, c.Cue.Start), Kind: set.Kind(ent)}
		if ent < found {
			sp.Name = set.Name(ent) // provisional, for the pronoun fallback
		} else {
			sp.Name = c.Head.Text(src)
		}
		return sp, true
	}
	head := c.Head
	if head.IsZero() {
		head = c.Subject
	}
	text := head.Text(src)
	if isPronoun(text) {
		ante := c.Antecedent.Text(src)
		// "it" and "they" name no one person.
		impersonal := last != nil && last.Kind == entity.Person && (strings.EqualFold(text, "it") || strings.EqualFold(text, "they"))
		if last != nil && personal(text) && (last.Kind == entity.Organisation || last.Kind == entity.Place) || impersonal {
			// "he" is no organisation or place, "it" and "they" are not
			// the person before: the antecedent, else unresolved, the
			// pronoun.
			if ante == "" {
				return Speaker{Entity: -1, Mention: head, Name: text, Kind: entity.Unknown}, true
			}
			last = nil
		}
		if last != nil && (ante == "" || sameActor(ante, last.Name)) {
			// The entity does not list this pronoun as its mention, so
			// the speaker is reported unresolved (Entity -1), by name.
			return Speaker{Entity: -1, Mention: head, Name: last.Name, Kind: last.Kind, Role: last.Role}, true
		}
		if ante == "" {
			return Speaker{}, false
		}
		return Speaker{Entity: -1, Mention: head, Name: ante, Kind: entity.Unknown}, true
	}
	kind := entity.Unknown
	if text != "" && (text[0] >= 'a' && text[0] <= 'z' || hasDeterminer(text)) {
		kind = entity.Unnamed
	}
	return Speaker{Entity: -1, Mention: head, Name: text, Kind: kind}, true
}

// sameActor reports whether the phrases a and b, both non-empty, name one
// actor by their last words: "Mr Lee" and "Ann Lee".
func sameActor(a, b string) bool {
	return strings.Contains(a, lastWord(b)) || strings.Contains(b, lastWord(a))
}

// phrase returns the words of c that name its speaker for the entity
// resolver: the head when the quote package found the name inside the
// subject ("Lee’s manager, Ann Trent" → "Ann Trent"; "Ann Lee of Acme
// Capital" → "Ann Lee"; "two diplomats in Oslo" → "two diplomats"), else
// the whole subject.
func phrase(c quote.Claim) textpos.Span {
	if !c.Head.IsZero() && c.Head != c.Subject && c.Subject.Contains(c.Head) {
		return c.Head
	}
	return c.Subject
}

func isPronoun(s string) bool {
	switch strings.ToLower(s) {
	case "he", "she", "they", "it", "we", "i", "you", "who":
		return true
	}
	return false
}

// personal reports whether s is a pronoun that names a person: he, she.
func personal(s string) bool {
	return strings.EqualFold(s, "he") || strings.EqualFold(s, "she")
}

func hasDeterminer(s string) bool {
	for _, p := range []string{"A ", "An ", "The "} {
		if strings.HasPrefix(s, p) && len(s) > len(p) && !(s[len(p)] >= 'A' && s[len(p)] <= 'Z') {
			return true
		}
	}
	return false
}

// lastWord returns the last space-separated word of s.
func lastWord(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		return s[i+1:]
	}
	return s
}
