package cluster

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"time"
)

// event is a group of items reporting one happening.
type event struct {
	id      string
	members []*item
}

// Clusterer assigns items to events incrementally. It is not safe for
// concurrent use.
type Clusterer struct {
	cfg    Config
	voc    *vocab // terms and their document frequencies over all items seen
	n      int    // items seen
	items  map[string]*item
	index  map[int32][]*item // term -> active items whose top terms hold it
	sims   map[uint64]cachedSim
	events map[string]*event
	nextID int
	seq    int
	newest time.Time
	closed []summary // events whose items left the window
	// finished events can no longer change (see Finished).
	finished []Event
	// primed ids had their terms counted by Prime already.
	primed map[string]bool
}

// Prime counts an item's terms in the document frequencies before it is
// added. A caller that holds a batch of items primes them all first, so the
// earliest ones are compared with the weights of the whole batch rather
// than of the few items before them.
func (c *Clusterer) Prime(it Item) {
	if c.primed[it.ID] {
		return
	}
	c.primed[it.ID] = true
	f := c.featurize(it)
	c.n++
	c.countFields(f)
}

// countFields adds an item's terms to the document frequencies, overall
// and per field: a word rare among titles (the other party of a call) is
// telling there even when every body mentions it.
func (c *Clusterer) countFields(f *item) {
	for _, id := range f.all.ids {
		c.voc.df[id]++
	}
	for _, id := range f.titleV.ids {
		c.voc.dfT[id]++
	}
}

// count adds a new item's terms to the document frequencies.
func (c *Clusterer) count(f *item) {
	if c.primed[f.id] {
		delete(c.primed, f.id)
		return
	}
	c.n++
	c.countFields(f)
}

// New returns an empty Clusterer.
func New(cfg Config) *Clusterer {
	return &Clusterer{cfg: cfg, voc: newVocab(), items: map[string]*item{}, index: map[int32][]*item{},
		events: map[string]*event{}, primed: map[string]bool{}, sims: map[uint64]cachedSim{}}
}

// Change is an item's new event.
type Change struct {
	ID, Event string
}

// Add clusters one item and returns the items whose event changed: the new
// one, and earlier ones that moved to a better event. Adding an id that is
// still active again is an error.
func (c *Clusterer) Add(it Item) ([]Change, error) {
	f, copied, err := c.admit(it)
	if err != nil {
		return nil, err
	}
	if copied {
		return []Change{{f.id, f.event.id}}, nil
	}

	// Candidates through the index, then the events they belong to, the
	// most similar first, up to MaxNeighbourhood items.
	type near struct {
		ev  *event
		sim float64
	}
	var evs []near
	best := map[*event]int{}
	for _, o := range c.candidates(f) {
		if o.event == nil {
			continue
		}
		s := c.sim(f, o)
		if s < c.cfg.Threshold/2 {
			continue
		}
		if i, ok := best[o.event]; ok {
			evs[i].sim = max(evs[i].sim, s)
			continue
		}
		best[o.event] = len(evs)
		evs = append(evs, near{o.event, s})
	}
	sort.SliceStable(evs, func(i, j int) bool { return evs[i].sim > evs[j].sim })
	// No event near: the item starts one, without re-clustering anything.
	if len(evs) == 0 {
		c.nextID++
		ev := &event{id: fmt.Sprintf("e%d", c.nextID), members: []*item{f}}
		c.events[ev.id] = ev
		f.event = ev
		c.afterAdd(f)
		return []Change{{f.id, ev.id}}, nil
	}
	var hood []*item
	for _, n := range evs {
		if len(hood)+len(n.ev.members) > c.cfg.MaxNeighbourhood && len(hood) > 0 {
			break
		}
		// Only active members are clustered again: those that left the
		// window stay where they are (and leave no similarities behind).
		for _, m := range n.ev.members {
			if c.items[m.id] == m {
				hood = append(hood, m)
			}
		}
	}
	hood = append(hood, f)
	before := make([]*event, len(hood))
	for i, it := range hood {
		before[i] = it.event
	}
	c.recluster(hood)
	var changes []Change
	for i, it := range hood {
		if it.event != before[i] {
			changes = append(changes, Change{it.id, it.event.id})
			for _, cp := range it.copies {
				cp.event = it.event
				changes = append(changes, Change{cp.id, it.event.id})
			}
		}
	}
	c.afterAdd(f)
	return changes, nil
}

