package extract

import (
	"bytes"
	"fmt"
	"net/url"
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"
	"github.com/go-shiori/dom"
	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"

	"github.com/parallax-news/parallax/internal/news"
)

// extractHTML is the recipe for web pages:
//  1. parse with golang.org/x/net/html (go-trafilatura's own parser, through
//     go-shiori/dom, fails on some pages);
//  2. read the publication date and how it was known (date.go), and the link
//     share of the page's short elements (links.go), before any cleaning
//     touches the tree;
//  3. run readability (readeck's port) once: its result is both
//     go-trafilatura's fallback candidate and the second opinion of the
//     agreement rule;
//  4. let go-trafilatura find the body and the metadata it knows (JSON-LD,
//     Open Graph, meta tags), with its own date search disabled;
//  5. turn its content tree into typed paragraphs and drop the boilerplate
//     left in them (boilerplate.go);
//  6. settle language and outlet.
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

	// 2. Date, and the link share of short elements, before any cleaning.
	pd := pageDate(root, doc.URL)
	pc := pageContext{links: pageLinkShares(root, e.cfg.TeaserMaxRunes)}

	// 3. Readability, on a copy (it rewrites the tree it reads).
	opts := trafilatura.Options{
		OriginalURL:     pageURL,
		EnableFallback:  e.cfg.Fallback,
		ExcludeComments: true,
		HtmlDateMode:    trafilatura.Disabled,
	}
	if e.cfg.Fallback || e.cfg.Agreement {
		p := readability.NewParser()
		if art, err := p.ParseAndMutate(dom.Clone(root, true), pageURL); err == nil && art.Node != nil {
			// Read its text now: go-trafilatura may adopt and clean the node.
			if e.cfg.Agreement {
				pc.second = foldWords(blockText(art.Node))
			}
			if e.cfg.Fallback {
				opts.FallbackCandidates = &trafilatura.FallbackCandidates{Readability: art.Node}
			}
		}
	}

	// 4. Body and metadata.
	res, err := trafilatura.ExtractDocument(root, opts)
	if err != nil || res == nil {
		return news.Article{}, fmt.Errorf("%w: %v", ErrNoArticle, err)
	}
	md := res.Metadata

	// 5. Paragraphs, without the boilerplate go-trafilatura kept.
	pc.title = md.Title
	paras := cleanParagraphs(e.cfg, pc, paragraphs(res.ContentNode))

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
	a.Published, a.PublishedHow, a.PublishedNote = pd.when, pd.how, pd.note
	a.Origin = paragraphOrigin(paras)

	// 6. Language: the page's declaration, else detection on the body.
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

// paragraphOrigin finds a syndication note ("This post appeared first on
// cnn.com") among an article's short paragraphs, as the text extractor does
// among a dump's lines, and returns the original outlet it names.
func paragraphOrigin(paras []news.Paragraph) string {
	for _, p := range paras {
		if len(p.Text) > 200 {
			continue
		}
		if o := originIn(strings.ToLower(p.Text)); o != "" {
			return o
		}
	}
	return ""
}
