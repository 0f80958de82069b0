package source

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/unicode"

	"github.com/parallax-news/parallax/internal/news"
)

// page is an HTML page around body, with head inserted in its <head>.
func page(head, body string) string {
	return "<!DOCTYPE html>\n<html><head>" + head + "<title>Parallax test page</title></head>\n<body><article><p>" + body + "</p></article></body></html>\n"
}

// script is a long inline script, the kind that pushes a page's text (and
// sometimes its charset declaration) past the first kilobytes.
var script = "<script>" + strings.Repeat("window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('config', 'G-TEST');\n", 60) + "</script>"

// TestDocumentsCharsets reads files in legacy charsets and checks the exact
// UTF-8 body and the charset reported.
func TestDocumentsCharsets(t *testing.T) {
	utf16 := func(order unicode.Endianness, s string) []byte {
		return encode(t, unicode.UTF16(order, unicode.UseBOM), s)
	}
	tests := []struct {
		name    string
		file    string
		raw     []byte
		body    string // the exact decoded body
		charset string
		kind    news.Kind
	}{
		// Declared in HTML.
		{"meta charset windows-1251", "ru.html",
			encode(t, charmap.Windows1251, page(`<meta charset="windows-1251">`, textRU)),
			page(`<meta charset="windows-1251">`, textRU), "windows-1251", news.KindHTML},
		{"http-equiv ISO-8859-2", "pl.html",
			encode(t, charmap.ISO8859_2, page(`<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-2">`, textPL)),
			page(`<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-2">`, textPL), "iso-8859-2", news.KindHTML},
		{"ISO-8859-2 short, detection alone would guess Latin-1", "short-pl.html",
			encode(t, charmap.ISO8859_2, page(`<meta charset=iso-8859-2>`, "Łódź")),
			page(`<meta charset=iso-8859-2>`, "Łódź"), "iso-8859-2", news.KindHTML},
		{"meta charset Shift_JIS", "ja.html",
			encode(t, japanese.ShiftJIS, page(`<meta http-equiv="content-type" content='text/html;charset="Shift_JIS"'>`, textJA)),
			page(`<meta http-equiv="content-type" content='text/html;charset="Shift_JIS"'>`, textJA), "shift_jis", news.KindHTML},
		{"meta charset windows-1252, curly quotes", "en.html",
			encode(t, charmap.Windows1252, page(`<meta charset="windows-1252">`, textEN)),
			page(`<meta charset="windows-1252">`, textEN), "windows-1252", news.KindHTML},
		{"ISO-8859-1 declared means windows-1252", "latin1.html",
			encode(t, charmap.Windows1252, page(`<meta charset="ISO-8859-1">`, textEN)),
			page(`<meta charset="ISO-8859-1">`, textEN), "windows-1252", news.KindHTML},
		{"declaration after a long script", "late.html",
			encode(t, charmap.Windows1251, page(script+`<meta charset="windows-1251">`, "Новости")),
			page(script+`<meta charset="windows-1251">`, "Новости"), "windows-1251", news.KindHTML},
		{"xml declaration", "x.xhtml",
			encode(t, charmap.Windows1251, `<?xml version="1.0" encoding="windows-1251"?>`+"\n"+page("", "Новости")),
			`<?xml version="1.0" encoding="windows-1251"?>` + "\n" + page("", "Новости"), "windows-1251", news.KindHTML},
		{"gzip of declared windows-1251", "ru.html.gz",
			gz(t, encode(t, charmap.Windows1251, page(`<meta charset="windows-1251">`, textRU))),
			page(`<meta charset="windows-1251">`, textRU), "windows-1251", news.KindHTML},
		{"html in a .txt, declared", "saved.txt",
			encode(t, charmap.Windows1251, page(`<meta charset="windows-1251">`, "Новости")),
			page(`<meta charset="windows-1251">`, "Новости"), "windows-1251", news.KindHTML},

		// Declarations that are wrong.
		{"declared legacy, valid UTF-8", "resaved.html",
			[]byte(page(`<meta charset="windows-1251">`, textRU)),
			page(`<meta charset="windows-1251">`, textRU), "utf-8", news.KindHTML},
		{"declared UTF-8, windows-1251", "liar.html",
			encode(t, charmap.Windows1251, page(`<meta charset="utf-8">`, textRU)),
			page(`<meta charset="utf-8">`, textRU), "windows-1251", news.KindHTML},
		{"declared replacement label", "kr.html",
			encode(t, charmap.Windows1251, page(`<meta charset="iso-2022-kr">`, textRU)),
			page(`<meta charset="iso-2022-kr">`, textRU), "windows-1251", news.KindHTML},
		{"declared UTF-16 means UTF-8", "u16.html",
			[]byte(page(`<meta charset="utf-16">`, textRU)),
			page(`<meta charset="utf-16">`, textRU), "utf-8", news.KindHTML},

		// Undeclared: detected.
		{"undeclared windows-1251 text", "ru.txt",
			encode(t, charmap.Windows1251, textRU), textRU, "windows-1251", news.KindText},
		{"undeclared windows-1251 text with an English header", "ru-header.txt",
			encode(t, charmap.Windows1251, "Source: Example Wire, Moscow bureau. Filed 2025-05-20 14:00 UTC.\nTags: diplomacy, ceasefire, Geneva talks.\n\n"+textRU),
			"Source: Example Wire, Moscow bureau. Filed 2025-05-20 14:00 UTC.\nTags: diplomacy, ceasefire, Geneva talks.\n\n" + textRU, "windows-1251", news.KindText},
		{"undeclared Shift_JIS text", "ja.txt",
			encode(t, japanese.ShiftJIS, textJA), textJA, "shift_jis", news.KindText},
		{"undeclared EUC-JP text", "ja-euc.txt",
			encode(t, japanese.EUCJP, textJA), textJA, "euc-jp", news.KindText},
		{"undeclared ISO-8859-2 text", "pl.txt",
			encode(t, charmap.ISO8859_2, textPL), textPL, "iso-8859-2", news.KindText},
		{"undeclared windows-1252 text", "en.txt",
			encode(t, charmap.Windows1252, textEN), textEN, "windows-1252", news.KindText},
		{"undeclared windows-1251 html", "ru-undeclared.html",
			encode(t, charmap.Windows1251, page("", textRU)), page("", textRU), "windows-1251", news.KindHTML},
		{"undeclared windows-1251 html after a long script", "ru-script.html",
			encode(t, charmap.Windows1251, page(script, textRU)), page(script, textRU), "windows-1251", news.KindHTML},
		{"undeclared Shift_JIS html after a long script", "ja-script.html",
			encode(t, japanese.ShiftJIS, page(script, textJA)), page(script, textJA), "shift_jis", news.KindHTML},
		{"undeclared windows-1251 from gzip", "ru.txt.gz",
			gz(t, encode(t, charmap.Windows1251, textRU)), textRU, "windows-1251", news.KindText},

		// Byte-order marks.
		{"UTF-8 with BOM, text", "bom.txt", []byte("\xEF\xBB\xBF" + textRU), textRU, "utf-8", news.KindText},
		{"UTF-8 with BOM, html", "bom.html", []byte("\xEF\xBB\xBF" + page("", textJA)), page("", textJA), "utf-8", news.KindHTML},
		{"UTF-8 with BOM over a legacy declaration", "bom-decl.html",
			[]byte("\xEF\xBB\xBF" + page(`<meta charset="windows-1251">`, textRU)), page(`<meta charset="windows-1251">`, textRU), "utf-8", news.KindHTML},
		{"UTF-16LE with BOM", "le.txt", utf16(unicode.LittleEndian, textJA), textJA, "utf-16le", news.KindText},
		{"UTF-16BE with BOM", "be.txt", utf16(unicode.BigEndian, textRU), textRU, "utf-16be", news.KindText},
		{"UTF-16LE html in a .txt", "le-page.txt", utf16(unicode.LittleEndian, page("", textRU)), page("", textRU), "utf-16le", news.KindHTML},
		{"UTF-16LE html", "le.html", utf16(unicode.LittleEndian, page(`<meta charset="utf-16">`, textEN)), page(`<meta charset="utf-16">`, textEN), "utf-16le", news.KindHTML},
		{"UTF-8 without BOM", "plain.txt", []byte(textJA), textJA, "utf-8", news.KindText},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := tree(t, map[string][]byte{tc.file: tc.raw})
			items := collect(t, Config{}, filepath.Join(dir, tc.file))
			if len(items) != 1 || items[0].err != nil {
				t.Fatalf("got %q", describeAll(dir, items))
			}
			doc := items[0].doc
			if string(doc.Body) != tc.body {
				t.Errorf("body:\n  got  %.200q\n  want %.200q", doc.Body, tc.body)
			}
			if doc.Charset != tc.charset {
				t.Errorf("charset %q, want %q", doc.Charset, tc.charset)
			}
			if doc.Kind != tc.kind {
				t.Errorf("kind %q, want %q", doc.Kind, tc.kind)
			}
		})
	}
}

