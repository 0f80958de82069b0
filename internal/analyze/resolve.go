package analyze

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Name folding. Names reach English through several transliterations
// (Zelensky, Zelenskyy, Zelenskiy; Kyiv, Kiev; Yury, Yuri, Iurii). The
// key of a name is its lower-case form with, in order:
//  1. diacritics dropped (é → e) and a possessive ending cut;
//  2. a leading "ye" read as "e" (Yevgeny, Evgeny; Yelena, Elena);
//  3. "x" read as "ks" (Alexander, Aleksander);
//  4. "y" and "j" after a vowel read as "i" (Zelenskyy, Zelenskij;
//     Yury, Iurii; Kyiv);
//  5. "ie" read as "i" (Kiev, Kyiv);
//  6. doubled letters read once (Zelenskii, Zelenski; Odessa, Odesa);
//  7. "ae", "oe", "ue" before a consonant read as the vowel alone, the
//     transliteration of ä, ö, ü whose accent rule 1 drops (Koehl, Köhl,
//     Kohl; Mueller, Müller);
//  8. "th" read as "t", a Greek theta that some languages write "t"
//     (Theodora, Teodora; Thomas, Tomas; Matthias, Mattias);
//  9. "qv" read as "qu" (Lindqvist, Lindquist).
// So "-sky", "-ski", "-skiy", "-skyy" and "-skyi" all end "-ski".

var diacritics = strings.NewReplacer("á", "a", "à", "a", "â", "a", "ä", "a", "ã", "a", "å", "a", "ą", "a",
	"é", "e", "è", "e", "ê", "e", "ë", "e", "ę", "e", "ě", "e", "í", "i", "ì", "i", "î", "i", "ï", "i",
	"ó", "o", "ò", "o", "ô", "o", "ö", "o", "õ", "o", "ø", "o", "ú", "u", "ù", "u", "û", "u", "ü", "u",
	"ý", "y", "ÿ", "y", "ç", "c", "č", "c", "ć", "c", "ñ", "n", "ń", "n", "š", "s", "ś", "s", "ş", "s",
	"ž", "z", "ź", "z", "ż", "z", "ł", "l", "ř", "r", "ğ", "g", "ı", "i", "ß", "ss", "’", "'")

// foldWord gives the transliteration key of one word.
func foldWord(w string) string {
	ascii := true
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if !ascii {
		w = diacritics.Replace(w)
	}
	w = strings.ToLower(w)
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "'")
	w = strings.Trim(w, ".")
	if strings.HasPrefix(w, "ye") && len(w) > 3 {
		w = w[1:] // rule 2
	}
	w = umlautPairs(w) // rule 7
	out := make([]byte, 0, len(w)+2)
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c == 'x': // rule 3
			out = append(out, 'k', 's')
			continue
		case c == 'y' || c == 'j' && i > 0 && strings.IndexByte("aeiou", w[i-1]) >= 0: // rule 4
			c = 'i'
		case c == 'e' && len(out) > 0 && out[len(out)-1] == 'i': // rule 5
			continue
		case c == 'h' && len(out) > 0 && out[len(out)-1] == 't': // rule 8
			continue
		case c == 'v' && len(out) > 0 && out[len(out)-1] == 'q': // rule 9
			c = 'u'
		}
		if len(out) > 0 && out[len(out)-1] == c { // rule 6
			continue
		}
		out = append(out, c)
	}
	return string(out)
}

// umlautPairs drops the e of "ae", "oe", "ue" before a consonant.
func umlautPairs(w string) string {
	if !strings.Contains(w, "e") {
		return w
	}
	b := []byte(w)
	out := b[:0]
	for i := 0; i < len(b); i++ {
		if b[i] == 'e' && i > 0 && i+1 < len(b) && strings.IndexByte("aou", b[i-1]) >= 0 &&
			strings.IndexByte("aeiouy", b[i+1]) < 0 {
			continue
		}
		out = append(out, b[i])
	}
	return string(out)
}

