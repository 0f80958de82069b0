package extract

// TextConfig holds the thresholds of the plain-text page-dump extractor
// (text.go). Lengths are in runes, counts in words (whitespace-separated
// tokens holding a letter or digit). The defaults were measured on the seed
// pages and the benchmark's dev text dumps.
type TextConfig struct {
	// ProseMinWords is the fewest words a line needs to count as prose: a
	// sentence of the article, not a menu entry, a heading or a teaser
	// title.
	ProseMinWords int
	// ProseMinStopShare is the share of stopwords ("the", "of", "der",
	// "la" …) from which a line of ProseMinWords words reads as prose even
	// without sentence punctuation; titles and menus hold few of them. 0.3
	// is justext's threshold too; 0.25 and 0.35 both scored lower on dev.
	ProseMinStopShare float64
	// ShortPenalty is what a short line that is not prose (a heading, a
	// menu entry, a caption) costs the block it sits in, in runes of prose.
	// Small, so one heading between paragraphs does not split an article.
	ShortPenalty float64
	// LinkListPenalty is the cost of a short bullet line (a menu or a list
	// of sections): higher than ShortPenalty because a run of them is
	// navigation.
	LinkListPenalty float64
	// JunkPenalty is the cost of a line holding no text (an image file
	// name, a form widget): slight, as images sit between paragraphs.
	JunkPenalty float64
	// MetaPenalty is the cost of a byline or a syndication note.
	MetaPenalty float64
	// MarkerPenalty is the cost of a line that is only a date or a counter
	// ("7 mins", "• 60", "16 comments"): after the article these belong to
	// teasers.
	MarkerPenalty float64
	// BoilerPenalty is the cost of a boilerplate line (share, subscribe,
	// cookie, copyright prompts, image credits).
	BoilerPenalty float64
	// EndMarkerPenalty is the cost of a heading that opens what follows an
	// article ("Related", "Comments", "More like this"): high, so prose
	// after it is rarely joined to the article's block.
	EndMarkerPenalty float64
	// CaptionPenalty is the cost of a photo caption, its alt text or its
	// credit (markCaptions): slight, like an image, since photos stand
	// between an article's paragraphs; dropping the caption from the body
	// is what matters.
	CaptionPenalty float64
	// CaptionMaxWords is the longest line a credit of bare capitalised
	// words ("… of the bridge. Lakewire") marks as a caption: captions run one to
	// three sentences, 10 to 40 words; a longer line ending so is a
	// paragraph glued to a label, or German, whose nouns are capitalised.
	CaptionMaxWords int
	// BoxPenalty is the cost of each line of a box of links set inside an
	// article (markInlineBoxes): that of a short line, since the article
	// goes on after the box.
	BoxPenalty float64
	// BoxMaxLines is the most lines between an end marker and the prose
	// that resumes after it for the marker to open a box inside the
	// article: a heading and two or three teaser titles with thumbnails.
	BoxMaxLines int
	// BoxMinProse is how many runes of prose the tc.BoxMaxLines lines above
	// an end marker must hold for it to open a box inside the article: a
	// paragraph or two. A share bar or a "Most popular" box above the
	// article follows a standfirst or an author's line, shorter.
	BoxMinProse float64
	// BoxResumeLines is how many sentences of prose in a row must follow a
	// box for the article to count as resumed; teaser lists after a real
	// end seldom hold three.
	BoxResumeLines int
	// TeaserPenalty is the cost of each line of a detected teaser list.
	TeaserPenalty float64
	// ProseBase is subtracted from a prose line's rune count to give its
	// weight, so a long block of prose outweighs several short sentences
	// of comments or teasers.
	ProseBase float64
	// MediumShare is the weight per rune of a line that reads like a
	// sentence but is too short to be sure (a short closing paragraph).
	MediumShare float64
	// BoilerMaxWords is the longest line a single boilerplate phrase marks
	// as boilerplate; longer lines need BoilerMinHits distinct phrases, so
	// prose mentioning "subscribe" once is kept.
	BoilerMaxWords int
	// BoilerMinHits is the number of distinct boilerplate phrases that mark
	// a long line (a newsletter offer) as boilerplate.
	BoilerMinHits int
	// BoilerLongMaxWords is the longest line BoilerMinHits phrases may mark.
	BoilerLongMaxWords int
	// MarkerMaxWords is the longest line that can be a date or counter line.
	MarkerMaxWords int
	// TeaserMaxGap is the most lines between two date or counter lines of
	// one teaser list (one teaser: outlet, title, summary, counter, date).
	TeaserMaxGap int
	// TeaserMinItems is how many teasers (groups of adjacent date, counter
	// or truncated lines, each at most TeaserMaxGap lines from the next)
	// make a teaser list. A timeline inside an article rarely has this
	// shape; related, popular and "more stories" boxes always do.
	TeaserMinItems int
	// AfterEndShare scales the weight of a segment of the main block that
	// follows an end marker when the block's best segment is chosen:
	// comments, legal text and teasers come after an article.
	AfterEndShare float64
	// IndentedRunShare scales the weight of prose inside a run of indented
	// lines (nested lists of teaser cards in text-browser dumps).
	IndentedRunShare float64
	// EndMinProse is how many runes of prose must precede an end marker for
	// what follows it to weigh AfterEndShare: "Popular" or "Latest news"
	// in a menu above the article do not end anything.
	EndMinProse float64
	// GapMaxShare is the largest share of a block's lines preceded by a
	// blank line for the block to count as laid out without blank lines,
	// in which a blank line before a short last line ends the article.
	GapMaxShare float64
	// TitleLookback is how many non-blank lines above the body are searched
	// for the headline.
	TitleLookback int
	// TitleMaxWords is the longest headline, in words.
	TitleMaxWords int
	// StandfirstMinWords is the length from which a headline candidate
	// directly under a shorter one is taken for a standfirst (summary
	// line): headlines run 6 to 14 words, standfirsts 12 to 35.
	StandfirstMinWords int
	// DateLookback is how many non-blank lines around the headline and the
	// body's start are searched for the publication date. Small, so a date
	// of a teaser, a copyright or a footer is never taken.
	DateLookback int
	// DateMaxTries caps the calls of go-dateparser per page: it is the
	// slowest step of the extractor.
	DateMaxTries int
	// LanguageSample is about how many bytes of the body language detection
	// reads: whatlanggo is reliable on a few paragraphs and costs in
	// proportion to its input.
	LanguageSample int
	// WrapMinShare is the share of non-blank lines that must end near the
	// wrap width for a dump to count as hard-wrapped on that alone: a plain
	// text of wrapped paragraphs.
	WrapMinShare float64
	// WrapSlack is how many runes short of the wrap width a line may end and
	// still count as wrapped: the longest word that did not fit, about.
	WrapSlack int
	// WrapMaxWidth is the widest wrap width considered; w3m -cols 10000
	// dumps and browser copies with one paragraph per line are wider.
	WrapMaxWidth int
	// WrapMinWidth is the narrowest: below it the lines are a menu or a
	// list, whatever they end on.
	WrapMinWidth int
	// WrapOutlierShare is the share of lines allowed to run past the wrap
	// width (URLs, table rows, preformatted text a text browser leaves
	// unwrapped), so one long line does not hide the width.
	WrapOutlierShare float64
	// WrapMinBreaks is how many lines near the width must break mid-sentence
	// (no sentence punctuation, the next line starting in lower case) for a
	// dump whose prose is a minority of its lines (a text browser's dump
	// with menus and teasers) to count as wrapped.
	WrapMinBreaks int
	// WrapMinBreakShare is the share of the lines near the width that must
	// break mid-sentence: in wrapped prose about half do (a line ends
	// before a capital, a name, or a sentence's end the rest of the time);
	// in a dump with a paragraph per line almost none.
	WrapMinBreakShare float64
}

