package extract

import (
	"strings"
	"testing"
)

// oldAliasSpan is aliasSpan as it was, searching the whole rest for every
// stop: the reference for the one that searches only up to the nearest.
func oldAliasSpan(rest string) int {
	end := len(rest)
	for _, stop := range aliasStops {
		if i := strings.Index(rest, stop); i >= 0 && i < end {
			end = i
		}
	}
	if i := strings.Index(rest[:end], " and "); i >= 0 {
		after := rest[i+5:]
		if after != "" && !startsName(after) {
			end = i
		}
	}
	return end
}

// oldClauseEnd is clauseEnd as it was.
func oldClauseEnd(st *readSentence, at int) int {
	rest := st.s.clean[at:]
	end := len(rest)
	for _, stop := range []string{";", ". ", " which ", " who ", " after ", " when ", " while ", " before ", " until ", " where ", " but ", " – ", " — "} {
		if i := strings.Index(rest, stop); i >= 0 && i < end {
			end = i
		}
	}
	return at + end
}

// oldHasAliasCue looks for every alias cue.
func oldHasAliasCue(lower string) bool {
	for _, cue := range aliasCues {
		if strings.Contains(lower, cue) {
			return true
		}
	}
	return false
}

// checkCueScans compares aliasSpan and clauseEnd with the old ones on s
// and every tail of it, and checks that mayHoldAliasCue finds every cue.
func checkCueScans(t *testing.T, s string) {
	t.Helper()
	if oldHasAliasCue(asciiLower(s)) && !mayHoldAliasCue(asciiLower(s)) {
		t.Errorf("mayHoldAliasCue(%q): got false, want true", s)
	}
	st := &readSentence{s: sentence{clean: s}}
	for at := 0; at <= len(s); at++ {
		if got, want := aliasSpan(s[at:]), oldAliasSpan(s[at:]); got != want {
			t.Errorf("aliasSpan(%q): got %d, want %d", s[at:], got, want)
		}
		if got, want := st.clauseEnd(at), oldClauseEnd(st, at); got != want {
			t.Errorf("clauseEnd(%q, %d): got %d, want %d", s, at, got, want)
		}
	}
}

func TestCueScans(t *testing.T) {
	tests := []struct {
		name string
		in   string
	}{
		{"empty", ""},
		{"no stop", "Abou Iyadh"},
		{"comma first", "Abou Iyadh, who was, which"},
		{"stop across another", "Abou Iyadh whic, which is"},
		{"overlapping stops", "X wh which who  was  is ( by for"},
		{"stop at end", "Abou Iyadh who"},
		{"and lower", "Abou Iyadh and leader of the group"},
		{"and name", "Abou Iyadh and Abu Ayyad; the rest"},
		{"dashes", "fought – then — after when"},
		{"split dash", "fought \xe2\x80 \xe2\x80\x93 x"},
		{"clause", "He was killed in the battle. Then; while"},
		{"cues", "It is also known as the Battle of X, formerly called Y or nicknamed Z."},
		{"cue parts", "known a called named referred to a nom de guerr spelling:"},
		{"every cue", strings.Join(aliasCues, "|")},
		{"invalid", "\xff\xfe known as \xff which \xff"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkCueScans(t, tt.in) })
	}
	for _, cue := range aliasCues {
		checkCueScans(t, cue)
		checkCueScans(t, cue[:len(cue)-1])
	}
}

func FuzzCueScans(f *testing.F) {
	f.Add("Abou Iyadh, who was, which")
	f.Add("It is also known as the Battle of X, formerly called Y or nicknamed Z.")
	f.Add("fought – then — after when; and so")
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 300 {
			s = s[:300] // every tail is checked
		}
		checkCueScans(t, s)
	})
}

// BenchmarkCueScans runs the alias cue scan of aliasRanges, and clauseEnd
// at every word, over the corpus sentences, the old way and the new.
func BenchmarkCueScans(b *testing.B) {
	sents := corpusSentences(b)
	scan := func(hasCue func(string) bool, span func(string) int, clauseEnd func(*readSentence, int) int) {
		for i := range sents {
			st := &sents[i]
			if hasCue(st.lower) {
				for _, cue := range aliasCues {
					off := 0
					for {
						i := strings.Index(st.lower[off:], cue)
						if i < 0 {
							break
						}
						off += i + len(cue)
						span(st.s.clean[off:])
					}
				}
			}
			for _, t := range st.toks {
				clauseEnd(st, t.start)
			}
		}
	}
	b.Run("old", func(b *testing.B) {
		for b.Loop() {
			scan(func(string) bool { return true }, oldAliasSpan, oldClauseEnd)
		}
	})
	b.Run("new", func(b *testing.B) {
		for b.Loop() {
			scan(mayHoldAliasCue, aliasSpan, (*readSentence).clauseEnd)
		}
	})
}
