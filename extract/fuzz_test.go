package extract

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// addSeeds adds every bundled article and, when it is beside the
// repository, every corpus article as a fuzz seed.
func addSeeds(f *testing.F) {
	paths, _ := filepath.Glob("../testdata/articles/*.txt")
	more, _ := filepath.Glob("../../shared/corpus/*.txt")
	bad, _ := filepath.Glob("../testdata/bad/*.txt")
	for _, p := range append(append(paths, more...), bad...) {
		src, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(src)
	}
}

// FuzzInfobox feeds infobox values of every kind the reader knows: any
// bytes must read without a panic, and every fact must name entities of
// the article.
func FuzzInfobox(f *testing.F) {
	for _, v := range []string{"Djamel Okacha Seifallah Ben Hassine", "11 killed Several prisoners[1]", "Col. Ag Moussa25px Iyad Ag Ghaly", "(Union)", "25 November 20011 December 2001, ()", "Total:, 1,000", "Lt. Gen. X, (Operations chief commander), Capt. Y, Z Movement commander, until 28 January)"} {
		f.Add(v)
	}
	keys := []string{"Date", "Place", "Partof", "Result", "Combatant1", "Combatant2", "Commander1", "Commander2", "Units1", "Strength1", "Casualties1", "Casualties3", "Target", "Perpetrators", "Fatalities"}
	f.Fuzz(func(t *testing.T, value string) {
		src := "Conflict: | Battle of Fuzz |\n"
		for _, k := range keys {
			src += k + ": | " + value + " |\n"
		}
		src += "The Battle of Fuzz was fought between " + value + " and " + value + ".\n"
		a, err := Parse("fuzz.txt", []byte(src))
		if errors.Is(err, ErrInternal) {
			t.Fatal(err)
		}
		checkArticle(t, a)
	})
}

// FuzzParse feeds whole articles.
func FuzzParse(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, src []byte) {
		a, err := Parse("fuzz.txt", src)
		if errors.Is(err, ErrInternal) {
			t.Fatal(err)
		}
		if a == nil && err == nil {
			t.Fatal("no article and no error")
		}
		checkArticle(t, a)
	})
}

func checkArticle(t *testing.T, a *Article) {
	t.Helper()
	if a == nil {
		return
	}
	if a.Entity(a.Subject) == nil {
		t.Fatalf("subject %q is no entity", a.Subject)
	}
	for _, r := range a.Relations {
		if a.Entity(r.Subject) == nil || a.Entity(r.Object) == nil {
			t.Fatalf("relation %+v names a missing entity", r)
		}
	}
	for _, at := range a.Attributes {
		if a.Entity(at.Subject) == nil {
			t.Fatalf("attribute %+v names a missing entity", at)
		}
	}
	for _, fg := range a.Figures {
		if a.Entity(fg.Event) == nil {
			t.Fatalf("figure %+v names a missing event", fg)
		}
	}
}
