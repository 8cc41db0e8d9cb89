package extract

import (
	"strings"
	"testing"
	"unicode/utf8"
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

// plainNameRef is plainName as it was written first, in three passes.
func plainNameRef(s string) bool {
	if s == "" || !utf8.ValidString(s) {
		return false
	}
	f, l := s[0], s[len(s)-1]
	ok := func(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' }
	return ok(f) && (ok(l) || l == '.' && len(s) > 2) && !strings.Contains(s, "  ") && !strings.ContainsAny(s, "\t\n\r")
}

func checkPlainName(t *testing.T, s string) {
	t.Helper()
	if got, want := plainName(s), plainNameRef(s); got != want {
		t.Errorf("plainName(%q) = %v, want %v", s, got, want)
	}
	if got, want := cleanName(s), cleanNameRef(s); got != want {
		t.Errorf("cleanName(%q) = %q, want %q", s, got, want)
	}
}

// cleanNameRef is cleanName with plainNameRef.
func cleanNameRef(s string) string {
	if plainNameRef(s) {
		return s
	}
	return cleanName(s)
}

func TestPlainNameSameAsRef(t *testing.T) {
	for _, s := range append(append(keyInputs, nameInputs...), "A.", "AB.", "A  B", "A \tB", "A\u00a0B", "Ab\xffc", "A\xff", "Abc.", "a.b.", "1", "x y", "x  ", " x", "\"X\"", "X)", "É", "AÉ", "A\nB", "A\rB") {
		checkPlainName(t, s)
	}
}

func FuzzPlainName(f *testing.F) {
	for _, s := range keyInputs {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkPlainName(t, s)
		checkPlainName(t, "A"+s+"z")
	})
}

func BenchmarkPlainName(b *testing.B) {
	names := append(append([]string{}, benchNames...), "Mali, 2012", "(French Army)", "Ansar Dine[1]",
		"11 killed Several prisoners[1] and 4 wounded, according to the French armed forces")
	for _, bm := range []struct {
		name string
		f    func(string) bool
	}{{"ref", plainNameRef}, {"new", plainName}} {
		b.Run(bm.name, func(b *testing.B) {
			for b.Loop() {
				for _, s := range names {
					bm.f(s)
				}
			}
		})
	}
}

// benchNames are names as the extractor meets them: mostly capitalised
// ASCII, some with letters outside ASCII.
var benchNames = []string{
	"Mali", "Battle of Elakla", "Ansar Dine", "MNLA", "Iyad Ag Ghaly", "French Army", "the Malian Army",
	"al-qaeda", "Operation Serval", "Kidal", "United States", "Tuareg", "Gao", "Bamako", "Timbuktu",
	"Movement for Oneness and Jihad in West Africa", "Al-Qaeda in the Islamic Maghreb", "Jesús María",
}
