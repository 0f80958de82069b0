package analyze

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parallax-news/parallax/internal/text"
)

// EntityConfig holds the tuning numbers of the entity stage.
type EntityConfig struct {
	// MaxNameWords is the longest person name kept (words after titles).
	MaxNameWords int
	// MaxRoleWords is how many qualifier words may precede a role noun
	// ("Kremlin presidential aide").
	MaxRoleWords int
	// MinKeep is the evidence an entity needs to be kept.
	MinKeep float64
	// Cue weights.
	Title, RoleBefore, Apposition, SpeechNear, GivenName, MultiWord     float64
	OrgWord, Acronym, OrgNoun, Gazetteer, PlaceWord, PlacePrep, PlaceOf float64
}

// DefaultEntityConfig is the configuration Entities uses.
var DefaultEntityConfig = EntityConfig{
	MaxNameWords: 4, MaxRoleWords: 3, MinKeep: 1,
	Title: 3, RoleBefore: 2, Apposition: 2, SpeechNear: 1, GivenName: 2, MultiWord: 0.5,
	OrgWord: 3, Acronym: 1.5, OrgNoun: 2, Gazetteer: 3, PlaceWord: 3, PlacePrep: 1, PlaceOf: 2,
}

// etok is a word of the body with what the entity rules ask of it.
type etok struct {
	text, lower string
	start, end  int // of the word without a possessive ending
	cap         bool
	poss        bool // written with 's
	sent        int
	first       bool // opens its sentence (after any quote mark)
}

// cand is one written mention of a possible entity.
type cand struct {
	start, end   int
	words        []string
	role         string // role phrase written with it ("Kremlin spokesman")
	roleQ        string // the role's qualifier (country or body), folded
	roleClass    string
	roleMods     []string
	titled       string // the form with its title ("President Trump")
	sent         int
	person       float64
	org, place   float64
	ti, tj       int // token range of the name
	group        int
	descriptions []string
}

// Entities finds the people, organisations and places of body.
func Entities(body string, sents []text.Sentence) []Entity {
	return EntitiesWith(body, sents, DefaultEntityConfig)
}

// EntitiesWith is Entities with a given configuration. The stages run in
// order: words, capitalised runs, title and role splitting, cue scoring,
// grouping of variants, role descriptions, and the choice of names.
func EntitiesWith(body string, sents []text.Sentence, cfg EntityConfig) []Entity {
	toks := entityTokens(body, sents)
	cands := nameRuns(body, toks, cfg)
	for i := range cands {
		scoreCues(body, toks, &cands[i], cfg)
	}
	groups := groupCands(cands)
	groups = mergePersons(groups, cands)
	groups = mergeOrgs(body, groups, cands)
	ents, roles := finishGroups(groups, cands, cfg)
	ents = roleDescriptions(body, toks, ents, roles, cfg)
	for i := range ents {
		sort.Slice(ents[i].Mentions, func(a, b int) bool { return ents[i].Mentions[a].Start < ents[i].Mentions[b].Start })
	}
	sort.SliceStable(ents, func(a, b int) bool { return ents[a].Mentions[0].Start < ents[b].Mentions[0].Start })
	return ents
}

