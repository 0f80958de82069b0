package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"regexp"
	"sort"

	"github.com/parallax-news/parallax/internal/brief"
	"github.com/parallax-news/parallax/internal/cluster"
	"github.com/parallax-news/parallax/internal/news"
)

type briefOptions struct {
	inputOptions
	dbOptions
	format string
}

var idPattern = regexp.MustCompile(`^[es][0-9]+$`)

func runBrief(ctx context.Context, e *env, args []string) error {
	var o briefOptions
	fs := newFlags(e, "brief", "brief [--format md|json|html] [--db FILE] [EVENT-OR-STORY-ID]\n       parallax brief [--format md|json|html] PATH…\n\nPrints the brief of a stored event (e12) or story (s3), of every stored story when no\nid is given, or, given inputs, extracts, clusters and analyses them in one go and prints\nthe brief of every story and event.")
	fs.StringVar(&o.format, "format", "md", "output format: md, json (one object per line) or html")
	o.inputOptions.AddFlags(fs)
	o.dbOptions.AddFlags(fs)
	args, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	switch o.format {
	case "md", "json", "html":
	default:
		return fmt.Errorf("%w: --format must be md, json or html", errUsage)
	}
	var briefs []brief.Brief
	if len(args) == 0 {
		if briefs, err = storyBriefs(ctx, e, &o); err != nil {
			return err
		}
		if len(briefs) == 0 {
			return fmt.Errorf("the database holds no story yet: run 'parallax ingest' first")
		}
	}
	if len(args) == 1 && idPattern.MatchString(args[0]) {
		if _, err := os.Stat(args[0]); err != nil {
			b, err := briefFromDB(ctx, e, &o, args[0])
			if err != nil {
				return err
			}
			briefs = []brief.Brief{b}
		}
	}
	total, failed := 0, 0
	if briefs == nil && len(args) > 0 {
		var arts []news.Article
		arts, total, failed, err = o.collect(ctx, e, args)
		if err != nil {
			return err
		}
		briefs = briefsOf(arts)
	}
	out := bufio.NewWriter(e.stdout)
	defer out.Flush()
	for i, b := range briefs {
		switch o.format {
		case "json":
			enc := json.NewEncoder(out)
			enc.SetEscapeHTML(false)
			if err := enc.Encode(b); err != nil {
				return fmt.Errorf("write output: %w", err)
			}
		case "html":
			fmt.Fprint(out, b.HTML())
		default:
			if i > 0 {
				fmt.Fprintln(out)
			}
			fmt.Fprint(out, b.Markdown())
		}
	}
	return failures(failed, total)
}

// briefsOf clusters and analyses a batch and builds the brief of every
// story with more than one event, then of every event, stories first.
func briefsOf(arts []news.Article) []brief.Brief {
	g := groupBatch(arts)
	analyses, _ := analyzeBatch(arts, g)
	inputs := map[string][]brief.Input{} // event id -> inputs
	for i, a := range arts {
		ev := g.EventOf[a.Source]
		inputs[ev] = append(inputs[ev], brief.Input{Article: a, Analysis: analyses[i], EventID: ev, DuplicateOf: g.DupOf[a.Source]})
	}
	events := g.Events()
	byStory := map[string][]cluster.Event{}
	var storyOrder []string
	for _, ev := range events {
		if _, ok := byStory[ev.Story]; !ok {
			storyOrder = append(storyOrder, ev.Story)
		}
		byStory[ev.Story] = append(byStory[ev.Story], ev)
	}
	sort.Strings(storyOrder)
	var out []brief.Brief
	for _, s := range storyOrder {
		evs := byStory[s]
		if len(evs) < 2 {
			continue
		}
		var in []brief.Input
		for _, ev := range evs {
			in = append(in, inputs[ev.ID]...)
		}
		out = append(out, brief.Build("story", s, evs[0].StoryLabel, in))
	}
	for _, ev := range events {
		out = append(out, brief.Build("event", ev.ID, ev.Label, inputs[ev.ID]))
	}
	return out
}

// briefFromDB builds the brief of a stored event or story.
func briefFromDB(ctx context.Context, e *env, o *briefOptions, id string) (brief.Brief, error) {
	st, _, err := o.open(ctx, e)
	if err != nil {
		return brief.Brief{}, err
	}
	defer st.Close()
	return brief.Load(ctx, st, id)
}

// storyBriefs builds the brief of every stored story, in the order of their
// first events.
func storyBriefs(ctx context.Context, e *env, o *briefOptions) ([]brief.Brief, error) {
	st, _, err := o.open(ctx, e)
	if err != nil {
		return nil, err
	}
	defer st.Close()
	ids, err := brief.StoryIDs(ctx, st)
	if err != nil {
		return nil, err
	}
	var out []brief.Brief
	for _, id := range ids {
		b, err := brief.Load(ctx, st, id)
		if err != nil {
			return nil, err
		}
		out = append(out, b)
	}
	return out, nil
}
