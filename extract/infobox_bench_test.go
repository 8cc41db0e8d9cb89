package extract

import "testing"

// benchValues returns the values of the benchmark articles' infobox fields
// whose key, without its side, is one of bases.
func benchValues(b *testing.B, bases ...string) []string {
	b.Helper()
	var vals []string
	for _, a := range benchArticles(b) {
		for _, f := range splitLayout(string(a)).fields {
			base, _ := splitSide(f.norm)
			for _, k := range bases {
				if base == k {
					vals = append(vals, f.value)
				}
			}
		}
	}
	if len(vals) == 0 {
		b.Fatal("no fields")
	}
	return vals
}

// BenchmarkFigureItems cuts the Casualties and Strength fields into items.
func BenchmarkFigureItems(b *testing.B) {
	vals := benchValues(b, "casualties", "casualties_and_losses", "losses", "strength")
	b.ReportAllocs()
	for b.Loop() {
		for _, v := range vals {
			appendFigureItems(nil, v, true)
		}
	}
}

// BenchmarkListItems reads the lists of the Combatant, Commander and Units
// fields.
func BenchmarkListItems(b *testing.B) {
	vals := benchValues(b, "combatant", "combatants", "commander", "commanders", "leader", "leaders", "units", "unit")
	b.ReportAllocs()
	for b.Loop() {
		for _, v := range vals {
			listItems(v)
		}
	}
}
