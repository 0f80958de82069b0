package analyze

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	textpkg "github.com/parallax-news/parallax/internal/text"
)

// DateMention is a time expression found in a text.
type DateMention struct {
	Phrase string `json:"phrase"`
	Start  int    `json:"start"` // byte offsets of Phrase in the text
	End    int    `json:"end"`
	// Date is the resolved calendar day (UTC midnight), nil when it needs a
	// reference date that is not known.
	Date *time.Time `json:"date"`
	// Relative says the phrase needs a reference date ("on Monday").
	Relative bool `json:"relative"`
	// Future says the phrase points ahead of the reference ("will … on
	// Monday", "tomorrow").
	Future bool `json:"-"`
	// Weekday is the day of the week a weekday phrase names (HasWeekday),
	// and Month and Day the calendar day a phrase without a year names
	// (Month 0 when none): what is known of the day when there is no
	// reference to resolve it.
	Weekday    time.Weekday `json:"-"`
	HasWeekday bool         `json:"-"`
	Month      time.Month   `json:"-"`
	Day        int          `json:"-"`
}

var (
	weekdays = map[string]time.Weekday{"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday,
		"wednesday": time.Wednesday, "thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday}
	months = map[string]time.Month{"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
		"april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
		"september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12}

	monthRe = `(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)`
	// The patterns, most specific first; a span taken by one is not read again.
	// The patterns, each with a cheap test of a lower-cased sentence that
	// it needs to pass before the regexp reads it.
	datePatterns = []struct {
		re   *regexp.Regexp
		kind string
		cue  func(string) bool
	}{
		{regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})\b`), "iso", func(s string) bool { return strings.Contains(s, "-") && strings.ContainsAny(s, "0123456789") }},
		{regexp.MustCompile(`\b` + monthRe + `\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?\b`), "mdy", hasMonthAndDigit},
		{regexp.MustCompile(`\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?` + monthRe + `(?:,?\s+(\d{4}))?\b`), "dmy", hasMonthAndDigit},
		{regexp.MustCompile(`(?i)\b(?:(?:on|last|this|next|early|late)\s+)?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)(?:'s|’s)?(?:\s+(?:morning|afternoon|evening|night))?\b`), "weekday", func(s string) bool { return strings.Contains(s, "day") }},
		{regexp.MustCompile(`(?i)\b(yesterday|last night|today|tonight|this morning|this afternoon|this evening|tomorrow|a day (?:after|before|earlier|later)|the day before|the previous day|the next day)\b`), "relative", hasRelativeCue},
	}
	futureRe = regexp.MustCompile(`(?i)\b(will|would|to be|to hold|to speak|to meet|plans? to|is set to|are set to|expected|scheduled|due to|due on|next)\b`)
)

// WeekdayIn is the weekday a date phrase names ("on Tuesday", "Tuesday's"),
// ok false when it names none.
func WeekdayIn(phrase string) (time.Weekday, bool) {
	for _, w := range strings.FieldsFunc(strings.ToLower(phrase), func(r rune) bool { return r < 'a' || r > 'z' }) {
		if wd, ok := weekdays[w]; ok {
			return wd, true
		}
	}
	return 0, false
}

// Dates finds the time expressions of text and resolves them against ref
// (the publication date; nil when unknown). "Monday" resolves to the most
// recent Monday on or before ref, or the next one when the sentence speaks
// of the future; "a day after" to ref minus nothing (it relates two
// happenings, so it is left unresolved without an anchor of its own).
func Dates(text string, ref *time.Time) []DateMention { return dates(text, ref, false) }

// DatesNear is Dates for an article whose publication date is unknown,
// resolved against the date of the event it reports: the article was
// written around the event, before or after it, so a bare weekday is the
// one nearest the event ("the quake struck on Friday … rescuers on
// Saturday reached" is the Saturday after a Friday quake, not the one
// before it). "Last Tuesday", "next Tuesday" and the future tense keep
// their direction.
func DatesNear(text string, event time.Time) []DateMention { return dates(text, &event, true) }

func dates(text string, ref *time.Time, near bool) []DateMention {
	var out []DateMention
	taken := make([]bool, len(text)+1)
	lower := strings.ToLower(text)
	// The patterns run only on sentences holding a cue (a digit, a day or
	// month name, a relative word): most sentences hold none, and Go's
	// regexp engine costs per byte it reads.
	for _, sent := range textpkg.Sentences(text) {
		if !hasDateCue(lower[sent.Start:sent.End]) {
			continue
		}
		seg, low := text[sent.Start:sent.End], lower[sent.Start:sent.End]
		for _, p := range datePatterns {
			if !p.cue(low) {
				continue
			}
			for _, m := range p.re.FindAllStringSubmatchIndex(seg, -1) {
				for i := range m {
					if m[i] >= 0 {
						m[i] += sent.Start
					}
				}
				if taken[m[0]] || taken[m[1]-1] {
					continue
				}
				d, ok := resolve(text, m, p.kind, ref, near)
				if !ok {
					continue
				}
				for i := m[0]; i < m[1]; i++ {
					taken[i] = true
				}
				d.Phrase, d.Start, d.End = text[m[0]:m[1]], m[0], m[1]
				out = append(out, d)
			}
		}
	}
	sortMentions(out)
	return out
}

var monthCues = []string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}

