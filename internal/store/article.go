package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"iter"
	"time"

	"github.com/parallax-news/parallax/internal/news"
)

// Stored is an article as kept in the database.
type Stored struct {
	ID         int64
	DocumentID int64
	StoredAt   time.Time
	Article    news.Article
	// EventID and StoryID place the article; DuplicateOf is the source of
	// the original it copies. All are "" until clustering has run.
	EventID, StoryID, DuplicateOf string
}

// articleColumns are read by scanArticle, from articles a joined with
// events e.
const articleColumns = `a.id, a.document_id, a.source, a.url, a.title, a.byline, a.published,
	a.published_how, a.published_note, a.outlet, a.outlet_host, a.origin, a.language, a.paragraphs,
	a.stored_at, a.event_id, a.duplicate_of, e.story_id`

// ContentHash is the key a document is stored under: a SHA-256 of its kind,
// decoded content, and the URL and outlet its source names, so the same page
// read twice, or from two paths, is the same document, while the same wire
// text carried by two outlets is two documents (and one copy of the other).
func ContentHash(doc news.Document) string {
	h := sha256.New()
	h.Write([]byte(doc.Kind))
	h.Write([]byte{0})
	h.Write(doc.Body)
	h.Write([]byte{0})
	h.Write([]byte(doc.URL))
	h.Write([]byte{0})
	h.Write([]byte(doc.Hint.Outlet))
	return hex.EncodeToString(h.Sum(nil))
}

// PutArticle stores doc and its article in one transaction. When the same
// content is already stored it stores nothing and returns the existing
// article's id with created false.
func (s *Store) PutArticle(ctx context.Context, doc news.Document, a news.Article) (id int64, created bool, err error) {
	hash := ContentHash(doc)
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, false, fmt.Errorf("store: put %s: %w", doc.Source, err)
	}
	defer tx.Rollback()

	now := time.Now().UTC().Format(time.RFC3339Nano)
	var docID int64
	err = tx.QueryRowContext(ctx, s.d.rebind(`INSERT INTO documents
		(content_hash, source, kind, charset, url, fetched_at, size, body, stored_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (content_hash) DO NOTHING RETURNING id`),
		hash, doc.Source, string(doc.Kind), doc.Charset, doc.URL, nullTime(doc.FetchedAt), len(doc.Body), doc.Body, now,
	).Scan(&docID)
	if errors.Is(err, sql.ErrNoRows) {
		// Already stored: find the article made of it.
		err = tx.QueryRowContext(ctx, s.d.rebind(`SELECT a.id FROM articles a
			JOIN documents d ON d.id = a.document_id WHERE d.content_hash = ?`), hash).Scan(&id)
		if err != nil {
			return 0, false, fmt.Errorf("store: put %s: find stored copy: %w", doc.Source, err)
		}
		return id, false, nil
	}
	if err != nil {
		return 0, false, fmt.Errorf("store: put %s: document: %w", doc.Source, err)
	}

	paras, err := json.Marshal(a.Paragraphs)
	if err != nil {
		return 0, false, fmt.Errorf("store: put %s: %w", doc.Source, err)
	}
	var pub, pubDate any
	if a.Published != nil {
		pub, pubDate = a.Published.Format(time.RFC3339), a.Published.Format(time.DateOnly)
	}
	err = tx.QueryRowContext(ctx, s.d.rebind(`INSERT INTO articles
		(document_id, source, url, title, byline, published, published_date, published_how,
		 published_note, outlet, outlet_host, origin, language, paragraphs, words, stored_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`),
		docID, a.Source, a.URL, a.Title, a.Byline, pub, pubDate, string(a.PublishedHow),
		a.PublishedNote, a.Outlet.Name, a.Outlet.Host, a.Origin, a.Language, string(paras), a.Words(), now,
	).Scan(&id)
	if err != nil {
		return 0, false, fmt.Errorf("store: put %s: article: %w", doc.Source, err)
	}
	if err := tx.Commit(); err != nil {
		return 0, false, fmt.Errorf("store: put %s: commit: %w", doc.Source, err)
	}
	return id, true, nil
}

func nullTime(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t.UTC().Format(time.RFC3339Nano)
}

// Articles yields the stored articles in the order they were stored, reading
// them one at a time.
func (s *Store) Articles(ctx context.Context) iter.Seq2[Stored, error] {
	return s.queryArticles(ctx, "articles", `SELECT `+articleColumns+`
		FROM articles a LEFT JOIN events e ON e.id = a.event_id ORDER BY a.id`)
}

// queryArticles yields the articles a query over articleColumns returns.
func (s *Store) queryArticles(ctx context.Context, what, query string, args ...any) iter.Seq2[Stored, error] {
	return func(yield func(Stored, error) bool) {
		rows, err := s.db.QueryContext(ctx, query, args...)
		if err != nil {
			yield(Stored{}, fmt.Errorf("store: %s: %w", what, err))
			return
		}
		defer rows.Close()
		for rows.Next() {
			st, err := scanArticle(rows)
			if !yield(st, err) || err != nil {
				return
			}
		}
		if err := rows.Err(); err != nil {
			yield(Stored{}, fmt.Errorf("store: %s: %w", what, err))
		}
	}
}

// CountArticles returns the number of stored articles.
func (s *Store) CountArticles(ctx context.Context) (int, error) {
	var n int
	err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM articles`).Scan(&n)
	return n, err
}

func scanArticle(rows *sql.Rows) (Stored, error) {
	var (
		st             Stored
		a              news.Article
		pub            sql.NullString
		how, paras, at string
		ev, dup, story sql.NullString
	)
	err := rows.Scan(&st.ID, &st.DocumentID, &a.Source, &a.URL, &a.Title, &a.Byline, &pub, &how,
		&a.PublishedNote, &a.Outlet.Name, &a.Outlet.Host, &a.Origin, &a.Language, &paras, &at,
		&ev, &dup, &story)
	if err != nil {
		return Stored{}, fmt.Errorf("store: read article: %w", err)
	}
	a.PublishedHow = news.DateHow(how)
	if pub.Valid {
		t, err := time.Parse(time.RFC3339, pub.String)
		if err != nil {
			return Stored{}, fmt.Errorf("store: article %d: published %q: %w", st.ID, pub.String, err)
		}
		a.Published = &t
	}
	if err := json.Unmarshal([]byte(paras), &a.Paragraphs); err != nil {
		return Stored{}, fmt.Errorf("store: article %d: paragraphs: %w", st.ID, err)
	}
	st.StoredAt, _ = time.Parse(time.RFC3339Nano, at)
	st.EventID, st.DuplicateOf, st.StoryID = ev.String, dup.String, story.String
	st.Article = a
	return st, nil
}

// Article returns one stored article.
func (s *Store) Article(ctx context.Context, id int64) (news.Article, error) {
	rows, err := s.db.QueryContext(ctx, s.d.rebind(`SELECT `+articleColumns+`
		FROM articles a LEFT JOIN events e ON e.id = a.event_id WHERE a.id = ?`), id)
	if err != nil {
		return news.Article{}, fmt.Errorf("store: article %d: %w", id, err)
	}
	defer rows.Close()
	if !rows.Next() {
		if err := rows.Err(); err != nil {
			return news.Article{}, fmt.Errorf("store: article %d: %w", id, err)
		}
		return news.Article{}, fmt.Errorf("store: article %d: %w", id, sql.ErrNoRows)
	}
	st, err := scanArticle(rows)
	return st.Article, err
}