// nameKey folds every word of a name; "the" in front is dropped.
func nameKey(s string) string {
	fs := strings.FieldsFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == '-' })
	if len(fs) > 1 && strings.EqualFold(fs[0], "the") {
		fs = fs[1:]
	}
	for i, f := range fs {
		fs[i] = foldWord(f)
	}
	return strings.Join(fs, " ")
}

// placeKey is the key of a place name (Kyiv and Kiev meet).
func placeKey(s string) string { return nameKey(s) }

// surnameKey is the key of a surname: of its last part when hyphenated,
// since a double surname is often shortened to that part in other copy
// (Marta Ruiz-Ostrander, Marta Ostrander).
func surnameKey(s string) string {
	if i := strings.LastIndexFunc(s, func(r rune) bool { return r == '-' || r == '‐' }); i >= 0 {
		_, n := utf8.DecodeRuneInString(s[i:])
		if rest := s[i+n:]; rest != "" {
			s = rest
		}
	}
	return foldWord(s)
}

// hypocorisms are groups of first names that are one name: English short
// forms and the transliterations of Slavic names. Keys are folded.
var hypocorisms = func() map[string]int {
	groups := []string{
		"michael mike mick mikey", "william bill will billy willy", "robert bob rob bobby robbie",
		"richard dick rick rich ricky", "james jim jimmy jamie", "joseph joe joey", "thomas tom tommy",
		"edward ed ted eddie ned", "elizabeth liz beth betty lizzie", "katherine catherine kathryn kate kathy cathy katie",
		"alexander alex aleksandr aleksander alexandr oleksandr sasha", "alexei alexey aleksei oleksii oleksiy",
		"dmitry dmitri dmytro", "donald don donnie", "vladimir volodymyr", "anthony tony antony", "steven stephen steve",
		"david dave", "daniel dan danny", "christopher chris", "matthew matt", "nicholas nick nicolas",
		"benjamin ben benji", "samuel sam", "peter pete pieter piet", "andrew andy drew", "andrei andrey andriy andrii",
		"jonathan jon", "jennifer jen jenny", "susan sue", "gregory greg", "jeffrey jeff geoffrey",
		"ronald ron ronnie", "timothy tim", "lawrence larry", "charles charlie chuck", "henry hank harry",
		"john jack johnny", "margaret maggie meg peggy", "sergei sergey serhiy serhii", "mikhail mykhailo",
		"nikolai mykola nikolay", "yevgeny evgeny yevhen", "pavel pavlo", "maxim maksym", "kirill kyrylo",
		"igor ihor", "olga olha", "elena olena yelena", "natalia natalya", "tatiana tatyana",
		"joshua josh", "jacob jake", "patrick pat", "patricia pat trish", "frederick fred", "rebecca becky",
		"victoria vicky", "abraham abe", "jerome jerry", "gerald jerry", "kenneth ken", "raymond ray",
		"douglas doug", "zachary zach", "nathaniel nathan nate", "jessica jess", "deborah debbie deb",
	}
	m := map[string]int{}
	for i, g := range groups {
		for _, n := range strings.Fields(g) {
			m[foldWord(n)] = i + 1
		}
	}
	return m
}()

// firstNamesMeet reports whether two first names can be one person's:
// equal once folded, one group of short forms, or an initial of the other.
func firstNamesMeet(a, b string) bool {
	a, b = foldWord(a), foldWord(b)
	if a == b {
		return true
	}
	if len(a) == 1 || len(b) == 1 {
		return a[0] == b[0]
	}
	ga, gb := hypocorisms[a], hypocorisms[b]
	return ga != 0 && ga == gb
}

// samePerson reports whether two full names are one person's: same
// surname key and first names that meet.
func samePerson(a, b []string) bool {
	if len(a) < 2 || len(b) < 2 {
		return false
	}
	if surnameKey(lastName(a)) != surnameKey(lastName(b)) {
		return false
	}
	return firstNamesMeet(a[0], b[0])
}

// isRoleName reports whether a person's name is a role ("Kremlin
// spokesman", "Keir Starmer's spokesman"): its last word is lower case.
func isRoleName(name string) bool {
	f := strings.Fields(name)
	if len(f) == 0 {
		return false
	}
	r := []rune(f[len(f)-1])
	return unicode.IsLower(r[0])
}

