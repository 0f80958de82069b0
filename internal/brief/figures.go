package brief

import (
	"math"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parallax-news/parallax/internal/analyze"
	"github.com/parallax-news/parallax/internal/text"
)

// Figures: which claims are about the same quantity.
//
// Two figures with the same unit are not necessarily the same quantity: "150
// drones launched overnight" and "57 drones shot down" share the unit
// "drones" but count different things, and reading them as one quantity
// would report a false conflict (150 vs 57). The analysis gives each figure
// its unit and sentence but not what is done to the counted thing, so the
// brief reads it from the words around the number:
//
//   - the action: the nearest word of a small table of action groups
//     (launched/fired vs shot down/destroyed/intercepted, killed vs
//     injured, …). Two figures whose actions differ are different
//     quantities, whatever else they share; the groups are opposing by
//     construction (each is what another is not).
//   - the context: the content words within a small window of the number
//     (names, claimants and reporting verbs left out, talk words such as "call",
//     "spoke", "talks" folded into one). For measures (time, percent,
//     money, distance) the unit alone says nothing about what is measured
//     (a two-hour call, a 30-day ceasefire), so they join only when their
//     contexts share a word; counted nouns ("drones", "people") join on the
//     unit unless their actions differ.
//
// Outlets that disagree give different numbers, so a number that does not fit
// a quantity's values needs more to join it than one that does: the same
// action, a measure noun as unit ("magnitude"), or a word right by both
// numbers, with enough shared context besides (words common to many of the
// event's figures count for nothing). One article setting two sources'
// numbers side by side ("Police say 45 passengers; the company says 38") is
// a dispute. And two values are never one quantity's when something says
// they count different things:
//
//   - the places they are counted in ("killed in Kharkiv", "in Odesa"; a
//     place's count smaller than a count for the whole);
//   - the days their sentences name, the hour of the day, the periods they
//     cover ("overnight" against "this month", "so far", "in 2019", "over
//     two years"), or one being an earlier value ("its original offer",
//     "from €29,760 to …"), an increment, a part ("11 of the injured"), or
//     what is left ("still trapped");
//   - a plan, a condition or a possibility ("plans up to six launches", "if
//     the deficit exceeded 4 percent", "can cause");
//   - a qualifier on one side only, or two different ones ("48 Talvarian
//     drones", "three ballistic missiles", "31 percent of the company",
//     "£70m of equity"), or different subjects ("Civic Renewal won 58
//     seats", "the Labour Alliance won 76");
//   - a negated action ("were not intercepted");
//   - one article giving two values without two claimants (it does not
//     contradict itself).
//
// A conflict is a disagreement at one time: values of a count that moves
// from day to day (a toll, a price, a level) that differ only between
// publication days, each day's outlets agreeing, are a count that changed,
// reported as such; a toll from an undated article never conflicts.
//
// Times, lengths, masses, speeds, areas and volumes convert between units
// (90 minutes = 1.5 hours, 1,300 feet ≈ 400 metres) so that they can be
// compared; other units join only when equal after plural folding.

const (
	// figWindow is how many tokens either side of the number are its
	// context.
	figWindow = 6
	// approxBoth and approxOneSided are the margins an approximate value
	// allows: "about 100" is 90–110, "nearly 100" 85–100, "more than 100"
	// 100–115.
	// (One margin of 20% for both made "some 15,000" and "about 22,000"
	// people agree at 18,000.)
	approxBoth, approxOneSided = 0.1, 0.15
	// magnitudeGap is the ratio of values beyond which two figures are not
	// read as claims about one quantity.
	magnitudeGap = 5
	// conflictSpread is the widest ratio of values one quantity holds when
	// its values conflict.
	conflictSpread = 3
	// tightWindow is how near the number a context word must stand to say
	// by itself what is counted.
	tightWindow = 3
	// strongJoin is the join score a figure whose value conflicts with a
	// quantity's values needs to join it.
	strongJoin = 2
	// periodWindow is how many tokens either side of the number are read
	// for the period it covers.
	periodWindow = 8
)

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

// actions maps words to the action group they belong to. A phrase ("shot
// down") is matched by its first word; the group's name says what a
// quantity counts ("drones intercepted").
var actions = func() map[string]string {
	m := map[string]string{}
	for group, words := range map[string]string{
		"launched":    "launch launched launches launching fired fire fires firing sent unleashed",
		"intercepted": "intercepted intercept intercepts shot downed neutralised neutralized repelled repel jammed",
		"destroyed":   "destroyed destroy destroying razed flattened gutted levelled leveled",
		"damaged":     "damaged damage damaging",
		"burned":      "burned burnt burning scorched charred blackened",
		"killed":      "killed kill kills killing dead died deaths death",
		"injured":     "injured injuring wounded wounding hurt",
		"arrested":    "arrested detained detain arrest",
		"evacuated":   "evacuated evacuate evacuation fled displaced",
		"rescued":     "rescued rescue saved plucked airlifted",
		"missing":     "missing",
		"released":    "released freed release",
		"captured":    "captured seized capture seize",
		"won":         "won win wins winning secured",
	} {
		for _, w := range strings.Fields(words) {
			m[w] = group
		}
	}
	return m
}()

