package synth

import (
	"math"
	"math/rand/v2"
	"sort"
	"strings"
)

// The invented world: people, countries, companies, clubs and outlets,
// made from syllables so no name is a real one.

type person struct{ first, last string }

func (p *person) full() string { return p.first + " " + p.last }

type party struct {
	name   string
	leader *person
}

type country struct {
	name, adj  string
	capital    string
	cities     []string // the capital first
	provinces  []string
	headRole   string // "President" or "Prime Minister"
	head       *person
	ministers  []*person // by ministerRoles
	bank       string
	governor   *person
	rate       float64 // the central bank's policy rate, in percent
	parties    []party
	league     string
	court      string
	police     string
	ministries []string // by ministerRoles: "the foreign ministry", …
}

var ministerRoles = []string{"Foreign Minister", "Finance Minister", "Interior Minister", "Health Minister",
	"Defence Minister", "Energy Minister", "Transport Minister", "Justice Minister", "Labour Minister"}

var ministryNames = []string{"foreign ministry", "finance ministry", "interior ministry", "health ministry",
	"defence ministry", "energy ministry", "transport ministry", "justice ministry", "labour ministry"}

type sector struct {
	name     string   // "carmaker"
	suffixes []string // of company names
	products []string // kinds of product launched
	workers  string   // who strikes: "car workers"
	union    string   // "Metalworkers"
}

var sectors = []sector{
	{"carmaker", []string{"Motors", "Auto", "Automotive"}, []string{"electric SUV", "compact hatchback", "pickup truck", "electric saloon"}, "car workers", "Metalworkers"},
	{"technology company", []string{"Systems", "Labs", "Digital", "Technologies"}, []string{"smartphone", "laptop", "virtual reality headset", "AI assistant", "smartwatch"}, "tech workers", "Technology Workers"},
	{"energy group", []string{"Energy", "Power", "Petroleum"}, []string{"home battery", "solar panel range", "heat pump"}, "energy workers", "Energy Workers"},
	{"bank", []string{"Bank", "Capital", "Financial"}, []string{"banking app", "savings account", "payment card"}, "bank staff", "Finance Employees"},
	{"airline", []string{"Airways", "Air", "Airlines"}, []string{"long-haul route", "business class cabin", "loyalty programme"}, "pilots", "Pilots"},
	{"food company", []string{"Foods", "Brands", "Dairy"}, []string{"plant-based burger", "breakfast cereal", "energy drink"}, "food workers", "Food Workers"},
	{"telecoms operator", []string{"Telecom", "Mobile", "Networks"}, []string{"5G network", "fibre broadband plan", "satellite phone service"}, "telecoms engineers", "Communication Workers"},
	{"drugmaker", []string{"Pharma", "Therapeutics", "Biotech"}, []string{"weight-loss drug", "flu vaccine", "cancer treatment"}, "laboratory staff", "Health Industry Workers"},
	{"mining company", []string{"Mining", "Metals", "Resources"}, []string{"lithium mine", "copper smelter", "rare earths plant"}, "miners", "Mineworkers"},
	{"retailer", []string{"Stores", "Retail", "Market"}, []string{"same-day delivery service", "discount store chain", "online marketplace"}, "shop workers", "Retail Workers"},
}

type company struct {
	name    string
	sector  *sector
	country *country
	city    string
	ceo     *person
}

type team struct {
	name    string
	country *country
	city    string
	players []*person
	coach   *person
	stadium string
}

type outlet struct{ name, host string }

// world holds everything invented for one run, with popularity weights:
// some countries, companies and clubs are in the news far more than others.
type world struct {
	firsts, lasts []string
	countries     []*country
	countryW      []float64 // cumulative weights
	companies     []*company
	companyW      []float64
	teams         []*team
	teamW         []float64
	teamsOf       map[*country][]*team
	outlets       []*outlet
	outletW       []float64
	cups          []string // international competitions
}

var (
	onsets = []string{"b", "c", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z",
		"br", "dr", "kr", "st", "tr", "sh", "gr", "vl", "m", "n", "l", "r", "s", "t", "k"}
	vowels = []string{"a", "e", "i", "o", "u", "a", "e", "i", "o", "a", "e", "ei", "ia"}
	codas  = []string{"", "", "", "n", "r", "l", "s", "k", "m", "v", "th", "nd", "", "n", "r"}
	// Words a name must not be: dates, words the clusterer reads
	// specially, common English.
	reserved = func() map[string]bool {
		m := map[string]bool{}
		for _, w := range strings.Fields(`january february march april may june july august september october
november december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday
saturday sunday today the and for are but not you all any can had her was one our out day get has him his how
man new now old see two way who boy did its let put say she too use men mon tue wed thu fri sat sun ten sin
king queen sir lord lady dame pope head chief sen rep gen col state leader mayor envoy prince vice
nor ore tor air sea sun son ran rat ram ban bat bed bet bid big bit bug bus cab cat cut dad den dot far fat
fig fin fit fun gas gun hat hit hot hut ink jam jet kid kit lab lad lap law lid lip lot mad map mat mud net
nut pan pen pet pig pin pit pot pub rag red rib rid rim rod rot rub rug run sad sat set shy sit sky sob tan
tap tar tea tie tin tip toe top toy tub van vet war wet win yes zen zoo data area idea asia india china
cuba peru iran iraq chad mali niger oman laos rome paris berlin madrid kiev kyiv moscow tokyo delhi`) {
			m[w] = true
		}
		return m
	}()
)

