package brief

import (
	"math"
	"regexp"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/parallax-news/parallax/internal/analyze"
	"github.com/parallax-news/parallax/internal/news"
	"github.com/parallax-news/parallax/internal/text"
)

// Input is one article of the event or story, with its analysis.
type Input struct {
	Article  news.Article
	Analysis analyze.Analysis
	// EventID is the event the article reports.
	EventID string
	// DuplicateOf is the source id of the original article this one copies,
	// "" when it is an original.
	DuplicateOf string
}

// Source is where an item was read: the outlet, the article's source id,
// its URL and the sentence carrying the item.
type Source struct {
	Outlet   string `json:"outlet"`
	Article  string `json:"article"`
	URL      string `json:"url"`
	Sentence string `json:"sentence"`
}

// SummarySentence is one sentence of the summary with every article that
// carries it (or a near-identical one).
type SummarySentence struct {
	Text    string   `json:"text"`
	Sources []Source `json:"sources"`
}

// TimelineItem is one dated happening. Date is its day (YYYY-MM-DD), nil
// when no article of its event states a date: then Weekday names the day
// the articles give ("Tuesday") and DateNote says why the date is unknown.
type TimelineItem struct {
	Date     *string  `json:"date"`
	Weekday  string   `json:"weekday,omitempty"`
	DateNote string   `json:"date_note,omitempty"`
	What     string   `json:"what"`
	Sources  []Source `json:"sources"`
}

// Day is how the item's day reads: its date, else "Tuesday (date unknown)".
func (t TimelineItem) Day() string {
	switch {
	case t.Date != nil:
		return *t.Date
	case t.Weekday != "":
		return t.Weekday + " (date unknown)"
	}
	return "date unknown"
}

// QuoteItem is one statement, shown once with all outlets carrying it.
type QuoteItem struct {
	Text   string `json:"text"`
	Direct bool   `json:"direct"`
	// Variants are other wordings of the same statement folded into this
	// one (two translations of one remark); each is in its source's
	// sentence.
	Variants []string `json:"variants"`
	Sources  []Source `json:"sources"`
}

// SpeakerQuotes are the statements of one speaker.
type SpeakerQuotes struct {
	Speaker string      `json:"speaker"`
	Quotes  []QuoteItem `json:"quotes"`
}

// FigureValue is one value reported for a quantity, with who claims it and
// where. Value is in the quantity's Unit (converted for times: "90 minutes"
// in a quantity counted in hours is 1.5); Phrase keeps the words as written.
type FigureValue struct {
	Value     float64 `json:"value"`
	Approx    bool    `json:"approx"`
	Phrase    string  `json:"phrase"`
	ClaimedBy string  `json:"claimed_by"`
	// AsOf is the earliest publication day (YYYY-MM-DD) of the articles
	// giving this value, "" when none is dated: what a count that changed
	// over time was on which day.
	AsOf    string   `json:"as_of"`
	Sources []Source `json:"sources"`
}

// Quantity is one counted thing ("drones launched") and the values the
// outlets report for it.
type Quantity struct {
	What string `json:"what"`
	// Event is the event whose articles report it: figures are compared
	// within one event, so a story's brief may show one quantity per event.
	Event  string        `json:"event"`
	Unit   string        `json:"unit"`
	Values []FigureValue `json:"values"`
	// Agreement is "agree" when every value is compatible with every other
	// (equal, or within the approximation stated), "conflict" when not,
	// "changed" when the values differ only between publication days (each
	// day's outlets agreeing: a count that rose or fell), "single" when only
	// one independent origin reports it.
	Agreement string `json:"agreement"`
	// IndependentSources counts the distinct origins reporting it: a
	// syndicated copy does not confirm its original.
	IndependentSources int `json:"independent_sources"`
}

// Actor is a person, organisation or place the articles mention.
type Actor struct {
	Name     string   `json:"name"`
	Kind     string   `json:"kind"`
	Mentions int      `json:"mentions"`
	Articles int      `json:"articles"`
	Sources  []Source `json:"sources"` // each article naming it, with the first sentence that does
}

