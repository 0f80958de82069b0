package source

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"iter"
	"os"
	"path"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/news"
)

func TestDocumentsFormats(t *testing.T) {
	jsonl := []byte(`{"id":"r1","text":"First record."}` + "\n" + `{"html":"<p>Second record.</p>"}` + "\n")
	tests := []struct {
		name    string
		file    string
		content []byte
		want    []string
		body    string // of the first document, when not empty
	}{
		{"html", "page.html", []byte(pageHTML), []string{"doc page.html html"}, pageHTML},
		{"htm", "page.htm", []byte(pageHTML), []string{"doc page.htm html"}, pageHTML},
		{"xhtml", "page.xhtml", []byte(pageHTML), []string{"doc page.xhtml html"}, ""},
		{"upper case extension", "PAGE.HTML", []byte(pageHTML), []string{"doc PAGE.HTML html"}, ""},
		{"html fragment named html", "frag.html", []byte("Just a sentence, no markup."), []string{"doc frag.html html"}, ""},
		{"txt", "notes.txt", []byte(textPlain), []string{"doc notes.txt text"}, textPlain},
		{"txt holding html", "saved.txt", []byte(pageHTML), []string{"doc saved.txt html"}, pageHTML},
		{"jsonl", "feed.jsonl", jsonl, []string{"doc r1 text", "doc feed.jsonl:2 html"}, "First record."},
		{"ndjson", "feed.ndjson", jsonl, []string{"doc r1 text", "doc feed.ndjson:2 html"}, ""},
		{"html.gz", "page.html.gz", gz(t, []byte(pageHTML)), []string{"doc page.html.gz html"}, pageHTML},
		{"htm.gz", "page.htm.gz", gz(t, []byte(pageHTML)), []string{"doc page.htm.gz html"}, ""},
		{"txt.gz", "notes.txt.gz", gz(t, []byte(textPlain)), []string{"doc notes.txt.gz text"}, textPlain},
		{"jsonl.gz", "feed.jsonl.gz", gz(t, jsonl), []string{"doc r1 text", "doc feed.jsonl.gz:2 html"}, ""},
		{"TXT.GZ", "NOTES.TXT.GZ", gz(t, []byte(textPlain)), []string{"doc NOTES.TXT.GZ text"}, ""},
		{"gzip by magic, html name", "page.html", gz(t, []byte(pageHTML)), []string{"doc page.html html"}, pageHTML},
		{"gzip by magic, txt name", "notes.txt", gz(t, []byte(textPlain)), []string{"doc notes.txt text"}, textPlain},
		{"gzip by magic, jsonl name", "feed.jsonl", gz(t, jsonl), []string{"doc r1 text", "doc feed.jsonl:2 html"}, ""},
		{"gzip by magic, no extension, html", "download", gz(t, []byte(pageHTML)), []string{"doc download html"}, pageHTML},
		{"gzip by magic, no extension, jsonl", "dump", gz(t, jsonl), []string{"doc r1 text", "doc dump:2 html"}, ""},
		{"unknown extension sniffed as html", "article.dat", []byte("\n  " + pageHTML), []string{"doc article.dat html"}, ""},
		{"unknown extension sniffed as html fragment", "fragment.inc", []byte("<div class=\"story\"><p>Text.</p></div>"), []string{"doc fragment.inc html"}, ""},
		{"unknown extension sniffed as text", "README", []byte(textPlain), []string{"doc README text"}, textPlain},
		{"unknown extension sniffed as jsonl", "records.json", jsonl, []string{"doc r1 text", "doc records.json:2 html"}, ""},
		{"unknown extension gz sniffed", "page.gz", gz(t, []byte(pageHTML)), []string{"doc page.gz html"}, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := tree(t, map[string][]byte{tc.file: tc.content})
			items := collect(t, Config{}, filepath.Join(dir, tc.file))
			equalLines(t, describeAll(dir, items), tc.want)
			for _, it := range items {
				if it.err == nil && it.doc.Charset != "utf-8" {
					t.Errorf("%s: charset %q, want utf-8", it.doc.Source, it.doc.Charset)
				}
			}
			if tc.body != "" && len(items) > 0 && string(items[0].doc.Body) != tc.body {
				t.Errorf("body %q, want %q", items[0].doc.Body, tc.body)
			}
		})
	}
}

