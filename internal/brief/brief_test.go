package brief

import (
	"cmp"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/parallax-news/parallax/internal/analyze"
	"github.com/parallax-news/parallax/internal/news"
	"github.com/parallax-news/parallax/internal/text"
)

// --- helpers building inputs by hand ---

func day(s string) *time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return &t
}

// art is an article of outlet (name; host derived) published on date,
// with one text paragraph per para.
func art(src, outlet, date string, paras ...string) news.Article {
	a := news.Article{Source: src, URL: "https://" + hostOf(outlet) + "/" + src, Title: "Title of " + src,
		Outlet: news.Outlet{Name: outlet, Host: hostOf(outlet)}, Published: day(date), PublishedHow: news.DateMetadata}
	for _, p := range paras {
		a.Paragraphs = append(a.Paragraphs, news.Paragraph{Kind: news.Text, Text: p})
	}
	return a
}

func hostOf(outlet string) string {
	return strings.ToLower(strings.ReplaceAll(outlet, " ", "")) + ".example"
}

// sentenceAt is the sentence of body holding byte offset off.
func sentenceAt(body string, off int) text.Sentence {
	for _, s := range text.Sentences(body) {
		if off >= s.Start && off < s.End {
			return s
		}
	}
	panic(fmt.Sprintf("no sentence at %d", off))
}

func locate(a news.Article, phrase string) (int, text.Sentence) {
	body := a.Body()
	i := strings.Index(body, phrase)
	if i < 0 {
		panic(fmt.Sprintf("%q not in %s", phrase, a.Source))
	}
	return i, sentenceAt(body, i)
}

func fig(a news.Article, phrase string, value float64, unit string, approx bool, claimedBy string) analyze.Figure {
	i, s := locate(a, phrase)
	return analyze.Figure{Value: value, Unit: unit, Approx: approx, ClaimedBy: claimedBy, Phrase: phrase,
		Sentence: s.Text, Offsets: analyze.Span{Start: i, End: i + len(phrase)}}
}

func quote(a news.Article, words, speaker string, direct bool) analyze.Quote {
	i, s := locate(a, words)
	return analyze.Quote{Text: words, Speaker: speaker, Direct: direct, Sentence: s.Text,
		Offsets: analyze.Span{Start: i, End: i + len(words)}}
}

func date(a news.Article, phrase, resolved string) analyze.DateMention {
	i, _ := locate(a, phrase)
	return analyze.DateMention{Phrase: phrase, Start: i, End: i + len(phrase), Date: day(resolved)}
}

func entity(a news.Article, name, kind string) analyze.Entity {
	e := analyze.Entity{Name: name, Kind: kind}
	body := a.Body()
	for off := 0; ; {
		i := strings.Index(body[off:], name)
		if i < 0 {
			break
		}
		e.Mentions = append(e.Mentions, analyze.Span{Start: off + i, End: off + i + len(name)})
		off += i + len(name)
	}
	return e
}

// figSpec is one article reporting one figure, for the table of figure
// cases.
type figSpec struct {
	src, outlet, sentence, phrase string
	value                         float64
	unit                          string
	approx                        bool
	claimedBy                     string
	dupOf, origin                 string
	published                     string   // default 2025-05-20
	places                        []string // place entities the sentence names
}

// figInputs makes one article per source id (specs sharing one are
// sentences of one article), each figure analysed as specified.
func figInputs(specs []figSpec) []Input {
	var order []string
	bySrc := map[string][]figSpec{}
	for _, s := range specs {
		if bySrc[s.src] == nil {
			order = append(order, s.src)
		}
		bySrc[s.src] = append(bySrc[s.src], s)
	}
	var ins []Input
	for _, src := range order {
		ss := bySrc[src]
		var sents []string
		for _, s := range ss {
			sents = append(sents, s.sentence)
		}
		pub := cmp.Or(ss[0].published, "2025-05-20")
		a := art(src, ss[0].outlet, pub, strings.Join(sents, " "))
		a.Origin = ss[0].origin
		in := Input{Article: a, DuplicateOf: ss[0].dupOf, EventID: "e1"}
		for _, s := range ss {
			in.Analysis.Figures = append(in.Analysis.Figures, fig(a, s.phrase, s.value, s.unit, s.approx, s.claimedBy))
			for _, p := range s.places {
				if !slices.ContainsFunc(in.Analysis.Entities, func(e analyze.Entity) bool { return e.Name == p }) {
					in.Analysis.Entities = append(in.Analysis.Entities, entity(a, p, "place"))
				}
			}
		}
		ins = append(ins, in)
	}
	return ins
}

// quantityWith finds the quantity holding a value phrased phrase.
func quantityWith(qs []Quantity, phrase string) *Quantity {
	for i := range qs {
		for _, v := range qs[i].Values {
			if v.Phrase == phrase {
				return &qs[i]
			}
		}
	}
	return nil
}

