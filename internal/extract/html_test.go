package extract

import (
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/news"
)

// page wraps head markup and an article body long enough to be extracted.
func page(head, top, foot string) string {
	return `<!doctype html><html lang="en-GB"><head><title>Council approves new tram line | Harbour Star</title>` + head +
		`</head><body><nav><a href="/">Home</a> <a href="/city">City</a> <a href="/sport">Sport</a></nav><article><h1>Council approves new tram line</h1>` + top +
		`<p>The city council voted on Thursday to build a new tram line linking the harbour to the university, ending a debate that has lasted more than a decade.</p>
<p>The line will run for nine kilometres and serve fourteen stops. Construction is due to begin next spring and to take three years, the council said in a statement after the vote.</p>
<p>"This is the most important transport decision the city has taken in a generation," said the council's transport chair, who steered the plan through three public consultations.</p>
<p>Opponents said the cost, estimated at 410 million euros, was too high and that buses could serve the same route for a fraction of the price.</p>` + foot +
		`</article><footer><p>© 2024 Harbour Star Media</p></footer></body></html>`
}

func TestExtractHTMLMetadata(t *testing.T) {
	tests := []struct {
		name   string
		html   string
		url    string
		date   string // YYYY-MM-DD, "" for none
		how    news.DateHow
		origin string
		outlet string
		byline string
		canon  string
	}{
		{"json-ld", page(`<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Council approves new tram line","datePublished":"2024-03-07T18:20:00+01:00","author":{"@type":"Person","name":"Nora Lind"},"publisher":{"@type":"Organization","name":"Harbour Star"}}</script>`, "", ""),
			"", "2024-03-07", news.DateMetadata, "", "Harbour Star", "Nora Lind", ""},
		{"open graph and canonical", page(`<meta property="og:site_name" content="Harbour Star"><meta property="article:published_time" content="2024-03-08T06:00:00Z"><link rel="canonical" href="https://harbourstar.example/city/tram">`, "", ""),
			"", "2024-03-08", news.DateMetadata, "", "Harbour Star", "", "https://harbourstar.example/city/tram"},
		{"time element", page("", `<p class="byline">By Nora Lind <time datetime="2024-03-09" pubdate>9 March 2024</time></p>`, ""),
			"", "2024-03-09", news.DateMetadata, "", "", "", ""},
		{"date in url only", page("", "", ""),
			"https://harbourstar.example/2024/03/10/tram-line", "2024-03-10", news.DateURL, "", "", "", ""},
		{"no date anywhere", page("", "", ""),
			"https://harbourstar.example/city/tram-line", "", news.DateUnknown, "", "", "", ""},
		{"syndicated", page("", "", `<p>This article first appeared on northwire.example and is republished with permission.</p>`),
			"", "", news.DateUnknown, "northwire.example", "", "", ""},
	}
	ex := New(DefaultConfig())
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ex.Extract(news.Document{Source: tt.name, Kind: news.KindHTML, Body: []byte(tt.html), URL: tt.url})
			if err != nil {
				t.Fatal(err)
			}
			got := ""
			if a.Published != nil {
				got = a.Published.Format("2006-01-02")
			}
			if got != tt.date || a.PublishedHow != tt.how {
				t.Errorf("published %q (%s), want %q (%s); note %q", got, a.PublishedHow, tt.date, tt.how, a.PublishedNote)
			}
			if a.Published == nil && a.PublishedNote == "" {
				t.Error("unknown date without a reason")
			}
			if a.Origin != tt.origin {
				t.Errorf("origin %q, want %q", a.Origin, tt.origin)
			}
			if tt.outlet != "" && a.Outlet.Name != tt.outlet {
				t.Errorf("outlet %q, want %q", a.Outlet.Name, tt.outlet)
			}
			if tt.byline != "" && a.Byline != tt.byline {
				t.Errorf("byline %q, want %q", a.Byline, tt.byline)
			}
			if tt.canon != "" && (a.URL != tt.canon || a.Outlet.Host != "harbourstar.example") {
				t.Errorf("url %q host %q, want %q", a.URL, a.Outlet.Host, tt.canon)
			}
			if a.Title != "Council approves new tram line" {
				t.Errorf("title %q", a.Title)
			}
			if a.Language != "en" {
				t.Errorf("language %q, want en", a.Language)
			}
			if !strings.Contains(a.Body(), "fourteen stops") || strings.Contains(a.Body(), "Home") {
				t.Errorf("body:\n%s", a.Body())
			}
		})
	}
}
