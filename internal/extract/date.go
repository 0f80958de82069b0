package extract

import (
	"encoding/json"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/itlightning/dateparse"
	"github.com/markusmobius/go-htmldate"
	"golang.org/x/net/html"

	"github.com/parallax-news/parallax/internal/news"
)

// pubDate is a publication date with how it was known.
type pubDate struct {
	when *time.Time
	how  news.DateHow
	note string
}

// metaDateKeys are the meta tag names (name, property or itemprop) that
// carry a publication date, lower-cased. Modification dates are left out on
// purpose: an updated page keeps the date it was first published.
var metaDateKeys = map[string]bool{
	"article:published_time": true, "og:published_time": true, "og:article:published_time": true,
	"datepublished": true, "date": true, "pubdate": true, "publishdate": true, "publish-date": true,
	"publish_date": true, "publication_date": true, "dc.date": true, "dc.date.issued": true,
	"dc.date.created": true, "dcterms.created": true, "dcterms.issued": true, "sailthru.date": true,
	"parsely-pub-date": true, "article.published": true, "article_date_original": true,
	"originalpublicationdate": true, "citation_publication_date": true, "citation_date": true,
	"cxenseparse:recs:publishtime": true, "datecreated": true, "release_date": true,
}

// pageDate finds the publication date of a page, trying the most reliable
// evidence first:
//  1. JSON-LD datePublished (or dateCreated) of the page's article object;
//  2. meta tags naming a publication date;
//  3. <time datetime> marked as the publication time (pubdate,
//     itemprop=datePublished), or the first <time datetime> of an <article>;
//  4. go-htmldate's search of the page's text (stated), and of the URL (url).
//
// Steps 1–3 are "metadata". When nothing is found the date stays nil.
func pageDate(root *html.Node, pageURL string) pubDate {
	if t, src := jsonLDDate(root); t != nil {
		return pubDate{t, news.DateMetadata, src}
	}
	if t, src := metaDate(root); t != nil {
		return pubDate{t, news.DateMetadata, src}
	}
	if t := timeElementDate(root); t != nil {
		return pubDate{t, news.DateMetadata, "<time datetime> of the article"}
	}
	res, err := htmldate.FromDocument(root, htmldate.Options{
		URL:               pageURL,
		UseOriginalDate:   true,
		ExtractTime:       true,
		DeferUrlExtractor: true,
	})
	if err == nil && !res.DateTime.IsZero() && dayPrecise(res.SrcString) {
		t := res.DateTime
		if u := urlDate(pageURL); u != nil && sameDay(*u, t) {
			return pubDate{&t, news.DateURL, "date in the URL"}
		}
		return pubDate{&t, news.DateStated, "date stated in the page: " + truncate(res.SrcString, 60)}
	}
	if u := urlDate(pageURL); u != nil {
		return pubDate{u, news.DateURL, "date in the URL"}
	}
	return pubDate{how: news.DateUnknown, note: "no publication date in the page's metadata, text or URL"}
}

func sameDay(a, b time.Time) bool {
	return a.Year() == b.Year() && a.Month() == b.Month() && a.Day() == b.Day()
}

func truncate(s string, n int) string {
	s = cleanSpace(s)
	if r := []rune(s); len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}

// parseMetaDate reads a machine-readable date. Dates before 1995 or more than
// a day in the future are refused as implausible for a web news page.
func parseMetaDate(s string) *time.Time {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil
	}
	var t time.Time
	var err error
	if n, nerr := strconv.ParseInt(s, 10, 64); nerr == nil && len(s) >= 10 {
		if len(s) >= 13 {
			n /= 1000 // milliseconds
		}
		t = time.Unix(n, 0).UTC()
	} else if t, err = time.Parse(time.RFC3339, s); err != nil {
		if t, err = dateparse.ParseAny(s); err != nil {
			return nil
		}
	}
	if t.Year() < 1995 || t.After(time.Now().Add(24*time.Hour)) {
		return nil
	}
	return &t
}