// isRoleForm reports whether a person's form is a role rather than a
// name: a lower-case last word ("Kremlin spokesman"), a title last
// ("Russian President") or an article first ("the Russian leader").
func isRoleForm(f string) bool {
	ws := strings.Fields(f)
	if len(ws) == 0 {
		return true
	}
	return isRoleName(f) || titleWords[strings.ToLower(strings.TrimSuffix(ws[len(ws)-1], "."))] ||
		determiners[strings.ToLower(ws[0])]
}

// cluster is one entity of a run.
type cluster struct {
	id      int
	kind    string
	surname string          // persons: surname key
	firsts  map[string]bool // persons: first names written
	forms   map[string]int  // every form with how often it was a name or alias
	order   map[string]int  // when each form was first seen
	roles   map[string]bool // role keys ("kremlin|spokesperson")
	merged  *cluster        // set when folded into another
	stable  bool            // keep the first full name given (Resolver.Stable)
	fixed   string          // that name, once given
}

func (c *cluster) root() *cluster {
	for c.merged != nil {
		c = c.merged
	}
	return c
}

// Resolver gives the entities of many articles canonical names, one per
// entity across the articles it has seen. It learns as it goes: feed it
// articles one at a time; names may grow fuller as it sees more.
type Resolver struct {
	// Stable keeps the first full name given to an entity, whatever
	// spellings come later: a database that stored analyses under that
	// name (parallax ingest) must not see it change. Without it (a batch,
	// parallax analyze) the most frequent spelling of the batch wins.
	Stable   bool
	clusters []*cluster
	byForm   map[string]*cluster // kind + "|" + key of a form → cluster (follow root)
	// bySurname and byRole index the person clusters by surname key and
	// by role key (entries may have been merged: follow root), so that
	// placing a name costs a few look-ups however many people the run
	// has seen.
	bySurname map[string][]*cluster
	byRole    map[string][]*cluster
	seen      map[string]*cluster // entities already recorded, by signature
	tick      int
}

// NewResolver returns an empty Resolver.
func NewResolver() *Resolver {
	return &Resolver{byForm: map[string]*cluster{}, seen: map[string]*cluster{},
		bySurname: map[string][]*cluster{}, byRole: map[string][]*cluster{}}
}

// Resolve records an article's entities and returns them renamed, one for
// one in the same order: Name becomes the canonical name of the run,
// Aliases the union of the forms seen in all articles. The rules:
//  1. organisations and places meet when any of their forms have the same
//     key (Kyiv, Kiev; ISW and its full name);
//  2. persons with a full name meet when their surnames have the same key
//     and their first names meet (Mike, Michael Waltz; Yury, Yuri
//     Ushakov); first names that do not meet keep two people apart;
//  3. a bare surname goes to the one person with that surname; while
//     there is none it stands alone, and joins the first full name that
//     comes; when there are two it is left alone (never a guess);
//  4. a role-holder ("Kremlin spokesman") goes to the one person the run
//     has written with that role;
//  5. the canonical name is the most frequent full form (most words
//     first for organisations and places), ties to the longer, then the
//     one seen first.
func (r *Resolver) Resolve(ents []Entity) []Entity {
	cls := make([]*cluster, len(ents))
	for i, e := range ents {
		// The same entity given again (a second pass over a batch to read
		// the final names) is not counted twice.
		sig := signature(e)
		if c, ok := r.seen[sig]; ok {
			cls[i] = c
			continue
		}
		cls[i] = r.add(e)
		r.seen[sig] = cls[i]
	}
	out := make([]Entity, len(ents))
	for i, e := range ents {
		c := cls[i].root()
		ne := e
		ne.Name = c.name()
		ne.Aliases = nil
		forms := make([]string, 0, len(c.forms))
		for f := range c.forms {
			forms = append(forms, f)
		}
		sort.Strings(forms)
		for _, f := range forms {
			if f != ne.Name {
				ne.Aliases = append(ne.Aliases, f)
			}
		}
		out[i] = ne
	}
	return out
}

