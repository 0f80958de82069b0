package extract

import (
	"strings"
	"time"

	dps "github.com/markusmobius/go-dateparser"

	"github.com/parallax-news/parallax/internal/news"
)

// textDateConfig is go-dateparser's configuration for stated dates: the
// languages of the phrase lists, a full date required (a bare "May" or
// "Tuesday" is not a publication date), words around the date ignored.
var textDateConfig = &dps.Configuration{
	Languages:             []string{"en", "de", "fr", "es", "it", "nl", "pt"},
	StrictParsing:         true,
	IgnoreSurroundingText: true,
	DefaultTimezone:       time.UTC,
}

// textDateConfigDMY reads dotted numeric dates ("06.11.2025"): the dot
// separates day, month, year in every language that writes dates so, while
// go-dateparser's English default would read the month first.
var textDateConfigDMY = func() *dps.Configuration {
	c := *textDateConfig
	c.DateOrder = dps.DMY
	return &c
}()

// statedDate finds the publication date written near the headline or the
// byline: among the tc.DateLookback non-blank lines around the headline
// (lines[title], or the body's start when there is none) and the first line
// of the body, the first short line holding a year is parsed with
// go-dateparser, each part between separators ("|", "•") on its own. Only
// these few lines are tried, so a date of a teaser list, a copyright line or
// a footer is never taken, and the slow parser runs a handful of times.
func statedDate(tc TextConfig, lines []textLine, title, first int) pubDate {
	anchor := first
	if title >= 0 {
		anchor = title
	}
	lo, hi := max(0, anchor-tc.DateLookback), min(len(lines)-1, max(anchor+tc.DateLookback, first))
	tries := 0
	for i := lo; i <= hi; i++ {
		l := &lines[i]
		if i == title || l.teaser || l.words > 2*tc.MarkerMaxWords || !hasYear(l.fold) && !hasNumericDate(l.fold) {
			continue
		}
		if i >= first && l.kind == lineProse {
			continue // a sentence of the body, not a dateline
		}
		for _, part := range strings.FieldsFunc(l.text, func(r rune) bool { return r == '|' || r == '•' || r == '·' }) {
			part = dateSpan(part)
			if part == "" {
				continue
			}
			if tries++; tries > tc.DateMaxTries {
				break
			}
			cfg := textDateConfig
			if dottedDate(part) {
				cfg = textDateConfigDMY
			}
			d, err := dps.Parse(cfg, part)
			if err != nil || d.Time.IsZero() || d.Time.Year() < 1995 || d.Time.After(time.Now().Add(48*time.Hour)) {
				continue
			}
			t := d.Time
			return pubDate{when: &t, how: news.DateStated, note: "date stated near the title: " + truncate(l.text, 60)}
		}
	}
	return pubDate{how: news.DateUnknown, note: "no publication date stated near the title or byline"}
}

// hasNumericDate reports whether s holds a numeric date (2025-05-20,
// 20/05/2025, 20.05.25).
func hasNumericDate(s string) bool {
	for w := range strings.FieldsSeq(s) {
		if isNumericDate(strings.Trim(w, ",.|:;()[]")) {
			return true
		}
	}
	return false
}

// dateSpan cuts the words that can make a date out of s: from a little
// before its first month name or numeric date to a few words after its
// year (a time of day, a zone). It is "" when s holds no full date. The
// span keeps go-dateparser's input short, which keeps it fast.
func dateSpan(s string) string {
	f := strings.Fields(s)
	start, year := -1, -1
	for i, w := range f {
		lw := strings.ToLower(strings.Trim(w, ",.|:;()[]"))
		if start < 0 && (monthWords[lw] || isNumericDate(lw)) {
			start = i
			if isNumericDate(lw) {
				year = i
			}
		}
		if start >= 0 && year < 0 && hasYear(lw) {
			year = i
		}
	}
	if start < 0 || year < 0 {
		return ""
	}
	lo, hi := max(0, start-2), min(len(f), year+4)
	// Words before the day and month that are no part of a date ("by
	// admin") are dropped; weekdays and day numbers stay.
	for lo < start {
		lw := strings.ToLower(strings.Trim(f[lo], ",.|:;()[]"))
		if weekdayWords[lw] || isDigits(lw) || isOrdinal(lw) {
			break
		}
		lo++
	}
	return strings.Join(f[lo:hi], " ")
}

// dottedDate reports whether s holds a numeric date written with dots.
func dottedDate(s string) bool {
	for w := range strings.FieldsSeq(s) {
		w = strings.Trim(w, ",|:;()[]")
		if isNumericDate(w) && strings.Count(w, ".") >= 2 {
			return true
		}
	}
	return false
}
