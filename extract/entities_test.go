package extract

import (
	"strings"
	"testing"
)

// keyInputs are names whose keys are tricky: white space of every kind,
// "the", capitals, backquotes, letters outside ASCII and invalid bytes.
var keyInputs = []string{
	"", " ", "the", "the ", "The ", "THE  X", " the x", "the\tx", "the\vx", "thex", "The Hague", "the hague",
	"U.S.", "  United   States ", "United\tStates\n", "x\r\ny", "a\vb", "a\fb", "`Ali", "Ali`", "Émile",
	"İstanbul", "\xff", "the \xff", "Ǆ", "Ølen", "Straße", "naïve", "e\u0301", "x\u00a0y", "x\u2003y",
	"x\u0085y", "Kelvin \u212A", "‘Ali’", "a–b", "THE\u00a0X",
}

func TestAppendKey(t *testing.T) {
	for _, s := range append(keyInputs, nameInputs...) {
		var buf [4]byte
		if got, want := string(appendKey(buf[:0], s)), Key(s); got != want {
			t.Errorf("appendKey(%q) = %q, want %q", s, got, want)
		}
		if got, want := string(appendKey([]byte("x"), s)), "x"+Key(s); got != want {
			t.Errorf("appendKey(\"x\", %q) = %q, want %q", s, got, want)
		}
	}
}

// extendLowerRef is extendLower as it was written first, with a key made
// for every word it tries.
func extendLowerRef(toks []token, m *mention, clean string) {
	j := m.to
	if j < len(toks) && toks[j].word && !toks[j].cap && (lowerPolityHeads[toks[j].lower] || equipmentNouns[toks[j].lower] && m.to-m.from == 1 && !isDesignation(m.text)) {
		m.to = j + 1
		m.end = toks[j].end
		m.text = strings.TrimSpace(clean[m.start:m.end])
		return
	}
	for k := j; k < len(toks) && k < j+4; k++ {
		t := toks[k]
		if !t.word || t.cap || t.num {
			break
		}
		lw := t.lower
		if stopwords[lw] || nameConnectors[lw] || strings.HasSuffix(lw, "ed") && !lowerEventHeads[lw] {
			break // "the Army of the Potomac defeated attacks"
		}
		if _, isCountry := countryByKey[Key(m.text)]; isCountry && !isDemonymText(m.text) {
			break // "U.S. attacks"
		}
		if lowerEventHeads[lw] && (k > j || !isDemonymText(m.text) || lw == "war" && k > j) {
			// "French intervention" is no name, "Syrian civil war" is.
			if k == j && isDemonymText(m.text) {
				break
			}
			m.to = k + 1
			m.end = t.end
			m.text = strings.TrimSpace(clean[m.start:m.end])
			return
		}
	}
	if j < len(toks) && toks[j].word && lowerPlaceHeads[toks[j].lower] && !isDemonymText(m.text) {
		m.to = j + 1
		m.end = toks[j].end
		m.text = strings.TrimSpace(clean[m.start:m.end])
	}
}

// checkExtendLower extends every mention of one to three tokens that
// starts at a capital, with extendLower and with the reference.
func checkExtendLower(t *testing.T, s string) {
	t.Helper()
	toks := tokenize(s)
	for i := range toks {
		for j := i + 1; j <= len(toks) && j <= i+3; j++ {
			m := mention{text: strings.TrimSpace(s[toks[i].start:toks[j-1].end]), from: i, to: j, start: toks[i].start, end: toks[j-1].end}
			got, want := m, m
			extendLower(toks, &got, s)
			extendLowerRef(toks, &want, s)
			if got != want {
				t.Errorf("extendLower(%q) on %q = %+v, want %+v", m.text, s, got, want)
			}
		}
	}
}

var extendInputs = []string{
	"U.S. attacks on the town", "the Syrian civil war began", "the French intervention ended",
	"the Northern Mali conflict and the 1997 Japanese embassy hostage crisis", "Radisson Blu hotel",
	"the Habsburg monarchy fell", "MQ-9 drone strikes", "Mali attacks", "the Army of the Potomac defeated attacks",
	"United States war", "British war", "France army coup", "The United Kingdom   raid", "Iraq\tinsurgency",
	"Émile Zola war", "Straße campaign", "The\xff war", "US Embassy",
}

func TestExtendLowerSameAsRef(t *testing.T) {
	for _, s := range extendInputs {
		checkExtendLower(t, s)
	}
}

func FuzzKeys(f *testing.F) {
	for _, s := range append(keyInputs, extendInputs...) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var buf [8]byte
		if got, want := string(appendKey(buf[:0], s)), Key(s); got != want {
			t.Errorf("appendKey(%q) = %q, want %q", s, got, want)
		}
		checkExtendLower(t, s)
	})
}
