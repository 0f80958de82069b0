package main

import (
	"context"
	"fmt"
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
	fmt.Fprintf(e.stdout, "%d inputs: %d stored, %d already stored, %d failed (%s)\n", total, stored, known, failed, dbPath)
	return failures(failed, total)
}
