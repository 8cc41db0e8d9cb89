package extract

import (
	"regexp"
	"slices"
	"strings"
	"testing"
)

// lowerInputs are strings whose lower case is tricky: "İ" and the Kelvin
// sign lower to ASCII, invalid bytes to U+FFFD.
var lowerInputs = []string{
	"", " ", "jr", "Jr", "JR", "jr.", "J", "İİ", "İi", "IİI", "İv", "\u212Aing", "KING", "King Olaf",
	"Field Marshal Haig", "field marshal", "FIELD MARSHAL  X", "Fİeld Marshal X", "Field Marshal\tX",
	"Air Vice Marshal X", "Commander", "commanderS", "Lt. Gen.", "Lt.-Gen. X", "\xff", "jr\xff",
	"\xffjr", "Officer", "OFFİCER", "ﬀ", "Σ", "ΣΑ", "Émir", "EMİR",
}

func TestLowerPrefixEnd(t *testing.T) {
	prefixes := []string{"", "j", "jr", "iii", "ii", "iv", "king", "field marshal", "field marshal ", "commander", "officer", "emir", "lt.", "air vice marshal"}
	for _, s := range lowerInputs {
		lower := strings.ToLower(s)
		for _, p := range prefixes {
			end := lowerPrefixEnd(s, p)
			if got, want := end >= 0, strings.HasPrefix(lower, p); got != want {
				t.Errorf("lowerPrefixEnd(%q, %q) = %d, want a match %v", s, p, end, want)
				continue
			}
			if end >= 0 && strings.ToLower(s[:end]) != p {
				t.Errorf("lowerPrefixEnd(%q, %q) = %d, but %q lowers to %q", s, p, end, s[:end], strings.ToLower(s[:end]))
			}
			if got, want := lowerIsOneOf(s, []string{p}), lower == p && p != ""; p != "" && got != want {
				t.Errorf("lowerIsOneOf(%q, %q) = %v, want %v", s, p, got, want)
			}
		}
	}
}

func TestAppendLower(t *testing.T) {
	for _, s := range lowerInputs {
		var buf [4]byte
		if got, want := string(appendLower(buf[:0], s)), strings.ToLower(s); got != want {
			t.Errorf("appendLower(%q) = %q, want %q", s, got, want)
		}
	}
}

// stripRanksRef is stripRanks as it was written first, with lower-case
// copies; stripRanks must give the same for every name.
func stripRanksRef(name string) string {
	name = strings.TrimSpace(name)
	for {
		lower := strings.ToLower(name)
		cut := 0
		for _, r := range multiRanks {
			if strings.HasPrefix(lower, r+" ") && len(r) > cut {
				cut = len(r) + 1
			}
		}
		if cut == 0 {
			sp := strings.IndexByte(name, ' ')
			if sp < 0 {
				break
			}
			if !ranks[strings.ToLower(name[:sp])] {
				break
			}
			cut = sp + 1
		}
		rest := strings.TrimSpace(name[cut:])
		if rest == "" || !looksLikeName(rest) {
			break
		}
		name = rest
	}
	return name
}

func TestStripRanksSameAsRef(t *testing.T) {
	names := append([]string{
		"Lt. Gen. Zekai Aksakallı", "Lord Chelmsford", "Field Marshal Douglas Haig", "FİELD MARSHAL Haig",
		"Fİeld Marshal Haig", "Air Vice Marshal Keith Park", "Air Chief Marshal Dowding", "Major General X Y",
		"GENERALFELDMARSCHALL Erwin Rommel", "Generalfeldmarschall", "Sir", "Sir John Moore", "\u212Aing Olaf",
		"Lt.-Gen. Sir John Moore", "Brig. Gen. Sayf Bulad", "Grand Vizier Kara Mustafa", "grand vizier x",
	}, lowerInputs...)
	for _, n := range names {
		if got, want := stripRanks(n), stripRanksRef(n); got != want {
			t.Errorf("stripRanks(%q) = %q, want %q", n, got, want)
		}
	}
}