// entityTokens splits body into words: possessive endings cut off and
// marked, hyphenated compounds split ("Trump-Putin"), "U.S." kept whole.
func entityTokens(body string, sents []text.Sentence) []etok {
	raw := text.Tokens(body)
	var out []etok
	si := 0
	add := func(s string, start int) {
		for si < len(sents)-1 && start >= sents[si].End {
			si++
		}
		t := etok{text: s, start: start, end: start + len(s), sent: si}
		for _, suf := range []string{"'s", "’s", "'", "’"} {
			if strings.HasSuffix(t.text, suf) && len(t.text) > len(suf) {
				t.text, t.end, t.poss = t.text[:len(t.text)-len(suf)], t.end-len(suf), true
				break
			}
		}
		t.lower = strings.ToLower(t.text)
		r, _ := utf8.DecodeRuneInString(t.text)
		t.cap = unicode.IsUpper(r)
		// First of its sentence, or just after an opening quote mark.
		t.first = len(out) == 0 || out[len(out)-1].sent != si
		if !t.first {
			b := body[:t.start]
			t.first = strings.HasSuffix(b, "“") || strings.HasSuffix(b, " \"") || strings.HasSuffix(b, "«") || strings.HasSuffix(b, "‘")
		}
		out = append(out, t)
	}
	for i := 0; i < len(raw); i++ {
		w := raw[i]
		// U.S., U.K., U.N.: single capitals joined by dots.
		if len(w.Text) == 1 && unicode.IsUpper(rune(w.Text[0])) && w.End < len(body) && body[w.End] == '.' &&
			i+1 < len(raw) && raw[i+1].Start == w.End+1 && len(raw[i+1].Text) == 1 {
			end := raw[i+1].End
			if end < len(body) && body[end] == '.' {
				end++
			}
			for si < len(sents)-1 && w.Start >= sents[si].End {
				si++
			}
			out = append(out, etok{text: body[w.Start:end], lower: strings.ToLower(body[w.Start:end]), start: w.Start, end: end, cap: true, sent: si})
			i++
			continue
		}
		// "Trump-Putin" names two; "Marta Ruiz-Ostrander", after a first
		// name, is one double-barrelled surname and stays whole.
		afterName := i > 0 && raw[i-1].End == w.Start-1 && body[raw[i-1].End] == ' ' && isCapWord(raw[i-1].Text)
		if strings.Contains(w.Text, "-") && !(afterName && isCapWord(w.Text)) {
			off := w.Start
			for _, p := range strings.Split(w.Text, "-") {
				if p != "" {
					add(p, off)
				}
				off += len(p) + 1
			}
			continue
		}
		add(w.Text, w.Start)
	}
	return out
}

// gapJoins reports whether two words are written next to each other in one
// name: separated by spaces only.
func gapJoins(body string, a, b etok) bool {
	if a.poss || a.sent != b.sent {
		return false
	}
	g := body[a.end:b.start]
	return g != "" && strings.Trim(g, " \t") == ""
}

var nameConnectors = wordSet(`of|for|de|da|di|del|van|von|der|bin|al|la|le|on`)

// nameRuns finds the runs of capitalised words and splits each into a
// title or role and a name.
func nameRuns(body string, toks []etok, cfg EntityConfig) []cand {
	capMid := map[string]bool{}
	for _, t := range toks {
		if t.cap && !t.first {
			capMid[t.lower] = true
		}
	}
	var out []cand
	for i := 0; i < len(toks); {
		if !toks[i].cap {
			i++
			continue
		}
		j := i + 1
		hasCue := func() bool {
			for k := i; k < j; k++ {
				if orgWords[toks[k].lower] || titleWords[toks[k].lower] {
					return true
				}
			}
			return false
		}
		for j < len(toks) {
			if toks[j].cap && gapJoins(body, toks[j-1], toks[j]) {
				j++
				continue
			}
			// "Institute for the Study of War", "Secretary of State".
			if nameConnectors[toks[j].lower] && gapJoins(body, toks[j-1], toks[j]) && hasCue() {
				k := j + 1
				if k < len(toks) && toks[k].lower == "the" && gapJoins(body, toks[j], toks[k]) {
					k++
				}
				if k < len(toks) && toks[k].cap && gapJoins(body, toks[k-1], toks[k]) {
					j = k + 1
					continue
				}
			}
			break
		}
		// Words capitalised only because they open the sentence.
		s := i
		for s < j && (nonNames[toks[s].lower] || toks[s].first && !capMid[toks[s].lower] && !givenNames[toks[s].lower] &&
			!places[toks[s].lower] && !orgWords[toks[s].lower] && !titled(toks, s, j) && !(s+1 < len(toks) && speechForms[toks[s+1].lower]) &&
			!(s == i && j-i == 2 && roleAppositive(body, toks, j))) {
			s++
		}
		if s < j {
			out = append(out, splitRun(body, toks, s, j, cfg)...)
		}
		i = j
	}
	return out
}

