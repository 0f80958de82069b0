package analyze

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/text"
)

// TestFiguresSeeds scores Figures against the seed pages' gold figures the
// way score_analysis.py does. Development aid: runs only with PX_SEEDS=1.
func TestFiguresSeeds(t *testing.T) {
	if os.Getenv("PX_SEEDS") != "1" {
		t.Skip("set PX_SEEDS=1")
	}
	path := os.Getenv("PX_GOLD")
	if path == "" {
		path = "/work/shared/corpus/seeds.gold.json"
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Skip(err)
	}
	var gold struct {
		Documents []struct {
			File       string   `json:"file"`
			Paragraphs []string `json:"body_paragraphs"`
			Figures    []struct {
				Value    float64 `json:"value"`
				Unit     string  `json:"unit"`
				Contains string  `json:"contains"`
				Approx   bool    `json:"approx"`
				Source   string  `json:"source"`
			} `json:"figures"`
		} `json:"documents"`
	}
	if err := json.Unmarshal(raw, &gold); err != nil {
		t.Fatal(err)
	}
	norm := func(s string) string {
		s = strings.NewReplacer("’", "'", "‘", "'", "“", `"`, "”", `"`).Replace(s)
		return strings.ToLower(strings.Join(strings.Fields(s), " "))
	}
	all, found := 0, 0
	for _, d := range gold.Documents {
		body := strings.Join(d.Paragraphs, "\n\n")
		figs := Figures(body, text.Sentences(body), nil)
		fmt.Printf("== %s: %d figures reported, %d gold\n", d.File[:3], len(figs), len(d.Figures))
		for _, f := range figs {
			fmt.Printf("   %-10g %-12q approx=%-5v by=%-28q phrase=%q\n", f.Value, f.Unit, f.Approx, f.ClaimedBy, f.Phrase)
		}
		for _, g := range d.Figures {
			all++
			ok := false
			for _, f := range figs {
				if f.Value == g.Value && strings.Contains(norm(f.Sentence), norm(g.Contains)) {
					ok = true
				}
			}
			if ok {
				found++
			} else {
				fmt.Printf("   MISSING %g %q\n", g.Value, g.Contains)
			}
		}
	}
	fmt.Printf("figures_found=%d/%d\n", found, all)
}

// TestFiguresDev prints the figures of the extraction-dev reference bodies
// for reading by eye. Development aid: runs only with PX_SEEDS=1 and PX_DEV=1.
func TestFiguresDev(t *testing.T) {
	if os.Getenv("PX_SEEDS") != "1" || os.Getenv("PX_DEV") != "1" {
		t.Skip("set PX_SEEDS=1 PX_DEV=1")
	}
	raw, err := os.ReadFile("/work/shared/corpus/extraction-dev/gold.json")
	if err != nil {
		t.Skip(err)
	}
	var gold map[string]struct {
		URL  string `json:"url"`
		Body string `json:"articleBody"`
	}
	if err := json.Unmarshal(raw, &gold); err != nil {
		t.Fatal(err)
	}
	total := 0
	for k, d := range gold {
		figs := Figures(d.Body, text.Sentences(d.Body), nil)
		total += len(figs)
		fmt.Printf("== %s %s: %d figures\n", k[:6], d.URL, len(figs))
		for _, f := range figs {
			s := f.Offsets.Start - 40
			if s < 0 {
				s = 0
			}
			e := f.Offsets.End + 30
			if e > len(d.Body) {
				e = len(d.Body)
			}
			ctx := strings.ReplaceAll(d.Body[s:f.Offsets.Start]+"[["+f.Phrase+"]]"+d.Body[f.Offsets.End:e], "\n", " ")
			fmt.Printf("   %-10g %-14q %-5v by=%-20q %s\n", f.Value, f.Unit, f.Approx, f.ClaimedBy, ctx)
		}
	}
	fmt.Println("total", total)
}
