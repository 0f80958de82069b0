package dedup

import (
	"fmt"
	"math"
	"strings"
	"testing"
)

const wire = `The government of Norvalia said on Tuesday it would open an independent inquiry into the collapse of the Hollin Dam, which flooded three towns in the Aldera valley last month and killed at least twelve people.
Water Minister Teodora Halloran told reporters in Dravenholm that a retired high court judge would lead the inquiry and report within six months. "Families deserve to know why the warnings were not heard," she said.
The minister also announced a compensation fund of 85 million marks for households and businesses that lost property in the flood. Payments would begin before the end of the year, she said.
Opposition leaders welcomed the inquiry but said it came weeks too late, and called for the head of the dam operator to step down while it runs.`

const rewrite = `Norvalia orders inquiry into dam collapse. By our staff.
The government of Norvalia said on Tuesday it would open an independent inquiry into the collapse of the Hollin Dam, which flooded three towns in the Aldera valley last month and killed at least twelve people.
Water Minister Teodora Halloran told reporters in Dravenholm that a retired high court judge would lead the inquiry and report within six months. "Families deserve to know why the warnings were not heard," she said.
The minister also announced a compensation fund of 85 million marks for households and businesses that lost property in the flood.
This article first appeared on northwire.example.`

const ownWords = `An inquiry led by a judge will examine why the Hollin Dam failed, Minister Teodora Halloran announced in the capital, after weeks of pressure from mayors of the flooded towns.
Twelve people died when the dam gave way in October. The minister, speaking after a two-hour meeting with the mayors, promised that a fund worth 85 million marks would pay households for their losses.
Critics in parliament said the announcement should have come sooner and asked why the operator's chief was still in his post.`

func TestIndex(t *testing.T) {
	tests := []struct {
		id, body string
		wantOf   string
		exact    bool
	}{
		{"a", wire, "", false},
		{"b", strings.ToUpper(strings.ReplaceAll(wire, ",", " ;")), "a", true},
		{"c", rewrite, "a", false},
		{"d", ownWords, "", false},
		{"e", "Too short to compare.", "", false},
		{"f", "too SHORT to compare!", "e", true},
	}
	x := NewIndex(DefaultConfig())
	for _, tt := range tests {
		m := x.Add(tt.id, tt.body)
		if m.Of != tt.wantOf || m.Exact != tt.exact {
			t.Errorf("%s: duplicate of %q (exact %v, similarity %.2f), want %q (exact %v)", tt.id, m.Of, m.Exact, m.Similarity, tt.wantOf, tt.exact)
		}
	}
	if x.Len() != 2 {
		t.Errorf("%d originals indexed, want 2 (a and d)", x.Len())
	}
}

// TestSimilarityEstimate checks that signature agreement tracks the true
// Jaccard similarity of shingle sets.
func TestSimilarityEstimate(t *testing.T) {
	cfg := DefaultConfig()
	seed := seeds(cfg.Bands * cfg.Rows)
	words := make([]string, 400)
	for i := range words {
		words[i] = fmt.Sprintf("w%d", i)
	}
	for _, keep := range []int{400, 300, 200, 100} {
		a := strings.Join(words, " ")
		// b shares the first keep words and then goes its own way.
		b := strings.Join(words[:keep], " ") + strings.Repeat(" x", 0)
		for i := keep; i < 400; i++ {
			b += fmt.Sprintf(" v%d", i)
		}
		inter := float64(max(0, keep-cfg.ShingleWords+1))
		union := float64(2*(400-cfg.ShingleWords+1)) - inter
		truth := inter / union
		got := Similarity(cfg.Sign(a, seed), cfg.Sign(b, seed))
		if math.Abs(got-truth) > 0.12 {
			t.Errorf("shared %d words: estimate %.2f, Jaccard %.2f", keep, got, truth)
		}
	}
}

func BenchmarkAdd(b *testing.B) {
	x := NewIndex(DefaultConfig())
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		x.Add(fmt.Sprint(i), fmt.Sprintf("Article %d. %s", i, ownWords))
	}
}

func TestWindowForgetsOldest(t *testing.T) {
	cfg := DefaultConfig()
	cfg.Window = 2
	x := NewIndex(cfg)
	x.Add("a", wire)
	x.Add("b", ownWords)
	x.Add("c", "A third and unrelated text about the harvest in the northern valleys, which was late this year.")
	if m := x.Add("d", wire); m.Of != "" {
		t.Errorf("a copy of a text beyond the window was matched to %q", m.Of)
	}
	if m := x.Add("e", rewrite); m.Of != "d" {
		t.Errorf("a copy within the window matched %q, want d", m.Of)
	}
	if x.Len() > 3 {
		t.Errorf("%d originals kept with a window of 2", x.Len())
	}
}
