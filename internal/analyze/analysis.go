package analyze

import (
	"time"

	"github.com/parallax-news/parallax/internal/text"
)

// Span is a byte range of the analysed text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Entity is a person, organisation or place an article mentions, with the
// forms it is written in and where.
type Entity struct {
	// Name is the canonical name: the fullest form the article (or, after
	// a Resolver, the run) uses.
	Name string `json:"name"`
	// Kind is "person", "org" or "place".
	Kind string `json:"kind"`
	// Aliases are the other forms written ("Zelenskyy", "the Ukrainian
	// president").
	Aliases  []string `json:"aliases"`
	Mentions []Span   `json:"mentions"`
}

// Quote is a statement attributed in the text.
type Quote struct {
	Text string `json:"text"`
	// Speaker is the canonical name of who said it, "" when the text does
	// not justify one (never a guess).
	Speaker string `json:"speaker"`
	// Direct is true for quoted words, false for reported speech.
	Direct   bool   `json:"direct"`
	Sentence string `json:"sentence"`
	Offsets  Span   `json:"offsets"` // of Text
}

// Figure is a number the text reports.
type Figure struct {
	Value float64 `json:"value"`
	// Unit is the unit or counted noun ("drones", "hours", "day").
	Unit string `json:"unit"`
	// Approx marks "nearly", "more than", "about" and the like.
	Approx bool `json:"approx"`
	// ClaimedBy is who states it when the sentence says so, else "".
	ClaimedBy string `json:"claimed_by"`
	Phrase    string `json:"phrase"`
	Sentence  string `json:"sentence"`
	Offsets   Span   `json:"offsets"` // of Phrase
}

// Analysis is everything read from one article.
type Analysis struct {
	Entities []Entity      `json:"entities"`
	Quotes   []Quote       `json:"quotes"`
	Figures  []Figure      `json:"figures"`
	Dates    []DateMention `json:"dates"`
}

// Analyze reads an article's body (its paragraphs joined by blank lines,
// news.Article.Body) against its publication date (nil when unknown).
// Offsets are byte offsets into body.
func Analyze(body string, published *time.Time) Analysis {
	sents := text.Sentences(body)
	ents := Entities(body, sents)
	return Analysis{
		Entities: ents,
		Quotes:   Quotes(body, sents, ents),
		Figures:  Figures(body, sents, ents),
		Dates:    Dates(body, published),
	}
}
