package analyze

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parallax-news/parallax/internal/text"
)

// Figures finds the numbers body reports: quantities written in digits
// ("108", "1,000", "3.5", "5%", "$2bn") or words ("two hours", "a dozen",
// "half", "a million", "30-day", "hour-long"), each with the noun it counts
// or its unit, whether it is approximate ("nearly", "more than", "at
// least"), and who states it when the sentence says so ("…, the ministry
// said", "according to X"). Years, dates, times of day, ordinals, numbers
// inside names and codes ("G7", "Su-34", "Article 5"), phone numbers and page
// furniture are not reported.
//
// sents are body's sentences (text.Sentences); ents, when known, name the
// claimants (nil is fine).
func Figures(body string, sents []text.Sentence, ents []Entity) []Figure {
	if len(sents) == 0 {
		if strings.TrimSpace(body) == "" {
			return nil
		}
		sents = text.Sentences(body)
	}
	toks := text.Tokens(body)
	f := &figScan{body: body, ents: ents}
	ti := 0
	for si, s := range sents {
		for ti < len(toks) && toks[ti].Start < s.Start {
			ti++
		}
		tj := ti
		for tj < len(toks) && toks[tj].End <= s.End {
			tj++
		}
		f.sentence(si, s, toks[ti:tj])
		ti = tj
	}
	return f.out
}

// figScan holds the state of one Figures call.
type figScan struct {
	body   string
	ents   []Entity
	out    []Figure
	outSen []int // sentence index of each figure of out

	// the sentence being read
	si      int
	sent    text.Sentence
	toks    []text.Token
	low     []string
	quotes  [][2]int // byte ranges inside quotation marks
	claims  []figClaim
	claimed bool // claims computed
}

// figNumMatch is a number read at a token.
type figNumMatch struct {
	start, end int // token range of the number and its scale words
	value      float64
	word       bool   // written in words
	scaled     bool   // with a scale word or suffix ("million", "bn")
	hyphenUnit string // the unit written onto it ("30-day" → "day")
	yearLike   bool
	one        bool // the word "one" alone
	approx     bool // "20-odd", "10-15"
	half       bool // "half"
	suffixUnit string
	currency   string
	ok         bool
}

func (f *figScan) sentence(si int, s text.Sentence, toks []text.Token) {
	if len(toks) < 4 {
		return // headings and page furniture
	}
	f.si, f.sent, f.toks = si, s, toks
	f.claims, f.claimed, f.quotes = f.claims[:0], false, nil
	if cap(f.low) < len(toks) {
		f.low = make([]string, len(toks), 2*len(toks))
	}
	f.low = f.low[:len(toks)]
	for i, t := range toks {
		f.low[i] = strings.ToLower(t.Text)
	}
	for i := 0; i < len(toks); {
		m := f.number(i)
		if !m.ok {
			i++
			continue
		}
		if fig, ok := f.figure(m); ok {
			f.out = append(f.out, fig)
			f.outSen = append(f.outSen, si)
		}
		i = m.end
	}
}

// gap is the text between tokens a and b (a < b).
func (f *figScan) gap(a, b int) string { return f.body[f.toks[a].End:f.toks[b].Start] }

// spaced reports whether only white space separates tokens a and a+1.
func (f *figScan) spaced(a int) bool {
	if a < 0 || a+1 >= len(f.toks) {
		return false
	}
	return strings.TrimSpace(f.gap(a, a+1)) == ""
}

func figIsDigit(b byte) bool { return b >= '0' && b <= '9' }

// figParseDigits reads "1,000", "3.5", "1,234.5".
func figParseDigits(s string) (float64, bool) {
	if s == "" || !figIsDigit(s[0]) {
		return 0, false
	}
	intPart, frac, hasDot := strings.Cut(s, ".")
	if hasDot && (frac == "" || strings.ContainsAny(frac, ".,")) {
		return 0, false
	}
	if strings.Contains(intPart, ",") {
		groups := strings.Split(intPart, ",")
		if len(groups[0]) > 3 {
			return 0, false
		}
		for _, g := range groups[1:] {
			if len(g) != 3 {
				return 0, false
			}
		}
		intPart = strings.ReplaceAll(intPart, ",", "")
	}
	v, err := strconv.ParseFloat(intPart+"."+frac, 64)
	if !hasDot {
		v, err = strconv.ParseFloat(intPart, 64)
	}
	return v, err == nil
}

