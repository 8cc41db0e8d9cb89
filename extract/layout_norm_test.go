package extract

import (
	"strings"
	"testing"
)

// layoutNormCases are infobox lines whose keys splitLayoutNorms must give
// the normKey of, as each field had before.
var layoutNormCases = []string{
	"Conflict: | Battle of X |\nDate: | 1944 |\nCommander2: | A |\nMap Type: | b |\nplace: | c |\n\nProse.",
	" Battle Name : | x |\nÉtat Major: | y |\nKELVIN \u212a: | z |\nbad \xff key: | w |\n\u00a0Map\u00a0Relief\u00a0: | v |",
	"a: | b |", "A B  C: | d |\nx_y: | e |", "İSTANBUL: | f |\nTHE Key: | g |", "",
	"ǅungla Ǆ: | x |\nGroß: | y |\nplain: | z |\nUPPER: | w |",
}

func checkLayoutNorms(t *testing.T, s string) {
	t.Helper()
	for _, f := range splitLayout(s).fields {
		if want := normKey(f.key); f.norm != want {
			t.Fatalf("norm of %q = %q, want %q", f.key, f.norm, want)
		}
	}
}

func TestSplitLayoutNorms(t *testing.T) {
	for _, s := range layoutNormCases {
		checkLayoutNorms(t, s)
	}
	doc := splitLayout(layoutNormCases[0])
	got := []string{}
	for _, f := range doc.fields {
		got = append(got, f.norm)
	}
	if want := "conflict date commander2 map_type place"; strings.Join(got, " ") != want {
		t.Errorf("norms = %q, want %q", got, want)
	}
}

func FuzzSplitLayoutNorms(f *testing.F) {
	for _, s := range layoutNormCases {
		f.Add(s)
	}
	f.Fuzz(checkLayoutNorms)
}
