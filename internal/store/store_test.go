package store

import (
	"context"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/parallax-news/parallax/internal/news"
)

func openTemp(t *testing.T) (*Store, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "sub", "p.db")
	s, err := OpenSQLite(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s, path
}

func sample(src, body string, pub *time.Time) (news.Document, news.Article) {
	doc := news.Document{Source: src, Kind: news.KindText, Body: []byte(body), Charset: "utf-8"}
	a := news.Article{
		Source: src, Title: "Title of " + src, Published: pub, PublishedHow: news.DateStated,
		Outlet: news.Outlet{Name: "Valley Post", Host: "valleypost.example"}, Origin: "wire.example",
		Language: "en", Paragraphs: []news.Paragraph{{Kind: news.Heading, Text: "Head"}, {Kind: news.Text, Text: body}},
	}
	if pub == nil {
		a.PublishedHow = news.DateUnknown
	}
	return doc, a
}

func TestPutAndReadBack(t *testing.T) {
	ctx := context.Background()
	s, path := openTemp(t)
	pub := time.Date(2025, 5, 20, 7, 30, 0, 0, time.FixedZone("EEST", 3*3600))
	tests := []struct {
		name        string
		src, body   string
		pub         *time.Time
		wantCreated bool
	}{
		{"first", "a.txt", "The ferry resumed on Monday.", &pub, true},
		{"undated", "b.txt", "The bridge reopened.", nil, true},
		{"same content, other path", "copy/a.txt", "The ferry resumed on Monday.", &pub, false},
		{"same path again", "a.txt", "The ferry resumed on Monday.", &pub, false},
	}
	ids := map[string]int64{}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, a := sample(tt.src, tt.body, tt.pub)
			id, created, err := s.PutArticle(ctx, doc, a)
			if err != nil {
				t.Fatal(err)
			}
			if created != tt.wantCreated {
				t.Errorf("created = %v, want %v", created, tt.wantCreated)
			}
			if prev, ok := ids[tt.body]; ok && prev != id {
				t.Errorf("same content stored as %d and %d", prev, id)
			}
			ids[tt.body] = id
		})
	}
	// Reopen the file: what was stored survives, once.
	s.Close()
	s2, err := OpenSQLite(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	var got []Stored
	for st, err := range s2.Articles(ctx) {
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, st)
	}
	if len(got) != 2 {
		t.Fatalf("%d articles stored, want 2", len(got))
	}
	a := got[0].Article
	if a.Published == nil || !a.Published.Equal(pub) || a.Published.Format(time.DateOnly) != "2025-05-20" {
		t.Errorf("published = %v, want %v in its own zone", a.Published, pub)
	}
	if a.Outlet.Name != "Valley Post" || a.Origin != "wire.example" || len(a.Paragraphs) != 2 || a.Paragraphs[0].Kind != news.Heading {
		t.Errorf("article read back differs: %+v", a)
	}
	if got[1].Article.Published != nil || got[1].Article.PublishedHow != news.DateUnknown {
		t.Errorf("undated article read back with date %v (%s)", got[1].Article.Published, got[1].Article.PublishedHow)
	}
}

// TestConcurrentWriters checks that several writers (as separate ingest
// processes would) storing overlapping content keep one copy of each.
func TestConcurrentWriters(t *testing.T) {
	ctx := context.Background()
	_, path := openTemp(t)
	const writers, docs = 4, 25
	var wg sync.WaitGroup
	errs := make(chan error, writers)
	for w := range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s, err := OpenSQLite(ctx, path)
			if err != nil {
				errs <- err
				return
			}
			defer s.Close()
			for i := range docs {
				doc, a := sample("w"+string(rune('a'+w)), "body number "+string(rune('A'+i)), nil)
				if _, _, err := s.PutArticle(ctx, doc, a); err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	s, err := OpenSQLite(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	n, err := s.CountArticles(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if n != docs {
		t.Errorf("%d articles stored, want %d", n, docs)
	}
}

func TestRebind(t *testing.T) {
	d := dialect{dollar: true}
	if got := d.rebind("SELECT ? , ?"); got != "SELECT $1 , $2" {
		t.Errorf("rebind = %q", got)
	}
	if got := sqliteDialect.rebind("SELECT ?"); got != "SELECT ?" {
		t.Errorf("sqlite rebind = %q", got)
	}
}
