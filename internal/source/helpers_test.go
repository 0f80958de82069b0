package source

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding"

	"github.com/parallax-news/parallax/internal/news"
)

// Texts written for these tests: a few hundred characters each, the length
// of a real article's lead.
const (
	textRU = "Министр иностранных дел заявил во вторник, что переговоры о прекращении огня продолжатся на следующей неделе в Женеве. " +
		"По его словам, стороны договорились обменяться пленными и открыть гуманитарные коридоры для жителей прифронтовых городов. " +
		"Наблюдатели отмечают, что прежние договорённости нарушались уже через несколько дней."
	textJA = "政府は火曜日、停戦に向けた協議を来週ジュネーブで再開すると発表した。" +
		"外相によると、双方は捕虜の交換と、前線に近い町の住民のための人道回廊の開設で合意したという。" +
		"専門家は、これまでの合意が数日で破られてきたことを指摘している。"
	textPL = "Minister spraw zagranicznych powiedział we wtorek, że rozmowy o zawieszeniu broni będą kontynuowane w przyszłym tygodniu w Genewie. " +
		"Według niego strony zgodziły się wymienić jeńców i otworzyć korytarze humanitarne dla mieszkańców miast przyfrontowych. " +
		"Łódź, Gdańsk i Kraków przyjmą uchodźców."
	textEN = "The minister said on Tuesday that \u201cthe talks will continue next week\u201d in Geneva, and that both sides had agreed " +
		"to exchange prisoners \u2014 a step observers called \u2018fragile\u2019 after earlier truces broke down within days."
	textPlain = "Talks resume in Geneva\n\nThe ministers will meet again next week, officials said on Tuesday.\n"
	pageHTML  = "<!DOCTYPE html>\n<html><head><title>Talks resume</title></head><body><p>The ministers will meet again.</p></body></html>\n"
)

// pngBytes is the start of a 1×1 PNG image.
var pngBytes = []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00\x90wS\xde\x00\x00\x00\x0cIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82")

// item is one value the Documents stream yielded.
type item struct {
	doc news.Document
	err error
}

func collect(t testing.TB, cfg Config, paths ...string) []item {
	t.Helper()
	var out []item
	for doc, err := range Documents(t.Context(), cfg, paths) {
		out = append(out, item{doc, err})
	}
	return out
}

// sentinels are the reasons an input error may carry.
var sentinels = []struct {
	name string
	err  error
}{
	{"empty", ErrEmpty},
	{"binary", ErrBinary},
	{"too-large", ErrTooLarge},
	{"truncated", ErrTruncated},
	{"corrupt-gzip", ErrCorruptGzip},
	{"bad-record", ErrBadRecord},
	{"unsupported", ErrUnsupported},
	{"not-exist", fs.ErrNotExist},
}

// reason names the sentinel err wraps, "?" when none.
func reason(err error) string {
	for _, s := range sentinels {
		if errors.Is(err, s.err) {
			return s.name
		}
	}
	return "?"
}

// describe summarises an item as "doc SOURCE KIND" or "err INPUT REASON",
// with dir stripped from names.
func describe(dir string, it item) string {
	rel := func(s string) string { return strings.TrimPrefix(s, dir+string(filepath.Separator)) }
	if it.err == nil {
		return fmt.Sprintf("doc %s %s", rel(it.doc.Source), it.doc.Kind)
	}
	var ie *InputError
	if !errors.As(it.err, &ie) {
		return fmt.Sprintf("err (not an *InputError) %v", it.err)
	}
	return fmt.Sprintf("err %s %s", rel(ie.Input), reason(it.err))
}

func describeAll(dir string, items []item) []string {
	out := make([]string, len(items))
	for i, it := range items {
		out[i] = describe(dir, it)
	}
	return out
}

func equalLines(t *testing.T, got, want []string) {
	t.Helper()
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("stream:\n  got  %s\n  want %s", strings.Join(got, "\n       "), strings.Join(want, "\n       "))
	}
}

// tree writes files (slash-separated names relative to a new temporary
// folder) and returns the folder.
func tree(t testing.TB, files map[string][]byte) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		writeFile(t, filepath.Join(dir, filepath.FromSlash(name)), content)
	}
	return dir
}

func writeFile(t testing.TB, path string, content []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, content, 0o644); err != nil {
		t.Fatal(err)
	}
}

func gz(t testing.TB, b []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	if _, err := zw.Write(b); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// encode converts s to enc, failing when s has characters enc lacks.
func encode(t testing.TB, enc encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := enc.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("encoding %.20q: %v", s, err)
	}
	return b
}