func TestDocumentsStdin(t *testing.T) {
	tests := []struct {
		name  string
		stdin io.Reader
		want  []string
		body  string
	}{
		{"html", strings.NewReader(pageHTML), []string{"doc - html"}, pageHTML},
		{"html after blank lines", strings.NewReader("\n\n" + pageHTML), []string{"doc - html"}, ""},
		{"text", strings.NewReader(textPlain), []string{"doc - text"}, textPlain},
		{"jsonl", strings.NewReader(`{"id":"a","text":"One."}` + "\n\n" + `{"text":"Three."}`), []string{"doc a text", "doc -:3 text"}, "One."},
		{"gzip html", bytes.NewReader(gz(t, []byte(pageHTML))), []string{"doc - html"}, pageHTML},
		{"gzip jsonl", bytes.NewReader(gz(t, []byte(`{"text":"One."}`))), []string{"doc -:1 text"}, "One."},
		{"empty", strings.NewReader(""), []string{"err - empty"}, ""},
		{"binary", bytes.NewReader(pngBytes), []string{"err - binary"}, ""},
		{"no stdin", nil, []string{"err - unsupported"}, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			items := collect(t, Config{Stdin: tc.stdin}, "-")
			equalLines(t, describeAll("", items), tc.want)
			if tc.body != "" && len(items) > 0 && string(items[0].doc.Body) != tc.body {
				t.Errorf("body %q, want %q", items[0].doc.Body, tc.body)
			}
		})
	}
}

func TestDocumentsFolders(t *testing.T) {
	dir := tree(t, map[string][]byte{
		"corpus/b.txt":              []byte(textPlain),
		"corpus/a.html":             []byte(pageHTML),
		"corpus/A.txt":              []byte(textPlain), // upper case sorts first
		"corpus/empty.txt":          nil,
		"corpus/sub/c.txt":          []byte(textPlain),
		"corpus/sub/deeper/d.jsonl": []byte(`{"text":"One."}` + "\n" + `{"text":"Two."}` + "\n"),
		"corpus/sub/e.htm.gz":       gz(t, []byte(pageHTML)),
		"corpus/sub/.cache/x.txt":   []byte(textPlain),
		"corpus/.git/config.txt":    []byte(textPlain),
		"corpus/.hidden.txt":        []byte(textPlain),
		"corpus/z.txt.gz":           gz(t, []byte(textPlain)),
		"corpus/unknown.bin":        []byte(textPlain),
		"other/page.html":           []byte(pageHTML),
	})
	tests := []struct {
		name  string
		paths []string
		want  []string
	}{
		{"recursive lexical order, hidden skipped", []string{"corpus"}, []string{
			"doc corpus/A.txt text",
			"doc corpus/a.html html",
			"doc corpus/b.txt text",
			"err corpus/empty.txt empty",
			"doc corpus/sub/c.txt text",
			"doc corpus/sub/deeper/d.jsonl:1 text",
			"doc corpus/sub/deeper/d.jsonl:2 text",
			"doc corpus/sub/e.htm.gz html",
			"doc corpus/unknown.bin text",
			"doc corpus/z.txt.gz text",
		}},
		{"paths in the order given", []string{"other", "corpus/sub/c.txt", "corpus/a.html"}, []string{
			"doc other/page.html html",
			"doc corpus/sub/c.txt text",
			"doc corpus/a.html html",
		}},
		{"hidden folder named explicitly", []string{"corpus/.git"}, []string{"doc corpus/.git/config.txt text"}},
		{"hidden file named explicitly", []string{"corpus/.hidden.txt"}, []string{"doc corpus/.hidden.txt text"}},
		{"folder and missing path", []string{"other", "nowhere", "other/page.html"}, []string{
			"doc other/page.html html",
			"err nowhere not-exist",
			"doc other/page.html html",
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Chdir(dir)
			equalLines(t, describeAll("", collect(t, Config{}, tc.paths...)), tc.want)
		})
	}
}

