package main

import (
	"context"
	"fmt"
	"time"

	"github.com/parallax-news/parallax/internal/store"
)

// eventJSON is one line of `events --json`.
type eventJSON struct {
	ID         string  `json:"id"`
	Label      string  `json:"label"`
	Date       *string `json:"date"`
	First      *string `json:"first"`
	Last       *string `json:"last"`
	Story      string  `json:"story"`
	StoryLabel string  `json:"story_label"`
	Articles   int     `json:"articles"`
}

// storyJSON is one line of `stories --json`.
type storyJSON struct {
	ID       string   `json:"id"`
	Label    string   `json:"label"`
	First    *string  `json:"first"`
	Last     *string  `json:"last"`
	Events   []string `json:"events"`
	Articles int      `json:"articles"`
}

func dateStr(t *time.Time) *string {
	if t == nil {
		return nil
	}
	s := t.Format(time.DateOnly)
	return &s
}

func runEvents(ctx context.Context, e *env, args []string) error {
	return listEvents(ctx, e, args, false)
}

func runStories(ctx context.Context, e *env, args []string) error {
	return listEvents(ctx, e, args, true)
}

// listEvents prints the stored events, or the stories they form.
func listEvents(ctx context.Context, e *env, args []string, stories bool) error {
	name, what := "events", "events (one real-world happening each), by date"
	if stories {
		name, what = "stories", "stories (chains of events), by first date"
	}
	l, err := openListing(ctx, e, name, name+" [--db FILE] [--json]\n\nLists the stored "+what+".", "print JSON Lines", args)
	if err != nil {
		return err
	}
	defer l.close()
	st, out, enc := l.st, l.out, l.enc
	var evs []store.Event
	for ev, err := range st.Events(ctx) {
		if err != nil {
			return err
		}
		evs = append(evs, ev)
	}
	if !stories {
		for _, ev := range evs {
			if l.json {
				enc.Encode(eventJSON{ev.ID, ev.Label, dateStr(ev.Date), dateStr(ev.First), dateStr(ev.Last), ev.StoryID, ev.StoryLabel, ev.Articles})
				continue
			}
			fmt.Fprintf(out, "%-6s %-6s %3d articles  %s\n", ev.ID, ev.StoryID, ev.Articles, ev.Label)
		}
		return nil
	}
	var order []string
	byID := map[string]*storyJSON{}
	for _, ev := range evs {
		s := byID[ev.StoryID]
		if s == nil {
			s = &storyJSON{ID: ev.StoryID, Label: ev.StoryLabel}
			byID[ev.StoryID] = s
			order = append(order, ev.StoryID)
		}
		s.Events = append(s.Events, ev.ID)
		s.Articles += ev.Articles
		if f := dateStr(ev.First); f != nil && (s.First == nil || *f < *s.First) {
			s.First = f
		}
		if l := dateStr(ev.Last); l != nil && (s.Last == nil || *l > *s.Last) {
			s.Last = l
		}
	}
	for _, id := range order {
		s := byID[id]
		if l.json {
			enc.Encode(s)
			continue
		}
		span := "undated"
		if s.First != nil {
			span = *s.First + " … " + *s.Last
		}
		fmt.Fprintf(out, "%-6s %-25s %2d events %3d articles  %s\n", s.ID, span, len(s.Events), s.Articles, s.Label)
	}
	return nil
}
