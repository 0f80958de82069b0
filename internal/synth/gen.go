package synth

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"time"
)

// vars are a template's slot values.
type vars map[string]string

// gen is the state of one Generate run. Its memory is bounded by the world
// and the actors' histories, not by the number of articles.
type gen struct {
	cfg     Config
	r       *rand.Rand
	w       *world
	kindW   []float64
	events  int
	seq     int
	history map[string]string // actor key -> recap of its latest event
}

func newGen(cfg Config) *gen {
	r := newRand(cfg.Seed)
	g := &gen{cfg: cfg, r: r, w: newWorld(r), history: map[string]string{}}
	sum := 0.0
	for _, k := range kinds {
		sum += k.weight
		g.kindW = append(g.kindW, sum)
	}
	return g
}

// expand fills template s: "{name}" is a slot, looked up in vs in order;
// "{a|b|c}" is a choice of one alternative (which may hold slots and
// choices of its own, and may be empty).
func (g *gen) expand(s string, vs ...vars) string {
	var b strings.Builder
	g.expandTo(&b, s, vs)
	return b.String()
}

func (g *gen) expandTo(b *strings.Builder, s string, vs []vars) {
	for i := 0; i < len(s); {
		j := strings.IndexByte(s[i:], '{')
		if j < 0 {
			b.WriteString(s[i:])
			return
		}
		b.WriteString(s[i : i+j])
		i += j
		depth, end := 0, -1
		var bars []int
	scan:
		for k := i; k < len(s); k++ {
			switch s[k] {
			case '{':
				depth++
			case '}':
				depth--
				if depth == 0 {
					end = k
					break scan
				}
			case '|':
				if depth == 1 {
					bars = append(bars, k)
				}
			}
		}
		if end < 0 {
			panic("synth: unbalanced template: " + s)
		}
		inner := s[i+1 : end]
		switch {
		case len(bars) > 0:
			k := g.r.IntN(len(bars) + 1)
			from, to := i+1, end
			if k > 0 {
				from = bars[k-1] + 1
			}
			if k < len(bars) {
				to = bars[k]
			}
			g.expandTo(b, s[from:to], vs)
		case isSlot(inner):
			v, ok := lookup(inner, vs)
			if !ok {
				panic("synth: no value for {" + inner + "} in: " + s)
			}
			b.WriteString(v)
		default:
			g.expandTo(b, inner, vs)
		}
		i = end + 1
	}
}

func isSlot(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '_') {
			return false
		}
	}
	return true
}

func lookup(k string, vs []vars) (string, bool) {
	for _, v := range vs {
		if x, ok := v[k]; ok {
			return x, true
		}
	}
	return "", false
}

// slots returns the slot names a template uses (in every alternative).
func slots(s string) []string {
	var out []string
	for i := 0; i < len(s); i++ {
		if s[i] != '{' {
			continue
		}
		j := i + 1
		for j < len(s) && (s[j] >= 'a' && s[j] <= 'z' || s[j] >= '0' && s[j] <= '9' || s[j] == '_') {
			j++
		}
		if j < len(s) && s[j] == '}' && j > i+1 {
			out = append(out, s[i+1:j])
		}
	}
	return out
}

// usable reports whether every slot of template s has a value.
func usable(s string, vs ...vars) bool {
	for _, k := range slots(s) {
		if _, ok := lookup(k, vs); !ok {
			return false
		}
	}
	return true
}

// sentence expands a template into a sentence: first letter capitalised,
// spaces tidied.
func (g *gen) sentence(tmpl string, vs ...vars) string {
	s := g.expand(tmpl, vs...)
	s = strings.Join(strings.Fields(s), " ")
	s = strings.ReplaceAll(s, " ,", ",")
	s = strings.ReplaceAll(s, " .", ".")
	return capFirst(s)
}

func (g *gen) num(lo, hi int) int { return lo + g.r.IntN(hi-lo+1) }

// event invents one event on day d and writes its articles.
func (g *gen) event(d time.Time) []*pending {
	k := &kinds[weighted(g.r, g.kindW)]
	g.events++
	id := fmt.Sprintf("ev%06d", g.events)
	at := d.Add(time.Duration(g.num(5*60, 22*60)) * time.Minute)
	v := vars{"month": at.Month().String(), "weekday": at.Weekday().String()}
	keys := k.setup(g, v)
	for _, key := range keys {
		if p, ok := g.history[key]; ok {
			v["prev"] = p
			break
		}
	}
	recap := g.expand(k.recap, v)
	for _, key := range keys {
		g.history[key] = recap
	}

	cfg := g.cfg
	n := cfg.MinArticlesPerEvent + int(float64(cfg.MaxArticlesPerEvent-cfg.MinArticlesPerEvent+1)*math.Pow(g.r.Float64(), perEventSkew))
	n = min(n, cfg.MaxArticlesPerEvent)
	// Coverage starts within hours and thins out over three days.
	offs := make([]time.Duration, n)
	for i := range offs {
		h := 0.5 + 5*g.r.Float64()
		if i > 0 {
			u := g.r.Float64()
			h = 0.5 + 72*u*u
		}
		offs[i] = time.Duration(h * float64(time.Hour))
	}
	slices.Sort(offs)
	repostP := 0.0
	if n > 1 {
		repostP = cfg.RepostShare * float64(n) / float64(n-1)
	}
	var out, originals []*pending
	for _, off := range offs {
		pub := at.Add(off)
		dated := g.r.Float64() >= cfg.UndatedShare
		var p *pending
		if len(originals) > 0 && g.r.Float64() < repostP {
			p = g.repost(k, v, at, pick(g.r, originals), pub, dated)
		} else {
			p = g.compose(k, v, at, pub, dated, g.w.outlet(g.r))
			originals = append(originals, p)
		}
		p.event, p.at, p.dated = id, pub, dated
		g.seq++
		p.seq = g.seq
		out = append(out, p)
	}
	return out
}

