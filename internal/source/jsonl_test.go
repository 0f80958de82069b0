package source

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/parallax-news/parallax/internal/news"
)

func TestRecordDocuments(t *testing.T) {
	date := func(s string) *time.Time {
		tm, err := time.Parse(time.RFC3339, s)
		if err != nil {
			t.Fatal(err)
		}
		return &tm
	}
	tests := []struct {
		name string
		line string
		want news.Document
	}{
		{"all fields, text",
			`{"id":"wire-7","url":"https://example.com/a","title":"Talks resume","text":"Body text.","published":"2025-05-20T14:30:00Z","outlet":"Example Wire"}`,
			news.Document{Source: "wire-7", Kind: news.KindText, Body: []byte("Body text."), Charset: "utf-8", URL: "https://example.com/a",
				Hint: news.Hint{Title: "Talks resume", Outlet: "Example Wire", Published: date("2025-05-20T14:30:00Z")}}},
		{"html preferred over text",
			`{"id":"p1","text":"plain","html":"<p>marked up</p>"}`,
			news.Document{Source: "p1", Kind: news.KindHTML, Body: []byte("<p>marked up</p>"), Charset: "utf-8"}},
		{"blank html falls back to text",
			`{"id":"p2","text":"plain","html":"  \n"}`,
			news.Document{Source: "p2", Kind: news.KindText, Body: []byte("plain"), Charset: "utf-8"}},
		{"no id: path and line",
			`{"text":"Body."}`,
			news.Document{Source: "feed.jsonl:1", Kind: news.KindText, Body: []byte("Body."), Charset: "utf-8"}},
		{"blank id: path and line",
			`{"id":"  ","text":"Body."}`,
			news.Document{Source: "feed.jsonl:1", Kind: news.KindText, Body: []byte("Body."), Charset: "utf-8"}},
		{"null id",
			`{"id":null,"text":"Body."}`,
			news.Document{Source: "feed.jsonl:1", Kind: news.KindText, Body: []byte("Body."), Charset: "utf-8"}},
		{"numeric id",
			`{"id":12345,"text":"Body."}`,
			news.Document{Source: "12345", Kind: news.KindText, Body: []byte("Body."), Charset: "utf-8"}},
		{"escapes and unknown fields",
			`{"id":"e","text":"\u00abQuoted\u00bb \ud83d\udcf0 line\nbreak","lang":"en","tags":["a"]}`,
			news.Document{Source: "e", Kind: news.KindText, Body: []byte("«Quoted» 📰 line\nbreak"), Charset: "utf-8"}},
		{"offset date",
			`{"id":"d1","text":"x","published":"2025-05-20T14:30:00+02:00"}`,
			news.Document{Source: "d1", Kind: news.KindText, Body: []byte("x"), Charset: "utf-8", Hint: news.Hint{Published: date("2025-05-20T12:30:00Z")}}},
		{"date only",
			`{"id":"d2","text":"x","published":"2025-05-20"}`,
			news.Document{Source: "d2", Kind: news.KindText, Body: []byte("x"), Charset: "utf-8", Hint: news.Hint{Published: date("2025-05-20T00:00:00Z")}}},
		{"no zone",
			`{"id":"d3","text":"x","published":"2025-05-20T14:30:00"}`,
			news.Document{Source: "d3", Kind: news.KindText, Body: []byte("x"), Charset: "utf-8", Hint: news.Hint{Published: date("2025-05-20T14:30:00Z")}}},
		{"RFC 1123",
			`{"id":"d4","text":"x","published":"Tue, 20 May 2025 14:30:00 GMT"}`,
			news.Document{Source: "d4", Kind: news.KindText, Body: []byte("x"), Charset: "utf-8", Hint: news.Hint{Published: date("2025-05-20T14:30:00Z")}}},
		{"written out",
			`{"id":"d5","text":"x","published":"May 20, 2025"}`,
			news.Document{Source: "d5", Kind: news.KindText, Body: []byte("x"), Charset: "utf-8", Hint: news.Hint{Published: date("2025-05-20T00:00:00Z")}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := tree(t, map[string][]byte{"feed.jsonl": []byte(tc.line + "\n")})
			items := collect(t, Config{}, filepath.Join(dir, "feed.jsonl"))
			if len(items) != 1 || items[0].err != nil {
				t.Fatalf("got %q", describeAll(dir, items))
			}
			got := items[0].doc
			got.Source = strings.TrimPrefix(got.Source, dir+string(filepath.Separator))
			if g, w := docString(got), docString(tc.want); g != w {
				t.Errorf("got  %s\nwant %s", g, w)
			}
		})
	}
}

func docString(d news.Document) string {
	pub := "nil"
	if d.Hint.Published != nil {
		pub = d.Hint.Published.UTC().Format(time.RFC3339)
	}
	return fmt.Sprintf("{Source:%q Kind:%s Body:%q Charset:%q URL:%q Title:%q Outlet:%q Published:%s}",
		d.Source, d.Kind, d.Body, d.Charset, d.URL, d.Hint.Title, d.Hint.Outlet, pub)
}

