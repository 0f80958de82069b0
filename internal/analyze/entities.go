package analyze

import "github.com/parallax-news/parallax/internal/text"

// Entities finds the people, organisations and places of body. (Stub: to be
// written.)
func Entities(body string, sents []text.Sentence) []Entity { return nil }