// OutletCoverage is what one outlet published. Articles counts its own
// articles; the outlets that syndicate them are listed in Copies (their
// copies are folded here, not counted under the copying outlet). An origin
// known only through copies (Article.Origin naming an outlet absent from the
// inputs) has Articles 0. First and Last span its articles and their copies.
type OutletCoverage struct {
	Outlet   string `json:"outlet"`
	Articles int    `json:"articles"`
	// CopyCount is how many syndicated copies of its articles other
	// outlets carry in the brief.
	CopyCount int      `json:"copy_count"`
	First     string   `json:"first"`
	Last      string   `json:"last"`
	Copies    []string `json:"copies"`
	// Sources are its articles and the copies of them, each with its
	// first sentence.
	Sources []Source `json:"sources"`
}

// Brief is the consolidated view of an event or a story.
type Brief struct {
	Kind     string            `json:"kind"` // "event" or "story"
	ID       string            `json:"id"`
	Headline string            `json:"headline"`
	Label    string            `json:"label"`
	Summary  []SummarySentence `json:"summary"`
	Timeline []TimelineItem    `json:"timeline"`
	Quotes   []SpeakerQuotes   `json:"quotes"`
	Figures  []Quantity        `json:"figures"`
	Actors   []Actor           `json:"actors"`
	Coverage []OutletCoverage  `json:"coverage"`
}

// MaxActors is how many actors a brief lists.
const MaxActors = 12

// doc is an input with what Build derives from it once.
type doc struct {
	in *Input
	// an is the input's analysis with names made one across the brief.
	an     analyze.Analysis
	outlet string // display name of the outlet it appeared in
	origin string // display name of the outlet whose reporting it carries
	copy   bool   // a syndicated copy (DuplicateOf, or Origin naming another outlet)
	body   string
	sents  []text.Sentence // of body, computed on demand
}

func (d *doc) source(sentence string) Source {
	return Source{Outlet: d.outlet, Article: d.in.Article.Source, URL: d.in.Article.URL, Sentence: sentence}
}

// sentenceAt is the sentence of the body holding byte offset off, "" when
// none does (an offset outside the body).
func (d *doc) sentenceAt(off int) string {
	sents := d.sentences()
	k := sort.Search(len(sents), func(i int) bool { return sents[i].End > off })
	if k == len(sents) || sents[k].Start > off || off < 0 {
		return ""
	}
	return sents[k].Text
}

func (d *doc) sentences() []text.Sentence {
	if d.sents == nil {
		d.sents = text.Sentences(d.body)
	}
	return d.sents
}

// Build consolidates inputs, the articles of the event or story id (kind
// "event" or "story") labelled label, into a Brief.
func Build(kind, id, label string, inputs []Input) Brief {
	docs := prepare(inputs)
	b := Brief{Kind: kind, ID: id, Label: strings.TrimSpace(label), Headline: headline(label, docs)}
	b.Summary = summarize(docs, kind == "story")
	b.Timeline = timeline(docs)
	b.Quotes = quotes(docs)
	b.Figures = figures(docs)
	b.Actors = actors(docs)
	b.Coverage = coverage(docs)
	return b
}

// outletName is the display name of an article's outlet: its name, else
// its host, else the article's source id.
func outletName(a *news.Article) string {
	switch {
	case a.Outlet.Name != "":
		return a.Outlet.Name
	case a.Outlet.Host != "":
		return a.Outlet.Host
	}
	return a.Source
}

func outletKey(s string) string {
	return strings.TrimPrefix(strings.ToLower(strings.TrimSpace(s)), "www.")
}

