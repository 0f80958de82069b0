package brief

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/analyze"
)

// FuzzBrief analyses arbitrary text as the article of three outlets (one
// a syndicated copy, one a rewrite with the numbers changed) and builds
// their brief: it must never panic, and the JSON brief must encode (a
// figure once came out infinite, which JSON cannot carry).
func FuzzBrief(f *testing.F) {
	for _, s := range []string{
		"Russia launched 150 drones overnight, the air force said. Air defences shot down 131 of them.",
		"The talks lasted 90 minutes on Monday, officials said. \"We are on track,\" the minister said.",
		"The firm will take a one-time charge of $180 million. Turnout reached 61.4 percent.",
		"In Halbeck, three people were killed. Since 1998, when 21 people died, nothing changed.",
		"",
		"“”\"'’ 1 2 3 , , ; — on Tuesday",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 4000 {
			s = s[:4000]
		}
		rewrite := strings.NewReplacer("1", "2", "5", "4", "Tuesday", "Wednesday").Replace(s)
		var ins []Input
		for i, spec := range []struct{ src, outlet, text, dup string }{
			{"a1", "Reuters", s, ""}, {"b1", "Yahoo News", s, "a1"}, {"c1", "BBC", rewrite, ""},
		} {
			a := art(spec.src, spec.outlet, "2025-05-20", spec.text)
			if i == 2 {
				a.Published = nil
			}
			ins = append(ins, Input{Article: a, Analysis: analyze.Analyze(a.Body(), a.Published), EventID: "e1", DuplicateOf: spec.dup})
		}
		for _, b := range []Brief{Build("event", "e1", "", ins), Build("story", "s1", "Label", ins)} {
			if _, err := json.Marshal(b); err != nil {
				t.Fatalf("brief does not encode: %v", err)
			}
			_ = b.Markdown()
			_ = b.HTML()
		}
	})
}
