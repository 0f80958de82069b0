package extract

import (
	"testing"
	"unicode/utf8"

	"github.com/parallax-news/parallax/internal/news"
)

// FuzzExtractHTML feeds arbitrary markup to the HTML extractor: it must never
// panic, and an article it returns must have text in every paragraph, valid
// UTF-8 throughout, and a known date rule.
func FuzzExtractHTML(f *testing.F) {
	for _, s := range []string{
		``,
		`<html><head><title>T</title></head><body><p>Hello world, this is a paragraph.</p></body></html>`,
		`<article><h1>Head</h1><p>Text with <b>bold</b> and <a href="/x">a link</a>.</p><blockquote>Quote</blockquote><ul><li>One</li></ul></article>`,
		`<meta property="article:published_time" content="2024-02-30T99:00"><p>bad date</p>`,
		`<script type="application/ld+json">{"@type":"NewsArticle","datePublished":[1,{"x":"2021-01-01"}]}</script><p>x</p>`,
		`<table><tr><td>a<td>b</tr></table><time datetime="1700000000000" pubdate>t</time>`,
		"<p>\xff\xfe broken \x00 bytes</p>",
	} {
		f.Add(s, "https://example.org/2024/01/02/story")
	}
	ex := New(DefaultConfig())
	f.Fuzz(func(t *testing.T, page, url string) {
		a, err := ex.Extract(news.Document{Source: "fuzz.html", Kind: news.KindHTML, Body: []byte(page), URL: url})
		if err != nil {
			return
		}
		if len(a.Paragraphs) == 0 {
			t.Fatal("article without paragraphs")
		}
		for _, p := range a.Paragraphs {
			if p.Text == "" {
				t.Fatal("empty paragraph")
			}
		}
		if utf8.ValidString(page) && !utf8.ValidString(a.Body()) {
			t.Fatal("body is not valid UTF-8")
		}
		switch a.PublishedHow {
		case news.DateMetadata, news.DateStated, news.DateURL:
			if a.Published == nil {
				t.Fatalf("published_how %s without a date", a.PublishedHow)
			}
		case news.DateUnknown:
			if a.Published != nil {
				t.Fatal("unknown date with a date")
			}
		default:
			t.Fatalf("published_how %q", a.PublishedHow)
		}
	})
}
