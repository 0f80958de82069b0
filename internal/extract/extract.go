package extract

import (
	"errors"
	"fmt"
	"net/url"
	"strings"

	"github.com/parallax-news/parallax/internal/news"
)

// ErrNoArticle means no article text could be found in a document.
var ErrNoArticle = errors.New("no article text found")

// Config holds the extraction settings. Every number that tunes a heuristic
// lives here, with DefaultConfig giving the measured defaults.
type Config struct {
	// Fallback lets the HTML extractor compare go-trafilatura's body with
	// those of its fallback extractors (readability, DOM distiller) and keep
	// the better one. It costs time and gains F1 on difficult pages.
	Fallback bool
	// MinBodyRunes is the shortest body accepted as an article.
	MinBodyRunes int
}

// DefaultConfig returns the settings measured on the extraction benchmark.
func DefaultConfig() Config {
	return Config{Fallback: true, MinBodyRunes: 1}
}

// Extractor extracts articles from documents.
type Extractor struct {
	cfg Config
}

// New returns an Extractor using cfg.
func New(cfg Config) *Extractor { return &Extractor{cfg: cfg} }

// Extract makes an Article of doc. The Article's Source is doc.Source.
func (e *Extractor) Extract(doc news.Document) (news.Article, error) {
	var (
		a   news.Article
		err error
	)
	switch doc.Kind {
	case news.KindHTML:
		a, err = e.extractHTML(doc)
	case news.KindText:
		a, err = e.extractText(doc)
	default:
		err = fmt.Errorf("unknown document kind %q", doc.Kind)
	}
	if err != nil {
		return news.Article{}, err
	}
	if len(a.Paragraphs) == 0 || len([]rune(a.Body())) < e.cfg.MinBodyRunes {
		return news.Article{}, ErrNoArticle
	}
	a.Source = doc.Source
	applyHints(&a, doc)
	return a, nil
}

// applyHints fills what the page did not state from what the source knew,
// and derives the outlet host from the URL.
func applyHints(a *news.Article, doc news.Document) {
	if a.URL == "" {
		a.URL = doc.URL
	}
	if a.Title == "" {
		a.Title = strings.TrimSpace(doc.Hint.Title)
	}
	if doc.Hint.Outlet != "" && a.Outlet.Name == "" {
		a.Outlet.Name = doc.Hint.Outlet
	}
	if a.Published == nil && doc.Hint.Published != nil {
		t := *doc.Hint.Published
		a.Published = &t
		a.PublishedHow = news.DateMetadata
		a.PublishedNote = "from the source record"
	}
	if a.PublishedHow == "" {
		a.PublishedHow = news.DateUnknown
	}
	if a.Published == nil && a.PublishedNote == "" {
		a.PublishedNote = "no publication date stated in the page or its metadata"
	}
	if a.Outlet.Host == "" {
		a.Outlet.Host = hostOf(a.URL)
	}
}

// hostOf returns the host of a URL without "www.", or "".
func hostOf(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Host == "" {
		return ""
	}
	h := strings.ToLower(u.Hostname())
	return strings.TrimPrefix(h, "www.")
}