// suffixTitleRE is what isSuffixTitle matches.
var suffixTitleRE = regexp.MustCompile(`^(?:\d+(?:st|nd|rd|th) )?(?:(?:Earl|Duke|Baron|Viscount|Marquess|Marquis|Count|Lord|Prince) of\b|Baronet\b|Bt\b)`)

func TestIsSuffixTitle(t *testing.T) {
	var inputs []string
	for _, pre := range []string{"", "1", "4th", "4th ", "12th ", "1st ", "2nd ", "3rd ", "1nd ", "th ", "4 th ", "x", " ", "4thx", "٤th "} {
		for _, body := range []string{"", "Earl of", "Earl of Hopetoun", "Earl off", "Earl of_", "Earl of1", "Earl ofé", "Earl of-X",
			"Earl", "Earl  of", "Baronet", "Baronets", "Baronet.", "Bt", "Bt.", "Btx", "Bt_", "Count of", "Countess of",
			"Marquess of Bute", "Marquis of", "Prince of Wales", "Lord of", "Viscount of", "Baron of", "Duke of\xff", "earl of"} {
			inputs = append(inputs, pre+body)
		}
	}
	for _, s := range inputs {
		if got, want := isSuffixTitle(s), suffixTitleRE.MatchString(s); got != want {
			t.Errorf("isSuffixTitle(%q) = %v, want %v", s, got, want)
		}
	}
}

func FuzzIsSuffixTitle(f *testing.F) {
	for _, s := range []string{"1st Baronet", "4th Earl of Hopetoun", "Duke of Albany", "Bt", "12 Earl of"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := isSuffixTitle(s), suffixTitleRE.MatchString(s); got != want {
			t.Errorf("isSuffixTitle(%q) = %v, want %v", s, got, want)
		}
	})
}

// eventHeadRef is eventHead as first written, on the lower-case copy.
func eventHeadRef(name string) (Class, bool) {
	words := strings.FieldsFunc(strings.ToLower(name), func(r rune) bool { return r == ' ' || r == '(' || r == ')' || r == ',' })
	head := len(words)
	for i, w := range words {
		if i > 0 && (w == "of" || w == "in" || w == "against" || w == "on" || w == "at" || w == "for" || w == "between") {
			head = i
			break
		}
	}
	find := func(ws []string) (Class, bool) {
		for i := len(ws) - 1; i >= 0; i-- {
			if c, ok := classWords[ws[i]]; ok {
				return c, true
			}
		}
		return "", false
	}
	if c, ok := find(words[:head]); ok {
		return c, true
	}
	return find(words)
}

// eventNames are names of events, and some that are not.
var eventNames = []string{
	"", " ", ",", "War", "war", "Turkish involvement in the Syrian civil war", "Palace of Justice siege",
	"Battle of the Bulge", "Of War", "of war", "In the war of the battle", "Siege (of) Battle", "Battle,Siege",
	"Battle  of  Siege", "WAR OF THE SIEGE", "the War in Afghanistan and the Afghan Civil War", "Operation Barkhane",
	"Wars of the Roses (1455–1487)", "Sİege of X", "BATTLE\xff of War", "Islamic State of Iraq and the Levant",
	"Coup", "Mali War", "Iraqi insurgency (2003–2011)", "Battle at Siege", "x between war", "War between x",
	"Schlacht um Kiew", "ΠΟΛΕΜΟΣ", "Kampf\u212Aing war", "Riots",
}

func TestEventHeadSameAsRef(t *testing.T) {
	for _, s := range eventNames {
		c, ok := eventHead(s)
		wc, wok := eventHeadRef(s)
		if c != wc || ok != wok {
			t.Errorf("eventHead(%q) = %q, %v, want %q, %v", s, c, ok, wc, wok)
		}
	}
}

func FuzzEventHead(f *testing.F) {
	for _, s := range eventNames {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, ok := eventHead(s)
		wc, wok := eventHeadRef(s)
		if c != wc || ok != wok {
			t.Errorf("eventHead(%q) = %q, %v, want %q, %v", s, c, ok, wc, wok)
		}
	})
}

