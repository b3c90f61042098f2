package extract_test

import (
	"os"
	"testing"
	"time"

	"github.com/whosaid/whosaid/extract"
)

func TestZZSpeed(t *testing.T) {
	b, err := os.ReadFile("/tmp/bbc_all.txt")
	if err != nil {
		t.Skip()
	}
	x := extract.New()
	src := string(b)
	st := time.Now()
	d := x.Extract(src)
	el := time.Since(st)
	t.Logf("%d bytes, %d claims, %v, %.1f MB/s", len(src), len(d.Claims), el, float64(len(src))/el.Seconds()/1e6)
}
