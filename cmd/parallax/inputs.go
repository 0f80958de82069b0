package main

import (
	"context"
	"flag"
	"fmt"
	"iter"
	"os"
	"strings"

	"github.com/parallax-news/parallax/internal/extract"
	"github.com/parallax-news/parallax/internal/news"
	"github.com/parallax-news/parallax/internal/pipeline"
	"github.com/parallax-news/parallax/internal/source"
)

// inputOptions are the flags of every command that reads inputs.
type inputOptions struct {
	maxMB      float64
	workers    int
	noFallback bool
	progress   string
}

func (o *inputOptions) AddFlags(fs *flag.FlagSet) {
	fs.Float64Var(&o.maxMB, "max-size", source.DefaultMaxBytes>>20, "refuse inputs (and JSON Lines records) larger than this many MB")
	fs.IntVar(&o.workers, "workers", 0, "extraction workers (0: one per CPU)")
	fs.BoolVar(&o.noFallback, "no-fallback", false, "HTML: run go-trafilatura alone, without readability as fallback and judge (faster, less accurate)")
	fs.StringVar(&o.progress, "progress", "auto", "progress on stderr: auto (when stderr is a terminal), always, never")
}

// results reads paths and extracts them, reporting progress.
func (o *inputOptions) results(ctx context.Context, e *env, paths []string) (iter.Seq[pipeline.Result], *progress, error) {
	if len(paths) == 0 {
		return nil, nil, fmt.Errorf("%w: no input paths given (use - for standard input)", errUsage)
	}
	if o.maxMB <= 0 {
		return nil, nil, fmt.Errorf("%w: --max-size must be positive", errUsage)
	}
	var show bool
	switch o.progress {
	case "auto":
		show = isTerminal(e.stderr)
	case "always":
		show = true
	case "never":
	default:
		return nil, nil, fmt.Errorf("%w: --progress must be auto, always or never", errUsage)
	}
	cfg := source.Config{MaxBytes: int64(o.maxMB * (1 << 20)), Stdin: e.stdin}
	xcfg := extract.DefaultConfig()
	if o.noFallback {
		xcfg.Fallback, xcfg.Agreement = false, false
	}
	docs := source.Documents(ctx, cfg, paths)
	return pipeline.Extract(ctx, docs, extract.New(xcfg), o.workers), newProgress(e.stderr, show), nil
}

// reportErr prints one failed input on stderr: one line, naming it.
func reportErr(e *env, err error) {
	fmt.Fprintf(e.stderr, "parallax: %s\n", strings.ReplaceAll(err.Error(), "\n", " "))
}

// failures turns a count of failed inputs into the command's error.
func failures(n, total int) error {
	if n == 0 {
		return nil
	}
	return fmt.Errorf("%w: %d of %d inputs failed", errSomeInputs, n, total)
}

func isTerminal(w any) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// collect extracts all inputs of paths into memory, for the commands that
// work on a whole batch (cluster, analyze), reporting bad inputs as they
// come. Each article's Source is made unique ("path#2" for the same input
// given twice). It returns the articles and the counts of inputs and of
// failed ones.
func (o *inputOptions) collect(ctx context.Context, e *env, paths []string) (arts []news.Article, total, failed int, err error) {
	results, prog, err := o.results(ctx, e, paths)
	if err != nil {
		return nil, 0, 0, err
	}
	seen := map[string]int{}
	for r := range results {
		total++
		prog.step(r.Err != nil)
		if r.Err != nil {
			failed++
			prog.clear()
			reportErr(e, r.Err)
			continue
		}
		a := r.Article
		if n := seen[a.Source]; n > 0 {
			seen[a.Source]++
			a.Source = fmt.Sprintf("%s#%d", a.Source, n+1)
		} else {
			seen[a.Source] = 1
		}
		arts = append(arts, a)
	}
	prog.finish()
	return arts, total, failed, ctx.Err()
}
