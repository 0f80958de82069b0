package news

import (
	"encoding/json"
	"strings"
	"testing"
	"time"
)

func TestArticleJSONRoundTrip(t *testing.T) {
	at := time.Date(2025, 5, 20, 7, 30, 0, 0, time.FixedZone("", 3*3600))
	day := time.Date(2025, 5, 19, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		a    Article
		want []string // substrings of the JSON
	}{
		{"with time", Article{Source: "a", Title: "T", Published: &at, PublishedHow: DateMetadata, Origin: "cnn.com",
			Outlet: Outlet{Name: "O", Host: "o.example"}, Paragraphs: []Paragraph{{Heading, "H"}, {Text, "one two"}}},
			[]string{`"published":"2025-05-20"`, `"published_time":"2025-05-20T07:30:00+03:00"`, `"origin":"cnn.com"`, `"body":"H\n\none two"`, `"words":3`}},
		{"date only", Article{Source: "b", Published: &day, PublishedHow: DateStated},
			[]string{`"published":"2025-05-19"`, `"origin":null`, `"paragraphs":[]`}},
		{"unknown", Article{Source: "c", PublishedHow: DateUnknown, PublishedNote: "none stated"},
			[]string{`"published":null`, `"published_how":"unknown"`, `"published_note":"none stated"`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := json.Marshal(tt.a)
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range tt.want {
				if !strings.Contains(string(b), w) {
					t.Errorf("%s lacks %s", b, w)
				}
			}
			var back Article
			if err := json.Unmarshal(b, &back); err != nil {
				t.Fatal(err)
			}
			if (back.Published == nil) != (tt.a.Published == nil) || back.Published != nil && !back.Published.Equal(*tt.a.Published) {
				t.Errorf("published %v, want %v", back.Published, tt.a.Published)
			}
			if back.Body() != tt.a.Body() || back.Origin != tt.a.Origin || back.Outlet != tt.a.Outlet {
				t.Errorf("round trip changed the article: %+v", back)
			}
		})
	}
}
