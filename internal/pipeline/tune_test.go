package pipeline

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/parallax-news/parallax/internal/cluster"
	"github.com/parallax-news/parallax/internal/news"
)

// TestTune scores clustering configurations on the development set and the
// seed pages, for tuning by hand: PX_TUNE holds a JSON array of partial
// cluster.Config objects, each applied over the defaults. Skipped unless
// set.
func TestTune(t *testing.T) {
	spec := os.Getenv("PX_TUNE")
	if spec == "" {
		t.Skip(`set PX_TUNE='[{"Threshold":0.2}, …]' to score configurations`)
	}
	var variants []json.RawMessage
	if err := json.Unmarshal([]byte(spec), &variants); err != nil {
		t.Fatal(err)
	}
	const dir = "../cluster/testdata/devset"
	devGold := goldEvents(t, filepath.Join(dir, "events.gold.json"))
	devArts := articles(t, filepath.Join(dir, "events.jsonl"))
	seedGold := goldEvents(t, "../../../shared/corpus/seeds.gold.json")
	seedArts := articles(t, "../../../shared/corpus/seeds")
	score := func(cfg cluster.Config, arts []news.Article, gold map[string]string) (float64, float64, float64) {
		f, p, r, _ := clusterScoreCfg(t, cfg, arts, gold)
		return f, p, r
	}
	storyGold := goldStories(t, filepath.Join(dir, "events.gold.json"))
	for _, v := range variants {
		cfg := cluster.DefaultConfig()
		if err := json.Unmarshal(v, &cfg); err != nil {
			t.Fatal(err)
		}
		f, p, r, stories := clusterScoreCfg(t, cfg, devArts, devGold)
		stf, _, _ := bcubed(storyGold, stories)
		sf, _, _ := score(cfg, seedArts, seedGold)
		_, _, _, seedStories := clusterScoreCfg(t, cfg, seedArts, seedGold)
		nStories := map[string]bool{}
		for _, s := range seedStories {
			nStories[s] = true
		}
		fmt.Printf("%-60s dev F1 %.3f P %.3f R %.3f stories %.3f | seeds %.3f (%d stories)\n", v, f, p, r, stf, sf, len(nStories))
	}
}