func metaDate(root *html.Node) (*time.Time, string) {
	var found *time.Time
	var src string
	walkElements(root, func(n *html.Node) bool {
		if found != nil || n.Data == "body" {
			return false
		}
		if n.Data != "meta" {
			return true
		}
		for _, k := range []string{"property", "name", "itemprop"} {
			key := strings.ToLower(attr(n, k))
			if metaDateKeys[key] {
				if t := parseMetaDate(attr(n, "content")); t != nil {
					found, src = t, "meta "+key
					return false
				}
			}
		}
		return true
	})
	return found, src
}

func jsonLDDate(root *html.Node) (*time.Time, string) {
	var found *time.Time
	var src string
	walkElements(root, func(n *html.Node) bool {
		if found != nil {
			return false
		}
		if n.Data != "script" || !strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") || n.FirstChild == nil {
			return true
		}
		var v any
		if json.Unmarshal([]byte(n.FirstChild.Data), &v) != nil {
			return true
		}
		for _, key := range []string{"datePublished", "dateCreated"} {
			if s := findJSONKey(v, key, 0); s != "" {
				if t := parseMetaDate(s); t != nil {
					found, src = t, "JSON-LD "+key
					return false
				}
			}
		}
		return true
	})
	return found, src
}

// findJSONKey returns the first string value of key in a decoded JSON tree.
func findJSONKey(v any, key string, depth int) string {
	if depth > 8 {
		return ""
	}
	switch x := v.(type) {
	case map[string]any:
		if s, ok := x[key].(string); ok {
			return s
		}
		for _, c := range x {
			if s := findJSONKey(c, key, depth+1); s != "" {
				return s
			}
		}
	case []any:
		for _, c := range x {
			if s := findJSONKey(c, key, depth+1); s != "" {
				return s
			}
		}
	}
	return ""
}

func timeElementDate(root *html.Node) *time.Time {
	var marked, inArticle *time.Time
	var walk func(n *html.Node, article bool)
	walk = func(n *html.Node, article bool) {
		if marked != nil || n.Type != html.ElementNode && n.Type != html.DocumentNode {
			return
		}
		if n.Data == "article" {
			article = true
		}
		if n.Data == "time" {
			if dt := attr(n, "datetime"); dt != "" {
				_, pub := attrOK(n, "pubdate")
				ip := strings.ToLower(attr(n, "itemprop"))
				if pub || ip == "datepublished" {
					marked = parseMetaDate(dt)
				} else if article && inArticle == nil {
					inArticle = parseMetaDate(dt)
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, article)
		}
	}
	walk(root, false)
	if marked != nil {
		return marked
	}
	return inArticle
}

func attrOK(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val, true
		}
	}
	return "", false
}

// walkElements calls fn on every element in document order; fn returns
// false to stop descending into the element (and to stop the walk when it
// has recorded a result its caller checks).
func walkElements(n *html.Node, fn func(*html.Node) bool) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && !fn(c) {
			continue
		}
		walkElements(c, fn)
	}
}

var urlDateRe = regexp.MustCompile(`/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:/|-|$|\.)`)

// urlDate reads a /YYYY/MM/DD/ date from a URL.
func urlDate(u string) *time.Time {
	m := urlDateRe.FindStringSubmatch(u)
	if m == nil {
		return nil
	}
	y, _ := strconv.Atoi(m[1])
	mo, _ := strconv.Atoi(m[2])
	d, _ := strconv.Atoi(m[3])
	t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return nil
	}
	return &t
}

var isoDayRe = regexp.MustCompile(`\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{8}`)

// dayPrecise reports whether the text go-htmldate read a date from names a
// day: a month name or a numeric date, and no copyright mark. htmldate turns
// a bare year ("© 2024 Harbour Star") into 1 January of that year, which
// would be an invented date.
func dayPrecise(src string) bool {
	low := strings.ToLower(src)
	if strings.Contains(low, "©") || strings.Contains(low, "copyright") || strings.Contains(low, "(c)") {
		return false
	}
	if isoDayRe.MatchString(low) {
		return true
	}
	for w := range strings.FieldsFuncSeq(low, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if monthWords[w] {
			return true
		}
	}
	return false
}
