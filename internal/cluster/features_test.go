package cluster

import (
	"fmt"
	"testing"
)

func TestSurnames(t *testing.T) {
	tests := []struct {
		lead string
		want map[string]string // key → as written
	}{
		// A lone capital opening the sentence says nothing of a name.
		{"Putin and Trump spoke for two hours.", map[string]string{"trump": "Trump"}},
		// A place's or an organisation's name ending in a common noun is
		// the whole run, not its last word.
		{"Water poured from the Hollin Dam into Brennick after the Aldera River rose.",
			map[string]string{"hollin dam": "Hollin Dam", "brennick": "Brennick", "aldera river": "Aldera River"}},
		{"President Volodymyr Zelensky met the mayor.", map[string]string{"zelensky": "Zelensky"}},
	}
	for _, tt := range tests {
		if got := surnames(tt.lead); fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("surnames(%q) = %v, want %v", tt.lead, got, tt.want)
		}
	}
}
