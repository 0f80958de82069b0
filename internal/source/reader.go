package source

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/text/transform"

	"github.com/parallax-news/parallax/internal/news"
)

// Config sets the limits of reading.
type Config struct {
	// MaxBytes is the largest input (or JSON Lines record) read, counted
	// after decompression. Larger ones are refused with ErrTooLarge.
	MaxBytes int64
	// Stdin is read for the path "-".
	Stdin io.Reader
}

// DefaultMaxBytes is the default size limit of one input: 50 MB.
const DefaultMaxBytes = 50 << 20

// DefaultConfig returns the default limits, reading "-" from os.Stdin.
func DefaultConfig() Config { return Config{MaxBytes: DefaultMaxBytes, Stdin: os.Stdin} }

// format is what an input holds once decompressed.
type format int

const (
	formatSniff format = iota // decide from the content
	formatHTML
	formatText
	formatJSONL
)

// formatOf tells the format from a file name, looking through ".gz".
func formatOf(name string) (f format, gz bool) {
	lower := strings.ToLower(name)
	if strings.HasSuffix(lower, ".gz") {
		gz = true
		lower = strings.TrimSuffix(lower, ".gz")
	}
	switch filepath.Ext(lower) {
	case ".html", ".htm", ".xhtml", ".shtml":
		return formatHTML, gz
	case ".txt", ".text":
		return formatText, gz
	case ".jsonl", ".ndjson":
		return formatJSONL, gz
	}
	return formatSniff, gz
}

// Documents yields the documents of paths in order: a file is one document
// (or one per record for JSON Lines), a folder is walked recursively in
// lexical order (hidden files and folders excluded), "-" is standard input.
// Every input that cannot be read yields an error naming it; the walk goes
// on. It stops early only when ctx is cancelled or the consumer stops.
func Documents(ctx context.Context, cfg Config, paths []string) iter.Seq2[news.Document, error] {
	if cfg.MaxBytes <= 0 {
		cfg.MaxBytes = DefaultMaxBytes
	}
	return func(yield func(news.Document, error) bool) {
		for _, p := range paths {
			if ctx.Err() != nil {
				yield(news.Document{}, ctx.Err())
				return
			}
			if !readPath(ctx, cfg, p, yield) {
				return
			}
		}
	}
}

type yieldFunc = func(news.Document, error) bool

func readPath(ctx context.Context, cfg Config, p string, yield yieldFunc) bool {
	if p == "-" {
		if cfg.Stdin == nil {
			return yield(news.Document{}, inputErr(p, fmt.Errorf("%w: no standard input", ErrUnsupported)))
		}
		return readStream(ctx, cfg, "-", io.NopCloser(cfg.Stdin), formatSniff, false, yield)
	}
	info, err := os.Stat(p)
	if err != nil {
		return yield(news.Document{}, inputErr(p, unwrapPathErr(err)))
	}
	if !info.IsDir() {
		return readFile(ctx, cfg, p, p, yield)
	}
	return walk(ctx, cfg, p, yield)
}

// walk reads the files under folder p, recursively, in lexical order.
func walk(ctx context.Context, cfg Config, p string, yield yieldFunc) bool {
	// WalkDir does not follow a root that is a link to a folder: walk the
	// folder it points to, and name files under p as the user gave it.
	root, name := p, func(path string) string { return path }
	if li, err := os.Lstat(p); err == nil && li.Mode()&fs.ModeSymlink != 0 {
		if target, err := filepath.EvalSymlinks(p); err == nil {
			root = target
			name = func(path string) string {
				rel, err := filepath.Rel(target, path)
				if err != nil {
					return path
				}
				return filepath.Join(p, rel)
			}
		}
	}
	cont := true
	walkErr := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		switch {
		case err != nil:
			cont = yield(news.Document{}, inputErr(name(path), unwrapPathErr(err)))
		case path != root && strings.HasPrefix(d.Name(), "."):
			if d.IsDir() {
				return filepath.SkipDir
			}
		case d.Type().IsRegular():
			cont = readFile(ctx, cfg, path, name(path), yield)
		case d.Type()&fs.ModeSymlink != 0:
			// A link to a file is read; links to folders are not followed
			// (they can loop), and other kinds of files are not inputs.
			target, err := os.Stat(path)
			if err != nil {
				cont = yield(news.Document{}, inputErr(name(path), unwrapPathErr(err)))
			} else if target.Mode().IsRegular() {
				cont = readFile(ctx, cfg, path, name(path), yield)
			}
		}
		if !cont {
			return fs.SkipAll
		}
		return nil
	})
	if walkErr != nil && cont {
		// Only ctx's error ends a walk early: report it once and stop.
		yield(news.Document{}, walkErr)
		return false
	}
	return cont
}