// figWordNumber reads a number word or a hyphenated compound ("twenty-five");
// it returns how many hyphen parts it used.
func figWordNumber(parts []string) (float64, int, bool) {
	v, ok := figSmallNumbers[parts[0]]
	if !ok {
		return 0, 0, false
	}
	if v >= 20 && v < 100 && int(v)%10 == 0 && len(parts) > 1 {
		if u, ok := figSmallNumbers[parts[1]]; ok && u > 0 && u < 10 {
			return v + u, 2, true
		}
	}
	return v, 1, true
}

// number reads the number at token i, with the scale words after it.
func (f *figScan) number(i int) figNumMatch {
	t, lw := f.toks[i], f.low[i]
	m := figNumMatch{start: i, end: i + 1}
	if figIsDigit(lw[0]) {
		n := 0
		for n < len(lw) && (figIsDigit(lw[n]) || lw[n] == ',' || lw[n] == '.') {
			n++
		}
		num, rest := lw[:n], lw[n:]
		v, ok := figParseDigits(num)
		if !ok {
			return m
		}
		if len(num) > 1 && num[0] == '0' && num[1] != '.' {
			return m // a code ("007")
		}
		m.value = v
		m.yearLike = len(num) == 4 && v >= 1500 && v <= 2100
		m.currency = f.currencyBefore(i)
		switch {
		case rest == "" && i+1 < len(f.toks) && strings.HasPrefix(f.gap(i, i+1), "°"):
			// "45.3°C", "110°F": degrees, the scale letter a token of its own.
			m.suffixUnit, m.yearLike = "degrees", false
			if l := f.low[i+1]; (l == "c" || l == "f") && len(f.gap(i, i+1)) <= len("°") {
				m.end = i + 2
			}
		case rest == "":
		case (rest == "c" || rest == "f") && !m.yearLike:
			m.suffixUnit = "degrees" // "44.8C"
		case rest[0] == '-' || strings.HasPrefix(rest, "–"):
			after := strings.TrimPrefix(strings.TrimPrefix(rest, "-"), "–")
			if after != "" && figIsDigit(after[0]) {
				// a range ("10-15"); not a score, a phone number or seasons
				hi, ok := figParseDigits(after)
				if !ok || m.yearLike || v == 0 || hi <= v || len(strings.ReplaceAll(num, ",", "")) > 3 && !strings.Contains(num, ",") {
					return m
				}
				m.approx = true
				break
			}
			seg, _, _ := strings.Cut(after, "-")
			if seg == "" || !unicode.IsLetter(rune(seg[0])) {
				return m
			}
			if approx, free := figHyphenFree[seg]; free || seg == "strong" {
				m.approx = approx
			} else {
				m.hyphenUnit = seg
				m.yearLike = false
			}
		default:
			switch {
			case m.currency != "" && figScaleSuffixes[rest] > 0:
				m.value *= figScaleSuffixes[rest]
				m.scaled = true
			case rest == "bn" || rest == "mn" || rest == "tn":
				m.value *= figScaleSuffixes[rest]
				m.scaled = true
			case figMeasureSuffixes[rest] && (rest == t.Text[n:] || strings.HasSuffix(rest, "w") || strings.HasSuffix(rest, "wh")):
				m.suffixUnit = rest
			default:
				return m // ordinals ("3rd"), decades ("1990s"), times ("7pm"), codes ("5G")
			}
			m.yearLike = false
		}
	} else {
		head, _, _ := strings.Cut(lw, "-")
		if _, ok := figSmallNumbers[head]; !ok && head != "a" && head != "an" && head != "half" && !figMeasureUnits[head] {
			return m // not a number word: the common case, without allocating
		}
		parts := strings.Split(lw, "-")
		switch {
		case len(parts) == 1 && (lw == "a" || lw == "an"):
			s := figScales[f.lowAt(i+1)]
			if s == 0 || !f.spaced(i) {
				return m
			}
			m.value, m.word, m.scaled, m.end = s, true, true, i+2
			f.moreScales(&m)
			m.ok = true
			return m
		case len(parts) == 1 && lw == "half":
			if i > 0 && figIn(f.low[i-1], "the", "first", "second", "other", "a", "an", "and", "one", "latter", "former") {
				return m
			}
			m.value, m.word, m.half = 0.5, true, true
			if f.spaced(i) && figIn(f.lowAt(i+1), "a", "an") && f.spaced(i+1) && figScales[f.lowAt(i+2)] > 1 {
				m.value *= figScales[f.lowAt(i+2)]
				m.scaled, m.half, m.end = true, false, i+3
			}
			m.ok = true
			return m
		case len(parts) == 2 && parts[1] == "long" && figMeasureUnits[parts[0]]:
			m.value, m.word, m.hyphenUnit, m.ok = 1, true, parts[0], true // "hour-long"
			return m
		}
		v, used, ok := figWordNumber(parts)
		if !ok {
			return m
		}
		if i > 0 && t.Capitalized() && !f.sentenceFirst(i) {
			return m // a name ("Air Force One", "Group of Seven")
		}
		m.value, m.word = v, true
		if used < len(parts) {
			seg := parts[used]
			if seg == "" || !unicode.IsLetter(rune(seg[0])) {
				return m
			}
			if approx, free := figHyphenFree[seg]; free || seg == "strong" {
				m.approx = approx
			} else {
				m.hyphenUnit = seg
			}
		}
		m.one = lw == "one"
	}
	if m.hyphenUnit == "" && m.suffixUnit == "" {
		f.moreScales(&m)
	}
	m.ok = true
	return m
}

