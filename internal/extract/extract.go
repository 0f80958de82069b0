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
	// Agreement drops short paragraphs of go-trafilatura's body that
	// readability's body lacks (boilerplate.go, dropUnagreed). Readability
	// runs once per page whether it serves as fallback, judge or both.
	Agreement bool
	// MinBodyRunes is the shortest body accepted as an article.
	MinBodyRunes int

	// TitleWindow is how many leading paragraphs are searched for a repeat
	// of the title: the title sits above the text, one or two blocks
	// after a kicker or a section label at most.
	TitleWindow int
	// TeaserMaxRunes is the longest paragraph the link-teaser rule may
	// drop, and the longest element whose link share is recorded: teasers
	// and "read more" lines are a headline long; 100 to 300 measure the same.
	TeaserMaxRunes int
	// TeaserLinkShare is the share of a short paragraph's text inside links
	// from which it is a teaser or navigation, not article text. Below 0.7
	// it drops prose sentences that end in a long link; 0.7 to 0.8 measure
	// best.
	TeaserLinkShare float64
	// AgreeMaxRunes is the longest paragraph the agreement rule may drop.
	// Longer ones are prose even where two extractors' text differs in
	// detail (lost spaces around inline tags); 300 and more trade recall
	// for precision at equal F1, 100 keeps boilerplate.
	AgreeMaxRunes int
	// AgreeMinCover is how long readability's body must be, as a share of
	// go-trafilatura's, for it to judge: a much shorter one found a smaller
	// block. 0.25 to 0.75 measure the same.
	AgreeMinCover float64

	// Text holds the thresholds of the plain-text page-dump extractor.
	Text TextConfig
}

// DefaultConfig returns the settings measured on the extraction benchmark.
func DefaultConfig() Config {
	return Config{
		Fallback:        true,
		Agreement:       true,
		MinBodyRunes:    1,
		TitleWindow:     3,
		TeaserMaxRunes:  200,
		TeaserLinkShare: 0.8,
		AgreeMaxRunes:   200,
		AgreeMinCover:   0.5,
		Text:            defaultTextConfig(),
	}
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
