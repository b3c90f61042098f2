// Package when resolves the time expressions that news attributions use
// ("on Friday", "on March 23", "yesterday", "last week") to calendar dates,
// relative to the article's date.
package when

import (
	"strconv"
	"strings"
	"time"
	"unicode"
)

var weekdays = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday,
}

var months = map[string]time.Month{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
	"september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
	"oct": 10, "nov": 11, "dec": 12,
}

// Resolve returns the date that expr names, relative to the article date
// ref, at midnight UTC. A weekday is the most recent such day on or before
// ref; a month and day ("March 23", "23 March") is that day in ref's year
// unless the expression gives a year; "yesterday", "today" and "tonight"
// are relative to ref. ok is false when ref is zero or expr names no single
// day ("last week").
func Resolve(expr string, ref time.Time) (time.Time, bool) {
	if ref.IsZero() {
		return time.Time{}, false
	}
	ref = time.Date(ref.Year(), ref.Month(), ref.Day(), 0, 0, 0, 0, time.UTC)
	f := strings.FieldsFunc(strings.ToLower(expr), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	var (
		month      time.Month
		day, year  int
		wd         = time.Weekday(-1)
		rel        string
		hasWeekday bool
	)
	for _, w := range f {
		if d, ok := weekdays[w]; ok {
			wd, hasWeekday = d, true
			continue
		}
		if m, ok := months[w]; ok {
			month = m
			continue
		}
		if n, err := strconv.Atoi(strings.TrimRight(w, "stndrh")); err == nil {
			switch {
			case n >= 1000:
				year = n
			case n >= 1 && n <= 31:
				day = n
			}
			continue
		}
		switch w {
		case "yesterday", "today", "tonight", "last", "next":
			rel = w
		}
	}
	switch {
	case month != 0 && day != 0:
		if year == 0 {
			year = ref.Year()
		}
		t := time.Date(year, month, day, 0, 0, 0, 0, time.UTC)
		if t.Month() != month {
			return time.Time{}, false // February 30
		}
		return t, true
	case hasWeekday:
		back := (int(ref.Weekday()) - int(wd) + 7) % 7
		switch rel {
		case "last":
			if back == 0 {
				back = 7
			}
		case "next":
			return ref.AddDate(0, 0, (int(wd)-int(ref.Weekday())+7)%7), true
		}
		return ref.AddDate(0, 0, -back), true
	case rel == "yesterday":
		return ref.AddDate(0, 0, -1), true
	case rel == "today" || rel == "tonight":
		return ref, true
	}
	return time.Time{}, false
}