// moreScales reads the scale words after a number ("two hundred thousand",
// "1.2 million", "two and a half").
func (f *figScan) moreScales(m *figNumMatch) {
	total, cur := 0.0, m.value
	j := m.end
	lastScale := false
	for j < len(f.toks) && f.spaced(j-1) {
		lw := f.low[j]
		if s := figScales[lw]; s > 0 {
			switch {
			case s == 100 || s == 12:
				cur *= s
			default:
				total += cur * s
				cur = 0
			}
			m.scaled, lastScale = true, true
			j++
			continue
		}
		if v, ok := figSmallNumbers[lw]; ok && m.word && lastScale && v > 0 {
			cur += v
			lastScale = false
			j++
			continue
		}
		if lw == "and" && j+1 < len(f.toks) && f.spaced(j) {
			next := f.low[j+1]
			if _, ok := figSmallNumbers[next]; ok && m.word && lastScale {
				j++
				continue
			}
			if next == "a" && f.lowAt(j+2) == "half" && f.spaced(j+1) {
				cur += 0.5
				j += 3
				break
			}
		}
		break
	}
	m.value = total + cur
	m.end = j
}

func figIn(w string, ws ...string) bool {
	for _, x := range ws {
		if w == x {
			return true
		}
	}
	return false
}

func (f *figScan) lowAt(i int) string {
	if i < 0 || i >= len(f.low) {
		return ""
	}
	return f.low[i]
}

// sentenceFirst reports whether token i opens the sentence (after any
// opening quote or bracket).
func (f *figScan) sentenceFirst(i int) bool {
	return i == 0 || strings.TrimLeft(f.body[f.sent.Start:f.toks[i].Start], " \"'“‘«([-–—•*") == "" ||
		strings.TrimRight(f.gap(i-1, i), " ") == ":"
}

func (f *figScan) currencyBefore(i int) string {
	r, _ := utf8.DecodeLastRuneInString(f.body[:f.toks[i].Start])
	return figCurrencies[r]
}

// charAfter and charBefore are the bytes next to token i ("" at the text's
// ends).
func (f *figScan) charAfter(i int) byte {
	if e := f.toks[i].End; e < len(f.body) {
		return f.body[e]
	}
	return 0
}