func TestFigures(t *testing.T) {
	launched150 := figSpec{src: "a1", outlet: "Reuters", sentence: "Russia launched 150 drones overnight, Ukraine's air force said.",
		phrase: "150 drones", value: 150, unit: "drones", claimedBy: "Ukraine's air force"}
	tests := []struct {
		name       string
		specs      []figSpec
		quantities int
		probe      string // a phrase whose quantity is checked
		agreement  string
		values     int
		sources    int // independent
	}{
		{
			name: "nearly two hours agrees with two-hour",
			specs: []figSpec{
				{src: "a1", outlet: "Reuters", sentence: "Trump and Putin spoke for nearly two hours on Monday, the Kremlin said.",
					phrase: "nearly two hours", value: 2, unit: "hours", approx: true, claimedBy: "Kremlin"},
				{src: "b1", outlet: "BBC", sentence: "The two-hour call between the two leaders covered a ceasefire.",
					phrase: "two-hour", value: 2, unit: "hour"},
			},
			quantities: 1, probe: "two-hour", agreement: "agree", values: 2, sources: 2,
		},
		{
			name: "150 and 145 drones launched conflict",
			specs: []figSpec{launched150,
				{src: "b1", outlet: "BBC", sentence: "Moscow fired 145 drones at Ukrainian cities overnight.",
					phrase: "145 drones", value: 145, unit: "drones"}},
			quantities: 1, probe: "145 drones", agreement: "conflict", values: 2, sources: 2,
		},
		{
			name: "durations an order of magnitude apart are separate quantities",
			specs: []figSpec{
				{src: "a1", outlet: "Reuters", sentence: "The leaders talked for nearly two hours on Monday.",
					phrase: "nearly two hours", value: 2, unit: "hours", approx: true},
				{src: "b1", outlet: "BBC", sentence: "Delegations held direct talks for the first time in almost three years.",
					phrase: "almost three years", value: 3, unit: "years", approx: true}},
			quantities: 2, probe: "nearly two hours", agreement: "single", values: 1, sources: 1,
		},
		{
			name: "drones launched and drones intercepted are separate quantities",
			specs: []figSpec{launched150,
				{src: "b1", outlet: "BBC", sentence: "Air defences shot down 57 drones over Kyiv and Odesa.",
					phrase: "57 drones", value: 57, unit: "drones"},
				{src: "c1", outlet: "CNN", sentence: "Ukraine said it intercepted 57 drones during the night.",
					phrase: "57 drones", value: 57, unit: "drones"}},
			quantities: 2, probe: "57 drones", agreement: "agree", values: 1, sources: 2,
		},
		{
			name: "90 minutes conflicts with more than two hours",
			specs: []figSpec{
				{src: "a1", outlet: "Reuters", sentence: "The call lasted 90 minutes, according to Ukrainian officials.",
					phrase: "90 minutes", value: 90, unit: "minutes", claimedBy: "Ukrainian officials"},
				{src: "b1", outlet: "BBC", sentence: "Zelensky said Putin spoke for more than two hours with Trump.",
					phrase: "more than two hours", value: 2, unit: "hours", approx: true, claimedBy: "Zelensky"}},
			quantities: 1, probe: "90 minutes", agreement: "conflict", values: 2, sources: 2,
		},
		{
			name: "a 30-day ceasefire is not the length of the call",
			specs: []figSpec{
				{src: "a1", outlet: "Reuters", sentence: "Trump proposed a 30-day ceasefire on energy infrastructure.",
					phrase: "30-day", value: 30, unit: "day"},
				{src: "b1", outlet: "BBC", sentence: "The two-hour call between the two leaders ended late.",
					phrase: "two-hour", value: 2, unit: "hour"}},
			quantities: 2, probe: "30-day", agreement: "single", values: 1, sources: 1,
		},
		{
			name: "syndicated copies do not confirm their original",
			specs: []figSpec{launched150,
				{src: "x1", outlet: "Yahoo News", sentence: launched150.sentence, phrase: "150 drones", value: 150,
					unit: "drones", claimedBy: "Ukraine's air force", dupOf: "a1"},
				{src: "y1", outlet: "MSN", sentence: "Russia launched 150 drones overnight, Ukraine's air force said on Tuesday.",
					phrase: "150 drones", value: 150, unit: "drones", claimedBy: "Ukraine's air force", origin: "reuters.example"}},
			quantities: 1, probe: "150 drones", agreement: "single", values: 1, sources: 1,
		},
		{
			name: "an independent outlet does confirm",
			specs: []figSpec{launched150,
				{src: "x1", outlet: "Yahoo News", sentence: launched150.sentence, phrase: "150 drones", value: 150,
					unit: "drones", claimedBy: "Ukraine's air force", dupOf: "a1"},
				{src: "b1", outlet: "BBC", sentence: "Russia launched about 150 drones, Kyiv said.",
					phrase: "about 150 drones", value: 150, unit: "drones", approx: true, claimedBy: "Kyiv"}},
			quantities: 1, probe: "150 drones", agreement: "agree", values: 2, sources: 2,
		},
		{
			name: "lengths in feet and metres are compared",
			specs: []figSpec{
				{src: "a1", outlet: "Reuters", sentence: "The avalanche was about 400 metres wide, rescuers said.",
					phrase: "about 400 metres", value: 400, unit: "metres", approx: true},
				{src: "b1", outlet: "BBC", sentence: "The avalanche was about 1,300 feet wide, rescuers said.",
					phrase: "about 1,300 feet", value: 1300, unit: "feet", approx: true}},
			quantities: 1, probe: "about 1,300 feet", agreement: "agree", values: 2, sources: 2,
		},
		{
			name: "km and kilometres are one unit",
			specs: []figSpec{
				{src: "a1", outlet: "Reuters", sentence: "Oil had reached 40 km of coastline by Thursday evening, the coastguard said.",
					phrase: "40 km", value: 40, unit: "km", claimedBy: "coastguard"},
				{src: "b1", outlet: "BBC", sentence: "Oil had reached 65 kilometres of coastline by Thursday evening, the navy said.",
					phrase: "65 kilometres", value: 65, unit: "kilometres", claimedBy: "navy"}},
			quantities: 1, probe: "40 km", agreement: "conflict", values: 2, sources: 2,
		},
		{
			name: "a bare number answering another source's figure in one sentence is a dispute",
			specs: []figSpec{
				{src: "a1", outlet: "Reuters", sentence: "Police maintain that 45 passengers were aboard; the bus company says 38.",
					phrase: "45 passengers", value: 45, unit: "passengers", claimedBy: "Police"},
				{src: "a1", outlet: "Reuters", sentence: "Police maintain that 45 passengers were aboard; the bus company says 38.",
					phrase: "38", value: 38, unit: "", claimedBy: "the bus company"}},
			quantities: 1, probe: "45 passengers", agreement: "conflict", values: 2, sources: 1,
		},
		{
			name: "a bare number with a unit the analysis missed answers nothing",
			specs: []figSpec{
				{src: "a1", outlet: "Reuters", sentence: "Protection operated after roughly 600 milliseconds, by which time two lines rated at 400 kV had tripped.",
					phrase: "roughly 600 milliseconds", value: 600, unit: "milliseconds", approx: true},
				{src: "a1", outlet: "Reuters", sentence: "Protection operated after roughly 600 milliseconds, by which time two lines rated at 400 kV had tripped.",
					phrase: "400", value: 400, unit: ""}},
			quantities: 2, probe: "400", agreement: "single", values: 1, sources: 1,
		},
		{
			name: "sums without an action differ without a dispute: no conflict claimed",
			specs: []figSpec{
				{src: "a1", outlet: "Reuters", sentence: "The club was sold for £110m on Friday.",
					phrase: "£110m", value: 110e6, unit: "pounds"},
				{src: "b1", outlet: "BBC", sentence: "The buyers will fund the £120m purchase with new equity.",
					phrase: "£120m", value: 120e6, unit: "pounds"}},
			quantities: 2, probe: "£110m", agreement: "single", values: 1, sources: 1,
		},
		{
			name: "the dead of two cities are separate quantities",
			specs: []figSpec{
				{src: "a1", outlet: "Reuters", sentence: "A missile strike killed 12 people in Kharkiv, the governor said.",
					phrase: "12 people", value: 12, unit: "people", places: []string{"Kharkiv"}},
				{src: "b1", outlet: "BBC", sentence: "Nine people were killed in Odesa overnight.",
					phrase: "Nine people", value: 9, unit: "people", places: []string{"Odesa"}}},
			quantities: 2, probe: "12 people", agreement: "single", values: 1, sources: 1,
		},
		{
			name: "a place named as an actor does not separate",
			specs: []figSpec{
				{src: "a1", outlet: "Reuters", sentence: "Russia launched 150 drones at Ukraine overnight.",
					phrase: "150 drones", value: 150, unit: "drones", places: []string{"Russia", "Ukraine"}},
				{src: "b1", outlet: "BBC", sentence: "Russia fired 145 drones during the night, officials said.",
					phrase: "145 drones", value: 145, unit: "drones", places: []string{"Russia"}}},
			quantities: 1, probe: "145 drones", agreement: "conflict", values: 2, sources: 2,
		},
		{
			name: "a week's total is not a night's count",
			specs: []figSpec{
				{src: "a1", outlet: "Reuters", sentence: "Russia launched 400 drones overnight, the air force said.",
					phrase: "400 drones", value: 400, unit: "drones"},
				{src: "b1", outlet: "BBC", sentence: "Russia has launched 1,200 drones at Ukraine so far this week.",
					phrase: "1,200 drones", value: 1200, unit: "drones"}},
			quantities: 2, probe: "400 drones", agreement: "single", values: 1, sources: 1,
		},
		{
			name: "an article giving two values counts two things",
			specs: []figSpec{
				{src: "a1", outlet: "Reuters", sentence: "At least 12 people were killed in the first strike.",
					phrase: "12 people", value: 12, unit: "people", approx: true},
				{src: "a1", outlet: "Reuters", sentence: "Eight people were killed when a second missile hit a school.",
					phrase: "Eight people", value: 8, unit: "people"},
				{src: "b1", outlet: "BBC", sentence: "The first strike killed 12 people, the governor said.",
					phrase: "12 people", value: 12, unit: "people"}},
			quantities: 2, probe: "Eight people", agreement: "single", values: 1, sources: 1,
		},
		{
			name: "a shared topic word is too little to call a conflict",
			specs: []figSpec{
				{src: "a1", outlet: "Reuters", sentence: "Two leaders discussed the ceasefire proposal at length.",
					phrase: "Two leaders", value: 2, unit: "leaders"},
				{src: "b1", outlet: "BBC", sentence: "Four leaders backed the ceasefire in a joint statement.",
					phrase: "Four leaders", value: 4, unit: "leaders"}},
			quantities: 2, probe: "Four leaders", agreement: "single", values: 1, sources: 1,
		},
		{
			name: "a toll that rose from one day to the next changed",
			specs: []figSpec{
				{src: "a1", outlet: "Reuters", published: "2025-05-20", sentence: "The earthquake killed 12 people, officials said.",
					phrase: "12 people", value: 12, unit: "people"},
				{src: "b1", outlet: "BBC", published: "2025-05-21", sentence: "The earthquake has killed 14 people, officials said.",
					phrase: "14 people", value: 14, unit: "people"},
				{src: "c1", outlet: "CNN", published: "2025-05-21", sentence: "The quake killed 14 people.",
					phrase: "14 people", value: 14, unit: "people"}},
			quantities: 1, probe: "12 people", agreement: "changed", values: 2, sources: 3,
		},
		{
			name: "the same figure agrees without shared context",
			specs: []figSpec{
				{src: "a1", outlet: "Reuters", sentence: "Corvane Airways cancelled 312 flights on Tuesday as pilots began a strike.",
					phrase: "312 flights", value: 312, unit: "flights"},
				{src: "b1", outlet: "BBC", sentence: "Nationally, the carrier grounded 312 flights, a spokesman said.",
					phrase: "312 flights", value: 312, unit: "flights"}},
			quantities: 1, probe: "312 flights", agreement: "agree", values: 1, sources: 2,
		},
		{
			name: "the same figure under another action named in its sentence is another quantity",
			specs: []figSpec{
				{src: "a1", outlet: "Reuters", sentence: "The enemy launched 163 drones as well as nine missiles: three ballistic missiles and six cruise missiles.",
					phrase: "six cruise missiles", value: 6, unit: "missiles"},
				{src: "b1", outlet: "BBC", sentence: "Air defences downed 142 drones and six cruise missiles.",
					phrase: "six cruise missiles", value: 6, unit: "missiles"}},
			quantities: 2, probe: "six cruise missiles", agreement: "single", values: 1, sources: 1,
		},
		{
			name: "the same measure without shared context is two quantities",
			specs: []figSpec{
				{src: "a1", outlet: "Reuters", sentence: "Prices rose 31 percent in the capital.",
					phrase: "31 percent", value: 31, unit: "percent"},
				{src: "b1", outlet: "BBC", sentence: "Turnout among young voters reached 31 percent.",
					phrase: "31 percent", value: 31, unit: "percent"}},
			quantities: 2, probe: "31 percent", agreement: "single", values: 1, sources: 1,
		},
		{
			name: "a bare number joined to a figure counts its noun and side",
			specs: []figSpec{
				{src: "a1", outlet: "Reuters", sentence: "Seven Aurenne soldiers were killed and 12 wounded on Sunday, the minister said.",
					phrase: "Seven Aurenne soldiers", value: 7, unit: "soldiers", claimedBy: "the minister"},
				{src: "a1", phrase: "12", value: 12, claimedBy: "the minister"},
				{src: "b1", outlet: "BBC", sentence: "Three Kestany soldiers died in the fighting and five were wounded, the General Staff said.",
					phrase: "Three Kestany soldiers", value: 3, unit: "soldiers", claimedBy: "General Staff"},
				{src: "b1", phrase: "five", value: 5, claimedBy: "General Staff"}},
			quantities: 4, probe: "five", agreement: "single", values: 1, sources: 1,
		},
		{
			name: "two sums of one package conflict",
			specs: []figSpec{
				{src: "a1", outlet: "Reuters", sentence: "Parliament on Tuesday approved a $2.1 billion aid package for farmers hit by the drought.",
					phrase: "$2.1 billion", value: 2.1e9, unit: "dollars"},
				{src: "b1", outlet: "BBC", sentence: "The emergency budget contains a $2.4 billion aid package for farmers.",
					phrase: "$2.4 billion", value: 2.4e9, unit: "dollars"}},
			quantities: 1, probe: "$2.4 billion", agreement: "conflict", values: 2, sources: 2,
		},
		{
			name: "two spans of time without a call or a dispute are two quantities",
			specs: []figSpec{
				{src: "a1", outlet: "Reuters", sentence: "The court handed the former minister a 15-year prison sentence.",
					phrase: "15-year", value: 15, unit: "year"},
				{src: "b1", outlet: "BBC", sentence: "His deputy received an eight-year prison sentence.",
					phrase: "eight-year", value: 8, unit: "year"}},
			quantities: 2, probe: "eight-year", agreement: "single", values: 1, sources: 1,
		},
		{
			name: "the other noun of a list says nothing of what a count counts",
			specs: []figSpec{
				{src: "a1", outlet: "Reuters", sentence: "The air force said the enemy had launched nine missiles and 34 drones at the power plant overnight.",
					phrase: "nine missiles", value: 9, unit: "missiles"},
				{src: "a1", phrase: "34 drones", value: 34, unit: "drones"},
				{src: "b1", outlet: "BBC", sentence: "The power plant was hit by six missiles and 11 drones, the energy company said.",
					phrase: "six missiles", value: 6, unit: "missiles"},
				{src: "b1", phrase: "11 drones", value: 11, unit: "drones"}},
			quantities: 4, probe: "six missiles", agreement: "single", values: 1, sources: 1,
		},
		{
			name: "two percentages of prices are not one without a dispute",
			specs: []figSpec{
				{src: "a1", outlet: "Reuters", sentence: "Food prices were 6.5% higher than a year earlier.",
					phrase: "6.5%", value: 6.5, unit: "%"},
				{src: "b1", outlet: "BBC", sentence: "Energy prices were 3.1% lower than a year earlier.",
					phrase: "3.1%", value: 3.1, unit: "%"}},
			quantities: 2, probe: "3.1%", agreement: "single", values: 1, sources: 1,
		},
		{
			name: "tolls that differ on one day conflict",
			specs: []figSpec{
				{src: "a1", outlet: "Reuters", published: "2025-05-21", sentence: "The earthquake killed 12 people, officials said.",
					phrase: "12 people", value: 12, unit: "people"},
				{src: "b1", outlet: "BBC", published: "2025-05-21", sentence: "The earthquake has killed 14 people, officials said.",
					phrase: "14 people", value: 14, unit: "people"}},
			quantities: 1, probe: "12 people", agreement: "conflict", values: 2, sources: 2,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := Build("event", "e1", "", figInputs(tt.specs))
			if len(b.Figures) != tt.quantities {
				t.Fatalf("got %d quantities, want %d: %+v", len(b.Figures), tt.quantities, b.Figures)
			}
			q := quantityWith(b.Figures, tt.probe)
			if q == nil {
				t.Fatalf("no quantity holds %q", tt.probe)
			}
			if q.Agreement != tt.agreement || len(q.Values) != tt.values || q.IndependentSources != tt.sources {
				t.Errorf("%q: agreement %s, %d values, %d independent; want %s, %d, %d (%+v)", q.What,
					q.Agreement, len(q.Values), q.IndependentSources, tt.agreement, tt.values, tt.sources, *q)
			}
		})
	}
}

