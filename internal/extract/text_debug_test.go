package extract

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// TestTextDebugDump prints each line of the dump named by PX_TEXT_DUMP with
// its kind, weight and whether it is kept in the main block: a tool for
// tuning the text extractor, skipped unless the variable is set.
func TestTextDebugDump(t *testing.T) {
	name := os.Getenv("PX_TEXT_DUMP")
	if name == "" {
		t.Skip("set PX_TEXT_DUMP to a text dump to print its line classification")
	}
	body, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	tc := defaultTextConfig()
	fmt.Printf("wrap width %d\n", wrapWidth(tc, strings.Split(strings.ReplaceAll(string(body), "\r\n", "\n"), "\n")))
	lines := splitTextLines(tc, string(body))
	classifyLines(tc, lines)
	markCaptions(tc, lines)
	markTeasers(tc, lines)
	markInlineBoxes(tc, lines)
	first, last, _ := mainBlock(tc, lines)
	title := findTitle(tc, lines, first)
	kinds := "SPMLMBEJmCX"
	for i, l := range lines {
		in := " "
		if i >= first && i <= last {
			in = "#"
		}
		if i == title {
			in = "T"
		}
		tz := " "
		if l.teaser {
			tz = "t"
		}
		txt := l.text
		if len(txt) > 110 {
			txt = txt[:110]
		}
		fmt.Printf("%4d %s%c%s %6.0f %s\n", l.n, in, kinds[l.kind], tz, lineWeight(tc, &lines[i]), txt)
	}
}
