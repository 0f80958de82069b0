package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// lineKind is what a line of a page dump looks like on its own.
type lineKind uint8

const (
	lineShort   lineKind = iota // short, not a sentence: heading, menu entry, label
	lineProse                   // a sentence or paragraph of prose
	lineMedium                  // a short line that reads like a sentence
	lineList                    // a short bullet: a menu or a list of sections
	lineMarker                  // only a date or a counter ("7 mins", "16 comments")
	lineBoiler                  // boilerplate: share, subscribe, cookie, credits …
	lineEnd                     // a heading that opens what follows an article
	lineJunk                    // no letters at all, an image file name, a URL
	lineMeta                    // a byline or a syndication note: metadata, not body
	lineCaption                 // a photo caption, its alt text or its credit
	lineBox                     // a box of links set inside the article ("Related")
)

// textLine is one paragraph of a page dump: a source line, or several
// hard-wrapped source lines joined. n is the 1-based number of its first
// source line.
type textLine struct {
	n      int
	text   string // white space collapsed, bullet marker removed
	fold   string // lower-cased text for phrase matching
	bullet bool   // the line began with a bullet marker
	indent int    // leading spaces of the source line
	words  int
	stops  int
	runes  int
	kind   lineKind
	teaser bool // part of a detected teaser list
	date   bool // holds a date (and little else)
	table  bool // a row of a table rendered with spaces between cells
	gap    bool // a blank line comes before it
}

// splitTextLines cuts a dump into lines, joins hard-wrapped ones into
// paragraphs, and drops blank lines (their positions stay in n).
func splitTextLines(tc TextConfig, body string) []textLine {
	raw := strings.Split(strings.ReplaceAll(body, "\r\n", "\n"), "\n")
	wrap := wrapWidth(tc, raw)
	var out []textLine
	gap := false
	for i := 0; i < len(raw); i++ {
		s := strings.TrimRight(raw[i], " \t\r\u00a0")
		if strings.TrimSpace(s) == "" {
			gap = true
			continue
		}
		indent := len(s) - len(strings.TrimLeft(s, " \t"))
		text, bullet := stripBullet(strings.TrimSpace(s))
		// col is where the text starts: continuation lines of a wrapped
		// paragraph or list item are indented to it.
		col := indent + utf8.RuneCountInString(strings.TrimSpace(s)) - utf8.RuneCountInString(text)
		start := i
		// Join the following source lines while this one is hard-wrapped.
		for wrap > 0 && i+1 < len(raw) && runeWidth(raw[i]) >= wrap-tc.WrapSlack && continues(raw[i+1], col) {
			text += " " + strings.TrimSpace(raw[i+1])
			i++
		}
		if !utf8.ValidString(text) {
			text = strings.ToValidUTF8(text, "\uFFFD")
		}
		text = cleanSpace(text)
		if text == "" {
			continue
		}
		out = append(out, textLine{n: start + 1, text: text, bullet: bullet, indent: indent, gap: gap,
			table: start == i && isTableRow(strings.TrimSpace(s))})
		gap = false
	}
	if wrap > 0 {
		relativeIndents(out)
	}
	return out
}

// relativeIndents makes the lines' indents relative to the dump's margin:
// the indent of most of its text, counted in bytes. Text browsers differ:
// w3m prints paragraphs at the left edge, lynx three spaces in; an indent
// beyond the margin is a nested list or a quote in both. It is used on
// wrapped dumps only, a text browser's output at a terminal's width: in a
// dump with a paragraph per line, the indented teaser cards of a large menu
// can outweigh a short article at the left edge.
func relativeIndents(lines []textLine) {
	weight := map[int]int{}
	for _, l := range lines {
		weight[l.indent] += len(l.text)
	}
	margin, best := 0, -1
	for indent, w := range weight {
		if w > best || w == best && indent < margin {
			margin, best = indent, w
		}
	}
	for i := range lines {
		lines[i].indent = max(0, lines[i].indent-margin)
	}
}

// continues reports whether next can continue a wrapped paragraph whose
// text starts at column col: it is not blank, not a new list item, and
// indented to that column (text browsers indent paragraphs, list items and
// their continuations; a line indented otherwise is another block, such
// as a heading at the margin above an indented paragraph).
func continues(next string, col int) bool {
	t := strings.TrimSpace(next)
	if t == "" {
		return false
	}
	if _, b := stripBullet(t); b {
		return false
	}
	return len(next)-len(strings.TrimLeft(next, " \t")) == col
}

// runeWidth is the length of a source line in runes, trailing white space
// left out.
func runeWidth(s string) int {
	return utf8.RuneCountInString(strings.TrimRight(s, " \t\r\u00a0"))
}