// prepare resolves each input's outlet and origin. An article's origin is
// the origin of the article it duplicates (followed through chains), else
// the outlet its Origin names (matched against the inputs' outlet names and
// hosts), else its own outlet.
func prepare(inputs []Input) []*doc {
	docs := make([]*doc, len(inputs))
	alias := map[string]string{} // outlet name or host → display name
	bySource := map[string]int{}
	for i := range inputs {
		a := &inputs[i].Article
		d := &doc{in: &inputs[i], outlet: outletName(a), body: a.Body()}
		docs[i] = d
		for _, k := range []string{a.Outlet.Name, a.Outlet.Host} {
			if k != "" {
				if _, ok := alias[outletKey(k)]; !ok {
					alias[outletKey(k)] = d.outlet
				}
			}
		}
		if _, ok := bySource[a.Source]; !ok && a.Source != "" {
			bySource[a.Source] = i
		}
	}
	named := func(origin string) string {
		if n, ok := alias[outletKey(origin)]; ok {
			return n
		}
		return origin
	}
	var originOf func(i, depth int) (string, bool)
	originOf = func(i, depth int) (string, bool) {
		d := docs[i]
		if dup := d.in.DuplicateOf; dup != "" {
			if j, ok := bySource[dup]; ok && j != i && depth < 16 {
				o, _ := originOf(j, depth+1)
				return o, true
			}
			if d.in.Article.Origin != "" {
				return named(d.in.Article.Origin), true
			}
			return d.outlet, true
		}
		if o := d.in.Article.Origin; o != "" {
			if n := named(o); outletKey(n) != outletKey(d.outlet) {
				return n, true
			}
		}
		return d.outlet, false
	}
	for i, d := range docs {
		d.origin, d.copy = originOf(i, 0)
	}
	canonicalNames(docs)
	return docs
}

// canonicalNames gives the people, organisations and places of the brief
// one name each: the articles of an event or story may have been analysed
// apart, in runs that spelled one person two ways ("Teodora", "Theodora
// Halloran"). A Resolver groups the names; each group takes the name its
// articles use most (by mentions), so names an analysis run already made
// one stay as they are. The inputs are not changed: each doc gets its own
// renamed copy of the lists.
func canonicalNames(docs []*doc) {
	res := analyze.NewResolver()
	for _, d := range docs { // a first pass learns every name
		res.Resolve(d.in.Analysis.Entities)
	}
	resolved := make([][]analyze.Entity, len(docs))
	uses := map[string]map[string]int{} // resolver's name → input name → mentions
	for i, d := range docs {
		resolved[i] = res.Resolve(d.in.Analysis.Entities) // the final grouping
		for k, e := range d.in.Analysis.Entities {
			g := resolved[i][k].Kind + "|" + resolved[i][k].Name
			if uses[g] == nil {
				uses[g] = map[string]int{}
			}
			uses[g][e.Name] += max(1, len(e.Mentions))
		}
	}
	short := shortOrgNames(resolved, uses)
	for i, d := range docs {
		an := d.in.Analysis
		rename := map[string]string{}
		an.Entities = slices.Clone(an.Entities)
		for k, e := range an.Entities {
			name := mostCommon(uses[resolved[i][k].Kind+"|"+resolved[i][k].Name])
			if long, ok := short[name]; ok {
				name = long
				an.Entities[k].Kind = "org"
			}
			rename[e.Name] = name
			an.Entities[k].Name = name
		}
		if len(rename) > 0 {
			an.Quotes = slices.Clone(an.Quotes)
			for k, q := range an.Quotes {
				if n, ok := rename[q.Speaker]; ok {
					an.Quotes[k].Speaker = n
				}
			}
			an.Figures = slices.Clone(an.Figures)
			for k, f := range an.Figures {
				if n, ok := rename[f.ClaimedBy]; ok {
					an.Figures[k].ClaimedBy = n
				}
			}
		}
		d.an = an
	}
}

