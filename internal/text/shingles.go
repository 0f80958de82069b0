package text

import "hash/fnv"

// Shingles returns the hashes of the word k-grams of s (folded words, stop
// words kept: near-duplicate detection compares wording, not topic). A text
// shorter than k words gives one shingle of all its words.
func Shingles(s string, k int) []uint64 {
	toks := Tokens(s)
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = Fold(t.Text)
	}
	if len(words) == 0 {
		return nil
	}
	n := max(1, len(words)-k+1)
	out := make([]uint64, 0, n)
	for i := 0; i < n; i++ {
		h := fnv.New64a()
		for j := i; j < min(i+k, len(words)); j++ {
			h.Write([]byte(words[j]))
			h.Write([]byte{0})
		}
		out = append(out, h.Sum64())
	}
	return out
}