// noteRoleRE is what noteRole matches.
var noteRoleRE = regexp.MustCompile(`\b((?:deputy |field |chief |political |supreme |overall |operations |military )*(?:commander|leader|head|chief|emir|founder|director|chairman|commandant))\b`)

// noteInputs are lower-case notes of commanders.
var noteInputs = []string{
	"", "commander", "sultan murad division commander", "levant front field commander", "hazma division", "head of zanyari",
	"chief of staff", "chief commander", "deputy chief commander", "deputy  commander", "deputy commanders", "xcommander",
	"_head", "éhead", "head_", "heady", "headé", "commandant", "commandante", "deputy deputy field chief x chief",
	"political leader of x", "overall military commander", "operations chief", "chief chief chief", "chief chief chiefs",
	"supreme leader, emir", "founder\xff", "\xffdirector", "chairman1", "1chairman", "field  chief", "military", "the leader-in-chief",
}

func TestNoteRoleSameAsRegexp(t *testing.T) {
	for _, s := range noteInputs {
		checkNoteRole(t, s)
	}
}

func checkNoteRole(t *testing.T, s string) {
	t.Helper()
	start, end := noteRole(s)
	m := noteRoleRE.FindStringSubmatchIndex(s)
	if m == nil && start != -1 || m != nil && (start != m[0] || end != m[1] || m[2] != m[0] || m[3] != m[1]) {
		t.Errorf("noteRole(%q) = %d, %d, want %v", s, start, end, m)
	}
}

func FuzzNoteRole(f *testing.F) {
	for _, s := range noteInputs {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkNoteRole(t, s)
	})
}

// victoryRE and winnerSepRE are what victors and splitVictors match.
var (
	victoryRE   = regexp.MustCompile(`^(?:(?:Decisive|Major|Pyrrhic|Tactical|Strategic|Overwhelming|Crushing|Indecisive|Narrow|Qualified|Limited|Partial|Significant|Final)\s+)*(.+?)\s+(?:tactical\s+|strategic\s+|decisive\s+|pyrrhic\s+)?(?:victory|Victory|win|triumph)\b`)
	winnerSepRE = regexp.MustCompile(`\s*(?:,|\band\b|&|/)\s*`)
)

// resultInputs are Result fields.
var resultInputs = []string{
	"", "victory", " victory", "French victory", "Decisive French victory", "Decisive  French victory", "Decisive victory",
	"Decisive Major victory", "Decisive\tMajor\n victory", "MNLA victory", "United States and SDF victory", "US, UK & France / SDF win",
	"Pyrrhic Roman tactical victory", "Roman tactical  victory", "Roman tacticalvictory", "Roman victoryx", "Roman victory_", "Roman victoryé",
	"Roman victory\xff", "Ro\nman victory", "Roman\nvictory", "Roman \n victory", "Indecisive", "Inconclusive", "Final Final victory",
	"Decisive  Decisive victory", "Sand and band victory", "andand and and victory", " and victory", "and victory", "A ,B, C victory",
	"A / B /C& D  ,  E victory", "A,, B victory", "Strategic strategic victory", "Polish triumph; Soviet win", "Crushing \x85 victory",
	"Limited win and a triumph", "Decisive Major Pyrrhic Tactical Strategic win", "x win win",
}

func TestVictorsSameAsRegexp(t *testing.T) {
	for _, s := range resultInputs {
		checkVictors(t, s)
	}
}

func checkVictors(t *testing.T, s string) {
	t.Helper()
	w, ok := victors(s)
	m := victoryRE.FindStringSubmatch(s)
	if ok != (m != nil) || ok && w != m[1] {
		t.Errorf("victors(%q) = %q, %v, want %q", s, w, ok, m)
	}
	if got, want := splitVictors(s), winnerSepRE.Split(s, -1); !slices.Equal(got, want) {
		t.Errorf("splitVictors(%q) = %q, want %q", s, got, want)
	}
}

func FuzzVictors(f *testing.F) {
	for _, s := range resultInputs {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkVictors(t, s)
	})
}

