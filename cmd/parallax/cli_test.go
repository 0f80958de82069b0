package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// runCmd runs parallax in-process with the given stdin and environment.
func runCmd(t *testing.T, stdin string, envv map[string]string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	e := &env{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errb, getenv: func(k string) string { return envv[k] }}
	code = run(context.Background(), e, args)
	return code, out.String(), errb.String()
}

func write(t *testing.T, path string, b []byte) string {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func gz(t *testing.T, b []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := gzip.NewWriter(&buf)
	w.Write(b)
	w.Close()
	return buf.Bytes()
}

const goodHTML = `<!doctype html><html lang="en"><head><title>Bridge reopens after repairs | Valley Post</title>
<meta property="og:site_name" content="Valley Post">
<meta property="article:published_time" content="2024-03-05T09:30:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>Bridge reopens after repairs</h1>
<p>The old river bridge in Marlow reopened to traffic on Tuesday after eight months of repairs, the county said.</p>
<p>Engineers replaced the deck and two of the piers, which had been damaged by floods last spring. The work cost 4.2 million euros.</p>
<p>"We are glad to have our bridge back," said Anna Fenwick, who runs a bakery on the east bank and lost many customers during the closure.</p>
</article><footer>© 2024 Valley Post</footer></body></html>`

const goodText = `Valley Post

Ferry service resumes on the lake

The lake ferry between Ossing and Brae resumed its full timetable on Monday after a winter of reduced crossings.

The operator said two new boats would carry up to 300 passengers each and cut the crossing to twenty minutes.
`

// TestBadInputs feeds every kind of bad input through extract and ingest
// next to good ones: each bad one gets one line on stderr naming it and the
// reason, the good ones go through, the exit status is 3, and ingesting the
// whole set twice stores each good article exactly once.
func TestBadInputs(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	good := []string{
		write(t, filepath.Join(in, "a-good.html"), []byte(goodHTML)),
		write(t, filepath.Join(in, "b-good.txt"), []byte(goodText)),
		write(t, filepath.Join(in, "c-good.html.gz"), gz(t, []byte(strings.ReplaceAll(goodHTML, "Marlow", "Linby")))),
	}
	big := bytes.Repeat([]byte("All work and no play makes a dull news page.\n"), 1200) // ~54 KB
	full := gz(t, []byte(goodHTML))
	bad := []struct{ name, reason string }{
		{write(t, filepath.Join(in, "d-empty.txt"), nil), "empty input"},
		{write(t, filepath.Join(in, "e-blank.html"), []byte(" \n\t\n")), "empty input"},
		{write(t, filepath.Join(in, "f-image.html"), append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), make([]byte, 64)...)), "binary content"},
		{write(t, filepath.Join(in, "g-truncated.html.gz"), full[:len(full)/2]), "truncated gzip"},
		{write(t, filepath.Join(in, "h-corrupt.txt.gz"), []byte("\x1f\x8bnot really gzip at all")), "corrupt gzip"},
		{write(t, filepath.Join(in, "i-big.txt"), big), "too large"},
		{write(t, filepath.Join(in, "j-big.txt.gz"), gz(t, big)), "too large"},
		{filepath.Join(dir, "missing.html"), "no such file"},
	}
	jsonl := write(t, filepath.Join(dir, "records.jsonl"), []byte(
		`{"id":"rec-1","url":"https://example.org/a","title":"Ferry resumes","text":"The ferry resumed service on Monday after the winter break, the operator said.","published":"2024-03-04","outlet":"Lake News"}`+"\n"+
			`{"id":"rec-2", "text": oops}`+"\n"+
			`{"id":"rec-3","title":"No content"}`+"\n"+
			`{"id":"rec-4","text":"Dated oddly.","published":"the day after tomorrow"}`+"\n"))
	badRecords := []struct{ name, reason string }{
		{jsonl + ":2", "bad JSON Lines record"},
		{"rec-3", "no text or html"},
		{"rec-4", "published"},
	}
	args := []string{in, filepath.Join(dir, "missing.html"), jsonl, "--max-size", "0.05"}
	nGood, nBad := len(good)+1, len(bad)+len(badRecords)

	checkStderr := func(t *testing.T, stderr string) {
		t.Helper()
		lines := strings.Split(strings.TrimSpace(stderr), "\n")
		// One line per bad input, and the closing summary.
		if len(lines) != nBad+1 {
			t.Errorf("stderr has %d lines, want %d:\n%s", len(lines), nBad+1, stderr)
		}
		for _, b := range append(bad, badRecords...) {
			found := false
			for _, l := range lines {
				if strings.Contains(l, b.name+":") && strings.Contains(l, b.reason) {
					found = true
				}
			}
			if !found {
				t.Errorf("no stderr line names %s with %q:\n%s", b.name, b.reason, stderr)
			}
		}
	}

	t.Run("extract", func(t *testing.T) {
		code, stdout, stderr := runCmd(t, "", nil, append([]string{"extract", "--json"}, args...)...)
		if code != exitSomeBad {
			t.Errorf("exit status %d, want %d", code, exitSomeBad)
		}
		checkStderr(t, stderr)
		var sources []string
		for _, line := range strings.Split(strings.TrimSpace(stdout), "\n") {
			var a struct {
				Source, Title, Body string
			}
			if err := json.Unmarshal([]byte(line), &a); err != nil {
				t.Fatalf("bad JSON line %q: %v", line, err)
			}
			if a.Body == "" {
				t.Errorf("%s: empty body", a.Source)
			}
			sources = append(sources, a.Source)
		}
		want := append(append([]string{}, good...), "rec-1")
		if strings.Join(sources, "\n") != strings.Join(want, "\n") {
			t.Errorf("articles printed for\n%s\nwant\n%s", strings.Join(sources, "\n"), strings.Join(want, "\n"))
		}
	})

	t.Run("ingest", func(t *testing.T) {
		db := filepath.Join(dir, "p.db")
		for i := range 2 {
			code, stdout, stderr := runCmd(t, "", nil, append([]string{"ingest", "--db", db}, args...)...)
			if code != exitSomeBad {
				t.Errorf("run %d: exit status %d, want %d", i, code, exitSomeBad)
			}
			checkStderr(t, stderr)
			stored, known := nGood, 0
			if i == 1 {
				stored, known = 0, nGood
			}
			if !strings.Contains(stdout, "stored") || !strings.Contains(stdout, strconv.Itoa(stored)+" stored, "+strconv.Itoa(known)+" already stored") {
				t.Errorf("run %d: summary %q, want %d stored, %d already stored", i, stdout, stored, known)
			}
		}
		code, stdout, stderr := runCmd(t, "", nil, "articles", "--db", db, "--json")
		if code != exitOK {
			t.Fatalf("articles: exit %d: %s", code, stderr)
		}
		if n := strings.Count(stdout, "\n"); n != nGood {
			t.Errorf("database holds %d articles, want %d:\n%s", n, nGood, stdout)
		}
	})
}

