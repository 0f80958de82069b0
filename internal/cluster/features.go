package cluster

import (
	"math"
	"strings"
	"time"
	"unicode"

	"github.com/parallax-news/parallax/internal/analyze"
	"github.com/parallax-news/parallax/internal/text"
)

// Item is one article as the clusterer sees it.
type Item struct {
	ID          string
	Title       string
	Text        string // the body, lead first
	Published   *time.Time
	DuplicateOf string
}

// item is an Item's features.
type item struct {
	id     string
	seq    int        // arrival order
	all    sparse     // weighted term frequencies of title, lead and body
	titleV sparse     // term frequencies of the title
	wAll   weighted   // TF-IDF weights of all
	wTitle weighted   // TF-IDF weights of titleV
	top    []int32    // strongest terms, for candidate retrieval
	date   *time.Time // event date estimate
	stated bool       // date was stated in the text, not the publication date
	days   []dayRef   // the days the title and opening state, first the happening's
	pub    *time.Time
	dupOf  string
	event  *event
	copies []*item // duplicates of this item, which follow its event
	title  string
	// who holds the names the lead gives, keyed by the last word of each
	// run of capitals ("President Donald Trump" gives "trump"), with the
	// spelling used: what an event's label is made of.
	who map[string]string
}

// titleTermsOf returns the terms of the item's title.
func titleTermsOf(f *item) []string {
	var out []string
	for _, t := range text.Tokens(f.title) {
		term := text.Stem(text.Fold(t.Text))
		if len(term) >= 2 && !text.IsStopword(term) && !isNumber(term) {
			out = append(out, term)
		}
	}
	return out
}

// featurize computes an item's term vectors and date estimate.
func (c *Clusterer) featurize(it Item) *item {
	f := &item{id: it.ID, pub: it.Published, dupOf: it.DuplicateOf}
	// Term counts by field (title, lead, rest, names of title and lead),
	// each dampened (a term said ten times is not ten times the signal),
	// then combined with the fields' weights.
	title, lead, body, names := map[string]float64{}, map[string]float64{}, map[string]float64{}, map[string]float64{}
	count := func(s string, into map[string]float64, lead bool) {
		termsOf(s, func(term string, name bool) {
			into[term]++
			if name && lead {
				names[term]++
			}
		})
	}
	leadText, rest := splitLead(it.Text, c.cfg.LeadWords, c.cfg.BodyWords)
	f.who = surnames(leadText)
	count(it.Title, title, true)
	count(leadText, lead, true)
	count(rest, body, false)
	all := map[string]float64{}
	for i, m := range []map[string]float64{title, lead, body, names} {
		w := []float64{c.cfg.TitleWeight, c.cfg.LeadWeight, 1, c.cfg.NameWeight}[i]
		for k, n := range m {
			m[k] = 1 + math.Log(n)
			all[k] += w * m[k]
		}
	}
	// Keep the strongest terms only: background words add cost, not
	// evidence.
	if len(all) > c.cfg.MaxTerms {
		for _, t := range topTerms(all, len(all))[c.cfg.MaxTerms:] {
			delete(all, t)
		}
	}
	f.all, f.titleV = c.voc.toSparse(all), c.voc.toSparse(title)
	for _, t := range topTerms(all, c.cfg.TopTerms) {
		f.top = append(f.top, c.voc.ids[t])
	}
	f.title = it.Title

	// Days: those the title and opening state. The first is the day of the
	// happening the article reports (its estimate); the others are of
	// reactions and background. The estimate falls back to the
	// publication date.
	opening, _ := splitLead(it.Text, c.cfg.DateWords, c.cfg.DateWords)
	for _, m := range analyze.Dates(it.Title+"\n"+opening, it.Published) {
		if m.Date != nil && !plausible(*m.Date, it.Published) {
			continue
		}
		r, ok := refOf(m)
		if !ok {
			continue
		}
		f.days = append(f.days, r)
		if f.date == nil && r.date != nil && len(f.days) == 1 {
			f.date, f.stated = r.date, true
		}
	}
	if f.date == nil && it.Published != nil {
		d := truncDay(*it.Published)
		f.date = &d
	}
	return f
}

// termsOf calls fn with each term of s. The words of a run of capitalised
// words (not just an opening capital) are names: "President Donald Trump"
// gives "donald" and "trump", so the short form "Trump" meets the long one,
// and "Hollin Dam" gives "hollin" and "dam"; offices before a name are left
// out. Other words are folded, lightly stemmed, and dropped when they are
// stopwords or numbers.
func termsOf(s string, fn func(term string, name bool)) {
	toks := text.Tokens(s)
	for i := 0; i < len(toks); i++ {
		if toks[i].Capitalized() {
			j := i
			for j+1 < len(toks) && toks[j+1].Capitalized() && !strings.ContainsAny(s[toks[j].End:toks[j+1].Start], ".,;:!?\n\"“”()") {
				j++
			}
			if j > i || !sentenceStart(s, toks, i) {
				for k := i; k <= j; k++ {
					// "Trump-Putin" names two.
					for _, part := range strings.Split(toks[k].Text, "-") {
						key := nameKey(text.Fold(part))
						if len(key) >= 2 && !text.IsStopword(key) && !titleWords[key] && !isNumber(key) {
							fn(key, true)
						}
					}
				}
				i = j
				continue
			}
		}
		term := text.Stem(text.Fold(toks[i].Text))
		if len(term) >= 2 && !text.IsStopword(term) && !isNumber(term) && !titleWords[term] {
			fn(term, false)
		}
	}
}