// isProperNameRef is isProperName as first written, with strings.Fields
// and lower-case copies.
func isProperNameRef(s string) bool {
	for _, w := range strings.Fields(s) {
		if particles[strings.ToLower(w)] {
			continue
		}
		if !looksLikeName(w) {
			return false
		}
	}
	return true
}

func TestIsProperNameSameAsRef(t *testing.T) {
	for _, s := range append(append([]string{"Bank of America", "Hayat Tahrir al-Sham", "the Levant", "OF The", "İN x", "al- Qaeda", "x\u00a0Y", "A\u2003of\u2003b"}, lowerInputs...), eventNames...) {
		if got, want := isProperName(s), isProperNameRef(s); got != want {
			t.Errorf("isProperName(%q) = %v, want %v", s, got, want)
		}
	}
}

// looseRef is loose as first written, with strings.Map.
func looseRef(k string) string {
	if !strings.ContainsAny(k, " -.'\"") {
		return k
	}
	return strings.Map(func(r rune) rune {
		switch r {
		case ' ', '-', '.', '\'', '"':
			return -1
		}
		return r
	}, k)
}

func TestLooseSameAsRef(t *testing.T) {
	for _, s := range append([]string{"m-19", "u.s.", "u.s.a", "al-qa'ida", `"x" y`, "x\xff-y", "\xff", "\xff-", "-", "é-ü", "a\u2011b"}, eventNames...) {
		if got, want := loose(s), looseRef(s); got != want {
			t.Errorf("loose(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzLoose(f *testing.F) {
	f.Add("u.s.")
	f.Add("x\xff-y")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := loose(s), looseRef(s); got != want {
			t.Errorf("loose(%q) = %q, want %q", s, got, want)
		}
	})
}

// debrisRE and placeQualifierRE are what replaceDebris and
// placeQualifierLen match.
var (
	debrisRE         = regexp.MustCompile(`(?:\bborder\|)?\d{1,3}(?:x\d{1,3})?px\b(?:\|[^|,]*?'s flag\b)?|\bFile:[^,|]*?\.(?:png|svg|jpg|jpeg|gif)\b|\blink=[^,| ]*|\bbordure\b|\balt=[^,|]*|\bupright=[0-9.]*`)
	placeQualifierRE = regexp.MustCompile(`^(?i:(?:near|nearby|around|outside|off|close to|vicinity of|the vicinity of|present-day|present day|then|now)\s+(?:of\s+)?|(?:\d+(?:\.\d+)?\s*(?:km|kilometres|kilometers|mi|miles?)\s+)?(?:(?:north|south|east|west)(?:-?(?:north|south|east|west))?\s+of\s+))`)
)

// debrisInputs are infobox values with image markup, and some that only
// look as if they had some.
var debrisInputs = []string{
	"", "px", "25px", "25px Ansar Dine", "Col. Ag Moussa25px Iyad Ag Ghaly", "border|22px", "xborder|22px", "border|22pxx",
	"border|x22px", "22px|M-19's flag", "22px|M-19's flags", "22px|M-19's flag, X", "22px|a, b's flag", "22px|a|b's flag",
	"22px|\n's flag", "22px|é's flag", "22px|'s flag|", "22px| 's flag_", "1234px", "12345px", "0px", "22x33px", "22x3333px",
	"2222x33px", "22x33", "22xpx", "22x px", "22 px", "22pX", "22px_", "22pxé", "22px\xff", "\xff22px", "a22px", "_22px",
	"File:X.png", "File:X.png, Y", "xFile:X.png", "_File:X.png", "éFile:X.png", "File:X.pngs", "File:X.pngs.svg", "File:a,b.png",
	"File:a|b.png", "File:X.jpeg", "File:X.jpegx", "File:X.jpg_", "File:.gif", "File:X.GIF", "File:X.png.jpg", "File:a.b.c.svg",
	"File:Liwa Fatemiyoun infobox flag.png, link=, bordure, 20px Liwa Fatemiyoun", "link=", "link=X Y", "link=X,Y", "link=X|Y",
	"alink=X", "link=\xffX Y", "bordure", "bordures", "xbordure", "bordure_", "bordure-x", "alt=X Y, Z", "alt=X|Y", "salt=X",
	"upright=1.5", "upright=1.5x", "upright=", "upright=.", "supright=1", "border|bordure", "border|alt=x", "22px22px",
	"22px 22px", "border|22px|X's flag 23px", "File:X.png22px", "25px\nFile:\n.png", "1,22px", "1.22px", "1x2x3px", "1x22px|'s flag",
}

func TestReplaceDebrisSameAsRegexp(t *testing.T) {
	for _, s := range debrisInputs {
		checkReplaceDebris(t, s)
	}
}

func checkReplaceDebris(t *testing.T, s string) {
	t.Helper()
	if got, want := replaceDebris(s), debrisRE.ReplaceAllString(s, ", "); got != want {
		t.Errorf("replaceDebris(%q) = %q, want %q", s, got, want)
	}
}

func FuzzReplaceDebris(f *testing.F) {
	for _, s := range debrisInputs {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkReplaceDebris(t, s)
	})
}

