package brief

import (
	"context"
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/analyze"
	"github.com/parallax-news/parallax/internal/news"
	"github.com/parallax-news/parallax/internal/store"
	"github.com/parallax-news/parallax/internal/synth"
)

// storeStory writes n synthetic articles into a fresh SQLite file as one
// story of events of perEvent articles each, analysed as ingest does.
func storeStory(tb testing.TB, n, perEvent int) *store.Store {
	tb.Helper()
	ctx := context.Background()
	st, err := store.OpenSQLite(ctx, filepath.Join(tb.TempDir(), "brief.db"))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { st.Close() })
	events := map[string]*store.Event{}
	var order []string
	err = synth.Generate(synth.Config{Seed: 7, Articles: n, MinArticlesPerEvent: perEvent, MaxArticlesPerEvent: perEvent}, func(s synth.Article) error {
		var paras []news.Paragraph
		for p := range strings.SplitSeq(s.Text, "\n\n") {
			if p = strings.TrimSpace(p); p != "" {
				paras = append(paras, news.Paragraph{Kind: news.Text, Text: p})
			}
		}
		a := news.Article{Source: s.ID, URL: s.URL, Title: s.Title, Published: s.Published,
			Outlet: news.Outlet{Name: s.Outlet}, Paragraphs: paras}
		doc := news.Document{Source: s.ID, Kind: news.KindText, Body: []byte(s.Text), Charset: "utf-8"}
		id, _, err := st.PutArticle(ctx, doc, a)
		if err != nil {
			return err
		}
		if err := st.PutAnalysis(ctx, id, analyze.Analyze(a.Body(), a.Published)); err != nil {
			return err
		}
		ev := "e" + strings.TrimPrefix(s.Event, "ev") // synth names events "ev000123"
		if events[ev] == nil {
			events[ev] = &store.Event{ID: ev, Label: "Event " + ev, StoryID: "s1", StoryLabel: "The story"}
			order = append(order, ev)
		}
		events[ev].Articles++
		return st.SetEvent(ctx, id, ev, "")
	})
	if err != nil {
		tb.Fatal(err)
	}
	var evs []store.Event
	for _, id := range order {
		evs = append(evs, *events[id])
	}
	if err := st.SaveEvents(ctx, evs); err != nil {
		tb.Fatal(err)
	}
	return st
}

func TestLoad(t *testing.T) {
	ctx := context.Background()
	st := storeStory(t, 12, 4)
	story, err := Load(ctx, st, "s1")
	if err != nil {
		t.Fatal(err)
	}
	if story.Kind != "story" || story.Label != "The story" || story.Headline == "" {
		t.Errorf("story brief: kind %q, label %q, headline %q", story.Kind, story.Label, story.Headline)
	}
	articles := 0
	for _, c := range story.Coverage {
		articles += c.Articles
	}
	if articles != 12 {
		t.Errorf("story coverage counts %d articles, want 12", articles)
	}
	ids, err := StoryIDs(ctx, st)
	if err != nil || fmt.Sprint(ids) != "[s1]" {
		t.Errorf("StoryIDs = %v, %v; want [s1]", ids, err)
	}
	var event string
	for ev, err := range st.Events(ctx) {
		if err != nil {
			t.Fatal(err)
		}
		event = ev.ID
	}
	eb, err := Load(ctx, st, event)
	if err != nil {
		t.Fatal(err)
	}
	if eb.Kind != "event" || len(eb.Summary) == 0 {
		t.Errorf("event brief %s: kind %q, %d summary sentences", event, eb.Kind, len(eb.Summary))
	}
	if _, err := Load(ctx, st, "e999"); err == nil || !strings.Contains(err.Error(), "e999") {
		t.Errorf("Load of a missing id: %v, want an error naming it", err)
	}
}

// BenchmarkLoad500 measures what `parallax brief s1` does for a story of
// 500 articles in five events: read them and their analyses from SQLite,
// build the brief, render it as Markdown and JSON. The target is
// under 1 s.
func BenchmarkLoad500(b *testing.B) {
	ctx := context.Background()
	st := storeStory(b, 500, 100)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		br, err := Load(ctx, st, "s1")
		if err != nil {
			b.Fatal(err)
		}
		_ = br.Markdown()
		if _, err := json.Marshal(br); err != nil {
			b.Fatal(err)
		}
	}
}
