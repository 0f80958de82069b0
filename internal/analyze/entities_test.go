package analyze

import (
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/text"
)

func entityByForm(ents []Entity, form string) *Entity {
	for i, e := range ents {
		if e.Name == form {
			return &ents[i]
		}
		for _, a := range e.Aliases {
			if a == form {
				return &ents[i]
			}
		}
	}
	return nil
}

func TestEntities(t *testing.T) {
	cases := []struct {
		name, body string
		// want: form → canonical name and kind ("" name: not an entity).
		want map[string][2]string
		// apart: forms that must not be one entity.
		apart [][2]string
	}{
		{"a dateline in capitals is a place",
			"ROVENA, Marisca (CNS) — The fire has burned 2,100 hectares. Officials in Rovena said crews were tired.",
			map[string][2]string{"ROVENA": {"ROVENA", "place"}}, nil},
		{"a title after a comma opens the next clause",
			"Speaking at a command post outside Pellaro, Mr Anselm said the money would cover housing.",
			map[string][2]string{"Pellaro": {"Pellaro", "place"}, "Anselm": {"Anselm", "person"}}, nil},
		{"a sentence-opening name with a role in commas",
			"Bruno Carrante, chief of the volunteer fire brigade, said his crews were tired.",
			map[string][2]string{"Bruno Carrante": {"Bruno Carrante", "person"}}, nil},
		{"surname after full name",
			"Ukrainian President Olena Marchenko met officials in Lviv. Marchenko said the talks went well.",
			map[string][2]string{"Marchenko": {"Olena Marchenko", "person"}, "Lviv": {"Lviv", "place"}}, nil},
		{"title before name",
			"Russian President Ivan Petrov spoke with President Tom Baker. Petrov said nothing.",
			map[string][2]string{"Ivan Petrov": {"Ivan Petrov", "person"}, "Tom Baker": {"Tom Baker", "person"}},
			[][2]string{{"Ivan Petrov", "Tom Baker"}}},
		{"role after name",
			"Kremlin spokesman Oleg Sorokin denied the report. The Kremlin spokesman said talks would go on.",
			map[string][2]string{"The Kremlin spokesman": {"Oleg Sorokin", "person"}, "Kremlin": {"Kremlin", "org"}}, nil},
		{"institutions and places",
			"The White House said the Defense Ministry in Warsaw and the city of Gdansk were warned, Reuters reported.",
			map[string][2]string{"White House": {"White House", "org"}, "Defense Ministry": {"Defense Ministry", "org"},
				"Warsaw": {"Warsaw", "place"}, "Gdansk": {"Gdansk", "place"}, "Reuters": {"Reuters", "org"}}, nil},
		{"acronym in brackets",
			"The Centre for Policy Studies (CPS) said prices rose. The CPS warned of more.",
			map[string][2]string{"CPS": {"Centre for Policy Studies", "org"}}, nil},
		{"short forms of a first name",
			"Adviser Michael Stone arrived. Later Mike Stone said he would stay.",
			map[string][2]string{"Mike Stone": {"Michael Stone", "person"}}, nil},
		{"two people, one surname",
			"Senator Anna Kowalski and her brother Senator Piotr Kowalski voted. Kowalski said she was proud.",
			map[string][2]string{"Anna Kowalski": {"Anna Kowalski", "person"}, "Piotr Kowalski": {"Piotr Kowalski", "person"}},
			[][2]string{{"Anna Kowalski", "Piotr Kowalski"}}},
		{"sentence-initial words are not names",
			"Unfortunately the plan failed. Meanwhile prices rose in Oslo.",
			map[string][2]string{"Unfortunately": {"", ""}, "Meanwhile": {"", ""}, "Oslo": {"Oslo", "place"}}, nil},
		{"demonyms are not entities",
			"Russian drones hit Ukrainian cities, European officials said.",
			map[string][2]string{"Russian": {"", ""}, "Ukrainian": {"", ""}, "European": {"", ""}}, nil},
		{"spelling variants of a place",
			"Drones hit Kyiv overnight. Officials in Kiev said two people died.",
			map[string][2]string{"Kiev": {"Kyiv", "place"}}, nil},
	}
	for _, c := range cases {
		ents := Entities(c.body, text.Sentences(c.body))
		for form, w := range c.want {
			e := entityByForm(ents, form)
			if w[0] == "" {
				if e != nil {
					t.Errorf("%s: %q is entity %q, want none", c.name, form, e.Name)
				}
				continue
			}
			if e == nil {
				t.Errorf("%s: %q not found in %+v", c.name, form, ents)
				continue
			}
			if e.Name != w[0] || e.Kind != w[1] {
				t.Errorf("%s: %q gives %q/%s, want %q/%s", c.name, form, e.Name, e.Kind, w[0], w[1])
			}
			for _, m := range e.Mentions {
				if m.Start < 0 || m.End > len(c.body) || m.Start >= m.End {
					t.Errorf("%s: bad span %v", c.name, m)
				}
			}
		}
		for _, ap := range c.apart {
			a, b := entityByForm(ents, ap[0]), entityByForm(ents, ap[1])
			if a != nil && a == b {
				t.Errorf("%s: %q and %q merged", c.name, ap[0], ap[1])
			}
		}
	}
}

func TestEntityMentionsAreSpans(t *testing.T) {
	body := "Prime Minister Sara Lind visited Bergen. Lind's aides said she left."
	ents := Entities(body, text.Sentences(body))
	e := entityByForm(ents, "Sara Lind")
	if e == nil || len(e.Mentions) != 2 {
		t.Fatalf("Sara Lind: %+v", ents)
	}
	if got := body[e.Mentions[1].Start:e.Mentions[1].End]; got != "Lind" {
		t.Errorf("second mention %q", got)
	}
}

// article800 is an invented article of about 800 words.
var article800 = func() string {
	paras := []string{
		"Ukrainian President Olena Marchenko said on Monday that Russian forces had launched 120 drones overnight, and that air defences in Kyiv destroyed most of them.",
		"“We will not accept a ceasefire that rewards aggression,” Marchenko said at a news conference in Warsaw alongside Polish Prime Minister Adam Nowak.",
		"Kremlin spokesman Oleg Sorokin told reporters that Moscow remained open to talks. “The door is not closed,” Sorokin said. “But the root causes must be addressed.”",
		"US President Tom Baker described the call as “productive and friendly,” according to a statement from the White House.",
		"The Institute for Policy Studies (IPS), a London-based think tank, argued that the offer amounted to “a pause, not peace.” The IPS said the next weeks would be decisive.",
		"Nowak, the Polish prime minister, warned that Europe must prepare for a long war. “There is no shortcut,” he said.",
		"According to the Defense Ministry, the strikes hit energy facilities in the Kharkiv region and a railway station in the city of Sumy.",
		"The Kremlin spokesman said a meeting between the leaders was possible but that no date had been set.",
	}
	var b strings.Builder
	for b.Len() < 5200 {
		for _, p := range paras {
			b.WriteString(p)
			b.WriteString("\n\n")
		}
	}
	return strings.TrimSpace(b.String())
}()

func BenchmarkEntities(b *testing.B) {
	sents := text.Sentences(article800)
	b.SetBytes(int64(len(article800)))
	for i := 0; i < b.N; i++ {
		Entities(article800, sents)
	}
}