func hasMonthAndDigit(s string) bool {
	if !strings.ContainsAny(s, "0123456789") {
		return false
	}
	for _, m := range monthCues {
		if strings.Contains(s, m) {
			return true
		}
	}
	return false
}

var relativeCues = []string{"yesterday", "today", "tonight", "tomorrow", "night", "this ", "day "}

func hasRelativeCue(s string) bool {
	for _, c := range relativeCues {
		if strings.Contains(s, c) {
			return true
		}
	}
	return false
}

// dateCues are the words one of the patterns needs (lower-cased).
var dateCues = []string{"day", "yesterday", "today", "tonight", "tomorrow", "last night", "this morning",
	"this afternoon", "this evening", "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
	"oct", "nov", "dec"}

// hasDateCue reports whether a lower-cased sentence may hold a time
// expression: a digit or one of dateCues ("day" covers the weekdays and
// "a day after").
func hasDateCue(s string) bool {
	if strings.ContainsAny(s, "0123456789") {
		return true
	}
	for _, c := range dateCues {
		if strings.Contains(s, c) {
			return true
		}
	}
	return false
}

func sortMentions(ms []DateMention) {
	for i := 1; i < len(ms); i++ {
		for j := i; j > 0 && ms[j].Start < ms[j-1].Start; j-- {
			ms[j], ms[j-1] = ms[j-1], ms[j]
		}
	}
}

func day(y int, m time.Month, d int) *time.Time {
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d || t.Month() != m {
		return nil
	}
	return &t
}