// word makes a capitalised invented word of n syllables.
func word(r *rand.Rand, n int) string {
	var b strings.Builder
	for i := range n {
		if i > 0 || r.IntN(5) > 0 {
			b.WriteString(onsets[r.IntN(len(onsets))])
		}
		b.WriteString(vowels[r.IntN(len(vowels))])
		if i == n-1 || r.IntN(6) == 0 {
			b.WriteString(codas[r.IntN(len(codas))])
		}
	}
	return capFirst(b.String())
}

// uniqueWords makes n distinct words of the shape make returns.
func uniqueWords(n int, taken map[string]bool, gen func() string) []string {
	out := make([]string, 0, n)
	for len(out) < n {
		w := gen()
		l := strings.ToLower(w)
		if len(w) < 3 || taken[l] || reserved[l] || strings.ContainsAny(l, "-'") {
			continue
		}
		taken[l] = true
		out = append(out, w)
	}
	return out
}

func pick[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }

// zipf returns cumulative weights 1/(i+1)^s over n items.
func zipf(n int, s float64) []float64 {
	w := make([]float64, n)
	sum := 0.0
	for i := range w {
		sum += 1 / math.Pow(float64(i+1), s)
		w[i] = sum
	}
	return w
}

func weighted(r *rand.Rand, cum []float64) int {
	x := r.Float64() * cum[len(cum)-1]
	return sort.SearchFloat64s(cum, x)
}

