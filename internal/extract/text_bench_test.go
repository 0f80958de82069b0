package extract_test

import (
	"testing"

	"github.com/parallax-news/parallax/internal/extract"
)

// BenchmarkExtractText measures the text extractor, single-threaded, over
// the benchmark's dev pages rendered as text; one op is one page. Compare
// its ns/op with BenchmarkExtractHTML's on the same pages.
func BenchmarkExtractText(b *testing.B) {
	pages := loadDevTextPages(b)
	x := extract.New(extract.DefaultConfig())
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		_, _ = x.Extract(pages[i%len(pages)].doc)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "pages/s")
}
