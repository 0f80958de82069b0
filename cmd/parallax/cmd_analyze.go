package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/parallax-news/parallax/internal/analyze"
	"github.com/parallax-news/parallax/internal/cluster"
	"github.com/parallax-news/parallax/internal/dedup"
	"github.com/parallax-news/parallax/internal/news"
	"github.com/parallax-news/parallax/internal/pipeline"
)

type analyzeOptions struct {
	inputOptions
	json bool
}

// analysisJSON is one line of `analyze --json`.
type analysisJSON struct {
	Source   string           `json:"source"`
	Title    string           `json:"title"`
	Entities []analyze.Entity `json:"entities"`
	Quotes   []analyze.Quote  `json:"quotes"`
	Figures  []analyze.Figure `json:"figures"`
	Dates    []dateJSON       `json:"dates"`
}

// dateJSON is a time expression with the day it resolves to (null when it
// cannot be resolved), and what it was resolved against.
type dateJSON struct {
	Phrase   string       `json:"phrase"`
	Date     *string      `json:"date"`
	Against  string       `json:"resolved_against,omitempty"`
	Offsets  analyze.Span `json:"offsets"`
	Relative bool         `json:"relative"`
}

func runAnalyze(ctx context.Context, e *env, args []string) error {
	var o analyzeOptions
	fs := newFlags(e, "analyze", "analyze [--json] [flags] PATH…\n\nExtracts the inputs and reads each article's entities, quotes with their speakers,\nfigures and dates. Entity names are made consistent across all the inputs, and an\narticle without a date has its relative dates resolved against its event's date.")
	fs.BoolVar(&o.json, "json", false, "print JSON Lines: source, entities, quotes, figures, dates")
	o.AddFlags(fs)
	paths, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	arts, total, failed, err := o.collect(ctx, e, paths)
	if err != nil {
		return err
	}
	out := bufio.NewWriter(e.stdout)
	defer out.Flush()
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	analyses, against := analyzeBatch(arts, groupBatch(arts))
	for i, art := range arts {
		a := analysisOut(art, analyses[i], against[i])
		if o.json {
			if err := enc.Encode(a); err != nil {
				return fmt.Errorf("write output: %w", err)
			}
			continue
		}
		writeAnalysis(out, a)
	}
	return failures(failed, total)
}

// groupBatch folds copies and clusters a batch of articles in one go, the
// whole batch active and its term weights known before the first is
// placed. Articles are keyed by their Source.
func groupBatch(arts []news.Article) *pipeline.Grouper {
	ccfg := cluster.DefaultConfig()
	ccfg.Keep = true
	g := pipeline.NewGrouper(dedup.DefaultConfig(), ccfg)
	for _, a := range arts {
		g.Prime(a.Source, a)
	}
	for _, a := range arts {
		g.Add(a.Source, a)
	}
	return g
}

// analyzeBatch analyses a batch of articles grouped by g: each article
// alone, then its entity names made one across the batch, and the dates of
// undated articles resolved against the date of the event they report. It
// returns the analyses and, for each, what its dates were resolved against.
func analyzeBatch(arts []news.Article, g *pipeline.Grouper) ([]analyze.Analysis, []string) {
	eventDate := map[string]*time.Time{}
	for _, ev := range g.Events() {
		eventDate[ev.ID] = ev.Date
	}
	res := analyze.NewResolver()
	analyses := make([]analyze.Analysis, len(arts))
	for i, a := range arts {
		analyses[i] = analyze.Analyze(a.Body(), a.Published)
		res.Resolve(analyses[i].Entities)
	}
	against := make([]string, len(arts))
	for i, a := range arts {
		// The resolver now knows the whole batch: names are final.
		res.Canonical(&analyses[i])
		if a.Published != nil {
			against[i] = "publication date" // as Analyze resolved them
			continue
		}
		ref := eventDate[g.EventOf[a.Source]]
		if ref == nil {
			continue // the dates stay unresolved, as Analyze left them
		}
		analyses[i].Dates, against[i] = analyze.DatesNear(a.Body(), *ref), "date of its event"
	}
	return analyses, against
}

// analysisOut is the wire form of an article's analysis.
func analysisOut(a news.Article, an analyze.Analysis, against string) analysisJSON {
	dj := make([]dateJSON, 0, len(an.Dates))
	for _, d := range an.Dates {
		j := dateJSON{Phrase: d.Phrase, Offsets: analyze.Span{Start: d.Start, End: d.End}, Relative: d.Relative}
		if d.Date != nil {
			s := d.Date.Format(time.DateOnly)
			j.Date = &s
			if d.Relative {
				j.Against = against
			}
		}
		dj = append(dj, j)
	}
	return analysisJSON{Source: a.Source, Title: a.Title, Entities: nonNil(an.Entities),
		Quotes: nonNil(an.Quotes), Figures: nonNil(an.Figures), Dates: dj}
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// writeAnalysis prints an analysis for a person.
func writeAnalysis(w *bufio.Writer, a analysisJSON) {
	fmt.Fprintf(w, "== %s\n%s\n", a.Source, a.Title)
	for _, q := range a.Quotes {
		who := q.Speaker
		if who == "" {
			who = "(speaker not stated)"
		}
		mark := ""
		if q.Direct {
			mark = "“"
		}
		fmt.Fprintf(w, "  quote   %s: %s%s\n", who, mark, q.Text)
	}
	for _, f := range a.Figures {
		by := ""
		if f.ClaimedBy != "" {
			by = " (" + f.ClaimedBy + ")"
		}
		fmt.Fprintf(w, "  figure  %s%s\n", f.Phrase, by)
	}
	for _, d := range a.Dates {
		day := "unresolved"
		if d.Date != nil {
			day = *d.Date
		}
		fmt.Fprintf(w, "  date    %s → %s\n", d.Phrase, day)
	}
	for _, en := range a.Entities {
		fmt.Fprintf(w, "  %-7s %s %v\n", en.Kind, en.Name, en.Aliases)
	}
	fmt.Fprintln(w)
}
