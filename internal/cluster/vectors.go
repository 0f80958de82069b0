package cluster

import (
	"math"
	"sort"
)

// sparse is a bag of terms as sorted term ids with their frequencies: a
// cosine of two is one merge of two short arrays, and an item costs a few
// bytes a term rather than a map.
type sparse struct {
	ids []int32
	tf  []float32
}

// weighted is a sparse vector's TF-IDF weights and norm, with the number
// of items the document frequencies counted when they were computed.
type weighted struct {
	w    []float32
	norm float64
	at   int
}

// vocab interns terms and counts their document frequencies.
type vocab struct {
	ids   map[string]int32
	words []string
	df    []int32 // over the combined bags
	dfT   []int32 // over titles
}

func newVocab() *vocab { return &vocab{ids: map[string]int32{}} }

func (v *vocab) id(term string) int32 {
	if id, ok := v.ids[term]; ok {
		return id
	}
	id := int32(len(v.words))
	v.ids[term] = id
	v.words = append(v.words, term)
	v.df = append(v.df, 0)
	v.dfT = append(v.dfT, 0)
	return id
}

// toSparse interns a bag of terms.
func (v *vocab) toSparse(m map[string]float64) sparse {
	s := sparse{ids: make([]int32, 0, len(m)), tf: make([]float32, 0, len(m))}
	for t := range m {
		s.ids = append(s.ids, v.id(t))
	}
	sort.Slice(s.ids, func(i, j int) bool { return s.ids[i] < s.ids[j] })
	for _, id := range s.ids {
		s.tf = append(s.tf, float32(m[v.words[id]]))
	}
	return s
}

// idf is log((n+1)/(df+1)) + floor.
func idf(n int, df int32, floor float64) float64 {
	return math.Log(float64(n+1)/float64(df+1)) + floor
}

// weigh computes (or reuses, while fewer than a quarter more items have
// been counted since) the TF-IDF weights of s.
func weigh(s sparse, cache *weighted, n int, df []int32, floor float64) *weighted {
	if cache.w != nil && float64(n) <= 1.25*float64(cache.at) {
		return cache
	}
	if cap(cache.w) < len(s.ids) {
		cache.w = make([]float32, len(s.ids))
	}
	cache.w = cache.w[:len(s.ids)]
	norm := 0.0
	for i, id := range s.ids {
		x := float64(s.tf[i]) * idf(n, df[id], floor)
		cache.w[i] = float32(x)
		norm += x * x
	}
	cache.norm, cache.at = math.Sqrt(norm), n
	if cache.w == nil {
		cache.w = []float32{}
	}
	return cache
}

// dot is the cosine of two weighted sparse vectors.
func dot(a sparse, wa *weighted, b sparse, wb *weighted) float64 {
	if wa.norm == 0 || wb.norm == 0 {
		return 0
	}
	s, i, j := 0.0, 0, 0
	for i < len(a.ids) && j < len(b.ids) {
		switch {
		case a.ids[i] < b.ids[j]:
			i++
		case a.ids[i] > b.ids[j]:
			j++
		default:
			s += float64(wa.w[i]) * float64(wb.w[j])
			i++
			j++
		}
	}
	return s / (wa.norm * wb.norm)
}
