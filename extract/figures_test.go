package extract

import (
	"regexp"
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
