package brief

import (
	"context"
	"fmt"

	"github.com/parallax-news/parallax/internal/store"
)

// Load builds the brief of a stored event ("e12") or story ("s3"): it reads
// the events to find the id, then the articles of its events and their
// analyses in a few queries (not one per article), and builds the brief.
func Load(ctx context.Context, st *store.Store, id string) (Brief, error) {
	kind, label := "event", ""
	var eventIDs []string
	for ev, err := range st.Events(ctx) {
		if err != nil {
			return Brief{}, err
		}
		switch {
		case ev.ID == id:
			eventIDs, label = append(eventIDs, ev.ID), ev.Label
		case ev.StoryID == id:
			kind, label = "story", ev.StoryLabel
			eventIDs = append(eventIDs, ev.ID)
		}
	}
	if len(eventIDs) == 0 {
		return Brief{}, fmt.Errorf("no event or story %q in the database", id)
	}
	var inputs []Input
	var ids []int64
	for s, err := range st.ArticlesOfEvents(ctx, eventIDs) {
		if err != nil {
			return Brief{}, err
		}
		inputs = append(inputs, Input{Article: s.Article, EventID: s.EventID, DuplicateOf: s.DuplicateOf})
		ids = append(ids, s.ID)
	}
	analyses, err := st.AnalysesOf(ctx, ids)
	if err != nil {
		return Brief{}, err
	}
	for i, id := range ids {
		// An article stored before it was analysed has none: it still
		// counts in the coverage and the summary.
		inputs[i].Analysis = analyses[id]
	}
	return Build(kind, id, label, inputs), nil
}

// StoryIDs lists the stored stories in the order of their first events.
func StoryIDs(ctx context.Context, st *store.Store) ([]string, error) {
	var ids []string
	seen := map[string]bool{}
	for ev, err := range st.Events(ctx) {
		if err != nil {
			return nil, err
		}
		if !seen[ev.StoryID] {
			seen[ev.StoryID] = true
			ids = append(ids, ev.StoryID)
		}
	}
	return ids, nil
}
