package analyze

import (
	"testing"
	"time"
)

func TestDates(t *testing.T) {
	tue := time.Date(2025, 5, 20, 9, 0, 0, 0, time.UTC) // a Tuesday
	tests := []struct {
		name, text string
		ref        *time.Time
		phrase     string
		want       string // resolved date, "" for nil
	}{
		{"weekday past", "Putin spoke with Trump on Monday, the Kremlin said.", &tue, "on Monday", "2025-05-19"},
		{"weekday possessive", "After Monday's call, strikes went on.", &tue, "Monday's", "2025-05-19"},
		{"weekday same day", "The talks ended on Tuesday.", &tue, "on Tuesday", "2025-05-20"},
		{"weekday future", "Trump will speak to Putin on Thursday.", &tue, "on Thursday", "2025-05-22"},
		{"weekday expected", "Two more water bombers were expected from the north on Thursday.", &tue, "on Thursday", "2025-05-22"},
		{"weekday past in a future sentence", "Restoring the plant, wrecked by an attack on Monday, will cost about €92 million.", &tue, "on Monday", "2025-05-19"},
		{"weekday future after a comma", "Zelensky said he would speak to Trump, possibly on Thursday.", &tue, "on Thursday", "2025-05-22"},
		{"weekday past in a past clause", "The truce, which began on Monday, is due to last four days.", &tue, "on Monday", "2025-05-19"},
		{"weekday ahead after for", "The office said it had received a list of names for Thursday.", &tue, "Thursday", "2025-05-22"},
		{"yesterday", "The drones struck yesterday.", &tue, "yesterday", "2025-05-19"},
		{"last night", "Air raid sirens sounded last night across Kyiv.", &tue, "last night", "2025-05-19"},
		{"today", "Trump to hold phone call with Putin today.", &tue, "today", "2025-05-20"},
		{"month day", "The call on March 18 lasted two hours.", &tue, "March 18", "2025-03-18"},
		{"day month year", "Signed on 19 May 2025 in Geneva.", nil, "19 May 2025", "2025-05-19"},
		{"iso", "Published 2024-11-03 at noon.", nil, "2024-11-03", "2024-11-03"},
		{"no reference", "They met on Monday.", nil, "on Monday", ""},
		{"month day no ref", "They met on March 18.", nil, "March 18", ""},
		{"december last year", "The truce of December 28 held.", &tue, "December 28", "2024-12-28"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms := Dates(tt.text, tt.ref)
			if len(ms) == 0 {
				t.Fatalf("no date found in %q", tt.text)
			}
			m := ms[0]
			if m.Phrase != tt.phrase || tt.text[m.Start:m.End] != m.Phrase {
				t.Errorf("phrase %q at %d:%d, want %q", m.Phrase, m.Start, m.End, tt.phrase)
			}
			got := ""
			if m.Date != nil {
				got = m.Date.Format(time.DateOnly)
			}
			if got != tt.want {
				t.Errorf("date %q, want %q", got, tt.want)
			}
		})
	}
	if ms := Dates("You may 5 times ask.", nil); len(ms) != 0 {
		t.Errorf("read a date from the verb may: %+v", ms)
	}
}

// An undated article resolved against its event's date takes the nearest
// weekday, ahead of the event as well as behind it.
func TestDatesNear(t *testing.T) {
	friday := time.Date(2026, 4, 10, 0, 0, 0, 0, time.UTC)
	text := "The quake struck on Friday. Rescuers on Saturday reached the villages. Last Saturday the valley had been calm. Officials met on Tuesday."
	want := map[string]string{"on Friday": "2026-04-10", "on Saturday": "2026-04-11", "Last Saturday": "2026-04-04", "on Tuesday": "2026-04-07"}
	for _, m := range DatesNear(text, friday) {
		w, ok := want[m.Phrase]
		if !ok {
			continue
		}
		if m.Date == nil || m.Date.Format(time.DateOnly) != w {
			t.Errorf("%q → %v, want %s", m.Phrase, m.Date, w)
		}
		delete(want, m.Phrase)
	}
	for p := range want {
		t.Errorf("%q not found", p)
	}
}