func (f *figScan) charBefore(i int) byte {
	if s := f.toks[i].Start; s > 0 {
		return f.body[s-1]
	}
	return 0
}

// figure turns a number into a Figure, or drops it (years, dates, names…).
func (f *figScan) figure(m figNumMatch) (Figure, bool) {
	i, e := m.start, m.end-1
	lwPrev := f.lowAt(i - 1)
	digits := !m.word
	if digits {
		// codes, phone numbers, times, dates, footnotes, labels
		if b, a := f.charBefore(i), f.charAfter(e); b == '+' || b == '#' || b == '/' || a == '/' ||
			a == ':' && e+1 < len(f.toks) && f.toks[e+1].Start == f.toks[e].End+1 ||
			b == ':' && i > 0 && f.toks[i-1].End == f.toks[i].Start-1 && figIsDigit(f.toks[i-1].Text[len(f.toks[i-1].Text)-1]) ||
			b == '[' && a == ']' || b == '.' && i > 0 && f.toks[i-1].End == f.toks[i].Start-1 {
			return Figure{}, false
		}
		if i > 0 && f.spaced(i-1) && figIsDigit(lwPrev[0]) || e+1 < len(f.toks) && f.spaced(e) && figIsDigit(f.low[e+1][0]) {
			return Figure{}, false // digit groups of a phone number or a code
		}
	}
	if i > 0 {
		prev := f.toks[i-1]
		if figMonthNames[prev.Text] || figMonthNames[strings.TrimSuffix(prev.Text, ".")] {
			return Figure{}, false // "May 19", "Monday 19"
		}
		if figNumberCues[lwPrev] && f.spaced(i-1) || lwPrev == "no" && strings.HasPrefix(f.gap(i-1, i), ".") {
			return Figure{}, false
		}
		if prev.Capitalized() && digits && m.hyphenUnit == "" && !m.scaled && m.currency == "" && !f.allowedCapBefore(i-1) &&
			(f.spaced(i-1) || strings.TrimSpace(f.gap(i-1, i)) == "-") {
			return Figure{}, false // "Article 5", "Boeing 737", "Formula 1"
		}
	}
	if e+1 < len(f.toks) {
		next := f.toks[e+1]
		if digits && (figMonthNames[next.Text] || figMonthNames[strings.TrimSuffix(next.Text, ".")]) && f.spaced(e) {
			return Figure{}, false // "19 May"
		}
		nl := f.low[e+1]
		if digits && f.spaced(e) && (figTimeAfter[nl] || (nl == "a" || nl == "p") && strings.HasPrefix(f.body[next.End:], ".m")) {
			return Figure{}, false // "7 pm", "7 a.m."
		}
		if (nl == "min" || nl == "mins" || nl == "minute") && f.lowAt(e+2) == "read" {
			return Figure{}, false
		}
	}
	if m.word && !m.scaled && m.hyphenUnit == "" && i > 0 && figDefiniteBefore[lwPrev] {
		return Figure{}, false // "the two leaders"
	}

	fig := Figure{Value: m.value, Approx: m.approx}
	pStart, pEnd := f.toks[i].Start, f.toks[e].End
	if m.currency != "" {
		_, w := utf8.DecodeLastRuneInString(f.body[:pStart])
		pStart -= w
		fig.Unit = m.currency
	}

	// approximation
	if a := f.approxStart(i); a >= 0 {
		fig.Approx = true
		pStart = f.toks[a].Start
	} else if i > 0 && strings.HasSuffix(strings.TrimRight(f.body[:f.toks[i].Start], " "), "~") {
		fig.Approx = true
		pStart = strings.LastIndex(f.body[:f.toks[i].Start], "~")
	}

	// unit
	unitTok := -1
	switch {
	case m.hyphenUnit != "":
		fig.Unit = m.hyphenUnit
	case m.suffixUnit != "":
		fig.Unit = m.suffixUnit
	case m.currency != "":
		if strings.HasPrefix(f.body[pEnd:], "%") {
			return Figure{}, false
		}
	default:
		var end int
		fig.Unit, end, unitTok = f.unitAt(e, m.value, m.half)
		if fig.Unit != "" {
			pEnd = end
		}
	}
	if fig.Unit == "" {
		k := e + 1 // the token after the number
		switch nl := f.lowAt(k); {
		case f.quotedNumber(pStart, e) && k < len(f.toks):
			// `killed "around 15" Kestany soldiers`: a number quoted from
			// a source, what it counts after the closing quote.
			if u := f.nounRun(k, m.value); u >= 0 {
				unitTok = u
				fig.Unit, pEnd = f.low[u], f.toks[u].End
			}
		case !f.spaced(e):
		case nl == "of" && f.spaced(k) && !m.scaled:
			// partitive: "93 of them", "two of the hospitals", "93 of 108 drones"
			r := f.lowAt(k + 1)
			if figPartitiveRefs[r] && !(k+2 < len(f.toks) && f.spaced(k+1) && f.unitRun(k+2, 2) >= 0) {
				fig.Unit = f.referent()
				pEnd = f.toks[k+1].End
				break
			}
			j := k + 1
			for j < len(f.toks) && f.spaced(j-1) && (figDeterminers[f.low[j]] || figIsDigit(f.low[j][0]) || strings.HasSuffix(f.low[j], "'s") || strings.HasSuffix(f.low[j], "’s")) {
				j++
			}
			if u := f.unitRun(j, 2); u >= 0 {
				unitTok = u
				fig.Unit, pEnd = f.low[u], f.toks[u].End
			}
		case m.half && (figDeterminers[nl] || nl == "a" || nl == "an"):
			if u := f.unitRun(k+1, 1); u >= 0 {
				unitTok = u
				fig.Unit, pEnd = f.low[u], f.toks[u].End
			}
		case figIn(nl, "to", "and", "or") && f.spaced(k) && k+1 < len(f.toks):
			// "5 to 10 people", "40 to 80 percent": the unit of the second number
			if n := f.number(k + 1); n.ok && n.word == m.word {
				if u, _, _ := f.unitAt(n.end-1, n.value, false); u != "" {
					fig.Unit = u
				} else if n.hyphenUnit != "" {
					fig.Unit = n.hyphenUnit
				}
			}
		}
	}
	if fig.Unit == "" && (lwPrev == "aged" || lwPrev == "age" ||
		i > 0 && digits && f.toks[i-1].Capitalized() && strings.TrimSpace(f.gap(i-1, i)) == "," && m.value < 120 && m.value >= 1 && figAgeEnd(f.body[pEnd:])) {
		fig.Unit = "years" // "aged 45", "John Smith, 45, of Leeds"
	}
	if m.currency != "" {
		fig.Unit = m.currency
	}

	// what is not a figure
	if m.one && !m.scaled && m.hyphenUnit == "" && !figMeasureUnits[fig.Unit] {
		return Figure{}, false // "one another", "one of the", "no one"
	}
	if m.yearLike && !m.scaled && m.currency == "" && !fig.Approx && fig.Unit != "percent" && !figMeasureUnits[fig.Unit] {
		// a year, unless it counts something and cannot be one: a plural
		// after it ("1500 troops") and no "in", "since", "the" before
		if m.value >= 1900 || unitTok < 0 || figTimePreps[lwPrev] || strings.HasSuffix(lwPrev, "'s") || strings.HasSuffix(lwPrev, "’s") ||
			!unicode.IsLower(rune(f.toks[unitTok].Text[0])) {
			return Figure{}, false
		}
	}
	if digits && fig.Unit == "" && !m.scaled && e+1 < len(f.toks) && f.spaced(e) && f.toks[e+1].Capitalized() {
		return Figure{}, false // a model or a name ("737 Max", "40 Under 40")
	}
	if m.word && m.value == 0 && fig.Unit == "" {
		return Figure{}, false // "zero in on"
	}
	if figFurnitureUnits[fig.Unit] && len(f.toks) < 8 {
		return Figure{}, false
	}
	if m.half && fig.Unit == "" && !fig.Approx && !m.scaled {
		return Figure{}, false // "half" without what it halves
	}

	fig.Phrase = f.body[pStart:pEnd]
	fig.Offsets = Span{Start: pStart, End: pEnd}
	fig.Sentence = f.sent.Text
	fig.ClaimedBy = f.claimFor(pStart, pEnd)
	return fig, true
}