// wrapWidth returns the width a dump is hard-wrapped at, or 0 when its lines
// are not wrapped (one paragraph per line). The width is the length few
// lines exceed (all but tc.WrapOutlierShare of them: a long URL or a
// preformatted row may overflow it), no wider than tc.WrapMaxWidth. A dump
// is wrapped at it when many lines end near it (tc.WrapMinShare), or when
// long lines often break mid-sentence: a line near the width not ending a
// sentence, followed by one starting in lower case (tc.WrapMinBreaks and
// tc.WrapMinBreakShare). The second test finds the wrapping of a text
// browser's dump (lynx -dump, w3m -cols 80), where menus, teasers and
// footers make most lines short and prose is a minority of the lines.
func wrapWidth(tc TextConfig, lines []string) int {
	var widths []int
	for _, l := range lines {
		if n := runeWidth(l); n > 0 {
			widths = append(widths, n)
		}
	}
	if len(widths) < 4 {
		return 0
	}
	sorted := slices.Clone(widths)
	slices.Sort(sorted)
	width := sorted[int((1-tc.WrapOutlierShare)*float64(len(sorted)-1))]
	if width > tc.WrapMaxWidth || width < tc.WrapMinWidth {
		return 0
	}
	near, long, breaks := 0, 0, 0
	for i, l := range lines {
		n := runeWidth(l)
		if n < width-tc.WrapSlack {
			continue
		}
		if n <= width {
			near++
		}
		long++
		if i+1 < len(lines) && !endsSentence(strings.TrimSpace(l)) {
			if r, _ := utf8.DecodeRuneInString(strings.TrimSpace(lines[i+1])); unicode.IsLower(r) {
				breaks++
			}
		}
	}
	if float64(near) >= tc.WrapMinShare*float64(len(widths)) {
		return width
	}
	if breaks >= tc.WrapMinBreaks && float64(breaks) >= tc.WrapMinBreakShare*float64(long) {
		return width
	}
	return 0
}

// stripBullet removes a leading list marker (•, □, ◦, ▪, -, *, –, or a
// number followed by "." or ")") and reports whether there was one.
func stripBullet(s string) (string, bool) {
	r, size := utf8.DecodeRuneInString(s)
	switch r {
	case '•', '□', '◦', '▪', '■', '●', '○', '‣', '·', '*', '-', '–', '+':
		rest := s[size:]
		if rest == "" || rest[0] == ' ' || rest[0] == '\t' || r == '•' || r == '□' || r == '◦' || r == '▪' || r == '■' || r == '●' {
			return strings.TrimSpace(rest), true
		}
	}
	return s, false
}

// classifyLines fills the features and kind of each line.
func classifyLines(tc TextConfig, lines []textLine) {
	for i := range lines {
		l := &lines[i]
		l.fold = strings.ToLower(l.text)
		countWords(l)
		l.kind = classifyLine(tc, l)
	}
}

// countWords counts the words, stopwords and runes of l.
func countWords(l *textLine) {
	l.runes = utf8.RuneCountInString(l.text)
	for w := range strings.FieldsSeq(l.fold) {
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) })
		if w == "" {
			continue
		}
		if cjk := countCJK(w); cjk > 0 {
			// Chinese and Japanese write no spaces: count a word per two
			// characters, the average length of their words.
			l.words += 1 + cjk/2
			continue
		}
		l.words++
		if textStopwords[w] {
			l.stops++
		}
	}
}

// classifyLine tells what l is on its own, from its words, punctuation and
// phrases; the context (teaser lists, the article's block) comes later.
func classifyLine(tc TextConfig, l *textLine) lineKind {
	if l.words == 0 || isJunkLine(l.text) || l.words <= 2 && textAdLabels[strings.Trim(l.fold, " -–—:[]()")] {
		return lineJunk
	}
	if l.words <= tc.MarkerMaxWords && (isCounterLine(l.fold) || isDateLine(l.fold) || isAgoLine(l.fold)) {
		l.date = hasYear(l.fold)
		return lineMarker
	}
	if l.words <= 6 && isEndMarker(l.fold) {
		return lineEnd
	}
	if l.words <= tc.BoilerMaxWords && (hasPrefixAny(l.fold, textBylinePrefixes) || originIn(l.fold) != "") {
		return lineMeta
	}
	if isBoilerLine(tc, l) || isCreditLine(l.text) {
		return lineBoiler
	}
	sentence := endsSentence(l.text)
	stopShare := float64(l.stops) / float64(l.words)
	switch {
	case l.words >= tc.ProseMinWords && (sentence || stopShare >= tc.ProseMinStopShare):
		if l.bullet && !sentence && l.words < 2*tc.ProseMinWords {
			return lineMedium
		}
		return lineProse
	case sentence && l.words >= 3 && l.stops > 0:
		return lineMedium
	case l.bullet && l.words <= 4:
		return lineList
	case !l.bullet && l.words >= 2*tc.ProseMinWords:
		return lineMedium // long for a title or a menu entry: text of some kind
	}
	return lineShort
}

