package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/parallax-news/parallax/internal/news"
)

type extractOptions struct {
	inputOptions
	json bool
}

func runExtract(ctx context.Context, e *env, args []string) error {
	var o extractOptions
	fs := newFlags(e, "extract", "extract [--json] [flags] PATH…\n\nPrints one article per input: PATH is a file, a folder (read recursively), or - for\nstandard input; .html, .htm, .txt, .jsonl, and .gz of any of them.")
	fs.BoolVar(&o.json, "json", false, "print JSON Lines, one article per line")
	o.AddFlags(fs)
	paths, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	results, prog, err := o.results(ctx, e, paths)
	if err != nil {
		return err
	}
	out := bufio.NewWriter(e.stdout)
	defer out.Flush()
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	total, failed := 0, 0
	for r := range results {
		total++
		prog.step(r.Err != nil)
		if r.Err != nil {
			failed++
			prog.clear()
			out.Flush()
			reportErr(e, r.Err)
			continue
		}
		if o.json {
			err = enc.Encode(r.Article)
		} else {
			err = writeReadable(out, r.Article)
		}
		if err != nil {
			return fmt.Errorf("write output: %w", err)
		}
	}
	prog.finish()
	if err := ctx.Err(); err != nil {
		return err
	}
	return failures(failed, total)
}

// writeReadable prints an article for a person: a header of its metadata,
// then the body, headings marked with '#', quotes with '>', list items '-'.
func writeReadable(w io.Writer, a news.Article) error {
	j := a.JSON()
	date := "unknown"
	if j.Published != nil {
		date = *j.Published
	}
	fmt.Fprintf(w, "== %s\n", a.Source)
	fmt.Fprintf(w, "Title:     %s\n", a.Title)
	fmt.Fprintf(w, "Published: %s (%s)\n", date, a.PublishedHow)
	outlet := strings.TrimSpace(a.Outlet.Name + " " + paren(a.Outlet.Host))
	fmt.Fprintf(w, "Outlet:    %s\n", orDash(outlet))
	if a.Origin != "" {
		fmt.Fprintf(w, "Origin:    %s\n", a.Origin)
	}
	fmt.Fprintf(w, "Byline:    %s\nLanguage:  %s\nURL:       %s\nWords:     %d\n\n", orDash(a.Byline), orDash(a.Language), orDash(a.URL), a.Words())
	for _, p := range a.Paragraphs {
		prefix := ""
		switch p.Kind {
		case news.Heading:
			prefix = "# "
		case news.Quote:
			prefix = "> "
		case news.ListItem:
			prefix = "- "
		}
		fmt.Fprintf(w, "%s%s\n\n", prefix, p.Text)
	}
	_, err := fmt.Fprintln(w)
	return err
}

func paren(s string) string {
	if s == "" {
		return ""
	}
	return "(" + s + ")"
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
