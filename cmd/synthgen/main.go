// Command synthgen writes a synthetic news corpus in the JSON Lines format
// parallax ingests, for scale tests and benchmarks:
//
//	go run ./cmd/synthgen -n 100000 -seed 1 > corpus.jsonl
//
// Each line holds id, url, title, text, published (YYYY-MM-DD, left out
// for undated articles), outlet, and event, the gold event the article
// reports (parallax ignores it; it is there for scoring). The same flags
// always give the same corpus.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/parallax-news/parallax/internal/synth"
)

func main() {
	var (
		cfg   synth.Config
		start string
	)
	flag.IntVar(&cfg.Articles, "n", 10000, "number of articles")
	flag.Int64Var(&cfg.Seed, "seed", 1, "random seed: the same seed gives the same corpus")
	flag.StringVar(&start, "start", "2023-01-02", "first day of the timeline (YYYY-MM-DD)")
	flag.IntVar(&cfg.Days, "days", 0, "spread the articles over about this many days (0: 3 to 8 new events a day, however long that takes)")
	flag.Float64Var(&cfg.UndatedShare, "undated", 0, "share of articles without a publication date (0: 0.2; negative: none)")
	flag.Float64Var(&cfg.RepostShare, "reposts", 0, "share of near-duplicate reposts (0: 0.05; negative: none)")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: synthgen [flags] > corpus.jsonl\n\nWrites a synthetic news corpus as JSON Lines on standard output.\n\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() > 0 {
		flag.Usage()
		os.Exit(2)
	}
	t, err := time.Parse(time.DateOnly, start)
	if err != nil {
		fmt.Fprintf(os.Stderr, "synthgen: -start: %v\n", err)
		os.Exit(2)
	}
	cfg.Start = t
	w := bufio.NewWriterSize(os.Stdout, 1<<20)
	if err := synth.WriteJSONL(w, cfg); err != nil {
		fmt.Fprintf(os.Stderr, "synthgen: %v\n", err)
		os.Exit(1)
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintf(os.Stderr, "synthgen: %v\n", err)
		os.Exit(1)
	}
}
