package extract

import (
	"strings"
	"testing"
)

// oldMidSentenceCaps is midSentenceCaps as it was, holding every
// capitalised word met inside a sentence: the reference for the words
// the new one is asked about.
func oldMidSentenceCaps(sents []readSentence) map[string]bool {
	caps := map[string]bool{}
	for i := range sents {
		st := &sents[i]
		for i, t := range st.toks {
			if i > st.first && t.cap && t.word {
				caps[t.lower] = true
			}
		}
	}
	return caps
}

// readSentences tokenizes each line of text as a sentence.
func readSentences(text string) []readSentence {
	var sents []readSentence
	for _, line := range strings.Split(text, "\n") {
		toks := tokenize(line)
		sents = append(sents, readSentence{toks: toks, first: firstNonStopword(toks)})
	}
	return sents
}

// checkMidSentenceCaps compares the old and new midSentenceCaps on the
// words they are asked about: each sentence's first word.
func checkMidSentenceCaps(t *testing.T, text string) {
	t.Helper()
	sents := readSentences(text)
	got, want := midSentenceCaps(sents), oldMidSentenceCaps(sents)
	for _, st := range sents {
		if st.first >= len(st.toks) {
			continue
		}
		w := st.toks[st.first].lower
		if got[w] != want[w] {
			t.Errorf("midSentenceCaps(%q)[%q]: got %v, want %v", text, w, got[w], want[w])
		}
	}
}

func TestMidSentenceCaps(t *testing.T) {
	tests := []struct {
		name string
		in   string
	}{
		{"empty", ""},
		{"met inside", "Doggedly they fought.\nThey fought Doggedly on."},
		{"not met", "Doggedly they fought.\nThey fought on."},
		{"only first", "The French won.\nFrench troops landed."},
		{"same shape", "Bamako fell.\nThey took Bamuko and Bamako."},
		{"long words", strings.Repeat("x", 70) + " " + strings.Repeat("X", 70) + "\nthe " + strings.Repeat("X", 6) + " saw " + strings.Repeat("X", 70)},
		{"unicode", "İstanbul fell.\nThey took İstanbul.\nÉcija fell to Écija."},
		{"invalid", "\xffabc fell.\nthey saw \xffabc and Abc.\nAbc."},
		{"stopwords only", "The of and.\nThe The."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkMidSentenceCaps(t, tt.in) })
	}
}

func FuzzMidSentenceCaps(f *testing.F) {
	f.Add("Doggedly they fought.\nThey fought Doggedly on.")
	f.Add("The French won.\nFrench troops landed. Mali and MALI")
	f.Fuzz(func(t *testing.T, text string) { checkMidSentenceCaps(t, text) })
}

// corpusSentences reads the sentences of the benchmark articles.
func corpusSentences(b *testing.B) []readSentence {
	var sents []readSentence
	for _, a := range benchArticles(b) {
		for _, p := range splitLayout(string(a)).paras {
			for _, s := range splitSentences(p, false) {
				toks := tokenize(s.clean)
				sents = append(sents, readSentence{s: s, toks: toks, lower: asciiLower(s.clean), first: firstNonStopword(toks)})
			}
		}
	}
	return sents
}

func BenchmarkMidSentenceCaps(b *testing.B) {
	sents := corpusSentences(b)
	b.Run("old", func(b *testing.B) {
		for b.Loop() {
			oldMidSentenceCaps(sents)
		}
	})
	b.Run("new", func(b *testing.B) {
		for b.Loop() {
			midSentenceCaps(sents)
		}
	})
}