// endsSentence reports whether s ends like a sentence: with . ! ? or a
// closing quote or bracket after one, or a colon introducing what follows.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, " ")
	for s != "" {
		r, size := utf8.DecodeLastRuneInString(s)
		switch r {
		case '"', '\'', '”', '’', '»', ')', ']', '*', '」', '』', '）':
			s = s[:len(s)-size]
			continue
		case '.', '!', '?', ':', ';', '。', '…', '！', '？', '：':
			return !strings.HasSuffix(s, "...") && r != '…'
		}
		return false
	}
	return false
}

// isJunkLine is true for lines that are no text at all: image file names,
// URLs, form widgets ("[Search]"), bracketed image alt markers.
func isJunkLine(s string) bool {
	low := strings.ToLower(s)
	if strings.HasPrefix(low, "http://") || strings.HasPrefix(low, "https://") || strings.HasPrefix(low, "www.") && !strings.Contains(low, " ") {
		return true
	}
	if !strings.Contains(s, " ") {
		for _, ext := range []string{".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg"} {
			if strings.HasSuffix(low, ext) {
				return true
			}
		}
	}
	if strings.HasPrefix(s, "[") && strings.HasSuffix(s, "]") && !strings.Contains(s[1:], "[") {
		return true
	}
	return false
}

// isCounterLine is true for a line that is only a number with an optional
// unit: "7 mins", "60", "1,597", "16 comments", "2 min read", "(12)".
func isCounterLine(fold string) bool {
	f := strings.Fields(strings.Trim(fold, "()[]• "))
	if len(f) == 0 || len(f) > 3 {
		return false
	}
	if strings.TrimFunc(f[0], func(r rune) bool { return unicode.IsDigit(r) || r == ',' || r == '.' || r == 'k' }) != "" {
		return false
	}
	if len(f) == 1 {
		return true
	}
	switch strings.Trim(f[1], ".:") {
	case "min", "mins", "minute", "minutes", "comment", "comments", "reply", "replies", "views",
		"shares", "likes", "sec", "h", "hrs", "hours", "hour", "days", "day", "ago", "reacties",
		"kommentare", "commentaires", "comentarios", "commenti", "minuten", "minuto", "minutos":
		return true
	}
	return false
}

// monthWords are month names and their abbreviations in the languages of
// textStopwords, lower-cased.
var monthWords = makeSet(`
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
januar februar märz mai juni juli oktober dezember
janvier février mars avril juin juillet août septembre octobre novembre décembre
enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre
gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre
januari februari maart juni augustus
janeiro fevereiro março maio junho julho setembro outubro dezembro
`)

// weekdayWords are weekday names (English and the others above), lower-cased.
var weekdayWords = makeSet(`
monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
montag dienstag mittwoch donnerstag freitag samstag sonntag lundi mardi mercredi jeudi vendredi
samedi dimanche lunes martes miércoles jueves viernes sábado domingo lunedì martedì mercoledì
giovedì venerdì sabato domenica maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
`)

// dateFiller are words that may stand beside a date on a date line.
var dateFiller = makeSet(`
at on am pm a.m. p.m. et est edt pt pst gmt utc bst cet cest published updated posted date
last modified de del di van um uhr le el à h the of is was by
`)

// isDateLine is true for a short line that is mostly a date: it holds a year
// or a month name next to a number, and every other word is a weekday, a
// time or a filler word.
func isDateLine(fold string) bool {
	hasMonth, hasNum, other := false, false, 0
	for w := range strings.FieldsSeq(fold) {
		w = strings.Trim(w, ",.|:;()[]•-–—/")
		switch {
		case w == "":
		case monthWords[w]:
			hasMonth = true
		case isNumericDate(w):
			hasNum, hasMonth = true, true
		case isDigits(w) || isOrdinal(w):
			hasNum = true
		case weekdayWords[w] || dateFiller[w] || isClock(w):
		default:
			other++
		}
	}
	return hasMonth && hasNum && other <= 1
}

// hasYear reports whether s holds a four-digit year 1990–2099.
func hasYear(s string) bool {
	run := 0
	for i := 0; i <= len(s); i++ {
		if i < len(s) && s[i] >= '0' && s[i] <= '9' {
			run++
			continue
		}
		if run == 4 && (s[i-4] == '1' && s[i-3] == '9' && s[i-2] == '9' || s[i-4] == '2' && s[i-3] == '0') {
			return true
		}
		run = 0
	}
	return false
}