func (c *cluster) name() string {
	if c.fixed != "" {
		return c.fixed
	}
	n := c.pickName()
	if c.stable && (c.kind != "person" || len(strings.Fields(n)) >= 2 && !isRoleForm(n)) {
		c.fixed = n // a stable resolver never renames what it has named
	}
	return n
}

// pickName chooses the canonical form: the most frequent full spelling,
// then the longer, then the first seen.
func (c *cluster) pickName() string {
	best, bestN := "", -1
	for f, n := range c.forms {
		if c.kind == "person" && isRoleForm(f) {
			continue
		}
		if c.kind == "person" && len(stripTitles(strings.Fields(f))) != len(strings.Fields(f)) {
			continue
		}
		better := false
		fw, bw := len(strings.Fields(f)), len(strings.Fields(best))
		full, bfull := fw >= 2, bw >= 2
		switch {
		case best == "":
			better = true
		case full != bfull:
			better = full
		case c.kind != "person" && fw != bw:
			better = fw > bw
		case n != bestN:
			better = n > bestN
		case len(f) != len(best):
			better = len(f) > len(best)
		default:
			better = c.order[f] < c.order[best]
		}
		if better {
			best, bestN = f, n
		}
	}
	if best == "" {
		// A role-holder: the role as a name ("Kremlin spokesman"), the
		// most frequent, without an article.
		for f, n := range c.forms {
			if determiners[strings.ToLower(strings.Fields(f)[0])] {
				continue
			}
			if best == "" || n > bestN || n == bestN && (len(f) < len(best) || len(f) == len(best) && f < best) {
				best, bestN = f, n
			}
		}
	}
	if best == "" {
		for f := range c.forms {
			if best == "" || len(f) < len(best) || len(f) == len(best) && f < best {
				best = f
			}
		}
	}
	return best
}

func (r *Resolver) newCluster(kind string) *cluster {
	c := &cluster{id: len(r.clusters), kind: kind, firsts: map[string]bool{}, forms: map[string]int{}, roles: map[string]bool{}, order: map[string]int{}, stable: r.Stable}
	r.clusters = append(r.clusters, c)
	return c
}

func (r *Resolver) join(a, b *cluster) *cluster {
	a, b = a.root(), b.root()
	if a == b {
		return a
	}
	if b.id < a.id {
		a, b = b, a
	}
	for f, n := range b.forms {
		if _, ok := a.order[f]; !ok {
			a.order[f] = b.order[f]
		}
		a.forms[f] += n
	}
	for f := range b.firsts {
		a.firsts[f] = true
	}
	for k := range b.roles {
		r.addRole(a, k)
	}
	if a.surname == "" && b.surname != "" {
		r.setSurname(a, b.surname)
	}
	if a.fixed == "" {
		a.fixed = b.fixed // the older name stays when two named entities meet
	}
	b.merged = a // look-ups follow root(): the indexes need no rewriting
	return a
}

// setSurname gives a person cluster its surname key and indexes it.
func (r *Resolver) setSurname(c *cluster, sur string) {
	c.surname = sur
	r.bySurname[sur] = append(r.bySurname[sur], c)
}

// addRole gives a person cluster a role key and indexes it.
func (r *Resolver) addRole(c *cluster, k string) {
	if !c.roles[k] {
		c.roles[k] = true
		r.byRole[k] = append(r.byRole[k], c)
	}
}

// withSurname lists the distinct live person clusters with surname key sur.
func (r *Resolver) withSurname(sur string) []*cluster {
	return r.live(r.bySurname[sur], func(c *cluster) bool { return c.surname == sur })
}

// withRole lists the distinct live person clusters with role key k.
func (r *Resolver) withRole(k string) []*cluster {
	return r.live(r.byRole[k], func(c *cluster) bool { return c.roles[k] })
}

