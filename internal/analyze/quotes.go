package analyze

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parallax-news/parallax/internal/text"
)

// QuoteConfig holds the tuning numbers of the quote stage.
type QuoteConfig struct {
	// MinWords is the length from which quoted words are a quote without
	// a speech verb next to them; shorter ones are scare quotes or titles.
	MinWords int
	// VerbWindow is how many words may stand between a speech verb and a
	// short quote it introduces ("said the “next step”").
	VerbWindow int
	// TailWords is how far after a closing mark the attribution is looked
	// for (“…,” the Kremlin spokesman said).
	TailWords int
	// MaxQuoteBytes bounds an unclosed quote.
	MaxQuoteBytes int
	// PronounParagraphs is how many paragraphs back a pronoun may reach.
	PronounParagraphs int
	// MinIndirectWords is the shortest reported clause.
	MinIndirectWords int
	// OrgBackParagraphs is how many paragraphs back "the company" or "the
	// statement" may look for the body it stands for.
	OrgBackParagraphs int
	// BodyPhraseWords is how many words may stand between an owner's
	// possessive and the verb ("the EU's delegation in Ukraine said").
	BodyPhraseWords int
}

// DefaultQuoteConfig is the configuration Quotes uses.
var DefaultQuoteConfig = QuoteConfig{MinWords: 4, VerbWindow: 6, TailWords: 10, MaxQuoteBytes: 3000,
	PronounParagraphs: 1, MinIndirectWords: 4, OrgBackParagraphs: 12, BodyPhraseWords: 5}

// Quotes finds the quotes of body and their speakers.
func Quotes(body string, sents []text.Sentence, ents []Entity) []Quote {
	return QuotesWith(body, sents, ents, DefaultQuoteConfig)
}

// qspan is a stretch of quoted words: the marks at Open and Close (Close
// is len(body) or a paragraph end for an unclosed quote).
type qspan struct {
	open, ts, te, close int
	nested              bool
}

// mention is one mention of an entity.
type mention struct {
	start, end int
	ent        int
	poss       bool
}

// quoteCtx is what the quote rules read.
type quoteCtx struct {
	body    string
	sents   []text.Sentence
	ents    []Entity
	ments   []mention
	spans   []qspan
	toks    []text.Token
	cfg     QuoteConfig
	paraAt  []int // paragraph starts
	speaker map[int]string
}

// QuotesWith is Quotes with a given configuration. The rules, in order:
// quoted spans are found (quoteSpans); each becomes a direct quote when
// long enough or introduced by a speech verb; its speaker comes from the
// words after it (tail), the words before it (head), or, for a quote
// standing alone, the quote before it; then reported speech is read from
// the sentences without a direct quote (indirectQuotes).
func QuotesWith(body string, sents []text.Sentence, ents []Entity, cfg QuoteConfig) []Quote {
	q := &quoteCtx{body: body, sents: sents, ents: ents, cfg: cfg, toks: text.Tokens(body)}
	q.ments = mentionsOf(body, ents)
	q.spans = quoteSpans(body, cfg)
	q.paraAt = []int{0}
	for i := 0; ; {
		j := strings.Index(body[i:], "\n\n")
		if j < 0 {
			break
		}
		i += j + 2
		q.paraAt = append(q.paraAt, i)
	}
	var out []Quote
	quoted := map[int]bool{} // sentences with a direct quote
	prevSpeaker, prevEnd := "", -1
	for _, s := range q.spans {
		if s.nested {
			continue
		}
		qt, ok := q.direct(s, prevSpeaker, prevEnd)
		if !ok {
			continue
		}
		out = append(out, qt)
		for i, st := range sents {
			if st.End > s.open && st.Start < s.close {
				quoted[i] = true
			}
		}
		prevSpeaker, prevEnd = qt.Speaker, s.close
	}
	out = append(out, q.indirectQuotes(quoted)...)
	sort.SliceStable(out, func(a, b int) bool { return out[a].Offsets.Start < out[b].Offsets.Start })
	return out
}

// mentionsOf lists the mentions of ents in text order; of two that
// overlap the longer is kept ("a spokesman for … Keir Starmer" over
// "Keir Starmer").
func mentionsOf(body string, ents []Entity) []mention {
	var ms []mention
	for i, e := range ents {
		for _, m := range e.Mentions {
			rest := body[m.End:]
			poss := strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s") ||
				(strings.HasPrefix(rest, "'") || strings.HasPrefix(rest, "’")) && strings.HasSuffix(body[m.Start:m.End], "s")
			ms = append(ms, mention{m.Start, m.End, i, poss})
		}
	}
	sort.Slice(ms, func(a, b int) bool {
		if ms[a].start != ms[b].start {
			return ms[a].start < ms[b].start
		}
		return ms[a].end > ms[b].end
	})
	var out []mention
	for _, m := range ms {
		if len(out) > 0 && m.start < out[len(out)-1].end {
			continue
		}
		out = append(out, m)
	}
	return out
}

