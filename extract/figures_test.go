package extract

import (
	"regexp"
	"slices"
	"strings"
	"testing"
)

// containsWordPrefixRef is containsWordPrefix as first written: each word
// searched for in turn.
func containsWordPrefixRef(lower string, words []string) bool {
	for _, w := range words {
		for off := 0; ; {
			i := strings.Index(lower[off:], w)
			if i < 0 {
				break
			}
			i += off
			if i == 0 || !isLetterByte(lower[i-1]) {
				return true
			}
			off = i + 1
		}
	}
	return false
}

// kindOfRef is kindOf as first written: the earliest of each kind word's
// first whole-word place.
func kindOfRef(lower string) Kind {
	best, at := Kind(""), len(lower)+1
	for _, kw := range kindWords {
		if i := wordIndex(lower, kw.word); i >= 0 && i < at {
			best, at = kw.kind, i
		}
	}
	if best == Killed {
		for _, w := range []string{"or wounded", "and wounded", "or injured", "and injured", "wounded or", "& wounded"} {
			if strings.Contains(lower, w) {
				return Total
			}
		}
	}
	return best
}

// figureWordInputs are lower-case figure items.
var figureWordInputs = []string{
	"", " ", "killed", "11 killed several prisoners", "pows", "pow", "powder", "prisoners of war", "re-captured",
	"recaptured 3", "taken prisoner", "taken prisoners", "xkilled", "killed or wounded", "wounded or killed",
	"500 syrian and russian troops 27 total vehicles", " tanks", "3 tanks destroyed", "€5 million", "5€", "a $",
	"fighter jets", "fighter", "sick", "sickly", "homesick", "1,000 killed, 2,000 wounded", "killedwounded",
	"kia", "kia.", "dead-", "-dead", "deaths: 5", "the dead and the wounded", "missing in action", "mia",
	"\xffkilled", "killed\xff", "kılled", "arrested", "surrendered", "casualties and losses", "escaped",
	"division", "2 divisions", "companies", "group", "wing", "air wing", "batteries", "c", "k", "killed killed",
}

func TestContainsWordPrefixSameAsRef(t *testing.T) {
	lists := [][]string{notCasualties, notLost, notTroops, {"sick"}}
	for _, s := range figureWordInputs {
		for _, l := range lists {
			if got, want := containsWordPrefix(s, l), containsWordPrefixRef(s, l); got != want {
				t.Errorf("containsWordPrefix(%q, %q) = %v, want %v", s, l[0], got, want)
			}
		}
	}
}

