package news

import (
	"strings"
	"time"
)

// DateHow says how a publication date was known. An article whose date is not
// known has DateUnknown and a nil date: Parallax never invents one.
type DateHow string

const (
	// DateMetadata: from the page's machine-readable metadata (JSON-LD, Open
	// Graph and other meta tags, <time datetime>) or the source's record.
	DateMetadata DateHow = "metadata"
	// DateStated: written in the page's visible text near the title or byline.
	DateStated DateHow = "stated"
	// DateURL: read from a date in the page's URL (/2025/05/20/).
	DateURL DateHow = "url"
	// DateUnknown: no trustworthy date was found.
	DateUnknown DateHow = "unknown"
)

// ParagraphKind tells body text from headings, quotes and list items.
type ParagraphKind string

const (
	Text     ParagraphKind = "text"
	Heading  ParagraphKind = "heading"
	Quote    ParagraphKind = "quote"
	ListItem ParagraphKind = "list_item"
)

// Paragraph is one block of an article's body.
type Paragraph struct {
	Kind ParagraphKind `json:"kind"`
	Text string        `json:"text"`
}

// Outlet is the publication an article appeared in.
type Outlet struct {
	// Name is the outlet's display name ("The Guardian"), empty when unknown.
	Name string
	// Host is the outlet's web host without "www." ("theguardian.com").
	Host string
}

// Article is one cleaned news article.
type Article struct {
	Source string
	URL    string
	Title  string
	Byline string
	// Published is the publication time, nil when unknown.
	Published *time.Time
	// PublishedHow says how Published was known.
	PublishedHow DateHow
	// PublishedNote explains an unknown date or the evidence for a known one.
	PublishedNote string
	Outlet        Outlet
	// Origin is the original outlet (host or name) of a syndicated copy,
	// empty when the article is not known to be one.
	Origin string
	// Language is an ISO 639-1 code, empty when it could not be told.
	Language   string
	Paragraphs []Paragraph
}

// Body is the article's text: its paragraphs separated by blank lines.
func (a Article) Body() string {
	var b strings.Builder
	for i, p := range a.Paragraphs {
		if i > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(p.Text)
	}
	return b.String()
}

// Words counts the whitespace-separated words of the body.
func (a Article) Words() int {
	n := 0
	for _, p := range a.Paragraphs {
		n += len(strings.Fields(p.Text))
	}
	return n
}
