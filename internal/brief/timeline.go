package brief

import (
	"regexp"

	"github.com/parallax-news/parallax/internal/analyze"
	"slices"
	"sort"
	"strings"
	"time"
)

// sameHappening: clauses of one date whose content words overlap at least
// this much (Jaccard) report the same happening.
const sameHappening = 0.4

var (
	// A trailing attribution: ", the Kremlin said.", ", officials said on
	// Tuesday.", ", according to X."
	// The comma may close a quotation (",” the ministry said"): the quote
	// mark stays. ", adding …" after the attribution goes with it.
	attributionRe = regexp.MustCompile(`(?i)\s*,(["”’]?)\s*(?:according to [^,]+|(?:[\p{L}\p{N}'’.\- ]{1,50}?)\s+(?:said|says|reported|reports|told [^,]+|announced|confirmed|added|claimed|stated)(?:\s+(?:on|in|late|early|at|last|this)\b[^,]{0,40})?)(?:,\s*adding\b.*)?\s*[.!]?$`)
	// A leading attribution: "The Aldera Hydro Authority has said (that)".
	leadAttributionRe = regexp.MustCompile(`^[\p{L}\p{N}'’.\- ]{1,60}?\s(?:has said|had said|said|says|confirmed|announced|reported|told reporters)(?:\s+(?:on|late on|early on|late|early|last|this)\s+[\p{L}\p{N}]+)?(?:\s+that)?\s+`)
	// A leading subordinate clause: "After talks in Riyadh, …".
	subordinateRe = regexp.MustCompile(`^(?i:(?:shortly |soon |just |hours |minutes |days |moments )?(?:after|before)|while|when|as|although|though|following|despite|since|amid|even as|during)\b([^,]{0,120}),\s*`)
	// A time conjunction inside a clause: "The strikes come after Trump and
	// Putin spoke on Monday": the date belongs to what follows it.
	midConjunctionRe = regexp.MustCompile(`(?i)\s(?:after|before|following|until)\s`)
	// A trailing time appositive: ", a day after Trump spoke with Putin".
	trailingTimeRe = regexp.MustCompile(`(?i),\s+(?:(?:a|one|two|three|several|just|only|shortly|hours|days|weeks|minutes|moments|a few|a week|a day)\s+)*(?:\w+\s+)?(?:after|before|following)\s`)
	// A non-restrictive relative clause: ", which …," or ", who …,".
	relativeRe = regexp.MustCompile(`,\s*(?:which|who|whose)\b[^,]*(?:,|$)`)
)

// mainClause reduces a sentence to its main clause: the part between
// semicolons or dashes holding the date phrase (at offset at of s; -1 when
// unknown), without a trailing attribution, a leading subordinate clause
// (when enough remains) or a non-restrictive relative clause. It is a
// surface heuristic: the analysis has no parse.
func mainClause(s string, at, n int) string {
	parts := splitKeep(s, []string{"; ", " — ", " – ", " -- "})
	if len(parts) > 1 {
		off, pickOff := 0, -1
		pick := parts[0].text
		for _, p := range parts {
			if at >= off && at < off+len(p.text) {
				pick, pickOff = p.text, off
				break
			}
			off += len(p.text) + p.sep
		}
		s = pick
		if pickOff >= 0 {
			at -= pickOff
		} else {
			at = -1
		}
	}
	if t := strings.TrimLeft(s, " \t\n"); len(t) < len(s) {
		at -= len(s) - len(t)
		s = t
	}
	s = strings.TrimSpace(s)
	if at < 0 || at+n > len(s) {
		at, n = -1, 0
	}
	// A time appositive after the date phrase tells another happening.
	if at >= 0 {
		if loc := trailingTimeRe.FindStringIndex(s[at:]); loc != nil && wordCount(s[:at+loc[0]]) >= 4 {
			s = strings.TrimSpace(s[:at+loc[0]])
		}
	}
	// The date inside "… after X on Monday": the happening is X (unless
	// the sentence opens with that clause: "Shortly after X on Monday, Y").
	if lead := subordinateRe.FindStringIndex(s); at >= 0 && (lead == nil || at >= lead[1]) {
		segStart := strings.LastIndex(s[:at], ",") + 1
		seg := s[segStart:]
		if end := strings.Index(seg[at-segStart:], ","); end >= 0 {
			seg = seg[:at-segStart+end]
		}
		locs := midConjunctionRe.FindAllStringIndex(seg[:at-segStart], -1)
		if len(locs) > 0 {
			last := locs[len(locs)-1]
			// Not a leading conjunction (that is a subordinate clause the
			// main clause follows), and enough left to tell a happening.
			if strings.TrimSpace(seg[:last[0]]) != "" && wordCount(seg[last[1]:]) >= 4 {
				return sentenceCase(strings.TrimRight(strings.TrimSpace(seg[last[1]:]), ",;:.") + ".")
			}
		}
	}
	if t := attributionRe.ReplaceAllString(s, "$1"); wordCount(t) >= 4 {
		s = t
	}
	// "The authority has said (that) engineers noticed seepage on Sunday":
	// the date is in what was said, so that is the happening. (A date in
	// the attribution, "X said on Monday that …", dates the saying: kept.)
	if loc := leadAttributionRe.FindStringIndex(s); loc != nil && at >= loc[1] && wordCount(s[loc[1]:]) >= 4 {
		at -= loc[1]
		s = upperFirst(s[loc[1]:])
	}
	if lead := subordinateRe.FindStringSubmatchIndex(s); lead != nil && wordCount(s[lead[1]:]) >= 5 {
		rest := s[lead[1]:]
		// The date in the opening clause ("During the call on Tuesday, the
		// leader agreed …") dates both: keep what the clause names, short
		// of its date, before the main clause.
		if at >= lead[2] && at+n <= lead[3] {
			what := strings.Join(strings.Fields(s[lead[2]:at]+" "+s[at+n:lead[3]]), " ")
			if w := wordCount(what); w >= 2 && w <= 12 {
				rest = upperFirst(what) + "; " + rest
			}
		}
		s = rest
	}
	s = relativeRe.ReplaceAllString(s, "")
	s = strings.TrimRight(strings.TrimSpace(s), ",;:")
	return sentenceCase(s)
}