// conceptWords folds words that name one thing in news prose.
var conceptWords = func() map[string]string {
	m := map[string]string{}
	for _, w := range strings.Fields("call calls spoke speak speaking talk talks talked talking conversation conversations phone phoned discussion discussions discussed meeting meetings met") {
		m[w] = "talk"
	}
	// What a company pays for another: "agreed to buy X for €4.1bn", "the
	// €4.6bn takeover", "an offer valuing X at …".
	for _, w := range strings.Fields("deal deals offer offers bid bids takeover acquisition acquire acquiring buy buying purchase merger valued valuing values worth") {
		m[w] = "deal"
	}

	return m
}()

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// claimHead is the last word of a claimant, lower case: "the Kostravan
// presidential office" and "the presidential office" are one claimant.
func claimHead(c string) string {
	ws := strings.Fields(strings.ToLower(c))
	if len(ws) == 0 {
		return ""
	}
	return strings.Trim(ws[len(ws)-1], ".,'’")
}

// accumulating are the actions whose counts grow as a story goes on (the
// dead, the arrested, the homes damaged): two values of one are a conflict
// only when both say when they were counted.
var accumulating = map[string]bool{"killed": true, "injured": true, "missing": true, "arrested": true, "evacuated": true,
	"rescued": true, "damaged": true, "destroyed": true, "burned": true, "released": true, "captured": true}

// sameAction reports whether two action groups count the same thing: the
// same group, or, for drones and missiles, destroyed and intercepted (a
// drone destroyed in the air is one shot down).
func sameAction(a, b, unit string) bool {
	if a == b {
		return true
	}
	if (a == "destroyed" && b == "intercepted" || a == "intercepted" && b == "destroyed") && projectiles[unit] {
		return true
	}
	return false
}

// projectiles are what air defences intercept.
var projectiles = map[string]bool{"drone": true, "missile": true, "rocket": true, "shell": true, "aircraft": true,
	"plane": true, "jet": true, "helicopter": true, "uav": true, "projectile": true, "target": true}

// isConcept reports a context word folded from several (conceptWords, the
// action groups).
func isConcept(w string) bool {
	if w == "talk" || w == "deal" {
		return true
	}
	_, ok := actionGroups[w]
	return ok
}

// actionGroups are the names of the action groups.
var actionGroups = func() map[string]bool {
	m := map[string]bool{}
	for _, g := range actions {
		m[g] = true
	}
	return m
}()

// conversions put measures written in several units on one scale, so that
// "40 km" and "40 kilometres", "1,300 feet" and "400 metres", "146 mph" and
// "235 km/h" can be compared: dimension and factor to its base unit
// (metres, kilograms, km/h, hectares, litres).
var conversions = func() map[string]struct {
	dim    string
	factor float64
} {
	m := map[string]struct {
		dim    string
		factor float64
	}{}
	add := func(dim string, factor float64, units string) {
		for _, u := range strings.Fields(units) {
			m[u] = struct {
				dim    string
				factor float64
			}{dim, factor}
		}
	}
	add("\x00length", 1000, "km kilometre kilometer")
	add("\x00length", 1, "m metre meter")
	add("\x00length", 0.01, "cm centimetre centimeter")
	add("\x00length", 0.001, "mm millimetre millimeter")
	add("\x00length", 1609.344, "mile mi")
	add("\x00length", 0.3048, "foot feet ft")
	add("\x00length", 0.9144, "yard yd")
	add("\x00length", 0.0254, "inch in")
	add("\x00mass", 1000, "tonne ton t")
	add("\x00mass", 1, "kg kilogram kilo")
	add("\x00mass", 0.45359237, "lb pound-weight")
	add("\x00speed", 1, "km/h kph kmh")
	add("\x00speed", 1.609344, "mph")
	add("\x00speed", 1.852, "knot kt")
	add("\x00area", 1, "hectare ha")
	add("\x00area", 0.404686, "acre")
	add("\x00area", 100, "sqkm")
	add("\x00volume", 1, "litre liter l")
	add("\x00volume", 158.987, "barrel bbl")
	add("\x00volume", 1000, "cubic")
	return m
}()

// dimDuration is the dimension of times, which convert between units. It
// cannot be a unit's name ("a one-time charge" has the unit "time").
const dimDuration = "\x00duration"

