package extract

import (
	"strings"
	"testing"
)

// sameWordsRef is sameWords as it was written first, with a map.
func sameWordsRef(a, b []string) bool {
	if len(a) != len(b) || len(a) < 2 {
		return false
	}
	seen := map[string]int{}
	for _, w := range a {
		seen[w]++
	}
	for _, w := range b {
		seen[w]--
		if seen[w] < 0 {
			return false
		}
	}
	return true
}

func TestSameWords(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		want bool
	}{
		{"empty", "", "", false},
		{"one word", "moussa", "moussa", false},
		{"same", "luis otero", "luis otero", true},
		{"swapped", "ag moussa", "moussa ag", true},
		{"other word", "ag moussa", "ag ghaly", false},
		{"repeated", "a a b", "a b b", false},
		{"repeated same", "a b a", "a a b", true},
		{"longer", "a b", "a b c", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, b := strings.Fields(tt.a), strings.Fields(tt.b)
			if got := sameWords(a, b); got != tt.want {
				t.Errorf("got %v, want %v", got, tt.want)
			}
			if got, want := sameWords(a, b), sameWordsRef(a, b); got != want {
				t.Errorf("got %v, want %v as the reference", got, want)
			}
		})
	}
}

// aliasTargetRef is aliasTarget as it was written first, with a string
// made for every key it tries.
func (x *extractor) aliasTargetRef(text string, words []string) *Entity {
	k := strings.Join(words, " ")
	ix := &x.ix
	live := func(e *Entity) bool { return e != nil && x.byKey[e.Key] == e }
	if isAcronym(text) {
		a := strings.ToUpper(strings.ReplaceAll(text, ".", ""))
		for _, e := range ix.initials[a] {
			if live(e) && (e.Type == Organization || e.Type == Country) && !isAcronym(e.Label) {
				return e
			}
		}
	}
	if len(words) == 1 {
		// A surname: the only person with it, or the first of the
		// infobox's; a first name before a regnal number ("Suleiman I").
		var first *Entity
		n := 0
		for _, e := range ix.lastWord[k] {
			if live(e) && e.Type == Person {
				if first == nil {
					first = e
				}
				n++
			}
		}
		if n == 1 || n > 1 && x.isInfoboxPerson(first) {
			return first
		}
		surnames := n
		var firstName *Entity
		n = 0
		for _, e := range ix.regnal[k] {
			if live(e) && e.Type == Person {
				if firstName == nil {
					firstName = e
				}
				n++
			}
		}
		if n == 1 || n > 1 && x.isInfoboxPerson(firstName) {
			return firstName
		}
		if surnames == 0 {
			if e := x.commanderByGivenName(k); e != nil {
				return e
			}
		}
	}
	if len(words) >= 2 {
		// "Luis Otero" for "Luis Otero Cifuentes"; "Moussa Ag" for "Ag
		// Moussa"; "Archibald Douglas" for "Archibald Douglas, 3rd Earl of
		// Douglas".
		for _, e := range ix.personWord[words[0]] {
			if !live(e) || e.Type != Person {
				continue
			}
			bw := x.personWords(e)
			bk := strings.Join(bw, " ")
			if bk == k || strings.HasPrefix(bk, k+" ") || sameWordsRef(bw, words) || sameEnds(bw, words) {
				return e
			}
		}
		// "John II of France" for "John II".
		if len(words) >= 4 && words[2] == "of" && isRegnal(words[1:2]) && isCountryKey(strings.Join(words[3:], " ")) {
			if e := x.lookupKey(words[0] + " " + words[1]); live(e) && e.Type == Person {
				return e
			}
		}
		// "Earl of Douglas" for "James, 2nd Earl of Douglas".
		for _, e := range ix.title[k] {
			if live(e) && e.Type == Person {
				return e
			}
		}
		// "Supreme Court" for "Supreme Court of Colombia".
		for _, e := range ix.beforeOf[k] {
			if live(e) && e.Type == Organization {
				return e
			}
		}
	}
	// "Barkhane" for "Operation Barkhane"; "Deir ez-Zor campaign" for
	// "2017–2019 Deir ez-Zor campaign".
	if e := x.lookupKey("operation " + k); e != nil && e.Type == Event && e.Key == "operation "+k {
		return e
	}
	for _, e := range ix.yearless[k] {
		if live(e) && e.Type == Event {
			return e
		}
	}
	isPlace := func(e *Entity) bool { return live(e) && (e.Type == Place || e.Type == Country) }
	// "Alaska" for "Territory of Alaska", "Hungary" for "Kingdom of
	// Hungary".
	for _, e := range ix.polityOf[k] {
		if isPlace(e) {
			return e
		}
	}
	last := words[len(words)-1]
	// "Attu Island" for "Attu".
	if len(words) >= 2 && aliasSuffixes[last] {
		short := strings.Join(words[:len(words)-1], " ")
		if e := x.lookupKey(short); isPlace(e) && e.Key == short {
			return e
		}
	}
	// "Lower Rhine" for "Lower Rhine River"; "Aleutians" for "Aleutian
	// Islands".
	for _, suf := range droppableSuffixList {
		if e := x.lookupKey(k + " " + suf); isPlace(e) && e.Key == k+" "+suf {
			return e
		}
	}
	if len(words) == 1 && strings.HasSuffix(k, "s") {
		stem := strings.TrimSuffix(k, "s")
		for _, head := range []string{"islands", "mountains", "hills", "isles"} {
			if e := x.lookupKey(stem + " " + head); isPlace(e) {
				return e
			}
		}
	}
	// "Habsburg monarchy" for "Habsburg Empire".
	if len(words) == 2 && polityTails[words[1]] {
		for _, e := range ix.polityFirst[words[0]] {
			if isPlace(e) && e.Key != k {
				return e
			}
		}
	}
	return nil
}

