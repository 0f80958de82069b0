package analyze

import (
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/text"
)

func figuresOf(s string) []Figure { return Figures(s, text.Sentences(s), nil) }

func TestFigures(t *testing.T) {
	tests := []struct {
		name, text string
		value      float64
		unit       string
		approx     bool
		by         string
		phrase     string
	}{
		{"digits head noun", "The navy launched 45 Kalibr cruise missiles overnight.", 45, "missiles", false, "", "45 Kalibr cruise missiles"},
		{"thousands comma", "The two sides agreed to swap 1,200 detainees each.", 1200, "detainees", false, "", "1,200 detainees"},
		{"decimal scale", "The fund raised 3.5 million euros in a week.", 3.5e6, "euros", false, "", "3.5 million euros"},
		{"word number approx", "The ministers talked for nearly three hours on Friday.", 3, "hours", true, "", "nearly three hours"},
		{"hyphen unit", "Rebels proposed a 14-day truce in the north.", 14, "day", false, "", "14-day"},
		{"word hyphen unit", "After a four-hour meeting the board resigned.", 4, "hour", false, "", "four-hour"},
		{"x-long", "She held a day-long hearing with the council.", 1, "day", false, "", "day-long"},
		{"more than", "Storms damaged more than 40 homes in the valley.", 40, "homes", true, "", "more than 40 homes"},
		{"more than, currency", "The package is worth more than $5bn over two years.", 5e9, "dollars", true, "", "more than $5bn"},
		{"approaching", "Trade between the two is approaching $5bn a year.", 5e9, "dollars", true, "", "approaching $5bn"},
		{"verb particle over", "Dravenia handed over 48 prisoners at the border crossing.", 48, "prisoners", false, "", "48 prisoners"},
		{"a clause's own claimant first", "Estmark says the leaders spoke for 90 minutes; Corvania's presidency described it as an hour-long call.", 90, "minutes", false, "Estmark", "90 minutes"},
		{"a clause's own claimant", "Estmark says the leaders spoke for 90 minutes; Corvania's presidency described it as an hour-long call.", 1, "hour", false, "Corvania's presidency", "hour-long"},
		{"quoted number", `Its forces had killed "around 15" Tarvish soldiers in response.`, 15, "soldiers", true, "", `around 15" Tarvish soldiers`},
		{"quoted number, curly", "The army said it killed “at least 20” enemy fighters.", 20, "fighters", true, "The army", "at least 20” enemy fighters"},
		{"at least", "At least 12 people were injured in the blast.", 12, "people", true, "", "At least 12 people"},
		{"an estimated", "An estimated 5,000 residents fled the city.", 5000, "residents", true, "", "An estimated 5,000 residents"},
		{"up to", "The ferry carries up to 300 passengers.", 300, "passengers", true, "", "up to 300 passengers"},
		{"tilde", "The plant employs ~250 workers at the site.", 250, "workers", true, "", "~250 workers"},
		{"percent sign", "Inflation rose 5% in the year to March.", 5, "percent", false, "", "5%"},
		{"degrees suffix", "The temperature reached 44.8C at the station on Tuesday.", 44.8, "degrees", false, "", "44.8C"},
		{"degree sign", "The observatory recorded 45.3°C on the same afternoon.", 45.3, "degrees", false, "", "45.3°C"},
		{"percent word", "Turnout fell to 61.4 percent in the runoff.", 61.4, "percent", false, "", "61.4 percent"},
		{"per cent", "Prices climbed 3 per cent last month.", 3, "percent", false, "", "3 per cent"},
		{"currency", "The city borrowed $2.5bn from the bank last year.", 2.5e9, "dollars", false, "", "$2.5bn"},
		{"a dozen", "A dozen fishermen were rescued from the sea.", 12, "fishermen", false, "", "A dozen fishermen"},
		{"a million", "The campaign reached a million households.", 1e6, "households", false, "", "a million households"},
		{"two million", "Floods displaced two million villagers this summer.", 2e6, "villagers", false, "", "two million villagers"},
		{"half", "Half of the stations were closed by the strike.", 0.5, "stations", false, "", "Half of the stations"},
		{"half a million", "Half a million tourists visit the island.", 5e5, "tourists", false, "", "Half a million tourists"},
		{"compound word", "The convoy had twenty-five trucks when it left.", 25, "trucks", false, "", "twenty-five trucks"},
		{"of them referent", "The army fired 60 rockets at the town, and radar tracked 52 of them, officials said.", 52, "rockets", false, "officials", "52 of them"},
		{"of the partitive", "Rescuers found 14 of the 20 miners alive on Tuesday.", 14, "miners", false, "", "14 of the 20 miners"},
		{"range", "Between 30 and 40 protesters were detained in the square.", 30, "protesters", false, "", "30"},
		{"aged", "The driver, aged 52, was taken to hospital in the morning.", 52, "years", false, "", "52"},
		{"age appositive", "Maria Lopez, 34, of Valencia told the court what happened.", 34, "years", false, "", "34"},
		{"unit abbrev", "The new solar park will add 2.1 GW of capacity by the end of the decade.", 2.1, "gw", false, "", "2.1 GW"},
		{"km suffix", "The column stretched for 40km along the border road.", 40, "km", false, "", "40km"},
		{"one with unit", "The storm cut power for one week in the region.", 1, "week", false, "", "one week"},
		{"said after", "Russia fired 48 drones overnight, the air force said.", 48, "drones", false, "the air force", "48 drones"},
		{"said before", "The health ministry said 31 patients had been moved.", 31, "patients", false, "The health ministry", "31 patients"},
		{"inverted said", "At least 9 soldiers died, said army spokesman Ivan Petrov.", 9, "soldiers", true, "army spokesman Ivan Petrov", "At least 9 soldiers"},
		{"according to", "According to the fire service, 17 buildings burned down.", 17, "buildings", false, "the fire service", "17 buildings"},
		{"quote speaker", "“They sent 70 drones in one night,” Mayor Anna Berg told reporters in the city.", 70, "drones", false, "Mayor Anna Berg", "70 drones"},
		{"quoted verb ignored", "“When the general said it would stop, 20 shells fell,” the mayor said.", 20, "shells", false, "the mayor", "20 shells"},
		{"capital word ok at start", "Two hospitals were hit in the attack on Sunday.", 2, "hospitals", false, "", "Two hospitals"},
		{"last plural", "Officers seized 300 kilograms of cocaine at the port.", 300, "kilograms", false, "", "300 kilograms"},
		{"pronoun claimant dropped", "He said 80 families had lost their homes in the fire.", 80, "families", false, "", "80 families"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			figs := figuresOf(tt.text)
			var got *Figure
			for k := range figs {
				if figs[k].Value == tt.value {
					got = &figs[k]
					break
				}
			}
			if got == nil {
				t.Fatalf("no figure %g in %q; got %+v", tt.value, tt.text, figs)
			}
			if got.Unit != tt.unit || got.Approx != tt.approx || got.ClaimedBy != tt.by || got.Phrase != tt.phrase {
				t.Errorf("got unit %q approx %v by %q phrase %q; want %q %v %q %q", got.Unit, got.Approx, got.ClaimedBy, got.Phrase, tt.unit, tt.approx, tt.by, tt.phrase)
			}
			if tt.text[got.Offsets.Start:got.Offsets.End] != got.Phrase {
				t.Errorf("offsets %v do not give the phrase %q", got.Offsets, got.Phrase)
			}
			if got.Sentence == "" || !strings.Contains(tt.text, got.Sentence) {
				t.Errorf("sentence %q", got.Sentence)
			}
		})
	}
}