// quoteSpans finds quoted stretches: “…”, «…», ‘…’, "…" and '…'. An
// apostrophe (a letter after it) never closes a quote; a quote not closed
// in its paragraph ends with it; a quote inside another is nested.
func quoteSpans(body string, cfg QuoteConfig) []qspan {
	var out []qspan
	isLetter := func(i int) bool {
		if i < 0 || i >= len(body) {
			return false
		}
		r, _ := utf8.DecodeRuneInString(body[i:])
		return unicode.IsLetter(r) || unicode.IsDigit(r)
	}
	prevLetter := func(i int) bool {
		if i <= 0 {
			return false
		}
		r, _ := utf8.DecodeLastRuneInString(body[:i])
		return unicode.IsLetter(r) || unicode.IsDigit(r)
	}
	paraEnd := func(i int) int {
		j := strings.Index(body[i:], "\n\n")
		if j < 0 {
			return len(body)
		}
		return i + j
	}
	for i := 0; i < len(body); {
		r, w := utf8.DecodeRuneInString(body[i:])
		var closers string
		switch r {
		case '“':
			closers = "”"
		case '«':
			closers = "»"
		case '‘':
			if prevLetter(i) {
				i += w
				continue
			}
			closers = "’"
		case '"':
			if prevLetter(i) {
				i += w
				continue
			}
			closers = "\""
		case '\'':
			if prevLetter(i) || !isLetter(i+1) {
				i += w
				continue
			}
			closers = "'"
		default:
			i += w
			continue
		}
		end := paraEnd(i)
		if end-i > cfg.MaxQuoteBytes {
			end = i + cfg.MaxQuoteBytes
		}
		cl := -1
		for k := i + w; k < end; {
			c, cw := utf8.DecodeRuneInString(body[k:])
			if strings.ContainsRune(closers, c) && !(c != '”' && c != '»' && isLetter(k+cw)) && k > i+w {
				cl = k
				break
			}
			if r == '“' && c == '“' {
				break // a new quote opens: this one runs on
			}
			k += cw
		}
		s := qspan{open: i, ts: i + w}
		if cl < 0 {
			if r != '“' && r != '«' {
				i += w
				continue
			}
			e := end
			for k := i + w; k < end; {
				c, cw := utf8.DecodeRuneInString(body[k:])
				if c == '“' {
					e = k
					break
				}
				k += cw
			}
			s.te, s.close = e, e
		} else {
			_, cw := utf8.DecodeRuneInString(body[cl:])
			s.te, s.close = cl, cl+cw
		}
		for s.te > s.ts && strings.ContainsRune(" ,", rune(body[s.te-1])) {
			s.te--
		}
		for k := range out {
			if out[k].open < s.open && s.close <= out[k].close {
				s.nested = true
			}
		}
		out = append(out, s)
		if s.nested {
			i += w
		} else {
			i = s.close
		}
	}
	return out
}

func (q *quoteCtx) para(pos int) int {
	p := 0
	for p+1 < len(q.paraAt) && q.paraAt[p+1] <= pos {
		p++
	}
	return p
}

func (q *quoteCtx) sentAt(pos int) int {
	i := sort.Search(len(q.sents), func(i int) bool { return q.sents[i].End > pos })
	if i == len(q.sents) {
		return len(q.sents) - 1
	}
	return i
}

func (q *quoteCtx) inQuote(pos int) bool {
	for _, s := range q.spans {
		if pos >= s.ts && pos < s.te {
			return true
		}
	}
	return false
}

// tokensIn returns the words between a and b.
func (q *quoteCtx) tokensIn(a, b int) []text.Token {
	i := sort.Search(len(q.toks), func(i int) bool { return q.toks[i].Start >= a })
	j := i
	for j < len(q.toks) && q.toks[j].End <= b {
		j++
	}
	return q.toks[i:j]
}

// mentionsIn returns the mentions between a and b, outside quotes.
func (q *quoteCtx) mentionsIn(a, b int) []mention {
	var out []mention
	for _, m := range q.ments {
		if m.start >= a && m.end <= b && !q.inQuote(m.start) {
			out = append(out, m)
		}
	}
	return out
}

func speechTok(t text.Token) bool { return speechForms[strings.ToLower(t.Text)] }