// timeUnits are minutes per unit.
var timeUnits = map[string]float64{"second": 1.0 / 60, "sec": 1.0 / 60, "minute": 1, "min": 1, "hour": 60, "hr": 60,
	"day": 1440, "week": 10080, "fortnight": 20160, "month": 43200, "year": 525600}

// measureUnits say how much, not what: they need a shared context to join.
var measureUnits = map[string]bool{"percent": true, "$": true, "€": true, "£": true, "dollar": true, "euro": true,
	"pound": true, "usd": true, "eur": true, "gbp": true, "km": true, "kilometre": true, "kilometer": true, "mile": true,
	"metre": true, "meter": true, "kg": true, "tonne": true, "ton": true, "barrel": true, "degree": true}

// isCurrency reports a money unit the measure table does not list by name:
// a currency sign, or a word analysis read as money ("marks", "hryvnias").
func isCurrency(u string) bool {
	if u == "" {
		return false
	}
	r := []rune(u)[0]
	return unicode.Is(unicode.Sc, r) || currencyWords[u]
}

// currencyWords are money units beyond measureUnits.
var currencyWords = map[string]bool{"mark": true, "franc": true, "yen": true, "yuan": true, "rouble": true, "ruble": true,
	"hryvnia": true, "rupee": true, "peso": true, "krona": true, "krone": true, "zloty": true, "lira": true, "rand": true,
	"real": true, "won": true, "shekel": true, "dinar": true, "dirham": true, "riyal": true, "cent": true, "penny": true, "pence": true}

// normUnit folds a unit: lower case, singular, "%" and "per cent" as
// "percent", "hrs" as "hour".
func normUnit(u string) string {
	u = strings.ToLower(strings.TrimSpace(u))
	switch u {
	case "%", "per cent", "pct":
		return "percent"
	case "hrs", "hr", "hours":
		return "hour"
	case "mins", "min", "minutes":
		return "minute"
	case "secs", "sec", "seconds":
		return "second"
	case "people", "persons":
		return "person"
	case "positions", "position", "jobs", "job":
		return "job"
	}
	return text.Stem(u)
}

// figItem is one figure of one article, read for grouping.
type figItem struct {
	doc      int
	f        analyze.Figure
	unit     string  // normalised
	dim      string  // dimDuration for times, else the unit
	factor   float64 // to the dimension's base (minutes for time), 1 otherwise
	action   string  // action group, "" when none near
	words    []string
	lo, hi   float64         // the values it allows, in the dimension's base
	places   []string        // canonical places it is counted in (lower case)
	ofHead   string          // the noun of "of …" after it: "31 percent of the company"
	modifier string          // a capitalised word before its unit: "48 Kostravan prisoners"
	actors   []string        // the people and organisations its clause is about
	period   string          // the periods it covers, sorted and joined ("" for none)
	day      string          // the day its sentence names (YYYY-MM-DD), "" when none
	pub      string          // its article's publication day, "" when undated
	copy     bool            // its article is a syndicated copy
	elided   bool            // a bare number answering another source's figure in its sentence
	tight    []string        // context words right by the number (tightWindow)
	common   map[string]bool // which of words are common to its event's figures
}

// quantity is a group of figures being gathered.
type quantity struct {
	event   string
	dim     string
	units   map[string]int
	action  string
	words   map[string]int
	members []int
	lo, hi  float64 // the range of its members' values, in the dimension's unit
	// maxLo, minHi bound what every member allows: maxLo > minHi is a
	// conflict.
	maxLo, minHi float64
	places       map[string]bool
	ofHeads      map[string]bool
	tight        map[string]int
	modifiers    map[string]bool
	dated        int // members whose article or sentence gives a day
	actors       map[string]bool
	period       string
	days         map[string]bool
	docs         map[int][2]float64      // the range each article's members allow
	docClaims    map[int]map[string]bool // each article's claimants (lower case, "" for none)
}

