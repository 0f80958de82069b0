package extract

import (
	"strings"

	"github.com/RadhiFadlillah/whatlanggo"
)

// normLang reduces a language tag ("en-GB", "EN_us") to its ISO 639-1 code.
func normLang(tag string) string {
	tag = strings.ToLower(strings.TrimSpace(tag))
	if i := strings.IndexAny(tag, "-_"); i >= 0 {
		tag = tag[:i]
	}
	if len(tag) == 2 {
		return tag
	}
	if len(tag) == 3 {
		return whatlanggo.CodeToLang(tag).Iso6391()
	}
	return ""
}

// detectLanguage guesses the language of text with whatlanggo (the trigram
// detector go-trafilatura also uses), returning "" unless it is reliable.
// Only the first few thousand characters are looked at.
func detectLanguage(text string) string {
	if len(text) > 4000 {
		text = text[:4000]
	}
	info := whatlanggo.Detect(text)
	if !info.IsReliable() {
		return ""
	}
	return info.Lang.Iso6391()
}