func TestDocumentsSymlinks(t *testing.T) {
	dir := tree(t, map[string][]byte{
		"outside/story.txt": []byte(textPlain),
		"corpus/a.txt":      []byte(textPlain),
	})
	t.Chdir(dir)
	for _, l := range []struct{ target, name string }{
		{"../outside/story.txt", "corpus/b-link.txt"},
		{"../outside", "corpus/c-dirlink"},
		{"../outside/gone.txt", "corpus/d-broken.txt"},
	} {
		if err := os.Symlink(l.target, l.name); err != nil {
			t.Skipf("no symlinks here: %v", err)
		}
	}
	if err := os.Symlink("corpus", "corpus-link"); err != nil {
		t.Fatal(err)
	}
	want := []string{
		"doc corpus/a.txt text",
		"doc corpus/b-link.txt text",
		"err corpus/d-broken.txt not-exist",
	}
	equalLines(t, describeAll("", collect(t, Config{}, "corpus")), want)
	t.Run("link to a folder, named", func(t *testing.T) {
		var viaLink []string
		for _, w := range want {
			viaLink = append(viaLink, strings.Replace(w, "corpus/", "corpus-link/", 1))
		}
		equalLines(t, describeAll("", collect(t, Config{}, "corpus-link")), viaLink)
		equalLines(t, describeAll("", collect(t, Config{}, "corpus-link/")), viaLink)
	})
}

