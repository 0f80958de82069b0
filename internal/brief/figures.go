package brief

import (
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"

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

// otherClaimant reports whether a quantity has a member claimed by a named
// source other than head.
func otherClaimant(g *quantity, head string) bool {
	for c := range g.claims {
		if c != "" && c != head {
			return true
		}
	}
	return false
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
	lo, hi   float64  // the values it allows, in the dimension's base
	places   []string // canonical places it is counted in (lower case)
	ofHead   string   // the noun of "of …" after it: "31 percent of the company"
	modifier string   // a capitalised word before its unit: "48 Kostravan prisoners"
	actors   []string // the people and organisations its clause is about
	period   string   // the periods it covers, sorted and joined ("" for none)
	day      string   // the day its sentence names (YYYY-MM-DD), "" when none
	pub      string   // its article's publication day, "" when undated
	copy     bool     // its article is a syndicated copy
	elided   bool     // a bare number answering another source's figure in its sentence
	tight    []string // context words right by the number (tightWindow)
	// sentActions are the action groups named anywhere in its sentence.
	sentActions []string
	common      map[string]bool // which of words are common to its event's figures
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
	claims       map[string]bool         // all its members' claimants (heads, "" for none)
	// values are its members' values as written (in the dimension's
	// base), each with its units.
	values map[float64]map[string]bool
	// sentActions are the action groups named in its members' sentences.
	sentActions map[string]bool
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
	fillCoordinated(items)
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
				maxLo: it.lo, minHi: it.hi, places: map[string]bool{}, ofHeads: map[string]bool{}, tight: map[string]int{}, modifiers: map[string]bool{}, actors: map[string]bool{}, period: it.period, days: map[string]bool{}, docs: map[int][2]float64{}, docClaims: map[int]map[string]bool{}, claims: map[string]bool{}, values: map[float64]map[string]bool{}, sentActions: map[string]bool{}})
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
		g.claims[claimHead(it.f.ClaimedBy)] = true
		g.members = append(g.members, i)
		if g.values[it.f.Value*it.factor] == nil {
			g.values[it.f.Value*it.factor] = map[string]bool{}
		}
		g.values[it.f.Value*it.factor][it.unit] = true
		for _, a := range it.sentActions {
			g.sentActions[a] = true
		}
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
			(!text.IsStopword(toks[last+1].Lower()) || rateWords[toks[last+1].Lower()] || auxiliaries[toks[last+1].Lower()]) {
			// "41.60 per dollar" is a rate of its own; in "only two were
			// working" the number opens a clause of its own.
			continue
		}
		at := strings.Index(it.f.Sentence, it.f.Phrase)
		// The figure answered: the nearest before it in the sentence, a
		// count of a size with it (not a duration: "the worst in more than
		// 20 years, … 57").
		var o *figItem
		bestAt := -1
		for _, j := range byDoc[it.doc] {
			c := &items[j]
			if j == i || c.f.Sentence != it.f.Sentence || c.unit == "" || c.elided || c.dim == dimDuration || c.unit == "year" {
				continue
			}
			k := strings.Index(c.f.Sentence, c.f.Phrase)
			if k < 0 || k >= at || k <= bestAt || c.hi > conflictSpread*it.lo*c.factor || it.hi*c.factor > conflictSpread*c.lo {
				continue
			}
			o, bestAt = c, k
		}
		if o != nil {
			it.unit, it.dim, it.factor, it.action, it.elided = o.unit, o.dim, o.factor, o.action, true
			it.lo, it.hi = valueRange(it.f, o.factor)
			it.words = append(it.words[:0:0], o.words...)
			it.period, it.places, it.day = o.period, o.places, o.day
		}
	}
}

// fillCoordinated gives a bare number joined by "and" to a figure before it
// that figure's counted noun and qualifier: in "Seven Aurenne soldiers were
// killed and 12 wounded" the 12 are Aurenne soldiers, not "12 people", so
// that they are not set against "five" Kestany soldiers wounded. Only counts
// (not measures) and only when the bare number has an action of its own.
func fillCoordinated(items []figItem) {
	byDoc := map[int][]int{}
	for i := range items {
		byDoc[items[i].doc] = append(byDoc[items[i].doc], i)
	}
	for i := range items {
		it := &items[i]
		if it.f.Unit != "" || it.action == "" || it.f.Sentence == "" {
			continue
		}
		toks := text.Tokens(it.f.Sentence)
		first, _ := phraseTokens(it.f.Sentence, it.f.Phrase, toks)
		if first < 1 || toks[first-1].Lower() != "and" {
			continue
		}
		at := strings.Index(it.f.Sentence, it.f.Phrase)
		var o *figItem
		bestAt := -1
		for _, j := range byDoc[it.doc] {
			c := &items[j]
			k := strings.Index(c.f.Sentence, c.f.Phrase)
			if j == i || c.f.Sentence != it.f.Sentence || k < 0 || k >= at || k <= bestAt {
				continue
			}
			o, bestAt = c, k
		}
		if o == nil || o.f.Unit == "" || o.dim != o.unit || measureUnits[o.unit] || isCurrency(o.unit) || o.action == "" {
			continue
		}
		it.unit, it.dim, it.modifier = o.unit, o.dim, o.modifier
	}
}

