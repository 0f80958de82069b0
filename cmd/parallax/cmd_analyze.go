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
	for _, a := range analyzeBatch(arts) {
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

// analyzeBatch analyses a batch of articles: each article alone, then its
// entity names made one across the batch, and the dates of undated
// articles resolved against the date of the event they report.
func analyzeBatch(arts []news.Article) []analysisJSON {
	// Events, for the reference dates of undated articles.
	ccfg := cluster.DefaultConfig()
	ccfg.Keep = true
	g := pipeline.NewGrouper(dedup.DefaultConfig(), ccfg)
	ids := make([]string, len(arts))
	for i, a := range arts {
		ids[i] = fmt.Sprintf("%d", i)
		g.Prime(ids[i], a)
	}
	for i, a := range arts {
		g.Add(ids[i], a)
	}
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
	out := make([]analysisJSON, len(arts))
	for i, a := range arts {
		an := analyses[i]
		// The resolver now knows the whole batch: names are final.
		res.Canonical(&an)
		ref, against := a.Published, "publication date"
		if ref == nil {
			ref, against = eventDate[g.EventOf[ids[i]]], "date of its event"
		}
		dates := analyze.Dates(a.Body(), ref)
		if ref == nil {
			against = ""
		}
		dj := make([]dateJSON, 0, len(dates))
		for _, d := range dates {
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
		out[i] = analysisJSON{Source: a.Source, Title: a.Title, Entities: nonNil(an.Entities),
			Quotes: nonNil(an.Quotes), Figures: nonNil(an.Figures), Dates: dj}
	}
	return out
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