// figures groups the figures into quantities and tells where the outlets
// agree.
func figures(docs []*doc) []Quantity {
	var items []figItem
	forms := actorForms(docs)
	for di, d := range docs {
		if len(d.an.Figures) == 0 {
			continue
		}
		ctx := figContext(d)
		ctx.actors = forms
		for _, f := range d.an.Figures {
			if math.IsNaN(f.Value) || math.IsInf(f.Value, 0) {
				continue
			}
			items = append(items, ctx.read(di, f))
			items[len(items)-1].copy = d.copy
		}
	}
	markBreakdowns(items)
	fillElided(items)
	dropCommonWords(items, docs)
	var groups []*quantity
	byDim := map[string][]int{}
	for i := range items {
		it := &items[i]
		best, bestScore := -1, 0
		// Figures are compared within one event: in a story's brief, the
		// length of one call is no conflict with the length of another.
		key := it.dim + "|" + docs[it.doc].in.EventID
		for _, gi := range byDim[key] {
			if s := joinScore(it, groups[gi]); s > bestScore {
				best, bestScore = gi, s
			}
		}
		if best < 0 {
			groups = append(groups, &quantity{event: docs[it.doc].in.EventID, dim: it.dim, units: map[string]int{}, words: map[string]int{}, lo: it.lo, hi: it.hi,
				maxLo: it.lo, minHi: it.hi, places: map[string]bool{}, ofHeads: map[string]bool{}, tight: map[string]int{}, modifiers: map[string]bool{}, actors: map[string]bool{}, period: it.period, days: map[string]bool{}, docs: map[int][2]float64{}, docClaims: map[int]map[string]bool{}})
			best = len(groups) - 1
			byDim[key] = append(byDim[key], best)
		}
		g := groups[best]
		g.lo, g.hi = min(g.lo, it.lo), max(g.hi, it.hi)
		g.maxLo, g.minHi = max(g.maxLo, it.lo), min(g.minHi, it.hi)
		for _, p := range it.places {
			g.places[p] = true
		}
		for _, a := range it.actors {
			g.actors[a] = true
		}
		if it.ofHead != "" {
			g.ofHeads[it.ofHead] = true
		}
		for _, w := range it.tight {
			g.tight[w]++
		}
		if it.modifier != "" {
			g.modifiers[it.modifier] = true
		}
		if it.pub != "" || it.day != "" {
			g.dated++
		}
		if it.day != "" {
			g.days[it.day] = true
		}
		r, ok := g.docs[it.doc]
		if !ok {
			r = [2]float64{it.lo, it.hi}
		}
		g.docs[it.doc] = [2]float64{max(r[0], it.lo), min(r[1], it.hi)}
		if g.docClaims[it.doc] == nil {
			g.docClaims[it.doc] = map[string]bool{}
		}
		g.docClaims[it.doc][claimHead(it.f.ClaimedBy)] = true
		g.members = append(g.members, i)
		g.units[it.unit]++
		if it.action != "" {
			g.action = it.action
		}
		for _, w := range it.words {
			g.words[w]++
		}
	}
	out := make([]Quantity, 0, len(groups))
	for _, g := range groups {
		out = append(out, g.result(items, docs))
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].IndependentSources != out[j].IndependentSources {
			return out[i].IndependentSources > out[j].IndependentSources
		}
		if a, b := figSources(out[i]), figSources(out[j]); a != b {
			return a > b
		}
		// Among equals, what says most about what is counted first: a
		// unit and an action, a unit, then bare numbers.
		if a, b := specificity(out[i]), specificity(out[j]); a != b {
			return a > b
		}
		return out[i].What < out[j].What
	})
	return out
}

func specificity(q Quantity) int {
	n := 0
	if q.Unit != "" {
		n += 2
	}
	if !strings.Contains(q.What, "(") && q.Unit != "" && q.What != q.Unit {
		n++ // an action named
	}
	return n
}

// fillElided gives a bare number the unit of the figure it answers in the
// same sentence: "Police maintain that 45 passengers were aboard; Cóndor
// Andino says 38", "the city council says 85,000". Written that way, the
// sentence sets two sources' numbers for one thing against each other, so
// the bare one is marked as the other side of a dispute.
func fillElided(items []figItem) {
	byDoc := map[int][]int{}
	for i := range items {
		byDoc[items[i].doc] = append(byDoc[items[i].doc], i)
	}
	for i := range items {
		it := &items[i]
		if it.unit != "" || it.f.Sentence == "" {
			continue
		}
		toks := text.Tokens(it.f.Sentence)
		first, last := phraseTokens(it.f.Sentence, it.f.Phrase, toks)
		if first < 1 || !answerWords[toks[first-1].Lower()] && !(first >= 2 && answerWords[toks[first-2].Lower()]) {
			continue
		}
		// The number ends its clause ("says 38."): one followed by a word
		// has a unit the analysis missed ("rated at 400 kV").
		if last+1 < len(toks) && !strings.ContainsAny(it.f.Sentence[toks[last].End:toks[last+1].Start], ",;:.") &&
			(!text.IsStopword(toks[last+1].Lower()) || rateWords[toks[last+1].Lower()]) {
			continue // "41.60 per dollar" is a rate of its own
		}
		at := strings.Index(it.f.Sentence, it.f.Phrase)
		for _, j := range byDoc[it.doc] {
			o := &items[j]
			if j == i || o.f.Sentence != it.f.Sentence || o.unit == "" || o.elided {
				continue
			}
			// The figure answered comes first, and the two are of a size.
			if k := strings.Index(o.f.Sentence, o.f.Phrase); k < 0 || k >= at || o.hi > conflictSpread*it.lo*o.factor || it.hi*o.factor > conflictSpread*o.lo {
				continue
			}
			it.unit, it.dim, it.factor, it.action, it.elided = o.unit, o.dim, o.factor, o.action, true
			it.lo, it.hi = valueRange(it.f, o.factor)
			it.words = append(it.words[:0:0], o.words...)
			it.period, it.places, it.day = o.period, o.places, o.day
			break
		}
	}
}

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

