package analyze

import (
	"strings"
	"unicode/utf8"
)

// figClaim is an attribution of a sentence: who (byte span of the body) says
// it, and where its verb is.
type figClaim struct {
	verb       int // byte offset of the verb ("said", "according")
	start, end int
}

// claimFor names who states the figure at body[start:end]: the nearest
// attribution of its sentence outside quotation marks ("X said", "…, said
// X", "according to X"), as the matching entity's name when one covers it.
// It returns "" when the sentence names nobody.
func (f *figScan) claimFor(start, end int) string {
	if !f.claimed {
		f.findClaims()
		f.claimed = true
	}
	best, bestDist := -1, 0
	clause := f.clauseOf(start)
	for k, c := range f.claims {
		if start < c.end && c.start < end {
			continue // the figure is part of the claimant ("Two officials said")
		}
		d := c.verb - start
		if d < 0 {
			d = -d
		}
		// An attribution in the figure's own clause comes first: in "X
		// says they spoke for 90 minutes; Y described it as an hour-long
		// call" each figure is its clause's.
		if f.clauseOf(c.verb) != clause {
			d += len(f.body)
		}
		if best < 0 || d < bestDist {
			best, bestDist = k, d
		}
	}
	if best < 0 {
		return ""
	}
	c := f.claims[best]
	return f.entityName(c.start, c.end)
}

// clauseOf numbers the clause of the sentence holding body offset pos:
// clauses are parted by semicolons and by ", while" and ", whereas".
func (f *figScan) clauseOf(pos int) int {
	st := f.sent.Start
	if pos < st || pos > st+len(f.sent.Text) {
		return 0
	}
	head := f.sent.Text[:pos-st]
	return strings.Count(head, ";") + strings.Count(head, ", while ") + strings.Count(head, ", whereas ")
}

// entityName is the name of the entity with a mention ending where the span
// ends (so "Kremlin spokesman Dmitry Peskov" gives the person), else the
// span as written.
func (f *figScan) entityName(start, end int) string {
	name, bestStart, bestEnd := "", 0, -1
	for _, e := range f.ents {
		for _, m := range e.Mentions {
			if m.Start < end && start < m.End && (m.End > bestEnd || m.End == bestEnd && m.Start < bestStart) {
				name, bestStart, bestEnd = e.Name, m.Start, m.End
			}
		}
	}
	// the mention must end the claimant, and what stands before it be a
	// title ("Kremlin spokesman"), not an owner ("Ukraine's Air Force")
	if name != "" && bestEnd >= end-3 && bestEnd <= end+3 &&
		(bestStart <= start || !strings.ContainsAny(f.body[start:bestStart], "'’")) {
		return name
	}
	return f.body[start:end]
}

// quoteRanges finds the spans of the sentence inside quotation marks; a
// closing mark without an opening one closes a quote opened before the
// sentence.
func (f *figScan) quoteRanges() {
	s := f.sent
	open := -1
	prev := ' '
	for i, r := range s.Text {
		pos := s.Start + i
		opening, closing := false, false
		switch r {
		case '“', '«':
			opening = true
		case '”', '»':
			closing = true
		case '"':
			if prev == ' ' || prev == '(' || prev == '[' || prev == '—' || prev == '–' || prev == '\n' {
				opening = true
			} else {
				closing = true
			}
		}
		switch {
		case opening && open < 0:
			open = pos
		case closing && open >= 0:
			f.quotes = append(f.quotes, [2]int{open, pos + utf8.RuneLen(r)})
			open = -1
		case closing && open < 0 && len(f.quotes) == 0:
			f.quotes = append(f.quotes, [2]int{s.Start, pos + utf8.RuneLen(r)})
		}
		prev = r
	}
	if open >= 0 {
		f.quotes = append(f.quotes, [2]int{open, s.End})
	}
}

func (f *figScan) quoted(pos int) bool {
	for _, q := range f.quotes {
		if pos >= q[0] && pos < q[1] {
			return true
		}
	}
	return false
}

