package quote

import (
	"os"
	"testing"
)

func TestDebug(t *testing.T) {
	s := os.Getenv("DBG")
	if s == "" {
		t.Skip()
	}
	for _, l := range describe(s) {
		t.Log(l)
	}
}