// roleAppositive says whether the run ending before token j is followed by
// a role in commas ("Bruno Carrante, chief of the volunteer brigade,"): the
// run is a person's name, its first word too, though it opens a sentence.
func roleAppositive(body string, toks []etok, j int) bool {
	// (The role is in lower case: in "Last Tuesday, President Macron
	// said" the title opens the next clause.)
	if j >= len(toks) || j == 0 || strings.TrimSpace(body[toks[j-1].end:toks[j].start]) != "," || toks[j].cap {
		return false
	}
	for k := j; k < len(toks) && k < j+5 && toks[k].sent == toks[j-1].sent; k++ {
		if titleWords[toks[k].lower] {
			return true
		}
		if k > j && strings.Contains(body[toks[k-1].end:toks[k].start], ",") {
			return false
		}
	}
	return false
}

// titled says whether the run from s to j opens with titles before a
// name ("Foreign Minister Olexandr Kovalenko" at a sentence's start).
func titled(toks []etok, s, j int) bool {
	k := s
	for k < j && (titleWords[toks[k].lower] || titleModifiers[toks[k].lower] && toks[k].lower != "the") {
		k++
	}
	return k > s && k < j && titleWords[toks[k-1].lower] && j-k >= 1
}

// splitRun splits a run into a title prefix and a name ("Russian President
// | Vladimir Putin"); an organisation in the prefix ("White House") is a
// mention of its own.
func splitRun(body string, toks []etok, i, j int, cfg EntityConfig) []cand {
	var out []cand
	split := -1
	for k := j - 2; k >= i; k-- {
		if titleWords[toks[k].lower] {
			split = k
			break
		}
	}
	hasOrg := false
	for k := i; k < j; k++ {
		if orgWords[toks[k].lower] {
			hasOrg = true
		}
	}
	if split >= 0 {
		// "Professor Anita Rao of King's College": the name stops at a
		// connector that follows at least one name word; what comes after
		// is a body of its own (kept only when whole, not cut at a 's).
		for k := split + 2; k < j; k++ {
			if !nameConnectors[toks[k].lower] {
				continue
			}
			clean := true
			for m := split + 1; m < k; m++ {
				clean = clean && !orgWords[toks[m].lower] && !titleWords[toks[m].lower] && toks[m].cap
			}
			if clean && k+1 < j {
				out := splitRun(body, toks, i, k, cfg)
				r := k + 1
				if toks[r].lower == "the" {
					r++
				}
				if r < j && !toks[j-1].poss {
					out = append(out, splitRun(body, toks, r, j, cfg)...)
				}
				return out
			}
			break
		}
		name := true
		for k := split + 1; k < j; k++ {
			if orgWords[toks[k].lower] || titleWords[toks[k].lower] || nameConnectors[toks[k].lower] || toks[k].lower == "the" {
				name = false
			}
		}
		if !name {
			split = -1
		}
	}
	if split < 0 {
		// A run of titles alone, or a lone demonym, names nobody.
		all := true
		for k := i; k < j; k++ {
			if !titleWords[toks[k].lower] && !titleModifiers[toks[k].lower] {
				all = false
			}
		}
		if all && !hasOrg {
			return nil
		}
		if j-i == 1 {
			if _, ok := demonyms[toks[i].lower]; ok && !places[toks[i].lower] {
				return nil
			}
		}
		c := newCand(toks, i, j)
		if !hasOrg && j-i > cfg.MaxNameWords {
			return nil
		}
		return []cand{c}
	}
	// The prefix's leading body ("White House" of "White House National
	// Security Adviser") is a mention of its own.
	lead := i
	for lead <= split && !titleWords[toks[lead].lower] && !titleModifiers[toks[lead].lower] {
		if _, ok := demonyms[toks[lead].lower]; ok {
			break
		}
		lead++
	}
	if lead > i {
		out = append(out, newCand(toks, i, lead))
	}
	c := newCand(toks, split+1, j)
	if j-split-1 > cfg.MaxNameWords {
		return out
	}
	c.role = body[toks[i].start:toks[split].end]
	c.titled = body[toks[i].start:c.end]
	c.roleQ, c.roleClass, c.roleMods = roleKey(toks, i, split+1)
	c.person += cfg.Title
	return append(out, c)
}

