package extract

import (
	"strings"

	"github.com/parallax-news/parallax/internal/news"
)

// extractText is the first, simple extractor for plain-text page dumps: each
// block of lines separated by a blank line is a paragraph, and the title is
// the source's title or else the first short line. It keeps the whole page;
// telling the article from the page's boilerplate is the job of a later one.
func (e *Extractor) extractText(doc news.Document) (news.Article, error) {
	text := strings.ReplaceAll(string(doc.Body), "\r\n", "\n")
	var paras []news.Paragraph
	for _, block := range strings.Split(text, "\n\n") {
		if t := cleanSpace(block); t != "" {
			paras = append(paras, news.Paragraph{Kind: news.Text, Text: t})
		}
	}
	a := news.Article{Paragraphs: paras, PublishedHow: news.DateUnknown}
	if doc.Hint.Title == "" {
		for _, line := range strings.Split(text, "\n") {
			if t := cleanSpace(line); t != "" && len(t) < 200 {
				a.Title = t
				break
			}
		}
	}
	a.Language = detectLanguage(a.Body())
	return a, nil
}