func TestFigureWhat(t *testing.T) {
	b := Build("event", "e1", "", figInputs([]figSpec{
		{src: "a1", outlet: "Reuters", sentence: "Russia launched 150 drones overnight, Ukraine's air force said.",
			phrase: "150 drones", value: 150, unit: "drones"},
		{src: "b1", outlet: "BBC", sentence: "Air defences shot down 57 drones over Kyiv and Odesa.",
			phrase: "57 drones", value: 57, unit: "drones"},
	}))
	var whats []string
	for _, q := range b.Figures {
		whats = append(whats, q.What)
	}
	slices.Sort(whats)
	if want := []string{"drones intercepted", "drones launched"}; !slices.Equal(whats, want) {
		t.Errorf("got %q, want %q", whats, want)
	}
}

func TestQuotes(t *testing.T) {
	a := art("a1", "Reuters", "2025-05-20", `"We are ready for peace talks without any preconditions," Putin said after the call.`)
	b := art("b1", "BBC", "2025-05-20", `Putin told reporters he was "ready for peace talks" with Kyiv.`)
	c := art("c1", "CNN", "2025-05-20", `"We are ready for peace talks, without any preconditions," Putin said.`)
	d := art("d1", "AP", "2025-05-20", `"This is a step towards peace," a senior official said on Tuesday.`)
	e := art("e1", "AP", "2025-05-20", `Zelensky said Ukraine would not accept any deal made without it. He said "dozens" had died.`)
	// One remark translated two ways: one item, the other wording kept.
	f := art("f1", "Kyiv Post", "2025-05-20", `"Only yesterday, once the ministers had met, when the general said he was pausing attacks on our grid, 90 rockets were fired," Zelensky said.`)
	g := art("g1", "DW", "2025-05-20", `"Only yesterday, once the ministers had met, when the general announced he had ordered a pause in attacks against our power grid, 90 rockets were fired," Zelensky said.`)
	ins := []Input{
		{Article: f, Analysis: analyze.Analysis{Quotes: []analyze.Quote{quote(f, "Only yesterday, once the ministers had met, when the general said he was pausing attacks on our grid, 90 rockets were fired", "Zelensky", true)}}},
		{Article: g, Analysis: analyze.Analysis{Quotes: []analyze.Quote{quote(g, "Only yesterday, once the ministers had met, when the general announced he had ordered a pause in attacks against our power grid, 90 rockets were fired", "Zelensky", true)}}},
		{Article: a, Analysis: analyze.Analysis{Quotes: []analyze.Quote{quote(a, "We are ready for peace talks without any preconditions", "Putin", true)}}},
		{Article: b, Analysis: analyze.Analysis{Quotes: []analyze.Quote{quote(b, "ready for peace talks", "Putin", true)}}},
		{Article: c, Analysis: analyze.Analysis{Quotes: []analyze.Quote{quote(c, "We are ready for peace talks, without any preconditions", "Putin", true)}}},
		{Article: d, Analysis: analyze.Analysis{Quotes: []analyze.Quote{quote(d, "This is a step towards peace", "", true)}}},
		{Article: e, Analysis: analyze.Analysis{Quotes: []analyze.Quote{quote(e, "Ukraine would not accept any deal made without it", "Zelensky", false),
			quote(e, "dozens", "Zelensky", true)}}}, // one quoted word: not shown
	}
	got := Build("event", "e1", "", ins).Quotes
	tests := []struct {
		speaker string
		quotes  int
		first   string
		sources int
		direct  bool
	}{
		{"Putin", 1, "We are ready for peace talks without any preconditions", 3, true},
		{"Zelensky", 2, "Only yesterday, once the ministers had met, when the general announced he had ordered a pause in attacks against our power grid, 90 rockets were fired", 2, true},
		{Unattributed, 1, "This is a step towards peace", 1, true},
	}
	if len(got) != len(tests) {
		t.Fatalf("got %d speakers, want %d: %+v", len(got), len(tests), got)
	}
	for i, tt := range tests {
		s := got[i]
		if s.Speaker != tt.speaker || len(s.Quotes) != tt.quotes {
			t.Errorf("speaker %d: got %s with %d quotes, want %s with %d", i, s.Speaker, len(s.Quotes), tt.speaker, tt.quotes)
			continue
		}
		q := s.Quotes[0]
		if q.Text != tt.first || len(q.Sources) != tt.sources || q.Direct != tt.direct {
			t.Errorf("%s: got %q (%d sources, direct %v), want %q (%d, %v)", s.Speaker, q.Text, len(q.Sources), q.Direct, tt.first, tt.sources, tt.direct)
		}
	}
	if zq := got[1].Quotes[0]; len(zq.Variants) != 1 || !strings.Contains(zq.Variants[0], "pausing attacks on our grid") {
		t.Errorf("the other translation is not kept as a variant: %q", zq.Variants)
	}
}