// findClaims reads the attributions of the sentence.
func (f *figScan) findClaims() {
	f.quoteRanges()
	n := len(f.toks)
	for v := 0; v < n; v++ {
		lw := f.low[v]
		according := lw == "according" && f.lowAt(v+1) == "to"
		if !according && !figClaimVerbs[lw] || f.quoted(f.toks[v].Start) || !according && f.toks[v].Capitalized() {
			continue
		}
		if (lw == "added" || lw == "adds") && v+1 < len(f.toks) && f.spaced(v) && f.number(v+1).ok {
			continue // "Smith added two goals"
		}
		if according {
			if a, b := f.subjectAfter(v + 1); a < b {
				f.addClaim(v, a, b)
			}
			continue
		}
		if v > 0 && figPassiveAux[f.low[v-1]] {
			continue // "drones were reported over…"
		}
		if a, b := f.subjectBefore(v); a < b {
			f.addClaim(v, a, b)
			continue
		}
		if a, b := f.subjectAfter(v); a < b {
			f.addClaim(v, a, b)
		}
	}
}

func (f *figScan) addClaim(v, a, b int) {
	// drop a leading "However", "But"
	for a < b && figLeadingDrop[f.low[a]] {
		a++
	}
	if a >= b || figRunStops[f.low[b-1]] && !figPronouns[f.low[b-1]] || figRunStops[f.low[a]] && !figIn(f.low[a], "the", "a", "an") && !figPronouns[f.low[a]] {
		return // "an estimated", "of alleged"
	}
	if w, _, _ := strings.Cut(strings.ReplaceAll(f.low[a], "’", "'"), "'"); figPronouns[w] {
		return // "he said", "we've estimated": who it is needs the context
	}
	named := false
	for k := a; k < b && !named; k++ {
		named = figAgents[f.low[k]] || f.toks[k].Capitalized() && !(f.sentenceFirst(k) && (figRunStops[f.low[k]] || figLeadingDrop[f.low[k]]))
	}
	if !named {
		return // "the stock added", "a recently announced": not a claimant
	}
	f.claims = append(f.claims, figClaim{verb: f.toks[v].Start, start: f.toks[a].Start, end: f.toks[b-1].End})
}

// subjectBefore reads the subject before verb v back to a clause boundary:
// punctuation, a quotation mark or a conjunction. It returns the token range
// [a, b), empty when there is none.
func (f *figScan) subjectBefore(v int) (int, int) {
	b := v
	for b > 0 && f.spaced(b-1) && figSubjectTrail[f.low[b-1]] {
		b--
	}
	if b == 0 || !f.spaced(b-1) || f.quoted(f.toks[b-1].Start) {
		return 0, 0
	}
	a := b
	for a > 0 && (a == b || f.spaced(a-1) || strings.TrimSpace(f.gap(a-1, a)) == "&") {
		lw := f.low[a-1]
		if lw == "and" && a-2 >= 0 && f.toks[a-2].Capitalized() && a < b && f.toks[a].Capitalized() {
			a--
			continue
		}
		if figSubjectStops[lw] || figClaimVerbs[lw] || f.quoted(f.toks[a-1].Start) {
			break
		}
		if b-a >= 10 {
			return 0, 0 // too long for a subject: a clause
		}
		a--
	}
	return a, b
}

// subjectAfter reads an inverted subject after token v ("…, said Kremlin
// aide Yury Ushakov", "according to the ministry").
func (f *figScan) subjectAfter(v int) (int, int) {
	a := v + 1
	if a >= len(f.toks) || !f.spaced(v) {
		return 0, 0
	}
	if figRunStops[f.low[a]] && !figIn(f.low[a], "the", "a", "an") || figClaimVerbs[f.low[a]] {
		return 0, 0 // "said on Tuesday", "said that"
	}
	b := a
	for b < len(f.toks) && (b == a || f.spaced(b-1)) && b-a < 10 {
		lw := f.low[b]
		if b > a && (figSubjectStops[lw] || figClaimVerbs[lw] || !f.toks[b].Capitalized() && strings.HasSuffix(lw, "ed")) {
			break
		}
		if f.quoted(f.toks[b].Start) {
			break
		}
		b++
	}
	return a, b
}