// aliasNames are entities and the names that may be other names of them.
var aliasNames = []string{
	"Operation Barkhane", "Barkhane", "2017–2019 Deir ez-Zor campaign", "Deir ez-Zor campaign",
	"Territory of Alaska", "Alaska", "Kingdom of Hungary", "Hungary", "Attu Island", "Attu", "Attu island",
	"Lower Rhine River", "Lower Rhine", "Aleutian Islands", "Aleutians", "Pacific Ocean", "Pacific",
	"Habsburg Empire", "Habsburg monarchy", "Supreme Court of Colombia", "Supreme Court",
	"James, 2nd Earl of Douglas", "Earl of Douglas", "Luis Otero Cifuentes", "Luis Otero", "Ag Moussa",
	"Moussa Ag", "Suleiman I", "Suleiman", "Guy of Lusignan", "Guy", "Al-Qaeda in the Islamic Maghreb",
	"AQIM", "Otero", "Douglas", "Sahara Desert", "Sahara", "Black Sea", "Black", "Rocky Mountains", "Rocky",
	"Golan Hills", "Golans", "Kuril Isles", "Kurils", "a b a", "b a a", "Operation \xff", "\xff", "Ω Sea", "Ω",
}

// checkAliasTarget makes an entity of each name in turn, of each type,
// and asks aliasTarget and the reference about every name. It returns how
// many names found an entity.
func checkAliasTarget(t *testing.T, names []string) int {
	found := 0
	t.Helper()
	for _, typ := range []Type{Place, Person, Organization, Event, Country} {
		x := newExtractor("t.txt", layout{})
		x.a = &Article{}
		for i, n := range names {
			if i%3 == 0 {
				x.entity(n, typ, Source{Line: 1, Start: i, End: i + 1})
			}
		}
		if len(x.a.Entities) > 0 {
			x.commanders = x.a.Entities[:1]
		}
		for _, n := range names {
			words := strings.Fields(Key(n))
			if len(words) == 0 {
				continue
			}
			got, want := x.aliasTarget(n, words), x.aliasTargetRef(n, words)
			if got != want {
				t.Errorf("type %s: aliasTarget(%q) = %v, want %v", typ, n, got, want)
			}
			if got := x.aliasTargetKey(n, strings.Join(words, " "), words); got != want {
				t.Errorf("type %s: aliasTargetKey(%q) = %v, want %v", typ, n, got, want)
			}
			if got != nil {
				found++
			}
		}
	}
	return found
}

