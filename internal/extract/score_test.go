package extract_test

import (
	"strings"
	"unicode"
)

// This file is the body-scoring measure of the article-extraction benchmark,
// ported from ../shared/tools/score_extract.py: 4-gram shingles of \w+
// tokens, per-document true/false positives and false negatives normalised
// by their sum, mean precision and recall over documents, F1 of the means.

// shingleN is the shingle length of the benchmark.
const shingleN = 4

// wordTokens splits s into maximal runs of Unicode letters, digits and
// underscores, as Python's re \w+ does.
func wordTokens(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsNumber(r) || r == '_')
	})
}

// shingles counts the n-grams of the tokens of s; a text shorter than n
// tokens is one shingle of all its tokens, an empty one has none.
func shingles(s string) map[string]int {
	t := wordTokens(s)
	out := map[string]int{}
	for i := 0; i < max(1, len(t)-shingleN+1); i++ {
		if i >= len(t) {
			break
		}
		out[strings.Join(t[i:min(i+shingleN, len(t))], "\x00")]++
	}
	return out
}

// docScore is one document's normalised shingle counts.
type docScore struct{ tp, fp, fn float64 }

func scoreDoc(gold, pred string) docScore {
	a, b := shingles(gold), shingles(pred)
	var tp, fp, fn int
	for k, na := range a {
		nb := b[k]
		tp += min(na, nb)
		fn += max(na-nb, 0)
	}
	for k, nb := range b {
		fp += max(nb-a[k], 0)
	}
	s := float64(tp + fp + fn)
	if s == 0 {
		return docScore{}
	}
	return docScore{float64(tp) / s, float64(fp) / s, float64(fn) / s}
}

// bodyScore is the benchmark's figure over a set of documents.
type bodyScore struct{ f1, precision, recall float64 }

// meanScore averages per-document precision (over documents with a
// prediction) and recall (over documents with a reference), as the Python
// script does, and returns the F1 of the two means.
func meanScore(docs []docScore) bodyScore {
	var ps, rs []float64
	for _, d := range docs {
		var p, r float64
		switch {
		case d.fp == 0 && d.fn == 0:
			p, r = 1, 1
		default:
			if d.tp+d.fp > 0 {
				p = d.tp / (d.tp + d.fp)
			}
			if d.tp+d.fn > 0 {
				r = d.tp / (d.tp + d.fn)
			}
		}
		if d.tp+d.fp > 0 {
			ps = append(ps, p)
		}
		if d.tp+d.fn > 0 {
			rs = append(rs, r)
		}
	}
	mean := func(xs []float64) float64 {
		if len(xs) == 0 {
			return 0
		}
		var s float64
		for _, x := range xs {
			s += x
		}
		return s / float64(len(xs))
	}
	out := bodyScore{precision: mean(ps), recall: mean(rs)}
	if out.precision+out.recall > 0 {
		out.f1 = 2 * out.precision * out.recall / (out.precision + out.recall)
	}
	return out
}
