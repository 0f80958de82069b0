package pipeline

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/extract"
	"github.com/parallax-news/parallax/internal/news"
)

// docs yields n text documents, every fifth one an error, as a source would.
func docs(n int) iter.Seq2[news.Document, error] {
	return func(yield func(news.Document, error) bool) {
		for i := range n {
			if i%5 == 4 {
				if !yield(news.Document{}, fmt.Errorf("in-%03d: %w", i, errors.New("bad input"))) {
					return
				}
				continue
			}
			body := fmt.Sprintf("Story number %d\n\nThe council said on Monday that the work on bridge %d would be finished before the winter, and the road would reopen.\n", i, i)
			if !yield(news.Document{Source: fmt.Sprintf("in-%03d", i), Kind: news.KindText, Body: []byte(body)}, nil) {
				return
			}
		}
	}
}

func TestExtractKeepsOrderAndErrors(t *testing.T) {
	ex := extract.New(extract.DefaultConfig())
	for _, workers := range []int{1, 3, 8} {
		t.Run(fmt.Sprint(workers, " workers"), func(t *testing.T) {
			i := 0
			for r := range Extract(context.Background(), docs(50), ex, workers) {
				want := fmt.Sprintf("in-%03d", i)
				if i%5 == 4 {
					if r.Err == nil || !strings.HasPrefix(r.Err.Error(), want) {
						t.Errorf("result %d: error %v, want one naming %s", i, r.Err, want)
					}
				} else if r.Err != nil || r.Article.Source != want {
					t.Errorf("result %d: source %q err %v, want %s", i, r.Article.Source, r.Err, want)
				}
				i++
			}
			if i != 50 {
				t.Errorf("%d results, want 50", i)
			}
		})
	}
}

func TestExtractStopsEarly(t *testing.T) {
	ex := extract.New(extract.DefaultConfig())
	n := 0
	for range Extract(context.Background(), docs(1000), ex, 2) {
		if n++; n == 3 {
			break
		}
	}
	if n != 3 {
		t.Errorf("consumed %d", n)
	}
}

func TestExtractReportsNoArticle(t *testing.T) {
	ex := extract.New(extract.DefaultConfig())
	one := func(yield func(news.Document, error) bool) {
		yield(news.Document{Source: "menu.html", Kind: news.KindHTML, Body: []byte("<html><body><nav></nav></body></html>")}, nil)
	}
	for r := range Extract(context.Background(), one, ex, 1) {
		if !errors.Is(r.Err, extract.ErrNoArticle) || !strings.HasPrefix(r.Err.Error(), "menu.html: extract:") {
			t.Errorf("error %v, want menu.html: extract: … no article text", r.Err)
		}
	}
}