// TestFiguresNotReported lists numbers that are not figures.
func TestFiguresNotReported(t *testing.T) {
	tests := []struct{ name, text string }{
		{"year", "The war began in 2014 and escalated in February 2022."},
		{"date", "The leaders met on May 19 and again on 3 June in Paris."},
		{"time of day", "Sirens sounded at 19:00 and again at 7 pm in the capital."},
		{"weekday only", "The talks resumed on Monday after a pause in the capital."},
		{"ordinal", "The 3rd Brigade moved to the front on the first day."},
		{"codes", "The G7 summit discussed Su-34 jets and COVID-19 rules for travellers."},
		{"names", "Air Force One landed before Boeing 737 crews went on strike near Route 66."},
		{"article", "Members invoked Article 5 of the treaty at the meeting."},
		{"phone", "Call the hotline on +44 20 7946 0958 for further help."},
		{"one another", "The two leaders blamed one another for the failure of the deal."},
		{"definite word number", "The two sides traded insults after the three leaders left."},
		{"vague", "Dozens of people and hundreds of soldiers watched as millions tuned in."},
		{"decade", "Prices have not been this high since the 1970s in the region."},
		{"a day", "Within a day of the vote the minister resigned from the cabinet."},
		{"model", "The airline grounded its 737 Max jet after the second crash."},
		{"number label", "The bill passed as Resolution 2231 after page 4 was rewritten."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if figs := figuresOf(tt.text); len(figs) > 0 {
				t.Errorf("%q: unexpected figures %+v", tt.text, figs)
			}
		})
	}
}

func TestFiguresEntityClaimant(t *testing.T) {
	body := "Kremlin spokesman Dmitry Peskov said 12 soldiers had been exchanged."
	start := strings.Index(body, "Dmitry Peskov")
	ents := []Entity{{Name: "Dmitry Peskov", Kind: "person", Mentions: []Span{{Start: start, End: start + len("Dmitry Peskov")}}}}
	figs := Figures(body, text.Sentences(body), ents)
	if len(figs) != 1 || figs[0].ClaimedBy != "Dmitry Peskov" {
		t.Fatalf("got %+v, want one figure claimed by Dmitry Peskov", figs)
	}
	if figs := Figures("", nil, nil); figs != nil {
		t.Errorf("empty body: %+v", figs)
	}
}

// benchArticle is an invented article of about 800 words.
func benchArticle() string {
	paras := []string{
		"The regional governor said on Tuesday that more than 40 drones and 6 missiles had been fired at the city overnight, damaging at least 12 homes and two schools.",
		"According to the emergency service, rescuers pulled 9 people from the rubble, and nearly 300 residents spent the night in shelters across the district.",
		"“We counted 1,250 explosions in a single week,” Mayor Elena Park told reporters, adding that half of the power lines were still down.",
		"The ministry estimated the damage at $2.5 billion, or roughly 3% of the region's annual output, a figure analysts called conservative.",
		"Talks on a 30-day ceasefire stalled after a two-hour meeting in Geneva on March 3, where delegates from 14 countries failed to agree on a text.",
		"Officials said 3.2 million people had left the area since 2022, and about a quarter of them had returned by the spring.",
	}
	var b strings.Builder
	for b.Len() < 4800 {
		for _, p := range paras {
			b.WriteString(p)
			b.WriteString("\n\n")
		}
	}
	return b.String()
}

func BenchmarkFigures(b *testing.B) {
	body := benchArticle()
	sents := text.Sentences(body)
	b.SetBytes(int64(len(body)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Figures(body, sents, nil)
	}
}