// trimPlaceQualifierRef is trimPlaceQualifier as it was with the regexp.
func trimPlaceQualifierRef(s string) string {
	for {
		t := placeQualifierRE.ReplaceAllString(s, "")
		if t == s {
			return strings.TrimSpace(s)
		}
		s = t
	}
}

// placeInputs are places with qualifiers, in cases the regexp folds.
var placeInputs = []string{
	"", " ", "near", "near ", "near Elakla", "Near Elakla", "NEAR  Elakla", "near\tof Elakla", "near of Elakla", "near ofElakla",
	"near of\n Elakla", "near OF x", "nearby Elakla", "nearbyElakla", "nearly Elakla", "around x", "outside x", "Outside of x",
	"ouTſide x", "off x", "off of x", "of x", "close to x", "cloſe to x", "close  to x", "vicinity of x", "the vicinity of x",
	"The Vicinity Of of x", "present-day x", "present day x", "present-dayx", "then x", "now x", "now now x", "near near x",
	"north of x", "North  of  x", "northof x", "north ofx", "north-west of x", "north-West of x", "northwest of x", "north- of x",
	"north-x of x", "south-east of x", "ſouth of x", "eaſt of x", "weſt of x", "west-west of x", "north west of x",
	"1 km north of x", "1km north of x", "1.5 km north of x", "1. km north of x", "1.5km  north-east of x", "10 miles south of x",
	"10 mile south of x", "10 mi south of x", "10 mil south of x", "10 milesx south of x", "3 \u212Am west of x", "3 KM west of x",
	"3 kilometres west of x", "3 kilometers west of x", "3 kilometre west of x", "3 km x", "3 km ", "3 north of x", "x near y",
	"12 km north of near x", "near 12 km north of x", "\xffnear x", "near\xff x", "nea\u212Ar x", "\u212Am north of x",
	"İnear x", "near\u00a0x", "near\vx", "near\fx", "near\rof\rx", "north of", "north of ", "5",
}

func TestTrimPlaceQualifierSameAsRegexp(t *testing.T) {
	for _, s := range placeInputs {
		checkTrimPlaceQualifier(t, s)
	}
}

func checkTrimPlaceQualifier(t *testing.T, s string) {
	t.Helper()
	if got, want := trimPlaceQualifier(s), trimPlaceQualifierRef(s); got != want {
		t.Errorf("trimPlaceQualifier(%q) = %q, want %q", s, got, want)
	}
	n := placeQualifierLen(s)
	if m := placeQualifierRE.FindStringIndex(s); m == nil && n != 0 || m != nil && n != m[1] {
		t.Errorf("placeQualifierLen(%q) = %d, want %v", s, n, m)
	}
}

func FuzzTrimPlaceQualifier(f *testing.F) {
	for _, s := range placeInputs {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkTrimPlaceQualifier(t, s)
	})
}

