package synth

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"regexp"
	"strings"
	"testing"
	"time"
)

func corpus(t *testing.T, cfg Config) []Article {
	t.Helper()
	var out []Article
	if err := Generate(cfg, func(a Article) error { out = append(out, a); return nil }); err != nil {
		t.Fatal(err)
	}
	return out
}

func digest(t *testing.T, cfg Config) [32]byte {
	t.Helper()
	var b bytes.Buffer
	if err := WriteJSONL(&b, cfg); err != nil {
		t.Fatal(err)
	}
	return sha256.Sum256(b.Bytes())
}

func TestDeterministic(t *testing.T) {
	cfg := Config{Seed: 7, Articles: 3000}
	a, b := digest(t, cfg), digest(t, cfg)
	if a != b {
		t.Fatal("the same seed gave two corpora")
	}
	if c := digest(t, Config{Seed: 8, Articles: 3000}); c == a {
		t.Fatal("two seeds gave the same corpus")
	}
	// A shorter run is a prefix of a longer one.
	short, long := corpus(t, Config{Seed: 7, Articles: 500}), corpus(t, Config{Seed: 7, Articles: 3000})
	for i := range short {
		if short[i].Text != long[i].Text || short[i].ID != long[i].ID {
			t.Fatalf("article %d differs between runs of 500 and 3000", i)
		}
	}
}

func TestCounts(t *testing.T) {
	const n = 6000
	arts := corpus(t, Config{Seed: 1, Articles: n})
	if len(arts) != n {
		t.Fatalf("%d articles, want %d", len(arts), n)
	}
	ids := map[string]bool{}
	perEvent := map[string]int{}
	firstSeen := map[string]int{}
	undated, reposts := 0, 0
	var last time.Time
	for i, a := range arts {
		if ids[a.ID] {
			t.Fatalf("id %s twice", a.ID)
		}
		ids[a.ID] = true
		if a.Event == "" || a.Title == "" || a.Outlet == "" || !strings.HasPrefix(a.URL, "https://") {
			t.Fatalf("article %d incomplete: %+v", i, a)
		}
		if _, ok := firstSeen[a.Event]; !ok {
			firstSeen[a.Event] = i
		}
		perEvent[a.Event]++
		if a.Published == nil {
			undated++
		} else {
			if a.Published.Before(last) {
				t.Fatalf("article %d published %s after one of %s", i, a.Published.Format(time.DateOnly), last.Format(time.DateOnly))
			}
			last = *a.Published
		}
		if strings.Contains(a.Text, repostFoot) {
			reposts++
		}
		w := countWords(a.Title) + countWords(a.Text)
		if w < 150 || w > 400 {
			t.Errorf("article %d has %d words, want 150 to 400", i, w)
		}
		if strings.Contains(a.Text, "{") || strings.Contains(a.Title, "{") || strings.Contains(a.Text, "  ") {
			t.Errorf("article %d badly expanded: %q", i, a.Text)
		}
	}
	if s := float64(undated) / n; s < 0.17 || s > 0.23 {
		t.Errorf("undated share %.3f, want about 0.2", s)
	}
	if s := float64(reposts) / n; s < 0.035 || s > 0.065 {
		t.Errorf("repost share %.3f, want about 0.05", s)
	}
	// Events whose coverage is complete (begun well before the end) have
	// 3 to 15 articles.
	days := last.Sub(*arts[0].Published).Hours() / 24
	lo, hi := 100, 0
	for e, c := range perEvent {
		if firstSeen[e] < n*8/10 {
			lo, hi = min(lo, c), max(hi, c)
		}
	}
	if lo < 3 || hi > 15 {
		t.Errorf("articles per event %d to %d, want 3 to 15", lo, hi)
	}
	perDay := float64(len(perEvent)) / days
	if perDay < 3 || perDay > 8 {
		t.Errorf("%.1f events a day, want 3 to 8", perDay)
	}
	t.Logf("%d events over %.0f days (%.1f a day), %d to %d articles each; %d undated, %d reposts", len(perEvent), days, perDay, lo, hi, undated, reposts)
}

func TestDays(t *testing.T) {
	arts := corpus(t, Config{Seed: 2, Articles: 20000, Days: 365, UndatedShare: -1, RepostShare: -1})
	span := arts[len(arts)-1].Published.Sub(*arts[0].Published).Hours() / 24
	if span < 300 || span > 430 {
		t.Errorf("spans %.0f days, want about 365", span)
	}
	for _, a := range arts {
		if a.Published == nil || strings.Contains(a.Text, repostFoot) {
			t.Fatal("undated article or repost when none were asked for")
		}
	}
}

var dateRe = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)

func TestJSONL(t *testing.T) {
	var b bytes.Buffer
	if err := WriteJSONL(&b, Config{Seed: 3, Articles: 1500}); err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(&b)
	sc.Buffer(nil, 1<<20)
	lines, undated := 0, 0
	for sc.Scan() {
		lines++
		var rec map[string]any
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatalf("line %d: %v", lines, err)
		}
		for _, k := range []string{"id", "url", "title", "text", "outlet", "event"} {
			if s, ok := rec[k].(string); !ok || s == "" {
				t.Fatalf("line %d: field %q missing or empty", lines, k)
			}
		}
		p, ok := rec["published"]
		if !ok {
			undated++
		} else if s, _ := p.(string); !dateRe.MatchString(s) {
			t.Fatalf("line %d: published %v", lines, p)
		}
		if len(rec) > 7 {
			t.Fatalf("line %d: unexpected fields %v", lines, rec)
		}
		if !strings.Contains(rec["text"].(string), "\n\n") {
			t.Fatalf("line %d: text has no paragraphs", lines)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if lines != 1500 || undated == 0 {
		t.Fatalf("%d lines, %d undated", lines, undated)
	}
}

func TestStopsOnError(t *testing.T) {
	stop := errors.New("stop")
	n := 0
	err := Generate(Config{Seed: 1, Articles: 1000}, func(Article) error {
		n++
		if n == 10 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || n != 10 {
		t.Fatalf("err %v after %d articles", err, n)
	}
}

func TestTemplates(t *testing.T) {
	// Every slot a template names is one its kind's setup (or the
	// article) gives: a misspelt slot would silently drop a sentence.
	g := newGen(Config{Seed: 5})
	article := vars{"when": "", "outlet": "", "outlet_other": "", "prev": "", "month": "", "weekday": ""}
	for _, k := range kinds {
		given := vars{}
		for range 40 {
			v := vars{}
			k.setup(g, v)
			for s := range v {
				given[s] = ""
			}
		}
		for _, ts := range [][]string{k.titles, k.leads, k.body, generalBody, {k.recap, historyBody}} {
			for _, tm := range ts {
				if strings.Count(tm, "{") != strings.Count(tm, "}") {
					t.Errorf("%s: unbalanced template %q", k.name, tm)
				}
				for _, s := range slots(tm) {
					if _, ok := lookup(s, []vars{article, given}); !ok {
						t.Errorf("%s: no value for {%s} in %q", k.name, s, tm)
					}
				}
			}
		}
	}
}

func TestExpand(t *testing.T) {
	g := &gen{r: newRand(1)}
	v := vars{"x": "X", "y": "Y"}
	for range 50 {
		s := g.expand("a {x} {b|c {y}|} d", v)
		if s != "a X b d" && s != "a X c Y d" && s != "a X  d" {
			t.Fatalf("expanded to %q", s)
		}
	}
	if usable("{x} {z}", v) || !usable("{x} {y|w}", v) {
		t.Fatal("usable is wrong")
	}
}
