//go:build !linux

package cputime

import "time"

func threadTime(f func()) (time.Duration, bool) { return 0, false }
