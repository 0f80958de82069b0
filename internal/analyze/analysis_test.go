package analyze

import (
	"testing"
	"time"
)

func TestAnalyzeOffsets(t *testing.T) {
	body := benchArticle()
	pub := time.Date(2025, 5, 20, 0, 0, 0, 0, time.UTC)
	a := Analyze(body, &pub)
	for _, f := range a.Figures {
		if body[f.Offsets.Start:f.Offsets.End] != f.Phrase {
			t.Errorf("figure %q: offsets give %q", f.Phrase, body[f.Offsets.Start:f.Offsets.End])
		}
	}
	for _, q := range a.Quotes {
		if body[q.Offsets.Start:q.Offsets.End] != q.Text {
			t.Errorf("quote %q: offsets give %q", q.Text, body[q.Offsets.Start:q.Offsets.End])
		}
	}
	for _, d := range a.Dates {
		if body[d.Start:d.End] != d.Phrase {
			t.Errorf("date %q: offsets give %q", d.Phrase, body[d.Start:d.End])
		}
	}
	for _, e := range a.Entities {
		for _, m := range e.Mentions {
			if m.Start < 0 || m.End > len(body) || m.Start >= m.End {
				t.Errorf("entity %q: bad mention %+v", e.Name, m)
			}
		}
	}
}
