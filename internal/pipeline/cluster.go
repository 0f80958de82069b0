package pipeline

import (
	"fmt"
	"strings"
	"time"

	"github.com/parallax-news/parallax/internal/cluster"
	"github.com/parallax-news/parallax/internal/dedup"
	"github.com/parallax-news/parallax/internal/news"
)

// Grouper folds duplicates and clusters articles into events as they come.
type Grouper struct {
	dups *dedup.Index
	cl   *cluster.Clusterer
	// DupOf maps an article id to the original it copies.
	DupOf map[string]string
	// EventOf maps an article id to its current event.
	EventOf map[string]string
	// copies holds each set of copies under the id the dedup index knows
	// it by; the earliest published of a set is its original.
	copies map[string][]copyOf
	pubs   map[string]*time.Time // publication dates of originals
}

type copyOf struct {
	id  string
	pub *time.Time
}

// NewGrouper returns an empty Grouper.
func NewGrouper(dc dedup.Config, cc cluster.Config) *Grouper {
	return &Grouper{dups: dedup.NewIndex(dc), cl: cluster.New(cc), DupOf: map[string]string{},
		EventOf: map[string]string{}, copies: map[string][]copyOf{}, pubs: map[string]*time.Time{}}
}

// noteCopy records id (published pub) as a copy of the set indexed under
// root and makes the earliest published member the original of the set
// (the first seen on a tie, or when dates are unknown). It returns the ids
// whose original changed.
func (g *Grouper) noteCopy(root, id string, rootPub, pub *time.Time) []string {
	set := g.copies[root]
	if set == nil {
		set = []copyOf{{root, rootPub}}
	}
	set = append(set, copyOf{id, pub})
	g.copies[root] = set
	first := set[0]
	for _, c := range set[1:] {
		if c.pub != nil && (first.pub == nil || c.pub.Before(*first.pub)) {
			first = c
		}
	}
	var changed []string
	for _, c := range set {
		want := first.id
		if c.id == first.id {
			want = ""
		}
		if g.DupOf[c.id] != want {
			if want == "" {
				delete(g.DupOf, c.id)
			} else {
				g.DupOf[c.id] = want
			}
			changed = append(changed, c.id)
		}
	}
	return changed
}

// item is the clusterer's view of an article whose body is body.
func item(id string, a news.Article, body, dupOf string) cluster.Item {
	var pub *time.Time
	if a.Published != nil {
		p := *a.Published
		pub = &p
	}
	title := a.Title
	if title == "" {
		// Crawler records often come without a headline; the first
		// sentence says what happened just as well.
		title = firstSentence(body, 40)
	}
	return cluster.Item{ID: id, Title: title, Text: body, Published: pub, DuplicateOf: dupOf}
}

// firstSentence returns s up to its first sentence end, at most maxWords
// words.
func firstSentence(s string, maxWords int) string {
	words := strings.Fields(s)
	var out []string
	for _, w := range words {
		out = append(out, w)
		if len(out) >= maxWords || strings.HasSuffix(w, ".") && len(w) > 3 || strings.HasSuffix(w, "?") || strings.HasSuffix(w, "!") {
			break
		}
	}
	return strings.Join(out, " ")
}

// Restore puts back an article clustered in an earlier run.
func (g *Grouper) Restore(id string, a news.Article, eventID, dupOf string) error {
	body := a.Body()
	g.dups.Add(id, a.Title+"\n"+body)
	if dupOf != "" {
		g.DupOf[id] = dupOf
	} else if a.Published != nil {
		p := *a.Published
		g.pubs[id] = &p
	}
	g.EventOf[id] = eventID
	return g.cl.Restore(item(id, a, body, dupOf), eventID)
}

// SetNextID makes new events number after n.
func (g *Grouper) SetNextID(n int) { g.cl.SetNextID(n) }

// Add takes one article under id and returns the event changes it caused.
func (g *Grouper) Add(id string, a news.Article) ([]cluster.Change, error) {
	body := a.Body()
	m := g.dups.Add(id, a.Title+"\n"+body)
	var moved []string
	if m.Of != "" {
		moved = g.noteCopy(m.Of, id, g.pubs[m.Of], a.Published)
	} else if a.Published != nil {
		p := *a.Published
		g.pubs[id] = &p
	}
	changes, err := g.cl.Add(item(id, a, body, m.Of))
	if err != nil {
		return nil, fmt.Errorf("%s: cluster: %w", id, err)
	}
	// Copies whose original changed are reported too, with their event.
	for _, c := range moved {
		if c != id {
			changes = append(changes, cluster.Change{ID: c, Event: g.EventOf[c]})
		}
	}
	for _, c := range changes {
		g.EventOf[c.ID] = c.Event
	}
	return changes, nil
}

// Prime counts an article's terms before the batch it belongs to is added
// (see cluster.Clusterer.Prime).
func (g *Grouper) Prime(id string, a news.Article) { g.cl.Prime(item(id, a, a.Body(), "")) }

// Events returns the events known so far, with labels and stories: those
// still active and those finished since the last call to Finished.
func (g *Grouper) Events() []cluster.Event { return g.cl.Events() }

// Finished returns, and forgets, the events that can no longer change.
func (g *Grouper) Finished() []cluster.Event { return g.cl.Finished() }