// allowedCapBefore reports whether the capitalised token k may stand before a
// number that is a quantity (sentence-opening function words, approximators,
// possessives).
func (f *figScan) allowedCapBefore(k int) bool {
	lw := f.low[k]
	if h := strings.LastIndexByte(lw, '-'); h >= 0 && lw[h+1:] == f.toks[k].Text[h+1:] {
		return true // "US-proposed", "Russian-backed"
	}
	if figApproxBefore[lw] && !f.sentenceFirst(k) {
		return false // a title ("40 Under 40")
	}
	return figRunStops[lw] || figApproxBefore[lw] || figSubjectStops[lw] || figLeadingDrop[lw] ||
		figIn(lw, "another", "only", "some", "nearly", "almost", "roughly", "exactly", "just", "over", "those", "these", "with", "of", "for", "at", "least", "than", "estimated") ||
		strings.HasSuffix(lw, "'s") || strings.HasSuffix(lw, "’s")
}

// figCurrencySign reports a gap that is one currency sign ("$", "€").
func figCurrencySign(g string) bool {
	switch g {
	case "$", "€", "£", "¥", "US$", "A$", "C$":
		return true
	}
	return false
}

// overVerbs take "over" (or "around") as a particle: "handed over 48".
var overVerbs = figSet("handed hand hands handing turned turn turns turning took take takes taking passed pass signed sign " +
	"sign signs signing gave give gives giving brought bring carried carry flipped spun won")

