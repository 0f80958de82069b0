package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/parallax-news/parallax/internal/cluster"
	"github.com/parallax-news/parallax/internal/dedup"
	"github.com/parallax-news/parallax/internal/pipeline"
)

type clusterOptions struct {
	inputOptions
	json bool
}

// clusteredJSON is one line of `cluster --json`.
type clusteredJSON struct {
	Source      string  `json:"source"`
	Event       string  `json:"event"`
	Story       string  `json:"story"`
	DuplicateOf *string `json:"duplicate_of"`
	EventLabel  string  `json:"event_label"`
	EventDate   *string `json:"event_date"`
	StoryLabel  string  `json:"story_label"`
	Title       string  `json:"title"`
	Outlet      string  `json:"outlet"`
	Published   *string `json:"published"`
	Origin      *string `json:"origin"`
}

func runCluster(ctx context.Context, e *env, args []string) error {
	var o clusterOptions
	fs := newFlags(e, "cluster", "cluster [--json] [flags] PATH…\n\nExtracts the inputs, folds duplicates and groups the articles into events and stories\nin one go, without a database, and prints one line per article.")
	fs.BoolVar(&o.json, "json", false, "print JSON Lines: source, event, story, duplicate_of, event_label, event_date, …")
	o.AddFlags(fs)
	paths, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	// The articles are read first: the term weights of the whole batch are
	// known before the first one is placed, so the result depends little
	// on the order of the inputs.
	batch, total, failed, err := o.collect(ctx, e, paths)
	if err != nil {
		return err
	}
	ccfg := cluster.DefaultConfig()
	ccfg.Keep = true // the batch is in memory anyway; keep every event open to it
	g := pipeline.NewGrouper(dedup.DefaultConfig(), ccfg)
	for _, a := range batch {
		g.Prime(a.Source, a)
	}
	events := map[string]cluster.Event{}
	var rows []clusteredJSON
	for _, a := range batch {
		if _, err := g.Add(a.Source, a); err != nil {
			failed++
			reportErr(e, err)
			continue
		}
		for _, ev := range g.Finished() {
			events[ev.ID] = ev
		}
		j := a.JSON()
		rows = append(rows, clusteredJSON{Source: a.Source, Title: a.Title, Outlet: j.Outlet, Published: j.Published, Origin: j.Origin})
	}
	for _, ev := range g.Events() {
		events[ev.ID] = ev
	}
	out := bufio.NewWriter(e.stdout)
	defer out.Flush()
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	for _, row := range rows {
		ev := events[g.EventOf[row.Source]]
		row.Event, row.Story, row.EventLabel, row.StoryLabel = ev.ID, ev.Story, ev.Label, ev.StoryLabel
		if ev.Date != nil {
			d := ev.Date.Format(time.DateOnly)
			row.EventDate = &d
		}
		if of, ok := g.DupOf[row.Source]; ok {
			row.DuplicateOf = &of
		}
		if o.json {
			if err := enc.Encode(row); err != nil {
				return fmt.Errorf("write output: %w", err)
			}
			continue
		}
		date := "undated   "
		if row.EventDate != nil {
			date = *row.EventDate
		}
		dup := ""
		if row.DuplicateOf != nil {
			dup = " (copy of " + *row.DuplicateOf + ")"
		}
		fmt.Fprintf(out, "%-5s %-5s %s  %-40.40s  %s%s\n", row.Event, row.Story, date, row.EventLabel, row.Source, dup)
	}
	return failures(failed, total)
}
