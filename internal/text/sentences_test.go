package text

import "testing"

func TestSentences(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Trump spoke. Putin listened.", []string{"Trump spoke.", "Putin listened."}},
		{`"We will win," he said. Mr. Smith agreed.`, []string{`"We will win," he said.`, "Mr. Smith agreed."}},
		{"He met J. Smith in the U.S. on Monday. It went well!", []string{"He met J. Smith in the U.S. on Monday.", "It went well!"}},
		{"Line one\nLine two.", []string{"Line one", "Line two."}},
		{`He said: "It is over." Then he left.`, []string{`He said: "It is over."`, "Then he left."}},
		{"Prices rose 3.5 percent. Good.", []string{"Prices rose 3.5 percent.", "Good."}},
	}
	for _, tt := range tests {
		got := Sentences(tt.in)
		if len(got) != len(tt.want) {
			t.Errorf("Sentences(%q) = %+v, want %q", tt.in, got, tt.want)
			continue
		}
		for i, s := range got {
			if s.Text != tt.want[i] || tt.in[s.Start:s.End] != s.Text {
				t.Errorf("Sentences(%q)[%d] = %q at %d:%d, want %q", tt.in, i, s.Text, s.Start, s.End, tt.want[i])
			}
		}
	}
}
