package main

import (
	"bufio"
	"context"
	"encoding/json"
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
	var o articlesOptions
	fs := newFlags(e, "entities", "entities [--db FILE] [--json]\n\nLists the people, organisations and places of the stored articles, under one name\nfor all the ways each is written, the most written about first.")
	o.dbOptions.AddFlags(fs)
	fs.BoolVar(&o.json, "json", false, "print JSON Lines")
	paths, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(paths) > 0 {
		return fmt.Errorf("%w: entities takes no paths", errUsage)
	}
	st, _, err := o.open(ctx, e)
	if err != nil {
		return err
	}
	defer st.Close()
	out := bufio.NewWriter(e.stdout)
	defer out.Flush()
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	for en, err := range st.Entities(ctx) {
		if err != nil {
			return err
		}
		if o.json {
			enc.Encode(entityJSON{en.Name, en.Kind, nonNil(en.Aliases), en.Articles, en.Mentions})
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
