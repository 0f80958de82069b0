package source

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/itlightning/dateparse"

	"github.com/parallax-news/parallax/internal/news"
)

// Record is one JSON Lines object as other crawlers write it.
type Record struct {
	ID        string `json:"id"`
	URL       string `json:"url"`
	Title     string `json:"title"`
	Text      string `json:"text"`
	HTML      string `json:"html"`
	Published string `json:"published"`
	Outlet    string `json:"outlet"`
}

// readJSONL yields one document per line of r. A bad line is an error named
// "FILE:LINE", followed by the record's id when it has one ("FILE:LINE ID");
// the lines after it still go.
func readJSONL(ctx context.Context, cfg Config, name string, r *bufio.Reader, yield yieldFunc) bool {
	for lineNo := 1; ; lineNo++ {
		if ctx.Err() != nil {
			yield(news.Document{}, ctx.Err())
			return false
		}
		line, tooLong, err := readLine(r, cfg.MaxBytes)
		if lineNo == 1 {
			line = bytes.TrimPrefix(line, []byte("\xEF\xBB\xBF"))
		}
		where := fmt.Sprintf("%s:%d", name, lineNo)
		if err != nil && err != io.EOF {
			return yield(news.Document{}, inputErr(where, gzipErr(err)))
		}
		switch {
		case tooLong:
			if !yield(news.Document{}, inputErr(where, fmt.Errorf("%w: record over %d bytes (the limit)", ErrTooLarge, cfg.MaxBytes))) {
				return false
			}
		case len(bytes.TrimSpace(line)) > 0:
			doc, rerr := recordDocument(where, line)
			if rerr != nil {
				if !yield(news.Document{}, rerr) {
					return false
				}
			} else if !yield(doc, nil) {
				return false
			}
		}
		if err == io.EOF {
			return true
		}
	}
}

// readLine reads one line, keeping at most max bytes of it (not counting the
// line end); a longer line is consumed and reported with tooLong.
func readLine(r *bufio.Reader, max int64) (line []byte, tooLong bool, err error) {
	var buf []byte
	for {
		chunk, err := r.ReadSlice('\n')
		if !tooLong {
			buf = append(buf, chunk...)
			if int64(len(bytes.TrimRight(buf, "\r\n"))) > max {
				tooLong, buf = true, nil
			}
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		return buf, tooLong, err
	}
}

// recordDocument makes the document of one record. Its errors are named
// where (FILE:LINE), so the user can find the line, and the record's id when
// it has one.
func recordDocument(where string, line []byte) (news.Document, error) {
	var raw struct {
		Record
		// Crawlers write ids as strings or numbers.
		ID json.RawMessage `json:"id"`
	}
	if err := json.Unmarshal(line, &raw); err != nil {
		return news.Document{}, inputErr(where, fmt.Errorf("%w: %v", ErrBadRecord, err))
	}
	rec := raw.Record
	id, err := recordID(raw.ID)
	if err != nil {
		return news.Document{}, inputErr(where, fmt.Errorf("%w: %v", ErrBadRecord, err))
	}
	rec.ID = id
	name, input := where, where
	if rec.ID != "" {
		name, input = rec.ID, where+" "+rec.ID
	}
	content, html := rec.Text, false
	if strings.TrimSpace(rec.HTML) != "" {
		content, html = rec.HTML, true
	}
	if strings.TrimSpace(content) == "" {
		return news.Document{}, inputErr(input, fmt.Errorf("%w: no text or html", ErrBadRecord))
	}
	kind := news.KindText
	if html {
		kind = news.KindHTML
	}
	doc := news.Document{
		Source:  name,
		Kind:    kind,
		Body:    []byte(content),
		Charset: "utf-8",
		URL:     rec.URL,
		Hint:    news.Hint{Title: rec.Title, Outlet: rec.Outlet},
	}
	if strings.TrimSpace(rec.Published) != "" {
		t, err := parseDate(rec.Published)
		if err != nil {
			return news.Document{}, inputErr(input, fmt.Errorf("%w: published %q: %v", ErrBadRecord, rec.Published, err))
		}
		doc.Hint.Published = &t
	}
	return doc, nil
}

// recordID reads a record's id: a string or a number, absent or null for
// none.
func recordID(raw json.RawMessage) (string, error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return "", nil
	}
	if raw[0] == '"' {
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			return "", err
		}
		return strings.TrimSpace(s), nil
	}
	var n json.Number
	if err := json.Unmarshal(raw, &n); err != nil {
		return "", fmt.Errorf("id must be a string or a number, not %s", raw)
	}
	return n.String(), nil
}

// parseDate reads a record's date in any common format (RFC 3339, ISO dates,
// RFC 1123, "May 20, 2025", …).
func parseDate(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	t, err := dateparse.ParseAny(s)
	if err != nil {
		return time.Time{}, errors.New("not a date")
	}
	return t, nil
}