func newCand(toks []etok, i, j int) cand {
	c := cand{start: toks[i].start, end: toks[j-1].end, sent: toks[i].sent, ti: i, tj: j}
	for k := i; k < j; k++ {
		c.words = append(c.words, toks[k].text)
	}
	return c
}

// roleKey reads a title or role phrase (tokens i..j) as a qualifier (the
// country or body: "russia", "kremlin"), a class ("head" for presidents,
// prime ministers, chancellors and leaders; "spokesperson"; else the
// noun) and the modifier words.
func roleKey(toks []etok, i, j int) (q, class string, mods []string) {
	for k := i; k < j; k++ {
		l := toks[k].lower
		if c, ok := demonyms[l]; ok && q == "" && c != "" {
			q = c
			continue
		}
		if toks[k].cap && !titleWords[l] && !titleModifiers[l] && q == "" {
			q = placeKey(l)
			continue
		}
		switch {
		case roleNouns[l]:
			if class != "" {
				mods = append(mods, class) // "deputy" of "Deputy Foreign Minister"
			}
			class = l
		case roleAdjectives[l] || titleModifiers[l]:
			mods = append(mods, l)
		case titleWords[l]:
			class = l
		}
	}
	// A title written alone that is also a modifier ("Justice Margaret
	// Ellison") is the class.
	if class == "" && len(mods) > 0 && titleWords[mods[len(mods)-1]] {
		class, mods = mods[len(mods)-1], mods[:len(mods)-1]
	}
	class = roleClassOf(class, mods)
	return
}

func roleClassOf(noun string, mods []string) string {
	vice := false
	for _, m := range mods {
		if m == "vice" {
			vice = true
		}
	}
	switch noun {
	case "president", "leader", "chancellor", "premier", "king", "queen":
		if vice {
			return "vice president"
		}
		return "head"
	case "minister":
		for _, m := range mods {
			if m == "prime" {
				return "head"
			}
		}
	case "spokesman", "spokeswoman", "spokesperson":
		return "spokesperson"
	case "adviser", "advisor":
		return "adviser"
	case "justice":
		return "judge"
	}
	return noun
}

func isSpeech(t etok) bool { return speechForms[t.lower] }

