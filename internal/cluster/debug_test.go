package cluster

import (
	"encoding/json"
	"fmt"
	"os"
	"testing"
	"time"
)

// TestDebugSims prints the pairwise similarities of the items of a JSON
// Lines file given in CLUSTER_DEBUG (id, title, text, published), for
// tuning. It is skipped unless the variable is set.
func TestDebugSims(t *testing.T) {
	path := os.Getenv("CLUSTER_DEBUG")
	if path == "" {
		t.Skip("set CLUSTER_DEBUG=file.jsonl to print pairwise similarities")
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	cfg := DefaultConfig()
	if o := os.Getenv("PX_CFG"); o != "" {
		if err := json.Unmarshal([]byte(o), &cfg); err != nil {
			t.Fatal(err)
		}
	}
	c := New(cfg)
	var items []*item
	for _, line := range splitLines(b) {
		var r struct{ ID, Title, Text, Published string }
		if json.Unmarshal(line, &r) != nil {
			continue
		}
		it := Item{ID: r.ID, Title: r.Title, Text: r.Text}
		if p, err := time.Parse(time.DateOnly, r.Published); err == nil {
			it.Published = &p
		}
		f := c.featurize(it)
		c.n++
		c.countFields(f)
		f.seq = len(items) + 1
		items = append(items, f)
	}
	for _, a := range items {
		d := "-"
		if a.date != nil {
			d = a.date.Format(time.DateOnly)
		}
		var top []string
		for _, id := range a.top {
			top = append(top, c.voc.words[id])
		}
		fmt.Printf("%s date=%s stated=%v top=%v\n", a.id, d, a.stated, top)
	}
	for i, a := range items {
		for _, b := range items[i+1:] {
			fmt.Printf("%s %s sim=%.3f date=%.2f\n", a.id, b.id, c.sim(a, b), c.dateTerm(a, b))
		}
	}
}

func splitLines(b []byte) [][]byte {
	var out [][]byte
	start := 0
	for i, c := range b {
		if c == '\n' {
			out = append(out, b[start:i])
			start = i + 1
		}
	}
	return append(out, b[start:])
}
