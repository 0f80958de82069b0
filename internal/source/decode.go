package source

import (
	"bytes"
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/gogs/chardet"
	"golang.org/x/net/html"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/unicode"
)

const (
	// sniffLen is how much of an input is looked at to tell text from binary.
	sniffLen = 4096
	// declLen is how much of an HTML page is searched for a charset
	// declaration. WHATWG says 1024 bytes; real pages put <meta charset>
	// after long scripts and styles, so we look further.
	declLen = 16 * 1024
	// sampleLen caps the bytes handed to the charset detector.
	sampleLen = 64 * 1024
)

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
// charset declared in the page (<meta charset>, http-equiv, <?xml
// encoding?>), valid UTF-8, then statistical detection. For text it is:
// byte-order mark, valid UTF-8, then detection. It returns the decoded bytes
// (always valid UTF-8) and the charset's name.
//
// Detection uses gogs/chardet (a port of ICU's detector) because
// golang.org/x/net/html/charset's own fallback only guesses windows-1252 and
// would garble undeclared Cyrillic or Japanese pages.
func decode(b []byte, isHTML bool) ([]byte, string) {
	if enc, name := bomEncoding(b); enc != nil {
		return decodeWith(b, enc), name
	}
	valid := utf8.Valid(b)
	if isHTML {
		if enc, name := declaredCharset(b[:min(len(b), declLen)]); enc != nil {
			switch {
			case name == "utf-8" && !valid:
				// Declared UTF-8 but not: detection below does better.
			case name != "utf-8" && valid && hasNonASCII(b):
				// A legacy charset declared over bytes that are valid UTF-8
				// (a page re-saved by a crawler that kept its old <meta>):
				// the bytes win, legacy text is practically never valid UTF-8.
			default:
				return decodeWith(b, enc), name
			}
		}
	}
	if valid {
		return b, "utf-8"
	}
	if enc, name := detect(b, isHTML); enc != nil {
		return decodeWith(b, enc), name
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

// declaredCharset finds the charset an HTML page declares in its head: an
// <?xml encoding?> declaration or a <meta charset> or <meta http-equiv
// content-type>, as WHATWG's prescan does. (x/net/html/charset runs the same
// prescan, but over 1024 bytes only and with a result it calls uncertain.)
func declaredCharset(head []byte) (encoding.Encoding, string) {
	if label := xmlEncoding(head); label != "" {
		if enc, name := lookup(label); enc != nil {
			return enc, name
		}
	}
	z := html.NewTokenizer(bytes.NewReader(head))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return nil, ""
		case html.StartTagToken, html.SelfClosingTagToken:
			tag, hasAttr := z.TagName()
			if string(tag) == "body" {
				return nil, ""
			}
			if string(tag) != "meta" {
				continue
			}
			var label, content string
			pragma := false
			for hasAttr {
				var key, val []byte
				key, val, hasAttr = z.TagAttr()
				switch string(key) {
				case "charset":
					label = string(val)
				case "http-equiv":
					pragma = strings.EqualFold(strings.TrimSpace(string(val)), "content-type")
				case "content":
					content = string(val)
				}
			}
			if label == "" && pragma {
				label = charsetParam(content)
			}
			if enc, name := lookup(label); enc != nil {
				return enc, name
			}
		}
	}
}

// lookup resolves a charset label the WHATWG way, except that labels WHATWG
// maps to the "replacement" encoding (which decodes a whole page to one
// U+FFFD) count as unknown, and UTF-16 declared inside a page (which cannot
// be: the declaration would not be readable) means UTF-8.
func lookup(label string) (encoding.Encoding, string) {
	label = strings.TrimSpace(label)
	if label == "" {
		return nil, ""
	}
	enc, err := htmlindex.Get(label)
	if err != nil || enc == encoding.Replacement {
		return nil, ""
	}
	name, _ := htmlindex.Name(enc)
	if strings.HasPrefix(name, "utf-16") {
		return unicode.UTF8, "utf-8"
	}
	return enc, name
}

// charsetParam reads the charset out of a content-type value
// ("text/html; charset=windows-1251").
func charsetParam(s string) string {
	i := strings.Index(strings.ToLower(s), "charset")
	if i < 0 {
		return ""
	}
	s = strings.TrimLeft(s[i+len("charset"):], " \t\n\f\r")
	if !strings.HasPrefix(s, "=") {
		return ""
	}
	s = strings.TrimLeft(s[1:], " \t\n\f\r")
	if s != "" && (s[0] == '"' || s[0] == '\'') {
		if end := strings.IndexByte(s[1:], s[0]); end >= 0 {
			return s[1 : 1+end]
		}
		return ""
	}
	if end := strings.IndexAny(s, "; \t\n\f\r"); end >= 0 {
		s = s[:end]
	}
	return s
}

