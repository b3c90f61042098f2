//go:build !unix

package extract_test

// cpuTime returns 0: the CPU time is unknown on this system.
func cpuTime() int64 { return 0 }
