package analyze

import (
	"strings"
)

// roleRef is a role a person is written with: qualifier, class, modifiers
// ("Kremlin", "spokesperson"; "russia", "head").
type roleRef struct {
	q, class string
	mods     []string
}

func (r roleRef) covers(d roleRef) bool {
	if r.class != d.class || d.q != "" && r.q != d.q {
		return false
	}
	for _, m := range d.mods {
		found := false
		for _, n := range r.mods {
			found = found || n == m
		}
		if !found && m != "the" {
			return false
		}
	}
	return true
}

var determiners = wordSet(`the|a|an`)

// roleDescriptions reads the descriptions that stand for a person ("the
// Kremlin spokesman", "the Russian leader", "a spokesman for Prime
// Minister Keir Starmer"). In order:
//  1. "ROLE for|of|to X" with X a person: the role-holder "X's ROLE";
//  2. a qualified role ("the Russian president") goes to the one person
//     the text gave that role ("Russian President Vladimir Putin");
//  3. a bare role ("the spokesman") goes to the nearest holder of that
//     role before it in the same or the previous paragraph;
//  4. an unmatched qualified role next to a speech verb becomes a person
//     of its own, named by the role ("Kremlin spokesman").
func roleDescriptions(body string, toks []etok, ents []Entity, roles [][]roleRef, cfg EntityConfig) []Entity {
	mentionAt := map[int]int{}
	for i, e := range ents {
		for _, m := range e.Mentions {
			mentionAt[m.Start] = i
		}
	}
	paraStarts := []int{0}
	for i := strings.Index(body, "\n\n"); i >= 0; {
		paraStarts = append(paraStarts, i+2)
		j := strings.Index(body[i+2:], "\n\n")
		if j < 0 {
			break
		}
		i += 2 + j
	}
	para := func(pos int) int {
		p := 0
		for p+1 < len(paraStarts) && paraStarts[p+1] <= pos {
			p++
		}
		return p
	}
	attach := func(i int, sp Span, written string) {
		ents[i].Mentions = append(ents[i].Mentions, sp)
		if written != ents[i].Name {
			ents[i].Aliases = appendNew(ents[i].Aliases, written)
		}
		mentionAt[sp.Start] = i
	}
	for k := 0; k < len(toks); k++ {
		if !determiners[toks[k].lower] {
			continue
		}
		if _, taken := mentionAt[toks[k].start]; taken {
			continue
		}
		// determiner, up to MaxRoleWords qualifiers, a lower-case role noun.
		n := k + 1
		for n < len(toks) && n-k-1 < cfg.MaxRoleWords && toks[n].sent == toks[k].sent && !toks[n].poss &&
			(roleAdjectives[toks[n].lower] || toks[n].cap) && !roleNouns[toks[n].lower] {
			n++
		}
		if n >= len(toks) || toks[n].cap || !roleNouns[toks[n].lower] || toks[n].sent != toks[k].sent || toks[n].lower == "counterpart" {
			continue
		}
		if n+1 < len(toks) && toks[n+1].cap && !toks[n].poss && gapJoins(body, toks[n], toks[n+1]) {
			continue // a role before a name, read by scoreCues
		}
		q, class, mods := roleKey(toks, k+1, n+1)
		d := roleRef{q: q, class: class, mods: mods}
		sp := Span{toks[k].start, toks[n].end}
		// 1. "a spokesman for Prime Minister Keir Starmer".
		if n+1 < len(toks) && !toks[n].poss && (toks[n+1].lower == "for" || toks[n+1].lower == "of" || toks[n+1].lower == "to") {
			holder := -1
			for m := n + 2; m < len(toks) && m <= n+6 && toks[m].sent == toks[k].sent; m++ {
				// "The mayor of Brennick, Anselm Koehl": the name after the
				// comma is the role-holder in apposition, not whose mayor.
				if m > n+2 && strings.ContainsAny(body[toks[m-1].end:toks[m].start], ",;:()") {
					break
				}
				if i, ok := mentionAt[toks[m].start]; ok && ents[i].Kind == "person" {
					holder = i
					sp.End = ents[i].Mentions[0].End
					for _, mm := range ents[i].Mentions {
						if mm.Start == toks[m].start {
							sp.End = mm.End
						}
					}
					break
				}
				if !toks[m].cap && toks[m].lower != "the" {
					break
				}
			}
			if holder >= 0 {
				name := ents[holder].Name + "'s " + toks[n].lower
				found := -1
				for i := range ents {
					if ents[i].Name == name {
						found = i
					}
				}
				if found < 0 {
					ents = append(ents, Entity{Name: name, Kind: "person"})
					roles = append(roles, []roleRef{{q: nameKey(ents[holder].Name), class: class}})
					found = len(ents) - 1
				}
				attach(found, sp, body[sp.Start:sp.End])
				k = n
				continue
			}
		}
		written := body[sp.Start:sp.End]
		// 2. a qualified role held by one person.
		if q != "" {
			holder := -1
			for i := range ents {
				for _, r := range roles[i] {
					if r.covers(d) {
						if holder >= 0 && holder != i {
							holder = -2
						} else if holder != -2 {
							holder = i
						}
						break
					}
				}
			}
			if holder >= 0 {
				attach(holder, sp, written)
				k = n
				continue
			}
		} else {
			// 3. a bare role: the nearest holder before, close by.
			best, bestAt := -1, -1
			for i := range ents {
				held := false
				for _, r := range roles[i] {
					held = held || r.class == class
				}
				if !held {
					continue
				}
				for _, m := range ents[i].Mentions {
					if m.Start < sp.Start && m.Start > bestAt && para(sp.Start)-para(m.Start) <= 1 {
						best, bestAt = i, m.Start
					}
				}
			}
			// 3b. none close by: the one person, anywhere before, whose
			// role has exactly these modifiers ("the foreign minister" for
			// "Foreign Minister X", not "Deputy Foreign Minister Y").
			if best < 0 && len(mods) > 0 {
				for i := range ents {
					exact := false
					for _, r := range roles[i] {
						exact = exact || r.class == class && sameWords(r.mods, mods)
					}
					if !exact || len(ents[i].Mentions) == 0 || ents[i].Mentions[0].Start > sp.Start {
						continue
					}
					if best >= 0 {
						best = -1
						break
					}
					best = i
				}
			}
			if best >= 0 {
				attach(best, sp, written)
				k = n
				continue
			}
		}
		// 4. an unnamed speaker: "the Kremlin spokesman said".
		speaks := n+1 < len(toks) && isSpeech(toks[n+1]) && toks[n+1].sent == toks[k].sent ||
			k > 0 && isSpeech(toks[k-1]) && toks[k-1].sent == toks[k].sent
		if q != "" && speaks && !toks[n].poss {
			name := strings.TrimSpace(body[toks[k+1].start:toks[n].end])
			ents = append(ents, Entity{Name: name, Kind: "person"})
			roles = append(roles, []roleRef{d})
			attach(len(ents)-1, sp, written)
			k = n
		}
	}
	return ents
}

// sameWords says whether a and b hold the same words, "the" aside.
func sameWords(a, b []string) bool {
	set := func(ws []string) map[string]bool {
		m := map[string]bool{}
		for _, w := range ws {
			if w != "the" {
				m[w] = true
			}
		}
		return m
	}
	sa, sb := set(a), set(b)
	if len(sa) != len(sb) {
		return false
	}
	for w := range sa {
		if !sb[w] {
			return false
		}
	}
	return true
}
