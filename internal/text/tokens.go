package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token is one word of a text: its form as written and its byte span.
type Token struct {
	Text       string // as written
	Start, End int    // byte offsets into the text: text[Start:End] == Text
}

// Lower returns the token folded to lower case.
func (t Token) Lower() string { return strings.ToLower(t.Text) }

// Capitalized reports whether the token starts with an upper-case letter.
func (t Token) Capitalized() bool {
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsUpper(r)
}

// Tokens splits s into words: runs of letters and digits, with inner
// apostrophes, hyphens and dots between digits kept ("Zelensky's",
// "30-day", "1,000", "3.5"). Punctuation and spaces separate tokens.
func Tokens(s string) []Token {
	var out []Token
	start := -1
	for i, r := range s {
		if isWordRune(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 && isJoiner(r) && joins(s, i, r) {
			continue
		}
		if start >= 0 {
			out = append(out, Token{Text: s[start:i], Start: start, End: i})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, Token{Text: s[start:], Start: start, End: len(s)})
	}
	return out
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isJoiner(r rune) bool {
	return r == '\'' || r == '’' || r == '-' || r == '.' || r == ','
}

// joins reports whether the joiner r at byte i sits between two word runes
// (a dot or comma only between digits: "3.5", "1,000").
func joins(s string, i int, r rune) bool {
	prev, _ := utf8.DecodeLastRuneInString(s[:i])
	next, _ := utf8.DecodeRuneInString(s[i+utf8.RuneLen(r):])
	if r == '.' || r == ',' {
		return unicode.IsDigit(prev) && unicode.IsDigit(next)
	}
	return isWordRune(prev) && isWordRune(next)
}

// Fold lower-cases a word and drops a trailing possessive ("Putin's" and
// "Putin’s" give "putin"), so the forms of one name count as one term.
func Fold(w string) string {
	w = strings.ToLower(w)
	for _, suf := range []string{"'s", "’s"} {
		if strings.HasSuffix(w, suf) {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

// Stem is a light plural folding ("talks" → "talk", "drones" → "drone",
// "countries" → "country"), enough to let the two forms of a word count
// as one term; it leaves "ss", "us" and "is" endings alone ("press",
// "status", "crisis").
func Stem(w string) string {
	switch {
	case len(w) > 4 && strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		return w[:len(w)-1]
	}
	return w
}
