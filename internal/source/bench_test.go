package source

import (
	"fmt"
	"io"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
)

// recordLine is record i of a synthetic crawl, about 1.5 KB.
func recordLine(i int) string {
	return fmt.Sprintf(`{"id":"r%d","url":"https://example.com/%d","title":"Story %d","outlet":"Example Wire","published":"2025-05-20T14:30:00Z","text":"%s"}`+"\n",
		i, i, i, strings.Repeat("The ministers will meet again next week, officials said. ", 25))
}

// records is an endless-looking JSON Lines stream made on demand: n records,
// never all in memory.
type records struct {
	n, i int
	buf  []byte
}

func (r *records) Read(p []byte) (int, error) {
	for len(r.buf) == 0 {
		if r.i == r.n {
			return 0, io.EOF
		}
		r.buf = []byte(recordLine(r.i))
		r.i++
	}
	n := copy(p, r.buf)
	r.buf = r.buf[n:]
	return n, nil
}

// BenchmarkDocumentsJSONL reads a 15 MB JSON Lines file. Allocations per
// record stay flat whatever the file's size: records are read one at a time.
func BenchmarkDocumentsJSONL(b *testing.B) {
	const n = 10_000
	var sb strings.Builder
	for i := range n {
		sb.WriteString(recordLine(i))
	}
	b.SetBytes(int64(sb.Len()))
	dir := tree(b, map[string][]byte{"crawl.jsonl": []byte(sb.String())})
	runtime.GC() // the heap measured is the reader's, not the fixture's
	benchRecords(b, n, filepath.Join(dir, "crawl.jsonl"))
}

// BenchmarkDocumentsJSONLStdin reads 100,000 records (150 MB) made on demand
// from standard input; the heap stays that of a few records.
func BenchmarkDocumentsJSONLStdin(b *testing.B) {
	benchRecords(b, 100_000, "-")
}

// benchRecords reads the n records of path, reporting per record.
func benchRecords(b *testing.B, n int, path string) {
	b.ReportAllocs()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	var peak uint64
	loops := 0
	for b.Loop() {
		loops++
		cfg := Config{Stdin: &records{n: n}}
		got := 0
		for _, err := range Documents(b.Context(), cfg, []string{path}) {
			if err != nil {
				b.Fatal(err)
			}
			got++
			if got%(n/10) == 0 {
				var m runtime.MemStats
				runtime.ReadMemStats(&m)
				peak = max(peak, m.HeapInuse)
			}
		}
		if got != n {
			b.Fatalf("%d records, want %d", got, n)
		}
	}
	runtime.ReadMemStats(&after)
	records := float64(n * loops)
	b.ReportMetric(float64(after.Mallocs-before.Mallocs)/records, "allocs/record")
	b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/records, "B/record")
	b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MB")
}

// BenchmarkDocumentsFolder walks 2,000 small files in 20 folders.
func BenchmarkDocumentsFolder(b *testing.B) {
	files := map[string][]byte{}
	for i := range 2000 {
		name := fmt.Sprintf("d%02d/page%04d.html", i%20, i)
		if i%3 == 0 {
			name = fmt.Sprintf("d%02d/notes%04d.txt", i%20, i)
		}
		files[name] = []byte(page("", strings.Repeat("The ministers will meet again next week. ", 50)))
	}
	dir := tree(b, files)
	b.ReportAllocs()
	var peak uint64
	for b.Loop() {
		got := 0
		for _, err := range Documents(b.Context(), Config{}, []string{dir}) {
			if err != nil {
				b.Fatal(err)
			}
			got++
			if got%200 == 0 {
				var m runtime.MemStats
				runtime.ReadMemStats(&m)
				peak = max(peak, m.HeapInuse)
			}
		}
		if got != len(files) {
			b.Fatalf("%d documents, want %d", got, len(files))
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(files)), "ns/file")
	b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MB")
}

// BenchmarkDecodeDetect decodes an undeclared windows-1251 page behind a long
// script: the slowest path, statistical detection.
func BenchmarkDecodeDetect(b *testing.B) {
	raw := encode(b, charmap.Windows1251, page(script, strings.Repeat(textRU+" ", 20)))
	b.SetBytes(int64(len(raw)))
	b.ReportAllocs()
	for b.Loop() {
		if _, cs := decode(raw, true); cs != "windows-1251" {
			b.Fatal(cs)
		}
	}
}
