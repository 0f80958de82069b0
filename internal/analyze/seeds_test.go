package analyze

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/parallax-news/parallax/internal/extract"
	"github.com/parallax-news/parallax/internal/news"
	"github.com/parallax-news/parallax/internal/source"
)

// TestAnalysisSeeds guards the analysis of the seed pages as `parallax
// analyze` makes it: extracted articles, analysed against their
// publication dates, names made one across the five. The floors are the
// figures reached: quotes 22/22, speakers 22/22, figures 16/16, dates 3/3,
// name groups 8/8.
func TestAnalysisSeeds(t *testing.T) {
	const dir = "../../../shared/corpus"
	raw, err := os.ReadFile(filepath.Join(dir, "seeds.gold.json"))
	if err != nil {
		t.Skip("../shared/corpus is absent: skipping the seed analysis check")
	}
	var gold devGold
	if err := json.Unmarshal(raw, &gold); err != nil {
		t.Fatal(err)
	}
	byFile := map[string]news.Article{}
	ex := extract.New(extract.DefaultConfig())
	for doc, err := range source.Documents(context.Background(), source.DefaultConfig(), []string{filepath.Join(dir, "seeds")}) {
		if err != nil {
			t.Fatal(err)
		}
		a, err := ex.Extract(doc)
		if err != nil {
			t.Fatal(err)
		}
		byFile[filepath.Base(doc.Source)] = a
	}
	res := NewResolver()
	analyses := make([]Analysis, len(gold.Documents))
	for i, d := range gold.Documents {
		a, ok := byFile[d.File]
		if !ok {
			t.Fatalf("%s not extracted", d.File)
		}
		analyses[i] = Analyze(a.Body(), a.Published)
		res.Resolve(analyses[i].Entities)
	}
	for i := range analyses {
		res.Canonical(&analyses[i])
	}
	qFound, qRight, fFound, dFound, groups, qAll, fAll, dAll := scoreAnalyses(t, gold, analyses)
	t.Logf("seeds: quotes_found=%d/%d speakers_right=%d/%d figures_found=%d/%d dates_found=%d/%d alias_groups_right=%d/%d",
		qFound, qAll, qRight, qAll, fFound, fAll, dFound, dAll, groups, len(gold.Aliases))
	for _, m := range []struct {
		name       string
		got, floor int
	}{{"quotes found", qFound, 22}, {"speakers right", qRight, 22}, {"figures found", fFound, 16}, {"dates found", dFound, 3}, {"name groups right", groups, 8}} {
		if m.got < m.floor {
			t.Errorf("%s = %d, below the %d reached", m.name, m.got, m.floor)
		}
	}
}
