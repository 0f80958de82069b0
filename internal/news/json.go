package news

import (
	"encoding/json"
	"fmt"
	"time"
)

// ArticleJSON is the wire form of an Article: the fields DESIGN.md promises
// to users of `parallax extract --json`. Published is the calendar date
// (YYYY-MM-DD) the article gives; PublishedTime keeps the full instant when
// the page stated a time of day.
type ArticleJSON struct {
	Source        string      `json:"source"`
	URL           string      `json:"url"`
	Title         string      `json:"title"`
	Published     *string     `json:"published"`
	PublishedTime *string     `json:"published_time,omitempty"`
	PublishedHow  DateHow     `json:"published_how"`
	PublishedNote string      `json:"published_note,omitempty"`
	Outlet        string      `json:"outlet"`
	OutletHost    string      `json:"outlet_host"`
	Origin        *string     `json:"origin"`
	Language      string      `json:"language"`
	Byline        string      `json:"byline"`
	Paragraphs    []Paragraph `json:"paragraphs"`
	Body          string      `json:"body"`
	Words         int         `json:"words"`
}

// JSON returns the wire form of a.
func (a Article) JSON() ArticleJSON {
	j := ArticleJSON{
		Source: a.Source, URL: a.URL, Title: a.Title, PublishedHow: a.PublishedHow,
		PublishedNote: a.PublishedNote, Outlet: a.Outlet.Name, OutletHost: a.Outlet.Host,
		Language: a.Language, Byline: a.Byline, Paragraphs: a.Paragraphs, Body: a.Body(), Words: a.Words(),
	}
	if j.Paragraphs == nil {
		j.Paragraphs = []Paragraph{}
	}
	if a.Published != nil {
		d := a.Published.Format(time.DateOnly)
		j.Published = &d
		if a.Published.Hour() != 0 || a.Published.Minute() != 0 || a.Published.Second() != 0 {
			ts := a.Published.Format(time.RFC3339)
			j.PublishedTime = &ts
		}
	}
	if a.Origin != "" {
		o := a.Origin
		j.Origin = &o
	}
	return j
}

// MarshalJSON writes the wire form.
func (a Article) MarshalJSON() ([]byte, error) { return json.Marshal(a.JSON()) }

// UnmarshalJSON reads the wire form back.
func (a *Article) UnmarshalJSON(b []byte) error {
	var j ArticleJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	*a = Article{
		Source: j.Source, URL: j.URL, Title: j.Title, Byline: j.Byline, PublishedHow: j.PublishedHow,
		PublishedNote: j.PublishedNote, Outlet: Outlet{Name: j.Outlet, Host: j.OutletHost},
		Language: j.Language, Paragraphs: j.Paragraphs,
	}
	if j.Origin != nil {
		a.Origin = *j.Origin
	}
	var src string
	switch {
	case j.PublishedTime != nil:
		src = *j.PublishedTime
	case j.Published != nil:
		src = *j.Published
	}
	if src != "" {
		t, err := time.Parse(time.RFC3339, src)
		if err != nil {
			if t, err = time.Parse(time.DateOnly, src); err != nil {
				return fmt.Errorf("published %q: %w", src, err)
			}
		}
		a.Published = &t
	}
	return nil
}
