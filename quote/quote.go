// Package quote finds quotations, cue words (verbs of saying) and the
// attribution patterns that tie content to a speaker. It works on spans and
// tokens; resolving a speaker phrase to an actor is the entity package's job.
package quote

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
