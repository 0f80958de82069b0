package brief

import (
	"math"
	"sort"
	"strconv"
	"strings"

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
// Times convert between units (90 minutes = 1.5 hours) so that they can be
// compared; other units join only when equal after plural folding.

const (
	// figWindow is how many tokens either side of the number are its
	// context.
	figWindow = 6
	// approxTolerance is the margin an approximate value allows: "nearly
	// two hours" is 1.6–2 hours, "about 100" 80–120, "more than 100"
	// 100–120.
	approxTolerance = 0.2
	// magnitudeGap is the ratio of values beyond which two figures are not
	// read as claims about one quantity.
	magnitudeGap = 5
)

// actions maps words to the action group they belong to. A phrase ("shot
// down") is matched by its first word; the group's name says what a
// quantity counts ("drones intercepted").
var actions = func() map[string]string {
	m := map[string]string{}
	for group, words := range map[string]string{
		"launched":    "launch launched launches launching fired fire fires firing sent unleashed",
		"intercepted": "intercepted intercept intercepts shot downed destroyed destroy neutralised neutralized repelled repel",
		"killed":      "killed kill kills killing dead died deaths death",
		"injured":     "injured injuring wounded wounding hurt",
		"arrested":    "arrested detained detain arrest",
		"evacuated":   "evacuated evacuate evacuation fled displaced rescued",
		"missing":     "missing",
		"released":    "released freed release",
		"captured":    "captured seized capture seize",
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
	for _, w := range strings.Fields("call spoke speak speaking talk talked talking conversation phone phoned discussion discussed meeting met") {
		m[w] = "talk"
	}
	return m
}()

// timeUnits are minutes per unit.
var timeUnits = map[string]float64{"second": 1.0 / 60, "sec": 1.0 / 60, "minute": 1, "min": 1, "hour": 60, "hr": 60,
	"day": 1440, "week": 10080, "fortnight": 20160, "month": 43200, "year": 525600}

// measureUnits say how much, not what: they need a shared context to join.
var measureUnits = map[string]bool{"percent": true, "$": true, "€": true, "£": true, "dollar": true, "euro": true,
	"pound": true, "usd": true, "eur": true, "gbp": true, "km": true, "kilometre": true, "kilometer": true, "mile": true,
	"metre": true, "meter": true, "kg": true, "tonne": true, "ton": true, "barrel": true, "degree": true}

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
	}
	return text.Stem(u)
}

// figItem is one figure of one article, read for grouping.
type figItem struct {
	doc    int
	f      analyze.Figure
	unit   string  // normalised
	dim    string  // "time" for times, else the unit
	factor float64 // to the dimension's base (minutes for time), 1 otherwise
	action string  // action group, "" when none near
	words  []string
	lo, hi float64 // the values it allows, in the dimension's base
}

// quantity is a group of figures being gathered.
type quantity struct {
	dim     string
	units   map[string]int
	action  string
	words   map[string]int
	members []int
	lo, hi  float64 // the range of its members' values, in the dimension's unit
}

// figures groups the figures into quantities and tells where the outlets
// agree.
func figures(docs []*doc) []Quantity {
	var items []figItem
	for di, d := range docs {
		for _, f := range d.in.Analysis.Figures {
			if math.IsNaN(f.Value) || math.IsInf(f.Value, 0) {
				continue
			}
			items = append(items, readFigure(di, f))
		}
	}
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
			groups = append(groups, &quantity{dim: it.dim, units: map[string]int{}, words: map[string]int{}, lo: it.lo, hi: it.hi})
			best = len(groups) - 1
			byDim[key] = append(byDim[key], best)
		}
		g := groups[best]
		g.lo, g.hi = min(g.lo, it.lo), max(g.hi, it.hi)
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
		return out[i].What < out[j].What
	})
	return out
}