// admit makes an item of it, numbers and counts it, and makes it active.
// A copy of an active original follows that original's event (it adds
// coverage, not evidence, so it takes no part in the clustering): copied
// reports that it was placed so.
func (c *Clusterer) admit(it Item) (f *item, copied bool, err error) {
	if _, dup := c.items[it.ID]; dup {
		return nil, false, fmt.Errorf("cluster: item %q added twice", it.ID)
	}
	f = c.featurize(it)
	c.seq++
	f.seq = c.seq
	c.count(f)
	c.items[f.id] = f
	if orig, ok := c.items[f.dupOf]; ok && orig.event != nil {
		orig.copies = append(orig.copies, f)
		f.event = orig.event
		return f, true, nil
	}
	return f, false, nil
}

// afterAdd indexes a placed item and evicts what left the window.
func (c *Clusterer) afterAdd(f *item) {
	c.indexItem(f)
	if f.date != nil && f.date.After(c.newest) {
		c.newest = *f.date
		c.evict()
	} else if f.date == nil && c.seq%c.cfg.UndatedWindow == 0 {
		c.evict()
	}
}

func (c *Clusterer) indexItem(f *item) {
	for _, t := range f.top {
		c.index[t] = append(c.index[t], f)
	}
}

// candidates returns the active items, within the date window, that share
// the most of f's top terms (weighted by how rare each term is): at most
// MaxCandidates, so the cost of an arrival does not grow with the archive.
func (c *Clusterer) candidates(f *item) []*item {
	score := map[*item]float64{}
	for _, t := range f.top {
		w := idf(c.n, c.voc.df[t], 0)
		for _, o := range c.index[t] {
			score[o] += w
		}
	}
	out := make([]*item, 0, len(score))
	for o := range score {
		if c.inWindow(f, o) {
			out = append(out, o)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if score[out[i]] != score[out[j]] {
			return score[out[i]] > score[out[j]]
		}
		return out[i].seq < out[j].seq
	})
	if len(out) > c.cfg.MaxCandidates {
		out = out[:c.cfg.MaxCandidates]
	}
	return out
}

func (c *Clusterer) inWindow(a, b *item) bool {
	if a.date == nil || b.date == nil {
		return true
	}
	return math.Abs(a.date.Sub(*b.date).Hours()/24) <= float64(c.cfg.WindowDays)
}

