package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// markCaptions finds photo captions by the credit that closes them and
// marks them lineCaption, together with the alt text printed above a
// caption and a credit line printed below it. News photos carry a credit:
// a text dump shows it at the end of the caption, in brackets ("… at dawn
// (Image: HARBOUR PRESS)", "… on Monday. (Town Hall via LW)") or after the
// caption's last sentence ("… station. Credit: Rail Office", "… of the
// bridge. Lakewire").
// Article sentences end in punctuation, so the shape tells a caption in any
// language without a list of agencies. A credit of bare capitalised words
// is believed on a line of at most tc.CaptionMaxWords words only: in German
// every noun is capitalised, and a long paragraph glued to the next label
// ("… ging verloren. Fährplan") is no caption.
func markCaptions(tc TextConfig, lines []textLine) {
	for i := range lines {
		l := &lines[i]
		switch l.kind {
		case lineProse, lineMedium, lineShort:
		default:
			continue
		}
		if l.bullet || !hasTrailingCredit(l.text, l.words <= tc.CaptionMaxWords) {
			continue
		}
		l.kind = lineCaption
		// The alt text of the photo: a short label just above its caption.
		if i > 0 && isCaptionNeighbour(&lines[i-1]) {
			lines[i-1].kind = lineCaption
		}
		// A credit line under the caption: in capitals ("LAKE WIRE,
		// HARBOUR PRESS") or a name of one or two words ("Lakewire").
		if i+1 < len(lines) && isCaptionNeighbour(&lines[i+1]) && isCreditBelow(&lines[i+1]) {
			lines[i+1].kind = lineCaption
		}
	}
}

// isCaptionNeighbour is true for a short line that is no sentence and no
// list item: a photo's alt text or credit next to its caption.
func isCaptionNeighbour(l *textLine) bool {
	return l.kind == lineShort && !l.bullet && !l.table && l.words <= 8 && !endsSentence(l.text)
}

// isCreditBelow is true for a photo credit printed on its own line below a
// caption: capitals, or one or two capitalised words.
func isCreditBelow(l *textLine) bool {
	return isUpperLine(l.text) || l.words <= 2 && creditWords(l.text)
}

// isUpperLine is true for a line whose letters are all capitals.
func isUpperLine(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters >= 2
}

// hasTrailingCredit reports whether s ends in a photo credit: a bracketed
// source ("(Image: Lake Wire)", "(Lake Photo/Jane Doe)", "(Town Hall via LW)",
// or a capitals agency name after a full stop: "… north bank. (LW)"), or one to five
// capitalised words after the last sentence, optionally behind a label
// ("… station. Credit: Rail Office", "… bridge. Lakewire"); without a
// label, a slash or "via" ("Jane Doe / LW") only when short (the caption is a
// sentence or two). The words before a
// bracketed credit must be a few, and the sentence before an unbracketed
// one must end on a lower-case word, so "… back Sen. Ada Holm" (an
// abbreviation in a headline) is not taken for a credit.
func hasTrailingCredit(s string, short bool) bool {
	s = strings.TrimSpace(s)
	if strings.HasSuffix(s, ")") {
		open := strings.LastIndexByte(s, '(')
		if open <= 0 {
			return false
		}
		inner, before := strings.TrimSpace(s[1+open:len(s)-1]), strings.TrimSpace(s[:open])
		if len(strings.Fields(before)) < 3 || !creditWords(inner) {
			return false
		}
		label := strings.Contains(inner, ":") || strings.Contains(inner, "/") || hasPhrase(strings.ToLower(inner), "via")
		return label || isUpperLine(inner) && endsSentence(before)
	}
	// An unbracketed credit after the caption's last sentence.
	end := -1
	for i, r := range s {
		if (r == '.' || r == '!' || r == '?') && i+1 < len(s) && s[i+1] == ' ' {
			end = i
		}
	}
	if end <= 0 || endsSentence(s) {
		return false
	}
	prev := strings.Fields(s[:end])
	if len(prev) < 4 {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(prev[len(prev)-1]); !unicode.IsLower(r) && !unicode.IsDigit(r) && r != '(' {
		return false
	}
	credit := strings.TrimSpace(s[end+1:])
	labelled := strings.Contains(strings.Fields(credit)[0], ":") || strings.Contains(credit, "/") || hasPhrase(strings.ToLower(credit), "via")
	if !short && !labelled {
		return false
	}
	return creditWords(credit)
}

// creditWords is true for one to five words that can name a photo's source:
// each starts with a capital (agency and photographer names, "Lake
// Press", "Lake Photo/Jane Doe") or is a joining word ("via", "and", "/");
// a single capital is a sentence's first word (Russian "И", "and"), not
// a name;
// a first word ending in a colon is a label ("Image:", "Credit:", "Foto:"),
// after which only the first word needs the capital ("Photo: Town staff").
func creditWords(s string) bool {
	f := strings.Fields(s)
	labelled := len(f) > 1 && strings.HasSuffix(f[0], ":")
	if labelled {
		f = f[1:]
	}
	if len(f) == 0 || len(f) > 5 {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(f[0]); labelled && unicode.IsUpper(r) {
		return true // "Photo: Courier staff", "Foto: Archiv"
	}
	for _, w := range f {
		switch strings.ToLower(w) {
		case "via", "and", "/", "&", "for":
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || utf8.RuneCountInString(w) < 2 {
			return false
		}
	}
	return true
}
