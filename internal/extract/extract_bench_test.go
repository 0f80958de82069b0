package extract_test

import (
	"bytes"
	"testing"

	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"

	"github.com/parallax-news/parallax/internal/extract"
)

// BenchmarkExtractHTML measures the HTML extractor, single-threaded, over the
// benchmark's dev pages; one op is one page.
func BenchmarkExtractHTML(b *testing.B) {
	pages := loadDevPages(b)
	x := extract.New(extract.DefaultConfig())
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		_, _ = x.Extract(pages[i%len(pages)].doc)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "pages/s")
}

// BenchmarkTrafilaturaFallback measures go-trafilatura alone, as its README
// runs it (fallback extractors on, default date mode), on the same pages,
// for comparison with BenchmarkExtractHTML.
func BenchmarkTrafilaturaFallback(b *testing.B) {
	pages := loadDevPages(b)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		root, err := html.Parse(bytes.NewReader(pages[i%len(pages)].doc.Body))
		if err != nil {
			b.Fatal(err)
		}
		_, _ = trafilatura.ExtractDocument(root, trafilatura.Options{EnableFallback: true})
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "pages/s")
}