func TestKindOfSameAsRef(t *testing.T) {
	for _, s := range figureWordInputs {
		if got, want := kindOf(s), kindOfRef(s); got != want {
			t.Errorf("kindOf(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzFigureWords(f *testing.F) {
	for _, s := range figureWordInputs {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, l := range [][]string{notCasualties, notLost, notTroops, {"sick"}} {
			if got, want := containsWordPrefix(s, l), containsWordPrefixRef(s, l); got != want {
				t.Errorf("containsWordPrefix(%q, %q) = %v, want %v", s, l[0], got, want)
			}
		}
		if got, want := kindOf(s), kindOfRef(s); got != want {
			t.Errorf("kindOf(%q) = %q, want %q", s, got, want)
		}
	})
}

// labelRE and kindThenCapitalRE are what cutLabel and kindThenCapital match.
var (
	labelRE           = regexp.MustCompile(`^([^:0-9][^:]{0,40}|No\. \d+ [A-Za-z]+):\s*`)
	kindThenCapitalRE = regexp.MustCompile(`\b(?:killed|dead|wounded|injured|captured|missing|prisoners)\s+(?:[A-Z][a-z]+|\d)`)
)

// figureItemInputs are figure items with labels and run-on kinds.
var figureItemInputs = []string{
	"", ":", "a:", "Total:", "Total: 1,300+ killed:", "Israel: 5 killed", "Syrian claim:\t\n\f\r\v x", "1: x", "1st Division: 5",
	"No. 2 Column: 5 killed", "No. 2 Columnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnn: x", "No. 22222222222222222222222222222222222222222 C: x",
	"No. 2  Column" + strings.Repeat("n", 40) + ": x", "No. 2 Column1" + strings.Repeat("n", 40) + ": x", "No.  2 C" + strings.Repeat("n", 40) + ":",
	strings.Repeat("a", 41) + ":", strings.Repeat("a", 42) + ":", strings.Repeat("é", 41) + ":", strings.Repeat("é", 42) + ":",
	strings.Repeat("\xff", 41) + ":", strings.Repeat("\xff", 42) + ":", "\n:", "١: x", "é: x", "::", "a::",
	"11 killed Several prisoners", "killed Several", "xkilled Several", "_killed Several", "ékilled Several", "killed  A",
	"killed\tAb", "killed Ab", "killed 1", "killed", "killed ", "killed\vAb", "dead Ab wounded 3", "killedAb", "4 dead, 5 Missing Ab",
	"prisoners 12", "captured Éa", "missing Aé", "killed wounded Ab",
}

func TestCutLabelSameAsRegexp(t *testing.T) {
	for _, s := range figureItemInputs {
		checkCutLabel(t, s)
	}
}

func TestKindThenCapitalSameAsRegexp(t *testing.T) {
	for _, s := range figureItemInputs {
		checkKindThenCapital(t, s)
	}
}

func checkCutLabel(t *testing.T, s string) {
	t.Helper()
	l, n, ok := cutLabel(s)
	m := labelRE.FindStringSubmatch(s)
	if ok != (m != nil) || ok && (l != m[1] || n != len(m[0])) {
		t.Errorf("cutLabel(%q) = %q, %d, %v, want %q", s, l, n, ok, m)
	}
}

func checkKindThenCapital(t *testing.T, s string) {
	t.Helper()
	start, end := kindThenCapital(s)
	m := kindThenCapitalRE.FindStringIndex(s)
	if m == nil && start != -1 || m != nil && (start != m[0] || end != m[1]) {
		t.Errorf("kindThenCapital(%q) = %d, %d, want %v", s, start, end, m)
	}
}

func FuzzFigureItemRegexps(f *testing.F) {
	for _, s := range figureItemInputs {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkCutLabel(t, s)
		checkKindThenCapital(t, s)
	})
}

// figureItemsRef is figureItems as first written: each step over the list
// of all items.
func figureItemsRef(value string, open bool) []string {
	value = stripCitations(value)
	for _, sep := range []string{"<hr>", "<br>", "----", "|", ";"} {
		value = strings.ReplaceAll(value, sep, ", ")
	}
	if open {
		value = openFigureParens(value)
	} else {
		value = dropParens(value)
	}
	var items []string
	for _, part := range strings.Split(value, ", ") {
		// Full stops, but not "c. 250,000".
		var sents []string
		for _, sent := range strings.Split(part, ". ") {
			if n := len(sents); n > 0 && circaRE.MatchString(sents[n-1]) {
				sents[n-1] += ". " + sent
				continue
			}
			sents = append(sents, sent)
		}
		for _, sent := range sents {
			// splitAndBeforeNumber
			s := sent
			for {
				i := strings.Index(s, " and ")
				if i < 0 {
					break
				}
				right := strings.ToLower(strings.TrimSpace(s[i+5:]))
				first := right
				if j := strings.IndexByte(right, ' '); j >= 0 {
					first = right[:j]
				}
				second := ""
				if f := strings.Fields(right); len(f) > 1 {
					second = f[1]
				}
				if first != "" && (first[0] >= '0' && first[0] <= '9' || vagueQuantities[first] || wordNumbers[first] > 0 || approximators[first] && second != "" && second[0] >= '0' && second[0] <= '9') {
					items = append(items, s[:i])
					s = s[i+5:]
					continue
				}
				break
			}
			items = append(items, s)
		}
	}
	var runOn []string // splitAfterKind
	for _, it := range items {
		for mayRunOnRef(it) {
			m := kindThenCapitalRE.FindStringIndex(it)
			if m == nil {
				break
			}
			cut := m[1] - 1
			for cut > m[0] && it[cut-1] != ' ' {
				cut--
			}
			runOn = append(runOn, it[:cut])
			it = it[cut:]
		}
		runOn = append(runOn, it)
	}
	var out []string
	for _, it := range runOn {
		it = strings.TrimSpace(strings.Trim(strings.TrimSpace(it), ",."))
		if it != "" {
			out = append(out, it)
		}
	}
	return out
}

// figureFields are Casualties and Strength values.
var figureFields = []string{
	"", ", ", "None", "11 killed Several prisoners[1]", "84 killed and several captured", "security forces members and civilians wounded",
	"1,000 killed and 2,000 wounded. 300 captured; 5 missing<br>Total: 1,305", "Several killed and Dozens wounded and one hundred captured",
	"3 killed and İİ captured", "3 killed and  \u00a0 12 wounded", "killed and", "and 5", " and 5 and 6", "6,854 killed, 12 (est.) wounded",
	"500 syrian and russian troops 27 total vehicles", "2 killed 3 wounded Many captured", "killed Ab dead 1 wounded Cd.", "..., ,.",
	"4 tanks | 2 APCs ---- 3 guns", "Kelvin and \u212Aelvin", "x and \xff", "5 killed and\tseveral wounded",
	"23,049 total, (3,155 killed, 14,529 wounded)", "7,000 (mostly killed) and about 1,500 prisoners (executed)",
	"183,000 troops rising to c. 250,000", "c. 5. c. 6", "est. 5, approx. 6 and about", "(5 killed (x) and", "a (b [c) d] e",
}

func TestFigureItemsSameAsRef(t *testing.T) {
	for _, s := range append(figureFields, figureItemInputs...) {
		if got, want := appendFigureItems(nil, s, true), figureItemsRef(s, true); !slices.Equal(got, want) {
			t.Errorf("appendFigureItems(nil, %q) = %q, want %q", s, got, want)
		}
		if got, want := appendFigureItems(nil, s, false), figureItemsRef(s, false); !slices.Equal(got, want) {
			t.Errorf("appendFigureItems(nil, %q, false) = %q, want %q", s, got, want)
		}
	}
}

// circaRE matches a part that ends in "c", "ca", "approx" or "est" as a
// word: the full stop after it is no item's end.
var circaRE = regexp.MustCompile(`(?:^|[^A-Za-z])(?:c|ca|approx|est)$`)

func FuzzFigureItems(f *testing.F) {
	for _, s := range figureFields {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := appendFigureItems(nil, s, true), figureItemsRef(s, true); !slices.Equal(got, want) {
			t.Errorf("appendFigureItems(nil, %q) = %q, want %q", s, got, want)
		}
		if got, want := mayRunOn(s), mayRunOnRef(s); got != want {
			t.Errorf("mayRunOn(%q) = %v, want %v", s, got, want)
		}
	})
}

// mayRunOnRef is mayRunOn as first written: each kind word and a space
// searched for in turn.
func mayRunOnRef(it string) bool {
	for _, w := range []string{"killed ", "dead ", "wounded ", "injured ", "captured ", "missing ", "prisoners "} {
		if strings.Contains(it, w) {
			return true
		}
	}
	return false
}

func TestMayRunOnSameAsRef(t *testing.T) {
	for _, s := range append(append([]string{"killed", "killed ", " killed ", "xkilled y", "dead  x", "dead\tx", "prisoner x", "prisoners", "prisoners x", "  ", "wounded\xff ", "\xffmissing "}, figureFields...), figureItemInputs...) {
		if got, want := mayRunOn(s), mayRunOnRef(s); got != want {
			t.Errorf("mayRunOn(%q) = %v, want %v", s, got, want)
		}
	}
}
