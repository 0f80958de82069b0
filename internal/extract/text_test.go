package extract

import (
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/news"
)

func TestTextLineRules(t *testing.T) {
	tests := []struct {
		name string
		fn   func(string) bool
		in   string
		want bool
	}{
		{"date: month day year", isDateLine, "may 20, 2025", true},
		{"date: with time", isDateLine, "october 9, 2018 at 4:02 pm", true},
		{"date: numeric", isDateLine, "published 2025-05-20", true},
		{"date: not a sentence", isDateLine, "may the force be with you in 2025", false},
		{"counter: minutes", isCounterLine, "7 mins", true},
		{"counter: bare", isCounterLine, "1,597", true},
		{"counter: comments", isCounterLine, "16 comments", true},
		{"counter: words", isCounterLine, "7 dwarfs sang", false},
		{"end marker", isEndMarker, "related posts", true},
		{"end marker: comments", isEndMarker, "top rated comments", true},
		{"end marker: not a heading", isEndMarker, "share prices fell sharply today", false},
		{"sentence", endsSentence, "He said “no.”", true},
		{"sentence: truncated teaser", endsSentence, "At least 91 Palestinians were killed...", false},
		{"table row", isTableRow, "1     Kyle Busch     5040     5", true},
		{"table row: prose", isTableRow, "A sentence with  one double space.", false},
		{"ago", isAgoLine, "2 days ago at 07:52 am", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.fn(tt.in); got != tt.want {
				t.Errorf("%q: got %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func TestTextMetadataRules(t *testing.T) {
	tests := []struct {
		name, got, want string
	}{
		{"copyright with year", copyrightHolder("© 2019 The Valley Post. All Rights Reserved."), "The Valley Post"},
		{"copyright domain", copyrightHolder("Copyright © 2025 example.com | All Rights Reserved"), "example.com"},
		{"image credit is no footer", copyrightHolder("© Reuters"), ""},
		{"appeared first", originIn("this post appeared first on cnn.com"), "cnn.com"},
		{"copyright (c) with company form", copyrightHolder("(c) 2025 Kessel Ledger Publishing Co. All rights reserved."), "Kessel Ledger Publishing Co"},
		{"origin domain before a clause", originIn("this article first appeared on northwire.example and is republished under licence."), "northwire.example"},
		{"origin name before a clause", originIn("this story first appeared in northwire and is used with permission"), "northwire"},
		{"originally published", originIn("originally published by the conversation."), "the conversation"},
		{"wire dateline", datelineSource("WASHINGTON (Reuters) - Scientists on Monday unveiled a map."), "Reuters"},
		{"no dateline", datelineSource("Officials (who spoke to AFP) - said more."), ""},
		{"date span", dateSpan("by admin May 20, 2025"), "May 20, 2025"},
		{"date span with time", dateSpan("Nov 19, 2019 at 6:46 pm ET • 2 min read"), "Nov 19, 2019 at 6:46 pm"},
		{"no date span", dateSpan("Date:"), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.got != tt.want {
				t.Errorf("got %q, want %q", tt.got, tt.want)
			}
		})
	}
}

// TestExtractTextPage runs the whole recipe on a small page made for the
// purpose: a menu, a headline repeated under the site name, a byline with a
// date, an inner heading, a syndication note, and a teaser list.
func TestExtractTextPage(t *testing.T) {
	page := `Example Daily
  • Politics
  • Sport

Example Daily

Mayor opens the new bridge over the river

by Jane Roe May 20, 2025

Mayor opens the new bridge over the river

The mayor opened the new bridge on Tuesday, two years after work on it began, and said it would cut the drive into town by half.

Hundreds of people walked across it in the morning, and the first buses used it in the afternoon.

What comes next

The council will now repair the old bridge, which is to carry only bicycles and people on foot from next year.

This article appeared first on example.org

Related posts

Council votes on the budget for the coming year...

April 2, 2025

School reopens after the long summer works at last...

March 18, 2025

Flood defences raised along the river for the winter...

February 1, 2025

Copyright © 2025 exampledaily.com | All Rights Reserved
`
	x := New(DefaultConfig())
	a, err := x.Extract(news.Document{Source: "page.txt", Kind: news.KindText, Body: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Mayor opens the new bridge over the river" {
		t.Errorf("title %q", a.Title)
	}
	if j := a.JSON(); j.Published == nil || *j.Published != "2025-05-20" || a.PublishedHow != news.DateStated {
		t.Errorf("published %v (%s)", j.Published, a.PublishedHow)
	}
	if a.Outlet.Name != "Example Daily" || a.Outlet.Host != "exampledaily.com" {
		t.Errorf("outlet %+v", a.Outlet)
	}
	if a.Origin != "example.org" {
		t.Errorf("origin %q", a.Origin)
	}
	if a.Byline != "Jane Roe" {
		t.Errorf("byline %q", a.Byline)
	}
	want := []news.Paragraph{
		{Kind: news.Text, Text: "The mayor opened the new bridge on Tuesday, two years after work on it began, and said it would cut the drive into town by half."},
		{Kind: news.Text, Text: "Hundreds of people walked across it in the morning, and the first buses used it in the afternoon."},
		{Kind: news.Heading, Text: "What comes next"},
		{Kind: news.Text, Text: "The council will now repair the old bridge, which is to carry only bicycles and people on foot from next year."},
	}
	if len(a.Paragraphs) != len(want) {
		t.Fatalf("paragraphs:\n%s", a.Body())
	}
	for i := range want {
		if a.Paragraphs[i] != want[i] {
			t.Errorf("paragraph %d = %+v, want %+v", i, a.Paragraphs[i], want[i])
		}
	}
}

// TestSplitTextLinesWrapped checks that a dump hard-wrapped at a fixed width
// (a browser copy, a crawler's text) is joined into paragraphs.
func TestSplitTextLinesWrapped(t *testing.T) {
	para := strings.Repeat("the quick brown fox jumps over the lazy dog ", 6)
	var b strings.Builder
	for _, p := range []string{para, para, para} {
		words := strings.Fields(p)
		line := ""
		for _, w := range words {
			if len(line)+len(w)+1 > 72 {
				b.WriteString(line + "\n")
				line = ""
			}
			if line != "" {
				line += " "
			}
			line += w
		}
		b.WriteString(line + "\n\n")
	}
	lines := splitTextLines(defaultTextConfig(), b.String())
	if len(lines) != 3 {
		for _, l := range lines {
			t.Logf("%d: %q", l.n, l.text)
		}
		t.Fatalf("got %d paragraphs, want 3", len(lines))
	}
	if lines[0].text != strings.TrimSpace(para) {
		t.Errorf("paragraph 0 = %q", lines[0].text)
	}
}

// TestTextHeadAndDate checks the headline above a standfirst and the
// reading of dotted day-first dates.
func TestTextHeadAndDate(t *testing.T) {
	page := `Lakeside Times
Home
News
Sport

Ferry operator adds two boats to the winter timetable on the lake
Crossings between Ossing and Brae will run every half hour from December, the company says after a record summer
By Ines Marlow
Published: 03.11.2024, 09:15

The lake ferry company said on Sunday that it would add two boats to its winter timetable, doubling the number of crossings between Ossing and Brae.

The new boats, built at a yard on the north shore, will carry up to 300 passengers each and cut the crossing to twenty minutes, the operator said in a statement.

"We had our busiest summer ever, and people told us they want the same service in winter," said the company's director, who has run the line for ten years.

(c) 2024 Lakeside Times Media. All rights reserved.
`
	a, err := New(DefaultConfig()).Extract(news.Document{Source: "t.txt", Kind: news.KindText, Body: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	if want := "Ferry operator adds two boats to the winter timetable on the lake"; a.Title != want {
		t.Errorf("title %q, want %q", a.Title, want)
	}
	if a.Published == nil || a.Published.Format("2006-01-02") != "2024-11-03" {
		t.Errorf("published %v, want 2024-11-03 (day first)", a.Published)
	}
	if a.Outlet.Name != "Lakeside Times" {
		t.Errorf("outlet %q, want Lakeside Times", a.Outlet.Name)
	}
}

// TestTextCaptionRules checks the shapes of a photo credit that mark a
// caption, and lines that only look like one.
func TestTextCaptionRules(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		short bool
		want  bool
	}{
		{"bracketed label", "Crowds gathered on the quay at dawn (Image: HARBOUR PRESS )", true, true},
		{"bracketed slash", "The new ferry leaves the yard on Monday. (Lake Photo/Ines Marlow)", true, true},
		{"bracketed via", "The mayor cuts the ribbon on Tuesday. (Town Hall via Lake Wire)", true, true},
		{"bracketed agency after a sentence", "The bridge seen from the north bank. (LW)", true, true},
		{"label after the sentence", "A drawing of the planned station. Credit: Rail Office", false, true},
		{"bare name after the sentence", "Workers lay the last stones of the bridge. Lakewire", true, true},
		{"bare name on a long paragraph", "The council met again. Lakewire", false, false},
		{"abbreviation in a headline", "Voters in the north back Sen. Ada Holm", true, false},
		{"bracketed citation in prose", "As the chronicle puts it, the town burned twice. (Annals Book 2)", true, false},
		{"bracketed acronym without a sentence", "Lake District Water Board (LDWB)", true, false},
		{"sentence", "The ferry will run every half hour (from December).", true, false},
		{"single capital", "He trained for years and he won. I", true, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := hasTrailingCredit(tt.in, tt.short); got != tt.want {
				t.Errorf("%q: got %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

// TestTextTitleEcho checks which lines of a body count as echoes of the
// headline: alt texts and share texts, not sentences quoting it.
func TestTextTitleEcho(t *testing.T) {
	title := foldWords("Mayor opens the new bridge")
	tests := []struct {
		name string
		line string
		kind lineKind
		want bool
	}{
		{"alt text", "Mayor opens the new bridge", lineShort, true},
		{"pin description", "Mayor opens the new bridge #town #river", lineMedium, true},
		{"print line", "Mayor opens the new bridge | Local news", lineShort, true},
		{"sentence quoting it", "Mayor opens the new bridge, the banner read, and the crowd cheered.", lineProse, false},
		{"other words", "Mayor opens the new school", lineShort, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := textLine{text: tt.line, kind: tt.kind}
			if got := echoesTitle(&l, title); got != tt.want {
				t.Errorf("%q: got %v, want %v", tt.line, got, tt.want)
			}
		})
	}
	if echoesTitle(&textLine{text: "Town news", kind: lineShort}, foldWords("Town news")) {
		t.Error("a two-word headline is too common a phrase to drop")
	}
}

// TestTextCaptionsAndBoxes runs the recipe on a page whose article holds a
// photo with alt text, caption and credit, and a box of related links
// between two of its paragraphs: the captions are dropped, and the article
// goes on after the box up to the real "Related" list at its end.
func TestTextCaptionsAndBoxes(t *testing.T) {
	page := `Lakeside Times

Ferry operator adds two boats to the winter timetable

The lake ferry company said on Sunday that it would add two boats to its winter timetable, doubling the number of crossings between Ossing and Brae on every weekday.

The new boats, built at a yard on the north shore, will carry up to 300 passengers each and cut the crossing to twenty minutes, the operator said in a statement.

Ferry at the quay
A ferry waits at the Ossing quay in the morning mist (Photo: Lake Wire)

Related articles
Ferry fares to rise in spring
Brae harbour gets a new crane

"We had our busiest summer ever, and people told us they want the same service in winter," said the company's director, who has run the line for ten years.

The boats will enter service in the first week of December, once their crews have finished training on the lake.

Tickets bought for the old timetable remain valid, and season passes will be extended by a month at no cost.

Related articles
Harbour master retires after forty years
Storm closes the lake road
`
	a, err := New(DefaultConfig()).Extract(news.Document{Source: "t.txt", Kind: news.KindText, Body: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	body := a.Body()
	for _, want := range []string{"doubling the number", "busiest summer", "season passes"} {
		if !strings.Contains(body, want) {
			t.Errorf("body lacks %q:\n%s", want, body)
		}
	}
	for _, bad := range []string{"Ferry at the quay", "mist", "Ferry fares", "Harbour master", "Storm"} {
		if strings.Contains(body, bad) {
			t.Errorf("body holds %q:\n%s", bad, body)
		}
	}
}

// TestSplitTextLinesBrowserDump checks the joining of a text browser's dump
// at 80 columns (lynx -dump): paragraphs indented three spaces, a headline
// at the margin, bullets with indented continuations, and a menu making most
// of the lines; the paragraphs are joined, the blocks kept apart, and the
// margin made the indent 0.
func TestSplitTextLinesBrowserDump(t *testing.T) {
	var b strings.Builder
	for _, m := range []string{"Home", "News", "Sport", "Weather", "Culture", "Travel", "Contact", "About us", "Jobs", "Archive", "Shop", "Podcasts"} {
		b.WriteString("     * " + m + "\n")
	}
	b.WriteString("\nFerry operator adds two boats to the winter timetable on the lake between\nOssing and Brae\n\n")
	para := strings.Repeat("the ferry company said on sunday that it would add two boats to the lake ", 3)
	for range 3 {
		line := "  "
		for _, w := range strings.Fields(para) {
			if len(line)+len(w)+1 > 76 {
				b.WriteString(line + "\n")
				line = "  "
			}
			line += " " + w
		}
		b.WriteString(line + "\n\n")
	}
	b.WriteString("     * a list item of the article that runs long enough to be wrapped by the\n       browser onto a second line\n     * a second item\n")
	lines := splitTextLines(defaultTextConfig(), b.String())
	var texts []string
	for _, l := range lines {
		texts = append(texts, l.text)
	}
	if len(lines) != 12+1+3+2 {
		t.Fatalf("got %d lines, want 18:\n%s", len(lines), strings.Join(texts, "\n"))
	}
	if want := "Ferry operator adds two boats to the winter timetable on the lake between Ossing and Brae"; lines[12].text != want {
		t.Errorf("headline %q", lines[12].text)
	}
	if lines[13].text != strings.TrimSpace(para) || lines[13].indent != 0 {
		t.Errorf("paragraph %q indent %d", lines[13].text, lines[13].indent)
	}
	if !strings.HasSuffix(lines[16].text, "onto a second line") || !lines[16].bullet {
		t.Errorf("list item %q", lines[16].text)
	}
}
