package cputime

import (
	"testing"
	"time"
)

func TestOf(t *testing.T) {
	spin := func(n int) func() {
		return func() {
			x := 0
			for i := range n {
				x += i ^ (x >> 3)
			}
			_ = x
		}
	}
	short, long := Of(spin(1e6)), Of(spin(8e6))
	if short <= 0 || long <= short {
		t.Errorf("Of(1e6 steps) = %v, Of(8e6 steps) = %v: want 0 < short < long", short, long)
	}
	if d := Of(func() { time.Sleep(50 * time.Millisecond) }); d >= 40*time.Millisecond {
		t.Logf("Of(sleep 50ms) = %v: no thread CPU clock here, wall time used", d)
	}
}
