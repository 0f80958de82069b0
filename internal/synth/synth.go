package synth

import (
	"bufio"
	"container/heap"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"strings"
	"time"
)

// Config says what to generate. Zero fields take the defaults noted.
type Config struct {
	// Seed makes the output: the same Config gives the same articles.
	Seed int64
	// Articles is how many articles to write.
	Articles int
	// Start is the first day of the timeline (default 2023-01-02).
	Start time.Time
	// MinEventsPerDay, MaxEventsPerDay bound the new events of a day
	// (default 3 and 8). The timeline lasts as long as Articles needs, so
	// the density of news, and with it the active window of a clusterer,
	// does not depend on the corpus size.
	MinEventsPerDay, MaxEventsPerDay int
	// MinArticlesPerEvent, MaxArticlesPerEvent bound the articles reporting
	// one event (default 3 and 15; small events are the more common).
	MinArticlesPerEvent, MaxArticlesPerEvent int
	// Days, when positive, replaces the events per day by a rate that
	// makes Articles span about that many days.
	Days int
	// UndatedShare is the share of articles without a publication date
	// (default 0.2; negative for none).
	UndatedShare float64
	// RepostShare is the share of articles that are near-duplicate
	// reposts of an earlier article of their event (default 0.05;
	// negative for none).
	RepostShare float64
}

// Article is one generated article.
type Article struct {
	ID    string
	URL   string
	Title string
	// Text is the body: paragraphs separated by blank lines.
	Text string
	// Published is the publication day (UTC midnight), nil when undated.
	Published *time.Time
	Outlet    string
	// Event is the id of the event the article reports (the gold label).
	Event string
}

func (c Config) withDefaults() (Config, error) {
	if c.Articles < 0 {
		return c, errors.New("synth: negative article count")
	}
	if c.Start.IsZero() {
		c.Start = time.Date(2023, 1, 2, 0, 0, 0, 0, time.UTC)
	}
	c.Start = day(c.Start)
	if c.MinEventsPerDay == 0 && c.MaxEventsPerDay == 0 {
		c.MinEventsPerDay, c.MaxEventsPerDay = 3, 8
	}
	if c.MinArticlesPerEvent == 0 && c.MaxArticlesPerEvent == 0 {
		c.MinArticlesPerEvent, c.MaxArticlesPerEvent = 3, 15
	}
	if c.MinArticlesPerEvent < 1 || c.MaxArticlesPerEvent < c.MinArticlesPerEvent {
		return c, fmt.Errorf("synth: bad articles per event %d–%d", c.MinArticlesPerEvent, c.MaxArticlesPerEvent)
	}
	if c.Days > 0 {
		rate := float64(c.Articles) / float64(c.Days) / meanPerEvent(c.MinArticlesPerEvent, c.MaxArticlesPerEvent)
		c.MinEventsPerDay = max(1, int(math.Round(rate*0.5)))
		c.MaxEventsPerDay = max(c.MinEventsPerDay, int(math.Round(2*rate))-c.MinEventsPerDay)
	}
	if c.MinEventsPerDay < 1 || c.MaxEventsPerDay < c.MinEventsPerDay {
		return c, fmt.Errorf("synth: bad events per day %d–%d", c.MinEventsPerDay, c.MaxEventsPerDay)
	}
	switch {
	case c.UndatedShare == 0:
		c.UndatedShare = 0.2
	case c.UndatedShare < 0:
		c.UndatedShare = 0
	}
	switch {
	case c.RepostShare == 0:
		c.RepostShare = 0.05
	case c.RepostShare < 0:
		c.RepostShare = 0
	}
	return c, nil
}

// perEventSkew shapes the number of articles per event: min + (span)·u^skew,
// so small events are more common than large ones.
const perEventSkew = 1.6

func meanPerEvent(lo, hi int) float64 {
	// E[floor(lo + (hi-lo+1)·u^s)] ≈ lo + (hi-lo+1)/(s+1) - 1/2.
	return math.Max(float64(lo), float64(lo)+float64(hi-lo+1)/(perEventSkew+1)-0.5)
}

