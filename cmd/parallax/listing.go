package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"

	"github.com/parallax-news/parallax/internal/store"
)

// listing is what the commands that list the database's contents
// (articles, events, stories, entities) share: the --db and --json flags,
// no paths, the opened store, and a buffered output with a JSON encoder.
type listing struct {
	json bool
	st   *store.Store
	out  *bufio.Writer
	enc  *json.Encoder
}

// openListing parses a listing command's flags and opens the store. The
// caller closes it with close.
func openListing(ctx context.Context, e *env, name, synopsis, jsonHelp string, args []string) (*listing, error) {
	var db dbOptions
	l := &listing{}
	fs := newFlags(e, name, synopsis)
	db.AddFlags(fs)
	fs.BoolVar(&l.json, "json", false, jsonHelp)
	paths, err := parseFlags(fs, args)
	if err != nil {
		return nil, err
	}
	if len(paths) > 0 {
		return nil, fmt.Errorf("%w: %s takes no paths", errUsage, name)
	}
	if l.st, _, err = db.open(ctx, e); err != nil {
		return nil, err
	}
	l.out = bufio.NewWriter(e.stdout)
	l.enc = json.NewEncoder(l.out)
	l.enc.SetEscapeHTML(false)
	return l, nil
}

// close flushes the output and closes the store.
func (l *listing) close() {
	l.out.Flush()
	l.st.Close()
}