const (
	minWords   = 180 // of an original; reposts may lose a little
	maxWords   = 380
	hardMax    = 400
	repostFoot = "This article first appeared on "
	maxPerPara = 3 // most sentences a paragraph holds
)

// articleVars are the slots that depend on the article, not the event.
func (g *gen) articleVars(at, pub time.Time, dated bool, out *outlet) vars {
	other := g.w.outlet(g.r)
	for other == out {
		other = g.w.outlet(g.r)
	}
	return vars{"when": g.when(at, pub, dated), "outlet": out.name, "outlet_other": other.name}
}

// compose writes one article of an event of kind k.
func (g *gen) compose(k *kind, v vars, at, pub time.Time, dated bool, out *outlet) *pending {
	av := g.articleVars(at, pub, dated, out)
	p := &pending{out: out, title: strings.TrimSuffix(g.sentence(pick(g.r, k.titles), av, v), ".")}
	lead := g.sentence(pick(g.r, k.leads), av, v)

	// Sentences of the kind first and foremost, mixed with general ones.
	own := g.usableShuffled(k.body, av, v)
	general := g.usableShuffled(generalBody, av, v)
	if _, ok := v["prev"]; ok && g.r.IntN(3) > 0 {
		own = append([]string{historyBody}, own...)
		g.r.Shuffle(min(4, len(own)), func(i, j int) { own[i], own[j] = own[j], own[i] })
	}
	target := g.num(minWords, maxWords)
	words := countWords(p.title) + countWords(lead)
	para := []string{lead}
	perPara := 1 + g.r.IntN(2)
	for words < target && (len(own) > 0 || len(general) > 0) {
		var t string
		if len(own) > 0 && (len(general) == 0 || g.r.IntN(4) > 0) {
			t, own = own[0], own[1:]
		} else {
			t, general = general[0], general[1:]
		}
		s := g.sentence(t, av, v)
		n := countWords(s)
		if words+n > maxWords {
			continue
		}
		if len(para) >= perPara {
			p.paras = append(p.paras, para)
			para, perPara = nil, 1+g.r.IntN(maxPerPara)
		}
		para = append(para, s)
		words += n
	}
	p.paras = append(p.paras, para)
	return p
}

// usableShuffled returns the templates whose slots all have values, in
// random order.
func (g *gen) usableShuffled(ts []string, vs ...vars) []string {
	out := make([]string, 0, len(ts))
	for _, t := range ts {
		if usable(t, vs...) {
			out = append(out, t)
		}
	}
	g.r.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
	return out
}

// repost copies orig under another outlet: a new first sentence, the rest
// as it was, and a line naming where it first appeared.
func (g *gen) repost(k *kind, v vars, at time.Time, orig *pending, pub time.Time, dated bool) *pending {
	out := g.w.outlet(g.r)
	for out == orig.out {
		out = g.w.outlet(g.r)
	}
	av := g.articleVars(at, pub, dated, out)
	p := &pending{out: out, title: orig.title}
	for _, para := range orig.paras {
		p.paras = append(p.paras, slices.Clone(para))
	}
	p.paras[0][0] = g.sentence(pick(g.r, k.leads), av, v)
	foot := []string{repostFoot + orig.out.name + "."}
	// Keep within the length bounds.
	for words(p) > hardMax-countWords(foot[0]) && len(p.paras) > 1 {
		last := p.paras[len(p.paras)-1]
		if len(last) == 1 {
			p.paras = p.paras[:len(p.paras)-1]
		} else {
			p.paras[len(p.paras)-1] = last[:len(last)-1]
		}
	}
	p.paras = append(p.paras, foot)
	return p
}

func words(p *pending) int {
	n := countWords(p.title)
	for _, para := range p.paras {
		for _, s := range para {
			n += countWords(s)
		}
	}
	return n
}

func countWords(s string) int { return len(strings.Fields(s)) }

// when is how an article's lead dates the event: relative to its
// publication day when it has one ("on Tuesday", "yesterday"), else often
// in full; sometimes not at all.
func (g *gen) when(at, pub time.Time, dated bool) string {
	e := day(at)
	wd := " on " + e.Weekday().String()
	dm := fmt.Sprintf(" on %d %s", e.Day(), e.Month())
	md := fmt.Sprintf(" on %s %d", e.Month(), e.Day())
	full := fmt.Sprintf(" on %d %s %d", e.Day(), e.Month(), e.Year())
	if !dated {
		return pick(g.r, []string{full, full, md + ", " + strconv.Itoa(e.Year()), wd, ""})
	}
	switch int(day(pub).Sub(e).Hours() / 24) {
	case 0:
		return pick(g.r, []string{wd, wd, " today", " earlier today", ""})
	case 1:
		return pick(g.r, []string{wd, wd, " yesterday", dm, ""})
	default:
		return pick(g.r, []string{wd, dm, md, dm, ""})
	}
}

// commas writes n with thousands separators.
func commas(n int) string {
	s := strconv.Itoa(n)
	if n < 0 {
		return "-" + commas(-n)
	}
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

func ordinal(n int) string {
	names := []string{"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"}
	if n >= 1 && n <= len(names) {
		return names[n-1]
	}
	return strconv.Itoa(n) + "th"
}

// decimal writes x with one decimal.
func decimal(x float64) string { return strconv.FormatFloat(x, 'f', 1, 64) }
