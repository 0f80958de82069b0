package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentence is a sentence of a text with its byte span.
type Sentence struct {
	Text       string
	Start, End int // text[Start:End] == Text
}

// abbreviations end with a dot without ending a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "gen": true, "col": true, "lt": true,
	"sgt": true, "capt": true, "gov": true, "sen": true, "rep": true, "st": true, "jr": true, "sr": true,
	"no": true, "vs": true, "etc": true, "inc": true, "ltd": true, "co": true, "corp": true, "u.s": true,
	"u.k": true, "u.n": true, "jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true,
	"aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "e.g": true, "i.e": true,
}

// Sentences splits text into sentences: at a line break, or after . ! ? (and
// any closing quotes or brackets) followed by space and an upper-case letter,
// a digit or an opening quote; not after a known abbreviation or a single
// initial ("J. Smith"). Spans exclude surrounding white space.
func Sentences(s string) []Sentence {
	var out []Sentence
	start := 0
	emit := func(end int) {
		seg := s[start:end]
		trimmed := strings.TrimSpace(seg)
		if trimmed != "" {
			lead := strings.Index(seg, trimmed)
			out = append(out, Sentence{Text: trimmed, Start: start + lead, End: start + lead + len(trimmed)})
		}
		start = end
	}
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		if r == '\n' {
			emit(i)
			i += w
			start = i
			continue
		}
		if r == '.' || r == '!' || r == '?' {
			j := i + w
			for j < len(s) {
				c, cw := utf8.DecodeRuneInString(s[j:])
				if !strings.ContainsRune("\"'”’»)]", c) {
					break
				}
				j += cw
			}
			if j < len(s) && (s[j] == ' ' || s[j] == '\t') && opensSentence(s[j:]) && !(r == '.' && abbrevBefore(s[:i])) {
				emit(j)
				i = j
				continue
			}
		}
		i += w
	}
	emit(len(s))
	return out
}

func opensSentence(rest string) bool {
	rest = strings.TrimLeft(rest, " \t")
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("\"'“‘«(", r)
}

// abbrevBefore reports whether the word before a dot is an abbreviation or
// a single-letter initial.
func abbrevBefore(before string) bool {
	k := strings.LastIndexAny(before, " \t\n(\"“")
	w := strings.ToLower(before[k+1:])
	if utf8.RuneCountInString(w) == 1 {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsLetter(r)
	}
	return abbreviations[w]
}