// approxStart returns the first token of an approximation before token i, or
// -1.
func (f *figScan) approxStart(i int) int {
	// The word and the number may have a currency sign between them:
	// "more than $5bn", "approaching €2m".
	near := f.spaced(i-1) || i >= 1 && len(strings.TrimSpace(f.gap(i-1, i))) > 0 && figCurrencySign(strings.TrimSpace(f.gap(i-1, i)))
	if i >= 3 && f.spaced(i-3) && f.spaced(i-2) && near && figApproxTriples[f.low[i-3]+"+"+f.low[i-2]+"+"+f.low[i-1]] {
		return i - 3
	}
	if i >= 2 && f.spaced(i-2) && near && figApproxPairs[f.low[i-2]+"+"+f.low[i-1]] {
		return i - 2
	}
	if i >= 1 && near && figApproxBefore[f.low[i-1]] {
		if f.low[i-1] == "upwards" {
			return -1
		}
		// "handed over 48 prisoners", "took over 30 sites": a particle of
		// the verb, not "more than".
		if (f.low[i-1] == "over" || f.low[i-1] == "around") && i >= 2 && overVerbs[f.low[i-2]] {
			return -1
		}
		if i >= 2 && f.spaced(i-2) && figIn(f.low[i-2], "an", "just", "well") {
			return i - 2 // "an estimated", "just over"
		}
		return i - 1
	}
	return -1
}

// isPlural reports whether token k looks like a plural noun.
func (f *figScan) isPlural(k int) bool {
	t, lw := f.toks[k].Text, f.low[k]
	if figIrregularPlurals[lw] || len(lw) > 4 && strings.HasSuffix(lw, "men") {
		return true // "people", "fishermen"
	}
	if len(lw) < 3 || figNotPlural[lw] || strings.ToUpper(t) == t {
		return false
	}
	if !strings.HasSuffix(lw, "s") {
		return false
	}
	for _, suf := range []string{"ss", "us", "is", "'s", "’s", "ous"} {
		if strings.HasSuffix(lw, suf) {
			return false
		}
	}
	return true
}

