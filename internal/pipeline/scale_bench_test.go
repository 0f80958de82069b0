package pipeline

import (
	"fmt"
	"os"
	"reflect"
	"runtime"
	"runtime/pprof"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/parallax-news/parallax/internal/cluster"
	"github.com/parallax-news/parallax/internal/dedup"
	"github.com/parallax-news/parallax/internal/news"
	"github.com/parallax-news/parallax/internal/synth"
)

// BenchmarkGroupScale streams synthetic corpora of 10k and 100k articles
// (internal/synth: the same density of news, so a longer timeline) through
// Grouper.Add, the per-article work of `parallax ingest` after extraction.
// It reports the time of Add per article over the whole run (ns/article)
// and over its last tenth (ns/article-tail: the steady state, with the
// archive at its largest), and the peak of the heap in use, sampled every
// 1000 articles (peakMB). Time spent generating the articles is not
// counted in the first two.
//
//	go test -run '^$' -bench BenchmarkGroupScale -benchtime 1x ./internal/pipeline
//
// With a scalable Grouper, ns/article-tail at 100k stays within 1.5× of
// that at 10k and peakMB is bounded by the active window, not the archive.
// The log shows the trend: time per article and live heap (after a forced
// collection, not counted in the times) by tenth of the run, and the sizes
// of the grouper's maps and slices at four points.
func BenchmarkGroupScale(b *testing.B) {
	sizes := []int{10_000, 100_000}
	if v := os.Getenv("PX_SCALE_N"); v != "" {
		// One size of your choosing, e.g. for a heap profile (PX_HEAP).
		n, err := strconv.Atoi(v)
		if err != nil {
			b.Fatalf("PX_SCALE_N=%q: %v", v, err)
		}
		sizes = []int{n}
	}
	for _, n := range sizes {
		b.Run(fmt.Sprintf("%dk", n/1000), func(b *testing.B) {
			for range b.N {
				groupScale(b, n)
			}
		})
	}
}

func groupScale(b *testing.B, n int) {
	runtime.GC()
	g := NewGrouper(dedup.DefaultConfig(), cluster.DefaultConfig())
	tailFrom := n - n/10
	var total, tail time.Duration
	var peak uint64
	var ms runtime.MemStats
	// Per tenth of the run, to show a trend in the log.
	tenths := make([]time.Duration, 10)
	var live, snaps []string // (the benchmark log keeps ten lines)
	i := 0
	err := synth.Generate(synth.Config{Seed: 1, Articles: n}, func(s synth.Article) error {
		a := news.Article{Source: s.ID, URL: s.URL, Title: s.Title, Published: s.Published,
			Outlet: news.Outlet{Name: s.Outlet}, Paragraphs: paragraphs(s.Text)}
		t0 := time.Now()
		_, err := g.Add(s.ID, a)
		d := time.Since(t0)
		if err != nil {
			return err
		}
		total += d
		if i >= tailFrom {
			tail += d
		}
		tenths[i*10/n] += d
		i++
		if i%1000 == 0 {
			runtime.ReadMemStats(&ms)
			peak = max(peak, ms.HeapInuse)
		}
		if n >= 10 && i%(n/10) == 0 {
			// The heap still reachable, after a collection, and the sizes
			// of the grouper's maps and slices: they should level off once
			// the window is full, whatever the archive.
			runtime.GC()
			runtime.ReadMemStats(&ms)
			live = append(live, fmt.Sprintf("%.0f", float64(ms.HeapAlloc)/1e6))
			if t := i * 10 / n; t == 1 || t == 4 || t == 7 || t == 10 {
				snaps = append(snaps, fmt.Sprintf("after %d: %s", i, sizes(g)))
			}
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	if path := os.Getenv("PX_HEAP"); path != "" {
		// A heap profile with the grouper live, for finding what holds memory.
		if f, err := os.Create(path); err == nil {
			runtime.GC()
			pprof.WriteHeapProfile(f)
			f.Close()
		}
	}
	t0 := time.Now()
	evs := g.Events()
	eventsTime := time.Since(t0)
	runtime.ReadMemStats(&ms)
	peak = max(peak, ms.HeapInuse)

	b.ReportMetric(float64(total.Nanoseconds())/float64(n), "ns/article")
	b.ReportMetric(float64(tail.Nanoseconds())/float64(n-tailFrom), "ns/article-tail")
	b.ReportMetric(float64(peak)/1e6, "peakMB")
	b.ReportMetric(float64(eventsTime.Nanoseconds())/1e6, "ms/Events")
	var trend []string
	for _, d := range tenths {
		trend = append(trend, fmt.Sprintf("%.0f", float64(d.Nanoseconds())/float64(n/10)/1e3))
	}
	b.Logf("%d articles: µs/article by tenth of the run: %s; live heap (MB) after each tenth: %s; %d events known at the end; heap in use at the end %.0f MB",
		n, strings.Join(trend, " "), strings.Join(live, " "), len(evs), float64(ms.HeapInuse)/1e6)
	for _, s := range snaps {
		b.Log(s)
	}
}

// sizes lists the lengths of the maps and slices held by the struct v
// points to, and by the structs its pointer fields point to, one level
// down ("cl.items=812"): a diagnostic that survives renames.
func sizes(v any) string {
	var out []string
	var walk func(prefix string, x reflect.Value, depth int)
	walk = func(prefix string, x reflect.Value, depth int) {
		if x.Kind() == reflect.Pointer {
			if x.IsNil() {
				return
			}
			x = x.Elem()
		}
		if x.Kind() != reflect.Struct {
			return
		}
		for i := range x.NumField() {
			f, name := x.Field(i), prefix+x.Type().Field(i).Name
			switch f.Kind() {
			case reflect.Map, reflect.Slice:
				out = append(out, fmt.Sprintf("%s=%d", name, f.Len()))
			case reflect.Pointer:
				if depth < 2 {
					walk(name+".", f, depth+1)
				}
			}
		}
	}
	walk("", reflect.ValueOf(v), 0)
	return strings.Join(out, " ")
}

// paragraphs splits a text on blank lines.
func paragraphs(text string) []news.Paragraph {
	var out []news.Paragraph
	for p := range strings.SplitSeq(text, "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, news.Paragraph{Kind: news.Text, Text: p})
		}
	}
	return out
}
