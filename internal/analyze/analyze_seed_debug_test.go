package analyze

import (
	"encoding/json"
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/text"
)

// TestSeedDebug measures the entity and quote stages on the seed pages
// (PX_SEEDS=1), scoring as shared/tools/score_analysis.py does.
func TestSeedDebug(t *testing.T) {
	if os.Getenv("PX_SEEDS") != "1" {
		t.Skip("PX_SEEDS=1 to run")
	}
	raw, err := os.ReadFile("/work/shared/corpus/seeds.gold.json")
	if err != nil {
		t.Fatal(err)
	}
	var gold struct {
		Aliases   [][]string
		Documents []struct {
			File           string
			BodyParagraphs []string `json:"body_paragraphs"`
			Quotes         []struct{ Speaker, Contains string }
		}
	}
	if err := json.Unmarshal(raw, &gold); err != nil {
		t.Fatal(err)
	}
	ws := regexp.MustCompile(`\s+`)
	norm := func(s string) string {
		s = strings.NewReplacer("’", "'", "‘", "'", "“", `"`, "”", `"`).Replace(s)
		return strings.ToLower(strings.TrimSpace(ws.ReplaceAllString(s, " ")))
	}
	lastW := func(s string) string { f := strings.Fields(s); return f[len(f)-1] }
	same := func(pred, g string) bool {
		p, gg := norm(pred), norm(g)
		if p == "" {
			return false
		}
		if p == gg || lastW(p) == lastW(gg) {
			return true
		}
		for _, grp := range gold.Aliases {
			in := func(x string) bool {
				for _, a := range grp {
					if norm(a) == x {
						return true
					}
				}
				return false
			}
			if in(gg) && in(p) {
				return true
			}
		}
		return strings.Contains(p, gg)
	}
	res := NewResolver()
	type art struct {
		ents   []Entity
		quotes []Quote
	}
	arts := make([]art, len(gold.Documents))
	for i, d := range gold.Documents {
		body := strings.Join(d.BodyParagraphs, "\n\n")
		sents := text.Sentences(body)
		arts[i].ents = Entities(body, sents)
		arts[i].quotes = Quotes(body, sents, arts[i].ents)
		res.Resolve(arts[i].ents)
	}
	all, found, right := 0, 0, 0
	for i, d := range gold.Documents {
		renamed := res.Resolve(arts[i].ents)
		rename := map[string]string{}
		for k, e := range arts[i].ents {
			rename[e.Name] = renamed[k].Name
		}
		arts[i].ents = renamed
		for k := range arts[i].quotes {
			if n, ok := rename[arts[i].quotes[k].Speaker]; ok {
				arts[i].quotes[k].Speaker = n
			}
		}
		if os.Getenv("PX_VERBOSE") == "1" {
			for _, e := range arts[i].ents {
				fmt.Printf("%s ENT %-7s %q %q\n", d.File[:3], e.Kind, e.Name, e.Aliases)
			}
			for _, q := range arts[i].quotes {
				fmt.Printf("%s Q direct=%v %q <- %.90q\n", d.File[:3], q.Direct, q.Speaker, q.Text)
			}
		}
		for _, g := range d.Quotes {
			all++
			var hits []Quote
			for _, q := range arts[i].quotes {
				if strings.Contains(norm(q.Text), norm(g.Contains)) {
					hits = append(hits, q)
				}
			}
			if len(hits) == 0 {
				fmt.Printf("%s quote missing: %q\n", d.File[:3], g.Contains)
				continue
			}
			found++
			ok := false
			var got []string
			for _, h := range hits {
				ok = ok || same(h.Speaker, g.Speaker)
				got = append(got, h.Speaker)
			}
			if ok {
				right++
			} else {
				fmt.Printf("%s speaker: want %q got %q (%q)\n", d.File[:3], g.Speaker, got, g.Contains)
			}
		}
	}
	canon := make([]map[string]bool, len(gold.Aliases))
	for gi, grp := range gold.Aliases {
		canon[gi] = map[string]bool{}
		names := map[string]bool{}
		for _, a := range grp {
			names[norm(a)] = true
		}
		for _, a := range arts {
			for _, e := range a.ents {
				hit := names[norm(e.Name)]
				for _, al := range e.Aliases {
					hit = hit || names[norm(al)]
				}
				if hit {
					canon[gi][norm(e.Name)] = true
				}
			}
		}
	}
	groupsRight := 0
	for gi := range canon {
		ok := len(canon[gi]) == 1
		for gj := range canon {
			for n := range canon[gi] {
				if gj != gi && canon[gj][n] {
					ok = false
				}
			}
		}
		if ok {
			groupsRight++
		} else {
			fmt.Printf("alias group %q: canonical names %v\n", gold.Aliases[gi][0], canon[gi])
		}
	}
	fmt.Printf("quotes_found=%d/%d speakers_right=%d/%d alias_groups_right=%d/%d\n", found, all, right, all, groupsRight, len(gold.Aliases))
}
