package brief

import (
	"bytes"
	_ "embed"
	"fmt"
	"html/template"
	"strconv"
	"strings"
)

// Markdown renders the brief for reading: headline, summary with [outlet]
// citations, timeline, who said what, figures (✓ agree, ⚠ conflict, · one
// source) with the values each outlet reports, actors and coverage.
func (b Brief) Markdown() string {
	var w strings.Builder
	fmt.Fprintf(&w, "# %s\n\n", mdInline(b.Headline))
	label := ""
	if b.Label != "" && b.Label != b.Headline {
		label = " · " + mdInline(b.Label)
	}
	fmt.Fprintf(&w, "_%s %s%s · %s_\n", mdInline(b.Kind), mdInline(b.ID), label, plural(len(b.Coverage), "outlet"))

	if len(b.Summary) > 0 {
		w.WriteString("\n## Summary\n\n")
		for _, s := range b.Summary {
			fmt.Fprintf(&w, "- %s %s\n", mdInline(s.Text), cite(s.Sources))
		}
	}
	if len(b.Timeline) > 0 {
		w.WriteString("\n## Timeline\n\n")
		for _, t := range b.Timeline {
			fmt.Fprintf(&w, "- **%s**: %s %s\n", mdInline(t.Day()), mdInline(t.What), cite(t.Sources))
		}
	}
	if len(b.Quotes) > 0 {
		w.WriteString("\n## Who said what\n")
		for _, s := range b.Quotes {
			fmt.Fprintf(&w, "\n### %s\n\n", mdInline(s.Speaker))
			for _, q := range s.Quotes {
				if q.Direct {
					fmt.Fprintf(&w, "- “%s” %s\n", mdInline(q.Text), cite(q.Sources))
				} else {
					fmt.Fprintf(&w, "- (reported) %s %s\n", mdInline(q.Text), cite(q.Sources))
				}
				for _, v := range q.Variants {
					fmt.Fprintf(&w, "  - also worded: “%s”\n", mdInline(v))
				}
			}
		}
	}
	if len(b.Figures) > 0 {
		w.WriteString("\n## Figures\n\n")
		sel := b.FiguresShown()
		for _, f := range sel.Shown {
			event := ""
			if b.Kind == "story" && f.Event != "" {
				event = " · event " + mdInline(f.Event)
			}
			fmt.Fprintf(&w, "- %s **%s**: %s (%s)%s\n", agreementMark(f.Agreement), mdInline(f.What),
				agreementWord(f), plural(f.IndependentSources, "independent source"), event)
			for _, v := range f.Values {
				by := ""
				if v.ClaimedBy != "" {
					by = ", per " + mdInline(v.ClaimedBy)
				}
				asOf := ""
				if f.Agreement == "changed" && v.AsOf != "" {
					asOf = ", as of " + v.AsOf
				}
				fmt.Fprintf(&w, "  - %s%s%s%s %s\n", mdInline(v.Phrase), valueNote(v, f.Unit), by, asOf, cite(v.Sources))
			}
		}
		if sel.Rest > 0 {
			fmt.Fprintf(&w, "\n_%s from one source each left out here; `--format json` lists them._\n", plural(sel.Rest, "more figure"))
		}
	}
	if len(b.Actors) > 0 {
		w.WriteString("\n## Actors\n\n| Name | Kind | Mentions | Articles |\n|---|---|---:|---:|\n")
		for _, a := range b.Actors {
			fmt.Fprintf(&w, "| %s | %s | %d | %d |\n", mdCell(a.Name), mdCell(a.Kind), a.Mentions, a.Articles)
		}
	}
	if len(b.Coverage) > 0 {
		w.WriteString("\n## Coverage\n\n| Outlet | Articles | First | Last | Syndicated by |\n|---|---:|---|---|---|\n")
		for _, c := range b.Coverage {
			fmt.Fprintf(&w, "| %s | %s | %s | %s | %s |\n", mdCell(c.Outlet), c.Count(), orUndated(c.First), orUndated(c.Last), mdCell(strings.Join(c.Copies, ", ")))
		}
	}
	return w.String()
}

