package news

import "time"

// Kind says how a Document's bytes are to be read.
type Kind string

const (
	// KindHTML is a web page (or a fragment of one).
	KindHTML Kind = "html"
	// KindText is a plain-text dump of a page, or article text from a crawler.
	KindText Kind = "text"
)

// Document is what a source hands over: one page's content, already decoded
// to UTF-8, and whatever the source knew about it before extraction.
type Document struct {
	// Source names the input as the user gave it: a path, "-" for stdin,
	// "file.jsonl:12" or a JSON Lines record's id.
	Source string
	// Kind says whether Body is HTML or plain text.
	Kind Kind
	// Body is the content, decoded to UTF-8.
	Body []byte
	// Charset is the character set the bytes were decoded from ("utf-8",
	// "windows-1251", …), empty when unknown.
	Charset string
	// URL is the page's address when the source knows it.
	URL string
	// FetchedAt is when the content was fetched, zero when unknown. It is
	// never used as a publication date.
	FetchedAt time.Time
	// Hint holds metadata the source already knows (a feed item's title, a
	// JSON Lines record's date); extraction prefers what the page states and
	// falls back to these.
	Hint Hint
}

// Hint is metadata a source supplies alongside the content.
type Hint struct {
	Title     string
	Outlet    string
	Published *time.Time
}