// summaryInputs are four outlets reporting one call, with syndicated and
// near-identical sentences, paraphrases and page furniture.
func summaryInputs() []Input {
	leads := []struct {
		src, outlet string
		paras       []string
	}{
		{"a1", "Reuters", []string{
			"Donald Trump and Vladimir Putin agreed on Tuesday to an immediate pause in strikes on energy infrastructure in Ukraine.",
			"The two leaders spoke by telephone for nearly two hours, the Kremlin said in a statement.",
			"Putin rejected a full 30-day ceasefire proposed by Washington and demanded an end to foreign military aid to Kyiv.",
			"Subscribe to our newsletter for the latest updates on the war in Ukraine."}},
		{"b1", "BBC", []string{
			"Donald Trump and Vladimir Putin agreed on Tuesday to an immediate pause in strikes on Ukraine's energy infrastructure.",
			"Live updates.",
			"Volodymyr Zelensky said Ukraine would support the pause but wanted details from Washington first.",
			"Click here to read more: https://bbc.example/live"}},
		{"c1", "CNN", []string{
			"Trump and Putin agreed to pause strikes on energy infrastructure in Ukraine, the White House said after the call.",
			"Negotiations on a maritime ceasefire in the Black Sea will begin in Saudi Arabia on Sunday, officials said.",
			"Russia launched dozens of drones at Ukrainian cities hours after the leaders spoke, Ukrainian officials said."}},
		{"d1", "AP", []string{
			"Donald Trump and Vladimir Putin agreed on Tuesday to an immediate pause in strikes on energy infrastructure in Ukraine.",
			"We use cookies to improve your experience on this website and for advertising purposes."}},
	}
	var ins []Input
	for _, l := range leads {
		ins = append(ins, Input{Article: art(l.src, l.outlet, "2025-03-18", l.paras...), EventID: "e1"})
	}
	return ins
}

