package brief

import (
	"regexp"
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
	attributionRe = regexp.MustCompile(`(?i)\s*,\s*(?:according to [^,]+|(?:[\p{L}\p{N}'’.\- ]{1,50}?)\s+(?:said|says|reported|reports|told [^,]+|announced|confirmed|added|claimed|stated)(?:\s+(?:on|in|late|early|at|last|this)\b[^,]{0,40})?)\s*[.!]?$`)
	// A leading subordinate clause: "After talks in Riyadh, …".
	subordinateRe = regexp.MustCompile(`^(?i:after|before|while|when|as|although|though|following|despite|since|amid|even as)\b[^,]{0,120},\s*`)
	// A non-restrictive relative clause: ", which …," or ", who …,".
	relativeRe = regexp.MustCompile(`,\s*(?:which|who|whose)\b[^,]*(?:,|$)`)
)

// mainClause reduces a sentence to its main clause: the part between
// semicolons or dashes holding the date phrase (at offset at of s; -1 when
// unknown), without a trailing attribution, a leading subordinate clause
// (when enough remains) or a non-restrictive relative clause. It is a
// surface heuristic: the analysis has no parse.
func mainClause(s string, at int) string {
	parts := splitKeep(s, []string{"; ", " — ", " – ", " -- "})
	if len(parts) > 1 {
		off := 0
		pick := parts[0].text
		for _, p := range parts {
			if at >= off && at < off+len(p.text) {
				pick = p.text
				break
			}
			off += len(p.text) + p.sep
		}
		s = pick
	}
	s = strings.TrimSpace(s)
	if t := attributionRe.ReplaceAllString(s, ""); wordCount(t) >= 4 {
		s = t
	}
	if t := subordinateRe.ReplaceAllString(s, ""); t != s && wordCount(t) >= 5 {
		s = t
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
func timeline(docs []*doc) []TimelineItem {
	byDate := map[string][]*happening{}
	n := 0
	for _, d := range docs {
		seen := map[string]bool{}
		for _, m := range d.in.Analysis.Dates {
			if m.Date == nil || m.Start < 0 || m.Start > len(d.body) {
				continue
			}
			sents := d.sentences()
			k := sort.Search(len(sents), func(i int) bool { return sents[i].End > m.Start })
			if k == len(sents) || sents[k].Start > m.Start {
				continue
			}
			sent := sents[k]
			day := m.Date.UTC().Format(time.DateOnly)
			if seen[day+"\x00"+sent.Text] {
				continue
			}
			seen[day+"\x00"+sent.Text] = true
			clause := mainClause(sent.Text, m.Start-sent.Start)
			if wordCount(clause) < 3 {
				continue
			}
			words := wordSet(clause)
			var h *happening
			for _, c := range byDate[day] {
				if jaccard(c.words, words) >= sameHappening {
					h = c
					break
				}
			}
			if h == nil {
				h = &happening{words: words, forms: map[string]int{}, display: map[string]string{}, first: n}
				byDate[day] = append(byDate[day], h)
			}
			norm := normText(clause)
			h.forms[norm]++
			if _, ok := h.display[norm]; !ok {
				h.display[norm] = clause
			}
			h.sources.add(d.source(sent.Text))
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
		var best *happening
		for _, h := range byDate[day] {
			if best == nil || better(h, best) {
				best = h
			}
		}
		out = append(out, TimelineItem{Date: day, What: best.display[mostCommonFirst(best.forms)], Sources: best.sources.sorted()})
	}
	return out
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
