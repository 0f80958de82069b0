package cluster

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/parallax-news/parallax/internal/text"
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
	story       string
	storyLabel  string
}

// close keeps an event's summary when its items leave the window, with
// the story it continues. Summaries older than a story gap can no longer
// gain a successor: they are final, and leave memory once taken.
func (c *Clusterer) close(e *event) {
	sum := c.summarize(e)
	c.assignStory(&sum, c.closed)
	c.closed = append(c.closed, sum)
	cut := c.newest.AddDate(0, 0, -c.cfg.StoryGapDays)
	kept := c.closed[:0]
	for _, s := range c.closed {
		if s.last != nil && s.last.Before(cut) {
			c.finished = append(c.finished, s.event())
		} else {
			kept = append(kept, s)
		}
	}
	c.closed = kept
}

// assignStory gives s the story of the most similar earlier event in pool
// (centroids alike by StoryThreshold, within StoryGapDays), or a story of
// its own: stories grow by chaining each event to its best predecessor.
func (c *Clusterer) assignStory(s *summary, pool []summary) {
	best, bestSim := -1, c.cfg.StoryThreshold
	for i := range pool {
		if gapDays(pool[i], *s) > float64(c.cfg.StoryGapDays) {
			continue
		}
		if sim := centroidCosine(pool[i].terms, s.terms); sim >= bestSim {
			best, bestSim = i, sim
		}
	}
	if best >= 0 {
		s.story, s.storyLabel = pool[best].story, pool[best].storyLabel
		return
	}
	s.story = "s" + strings.TrimPrefix(s.id, "e")
	s.storyLabel = storyLabel(s.label)
}

// event is the reported form of a summary.
func (s summary) event() Event {
	return Event{ID: s.id, Label: s.label, Date: s.date, First: s.first, Last: s.last,
		Articles: s.articles, Story: s.story, StoryLabel: s.storyLabel}
}

func (c *Clusterer) summarize(e *event) summary {
	s := summary{id: e.id, terms: map[string]float64{}}
	dates := map[time.Time]int{}
	nameCount := map[string]int{}
	titleTerms := map[string]int{}
	display := map[string]string{}
	for _, m := range e.members {
		s.articles += 1 + len(m.copies)
		for i, id := range m.all.ids {
			s.terms[c.voc.words[id]] += float64(m.all.tf[i]) * idf(c.n, c.voc.df[id], c.cfg.StoryIDFFloor)
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
		nameWords := map[string]bool{}
		for k, spelled := range m.who {
			nameWords[k] = true
			for _, w := range strings.Fields(spelled) {
				nameWords[nameKey(text.Fold(strings.ToLower(w)))] = true
			}
		}
		for _, t := range titleTermsOf(m) {
			if !nameWords[nameKey(t)] {
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

// Events returns every event still known (active ones, and closed ones
// within the story window), with labels and stories, ordered by date.
// Active events are chained into stories in date order after the closed
// ones.
func (c *Clusterer) Events() []Event {
	var active []summary
	for _, e := range c.events {
		if len(e.members) > 0 {
			active = append(active, c.summarize(e))
		}
	}
	sort.Slice(active, func(i, j int) bool { return eventLess(active[i], active[j]) })
	pool := slices.Clone(c.closed)
	for i := range active {
		c.assignStory(&active[i], pool)
		pool = append(pool, active[i])
	}
	sort.Slice(pool, func(i, j int) bool { return eventLess(pool[i], pool[j]) })
	out := make([]Event, len(pool))
	for i, s := range pool {
		out[i] = s.event()
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

// Finished returns, and forgets, the events that can no longer change:
// their articles left the window and no new event can join their story.
// A caller that needs every event (the cluster command) collects them; the
// database keeps them.
func (c *Clusterer) Finished() []Event {
	out := c.finished
	c.finished = nil
	return out
}
