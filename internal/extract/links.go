package extract

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// linkShares maps the text of the page's short elements (space-collapsed) to
// the share of that text which sits inside links, measured on the page as
// fetched, before any cleaning. go-trafilatura's content tree drops the
// links themselves, so the post-filters look a paragraph's text up here to
// tell a teaser or a "read more" line from prose.
type linkShares map[string]float64

// pageLinkShares walks the page once and records, for every element whose
// text has at most maxRunes runes, the share of its text inside <a>. When the
// same text occurs twice the larger share is kept: a repeated link text is
// more likely navigation than prose.
func pageLinkShares(root *html.Node, maxRunes int) linkShares {
	out := linkShares{}
	var walk func(n *html.Node, inLink bool) (all, linked int)
	walk = func(n *html.Node, inLink bool) (all, linked int) {
		switch n.Type {
		case html.TextNode:
			c := utf8.RuneCountInString(strings.TrimSpace(n.Data))
			if inLink {
				return c, c
			}
			return c, 0
		case html.ElementNode:
			switch n.Data {
			case "script", "style", "noscript", "template", "svg":
				return 0, 0
			case "a":
				inLink = true
			}
		case html.DocumentNode:
		default:
			return 0, 0
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			a, l := walk(c, inLink)
			all += a
			linked += l
		}
		if n.Type == html.ElementNode && all > 0 && all <= maxRunes {
			t := cleanSpace(textOf(n))
			share := float64(linked) / float64(all)
			if old, ok := out[t]; !ok || share < old {
				out[t] = share
			}
		}
		return all, linked
	}
	walk(root, false)
	return out
}

// share returns the link share of a paragraph's text and whether the page
// had an element with exactly that text.
func (ls linkShares) share(text string) (float64, bool) {
	s, ok := ls[text]
	return s, ok
}