// TestDocumentsBadInputs checks every kind of bad input alone, between two
// good files named on the command line, and inside a folder walk: each is
// one *InputError naming it, and the good inputs around it still come.
func TestDocumentsBadInputs(t *testing.T) {
	long := bytes.Repeat([]byte(textPlain), 50)
	gzLong := gz(t, long)
	badMethod := append([]byte{}, gzLong...)
	badMethod[2] = 7 // compression method other than deflate
	badCRC := append([]byte{}, gzLong...)
	badCRC[len(badCRC)-8] ^= 0xFF
	var records bytes.Buffer
	for i := range 500 {
		fmt.Fprintf(&records, "{\"id\":\"r%d\",\"text\":\"%x\"}\n", i, sha256.Sum256([]byte{byte(i), byte(i >> 8)}))
	}
	gzJSONL := gz(t, records.Bytes())
	badDeflate := append([]byte{}, gz(t, []byte(textPlain))...)
	badDeflate[10] = 0xFF // reserved block type 3
	tests := []struct {
		name     string
		file     string
		content  []byte // nil: the file does not exist
		maxBytes int64
		input    string // the error's Input, relative; the file when empty
		reason   string
	}{
		{"missing file", "missing.txt", nil, 0, "", "not-exist"},
		{"empty txt", "empty.txt", []byte{}, 0, "", "empty"},
		{"empty html", "empty.html", []byte{}, 0, "", "empty"},
		{"empty unknown extension", "empty.dat", []byte{}, 0, "", "empty"},
		{"whitespace-only txt", "blank.txt", []byte(" \n\t\r\n  \n"), 0, "", "empty"},
		{"whitespace-only html", "blank.html", []byte("\n\n   \n"), 0, "", "empty"},
		{"byte-order mark only", "bom.txt", []byte("\xEF\xBB\xBF\n"), 0, "", "empty"},
		{"UTF-16 whitespace only", "blank16.txt", []byte("\xFF\xFE \x00\n\x00"), 0, "", "empty"},
		{"empty jsonl", "empty.jsonl", []byte{}, 0, "", "empty"},
		{"whitespace-only jsonl", "blank.jsonl", []byte("\n\n \n"), 0, "", "empty"},
		{"zero-byte gz", "empty.txt.gz", []byte{}, 0, "", "empty"},
		{"gzip of nothing", "nothing.txt.gz", gz(t, nil), 0, "", "empty"},
		{"gzip of whitespace", "blank.html.gz", gz(t, []byte("  \n ")), 0, "", "empty"},
		{"png named png", "photo.png", pngBytes, 0, "", "binary"},
		{"png named html", "photo.html", pngBytes, 0, "", "binary"},
		{"png named txt", "photo.txt", pngBytes, 0, "", "binary"},
		{"png named jsonl", "photo.jsonl", pngBytes, 0, "", "binary"},
		{"gzip of png", "photo.txt.gz", gz(t, pngBytes), 0, "", "binary"},
		{"control characters", "ctrl.txt", bytes.Repeat([]byte("ab\x01\x02\x03"), 20), 0, "", "binary"},
		{"truncated gzip", "cut.txt.gz", gzLong[:len(gzLong)/2], 0, "", "truncated"},
		{"truncated gzip, no gz name", "cut.html", gzLong[:len(gzLong)/2], 0, "", "truncated"},
		{"truncated gzip header", "cut.txt.gz", gzLong[:5], 0, "", "truncated"},
		{"truncated gzip trailer", "cut.txt.gz", gzLong[:len(gzLong)-3], 0, "", "truncated"},
		{"gz name, not gzip", "plain.txt.gz", []byte(textPlain), 0, "", "corrupt-gzip"},
		{"corrupt gzip header", "bad.txt.gz", badMethod, 0, "", "corrupt-gzip"},
		{"corrupt gzip checksum", "bad.txt.gz", badCRC, 0, "", "corrupt-gzip"},
		{"corrupt deflate data", "bad.txt.gz", badDeflate, 0, "", "corrupt-gzip"},
		{"corrupt deflate data, jsonl", "bad.jsonl.gz", badDeflate, 0, "", "corrupt-gzip"},
		{"too large", "big.txt", long, 1000, "", "too-large"},
		{"too large by one byte", "big.txt", bytes.Repeat([]byte("a"), 1001), 1000, "", "too-large"},
		{"too large html", "big.html", long, 1000, "", "too-large"},
		{"too large once decompressed", "big.txt.gz", gzLong, 1000, "", "too-large"},
		{"too large once decompressed, no gz name", "big", gzLong, 1000, "", "too-large"},
		{"jsonl bad json", "feed.jsonl", []byte(`{"text": "unterminated` + "\n"), 0, "feed.jsonl:1", "bad-record"},
		{"jsonl record too large", "feed.jsonl", []byte(`{"text":"` + strings.Repeat("a", 2000) + `"}`), 1000, "feed.jsonl:1", "too-large"},
		{"jsonl truncated gzip", "feed.jsonl.gz", gzJSONL[:len(gzJSONL)/2], 0, "feed.jsonl.gz:*", "truncated"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			wantErr := "err " + cmpOr(tc.input, tc.file) + " " + tc.reason
			files := map[string][]byte{"a-before.txt": []byte(textPlain), "z-after.html": []byte(pageHTML)}
			if tc.content != nil {
				files["m/"+tc.file] = tc.content
			}
			dir := tree(t, files)
			t.Chdir(dir)
			cfg := Config{MaxBytes: tc.maxBytes}

			items := collect(t, cfg, "m/"+tc.file)
			if len(items) == 0 {
				t.Fatal("nothing yielded")
			}
			// A gzip error may come after some records of a JSON Lines file.
			var ie *InputError
			if !errors.As(items[len(items)-1].err, &ie) {
				t.Fatalf("got %v, want an *InputError", items[len(items)-1].err)
			}
			if !strings.HasPrefix(ie.Input, "m/"+tc.file) {
				t.Errorf("Input %q does not name the file %q", ie.Input, "m/"+tc.file)
			}
			if !strings.Contains(ie.Error(), "m/"+tc.file) {
				t.Errorf("message %q does not name the file", ie.Error())
			}
			if got := describeAll("m", items); len(got) > 0 && !matchLine(got[len(got)-1], wantErr) {
				t.Errorf("got %q, want %q", got, wantErr)
			}

			// The stream goes on past it, named on the command line.
			got := describeAll("m", collect(t, cfg, "a-before.txt", "m/"+tc.file, "z-after.html"))
			if len(got) < 3 || got[0] != "doc a-before.txt text" || !matchLine(got[len(got)-2], wantErr) || got[len(got)-1] != "doc z-after.html html" {
				t.Errorf("between good files: %q", got)
			}
			if tc.content == nil {
				return
			}
			// And in a folder walk.
			writeFile(t, filepath.Join(dir, "m", "0-first.txt"), []byte(textPlain))
			writeFile(t, filepath.Join(dir, "m", "~last.html"), []byte(pageHTML))
			got = describeAll("", collect(t, cfg, "m"))
			if len(got) < 3 || got[0] != "doc m/0-first.txt text" || !matchLine(got[len(got)-2], "err m/"+strings.TrimPrefix(wantErr, "err ")) || got[len(got)-1] != "doc m/~last.html html" {
				t.Errorf("in a folder: %q", got)
			}
		})
	}
}

