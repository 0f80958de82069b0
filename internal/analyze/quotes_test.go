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
		{"unknown speaker", "“Nobody expected this to happen so soon.”",
			"Nobody expected", "", true, false},
		{"scare quote", `Officials accused Moscow of sending a "fake" delegation to the talks.`,
			"fake", "", true, true},
		{"short quote with verb", `Minister Adam Nowak said the "next step" would be a summit.`,
			"next step", "Adam Nowak", true, false},
		{"apostrophes are not quotes", `Ukraine’s leader didn’t say where the Kremlin’s envoy was.`,
			"t say where", "", true, true},
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
