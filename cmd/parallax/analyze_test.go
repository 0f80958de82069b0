package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

// TestAnalyzeExample runs `analyze --json` on the bundled example corpus:
// every article has its fields, offsets point at the quoted text, and the
// same person is named alike in all articles.
func TestAnalyzeExample(t *testing.T) {
	code, stdout, stderr := runCmd(t, "", nil, "analyze", "--json", "../../examples/corpus")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	lines := strings.Split(strings.TrimSpace(stdout), "\n")
	if len(lines) != 11 {
		t.Fatalf("%d analyses, want 11", len(lines))
	}
	names := map[string]bool{}
	speakers := 0
	for _, line := range lines {
		var r struct {
			Source   string
			Entities []struct{ Name, Kind string }
			Quotes   []struct{ Text, Speaker string }
			Figures  []struct{ Value float64 }
			Dates    []struct{ Phrase string }
		}
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatal(err)
		}
		for _, e := range r.Entities {
			names[e.Name] = true
		}
		for _, q := range r.Quotes {
			if q.Speaker != "" {
				speakers++
				if !names[q.Speaker] {
					t.Errorf("%s: speaker %q is not one of the article's entities", r.Source, q.Speaker)
				}
			}
		}
	}
	if speakers == 0 {
		t.Error("no quote has a speaker")
	}
	// The corpus spells the mayor three ways across outlets.
	for _, variant := range []string{"Anselm Kohl", "Anselm Köhl"} {
		if names[variant] {
			t.Errorf("%q kept as its own entity", variant)
		}
	}
}

// TestIngestEntitiesStable ingests the example corpus one file per run: an
// entity keeps the name it was first stored under, so no two rows name one
// person.
func TestIngestEntitiesStable(t *testing.T) {
	db := filepath.Join(t.TempDir(), "p.db")
	files, err := filepath.Glob("../../examples/corpus/*")
	if err != nil || len(files) == 0 {
		t.Fatalf("example corpus: %v", err)
	}
	for _, f := range files {
		if code, _, stderr := runCmd(t, "", nil, "ingest", "--db", db, f); code != exitOK {
			t.Fatalf("ingest %s: exit %d: %s", f, code, stderr)
		}
	}
	_, stdout, _ := runCmd(t, "", nil, "entities", "--db", db, "--json")
	rows := map[string][]string{}
	for _, line := range strings.Split(strings.TrimSpace(stdout), "\n") {
		var e struct {
			Name    string
			Kind    string
			Aliases []string
		}
		if err := json.Unmarshal([]byte(line), &e); err != nil {
			t.Fatal(err)
		}
		if e.Kind == "person" {
			rows[e.Name] = e.Aliases
		}
	}
	for name, aliases := range rows {
		for _, a := range aliases {
			if _, ok := rows[a]; ok && a != name {
				t.Errorf("%q and %q are both stored as names of one person", name, a)
			}
		}
	}
	if len(rows) == 0 {
		t.Error("no person stored")
	}
}

// TestBrief runs the README's main job (ingest the example corpus, print
// the briefs of its stories) and the brief of inputs straight from files.
func TestBrief(t *testing.T) {
	db := filepath.Join(t.TempDir(), "p.db")
	if code, _, stderr := runCmd(t, "", nil, "ingest", "--db", db, "../../examples/corpus"); code != exitOK {
		t.Fatalf("ingest: exit %d: %s", code, stderr)
	}
	code, stdout, stderr := runCmd(t, "", nil, "brief", "--db", db)
	if code != exitOK {
		t.Fatalf("brief: exit %d: %s", code, stderr)
	}
	for _, section := range []string{"## Summary", "## Timeline", "## Who said what", "## Figures", "## Coverage"} {
		if !strings.Contains(stdout, section) {
			t.Errorf("brief lacks %q", section)
		}
	}
	code, stdout, stderr = runCmd(t, "", nil, "brief", "--format", "json", "../../examples/corpus")
	if code != exitOK {
		t.Fatalf("brief of inputs: exit %d: %s", code, stderr)
	}
	kinds := map[string]int{}
	for _, line := range strings.Split(strings.TrimSpace(stdout), "\n") {
		var b struct {
			Kind, ID string
			Figures  []struct {
				Values []struct {
					Sources []struct{ Outlet, Article string }
				}
			}
		}
		if err := json.Unmarshal([]byte(line), &b); err != nil {
			t.Fatal(err)
		}
		kinds[b.Kind]++
		for _, q := range b.Figures {
			for _, v := range q.Values {
				if len(v.Sources) == 0 {
					t.Errorf("%s: a figure without sources", b.ID)
				}
			}
		}
	}
	if kinds["story"] < 1 || kinds["event"] < 2 {
		t.Errorf("briefs by kind %v, want a story and its events", kinds)
	}
	if code, _, stderr := runCmd(t, "", nil, "brief", "--format", "pdf", "x"); code != exitUsage {
		t.Errorf("--format pdf: exit %d (%s), want usage error", code, stderr)
	}
}
