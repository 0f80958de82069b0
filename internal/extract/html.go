package extract

import (
	"bytes"
	"fmt"
	"net/url"
	"strings"

	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"

	"github.com/parallax-news/parallax/internal/news"
)

// extractHTML is the recipe for web pages:
//  1. parse with golang.org/x/net/html (go-trafilatura's own parser, through
//     go-shiori/dom, fails on some pages);
//  2. read the publication date and how it was known (date.go), before any
//     cleaning touches the tree;
//  3. let go-trafilatura find the body and the metadata it knows (JSON-LD,
//     Open Graph, meta tags), with its own date search disabled;
//  4. turn its content tree into typed paragraphs;
//  5. settle language and outlet.
func (e *Extractor) extractHTML(doc news.Document) (news.Article, error) {
	// 1. Parse.
	root, err := html.Parse(bytes.NewReader(doc.Body))
	if err != nil {
		return news.Article{}, fmt.Errorf("parse HTML: %w", err)
	}
	var pageURL *url.URL
	if doc.URL != "" {
		if u, err := url.Parse(doc.URL); err == nil && u.IsAbs() {
			pageURL = u
		}
	}

	// 2. Date.
	pd := pageDate(root, doc.URL)

	// 3. Body and metadata.
	res, err := trafilatura.ExtractDocument(root, trafilatura.Options{
		OriginalURL:     pageURL,
		EnableFallback:  e.cfg.Fallback,
		ExcludeComments: true,
		HtmlDateMode:    trafilatura.Disabled,
	})
	if err != nil || res == nil {
		return news.Article{}, fmt.Errorf("%w: %v", ErrNoArticle, err)
	}
	md := res.Metadata

	// 4. Paragraphs.
	paras := paragraphs(res.ContentNode)

	a := news.Article{
		URL:        md.URL,
		Title:      cleanSpace(md.Title),
		Byline:     cleanSpace(md.Author),
		Outlet:     news.Outlet{Name: cleanSpace(md.Sitename), Host: strings.TrimPrefix(strings.ToLower(md.Hostname), "www.")},
		Paragraphs: paras,
	}
	if a.URL == "" {
		a.URL = doc.URL
	}
	if pd.when != nil {
		a.Published, a.PublishedHow, a.PublishedNote = pd.when, pd.how, pd.note
	}

	// 5. Language: the page's declaration, else detection on the body.
	a.Language = normLang(htmlLang(root))
	if a.Language == "" {
		a.Language = detectLanguage(a.Body())
	}
	return a, nil
}

// cleanSpace collapses runs of white space to one space.
func cleanSpace(s string) string { return strings.Join(strings.Fields(s), " ") }

// htmlLang returns the lang attribute of the <html> element.
func htmlLang(root *html.Node) string {
	for n := root.FirstChild; n != nil; n = n.NextSibling {
		if n.Type == html.ElementNode && n.Data == "html" {
			return attr(n, "lang")
		}
	}
	return ""
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}
