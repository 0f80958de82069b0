package analyze

import (
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/text"
)

func TestQuotes(t *testing.T) {
	cases := []struct {
		name, body string
		contains   string
		speaker    string
		direct     bool
		absent     bool // the quote must not be found
	}{
		{"trailing said", `“We will not retreat,” Marchenko said. Earlier, Ukrainian President Olena Marchenko met troops.`,
			"We will not retreat", "Olena Marchenko", true, false},
		{"said before name", `Defense Minister Ivan Petrov spoke. "The front is holding firm today," said Petrov.`,
			"The front is holding", "Ivan Petrov", true, false},
		{"head attribution", `Prime Minister Sara Lind said: «Our budget will balance by next year.»`,
			"Our budget will balance", "Sara Lind", true, false},
		{"partial quote", `Senator Tom Baker said the deal was a “historic step for both nations” on Friday.`,
			"historic step for both nations", "Tom Baker", true, false},
		{"multi-sentence", `“Prices rose. Wages did not. That is the problem,” Governor Ann Reed said.`,
			"Wages did not", "Ann Reed", true, false},
		{"continuation", "“There is no shortcut,” Minister Adam Nowak said. “We must prepare for a long war.”",
			"prepare for a long war", "Adam Nowak", true, false},
		{"pronoun", "Chancellor Karl Weber visited the plant on Monday.\n\n“This is a turning point,” he said.",
			"turning point", "Karl Weber", true, false},
		{"role after name", "Kremlin spokesman Oleg Sorokin spoke to reporters. “Talks are possible,” the Kremlin spokesman said.",
			"Talks are possible", "Oleg Sorokin", true, false},
		{"cited as telling", "The news agency TASS cited Kremlin aide Yuri Orlov as telling reporters that “no decisions have been made yet.”",
			"no decisions have been made", "Yuri Orlov", true, false},
		{"according to", "The strikes will continue for weeks, according to a statement from the Defense Ministry.",
			"strikes will continue for weeks", "Defense Ministry", false, false},
		{"indirect said that", "Mayor Lisa Grant said that the bridge would reopen next month.",
			"the bridge would reopen next month", "Lisa Grant", false, false},
		{"indirect without that", "Kremlin spokesman Oleg Sorokin said the attacks were a provocation by Kyiv.",
			"the attacks were a provocation", "Oleg Sorokin", false, false},
		{"said at the end", "Neither side discussed a timeframe for a truce, said presidential aide Yuri Orlov.",
			"Neither side discussed a timeframe", "Yuri Orlov", false, false},
		{"a body named by its country's adjective", "Russia launched 40 drones and three missiles overnight, the Ukrainian air force said.",
			"Russia launched 40 drones", "Ukrainian air force", false, false},
		{"according to a body named by an unknown adjective", "Kaldoria has carried out 14 large-scale attacks on the grid since January, according to the Varnessan energy ministry.",
			"Kaldoria has carried out 14", "Varnessan energy ministry", false, false},
		{"a thousands comma is no clause break", "The Metalworkers Union says 6,200 jobs will go next year, not the 4,500 the company announced on Tuesday.",
			"6,200 jobs will go next year, not the 4,500 the company announced", "Metalworkers Union", false, false},
		{"subject with a role in commas", "Anna Berg, the head of the agency, said the talks would go on next week.",
			"the talks would go on next week", "Anna Berg", false, false},
		{"speaker with a role in commas at the end", "The talks would go on next week, Anna Berg, the head of the agency, said.",
			"The talks would go on next week", "Anna Berg", false, false},
		{"sentence-opening name with a role", "Bruno Carrante, chief of the volunteer fire brigade, said his crews had saved the church.",
			"his crews had saved the church", "Bruno Carrante", false, false},
		{"a title opening the next clause", "Speaking at a command post outside Pellaro, Mr Anselm said the money would cover housing.\n\n“No family will be left alone,” he said.",
			"No family will be left alone", "Anselm", true, false},
		{"unknown speaker", "“Nobody expected this to happen so soon.”",
			"Nobody expected", "", true, false},
		{"scare quote", `Officials accused Moscow of sending a "fake" delegation to the talks.`,
			"fake", "", true, true},
		{"short quote with verb", `Minister Adam Nowak said the "next step" would be a summit.`,
			"next step", "Adam Nowak", true, false},
		{"apostrophes are not quotes", `Ukraine’s leader didn’t say where the Kremlin’s envoy was.`,
			"t say where", "", true, true},
		{"role of a place, holder in apposition", `The mayor of Brennick, Anselm Koehl, said he was "cautiously satisfied" with the talks.`,
			"cautiously satisfied", "Anselm Koehl", true, false},
		{"passive told names no speaker", "A dam in northern Norvalia has collapsed, and residents of Brennick were being told to move to higher ground.",
			"move to higher ground", "", false, true},
		{"said with a time, then another clause", "A dam on the river has partially collapsed, local authorities said early on Tuesday, and residents were leaving the town.",
			"residents were leaving", "", false, true},
		// Rule 1: a body as speaker, through "the NOUN" or a document.
		{"the company", "Shares in Norrland Paper Corp. fell on Monday.\n\nThe company said it would close two mills in the north.",
			"would close two mills", "Norrland Paper Corp", false, false},
		{"the commission", "The Federal Trade Commission opened an inquiry. The commission said that it would hear witnesses in May.",
			"would hear witnesses in May", "Federal Trade Commission", false, false},
		{"the union in a statement", "The National Nurses Union called a strike.\n\n“Our members cannot work double shifts any longer,” the union said in a statement.",
			"cannot work double shifts", "National Nurses Union", true, false},
		{"the department", `The Department for Transport was criticised. The department said it was "deeply concerned" by the delays.`,
			"deeply concerned", "Department for Transport", true, false},
		{"the statement", "According to a statement from the Estonian Interior Ministry, the border was closed. The statement said three guards had been injured at the crossing.",
			"three guards had been injured", "Estonian Interior Ministry", false, false},
		{"no antecedent", "The company said it would cut 300 jobs next spring.",
			"would cut 300 jobs", "", false, false},
		{"kind must match", "The Harbour Trust Ministry met on Monday. The company said it would appeal the ruling within days.",
			"would appeal the ruling", "", false, false},
		// Rule 2: a standalone quote after a newly named speaker.
		{"new speaker", "“We will rebuild the bridge,” Mayor Paula Jensen said.\n\nOne of the engineers, Henrik Dahl, who has worked on the site for years, said the steel had rusted.\n\n“Nobody checked the bolts for a decade.”",
			"Nobody checked the bolts", "Henrik Dahl", true, false},
		// Rule 3: role references.
		{"the judge", "Justice Carla Moreno ruled against the city.\n\n“The council acted in bad faith,” the judge wrote.",
			"acted in bad faith", "Carla Moreno", true, false},
		{"exact role", "Foreign Minister Lena Vos met Deputy Foreign Minister Pieter Smit last week.\n\nTalks went on.\n\nNothing changed.\n\n“We will not be rushed,” the foreign minister told reporters.",
			"will not be rushed", "Lena Vos", true, false},
		{"portfolio role", "Health Minister Tomas Berg visited the ward.\n\n“The staff are exhausted,” the health minister told reporters.",
			"staff are exhausted", "Tomas Berg", true, false},
		// Rule 4: the right noun.
		{"told the agency", "“The reservoir is almost empty,” the mayor told Reuters.",
			"reservoir is almost empty", "", true, false},
		{"professor of college", "“The data are clear and alarming,” said Professor Mark Ellis of Queen's College Dublin.",
			"data are clear", "Mark Ellis", true, false},
		{"owner's body", "The African Union's mission in Sudan said in a statement that aid convoys had been blocked for weeks.",
			"aid convoys had been blocked", "African Union", false, false},
		{"place after preposition", "A new delegation in Georgia said that the vote had been fair and orderly.",
			"the vote had been fair", "", false, false},
		// Rule 5: an unnamed antecedent keeps the speaker unnamed.
		{"unnamed resident", "Governor Ruth Abara toured the town.\n\nA resident of the old quarter said her house was gone. “We have nothing left at all,” she told local radio.",
			"We have nothing left", "", true, false},
	}
	for _, c := range cases {
		sents := text.Sentences(c.body)
		qs := Quotes(c.body, sents, Entities(c.body, sents))
		var hit *Quote
		for i, q := range qs {
			if strings.Contains(q.Text, c.contains) && q.Direct == c.direct {
				hit = &qs[i]
			}
		}
		if c.absent {
			if hit != nil {
				t.Errorf("%s: unexpected quote %+v", c.name, *hit)
			}
			continue
		}
		if hit == nil {
			t.Errorf("%s: no quote with %q (direct=%v) in %+v", c.name, c.contains, c.direct, qs)
			continue
		}
		if hit.Speaker != c.speaker {
			t.Errorf("%s: speaker %q, want %q", c.name, hit.Speaker, c.speaker)
		}
		if c.body[hit.Offsets.Start:hit.Offsets.End] != hit.Text {
			t.Errorf("%s: offsets %v do not give %q", c.name, hit.Offsets, hit.Text)
		}
	}
}

func BenchmarkQuotes(b *testing.B) {
	sents := text.Sentences(article800)
	ents := Entities(article800, sents)
	b.SetBytes(int64(len(article800)))
	for i := 0; i < b.N; i++ {
		Quotes(article800, sents, ents)
	}
}

func BenchmarkAnalyze(b *testing.B) {
	for i := 0; i < b.N; i++ {
		Analyze(article800, nil)
	}
}
