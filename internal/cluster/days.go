package cluster

import (
	"math"
	"time"

	"github.com/parallax-news/parallax/internal/analyze"
)

// dayRef is what an article says of a day: a full date, or only a weekday
// ("on Wednesday") or a month and day ("March 18") when there is no
// publication date to resolve it against.
type dayRef struct {
	date     *time.Time
	weekday  time.Weekday
	hasWD    bool
	month    time.Month
	monthDay int
}

func refOf(m analyze.DateMention) (dayRef, bool) {
	switch {
	case m.Date != nil:
		d := truncDay(*m.Date)
		return dayRef{date: &d}, true
	case m.Month != 0:
		return dayRef{month: m.Month, monthDay: m.Day}, true
	case m.HasWeekday:
		return dayRef{weekday: m.Weekday, hasWD: true}, true
	}
	return dayRef{}, false
}

// relation of two day references.
type relation int

const (
	relUnknown relation = iota
	relSame
	relNext     // one day apart
	relApart    // two or more days apart, known for sure
	relApartish // different weekdays: two or more days apart, or a week off
)

// relate compares two day references.
func relate(a, b dayRef) relation {
	switch {
	case a.date != nil && b.date != nil:
		return byDays(math.Abs(a.date.Sub(*b.date).Hours() / 24))
	case a.date != nil && b.month != 0:
		return byDays(monthDayGap(a.date.Month(), a.date.Day(), b.month, b.monthDay))
	case b.date != nil && a.month != 0:
		return byDays(monthDayGap(b.date.Month(), b.date.Day(), a.month, a.monthDay))
	case a.month != 0 && b.month != 0:
		return byDays(monthDayGap(a.month, a.monthDay, b.month, b.monthDay))
	case a.date != nil && b.hasWD:
		return byWeekday(a.date.Weekday(), b.weekday)
	case b.date != nil && a.hasWD:
		return byWeekday(b.date.Weekday(), a.weekday)
	case a.hasWD && b.hasWD:
		return byWeekday(a.weekday, b.weekday)
	}
	return relUnknown
}

func byDays(d float64) relation {
	switch {
	case d < 0.5:
		return relSame
	case d < 1.5:
		return relNext
	}
	return relApart
}

func byWeekday(a, b time.Weekday) relation {
	switch (int(a) - int(b) + 7) % 7 {
	case 0:
		return relSame
	case 1, 6:
		return relNext
	}
	return relApartish
}

// monthDayGap is the distance in days between two calendar days of one
// (non-leap) year, across the new year if shorter.
func monthDayGap(m1 time.Month, d1 int, m2 time.Month, d2 int) float64 {
	a := time.Date(2001, m1, d1, 0, 0, 0, 0, time.UTC)
	b := time.Date(2001, m2, d2, 0, 0, 0, 0, time.UTC)
	d := math.Abs(a.Sub(b).Hours() / 24)
	return math.Min(d, 365-d)
}
