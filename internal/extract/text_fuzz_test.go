package extract_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/parallax-news/parallax/internal/extract"
	"github.com/parallax-news/parallax/internal/news"
)

// FuzzExtractText feeds arbitrary text to the text extractor: it must not
// panic, and any article it returns has non-empty paragraphs of valid UTF-8
// and a valid UTF-8 title.
func FuzzExtractText(f *testing.F) {
	for _, s := range []string{
		"",
		"Title\n\nBody sentence one is here and it is long enough to be prose.\n",
		"Site\n  • Home\n  • News\n\nA headline of the day\n\nby admin May 20, 2025\n\n" +
			"The first paragraph of the article says what happened, and where it happened.\n\n" +
			"Related\n\nA teaser...\n\nMay 1, 2025\n\nAnother teaser...\n\nMay 2, 2025\n\nThird teaser...\n\nMay 3, 2025\n",
		"WASHINGTON (Reuters) - Scientists on Monday unveiled a map of the moon, and it is a fine map.\n\nThis post appeared first on example.com",
		"Pos.  Name   Points\n1     A      10\n2     B      9\n",
		"報道によると、今回販売されたのは、いわゆる「脱獄」したiPhone。\nもちろん、Apple社は「脱獄」を認めていません。",
		strings.Repeat("word ", 30) + "\n" + strings.Repeat("x", 80) + "\n" + strings.Repeat("y", 79) + "\n",
		"\xff\xfe bad bytes in a sentence that is long enough to count as prose, with the and of.\n",
	} {
		f.Add(s)
	}
	x := extract.New(extract.DefaultConfig())
	f.Fuzz(func(t *testing.T, s string) {
		a, err := x.Extract(news.Document{Source: "fuzz", Kind: news.KindText, Body: []byte(s)})
		if err != nil {
			return
		}
		if len(a.Paragraphs) == 0 {
			t.Fatal("article without paragraphs")
		}
		for i, p := range a.Paragraphs {
			if strings.TrimSpace(p.Text) == "" {
				t.Fatalf("paragraph %d is empty", i)
			}
			if !utf8.ValidString(p.Text) {
				t.Fatalf("paragraph %d is not valid UTF-8: %q", i, p.Text)
			}
		}
		if !utf8.ValidString(a.Title) || !utf8.ValidString(a.Outlet.Name) || !utf8.ValidString(a.Origin) {
			t.Fatalf("metadata not valid UTF-8: %q %q %q", a.Title, a.Outlet.Name, a.Origin)
		}
	})
}
