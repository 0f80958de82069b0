package brief

import (
	"sort"
	"strings"
)

// Unattributed is the speaker of quotes the text gives no speaker for.
const Unattributed = "Unattributed"

// quoteAcc is one statement of one speaker being gathered.
type quoteAcc struct {
	text     string
	norm     string
	direct   bool
	sources  sourceSet
	variants []string // other wordings folded in (not parts of text)
}

// quotes groups the statements by speaker and shows each statement once:
// the same words carried by several outlets (equal normalised text) are one
// item with all their sources, and a partial quote (its normalised text
// inside a longer one of the same speaker) is folded into the full form.
func quotes(docs []*doc) []SpeakerQuotes {
	type speaker struct {
		names map[string]int
		items []*quoteAcc // one per distinct normalised text
		byNrm map[string]*quoteAcc
	}
	bySpeaker := map[string]*speaker{}
	var order []string
	for _, d := range docs {
		for _, q := range d.an.Quotes {
			norm := normText(q.Text)
			// A single quoted word ("dozens", "fake") is a scare quote or
			// a word borrowed from the speaker: it says nothing alone.
			if norm == "" || !strings.Contains(norm, " ") {
				continue
			}
			name := strings.TrimSpace(q.Speaker)
			if name == "" {
				name = Unattributed
			}
			k := strings.ToLower(name)
			sp := bySpeaker[k]
			if sp == nil {
				sp = &speaker{names: map[string]int{}, byNrm: map[string]*quoteAcc{}}
				bySpeaker[k] = sp
				order = append(order, k)
			}
			sp.names[name]++
			a := sp.byNrm[norm]
			if a == nil {
				a = &quoteAcc{text: strings.TrimSpace(q.Text), norm: norm, direct: q.Direct}
				sp.byNrm[norm] = a
				sp.items = append(sp.items, a)
			}
			a.direct = a.direct || q.Direct
			a.sources.add(d.source(q.Sentence))
		}
	}
	out := make([]SpeakerQuotes, 0, len(order))
	for _, k := range order {
		sp := bySpeaker[k]
		// Longest first, so that each partial quote finds its full form.
		items := sp.items
		sort.SliceStable(items, func(i, j int) bool { return len(items[i].norm) > len(items[j].norm) })
		var kept []*quoteAcc
		for _, it := range items {
			var into *quoteAcc
			reworded := false
			for _, full := range kept {
				if containsWords(full.norm, it.norm) {
					into = full
					break
				}
				if sameWords(full.norm, it.norm) {
					into, reworded = full, true
					break
				}
			}
			if into == nil {
				kept = append(kept, it)
				continue
			}
			if reworded {
				into.variants = append(into.variants, it.text)
			}
			into.sources.addAll(it.sources.list)
			into.direct = into.direct || it.direct
		}
		sort.SliceStable(kept, func(i, j int) bool {
			return kept[i].sources.outlets() > kept[j].sources.outlets()
		})
		sq := SpeakerQuotes{Speaker: mostCommon(sp.names), Quotes: make([]QuoteItem, len(kept))}
		if k == strings.ToLower(Unattributed) {
			sq.Speaker = Unattributed
		}
		for i, q := range kept {
			sq.Quotes[i] = QuoteItem{Text: q.text, Direct: q.direct, Variants: append([]string{}, q.variants...), Sources: q.sources.sorted()}
		}
		out = append(out, sq)
	}
	sort.SliceStable(out, func(i, j int) bool {
		ui, uj := out[i].Speaker == Unattributed, out[j].Speaker == Unattributed
		if ui != uj {
			return uj
		}
		si, sj := quoteSources(out[i]), quoteSources(out[j])
		if si != sj {
			return si > sj
		}
		return out[i].Speaker < out[j].Speaker
	})
	return out
}

// containsWords reports whether the normalised text part occurs in full at
// word boundaries.
func containsWords(full, part string) bool {
	if full == part {
		return true
	}
	return strings.Contains(" "+full+" ", " "+part+" ")
}

// sameQuote is how much of the shorter of two quotes' content words (plural
// folded) must be in the longer for them to be one statement worded two
// ways: two translations of one remark ("when Putin said he was stopping
// strikes on Ukrainian energy", "when Putin claimed he had ordered a halt on
// strikes against Ukraine's energy sector"), or a partial quote reworded
// ("align both Russia and Ukraine" in "aligning both Russia and Ukraine").
const sameQuote = 0.75

// sameWords reports whether the shorter quote's content words are mostly
// in the longer, and there are enough of them to tell (five or more).
func sameWords(long, short string) bool {
	ws := contentWords(short)
	if len(ws) < 5 {
		return false
	}
	have := map[string]bool{}
	for _, w := range contentWords(long) {
		have[w] = true
	}
	n := 0
	for _, w := range ws {
		if have[w] {
			n++
		}
	}
	return float64(n) >= sameQuote*float64(len(ws))
}

func quoteSources(s SpeakerQuotes) int {
	n := 0
	for _, q := range s.Quotes {
		n += len(q.Sources)
	}
	return n
}
