package quote
import "testing"
func TestX(t *testing.T) {
	for _, s := range []string{
		"At least one consumer group - Consumers Against Supermarket Privacy Invasion and Numbering (Caspian) - has claimed that RFID chips could be used to identify people.",
		"At least one consumer group - Consumers Against Privacy Invasion (Caspian) - has claimed that chips could be used to identify people.",
		"One consumer group - Consumers Against Privacy Invasion (CAPI) - has claimed that chips could be used to identify people.",
		"One consumer group - Consumers Against Privacy Invasion - has claimed that chips could be used to identify people.",
		"At least one group has claimed that chips could be used to identify people.",
	} {
		t.Log(describe(s))
	}
}
