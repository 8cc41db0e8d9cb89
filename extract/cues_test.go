package extract

import (
	"strings"
	"testing"
)

// oldCueKind is cueKind as it was, by switch: the reference the faster
// one is checked against.
func oldCueKind(w string) cueSet {
	switch w {
	case "killed", "slain", "executed", "shot", "beheaded", "assassinated", "wounded", "injured", "captured",
		"taken", "death", "dead", "including":
		return cueDeath
	case "member", "deserter", "fighter", "founder", "co-founder", "co-founded", "deputy", "second-in-command",
		"leader", "head", "emir", "chief", "commander":
		return cueOrgRole
	case "known", "called", "codenamed", "code-named", "referred", "guerre", "spelling", "nicknamed":
		return cueAlias
	case "between":
		return cueBetween
	case "against":
		return cueAgainst
	case "fought":
		return cueFought
	case "part", "during", "engagement", "phase", "battle", "encounter", "campaign":
		return cuePart
	}
	return 0
}

func TestCueKind(t *testing.T) {
	tests := []string{"", "k", "killed", "Killed", "killedx", "kille", "second-in-command", "second-in-commands",
		"co-founded", "co-founder", "code-named", "commander", "codenamed", "campaign", "captured", "the", "a",
		"during", "deputy", "\xff", "\x80known", strings.Repeat("s", 31), strings.Repeat("s", 32), "\u00e9mir"}
	for w := range cueWords {
		tests = append(tests, w, w[1:], w[:len(w)-1], w+"s")
	}
	for _, w := range tests {
		if got, want := cueKind(w), oldCueKind(w); got != want {
			t.Errorf("cueKind(%q): got %v, want %v", w, got, want)
		}
	}
}

func FuzzCueKind(f *testing.F) {
	for _, w := range []string{"killed", "during", "the", "second-in-command", ""} {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		if got, want := cueKind(w), oldCueKind(w); got != want {
			t.Errorf("cueKind(%q): got %v, want %v", w, got, want)
		}
	})
}
