package extract

import (
	"strings"
	"testing"
)

// TestLastWordBreak checks lastWordBreak against the strings.LastIndexAny
// it stands for, on invalid UTF-8 too.
func TestLastWordBreak(t *testing.T) {
	for _, s := range []string{"", "a", "a b", "the (Gen", `said "Gen`, "the “Gen", "“", "x\xe2\x80\x9c\x80y", "\x9c", "\x80\x9c", "\xe2\x9c", "a “b c", "“ab\xe2\x80"} {
		if got, want := lastWordBreak(s), strings.LastIndexAny(s, " (\"“"); got != want {
			t.Errorf("lastWordBreak(%q): got %d, want %d", s, got, want)
		}
	}
}

// TestIsAbbreviation checks isAbbreviation against the map lookup it
// stands for.
func TestIsAbbreviation(t *testing.T) {
	for _, s := range []string{"", "Gen", "GEN", "gen", "U.S", "Sgt.-Maj", "İnc", "\u212at", "Jan", "Janu", strings.Repeat("a", 40)} {
		if got, want := isAbbreviation(s), abbreviations[strings.ToLower(s)]; got != want {
			t.Errorf("isAbbreviation(%q): got %v, want %v", s, got, want)
		}
	}
}