// xmlEncoding reads the encoding of an XML declaration at the start of b
// (<?xml version="1.0" encoding="windows-1251"?>).
func xmlEncoding(b []byte) string {
	if !bytes.HasPrefix(b, []byte("<?xml")) {
		return ""
	}
	decl := b
	if end := bytes.Index(decl, []byte("?>")); end >= 0 {
		decl = decl[:end]
	} else {
		return ""
	}
	i := bytes.Index(decl, []byte("encoding"))
	if i < 0 {
		return ""
	}
	rest := bytes.TrimLeft(decl[i+len("encoding"):], " \t\r\n")
	if len(rest) == 0 || rest[0] != '=' {
		return ""
	}
	rest = bytes.TrimLeft(rest[1:], " \t\r\n")
	if len(rest) == 0 || (rest[0] != '"' && rest[0] != '\'') {
		return ""
	}
	end := bytes.IndexByte(rest[1:], rest[0])
	if end < 0 {
		return ""
	}
	return string(rest[1 : 1+end])
}

func hasNonASCII(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return true
		}
	}
	return false
}

// detect guesses the character set of text that is not UTF-8.
func detect(b []byte, isHTML bool) (encoding.Encoding, string) {
	results, err := chardet.NewTextDetector().DetectAll(detectionSample(b, isHTML))
	if err != nil {
		return nil, ""
	}
	// chardet runs its recognisers concurrently and leaves ties in arrival
	// order; order them so the same bytes always decode the same way.
	slices.SortStableFunc(results, func(x, y chardet.Result) int {
		if c := cmp.Compare(y.Confidence, x.Confidence); c != 0 {
			return c
		}
		if c := cmp.Compare(tieRank(x.Charset), tieRank(y.Charset)); c != 0 {
			return c
		}
		return strings.Compare(x.Charset, y.Charset)
	})
	for _, r := range results {
		// chardet names ISO-8859-1 where windows-1252 is meant (curly quotes
		// in 0x80–0x9F); WHATWG treats them as one, and so do we. Names
		// htmlindex does not know (IBM424_rtl …) are passed over.
		enc, err := htmlindex.Get(strings.ToLower(r.Charset))
		if err != nil || enc == encoding.Replacement {
			continue
		}
		canon, _ := htmlindex.Name(enc)
		return enc, canon
	}
	return nil, ""
}

// tieRank orders charsets that chardet finds equally likely (short samples
// with few multi-byte characters): the most used legacy charsets first.
func tieRank(name string) int {
	order := []string{"UTF-8", "windows-1252", "ISO-8859-1", "windows-1251", "Shift_JIS", "GB18030", "EUC-KR", "Big5", "EUC-JP"}
	if i := slices.Index(order, name); i >= 0 {
		return i
	}
	return len(order)
}

// detectionSample picks the bytes the detector looks at: the parts of b that
// hold non-ASCII bytes (lines of text; for HTML, text outside tags, scripts
// and styles), up to sampleLen. chardet's single-byte recognisers score
// n-grams over the first 8 KB only, so pages whose first kilobytes are
// English markup, menus or scripts would otherwise be scored as Latin text.
func detectionSample(b []byte, isHTML bool) []byte {
	var sample []byte
	keep := func(seg []byte) bool {
		if !hasNonASCII(seg) {
			return true
		}
		sample = append(sample, seg[:min(len(seg), sampleLen-len(sample))]...)
		if sample[len(sample)-1] != '\n' {
			sample = append(sample, '\n')
		}
		return len(sample) < sampleLen
	}
	if isHTML {
		z := html.NewTokenizer(bytes.NewReader(b))
		skip := false
	tokens:
		for {
			switch z.Next() {
			case html.ErrorToken:
				break tokens
			case html.StartTagToken:
				tag, _ := z.TagName()
				skip = string(tag) == "script" || string(tag) == "style"
			case html.EndTagToken:
				skip = false
			case html.TextToken:
				if !skip && !keep(z.Raw()) {
					break tokens
				}
			}
		}
	} else {
		for line := range bytes.Lines(b) {
			if !keep(line) {
				break
			}
		}
	}
	if len(sample) == 0 {
		// The non-ASCII bytes are all in markup (attributes, scripts).
		return b[:min(len(b), sampleLen)]
	}
	return sample
}

func decodeWith(b []byte, enc encoding.Encoding) []byte {
	out, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		return bytes.ToValidUTF8(b, []byte("\uFFFD"))
	}
	if !utf8.Valid(out) {
		return bytes.ToValidUTF8(out, []byte("\uFFFD"))
	}
	return out
}
