package brief

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parallax-news/parallax/internal/text"
)

// contentWords returns the content words of s in order: folded, stemmed
// lightly (plural and possessive endings), without stopwords, reporting
// verbs and words shorter than three letters (numbers are kept).
func contentWords(s string) []string {
	toks := text.Tokens(s)
	out := make([]string, 0, len(toks))
	for _, t := range toks {
		w := text.Fold(t.Text)
		if text.IsStopword(w) || reporting[w] {
			continue
		}
		if len(w) < 3 && !hasDigit(w) {
			continue
		}
		out = append(out, text.Stem(w))
	}
	return out
}

// wordSet is the distinct content words of s.
func wordSet(s string) []string {
	ws := contentWords(s)
	seen := make(map[string]bool, len(ws))
	out := ws[:0]
	for _, w := range ws {
		if !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	return out
}

// reporting verbs say who told, not what happened.
var reporting = map[string]bool{"said": true, "says": true, "say": true, "told": true, "tells": true,
	"reported": true, "reports": true, "claimed": true, "claims": true, "stated": true, "states": true,
	"noted": true, "insisted": true, "confirmed": true}

func hasDigit(s string) bool {
	for _, r := range s {
		if unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// normText is s lower-cased, its words joined by single spaces and its
// punctuation dropped: the form in which quotes and sentences are compared.
func normText(s string) string {
	toks := text.Tokens(s)
	var b strings.Builder
	b.Grow(len(s))
	for i, t := range toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(strings.ToLower(strings.ReplaceAll(t.Text, "’", "'")))
	}
	return b.String()
}

// overlapMin is |a∩b| / min(|a|,|b|) of two sets given as slices of
// distinct words (0 when either is empty).
func overlapMin(a, b []string) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	n := intersect(a, b)
	m := len(a)
	if len(b) < m {
		m = len(b)
	}
	return float64(n) / float64(m)
}

// jaccard is |a∩b| / |a∪b| of two sets of distinct words.
func jaccard(a, b []string) float64 {
	if len(a) == 0 && len(b) == 0 {
		return 1
	}
	n := intersect(a, b)
	return float64(n) / float64(len(a)+len(b)-n)
}

func intersect(a, b []string) int {
	if len(a) > len(b) {
		a, b = b, a
	}
	n := 0
	if len(b) <= 16 {
		for _, x := range a {
			for _, y := range b {
				if x == y {
					n++
					break
				}
			}
		}
		return n
	}
	set := make(map[string]bool, len(b))
	for _, y := range b {
		set[y] = true
	}
	for _, x := range a {
		if set[x] {
			n++
		}
	}
	return n
}

// wordCount counts the whitespace-separated words of s.
func wordCount(s string) int { return len(strings.Fields(s)) }

// sentenceCase upper-cases the first letter of s and ends it with a full
// stop when it has no closing punctuation.
func sentenceCase(s string) string {
	s = upperFirst(s)
	if s == "" {
		return s
	}
	if !strings.ContainsAny(s[len(s)-1:], ".!?\"'”’)") {
		s += "."
	}
	return s
}

// upperFirst upper-cases the first letter of s, trimmed.
func upperFirst(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return s
	}
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}
