package cluster

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"time"
)

// Event is an event as reported: its id, label, date and story.
type Event struct {
	ID    string
	Label string
	// Date is the day of the happening: the date most of its articles
	// state, else the earliest publication date; nil when none is known.
	Date       *time.Time
	First      *time.Time // earliest article date
	Last       *time.Time // latest article date
	Story      string
	Articles   int
	StoryLabel string
}

// summary is what is kept of an event for labels and stories, also once its
// items have left the window.
type summary struct {
	id          string
	label       string
	date        *time.Time
	first, last *time.Time
	terms       map[string]float64 // centroid of names and subject terms
	articles    int
}

// close keeps an event's summary when its items leave the window.
func (c *Clusterer) close(e *event) {
	c.closed = append(c.closed, c.summarize(e))
	// Summaries older than a story gap cannot join a new story: they are
	// final, with the story they have now, and leave memory once taken.
	cut := c.newest.AddDate(0, 0, -c.cfg.StoryGapDays)
	old := func(s summary) bool { return s.last != nil && s.last.Before(cut) }
	if !slices.ContainsFunc(c.closed, old) {
		return
	}
	for _, ev := range c.Events() {
		if i := slices.IndexFunc(c.closed, func(s summary) bool { return s.id == ev.ID }); i >= 0 && old(c.closed[i]) {
			c.finished = append(c.finished, ev)
		}
	}
	c.closed = slices.DeleteFunc(c.closed, old)
}

// Finished returns, and forgets, the events that can no longer change:
// their articles left the window and no new event can join their story.
// A caller that needs every event (the cluster command) collects them; the
// database keeps them.
func (c *Clusterer) Finished() []Event {
	out := c.finished
	c.finished = nil
	return out
}

func (c *Clusterer) summarize(e *event) summary {
	s := summary{id: e.id, terms: map[string]float64{}}
	dates := map[time.Time]int{}
	nameCount := map[string]int{}
	titleTerms := map[string]int{}
	display := map[string]string{}
	for _, m := range e.members {
		s.articles += 1 + len(m.copies)
		for t, w := range m.terms {
			s.terms[t] += w * c.idfIn(c.df, t, c.cfg.StoryIDFFloor)
		}
		if m.date != nil {
			if m.stated {
				dates[*m.date]++
			}
			if s.first == nil || m.date.Before(*s.first) {
				d := *m.date
				s.first = &d
			}
			if s.last == nil || m.date.After(*s.last) {
				d := *m.date
				s.last = &d
			}
		}
		for k, spelled := range m.who {
			nameCount[k]++
			if _, ok := display[k]; !ok {
				display[k] = spelled
			}
		}
		for _, t := range titleTermsOf(m) {
			if _, isName := m.who[nameKey(t)]; !isName && !m.names[nameKey(t)] {
				titleTerms[t]++
			}
		}
	}
	// The date most members state; ties go to the earlier one.
	best := 0
	for d, n := range dates {
		if n > best || n == best && s.date != nil && d.Before(*s.date) {
			dd := d
			s.date, best = &dd, n
		}
	}
	if s.date == nil {
		s.date = s.first
	}
	s.label = label(nameCount, display, titleTerms, s.date)
	return s
}

// label composes "Trump–Putin call, 19 May 2025": the two names most of
// the event's titles and leads carry, its most common title word that is
// not a name, and its date.
func label(names map[string]int, display map[string]string, titleTerms map[string]int, date *time.Time) string {
	top := rank(names)
	if len(top) > 2 {
		top = top[:2]
	}
	for i, n := range top {
		top[i] = display[n]
	}
	var word string
	if ranked := rank(titleTerms); len(ranked) > 0 {
		word = ranked[0]
	}
	l := strings.Join(top, "–")
	if word != "" {
		l = strings.TrimSpace(l + " " + word)
	}
	if l == "" {
		l = "Event"
	}
	if date != nil {
		l += ", " + date.Format("2 January 2006")
	}
	return l
}

// rank orders keys by count, then name.
func rank(m map[string]int) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Slice(out, func(i, j int) bool {
		if m[out[i]] != m[out[j]] {
			return m[out[i]] > m[out[j]]
		}
		return out[i] < out[j]
	})
	return out
}

func sortByWeight(keys []string, w map[string]float64) {
	sort.Slice(keys, func(i, j int) bool {
		if w[keys[i]] != w[keys[j]] {
			return w[keys[i]] > w[keys[j]]
		}
		return keys[i] < keys[j]
	})
}

// Events returns every event still known (active, and closed ones within
// the story window), with labels and stories, ordered by date.
func (c *Clusterer) Events() []Event {
	var sums []summary
	for _, e := range c.events {
		if len(e.members) > 0 {
			sums = append(sums, c.summarize(e))
		}
	}
	sums = append(sums, c.closed...)
	sort.Slice(sums, func(i, j int) bool { return eventLess(sums[i], sums[j]) })
	stories := c.chain(sums)
	out := make([]Event, len(sums))
	for i, s := range sums {
		st := stories[i]
		out[i] = Event{ID: s.id, Label: s.label, Date: s.date, First: s.first, Last: s.last,
			Articles: s.articles, Story: st.id, StoryLabel: st.label}
	}
	return out
}

func eventLess(a, b summary) bool {
	switch {
	case a.date != nil && b.date != nil && !a.date.Equal(*b.date):
		return a.date.Before(*b.date)
	case (a.date == nil) != (b.date == nil):
		return a.date != nil
	}
	return idNum(a.id) < idNum(b.id)
}

func idNum(id string) int {
	var n int
	fmt.Sscanf(id, "e%d", &n)
	return n
}

type story struct{ id, label string }

// chain links events into stories: two events whose centroids are alike
// (StoryThreshold) and whose dates lie within StoryGapDays join one story,
// transitively. A story is named after its earliest event's names.
func (c *Clusterer) chain(sums []summary) []story {
	parent := make([]int, len(sums))
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	for i := range sums {
		for j := i + 1; j < len(sums); j++ {
			if gapDays(sums[i], sums[j]) > float64(c.cfg.StoryGapDays) {
				continue
			}
			if centroidCosine(sums[i].terms, sums[j].terms) >= c.cfg.StoryThreshold {
				a, b := find(i), find(j)
				if a != b {
					if a < b {
						parent[b] = a
					} else {
						parent[a] = b
					}
				}
			}
		}
	}
	out := make([]story, len(sums))
	for i := range sums {
		r := find(i) // the earliest event of the story: sums are by date
		out[i] = story{id: "s" + strings.TrimPrefix(sums[r].id, "e"), label: storyLabel(sums[r].label)}
	}
	return out
}

// storyLabel names a story after its first event's names and subject,
// without the date.
func storyLabel(eventLabel string) string {
	if i := strings.LastIndex(eventLabel, ", "); i > 0 {
		return eventLabel[:i]
	}
	return eventLabel
}

func gapDays(a, b summary) float64 {
	if a.first == nil || b.first == nil {
		return 0
	}
	lo, hi := a, b
	if b.first.Before(*a.first) {
		lo, hi = b, a
	}
	end := lo.last
	if end == nil {
		end = lo.first
	}
	return hi.first.Sub(*end).Hours() / 24
}

func centroidCosine(a, b map[string]float64) float64 {
	dot, na, nb := 0.0, 0.0, 0.0
	for t, x := range a {
		na += x * x
		if y, ok := b[t]; ok {
			dot += x * y
		}
	}
	for _, y := range b {
		nb += y * y
	}
	if na == 0 || nb == 0 {
		return 0
	}
	return dot / math.Sqrt(na*nb)
}
