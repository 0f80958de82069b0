package store

import (
	"context"
	"database/sql"
	"fmt"
	"iter"
	"strings"
	"time"
)

// Event is an event as stored.
type Event struct {
	ID, Label           string
	Date, First, Last   *time.Time
	StoryID, StoryLabel string
	Articles            int
}

// Placement is an article's event and the original it copies.
type Placement struct {
	ArticleID   int64
	Source      string
	EventID     string
	DuplicateOf string // the source of the original, "" for an original
}

// SetEvent records an article's event and, when it is a copy, its original.
func (s *Store) SetEvent(ctx context.Context, articleID int64, eventID, duplicateOf string) error {
	_, err := s.db.ExecContext(ctx, s.d.rebind(`UPDATE articles SET event_id = ?, duplicate_of = ? WHERE id = ?`),
		eventID, nullString(duplicateOf), articleID)
	if err != nil {
		return fmt.Errorf("store: set event of article %d: %w", articleID, err)
	}
	return nil
}

func nullString(s string) any {
	if s == "" {
		return nil
	}
	return s
}

func nullDate(t *time.Time) any {
	if t == nil {
		return nil
	}
	return t.Format(time.DateOnly)
}

// SaveEvents replaces the given events' rows and deletes events that no
// article points at any more, in one transaction.
func (s *Store) SaveEvents(ctx context.Context, events []Event) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("store: save events: %w", err)
	}
	defer tx.Rollback()
	now := time.Now().UTC().Format(time.RFC3339)
	for _, e := range events {
		if _, err := tx.ExecContext(ctx, s.d.rebind(`DELETE FROM events WHERE id = ?`), e.ID); err != nil {
			return fmt.Errorf("store: save event %s: %w", e.ID, err)
		}
		_, err := tx.ExecContext(ctx, s.d.rebind(`INSERT INTO events
			(id, label, event_date, first_date, last_date, story_id, story_label, articles, updated_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`),
			e.ID, e.Label, nullDate(e.Date), nullDate(e.First), nullDate(e.Last), e.StoryID, e.StoryLabel, e.Articles, now)
		if err != nil {
			return fmt.Errorf("store: save event %s: %w", e.ID, err)
		}
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM events WHERE id NOT IN
		(SELECT event_id FROM articles WHERE event_id IS NOT NULL)`); err != nil {
		return fmt.Errorf("store: drop empty events: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("store: save events: %w", err)
	}
	return nil
}

// Events yields the stored events by date (undated last).
func (s *Store) Events(ctx context.Context) iter.Seq2[Event, error] {
	return func(yield func(Event, error) bool) {
		rows, err := s.db.QueryContext(ctx, `SELECT id, label, event_date, first_date, last_date, story_id,
			story_label, articles FROM events
			ORDER BY CASE WHEN event_date IS NULL THEN 1 ELSE 0 END, event_date, id`)
		if err != nil {
			yield(Event{}, fmt.Errorf("store: events: %w", err))
			return
		}
		defer rows.Close()
		for rows.Next() {
			var e Event
			var d, f, l sql.NullString
			if err := rows.Scan(&e.ID, &e.Label, &d, &f, &l, &e.StoryID, &e.StoryLabel, &e.Articles); err != nil {
				yield(Event{}, fmt.Errorf("store: events: %w", err))
				return
			}
			e.Date, e.First, e.Last = parseDate(d), parseDate(f), parseDate(l)
			if !yield(e, nil) {
				return
			}
		}
		if err := rows.Err(); err != nil {
			yield(Event{}, fmt.Errorf("store: events: %w", err))
		}
	}
}

func parseDate(s sql.NullString) *time.Time {
	if !s.Valid {
		return nil
	}
	t, err := time.Parse(time.DateOnly, s.String)
	if err != nil {
		return nil
	}
	return &t
}

// MaxEventNumber returns the largest n of the stored event ids "eN", so new
// events are numbered after them.
func (s *Store) MaxEventNumber(ctx context.Context) (int, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT DISTINCT event_id FROM articles WHERE event_id IS NOT NULL`)
	if err != nil {
		return 0, fmt.Errorf("store: event ids: %w", err)
	}
	defer rows.Close()
	best := 0
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return 0, err
		}
		var n int
		if _, err := fmt.Sscanf(id, "e%d", &n); err == nil && n > best {
			best = n
		}
	}
	return best, rows.Err()
}

// Window yields the articles the clusterer keeps active: those dated on or
// after since, and the last undated ones, oldest stored first, with their
// placements.
func (s *Store) Window(ctx context.Context, since time.Time, undated int) iter.Seq2[Stored, error] {
	return s.queryArticles(ctx, "window", s.d.rebind(`SELECT `+articleColumns+`
		FROM articles a LEFT JOIN events e ON e.id = a.event_id
		WHERE a.event_id IS NOT NULL AND (a.published_date >= ? OR (a.published_date IS NULL AND a.id >
			(SELECT COALESCE(MAX(id), 0) FROM articles) - ?))
		ORDER BY a.id`), since.Format(time.DateOnly), undated)
}

// NewestDate returns the latest publication date stored, nil when none.
func (s *Store) NewestDate(ctx context.Context) (*time.Time, error) {
	var d sql.NullString
	if err := s.db.QueryRowContext(ctx, `SELECT MAX(published_date) FROM articles`).Scan(&d); err != nil {
		return nil, fmt.Errorf("store: newest date: %w", err)
	}
	return parseDate(d), nil
}

// ArticlesOfEvents yields the stored articles of the given events, oldest
// stored first.
func (s *Store) ArticlesOfEvents(ctx context.Context, eventIDs []string) iter.Seq2[Stored, error] {
	marks := strings.TrimSuffix(strings.Repeat("?, ", len(eventIDs)), ", ")
	args := make([]any, len(eventIDs))
	for i, id := range eventIDs {
		args[i] = id
	}
	return s.queryArticles(ctx, "articles of events", s.d.rebind(`SELECT `+articleColumns+`
		FROM articles a LEFT JOIN events e ON e.id = a.event_id
		WHERE a.event_id IN (`+marks+`) ORDER BY a.id`), args...)
}