// rateWords after a number make it a rate: "41.60 per dollar".
var rateWords = map[string]bool{"per": true, "a": true, "an": true, "each": true, "every": true}

// answerWords come just before the bare number that answers another source's
// figure: "says 38", "showed 38", "put it at 38", "not 1,900".
var answerWords = map[string]bool{"says": true, "said": true, "say": true, "showed": true, "shows": true, "put": true,
	"puts": true, "estimated": true, "estimates": true, "counted": true, "counts": true, "gave": true, "gives": true,
	"at": true, "as": true, "not": true, "only": true, "just": true, "claimed": true, "claims": true, "reported": true}

// markBreakdowns marks the figures of a sentence that breaks a count down by
// place ("58 cases had been recorded in Wrzosowa, 28 in Debnik and 17 in
// Lasowice") as parts: each is a town's share, not the count an outlet
// gives for the whole.
func markBreakdowns(items []figItem) {
	type key struct {
		doc        int
		sent, unit string
	}
	places := map[key]map[string]bool{}
	for i := range items {
		it := &items[i]
		if len(it.places) == 0 {
			continue
		}
		k := key{it.doc, it.f.Sentence, it.unit}
		if places[k] == nil {
			places[k] = map[string]bool{}
		}
		places[k][it.places[0]] = true
	}
	for i := range items {
		it := &items[i]
		k := key{it.doc, it.f.Sentence, it.unit}
		if len(it.places) > 0 && len(places[k]) >= 2 && !strings.Contains(" "+it.period+" ", " part ") {
			ps := append(strings.Fields(it.period), "part")
			slices.Sort(ps)
			it.period = strings.Join(ps, " ")
		}
	}
}

// dropCommonWords marks the context words that many figures of their event
// share: in a merger's coverage "company" stands near the deal value, the
// stake of the shareholders and the market share alike, and says nothing of
// which is which. A word near more than a quarter of the event's figures
// (and at least four) is common: it still joins equal values ("30-day
// ceasefire" twice), but it is no evidence that different values count one
// thing. The folded talk and action words are never common.
func dropCommonWords(items []figItem, docs []*doc) {
	count := map[string]map[string]int{} // event → word → figures near it
	total := map[string]int{}
	for i := range items {
		ev := docs[items[i].doc].in.EventID
		if count[ev] == nil {
			count[ev] = map[string]int{}
		}
		total[ev]++
		for _, w := range items[i].words {
			count[ev][w]++
		}
	}
	for i := range items {
		ev := docs[items[i].doc].in.EventID
		limit := max(4, total[ev]/4)
		for _, w := range items[i].words {
			if count[ev][w] > limit && !isConcept(w) {
				if items[i].common == nil {
					items[i].common = map[string]bool{}
				}
				items[i].common[w] = true
			}
		}
	}
}

