package text

import (
	"reflect"
	"testing"
)

func TestTokens(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Trump spoke with Putin's aide.", []string{"Trump", "spoke", "with", "Putin's", "aide"}},
		{"a 30-day ceasefire, 1,000 troops; 3.5 hours", []string{"a", "30-day", "ceasefire", "1,000", "troops", "3.5", "hours"}},
		{"“Quoted” — dash - here", []string{"Quoted", "dash", "here"}},
		{"Zelenskyy’s", []string{"Zelenskyy’s"}},
		{"", nil},
	}
	for _, tt := range tests {
		toks := Tokens(tt.in)
		var got []string
		for _, tk := range toks {
			if tt.in[tk.Start:tk.End] != tk.Text {
				t.Errorf("%q: offsets %d:%d do not give %q", tt.in, tk.Start, tk.End, tk.Text)
			}
			got = append(got, tk.Text)
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Tokens(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestFoldAndShingles(t *testing.T) {
	if Fold("Putin’s") != "putin" || Fold("PUTIN's") != "putin" {
		t.Error("Fold keeps the possessive")
	}
	a := Shingles("The ferry resumed its service on Monday", 3)
	b := Shingles("the ferry resumed its service on monday!", 3)
	if !reflect.DeepEqual(a, b) || len(a) != 5 {
		t.Errorf("shingles differ or wrong count: %v %v", a, b)
	}
	if len(Shingles("two words", 5)) != 1 || Shingles("", 5) != nil {
		t.Error("short texts")
	}
}

func TestStem(t *testing.T) {
	for in, want := range map[string]string{"drones": "drone", "countries": "country", "talks": "talk",
		"press": "press", "status": "status", "crisis": "crisis", "gas": "gas", "ties": "tie"} {
		if got := Stem(in); got != want {
			t.Errorf("Stem(%q) = %q, want %q", in, got, want)
		}
	}
}