type part struct {
	text string
	sep  int // length of the separator after it
}

func splitKeep(s string, seps []string) []part {
	var out []part
	for {
		best, bestSep := -1, ""
		for _, sep := range seps {
			if i := strings.Index(s, sep); i >= 0 && (best < 0 || i < best) {
				best, bestSep = i, sep
			}
		}
		if best < 0 {
			return append(out, part{text: s})
		}
		out = append(out, part{text: s[:best], sep: len(bestSep)})
		s = s[best+len(bestSep):]
	}
}

// happening is one clause of one date, with its near-identical copies.
type happening struct {
	what    string
	words   []string
	forms   map[string]int
	display map[string]string
	sources sourceSet
	first   int
}

// timeline lists the dated happenings: for every date mention the analysis
// resolved, the main clause of its sentence; the clauses of one date are
// grouped by content overlap and the group most outlets support tells that
// date's happening. Items are ordered by date.
//
// An event no article dates (text dumps without a date line, for example)
// still has its days in order: its articles name weekdays ("on Tuesday",
// "on Wednesday") that cannot be resolved to a calendar day. Those become
// items with a null date and the weekday, ordered around the week from the
// day after its widest gap (Tuesday before Wednesday; Saturday, Sunday,
// Monday across a weekend), which is how a reader takes "on Tuesday … on
// Wednesday" in a report of the last few days. They follow the dated items,
// event by event.
func timeline(docs []*doc) []TimelineItem {
	byDate := map[string]*[]*happening{}
	undated := map[string]map[time.Weekday]*[]*happening{} // event → weekday → happenings
	n := 0
	for _, d := range docs {
		seen := map[string]bool{}
		for _, m := range d.an.Dates {
			if m.Start < 0 || m.Start > len(d.body) {
				continue
			}
			// A day in a quotation ("Tomorrow we start asking why") is the
			// speaker's, and its sentence is no account of the day.
			if inQuote(d.an.Quotes, m.Start) {
				continue
			}
			var key string
			var wd time.Weekday
			switch {
			case m.Date != nil:
				key = m.Date.UTC().Format(time.DateOnly)
			default:
				w, ok := analyze.WeekdayIn(m.Phrase)
				if !ok || m.Future {
					continue
				}
				wd, key = w, "?"+d.in.EventID+"\x00"+w.String()
			}
			sents := d.sentences()
			k := sort.Search(len(sents), func(i int) bool { return sents[i].End > m.Start })
			if k == len(sents) || sents[k].Start > m.Start {
				continue
			}
			sent := sents[k]
			st, at := sent.Text, m.Start-sent.Start
			if k == 0 { // an article's first sentence may open with a dateline
				if t := stripDateline(st); len(t) < len(st) {
					if at < len(st)-len(t) {
						continue // "SARNOV, June 11 (CPA) —": the day the wire filed
					}
					st, at = t, at-(len(st)-len(t))
				}
			}
			if quoteFragment(st) || seen[key+"\x00"+sent.Text] {
				continue
			}
			seen[key+"\x00"+sent.Text] = true
			// "… on Tuesday, destroying 34 homes, officials said on
			// Wednesday": the Wednesday of the attribution dates the
			// saying; the sentence tells Tuesday's happening.
			if loc := attributionRe.FindStringIndex(st); loc != nil && at >= loc[0] &&
				otherDateBefore(d.an.Dates, sent.Start+len(sent.Text)-len(st), sent.Start+len(sent.Text)-len(st)+loc[0], m.Start) {
				continue
			}
			clause := mainClause(st, at, m.End-m.Start)
			if wordCount(clause) < 3 {
				continue
			}
			var group *[]*happening
			if m.Date != nil {
				if byDate[key] == nil {
					byDate[key] = new([]*happening)
				}
				group = byDate[key]
			} else {
				if undated[d.in.EventID] == nil {
					undated[d.in.EventID] = map[time.Weekday]*[]*happening{}
				}
				if undated[d.in.EventID][wd] == nil {
					undated[d.in.EventID][wd] = new([]*happening)
				}
				group = undated[d.in.EventID][wd]
			}
			addHappening(group, clause, d.source(sent.Text), n)
			n++
		}
	}
	days := make([]string, 0, len(byDate))
	for day := range byDate {
		days = append(days, day)
	}
	sort.Strings(days)
	out := make([]TimelineItem, 0, len(days))
	for _, day := range days {
		best := bestHappening(*byDate[day])
		out = append(out, TimelineItem{Date: &day, What: best.display[mostCommonFirst(best.forms)], Sources: best.sources.sorted()})
	}
	events := make([]string, 0, len(undated))
	for ev := range undated {
		events = append(events, ev)
	}
	sort.Strings(events)
	for _, ev := range events {
		for _, wd := range weekOrder(undated[ev]) {
			best := bestHappening(*undated[ev][wd])
			out = append(out, TimelineItem{What: best.display[mostCommonFirst(best.forms)], Sources: best.sources.sorted(),
				Weekday: wd.String(), DateNote: "no article of this event states its date: the day is the weekday the articles name"})
		}
	}
	return out
}