// shortOrgNames maps an organisation's one-word name to the one longer
// organisation name of the brief it opens ("Arvenic" → "Arvenic Motors"):
// an article that names the company short is about the company its other
// articles name in full. Only for a company word after it: "Estmark" is not
// the newspaper "Estmark Daily". Not when two longer names share the word.
func shortOrgNames(resolved [][]analyze.Entity, uses map[string]map[string]int) map[string]string {
	orgs, single, surnames := map[string]bool{}, map[string]bool{}, map[string]bool{}
	for _, es := range resolved {
		for _, e := range es {
			name := mostCommon(uses[e.Kind+"|"+e.Name])
			ws := strings.Fields(name)
			switch {
			case e.Kind == "org" && len(ws) > 1:
				orgs[name] = true
			case e.Kind == "person" && len(ws) > 1:
				surnames[ws[len(ws)-1]] = true
			case len(ws) == 1:
				// (The analysis may take a company's short name for a
				// person or a place: it has no other cue.)
				single[name] = true
			}
		}
	}
	out := map[string]string{}
	for n := range single {
		if surnames[n] {
			continue
		}
		var long []string
		for m := range orgs {
			if strings.HasPrefix(m, n+" ") && companyWords[strings.ToLower(strings.TrimPrefix(m, n+" "))] {
				long = append(long, m)
			}
		}
		if len(long) == 1 {
			out[n] = long[0]
		}
	}
	return out
}

// companyWords end a company's name after its short name.
var companyWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("motors motor holdings holding industries group corp corporation inc ltd plc company co " +
		"airlines airways bank energy systems technologies pharmaceuticals steel mining chemicals petroleum telecom " +
		"communications insurance utilities railways shipping logistics electric international") {
		m[w] = true
	}
	return m
}()

// headline is the most representative title (the one sharing most content
// words with the other titles, per word, so that a long title does not win
// by length alone), else the label. A reader is better served by a title an
// editor wrote than by the clusterer's label of names and a keyword. Flash
// prefixes ("URGENT:", "BREAKING:") are dropped.
func headline(label string, docs []*doc) string {
	df := map[string]int{}
	sets := make([][]string, len(docs))
	for i, d := range docs {
		sets[i] = wordSet(d.in.Article.Title)
		for _, w := range sets[i] {
			df[w]++
		}
	}
	best, bestScore := "", -1.0
	for i, d := range docs {
		t := flashPrefixRe.ReplaceAllString(strings.TrimSpace(d.in.Article.Title), "")
		if t == "" || len(sets[i]) == 0 {
			continue
		}
		score := 0.0
		for _, w := range sets[i] {
			score += float64(df[w] - 1)
		}
		score /= math.Sqrt(float64(len(sets[i])))
		if score > bestScore || score == bestScore && len(t) < len(best) {
			best, bestScore = t, score
		}
	}
	if best == "" {
		return strings.TrimSpace(label)
	}
	return best
}

// flashPrefixRe matches the wire's flash words before a title.
var flashPrefixRe = regexp.MustCompile(`^(?i:urgent|breaking|breaking news|live|update|updated|flash|exclusive|watch|video)\s*[:|–—-]\s*`)

// actors ranks the entities by mentions across the articles.
func actors(docs []*doc) []Actor {
	type acc struct {
		names    map[string]int
		kinds    map[string]int
		mentions int
		articles int
		where    [][2]int // per article: doc index, offset of its first mention
	}
	byKey := map[string]*acc{}
	var order []string
	for di, d := range docs {
		seen := map[string]bool{}
		for _, e := range d.an.Entities {
			if strings.TrimSpace(e.Name) == "" {
				continue
			}
			k := strings.ToLower(strings.TrimSpace(e.Name))
			a := byKey[k]
			if a == nil {
				a = &acc{names: map[string]int{}, kinds: map[string]int{}}
				byKey[k] = a
				order = append(order, k)
			}
			n := len(e.Mentions)
			if n == 0 {
				n = 1
			}
			a.mentions += n
			a.names[strings.TrimSpace(e.Name)] += n
			a.kinds[e.Kind] += n
			if !seen[k] {
				seen[k] = true
				a.articles++
				first := -1
				for _, m := range e.Mentions {
					if first < 0 || m.Start < first {
						first = m.Start
					}
				}
				a.where = append(a.where, [2]int{di, first})
			}
		}
	}
	out := make([]Actor, 0, len(order))
	where := map[string][][2]int{}
	for _, k := range order {
		a := byKey[k]
		name := mostCommon(a.names)
		out = append(out, Actor{Name: name, Kind: mostCommon(a.kinds), Mentions: a.mentions, Articles: a.articles})
		where[name] = a.where
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Mentions != out[j].Mentions {
			return out[i].Mentions > out[j].Mentions
		}
		if out[i].Articles != out[j].Articles {
			return out[i].Articles > out[j].Articles
		}
		return out[i].Name < out[j].Name
	})
	if len(out) > MaxActors {
		out = out[:MaxActors]
	}
	// Each shown actor's sources: every article naming it, with the
	// sentence that first does.
	for i := range out {
		var ss sourceSet
		for _, w := range where[out[i].Name] {
			d := docs[w[0]]
			ss.add(d.source(d.sentenceAt(w[1])))
		}
		out[i].Sources = ss.sorted()
	}
	return out
}