// TestJSONLBadRecords checks that each bad record is one error named
// FILE:LINE and that the records around it still come.
func TestJSONLBadRecords(t *testing.T) {
	lines := []string{
		`{"id":"ok-1","text":"First."}`,
		`{"id":"broken","text":"no closing brace"`,
		`{"id":"ok-3","text":"Third."}`,
		`{"id":"empty-4","title":"Only a title"}`,
		`{"text":"   ","html":""}`,
		``,
		`{"id":"ok-7","html":"<p>Seventh.</p>"}`,
		`{"id":"date-8","text":"x","published":"sometime next spring"}`,
		`{"id":"big-9","text":"` + strings.Repeat("long ", 100) + `"}`,
		`{"id":"ok-10","text":"Tenth."}`,
		`["an","array"]`,
		`"a string"`,
		`null`,
		`{"id":{"nested":true},"text":"x"}`,
		`{"id":"type-15","text":42}`,
		`{"id":"ok-16","text":"Sixteenth."}`,
	}
	want := []string{
		"doc ok-1 text",
		"err feed.jsonl:2 bad-record",
		"doc ok-3 text",
		"err feed.jsonl:4 empty-4 bad-record",
		"err feed.jsonl:5 bad-record",
		"doc ok-7 html",
		"err feed.jsonl:8 date-8 bad-record",
		"err feed.jsonl:9 too-large",
		"doc ok-10 text",
		"err feed.jsonl:11 bad-record",
		"err feed.jsonl:12 bad-record",
		"err feed.jsonl:13 bad-record",
		"err feed.jsonl:14 bad-record",
		"err feed.jsonl:15 bad-record",
		"doc ok-16 text",
	}
	for _, tc := range []struct{ name, sep, suffix string }{
		{"LF", "\n", "\n"},
		{"CRLF", "\r\n", "\r\n"},
		{"no final newline", "\n", ""},
		{"byte-order mark", "\n", "\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			content := strings.Join(lines, tc.sep) + tc.suffix
			if tc.name == "byte-order mark" {
				content = "\xEF\xBB\xBF" + content
			}
			dir := tree(t, map[string][]byte{"feed.jsonl": []byte(content)})
			items := collect(t, Config{MaxBytes: 300}, filepath.Join(dir, "feed.jsonl"))
			equalLines(t, describeAll(dir, items), want)
			for _, it := range items {
				if it.err != nil && !strings.Contains(it.err.Error(), "feed.jsonl:") {
					t.Errorf("message %q does not name the line", it.err)
				}
			}
		})
	}
}

func TestJSONLRecordLimit(t *testing.T) {
	record := `{"text":"` + strings.Repeat("a", 80) + `"}` // 91 bytes
	tests := []struct {
		name     string
		content  string
		maxBytes int64
		want     string
	}{
		{"at the limit, LF", record + "\n", 91, "doc f.jsonl:2 text"},
		{"at the limit, CRLF", record + "\r\n", 91, "doc f.jsonl:2 text"},
		{"at the limit, no newline", record, 91, "doc f.jsonl:2 text"},
		{"one over, LF", record + "\n", 90, "err f.jsonl:2 too-large"},
		{"one over, no newline", record, 90, "err f.jsonl:2 too-large"},
		{"longer than the read buffer", `{"text":"` + strings.Repeat("b", 200_000) + `"}` + "\n", 150_000, "err f.jsonl:2 too-large"},
		{"long line within the limit", `{"text":"` + strings.Repeat("b", 200_000) + `"}` + "\n", 250_000, "doc f.jsonl:2 text"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := tree(t, map[string][]byte{"f.jsonl": []byte(`{"text":"first"}` + "\n" + tc.content)})
			items := collect(t, Config{MaxBytes: tc.maxBytes}, filepath.Join(dir, "f.jsonl"))
			equalLines(t, describeAll(dir, items), []string{"doc f.jsonl:1 text", tc.want})
		})
	}
}

func TestJSONLUTF16(t *testing.T) {
	// What Windows PowerShell 5's > redirection writes.
	content := "\xFF\xFE" + string(encodeUTF16LE(`{"id":"w1","text":"First."}`+"\r\n"+`{"id":"w2","text":"Second."}`+"\r\n"))
	for _, name := range []string{"feed.jsonl", "feed-no-extension"} {
		t.Run(name, func(t *testing.T) {
			dir := tree(t, map[string][]byte{name: []byte(content)})
			items := collect(t, Config{}, filepath.Join(dir, name))
			equalLines(t, describeAll(dir, items), []string{"doc w1 text", "doc w2 text"})
		})
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want string // RFC 3339, empty for an error
	}{
		{"2025-05-20T14:30:00Z", "2025-05-20T14:30:00Z"},
		{"2025-05-20T14:30:00.123456+03:00", "2025-05-20T11:30:00Z"},
		{" 2025-05-20 ", "2025-05-20T00:00:00Z"},
		{"2025-05-20 14:30:00", "2025-05-20T14:30:00Z"},
		{"Tue, 20 May 2025 14:30:00 +0000", "2025-05-20T14:30:00Z"},
		{"20 May 2025", "2025-05-20T00:00:00Z"},
		{"", ""},
		{"not a date", ""},
		{"yesterday", ""},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			got, err := parseDate(tc.in)
			switch {
			case tc.want == "" && err == nil:
				t.Errorf("parseDate(%q) = %v, want an error", tc.in, got)
			case tc.want != "" && err != nil:
				t.Errorf("parseDate(%q): %v", tc.in, err)
			case tc.want != "" && got.UTC().Format(time.RFC3339) != tc.want:
				t.Errorf("parseDate(%q) = %v, want %s", tc.in, got.UTC().Format(time.RFC3339), tc.want)
			}
		})
	}
}

// FuzzParseDate checks that no published value, however odd, panics the
// date parser (a panic would end the whole stream).
func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2025-05-20T14:30:00Z", "Tue, 20 May 2025 14:30:00 GMT", "May 20, 2025", "20/05/2025", "1747751400", "2025-05-20 14:30:00 +0200 CEST", "12 Mai 2025"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if tm, err := parseDate(s); err == nil && strings.TrimSpace(s) == "" {
			t.Fatalf("parseDate(%q) = %v, want an error", s, tm)
		}
	})
}
