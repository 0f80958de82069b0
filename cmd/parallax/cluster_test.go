package main

import (
	"encoding/json"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const seedsDir = "../../../shared/corpus/seeds"

// seedGold reads the event of each seed page from seeds.gold.json.
func seedGold(t *testing.T) map[string]string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(seedsDir, "..", "seeds.gold.json"))
	if err != nil {
		t.Skip("../shared/corpus is absent: skipping the seed clustering checks")
	}
	var g struct {
		Documents []struct{ File, Event string }
	}
	if err := json.Unmarshal(b, &g); err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, d := range g.Documents {
		out[d.File] = d.Event
	}
	return out
}

// samePartition reports whether pred groups the keys of gold exactly as
// gold does.
func samePartition(gold, pred map[string]string) bool {
	fwd, back := map[string]string{}, map[string]string{}
	for k, g := range gold {
		p, ok := pred[k]
		if !ok || p == "" {
			return false
		}
		if x, ok := fwd[g]; ok && x != p {
			return false
		}
		if x, ok := back[p]; ok && x != g {
			return false
		}
		fwd[g], back[p] = p, g
	}
	return true
}

// TestClusterSeeds checks `parallax cluster --json` on the seed pages: two
// events, {001, 004} and {000, 002, 003}, in one story.
func TestClusterSeeds(t *testing.T) {
	gold := seedGold(t)
	code, stdout, stderr := runCmd(t, "", nil, "cluster", "--json", seedsDir)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	pred, stories := map[string]string{}, map[string]bool{}
	for _, line := range strings.Split(strings.TrimSpace(stdout), "\n") {
		var r struct {
			Source, Event, Story string
			EventLabel           string `json:"event_label"`
		}
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatal(err)
		}
		pred[filepath.Base(r.Source)] = r.Event
		stories[r.Story] = true
		if r.EventLabel == "" {
			t.Errorf("%s: no event label", r.Source)
		}
	}
	if !samePartition(gold, pred) {
		t.Errorf("events %v, want the partition of %v", pred, gold)
	}
	if len(stories) != 1 {
		t.Errorf("%d stories, want 1", len(stories))
	}
}

// TestIngestSeedsOneAtATime ingests the seed pages one file per run, in
// several orders, into a fresh database each time, and reads the events
// back with `articles --json`, `events` and `stories`.
func TestIngestSeedsOneAtATime(t *testing.T) {
	gold := seedGold(t)
	var files []string
	for f := range gold {
		files = append(files, f)
	}
	rng := rand.New(rand.NewSource(3))
	for range 4 {
		rng.Shuffle(len(files), func(i, j int) { files[i], files[j] = files[j], files[i] })
		db := filepath.Join(t.TempDir(), "p.db")
		for _, f := range files {
			if code, _, stderr := runCmd(t, "", nil, "ingest", "--db", db, filepath.Join(seedsDir, f)); code != exitOK {
				t.Fatalf("ingest %s: exit %d: %s", f, code, stderr)
			}
		}
		_, stdout, _ := runCmd(t, "", nil, "articles", "--db", db, "--json")
		pred := map[string]string{}
		for _, line := range strings.Split(strings.TrimSpace(stdout), "\n") {
			var r struct {
				Source string
				Event  *string
			}
			if err := json.Unmarshal([]byte(line), &r); err != nil {
				t.Fatal(err)
			}
			if r.Event != nil {
				pred[filepath.Base(r.Source)] = *r.Event
			}
		}
		if !samePartition(gold, pred) {
			t.Errorf("order %v: events %v, want the partition of %v", files, pred, gold)
		}
		_, events, _ := runCmd(t, "", nil, "events", "--db", db, "--json")
		if n := strings.Count(events, "\n"); n != 2 {
			t.Errorf("order %v: %d events listed, want 2:\n%s", files, n, events)
		}
		_, stories, _ := runCmd(t, "", nil, "stories", "--db", db, "--json")
		if n := strings.Count(stories, "\n"); n != 1 || !strings.Contains(stories, `"articles":5`) {
			t.Errorf("order %v: stories:\n%s", files, stories)
		}
	}
}

// TestBriefSeeds checks the seed briefs' figures (issue 6): the 19 March
// call's "150 drones" confirmed by both outlets and claimed by Zelensky,
// the 57 drones Russia intercepted a separate quantity, and the 19 May
// call's length agreeing across outlets.
func TestBriefSeeds(t *testing.T) {
	seedGold(t) // skips without ../shared
	code, stdout, stderr := runCmd(t, "", nil, "brief", "--format", "json", seedsDir)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	type value struct {
		Value     float64
		ClaimedBy string `json:"claimed_by"`
	}
	type quantity struct {
		What, Agreement string
		Values          []value
		Independent     int `json:"independent_sources"`
	}
	var events []struct {
		Kind, ID, Headline string
		Figures            []quantity
	}
	for _, line := range strings.Split(strings.TrimSpace(stdout), "\n") {
		var b struct {
			Kind, ID, Headline string
			Figures            []quantity
		}
		if err := json.Unmarshal([]byte(line), &b); err != nil {
			t.Fatal(err)
		}
		if b.Kind == "event" {
			events = append(events, b)
		}
	}
	if len(events) != 2 {
		t.Fatalf("%d event briefs, want 2", len(events))
	}
	has := func(qs []quantity, v float64) *quantity {
		for i, q := range qs {
			for _, x := range q.Values {
				if x.Value == v {
					return &qs[i]
				}
			}
		}
		return nil
	}
	var march, may bool
	for _, ev := range events {
		if q := has(ev.Figures, 150); q != nil {
			march = true
			if q.Agreement != "agree" || q.Independent != 2 || !strings.Contains(q.Values[0].ClaimedBy, "Zelensky") {
				t.Errorf("150 drones: %+v, want agreed by 2 outlets, claimed by Zelensky", *q)
			}
			if q57 := has(ev.Figures, 57); q57 == nil || q57 == q || q57.What == q.What {
				t.Errorf("57 drones intercepted is not a quantity of its own: %+v", q57)
			}
		}
		for _, q := range ev.Figures {
			if strings.HasPrefix(q.What, "hour") && has([]quantity{q}, 2) != nil {
				may = true
				if q.Agreement != "agree" {
					t.Errorf("call length: %+v, want agreement", q)
				}
			}
		}
	}
	if !march || !may {
		t.Errorf("found the March drones %v, the May call length %v", march, may)
	}
}