// Generate calls fn with cfg.Articles articles, in publication order, one
// at a time; it stops at the first error fn returns and returns it.
func Generate(cfg Config, fn func(Article) error) error {
	cfg, err := cfg.withDefaults()
	if err != nil {
		return err
	}
	g := newGen(cfg)
	var q pendingQueue
	emitted := 0
	for d := cfg.Start; ; d = d.AddDate(0, 0, 1) {
		// Everything published before this day is final: later events
		// only add articles from their own day on.
		for q.Len() > 0 && q[0].at.Before(d) {
			p := heap.Pop(&q).(*pending)
			emitted++
			if err := fn(g.finish(p, emitted)); err != nil {
				return err
			}
			if emitted == cfg.Articles {
				return nil
			}
		}
		if cfg.Articles == 0 {
			return nil
		}
		n := cfg.MinEventsPerDay + g.r.IntN(cfg.MaxEventsPerDay-cfg.MinEventsPerDay+1)
		for range n {
			for _, p := range g.event(d) {
				heap.Push(&q, p)
			}
		}
	}
}

// jsonArticle is the JSON Lines record parallax reads, plus the gold event.
type jsonArticle struct {
	ID        string `json:"id"`
	URL       string `json:"url"`
	Title     string `json:"title"`
	Text      string `json:"text"`
	Published string `json:"published,omitempty"`
	Outlet    string `json:"outlet"`
	Event     string `json:"event"`
}

// WriteJSONL writes the articles of cfg to w, one JSON object a line:
// id, url, title, text, published (YYYY-MM-DD, left out when undated),
// outlet, and event (the gold event, which parallax ignores).
func WriteJSONL(w io.Writer, cfg Config) error {
	bw := bufio.NewWriterSize(w, 1<<16)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	err := Generate(cfg, func(a Article) error {
		r := jsonArticle{ID: a.ID, URL: a.URL, Title: a.Title, Text: a.Text, Outlet: a.Outlet, Event: a.Event}
		if a.Published != nil {
			r.Published = a.Published.Format(time.DateOnly)
		}
		return enc.Encode(r)
	})
	if err != nil {
		return err
	}
	return bw.Flush()
}

// pending is an article written and waiting for its publication time.
type pending struct {
	at    time.Time // publication instant, also for undated articles
	seq   int       // creation order, to break ties
	dated bool
	event string
	title string
	paras [][]string // sentences by paragraph
	out   *outlet
}

type pendingQueue []*pending

func (q pendingQueue) Len() int { return len(q) }
func (q pendingQueue) Less(i, j int) bool {
	if !q[i].at.Equal(q[j].at) {
		return q[i].at.Before(q[j].at)
	}
	return q[i].seq < q[j].seq
}
func (q pendingQueue) Swap(i, j int) { q[i], q[j] = q[j], q[i] }
func (q *pendingQueue) Push(x any)   { *q = append(*q, x.(*pending)) }
func (q *pendingQueue) Pop() any {
	old := *q
	p := old[len(old)-1]
	old[len(old)-1] = nil
	*q = old[:len(old)-1]
	return p
}

// finish gives a pending article its id and URL, the n-th emitted.
func (g *gen) finish(p *pending, n int) Article {
	a := Article{ID: fmt.Sprintf("syn%07d", n), Title: p.title, Outlet: p.out.name, Event: p.event}
	paras := make([]string, len(p.paras))
	for i, s := range p.paras {
		paras[i] = strings.Join(s, " ")
	}
	a.Text = strings.Join(paras, "\n\n")
	slug := slugify(p.title)
	if p.dated {
		d := day(p.at)
		a.Published = &d
		a.URL = fmt.Sprintf("https://www.%s/%s/%s-%d", p.out.host, d.Format("2006/01/02"), slug, n)
	} else {
		a.URL = fmt.Sprintf("https://www.%s/news/%s-%d", p.out.host, slug, n)
	}
	return a
}

func slugify(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
			if b.Len() >= 60 {
				break
			}
		} else {
			dash = true
		}
	}
	return b.String()
}

func day(t time.Time) time.Time {
	t = t.UTC()
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

// newRand returns the generator's random source for a seed.
func newRand(seed int64) *rand.Rand {
	return rand.New(rand.NewPCG(uint64(seed), 0x9e3779b97f4a7c15))
}
