package quote

import (
	"os"
	"strings"
	"testing"
)

func TestZZDebug(t *testing.T) {
	b, _ := os.ReadFile("/tmp/dbg.txt")
	for _, s := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		t.Logf("%s\n   => %q", s, describe(s))
	}
}