func TestDeclaredCharset(t *testing.T) {
	tests := []struct {
		name string
		head string
		want string // "" for none
	}{
		{"meta charset", `<meta charset="windows-1251">`, "windows-1251"},
		{"unquoted, upper case", `<META CHARSET=KOI8-R>`, "koi8-r"},
		{"label alias", `<meta charset="latin2">`, "iso-8859-2"},
		{"cp1251 alias", `<meta charset="cp1251">`, "windows-1251"},
		{"sjis alias", `<meta charset="x-sjis">`, "shift_jis"},
		{"http-equiv", `<meta http-equiv="Content-Type" content="text/html; charset=euc-jp">`, "euc-jp"},
		{"http-equiv, content first", `<meta content="text/html; charset = 'gb2312'" http-equiv="content-type">`, "gbk"},
		{"content without http-equiv", `<meta name="x" content="text/html; charset=windows-1251">`, ""},
		{"http-equiv without charset", `<meta http-equiv="Content-Type" content="text/html">`, ""},
		{"unknown label", `<meta charset="klingon">`, ""},
		{"unknown label then a good one", `<meta charset="klingon"><meta charset="windows-1250">`, "windows-1250"},
		{"replacement label", `<meta charset="hz-gb-2312">`, ""},
		{"utf-16 means utf-8", `<meta charset="UTF-16LE">`, "utf-8"},
		{"inside a comment", `<!-- <meta charset="windows-1251"> -->`, ""},
		{"after body starts", `</head><body><meta charset="windows-1251">`, ""},
		{"after a long script", script + `<meta charset="windows-1251">`, "windows-1251"},
		{"xml declaration", `<?xml version="1.0" encoding='ISO-8859-2'?><html>`, "iso-8859-2"},
		{"xml declaration without encoding", `<?xml version="1.0"?><meta charset="windows-1251">`, "windows-1251"},
		{"none", `<title>Plain</title>`, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			head := tc.head
			if !strings.HasPrefix(head, "<?xml") {
				head = "<!DOCTYPE html><html><head>" + head
			}
			enc, name := declaredCharset([]byte(head))
			if tc.want == "" && enc != nil || name != tc.want {
				t.Errorf("declaredCharset = %v, %q; want %q", enc, name, tc.want)
			}
		})
	}
}