// scoreCues adds up the evidence of each kind a mention's context gives.
// Each rule is one line: a cue and its weight.
func scoreCues(body string, toks []etok, c *cand, cfg EntityConfig) {
	words := c.words
	last := strings.ToLower(words[len(words)-1])
	joined := strings.ToLower(strings.Join(words, " "))
	prev := func(n int) *etok {
		if c.ti-n >= 0 && toks[c.ti-n].sent == c.sent {
			return &toks[c.ti-n]
		}
		return nil
	}
	next := func(n int) *etok {
		if c.tj+n-1 < len(toks) && toks[c.tj+n-1].sent == c.sent {
			return &toks[c.tj+n-1]
		}
		return nil
	}
	// Person: a lower-case role noun just before ("spokesman Dmitry
	// Peskov", "counterpart, Yuri Ushakov").
	if p := prev(1); p != nil && !p.cap && roleNouns[p.lower] && strings.Trim(body[p.end:c.start], " ,") == "" {
		c.person += cfg.RoleBefore
		if c.role == "" && p.lower != "counterpart" {
			k := c.ti - 1
			for k-1 >= 0 && c.ti-1-(k-1) <= cfg.MaxRoleWords && toks[k-1].sent == c.sent && !toks[k-1].poss &&
				(roleAdjectives[toks[k-1].lower] || toks[k-1].cap && !nonNames[toks[k-1].lower]) &&
				strings.Trim(body[toks[k-1].end:toks[k].start], " ") == "" {
				k--
			}
			c.role = body[toks[k].start:p.end]
			c.roleQ, c.roleClass, c.roleMods = roleKey(toks, k, c.ti)
		}
	}
	// Person: an apposition with a role (", the Finnish president,",
	// ", Adviser to ...").
	if n := next(1); n != nil && strings.HasPrefix(strings.TrimSpace(body[c.end:n.start]), ",") {
		for k := 0; k < 4; k++ {
			t := next(1 + k)
			if t == nil {
				break
			}
			// (A capitalised title before a name opens the next clause:
			// "outside Pellaro, Mr Anselm said".)
			if after := next(2 + k); roleNouns[t.lower] || titleWords[t.lower] && t.cap && (after == nil || !after.cap) {
				c.person += cfg.Apposition
				if c.role == "" && (n.lower == "the" || n.lower == "a") && k > 0 {
					c.roleQ, c.roleClass, c.roleMods = roleKey(toks, c.tj+1, c.tj+k+1)
					c.descriptions = append(c.descriptions, body[n.start:t.end])
				}
				break
			}
			if k > 0 && strings.ContainsAny(body[toks[c.tj+k-1].end:t.start], ",.;") {
				break
			}
		}
	}
	// Person: a name set off by commas and followed by "who" ("One of the
	// skippers, Alasdair Reid, who has fished ...").
	if n, w := next(1), next(2); n != nil && w != nil && n.lower == "who" && len(words) >= 2 && len(words) <= 3 &&
		strings.TrimSpace(body[c.end:n.start]) == "," {
		shaped := true
		for _, x := range words {
			lx := strings.ToLower(x)
			shaped = shaped && !orgWords[lx] && !placeWords[lx] && strings.ToUpper(x) != x
		}
		if shaped {
			c.person += cfg.Apposition
		}
	}
	// Person: next to a speech verb ("Peskov said", "said Taylor").
	if n := next(1); n != nil && isSpeech(*n) && !toks[c.tj-1].poss {
		c.person += cfg.SpeechNear
	}
	if p := prev(1); p != nil && isSpeech(*p) {
		c.person += cfg.SpeechNear
	}
	if len(words) >= 2 && givenNames[strings.ToLower(words[0])] {
		c.person += cfg.GivenName
	}
	if len(words) >= 2 && len(words) <= 3 {
		shaped := true
		for _, w := range words {
			r, _ := utf8.DecodeRuneInString(w)
			if !unicode.IsUpper(r) || strings.ToUpper(w) == w || orgWords[strings.ToLower(w)] || placeWords[strings.ToLower(w)] {
				shaped = false
			}
		}
		if shaped {
			c.person += cfg.MultiWord
		}
	}
	// Organisation: an organisation word in the name, an acronym, an
	// organisation noun around it ("news agency TASS", "his X platform").
	for _, w := range words {
		if orgWords[strings.ToLower(w)] {
			c.org += cfg.OrgWord
			break
		}
	}
	if len(words) == 1 && len(words[0]) >= 2 && len(words[0]) <= 6 && strings.ToUpper(words[0]) == words[0] && !places[last] {
		if inDateline(body, c.start) {
			// "ROVENA, Marisca (CNS) —": where the wire filed from.
			c.place += cfg.Gazetteer
		} else {
			c.org += cfg.Acronym
		}
	}
	if p := prev(1); p != nil && !p.cap && orgNouns[p.lower] {
		c.org += cfg.OrgNoun
	}
	if n := next(1); n != nil && !n.cap && orgNouns[n.lower] && !toks[c.tj-1].poss {
		c.org += cfg.OrgNoun
	}
	if p := prev(1); p != nil && p.lower == "the" && len(words) == 1 {
		c.org += 0.5
	}
	// Place: the gazetteer, a place word ("Black Sea"), a preposition ("in
	// Sochi"), "city of X", "X region", "X-based".
	if places[joined] || placeSet[placeKey(joined)] {
		c.place += cfg.Gazetteer
	}
	if placeWords[last] && len(words) > 1 {
		c.place += cfg.PlaceWord
	}
	if p := prev(1); p != nil && placePreps[p.lower] && !toks[c.tj-1].poss {
		c.place += cfg.PlacePrep
	}
	if p, q := prev(1), prev(2); p != nil && q != nil && p.lower == "of" && placeNouns[q.lower] {
		c.place += cfg.PlaceOf
	}
	if p := prev(1); p != nil && p.lower == "capital" {
		c.place += cfg.PlaceOf
	}
	if n := next(1); n != nil && !n.cap && (placeNouns[n.lower] || n.lower == "based") {
		c.place += cfg.PlaceOf
	}
}