// joinScore is how well a figure fits a quantity of its dimension: 0 when
// it does not (see the package comment on figures).
func joinScore(it *figItem, g *quantity) int {
	if it.action != "" && g.action != "" && !sameAction(it.action, g.action, it.unit) {
		return 0
	}
	// Values an order of magnitude apart measure different things ("almost
	// three years" since talks last met, "nearly two hours" of a call):
	// outlets disagree by a fraction, not by a factor of ten.
	if it.hi*magnitudeGap < g.lo || it.lo > g.hi*magnitudeGap {
		return 0
	}
	if it.period != g.period {
		return 0
	}
	// "48 Kostravan prisoners" and "55 Dravenian prisoners" are two sides'
	// prisoners.
	if it.modifier != "" && len(g.modifiers) > 0 && !g.modifiers[it.modifier] {
		return 0
	}
	// A share of the company is not a share of the market.
	if it.ofHead != "" && len(g.ofHeads) > 0 && !g.ofHeads[it.ofHead] {
		return 0
	}

	if it.day != "" && len(g.days) > 0 && !g.days[it.day] {
		return 0
	}
	if len(it.places) > 0 && len(g.places) > 0 && !slices.ContainsFunc(it.places, func(p string) bool { return g.places[p] }) {
		return 0
	}
	conflicts := max(g.maxLo, it.lo) > min(g.minHi, it.hi)*(1+1e-9)+1e-12

	// Values that differ, told of different people or organisations, are
	// theirs: "Civic Renewal won 58 seats", "the Labour Alliance won 76".
	if conflicts && len(it.actors) > 0 && len(g.actors) > 0 && !slices.ContainsFunc(it.actors, func(a string) bool { return g.actors[a] }) {
		return 0
	}
	// A toll given by an undated article may be older or newer than the
	// dated one it differs from: not a conflict anyone can stand behind.
	if conflicts && accumulating[it.action] && (it.pub == "" && it.day == "" || g.dated == 0) {
		return 0
	}
	// What would be owed "if" a bid came, or the level "at which" a
	// regulator looks: hypotheticals do not disagree with each other.
	if conflicts && strings.Contains(" "+it.period+" ", " if ") {
		return 0
	}
	// A count with a place smaller than counts without one is that place's
	// part ("hospitals in Amrit received 11 wounded" of the 19 or 25).
	if conflicts && len(it.places) > 0 && len(g.places) == 0 && it.hi < g.lo ||
		conflicts && len(it.places) == 0 && len(g.places) > 0 && it.lo > g.hi {
		return 0
	}
	// "48 Talvarian drones" against "35 drones": whose drones is said on
	// one side only; so is what "£70m of equity" is an amount of.
	if conflicts && (it.modifier != "") != (len(g.modifiers) > 0) {
		return 0
	}
	if conflicts && (it.ofHead != "") != (len(g.ofHeads) > 0) {
		return 0
	}
	// Outlets that disagree do so within a factor of a few (police 8,000,
	// organisers 20,000); a quantity whose values would spread wider is
	// two quantities. (Checked against the whole quantity, so that it
	// cannot drift from 38 to 112 to 300 one step at a time.)
	if conflicts && max(g.hi, it.hi) > conflictSpread*min(g.lo, it.lo) {
		return 0
	}
	// One article giving two values counts two things, unless it reports a
	// dispute: each value with its own claimant ("police said 8,000,
	// organisers 20,000").
	if r, ok := g.docs[it.doc]; ok && conflicts && (it.lo > r[1]*(1+1e-9)+1e-12 || r[0] > it.hi*(1+1e-9)+1e-12) {
		claimed := g.docClaims[it.doc]
		if !it.elided && (it.f.ClaimedBy == "" || claimed[""] || claimed[claimHead(it.f.ClaimedBy)]) {
			return 0
		}
	}
	shared := 0
	for _, w := range it.words {
		if g.words[w] > 0 && (!conflicts || !it.common[w]) {
			shared++
			if isConcept(w) {
				// Folded from several words ("call", "spoke", "talks"):
				// two outlets wording one thing differently.
				shared++
			}
		}
	}
	score := shared
	if it.action != "" && sameAction(it.action, g.action, it.unit) {
		score += 2
	} else if shared == 0 {
		// No common action and no common context: nothing says the two
		// count the same thing ("1,200 people evacuated" and "nine people
		// dead" share only the unit).
		return 0
	}
	// A measure noun as unit ("magnitude", "turnout") says what is
	// measured by itself.
	if measureNouns[it.unit] && g.units[it.unit] > 0 {
		score += 2
	}
	// One article setting two sources' numbers side by side ("the navy
	// estimated 6,000 barrels; the operator said fewer than 2,500") is
	// reporting a dispute: that counts towards their being one quantity.
	if conflicts && it.unit != "" && (it.f.ClaimedBy != "" || it.elided) && score > 0 {
		if claimed, ok := g.docClaims[it.doc]; ok && (it.elided || !claimed[""] && !claimed[claimHead(it.f.ClaimedBy)]) {
			score++
		}
	}
	if conflicts && score < strongJoin {
		return 0
	}
	// Different values are one quantity's only when something right by
	// the numbers says so: the same action, the same measure noun, or a
	// word next to both ("45 passengers were aboard", "38 passengers
	// aboard"), not words a clause away.
	if conflicts && !(it.action != "" && sameAction(it.action, g.action, it.unit)) && !measureNouns[it.unit] && !it.elided &&
		!slices.ContainsFunc(it.tight, func(w string) bool { return g.tight[w] > 0 && !it.common[w] }) {
		return 0
	}
	// A bare number ("11", "97") says least of what it counts: to call it
	// a conflict its context must say more than the action alone.
	if conflicts && it.unit == "" && (it.action == "" || !sameAction(it.action, g.action, it.unit)) {
		return 0 // a bare number with no action in common: nothing says what it counts
	}
	if conflicts && it.unit == "" {
		plain := 0
		for _, w := range it.words {
			if g.words[w] > 0 && !actionGroups[w] && !it.common[w] {
				plain++
			}
		}
		if plain < strongJoin {
			return 0
		}
	}
	if g.units[it.unit] > 0 {
		score++
	}
	return score
}