func TestSummary(t *testing.T) {
	sum := Build("event", "e1", "", summaryInputs()).Summary
	if len(sum) < MinSummary || len(sum) > MaxSummary {
		t.Fatalf("got %d sentences, want %d–%d: %+v", len(sum), MinSummary, MaxSummary, sum)
	}
	for i, s := range sum {
		if boilerplate(s.Text) {
			t.Errorf("boilerplate in summary: %q", s.Text)
		}
		for _, o := range sum[:i] {
			if ov := overlapMin(wordSet(s.Text), wordSet(o.Text)); ov > redundancy {
				t.Errorf("redundant (%.2f): %q after %q", ov, s.Text, o.Text)
			}
		}
	}
	// The agreed pause is the lead everyone carries: cited to every outlet
	// writing it near-identically.
	first := sum[0]
	if !strings.Contains(first.Text, "pause in strikes") {
		t.Errorf("first summary sentence %q is not the shared lead", first.Text)
	}
	if got, want := outlets(first.Sources), []string{"AP", "BBC", "Reuters"}; !slices.Equal(got, want) {
		t.Errorf("shared lead cited to %v, want %v", got, want)
	}
}

func TestSummaryBoilerplate(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"Subscribe to our newsletter for the latest updates on the war.", true},
		{"We use cookies to improve your experience on this website today.", true},
		{"Read the full statement at https://example.org/statement today please.", true},
		{"Live updates.", true},
		{"Putin rejected a full 30-day ceasefire proposed by Washington.", false},
		{`The number is 6,200, and it is in black and white," the chairman told a rally on Wednesday.`, true},
		{"“We have seen the plans that were presented to the works councils.", true},
		{`The chairman said the number was "in black and white" at a rally on Wednesday.`, false},
		{"“We will not retreat,” the minister told reporters in the capital on Monday.", false},
	}
	for _, tt := range tests {
		if got := boilerplate(tt.s); got != tt.want {
			t.Errorf("boilerplate(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

func TestTimeline(t *testing.T) {
	a := art("a1", "Reuters", "2025-03-20",
		"Talks on a Black Sea ceasefire will open in Riyadh on March 23, officials said.",
		"On March 18, Trump and Putin agreed to pause strikes on energy sites, the Kremlin said.")
	b := art("b1", "BBC", "2025-03-21",
		"Trump and Putin agreed on March 18 to pause strikes on energy sites, according to the White House.",
		"A day earlier, on March 17, the Kremlin confirmed the call would take place.")
	c := art("c1", "CNN", "2025-03-19",
		"After a two-hour call on March 18, Trump and Putin agreed to pause strikes on energy sites.",
		"On March 18, Zelensky visited Finland.")
	ins := []Input{
		{Article: a, Analysis: analyze.Analysis{Dates: []analyze.DateMention{date(a, "March 23", "2025-03-23"), date(a, "March 18", "2025-03-18")}}},
		{Article: b, Analysis: analyze.Analysis{Dates: []analyze.DateMention{date(b, "March 18", "2025-03-18"), date(b, "March 17", "2025-03-17"),
			{Phrase: "A day earlier", Start: strings.Index(b.Body(), "A day earlier"), End: strings.Index(b.Body(), "A day earlier") + 13}}}},
		{Article: c, Analysis: analyze.Analysis{Dates: []analyze.DateMention{date(c, "March 18", "2025-03-18"), date(c, "On March 18, Zelensky", "2025-03-18")}}},
	}
	tl := Build("story", "s1", "Ceasefire talks", ins).Timeline
	var days []string
	for _, it := range tl {
		days = append(days, it.Day())
	}
	if want := []string{"2025-03-17", "2025-03-18", "2025-03-23"}; !slices.Equal(days, want) {
		t.Fatalf("dates %v, want %v", days, want)
	}
	tests := []struct {
		date, want string
		outlets    int
	}{
		{"2025-03-18", "Trump and Putin agreed to pause strikes on energy sites", 3},
		{"2025-03-23", "Talks on a Black Sea ceasefire will open in Riyadh on March 23.", 1},
	}
	for _, tt := range tests {
		i := slices.IndexFunc(tl, func(it TimelineItem) bool { return it.Day() == tt.date })
		it := tl[i]
		if !strings.Contains(it.What, tt.want) || len(outlets(it.Sources)) != tt.outlets {
			t.Errorf("%s: %q with %d outlets, want %q with %d", tt.date, it.What, len(outlets(it.Sources)), tt.want, tt.outlets)
		}
		if strings.Contains(it.What, "said") || strings.Contains(it.What, "according to") {
			t.Errorf("%s: attribution kept in %q", tt.date, it.What)
		}
	}
}

func TestMainClause(t *testing.T) {
	tests := []struct {
		in   string
		date string // the date phrase, whose clause is wanted
		want string
	}{
		{"Russia launched 150 drones overnight, Ukraine's air force said.", "overnight", "Russia launched 150 drones overnight."},
		{"After a two-hour call on Monday, the leaders agreed to a pause in strikes.", "on Monday", "A two-hour call; the leaders agreed to a pause in strikes."},
		{"During the call on Tuesday, the Russian leader agreed not to target power plants.", "on Tuesday", "The call; the Russian leader agreed not to target power plants."},
		{"After talks in Riyadh, the leaders agreed on Monday to pause strikes.", "on Monday", "The leaders agreed on Monday to pause strikes."},
		{"Shortly after the call on Tuesday, air raid sirens sounded in Kyiv.", "on Tuesday", "The call; air raid sirens sounded in Kyiv."},
		{"The ceasefire, which Kyiv accepted on March 11, was rejected by Moscow.", "on March 11", "The ceasefire was rejected by Moscow."},
		{"The army fired 64 shells and “several smoke rounds,” the defence ministry said on its website Tuesday, adding that 12 hit the town.", "Tuesday", "The army fired 64 shells and “several smoke rounds”."},
		{"The authority has said engineers noticed seepage at the foot of the dam on Sunday.", "on Sunday", "Engineers noticed seepage at the foot of the dam on Sunday."},
		{"The minister said on Thursday that a fund would be set up.", "on Thursday", "The minister said on Thursday that a fund would be set up."},
		{"Talks stalled; on Monday the two sides agreed to a pause, officials said.", "on Monday", "On Monday the two sides agreed to a pause."},
		{"The talks ended on Sunday; a new round is planned for next month.", "on Sunday", "The talks ended on Sunday."},
		{"Air defences shot down 57 drones over Odesa, officials said on Tuesday.", "on Tuesday", "Air defences shot down 57 drones over Odesa."},
		// The date belongs to the clause after "after", not to the main one.
		{"The strikes come after the two leaders spoke for nearly two hours on Monday.", "on Monday", "The two leaders spoke for nearly two hours on Monday."},
		// A time appositive after the date tells another day's happening.
		{"The two presidents held an hour-long call on Wednesday, a day after the president spoke with the Kremlin.", "on Wednesday", "The two presidents held an hour-long call on Wednesday."},
		{"The two presidents held a call on Wednesday, two days after talks in Jeddah.", "on Wednesday", "The two presidents held a call on Wednesday."},
		// A leading "after" is a subordinate clause, not the happening.
		{"After the vote on Friday the party said it would appeal.", "on Friday", "After the vote on Friday the party said it would appeal."},
	}
	for _, tt := range tests {
		if got := mainClause(tt.in, strings.Index(tt.in, tt.date), len(tt.date)); got != tt.want {
			t.Errorf("mainClause(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCoverageAndActors(t *testing.T) {
	a := art("a1", "Reuters", "2025-05-19", "Trump spoke to Putin about Ukraine for two hours on Monday, officials said.")
	a2 := art("a2", "Reuters", "2025-05-21", "Putin said Russia was ready to work with Ukraine on a memorandum.")
	cp := art("x1", "Yahoo News", "2025-05-20", a.Paragraphs[0].Text)
	ap := art("p1", "MSN", "2025-05-20", "Trump said the talks with Putin went very well, the Associated Press reported.")
	ap.Origin = "AP"
	b := art("b1", "BBC", "2025-05-20", "Zelensky said Ukraine would not accept terms set by Putin and Trump.")
	ins := []Input{{Article: a}, {Article: a2}, {Article: cp, DuplicateOf: "a1"}, {Article: ap}, {Article: b}}
	for i := range ins {
		for _, n := range []string{"Trump", "Putin", "Zelensky"} {
			if e := entity(ins[i].Article, n, "person"); len(e.Mentions) > 0 {
				ins[i].Analysis.Entities = append(ins[i].Analysis.Entities, e)
			}
		}
		if e := entity(ins[i].Article, "Ukraine", "place"); len(e.Mentions) > 0 {
			ins[i].Analysis.Entities = append(ins[i].Analysis.Entities, e)
		}
	}
	br := Build("event", "e1", "Trump–Putin call", ins)
	wantCov := []OutletCoverage{
		{Outlet: "Reuters", Articles: 2, CopyCount: 1, First: "2025-05-19", Last: "2025-05-21", Copies: []string{"Yahoo News"}},
		{Outlet: "BBC", Articles: 1, First: "2025-05-20", Last: "2025-05-20", Copies: []string{}},
		{Outlet: "AP", Articles: 0, CopyCount: 1, First: "2025-05-20", Last: "2025-05-20", Copies: []string{"MSN"}},
	}
	cov := slices.Clone(br.Coverage)
	var covSources []int
	for i := range cov {
		covSources = append(covSources, len(cov[i].Sources))
		cov[i].Sources = nil
	}
	if fmt.Sprint(cov) != fmt.Sprint(wantCov) {
		t.Errorf("coverage\n got %+v\nwant %+v", cov, wantCov)
	}
	// Each outlet's articles and the copies folded under it, with their
	// first sentences.
	if want := []int{3, 1, 1}; !slices.Equal(covSources, want) {
		t.Errorf("coverage sources per outlet %v, want %v", covSources, want)
	}
	for _, a := range br.Actors {
		if len(a.Sources) != a.Articles {
			t.Errorf("%s: %d sources for %d articles", a.Name, len(a.Sources), a.Articles)
		}
		for _, src := range a.Sources {
			if !strings.Contains(src.Sentence, a.Name) {
				t.Errorf("%s: source sentence %q does not name it", a.Name, src.Sentence)
			}
		}
	}
	var names []string
	for _, a := range br.Actors {
		names = append(names, a.Name)
	}
	if want := []string{"Putin", "Trump", "Ukraine", "Zelensky"}; !slices.Equal(names, want) {
		t.Errorf("actors %v, want %v", names, want)
	}
	if br.Actors[0].Articles != 5 || br.Actors[0].Mentions != 5 {
		t.Errorf("Putin: %+v", br.Actors[0])
	}
	if br.Label != "Trump–Putin call" {
		t.Errorf("label %q", br.Label)
	}
}

func TestHeadline(t *testing.T) {
	titles := []string{"Markets rally on Friday", "Trump and Putin agree energy truce", "Putin agrees truce in call with Trump",
		"Energy truce: what Trump and Putin agreed"}
	tests := []struct {
		label  string
		titles []string
		want   string
	}{
		{"Trump–Putin call, 18 March 2025", titles, "Trump and Putin agree energy truce"},
		{"", titles, "Trump and Putin agree energy truce"},
		{"Dam collapse", []string{"URGENT: Dam collapses above Brennick", "Dam collapse floods Brennick"}, "Dam collapses above Brennick"},
		{"Trump–Putin call, 18 March 2025", []string{""}, "Trump–Putin call, 18 March 2025"},
	}
	for _, tt := range tests {
		var ins []Input
		for i, ti := range tt.titles {
			a := art(fmt.Sprint("t", i), "Outlet", "2025-03-18", "Body.")
			a.Title = ti
			ins = append(ins, Input{Article: a})
		}
		if got := Build("event", "e1", tt.label, ins).Headline; got != tt.want {
			t.Errorf("label %q, titles %q: headline %q, want %q", tt.label, tt.titles, got, tt.want)
		}
	}
}

func TestRender(t *testing.T) {
	ins := append(summaryInputs(), figInputs([]figSpec{
		{src: "f1", outlet: "Reuters", sentence: "Russia launched 150 drones overnight, Ukraine's air force said.", phrase: "150 drones", value: 150, unit: "drones"},
		{src: "f2", outlet: "BBC <b>", sentence: "Moscow fired 145 drones at Ukrainian cities overnight.", phrase: "145 drones", value: 145, unit: "drones"},
	})...)
	x := art("q1", "AP", "2025-03-18", `"<script>alert(1)</script> is not a plan," Zelensky said on the record.`)
	ins = append(ins, Input{Article: x, Analysis: analyze.Analysis{Quotes: []analyze.Quote{quote(x, "<script>alert(1)</script> is not a plan", "Zelensky", true)}}})
	b := Build("event", "e1", "Energy truce & drones", ins)

	md := b.Markdown()
	for _, want := range []string{"# " + b.Headline, "· Energy truce & drones ·", "## Summary", "## Who said what", "## Figures", "## Coverage", "⚠ **drones launched**", "[Reuters]"} {
		if !strings.Contains(md, want) {
			t.Errorf("markdown lacks %q:\n%s", want, md)
		}
	}
	h := b.HTML()
	if strings.Contains(h, "<script>") || strings.Contains(h, "BBC <b>") {
		t.Errorf("HTML not escaped")
	}
	for _, want := range []string{"<!doctype html>", "Energy truce &amp; drones", "&lt;script&gt;", "<h2>Figures</h2>"} {
		if !strings.Contains(h, want) {
			t.Errorf("HTML lacks %q", want)
		}
	}
	js, err := json.Marshal(b)
	if err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{`"headline"`, `"independent_sources"`, `"claimed_by"`, `"sources"`, `"coverage"`} {
		if !strings.Contains(string(js), key) {
			t.Errorf("JSON lacks %s", key)
		}
	}
}

func TestEmpty(t *testing.T) {
	b := Build("event", "e0", "", nil)
	js, _ := json.Marshal(b)
	if strings.Contains(string(js), "null") {
		t.Errorf("empty brief has nulls: %s", js)
	}
	_ = b.Markdown()
	_ = b.HTML()
}

// --- benchmark ---

// synthInputs makes n articles of one event from 25 outlets: sentence
// templates with varying figures, quotes, dates and names, a tenth of
// them syndicated copies, analysed by the real analyzer.
func synthInputs(n int) []Input {
	r := rand.New(rand.NewPCG(1, 2))
	people := []string{"Donald Trump", "Vladimir Putin", "Volodymyr Zelensky", "Keir Starmer", "Emmanuel Macron", "Marco Rubio"}
	places := []string{"Kyiv", "Moscow", "Odesa", "Kharkiv", "Riyadh", "Istanbul", "Washington"}
	templates := []string{
		"%[1]s and %[2]s spoke for nearly %[3]s hours on Monday, the Kremlin said.",
		"Russia launched %[4]d drones and %[5]d missiles at %[6]s overnight, Ukraine's air force said.",
		"Air defences shot down %[7]d drones over %[6]s, officials said on Tuesday.",
		"%[1]s said the talks in %[8]s on May %[9]d had been \"constructive and useful for both sides\".",
		"\"We are ready to work on a memorandum about a future peace treaty,\" %[2]s told reporters after the call.",
		"A %[10]d-day ceasefire proposed by %[1]s was rejected by %[2]s, who demanded guarantees first.",
		"At least %[11]d people were killed and %[12]d injured in strikes on %[6]s, the regional governor said.",
		"%[13]s urged allies to keep up pressure on Moscow ahead of the summit in %[8]s next week.",
	}
	words := []string{"two", "two", "three"}
	var ins []Input
	for i := 0; i < n; i++ {
		outlet := fmt.Sprintf("Outlet %02d", i%25)
		args := []any{people[r.IntN(2)], people[1+r.IntN(2)], words[r.IntN(3)], 140 + r.IntN(20), 5 + r.IntN(5),
			places[r.IntN(4)], 50 + r.IntN(10), places[4+r.IntN(3)], 15 + r.IntN(5), 30, 3 + r.IntN(4), 10 + r.IntN(20),
			people[3+r.IntN(3)]}
		var paras []string
		for p := 0; p < 6; p++ {
			var b strings.Builder
			for s := 0; s < 3; s++ {
				b.WriteString(fmt.Sprintf(templates[r.IntN(len(templates))], args...))
				b.WriteString(" ")
			}
			paras = append(paras, strings.TrimSpace(b.String()))
		}
		a := art(fmt.Sprintf("s%03d", i), outlet, fmt.Sprintf("2025-05-%02d", 19+r.IntN(3)), paras...)
		a.Title = fmt.Sprintf("%s and %s talk about %s", args[0], args[1], args[5])
		in := Input{Article: a, EventID: "e1"}
		if i >= 25 && r.IntN(10) == 0 {
			orig := ins[r.IntN(len(ins))]
			in.Article.Paragraphs = orig.Article.Paragraphs
			in.DuplicateOf = orig.Article.Source
		}
		in.Analysis = analyze.Analyze(in.Article.Body(), in.Article.Published)
		ins = append(ins, in)
	}
	return ins
}

func BenchmarkBuild(b *testing.B) {
	ins := synthInputs(500)
	b.ReportAllocs()
	for b.Loop() {
		Build("event", "e1", "", ins)
	}
}

// A unit named "time" ("a one-time charge") is not a duration: it once
// made a value infinite, which JSON cannot carry.
func TestFigureUnitNamedTime(t *testing.T) {
	b := Build("event", "e1", "", figInputs([]figSpec{
		{src: "a1", outlet: "Reuters", sentence: "The firm will take a one-time charge of $180 million.", phrase: "one-time", value: 1, unit: "time"},
		{src: "b1", outlet: "BBC", sentence: "The charge is a one-time cost, the firm said.", phrase: "one-time", value: 1, unit: "time"},
		{src: "c1", outlet: "CNN", sentence: "Talks lasted two hours.", phrase: "two hours", value: 2, unit: "hours"},
	}))
	if _, err := json.Marshal(b); err != nil {
		t.Fatalf("brief does not encode: %v", err)
	}
	for _, q := range b.Figures {
		for _, v := range q.Values {
			if v.Value != 1 && v.Value != 2 {
				t.Errorf("%s: value %v", q.What, v.Value)
			}
		}
	}
}

func TestStripDateline(t *testing.T) {
	tests := []struct{ in, want string }{
		{"BRENNICK, Upper Dravenia - At least seven people were killed on Tuesday.", "At least seven people were killed on Tuesday."},
		{"SABEL, Calderra (Continental Newswire) — A powerful earthquake struck the valley.", "A powerful earthquake struck the valley."},
		{"Washington – U.S. President Donald Trump described the call as very good.", "U.S. President Donald Trump described the call as very good."},
		{"VALDERA (Continental Newswire) — Marisco's opposition leader is set to become prime minister.", "Marisco's opposition leader is set to become prime minister."},
		{"Russia launched 150 drones overnight - the most this year.", "Russia launched 150 drones overnight - the most this year."},
		{"At least seven people were killed.", "At least seven people were killed."},
		{"HALDEN, Varnessa, May 20 (Meridian) – A missile and drone attack wrecked the power plant.", "A missile and drone attack wrecked the power plant."},
		{"OSTREL/DRAVIK, June 11 (Meridian) – A strike on a hospital killed eight people.", "A strike on a hospital killed eight people."},
	}
	for _, tt := range tests {
		if got := stripDateline(tt.in); got != tt.want {
			t.Errorf("stripDateline(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// A story's summary tells its events in order of publication; an event's
// keeps the order of importance.
func TestStorySummaryChronological(t *testing.T) {
	late := art("b1", "BBC", "2025-11-06", "The government ordered an independent inquiry into the dam collapse and set up a compensation fund for the flooded towns.")
	early := art("a1", "Reuters", "2025-10-14", "The earthfill dam above Brennick gave way before dawn, flooding the lower town and two villages.")
	ins := []Input{{Article: late, EventID: "e2"}, {Article: early, EventID: "e1"}}
	sum := Build("story", "s1", "", ins).Summary
	if len(sum) < 2 || sum[0].Sources[0].Article != "a1" {
		t.Errorf("story summary not in order of publication: %+v", sum)
	}
}

func TestRoundStep(t *testing.T) {
	for _, tt := range []struct{ v, want float64 }{{40, 10}, {200, 100}, {1200, 100}, {3000, 1000}, {45, 0}, {7, 0}, {2.5, 0}} {
		if got := roundStep(tt.v); got != tt.want {
			t.Errorf("roundStep(%v) = %v, want %v", tt.v, got, tt.want)
		}
	}
}

func TestPeriodsFit(t *testing.T) {
	tests := []struct {
		a, b      string
		conflicts bool
		want      bool
	}{
		{"", "", true, true},
		{"nth", "", false, true},        // "on the first day of the strike" agrees with the day's count
		{"at evening", "", false, true}, // "by Tuesday evening"
		{"at evening nth", "nth", false, true},
		{"nth", "", true, false},   // differing values need the same periods
		{"left", "", false, false}, // what is left of a count is not the count
		{"at evening left", "left", false, true},
		{"total", "nth", false, false},
		{"y2024", "", false, false},
	}
	for _, tt := range tests {
		if got := periodsFit(tt.a, tt.b, tt.conflicts); got != tt.want {
			t.Errorf("periodsFit(%q, %q, %v) = %v, want %v", tt.a, tt.b, tt.conflicts, got, tt.want)
		}
	}
}

// TestTimelineAttributionDay: the day in a trailing attribution dates the
// saying, not the happening the sentence tells on another day; alone in its
// sentence it still dates what was said.
func TestTimelineAttributionDay(t *testing.T) {
	a := art("a1", "Reuters", "2026-07-15",
		"A wildfire tore through pine forest on Tuesday, destroying 34 homes, civil protection officials said on Wednesday.",
		"The fire had burned 2,100 hectares of forest and farmland, officials said on Thursday.")
	ins := []Input{{Article: a, Analysis: analyze.Analysis{Dates: []analyze.DateMention{
		date(a, "on Tuesday", "2026-07-14"), date(a, "on Wednesday", "2026-07-15"), date(a, "on Thursday", "2026-07-16")}}}}
	var days []string
	for _, it := range Build("event", "e1", "Wildfire", ins).Timeline {
		days = append(days, it.Day()+": "+it.What)
	}
	want := []string{
		"2026-07-14: A wildfire tore through pine forest on Tuesday, destroying 34 homes.",
		"2026-07-16: The fire had burned 2,100 hectares of forest and farmland.",
	}
	if !slices.Equal(days, want) {
		t.Errorf("timeline\n%q\nwant\n%q", days, want)
	}
}

// TestTimelineDateline: the day of a wire's dateline is when it filed, not
// a happening.
func TestTimelineDateline(t *testing.T) {
	a := art("a1", "CPA", "2026-06-11",
		"SARNOV, June 11 (CPA) — Seven people were killed when rockets struck the city hospital on Thursday morning, the governor said.")
	ins := []Input{{Article: a, Analysis: analyze.Analysis{Dates: []analyze.DateMention{
		date(a, "June 11", "2026-06-11"), date(a, "on Thursday morning", "2026-06-11")}}}}
	tl := Build("event", "e1", "Strike", ins).Timeline
	if len(tl) != 1 || !strings.HasPrefix(tl[0].What, "Seven people were killed") {
		t.Errorf("timeline %+v, want one item telling the killing", tl)
	}
}

// TestShortOrgName: an article naming a company short ("Arvenic") speaks for
// the company other articles name in full, whatever kind its analysis
// guessed; a person's surname stays the person's.
func TestShortOrgName(t *testing.T) {
	a := art("a1", "Reuters", "2026-10-06", `Arvenic Motors said it would cut 12,000 jobs by 2028.`)
	b := art("b1", "BBC", "2026-10-07", `Arvenic said its figure was accurate and final.`)
	c := art("c1", "CNN", "2026-10-07", `Union leader Henrik Solberg disputed the figure. Solberg said 6,200 jobs would go. Nordavia said it would help, the Nordavia Daily reported.`)
	ins := []Input{
		{Article: a, EventID: "e1", Analysis: analyze.Analysis{Entities: []analyze.Entity{entity(a, "Arvenic Motors", "org")},
			Quotes: []analyze.Quote{quote(a, "it would cut 12,000 jobs by 2028", "Arvenic Motors", false)}}},
		{Article: b, EventID: "e1", Analysis: analyze.Analysis{Entities: []analyze.Entity{entity(b, "Arvenic", "person")},
			Quotes: []analyze.Quote{quote(b, "its figure was accurate and final", "Arvenic", false)}}},
		{Article: c, EventID: "e1", Analysis: analyze.Analysis{Entities: []analyze.Entity{entity(c, "Henrik Solberg", "person"),
			entity(c, "Nordavia Daily", "org"), entity(c, "Nordavia", "place")},
			Quotes: []analyze.Quote{quote(c, "6,200 jobs would go", "Henrik Solberg", false), quote(c, "it would help", "Nordavia", false)}}},
	}
	var speakers []string
	for _, s := range Build("event", "e1", "", ins).Quotes {
		speakers = append(speakers, fmt.Sprintf("%s:%d", s.Speaker, len(s.Quotes)))
	}
	slices.Sort(speakers)
	if want := []string{"Arvenic Motors:2", "Henrik Solberg:1", "Nordavia:1"}; !slices.Equal(speakers, want) {
		t.Errorf("speakers %v, want %v", speakers, want)
	}
}
