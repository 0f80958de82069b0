package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// textOutlet finds the outlet a dump comes from, trying in order:
//  1. a masthead just under the headline ("The Guardian"): a short line of
//     capitalised words that starts with "The" or names the copyright
//     holder or site;
//  2. a site-name line at the top of the page: a short line of capitalised
//     words that the page repeats in its head, or that spells the domain
//     or the holder of its copyright footer ("Valley Post" for
//     valleypost.example);
//  3. the holder of the copyright footer ("© 2019 The Valley Post. All Rights
//     Reserved.", "Copyright © 2025 example.com").
//
// name is "" when none is found; host is the footer's domain when it names
// one.
func textOutlet(lines []textLine, title, first, last int) (name, host string) {
	holder := ""
	for i := len(lines) - 1; i > last && i >= 0; i-- {
		if h := copyrightHolder(lines[i].text); h != "" {
			holder = h
			break
		}
	}
	if strings.Contains(holder, ".") && !strings.Contains(holder, " ") {
		host = strings.TrimPrefix(strings.ToLower(holder), "www.")
	}
	squash := func(s string) string {
		return strings.ReplaceAll(strings.TrimPrefix(foldWords(s), "the "), " ", "")
	}
	names := func(s string) bool {
		if holder == "" {
			return false
		}
		h := squash(holder)
		if host != "" {
			h = squash(host[:strings.IndexByte(host, '.')])
		}
		// The holder may add a company form: "Kessel Ledger Publishing Co."
		// for the masthead "The Kessel Ledger".
		n := squash(s)
		return n != "" && strings.HasPrefix(h, n)
	}
	// 1. Masthead under the headline.
	if title >= 0 {
		for i := title + 1; i < first && i <= title+2; i++ {
			t := lines[i].text
			if mastheadLike(t) && (strings.HasPrefix(t, "The ") || names(t)) {
				return t, host
			}
		}
	}
	// 2. Site-name line at the top.
	for i := 0; i < min(len(lines), 3) && i < max(first, 1); i++ {
		t := lines[i].text
		if i == title || lines[i].bullet || !mastheadLike(t) {
			continue
		}
		if names(t) || repeatedNear(lines, i, min(first, 30)) {
			return t, host
		}
	}
	// 3. The copyright holder.
	return holder, host
}

// mastheadLike reports whether s could be an outlet's name: one to five
// words, each capitalised (or a connective like "of", "and").
func mastheadLike(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 || len(f) > 5 || endsSentence(s) {
		return false
	}
	for _, w := range f {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) && w != "of" && w != "and" && w != "&" && w != "the" {
			return false
		}
	}
	return true
}

// copyrightHolder reads the holder of a copyright line: "© 2019 The
// Valley Post. All Rights Reserved." gives "The Valley Post", "Copyright © 2025
// example.com | All Rights Reserved" gives "example.com". The line must name
// a year or reserve rights, so an image credit ("© Reuters") is not one.
func copyrightHolder(s string) string {
	low := strings.ToLower(s)
	i := strings.Index(low, "©")
	n := len("©")
	if j := strings.Index(low, "(c)"); j >= 0 && (i < 0 || j < i) {
		i, n = j, len("(c)")
	}
	if j := strings.Index(low, "copyright"); j >= 0 && (i < 0 || j < i) {
		i, n = j, len("copyright")
	}
	if i < 0 {
		return ""
	}
	rest := strings.TrimSpace(s[i+n:])
	rest = strings.TrimSpace(strings.TrimPrefix(rest, "©"))
	rest = strings.TrimSpace(strings.TrimPrefix(rest, "(c)"))
	// A year or a span of years.
	k := 0
	for k < len(rest) && (rest[k] >= '0' && rest[k] <= '9' || rest[k] == '-' || rest[k] == ' ' || rest[k] == ',') {
		k++
	}
	hadYear := hasYear(rest[:k])
	if !hadYear && !strings.Contains(low, "rights reserved") {
		return ""
	}
	rest = rest[k:]
	// The holder ends at a separator or the rights clause.
	end := len(rest)
	for _, sep := range []string{" | ", "|", ". ", " - ", " – ", ",", "all rights", "All Rights", "All rights"} {
		if j := strings.Index(rest, sep); j >= 0 && j < end {
			end = j
		}
	}
	h := strings.TrimRight(strings.TrimSpace(rest[:end]), ".")
	if h == "" || len(strings.Fields(h)) > 6 {
		return ""
	}
	return h
}

// textOrigin finds the original outlet of a syndicated copy: a note such as
// "This post appeared first on cnn.com" or "Originally published by …"
// anywhere in the page, else a wire-service dateline at the start of the
// body ("WASHINGTON (Reuters) -").
func textOrigin(lines []textLine, first int) string {
	for i := range lines {
		if lines[i].words > 20 {
			continue
		}
		if o := originIn(lines[i].fold); o != "" {
			// Take the original spelling from the line.
			j := strings.LastIndex(lines[i].fold, o)
			if j >= 0 && j+len(o) <= len(lines[i].text) && strings.EqualFold(lines[i].text[j:j+len(o)], o) {
				return lines[i].text[j : j+len(o)]
			}
			return o
		}
	}
	if first < len(lines) {
		return datelineSource(lines[first].text)
	}
	return ""
}

// originIn returns the outlet named after a syndication phrase in the folded
// line, or "".
func originIn(fold string) string {
	for _, p := range textOriginPhrases {
		i := strings.Index(fold, p)
		if i < 0 {
			continue
		}
		rest := strings.TrimSpace(fold[i+len(p):])
		// The outlet is a few words up to the end of the clause.
		if j := strings.IndexAny(rest, ",;|()"); j >= 0 {
			rest = rest[:j]
		}
		if j := strings.Index(rest, ". "); j >= 0 {
			rest = rest[:j]
		}
		rest = strings.TrimRight(strings.TrimSpace(rest), ".!")
		words := strings.Fields(rest)
		if len(words) == 0 {
			continue
		}
		if strings.Contains(words[0], ".") {
			return strings.TrimRight(words[0], ".") // a domain: "cnn.com"
		}
		// A name runs to the first function word: "Northwire and is
		// republished under …" gives "Northwire".
		n := 0
		for n < len(words) && (n == 0 || !textStopwords[words[n]]) {
			n++
		}
		if n > 5 {
			continue
		}
		return strings.Join(words[:n], " ")
	}
	return ""
}

// datelineSource reads the agency of a wire dateline, "CITY (Agency) -",
// at the start of a paragraph.
func datelineSource(s string) string {
	open := strings.IndexByte(s, '(')
	if open < 0 || open > 60 {
		return ""
	}
	for _, r := range s[:open] {
		if unicode.IsLower(r) {
			return "" // a dateline's place is in capitals: "WASHINGTON"
		}
	}
	closing := strings.IndexByte(s[open:], ')')
	if closing < 0 {
		return ""
	}
	inner := strings.TrimSpace(s[open+1 : open+closing])
	after := strings.TrimSpace(s[open+closing+1:])
	if !strings.HasPrefix(after, "-") && !strings.HasPrefix(after, "–") && !strings.HasPrefix(after, "—") {
		return ""
	}
	if inner == "" || len(strings.Fields(inner)) > 4 || !mastheadLike(inner) {
		return ""
	}
	return inner
}
