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
}

// NewGrouper returns an empty Grouper.
func NewGrouper(dc dedup.Config, cc cluster.Config) *Grouper {
	return &Grouper{dups: dedup.NewIndex(dc), cl: cluster.New(cc), DupOf: map[string]string{}, EventOf: map[string]string{}}
}

func item(id string, a news.Article, dupOf string) cluster.Item {
	var pub *time.Time
	if a.Published != nil {
		p := *a.Published
		pub = &p
	}
	title := a.Title
	if title == "" {
		// Crawler records often come without a headline; the first
		// sentence says what happened just as well.
		title = firstSentence(a.Body(), 40)
	}
	return cluster.Item{ID: id, Title: title, Text: a.Body(), Published: pub, DuplicateOf: dupOf}
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
	g.dups.Add(id, a.Title+"\n"+a.Body())
	if dupOf != "" {
		g.DupOf[id] = dupOf
	}
	g.EventOf[id] = eventID
	return g.cl.Restore(item(id, a, dupOf), eventID)
}

// SetNextID makes new events number after n.
func (g *Grouper) SetNextID(n int) { g.cl.SetNextID(n) }

// Add takes one article under id and returns the event changes it caused.
func (g *Grouper) Add(id string, a news.Article) ([]cluster.Change, error) {
	m := g.dups.Add(id, a.Title+"\n"+a.Body())
	if m.Of != "" {
		g.DupOf[id] = m.Of
	}
	changes, err := g.cl.Add(item(id, a, m.Of))
	if err != nil {
		return nil, fmt.Errorf("%s: cluster: %w", id, err)
	}
	for _, c := range changes {
		g.EventOf[c.ID] = c.Event
	}
	return changes, nil
}

// Events returns the events known so far, with labels and stories.
func (g *Grouper) Events() []cluster.Event { return g.cl.Events() }
