package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parallax-news/parallax/internal/news"
)

// pageContext is what the paragraph post-filters know about the page besides
// the paragraphs themselves.
type pageContext struct {
	// title is the page's title from its metadata.
	title string
	// links holds the link share of the page's short elements.
	links linkShares
	// second is the body a second extractor (readability) found, folded
	// with foldWords; empty when it found none or agreement is off.
	second string
}

// paraRule is one post-filter over the extracted paragraphs: it returns the
// paragraphs it keeps, in order.
type paraRule struct {
	name  string
	apply func(cfg Config, pc pageContext, ps []news.Paragraph) []news.Paragraph
}

// paraRules are applied in order to go-trafilatura's paragraphs. Each removes
// one kind of boilerplate that survives its extraction on news pages; the
// gain of each on the benchmark's dev pages is in its comment.
var paraRules = []paraRule{
	{"title repeat", dropTitleRepeat},
	{"leading headings", dropLeadingHeadings},
	{"link teasers", dropLinkTeasers},
	{"trailing headings", dropTrailingHeadings},
	{"agreement", dropUnagreed},
}

// cleanParagraphs applies paraRules to ps.
func cleanParagraphs(cfg Config, pc pageContext, ps []news.Paragraph) []news.Paragraph {
	for _, r := range paraRules {
		ps = r.apply(cfg, pc, ps)
	}
	return ps
}

// dropTitleRepeat removes the article's title where it is repeated among the
// first paragraphs (the page's <h1>, as a heading or not): the title is
// metadata, not body. Only the first cfg.TitleWindow paragraphs are looked
// at, so a section heading that happens to equal the title deep in the text
// is kept.
func dropTitleRepeat(cfg Config, pc pageContext, ps []news.Paragraph) []news.Paragraph {
	title := foldWords(pc.title)
	if title == "" {
		return ps
	}
	out := ps[:0:0]
	for i, p := range ps {
		if i < cfg.TitleWindow && foldWords(p.Text) == title {
			continue
		}
		out = append(out, p)
	}
	return out
}

// dropLeadingHeadings removes the headings that open the body before any
// text: on article pages they are the headline in another wording, its
// kicker or the standfirst, all of them metadata rather than body. A body of
// headings only is left as it is.
func dropLeadingHeadings(_ Config, _ pageContext, ps []news.Paragraph) []news.Paragraph {
	i := 0
	for i < len(ps) && ps[i].Kind == news.Heading {
		i++
	}
	if i == len(ps) {
		return ps
	}
	return ps[i:]
}

// dropLinkTeasers removes short paragraphs whose text is mostly link text in
// the page: "related" teasers, "read more" lines, tag lists and share bars.
// Long paragraphs are kept whatever their links: prose citing sources is
// link-rich too.
func dropLinkTeasers(cfg Config, pc pageContext, ps []news.Paragraph) []news.Paragraph {
	out := ps[:0:0]
	for _, p := range ps {
		if utf8.RuneCountInString(p.Text) <= cfg.TeaserMaxRunes {
			if s, ok := pc.links.share(p.Text); ok && s >= cfg.TeaserLinkShare {
				continue
			}
		}
		out = append(out, p)
	}
	return out
}

// dropTrailingHeadings removes headings that end the body: a heading with
// no text after it introduces nothing of the article (it is the title of a
// "more stories" box, or a teaser left over from one).
func dropTrailingHeadings(_ Config, _ pageContext, ps []news.Paragraph) []news.Paragraph {
	n := len(ps)
	for n > 0 && ps[n-1].Kind == news.Heading {
		n--
	}
	return ps[:n]
}

// dropUnagreed removes the short paragraphs that the second extractor
// (readability) did not keep: two extractors built on different ideas
// (go-trafilatura's selectors and tree pruning, readability's container
// scoring) rarely both keep the same piece of boilerplate, while both keep
// the article's prose. It applies only to paragraphs of at most
// cfg.AgreeMaxRunes runes (captions, bylines, prompts, copyright lines; long
// paragraphs are prose even where the two extractors' text differs in
// detail) and only when the second body has at least cfg.AgreeMinCover of
// the first's length: a much shorter one found another, smaller block and
// is no judge of this one.
func dropUnagreed(cfg Config, pc pageContext, ps []news.Paragraph) []news.Paragraph {
	if pc.second == "" {
		return ps
	}
	second := " " + pc.second + " " // so that only whole words match
	folded := make([]string, len(ps))
	total := 0
	for i, p := range ps {
		folded[i] = " " + foldWords(p.Text) + " "
		total += len(folded[i]) - 1
	}
	if float64(len(second)) < cfg.AgreeMinCover*float64(total) {
		return ps
	}
	out := ps[:0:0]
	for i, p := range ps {
		if utf8.RuneCountInString(p.Text) <= cfg.AgreeMaxRunes && !strings.Contains(second, folded[i]) {
			continue
		}
		out = append(out, p)
	}
	return out
}

// foldWords reduces s to its lower-cased letters and digits, single-spaced,
// for comparisons that ignore punctuation, case and spacing.
func foldWords(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	gap := false
	for _, r := range s {
		if !unicode.IsLetter(r) && !unicode.IsNumber(r) {
			gap = b.Len() > 0
			continue
		}
		if gap {
			b.WriteByte(' ')
			gap = false
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}
