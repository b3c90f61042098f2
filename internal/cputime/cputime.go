// Package cputime measures how long a function runs on the CPU, for the
// tests that check the library's time grows linearly with its input.
package cputime

import "time"

// Of returns the CPU time f takes on its OS thread, which it locks for the
// call, where the system can tell (Linux); elsewhere the wall time. Unlike
// wall time, thread CPU time does not count time spent waiting for a core,
// so ratios of two measurements stay meaningful on a loaded machine. f must
// not hand its work to other goroutines.
func Of(f func()) time.Duration {
	if d, ok := threadTime(f); ok {
		return d
	}
	return Wall(f)
}

// Wall returns the wall-clock time f takes.
func Wall(f func()) time.Duration {
	start := time.Now()
	f()
	return time.Since(start)
}