// joinScore is how well a figure fits a quantity of its dimension: 0 when
// it does not (see the package comment on figures).
func joinScore(it *figItem, g *quantity) int {
	if it.action != "" && g.action != "" && it.action != g.action {
		return 0
	}
	// Values an order of magnitude apart measure different things ("almost
	// three years" since talks last met, "nearly two hours" of a call):
	// outlets disagree by a fraction, not by a factor of ten.
	if it.hi*magnitudeGap < g.lo || it.lo > g.hi*magnitudeGap {
		return 0
	}
	shared := 0
	for _, w := range it.words {
		if g.words[w] > 0 {
			shared++
		}
	}
	score := shared
	if it.action != "" && it.action == g.action {
		score += 2
	} else if shared == 0 {
		// No common action and no common context: nothing says the two
		// count the same thing ("1,200 people evacuated" and "nine people
		// dead" share only the unit).
		return 0
	}
	if g.units[it.unit] > 0 {
		score++
	}
	return score
}

// readFigure reads a figure's unit, action, context and range.
func readFigure(di int, f analyze.Figure) figItem {
	it := figItem{doc: di, f: f, unit: normUnit(f.Unit), factor: 1}
	it.dim = it.unit
	if m, ok := timeUnits[it.unit]; ok {
		it.dim, it.factor = "time", m
	}
	sent := f.Sentence
	if sent == "" {
		sent = f.Phrase
	}
	toks := text.Tokens(sent)
	ps := strings.Index(sent, f.Phrase)
	pe := ps + len(f.Phrase)
	if ps < 0 || f.Phrase == "" {
		ps, pe = 0, 0
	}
	first, last := -1, -1 // token range of the phrase
	for i, t := range toks {
		if t.End > ps && t.Start < pe {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 {
		first, last = 0, -1
	}
	claim := map[string]bool{}
	for _, w := range contentWords(f.ClaimedBy) {
		claim[w] = true
	}
	bestDist := math.MaxInt
	seen := map[string]bool{}
	for i, t := range toks {
		if i >= first && i <= last {
			continue
		}
		dist := first - i
		if i > last {
			dist = i - last
		}
		lw := strings.ToLower(t.Text)
		if g, ok := actions[lw]; ok && dist < bestDist {
			it.action, bestDist = g, dist
		}
		// Names say who, not what is counted: "Putin" near a call's length
		// and near a ceasefire's must not make them one quantity.
		if dist > figWindow || t.Capitalized() {
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
		if !seen[w] {
			seen[w] = true
			it.words = append(it.words, w)
		}
	}
	// Actions far from the number belong to another clause.
	if bestDist > 2*figWindow {
		it.action = ""
	}
	v := f.Value * it.factor
	it.lo, it.hi = v, v
	if f.Approx {
		switch approxDirection(f.Phrase) {
		case -1:
			it.lo = v * (1 - approxTolerance)
		case 1:
			it.hi = v * (1 + approxTolerance)
		default:
			it.lo, it.hi = v*(1-approxTolerance), v*(1+approxTolerance)
		}
		if it.lo > it.hi {
			it.lo, it.hi = it.hi, it.lo
		}
	}
	return it
}

// approxDirection tells from a phrase's words whether an approximate value
// is an upper bound (-1: "nearly", "up to"), a lower bound (1: "more
// than", "at least") or either side (0: "about", "some").
func approxDirection(phrase string) int {
	p := " " + normText(phrase) + " "
	for _, c := range []string{" nearly ", " almost ", " under ", " less than ", " fewer than ", " up to ", " close to ", " as many as ", " just short of ", " shy of "} {
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
	factor := 1.0
	if g.dim == "time" {
		factor = timeUnits[unit]
	}
	q := Quantity{Unit: shown, What: g.what(shown), Values: []FigureValue{}}

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
	}
	for _, a := range vals {
		a.v.Sources = a.sources.sorted()
		q.Values = append(q.Values, a.v)
	}
	sort.SliceStable(q.Values, func(i, j int) bool { return len(q.Values[i].Sources) > len(q.Values[j].Sources) })
	q.IndependentSources = len(origins)
	switch {
	case maxLo > minHi*(1+1e-9)+1e-12:
		q.Agreement = "conflict"
	case q.IndependentSources <= 1:
		q.Agreement = "single"
	default:
		q.Agreement = "agree"
	}
	return q
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