// matchLine matches a described item against want, where * stands for a
// line number.
func matchLine(got, want string) bool {
	ok, err := path.Match(want, got)
	return err == nil && ok
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

func TestDocumentsMaxBytesBoundary(t *testing.T) {
	dir := tree(t, map[string][]byte{
		"exact.txt":    bytes.Repeat([]byte("a"), 100),
		"exact.txt.gz": gz(t, bytes.Repeat([]byte("a"), 100)),
		"over.txt.gz":  gz(t, bytes.Repeat([]byte("a"), 101)),
	})
	t.Chdir(dir)
	got := describeAll("", collect(t, Config{MaxBytes: 100}, "exact.txt", "exact.txt.gz", "over.txt.gz"))
	equalLines(t, got, []string{"doc exact.txt text", "doc exact.txt.gz text", "err over.txt.gz too-large"})
}

// TestDocumentsStreams shows the stream reads lazily: a consumer gets the
// first JSON Lines record before the second is written, and the files of a
// folder are opened one at a time, as the walk reaches them.
func TestDocumentsStreams(t *testing.T) {
	t.Run("jsonl from a pipe", func(t *testing.T) {
		pr, pw := io.Pipe()
		next, stop := iter.Pull2(Documents(t.Context(), Config{Stdin: pr}, []string{"-"}))
		defer stop()
		go func() {
			io.WriteString(pw, `{"id":"first","text":"`+strings.Repeat("x", 5000)+`"}`+"\n")
		}()
		// Documents peeks 4 KB to sniff the format, so the first line is
		// longer than that; the second is not written yet.
		doc, err, ok := next()
		if !ok || err != nil || doc.Source != "first" {
			t.Fatalf("first: %v %v %v", doc.Source, err, ok)
		}
		go func() {
			io.WriteString(pw, `{"id":"second","text":"y"}`+"\n")
			pw.Close()
		}()
		doc, err, ok = next()
		if !ok || err != nil || doc.Source != "second" {
			t.Fatalf("second: %v %v %v", doc.Source, err, ok)
		}
		if _, _, ok := next(); ok {
			t.Fatal("more than two documents")
		}
	})
	t.Run("folder", func(t *testing.T) {
		dir := tree(t, map[string][]byte{"a.txt": []byte(textPlain), "b.txt": []byte(textPlain), "c.txt": []byte(textPlain)})
		next, stop := iter.Pull2(Documents(t.Context(), Config{}, []string{dir}))
		defer stop()
		if _, err, _ := next(); err != nil {
			t.Fatal(err)
		}
		// b.txt is removed after the walk listed it but before reading it.
		if err := os.Remove(filepath.Join(dir, "b.txt")); err != nil {
			t.Fatal(err)
		}
		var got []string
		for {
			doc, err, ok := next()
			if !ok {
				break
			}
			got = append(got, describe(dir, item{doc, err}))
		}
		equalLines(t, got, []string{"err b.txt not-exist", "doc c.txt text"})
	})
}

// TestDocumentsStop checks that the stream stops cleanly wherever its
// consumer stops or its context is cancelled (range-over-func panics if
// yield is called again after it returned false).
func TestDocumentsStop(t *testing.T) {
	dir := tree(t, map[string][]byte{
		"a.txt":         []byte(textPlain),
		"b.jsonl":       []byte("{\"text\":\"1\"}\nnot json\n{\"text\":\"3\"}\n"),
		"c/d.html":      []byte(pageHTML),
		"c/e.txt":       nil,
		"c/f.jsonl.gz":  gz(t, []byte("{\"text\":\"1\"}\n{\"text\":\"2\"}\n")),
		"g.txt.gz":      []byte("not gzip"),
		"h/i/j.txt":     []byte(textPlain),
		"h/i/k.html.gz": gz(t, []byte(pageHTML)),
	})
	paths := []string{dir, filepath.Join(dir, "missing"), "-", dir}
	cfg := Config{Stdin: strings.NewReader("{\"text\":\"1\"}\n{\"text\":\"2\"}\n")}
	all := collect(t, cfg, paths...)
	if len(all) != 25 {
		t.Fatalf("%d items, want 25: %q", len(all), describeAll(dir, all))
	}
	for n := 1; n <= len(all); n++ {
		cfg.Stdin = strings.NewReader("{\"text\":\"1\"}\n{\"text\":\"2\"}\n")
		i := 0
		for range Documents(t.Context(), cfg, paths) {
			i++
			if i == n {
				break
			}
		}
		if i != n {
			t.Errorf("break after %d: got %d", n, i)
		}

		cfg.Stdin = strings.NewReader("{\"text\":\"1\"}\n{\"text\":\"2\"}\n")
		ctx, cancel := context.WithCancel(t.Context())
		i = 0
		var last error
		for _, err := range Documents(ctx, cfg, paths) {
			i++
			if i == n {
				cancel()
			}
			last = err
		}
		cancel()
		if n < len(all) && (i != n+1 || !errors.Is(last, context.Canceled)) {
			t.Errorf("cancel after %d: %d items, last error %v; want %d and context.Canceled", n, i, last, n+1)
		}
	}
}

func TestFormatOf(t *testing.T) {
	tests := []struct {
		name string
		f    format
		gz   bool
	}{
		{"a.html", formatHTML, false},
		{"a.HTM", formatHTML, false},
		{"a.shtml", formatHTML, false},
		{"a.txt", formatText, false},
		{"a.text", formatText, false},
		{"a.jsonl", formatJSONL, false},
		{"a.ndjson", formatJSONL, false},
		{"a.html.gz", formatHTML, true},
		{"a.TXT.GZ", formatText, true},
		{"a.jsonl.gz", formatJSONL, true},
		{"a.gz", formatSniff, true},
		{"a.json", formatSniff, false},
		{"README", formatSniff, false},
		{"dir.html/page", formatSniff, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f, gz := formatOf(tc.name)
			if f != tc.f || gz != tc.gz {
				t.Errorf("formatOf(%q) = %v, %v; want %v, %v", tc.name, f, gz, tc.f, tc.gz)
			}
		})
	}
}

