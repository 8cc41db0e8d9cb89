package extract

import "testing"

func TestParseCoordinates(t *testing.T) {
	tests := []struct {
		in        string
		lat, long string
		ok        bool
	}{
		{"52°35′28″N 1°24′37″W", "52.591111", "-1.410278", true},
		{"50.408°N 4.667°W", "50.408000", "-4.667000", true},
		{"50.408, -4.667", "50.408000", "-4.667000", true},
		{"7°00′N 134°15′E", "7.000000", "134.250000", true},
		{"33°S 151°E", "-33.000000", "151.000000", true},
		{"Near the river", "", "", false},
		{"95°N 10°E", "", "", false},
		{"10°E 20°N", "", "", false},
		{"12", "", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			lat, long, ok := parseCoordinates(tt.in)
			if ok != tt.ok || ok && (formatDegrees(lat) != tt.lat || formatDegrees(long) != tt.long) {
				t.Errorf("parseCoordinates(%q) = %s, %s, %v; want %s, %s, %v", tt.in, formatDegrees(lat), formatDegrees(long), ok, tt.lat, tt.long, tt.ok)
			}
		})
	}
}

func TestSplitSide(t *testing.T) {
	tests := []struct {
		in   string
		base string
		side int
	}{
		{"combatant1", "combatant", 1}, {"combatant2a", "combatant", 2}, {"commander1b", "commander", 1},
		{"casualties3", "casualties", 3}, {"strength", "strength", 0}, {"units2", "units", 2},
	}
	for _, tt := range tests {
		if base, side := splitSide(tt.in); base != tt.base || side != tt.side {
			t.Errorf("splitSide(%q) = %q, %d; want %q, %d", tt.in, base, side, tt.base, tt.side)
		}
	}
}
