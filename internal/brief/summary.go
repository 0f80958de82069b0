package brief

import (
	"math"
	"regexp"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/parallax-news/parallax/internal/news"
	"github.com/parallax-news/parallax/internal/text"
)

const (
	// LeadParagraphs is how many text paragraphs of each article count as
	// its lead, the pool the summary is drawn from.
	LeadParagraphs = 3
	// MinSummary and MaxSummary bound the summary's length in sentences
	// (fewer than MinSummary only when the leads hold no more material).
	MinSummary = 3
	MaxSummary = 6
	// minSentenceWords: shorter sentences are furniture or fragments.
	minSentenceWords = 8
	// redundancy: a sentence sharing more than this share of its content
	// words (of the smaller set) with a chosen one adds nothing new.
	redundancy = 0.5
	// nearIdentical: sentences whose content-word sets have at least this
	// Jaccard similarity are one sentence carried by several outlets.
	nearIdentical = 0.8
)

// furniture are the marks of page furniture: calls to subscribe or click,
// cookie notices, newsletters, links.
var furniture = []string{"subscrib", "cookie", "newsletter", "click", "sign up", "all rights reserved",
	"advertisement", "read more", "http://", "https://", "www.", ".com/"}

// boilerplate reports whether a sentence is page furniture or too short to
// carry news.
func boilerplate(s string) bool {
	if wordCount(s) < minSentenceWords || quoteFragment(s) {
		return true
	}
	low := strings.ToLower(s)
	for _, f := range furniture {
		if strings.Contains(low, f) {
			return true
		}
	}
	return false
}

// quoteFragment reports whether a sentence is part of a quotation split
// across sentences: its quotation marks do not pair up ("The number is
// 6,200, and it is in black and white," the chairman told a rally.). Alone
// it misreads as the outlet's own words, or opens a quote it never closes.
func quoteFragment(s string) bool {
	if strings.Count(s, `"`)%2 == 1 {
		return true
	}
	open, close := strings.Index(s, "“"), strings.Index(s, "”")
	return open < 0 && close >= 0 || open >= 0 && close < 0 || close >= 0 && close < open
}

// leadParagraphs returns the first LeadParagraphs body-text paragraphs.
func leadParagraphs(a *news.Article) []string {
	var out []string
	for _, p := range a.Paragraphs {
		if p.Kind != news.Text && p.Kind != "" {
			continue
		}
		if strings.TrimSpace(p.Text) == "" {
			continue
		}
		out = append(out, p.Text)
		if len(out) == LeadParagraphs {
			break
		}
	}
	return out
}

// sentCand is one lead sentence of one article.
type sentCand struct {
	doc   int
	pos   int // order in the article's lead
	text  string
	norm  string
	words []string // distinct content words
}

// sentGroup is a sentence with its near-identical copies across articles.
type sentGroup struct {
	text    string
	words   []string
	sources sourceSet
	support int // distinct outlets
	pos     int // best position in a lead
	first   int // first candidate index, for stable order
}

// summarize picks MinSummary–MaxSummary lead sentences, each adding
// something new: a greedy choice by the weight of the cluster's frequent
// content words a sentence covers that no chosen sentence covers yet, where
// a sentence overlapping a chosen one above the redundancy threshold is
// excluded. A word's weight is the number of original articles (copies do
// not vote) whose leads use it; words only one article uses count only when
// the cluster has fewer than three originals.
func summarize(docs []*doc, chronological bool) []SummarySentence {
	var cands []sentCand
	for di, d := range docs {
		pos := 0
		for _, p := range leadParagraphs(&d.in.Article) {
			for _, s := range text.Sentences(p) {
				if boilerplate(s.Text) {
					continue
				}
				t := s.Text
				if pos == 0 {
					t = stripDateline(t)
				}
				cands = append(cands, sentCand{doc: di, pos: pos, text: t, norm: normText(t), words: wordSet(t)})
				pos++
			}
		}
	}
	if len(cands) == 0 {
		return []SummarySentence{}
	}
	groups := groupSentences(cands, docs)

	// Weights: document frequency over original articles.
	df := map[string]int{}
	originals := 0
	seenDoc := -1
	var docWords map[string]bool
	flush := func() {
		for w := range docWords {
			df[w]++
		}
	}
	for _, c := range cands {
		if docs[c.doc].copy {
			continue
		}
		if c.doc != seenDoc {
			flush()
			docWords = map[string]bool{}
			seenDoc = c.doc
			originals++
		}
		for _, w := range c.words {
			docWords[w] = true
		}
	}
	flush()
	minDF := 2
	if originals < 3 {
		minDF = 1
	}

	covered := map[string]bool{}
	var chosen []*sentGroup
	excluded := make([]bool, len(groups))
	for len(chosen) < MaxSummary {
		best, bestScore := -1, 0.0
		for gi := range groups {
			if excluded[gi] {
				continue
			}
			g := &groups[gi]
			gain := 0
			for _, w := range g.words {
				if n := df[w]; n >= minDF && !covered[w] {
					gain += n
				}
			}
			score := float64(gain) / math.Sqrt(float64(max(len(g.words), minSentenceWords)))
			score *= 1 + 0.1*float64(min(g.support, 6)-1) - 0.02*float64(min(g.pos, 10))
			if gain == 0 {
				if len(chosen) >= MinSummary {
					continue
				}
				score = 1e-6 * float64(g.support) / float64(1+g.pos)
			}
			if best < 0 || score > bestScore {
				best, bestScore = gi, score
			}
		}
		if best < 0 {
			break
		}
		g := &groups[best]
		chosen = append(chosen, g)
		excluded[best] = true
		for _, w := range g.words {
			covered[w] = true
		}
		for gi := range groups {
			if !excluded[gi] && overlapMin(groups[gi].words, g.words) > redundancy {
				excluded[gi] = true
			}
		}
	}
	if chronological {
		// A story's summary tells its events in order: each sentence by
		// the earliest publication day among its sources, undated last.
		pub := map[string]string{}
		for _, d := range docs {
			if p := d.in.Article.Published; p != nil {
				pub[d.in.Article.Source] = p.UTC().Format(time.DateOnly)
			}
		}
		earliest := func(g *sentGroup) string {
			e := ""
			for _, src := range g.sources.list {
				if p := pub[src.Article]; p != "" && (e == "" || p < e) {
					e = p
				}
			}
			return e
		}
		sort.SliceStable(chosen, func(i, j int) bool {
			a, b := earliest(chosen[i]), earliest(chosen[j])
			return a != "" && (b == "" || a < b)
		})
	}
	out := make([]SummarySentence, len(chosen))
	for i, g := range chosen {
		out[i] = SummarySentence{Text: g.text, Sources: g.sources.sorted()}
	}
	return out
}

