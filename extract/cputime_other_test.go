//go:build !linux

package extract_test

import "time"

// timeOne returns the wall time f takes (thread CPU time is read on Linux
// only).
func timeOne(f func()) time.Duration { return wallTime(f) }
