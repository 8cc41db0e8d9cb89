package extract

import (
	"slices"
	"strings"
	"testing"
)

// oldAliasCueRanges is the cue scan of aliasRanges before it searched for
// the anchors only, kept as a reference: each cue searched for in turn.
func oldAliasCueRanges(clean, lower string) [][2]int {
	var out [][2]int
	if !mayHoldAliasCue(lower) {
		return nil
	}
	for _, cue := range aliasCues {
		off := 0
		for {
			i := strings.Index(lower[off:], cue)
			if i < 0 {
				break
			}
			from := off + i + len(cue)
			off = from
			out = append(out, [2]int{from, from + aliasSpan(clean[from:])})
		}
	}
	return out
}

// aliasCueRangeSet sorts ranges and drops repeats: only whether a mention
// lies inside one of them matters.
func aliasCueRangeSet(rs [][2]int) [][2]int {
	rs = slices.Clone(rs)
	slices.SortFunc(rs, func(a, b [2]int) int {
		if a[0] != b[0] {
			return a[0] - b[0]
		}
		return a[1] - b[1]
	})
	return slices.Compact(rs)
}

// checkAliasCueRanges compares the cue ranges of aliasRanges with the old
// scan's on s.
func checkAliasCueRanges(t *testing.T, s string) {
	t.Helper()
	st := &readSentence{s: sentence{clean: s}, lower: asciiLower(s), cues: cueAlias}
	got := aliasCueRangeSet((&extractor{}).aliasRanges(st))
	want := aliasCueRangeSet(oldAliasCueRanges(s, st.lower))
	if !slices.Equal(got, want) {
		t.Errorf("aliasRanges(%q): got %v, want %v", s, got, want)
	}
}

func TestAliasCueAnchors(t *testing.T) {
	n := 0
	for _, cues := range aliasCuesByAnchor {
		n += len(cues)
	}
	if n != len(aliasCues) {
		t.Errorf("aliasCuesByAnchor holds %d cues, want %d", n, len(aliasCues))
	}
	for _, a := range aliasAnchors {
		for k := 1; k < len(a); k++ {
			if strings.HasPrefix(a, a[k:]) {
				t.Errorf("anchor %q overlaps itself", a)
			}
		}
	}
}

func TestAliasCueRanges(t *testing.T) {
	for _, s := range []string{
		"",
		"It is also known as the Battle of X.",
		"The group, known as known as X, also called Y (formerly called Z), was codenamed W.",
		"Abou Iyadh (nom de guerre Abu Ayyad and leader of the group) was code-named K; nicknamed L",
		"alternative spelling: Tobrouk; otherwise known as M, better known as N, referred to as O",
		"KNOWN AS X and Named Y, called z, formerly known as Q who was",
		"named named code-named codenamed nicknamed  also called called ",
		"also known as",
		"known as \xff\xfe İ known as ",
	} {
		checkAliasCueRanges(t, s)
	}
}

func FuzzAliasCueRanges(f *testing.F) {
	for _, s := range []string{"It is also known as X, or nicknamed Y", "formerly called Z (code-named W)", "nom de guerre A; alternative spelling: B"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkAliasCueRanges(t, s)
	})
}

// BenchmarkAliasCueRanges runs the cue scan of aliasRanges over the corpus
// sentences, the old way and the new.
func BenchmarkAliasCueRanges(b *testing.B) {
	sents := corpusSentences(b)
	b.Run("old", func(b *testing.B) {
		for b.Loop() {
			for i := range sents {
				oldAliasCueRanges(sents[i].s.clean, sents[i].lower)
			}
		}
	})
	b.Run("new", func(b *testing.B) {
		for b.Loop() {
			for i := range sents {
				st := sents[i]
				st.aliasDone, st.aliasRanges, st.cues = false, nil, cueAlias
				(&extractor{}).aliasRanges(&st)
			}
		}
	})
}
