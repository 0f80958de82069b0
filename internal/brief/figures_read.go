package brief

import (
	"math"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parallax-news/parallax/internal/analyze"
	"github.com/parallax-news/parallax/internal/text"
)

// Reading a figure: what the words around a number say of what it counts
// (its action, context, places, periods, qualifiers, day), for the grouping
// in figures.go.

// periodWords mark a figure that covers a period rather than one happening
// ("1,200 drones this month", "so far", "since January"): two figures join
// only when they mark the same periods. "Overnight" is not one: it is when
// most single happenings are told to have happened. Matched on the lower-cased words
// around the number, two-word phrases first.
var periodWords = map[string]string{
	"this month": "month", "last month": "month", "past month": "month", "a month": "month", "per month": "month", "monthly": "month",
	"this week": "week", "last week": "week", "past week": "week", "a week": "week", "per week": "week", "weekly": "week",
	"this year": "year", "last year": "year", "past year": "year", "a year": "year", "per year": "year", "annual": "year", "annually": "year",
	"a day": "day", "per day": "day", "daily": "day",
	"so far": "total", "to date": "total", "in total": "total", "total": "total", "overall": "total", "cumulative": "total",
	"altogether": "total", "since": "total", "combined": "total",
	"including": "incl", "includes": "incl", "excluding": "excl", "net": "net", "gross": "gross",
	// "seven miners were still trapped", "two people remain missing": what
	// is left of a count, not the count.
	"still": "left", "remain": "left", "remains": "left", "remaining": "left", "left": "left", "leaving": "left",
}

// earlierWords before a figure make it an earlier value.
var earlierWords = map[string]bool{"original": true, "initial": true, "previous": true, "earlier": true, "former": true,
	"old": true, "opening": true, "initially": true, "originally": true}

// ordinalWords set a figure in one part of a sequence: "in the first
// year", "the second round".
var ordinalWords = map[string]bool{"first": true, "second": true, "third": true, "final": true, "last": true}

// timesOfDay set a count at an hour of the day.
var timesOfDay = map[string]bool{"morning": true, "midday": true, "noon": true, "afternoon": true, "evening": true,
	"dawn": true, "dusk": true, "midnight": true}

// rateStarts begin the two-word rates of periodWords.
var rateStarts = map[string]bool{"a": true, "per": true}

// locatives introduce the place a figure is counted in ("in Kharkiv", "over
// the Azov Sea"); a place after another word is an actor ("Russia
// launched"), which says nothing about what is counted.
var locatives = map[string]bool{"in": true, "at": true, "near": true, "over": true, "on": true, "outside": true,
	"across": true, "around": true, "inside": true, "into": true, "throughout": true}

// approxWords inside a phrase are no qualifier of what is counted.
var approxWords = map[string]bool{"than": true, "least": true, "nearly": true, "almost": true, "about": true, "around": true,
	"some": true, "roughly": true, "estimated": true, "approximately": true, "over": true, "under": true, "up": true,
	"to": true, "million": true, "billion": true, "thousand": true, "hundred": true, "dozen": true}

// negated reports whether the verb at toks[i] is negated ("were not
// intercepted", "never reached").
func negated(toks []text.Token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-2; j-- {
		switch toks[j].Lower() {
		case "not", "never", "no", "n't", "neither", "nor":
			return true
		}
	}
	return false
}

// figCtx is what an article tells about its figures beyond their
// sentences: its places and the days its sentences name.
type figCtx struct {
	places map[string]string // a place's word, lower case → its canonical name, lower case
	names  map[string]bool   // the words of every entity's name, lower case
	actors []actorForm       // the people and organisations of the brief
	dates  []analyze.DateMention
	pub    string
	// units are the counted nouns of each sentence's figures (normUnit):
	// in "nine missiles and 34 drones", "drones" says nothing of what the
	// nine count.
	units map[string]map[string]bool
}

// actorForm is a way a person or organisation is written in the brief's
// articles, with its name.
type actorForm struct{ form, name string }