// looseSuffixPairs are a key's loose form and another key: organisations
// named in a note and the article's organisations.
var looseSuffixPairs = [][2]string{
	{"", ""}, {"x", ""}, {"", "x"}, {"m19", "m-19"}, {"peshmergacounterterrorismgroup", "counter-terrorism group"},
	{"counterterrorismgroup", "counter-terrorism group"}, {"agroup", "group"}, {"group", "group"}, {"group", "a group"},
	{"us", "u.s."}, {"xus", "u.s."}, {"xus", "\"u.s.\""}, {"x\ufffdy", "\xffy"}, {"x\ufffd", "\xff"}, {"\ufffd", "\xff"},
	{"ab\xff", "\xff"}, {"\xff\xff", "\xff"}, {"é", "é"}, {"aé", "é"}, {"a\xa9", "é"}, {"xy", "- -y"}, {"xy", "- - - "},
	{"y", "---"}, {"", "---"}, {"ab", "a-b"}, {"zab", "a-b"}, {"za b", "a-b"},
}

func TestLooseIsProperSuffixSameAsRef(t *testing.T) {
	for _, p := range looseSuffixPairs {
		checkLooseIsProperSuffix(t, p[0], p[1])
	}
}

func checkLooseIsProperSuffix(t *testing.T, lk, k string) {
	t.Helper()
	le := looseRef(k)
	if got, want := looseIsProperSuffix(lk, k), lk != le && strings.HasSuffix(lk, le); got != want {
		t.Errorf("looseIsProperSuffix(%q, %q) = %v, want %v", lk, k, got, want)
	}
}

func FuzzLooseIsProperSuffix(f *testing.F) {
	for _, p := range looseSuffixPairs {
		f.Add(p[0], p[1])
	}
	f.Fuzz(func(t *testing.T, lk, k string) {
		checkLooseIsProperSuffix(t, lk, k)
		// The loose form of a longer key, as orgFromNote has it.
		checkLooseIsProperSuffix(t, looseRef(lk+k), k)
	})
}

func TestAppendFieldsSameAsFields(t *testing.T) {
	for _, s := range append(append([]string{"", " ", "a", " a  b ", "a\u00a0b", "a\u3000b\tc\nd", "\xff \xff", "a\u200bb", "1 2 3 4 5 6 7 8 9 10"}, eventNames...), lowerInputs...) {
		var buf [2]string
		if got, want := appendFields(buf[:0], s), strings.Fields(s); !slices.Equal(got, want) {
			t.Errorf("appendFields(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzAppendFields(f *testing.F) {
	f.Add(" a  b ")
	f.Add("a\u00a0b\xff c")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := appendFields(nil, s), strings.Fields(s); !slices.Equal(got, want) {
			t.Errorf("appendFields(%q) = %q, want %q", s, got, want)
		}
	})
}

// lowerIsOneOfRef is lowerIsOneOf as first written: every word tried.
func lowerIsOneOfRef(s string, words []string) bool {
	for _, w := range words {
		if lowerPrefixEnd(s, w) == len(s) {
			return true
		}
	}
	return false
}

func checkLowerIsOneOf(t *testing.T, s string) {
	t.Helper()
	for _, words := range [][]string{roleWords, nameSuffixes, {""}, {"i", "k"}} {
		got, want := lowerIsOneOf(s, words), lowerIsOneOfRef(s, words)
		if got != want || got != slices.Contains(words, strings.ToLower(s)) {
			t.Errorf("lowerIsOneOf(%q, %q) = %v, want %v", s, words, got, want)
		}
	}
}

func TestLowerIsOneOfSameAsRef(t *testing.T) {
	for _, s := range append(lowerInputs, "İİİ", "Iİİ", "İ", "\u212A", "\xff\xff", "COMMANDER", "Chief", "CHİEF", "chiefs", "ii\xff") {
		checkLowerIsOneOf(t, s)
	}
}

func FuzzLowerIsOneOf(f *testing.F) {
	for _, s := range lowerInputs {
		f.Add(s)
	}
	f.Fuzz(checkLowerIsOneOf)
}