// recluster groups items by average linkage and gives the groups event
// ids: each group keeps the id of the old event it shares most items with
// (largest groups choose first), so ids stay stable as events grow.
func (c *Clusterer) recluster(items []*item) {
	// Average linkage over a matrix of summed similarities between
	// groups: a merge updates one row, so m items cost O(m³) at worst
	// with small constants, not O(m⁴) similarity look-ups.
	m := len(items)
	groups := make([][]*item, m)
	sum := make([][]float64, m)
	for i, it := range items {
		groups[i] = []*item{it}
		sum[i] = make([]float64, m)
	}
	for i := range items {
		for j := i + 1; j < m; j++ {
			s := c.sim(items[i], items[j])
			sum[i][j], sum[j][i] = s, s
		}
	}
	alive := make([]bool, m)
	for i := range alive {
		alive[i] = true
	}
	for {
		bi, bj, best := -1, -1, c.cfg.Threshold
		for i := range m {
			if !alive[i] {
				continue
			}
			for j := i + 1; j < m; j++ {
				if !alive[j] {
					continue
				}
				if l := sum[i][j] / float64(len(groups[i])*len(groups[j])); l >= best {
					bi, bj, best = i, j, l
				}
			}
		}
		if bi < 0 {
			break
		}
		groups[bi] = append(groups[bi], groups[bj]...)
		groups[bj] = nil
		alive[bj] = false
		for k := range m {
			sum[bi][k] += sum[bj][k]
			sum[k][bi] = sum[bi][k]
		}
	}
	var kept [][]*item
	for i, g := range groups {
		if alive[i] {
			kept = append(kept, g)
		}
	}
	groups = kept
	// Old events of these items lose them; groups take ids by overlap.
	old := map[*event]bool{}
	for _, it := range items {
		if it.event != nil {
			old[it.event] = true
		}
	}
	sort.SliceStable(groups, func(i, j int) bool { return len(groups[i]) > len(groups[j]) })
	taken := map[*event]bool{}
	for _, g := range groups {
		votes := map[*event]int{}
		for _, it := range g {
			if it.event != nil && !taken[it.event] {
				votes[it.event]++
			}
		}
		var ev *event
		for e, v := range votes {
			if ev == nil || v > votes[ev] || v == votes[ev] && e.id < ev.id {
				ev = e
			}
		}
		if ev == nil {
			c.nextID++
			ev = &event{id: fmt.Sprintf("e%d", c.nextID)}
			c.events[ev.id] = ev
		}
		taken[ev] = true
		in := map[*item]bool{}
		for _, it := range g {
			in[it] = true
		}
		// Keep members outside this neighbourhood (capped out of it).
		var keep []*item
		for _, m := range ev.members {
			if !slices.Contains(items, m) && !in[m] {
				keep = append(keep, m)
			}
		}
		ev.members = append(keep, g...)
		for _, it := range g {
			it.event = ev
		}
	}
	for e := range old {
		if !taken[e] {
			var left []*item
			for _, m := range e.members {
				if m.event == e {
					left = append(left, m)
				}
			}
			e.members = left
			if len(left) == 0 {
				delete(c.events, e.id)
			}
		}
	}
}

// sim is the similarity of two items: the weighted TF-IDF cosines of their
// titles and of their whole bags, plus the date term.
func (c *Clusterer) sim(a, b *item) float64 {
	if a == b {
		return 1
	}
	key := pairKey(a, b)
	if cs, ok := c.sims[key]; ok && float64(c.n) <= 1.25*float64(cs.n) {
		return float64(cs.sim)
	}
	s := c.computeSim(a, b)
	c.sims[key] = cachedSim{float32(s), int32(c.n)}
	return s
}

// cachedSim is a similarity and the number of items counted when it was
// computed: the same pairs meet again and again in re-clustering, and are
// computed again only once a quarter more items have come.
type cachedSim struct {
	sim float32
	n   int32
}

func pairKey(a, b *item) uint64 {
	x, y := uint64(a.seq), uint64(b.seq)
	if x > y {
		x, y = y, x
	}
	return x<<32 | y
}

func (c *Clusterer) computeSim(a, b *item) float64 {
	s := c.cfg.AllSim*dot(a.all, weigh(a.all, &a.wAll, c.n, c.voc.df, c.cfg.IDFFloor), b.all, weigh(b.all, &b.wAll, c.n, c.voc.df, c.cfg.IDFFloor)) +
		c.dateTerm(a, b)
	if c.cfg.TitleSim != 0 {
		s += c.cfg.TitleSim * dot(a.titleV, weigh(a.titleV, &a.wTitle, c.n, c.voc.dfT, c.cfg.TitleIDFFloor),
			b.titleV, weigh(b.titleV, &b.wTitle, c.n, c.voc.dfT, c.cfg.TitleIDFFloor))
	}
	return s
}

