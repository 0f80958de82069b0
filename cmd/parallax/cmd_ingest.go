package main

import (
	"context"
	"fmt"
	"strconv"
	"time"

	"github.com/parallax-news/parallax/internal/analyze"
	"github.com/parallax-news/parallax/internal/cluster"
	"github.com/parallax-news/parallax/internal/dedup"
	"github.com/parallax-news/parallax/internal/news"
	"github.com/parallax-news/parallax/internal/pipeline"
	"github.com/parallax-news/parallax/internal/store"
)

type ingestOptions struct {
	inputOptions
	dbOptions
	verbose bool
}

func runIngest(ctx context.Context, e *env, args []string) error {
	var o ingestOptions
	fs := newFlags(e, "ingest", "ingest [--db FILE] [flags] PATH…\n\nExtracts the inputs (files, folders, .gz, .jsonl, - for stdin) and stores documents and\narticles in the database. Content already stored is not stored again.")
	o.inputOptions.AddFlags(fs)
	o.dbOptions.AddFlags(fs)
	fs.BoolVar(&o.verbose, "v", false, "print one line per input")
	paths, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	results, prog, err := o.results(ctx, e, paths)
	if err != nil {
		return err
	}
	st, dbPath, err := o.open(ctx, e)
	if err != nil {
		return err
	}
	defer st.Close()
	g, sources, err := restoreGrouper(ctx, st)
	if err != nil {
		return err
	}
	res, err := restoreResolver(ctx, st)
	if err != nil {
		return err
	}
	var undated []int64 // articles of this run whose dates wait for their event's

	total, failed, stored, known := 0, 0, 0, 0
	for r := range results {
		total++
		if r.Err != nil {
			failed++
			prog.step(true)
			prog.clear()
			reportErr(e, r.Err)
			continue
		}
		id, created, err := st.PutArticle(ctx, r.Doc, r.Article)
		prog.step(err != nil)
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			failed++
			prog.clear()
			reportErr(e, err)
			continue
		}
		if created {
			stored++
			sources[strconv.FormatInt(id, 10)] = r.Article.Source
			if err := placeArticle(ctx, st, g, sources, id, r.Article); err != nil {
				return err
			}
			if err := storeAnalysis(ctx, st, res, id, r.Article); err != nil {
				return err
			}
			if r.Article.Published == nil {
				undated = append(undated, id)
			}
		} else {
			known++
		}
		if o.verbose {
			prog.clear()
			state := "stored"
			if !created {
				state = "already stored"
			}
			fmt.Fprintf(e.stderr, "%s: %s as article %d\n", r.Doc.Source, state, id)
		}
	}
	prog.finish()
	if err := ctx.Err(); err != nil {
		return err
	}
	evs, err := saveEvents(ctx, st, g)
	if err != nil {
		return err
	}
	if err := resolveDeferredDates(ctx, st, g, evs, undated); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "%d inputs: %d stored, %d already stored, %d failed (%s)\n", total, stored, known, failed, dbPath)
	return failures(failed, total)
}

// restoreGrouper rebuilds the clustering state of the database's active
// window: the articles dated within it (and the latest undated ones) go
// back into their events, so new articles are clustered against them and
// may move them. It returns the grouper and the sources of the articles by
// id (the clusterer's keys).
func restoreGrouper(ctx context.Context, st *store.Store) (*pipeline.Grouper, map[string]string, error) {
	cfg := cluster.DefaultConfig()
	g := pipeline.NewGrouper(dedup.DefaultConfig(), cfg)
	n, err := st.MaxEventNumber(ctx)
	if err != nil {
		return nil, nil, err
	}
	g.SetNextID(n)
	sources := map[string]string{}
	newest, err := st.NewestDate(ctx)
	if err != nil {
		return nil, nil, err
	}
	since := time.Now()
	if newest != nil {
		since = newest.AddDate(0, 0, -2*cfg.WindowDays)
	}
	bySource := map[string]string{}
	for s, err := range st.Window(ctx, since, cfg.UndatedWindow) {
		if err != nil {
			return nil, nil, err
		}
		id := strconv.FormatInt(s.ID, 10)
		sources[id] = s.Article.Source
		bySource[s.Article.Source] = id
		if err := g.Restore(id, s.Article, s.EventID, bySource[s.DuplicateOf]); err != nil {
			return nil, nil, err
		}
	}
	return g, sources, nil
}