// TestDecodeDeterministic checks that short samples chardet finds equally
// likely in several charsets always decode the same way.
func TestDecodeDeterministic(t *testing.T) {
	for _, s := range []string{"停戦協議を来週再開。", "Łódź", "Новости", "caf\u00e9"} {
		for _, enc := range []encoding.Encoding{japanese.ShiftJIS, charmap.ISO8859_2, charmap.Windows1251, charmap.Windows1252, japanese.EUCJP} {
			b, err := enc.NewEncoder().Bytes([]byte(s))
			if err != nil || utf8.Valid(b) {
				continue
			}
			first, firstCS := decode(b, false)
			for range 20 {
				if got, cs := decode(b, false); !bytes.Equal(got, first) || cs != firstCS {
					t.Fatalf("%q in %v: decoded as %q (%s), then as %q (%s)", s, enc, first, firstCS, got, cs)
				}
			}
		}
	}
}

func TestDetectionSample(t *testing.T) {
	ru := encode(t, charmap.Windows1251, "Новости дня")
	tests := []struct {
		name string
		b    []byte
		html bool
		want string
	}{
		{"text: lines with non-ASCII bytes", []byte("English line\n" + string(ru) + "\nanother\n"), false, string(ru) + "\n"},
		{"html: text outside tags and scripts", []byte(`<html><head><script>var s = "` + string(ru) + `";</script></head><body><p title="x">` + string(ru) + `</p><p>ascii</p></body></html>`), true, string(ru) + "\n"},
		{"html: non-ASCII only in markup", []byte(`<p title="` + string(ru) + `">x</p>`), true, `<p title="` + string(ru) + `">x</p>`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := detectionSample(tc.b, tc.html); string(got) != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
	t.Run("capped", func(t *testing.T) {
		big := bytes.Repeat(append(ru, '\n'), 2*sampleLen/len(ru))
		if got := detectionSample(big, false); len(got) > sampleLen+1 {
			t.Errorf("sample of %d bytes, cap %d", len(got), sampleLen)
		}
	})
}

// FuzzDecode checks that decode always returns valid UTF-8 and a charset
// name, leaves valid UTF-8 text alone, and decides the same way every time.
func FuzzDecode(f *testing.F) {
	f.Add([]byte(textPlain), false)
	f.Add([]byte(pageHTML), true)
	f.Add([]byte("\xEF\xBB\xBF"+textRU), false)
	f.Add([]byte("\xFF\xFEa\x00\x00\xd8"), false) // lone surrogate
	f.Add([]byte("\xFE\xFF\x00a\x00"), true)      // odd length
	f.Add(encode(f, charmap.Windows1251, page(`<meta charset="windows-1251">`, textRU)), true)
	f.Add(encode(f, charmap.Windows1251, textRU), false)
	f.Add(encode(f, japanese.ShiftJIS, textJA), false)
	f.Add(encode(f, japanese.ShiftJIS, page(script, textJA)), true)
	f.Add(encode(f, charmap.ISO8859_2, textPL), false)
	f.Add(encode(f, charmap.Windows1252, textEN), true)
	f.Add([]byte(`<meta charset="x-user-defined">`+"\x80\xff"), true)
	f.Add([]byte(`<?xml version="1.0" encoding="utf-16"?>`+"\xe9"), true)
	f.Add([]byte(`<meta http-equiv=content-type content="charset='`), true)
	f.Fuzz(func(t *testing.T, b []byte, html bool) {
		in := bytes.Clone(b)
		out, cs := decode(b, html)
		if !utf8.Valid(out) {
			t.Fatalf("decode(%q) = %q: not UTF-8", b, out)
		}
		if cs == "" {
			t.Fatalf("decode(%q): no charset name", b)
		}
		if !bytes.Equal(b, in) {
			t.Fatalf("decode changed its input")
		}
		if !html && utf8.Valid(b) && !bytes.HasPrefix(b, []byte("\xEF\xBB\xBF")) && (cs != "utf-8" || !bytes.Equal(out, b)) {
			t.Fatalf("valid UTF-8 %q decoded as %s to %q", b, cs, out)
		}
		if again, cs2 := decode(b, html); !bytes.Equal(again, out) || cs2 != cs {
			t.Fatalf("decode(%q) not deterministic: %s then %s", b, cs, cs2)
		}
	})
}
