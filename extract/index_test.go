package extract

import (
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// nameInputs are names and labels for the name machinery: particles in
// any case, hyphens, commas, years, polities, white space of every kind,
// letters outside ASCII and invalid bytes.
var nameInputs = []string{
	"", " ", "a", "Al-Qaeda in the Islamic Maghreb", "AQIM", "Turkish-backed Free Syrian Army",
	"James, 2nd Earl of Douglas", "Archibald Douglas, 3rd Earl of Douglas", "Suleiman I", "Guy of Lusignan",
	"Henry V of England", "Supreme Court of Colombia", "2017–2019 Deir ez-Zor campaign", "1944 Warsaw Uprising",
	"Territory of Alaska", "Kingdom of Hungary", "Habsburg Empire", "Ottoman empire", "Jean de Dieu Soult",
	"Jean DE Dieu", "Ibn Saud", "IBN SAUD", "van der Berg", "al- Assad", "AL- X", "Della Rovere", "DELLA",
	"Ottoman  Empire", " Ottoman Empire ", "Ottoman\tEmpire", "Ottoman\vEmpire", "Ottoman\u00a0Empire",
	"Ottoman\u2003Empire", "Ottoman\u0085Empire", "Émile Zola", "Élysée Treaty", "ÉTAT", "İbrahim Paşa",
	"\u212Aing of Kent", "Σωκράτης Of Athens", "Ǆemal Bijedić", "ǅ", "\xff", "Al-\xffQaeda", "x\xffy z",
	"\xe2\x80", "a-b-c-d", "-", "--", "a--b", "The Hague", "the Hague", "THE ", "U.S.", "M.N.L.A.",
	"Force \"B\"", "Luis Otero Cifuentes", "Moussa Ag", "Ag Moussa", "de la Rey", "Ñandú Front",
	"Liberation Tigers of Tamil Eelam", "People's Liberation Army of Namibia", "Army of the Potomac",
	"a b c d e f g h i j k l m", "Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa Bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb",
	"ĲSSEL Ĳ", "ǈubljana Front", "1st Division", "II Corps", "x, y", ",", "a,", ", b",
}

// initialsOfRef is initialsOf as it was written first, with a lower-case
// copy per word; appendInitials must give the same acronyms.
func initialsOfRef(name string) []string {
	var abuf, bbuf [32]byte
	a, b := abuf[:0], bbuf[:0]
	for w := range strings.FieldsSeq(name) {
		if isParticleRef(w) {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			a = utf8.AppendRune(a, unicode.ToUpper(r))
		}
		pi := 0
		for part := range strings.SplitSeq(w, "-") {
			r, _ := utf8.DecodeRuneInString(part)
			if unicode.IsUpper(r) || pi == 0 && !particles[part] {
				b = utf8.AppendRune(b, unicode.ToUpper(r))
			}
			pi++
		}
	}
	if string(a) == string(b) {
		return []string{string(a)}
	}
	return []string{string(a), string(b)}
}

func isParticleRef(w string) bool { return particles[strings.ToLower(w)] }

// addRef is nameIndex.add as it was written first, with strings.Fields
// and a list allocated for every new entry.
func (ix *nameIndex) addRef(e *Entity, label, k string) {
	ws := strings.Fields(k)
	if len(ws) == 0 {
		return
	}
	base, title := label, ""
	if i := strings.Index(base, ","); i > 0 {
		base, title = base[:i], strings.TrimSpace(base[i+1:])
	}
	bw := ws
	if title != "" {
		bw = strings.Fields(Key(base))
	}
	if len(bw) >= 2 {
		of := false
		for _, w := range bw[1:] {
			of = of || w == "of"
		}
		if !of && !patronymics[bw[len(bw)-2]] {
			last := bw[len(bw)-1]
			ix.lastWord[last] = appendOnceRef(ix.lastWord[last], e)
		}
		if isRegnal(bw[1:2]) || of {
			ix.regnal[bw[0]] = appendOnceRef(ix.regnal[bw[0]], e)
		}
	}
	for _, w := range bw {
		if !particles[w] {
			ix.personWord[w] = appendOnceRef(ix.personWord[w], e)
		}
	}
	if title != "" {
		t := Key(stripOrdinal(title))
		ix.title[t] = appendOnceRef(ix.title[t], e)
		if len(bw) == 1 && isPeerByName(title) {
			last := Key(strings.Fields(title)[1])
			ix.lastWord[last] = appendOnceRef(ix.lastWord[last], e)
		}
	}
	if i := strings.Index(k, " of "); i > 0 && len(strings.Fields(k[:i])) >= 2 {
		ix.beforeOf[k[:i]] = appendOnceRef(ix.beforeOf[k[:i]], e)
	}
	if len(ws) >= 2 && isYear(ws[0]) {
		rest := strings.Join(ws[1:], " ")
		ix.yearless[rest] = appendOnceRef(ix.yearless[rest], e)
	}
	if len(ws) >= 3 && ws[1] == "of" && (polityHeads[ws[0]] && isCountryKey(strings.Join(ws[2:], " ")) || ws[0] == "territory") {
		rest := strings.Join(ws[2:], " ")
		ix.polityOf[rest] = appendOnceRef(ix.polityOf[rest], e)
	}
	if len(ws) == 2 && polityTails[ws[1]] {
		ix.polityFirst[ws[0]] = appendOnceRef(ix.polityFirst[ws[0]], e)
	}
	if !isAcronym(label) && len(ws) >= 2 && e.Type != Person {
		for _, a := range initialsOfRef(label) {
			ix.initials[a] = appendOnceRef(ix.initials[a], e)
		}
	}
}

func appendOnceRef(es []*Entity, e *Entity) []*Entity {
	for _, o := range es {
		if o == e {
			return es
		}
	}
	return append(es, e)
}

// checkInitials compares appendInitials, and what is built on it, with
// the reference for one name.
func checkInitials(t *testing.T, name string) {
	t.Helper()
	want := initialsOfRef(name)
	a, b := appendInitials(nil, nil, name)
	got := []string{string(a)}
	if string(a) != string(b) {
		got = append(got, string(b))
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("appendInitials(%q) = %q, want %q", name, got, want)
	}
	for _, acr := range append(want, "AQ", "A.Q.I.M.", "x") {
		a := strings.ToUpper(strings.ReplaceAll(acr, ".", ""))
		wantMatch := len(a) >= 2 && (a == want[0] || len(want) == 2 && a == want[1])
		if got := matchesInitials(acr, name); got != wantMatch {
			t.Errorf("matchesInitials(%q, %q) = %v, want %v", acr, name, got, wantMatch)
		}
	}
	for w := range strings.FieldsSeq(name) {
		if got, want := isParticle(w), isParticleRef(w); got != want {
			t.Errorf("isParticle(%q) = %v, want %v", w, got, want)
		}
		var buf [4]byte
		if got, want := string(appendLower(buf[:0], w)), strings.ToLower(w); got != want {
			t.Errorf("appendLower(%q) = %q, want %q", w, got, want)
		}
	}
}

// checkIndex adds the same entities to a nameIndex with add and with
// addRef, and compares every map.
func checkIndex(t *testing.T, labels []string) {
	t.Helper()
	got, want := newNameIndex(), newNameIndex()
	for round := 0; round < 2; round++ { // the second round reuses cleared maps and slab
		got.clear()
		want.clear()
		for i, label := range labels {
			for _, typ := range []Type{Person, Organization} {
				e := &Entity{Key: Key(label), Label: label, Type: typ}
				got.add(e, label, e.Key)
				want.addRef(e, label, e.Key)
				if i%2 == 0 { // again, and under a label of another entity
					got.add(e, label, e.Key)
					want.addRef(e, label, e.Key)
				}
			}
		}
		g := []map[string][]*Entity{got.lastWord, got.regnal, got.personWord, got.title, got.beforeOf, got.yearless, got.polityOf, got.polityFirst, got.initials}
		w := []map[string][]*Entity{want.lastWord, want.regnal, want.personWord, want.title, want.beforeOf, want.yearless, want.polityOf, want.polityFirst, want.initials}
		for i := range g {
			if !reflect.DeepEqual(g[i], w[i]) {
				t.Errorf("index map %d for %q: got %v, want %v", i, labels, g[i], w[i])
			}
		}
	}
}

func TestInitialsSameAsRef(t *testing.T) {
	for _, name := range nameInputs {
		checkInitials(t, name)
	}
}

func TestNameIndexSameAsRef(t *testing.T) {
	checkIndex(t, nameInputs)
	for _, name := range nameInputs {
		checkIndex(t, []string{name, strings.ToUpper(name), name + " of Alaska"})
	}
}

func TestAppendFields(t *testing.T) {
	for _, s := range nameInputs {
		var buf [2]string
		if got, want := appendFields(buf[:0], s), strings.Fields(s); !reflect.DeepEqual(got, want) && len(want) > 0 {
			t.Errorf("appendFields(%q) = %q, want %q", s, got, want)
		}
		if got, want := hasTwoWords(s), len(strings.Fields(s)) >= 2; got != want {
			t.Errorf("hasTwoWords(%q) = %v, want %v", s, got, want)
		}
	}
}

func FuzzNameIndex(f *testing.F) {
	for _, s := range nameInputs {
		f.Add(s, "Battle of "+s)
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		checkInitials(t, a)
		checkIndex(t, []string{a, b, a + ", " + b, b + " of " + a})
	})
}