func resolve(text string, m []int, kind string, ref *time.Time, near bool) (DateMention, bool) {
	group := func(i int) string {
		if m[2*i] < 0 {
			return ""
		}
		return text[m[2*i]:m[2*i+1]]
	}
	var r *time.Time
	if ref != nil {
		r = day(ref.Year(), ref.Month(), ref.Day())
	}
	switch kind {
	case "iso":
		y, _ := strconv.Atoi(group(1))
		mo, _ := strconv.Atoi(group(2))
		d, _ := strconv.Atoi(group(3))
		t := day(y, time.Month(mo), d)
		return DateMention{Date: t}, t != nil
	case "mdy", "dmy":
		mon, dd, yy := group(1), group(2), group(3)
		if kind == "dmy" {
			dd, mon = group(1), group(2)
		}
		mo := months[strings.TrimSuffix(strings.ToLower(mon), ".")]
		d, _ := strconv.Atoi(dd)
		if mo == 0 || d < 1 || d > 31 {
			return DateMention{}, false
		}
		if mon == "May" || len(mon) <= 4 {
			// "may" is also a verb; abbreviations need a year or a ref.
			if yy == "" && r == nil {
				return DateMention{}, false
			}
		}
		if yy != "" {
			y, _ := strconv.Atoi(yy)
			t := day(y, mo, d)
			return DateMention{Date: t}, t != nil
		}
		if r == nil {
			return DateMention{Relative: true, Month: mo, Day: d}, true
		}
		// The year is the reference's, or the one before when that would
		// put the day months after the reference.
		t := day(r.Year(), mo, d)
		if t != nil && t.Sub(*r) > 60*24*time.Hour {
			t = day(r.Year()-1, mo, d)
		}
		return DateMention{Date: t, Relative: true, Month: mo, Day: d}, t != nil
	case "weekday":
		phrase := strings.ToLower(text[m[0]:m[1]])
		wd := weekdays[strings.ToLower(group(1))]
		future := strings.HasPrefix(phrase, "next ") || !strings.HasPrefix(phrase, "last ") && futureSentence(text, m[0])
		dm := DateMention{Relative: true, Future: future, Weekday: wd, HasWeekday: true}
		if r == nil {
			return dm, true
		}
		delta := (int(r.Weekday()) - int(wd) + 7) % 7 // days back to that weekday
		switch {
		case future && delta != 0:
			delta -= 7
		case near && delta > 3 && !strings.HasPrefix(phrase, "last "):
			delta -= 7 // nearer ahead of the event than behind it
		}
		t := r.AddDate(0, 0, -delta)
		dm.Date = &t
		return dm, true
	case "relative":
		phrase := strings.ToLower(group(1))
		offset := 0
		dm := DateMention{Relative: true}
		switch {
		case phrase == "yesterday" || phrase == "last night" || phrase == "the day before" || phrase == "the previous day":
			offset = -1
		case phrase == "tomorrow" || phrase == "the next day":
			offset, dm.Future = 1, true
		case strings.HasPrefix(phrase, "a day"):
			// Relates two happenings, not the reference: no date of its own.
			return dm, true
		}
		if r != nil {
			t := r.AddDate(0, 0, offset)
			dm.Date = &t
		}
		return dm, true
	}
	return DateMention{}, false
}

// futureSentence reports whether the words around position i speak of
// what will happen: its clause (between commas, semicolons or dashes) or
// the five words before it. Not the whole sentence: in "Restoring the
// plant, wrecked by an attack on Wednesday, will cost €92 million" the
// Wednesday is past.
func futureSentence(text string, i int) bool {
	start := strings.LastIndexAny(text[:i], ".!?\n") + 1
	end := strings.IndexAny(text[i:], ".!?\n")
	if end < 0 {
		end = len(text) - i
	}
	sent := text[start : i+end]
	at := i - start
	cs := strings.LastIndexAny(sent[:at], ",;:—–") + 1
	ce := strings.IndexAny(sent[at:], ",;:—–")
	if ce < 0 {
		ce = len(sent) - at
	}
	clause := sent[cs : at+ce]
	if futureRe.MatchString(clause) || aheadPrepRe.MatchString(sent[:at]) {
		return true
	}
	before := strings.Fields(sent[:at])
	if len(before) > 5 {
		before = before[len(before)-5:]
	}
	if futureRe.MatchString(strings.Join(before, " ")) {
		return true
	}
	// A clause in the past ("which began on Friday", "wrecked by an
	// attack on Wednesday") is past whatever the sentence goes on to say;
	// one without a tense of its own ("which begins on Monday") takes the
	// sentence's.
	if pastRe.MatchString(clause) {
		return false
	}
	return futureRe.MatchString(sent)
}

// aheadPrepRe finds a preposition that points a day ahead, right before
// it: "beyond Thursday", "until Monday", "a list of names for Tuesday".
var aheadPrepRe = regexp.MustCompile(`(?i)\b(beyond|until|till|for)\s*$`)

// pastRe finds a verb in the past in a clause: a common irregular past or
// a word in -ed after a subject-like word.
var pastRe = regexp.MustCompile(`(?i)\b(was|were|had|began|came|went|said|met|spoke|struck|took|gave|held|left|fled|fell|hit|\w{3,}ed)\b`)
