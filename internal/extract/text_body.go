package extract

import (
	"strings"

	"github.com/parallax-news/parallax/internal/news"
)

// markTeasers finds teaser lists (related, popular, "more stories" boxes)
// and marks their lines. A teaser list is a series of items each closed by
// a date, a counter ("7 mins", "• 60") or a truncated summary ("…"):
// adjacent such lines form one group unless a date closed the first, and at least tc.TeaserMinItems groups
// each at most tc.TeaserMaxGap lines from the next make a list. The first
// item is taken to be as long as the shortest distance between groups, so
// the list's first title and summary are marked too, even when they are
// long sentences.
func markTeasers(tc TextConfig, lines []textLine) {
	// ends[i] is the index of the last line of group i.
	var ends []int
	flush := func() {
		if len(ends) >= tc.TeaserMinItems {
			period := len(lines)
			for i := 1; i < len(ends); i++ {
				period = min(period, ends[i]-ends[i-1])
			}
			start := max(0, ends[0]-period+1)
			for k := start; k <= ends[len(ends)-1]; k++ {
				lines[k].teaser = true
			}
		}
		ends = ends[:0]
	}
	last := -1
	for i := range lines {
		if !isTeaserCloser(&lines[i]) {
			continue
		}
		switch {
		case last >= 0 && i == last+1 && len(ends) > 0 && !lines[last].date:
			ends[len(ends)-1] = i // same group; a date closes its teaser
		case last >= 0 && i-last <= tc.TeaserMaxGap:
			ends = append(ends, i)
		default:
			flush()
			ends = append(ends, i)
		}
		last = i
	}
	flush()
}

// isTeaserCloser is true for the lines that close a teaser: a date or a
// counter alone, or a summary cut short with "..." or "…".
func isTeaserCloser(l *textLine) bool {
	if l.kind == lineMarker {
		return true
	}
	return l.words >= 3 && (strings.HasSuffix(l.text, "...") || strings.HasSuffix(l.text, "…"))
}

// lineWeight is what a line adds to the block of the page it sits in:
// prose adds its length, everything else costs (textConfig documents each
// cost).
func lineWeight(tc TextConfig, l *textLine) float64 {
	if l.teaser {
		return -tc.TeaserPenalty
	}
	switch l.kind {
	case lineProse:
		return float64(l.runes) - tc.ProseBase
	case lineMedium:
		return float64(l.runes) * tc.MediumShare
	case lineShort:
		if l.table {
			return float64(l.runes) * tc.MediumShare
		}
		return -tc.ShortPenalty
	case lineList:
		return -tc.LinkListPenalty
	case lineMarker:
		return -tc.MarkerPenalty
	case lineBoiler:
		return -tc.BoilerPenalty
	case lineEnd:
		return -tc.EndMarkerPenalty
	case lineMeta:
		return -tc.MetaPenalty
	case lineCaption:
		return -tc.CaptionPenalty
	case lineBox:
		return -tc.BoxPenalty
	}
	return -tc.JunkPenalty
}

// mainBlock returns the first and last index of the page's main block of
// prose: the run of lines with the greatest total weight (the maximum
// subarray), then its best segment between end markers. ok is false when the page has
// no prose at all.
func mainBlock(tc TextConfig, lines []textLine) (first, last int, ok bool) {
	best, cur, curStart := 0.0, 0.0, 0
	first, last = -1, -1
	prose, after := 0.0, false
	for i := range lines {
		w := lineWeight(tc, &lines[i])
		// Once an end marker or a teaser list follows a fair amount of
		// prose, what comes after is comments, teasers or legal text more
		// often than the article: it weighs less.
		switch {
		case lines[i].kind == lineProse:
			prose += float64(lines[i].runes)
		case (lines[i].kind == lineEnd || lines[i].teaser) && prose >= tc.EndMinProse:
			after = true
		}
		if after && w > 0 {
			w *= tc.AfterEndShare
		}
		if w > 0 && inIndentedRun(lines, i) {
			w *= tc.IndentedRunShare
		}
		if cur <= 0 {
			cur, curStart = 0, i
		}
		cur += w
		if cur > best {
			best, first, last = cur, curStart, i
		}
	}
	if first < 0 {
		return 0, 0, false
	}
	// Split the block at end markers and teaser lines and keep its best
	// segment; a segment after an end marker weighs less (comments, legal
	// text and teasers follow the article, seldom precede it).
	bestW, segStart, segW, factor := -1.0, first, 0.0, 1.0
	from, to := first, last
	for i := first; i <= last+1; i++ {
		if i == last+1 || lines[i].kind == lineEnd || lines[i].teaser {
			if segW*factor > bestW && segStart < i {
				bestW, from, to = segW*factor, segStart, i-1
			}
			if i <= last && lines[i].kind == lineEnd {
				factor = tc.AfterEndShare
			}
			segStart, segW = i+1, 0
			continue
		}
		segW += lineWeight(tc, &lines[i])
	}
	return from, trimAfterGap(tc, lines, from, to), true
}