// coverage counts each outlet's articles and folds syndicated copies under
// their origin.
func coverage(docs []*doc) []OutletCoverage {
	byName := map[string]*OutletCoverage{}
	copies := map[string]map[string]bool{}
	var order []string
	get := func(name string) *OutletCoverage {
		c := byName[name]
		if c == nil {
			c = &OutletCoverage{Outlet: name, Copies: []string{}, Sources: []Source{}}
			byName[name] = c
			order = append(order, name)
			copies[name] = map[string]bool{}
		}
		return c
	}
	for _, d := range docs {
		var c *OutletCoverage
		if d.copy && d.origin != d.outlet {
			c = get(d.origin)
			c.CopyCount++
			copies[d.origin][d.outlet] = true
		} else {
			c = get(d.outlet)
			c.Articles++
		}
		c.Sources = append(c.Sources, d.source(d.sentenceAt(0)))
		if p := d.in.Article.Published; p != nil {
			day := p.UTC().Format(time.DateOnly)
			if c.First == "" || day < c.First {
				c.First = day
			}
			if c.Last == "" || day > c.Last {
				c.Last = day
			}
		}
	}
	out := make([]OutletCoverage, 0, len(order))
	for _, name := range order {
		c := byName[name]
		var ss sourceSet
		ss.addAll(c.Sources)
		c.Sources = ss.sorted()
		for o := range copies[name] {
			c.Copies = append(c.Copies, o)
		}
		sort.Strings(c.Copies)
		out = append(out, *c)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Articles != out[j].Articles {
			return out[i].Articles > out[j].Articles
		}
		return out[i].Outlet < out[j].Outlet
	})
	return out
}

// mostCommon returns the key with the highest count, the smallest key on a
// tie.
func mostCommon(m map[string]int) string {
	best, n := "", -1
	for k, c := range m {
		if c > n || c == n && k < best {
			best, n = k, c
		}
	}
	return best
}

// sourceSet gathers sources without repeating an article.
type sourceSet struct {
	list []Source
	seen map[string]bool
}

func (s *sourceSet) add(src Source) {
	if s.seen == nil {
		s.seen = map[string]bool{}
	}
	k := src.Article + "\x00" + src.URL
	if s.seen[k] {
		return
	}
	s.seen[k] = true
	s.list = append(s.list, src)
}

func (s *sourceSet) addAll(srcs []Source) {
	for _, x := range srcs {
		s.add(x)
	}
}

// outlets counts the distinct outlets.
func (s *sourceSet) outlets() int {
	m := map[string]bool{}
	for _, x := range s.list {
		m[x.Outlet] = true
	}
	return len(m)
}

// sorted returns the sources ordered by outlet, then article.
func (s *sourceSet) sorted() []Source {
	out := append([]Source{}, s.list...)
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Outlet != out[j].Outlet {
			return out[i].Outlet < out[j].Outlet
		}
		return out[i].Article < out[j].Article
	})
	return out
}
