package extract

import (
	"strings"

	"golang.org/x/net/html"

	"github.com/parallax-news/parallax/internal/news"
)

// paragraphs turns an extracted content tree into typed paragraphs. Block
// elements (p, h1–h6, blockquote, li, pre, tr, and divs holding text directly)
// each become one paragraph; inline markup is flattened; <br> becomes a
// space within the paragraph.
func paragraphs(root *html.Node) []news.Paragraph {
	if root == nil {
		return nil
	}
	var out []news.Paragraph
	var walk func(n *html.Node, inQuote bool)
	emit := func(kind news.ParagraphKind, n *html.Node) {
		t := cleanSpace(textOf(n))
		if t == "" {
			return
		}
		out = append(out, news.Paragraph{Kind: kind, Text: t})
	}
	walk = func(n *html.Node, inQuote bool) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.TextNode {
				// Loose text directly in a container: its own paragraph.
				if t := cleanSpace(c.Data); t != "" {
					out = append(out, news.Paragraph{Kind: kindIn(inQuote), Text: t})
				}
				continue
			}
			if c.Type != html.ElementNode {
				continue
			}
			switch c.Data {
			case "h1", "h2", "h3", "h4", "h5", "h6", "head":
				emit(news.Heading, c)
			case "blockquote", "quote", "q":
				if hasBlockChild(c) {
					walk(c, true)
				} else {
					emit(news.Quote, c)
				}
			case "li", "item", "dt", "dd":
				if hasBlockChild(c) {
					walk(c, inQuote)
				} else {
					emit(news.ListItem, c)
				}
			case "p", "pre", "code", "tr", "row", "figcaption", "caption":
				if hasBlockChild(c) {
					walk(c, inQuote)
				} else {
					emit(kindIn(inQuote), c)
				}
			case "script", "style", "noscript", "template":
			default:
				if hasBlockChild(c) {
					walk(c, inQuote)
				} else {
					emit(kindIn(inQuote), c)
				}
			}
		}
	}
	walk(root, false)
	return out
}

func kindIn(inQuote bool) news.ParagraphKind {
	if inQuote {
		return news.Quote
	}
	return news.Text
}

var blockTags = map[string]bool{
	"p": true, "div": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"head": true, "blockquote": true, "quote": true, "ul": true, "ol": true, "li": true, "list": true,
	"item": true, "table": true, "tr": true, "row": true, "pre": true, "section": true, "article": true,
	"dl": true, "dt": true, "dd": true, "figure": true, "main": true, "tbody": true, "thead": true,
}

func hasBlockChild(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && blockTags[c.Data] {
			return true
		}
	}
	return false
}

// textOf returns the text under n, with <br>/<lb> and table cells as spaces.
func textOf(n *html.Node) string { return nodeText(n, false) }

// blockText returns the text under n with a space between blocks as well, so
// that the words of adjacent paragraphs stay apart.
func blockText(n *html.Node) string { return nodeText(n, true) }

func nodeText(n *html.Node, spaceBlocks bool) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
		case html.ElementNode:
			switch n.Data {
			case "script", "style", "noscript":
				return
			case "br", "lb", "td", "th", "cell":
				b.WriteByte(' ')
			default:
				if spaceBlocks && blockTags[n.Data] {
					b.WriteByte(' ')
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if spaceBlocks && n.Type == html.ElementNode && blockTags[n.Data] {
			b.WriteByte(' ')
		}
	}
	walk(n)
	return b.String()
}