// dateTerm scores what two items say of their days. The days they state
// count fully: the same first day is a bonus; first days one day apart, or
// further, a penalty, unless one item's first day is among the other's
// days (a reaction mentions the happening's day). Weekdays alone compare
// as days of the week. Publication dates alone count loosely: an article
// may appear a day or two after the happening.
func (c *Clusterer) dateTerm(a, b *item) float64 {
	if len(a.days) > 0 && len(b.days) > 0 {
		switch relate(a.days[0], b.days[0]) {
		case relSame:
			return c.cfg.SameDay
		case relUnknown:
		default:
			for _, x := range a.days[1:] {
				if relate(x, b.days[0]) == relSame {
					return 0
				}
			}
			for _, y := range b.days[1:] {
				if relate(a.days[0], y) == relSame {
					return 0
				}
			}
			switch relate(a.days[0], b.days[0]) {
			case relNext:
				return c.cfg.NextDay
			case relApart:
				return c.cfg.Apart
			case relApartish:
				return c.cfg.ApartWeekday
			}
		}
	}
	if a.pub == nil || b.pub == nil {
		return 0
	}
	days := math.Abs(truncDay(*a.pub).Sub(truncDay(*b.pub)).Hours() / 24)
	if days <= float64(c.cfg.PubSlackDays) {
		return c.cfg.PubNear
	}
	return c.cfg.PubFar
}

// evict drops items (and their index entries and cached similarities) that
// fell out of the window: dated ones older than the window behind the
// newest date, undated ones older than UndatedWindow arrivals.
func (c *Clusterer) evict() {
	if c.cfg.Keep {
		return
	}
	cutoff := c.newest.AddDate(0, 0, -2*c.cfg.WindowDays)
	stale := func(it *item) bool {
		// Recent arrivals stay, whatever their date: an archive ingested
		// out of date order still meets its own events.
		if c.seq-it.seq <= c.cfg.UndatedWindow {
			return false
		}
		return it.date == nil || it.date.Before(cutoff)
	}
	for t, list := range c.index {
		kept := list[:0]
		for _, it := range list {
			if !stale(it) {
				kept = append(kept, it)
			}
		}
		// The dropped tail still points at evicted items: clear it, or
		// they stay reachable through the list's spare capacity.
		clear(list[len(kept):])
		if len(kept) == 0 {
			delete(c.index, t)
		} else {
			c.index[t] = kept
		}
	}
	gone := map[int]bool{}
	for id, it := range c.items {
		if stale(it) {
			gone[it.seq] = true
			delete(c.items, id)
		}
	}
	if len(gone) > 0 {
		for k := range c.sims {
			if gone[int(k>>32)] || gone[int(k&0xffffffff)] {
				delete(c.sims, k)
			}
		}
	}
	for id, e := range c.events {
		allStale := true
		for _, m := range e.members {
			if !stale(m) {
				allStale = false
				break
			}
		}
		if allStale {
			c.close(e)
			delete(c.events, id)
		}
	}
}

// Restore puts back an item clustered in an earlier run into its event,
// without clustering it again: the state of a database's active window is
// rebuilt this way before new items arrive. Items must come in the order
// they were first added.
func (c *Clusterer) Restore(it Item, eventID string) error {
	f, copied, err := c.admit(it)
	if err != nil || copied {
		return err
	}
	ev := c.events[eventID]
	if ev == nil {
		ev = &event{id: eventID}
		c.events[eventID] = ev
		var n int
		if _, err := fmt.Sscanf(eventID, "e%d", &n); err == nil && n > c.nextID {
			c.nextID = n
		}
	}
	ev.members = append(ev.members, f)
	f.event = ev
	c.indexItem(f)
	if f.date != nil && f.date.After(c.newest) {
		c.newest = *f.date
	}
	return nil
}

// SetNextID makes new events number from n+1, after those already stored.
func (c *Clusterer) SetNextID(n int) {
	if n > c.nextID {
		c.nextID = n
	}
}
