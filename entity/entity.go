// Package entity finds the actors of an article (people, organisations,
// places acting as actors, unnamed sources) and resolves their mentions
// (names, honorifics, roles, pronouns) to one Entity per actor.
package entity

import "github.com/whosaid/whosaid/textpos"

// Kind is the kind of an actor.
type Kind uint8

// Entity kinds.
const (
	Unknown      Kind = iota // not known, e.g. an unresolved pronoun
	Person                   // a named person
	Organisation             // a named organisation: the Kremlin, Ukrinform, The White House
	Place                    // a place acting as an actor: Moscow, Ukraine, Washington
	Unnamed                  // an unnamed source: "a Ukrainian official", "analysts"
)

var kindNames = [...]string{"unknown", "person", "organisation", "place", "unnamed"}

// String returns the lower-case name of k ("person", "organisation", …).
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "unknown"
}

// MentionKind says how a mention names its entity.
type MentionKind uint8

// Mention kinds.
const (
	Name       MentionKind = iota // a proper name, with or without honorific: "Mr. Umerov"
	Pronoun                       // he, she, they, it, who
	Descriptor                    // a role or description: "the Kremlin’s spokesman", "a Ukrainian official"
)

var mentionKindNames = [...]string{"name", "pronoun", "descriptor"}

// String returns "name", "pronoun" or "descriptor".
func (k MentionKind) String() string {
	if int(k) < len(mentionKindNames) {
		return mentionKindNames[k]
	}
	return "unknown"
}

// Mention is one place in the text that names an entity.
type Mention struct {
	Span textpos.Span // byte offsets into the source
	Kind MentionKind
}

// Entity is one actor of an article with all its mentions.
type Entity struct {
	Name     string // canonical name: the fullest form the article uses
	Kind     Kind
	Roles    []string  // roles the article gives, as written: "Kremlin spokesman"
	Mentions []Mention // sorted by Span.Start
}