// checkFirstField holds firstField's word to strings.Fields(s)[0], or ""
// when s has none.
func checkFirstField(t *testing.T, s string) {
	t.Helper()
	want := ""
	if ws := strings.Fields(s); len(ws) > 0 {
		want = ws[0]
	}
	if got, _ := firstField(s); got != want {
		t.Errorf("firstField(%q) = %q, want %q", s, got, want)
	}
}

func checkAppendLoose(t *testing.T, k string) {
	t.Helper()
	var buf [4]byte
	if got, want := string(appendLoose(buf[:0], k)), loose(k); got != want {
		t.Errorf("appendLoose(%q) = %q, want %q", k, got, want)
	}
}

func TestFirstField(t *testing.T) {
	for _, s := range nameInputs {
		checkFirstField(t, s)
	}
}

func TestAppendLoose(t *testing.T) {
	for _, s := range append(nameInputs, "al-qaeda", "m-19", "u.s.", "o'neill", "\"b\"", "a\xff-b", "\xff") {
		checkAppendLoose(t, s)
		checkAppendLoose(t, Key(s))
	}
}

func FuzzNameWords(f *testing.F) {
	for _, s := range nameInputs {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkFirstField(t, s)
		checkAppendLoose(t, s)
		checkAppendLoose(t, Key(s))
		var buf [2]string
		if got, want := appendFields(buf[:0], s), strings.Fields(s); len(got)+len(want) > 0 && !reflect.DeepEqual(got, want) {
			t.Errorf("appendFields(%q) = %q, want %q", s, got, want)
		}
	})
}