// subjectBefore finds who speaks through the verb at pos: the nearest
// person before it in [from, pos) that is not a possessive ("Putin's
// pledge"), else the nearest organisation; a pronoun nearer than any
// of them is followed back to its person.
func (q *quoteCtx) subjectBefore(from, pos int) string {
	ms := q.mentionsIn(from, pos)
	pick := func(kinds ...string) *mention {
		for _, kind := range kinds {
			for k := len(ms) - 1; k >= 0; k-- {
				if !ms[k].poss && q.ents[ms[k].ent].Kind == kind {
					return &ms[k]
				}
			}
		}
		return nil
	}
	best := pick("person", "org")
	// "the Ukrainian air force said", "the Varnessan energy ministry
	// said": a body named by its country's adjective, which is no entity
	// (or, unknown, is taken for one).
	if bp, at := q.bodyBefore(from, pos); bp != "" && (best == nil || best.start >= at) {
		return bp
	}
	// A pronoun subject nearer than any name.
	toks := q.tokensIn(from, pos)
	for k := len(toks) - 1; k >= 0; k-- {
		t := toks[k]
		if best != nil && t.Start < best.end {
			break
		}
		if personPronouns[strings.ToLower(t.Text)] && !q.inQuote(t.Start) {
			return q.pronoun(t.Start)
		}
	}
	if best != nil {
		return q.ents[best.ent].Name
	}
	// A body owned by a name: "The European Union's delegation in Ukraine
	// said" is the EU; "Ukraine's air force said" is that phrase.
	if n := q.ownedBody(ms, pos); n != "" {
		return n
	}
	// A country or city as speaker only right before the verb ("Kyiv
	// said", "Veridian also said"), never one after a preposition.
	if len(ms) > 0 {
		m := ms[len(ms)-1]
		if !m.poss && q.ents[m.ent].Kind == "place" && onlyAdverbs(q.body[m.end:pos]) && !q.afterPrep(m.start) {
			return q.ents[m.ent].Name
		}
	}
	// "The company said", "the statement said": the body named before.
	return q.orgAnaphor(from, pos)
}

// verbAdverbs may stand between a subject and its speech verb.
var verbAdverbs = wordSet(`also|later|earlier|previously|then|separately|further|again|already`)