// surnames returns the last words of the runs of capitalised words in s
// that are names (not a sentence's first word alone, not an office),
// keyed as termsOf keys names.
func surnames(s string) map[string]string {
	out := map[string]string{}
	toks := text.Tokens(s)
	for i := 0; i < len(toks); i++ {
		if !toks[i].Capitalized() {
			continue
		}
		j := i
		for j+1 < len(toks) && toks[j+1].Capitalized() && !strings.ContainsAny(s[toks[j].End:toks[j+1].Start], ".,;:!?\n\"“”()") {
			j++
		}
		if j > i || !sentenceStart(s, toks, i) {
			last := toks[j].Text
			if k := strings.LastIndex(last, "-"); k >= 0 {
				last = last[k+1:]
			}
			last = strings.TrimSuffix(strings.TrimSuffix(last, "'s"), "’s")
			key := nameKey(text.Fold(last))
			// "Hollin Dam", "Aldera River": the last word of a place's or
			// an organisation's name is a common noun; the whole run is
			// the name.
			if j > i && genericNameWords[strings.ToLower(last)] {
				run := strings.TrimSuffix(strings.TrimSuffix(s[toks[i].Start:toks[j].End], "'s"), "’s")
				ws := strings.Fields(run)
				for len(ws) > 1 && titleWords[strings.ToLower(ws[0])] {
					ws = ws[1:]
				}
				last = strings.Join(ws, " ")
				key = nameKey(text.Fold(strings.ToLower(last)))
			}
			if len(key) >= 2 && !text.IsStopword(key) && !titleWords[key] {
				if _, ok := out[key]; !ok {
					out[key] = strings.Clone(last) // not a window on the whole text
				}
			}
		}
		i = j
	}
	return out
}

// genericNameWords end names of places and organisations without being
// names themselves.
var genericNameWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`dam river lake sea ocean bay gulf strait island islands mountain mountains valley
bridge street square road park airport port station hospital university college school stadium
assembly parliament council congress senate court ministry department agency commission committee
party alliance union front movement bank company corporation group institute service authority
army navy force forces guard police office house hall`) {
		m[w] = true
	}
	return m
}()

// nameKey folds a common variant of transliterated names to one key: a
// doubled final letter ("Zelenskyy" and "Zelensky").
func nameKey(w string) string {
	if n := len(w); n > 3 && w[n-1] == w[n-2] && w[n-1] == 'y' {
		w = w[:n-1]
	}
	return text.Stem(w)
}

// titleWords are the offices and honorifics written before names: part of
// a name's run of capitals, but no part of who it is.
var titleWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`president vice prime minister chancellor secretary general spokesman
spokeswoman spokesperson foreign defence defense state envoy special ambassador king queen prince
senator governor mayor leader chief head deputy sen rep gen col lt sir lord lady dame pope
united kingdom`) {
		m[w] = true
	}
	return m
}()

// plausible keeps dates a news lead would name for the happening it
// reports: not more than a week after publication, not years before.
func plausible(d time.Time, pub *time.Time) bool {
	if pub == nil {
		return true
	}
	diff := d.Sub(truncDay(*pub)).Hours() / 24
	return diff <= 7 && diff >= -45
}

func truncDay(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

// splitLead returns the first leadWords words of s and the words after
// them up to bodyWords in all.
func splitLead(s string, leadWords, bodyWords int) (lead, rest string) {
	n, cut, end := 0, len(s), len(s)
	inWord := false
	for i, r := range s {
		w := unicode.IsLetter(r) || unicode.IsDigit(r)
		if w && !inWord {
			n++
			if n == leadWords+1 {
				cut = i
			}
			if n == bodyWords+1 {
				end = i
				break
			}
		}
		inWord = w
	}
	if cut > end {
		cut = end
	}
	return s[:cut], s[cut:end]
}

// sentenceStart reports whether token i opens a sentence (so its capital
// says nothing about it being a name).
func sentenceStart(s string, toks []text.Token, i int) bool {
	if i == 0 {
		return true
	}
	between := s[toks[i-1].End:toks[i].Start]
	return strings.ContainsAny(between, ".!?\n:\"“")
}

func isNumber(s string) bool {
	for _, r := range s {
		if !unicode.IsDigit(r) && r != ',' && r != '.' && r != '-' {
			return false
		}
	}
	return true
}

// topTerms returns the n terms of greatest weight (ties by name, so the
// choice does not depend on map order).
func topTerms(terms map[string]float64, n int) []string {
	out := make([]string, 0, len(terms))
	for k := range terms {
		out = append(out, k)
	}
	sortByWeight(out, terms)
	if len(out) > n {
		out = out[:n]
	}
	return out
}