func TestAliasTargetSameAsRef(t *testing.T) {
	found := checkAliasTarget(t, aliasNames)
	for i := range aliasNames {
		// Each name in turn among the entities.
		found += checkAliasTarget(t, append(aliasNames[i:], aliasNames[:i]...))
	}
	if found < 100 {
		t.Errorf("only %d names found an entity: the test tries too little", found)
	}
	t.Logf("%d names found an entity", found)
}

func FuzzAliasTarget(f *testing.F) {
	f.Add(strings.Join(aliasNames, "|"))
	f.Add("Barkhane|Operation Barkhane|x|Rhine|Rhine River|Rhine river")
	f.Fuzz(func(t *testing.T, s string) {
		names := strings.Split(s, "|")
		if len(names) > 64 {
			names = names[:64]
		}
		checkAliasTarget(t, names)
	})
}

// joinCompareRef is joinCompare with the words joined.
func joinCompareRef(ws []string, s string) (equal, prefix bool) {
	j := strings.Join(ws, " ")
	return j == s, strings.HasPrefix(j, s+" ")
}

func checkJoinCompare(t *testing.T, ws []string, s string) {
	t.Helper()
	eq, prefix := joinCompare(ws, s)
	wantEq, wantPrefix := joinCompareRef(ws, s)
	if eq != wantEq || prefix != wantPrefix {
		t.Errorf("joinCompare(%q, %q) = %v, %v, want %v, %v", ws, s, eq, prefix, wantEq, wantPrefix)
	}
}

func TestJoinCompare(t *testing.T) {
	words := [][]string{nil, {}, {""}, {"", ""}, {"a"}, {"luis", "otero"}, {"luis", "otero", "cifuentes"}, {"a b", "c"}, {"a", " b"}, {"a ", "b"}}
	for _, ws := range words {
		for _, s := range []string{"", " ", "a", "a ", "luis", "luis ", "luis otero", "luis otero ", "luis otero cifuentes", "luis  otero", "lu", "a b", "a b c", "a  b", " b", "a b ", "x"} {
			checkJoinCompare(t, ws, s)
		}
	}
}

func FuzzJoinCompare(f *testing.F) {
	f.Add("luis otero cifuentes", "luis otero")
	f.Add("a  b", "a ")
	f.Fuzz(func(t *testing.T, joined, s string) {
		checkJoinCompare(t, strings.Fields(joined), s)
		checkJoinCompare(t, strings.Split(joined, "|"), s)
		checkJoinCompare(t, strings.Fields(joined), strings.Join(strings.Fields(joined), " "))
	})
}

func TestSameEnds(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"william h. rupertus", "william rupertus", true},
		{"bernard montgomery", "bernard law montgomery", true},
		{"george meade", "george meade", false},
		{"george meade", "george g. h. meade", true},
		{"john smith", "john adams smith jones", false},
		{"john smith", "jane q. smith", false},
		{"smith", "john smith", false},
		{"a b c", "a c b c", false}, // the extra "c" may be an initial
		{"gebhard von blucher", "gebhard leberecht von blucher", true},
		{"george w. bush", "george h. w. bush", false},
	}
	for _, tt := range tests {
		t.Run(tt.a+"|"+tt.b, func(t *testing.T) {
			a, b := strings.Fields(tt.a), strings.Fields(tt.b)
			if got := sameEnds(a, b); got != tt.want {
				t.Errorf("sameEnds(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
			}
			if got := sameEnds(b, a); got != tt.want {
				t.Errorf("sameEnds(%q, %q) = %v, want %v", tt.b, tt.a, got, tt.want)
			}
		})
	}
}
