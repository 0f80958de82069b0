package main

import (
	"context"
	"fmt"
	"strings"
)

// entityJSON is one line of `entities --json`.
type entityJSON struct {
	Name     string   `json:"name"`
	Kind     string   `json:"kind"`
	Aliases  []string `json:"aliases"`
	Articles int      `json:"articles"`
	Mentions int      `json:"mentions"`
}

func runEntities(ctx context.Context, e *env, args []string) error {
	l, err := openListing(ctx, e, "entities", "entities [--db FILE] [--json]\n\nLists the people, organisations and places of the stored articles, under one name\nfor all the ways each is written, the most written about first.",
		"print JSON Lines", args)
	if err != nil {
		return err
	}
	defer l.close()
	out := l.out
	for en, err := range l.st.Entities(ctx) {
		if err != nil {
			return err
		}
		if l.json {
			l.enc.Encode(entityJSON{en.Name, en.Kind, nonNil(en.Aliases), en.Articles, en.Mentions})
			continue
		}
		also := ""
		if len(en.Aliases) > 0 {
			also = "  (also " + strings.Join(en.Aliases, ", ") + ")"
		}
		fmt.Fprintf(out, "%-7s %3d articles  %s%s\n", en.Kind, en.Articles, en.Name, also)
	}
	return nil
}