// actorForms lists the forms of the people and organisations of all the
// brief's articles, longest first: one article may name an organisation its
// analysis missed ("Civic Renewal won 58 seats") that another recognised.
func actorForms(docs []*doc) []actorForm {
	seen := map[string]bool{}
	var out []actorForm
	for _, d := range docs {
		for _, e := range d.an.Entities {
			if e.Kind != "person" && e.Kind != "org" {
				continue
			}
			for _, f := range append([]string{e.Name}, e.Aliases...) {
				if len(f) < 3 || seen[f] || !unicode.IsUpper([]rune(f)[0]) {
					continue
				}
				seen[f] = true
				out = append(out, actorForm{f, e.Name})
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return len(out[i].form) > len(out[j].form) })
	return out
}

// containsWord reports whether s holds w as whole words.
func containsWord(s, w string) bool {
	for off := 0; ; {
		i := strings.Index(s[off:], w)
		if i < 0 {
			return false
		}
		a, b := off+i, off+i+len(w)
		before, _ := utf8.DecodeLastRuneInString(s[:a])
		after, _ := utf8.DecodeRuneInString(s[b:])
		if (a == 0 || !unicode.IsLetter(before) && !unicode.IsDigit(before)) && (b == len(s) || !unicode.IsLetter(after) && !unicode.IsDigit(after)) {
			return true
		}
		off = a + 1
	}
}

func figContext(d *doc) figCtx {
	c := figCtx{places: map[string]string{}, names: map[string]bool{}, units: map[string]map[string]bool{}}
	for _, f := range d.an.Figures {
		if c.units[f.Sentence] == nil {
			c.units[f.Sentence] = map[string]bool{}
		}
		c.units[f.Sentence][normUnit(f.Unit)] = true
	}
	for _, e := range d.an.Entities {
		for _, w := range strings.Fields(strings.ToLower(e.Name)) {
			c.names[w] = true
		}

		if e.Kind != "place" {
			continue
		}
		canon := strings.ToLower(e.Name)
		add := func(form string) {
			for _, w := range strings.Fields(strings.ToLower(form)) {
				if _, ok := c.places[w]; !ok && !text.IsStopword(w) {
					c.places[w] = canon
				}
			}
		}
		add(e.Name)
		for _, a := range e.Aliases {
			add(a)
		}
		for _, m := range e.Mentions {
			if m.Start >= 0 && m.End <= len(d.body) && m.Start < m.End {
				add(d.body[m.Start:m.End])
			}
		}
	}
	for _, m := range d.an.Dates {
		if m.Date != nil {
			c.dates = append(c.dates, m)
		}
	}
	if p := d.in.Article.Published; p != nil {
		c.pub = p.UTC().Format("2006-01-02")
	}
	return c
}

// read reads a figure: its unit and dimension, the action done to what it
// counts, its context words, the places and periods it is counted in, the
// day its sentence names, and the range of values it allows.
//
// Most of it is read in the figure's clause (see clauseOf), widened to the
// clause a relative clause hangs on ("the 1998 disaster, in which 21 fans
// died"); the places of a sentence's opening adverbials ("Further north, in
// Halbeck, three people died") and the past years a sentence names ("since
// 1998, when 21 people died") apply to every figure of the sentence.
func (c figCtx) read(di int, f analyze.Figure) figItem {
	it := figItem{doc: di, f: f, unit: normUnit(f.Unit), factor: 1, pub: c.pub}
	// "78 km/h": the analysis may stop at "km".
	if i := strings.Index(f.Sentence, f.Phrase); i >= 0 && f.Phrase != "" && (it.unit == "km" || it.unit == "kilometre") &&
		strings.HasPrefix(f.Sentence[i+len(f.Phrase):], "/h") {
		it.unit = "km/h"
	}
	it.dim = it.unit
	if m, ok := timeUnits[it.unit]; ok {
		it.dim, it.factor = dimDuration, m
	} else if cv, ok := conversions[it.unit]; ok {
		it.dim, it.factor = cv.dim, cv.factor
	}
	sent := f.Sentence
	if sent == "" {
		sent = f.Phrase
	}
	toks := text.Tokens(sent)
	for i := range toks {
		if g := actionAt(toks, i); g != "" && !slices.Contains(it.sentActions, g) {
			it.sentActions = append(it.sentActions, g)
		}
	}
	first, last := phraseTokens(sent, f.Phrase, toks)
	from, to := clauseOf(sent, toks, first, last)
	// A bare number after a measure noun is measured in it: "magnitude
	// 7.1", "a magnitude of 6.8", "category 4".
	if it.unit == "" && last >= first {
		k := first - 1
		if k > 0 && toks[k].Lower() == "of" {
			k--
		}
		for _, i := range []int{k, first, first + 1, first - 2, first - 3, first - 4} {
			if i >= max(0, from) && i <= last && i < len(toks) {
				if w := toks[i].Lower(); measureNouns[w] {
					it.unit, it.dim = w, w
					break
				}
			}
		}
	}
	claim := map[string]bool{}
	for _, w := range contentWords(f.ClaimedBy) {
		claim[w] = true
	}
	// The sentence's span in the body, from the phrase's offsets: the day
	// named nearest the number is the figure's ("the toll from Friday's
	// earthquake rose to 112 on Saturday" is Saturday's; a possessive
	// names the event, not the count's day), and the people and
	// organisations named before it in its clause are who it is about
	// ("Civic Renewal won 58 seats", "The Labour Alliance, which won 76").
	if i := strings.Index(sent, f.Phrase); i >= 0 && f.Phrase != "" && f.Sentence != "" {
		start := f.Offsets.Start - i
		best := -1
		for _, m := range c.dates {
			if m.Start < start || m.End > start+len(sent) || strings.HasSuffix(m.Phrase, "'s") || strings.HasSuffix(m.Phrase, "’s") {
				continue
			}
			// "the earthquake that struck on Friday has risen to 97": a
			// day in a relative clause dates its noun, not the count.
			if inRelative(sent, m.Start-start, f.Offsets.Start-start) {
				continue
			}
			if d := abs(m.Start - f.Offsets.Start); best < 0 || d < best {
				best = d
				it.day = m.Date.UTC().Format("2006-01-02")
			}
		}
		_ = start
	}
	// The clause's subject, when a person or an organisation opens it
	// ("Civic Renewal won 58 seats", "the Labour Alliance, which won 76"):
	// whose count it is. ("Talks between the union and the government
	// lasted 90 minutes" names parties, not whose the minutes are.)
	if first <= last && from < len(toks) {
		before := strings.TrimSpace(sent[toks[from].Start:toks[first].Start])
		for _, p := range []string{"The ", "the "} {
			before = strings.TrimPrefix(before, p)
		}
		for _, a := range c.actors {
			if strings.HasPrefix(before, a.form) && containsWord(before[:len(a.form)+min(1, len(before)-len(a.form))], a.form) &&
				!slices.ContainsFunc(contentWords(a.name), func(w string) bool { return claim[w] }) {
				it.actors = append(it.actors, a.name)
				break
			}
		}
	}
	periods := map[string]bool{}
	seenPlace := map[string]bool{}
	notePlace := func(canon string) {
		if !seenPlace[canon] {
			seenPlace[canon] = true
			it.places = append(it.places, canon)
		}
	}
	// A place is a capitalised word after a locative: the analysis's
	// canonical name when it knows the place ("Kiev" is "Kyiv"), else the
	// word itself (the analysis may have taken a small town for a name).
	addPlace := func(i int) {
		lw := toks[i].Lower()
		if !toks[i].Capitalized() || notPlaces[lw] || !locativeBefore(toks, i) {
			return
		}
		// "at Ukrainian cities": a people's adjective before a noun, not a
		// place.
		if _, known := c.places[lw]; !known && demonymLike(lw) && i+1 < len(toks) && !toks[i+1].Capitalized() &&
			!text.IsStopword(toks[i+1].Lower()) && !hasDigit(toks[i+1].Text) && !strings.ContainsAny(sent[toks[i].End:toks[i+1].Start], ",;:") {
			return
		}
		canon, ok := c.places[lw]
		if !ok {
			canon = lw
		}
		notePlace(canon)
	}
	// Concept words count anywhere in the sentence: "Talks between the
	// union and the government ended without agreement on Wednesday
	// evening after 90 minutes" is the talks' length.
	// Not when the figure names its thing itself: in "a 40-minute session"
	// the minutes are the session's, whatever talks the sentence mentions.
	if head, ok := hyphenHead(f.Phrase, toks, last); ok {
		if cw, ok := conceptWords[head]; ok {
			head = cw
		}
		it.words = []string{text.Stem(head)}
	} else {
		for _, t := range toks {
			if cw, ok := conceptWords[t.Lower()]; ok && cw == "talk" && !slices.Contains(it.words, cw) {
				it.words = append(it.words, cw)
			}
		}
	}
	// Sentence-wide: past years, months ("in November, a similar attack
	// killed nine"), conditions ("if the deficit exceeded 4 percent"), and
	// the places of opening adverbials.
	for i, t := range toks {
		lw := t.Lower()
		// ("The highest since 2008" compares; the year is not the
		// figure's.)
		if isYear(lw) && lw != yearOf(c.pub) && (i == 0 || toks[i-1].Lower() != "since") {
			periods["y"+lw] = true
		}
		// (A month set a few words before the number, or in its clause:
		// "Since taking office in January, Trump … backed a 30-day
		// ceasefire" does not make the ceasefire January's.)
		if months[lw] && i > 0 && toks[i-1].Lower() == "in" && (i+1 == len(toks) || !hasDigit(toks[i+1].Text)) &&
			(i >= first-12 && i < first || i >= from && i <= to) {
			periods["m"+lw] = true
		}
		if conditionWords[lw] && (lw != "may" || !t.Capitalized()) {
			periods["if"] = true
		}
		// "Seven years after an earthquake … killed about 300", "a decade
		// ago": a figure of the past.
		if (lw == "years" || lw == "year" || lw == "decade" || lw == "decades") && i+1 < len(toks) && pastWords[toks[i+1].Lower()] {
			periods["past"] = true
		}
		if i < openingEnd(sent, toks) {
			addPlace(i)
		}
	}
	// "131 of the injured", "six of them": a part of a count, whose action
	// word is the whole's.
	partOf := first >= 0 && last+2 < len(toks) && toks[last+1].Lower() == "of" &&
		(toks[last+2].Lower() == "them" || toks[last+2].Lower() == "those" || possessives[toks[last+2].Lower()] ||
			toks[last+2].Lower() == "the" && last+3 < len(toks) && actions[toks[last+3].Lower()] != "")
	// "nine of the 87 people arrested": the analysis may hold the whole
	// partitive in the phrase.
	if partitiveRe.MatchString(f.Phrase) {
		partOf = true
	}
	if partOf {
		periods["part"] = true
	}
	// "31 percent of the company", "35 percent of the European market":
	// what the figure is a share or an amount of.
	if last+1 < len(toks) && toks[last+1].Lower() == "of" && !partOf {
		for k := last + 2; k < len(toks) && k <= last+5; k++ {
			w := toks[k].Lower()
			if text.IsStopword(w) || toks[k].Capitalized() || hasDigit(w) || placeAdjectives[w] {
				continue
			}
			it.ofHead = text.Stem(w)
			break
		}
	}
	// "rose from €29,760 to €41,040": the value before a change.
	if first > 0 && toks[first-1].Lower() == "from" {
		for k := last + 1; k < len(toks) && k <= last+4; k++ {
			if toks[k].Lower() == "to" {
				periods["was"] = true
				break
			}
		}
	}
	// "the 300-seat National Assembly", "a nine-car train": a hyphenated
	// count describes what it stands before; it is no count of what
	// happened. (Times are the exception: "a two-hour call" is the call's
	// length.)
	if strings.Contains(f.Phrase, "-") && !strings.Contains(f.Phrase, " ") && it.dim != dimDuration && last+1 < len(toks) &&
		strings.TrimSpace(sent[toks[last].End:toks[last+1].Start]) == "" && !text.IsStopword(toks[last+1].Lower()) {
		periods["attr"] = true
	}
	// "a further 25 people", "another 25": an increment, not the count.
	if first > 0 && incrementWords[toks[first-1].Lower()] || last+1 < len(toks) && toks[last+1].Lower() == "more" && first == last {
		periods["increment"] = true
	}
	bestDist := math.MaxInt
	seen := map[string]bool{}
	for i := from; i <= to && i < len(toks); i++ {
		t := toks[i]
		if i >= first && i <= last {
			// "more than 1,300 damaged homes": an action written inside
			// the phrase.
			if i > first && !hasDigit(toks[i].Text) {
				if g := actionAt(toks, i); g != "" && bestDist > 0 {
					it.action, bestDist = g, 0
				}
			}
			continue
		}
		dist := first - i
		if i > last {
			dist = i - last
		}
		lw := t.Lower()
		// The action is read from the number itself: in "shot down 131 of
		// the 150 drones launched" the 131 were shot down. A passive verb
		// ("… were shot down") is the clause's main verb: it counts for
		// near.
		if g := actionAt(toks, i); g != "" && !(partOf && i == last+3) {
			// "three ballistic missiles were not intercepted": the action
			// not done is none.
			if negated(toks, i) {
				g = "not " + g
			}
			d := 2 * abs(i-first)
			switch {
			case i == last+1:
				// Right after the phrase: "14 killed and 37 wounded".
				d = 0
			case i > 0 && passiveAux[toks[i-1].Lower()]:
				d = abs(i - first) // "… were shot down": the main verb
			}
			if d < bestDist {
				it.action, bestDist = g, d
			}
		}
		if dist <= periodWindow {
			if p, ok := periodWords[lw]; ok {
				periods[p] = true
			}
			// "its original offer had been 3.5 per cent": an earlier value.
			if earlierWords[lw] && i < first {
				periods["was"] = true
			}
			// "6.5 percent over two years", "a 3.5 percent raise in the
			// first year": spans and parts of spans.
			if (lw == "years" || lw == "months") && i > 0 && isNumberWord(toks[i-1].Lower()) && toks[i-1].Lower() != "a" && i > last {
				periods["span"] = true
			}
			if ordinalWords[lw] {
				periods["nth"] = true
			}
			// "At 08:00 … nine dead", "by midday … 15": a toll of one hour.
			if timesOfDay[lw] || i > 0 && strings.Contains(sent[toks[i-1].End:t.Start], ":") && hasDigit(lw) && hasDigit(toks[i-1].Text) && i != first {
				periods["at "+lw] = true
			}
			if p := periodOfWord(lw); p != "" {
				periods[p] = true
			}
			// A rate ("a day", "per week") follows its number: "a day
			// after" elsewhere in the sentence is no rate.
			if i+1 < len(toks) && (!rateStarts[lw] || i > last && dist <= 2) {
				if p, ok := periodWords[lw+" "+toks[i+1].Lower()]; ok {
					periods[p] = true
				}
			}
		}

		// A place after a locative ("in Kharkiv", "over the Azov Sea"),
		// anywhere in the clause ("died because of the heatwave in
		// Carvenia").
		addPlace(i)
		if dist > figWindow {
			continue
		}
		// Names say who, not what is counted: "Putin" near a call's length
		// and near a ceasefire's must not make them one quantity. A
		// sentence's first word is capitalised whatever it is ("Turnout
		// reached 61 percent"): a name only when the article names it so.
		if t.Capitalized() && (i > 0 || c.names[lw]) {
			continue
		}
		w := text.Stem(text.Fold(t.Text))
		if text.IsStopword(w) || reporting[w] || claim[w] || (len(w) < 3 && !hasDigit(w)) || normUnit(w) == it.unit || hasDigit(w) ||
			c.units[f.Sentence][normUnit(w)] || isNumberWord(lw) {
			continue
		}
		if c, ok := conceptWords[lw]; ok {
			w = c
		} else if g, ok := actions[lw]; ok {
			w = g
		}
		if dist <= tightWindow && !slices.Contains(it.tight, w) {
			it.tight = append(it.tight, w)
		}
		if !seen[w] {
			seen[w] = true
			it.words = append(it.words, w)
		}
	}
	// A capitalised word just before the unit qualifies what is counted
	// ("48 Kostravan prisoners", "40 Geran drones").
	if last > first && !hasDigit(toks[last-1].Text) && !isNumberWord(toks[last-1].Lower()) && !text.IsStopword(toks[last-1].Lower()) &&
		!approxWords[toks[last-1].Lower()] {
		// (and a lower-case one: "three ballistic missiles", "six cruise
		// missiles")
		it.modifier = toks[last-1].Lower()
	}
	// "Carrow Heads received 412 millimetres": with no action, the place
	// before a verb of measuring is where it was measured.
	if it.action == "" && first >= 2 && measuringVerbs[toks[first-1].Lower()] && toks[first-2].Capitalized() {
		k := first - 2
		for k > from && toks[k-1].Capitalized() {
			k--
		}
		run := strings.ToLower(sent[toks[k].Start:toks[first-2].End])
		canon, ok := c.places[toks[first-2].Lower()]
		if !ok {
			canon = run
		}
		if !notPlaces[run] {
			notePlace(canon)
		}
	}
	// With no action, a place opening the clause is where it was measured:
	// "Carrow Heads received 412 millimetres", "the town of Mulgrave Creek
	// recorded 287". (With an action it is an actor: "Russia launched".)
	if it.action == "" && from < first {
		k := from
		for k < first && (toks[k].Lower() == "the" || placeNouns[toks[k].Lower()] || toks[k].Lower() == "of" || placeAdjectives[toks[k].Lower()]) {
			k++
		}
		if k < first && toks[k].Capitalized() && !notPlaces[toks[k].Lower()] {
			// A place the analysis knows, or any name after "the town of".
			if canon, ok := c.places[toks[k].Lower()]; ok || k >= from+2 && toks[k-1].Lower() == "of" && placeNouns[toks[k-2].Lower()] {
				if !ok {
					canon = toks[k].Lower()
				}
				notePlace(canon)
			}
		}
	}
	// The actions are done to counted things, not to measures ("homes
	// destroyed, up to 120,000 marks" does not destroy marks).
	if it.dim == dimDuration || measureUnits[it.unit] || isCurrency(it.unit) {
		it.action = ""
	}
	// A bare number killed, injured or missing counts people ("the toll
	// rose to 112", "46 injured").
	if it.unit == "" && peopleActions[it.action] && !periods["part"] {
		it.unit, it.dim = "person", "person"
	}
	ps := make([]string, 0, len(periods))
	for p := range periods {
		ps = append(ps, p)
	}
	slices.Sort(ps)
	it.period = strings.Join(ps, " ")
	it.lo, it.hi = valueRange(f, it.factor)
	return it
}

// relativeOpenerRe finds the words that open a relative clause.
var relativeOpenerRe = regexp.MustCompile(`\b(?:that|which|who)\s`)

// inRelative reports whether offset at of sent lies in a relative clause
// ("that struck … on Friday") that does not hold offset num: the clause
// runs from its relative word to the next comma.
func inRelative(sent string, at, num int) bool {
	if at < 0 || at > len(sent) {
		return false
	}
	from := max(0, at-80)
	locs := relativeOpenerRe.FindAllStringIndex(sent[from:at], -1)
	if len(locs) == 0 {
		return false
	}
	rs := from + locs[len(locs)-1][0]
	if strings.ContainsAny(sent[rs:at], ",;") {
		return false
	}
	re := len(sent)
	if k := strings.IndexAny(sent[at:], ",;"); k >= 0 {
		re = at + k
	}
	// … or at the main clause's verb: "the quake that struck on Friday
	// has risen to 97".
	if loc := mainVerbRe.FindStringIndex(sent[at:]); loc != nil && at+loc[0] < re {
		re = at + loc[0]
	}
	return num < rs || num >= re
}

// mainVerbRe finds an auxiliary or a verb of change that resumes a main
// clause after a relative one.
var mainVerbRe = regexp.MustCompile(`\b(?:has|have|had|was|were|is|are|will|rose|fell|climbed|reached|stood|stands)\b`)

// valueRange is the range of values a figure allows, in its dimension's
// base unit: what its approximation word allows ("about" ±10%, "nearly" up
// to 15% under, "more than" up to 15% over), or else what its written
// precision allows ("61 percent" is any value that rounds to 61, so 61.4
// agrees; 12 and 13 people do not).
func valueRange(f analyze.Figure, factor float64) (lo, hi float64) {
	v := f.Value * factor
	lo, hi = v, v
	if f.Approx {
		switch approxDirection(f.Phrase) {
		case -1:
			lo = v * (1 - approxOneSided)
		case 1:
			// "More than 40" is read up to the next round number a writer
			// would have used instead (49), "more than 200" up to 299.
			hi = max(v*(1+approxOneSided), v+roundStep(f.Value)*factor*0.99)
		default:
			lo, hi = v*(1-approxBoth), v*(1+approxBoth)
		}
		if lo > hi {
			lo, hi = hi, lo
		}
	}
	if decimals := writtenDecimals(f.Phrase); decimals >= 0 && !f.Approx {
		r := 0.49 * math.Pow(10, -float64(decimals)) * factor
		lo, hi = lo-r, hi+r
	}
	return lo, hi
}

// roundStep is the step of the round number v is, 0 when it is not round:
// 10 for 40, 100 for 200 or 1,200, 1,000 for 3,000; a whole number of the
// step, ten or more.
func roundStep(v float64) float64 {
	if v < 10 || v != math.Trunc(v) {
		return 0
	}
	step := 0.0
	for s := 10.0; s <= v; s *= 10 {
		if math.Mod(v, s) == 0 {
			step = s
		}
	}
	return step
}

// writtenDecimals is how many digits follow the decimal point of the first
// number written in digits in phrase, -1 when it has none in digits ("two
// hours" is exact as far as its words tell).
func writtenDecimals(phrase string) int {
	i := strings.IndexFunc(phrase, func(r rune) bool { return r >= '0' && r <= '9' })
	if i < 0 {
		return -1
	}
	j := i
	for j < len(phrase) && (phrase[j] >= '0' && phrase[j] <= '9' || phrase[j] == ',') {
		j++
	}
	if j+1 < len(phrase) && phrase[j] == '.' && phrase[j+1] >= '0' && phrase[j+1] <= '9' {
		k := j + 1
		for k < len(phrase) && phrase[k] >= '0' && phrase[k] <= '9' {
			k++
		}
		return k - j - 1
	}
	return 0
}

// actionAt is the action group of the word at toks[i] ("shot", and the
// two-word "brought down"), "" when none.
func actionAt(toks []text.Token, i int) string {
	lw := toks[i].Lower()
	if i+1 < len(toks) {
		if g, ok := actionPhrases[lw+" "+toks[i+1].Lower()]; ok {
			return g
		}
	}
	return actions[lw]
}

// measuringVerbs follow the place a measure was taken at: "Carrow Heads
// received 412 millimetres".
var measuringVerbs = map[string]bool{"received": true, "recorded": true, "registered": true, "measured": true,
	"saw": true, "had": true, "got": true, "logged": true, "reported": true}

// peopleActions are done to people when the figure names no unit.
var peopleActions = map[string]bool{"killed": true, "injured": true, "missing": true, "evacuated": true, "arrested": true,
	"rescued": true, "released": true, "captured": true}

// actionPhrases are two-word actions whose first word alone says nothing
// ("brought down", "took down").
var actionPhrases = map[string]string{"brought down": "intercepted", "took down": "intercepted", "taken down": "intercepted",
	"knocked out": "intercepted", "taken out": "intercepted", "taken hostage": "captured", "taken prisoner": "captured",
	"handed over": "released", "pulled from": "rescued", "pulled out": "rescued"}

// periodOfWord reads a period from a word of its own: "third-quarter",
// "full-year", "half-year".
func periodOfWord(w string) string {
	switch {
	case strings.Contains(w, "quarter") || w == "q1" || w == "q2" || w == "q3" || w == "q4":
		return "quarter"
	case w == "full-year" || w == "annual" || w == "annually" || w == "yearly":
		return "year"
	case strings.Contains(w, "half-year") || w == "first-half" || w == "second-half" || w == "h1" || w == "h2":
		return "half"
	}
	return ""
}

func yearOf(day string) string {
	if len(day) >= 4 {
		return day[:4]
	}
	return ""
}

// openingEnd is the token index where a sentence's opening adverbials end:
// the comma-bounded segments (eight words at most) before the main clause that begin with a
// preposition or a sentence adverb ("Further north, in Halbeck, …", "In
// 1998, …"). 0 when the sentence opens with its main clause.
func openingEnd(sent string, toks []text.Token) int {
	end := 0
	for end < len(toks) {
		if !openers[toks[end].Lower()] {
			return end
		}
		k := end + 1
		for k < len(toks) && k-end <= 8 && !strings.Contains(sent[toks[k-1].End:toks[k].Start], ",") {
			k++
		}
		if k >= len(toks) || k-end > 8 {
			return end
		}
		end = k
	}
	return end
}

// measureNouns name what a bare number after them measures.
var measureNouns = map[string]bool{"magnitude": true, "category": true, "level": true, "grade": true, "index": true,
	"score": true, "turnout": true, "temperature": true, "temperatures": true, "rate": true, "ratio": true}

// partitiveRe matches a phrase that is a part of a count: "nine of the 87
// people", "six of 41".
var partitiveRe = regexp.MustCompile(`(?i)^\S+\s+of\s+(?:the\s+|them\b|those\b)?`)

// possessives after "N of" make a part of a count: "48 of its own".
var possessives = map[string]bool{"its": true, "their": true, "our": true, "his": true, "her": true, "whom": true}

// incrementWords before a number make it an increment ("a further 25").
var incrementWords = map[string]bool{"further": true, "another": true, "additional": true, "extra": true}

// pastWords after "years" or "decade" set a figure in the past.
var pastWords = map[string]bool{"ago": true, "after": true, "earlier": true, "before": true}

// conditionWords make a figure hypothetical or a threshold ("could
// downgrade if the deficit exceeded 4 percent", "a speed limit of 80
// km/h"), not a report of what is. ("Target" and "cap" are verbs as often
// as nouns: "agreed not to target energy infrastructure".)
var conditionWords = map[string]bool{"if": true, "unless": true, "threshold": true, "ceiling": true, "limit": true,
	// Plans and what may be: "plans up to six launches next year",
	// "concentrations of 300 parts per million can cause damage".
	"plans": true, "planned": true, "plan": true, "forecast": true, "forecasts": true, "projected": true, "aims": true,
	"can": true, "could": true, "might": true, "may": true}

// openers begin an opening adverbial.
var openers = map[string]bool{"in": true, "at": true, "on": true, "near": true, "outside": true, "inside": true,
	"further": true, "farther": true, "elsewhere": true, "meanwhile": true, "across": true, "around": true,
	"north": true, "south": true, "east": true, "west": true, "closer": true, "nearby": true}

// passiveAux before a verb make it passive: "were shot down".
var passiveAux = map[string]bool{"was": true, "were": true, "been": true, "being": true, "be": true, "is": true, "are": true, "got": true}

// clauseOf is the token range of the clause holding tokens first..last:
// bounded by punctuation between tokens (, ; : ( ) and dashes) and by
// the conjunctions that join clauses. The period and place of a figure are
// read in its clause: "a 30-day ceasefire and last week snubbed …" does not
// make the ceasefire a week's.
func clauseOf(sent string, toks []text.Token, first, last int) (from, to int) {
	if last < first {
		return 0, len(toks) - 1
	}
	boundary := func(i int) bool { // between toks[i-1] and toks[i]
		if strings.ContainsAny(sent[toks[i-1].End:toks[i].Start], ",;:()—–") {
			return true
		}
		// "won 48 percent of the vote and 72 seats": "and" before a
		// number joins two figures of one clause.
		return clauseJoiners[toks[i].Lower()] && !(i+1 < len(toks) && isNumberWord(toks[i+1].Lower()))
	}
	from, to = first, last
	for from > 0 && !boundary(from) {
		from--
	}
	for to+1 < len(toks) && !boundary(to+1) {
		to++
	}
	// A relative clause ("…, when 21 people died", "…, in which 21 fans
	// died") says more of the clause before it.
	rel := toks[from].Lower()
	if from+1 <= last && (rel == "in" || rel == "of" || rel == "at" || rel == "during") {
		rel = toks[from+1].Lower()
	}
	if from > 0 && relativeWords[rel] {
		from--
		for from > 0 && !boundary(from) {
			from--
		}
	}
	return from, to
}

// isNumberWord reports a number in digits or a small number in words.
func isNumberWord(w string) bool {
	if hasDigit(w) {
		return true
	}
	switch w {
	case "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
		"dozens", "hundreds", "thousands", "a", "about", "nearly", "almost", "some", "more", "over", "at":
		return true
	}
	return false
}

// relativeWords open a relative clause.
var relativeWords = map[string]bool{"which": true, "who": true, "whom": true, "whose": true, "when": true, "where": true}

// clauseJoiners are conjunctions that start a new clause.
var clauseJoiners = map[string]bool{"and": true, "but": true, "while": true, "whereas": true, "although": true, "though": true}

// hyphenHead is the noun a hyphenated measure qualifies ("40-minute
// session" → "session"), ok false when the phrase is not one or no noun
// follows.
func hyphenHead(phrase string, toks []text.Token, last int) (string, bool) {
	if !strings.Contains(phrase, "-") || strings.Contains(phrase, " ") || last+1 >= len(toks) {
		return "", false
	}
	w := toks[last+1].Lower()
	if toks[last+1].Capitalized() || text.IsStopword(w) || hasDigit(w) {
		return "", false
	}
	return w, true
}

// demonymLike reports a word shaped like a people's adjective: Ukrainian,
// European, Kostravan, Chinese, Polish, Arabic, Iraqi.
func demonymLike(w string) bool {
	for _, suf := range []string{"ian", "ean", "an", "ese", "ish", "ic", "i"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// locativeBefore reports whether a locative comes right before token i,
// over an article ("over the Azov Sea"), the words of a multi-word place,
// or a place noun's "of" ("in the eastern city of Dunmore").
func locativeBefore(toks []text.Token, i int) bool {
	for j, n := i-1, 0; j >= 0 && n < 6; j, n = j-1, n+1 {
		w := toks[j].Lower()
		switch {
		case locatives[w]:
			return true
		case w == "of" && j > 0 && placeNouns[toks[j-1].Lower()]:
			j-- // on to the words before "city of"
		case w == "the" || toks[j].Capitalized() || n > 0 && placeAdjectives[w]:
		default:
			return false
		}
	}
	return false
}

// placeNouns name a kind of place before "of X".
var placeNouns = map[string]bool{"city": true, "town": true, "village": true, "region": true, "province": true,
	"district": true, "capital": true, "port": true, "area": true, "county": true, "state": true, "suburb": true}

// placeAdjectives may stand between a locative and a place noun ("in the
// eastern city of").
var placeAdjectives = map[string]bool{"eastern": true, "western": true, "northern": true, "southern": true,
	"central": true, "coastal": true, "port": true, "border": true, "capital": true, "nearby": true, "neighbouring": true,
	"neighboring": true, "industrial": true, "frontline": true, "small": true, "southeastern": true, "northeastern": true,
	"southwestern": true, "northwestern": true}

// notPlaces are capitalised words a locative may come before that name no
// place: months, weekdays and the like ("in March", "on Tuesday").
var notPlaces = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("january february march april may june july august september october november december " +
		"monday tuesday wednesday thursday friday saturday sunday i a an the this that his her its their our") {
		m[w] = true
	}
	return m
}()

// months are the month names, for "in November" (a period of its own).
var months = map[string]bool{"january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true}

// isYear reports a four-digit year of the last two centuries.
func isYear(w string) bool {
	if len(w) != 4 || (w[:2] != "19" && w[:2] != "20") {
		return false
	}
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// phraseTokens is the token range of phrase in sent (0, -1 when absent).
func phraseTokens(sent, phrase string, toks []text.Token) (first, last int) {
	ps := strings.Index(sent, phrase)
	pe := ps + len(phrase)
	if ps < 0 || phrase == "" {
		ps, pe = 0, 0
	}
	first, last = -1, -1
	for i, t := range toks {
		if t.End > ps && t.Start < pe {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 {
		return 0, -1
	}
	return first, last
}

// approxDirection tells from a phrase's words whether an approximate value
// is an upper bound (-1: "nearly", "up to"), a lower bound (1: "more
// than", "at least") or either side (0: "about", "some").
func approxDirection(phrase string) int {
	p := " " + normText(phrase) + " "
	for _, c := range []string{" nearly ", " almost ", " under ", " less than ", " fewer than ", " up to ", " close to ", " as many as ", " just short of ", " shy of ", " approaching ", " nearing "} {
		if strings.Contains(p, c) {
			return -1
		}
	}
	for _, c := range []string{" more than ", " over ", " at least ", " upwards of ", " above ", " in excess of ", " exceeding ", " plus ", " or more "} {
		if strings.Contains(p, c) {
			return 1
		}
	}
	return 0
}