// figCtx is what an article tells about its figures beyond their
// sentences: its places and the days its sentences name.
type figCtx struct {
	places map[string]string // a place's word, lower case → its canonical name, lower case
	names  map[string]bool   // the words of every entity's name, lower case
	actors []actorForm       // the people and organisations of the brief
	dates  []analyze.DateMention
	pub    string
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
	c := figCtx{places: map[string]string{}, names: map[string]bool{}}
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
			!text.IsStopword(toks[i+1].Lower()) && !hasDigit(toks[i+1].Text) && !strings.ContainsAny(sent[t0(toks, i):toks[i+1].Start], ",;:") {
			return
		}
		canon, ok := c.places[lw]
		if !ok {
			canon = lw
		}
		if !seenPlace[canon] {
			seenPlace[canon] = true
			it.places = append(it.places, canon)
		}
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
		if text.IsStopword(w) || reporting[w] || claim[w] || (len(w) < 3 && !hasDigit(w)) || normUnit(w) == it.unit || hasDigit(w) {
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
		if !notPlaces[run] && !seenPlace[canon] {
			seenPlace[canon] = true
			it.places = append(it.places, canon)
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
				if !seenPlace[canon] {
					seenPlace[canon] = true
					it.places = append(it.places, canon)
				}
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
			hi = v * (1 + approxOneSided)
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
// the short comma-bounded segments before the main clause that begin with a
// preposition or a sentence adverb ("Further north, in Halbeck, …", "In
// 1998, …"). 0 when the sentence opens with its main clause.
func openingEnd(sent string, toks []text.Token) int {
	end := 0
	for end < len(toks) {
		if !openers[toks[end].Lower()] {
			return end
		}
		k := end + 1
		for k < len(toks) && k-end <= 5 && !strings.Contains(sent[toks[k-1].End:toks[k].Start], ",") {
			k++
		}
		if k >= len(toks) || k-end > 5 {
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

// t0 is the end offset of token i (for the gap after it).
func t0(toks []text.Token, i int) int { return toks[i].End }

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

// result reports the quantity: values in its unit, agreement and
// independent origins.
func (g *quantity) result(items []figItem, docs []*doc) Quantity {
	// The unit: the most common, written as the figures write it.
	unit := mostCommon(g.units)
	written := map[string]int{}
	for _, i := range g.members {
		if items[i].unit == unit {
			written[strings.ToLower(strings.TrimSpace(items[i].f.Unit))]++
		}
	}
	shown := mostCommon(written)
	if shown == "" && unit == "person" {
		shown = "people" // bare numbers killed or injured
	}
	factor := 1.0
	if cv, ok := conversions[unit]; ok && g.dim == cv.dim {
		factor = cv.factor
	}
	if g.dim == dimDuration && timeUnits[unit] > 0 {
		factor = timeUnits[unit]
	}
	q := Quantity{Unit: shown, What: g.what(shown), Event: g.event, Values: []FigureValue{}}

	type valAcc struct {
		v       FigureValue
		sources sourceSet
	}
	var vals []*valAcc
	byKey := map[string]*valAcc{}
	origins := map[string]bool{}
	maxLo, minHi := math.Inf(-1), math.Inf(1)
	for _, i := range g.members {
		it := &items[i]
		value := it.f.Value * it.factor / factor
		key := strconv.FormatFloat(value, 'g', 10, 64) + "\x00" + strconv.FormatBool(it.f.Approx) + "\x00" +
			approxKey(it.f.Phrase) + "\x00" + strings.ToLower(it.f.ClaimedBy)
		a := byKey[key]
		if a == nil {
			a = &valAcc{v: FigureValue{Value: value, Approx: it.f.Approx, Phrase: it.f.Phrase, ClaimedBy: it.f.ClaimedBy}}
			byKey[key] = a
			vals = append(vals, a)
		}
		d := docs[it.doc]
		a.sources.add(d.source(it.f.Sentence))
		origins[strings.ToLower(d.origin)] = true
		maxLo, minHi = math.Max(maxLo, it.lo), math.Min(minHi, it.hi)
		if a.v.AsOf == "" || it.pub != "" && it.pub < a.v.AsOf {
			a.v.AsOf = it.pub
		}
	}
	for _, a := range vals {
		a.v.Sources = a.sources.sorted()
		q.Values = append(q.Values, a.v)
	}
	sort.SliceStable(q.Values, func(i, j int) bool { return len(q.Values[i].Sources) > len(q.Values[j].Sources) })
	q.IndependentSources = len(origins)
	switch {
	case conflicting(maxLo, minHi) && mayChange(g) && changedOverTime(g.members, items):
		q.Agreement = "changed"
	case conflicting(maxLo, minHi):
		q.Agreement = "conflict"
	case q.IndependentSources <= 1:
		q.Agreement = "single"
	default:
		q.Agreement = "agree"
	}
	if q.Agreement == "changed" {
		// Oldest first, undated last: how the figure moved.
		sort.SliceStable(q.Values, func(i, j int) bool {
			a, b := q.Values[i].AsOf, q.Values[j].AsOf
			return a != "" && (b == "" || a < b)
		})
	}
	return q
}

// mayChange reports whether a quantity is one that moves from day to day:
// a toll or another count of what happens to people and things (the dead,
// the homes destroyed, the cases), a price or a level, a temperature. A
// call's length, a deal's value or a crowd's size do not: values that differ
// between days are then a conflict.
func mayChange(g *quantity) bool {
	switch {
	case g.dim == dimDuration || measureNouns[g.dim]:
		return false
	case accumulating[g.action]:
		return true
	case g.dim == "degree":
		return true
	}
	for w := range g.words {
		if priceWords[w] {
			return true
		}
	}
	if isCurrency(g.dim) || measureUnits[g.dim] || strings.HasPrefix(g.dim, "\x00") {
		return false
	}
	return growingCounts[g.dim]
}

// priceWords say a value is a price or a level (a river's, a reservoir's), which
// moves from day to day.
var priceWords = map[string]bool{"share": true, "stock": true, "price": true, "closed": true, "traded": true,
	"index": true, "yield": true, "rate": true, "level": true, "temperature": true}

// growingCounts are counted nouns whose counts grow as a story goes on.
var growingCounts = map[string]bool{"case": true, "death": true, "victim": true, "casualty": true, "infection": true,
	"arrest": true, "evacuee": true, "home": true, "house": true, "household": true, "building": true, "customer": true,
	"person": true, "body": true}

func conflicting(maxLo, minHi float64) bool { return maxLo > minHi*(1+1e-9)+1e-12 }

// changedOverTime reports whether the values of a quantity differ only
// between publication days: on each day the outlets agree, the days'
// values move one way (a toll rising as bodies are found), and each undated
// report fits one of the days. A call's length does not change, so times
// are never read this way.
func changedOverTime(members []int, items []figItem) bool {
	type bounds struct{ lo, hi float64 }
	byDay := map[string]*bounds{}
	var undated []int
	for _, i := range members {
		it := &items[i]
		if it.copy {
			continue // a copy repeats its original's count, on its own later day
		}
		// The day the count was given: its article's (a day its sentence
		// names is more often the happening's: "Six people were killed
		// when the viaduct collapsed on Saturday"), else its sentence's.
		day := it.pub
		if day == "" {
			day = it.day
		}
		if day == "" {
			undated = append(undated, i)
			continue
		}
		b := byDay[day]
		if b == nil {
			b = &bounds{math.Inf(-1), math.Inf(1)}
			byDay[day] = b
		}
		b.lo, b.hi = math.Max(b.lo, it.lo), math.Min(b.hi, it.hi)
		if conflicting(b.lo, b.hi) {
			return false
		}
	}
	if len(byDay) < 2 {
		return false
	}
	days := make([]string, 0, len(byDay))
	for d := range byDay {
		days = append(days, d)
	}
	slices.Sort(days)
	up, down := true, true
	for k := 1; k < len(days); k++ {
		prev, cur := byDay[days[k-1]], byDay[days[k]]
		up = up && cur.hi >= prev.lo
		down = down && cur.lo <= prev.hi
	}
	if !up && !down {
		return false
	}
	for _, i := range undated {
		it := &items[i]
		if !slices.ContainsFunc(days, func(d string) bool {
			b := byDay[d]
			return !conflicting(math.Max(b.lo, it.lo), math.Min(b.hi, it.hi))
		}) {
			return false
		}
	}
	return true
}

// approxKey is the qualifier of an approximate phrase, so that "nearly two
// hours" and "more than two hours" stay two values.
func approxKey(phrase string) string {
	return strconv.Itoa(approxDirection(phrase))
}

// what names the counted thing: the unit and the action done to it
// ("drones launched": the action group's name), else the unit and its most common context word
// ("hours (talk)").
func (g *quantity) what(unit string) string {
	if unit == "" {
		unit = "number"
	}
	if g.action != "" {
		return unit + " " + g.action
	}
	best, n := "", 0
	for w, c := range g.words {
		if c > n || c == n && w < best {
			best, n = w, c
		}
	}
	if best == "" {
		return unit
	}
	return unit + " (" + best + ")"
}

func figSources(q Quantity) int {
	n := 0
	for _, v := range q.Values {
		n += len(v.Sources)
	}
	return n
}