func TestSniff(t *testing.T) {
	tests := []struct {
		name string
		head string
		want format
	}{
		{"doctype", "<!DOCTYPE html><html>", formatHTML},
		{"html tag after space", "\n\n  <html lang=en>", formatHTML},
		{"comment", "<!-- saved from url -->\n<html>", formatHTML},
		{"div", "<div><p>x</p></div>", formatHTML},
		{"bom html", "\xEF\xBB\xBF<html>", formatHTML},
		{"utf-16 html", "\xFF\xFE<\x00h\x00t\x00m\x00l\x00>\x00", formatHTML},
		{"json object", "{\"id\":1}", formatJSONL},
		{"bom json", "\xEF\xBB\xBF{\"id\":1}", formatJSONL},
		{"utf-16 json", "\xFF\xFE{\x00}\x00", formatJSONL},
		{"text", "Talks resume in Geneva", formatText},
		{"less-than in text", "<3 this story", formatText},
		{"empty", "", formatText},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := sniff([]byte(tc.head)); got != tc.want {
				t.Errorf("sniff(%q) = %v, want %v", tc.head, got, tc.want)
			}
		})
	}
}

func TestIsBinary(t *testing.T) {
	tests := []struct {
		name string
		b    []byte
		want bool
	}{
		{"png", pngBytes, true},
		{"nul in text", []byte("text\x00text"), true},
		{"many controls", bytes.Repeat([]byte("abcd\x07"), 100), true},
		{"text", []byte(textPlain), false},
		{"form feeds and escapes", []byte("page one\fpage two \x1b$B text\n"), false},
		{"utf-16 le", []byte("\xFF\xFEa\x00b\x00"), false},
		{"utf-16 be", []byte("\xFE\xFF\x00a\x00b"), false},
		{"windows-1251 bytes", []byte("\xcf\xf0\xe8\xe2\xe5\xf2"), false},
		{"nul after the sniffed head", append(bytes.Repeat([]byte("a"), sniffLen), 0), false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := isBinary(tc.b); got != tc.want {
				t.Errorf("isBinary = %v, want %v", got, tc.want)
			}
		})
	}
}

func TestNewDocumentKinds(t *testing.T) {
	// Kind and Body for text inputs whose content says they are HTML.
	tests := []struct {
		name string
		b    []byte
		html bool
		want news.Kind
	}{
		{"text", []byte(textPlain), false, news.KindText},
		{"markup in text", []byte(pageHTML), false, news.KindHTML},
		{"utf-16 markup in text", append([]byte("\xFF\xFE"), encodeUTF16LE("<html><body>x</body></html>")...), false, news.KindHTML},
		{"html by name", []byte("plain words"), true, news.KindHTML},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := newDocument("x", tc.b, tc.html)
			if err != nil {
				t.Fatal(err)
			}
			if doc.Kind != tc.want {
				t.Errorf("kind %v, want %v", doc.Kind, tc.want)
			}
		})
	}
}

func encodeUTF16LE(s string) []byte {
	var b []byte
	for _, r := range s { // ASCII only
		b = append(b, byte(r), 0)
	}
	return b
}