// placeArticle clusters a newly stored article and records the events of
// every article the clustering moved.
func placeArticle(ctx context.Context, st *store.Store, g *pipeline.Grouper, sources map[string]string, id int64, a news.Article) error {
	changes, err := g.Add(strconv.FormatInt(id, 10), a)
	if err != nil {
		return err
	}
	for _, c := range changes {
		aid, err := strconv.ParseInt(c.ID, 10, 64)
		if err != nil {
			return fmt.Errorf("cluster: bad item id %q", c.ID)
		}
		if err := st.SetEvent(ctx, aid, c.Event, sources[g.DupOf[c.ID]]); err != nil {
			return err
		}
	}
	return nil
}

// saveEvents stores the labels, dates and stories of the events the run
// knows, and returns them.
func saveEvents(ctx context.Context, st *store.Store, g *pipeline.Grouper) ([]store.Event, error) {
	var evs []store.Event
	for _, e := range append(g.Finished(), g.Events()...) {
		evs = append(evs, store.Event{ID: e.ID, Label: e.Label, Date: e.Date, First: e.First, Last: e.Last,
			StoryID: e.Story, StoryLabel: e.StoryLabel, Articles: e.Articles})
	}
	return evs, st.SaveEvents(ctx, evs)
}

// restoreResolver gives a Resolver the entities stored so far, so names
// stay one across ingest runs.
func restoreResolver(ctx context.Context, st *store.Store) (*analyze.Resolver, error) {
	res := analyze.NewResolver()
	res.Stable = true // names already stored must not change
	var names, known []analyze.Entity
	for e, err := range st.Entities(ctx) {
		if err != nil {
			return nil, err
		}
		names = append(names, analyze.Entity{Name: e.Name, Kind: e.Kind})
		known = append(known, analyze.Entity{Name: e.Name, Kind: e.Kind, Aliases: e.Aliases})
	}
	// The stored names first, alone, so a stable resolver fixes exactly
	// them; then their other forms.
	if len(names) > 0 {
		res.Resolve(names)
		res.Resolve(known)
	}
	return res, nil
}

// storeAnalysis analyses a new article, names its entities as the
// database does, and stores both.
func storeAnalysis(ctx context.Context, st *store.Store, res *analyze.Resolver, id int64, a news.Article) error {
	an := analyze.Analyze(a.Body(), a.Published)
	res.Canonical(&an)
	res.Forget() // each article is resolved once: nothing to remember for a second pass
	if err := st.PutAnalysis(ctx, id, an); err != nil {
		return err
	}
	return st.AddEntities(ctx, an.Entities)
}

// resolveDeferredDates resolves the relative dates of the run's undated
// articles against the date of the event each reports, now that the
// clustering knows it.
func resolveDeferredDates(ctx context.Context, st *store.Store, g *pipeline.Grouper, evs []store.Event, ids []int64) error {
	dateOf := map[string]*time.Time{}
	for _, e := range evs {
		dateOf[e.ID] = e.Date
	}
	for _, id := range ids {
		ref := dateOf[g.EventOf[strconv.FormatInt(id, 10)]]
		if ref == nil {
			continue
		}
		an, ok, err := st.Analysis(ctx, id)
		if err != nil || !ok {
			return err
		}
		a, err := st.Article(ctx, id)
		if err != nil {
			return err
		}
		an.Dates = analyze.DatesNear(a.Body(), *ref)
		if err := st.PutAnalysis(ctx, id, an); err != nil {
			return err
		}
	}
	return nil
}