func isDigits(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

func isOrdinal(w string) bool {
	for _, suf := range []string{"st", "nd", "rd", "th", "er", "e", "º"} {
		if strings.HasSuffix(w, suf) && isDigits(strings.TrimSuffix(w, suf)) {
			return true
		}
	}
	return false
}

// isNumericDate is true for 2025-05-20, 20/05/2025, 20.05.2025, 5/20/25.
func isNumericDate(w string) bool {
	parts := strings.FieldsFunc(w, func(r rune) bool { return r == '-' || r == '/' || r == '.' })
	if len(parts) != 3 {
		return false
	}
	for _, p := range parts {
		if !isDigits(p) || len(p) > 4 {
			return false
		}
	}
	return len(parts[0]) == 4 || len(parts[2]) == 4 || len(parts[2]) == 2
}

// isClock is true for 4:02, 16:02, 4:02pm, 10h30.
func isClock(w string) bool {
	w = strings.TrimSuffix(strings.TrimSuffix(w, "pm"), "am")
	i := strings.IndexAny(w, ":h")
	return i > 0 && isDigits(w[:i]) && (i+1 == len(w) || isDigits(w[i+1:]))
}

// isEndMarker reports whether a short folded line opens the part of a page
// after the article ("Related posts", "Comments (3)", "Meer verhalen van …").
func isEndMarker(fold string) bool {
	f := strings.TrimSpace(strings.Trim(fold, ":.•|-–—[]() "))
	n := len(strings.Fields(f))
	for _, m := range textEndMarkers {
		if strings.HasPrefix(f, m) && (len(f) == len(m) || !isWordByte(f[len(m)])) {
			// A one-word marker ("related", "share") opens a longer heading
			// only when that heading is short: "Share prices fell" is not one.
			if strings.Contains(m, " ") || n <= 3 {
				return true
			}
		}
	}
	if n <= 4 {
		for w := range strings.FieldsSeq(f) {
			if textCommentWords[strings.Trim(w, ":()[]0123456789")] {
				return true // "Top Rated Comments", "All comments", "42 Comments"
			}
		}
	}
	return false
}

// isBoilerLine is true for a line of page furniture: a short line with one
// boilerplate phrase, or a longer one with several.
func isBoilerLine(tc TextConfig, l *textLine) bool {
	if l.words > tc.BoilerLongMaxWords {
		return false
	}
	hits := 0
	for _, w := range strings.FieldsFunc(l.fold, notWordRune) {
		for _, p := range textBoilerIndex[w] {
			if hasPhrase(l.fold, p) {
				hits++
				if l.words <= tc.BoilerMaxWords || hits >= tc.BoilerMinHits {
					return true
				}
			}
		}
	}
	return strings.HasPrefix(l.fold, "©") || strings.HasPrefix(l.fold, "(c) ") || strings.HasPrefix(l.fold, "disclaimer")
}

// isCreditLine is true for an image credit or caption credit: a line
// holding "©", or ending in a bracketed source with a slash
// ("(NASA/JPL/Space Science Institute)").
func isCreditLine(s string) bool {
	if strings.Contains(s, "©") {
		return true
	}
	if strings.HasSuffix(s, ")") {
		if i := strings.LastIndexByte(s, '('); i >= 0 && strings.Contains(s[i:], "/") && !strings.Contains(s[i:], " / ") {
			return true
		}
	}
	return false
}

// hasPrefixAny reports whether s starts with one of prefixes.
func hasPrefixAny(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// isAgoLine is true for a short relative time: "2 days ago at 07:52 am",
// "vor 3 Stunden", "il y a 5 minutes".
func isAgoLine(fold string) bool {
	f := strings.Fields(fold)
	if len(f) > 6 || !strings.ContainsAny(fold, "0123456789") {
		return false
	}
	return hasPhrase(fold, "ago") || strings.HasPrefix(fold, "vor ") || strings.HasPrefix(fold, "il y a ") || strings.HasPrefix(fold, "hace ")
}

// countCJK counts the Han, Hiragana, Katakana and Hangul runes of w.
func countCJK(w string) int {
	n := 0
	for _, r := range w {
		if r >= 0x2E80 && (unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul)) {
			n++
		}
	}
	return n
}

// isTableRow is true for a line of at least three cells separated by runs of
// two or more spaces, as text browsers render table rows.
func isTableRow(s string) bool {
	cells := 1
	for i := 0; i+1 < len(s); i++ {
		if s[i] == ' ' && s[i+1] == ' ' {
			cells++
			for i+1 < len(s) && s[i+1] == ' ' {
				i++
			}
		}
	}
	return cells >= 3
}

// notWordRune is true for runes that separate words in phrase lookups: all
// but letters, digits and the apostrophe of "s'abonner".
func notWordRune(r rune) bool {
	return !unicode.IsLetter(r) && !unicode.IsNumber(r) && r != '\''
}