func TestCommands(t *testing.T) {
	dir := t.TempDir()
	envDB := map[string]string{"PARALLAX_DB": filepath.Join(dir, "env.db")}
	tests := []struct {
		name     string
		stdin    string
		env      map[string]string
		args     []string
		code     int
		out, err string // substrings expected
	}{
		{"no command", "", nil, nil, exitUsage, "Commands:", ""},
		{"help", "", nil, []string{"help"}, exitOK, "ingest", ""},
		{"unknown", "", nil, []string{"frobnicate"}, exitUsage, "", "unknown command"},
		{"version", "", nil, []string{"version"}, exitOK, "parallax ", ""},
		{"extract help", "", nil, []string{"extract", "--help"}, exitOK, "", "Exit status"},
		{"ingest help", "", nil, []string{"help", "ingest"}, exitOK, "", "--db"},
		{"articles help", "", nil, []string{"articles", "-h"}, exitOK, "", "--json"},
		{"bad flag", "", nil, []string{"extract", "--nope", "x"}, exitUsage, "", "-nope"},
		{"no paths", "", nil, []string{"extract"}, exitUsage, "", "no input paths"},
		{"stdin html", goodHTML, nil, []string{"extract", "-"}, exitOK, "Title:     Bridge reopens after repairs", ""},
		{"stdin json", goodText, nil, []string{"extract", "--json", "-"}, exitOK, `"source":"-"`, ""},
		{"ingest via env db", goodHTML, envDB, []string{"ingest", "-"}, exitOK, "1 stored", ""},
		{"articles via env db", "", envDB, []string{"articles"}, exitOK, "2024-03-05  Valley Post", ""},
		{"articles takes no paths", "", envDB, []string{"articles", "x"}, exitUsage, "", "no paths"},
		{"data dir default", goodText, map[string]string{"XDG_DATA_HOME": dir}, []string{"ingest", "-"}, exitOK, filepath.Join(dir, "parallax", "parallax.db"), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := runCmd(t, tt.stdin, tt.env, tt.args...)
			if code != tt.code {
				t.Errorf("exit %d, want %d\nstdout: %s\nstderr: %s", code, tt.code, stdout, stderr)
			}
			if !strings.Contains(stdout, tt.out) {
				t.Errorf("stdout lacks %q:\n%s", tt.out, stdout)
			}
			if !strings.Contains(stderr, tt.err) {
				t.Errorf("stderr lacks %q:\n%s", tt.err, stderr)
			}
		})
	}
}
