package extract

import (
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