func newWorld(r *rand.Rand) *world {
	w := &world{}
	taken := map[string]bool{}
	w.firsts = uniqueWords(500, taken, func() string {
		return word(r, 1+r.IntN(2)) + pick(r, []string{"", "", "a", "o", "el", "ina", "an"})
	})
	w.lasts = uniqueWords(1500, taken, func() string {
		return word(r, 2+r.IntN(4)/3) + pick(r, []string{"", "", "", "", "ov", "ski", "son", "ani", "ez", "berg", "ic", "escu"})
	})
	countryNames := uniqueWords(45, taken, func() string {
		return word(r, 1+r.IntN(2)) + pick(r, []string{"ia", "land", "stan", "ora", "avia", "esh", "ay", "ania"})
	})
	places := uniqueWords(45*8+45*4+400, taken, func() string {
		return word(r, 2) + pick(r, []string{"", "", "", "", "", "burg", "grad", "ville", "port", "ford", "ovo", "dal"})
	})
	partyWords := uniqueWords(200, taken, func() string { return word(r, 2) })
	brands := uniqueWords(400, taken, func() string { return word(r, 2) + pick(r, []string{"", "", "o", "ex", "ix", "a", "on"}) })

	next := 0
	place := func() string { next++; return places[next-1] }
	for _, name := range countryNames {
		c := &country{name: name, adj: adjective(name)}
		for range 8 {
			c.cities = append(c.cities, place())
		}
		c.capital = c.cities[0]
		for range 4 {
			c.provinces = append(c.provinces, place())
		}
		c.headRole = pick(r, []string{"President", "Prime Minister"})
		c.head = w.person(r)
		for range ministerRoles {
			c.ministers = append(c.ministers, w.person(r))
		}
		for _, m := range ministryNames {
			c.ministries = append(c.ministries, "the "+c.adj+" "+m)
		}
		c.bank = pick(r, []string{"the Central Bank of " + name, "the Bank of " + name, "the " + c.adj + " National Bank"})
		c.governor = w.person(r)
		c.rate = float64(1+r.IntN(16)) / 2
		for i := range 3 {
			var pn string
			switch i {
			case 0:
				pn = pick(r, []string{"the " + c.adj + " Democratic Party", "the " + c.adj + " Labour Party", "the Social Democrats of " + name})
			case 1:
				pn = pick(r, []string{"the " + partyWords[r.IntN(len(partyWords))] + " Alliance", "the People's Front", "the Conservative Union"})
			default:
				pn = pick(r, []string{"the " + partyWords[r.IntN(len(partyWords))] + " Movement", "the Green Party", "the Liberal Forum"})
			}
			c.parties = append(c.parties, party{name: pn, leader: w.person(r)})
		}
		c.parties[0].leader = c.head
		c.league = pick(r, []string{"the " + c.adj + " Premier League", "the " + c.adj + " Super League", "the " + name + " Cup"})
		c.court = pick(r, []string{"a court in " + c.capital, "the " + c.capital + " district court", "the " + c.adj + " high court"})
		c.police = pick(r, []string{"the " + c.adj + " police", "police in " + name, "the national police"})
		w.countries = append(w.countries, c)
	}
	w.countryW = zipf(len(w.countries), 0.9)

	for i := range 180 {
		s := &sectors[i%len(sectors)]
		c := w.countries[weighted(r, w.countryW)]
		co := &company{name: brands[i] + " " + pick(r, s.suffixes), sector: s, country: c, city: pick(r, c.cities[:4]), ceo: w.person(r)}
		w.companies = append(w.companies, co)
	}
	r.Shuffle(len(w.companies), func(i, j int) { w.companies[i], w.companies[j] = w.companies[j], w.companies[i] })
	w.companyW = zipf(len(w.companies), 0.8)

	w.teamsOf = map[*country][]*team{}
	seenTeam := map[string]bool{}
	for i := 0; len(w.teams) < 220; i++ {
		c := w.countries[weighted(r, w.countryW)]
		city := pick(r, c.cities)
		name := pick(r, []string{city + " United", city + " Rovers", "FC " + city, city + " Athletic", city + " Wanderers", "Sporting " + city, city + " City"})
		if seenTeam[name] {
			continue
		}
		seenTeam[name] = true
		t := &team{name: name, country: c, city: city, coach: w.person(r),
			stadium: pick(r, []string{city + " Arena", "the " + brands[200+i%100] + " Stadium", "Stadium " + brands[200+i%100]})}
		for range 4 {
			t.players = append(t.players, w.person(r))
		}
		w.teams = append(w.teams, t)
		w.teamsOf[c] = append(w.teamsOf[c], t)
	}
	r.Shuffle(len(w.teams), func(i, j int) { w.teams[i], w.teams[j] = w.teams[j], w.teams[i] })
	w.teamW = zipf(len(w.teams), 0.7)
	w.cups = []string{"the Continental Champions Cup", "the Intercontinental Trophy", "the " + brands[300] + " Cup"}

	seenHost := map[string]bool{}
	for len(w.outlets) < 40 {
		i := len(w.outlets)
		var name string
		switch i % 5 {
		case 0:
			name = "The " + w.countries[i%len(w.countries)].cities[1] + " " + pick(r, []string{"Herald", "Times", "Post", "Observer", "Gazette", "Courier", "Chronicle"})
		case 1:
			name = brands[320+i] + " News"
		case 2:
			name = "The Daily " + brands[320+i]
		case 3:
			name = w.countries[i%len(w.countries)].name + " Today"
		default:
			name = brands[320+i] + " " + pick(r, []string{"Wire", "Report", "Review", "Journal"})
		}
		host := strings.ToLower(strings.ReplaceAll(strings.TrimPrefix(name, "The "), " ", "")) + ".example"
		if seenHost[host] {
			continue
		}
		seenHost[host] = true
		w.outlets = append(w.outlets, &outlet{name: name, host: host})
	}
	w.outletW = zipf(len(w.outlets), 0.6)
	return w
}

func (w *world) person(r *rand.Rand) *person {
	return &person{first: pick(r, w.firsts), last: pick(r, w.lasts)}
}

func (w *world) country(r *rand.Rand) *country { return w.countries[weighted(r, w.countryW)] }

// otherCountry returns a country other than c.
func (w *world) otherCountry(r *rand.Rand, c *country) *country {
	for {
		if o := w.country(r); o != c {
			return o
		}
	}
}

func (w *world) company(r *rand.Rand) *company { return w.companies[weighted(r, w.companyW)] }
func (w *world) team(r *rand.Rand) *team       { return w.teams[weighted(r, w.teamW)] }
func (w *world) outlet(r *rand.Rand) *outlet   { return w.outlets[weighted(r, w.outletW)] }

// adjective makes a country's adjective ("Veloria" gives "Velorian").
func adjective(name string) string {
	switch {
	case strings.HasSuffix(name, "ia"), strings.HasSuffix(name, "ora"):
		return name + "n"
	case strings.HasSuffix(name, "land"):
		return strings.TrimSuffix(name, "land") + "lander"
	case strings.HasSuffix(name, "stan"):
		return name + "i"
	case strings.HasSuffix(name, "ay"):
		return name + "an"
	}
	return name + "ese"
}

func capFirst(s string) string {
	if s == "" {
		return s
	}
	if c := s[0]; c >= 'a' && c <= 'z' {
		return string(c-'a'+'A') + s[1:]
	}
	return s
}