// datelineRe matches an article's opening dateline: a place in capitals,
// perhaps its country, perhaps the agency in brackets, then a dash
// ("ROVENA, Marisca (CNS) —", "KYIV (Reuters) -").
var datelineRe = regexp.MustCompile(`^\s*\p{Lu}[\p{Lu}.'’ -]*\p{Lu}(?:,[^,—–(\n]{1,30})?\s*(?:\([^)\n]{1,40}\))?\s*[-–—]`)

// inDateline says whether offset at lies in the capitals of the body's
// opening dateline.
func inDateline(body string, at int) bool {
	loc := datelineRe.FindStringIndex(body)
	if loc == nil {
		return false
	}
	end := strings.IndexAny(body[:loc[1]], ",(—–")
	if i := strings.Index(body[:loc[1]], " -"); i >= 0 && (end < 0 || i < end) {
		end = i
	}
	return end >= 0 && at < end
}

// placeSet is the gazetteer by placeKey, so that variant spellings hit.
var placeSet = func() map[string]bool {
	m := map[string]bool{}
	for p := range places {
		m[placeKey(p)] = true
	}
	return m
}()

// group is a set of mentions taken for one entity.
type group struct {
	key                string
	members            []int // cands
	person, org, place float64
	dead               bool
}

func (g *group) kind() string {
	switch {
	case g.person > g.org && g.person > g.place:
		return "person"
	case g.org >= g.place && g.org > 0:
		return "org"
	case g.place > 0:
		return "place"
	}
	return ""
}

// groupCands gathers the mentions written the same (up to transliteration
// folding).
func groupCands(cands []cand) []*group {
	idx := map[string]*group{}
	var out []*group
	for i, c := range cands {
		k := nameKey(strings.Join(c.words, " "))
		g := idx[k]
		if g == nil {
			g = &group{key: k}
			idx[k] = g
			out = append(out, g)
		}
		g.members = append(g.members, i)
		g.person += c.person
		g.org += c.org
		g.place += c.place
	}
	return out
}

func absorb(dst, src *group) {
	dst.members = append(dst.members, src.members...)
	dst.person += src.person
	dst.org += src.org
	dst.place += src.place
	src.dead = true
	src.members = nil
}

// mergePersons joins the forms of one person: a bare surname to the full
// name with that surname (the nearest before it when two people share
// it), and full names with the same surname and compatible first names
// ("Mike Waltz", "Michael Waltz").
func mergePersons(groups []*group, cands []cand) []*group {
	words := func(g *group) []string { return cands[g.members[0]].words }
	isFull := func(g *group) bool { return len(words(g)) >= 2 && g.kind() == "person" }
	for a := 0; a < len(groups); a++ {
		ga := groups[a]
		if ga.dead || !isFull(ga) {
			continue
		}
		for b := a + 1; b < len(groups); b++ {
			gb := groups[b]
			if gb.dead || !isFull(gb) {
				continue
			}
			if samePerson(words(ga), words(gb)) {
				absorb(ga, gb)
			}
		}
	}
	for _, gb := range groups {
		if gb.dead || len(words(gb)) != 1 || gb.org >= 3 || gb.place >= 3 {
			continue
		}
		sur := surnameKey(words(gb)[0])
		var fulls []*group
		for _, ga := range groups {
			if !ga.dead && isFull(ga) && surnameKey(lastName(words(ga))) == sur {
				fulls = append(fulls, ga)
			}
		}
		switch {
		case len(fulls) == 1:
			absorb(fulls[0], gb)
		case len(fulls) > 1:
			// Each bare mention goes to the nearest full name before it.
			for _, m := range gb.members {
				best, bestAt := (*group)(nil), -1
				for _, f := range fulls {
					for _, fm := range f.members {
						if cands[fm].start < cands[m].start && cands[fm].start > bestAt {
							best, bestAt = f, cands[fm].start
						}
					}
				}
				if best != nil {
					best.members = append(best.members, m)
					best.person += cands[m].person
				}
			}
			gb.dead = true
		}
	}
	return groups
}