// unitRun finds the head noun of the noun phrase starting at token j (the
// word after a number): the last plural of the run of words up to a
// function word or punctuation ("40 Kestrel drones" → drones), a unit
// ("20 km"), or for one of something its noun. It returns -1 when there is
// none.
func (f *figScan) unitRun(j int, value float64) int {
	if j <= 0 || j >= len(f.toks) || !f.spaced(j-1) {
		return -1
	}
	return f.nounRun(j, value)
}

// quotedNumber reports whether the number ending at token e, its phrase starting
// at byte pStart, stands alone in quotation marks: `"around 15" Kestany
// soldiers`.
func (f *figScan) quotedNumber(pStart, e int) bool {
	if e+1 >= len(f.toks) {
		return false
	}
	open := strings.TrimRight(f.body[:pStart], " ")
	return (strings.HasSuffix(open, `"`) || strings.HasSuffix(open, "“")) && figClosingQuote[f.gap(e, e+1)]
}

// figClosingQuote are the gaps of a closing quotation mark and a space.
var figClosingQuote = map[string]bool{`" `: true, "” ": true}

// nounRun is unitRun without the test that the run follows its number
// after a space.
func (f *figScan) nounRun(j int, value float64) int {
	if j <= 0 || j >= len(f.toks) {
		return -1
	}
	if figMeasureUnits[f.low[j]] && f.low[j] != "point" && f.low[j] != "degree" {
		return j
	}
	lastPlural, last := -1, -1
	for k := j; k < len(f.toks) && k < j+4; k++ {
		if k > j && !f.spaced(k-1) {
			break
		}
		lw := f.low[k]
		if figRunStops[lw] || figIsDigit(lw[0]) || figScales[lw] > 0 {
			break
		}
		if f.isPlural(k) {
			lastPlural = k
			continue
		}
		if lastPlural >= 0 {
			break // a verb or the next phrase
		}
		if strings.HasSuffix(lw, "ly") {
			break
		}
		last = k
	}
	if lastPlural >= 0 {
		return lastPlural
	}
	if value == 1 && last >= 0 && !strings.HasSuffix(f.low[last], "ed") && !strings.HasSuffix(f.low[last], "ing") {
		return last
	}
	return -1
}

// referent is the unit of the last figure of this or the previous sentence
// ("108 drones … destroyed 93 of them").
func (f *figScan) referent() string {
	for k := len(f.out) - 1; k >= 0 && f.outSen[k] >= f.si-1; k-- {
		if f.out[k].Unit != "" {
			return f.out[k].Unit
		}
	}
	return ""
}

// unitAt reads the unit after the number ending at token e: a per cent sign
// or word, or the head noun of the words after it. It returns the unit, the
// byte end of the phrase and the unit's token (-1 for a sign).
func (f *figScan) unitAt(e int, value float64, half bool) (string, int, int) {
	end := f.toks[e].End
	if strings.HasPrefix(f.body[end:], "%") {
		return "percent", end + 1, -1
	}
	k := e + 1
	if !f.spaced(e) {
		return "", end, -1
	}
	switch nl := f.low[k]; {
	case nl == "percent" || nl == "pct":
		return "percent", f.toks[k].End, k
	case nl == "percentage" && f.lowAt(k+1) == "points":
		return "percentage points", f.toks[k+1].End, k + 1
	case nl == "per" && f.lowAt(k+1) == "cent":
		return "percent", f.toks[k+1].End, k + 1
	case half:
		return "", end, -1
	}
	if figUnitAbbrevs[f.low[k]] {
		return f.low[k], f.toks[k].End, k
	}
	if u := f.unitRun(k, value); u >= 0 {
		return f.low[u], f.toks[u].End, u
	}
	return "", end, -1
}

// figAgeEnd reports whether an appositive number ends at the start of rest
// ("Carlineo, 55, of Addison", "Braun, 38 – who").
func figAgeEnd(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	return rest == "" || strings.HasPrefix(rest, ",") || strings.HasPrefix(rest, "–") || strings.HasPrefix(rest, "—") ||
		strings.HasPrefix(rest, ")") || strings.HasPrefix(rest, ".")
}
