package source

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"

	"github.com/parallax-news/parallax/internal/news"
)

// FuzzDocuments reads arbitrary bytes as files of every format (and gzipped),
// from a folder walk and from standard input, and checks the stream's
// promises: no panic, every document non-empty valid UTF-8 with a source,
// every error an *InputError naming its input with a reason callers can test.
func FuzzDocuments(f *testing.F) {
	f.Add([]byte(pageHTML))
	f.Add([]byte(textPlain))
	f.Add([]byte(`{"id":"a","text":"One.","published":"2025-05-20"}` + "\n" + `{"html":"<p>Two</p>","published":"May 20"}` + "\nnot json\n"))
	f.Add([]byte(`{"id":7,"text":"x","published":"Tue, 20 May 2025 14:30:00 GMT"}`))
	f.Add(gz(f, []byte(pageHTML)))
	f.Add(gz(f, []byte(`{"text":"zipped"}`)))
	f.Add(pngBytes)
	f.Add([]byte("\xEF\xBB\xBF"))
	f.Add([]byte("\xFF\xFE{\x00}\x00"))
	f.Add([]byte("\x1f\x8b"))
	f.Add(encode(f, charmap.Windows1251, page(`<meta charset="windows-1251">`, textRU)))
	f.Add(encode(f, japanese.ShiftJIS, textJA))
	// One folder for all runs of a worker, its files rewritten each time:
	// creating files is most of the cost of a run.
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, name := range []string{"in.html", "in.txt", "in.jsonl", "in.gz", "in"} {
			if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		// Valid gzip around the bytes, so the readers behind it are reached.
		zipped := gz(t, data)
		for _, name := range []string{"z.html.gz", "z.txt.gz", "z.jsonl.gz"} {
			if err := os.WriteFile(filepath.Join(dir, name), zipped, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		cfg := Config{MaxBytes: 32 << 10, Stdin: bytes.NewReader(data)}
		for doc, err := range Documents(t.Context(), cfg, []string{dir, "-"}) {
			if err != nil {
				checkInputError(t, err)
				continue
			}
			checkDocument(t, doc)
		}
	})
}

func checkInputError(t *testing.T, err error) {
	t.Helper()
	var ie *InputError
	if !errors.As(err, &ie) {
		t.Fatalf("error %v (%T) is not an *InputError", err, err)
	}
	if ie.Input == "" {
		t.Fatalf("error %v names no input", err)
	}
	if reason(err) == "?" || errors.Is(err, os.ErrNotExist) {
		t.Fatalf("error %v wraps none of the reasons", err)
	}
}

func checkDocument(t *testing.T, doc news.Document) {
	t.Helper()
	switch {
	case doc.Source == "":
		t.Fatalf("document without a source: %+v", doc)
	case !utf8.Valid(doc.Body):
		t.Fatalf("%s: body not UTF-8: %q", doc.Source, doc.Body)
	case len(bytes.TrimSpace(doc.Body)) == 0:
		t.Fatalf("%s: empty body", doc.Source)
	case doc.Kind != news.KindHTML && doc.Kind != news.KindText:
		t.Fatalf("%s: kind %q", doc.Source, doc.Kind)
	case doc.Charset == "":
		t.Fatalf("%s: no charset", doc.Source)
	}
}