// mergeOrgs joins an acronym written in brackets after a name ("Institute
// for the Study of War (ISW)") and a shorter organisation name that ends a
// longer one ("Defense Ministry", "Russian Defense Ministry").
func mergeOrgs(body string, groups []*group, cands []cand) []*group {
	byKey := map[string]*group{}
	for _, g := range groups {
		if !g.dead {
			byKey[g.key] = g
		}
	}
	for _, g := range groups {
		if g.dead {
			continue
		}
		for _, m := range g.members {
			c := cands[m]
			rest := body[c.end:]
			if !strings.HasPrefix(rest, " (") {
				continue
			}
			close := strings.IndexByte(rest, ')')
			if close < 3 || close > 12 {
				continue
			}
			acr := rest[2:close]
			if a := byKey[nameKey(acr)]; a != nil && a != g && strings.ToUpper(acr) == acr {
				absorb(g, a)
				g.org += 2
			}
		}
	}
	for _, g := range groups {
		if g.dead || g.kind() != "org" {
			continue
		}
		for _, h := range groups {
			if h == g || h.dead || h.kind() != "org" {
				continue
			}
			if len(h.key) > len(g.key) && strings.HasSuffix(h.key, " "+g.key) && strings.Contains(g.key, " ") {
				absorb(h, g)
				break
			}
		}
	}
	return groups
}

// finishGroups makes entities of the groups with enough evidence: the
// name is the fullest form written (most words, then most frequent, then
// first), the other forms are aliases.
func finishGroups(groups []*group, cands []cand, cfg EntityConfig) ([]Entity, [][]roleRef) {
	var out []Entity
	var roles [][]roleRef
	for _, g := range groups {
		if g.dead || len(g.members) == 0 {
			continue
		}
		kind := g.kind()
		best := max(g.person, g.org, g.place)
		if kind == "" || best < cfg.MinKeep {
			continue
		}
		count := map[string]int{}
		var order []string
		e := Entity{Kind: kind}
		var rs []roleRef
		for _, m := range g.members {
			c := cands[m]
			if c.roleClass != "" && kind == "person" {
				rs = append(rs, roleRef{q: c.roleQ, class: c.roleClass, mods: c.roleMods})
			}
			f := strings.Join(c.words, " ")
			if count[f] == 0 {
				order = append(order, f)
			}
			count[f]++
			e.Mentions = append(e.Mentions, Span{c.start, c.end})
			for _, a := range []string{c.role, c.titled} {
				// A bare title ("President") says nothing of who.
				if a != "" && strings.Contains(a, " ") {
					order = appendNew(order, a)
				}
			}
			for _, d := range c.descriptions {
				order = appendNew(order, d)
			}
		}
		name := ""
		for _, f := range order {
			if count[f] == 0 {
				continue
			}
			if name == "" || len(strings.Fields(f)) > len(strings.Fields(name)) ||
				len(strings.Fields(f)) == len(strings.Fields(name)) && count[f] > count[name] {
				name = f
			}
		}
		e.Name = name
		for _, f := range order {
			if f != name {
				e.Aliases = appendNew(e.Aliases, f)
			}
		}
		out = append(out, e)
		roles = append(roles, rs)
	}
	return out, roles
}

func appendNew(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

func lastName(words []string) string {
	for k := len(words) - 1; k > 0; k-- {
		l := strings.ToLower(strings.TrimSuffix(words[k], "."))
		if l != "jr" && l != "sr" && l != "ii" && l != "iii" {
			return words[k]
		}
	}
	return words[len(words)-1]
}

// isCapWord reports whether a word starts with an upper-case letter.
func isCapWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}