func unwrapPathErr(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// readFile reads the file at path, naming it name.
func readFile(ctx context.Context, cfg Config, path, name string, yield yieldFunc) bool {
	f, gz := formatOf(path)
	fh, err := os.Open(path)
	if err != nil {
		return yield(news.Document{}, inputErr(name, unwrapPathErr(err)))
	}
	return readStream(ctx, cfg, name, fh, f, gz, yield)
}

// readStream reads one input (closing it), decompressing it when it is gzip
// (by name or by magic bytes), and yields its document or records.
func readStream(ctx context.Context, cfg Config, name string, rc io.ReadCloser, f format, gz bool, yield yieldFunc) bool {
	defer rc.Close()
	// Only two bytes are peeked here, and reads pass through it (readAll's
	// io.Copy bypasses the buffer): a small one saves 60 KB per file.
	br := bufio.NewReaderSize(rc, sniffLen)
	if magic, _ := br.Peek(2); len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		gz = true
	}
	var r io.Reader = br
	if gz {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return yield(news.Document{}, inputErr(name, gzipErr(err)))
		}
		defer zr.Close()
		r = zr
	}
	if f == formatSniff || f == formatJSONL {
		rb := bufio.NewReaderSize(r, 64*1024)
		head, err := rb.Peek(sniffLen)
		if err != nil && err != io.EOF && !errors.Is(err, bufio.ErrBufferFull) {
			return yield(news.Document{}, inputErr(name, gzipErr(err)))
		}
		if f == formatSniff {
			f = sniff(head)
		}
		r = rb
		if f == formatJSONL {
			// Checked here once, not per line: an empty file is one error,
			// and so is a binary one, not one bad record per "line".
			switch {
			case len(bytes.TrimSpace(bytes.TrimPrefix(head, []byte("\xEF\xBB\xBF")))) == 0:
				return yield(news.Document{}, inputErr(name, ErrEmpty))
			case isBinary(head):
				return yield(news.Document{}, inputErr(name, ErrBinary))
			}
			if enc, cs := bomEncoding(head); enc != nil && cs != "utf-8" {
				// UTF-16 JSON Lines (what Windows PowerShell's > writes).
				rb = bufio.NewReaderSize(transform.NewReader(rb, enc.NewDecoder()), 64*1024)
			}
			return readJSONL(ctx, cfg, name, rb, yield)
		}
	}
	b, err := readAll(r, cfg.MaxBytes)
	if err != nil {
		return yield(news.Document{}, inputErr(name, err))
	}
	doc, err := newDocument(name, b, f == formatHTML)
	if err != nil {
		return yield(news.Document{}, inputErr(name, err))
	}
	return yield(doc, nil)
}

// readAll reads r whole, refusing more than max bytes.
func readAll(r io.Reader, max int64) ([]byte, error) {
	var buf bytes.Buffer
	n, err := io.Copy(&buf, io.LimitReader(r, max+1))
	if err != nil {
		return nil, gzipErr(err)
	}
	if n > max {
		return nil, fmt.Errorf("%w: more than %d bytes (the limit)", ErrTooLarge, max)
	}
	return buf.Bytes(), nil
}

// gzipErr names the reason a (possibly gzip) stream could not be read.
func gzipErr(err error) error {
	var corrupt flate.CorruptInputError
	switch {
	case errors.Is(err, io.EOF):
		// Only gzip.NewReader on a zero-byte input returns io.EOF here.
		return ErrEmpty
	case errors.Is(err, io.ErrUnexpectedEOF):
		return ErrTruncated
	case errors.Is(err, gzip.ErrHeader), errors.Is(err, gzip.ErrChecksum), errors.As(err, &corrupt):
		return fmt.Errorf("%w: %v", ErrCorruptGzip, err)
	}
	return err
}

// newDocument checks and decodes one input's content.
func newDocument(name string, b []byte, html bool) (news.Document, error) {
	if len(bytes.TrimSpace(b)) == 0 {
		return news.Document{}, ErrEmpty
	}
	if isBinary(b) {
		return news.Document{}, ErrBinary
	}
	if !html && looksHTML(b) {
		// A .txt that holds markup, or stdin: the content decides.
		html = true
	}
	body, cs := decode(b, html)
	if !html && looksHTML(body) {
		// UTF-16 markup shows only once decoded.
		html = true
	}
	if len(bytes.TrimSpace(body)) == 0 {
		// Only a byte-order mark, or UTF-16 whitespace.
		return news.Document{}, ErrEmpty
	}
	kind := news.KindText
	if html {
		kind = news.KindHTML
	}
	return news.Document{Source: name, Kind: kind, Body: body, Charset: cs}, nil
}

// sniff tells the format of content whose name does not.
func sniff(head []byte) format {
	if enc, cs := bomEncoding(head); enc != nil && cs != "utf-8" {
		head = decodeWith(head, enc)
	}
	t := bytes.TrimLeft(head, " \t\r\n\uFEFF")
	t = bytes.TrimPrefix(t, []byte("\xEF\xBB\xBF"))
	switch {
	case len(t) > 0 && t[0] == '{':
		return formatJSONL
	case looksHTML(t):
		return formatHTML
	}
	return formatText
}

// looksHTML reports whether content starts like an HTML document.
func looksHTML(b []byte) bool {
	t := bytes.TrimLeft(b[:min(len(b), 1024)], " \t\r\n")
	t = bytes.TrimPrefix(t, []byte("\xEF\xBB\xBF"))
	if len(t) == 0 || t[0] != '<' {
		return false
	}
	lower := bytes.ToLower(t[:min(len(t), 64)])
	for _, p := range []string{"<!doctype html", "<html", "<head", "<body", "<!--", "<meta", "<title", "<div", "<article", "<p>", "<p "} {
		if bytes.HasPrefix(lower, []byte(p)) {
			return true
		}
	}
	return false
}
