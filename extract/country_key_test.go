package extract

import (
	"strings"
	"testing"
)

// refIsCountryName is isCountryName before isCountryKey, kept to check it.
func refIsCountryName(name string) bool {
	k := Key(name)
	if countryIsName[k] {
		return true
	}
	if i, ok := countryByKey[k]; ok && !refDemonymIsOnly(k, i) {
		return true
	}
	words := strings.Fields(k)
	if len(words) >= 3 && words[1] == "of" && polityHeads[words[0]] {
		return !orgHeads[words[len(words)-1]]
	}
	if len(words) >= 2 && polityTails[words[len(words)-1]] && !orgHeads[words[0]] {
		return true
	}
	if len(words) >= 4 && words[2] == "of" && polityHeads[words[1]] && (words[0] == "grand" || words[0] == "islamic" || words[0] == "first" || words[0] == "second" || words[0] == "united") {
		return words[0] != "islamic" || words[1] == "emirate" || words[1] == "republic"
	}
	return false
}

// refDemonymIsOnly is demonymIsOnly before it made no keys or copies.
func refDemonymIsOnly(k string, i int) bool {
	_, adj := demonymByKey[k]
	return adj && Key(countries[i].name) != k && !strings.Contains(k, " ") && strings.ToUpper(k) != k && !isShortName(k)
}

// countryKeyCases are names and keys for the country checks; every
// country name and other name of the lexicon is added to them.
var countryKeyCases = []string{
	"", " ", "France", "french", "FRENCH", "French", "Britain", "british", "UK", "U.S.", "Kingdom of France",
	"Ottoman Empire", "Empire of Japan", "Grand Duchy of Lithuania", "Islamic Emirate of Afghanistan",
	"Islamic State of Iraq", "United Kingdom", "Sultanate", "Kingdom of the Netherlands", "Bank of England",
	"Deutsch\xff", "fran\xe7ais", "\ufffd", "québécois", "İstanbul", "ǆ", "ß", "ﬀ", "Territory of Alaska",
	"the French", "  french  ", "Soviet Union", "soviet", "Mughal Empire", "Company Empire", "x of y z",
}

func countryKeyInputs() []string {
	in := append([]string(nil), countryKeyCases...)
	for _, c := range countries {
		in = append(in, c.name, strings.ToLower(c.name), strings.ToUpper(c.name))
		for _, o := range c.other {
			in = append(in, o, strings.ToLower(o), strings.ToUpper(o))
		}
	}
	return in
}

func TestIsCountryNameSameAsBefore(t *testing.T) {
	for _, s := range countryKeyInputs() {
		if got, want := isCountryName(s), refIsCountryName(s); got != want {
			t.Errorf("isCountryName(%q) = %v, want %v", s, got, want)
		}
		k := Key(s)
		if got, want := isCountryKey(k), refIsCountryName(s); got != want {
			t.Errorf("isCountryKey(%q) = %v, want %v", k, got, want)
		}
		for i := range countries {
			if got, want := demonymIsOnly(k, i), refDemonymIsOnly(k, i); got != want {
				t.Errorf("demonymIsOnly(%q, %d) = %v, want %v", k, i, got, want)
			}
			if got, want := demonymIsOnly(s, i), refDemonymIsOnly(s, i); got != want {
				t.Errorf("demonymIsOnly(%q, %d) = %v, want %v", s, i, got, want)
			}
		}
	}
}

func FuzzIsCountryName(f *testing.F) {
	for _, s := range countryKeyCases {
		f.Add(s, 0)
	}
	f.Fuzz(func(t *testing.T, s string, i int) {
		if got, want := isCountryName(s), refIsCountryName(s); got != want {
			t.Fatalf("isCountryName(%q) = %v, want %v", s, got, want)
		}
		if i < 0 {
			i = -i
		}
		if len(countries) > 0 {
			i %= len(countries)
		}
		if i >= 0 && i < len(countries) {
			if got, want := demonymIsOnly(s, i), refDemonymIsOnly(s, i); got != want {
				t.Fatalf("demonymIsOnly(%q, %d) = %v, want %v", s, i, got, want)
			}
		}
	})
}
