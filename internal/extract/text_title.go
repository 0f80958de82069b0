package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// findTitle returns the index of the headline among lines, or -1. The body
// starts at first. Candidates are the tc.TitleLookback non-blank lines above
// the body, and its first line when that has no sentence punctuation (a
// headline rich in stopwords scores as prose and joins the block), that look like a headline: a few words to tc.TitleMaxWords, not
// a bullet, not ending in a full stop, not page furniture. Each is scored
// by its length in words (a site name or a section label is short), a bonus
// when the page repeats it (dumps often hold the headline twice: as the
// page title and above the text), and a small cost per line of distance
// from the body (the headline sits near it; a site name sits at the top).
func findTitle(tc TextConfig, lines []textLine, first int) int {
	best, bestScore := -1, 0.0
	lo := max(0, first-tc.TitleLookback)
	for i := lo; i <= first && i < len(lines); i++ {
		l := &lines[i]
		if !titleLike(tc, l) || i == first && endsSentence(l.text) {
			continue
		}
		score := float64(min(l.words, 12)) - 0.5*float64(max(0, first-i-1))
		if repeatedNear(lines, i, first) {
			score += 6
		}
		if score > bestScore {
			best, bestScore = i, score
		}
	}
	return headlineAboveStandfirst(tc, lines, best)
}

// headlineAboveStandfirst moves the choice from a standfirst to the
// headline above it. Many outlets print a long summary line without a full
// stop between headline and byline; scored alone it beats the headline
// (it is longer and nearer the body). When the chosen line is long
// (tc.StandfirstMinWords) and the line just above it is a shorter
// headline-like line, that line is the headline.
func headlineAboveStandfirst(tc TextConfig, lines []textLine, best int) int {
	if best <= 0 || lines[best].words < tc.StandfirstMinWords {
		return best
	}
	if l := &lines[best-1]; titleLike(tc, l) && l.words >= 5 && l.words < lines[best].words {
		return best - 1
	}
	return best
}

// titleLike reports whether l could be a headline.
func titleLike(tc TextConfig, l *textLine) bool {
	if l.teaser || l.bullet || l.words < 3 || l.words > tc.TitleMaxWords || l.runes > 250 {
		return false
	}
	switch l.kind {
	case lineShort, lineMedium, lineProse:
	default:
		return false
	}
	if strings.HasSuffix(l.text, ".") && !strings.HasSuffix(l.text, "..") || strings.HasSuffix(l.text, ":") ||
		strings.HasSuffix(l.text, ",") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(l.text)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("\"'“‘«¿¡", r)
}

// repeatedNear reports whether the text of lines[i] appears again on another
// line above the body's end or just below it (a headline is repeated in the
// page head, not in the footer).
func repeatedNear(lines []textLine, i, first int) bool {
	f := foldWords(lines[i].text)
	for j := 0; j < min(len(lines), first+3); j++ {
		if j != i && lines[j].words == lines[i].words && foldWords(lines[j].text) == f {
			return true
		}
	}
	return false
}