// otherDateBefore reports whether a date mention other than the one at
// offset self starts in [from, to) of the body.
func otherDateBefore(ms []analyze.DateMention, from, to, self int) bool {
	for _, m := range ms {
		if m.Start != self && m.Start >= from && m.Start < to {
			return true
		}
	}
	return false
}

// inQuote reports whether offset at lies in a direct quote.
func inQuote(qs []analyze.Quote, at int) bool {
	for _, q := range qs {
		if q.Direct && at >= q.Offsets.Start && at < q.Offsets.End {
			return true
		}
	}
	return false
}

// addHappening adds a clause to the happening of its group it overlaps, or
// to a new one.
func addHappening(group *[]*happening, clause string, src Source, n int) {
	words := wordSet(clause)
	var h *happening
	for _, c := range *group {
		if jaccard(c.words, words) >= sameHappening {
			h = c
			break
		}
	}
	if h == nil {
		h = &happening{words: words, forms: map[string]int{}, display: map[string]string{}, first: n}
		*group = append(*group, h)
	}
	norm := normText(clause)
	h.forms[norm]++
	if _, ok := h.display[norm]; !ok {
		h.display[norm] = clause
	}
	h.sources.add(src)
}

func bestHappening(hs []*happening) *happening {
	var best *happening
	for _, h := range hs {
		if best == nil || better(h, best) {
			best = h
		}
	}
	return best
}

// weekOrder orders the weekdays present around the week, starting after
// the widest gap between two of them.
func weekOrder[T any](present map[time.Weekday]T) []time.Weekday {
	var wds []time.Weekday
	for wd := range present {
		wds = append(wds, wd)
	}
	slices.Sort(wds)
	if len(wds) < 2 {
		return wds
	}
	start, widest := 0, -1
	for i := range wds {
		prev := wds[(i+len(wds)-1)%len(wds)]
		gap := (int(wds[i]) - int(prev) + 7) % 7
		if gap > widest {
			start, widest = i, gap
		}
	}
	return append(wds[start:], wds[:start]...)
}

// better: more outlets, then more articles, then found first.
func better(a, b *happening) bool {
	if oa, ob := a.sources.outlets(), b.sources.outlets(); oa != ob {
		return oa > ob
	}
	if len(a.sources.list) != len(b.sources.list) {
		return len(a.sources.list) > len(b.sources.list)
	}
	return a.first < b.first
}

// mostCommonFirst is mostCommon preferring the shorter form on a tie.
func mostCommonFirst(m map[string]int) string {
	best, n := "", -1
	for k, c := range m {
		if c > n || c == n && (len(k) < len(best) || len(k) == len(best) && k < best) {
			best, n = k, c
		}
	}
	return best
}
