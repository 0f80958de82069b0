package main

import (
	"context"
	"fmt"
	"time"

	"github.com/parallax-news/parallax/internal/news"
)

// storedArticleJSON is an article's wire form with its database id.
type storedArticleJSON struct {
	ID int64 `json:"id"`
	news.ArticleJSON
	Event       *string   `json:"event"`
	Story       *string   `json:"story"`
	DuplicateOf *string   `json:"duplicate_of"`
	StoredAt    time.Time `json:"stored_at"`
}

func optional(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func runArticles(ctx context.Context, e *env, args []string) error {
	l, err := openListing(ctx, e, "articles", "articles [--db FILE] [--json]\n\nLists the stored articles, oldest stored first.",
		"print JSON Lines, one article per line, with body and paragraphs", args)
	if err != nil {
		return err
	}
	defer l.close()
	out := l.out
	for s, err := range l.st.Articles(ctx) {
		if err != nil {
			return err
		}
		if l.json {
			j := storedArticleJSON{ID: s.ID, ArticleJSON: s.Article.JSON(), StoredAt: s.StoredAt,
				Event: optional(s.EventID), Story: optional(s.StoryID), DuplicateOf: optional(s.DuplicateOf)}
			if err := l.enc.Encode(j); err != nil {
				return fmt.Errorf("write output: %w", err)
			}
			continue
		}
		date := "unknown   "
		if s.Article.Published != nil {
			date = s.Article.Published.Format(time.DateOnly)
		}
		outlet := s.Article.Outlet.Name
		if outlet == "" {
			outlet = s.Article.Outlet.Host
		}
		fmt.Fprintf(out, "%5d  %s  %-24.24s  %s\n", s.ID, date, orDash(outlet), s.Article.Title)
	}
	return nil
}
