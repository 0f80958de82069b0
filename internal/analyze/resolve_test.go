package analyze

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"testing"
)

func TestFoldWord(t *testing.T) {
	same := [][]string{
		{"Zelensky", "Zelenskyy", "Zelenskiy", "Zelenski"},
		{"Kyiv", "Kiev"},
		{"Yury", "Yuri", "Yuriy", "Iurii"},
		{"Dmitry", "Dmitri", "Dmitriy"},
		{"Yevgeny", "Evgeny"},
		{"Odesa", "Odessa"},
		{"Theodora", "Teodora"},
		{"Köhl", "Koehl", "Kohl"},
		{"Lindqvist", "Lindquist"},
	}
	for _, g := range same {
		for _, w := range g[1:] {
			if foldWord(w) != foldWord(g[0]) {
				t.Errorf("%s → %q, %s → %q", g[0], foldWord(g[0]), w, foldWord(w))
			}
		}
	}
	if foldWord("Putin") == foldWord("Trump") {
		t.Error("distinct names fold together")
	}
}

func TestFirstNamesMeet(t *testing.T) {
	for _, p := range [][2]string{{"Mike", "Michael"}, {"Bill", "William"}, {"Yury", "Yuri"}, {"Aleksandr", "Alexander"}, {"J.", "John"}} {
		if !firstNamesMeet(p[0], p[1]) {
			t.Errorf("%s/%s should meet", p[0], p[1])
		}
	}
	for _, p := range [][2]string{{"Donald", "Melania"}, {"Michael", "Mark"}} {
		if firstNamesMeet(p[0], p[1]) {
			t.Errorf("%s/%s should not meet", p[0], p[1])
		}
	}
}

func person(name string, aliases ...string) Entity {
	return Entity{Name: name, Kind: "person", Aliases: aliases}
}

func TestResolverAcrossArticles(t *testing.T) {
	r := NewResolver()
	articles := [][]Entity{
		{person("Olena Marchenko", "Marchenko", "Ukrainian President"), person("Ivan Petrov", "Petrov"),
			{Name: "Kyiv", Kind: "place"}, person("Oleg Sorokin", "Kremlin spokesman", "Sorokin")},
		{person("Olena Marchenkoo"), person("Petrov"), {Name: "Kiev", Kind: "place"}, person("Mike Stone")},
		{person("Marchenko"), person("Michael Stone", "Stone"), person("Kremlin spokesman", "the Kremlin spokesman")},
		{person("Olena Marchenko"), person("Marta Ruiz-Ostrander"), person("Marta Ostrander")},
	}
	var got [][]Entity
	for _, a := range articles {
		got = append(got, r.Resolve(a))
	}
	// Final names: a second pass reads them.
	for i, a := range articles {
		got[i] = r.Resolve(a)
	}
	want := map[[2]int]string{
		{0, 0}: "Olena Marchenko", {1, 0}: "Olena Marchenko", {2, 0}: "Olena Marchenko", {3, 0}: "Olena Marchenko",
		{0, 1}: "Ivan Petrov", {1, 1}: "Ivan Petrov",
		{0, 2}: "Kyiv", {1, 2}: "Kyiv",
		{3, 1}: "Marta Ruiz-Ostrander", {3, 2}: "Marta Ruiz-Ostrander",
		{1, 3}: "Michael Stone", {2, 1}: "Michael Stone",
		{2, 2}: "Oleg Sorokin",
	}
	for k, w := range want {
		if n := got[k[0]][k[1]].Name; n != w {
			t.Errorf("article %d entity %d: %q, want %q", k[0], k[1], n, w)
		}
	}
	if len(got[1]) != len(articles[1]) {
		t.Error("Resolve must return one entity per input")
	}
}

func TestResolverKeepsNamesakesApart(t *testing.T) {
	r := NewResolver()
	a := r.Resolve([]Entity{person("Donald Baker"), person("Melania Baker")})
	if a[0].Name == a[1].Name {
		t.Fatalf("namesakes merged: %q", a[0].Name)
	}
	// A bare surname with two candidates is left alone.
	b := r.Resolve([]Entity{person("Baker")})
	if b[0].Name != "Baker" {
		t.Errorf("ambiguous surname resolved to %q", b[0].Name)
	}
}

func TestResolverIncremental(t *testing.T) {
	r := NewResolver()
	first := r.Resolve([]Entity{person("Stubb")})
	if first[0].Name != "Stubb" {
		t.Fatalf("bare name alone: %q", first[0].Name)
	}
	second := r.Resolve([]Entity{person("Alexander Stubb", "Stubb")})
	third := r.Resolve([]Entity{person("Stubb")})
	if second[0].Name != "Alexander Stubb" || third[0].Name != "Alexander Stubb" {
		t.Errorf("got %q, %q", second[0].Name, third[0].Name)
	}
	hasAlias := false
	for _, a := range third[0].Aliases {
		hasAlias = hasAlias || a == "Stubb"
	}
	if !hasAlias {
		t.Errorf("aliases %v", third[0].Aliases)
	}
}

// BenchmarkResolverArchive resolves the entities of articles drawn from a
// large cast (2,000 first names × 20,000 surnames, 5,000 organisations),
// as a long ingest run does: b.N articles, one at a time, with Forget
// after each. The cost of an article must not grow with the people seen
// before it (person look-ups go through the surname and role indexes).
func BenchmarkResolverArchive(b *testing.B) {
	r := NewResolver()
	r.Stable = true
	rng := rand.New(rand.NewPCG(1, 2))
	name := func(pool string, n, i int) string { return fmt.Sprintf("%s%s", pool, strconv.Itoa(i%n)) }
	b.ReportAllocs()
	for b.Loop() {
		var ents []Entity
		for k := 0; k < 5; k++ {
			first := "Fn" + name("a", 2000, rng.IntN(2000))
			sur := "Sn" + name("b", 20000, rng.IntN(20000))
			ents = append(ents, person(first+" "+sur, sur))
		}
		for k := 0; k < 3; k++ {
			ents = append(ents, Entity{Name: "Org " + name("c", 5000, rng.IntN(5000)) + " Group", Kind: "org"})
		}
		an := Analysis{Entities: ents}
		r.Canonical(&an)
		r.Forget()
	}
}
