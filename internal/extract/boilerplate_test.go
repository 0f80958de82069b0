package extract

import (
	"reflect"
	"testing"

	"github.com/parallax-news/parallax/internal/news"
)

func TestParaRules(t *testing.T) {
	h := func(s string) news.Paragraph { return news.Paragraph{Kind: news.Heading, Text: s} }
	p := func(s string) news.Paragraph { return news.Paragraph{Kind: news.Text, Text: s} }
	cfg := DefaultConfig()
	tests := []struct {
		name string
		rule func(Config, pageContext, []news.Paragraph) []news.Paragraph
		pc   pageContext
		in   []news.Paragraph
		want []news.Paragraph
	}{
		{"title repeated above the text", dropTitleRepeat, pageContext{title: "Talks Resume – Today"},
			[]news.Paragraph{h("Talks resume: today"), p("Body.")}, []news.Paragraph{p("Body.")}},
		{"title deep in the text is kept", dropTitleRepeat, pageContext{title: "Why"},
			[]news.Paragraph{p("a"), p("b"), p("c"), h("Why"), p("d")}, []news.Paragraph{p("a"), p("b"), p("c"), h("Why"), p("d")}},
		{"leading headings", dropLeadingHeadings, pageContext{},
			[]news.Paragraph{h("Kicker"), h("Standfirst"), p("Body."), h("Section"), p("More.")},
			[]news.Paragraph{p("Body."), h("Section"), p("More.")}},
		{"headings only are kept", dropLeadingHeadings, pageContext{},
			[]news.Paragraph{h("A"), h("B")}, []news.Paragraph{h("A"), h("B")}},
		{"link teasers", dropLinkTeasers, pageContext{links: linkShares{"Read more: other story": 0.85, "Prose with a link.": 0.4}},
			[]news.Paragraph{p("Prose with a link."), p("Read more: other story")}, []news.Paragraph{p("Prose with a link.")}},
		{"trailing headings", dropTrailingHeadings, pageContext{},
			[]news.Paragraph{p("Body."), h("More stories"), h("Teaser")}, []news.Paragraph{p("Body.")}},
		{"agreement drops what the second body lacks", dropUnagreed, pageContext{second: foldWords("Body text here. More body text.")},
			[]news.Paragraph{p("Body text here."), p("Subscribe now!"), p("More body text.")},
			[]news.Paragraph{p("Body text here."), p("More body text.")}},
		{"agreement matches whole words only", dropUnagreed, pageContext{second: "thank you all for the long body"},
			[]news.Paragraph{p("hank you all"), p("Thank you all for the long body")},
			[]news.Paragraph{p("Thank you all for the long body")}},
		{"a much shorter second body does not judge", dropUnagreed, pageContext{second: "x"},
			[]news.Paragraph{p("Body text here."), p("Subscribe now!")},
			[]news.Paragraph{p("Body text here."), p("Subscribe now!")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.rule(cfg, tt.pc, tt.in); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

func TestFoldWords(t *testing.T) {
	for in, want := range map[string]string{
		"  Hello, World! ":   "hello world",
		"Zürich’s 2025 — ok": "zürich s 2025 ok",
		"...":                "",
	} {
		if got := foldWords(in); got != want {
			t.Errorf("foldWords(%q) = %q, want %q", in, got, want)
		}
	}
}
