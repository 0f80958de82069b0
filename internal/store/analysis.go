package store

import (
	"context"
	"encoding/json"
	"fmt"
	"iter"
	"slices"
	"strings"

	"github.com/parallax-news/parallax/internal/analyze"
)

// EntityRow is an entity as stored: its canonical name across the
// database, its forms, and how many articles and mentions it has.
type EntityRow struct {
	Name     string
	Kind     string
	Aliases  []string
	Articles int
	Mentions int
}

// PutAnalysis stores (or replaces) an article's analysis.
func (s *Store) PutAnalysis(ctx context.Context, articleID int64, a analyze.Analysis) error {
	b, err := json.Marshal(a)
	if err != nil {
		return fmt.Errorf("store: analysis of article %d: %w", articleID, err)
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("store: analysis of article %d: %w", articleID, err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, s.d.rebind(`DELETE FROM analyses WHERE article_id = ?`), articleID); err != nil {
		return fmt.Errorf("store: analysis of article %d: %w", articleID, err)
	}
	if _, err := tx.ExecContext(ctx, s.d.rebind(`INSERT INTO analyses (article_id, analysis) VALUES (?, ?)`), articleID, string(b)); err != nil {
		return fmt.Errorf("store: analysis of article %d: %w", articleID, err)
	}
	return tx.Commit()
}

// Analysis returns an article's stored analysis, ok false when none.
func (s *Store) Analysis(ctx context.Context, articleID int64) (a analyze.Analysis, ok bool, err error) {
	var b string
	err = s.db.QueryRowContext(ctx, s.d.rebind(`SELECT analysis FROM analyses WHERE article_id = ?`), articleID).Scan(&b)
	if err != nil {
		if isNoRows(err) {
			return a, false, nil
		}
		return a, false, fmt.Errorf("store: analysis of article %d: %w", articleID, err)
	}
	if err := json.Unmarshal([]byte(b), &a); err != nil {
		return a, false, fmt.Errorf("store: analysis of article %d: %w", articleID, err)
	}
	return a, true, nil
}

// AddEntities adds one article's entities (canonical names) to the
// entity table: a new name gets a row, a known one its new aliases and
// counts.
func (s *Store) AddEntities(ctx context.Context, ents []analyze.Entity) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("store: entities: %w", err)
	}
	defer tx.Rollback()
	for _, e := range ents {
		var aliasesJSON string
		var arts, ments int
		err := tx.QueryRowContext(ctx, s.d.rebind(`SELECT aliases, articles, mentions FROM entities WHERE name = ?`), e.Name).
			Scan(&aliasesJSON, &arts, &ments)
		var aliases []string
		switch {
		case isNoRows(err):
		case err != nil:
			return fmt.Errorf("store: entity %s: %w", e.Name, err)
		default:
			json.Unmarshal([]byte(aliasesJSON), &aliases)
		}
		for _, a := range e.Aliases {
			if a != e.Name && !slices.Contains(aliases, a) {
				aliases = append(aliases, a)
			}
			// A row stored under what is now an alias (a bare surname
			// before the full name was seen) folds into this one.
			var oldAliases string
			var oa, om int
			err := tx.QueryRowContext(ctx, s.d.rebind(`SELECT aliases, articles, mentions FROM entities
				WHERE name = ? AND kind = ?`), a, e.Kind).Scan(&oldAliases, &oa, &om)
			if err == nil && a != e.Name {
				var more []string
				json.Unmarshal([]byte(oldAliases), &more)
				for _, m := range more {
					if m != e.Name && !slices.Contains(aliases, m) {
						aliases = append(aliases, m)
					}
				}
				arts, ments = max(arts, oa), ments+om
				if _, err := tx.ExecContext(ctx, s.d.rebind(`DELETE FROM entities WHERE name = ?`), a); err != nil {
					return fmt.Errorf("store: entity %s: %w", a, err)
				}
			} else if err != nil && !isNoRows(err) {
				return fmt.Errorf("store: entity %s: %w", a, err)
			}
		}
		slices.Sort(aliases)
		b, _ := json.Marshal(nonNilStrings(aliases))
		if _, err := tx.ExecContext(ctx, s.d.rebind(`DELETE FROM entities WHERE name = ?`), e.Name); err != nil {
			return fmt.Errorf("store: entity %s: %w", e.Name, err)
		}
		if _, err := tx.ExecContext(ctx, s.d.rebind(`INSERT INTO entities (name, kind, aliases, articles, mentions)
			VALUES (?, ?, ?, ?, ?)`), e.Name, e.Kind, string(b), arts+1, ments+len(e.Mentions)); err != nil {
			return fmt.Errorf("store: entity %s: %w", e.Name, err)
		}
	}
	return tx.Commit()
}

func nonNilStrings(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// Entities yields the stored entities, most written about first.
func (s *Store) Entities(ctx context.Context) iter.Seq2[EntityRow, error] {
	return func(yield func(EntityRow, error) bool) {
		rows, err := s.db.QueryContext(ctx, `SELECT name, kind, aliases, articles, mentions FROM entities
			ORDER BY articles DESC, mentions DESC, name`)
		if err != nil {
			yield(EntityRow{}, fmt.Errorf("store: entities: %w", err))
			return
		}
		defer rows.Close()
		for rows.Next() {
			var e EntityRow
			var aliases string
			if err := rows.Scan(&e.Name, &e.Kind, &aliases, &e.Articles, &e.Mentions); err != nil {
				yield(EntityRow{}, fmt.Errorf("store: entities: %w", err))
				return
			}
			json.Unmarshal([]byte(aliases), &e.Aliases)
			if !yield(e, nil) {
				return
			}
		}
		if err := rows.Err(); err != nil {
			yield(EntityRow{}, fmt.Errorf("store: entities: %w", err))
		}
	}
}

// analysesChunk bounds the ids of one AnalysesOf query: SQLite allows 32766
// parameters, PostgreSQL 65535; a few hundred keep each statement small.
const analysesChunk = 500

// AnalysesOf returns the stored analyses of the given articles, keyed by
// article id; articles without one are absent. It reads them in a few
// queries rather than one per article, which is what a brief of hundreds
// of articles needs.
func (s *Store) AnalysesOf(ctx context.Context, articleIDs []int64) (map[int64]analyze.Analysis, error) {
	out := make(map[int64]analyze.Analysis, len(articleIDs))
	for chunk := range slices.Chunk(articleIDs, analysesChunk) {
		marks := strings.TrimSuffix(strings.Repeat("?, ", len(chunk)), ", ")
		args := make([]any, len(chunk))
		for i, id := range chunk {
			args[i] = id
		}
		rows, err := s.db.QueryContext(ctx, s.d.rebind(`SELECT article_id, analysis FROM analyses WHERE article_id IN (`+marks+`)`), args...)
		if err != nil {
			return nil, fmt.Errorf("store: analyses: %w", err)
		}
		for rows.Next() {
			var id int64
			var b []byte
			if err := rows.Scan(&id, &b); err != nil {
				rows.Close()
				return nil, fmt.Errorf("store: analyses: %w", err)
			}
			var a analyze.Analysis
			if err := json.Unmarshal(b, &a); err != nil {
				rows.Close()
				return nil, fmt.Errorf("store: analysis of article %d: %w", id, err)
			}
			out[id] = a
		}
		err = rows.Err()
		rows.Close()
		if err != nil {
			return nil, fmt.Errorf("store: analyses: %w", err)
		}
	}
	return out, nil
}