// defaultTextConfig returns the measured defaults of TextConfig.
func defaultTextConfig() TextConfig {
	return TextConfig{
		ProseMinWords:      8,
		ProseMinStopShare:  0.3,
		ShortPenalty:       15,
		LinkListPenalty:    25,
		JunkPenalty:        5,
		MetaPenalty:        15,
		MarkerPenalty:      60,
		BoilerPenalty:      120,
		EndMarkerPenalty:   250,
		CaptionPenalty:     5,
		CaptionMaxWords:    45,
		BoxPenalty:         15,
		BoxMaxLines:        6,
		BoxResumeLines:     3,
		BoxMinProse:        300,
		TeaserPenalty:      120,
		ProseBase:          20,
		MediumShare:        0.3,
		BoilerMaxWords:     12,
		BoilerMinHits:      2,
		BoilerLongMaxWords: 90,
		MarkerMaxWords:     10,
		TeaserMaxGap:       6,
		TeaserMinItems:     3,
		IndentedRunShare:   0.3,
		AfterEndShare:      0.5,
		GapMaxShare:        0.1,
		TitleLookback:      12,
		TitleMaxWords:      30,
		StandfirstMinWords: 12,
		DateMaxTries:       4,
		DateLookback:       4,
		LanguageSample:     1500,
		WrapMinShare:       0.25,
		WrapSlack:          25,
		WrapMaxWidth:       140,
		WrapMinWidth:       40,
		WrapOutlierShare:   0.02,
		WrapMinBreaks:      3,
		WrapMinBreakShare:  0.2,
	}
}

// textConfig returns the text extractor's settings of cfg, the defaults
// when cfg was built without them.
func textConfig(cfg Config) TextConfig {
	if cfg.Text == (TextConfig{}) {
		return defaultTextConfig()
	}
	return cfg.Text
}
