package extract

import (
	"strings"

	"github.com/parallax-news/parallax/internal/news"
)

// extractText is the recipe for plain-text page dumps: pages copied from a
// browser, saved by a crawler or rendered by a text browser (w3m, lynx),
// boilerplate and all. It works on lines and their positions:
//  1. split the dump into lines, joining hard-wrapped lines into
//     paragraphs (a dump wrapped at a fixed width), and drop blank ones;
//  2. classify each line on its own: prose (enough words, sentence
//     punctuation or stopwords), a short sentence, a short title-like line,
//     a bullet of a menu, a date or counter alone, boilerplate (share,
//     subscribe, cookie, copyright, credits, in several languages), an end
//     marker ("Related", "Comments"), a byline or syndication note, junk;
//  3. mark photo captions (a credit closes them) with their alt text,
//     teaser lists (series of items each closed by a date, a counter or a
//     truncated summary, long lines included), and boxes of links set
//     inside the article (an end marker after which its prose resumes);
//  4. find the main block: the run of lines of greatest weight, where prose
//     weighs its length and everything else costs, cut at an end marker
//     that follows most of its prose;
//  5. find the headline above the block (or as its first line), then the
//     stated date near it, the outlet (masthead, site-name line, copyright
//     footer) and the original outlet of a syndicated copy;
//  6. turn the block's lines into paragraphs: prose, inner headings and list
//     items kept, furniture, captions, bylines, dates and echoes of the
//     headline (alt and share texts) dropped.
func (e *Extractor) extractText(doc news.Document) (news.Article, error) {
	tc := textConfig(e.cfg)
	a := news.Article{PublishedHow: news.DateUnknown}

	// 1–3. Lines, their kinds, captions, teaser lists, inline boxes.
	lines := splitTextLines(tc, string(doc.Body))
	classifyLines(tc, lines)
	markCaptions(tc, lines)
	markTeasers(tc, lines)
	markInlineBoxes(tc, lines)

	// 4. The main block.
	first, last, ok := mainBlock(tc, lines)
	if !ok {
		return a, nil // no prose: Extract reports ErrNoArticle
	}

	// 5. Headline, date, outlet, origin.
	title := findTitle(tc, lines, first)
	if title == first {
		first++
	}
	if title >= 0 {
		a.Title = lines[title].text
	} else if doc.Hint.Title != "" {
		a.Title = cleanSpace(doc.Hint.Title)
	}
	pd := statedDate(tc, lines, title, first)
	a.Published, a.PublishedHow, a.PublishedNote = pd.when, pd.how, pd.note
	a.Byline = textByline(lines, title, first)
	a.Outlet.Name, a.Outlet.Host = textOutlet(lines, title, first, last)
	a.Origin = textOrigin(lines, first)

	// 6. Paragraphs.
	if first <= last {
		a.Paragraphs = bodyParagraphs(lines, first, last, a.Title)
	}
	a.Language = detectLanguage(textSample(a.Paragraphs, tc.LanguageSample))
	return a, nil
}

// textByline returns the author named on a byline line ("By Jane Doe",
// "by admin May 20, 2025" gives "admin") near the headline and the body's
// start.
func textByline(lines []textLine, title, first int) string {
	for i := max(0, title-3); i <= first+2 && i < len(lines); i++ {
		if lines[i].kind != lineMeta && lines[i].kind != lineMarker {
			continue
		}
		for _, p := range textBylinePrefixes {
			if !strings.HasPrefix(lines[i].fold, p) {
				continue
			}
			var name []string
			for _, w := range strings.Fields(lines[i].text[len(p):]) {
				lw := strings.ToLower(strings.Trim(w, ",.|"))
				if monthWords[lw] || weekdayWords[lw] || isDigits(lw) || hasYear(lw) || w == "|" || w == "•" {
					break
				}
				name = append(name, w)
			}
			return strings.TrimRight(strings.Join(name, " "), ",")
		}
	}
	return ""
}

// textSample returns the first paragraphs up to about n bytes, for language
// detection: a couple of paragraphs tell the language as well as the whole
// body, faster.
func textSample(ps []news.Paragraph, n int) string {
	var b strings.Builder
	for _, p := range ps {
		if b.Len() >= n {
			break
		}
		b.WriteString(p.Text)
		b.WriteString("\n")
	}
	return b.String()
}
