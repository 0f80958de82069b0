package main

import (
	"encoding/json"
	"math/rand"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/brief"
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
// TestBriefSeeds checks the briefs of the seed pages against the issue's
// acceptance points: two event briefs and one story brief; the May event
// cites all three of its articles, dates the call 2025-05-19, holds every
// reference quote of its pages under its speaker and shows the call's
// length agreeing; the March event shows 150 drones launched agreed by
// both outlets as Zelensky's figure, the 57 drones intercepted as another
// quantity, and the Tuesday call before the Wednesday one on its timeline
// (no page of that event states a date, so the days stay weekdays).
func TestBriefSeeds(t *testing.T) {
	events := seedGold(t) // skips without ../shared
	b, err := os.ReadFile(filepath.Join(seedsDir, "..", "seeds.gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	var gold struct {
		Documents []struct {
			File, Event string
			Quotes      []struct{ Speaker, Contains string }
		}
	}
	if err := json.Unmarshal(b, &gold); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := runCmd(t, "", nil, "brief", "--format", "json", seedsDir)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var eventBriefs []brief.Brief
	stories := 0
	for _, line := range strings.Split(strings.TrimSpace(stdout), "\n") {
		var br brief.Brief
		if err := json.Unmarshal([]byte(line), &br); err != nil {
			t.Fatal(err)
		}
		switch br.Kind {
		case "event":
			eventBriefs = append(eventBriefs, br)
		case "story":
			stories++
		}
	}
	if len(eventBriefs) != 2 || stories != 1 {
		t.Fatalf("%d event briefs and %d story briefs, want 2 and 1", len(eventBriefs), stories)
	}
	// Which gold event each brief is: the one its cited articles belong to.
	byGold := map[string]brief.Brief{}
	for _, br := range eventBriefs {
		cited := citedArticles(br)
		for f := range cited {
			byGold[events[f]] = br
			break
		}
	}
	may, march := byGold["E2"], byGold["E1"]
	for name, br := range map[string]brief.Brief{"E1": march, "E2": may} {
		cited := citedArticles(br)
		for f, ev := range events {
			if ev == name && !cited[f] {
				t.Errorf("%s brief does not cite %s", name, f)
			}
			if ev != name && cited[f] {
				t.Errorf("%s brief cites %s of another event", name, f)
			}
		}
	}

	// May: the call dated, every reference quote under its speaker, the
	// call's length agreed.
	if !slices.ContainsFunc(may.Timeline, func(it brief.TimelineItem) bool {
		return it.Date != nil && *it.Date == "2025-05-19" && strings.Contains(it.What, "Putin")
	}) {
		t.Errorf("May timeline has no 2025-05-19 item about the call: %+v", may.Timeline)
	}
	for _, d := range gold.Documents {
		br := byGold[d.Event]
		for _, q := range d.Quotes {
			if !hasQuote(br, q.Speaker, q.Contains) {
				t.Errorf("%s brief: no quote containing %q under %s", d.Event, q.Contains, q.Speaker)
			}
		}
	}
	callLength := false
	for _, q := range may.Figures {
		if hasValue(q, 2) && strings.HasPrefix(q.What, "hour") {
			callLength = true
			if q.Agreement != "agree" || q.IndependentSources != 2 {
				t.Errorf("call length: %+v, want agreement of 2 outlets", q)
			}
		}
	}
	if !callLength {
		t.Errorf("May brief shows no call length in hours: %+v", may.Figures)
	}
	// The 30-day ceasefire the pages mention is one agreed quantity in
	// each event, not one quantity an outlet.
	for name, br := range map[string]brief.Brief{"E1": march, "E2": may} {
		if !slices.ContainsFunc(br.Figures, func(q brief.Quantity) bool {
			return hasValue(q, 30) && q.Unit == "day" && q.Agreement == "agree" && q.IndependentSources >= 2
		}) {
			t.Errorf("%s brief: the 30-day ceasefire is not one agreed quantity: %+v", name, br.Figures)
		}
	}

	// March: 150 drones agreed, 57 apart, Tuesday before Wednesday.
	var q150, q57 *brief.Quantity
	for i := range march.Figures {
		if hasValue(march.Figures[i], 150) {
			q150 = &march.Figures[i]
		}
		if hasValue(march.Figures[i], 57) {
			q57 = &march.Figures[i]
		}
	}
	switch {
	case q150 == nil:
		t.Errorf("March brief has no 150 drones: %+v", march.Figures)
	case q150.Agreement != "agree" || q150.IndependentSources != 2 || !strings.Contains(q150.Values[0].ClaimedBy, "Zelensky"):
		t.Errorf("150 drones: %+v, want agreed by 2 outlets, claimed by Zelensky", *q150)
	case q57 == nil || q57 == q150 || q57.What == q150.What || q57.Agreement == "conflict":
		t.Errorf("57 drones intercepted is not a quantity of its own: %+v", q57)
	}
	days := []string{}
	for _, it := range march.Timeline {
		days = append(days, it.Day())
	}
	tue := slices.Index(days, "Tuesday (date unknown)")
	wed := slices.Index(days, "Wednesday (date unknown)")
	if tue < 0 || wed < 0 || tue > wed {
		t.Errorf("March timeline %q: want the Tuesday call before the Wednesday call", days)
	} else if !strings.Contains(march.Timeline[tue].What, "Putin") || !strings.Contains(march.Timeline[wed].What, "Zelensky") {
		t.Errorf("March timeline: Tuesday %q, Wednesday %q", march.Timeline[tue].What, march.Timeline[wed].What)
	}
}

// citedArticles is the set of article file names a brief cites anywhere.
func citedArticles(br brief.Brief) map[string]bool {
	out := map[string]bool{}
	add := func(srcs []brief.Source) {
		for _, s := range srcs {
			out[filepath.Base(s.Article)] = true
		}
	}
	for _, s := range br.Summary {
		add(s.Sources)
	}
	for _, s := range br.Timeline {
		add(s.Sources)
	}
	for _, sp := range br.Quotes {
		for _, q := range sp.Quotes {
			add(q.Sources)
		}
	}
	for _, f := range br.Figures {
		for _, v := range f.Values {
			add(v.Sources)
		}
	}
	return out
}

func hasQuote(br brief.Brief, speaker, contains string) bool {
	for _, sp := range br.Quotes {
		if sp.Speaker != speaker {
			continue
		}
		for _, q := range sp.Quotes {
			if strings.Contains(q.Text, contains) {
				return true
			}
		}
	}
	return false
}

func hasValue(q brief.Quantity, v float64) bool {
	return slices.ContainsFunc(q.Values, func(x brief.FigureValue) bool { return x.Value == v })
}