// Count reads "2", or "0 + 1 copy" for an origin whose article the brief
// has only through a syndicated copy.
func (c OutletCoverage) Count() string {
	if c.CopyCount == 0 {
		return strconv.Itoa(c.Articles)
	}
	return fmt.Sprintf("%d + %s", c.Articles, plural(c.CopyCount, "copy"))
}

func orUndated(day string) string {
	if day == "" {
		return "undated"
	}
	return day
}

// MaxSingleFigures is how many one-source figures the Markdown and HTML
// briefs show after the figures several outlets report; the JSON brief
// holds them all.
const MaxSingleFigures = 8

// FiguresShown returns the figures a reader's brief shows (every figure
// reported by several outlets, then up to MaxSingleFigures of the rest)
// and how many it leaves out. The figures are ordered with the most
// reported first, so the left-out ones are the least confirmed.
func (b Brief) FiguresShown() FigureSelection {
	var sel FigureSelection
	singles := 0
	for _, f := range b.Figures {
		if f.Agreement == "single" {
			if singles == MaxSingleFigures {
				sel.Rest++
				continue
			}
			singles++
		}
		sel.Shown = append(sel.Shown, f)
	}
	return sel
}

// FigureSelection is what FiguresShown returns.
type FigureSelection struct {
	Shown []Quantity
	Rest  int // how many are left out
}

// FormatValue writes a value as a number, "~" marking an approximate one.
func FormatValue(v FigureValue) string {
	s := strconv.FormatFloat(v.Value, 'f', -1, 64)
	if v.Approx {
		s = "~" + s
	}
	return s
}

// valueNote restates a value in the quantity's unit when its phrase does
// not show it in digits ("90 minutes" → " (= 1.5 hours)").
func valueNote(v FigureValue, unit string) string {
	n := strconv.FormatFloat(v.Value, 'f', -1, 64)
	if strings.Contains(v.Phrase, n) {
		return ""
	}
	if unit == "" {
		return " (= " + FormatValue(v) + ")"
	}
	return " (= " + FormatValue(v) + " " + unit + ")"
}

func agreementMark(a string) string {
	switch a {
	case "agree":
		return "✓"
	case "conflict":
		return "⚠"
	case "changed":
		return "↻"
	}
	return "·"
}

func agreementWord(f Quantity) string {
	switch f.Agreement {
	case "agree":
		return "outlets agree"
	case "conflict":
		return "outlets conflict"
	case "changed":
		return "the figure changed over time"
	}
	return "one source"
}

func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	if strings.HasSuffix(what, "y") && !strings.HasSuffix(what, "ey") {
		return strconv.Itoa(n) + " " + what[:len(what)-1] + "ies"
	}
	return strconv.Itoa(n) + " " + what + "s"
}

// outlets lists the distinct outlets of sources, in order.
func outlets(srcs []Source) []string {
	var out []string
	seen := map[string]bool{}
	for _, s := range srcs {
		if !seen[s.Outlet] {
			seen[s.Outlet] = true
			out = append(out, s.Outlet)
		}
	}
	return out
}

// cite writes "[BBC] [Reuters]".
func cite(srcs []Source) string {
	os := outlets(srcs)
	for i, o := range os {
		os[i] = "[" + mdInline(o) + "]"
	}
	return strings.Join(os, " ")
}

// mdInline keeps text on one line and escapes the characters Markdown
// would read as markup.
func mdInline(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune("\\`*_[]<>#|", r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

func mdCell(s string) string { return mdInline(s) }

//go:embed brief.html.tmpl
var htmlSource string

var htmlTemplate = template.Must(template.New("brief").Funcs(template.FuncMap{
	"outlets": outlets,
	"mark":    agreementMark,
	"agreed":  agreementWord,
	"note":    valueNote,
	"plural":  plural,
}).Parse(htmlSource))

// HTML renders the brief as one self-contained page (no external assets);
// all text is escaped by html/template.
func (b Brief) HTML() string {
	var buf bytes.Buffer
	if err := htmlTemplate.Execute(&buf, b); err != nil {
		// The template is fixed and the data plain: an error is a bug.
		return "<!doctype html><p>brief: " + template.HTMLEscapeString(err.Error()) + "</p>"
	}
	return buf.String()
}