// trimAfterGap drops short lines that end a block whose paragraphs follow
// one another without blank lines when a blank line sets them apart: the
// layout changed, so they belong to what follows the article (a teaser
// title), not to it. A block laid out with blank lines keeps its last short
// paragraph.
func trimAfterGap(tc TextConfig, lines []textLine, first, last int) int {
	n, gaps := 0, 0
	for i := first + 1; i <= last; i++ {
		n++
		if lines[i].gap {
			gaps++
		}
	}
	if n < 4 || float64(gaps) > tc.GapMaxShare*float64(n) {
		return last
	}
	for last > first && lines[last].gap && lines[last].kind != lineProse {
		last--
	}
	return last
}

// bodyParagraphs turns the lines of the main block into the article's
// paragraphs: prose as text, short title-like lines between prose as
// headings, bullets as list items; page furniture, bylines, dates and
// repeats of the title are dropped, and so are headings with no text after
// them.
func bodyParagraphs(lines []textLine, first, last int, title string) []news.Paragraph {
	titleFold := foldWords(title)
	var out []news.Paragraph
	for i := first; i <= last; i++ {
		l := &lines[i]
		if l.teaser {
			continue
		}
		if i < first+3 && titleFold != "" && foldWords(l.text) == titleFold {
			continue // the headline repeated above the text
		}
		if echoesTitle(l, titleFold) {
			continue // alt text, pin description or share text of the page
		}
		if len(out) == 0 && l.kind != lineProse && l.kind != lineMedium {
			continue // a heading, label or menu before the first paragraph
		}
		var kind news.ParagraphKind
		switch l.kind {
		case lineProse, lineMedium:
			kind = news.Text
			if l.bullet {
				kind = news.ListItem
			}
		case lineShort, lineList:
			switch {
			case l.bullet:
				kind = news.ListItem
			case endsSentence(l.text):
				kind = news.Text
			default:
				kind = news.Heading
			}
		default:
			continue
		}
		out = append(out, news.Paragraph{Kind: kind, Text: l.text})
	}
	for len(out) > 0 && out[len(out)-1].Kind == news.Heading {
		out = out[:len(out)-1]
	}
	return out
}

// inIndentedRun reports whether lines[i] is indented and so are the lines
// before and after it: text browsers indent nested lists, and runs of
// indented text are teaser cards or sidebars far more often than article
// paragraphs (a quoted paragraph is indented alone, between prose).
func inIndentedRun(lines []textLine, i int) bool {
	if lines[i].indent < 2 {
		return false
	}
	return i > 0 && lines[i-1].indent >= 2 && i+1 < len(lines) && lines[i+1].indent >= 2
}

// echoesTitle reports whether l repeats the headline inside the body
// without being a sentence: the alt text of a photo (the headline again over each
// figure), a pin or share
// description ("<headline> #recipe #holidays"), a "<headline> | Section"
// print line. Pages put the headline on every image and share widget; an
// article's own sentence that quotes its headline ends like a sentence.
// titleFold is the folded headline; a headline of fewer than three words is
// too common a phrase to tell.
func echoesTitle(l *textLine, titleFold string) bool {
	if strings.Count(titleFold, " ") < 2 || l.kind == lineProse && endsSentence(l.text) {
		return false
	}
	f := foldWords(l.text)
	return f == titleFold || strings.HasPrefix(f, titleFold+" ") || strings.HasSuffix(f, " "+titleFold) || strings.Contains(f, " "+titleFold+" ")
}

// markInlineBoxes finds the boxes of links that pages set inside an
// article ("Related articles", "Read more", "Trending", two or three
// teaser titles, a thumbnail), and marks them lineBox so the article goes
// on after them. An end marker opens such a box, not the page's end, when
// the article's prose resumes within tc.BoxMaxLines lines: a run of
// tc.BoxResumeLines lines of prose, each ending like a sentence. What
// follows a real end (teaser lists, footers) is titles, dates and
// counters, not sentences in a row. Comment headings are left alone:
// comments are prose.
func markInlineBoxes(tc TextConfig, lines []textLine) {
	for i := range lines {
		if lines[i].kind != lineEnd || lines[i].teaser || isCommentHeading(lines[i].fold) {
			continue
		}
		prose := 0
		for k := max(0, i-tc.BoxMaxLines); k < i; k++ {
			if lines[k].kind == lineProse {
				prose += lines[k].runes
			}
		}
		if float64(prose) < tc.BoxMinProse {
			continue // a share bar or a box above the article, not inside it
		}
		for j := i + 1; j <= i+1+tc.BoxMaxLines && j < len(lines); j++ {
			if !proseRun(tc, lines, j) {
				continue
			}
			for k := i; k < j; k++ {
				if lines[k].kind != lineCaption {
					lines[k].kind = lineBox
				}
			}
			break
		}
	}
}

// proseRun reports whether tc.BoxResumeLines lines of prose, each ending
// like a sentence and none in a teaser list, start at lines[j].
func proseRun(tc TextConfig, lines []textLine, j int) bool {
	if j+tc.BoxResumeLines > len(lines) {
		return false
	}
	for k := j; k < j+tc.BoxResumeLines; k++ {
		if lines[k].kind != lineProse || lines[k].teaser || !endsSentence(lines[k].text) {
			return false
		}
	}
	return true
}

// isCommentHeading reports whether a folded end marker names a comment
// section.
func isCommentHeading(fold string) bool {
	for w := range strings.FieldsSeq(fold) {
		if textCommentWords[strings.Trim(w, ":()[]0123456789.")] {
			return true
		}
	}
	return false
}