func onlyAdverbs(s string) bool {
	for _, w := range strings.Fields(s) {
		if !verbAdverbs[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// afterPrep says whether the word at pos follows a preposition ("in
// Ukraine").
func (q *quoteCtx) afterPrep(pos int) bool {
	f := strings.Fields(q.body[max(0, pos-12):pos])
	return len(f) > 0 && placePreps[strings.ToLower(f[len(f)-1])]
}

// bodyNouns are the bodies an owner's possessive names as a speaker
// ("the EU's delegation", "Ukraine's air force").
var bodyNouns = wordSet(`delegation|embassy|mission|office|ministry|force|forces|army|navy|military|
	government|parliament|police|council|committee|commission|agency|service|command|staff|
	department|cabinet|administration|authorities|prosecutors|regulator|leadership`)

// bodyPhrase reads toks, all of them, as "[the] Capitalised [two lower-case
// words at most] BODY" ("the Ukrainian air force", "the Varnessan energy
// ministry") and gives the phrase without "the", or "".
func (q *quoteCtx) bodyPhrase(toks []text.Token) string {
	if len(toks) > 0 && strings.EqualFold(toks[0].Text, "the") {
		toks = toks[1:]
	}
	if len(toks) < 2 || len(toks) > 4 {
		return ""
	}
	first := toks[0].Text
	if r, _ := utf8.DecodeRuneInString(first); !unicode.IsUpper(r) || strings.ToUpper(first) == first {
		return ""
	}
	for _, t := range toks[1:] {
		if t.Text != strings.ToLower(t.Text) {
			return ""
		}
	}
	if !bodyNouns[toks[len(toks)-1].Text] {
		return ""
	}
	return q.body[toks[0].Start:toks[len(toks)-1].End]
}

// bodyBefore finds a body phrase (bodyPhrase) ending right before pos,
// within [from, pos), and where it starts.
func (q *quoteCtx) bodyBefore(from, pos int) (string, int) {
	toks := q.tokensIn(from, pos)
	for n := 5; n >= 2; n-- {
		if n > len(toks) {
			continue
		}
		t := toks[len(toks)-n:]
		if strings.TrimSpace(q.body[t[len(t)-1].End:pos]) != "" {
			return "", 0
		}
		if bp := q.bodyPhrase(t); bp != "" {
			return bp, t[0].Start
		}
	}
	return "", 0
}

// ownedBody reads "OWNER's [words] BODY [in|at|to PLACE] VERB": an owner
// that is an organisation speaks through its body; a place's body is
// written out ("Ukraine's air force").
func (q *quoteCtx) ownedBody(ms []mention, pos int) string {
	for k := len(ms) - 1; k >= 0; k-- {
		m := ms[k]
		if !m.poss {
			continue
		}
		kind := q.ents[m.ent].Kind
		if kind != "org" && kind != "place" {
			return ""
		}
		after := q.tokensIn(m.end, pos)
		if len(after) < 1 || len(after) > q.cfg.BodyPhraseWords {
			return ""
		}
		body := -1
		for i, t := range after {
			l := strings.ToLower(t.Text)
			if bodyNouns[l] {
				body = i
				break
			}
			if t.Text != l || i >= 2 {
				return ""
			}
		}
		if body < 0 {
			return ""
		}
		rest := after[body+1:]
		if len(rest) > 0 && !(placePreps[strings.ToLower(rest[0].Text)] || strings.EqualFold(rest[0].Text, "to")) &&
			!onlyAdverbs(q.body[rest[0].Start:pos]) {
			return ""
		}
		if kind == "org" {
			return q.ents[m.ent].Name
		}
		return q.body[m.start:after[body].End]
	}
	return ""
}

// orgAnaphors are the nouns that stand for a body named before; each
// maps to what the antecedent's name must show: the noun itself in the
// name or right after it ("United Auto Workers union"), or for firms a
// company ending ("Inc", "Corp").
var orgAnaphors = wordSet(`ministry|department|commission|committee|council|union|agency|company|
	firm|carmaker|automaker|group|bank|court|office|service|institute|authority|regulator|
	statement|communique|report|study`)

var companyNouns = wordSet(`company|firm|carmaker|automaker|group|bank`)

var companyEndings = wordSet(`inc|corp|corporation|ltd|llc|plc|co|group|holdings|ag|sa|gmbh|nv|
	motors|airlines|bank|company|industries|technologies`)

// documentNouns stand for the author of a document named before ("a
// statement from the Foreign Ministry ... The statement said").
var documentNouns = wordSet(`statement|communique|report|study`)

// orgAnaphor reads "the NOUN [adverb] VERB" just before pos and gives
// the body it stands for, or "".
func (q *quoteCtx) orgAnaphor(from, pos int) string {
	toks := q.tokensIn(from, pos)
	k := len(toks) - 1
	for k >= 0 && verbAdverbs[strings.ToLower(toks[k].Text)] {
		k--
	}
	if k < 1 || !strings.EqualFold(toks[k-1].Text, "the") {
		return ""
	}
	noun := strings.ToLower(toks[k].Text)
	if !orgAnaphors[noun] || q.inQuote(toks[k].Start) {
		return ""
	}
	at := toks[k-1].Start
	if documentNouns[noun] {
		return q.documentAuthor(noun, at)
	}
	ms := q.mentionsIn(q.paraAt[max(0, q.para(at)-q.cfg.OrgBackParagraphs)], at)
	for i := len(ms) - 1; i >= 0; i-- {
		e := q.ents[ms[i].ent]
		if e.Kind == "person" {
			continue
		}
		if q.orgFits(e, ms[i], noun) {
			return e.Name
		}
	}
	return ""
}

// orgFits says whether the body e, mentioned at m, can be "the noun".
func (q *quoteCtx) orgFits(e Entity, m mention, noun string) bool {
	names := append([]string{e.Name}, e.Aliases...)
	for _, n := range names {
		ws := strings.Fields(strings.ToLower(strings.ReplaceAll(n, ".", "")))
		for _, w := range ws {
			if w == noun {
				return true
			}
		}
		if companyNouns[noun] && len(ws) > 1 && companyEndings[ws[len(ws)-1]] {
			return true
		}
	}
	next := strings.Fields(strings.ToLower(q.body[m.end:min(len(q.body), m.end+20)]))
	return len(next) > 0 && strings.Trim(next[0], ".,;:") == noun
}

// documentAuthor finds who issued the document "the noun" at pos stands
// for: "a statement from|by|of X", or "X said in a statement".
func (q *quoteCtx) documentAuthor(noun string, pos int) string {
	lo := q.paraAt[max(0, q.para(pos)-q.cfg.OrgBackParagraphs)]
	seg := strings.ToLower(q.body[lo:pos])
	for end := len(seg); end > 0; {
		i := strings.LastIndex(seg[:end], noun)
		if i < 0 {
			break
		}
		end = i
		at := lo + i + len(noun)
		f := strings.Fields(q.body[at:min(len(q.body), at+40)])
		if len(f) > 0 && (f[0] == "from" || f[0] == "by" || f[0] == "of") {
			for _, m := range q.mentionsIn(at, min(len(q.body), at+80)) {
				if q.ents[m.ent].Kind != "place" {
					return q.ents[m.ent].Name
				}
				break
			}
		}
		// "X said in a statement": the subject of that sentence.
		si := q.sentAt(at - 1)
		pre := q.tokensIn(q.sents[si].Start, lo+i)
		for k := len(pre) - 1; k >= 0; k-- {
			if speechTok(pre[k]) && !q.inQuote(pre[k].Start) {
				if n := q.subjectBefore(q.sents[si].Start, pre[k].Start); n != "" {
					return n
				}
				break
			}
		}
	}
	return ""
}

// pronoun follows "he" or "she" at pos back to a person: the nearest
// person before it in its sentence, else the first person (the subject)
// of each sentence before, no further back than PronounParagraphs.
func (q *quoteCtx) pronoun(pos int) string {
	si := q.sentAt(pos)
	ms := q.mentionsIn(q.sents[si].Start, pos)
	for k := len(ms) - 1; k >= 0; k-- {
		if !ms[k].poss && q.ents[ms[k].ent].Kind == "person" {
			return q.ents[ms[k].ent].Name
		}
	}
	if q.unnamedSubject(q.sents[si].Start, pos) {
		return ""
	}
	for s := si - 1; s >= 0; s-- {
		if q.para(pos)-q.para(q.sents[s].Start) > q.cfg.PronounParagraphs {
			break
		}
		for _, m := range q.mentionsIn(q.sents[s].Start, q.sents[s].End) {
			if !m.poss && q.ents[m.ent].Kind == "person" {
				return q.ents[m.ent].Name
			}
		}
		// "One of the released soldiers, a young marine, said he ...": the
		// pronoun's antecedent has no name, so neither has the speaker.
		if q.unnamedSubject(q.sents[s].Start, q.sents[s].End) {
			return ""
		}
		if n, ok := q.speaker[s]; ok && n != "" {
			return n
		}
	}
	return ""
}

// indefiniteOpeners open a subject that names nobody ("A woman", "One
// resident", "Another witness").
var indefiniteOpeners = wordSet(`a|an|one|another`)

// unnamedSubject says whether the words in [a, b), outside quotes, open
// with an indefinite noun phrase as subject: "One of the soldiers, a young
// marine, said", "A woman who lost her flat said".
func (q *quoteCtx) unnamedSubject(a, b int) bool {
	for _, t := range q.tokensIn(a, b) {
		if q.inQuote(t.Start) {
			continue
		}
		return indefiniteOpeners[strings.ToLower(t.Text)]
	}
	return false
}

// according finds "according to X" in [a, b).
func (q *quoteCtx) according(a, b int) (string, bool) {
	seg := strings.ToLower(q.body[a:b])
	k := strings.Index(seg, "according to ")
	if k < 0 {
		return "", false
	}
	if bp := q.bodyPhrase(q.tokensIn(a+k+len("according to "), b)); bp != "" {
		return bp, true
	}
	for _, m := range q.mentionsIn(a+k, b) {
		if m.start-(a+k) > 60 {
			break
		}
		if !m.poss || true {
			return q.ents[m.ent].Name, true
		}
	}
	return "", false
}

// direct reads one quoted span: is it a quote, and who said it.
func (q *quoteCtx) direct(s qspan, prevSpeaker string, prevEnd int) (Quote, bool) {
	body := q.body
	txt := body[s.ts:s.te]
	words := len(strings.Fields(txt))
	if words == 0 {
		return Quote{}, false
	}
	sa, sb := q.sentAt(s.open), q.sentAt(max(s.close-1, s.open))
	headStart := q.sents[sa].Start
	head := body[headStart:s.open]
	tailEnd := q.sents[sb].End
	for _, o := range q.spans {
		if o.open >= s.close && o.open < tailEnd && !o.nested {
			tailEnd = o.open
			break
		}
	}
	if tailEnd < s.close {
		tailEnd = s.close
	}
	tail := body[s.close:tailEnd]
	speaker, verbNear, found := "", false, false

	// 1. Tail: “…,” Peskov said / said Taylor / he wrote / the ISW stated.
	ttoks := q.tokensIn(s.close, tailEnd)
	for k, t := range ttoks {
		if k >= q.cfg.TailWords {
			break
		}
		if strings.EqualFold(t.Text, "according") {
			if n, ok := q.according(t.Start, tailEnd); ok {
				speaker, found, verbNear = n, true, k <= 2
			}
			break
		}
		if !speechTok(t) {
			continue
		}
		verbNear, found = k <= 4, true
		speaker = q.subjectBefore(s.close, t.Start)
		if speaker == "" && k > 0 && (strings.EqualFold(ttoks[k-1].Text, "and") || strings.EqualFold(ttoks[k-1].Text, "but")) {
			// "Putin described the call as “…” and said …": the subject
			// of the sentence.
			speaker = q.subjectBefore(headStart, s.open)
			break
		}
		if speaker == "" && !hearerVerbs[strings.ToLower(t.Text)] {
			// Verb first: said Taylor, said Kremlin aide Yury Ushakov.
			for _, m := range q.mentionsIn(t.End, tailEnd) {
				if q.ents[m.ent].Kind != "place" && m.start-t.End < 60 {
					speaker = q.ents[m.ent].Name
				}
				break
			}
		}
		break
	}
	// 2. Head: Peskov said, “…” / with Peskov stating, “…” / cited X as telling.
	if !found {
		htoks := q.tokensIn(headStart, s.open)
		for k := len(htoks) - 1; k >= 0; k-- {
			t := htoks[k]
			if strings.EqualFold(t.Text, "according") {
				if n, ok := q.according(t.Start, s.open); ok {
					speaker, found, verbNear = n, true, len(htoks)-1-k <= q.cfg.VerbWindow+2
				}
				break
			}
			if !speechTok(t) || q.inQuote(t.Start) {
				continue
			}
			found = true
			verbNear = len(htoks)-1-k <= q.cfg.VerbWindow
			speaker = q.subjectBefore(headStart, t.Start)
			if speaker == "" && k > 0 && strings.EqualFold(htoks[k-1].Text, "as") {
				// "cited X as saying": X sits between.
				for _, m := range q.mentionsIn(headStart, t.Start) {
					speaker = q.ents[m.ent].Name
				}
			}
			break
		}
		_ = head
	}
	// 3. A quote standing alone continues the quote before it.
	alone := strings.Trim(head, " \t\n") == "" && strings.Trim(tail, " \t\n.,;:!?—–-") == ""
	if !found && alone {
		// 3a. A person newly named as speaker in the sentence before
		// ("Fiona MacLeod, the crews' solicitor, said ...") takes it: the
		// quote before never reaches across that name.
		if n, ok := q.newSpeakerBefore(sa, prevSpeaker, prevEnd); ok {
			speaker, found, verbNear = n, true, true
		}
	}
	if !found && alone && prevEnd >= 0 && q.para(s.open)-q.para(prevEnd) <= 1 && q.sentAt(prevEnd-1) >= sa-2 {
		speaker, found, verbNear = prevSpeaker, true, true
	}
	// Short quoted words are scare quotes or titles unless a speech verb
	// introduces them.
	long := words >= q.cfg.MinWords || strings.ContainsAny(strings.TrimRight(txt, ".!?"), ".!?")
	if !long && !(found && verbNear) {
		return Quote{}, false
	}
	if q.speaker == nil {
		q.speaker = map[int]string{}
	}
	for i := sa; i <= sb; i++ {
		q.speaker[i] = speaker
	}
	sentence := body[q.sents[sa].Start:max(q.sents[sb].End, s.close)]
	return Quote{Text: txt, Speaker: speaker, Direct: true, Sentence: sentence, Offsets: Span{s.ts, s.te}}, true
}

// newSpeakerBefore reads the sentence before sentence sa (in the same or
// the previous paragraph, after the quote before, which ends at prevEnd):
// when a speech verb there has a named person other than prev as subject,
// that person is the speaker of a quote standing alone after it.
func (q *quoteCtx) newSpeakerBefore(sa int, prev string, prevEnd int) (string, bool) {
	if sa == 0 {
		return "", false
	}
	st := q.sents[sa-1]
	if st.End <= prevEnd || q.para(q.sents[sa].Start)-q.para(st.Start) > 1 {
		return "", false
	}
	for _, t := range q.tokensIn(st.Start, st.End) {
		if !indirectVerbs[strings.ToLower(t.Text)] || q.inQuote(t.Start) {
			continue
		}
		for _, m := range q.mentionsIn(st.Start, t.Start) {
			if !m.poss && q.ents[m.ent].Kind == "person" && q.ents[m.ent].Name != prev {
				if n := q.subjectBefore(st.Start, t.Start); n == q.ents[m.ent].Name {
					return n, true
				}
			}
		}
		return "", false
	}
	return "", false
}

// hearerVerbs take the hearer after them ("told Interfax"): the words
// after such a verb never name its speaker.
var hearerVerbs = wordSet(`told|tells|telling`)

// indirectVerbs introduce reported speech.
var indirectVerbs = wordSet(`said|says|told|tells|stated|states|added|adds|claimed|claims|announced|
	announces|warned|warns|insisted|insists|stressed|stresses|noted|notes|confirmed|confirms|argued|
	argues|wrote|writes|acknowledged|acknowledges|admitted|admits|denied|denies|suggested|suggests|
	stating|saying|telling|adding|claiming|warning|insisting|stressing|noting|arguing|emphasized|
	emphasised|emphasizing|emphasising|asserted|asserts|declared|declares|explained|explains|
	maintained|maintains|reiterated|predicted|alleged|alleges|conceded|concedes`)

// passiveAux before a reporting verb make it passive ("were told", "was
// being asked").
var passiveAux = wordSet(`was|were|been|being|is|are|be|get|got`)

var clauseStarters = wordSet(`on|in|at|during|after|before|late|early|earlier|later|last|this|via|while|
	through|from|to|with|for|by|as|of|about|yesterday|today|tonight|overnight|then`)

// indirectQuotes reads reported speech in the sentences without a direct
// quote. Rules, in order:
//  1. "CLAUSE, said X." and "CLAUSE, X said." — the clause before;
//  2. "X said (on Monday) (that) CLAUSE" — the clause after, X the
//     nearest subject before the verb;
//  3. "According to X, CLAUSE" and "CLAUSE, according to X".
func (q *quoteCtx) indirectQuotes(quoted map[int]bool) []Quote {
	var out []Quote
	for si, st := range q.sents {
		if quoted[si] {
			continue
		}
		toks := q.tokensIn(st.Start, st.End)
		if len(toks) < q.cfg.MinIndirectWords+2 {
			continue
		}
		if qt, ok := q.reportedBefore(si, toks); ok {
			out = append(out, qt)
			continue
		}
		if qt, ok := q.reportedAfter(si, toks); ok {
			out = append(out, qt)
		}
	}
	return out
}

func trimClause(body string, a, b int) (int, int) {
	for a < b && strings.ContainsRune(" ,:;—–-", rune(body[a])) {
		a++
	}
	for b > a && strings.ContainsRune(" ,.;:!?", rune(body[b-1])) {
		b--
	}
	return a, b
}

// notSubject says whether the words before a closing speech verb cannot be
// its subject: they hold a number or open with a conjunction or negation.
func notSubject(toks []text.Token) bool {
	switch strings.ToLower(toks[0].Text) {
	case "not", "but", "and", "or", "than", "while", "as", "which", "that", "who":
		return true
	}
	for _, t := range toks {
		if strings.IndexFunc(t.Text, unicode.IsDigit) >= 0 {
			return true
		}
	}
	return false
}

// lastClauseComma is the offset of the last comma of s that is not a
// thousands separator ("4,500"), or -1.
func lastClauseComma(s string) int {
	for i := len(s) - 1; i >= 0; i-- {
		i = strings.LastIndex(s[:i+1], ",")
		if i < 0 {
			return -1
		}
		if !(i > 0 && i+1 < len(s) && s[i-1] >= '0' && s[i-1] <= '9' && s[i+1] >= '0' && s[i+1] <= '9') {
			return i
		}
	}
	return -1
}

// reportedBefore is rules 1 and 3 with the attribution at the end.
func (q *quoteCtx) reportedBefore(si int, toks []text.Token) (Quote, bool) {
	st := q.sents[si]
	comma := lastClauseComma(st.Text)
	if comma < 0 {
		return Quote{}, false
	}
	tailStart := st.Start + comma + 1
	tail := q.tokensIn(tailStart, st.End)
	if len(tail) == 0 || len(tail) > 9 {
		return Quote{}, false
	}
	speaker := ""
	ok := false
	if strings.EqualFold(tail[0].Text, "according") {
		speaker, ok = q.according(tailStart, st.End)
	} else {
		for v, t := range tail {
			if indirectVerbs[strings.ToLower(t.Text)] {
				// "Anna Berg, the head of the agency, said the talks would
				// go on": what follows the verb is what was said, not who
				// said it (rule 2).
				if v == 0 && q.saidClause(tail[1:], t.End, st.End) {
					return Quote{}, false
				}
				// "…, not the 4,500 the company announced": the verb is in
				// a clause of the sentence, not an attribution closing it.
				if v > 0 && notSubject(tail[:v]) {
					return Quote{}, false
				}
				ok = true
				speaker = q.subjectBefore(tailStart, t.Start)
				if speaker == "" && !hearerVerbs[strings.ToLower(t.Text)] {
					for _, m := range q.mentionsIn(t.End, st.End) {
						if q.ents[m.ent].Kind != "place" {
							speaker = q.ents[m.ent].Name
						}
						break
					}
				}
				break
			}
		}
	}
	if !ok {
		return Quote{}, false
	}
	end := st.Start + comma
	// "The talks would go on, Anna Berg, the head of the agency, said":
	// the speaker and the role stand in commas before the verb.
	if speaker == "" {
		if m, ok := q.appositiveSpeaker(st.Start, end); ok {
			speaker, end = q.ents[m.ent].Name, m.start
		}
	}
	a, b := trimClause(q.body, st.Start, end)
	if len(strings.Fields(q.body[a:b])) < q.cfg.MinIndirectWords {
		return Quote{}, false
	}
	return Quote{Text: q.body[a:b], Speaker: speaker, Sentence: st.Text, Offsets: Span{a, b}}, true
}

// saidClause says whether the words after a speech verb that follows the
// sentence's last comma are a clause rather than the speaker: more than
// three words, naming nobody, not opening with a role ("a spokesman for
// the ministry").
func (q *quoteCtx) saidClause(after []text.Token, from, to int) bool {
	if len(after) <= 3 || len(q.mentionsIn(from, to)) > 0 {
		return false
	}
	for k := 0; k < len(after) && k < 3; k++ {
		l := strings.ToLower(after[k].Text)
		if roleNouns[l] || titleWords[l] {
			return false
		}
	}
	return true
}

// appositiveSpeaker finds a person named, with a role after it in commas,
// just before position end ("…, Anna Berg, the head of the agency"): the
// last mention of a person in [from, end), eight words or fewer from end,
// that stands right after a comma and before one.
func (q *quoteCtx) appositiveSpeaker(from, end int) (mention, bool) {
	ms := q.mentionsIn(from, end)
	for k := len(ms) - 1; k >= 0; k-- {
		m := ms[k]
		if q.ents[m.ent].Kind != "person" || m.poss {
			continue
		}
		after := strings.TrimLeft(q.body[m.end:end], " ")
		if len(strings.Fields(after)) > 8 {
			break
		}
		before := strings.TrimRight(q.body[from:m.start], " ")
		if strings.HasSuffix(before, ",") && strings.HasPrefix(after, ",") {
			return m, true
		}
	}
	return mention{}, false
}

// reportedAfter is rules 2 and 3 with the attribution first.
func (q *quoteCtx) reportedAfter(si int, toks []text.Token) (Quote, bool) {
	st := q.sents[si]
	for k, t := range toks {
		l := strings.ToLower(t.Text)
		if l == "according" && k+1 < len(toks) && strings.EqualFold(toks[k+1].Text, "to") {
			comma := strings.Index(q.body[t.End:st.End], ",")
			if comma < 0 || k > 1 {
				continue
			}
			speaker, _ := q.according(t.Start, t.End+comma)
			a, b := trimClause(q.body, t.End+comma+1, st.End)
			if speaker == "" || len(strings.Fields(q.body[a:b])) < q.cfg.MinIndirectWords {
				return Quote{}, false
			}
			return Quote{Text: q.body[a:b], Speaker: speaker, Sentence: st.Text, Offsets: Span{a, b}}, true
		}
		if !indirectVerbs[l] || q.inQuote(t.Start) {
			continue
		}
		// "Residents were being told to move": a passive names no speaker.
		if k > 0 && passiveAux[strings.ToLower(toks[k-1].Text)] {
			continue
		}
		// The clause: after "that" when it comes soon, else straight after
		// the verb (after the hearer of "told").
		start := k + 1
		thatAt := -1
		for m := k + 1; m < len(toks) && m <= k+8; m++ {
			if strings.EqualFold(toks[m].Text, "that") {
				thatAt = m
				break
			}
			if strings.ContainsAny(q.body[toks[m-1].End:toks[m].Start], ".;") {
				break
			}
		}
		if thatAt >= 0 {
			start = thatAt + 1
		} else {
			if l == "told" || l == "tells" || l == "telling" {
				start = k + 2
			}
			if start >= len(toks) || clauseStarters[strings.ToLower(toks[start].Text)] {
				continue
			}
		}
		if start >= len(toks) {
			continue
		}
		speaker := q.subjectBefore(st.Start, t.Start)
		if speaker == "" && k == 0 {
			continue
		}
		a, b := trimClause(q.body, toks[start].Start, st.End)
		if len(strings.Fields(q.body[a:b])) < q.cfg.MinIndirectWords {
			continue
		}
		return Quote{Text: q.body[a:b], Speaker: speaker, Sentence: st.Text, Offsets: Span{a, b}}, true
	}
	return Quote{}, false
}