// live follows indexed clusters to their roots, each once, keeping those
// ok accepts, in the order they were first indexed.
func (r *Resolver) live(cs []*cluster, ok func(*cluster) bool) []*cluster {
	var out []*cluster
	for _, c := range cs {
		c = c.root()
		if c.kind == "person" && ok(c) && !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	return out
}

// Forget drops the memory of which entities were already given, kept so
// that a second pass over a batch (Canonical after Resolve) does not count
// them twice. A run that gives each article's entities once (ingest) calls
// it after each article, so that memory does not grow with the archive.
func (r *Resolver) Forget() { clear(r.seen) }

// personForms splits a person's forms into full names, bare surnames and
// roles.
func personForms(e Entity) (full [][]string, bare []string, roles []string) {
	for _, f := range append([]string{e.Name}, e.Aliases...) {
		ws := strings.Fields(f)
		if len(ws) == 0 {
			continue
		}
		if isRoleForm(f) {
			roles = append(roles, f)
			continue
		}
		ws = stripTitles(ws)
		if len(ws) == 0 {
			continue
		}
		if len(ws) == 1 {
			bare = append(bare, ws[0])
		} else {
			full = append(full, ws)
		}
	}
	return
}

// roleKeyOf reads a role form ("the Kremlin spokesman", "Russian
// President") as "qualifier|class"; "" when it has no qualifier.
func roleKeyOf(f string) string {
	ws := strings.Fields(strings.ToLower(f))
	q, class := "", ""
	var mods []string
	for _, w := range ws {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		if determiners[w] {
			continue
		}
		if c, ok := demonyms[w]; ok && q == "" && c != "" {
			q = c
			continue
		}
		if roleNouns[w] {
			class = w
			continue
		}
		if roleAdjectives[w] || titleModifiers[w] {
			mods = append(mods, w)
			continue
		}
		if titleWords[w] {
			class = w
			continue
		}
		if q == "" {
			q = foldWord(w)
		}
	}
	class = roleClassOf(class, mods)
	if q == "" || class == "" {
		return ""
	}
	return q + "|" + class
}

func (r *Resolver) add(e Entity) *cluster {
	if e.Kind != "person" {
		return r.addOther(e)
	}
	full, bare, roles := personForms(e)
	var c *cluster
	// A role-holder with no name: rule 4.
	if len(full) == 0 && len(bare) == 0 {
		key := roleKeyOf(e.Name)
		var holders []*cluster
		if key != "" {
			for _, cl := range r.withRole(key) {
				if cl.surname != "" {
					holders = append(holders, cl)
				}
			}
		}
		if len(holders) == 1 {
			c = holders[0]
		} else if x := r.byForm["role|"+strings.ToLower(e.Name)]; x != nil {
			c = x.root()
		} else {
			c = r.newCluster("person")
			r.byForm["role|"+strings.ToLower(e.Name)] = c
		}
		r.note(c, e, roles)
		return c
	}
	// Full names: rule 2.
	for _, ws := range full {
		sur := surnameKey(lastName(ws))
		var found *cluster
		for _, cl := range r.withSurname(sur) {
			if len(cl.firsts) == 0 {
				continue
			}
			ok := true
			for f := range cl.firsts {
				ok = ok && firstNamesMeet(f, ws[0])
			}
			if ok {
				found = cl
				break
			}
		}
		switch {
		case c == nil && found != nil:
			c = found
		case c == nil:
			c = r.newCluster("person")
			r.setSurname(c, sur)
		case found != nil && found != c:
			c = r.join(c, found)
		}
		c.firsts[strings.ToLower(ws[0])] = true
	}
	// Bare surnames: rule 3.
	for _, b := range bare {
		sur := surnameKey(b)
		var fulls []*cluster
		var lone *cluster
		for _, cl := range r.withSurname(sur) {
			if len(cl.firsts) > 0 {
				fulls = append(fulls, cl)
			} else {
				lone = cl
			}
		}
		if c != nil {
			if lone != nil && len(fulls) == 1 {
				c = r.join(c, lone)
			}
			continue
		}
		switch {
		case len(fulls) == 1:
			c = fulls[0]
			if lone != nil {
				c = r.join(c, lone)
			}
		case lone != nil:
			c = lone
		default:
			c = r.newCluster("person")
			r.setSurname(c, sur)
		}
	}
	if c == nil {
		c = r.newCluster("person")
	}
	// A lone surname waiting for its full name.
	if len(c.firsts) > 0 {
		var fulls []*cluster
		var lone *cluster
		for _, cl := range r.withSurname(c.surname) {
			if len(cl.firsts) > 0 {
				fulls = append(fulls, cl)
			} else {
				lone = cl
			}
		}
		if lone != nil && len(fulls) == 1 {
			c = r.join(c, lone)
		}
	}
	r.note(c, e, roles)
	// Role-holders waiting for their person.
	for k := range c.roles {
		if x := r.roleWaiting(k); x != nil && x != c {
			c = r.join(c, x)
		}
	}
	return c
}

// roleWaiting finds a nameless role-holder cluster with role key k, if
// the run has only one named person with that role.
func (r *Resolver) roleWaiting(k string) *cluster {
	var named []*cluster
	var waiting *cluster
	for _, cl := range r.withRole(k) {
		if cl.surname == "" {
			waiting = cl
		} else {
			named = append(named, cl)
		}
	}
	if len(named) == 1 {
		return waiting
	}
	return nil
}

// note records an entity's forms and roles on its cluster.
func (r *Resolver) note(c *cluster, e Entity, roles []string) {
	r.count(c, e.Name)
	for _, a := range e.Aliases {
		r.count(c, a)
	}
	for _, f := range append([]string{e.Name}, e.Aliases...) {
		if k := roleKeyOf(f); k != "" && (isRoleName(f) || titleWords[strings.ToLower(lastWord(f))]) {
			r.addRole(c, k)
		}
		_ = roles
	}
}

func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// addOther places an organisation or place: rule 1.
func (r *Resolver) addOther(e Entity) *cluster {
	var c *cluster
	forms := append([]string{e.Name}, e.Aliases...)
	for _, f := range forms {
		if x := r.byForm[e.Kind+"|"+nameKey(f)]; x != nil {
			if c == nil {
				c = x.root()
			} else {
				c = r.join(c, x)
			}
		}
	}
	if c == nil {
		c = r.newCluster(e.Kind)
	}
	for _, f := range forms {
		r.byForm[e.Kind+"|"+nameKey(f)] = c
		r.count(c, f)
	}
	return c
}

// stripTitles drops a title and all before it ("Russian President
// Vladimir Putin" gives "Vladimir Putin").
func stripTitles(ws []string) []string {
	for k := len(ws) - 2; k >= 0; k-- {
		if titleWords[strings.ToLower(strings.TrimSuffix(ws[k], "."))] {
			return ws[k+1:]
		}
	}
	return ws
}

// signature identifies an entity as given: kind, name, aliases, mentions.
func signature(e Entity) string {
	var b strings.Builder
	b.WriteString(e.Kind + "\x00" + e.Name)
	for _, a := range e.Aliases {
		b.WriteString("\x00" + a)
	}
	for _, m := range e.Mentions {
		fmt.Fprintf(&b, "\x01%d:%d", m.Start, m.End)
	}
	return b.String()
}

// count records one use of a form, and when it was first seen.
func (r *Resolver) count(c *cluster, f string) {
	if _, ok := c.order[f]; !ok {
		r.tick++
		c.order[f] = r.tick
	}
	c.forms[f]++
}

// Canonical renames an analysis's entities, quote speakers and figure
// claimants to the names the resolver gives them now, recording its
// entities first if it has not seen them.
func (r *Resolver) Canonical(an *Analysis) {
	resolved := r.Resolve(an.Entities)
	rename := map[string]string{}
	for k, e := range an.Entities {
		rename[e.Name] = resolved[k].Name
	}
	an.Entities = resolved
	for k := range an.Quotes {
		if n, ok := rename[an.Quotes[k].Speaker]; ok {
			an.Quotes[k].Speaker = n
		}
	}
	for k := range an.Figures {
		if n, ok := rename[an.Figures[k].ClaimedBy]; ok {
			an.Figures[k].ClaimedBy = n
		}
	}
}
