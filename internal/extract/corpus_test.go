package extract_test

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/news"
	"github.com/parallax-news/parallax/internal/source"
)

// devDir is the extraction benchmark's dev part, third-party text read from
// ../shared and never copied into the repository.
const devDir = "../../../shared/corpus/extraction-dev"

// devPage is one benchmark page with its reference body.
type devPage struct {
	key  string
	doc  news.Document
	gold string
}

// loadDevPages reads the dev pages through the source package (so they are
// decoded exactly as `parallax extract` decodes them), or skips tb when the
// shared corpus is absent.
func loadDevPages(tb testing.TB) []devPage {
	tb.Helper()
	raw, err := os.ReadFile(filepath.Join(devDir, "gold.json"))
	if os.IsNotExist(err) {
		tb.Skipf("shared corpus absent (%s not found): the extraction benchmark is read from ../shared, never copied into the repository", devDir)
	}
	if err != nil {
		tb.Fatal(err)
	}
	var gold map[string]struct {
		ArticleBody string `json:"articleBody"`
	}
	if err := json.Unmarshal(raw, &gold); err != nil {
		tb.Fatalf("gold.json: %v", err)
	}
	var pages []devPage
	for doc, err := range source.Documents(context.Background(), source.DefaultConfig(), []string{filepath.Join(devDir, "html")}) {
		if err != nil {
			tb.Fatal(err)
		}
		key := strings.SplitN(filepath.Base(doc.Source), ".", 2)[0]
		g, ok := gold[key]
		if !ok {
			tb.Fatalf("%s: no gold body", doc.Source)
		}
		pages = append(pages, devPage{key: key, doc: doc, gold: g.ArticleBody})
	}
	if len(pages) != len(gold) {
		tb.Fatalf("read %d pages, gold has %d", len(pages), len(gold))
	}
	return pages
}
