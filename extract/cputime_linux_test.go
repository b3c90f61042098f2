package extract_test

import (
	"runtime"
	"syscall"
	"time"
	"unsafe"
)

// clockThreadCPUTime is CLOCK_THREAD_CPUTIME_ID of clock_gettime(2).
const clockThreadCPUTime = 3

// timeOne returns the CPU time f takes on its (locked) OS thread. Unlike
// wall time it does not count time the thread waits for a core, so ratios
// stay meaningful on a shared, loaded machine.
func timeOne(f func()) time.Duration {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	start, ok1 := threadCPU()
	f()
	end, ok2 := threadCPU()
	if !ok1 || !ok2 {
		return wallTime(f)
	}
	return end - start
}

func threadCPU() (time.Duration, bool) {
	var ts syscall.Timespec
	_, _, errno := syscall.Syscall(syscall.SYS_CLOCK_GETTIME, clockThreadCPUTime, uintptr(unsafe.Pointer(&ts)), 0)
	if errno != 0 {
		return 0, false
	}
	return time.Duration(ts.Nano()), true
}