// groupSentences joins near-identical candidates (same normalised text, or
// content-word Jaccard ≥ nearIdentical). Pairs are found by prefix
// filtering: with words ordered rarest first, two sets that similar must
// share a word among the first |A| − ⌈t·|A|⌉ + 1 of each, so only candidates
// sharing such a word are compared.
func groupSentences(cands []sentCand, docs []*doc) []sentGroup {
	parent := make([]int, len(cands))
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	union := func(a, b int) {
		ra, rb := find(a), find(b)
		if ra != rb {
			if ra < rb {
				parent[rb] = ra
			} else {
				parent[ra] = rb
			}
		}
	}
	byNorm := map[string]int{}
	freq := map[string]int{}
	for i, c := range cands {
		if j, ok := byNorm[c.norm]; ok {
			union(i, j)
		} else {
			byNorm[c.norm] = i
		}
		for _, w := range c.words {
			freq[w]++
		}
	}
	// Words as ids ordered rarest first; each candidate's set sorted in
	// that order, so that prefixes and intersections are cheap.
	ws := make([]string, 0, len(freq))
	for w := range freq {
		ws = append(ws, w)
	}
	sort.Slice(ws, func(a, b int) bool {
		if freq[ws[a]] != freq[ws[b]] {
			return freq[ws[a]] < freq[ws[b]]
		}
		return ws[a] < ws[b]
	})
	rank := make(map[string]int32, len(ws))
	for i, w := range ws {
		rank[w] = int32(i)
	}
	ids := make([][]int32, len(cands))
	for i, c := range cands {
		ids[i] = make([]int32, len(c.words))
		for k, w := range c.words {
			ids[i][k] = rank[w]
		}
		slices.Sort(ids[i])
	}
	index := make([][]int32, len(ws))
	stamp := make([]int, len(cands))
	for i := range stamp {
		stamp[i] = -1
	}
	for i := range cands {
		a := ids[i]
		p := len(a) - int(math.Ceil(nearIdentical*float64(len(a)))) + 1
		p = min(p, len(a))
		for _, w := range a[:p] {
			for _, j32 := range index[w] {
				j := int(j32)
				if stamp[j] == i {
					continue
				}
				stamp[j] = i
				b := ids[j]
				if float64(len(b)) < nearIdentical*float64(len(a)) || float64(len(a)) < nearIdentical*float64(len(b)) {
					continue
				}
				if find(i) == find(j) {
					continue
				}
				n := intersectSorted(a, b)
				if float64(n) >= nearIdentical*float64(len(a)+len(b)-n) {
					union(i, j)
				}
			}
			index[w] = append(index[w], int32(i))
		}
	}
	// Collect groups; the text shown is the form most members use.
	members := map[int][]int{}
	var roots []int
	for i := range cands {
		r := find(i)
		if _, ok := members[r]; !ok {
			roots = append(roots, r)
		}
		members[r] = append(members[r], i)
	}
	out := make([]sentGroup, 0, len(roots))
	for _, r := range roots {
		g := sentGroup{first: r, pos: math.MaxInt}
		forms := map[string]int{}
		text := map[string]string{}
		for _, i := range members[r] {
			c := cands[i]
			forms[c.norm]++
			if _, ok := text[c.norm]; !ok {
				text[c.norm] = c.text
			}
			g.sources.add(docs[c.doc].source(c.text))
			g.pos = min(g.pos, c.pos)
		}
		best, n := "", 0
		for _, i := range members[r] {
			if k := cands[i].norm; forms[k] > n {
				best, n = k, forms[k]
			}
		}
		g.text = text[best]
		g.words = wordSet(g.text)
		g.support = g.sources.outlets()
		out = append(out, g)
	}
	return out
}

// intersectSorted counts the common elements of two sorted slices.
func intersectSorted(a, b []int32) int {
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			n++
			i++
			j++
		}
	}
	return n
}

// datelineRe matches a wire dateline opening an article's first sentence:
// "BRENNICK, Upper Dravenia -", "SABEL, Calderra (Continental Newswire) —",
// "Washington –".
var datelineRe = regexp.MustCompile(`^(?:[\p{Lu}\p{N}][\p{L}\p{N}.'’/]*(?:[ ,]+|\s*\([^)]{1,40}\)\s*)){1,6}\s*[-–—]{1,2}\s+`)

// stripDateline drops the dateline of an article's first sentence, which
// says where the wire filed from, not what happened; the sentence starts
// again with a capital.
func stripDateline(s string) string {
	loc := datelineRe.FindStringIndex(s)
	if loc == nil || wordCount(s[loc[1]:]) < 5 {
		return s
	}
	return upperFirst(s[loc[1]:])
}
