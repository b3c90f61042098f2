// Package quote finds quotations, cue words (verbs of saying) and the
// attribution patterns that tie content to a speaker. It works on spans and
// tokens; resolving a speaker phrase to an actor is the entity package's job.
package quote

import "github.com/whosaid/whosaid/textpos"

// Act is the speech act a cue word expresses.
type Act uint8

// Speech acts.
const (
	Statement Act = iota
	Assertion
	Demand
	Proposal
	Prediction
	Denial
	Question
	Agreement
)

var actNames = [...]string{"statement", "assertion", "demand", "proposal", "prediction", "denial", "question", "agreement"}

// String returns the lower-case name of a ("statement", "denial", …).
func (a Act) String() string {
	if int(a) < len(actNames) {
		return actNames[a]
	}
	return "unknown"
}

// Quotation is a pair of quotation marks and what they enclose.
type Quotation struct {
	Open    textpos.Span // the opening mark
	Close   textpos.Span // the closing mark; zero if the quotation is not closed
	Content textpos.Span // between the marks, without them
}
