package quote

// Kind is the kind of a claim, as defined in the annotation guide.
type Kind uint8

// Claim kinds.
const (
	Direct   Kind = iota // the content is wholly inside quotation marks
	Partial              // a quoted fragment inside the reporter's own sentence
	Indirect             // reported speech without marks around the whole content
	Block                // a paragraph of the speaker's own words printed without marks
)

var kindNames = [...]string{"direct", "partial", "indirect", "block"}

// String returns "direct", "partial", "indirect" or "block".
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "unknown"
}
