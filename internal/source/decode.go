package source

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"github.com/gogs/chardet"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/unicode"
)

// sniffLen is how much of an input is looked at to tell text from binary and
// to find an HTML charset declaration.
const sniffLen = 4096

// isBinary reports whether the start of b looks like binary data rather than
// text in any character set: a NUL byte, or many control characters. UTF-16
// text (which has NULs) is recognised by its byte-order mark first.
func isBinary(b []byte) bool {
	if bytes.HasPrefix(b, []byte{0xFF, 0xFE}) || bytes.HasPrefix(b, []byte{0xFE, 0xFF}) {
		return false
	}
	head := b
	if len(head) > sniffLen {
		head = head[:sniffLen]
	}
	ctrl := 0
	for _, c := range head {
		switch {
		case c == 0:
			return true
		case c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1b:
			ctrl++
		}
	}
	return ctrl*20 > len(head) // more than 5% control characters
}

// decode converts b to UTF-8. For HTML the order is: byte-order mark, the
// charset declared in the page (<meta charset>, http-equiv), valid UTF-8, then
// statistical detection. For text it is: byte-order mark, valid UTF-8, then
// detection. It returns the decoded bytes and the charset's name.
//
// Detection uses gogs/chardet (a port of ICU's detector) because
// golang.org/x/net/html/charset's own fallback only guesses windows-1252 and
// would garble undeclared Cyrillic or Japanese pages.
func decode(b []byte, html bool) ([]byte, string) {
	if enc, name := bomEncoding(b); enc != nil {
		return transform(b, enc), name
	}
	if html {
		if enc, name, certain := charset.DetermineEncoding(b[:min(len(b), sniffLen*4)], "text/html"); certain && enc != nil {
			if name == "utf-8" && !utf8.Valid(b) {
				// Declared UTF-8 but not: detection below does better.
			} else {
				return transform(b, enc), name
			}
		}
	}
	if utf8.Valid(b) {
		return b, "utf-8"
	}
	if enc, name := detect(b); enc != nil {
		return transform(b, enc), name
	}
	// Nothing fits: keep what is valid and replace the rest.
	return bytes.ToValidUTF8(b, []byte("\uFFFD")), "unknown"
}

func bomEncoding(b []byte) (encoding.Encoding, string) {
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		return unicode.UTF8BOM, "utf-8"
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}):
		return unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), "utf-16le"
	case bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		return unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), "utf-16be"
	}
	return nil, ""
}

// detect guesses the character set of text that is not UTF-8.
func detect(b []byte) (encoding.Encoding, string) {
	sample := b
	if len(sample) > 64*1024 {
		sample = sample[:64*1024]
	}
	res, err := chardet.NewHtmlDetector().DetectBest(sample)
	if err != nil || res == nil {
		return nil, ""
	}
	name := strings.ToLower(res.Charset)
	// chardet names ISO-8859-1 where windows-1252 is meant (curly quotes in
	// 0x80–0x9F); WHATWG treats them as one, and so do we.
	enc, err := htmlindex.Get(name)
	if err != nil {
		return nil, ""
	}
	canon, _ := htmlindex.Name(enc)
	return enc, canon
}

func transform(b []byte, enc encoding.Encoding) []byte {
	out, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		return bytes.ToValidUTF8(b, []byte("\uFFFD"))
	}
	return out
}
