package when

import (
	"testing"
	"time"
)

func TestResolve(t *testing.T) {
	ref := time.Date(2025, 3, 23, 15, 0, 0, 0, time.UTC) // a Sunday
	tests := []struct {
		expr string
		want string // "" for not resolved
	}{
		{"on Sunday", "2025-03-23"},
		{"on Friday", "2025-03-21"},
		{"Monday", "2025-03-17"},
		{"on Monday night", "2025-03-17"},
		{"last Sunday", "2025-03-16"},
		{"next Tuesday", "2025-03-25"},
		{"on March 23", "2025-03-23"},
		{"on 4 July", "2025-07-04"},
		{"on March 21, 2024", "2024-03-21"},
		{"yesterday", "2025-03-22"},
		{"today", "2025-03-23"},
		{"last week", ""},
		{"on February 30", ""},
		{"", ""},
	}
	for _, tt := range tests {
		got, ok := Resolve(tt.expr, ref)
		s := ""
		if ok {
			s = got.Format("2006-01-02")
		}
		if s != tt.want {
			t.Errorf("Resolve(%q) = %q, want %q", tt.expr, s, tt.want)
		}
	}
	if _, ok := Resolve("on Friday", time.Time{}); ok {
		t.Errorf("Resolve with zero date: ok, want not ok")
	}
}
