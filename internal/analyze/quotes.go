package analyze

import "github.com/parallax-news/parallax/internal/text"

// Quotes finds the quotes of body and their speakers. (Stub: to be written.)
func Quotes(body string, sents []text.Sentence, ents []Entity) []Quote { return nil }
