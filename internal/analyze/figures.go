package analyze

import "github.com/parallax-news/parallax/internal/text"

// Figures finds the numbers body reports. (Stub: to be written.)
func Figures(body string, sents []text.Sentence, ents []Entity) []Figure { return nil }
