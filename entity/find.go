package entity

import (
	"github.com/whosaid/whosaid/internal/segment"
	"github.com/whosaid/whosaid/textpos"
)

// Known is a user lexicon entry: an actor the caller knows about.
type Known struct {
	Name    string   // canonical name
	Kind    Kind     // Person, Organisation, Place
	Aliases []string // other names: "Dmitri S. Peskov", "Peskov"
}

// Options configure [Find]. The zero value works.
type Options struct {
	Known []Known
}

// Set is the actors of one document and their mentions. A Set belongs to
// one document and is not safe for concurrent use.
type Set struct {
	text     *segment.Text
	entities []Entity
}

// Find finds the mentions of actors in t and groups them into entities.
//
// FIRST DRAFT: a placeholder that the entity work replaces.
func Find(t *segment.Text, opts *Options) *Set {
	return &Set{text: t}
}

// Entities returns the entities found, in order of first mention.
func (s *Set) Entities() []Entity { return s.entities }

// Speaker resolves the speaker phrase of a claim (the words the attribution
// names as its subject: "Dmitry Kuznets, a military analyst with …", "he",
// "A Ukrainian official", "its sources") to an entity, adding one if the
// phrase names an actor not yet known (an unnamed source, say). cue is the
// claim's cue span, used to pick the mention nearest it. It returns the
// entity's index in Entities and the mention span; ok is false when the
// phrase cannot be resolved (a pronoun with no antecedent).
func (s *Set) Speaker(phrase, cue textpos.Span) (ent int, mention textpos.Span, ok bool) {
	return -1, phrase, false
}

// Role returns the role the document gives entity ent nearest to offset
// off, or "" if none.
func (s *Set) Role(ent, off int) string { return "" }