// rateWords after a number make it a rate: "41.60 per dollar".
var rateWords = map[string]bool{"per": true, "a": true, "an": true, "each": true, "every": true}

// answerWords come just before the bare number that answers another source's
// figure: "says 38", "showed 38", "put it at 38", "not 1,900".
var answerWords = map[string]bool{"says": true, "said": true, "say": true, "showed": true, "shows": true, "put": true,
	"puts": true, "estimated": true, "estimates": true, "counted": true, "counts": true, "gave": true, "gives": true,
	"at": true, "as": true, "not": true, "claimed": true, "claims": true, "reported": true}

// auxiliaries after a bare number make it the subject of a clause of its
// own ("only two were working").
var auxiliaries = map[string]bool{"was": true, "were": true, "is": true, "are": true, "had": true, "have": true,
	"has": true, "will": true, "would": true, "could": true, "remain": true, "remained": true}

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
	conflicts := max(g.maxLo, it.lo) > min(g.minHi, it.hi)*(1+1e-9)+1e-12
	if !periodsFit(it.period, g.period, conflicts) {
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
	} else if shared == 0 && !sameFigure(it, g) {
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
	// Spans of time and percentages are what an article measures most and
	// for the most different things (a sentence, a delay, a margin; food
	// prices and energy prices, one shareholder's stake and another's):
	// different ones are a conflict only as a dispute between named
	// sources ("police say 3 hours, organisers 5"), or when they time one
	// meeting or call. (Sums and sizes need the word right by the numbers
	// below; this rule held them too, and cost a third of the labelled
	// conflicts found without one more wrong. Percentages it let through
	// on a word like "prices" were wrong three times out of four.)
	if conflicts && (it.dim == dimDuration || it.unit == "percent") && it.action == "" && !it.elided && g.words["talk"] == 0 &&
		!(it.f.ClaimedBy != "" && otherClaimant(g, claimHead(it.f.ClaimedBy))) {
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

// periodsFit reports whether two figures' periods (see figItem.period) let
// them be one quantity's: the same, or, for values that agree, differing
// only in weak tags: an ordinal ("on the first day of the strike") or an
// hour of the day ("by Tuesday evening") said on one side and not the
// other.
func periodsFit(a, b string, conflicts bool) bool {
	if a == b {
		return true
	}
	if conflicts {
		// (Relaxed for values that differ too, it found one more
		// labelled conflict and showed one more false one.)
		return false
	}
	strong := func(p string) []string {
		var out []string
		fs := strings.Fields(p)
		for i := 0; i < len(fs); i++ {
			switch fs[i] {
			case "nth":
			case "at": // "at evening", "at 30"
				i++
			default:
				out = append(out, fs[i])
			}
		}
		return out
	}
	return slices.Equal(strong(a), strong(b))
}

// sameFigure reports whether a figure repeats the one value of a quantity
// in its unit: "312 flights" where another outlet wrote "cancelled 312
// flights". Within one event, two outlets' figures of one value and one
// counted noun count one thing (on our labelled sets 96% of such pairs
// of articles, 99% for numbers that are not small or round), so the same
// figure needs no shared context to agree; whatever says they count
// different things (an action, a day, a place, a period) has been
// checked before. Not for measures (percent, money, times, lengths:
// "three months" or "31 percent" of one event are often two things) nor
// for one or two of something.
func sameFigure(it *figItem, g *quantity) bool {
	if it.unit == "" || it.dim != it.unit || measureUnits[it.unit] || measureNouns[it.unit] || isCurrency(it.unit) ||
		it.f.Value <= 2 || len(g.values) != 1 {
		return false
	}
	units, ok := g.values[it.f.Value*it.factor]
	if !ok || !units[it.unit] {
		return false
	}
	// Where one side's action was not read, its sentence must not name
	// another: "launched 163 drones … and six cruise missiles" is not the
	// "downed … six cruise missiles" of another outlet, though all six
	// were shot down.
	if it.action == "" && g.action != "" {
		return !slices.ContainsFunc(it.sentActions, func(a string) bool { return !sameAction(a, g.action, it.unit) })
	}
	if it.action != "" && g.action == "" {
		for a := range g.sentActions {
			if !sameAction(a, it.action, it.unit) {
				return false
			}
		}
	}
	return true
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
