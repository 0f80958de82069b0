package pipeline

import (
	"context"
	"fmt"
	"iter"
	"runtime"

	"github.com/parallax-news/parallax/internal/extract"
	"github.com/parallax-news/parallax/internal/news"
)

// Result is one input's outcome: its document and article, or the error
// that stopped it (already naming the input).
type Result struct {
	Doc     news.Document
	Article news.Article
	Err     error
}

// Extract runs ex over docs with the given number of workers (0: one per
// CPU) and yields the results in input order. At most 2×workers documents
// are in memory at once, whatever the number of inputs.
func Extract(ctx context.Context, docs iter.Seq2[news.Document, error], ex *extract.Extractor, workers int) iter.Seq[Result] {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	return func(yield func(Result) bool) {
		ctx, cancel := context.WithCancel(ctx)
		defer cancel()
		// Each input gets a one-slot channel; the queue of those channels
		// keeps the order while workers finish in any order.
		queue := make(chan chan Result, workers*2)
		sem := make(chan struct{}, workers)
		go func() {
			defer close(queue)
			for doc, err := range docs {
				out := make(chan Result, 1)
				select {
				case queue <- out:
				case <-ctx.Done():
					return
				}
				if err != nil {
					out <- Result{Err: err}
					continue
				}
				select {
				case sem <- struct{}{}:
				case <-ctx.Done():
					return
				}
				go func() {
					defer func() { <-sem }()
					out <- extractOne(ex, doc)
				}()
			}
		}()
		for out := range queue {
			if !yield(<-out) {
				return
			}
		}
	}
}

// extractOne extracts one document, turning a panic in a third-party
// extractor into an error for this input instead of a crash of the run.
func extractOne(ex *extract.Extractor, doc news.Document) (r Result) {
	r.Doc = doc
	defer func() {
		if p := recover(); p != nil {
			r = Result{Doc: doc, Err: fmt.Errorf("%s: extract: internal error: %v", doc.Source, p)}
		}
	}()
	a, err := ex.Extract(doc)
	if err != nil {
		r.Err = fmt.Errorf("%s: extract: %w", doc.Source, err)
		return r
	}
	r.Article = a
	return r
}
