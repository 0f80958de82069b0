package store

import (
	"context"
	"database/sql"
	"fmt"
)

// migrations are applied in order, each in its own transaction; the schema
// version is the number applied. Never edit one that has shipped: add another.
var migrations = []func(ctx context.Context, tx *sql.Tx, d dialect) error{
	// 1: documents and their articles.
	func(ctx context.Context, tx *sql.Tx, d dialect) error {
		return execAll(ctx, tx, d,
			`CREATE TABLE documents (
				id {{ID}},
				content_hash TEXT NOT NULL UNIQUE,
				source TEXT NOT NULL,
				kind TEXT NOT NULL,
				charset TEXT NOT NULL,
				url TEXT NOT NULL,
				fetched_at TEXT,
				size BIGINT NOT NULL,
				body {{BLOB}} NOT NULL,
				stored_at TEXT NOT NULL
			)`,
			`CREATE TABLE articles (
				id {{ID}},
				document_id BIGINT NOT NULL UNIQUE REFERENCES documents(id),
				source TEXT NOT NULL,
				url TEXT NOT NULL,
				title TEXT NOT NULL,
				byline TEXT NOT NULL,
				published TEXT,
				published_date TEXT,
				published_how TEXT NOT NULL,
				published_note TEXT NOT NULL,
				outlet TEXT NOT NULL,
				outlet_host TEXT NOT NULL,
				origin TEXT NOT NULL,
				language TEXT NOT NULL,
				paragraphs TEXT NOT NULL,
				words BIGINT NOT NULL,
				stored_at TEXT NOT NULL
			)`,
			`CREATE INDEX articles_published_date ON articles (published_date)`,
		)
	},
	// 2: events and stories, and each article's place in them.
	func(ctx context.Context, tx *sql.Tx, d dialect) error {
		return execAll(ctx, tx, d,
			`ALTER TABLE articles ADD COLUMN event_id TEXT`,
			`ALTER TABLE articles ADD COLUMN duplicate_of TEXT`,
			`CREATE INDEX articles_event ON articles (event_id)`,
			`CREATE TABLE events (
				id TEXT PRIMARY KEY,
				label TEXT NOT NULL,
				event_date TEXT,
				first_date TEXT,
				last_date TEXT,
				story_id TEXT NOT NULL,
				story_label TEXT NOT NULL,
				articles BIGINT NOT NULL,
				updated_at TEXT NOT NULL
			)`,
			`CREATE INDEX events_story ON events (story_id)`,
		)
	},
	// 3: each article's analysis, and the entities of all of them.
	func(ctx context.Context, tx *sql.Tx, d dialect) error {
		return execAll(ctx, tx, d,
			`CREATE TABLE analyses (
				article_id BIGINT PRIMARY KEY REFERENCES articles(id),
				analysis TEXT NOT NULL
			)`,
			`CREATE TABLE entities (
				name TEXT PRIMARY KEY,
				kind TEXT NOT NULL,
				aliases TEXT NOT NULL,
				articles BIGINT NOT NULL,
				mentions BIGINT NOT NULL
			)`,
		)
	},
}

func execAll(ctx context.Context, tx *sql.Tx, d dialect, stmts ...string) error {
	for _, s := range stmts {
		if _, err := tx.ExecContext(ctx, d.schema(s)); err != nil {
			return err
		}
	}
	return nil
}

// migrate brings the schema up to date.
func (s *Store) migrate(ctx context.Context) error {
	if _, err := s.db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)`); err != nil {
		return fmt.Errorf("create schema_version: %w", err)
	}
	for {
		tx, err := s.db.BeginTx(ctx, nil)
		if err != nil {
			return err
		}
		var v int
		err = tx.QueryRowContext(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_version`).Scan(&v)
		if err != nil || v >= len(migrations) {
			tx.Rollback()
			if v > len(migrations) {
				return fmt.Errorf("database schema version %d is newer than this parallax knows (%d)", v, len(migrations))
			}
			return err
		}
		if err := migrations[v](ctx, tx, s.d); err != nil {
			tx.Rollback()
			return fmt.Errorf("migration %d: %w", v+1, err)
		}
		if _, err := tx.ExecContext(ctx, s.d.rebind(`INSERT INTO schema_version (version) VALUES (?)`), v+1); err != nil {
			tx.Rollback()
			return err
		}
		if err := tx.Commit(); err != nil {
			return fmt.Errorf("migration %d: %w", v+1, err)
		}
	}
}
