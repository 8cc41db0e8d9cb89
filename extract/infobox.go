package extract

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// readTitle makes the article's event from the infobox title. "Battle of
// Kirkuk (2016)" is labelled "Battle of Kirkuk" with the bracketed form as
// an alias; "Siege of Szigetvár, Battle of Szigeth" gives a label and an
// alias.
func (x *extractor) readTitle(title string, src Source) bool {
	title = cleanValue(title)
	var buf [8]string
	names := appendTop(buf[:0], title, ", ")
	for len(names) > 0 && cleanName(names[0]) == "" {
		names = names[1:]
	}
	if len(names) == 0 {
		return false
	}
	label, aliases := splitDisambiguator(names[0])
	if cleanName(label) == "" {
		label, aliases = names[0], nil
	}
	x.event = x.entity(label, Event, src)
	if x.event == nil {
		return false
	}
	x.a.Subject = x.event.Key
	x.a.ID = articleID(x.event.Label)
	for _, a := range aliases {
		x.alias(x.event, a)
	}
	for _, n := range names[1:] {
		if looksLikeName(n) {
			l, more := splitDisambiguator(n)
			x.alias(x.event, l)
			for _, a := range more {
				x.alias(x.event, a)
			}
		}
	}
	return true
}

// splitDisambiguator cuts "Battle of Kirkuk (2016)" into its name and, as
// aliases, the whole and a bracketed name ("Battle of Conoco Fields (Battle
// of Khasham)" has the alias "Battle of Khasham").
func splitDisambiguator(s string) (string, []string) {
	s = strings.TrimSpace(s)
	if !strings.HasSuffix(s, ")") {
		return s, nil
	}
	i := strings.LastIndex(s, " (")
	if i <= 0 {
		return s, nil
	}
	name := strings.TrimSpace(s[:i])
	inner := s[i+2 : len(s)-1]
	aliases := []string{s}
	if looksLikeName(inner) && strings.Contains(inner, " ") {
		aliases = append(aliases, inner)
	}
	return name, aliases
}

// looksLikeName reports whether s starts like a proper name: a capital, a
// digit, or a lower-case particle before one ("al-Qaeda", "de Gaulle").
func looksLikeName(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) || unicode.IsDigit(r) {
			return true
		}
		break
	}
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return false
	}
	i := 0
	for i < len(s) && i < 4 && s[i] >= 'a' && s[i] <= 'z' {
		i++
	}
	if i == len(s) || (s[i] != '-' && s[i] != ' ' && s[i] != '\'') || !lowerParticles[s[:i]] {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i+1:])
	return unicode.IsUpper(r)
}

// lowerParticles are the lower-case particles a name may begin with:
// "al-Qaeda", "de Gaulle", "ez-Zor".
var lowerParticles = map[string]bool{
	"al": true, "el": true, "ad": true, "an": true, "ar": true, "as": true, "ash": true, "at": true,
	"az": true, "es": true, "ez": true, "ud": true, "ul": true, "ibn": true, "bin": true, "de": true,
	"da": true, "di": true, "du": true, "van": true, "von": true, "der": true, "den": true, "le": true,
	"la": true, "d": true, "ka": true,
}

// readInfobox reads every infobox field but the title.
func (x *extractor) readInfobox() {
	attack := false
	for _, f := range x.doc.fields {
		switch f.norm {
		case "perpetrator", "perpetrators", "victims", "fatalities", "injuries", "target", "targets":
			attack = true
		}
	}
	var placeHead *Entity
	// Places first, so that the other fields can tell places from agents.
	for _, f := range x.doc.fields {
		switch f.norm {
		case "place", "location":
			if p := x.readPlace(f); placeHead == nil {
				placeHead = p
			}
		}
	}
	// Then the agents, so that commanders' notes can name them.
	for _, f := range x.doc.fields {
		base, side := splitSide(f.norm)
		switch base {
		case "combatant", "combatants":
			x.readCombatants(side, f)
		case "units", "unit":
			x.readUnits(side, f)
		case "perpetrator", "perpetrators":
			x.readPerpetrators(f)
		}
	}
	for _, f := range x.doc.fields {
		key := f.norm
		base, side := splitSide(key)
		switch base {
		case "partof", "part_of":
			x.readPartOf(f)
		case "date":
			x.readDate(f)
		case "result":
			x.readResult(f)
		case "commander", "commanders", "leader", "leaders", "commanders_and_leaders":
			x.readCommanders(side, f)
		case "strength":
			x.readStrength(side, f)
		case "casualties", "casualties_and_losses", "losses":
			x.readCasualties(side, f, false)
		case "fatalities", "deaths":
			x.readCasualties(3, field{key: f.key, value: "killed: " + f.value, src: f.src}, true)
		case "injuries", "injured", "wounded":
			x.readCasualties(3, field{key: f.key, value: "wounded: " + f.value, src: f.src}, true)
		case "numparts", "participants":
			if attack {
				x.readStrength(1, f)
			}
		case "target", "targets":
			x.readTargets(f, placeHead)
		case "coordinates", "coords", "coord":
			x.readCoordinates(f)
		}
	}
}

// splitSide cuts a numbered key: "combatant2" is ("combatant", 2),
// "combatant1a" is ("combatant", 1), "casualties3" is ("casualties", 3).
func splitSide(key string) (string, int) {
	i := len(key)
	for i > 0 && key[i-1] >= 'a' && key[i-1] <= 'e' && i < len(key)+1 && i-1 > 0 && key[i-2] >= '0' && key[i-2] <= '9' {
		i--
	}
	j := i
	for j > 0 && key[j-1] >= '0' && key[j-1] <= '9' {
		j--
	}
	if j == i {
		return key, 0
	}
	n, _ := strconv.Atoi(key[j:i])
	return strings.TrimRight(key[:j], "_"), n
}

// cleanValue removes what page copies leave of images and templates, and
// citation markers.
func cleanValue(s string) string {
	s = stripCitations(s)
	if strings.Contains(s, "px") || strings.Contains(s, "File:") || strings.Contains(s, "link=") || strings.Contains(s, "bordure") || strings.Contains(s, "alt=") || strings.Contains(s, "upright=") {
		s = replaceDebris(s)
	}
	if strings.Contains(s, "()") || strings.Contains(s, "( )") {
		s = strings.ReplaceAll(s, "()", "")
		s = strings.ReplaceAll(s, "( )", "")
	}
	return strings.TrimSpace(s)
}

// replaceDebris replaces the image markup that page copies leave ("25px",
// "border|22px", "22px|M-19's flag", "File:X.png", "link=", "bordure")
// with ", ". It replaces what the regexp
//
//	(?:\bborder\|)?\d{1,3}(?:x\d{1,3})?px\b(?:\|[^|,]*?'s flag\b)?|\bFile:[^,|]*?\.(?:png|svg|jpg|jpeg|gif)\b|\blink=[^,| ]*|\bbordure\b|\balt=[^,|]*|\bupright=[0-9.]*
//
// replaces with ReplaceAllString, \b being the end of an ASCII word: the
// leftmost match, then the next from its end. Every match starts with an
// ASCII byte, which in UTF-8, valid or not, starts a character.
func replaceDebris(s string) string {
	var b []byte
	last := 0
	for i := 0; i < len(s); i++ {
		n := debrisAt(s, i)
		if n == 0 {
			continue
		}
		if b == nil {
			b = make([]byte, 0, len(s))
		}
		b = append(b, s[last:i]...)
		b = append(b, ", "...)
		last = i + n
		i += n - 1
	}
	if b == nil {
		return s
	}
	return string(append(b, s[last:]...))
}

// debrisAt returns the length of the image markup that starts at s[i:], or
// 0. At most one of the regexp's alternatives can start with any one byte.
func debrisAt(s string, i int) int {
	c := s[i]
	if isDigitByte(c) {
		return pixelsAt(s, i, i)
	}
	if !strings.ContainsRune("bFlau", rune(c)) || !wordStartsAt(s, i) {
		return 0
	}
	rest := s[i:]
	switch {
	case strings.HasPrefix(rest, "border|"):
		return pixelsAt(s, i, i+len("border|"))
	case strings.HasPrefix(rest, "bordure") && wordEndsAt(s, i+len("bordure")):
		return len("bordure")
	case strings.HasPrefix(rest, "File:"):
		// The fewest bytes up to an image's extension, no ',' or '|'.
		for j := i + len("File:"); j < len(s) && s[j] != ',' && s[j] != '|'; j++ {
			if s[j] != '.' {
				continue
			}
			for _, ext := range []string{"png", "svg", "jpg", "jpeg", "gif"} {
				if strings.HasPrefix(s[j+1:], ext) && wordEndsAt(s, j+1+len(ext)) {
					return j + 1 + len(ext) - i
				}
			}
		}
	case strings.HasPrefix(rest, "link="):
		return len("link=") + spanNotIn(rest[len("link="):], ",| ")
	case strings.HasPrefix(rest, "alt="):
		return len("alt=") + spanNotIn(rest[len("alt="):], ",|")
	case strings.HasPrefix(rest, "upright="):
		j := i + len("upright=")
		for j < len(s) && (isDigitByte(s[j]) || s[j] == '.') {
			j++
		}
		return j - i
	}
	return 0
}

// pixelsAt returns the length of a size in pixels that starts at s[i:],
// with what stands before it from start on: "22px" or "20x30px", ended as
// a word, and a following "|M-19's flag"; or 0.
func pixelsAt(s string, start, i int) int {
	// Each run of digits is 1 to 3 long and followed by a letter, so
	// taking all of it is the one way to match.
	j := i + digitRun(s, i)
	if j == i || j-i > 3 {
		return 0
	}
	if j < len(s) && s[j] == 'x' {
		k := j + 1 + digitRun(s, j+1)
		if k == j+1 || k-j-1 > 3 {
			return 0
		}
		j = k
	}
	if !strings.HasPrefix(s[j:], "px") || !wordEndsAt(s, j+2) {
		return 0
	}
	j += 2
	if j < len(s) && s[j] == '|' {
		// The fewest bytes up to "'s flag", no ',' or '|'.
		for k := j + 1; k < len(s) && s[k] != ',' && s[k] != '|'; k++ {
			if strings.HasPrefix(s[k:], "'s flag") && wordEndsAt(s, k+len("'s flag")) {
				return k + len("'s flag") - start
			}
		}
	}
	return j - start
}

// digitRun returns how many ASCII digits start s[i:].
func digitRun(s string, i int) int {
	j := i
	for j < len(s) && isDigitByte(s[j]) {
		j++
	}
	return j - i
}

// spanNotIn returns how many bytes start s that are none of the ASCII
// bytes of set.
func spanNotIn(s, set string) int {
	for i := 0; i < len(s); i++ {
		if strings.IndexByte(set, s[i]) >= 0 {
			return i
		}
	}
	return len(s)
}

// wordStartsAt reports whether an ASCII word starting at s[i] starts
// there: a regexp's \b before a word byte.
func wordStartsAt(s string, i int) bool { return i == 0 || !isWordByte(s[i-1]) }

// stripDebris is cleanValue for a single name.
func stripDebris(s string) string {
	return cleanName(strings.Trim(cleanValue(s), ", "))
}

// listItems splits an infobox value into the names it lists: at commas,
// bars, semicolons, "<hr>" and "<br>", and after casualty marks glued to a
// name ("CifuentesKIA Alfonso"). A "Heading:" item is dropped, and a
// following ", 1st Baronet" or ", 4th Earl of X" stays with its name.
func listItems(value string) []listItem { return listItemsOf(value, false) }

// peopleItems is listItems for a list of people, where a given name may
// stand before its peer's title or epithet: "Thomas, Lord Stanley",
// "Edward, the Black Prince".
func peopleItems(value string) []listItem { return listItemsOf(value, true) }

func listItemsOf(value string, people bool) []listItem {
	value = cleanValue(value)
	if strings.ContainsAny(value, "<-|;") || strings.Contains(value, "•") {
		for _, sep := range []string{"<hr>", "<br>", "<br/>", "<br />", "----", "|", ";", "•"} {
			value = strings.ReplaceAll(value, sep, ", ")
		}
	}
	value = endAfterMarks(value)
	var buf [16]string
	raws := appendParenAware(buf[:0], value)
	items := make([]listItem, 0, len(raws))
	for _, raw := range raws {
		raw = strings.TrimSpace(raw)
		if raw == "" {
			continue
		}
		// "Edward, the Black Prince": an epithet after a given name.
		if n := len(items); people && n > 0 && !items[n-1].head && isGivenName(items[n-1].name) && startsEpithet(raw) {
			items[n-1].name += ", " + raw
			continue
		}
		it := parseItem(raw)
		if it.name == "" && it.note == "" {
			continue
		}
		if it.head {
			items = append(items, it)
			continue
		}
		if it.name == "" && it.note != "" && len(items) > 0 && items[len(items)-1].note == "" && !items[len(items)-1].head {
			items[len(items)-1].note = it.note
			continue
		}
		// "Philip II, King of France": a ruler's office after his name
		// is no name of its own.
		if n := len(items); n > 0 && !items[n-1].head && isOfficeOf(it.name) {
			items[n-1].marks = append(items[n-1].marks, it.marks...)
			continue
		}
		// A mark ends a name: "Philip the BoldPOW, Duke of BourbonKIA"
		// are two men. "Thomas, Lord Stanley" is one.
		if n := len(items); n > 0 && !items[n-1].head && len(items[n-1].marks) == 0 && items[n-1].note == "" && (isSuffixTitle(it.name) && !strings.Contains(items[n-1].name, ",") && !isSuffixTitle(items[n-1].name) && !strings.Contains(items[n-1].name, " of ") || people && isGivenName(items[n-1].name) && isPeerByName(it.name)) {
			prev := &items[len(items)-1]
			prev.name += ", " + it.name
			prev.marks = append(prev.marks, it.marks...)
			continue
		}
		items = append(items, it)
	}
	return items
}

// A listItem is one name of an infobox list.
type listItem struct {
	name  string
	marks []Rel  // KilledIn, WoundedIn, CapturedIn from KIA/†, WIA, POW marks
	note  string // a bracketed note after the name: "(Sultan Murad Division commander)"
	star  bool   // a "* " sub-item
	head  bool   // a "Heading:" item; name is the heading
	paren bool   // the name was all in brackets: "(Union)"
}

// romanBeforeMark reports whether the word before a glued mark is a regnal
// number: "Richard IIIKIA".
func romanBeforeMark(before string) bool {
	w := before[strings.LastIndexByte(before, ' ')+1:]
	return w != "" && strings.Trim(w, "IVX") == "" && strings.Contains(before, " ")
}

// endAfterMarks ends a list item after each casualty mark, so that a name
// run on after one ("CifuentesKIA Alfonso Jacquin") starts a new item. A
// mark counts glued to a lower-case letter, ')', '.' or a regnal number, or
// standing as a word.
func endAfterMarks(v string) string {
	var b []byte
	last := 0
	for i := 0; i < len(v); i++ {
		switch v[i] {
		case "†"[0], 'K', 'P', 'W', 'D', 'M': // the first bytes of the marks
		default:
			continue
		}
		n := markAt(v, i)
		if n == 0 {
			continue
		}
		if b == nil {
			b = make([]byte, 0, len(v)+8)
		}
		b = append(b, v[last:i+n]...)
		b = append(b, ',')
		last = i + n
		i += n - 1
	}
	if b == nil {
		return v
	}
	return string(append(b, v[last:]...))
}

// markAt returns the length of a casualty mark at v[i:], or 0.
func markAt(v string, i int) int {
	if strings.HasPrefix(v[i:], "†") {
		return len("†")
	}
	if i+3 > len(v) {
		return 0
	}
	switch v[i : i+3] {
	case "KIA", "POW", "WIA", "DOW", "MIA":
	default:
		return 0
	}
	after := i+3 == len(v) || !isLetterByte(v[i+3])
	if i == 0 {
		return 0
	}
	c := v[i-1]
	switch {
	case c >= 'a' && c <= 'z' || c == ')' || c == '.' || c >= 0x80:
		return 3
	case c == ' ' && after:
		return 3
	case c == '(' && i+3 < len(v) && v[i+3] == ')':
		return 4
	case c >= 'A' && c <= 'Z' && romanBeforeMark(v[:i]):
		return 3
	}
	return 0
}

// isSuffixTitle reports whether s starts like the part of a peer's name
// after its comma: "1st Baronet", "4th Earl of Hopetoun", "Duke of Albany".
// It matches what the regexp
//
//	^(?:\d+(?:st|nd|rd|th) )?(?:(?:Earl|Duke|Baron|Viscount|Marquess|Marquis|Count|Lord|Prince) of\b|Baronet\b|Bt\b)
//
// matches, where \b is the end of an ASCII word.
func isSuffixTitle(s string) bool {
	i := 0
	for i < len(s) && isDigitByte(s[i]) {
		i++
	}
	if i > 0 {
		// An ordinal, "4th ", or no title: the titles start with a letter.
		if i+3 > len(s) || s[i+2] != ' ' {
			return false
		}
		switch s[i : i+2] {
		case "st", "nd", "rd", "th":
		default:
			return false
		}
		s = s[i+3:]
	}
	for _, t := range peerTitles {
		if strings.HasPrefix(s, t) && strings.HasPrefix(s[len(t):], " of") && wordEndsAt(s, len(t)+3) {
			return true
		}
	}
	return strings.HasPrefix(s, "Baronet") && wordEndsAt(s, len("Baronet")) || strings.HasPrefix(s, "Bt") && wordEndsAt(s, len("Bt"))
}

// isOfficeOf reports whether s is a ruler's office: "King of France",
// "Holy Roman Emperor"'s "Emperor of the Romans".
func isOfficeOf(s string) bool {
	for _, t := range []string{"King of ", "Queen of ", "Emperor of ", "Empress of ", "Sultan of ", "Tsar of ", "Shah of ", "Pope of ", "Caliph of ", "Regent of "} {
		if strings.HasPrefix(s, t) {
			return true
		}
	}
	return false
}

// startsEpithet reports whether s is "the" and capitalised words: "the
// Black Prince", "the Great".
func startsEpithet(s string) bool {
	rest, ok := strings.CutPrefix(s, "the ")
	if !ok || rest == "" {
		return false
	}
	for w := range strings.FieldsSeq(rest) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// isGivenName reports whether s is a given name alone, as before ",
// Lord Stanley" or ", the Black Prince": one of the common given names of
// European nobility ("Wellington, Lord Hill" are two men).
func isGivenName(s string) bool {
	return givenNames[s]
}

// isCapWord reports whether s is one capitalised word of letters.
func isCapWord(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if i == 0 && !unicode.IsUpper(r) || !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// givenNames are given names common among the peers and princes of the
// infoboxes.
var givenNames = map[string]bool{
	"Thomas": true, "John": true, "William": true, "Henry": true, "Richard": true, "Edward": true, "Robert": true,
	"James": true, "Francis": true, "George": true, "Charles": true, "Philip": true, "Louis": true, "Frederick": true,
	"Hugh": true, "Ralph": true, "Walter": true, "Humphrey": true, "Roger": true, "Geoffrey": true, "Alexander": true,
	"Archibald": true, "David": true, "Andrew": true, "Arthur": true, "Anthony": true, "Edmund": true, "Gilbert": true,
	"Jasper": true, "Nicholas": true, "Peter": true, "Simon": true, "Stephen": true, "Michael": true, "Patrick": true,
	"Jean": true, "Pierre": true, "Jacques": true, "Guy": true, "Raymond": true, "Baldwin": true, "Godfrey": true,
	"Otto": true, "Ferdinand": true, "Karl": true, "Friedrich": true, "Wilhelm": true, "Heinrich": true, "Johann": true,
	"Eugene": true, "Maurice": true, "Rupert": true, "Oliver": true, "Christopher": true, "Matthew": true, "Mary": true,
	"Elizabeth": true, "Anne": true, "Margaret": true, "Catherine": true, "Isabella": true, "Eleanor": true, "Joan": true,
}

// isPeerByName reports whether s is a peer's title and a name without
// "of": "Lord Stanley", "Viscount Lovell".
func isPeerByName(s string) bool {
	for _, t := range peerTitles {
		if rest, ok := strings.CutPrefix(s, t+" "); ok {
			return isCapWord(rest)
		}
	}
	return false
}

// peerTitles are the titles of peers that are followed by "of".
var peerTitles = []string{"Earl", "Duke", "Baron", "Viscount", "Marquess", "Marquis", "Count", "Lord", "Prince"}

// wordEndsAt reports whether an ASCII word ending at s[i-1] ends there:
// a regexp's \b after a word byte.
func wordEndsAt(s string, i int) bool { return i == len(s) || !isWordByte(s[i]) }

// appendParenAware splits s at commas outside brackets and appends the
// parts to out. A bracket that closes without opening ends the item it is
// in; a bracket group followed by more text ("(1st Aleppo Division
// commander) Ali Salih") is cut after it.
func appendParenAware(out []string, s string) []string {
	depth := 0
	start := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '(':
			depth++
		case ')':
			if depth > 0 {
				depth--
				if depth == 0 && i+2 < len(s) && s[i+1] == ' ' && isUpperByte(s[i+2]) && strings.HasPrefix(strings.TrimSpace(s[start:]), "(") {
					out = append(out, s[start:i+1])
					start = i + 1
				}
			}
		case ',':
			if depth == 0 {
				out = append(out, s[start:i])
				start = i + 1
			}
		}
	}
	return append(out, s[start:])
}

func isUpperByte(c byte) bool { return c >= 'A' && c <= 'Z' || c >= 0xC0 }

// parseItem reads one raw list item: marks, a note in brackets, a leading
// star, a heading.
func parseItem(raw string) listItem {
	var it listItem
	raw = strings.TrimSpace(raw)
	raw0 := raw
	if strings.HasPrefix(raw, "*") {
		it.star = true
		raw = strings.TrimSpace(strings.TrimLeft(raw, "*"))
	}
	if strings.HasSuffix(raw, ":") {
		it.head = true
		it.name = strings.TrimSpace(strings.TrimSuffix(raw, ":"))
		return it
	}
	if i := strings.Index(raw, ":"); i > 0 && i < len(raw)-1 && !strings.Contains(raw[:i], "(") {
		// "Coalition: Northern Alliance"
		raw = strings.TrimSpace(raw[i+1:])
	}
	for _, m := range []struct {
		mark string
		rel  Rel
	}{{"KIA", KilledIn}, {"DOW", KilledIn}, {"†", KilledIn}, {"WIA", WoundedIn}, {"POW", CapturedIn}, {"MIA", CapturedIn}} {
		for {
			i := strings.Index(raw, m.mark)
			if i < 0 {
				break
			}
			if m.mark != "†" && i > 0 && isUpperByte(raw[i-1]) && raw[i-1] < 0x80 && !romanBeforeMark(raw[:i]) {
				break // part of an acronym
			}
			if m.rel != CapturedIn || m.mark == "POW" {
				it.marks = append(it.marks, m.rel)
			}
			raw = raw[:i] + raw[i+len(m.mark):]
		}
	}
	raw = strings.ReplaceAll(raw, "()", "")
	// A note in brackets: "(Kirkuk security commander)". An unbalanced
	// closing bracket makes the whole item a note.
	if strings.HasSuffix(strings.TrimSpace(raw), ")") {
		t := strings.TrimSpace(raw)
		if i := strings.LastIndex(t, "("); i >= 0 {
			it.note = strings.TrimSpace(t[i+1 : len(t)-1])
			raw = t[:i]
		} else {
			it.note = strings.TrimSpace(t[:len(t)-1])
			raw = ""
		}
	} else if i := strings.Index(raw, "("); i > 0 {
		t := raw[i+1:]
		if j := strings.Index(t, ")"); j >= 0 {
			it.note = t[:j]
			raw = raw[:i] + t[j+1:]
		}
	}
	raw = strings.TrimRight(strings.TrimSpace(raw), "#")
	it.name = cleanName(raw)
	if lowerIsOneOf(strings.TrimSuffix(it.name, "."), nameSuffixes) {
		it.name = "" // a suffix cut from its name
	}
	if strings.EqualFold(it.name, "unknown") || strings.EqualFold(it.name, "none") || strings.EqualFold(it.name, "n/a") {
		it.name = ""
	}
	if it.name == "" && it.note != "" && strings.HasPrefix(strings.TrimSpace(raw0), "(") && isProperName(it.note) && !endsWithRoleWord(it.note) && looksLikeName(it.note) {
		it.name, it.note, it.paren = it.note, "", true // "(Union)"
	}
	if it.name != "" && it.note == "" && endsWithRoleWord(it.name) {
		it.note, it.name = it.name, ""
	}
	if it.name != "" && !looksLikeName(it.name) {
		if it.note == "" {
			it.note = it.name
		}
		it.name = ""
	}
	return it
}

// endsWithRoleWord reports whether s ends in a word like "commander":
// "Nour al-Din al-Zenki Movement commander" is a note, not a name.
func endsWithRoleWord(s string) bool {
	i := strings.LastIndexByte(s, ' ')
	if i < 0 {
		return false
	}
	return lowerIsOneOf(s[i+1:], roleWords)
}

// nameSuffixes are the suffixes a name list may cut from their names, in
// lower case: "Jr.", "III".
var nameSuffixes = []string{"jr", "sr", "ii", "iii", "iv"}

// roleWords are the words that end a role, in lower case: "Nour al-Din
// al-Zenki Movement commander".
var roleWords = []string{"commander", "leader", "head", "chief", "emir", "founder", "official", "officer", "deputy"}

// lowerIsOneOf reports whether strings.ToLower(s) is one of words, which
// are ASCII and in lower case, without making the lower-case copy. As each
// code point of s lowers to one byte of the word, only the words as long
// as s has code points can be it.
func lowerIsOneOf(s string, words []string) bool {
	n := utf8.RuneCountInString(s)
	for _, w := range words {
		if len(w) == n && lowerPrefixEnd(s, w) == len(s) {
			return true
		}
	}
	return false
}

// lowerPrefixEnd returns where in s the runes end that strings.ToLower
// turns into prefix, an ASCII lower-case string, or -1 when the lower-case
// s does not start with prefix. It makes no lower-case copy: ToLower maps
// each rune of s (an invalid byte is one U+FFFD) to one rune, so the runes
// of s must lower one by one to the bytes of prefix. ("İ" lowers to "i", so
// the end may differ from len(prefix).)
func lowerPrefixEnd(s, prefix string) int {
	i := 0
	for j, r := range s {
		if i == len(prefix) {
			return j
		}
		if unicode.ToLower(r) != rune(prefix[i]) {
			return -1
		}
		i++
	}
	if i < len(prefix) {
		return -1
	}
	return len(s)
}

// appendLower appends strings.ToLower(s) to dst, rune by rune past ASCII
// (an invalid byte is one U+FFFD, as in strings.ToLower). Given a buffer on
// the stack, it lowers a word, a map key, without allocating.
func appendLower(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			for _, r := range s[i:] {
				dst = utf8.AppendRune(dst, unicode.ToLower(r))
			}
			return dst
		}
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

// readPlace reads the Place field: the first place is where the event
// happened, each later one holds the ones before it.
func (x *extractor) readPlace(f field) *Entity {
	value := strings.ReplaceAll(cleanValue(f.value), "; ", ", ")
	var chain []*Entity
	formers, waters := 0, 0
	var wasBuf [8]bool
	was := wasBuf[:0] // of each place of chain: a former holder ("then Netherlands")
	var nearBuf [8]bool
	near := nearBuf[:0] // of each place of chain: a later part it is only beside ("15 km south of Brussels")
	var buf [8]string
	for pi, part := range appendTop(buf[:0], value, ", ") {
		part = strings.TrimSpace(part)
		trimmed := trimPlaceQualifier(part)
		// After the first part, a place given by a direction or a
		// distance is beside the places before it, not around them.
		beside := pi > 0 && trimmed != part && isBesideQualifier(part[:len(part)-len(trimmed)])
		former := !beside && pi > 0 && trimmed != part && strings.EqualFold(strings.TrimSpace(part[:len(part)-len(trimmed)]), "then")
		if former {
			formers++ // "then Netherlands": what the place was in once
		}
		if strings.Contains(trimmed, " and ") || isWaterName(trimmed) {
			waters++
		}
		// "(modern-day Razgrad, Bulgaria)": the first place's name now, and
		// what holds it now.
		if inner, ok := strings.CutPrefix(trimmed, "("); ok && strings.HasSuffix(inner, ")") && len(chain) > 0 {
			inner = strings.TrimSuffix(inner, ")")
			modern := trimModern(inner)
			named := modern != strings.TrimSpace(inner) // "(modern-day Razgrad, ...)" names the place; "(Brabant, ...)" holds it
			for i, sub := range strings.Split(modern, ", ") {
				n := cleanName(sub)
				if n == "" || !looksLikeName(n) {
					continue
				}
				if i == 0 && named && !isCountryName(n) {
					x.alias(chain[0], n)
					continue
				}
				if e := x.entity(n, x.placeType(n), f.src); e != nil {
					chain = append(chain, e)
					near = append(near, false)
					was = append(was, false)
				}
			}
			continue
		}
		// "Berestechko, Crown of the Kingdom of Poland (today Ukraine)",
		// "Palaeopharsalos (Greece)": a country in brackets holds the
		// place; any other name is the place's.
		name, aliases := trimmed, []string(nil)
		var within []string
		if i := strings.IndexByte(trimmed, '('); i > 0 && strings.HasSuffix(trimmed, ")") {
			name = strings.TrimSpace(trimmed[:i])
			for _, a := range strings.Split(trimmed[i+1:len(trimmed)-1], ",") {
				t := trimModern(a)
				named := t != strings.TrimSpace(a)
				a = t
				if j := strings.Index(a, ": "); j > 0 {
					a = strings.TrimSpace(a[j+2:]) // "Engl.: Blenheim"
					named = true
				}
				switch {
				case isCountryName(a):
					within = append(within, a)
				case looksLikeName(a) && (named || !strings.ContainsAny(a, " -")):
					// "Carrhae (Harran)", "Blindheim (Engl.: Blenheim)":
					// another name; "Tannenberg (East Prussia)",
					// "Arras (Pas-de-Calais)": a region around it.
					aliases = append(aliases, a)
				case looksLikeName(a):
					within = append(within, a)
				}
			}
		}
		// "Japanese embassy in Jesús María": the first is in the second.
		for i, sub := range strings.Split(name, " in ") {
			n := cleanName(trimPlaceQualifier(sub))
			if n == "" || !looksLikeName(n) {
				continue
			}
			e := x.entity(n, x.placeType(n), f.src)
			if e == nil {
				continue
			}
			if i == 0 {
				for _, a := range aliases {
					x.alias(e, a)
				}
			}
			chain = append(chain, e)
			near = append(near, beside)
			was = append(was, former)
		}
		for _, w := range within {
			e := x.entity(w, x.placeType(w), f.src)
			if e == nil {
				continue
			}
			if pi > 0 && len(chain) > 0 {
				// "Berestechko, Crown of the Kingdom of Poland (today
				// Ukraine)": today's country of the place fought at.
				x.relate(x.event, Location, e, 0, f.src)
				x.relate(chain[0], LocatedIn, e, 0, f.src)
				continue
			}
			chain = append(chain, e)
			near = append(near, false)
			was = append(was, false)
		}
	}
	// "Eastern North America, Gibraltar, Balearic Islands, ..., Caribbean
	// Sea, Atlantic and Indian Oceans": a list of the places the war was
	// fought in, not each place in the next. A chain of four places or
	// more (not counting those beside or former) ends with a country.
	core, last := 0, (*Entity)(nil)
	for i, p := range chain {
		if !near[i] {
			core++
			last = p
		}
	}
	list := core-formers >= 4 && last.Type != Country && (waters > 0 || !hasPlaceHead(last.Label))
	for i, p := range chain {
		if !near[i] {
			x.relate(x.event, Location, p, 0, f.src)
		}
		if list || was[i] {
			continue // a former holder is in none of the places after it
		}
		for j, outer := range chain[i+1:] {
			if near[i+1+j] {
				continue
			}
			// (A country is in another only when it is not a country of
			// its own: "Territory of Alaska, United States", not
			// "Ukraine, Russia".)
			if p.Type != Country || outer.Type == Country && !countryIsName[p.Key] {
				x.relate(p, LocatedIn, outer, 0, f.src)
			}
		}
	}
	if len(chain) == 0 {
		return nil
	}
	return chain[0]
}

// hasPlaceHead reports whether a place's name has a word that says what
// kind of place holds others: "Ryukyu Islands", "Ségou Region".
func hasPlaceHead(name string) bool {
	for w := range strings.FieldsSeq(strings.ToLower(name)) {
		if placeHeads[w] {
			return true
		}
	}
	return false
}

// isWaterName reports whether a place is a sea, an ocean or waters.
func isWaterName(s string) bool {
	l := strings.ToLower(s)
	for _, w := range []string{"sea", "ocean", "oceans", "waters", "gulf", "bay", "strait"} {
		if wordIndex(l, w) >= 0 {
			return true
		}
	}
	return false
}

// trimModern drops what says a name is today's: "today Ukraine",
// "modern-day Razgrad".
func trimModern(s string) string {
	s = strings.TrimSpace(s)
	for _, q := range []string{"today ", "modern-day ", "modern day ", "modern ", "present-day ", "present day ", "now "} {
		if lowerPrefixEnd(s, q) == len(q) {
			return strings.TrimSpace(s[len(q):])
		}
	}
	return s
}

// isBesideQualifier reports whether a place qualifier trimmed by
// trimPlaceQualifier gives a direction, a distance or a nearness ("south
// of", "15 km south of", "near"), not a time ("then", "present-day").
func isBesideQualifier(q string) bool {
	q = strings.ToLower(strings.TrimSpace(q))
	if q != "" && isDigitByte(q[0]) || q == "near" || q == "off" || q == "nearby" {
		return true // after the first place, "near Midway Atoll" is beside it
	}
	for _, d := range []string{"north", "south", "east", "west"} {
		if strings.Contains(q, d) {
			return true
		}
	}
	return false
}

// trimPlaceQualifier drops "near", "Near", "1 mile north-west of", "outside".
func trimPlaceQualifier(s string) string {
	for {
		n := placeQualifierLen(s)
		if n == 0 {
			return strings.TrimSpace(s)
		}
		s = s[n:]
	}
}

// placeQualifierLen returns the length of the qualifier that starts s, or
// 0. It finds what the regexp
//
//	^(?i:(?:near|nearby|around|outside|off|close to|vicinity of|the vicinity of|present-day|present day|then|now)\s+(?:of\s+)?|(?:\d+(?:\.\d+)?\s*(?:km|kilometres|kilometers|mi|miles?)\s+)?(?:(?:north|south|east|west)(?:-?(?:north|south|east|west))?\s+of\s+))
//
// matches, trying the words in the regexp's order. Each run of digits or
// spaces is taken whole, since what follows it is neither.
func placeQualifierLen(s string) int {
	for _, w := range placeQualifiers {
		j := foldPrefixEnd(s, 0, w)
		if j < 0 {
			continue
		}
		k := skipRegexpSpace(s, j)
		if k == j {
			continue
		}
		if of := foldPrefixEnd(s, k, "of"); of >= 0 {
			if l := skipRegexpSpace(s, of); l > of {
				return l
			}
		}
		return k
	}
	// "1.5 km north-west of": a distance, then a direction.
	i := digitRun(s, 0)
	if i > 0 {
		if i < len(s) && s[i] == '.' && digitRun(s, i+1) > 0 {
			i += 1 + digitRun(s, i+1)
		}
		i = skipRegexpSpace(s, i)
		unit := -1
		for _, u := range []string{"km", "kilometres", "kilometers", "mi", "miles", "mile"} {
			if j := foldPrefixEnd(s, i, u); j >= 0 && skipRegexpSpace(s, j) > j {
				unit = skipRegexpSpace(s, j)
				break
			}
		}
		if unit < 0 {
			return 0
		}
		i = unit
	}
	i = directionEnd(s, i)
	if i < 0 {
		return 0
	}
	j := i
	if j < len(s) && s[j] == '-' {
		j++
	}
	if k := directionEnd(s, j); k >= 0 {
		i = k // "north-west", "northwest"
	}
	j = skipRegexpSpace(s, i)
	if j == i {
		return 0
	}
	i = foldPrefixEnd(s, j, "of")
	if i < 0 {
		return 0
	}
	if j = skipRegexpSpace(s, i); j == i {
		return 0
	}
	return j
}

// placeQualifiers are the words that qualify a place, in the regexp's
// order.
var placeQualifiers = []string{"near", "nearby", "around", "outside", "off", "close to", "vicinity of", "the vicinity of", "present-day", "present day", "then", "now"}

// directionEnd returns the end of a compass direction at s[i:], in any
// case, or -1.
func directionEnd(s string, i int) int {
	for _, d := range []string{"north", "south", "east", "west"} {
		if j := foldPrefixEnd(s, i, d); j >= 0 {
			return j
		}
	}
	return -1
}

// foldPrefixEnd returns where w ends when s[i:] starts with it in any case,
// or -1. The word w is ASCII in lower case. Like a regexp's (?i), it lets
// 'k' match "K" (the Kelvin sign) and 's' match "ſ" (the long s), the only
// characters outside ASCII whose case folds to an ASCII letter.
func foldPrefixEnd(s string, i int, w string) int {
	for k := 0; k < len(w); k++ {
		c := w[k]
		switch {
		case i < len(s) && (s[i] == c || 'a' <= c && c <= 'z' && s[i] == c-('a'-'A')):
			i++
		case c == 'k' && strings.HasPrefix(s[i:], "\u212A"):
			i += len("\u212A")
		case c == 's' && strings.HasPrefix(s[i:], "\u017F"):
			i += len("\u017F")
		default:
			return -1
		}
	}
	return i
}

// splitParenAlias cuts "Carrhae (Harran)" into a name and its aliases.
func splitParenAlias(s string) (string, []string) {
	i := strings.Index(s, "(")
	if i <= 0 || !strings.HasSuffix(strings.TrimSpace(s), ")") {
		return s, nil
	}
	inner := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s[i+1:]), ")"))
	name := strings.TrimSpace(s[:i])
	var aliases []string
	for _, a := range strings.Split(inner, ",") {
		a = trimModern(a)
		if i := strings.Index(a, ": "); i > 0 {
			a = strings.TrimSpace(a[i+2:]) // "Engl.: Blenheim"
		}
		if looksLikeName(a) {
			aliases = append(aliases, a)
		}
	}
	return name, aliases
}

// placeType tells a country from a place.
func (x *extractor) placeType(name string) Type {
	if isCountryName(name) {
		return Country
	}
	return Place
}

// isCountryName reports whether name is a state: a known country, or a
// polity by its form ("Kingdom of X", "X Empire").
func isCountryName(name string) bool { return isCountryKey(Key(name)) }

// isCountryKey is isCountryName for a name's key k, for callers that have
// the key already.
func isCountryKey(k string) bool {
	if countryIsName[k] {
		return true
	}
	if i, ok := countryByKey[k]; ok && !demonymIsOnly(k, i) {
		return true
	}
	var buf [8]string
	words := appendFields(buf[:0], k)
	if len(words) >= 3 && words[1] == "of" && polityHeads[words[0]] {
		return !orgHeads[words[len(words)-1]]
	}
	if len(words) >= 2 && polityTails[words[len(words)-1]] && !orgHeads[words[0]] {
		return true
	}
	if len(words) >= 4 && words[2] == "of" && polityHeads[words[1]] && (words[0] == "grand" || words[0] == "islamic" || words[0] == "first" || words[0] == "second" || words[0] == "united") {
		return words[0] != "islamic" || words[1] == "emirate" || words[1] == "republic"
	}
	return false
}

// demonymIsOnly reports whether key is only an adjective ("french"), which
// does not name the country itself.
func demonymIsOnly(k string, i int) bool {
	_, adj := demonymByKey[k]
	if !adj {
		return false
	}
	// The country's key is made in a buffer on the stack, only to compare.
	var kbuf [64]byte
	if string(appendKey(kbuf[:0], countries[i].name)) == k || strings.Contains(k, " ") {
		return false
	}
	// strings.ToUpper(k) != k, without making the upper-case copy: some
	// rune changes, or some byte is not UTF-8 (ToUpper writes U+FFFD for it).
	changes := false
	for j := 0; j < len(k) && !changes; {
		r, size := utf8.DecodeRuneInString(k[j:])
		changes = r == utf8.RuneError && size == 1 || unicode.ToUpper(r) != r
		j += size
	}
	return changes && !isShortName(k)
}

// isShortName reports whether k is a short name of a country rather than
// an adjective: "burma", "holland", "britain".
func isShortName(k string) bool {
	switch k {
	case "burma", "holland", "britain", "great britain", "czechia", "siam", "uk", "us", "usa", "u.s.", "u.s.a.", "ussr", "uae", "drc", "turkiye":
		return true
	}
	return false
}

// readPartOf reads the wars and campaigns the event is part of: "the War of
// Attrition and the Israeli–Palestinian conflict"; "the East African
// campaign of World War I" (the campaign is part of the war).
func (x *extractor) readPartOf(f field) {
	value := cleanValue(f.value)
	for _, part := range splitEventList(value) {
		inner, outer := splitOfWar(part)
		name, aliases := splitDisambiguator(inner)
		e := x.entity(stripThe(name), Event, f.src)
		if e == nil {
			continue
		}
		for _, a := range aliases {
			x.alias(e, stripThe(a))
		}
		x.relate(x.event, PartOf, e, 0, f.src)
		if outer != "" {
			oname, oaliases := splitDisambiguator(outer)
			o := x.entity(stripThe(oname), Event, f.src)
			for _, a := range oaliases {
				x.alias(o, stripThe(a))
			}
			x.relate(e, PartOf, o, 0, f.src)
			x.relate(x.event, PartOf, o, 0, f.src)
		}
	}
}

// splitEventList splits a list of event names at commas and "and", but not
// inside brackets ("(2002–present)") or names ("War of 1565–1568").
func splitEventList(s string) []string {
	var out []string
	var buf [16]string
	for _, p := range appendParenAware(buf[:0], s) {
		p = strings.TrimSpace(p)
		p = strings.TrimPrefix(p, "and ")
		for _, q := range splitAndTop(p) {
			if q = strings.TrimSpace(q); q != "" {
				out = append(out, q)
			}
		}
	}
	return out
}

// splitAndTop splits at " and " when both sides look like event names:
// "the War in Afghanistan and the Afghan Civil War", but not "the Islamic
// State of Iraq and the Levant".
func splitAndTop(s string) []string {
	i := strings.Index(s, " and ")
	if i < 0 {
		return []string{s}
	}
	left, right := s[:i], s[i+5:]
	if eventClassOK(left) && eventClassOK(right) {
		return append([]string{left}, splitAndTop(right)...)
	}
	return []string{s}
}

// eventClassOK reports whether s names an event by one of its head nouns.
func eventClassOK(s string) bool {
	_, ok := eventHead(s)
	return ok
}

// splitOfWar cuts "the East African campaign of World War I" into the
// campaign and the war it is part of.
func splitOfWar(s string) (inner, outer string) {
	for _, sep := range []string{" of the ", " of ", " in the "} {
		i := strings.Index(s, sep)
		if i < 0 {
			continue
		}
		left, right := s[:i], s[i+len(sep):]
		lw := strings.Fields(strings.ToLower(left))
		if len(lw) < 2 {
			continue
		}
		switch lw[len(lw)-1] {
		case "campaign", "theater", "theatre", "front", "phase", "offensive", "war":
		default:
			continue
		}
		if c, ok := eventHead(right); ok && (c == War || c == Conflict) && looksLikeName(right) {
			if sep == " of the " {
				right = "the " + right
			}
			return left, right
		}
	}
	return s, ""
}

func stripThe(s string) string {
	s = strings.TrimSpace(s)
	for _, p := range []string{"the ", "The "} {
		if strings.HasPrefix(s, p) && len(s) > len(p) {
			return s[len(p):]
		}
	}
	return s
}

// eventHead finds the class of an event from the head noun of its name:
// the last class word before the first preposition, or failing that the
// last in the name. "Turkish involvement in the Syrian civil war" is a
// Conflict; "Palace of Justice siege" a Siege.
func eventHead(name string) (Class, bool) {
	// One pass over the lower-case words, split at spaces, brackets and
	// commas: the last class word before the first preposition, and the
	// last of all. The separators are ASCII, so the words of the lower-case
	// name are the lower-case words of the name, and each word is lowered
	// into buf without allocating.
	var buf [64]byte
	var head, last Class
	inHead := true
	for i, n := 0, 0; i < len(name); n++ {
		for i < len(name) && isHeadSep(name[i]) {
			i++
		}
		j := i
		for j < len(name) && !isHeadSep(name[j]) {
			j++
		}
		if i == j {
			break
		}
		w := appendLower(buf[:0], name[i:j])
		i = j
		if n > 0 && inHead {
			switch string(w) {
			case "of", "in", "against", "on", "at", "for", "between":
				inHead = false
			}
		}
		if c, ok := classWords[string(w)]; ok {
			last = c
			if inHead {
				head = c
			}
		}
	}
	if head != "" {
		return head, true
	}
	return last, last != ""
}

// isHeadSep reports whether c separates the words eventHead looks at.
func isHeadSep(c byte) bool { return c == ' ' || c == '(' || c == ')' || c == ',' }

// classWords map an event's head noun to its class.
var classWords = map[string]Class{
	"war": War, "wars": War, "battle": Battle, "battles": Battle, "engagement": Battle, "skirmish": Battle,
	"siege": Siege, "sieges": Siege, "blockade": Siege, "operation": Operation, "operations": Operation,
	"attack": Attack, "attacks": Attack, "raid": Attack, "raids": Attack, "bombing": Attack, "bombings": Attack,
	"ambush": Attack, "massacre": Attack, "massacres": Attack, "assault": Attack, "shooting": Attack,
	"shootings": Attack, "strike": Attack, "strikes": Attack, "assassination": Attack, "hijacking": Attack,
	"campaign": Campaign, "campaigns": Campaign, "crusade": Campaign, "offensive": Campaign, "invasion": Campaign,
	"expedition": Campaign, "conflict": Conflict, "conflicts": Conflict, "insurgency": Conflict,
	"rebellion": Conflict, "uprising": Conflict, "revolt": Conflict, "revolution": Conflict,
	"theater": Conflict, "theatre": Conflict, "crisis": Conflict, "intervention": Conflict,
	"involvement": Conflict, "occupation": Conflict, "coup": Conflict, "mutiny": Conflict,
	"front": Conflict, "emergency": Conflict, "troubles": Conflict, "riots": Conflict,
}

// eventClass gives the class of an event name; Conflict when no head noun
// says otherwise.
func eventClass(name string) Class {
	if c, ok := eventHead(name); ok {
		return c
	}
	return Conflict
}

// readDate reads the start and end of the event.
func (x *extractor) readDate(f field) {
	start, end, ok := parseDates(cleanValue(f.value))
	if !ok {
		x.warn(f.src.Line, "date %q: no date found", f.value)
		return
	}
	x.attr(x.event, StartDate, start, f.src)
	x.attr(x.event, EndDate, end, f.src)
}

// readResult records the result as written, and its winner: "French
// victory" makes France the winner, when France is named in the article.
func (x *extractor) readResult(f field) {
	value := stripCitations(f.value)
	value = strings.TrimSpace(value)
	if value == "" {
		return
	}
	x.attr(x.event, Result, value, f.src)
	x.resultText = value
	x.resultSrc = f.src
}

// resolveWinner is run after the whole article has been read, so that the
// winner can be any agent the article names.
func (x *extractor) resolveWinner() {
	winners, ok := victors(x.resultText)
	if !ok {
		return
	}
	for _, part := range splitVictors(winners) {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		if w := x.agentFor(part); w != nil {
			x.relate(w, WinnerOf, x.event, 0, x.resultSrc)
		}
	}
}

// victors finds the winners in a result: "French" in "Decisive French
// victory", "United States and SDF" in "United States and SDF victory". It
// finds what group 1 of the regexp
//
//	^(?:(?:Decisive|Major|Pyrrhic|Tactical|Strategic|Overwhelming|Crushing|Indecisive|Narrow|Qualified|Limited|Partial|Significant|Final)\s+)*(.+?)\s+(?:tactical\s+|strategic\s+|decisive\s+|pyrrhic\s+)?(?:victory|Victory|win|triumph)\b
//
// matches, trying the ways to match in the regexp's order.
func victors(result string) (string, bool) {
	return victorsFrom(result, 0)
}

// victorsFrom matches the regexp from its adjectives on at s[i:]: one more
// adjective and as many spaces as there are first, then fewer spaces, then
// no more adjectives.
func victorsFrom(s string, i int) (string, bool) {
	for _, a := range victoryAdjectives {
		if !strings.HasPrefix(s[i:], a) {
			continue
		}
		j := i + len(a)
		for k := skipRegexpSpace(s, j); k > j; k-- {
			if w, ok := victorsFrom(s, k); ok {
				return w, true
			}
		}
	}
	// The winners are the fewest code points (not '\n') that the victory
	// follows.
	for j := i; j < len(s); {
		r, n := utf8.DecodeRuneInString(s[j:])
		if r == '\n' {
			break
		}
		j += n
		if victoryAt(s, j) {
			return s[i:j], true
		}
	}
	return "", false
}

// victoryAt reports whether s[i:] starts with spaces, an optional
// "tactical" and more spaces, and "victory", "win" or "triumph" as a word.
func victoryAt(s string, i int) bool {
	j := skipRegexpSpace(s, i)
	if j == i {
		return false
	}
	for _, m := range []string{"tactical", "strategic", "decisive", "pyrrhic"} {
		if strings.HasPrefix(s[j:], m) {
			k := j + len(m)
			if l := skipRegexpSpace(s, k); l > k && victoryWordAt(s, l) {
				return true
			}
		}
	}
	return victoryWordAt(s, j)
}

func victoryWordAt(s string, i int) bool {
	for _, w := range []string{"victory", "Victory", "win", "triumph"} {
		if strings.HasPrefix(s[i:], w) && wordEndsAt(s, i+len(w)) {
			return true
		}
	}
	return false
}

// victoryAdjectives may come before the winners: "Decisive French victory".
var victoryAdjectives = []string{
	"Decisive", "Major", "Pyrrhic", "Tactical", "Strategic", "Overwhelming", "Crushing", "Indecisive", "Narrow",
	"Qualified", "Limited", "Partial", "Significant", "Final",
}

// isVictoryAdjective reports whether w is one of victoryAdjectives.
func isVictoryAdjective(w string) bool {
	for _, a := range victoryAdjectives {
		if w == a {
			return true
		}
	}
	return false
}

// splitVictors splits winners at commas, "and", '&' and '/' with the spaces
// around them, as the regexp \s*(?:,|\band\b|&|/)\s* splits them with
// Split(s, -1).
func splitVictors(s string) []string {
	if s == "" {
		return []string{""}
	}
	var parts []string
	start := 0
	for i := 0; i < len(s); i++ {
		j := skipRegexpSpace(s, i)
		n := victorSepAt(s, j)
		if n == 0 {
			if j > i {
				i = j - 1 // no match starts in these spaces either
			}
			continue
		}
		parts = append(parts, s[start:i])
		start = skipRegexpSpace(s, j+n)
		i = start - 1
	}
	return append(parts, s[start:])
}

// victorSepAt returns the length of the separator of winners at s[i:]: ',',
// '&', '/' or "and" as a word; or 0.
func victorSepAt(s string, i int) int {
	if i == len(s) {
		return 0
	}
	switch s[i] {
	case ',', '&', '/':
		return 1
	}
	if strings.HasPrefix(s[i:], "and") && (i == 0 || !isWordByte(s[i-1])) && wordEndsAt(s, i+3) {
		return 3
	}
	return 0
}

// agentFor finds the agent an adjective or name stands for: an entity of
// the article with that name, or whose name the adjective starts ("Parthian"
// for "Parthian Empire"), or the country of a demonym when the article
// names it.
func (x *extractor) agentFor(word string) *Entity {
	word = strings.TrimSpace(strings.TrimPrefix(word, "the "))
	if e := x.lookup(word); e != nil && isAgent(e.Type) {
		return e
	}
	k := Key(word)
	if countryIsName[k] {
		return x.entity(word, Country, x.resultSrc)
	}
	// A combatant whose name starts with the word.
	for _, r := range x.a.Relations {
		if r.Rel != CombatantIn || r.Object != x.event.Key {
			continue
		}
		e := x.byKey[r.Subject]
		if rest, ok := strings.CutPrefix(e.Key, k); ok && (rest == "" || rest[0] == ' ' || rest[0] == '-') {
			return e
		}
	}
	if strings.ToUpper(word) == word && len(word) >= 2 {
		for _, r := range x.a.Relations {
			if r.Rel == CombatantIn && r.Object == x.event.Key {
				if e := x.byKey[r.Subject]; initials(e.Label) == word {
					x.alias(e, word)
					return e
				}
			}
		}
	}
	if i, ok := countryByKey[k]; ok {
		// "Polish" for the Kingdom of Poland, "British" for the Kingdom
		// of Great Britain: the combatant whose name holds the country's,
		// before the country named elsewhere.
		names := append([]string{countries[i].name}, countries[i].other...)
		for _, n := range names {
			if nk := Key(n); nk != k && !isDemonymKey(nk) {
				if e := x.combatantWithWords(nk, false); e != nil {
					return e
				}
			}
		}
		if e := x.lookup(countries[i].name); e != nil && isAgent(e.Type) {
			return e
		}
		for _, o := range countries[i].other {
			if e := x.lookup(o); e != nil && isAgent(e.Type) && Key(o) != k {
				return e
			}
		}
		return nil
	}
	// "Royalist" for the Royalists, "Gothic" for the Goths, "Allied" for
	// the Allies, "Tudor" for the House of Tudor, "Coalition" for the
	// Seventh Coalition.
	for _, form := range adjectiveForms(k) {
		if e := x.combatantWithWords(form, true); e != nil {
			return e
		}
	}
	return nil
}

// isRegimeWord reports whether w, before a country's name, tells which
// state of it fought ("Nazi", "Vichy", "Ba'athist", "Bourbon", "FR",
// "Weimar"), rather than name a group after the country
// ("Tehrik-i-Taliban Pakistan", "Islamic ... Afghanistan").
func isRegimeWord(w string) bool {
	if strings.ContainsAny(w, "-") {
		return false
	}
	switch w {
	case "islamic", "liberation", "popular", "people's", "jaish", "ansar", "tehrik", "harakat", "jamaat", "lashkar", "hizb", "front", "movement", "army":
		return false
	}
	return true
}

// isDemonymKey reports whether k is the key of a country's adjective.
func isDemonymKey(k string) bool {
	_, ok := demonymByKey[k]
	return ok
}

// adjectiveForms are the words an adjective of a result may stand for:
// itself, its plural, and the plural of its stem.
func adjectiveForms(k string) []string {
	if strings.Contains(k, " ") || len(k) < 4 {
		return []string{k}
	}
	forms := []string{k, k + "s"}
	if stem, ok := strings.CutSuffix(k, "ied"); ok {
		forms = append(forms, stem+"ies")
	}
	if stem, ok := strings.CutSuffix(k, "ic"); ok && len(stem) >= 3 {
		forms = append(forms, stem+"s", stem)
	}
	return forms
}

// combatantWithWords returns the combatant of the event whose key is k,
// or else the polity of k ("kingdom of poland" for "poland"), or with
// anyEnd any whose key ends with k ("house of tudor" for "tudor").
func (x *extractor) combatantWithWords(k string, anyEnd bool) *Entity {
	var ends *Entity
	for _, r := range x.a.Relations {
		if r.Rel != CombatantIn || r.Object != x.event.Key {
			continue
		}
		e := x.byKey[r.Subject]
		if e == nil {
			continue
		}
		if e.Key == k {
			return e
		}
		if head, ok := strings.CutSuffix(e.Key, " "+k); ok && ends == nil && (anyEnd || polityHeads[strings.TrimSuffix(head, " of")]) {
			ends = e
		}
	}
	return ends
}

// initials are the first letters of a name's words, particles left out:
// "Turkish-backed Free Syrian Army" gives "TFSA".
func initials(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		if particles[strings.ToLower(w)] {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			continue
		}
		b.WriteRune(unicode.ToUpper(r))
	}
	return b.String()
}

func isAgent(t Type) bool { return t == Country || t == Organization || t == Person }

// readCombatants reads one side's belligerents.
func (x *extractor) readCombatants(side int, f field) {
	var parent *Entity
	for _, it := range listItems(f.value) {
		if it.head && (isGroupHeading(it.name) || x.isAgentHeading(it.name)) {
			// "Seventh Coalition:", "Axis:": the side's alliance, a
			// combatant beside the members listed after it.
			if e := x.entity(it.name, x.agentType(it.name), f.src); e != nil {
				x.relate(e, CombatantIn, x.event, side, f.src)
			}
			continue
		}
		if it.head || it.name == "" {
			continue
		}
		name := stripFlagCode(it.name)
		name, aliases := splitParenAlias(name)
		if name == "" && len(aliases) > 0 {
			name, aliases = aliases[0], aliases[1:]
		}
		if strings.HasPrefix(it.name, "(") {
			continue
		}
		t := x.agentType(name)
		e := x.entity(name, t, f.src)
		if e == nil {
			continue
		}
		for _, a := range aliases {
			x.aliasOrAcronym(e, a)
		}
		if it.note != "" && looksLikeName(it.note) && len(aliases) == 0 && acronymOf(it.note, e.Label) {
			x.alias(e, it.note)
		}
		x.relate(e, CombatantIn, x.event, side, f.src)
		if it.star && parent != nil {
			x.relate(e, AffiliatedWith, parent, 0, f.src)
		} else if !it.star {
			parent = e
		}
	}
}

// stripFlagCode drops a country code left from a flag: "RUS Wagner Group".
func stripFlagCode(s string) string {
	if len(s) > 4 && s[3] == ' ' && isUpperByte(s[0]) && isUpperByte(s[1]) && isUpperByte(s[2]) && s[0] < 0x80 && s[1] < 0x80 && s[2] < 0x80 {
		if _, ok := flagCodes[s[:3]]; ok && looksLikeName(s[4:]) {
			return s[4:]
		}
	}
	return s
}

// flagCodes are the three-letter country codes flags carry.
var flagCodes = map[string]bool{
	"USA": true, "RUS": true, "GBR": true, "FRA": true, "GER": true, "DEU": true, "SYR": true,
	"TUR": true, "IRN": true, "IRQ": true, "ISR": true, "UKR": true, "CHN": true, "JPN": true,
	"ITA": true, "ESP": true, "POL": true, "NLD": true, "BEL": true, "CAN": true, "AUS": true,
	"AFG": true, "PAK": true, "IND": true, "SAU": true, "EGY": true, "LBY": true, "MLI": true,
	"NGA": true, "JOR": true, "LBN": true, "YEM": true, "SOM": true, "SDN": true, "ETH": true,
	"KEN": true, "UGA": true, "COD": true, "CAF": true, "TCD": true, "NER": true, "BFA": true,
	"MRT": true, "DZA": true, "MAR": true, "TUN": true, "GRC": true, "SRB": true, "HRV": true,
	"BIH": true, "ALB": true, "ARM": true, "AZE": true, "GEO": true, "KAZ": true, "UZB": true,
	"MEX": true, "COL": true, "PER": true, "VEN": true, "BRA": true, "ARG": true, "CHL": true,
	"CUB": true, "USSR": false, "PRK": true, "KOR": true, "VNM": true, "THA": true, "MMR": true,
	"PHL": true, "IDN": true, "MYS": true, "NZL": true, "SWE": true, "NOR": true, "FIN": true,
	"DNK": true, "AUT": true, "CHE": true, "HUN": true, "ROU": true, "BGR": true, "CZE": true,
	"SVK": true, "PRT": true, "IRL": true, "QAT": true, "ARE": true, "KWT": true, "OMN": true,
	"BHR": true,
}

// agentType tells a country from an organisation, for a belligerent.
func (x *extractor) agentType(name string) Type {
	if e := x.lookup(name); e != nil && e.Type != "" && e.Type != Place {
		return e.Type
	}
	if isCountryName(name) {
		return Country
	}
	k := Key(name)
	var buf [8]string
	words := appendFields(buf[:0], k)
	if len(words) >= 3 && words[1] == "of" && (polityHeads[words[0]] || words[0] == "union") && countryIsName[strings.Join(words[2:], " ")] {
		return Country
	}
	if len(words) > 0 {
		if orgHeads[words[len(words)-1]] || orgHeads[words[0]] {
			return Organization
		}
	}
	for _, w := range words {
		switch w {
		case "africa", "america", "asia", "europe", "arabia", "indies", "india":
			return Country
		}
	}
	if len(words) == 1 {
		if _, ok := countryByKey[k]; ok {
			return Country
		}
	}
	// "Nazi Germany", "Bourbon Spain", "Ptolemaic Egypt": a country under
	// a word that tells which ("Union of South Africa" is above).
	if len(words) >= 2 && isRegimeWord(words[0]) && countryIsName[strings.Join(words[1:], " ")] {
		return Country
	}
	return Organization
}

// isGroupHeading reports whether a heading of a combatants list names an
// alliance ("Seventh Coalition", "Axis", "Allies", "Central Powers")
// rather than a kind of party ("Government", "Rebels", "Supported by",
// "Formerly"): its last word must say so.
func isGroupHeading(h string) bool {
	if h == "" || len(h) > 60 || strings.ContainsAny(h, "0123456789()[]") {
		return false
	}
	for w := range strings.FieldsSeq(h) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !particles[w] {
			return false
		}
	}
	lh := strings.ToLower(h)
	if i := strings.LastIndexByte(lh, ' '); i >= 0 {
		lh = lh[i+1:]
	}
	return allianceWords[lh]
}

// isAgentHeading reports whether a heading names an agent in its own
// right: a known organisation or country, a country's name, an acronym
// ("NATO:", "United Nations:", "ISAF:").
func (x *extractor) isAgentHeading(h string) bool {
	if h == "" || partyHeadings[strings.ToLower(h)] {
		return false
	}
	if e := x.lookup(h); e != nil && (e.Type == Organization || e.Type == Country) {
		return true
	}
	return isCountryName(h) || isAcronym(h) || strings.HasPrefix(h, "United Nations")
}

// partyHeadings head the parties of a side that are not an agent.
var partyHeadings = map[string]bool{
	"support": true, "supported by": true, "supporters": true, "prisoners": true, "belligerents": true,
	"combatants": true, "commanders": true, "units": true, "total": true, "initial": true, "formerly": true,
	"government": true, "rebels": true, "others": true, "co-belligerents": true, "volunteers": true,
	"mercenaries": true, "advisors": true, "advisers": true, "civilians": true, "victims": true,
	"perpetrators": true, "attackers": true, "defenders": true, "later": true, "navy": true, "air": true,
}

// allianceWords end the name of an alliance.
var allianceWords = map[string]bool{
	"coalition": true, "alliance": true, "axis": true, "allies": true, "powers": true, "entente": true,
	"league": true, "pact": true, "bloc": true, "confederation": true, "confederacy": true, "front": true,
}

// aliasOrAcronym records a bracketed name after an entity's name as its
// alias: "Counter-Terrorism Group (CTG)".
func (x *extractor) aliasOrAcronym(e *Entity, a string) {
	if looksLikeName(a) {
		x.alias(e, a)
	}
}

// acronymOf reports whether short is an acronym of name.
func acronymOf(short, name string) bool {
	if len(short) < 2 || len(short) > 8 || strings.ToUpper(short) != short {
		return false
	}
	return true
}

// readCommanders reads one side's commanders. A name's note may say what
// it leads: "(Sultan Murad Division commander)".
func (x *extractor) readCommanders(side int, f field) {
	for _, it := range peopleItems(f.value) {
		if it.head || it.name == "" {
			continue
		}
		if it.paren {
			// "Brig. Gen. Sayf Bulad, (Hazma Division)": a note on the
			// commander before.
			if n := len(x.commanders); n > 0 && x.commanders[n-1].Sources[len(x.commanders[n-1].Sources)-1].Line == f.src.Line {
				x.commanderNote(x.commanders[n-1], it.name, f.src)
			}
			continue
		}
		name, aliases := splitDisambiguator(it.name)
		name = stripRanks(name)
		if name == "" || !looksLikeName(name) {
			continue
		}
		// "John Moore (British Army officer)" keeps the bracketed form as
		// an alias; a second listing of a shorter form is an alias too.
		if prev := x.shorterFormOf(name, side); prev != nil {
			x.alias(prev, name)
			x.marks(prev, it.marks, f.src)
			continue
		}
		e := x.entity(name, Person, f.src)
		if e == nil {
			continue
		}
		if e.Type != Person {
			e.Type = Person
		}
		for _, a := range aliases {
			x.alias(e, a)
		}
		x.relate(e, CommanderIn, x.event, side, f.src)
		x.marks(e, it.marks, f.src)
		x.commanderNote(e, it.note, f.src)
		x.commanders = append(x.commanders, e)
	}
}

func (x *extractor) marks(e *Entity, marks []Rel, src Source) {
	for _, m := range marks {
		x.relate(e, m, x.event, 0, src)
	}
}

// shorterFormOf finds an earlier commander of the same side of whom name is
// a shorter form: "Armand de La Houssaye" after "Armand Lebrun de La
// Houssaye", "John Hope" after "John Hope, 4th Earl of Hopetoun".
func (x *extractor) shorterFormOf(name string, side int) *Entity {
	if len(x.commanders) == 0 {
		return nil
	}
	var buf [8]string
	nw := appendFields(buf[:0], x.key(name))
	if len(nw) < 2 {
		return nil
	}
	for i := len(x.commanders) - 1; i >= 0; i-- {
		e := x.commanders[i]
		ew := x.personWords(e)
		if len(ew) < len(nw) || nw[0] != ew[0] || nw[len(nw)-1] != ew[len(ew)-1] {
			continue
		}
		if isSubsequence(nw, ew) {
			// A name the article knows already is no shorter form.
			if x.lookup(name) != nil {
				return nil
			}
			return e
		}
	}
	return nil
}

func isSubsequence(short, long []string) bool {
	j := 0
	for _, w := range long {
		if j < len(short) && short[j] == w {
			j++
		}
	}
	return j == len(short)
}

// stripRanks removes ranks and titles before a name: "Lt. Gen. Zekai
// Aksakallı" is "Zekai Aksakallı". A title that is the name's only other
// word stays ("Lord Chelmsford").
func stripRanks(name string) string {
	name = strings.TrimSpace(name)
	var buf [32]byte
	for {
		// A multi-word rank and a space start the lower-case name. The
		// cut counts bytes of the lower-case rank, as it always has.
		cut := 0
		for _, r := range multiRanks {
			if len(r) > cut {
				if end := lowerPrefixEnd(name, r); end >= 0 && end < len(name) && name[end] == ' ' {
					cut = len(r) + 1
				}
			}
		}
		if cut == 0 {
			sp := strings.IndexByte(name, ' ')
			if sp < 0 {
				break
			}
			w := string(appendLower(buf[:0], name[:sp]))
			if !ranks[w] && !(peerPrefixes[w] && hasTwoWords(name[sp+1:])) {
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

// peerPrefixes are titles that stand before a name of two words or more,
// which they are no part of ("Duke Bogusław Radziwiłł", "Khan İslâm III
// Giray"); before one word they are the name ("Count Overkirk", as "Lord
// Chelmsford").
var peerPrefixes = map[string]bool{"duke": true, "count": true, "khan": true, "ras": true, "margrave": true, "hetman": true, "landgrave": true}

// commanderNote reads a commander's note: "(Sultan Murad Division
// commander)" makes him its leader, "(Levant Front field commander)" or
// "(Hazma Division)" its member, "(head of Zanyari)" its leader.
func (x *extractor) commanderNote(p *Entity, note string, src Source) {
	note = strings.TrimSpace(note)
	if note == "" {
		return
	}
	lower := strings.ToLower(note)
	rel := MemberOf
	org := note
	if start, end := noteRole(lower); start >= 0 {
		role := lower[start:end]
		org = strings.TrimSpace(note[:start])
		if rest := strings.TrimSpace(note[end:]); org == "" && strings.HasPrefix(strings.ToLower(rest), "of ") {
			org = strings.TrimSpace(rest[3:])
		}
		switch {
		case strings.Contains(role, "field"), strings.Contains(role, "deputy"), strings.Contains(role, "political"):
			rel = MemberOf
			if strings.Contains(role, "deputy") {
				rel = DeputyLeaderOf
			}
			if strings.Contains(role, "political leader") {
				rel = LeaderOf
			}
		default:
			rel = LeaderOf
		}
	}
	org = strings.TrimSpace(strings.TrimSuffix(org, ","))
	if org == "" || !looksLikeName(org) {
		return
	}
	o := x.orgFromNote(org)
	if o == nil {
		return
	}
	x.relate(p, rel, o, 0, src)
}

// noteRole finds the role of a commander's note in lower case, "deputy
// commander", and returns where it starts and ends, or -1, -1. It finds
// the first match of the regexp
//
//	\b(?:deputy |field |chief |political |supreme |overall |operations |military )*(?:commander|leader|head|chief|emir|founder|director|chairman|commandant)\b
//
// as the regexp would, with \b at ASCII word ends.
func noteRole(lower string) (start, end int) {
	for p := 0; p < len(lower); p++ {
		if p > 0 && isWordByte(lower[p-1]) {
			continue
		}
		if end := roleFrom(lower, p); end >= 0 {
			return p, end
		}
	}
	return -1, -1
}

// roleFrom returns the end of the role that starts at s[i:], or -1: as
// many modifiers as lead to a role noun, then the noun. Like the regexp,
// it tries more modifiers first ("chief commander") and then fewer
// ("chief of staff").
func roleFrom(s string, i int) int {
	for _, m := range roleModifiers {
		if strings.HasPrefix(s[i:], m) {
			if end := roleFrom(s, i+len(m)); end >= 0 {
				return end
			}
		}
	}
	for _, n := range roleNouns {
		if strings.HasPrefix(s[i:], n) && wordEndsAt(s, i+len(n)) {
			return i + len(n)
		}
	}
	return -1
}

// roleModifiers and roleNouns make the roles of commanders' notes.
var (
	roleModifiers = []string{"deputy ", "field ", "chief ", "political ", "supreme ", "overall ", "operations ", "military "}
	roleNouns     = []string{"commander", "leader", "head", "chief", "emir", "founder", "director", "chairman", "commandant"}
)

// orgFromNote finds the organisation a note names: a known one, by its
// name or its last words ("Zanyari" for "Parastin u Zanyari"), or a new
// one whose name ends in an organisation's head noun.
func (x *extractor) orgFromNote(name string) *Entity {
	if e := x.lookup(name); e != nil && (e.Type == Organization || e.Type == Country) {
		return e
	}
	k := Key(name)
	hasWord := strings.TrimFunc(k, unicode.IsSpace) != "" // strings.Fields(k) is not empty
	lk := loose(k)
	for _, e := range x.a.Entities {
		if e.Type != Organization {
			continue
		}
		if hasWord && len(k) >= 4 && len(e.Key) > len(k) && e.Key[len(e.Key)-len(k)-1] == ' ' && strings.HasSuffix(e.Key, k) {
			x.alias(e, name)
			return e
		}
		// "Peshmerga Counterterrorism Group" for "Counter-Terrorism Group"
		// of the Peshmerga: another known name, then this one.
		if looseIsProperSuffix(lk, e.Key) {
			prefix := strings.TrimSpace(name[:len(name)-len(lastWordsLike(name, e.Label))])
			if prefix != "" && (x.lookup(prefix) != nil || isDemonym(prefix)) {
				x.alias(e, name)
				return e
			}
		}
	}
	var buf [8]string
	words := appendFields(buf[:0], k)
	if len(words) >= 2 && orgHeads[words[len(words)-1]] && isProperName(name) {
		return x.entity(name, Organization, Source{})
	}
	return nil
}

// isProperName reports whether every word of s but short particles starts
// with a capital or a digit.
func isProperName(s string) bool {
	var buf [32]byte
	for w := range strings.FieldsSeq(s) {
		if particles[string(appendLower(buf[:0], w))] {
			continue
		}
		if !looksLikeName(w) {
			return false
		}
	}
	return true
}

// particles are the small words proper names hold in lower case.
var particles = map[string]bool{
	"of": true, "the": true, "and": true, "de": true, "del": true, "della": true, "di": true, "da": true,
	"du": true, "des": true, "la": true, "le": true, "les": true, "von": true, "van": true, "der": true,
	"den": true, "al": true, "el": true, "ad": true, "ar": true, "as": true, "at": true, "bin": true,
	"ibn": true, "bint": true, "ben": false, "u": true, "y": true, "e": true, "in": true, "for": true,
	"on": true, "zu": true, "dos": true, "das": true, "do": true, "ka": true, "wal": true, "al-": true,
}

// lastWordsLike returns the words at the end of s that loosely spell name.
func lastWordsLike(s, name string) string {
	ws := strings.Fields(s)
	for i := len(ws) - 1; i >= 0; i-- {
		tail := strings.Join(ws[i:], " ")
		if loose(Key(tail)) == loose(Key(name)) {
			return tail
		}
	}
	return ""
}

// loose is a key without spaces, hyphens, dots and apostrophes: "M-19" and
// "M19", "U.S." and "US" are loosely the same.
func loose(k string) string {
	if !strings.ContainsAny(k, " -.'\"") {
		return k
	}
	if !utf8.ValidString(k) {
		// strings.Map also turns each invalid byte into U+FFFD.
		return strings.Map(func(r rune) rune {
			switch r {
			case ' ', '-', '.', '\'', '"':
				return -1
			}
			return r
		}, k)
	}
	// In valid UTF-8 the bytes of these ASCII characters are never part
	// of another character.
	var b strings.Builder
	b.Grow(len(k))
	for i := 0; i < len(k); i++ {
		switch c := k[i]; c {
		case ' ', '-', '.', '\'', '"':
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// looseIsProperSuffix reports whether loose(k) is a suffix of lk, and
// shorter: lk != loose(k) && strings.HasSuffix(lk, loose(k)). It compares
// the bytes of valid UTF-8 k that loose keeps, from the end, without
// making loose(k).
func looseIsProperSuffix(lk, k string) bool {
	if !utf8.ValidString(k) {
		le := loose(k)
		return lk != le && strings.HasSuffix(lk, le)
	}
	j := len(lk)
	for i := len(k) - 1; i >= 0; i-- {
		switch c := k[i]; c {
		case ' ', '-', '.', '\'', '"':
		default:
			if j == 0 || lk[j-1] != c {
				return false
			}
			j--
		}
	}
	return j > 0
}

// appendFields appends the words of s, as strings.Fields splits them, to
// dst. Given a buffer on the stack, it splits a short name without
// allocating.
func appendFields(dst []string, s string) []string {
	for w := range strings.FieldsSeq(s) {
		dst = append(dst, w)
	}
	return dst
}

func isDemonym(s string) bool {
	_, ok := demonymByKey[Key(s)]
	return ok
}

// readUnits reads the units of a side: participants, and combatants of
// that side; a starred unit belongs to the one above it.
func (x *extractor) readUnits(side int, f field) {
	var parent *Entity
	for _, it := range listItems(f.value) {
		if it.head || it.name == "" {
			continue
		}
		name, aliases := splitParenAlias(it.name)
		e := x.entity(stripFlagCode(name), Organization, f.src)
		if e == nil {
			continue
		}
		if e.Type == Place || e.Type == "" {
			e.Type = Organization
		}
		for _, a := range aliases {
			x.alias(e, a)
		}
		if it.note != "" && acronymOf(it.note, e.Label) {
			x.alias(e, it.note)
		}
		x.relate(e, ParticipantIn, x.event, 0, f.src)
		x.relate(e, CombatantIn, x.event, side, f.src)
		if it.star && parent != nil {
			x.relate(e, AffiliatedWith, parent, 0, f.src)
		} else if !it.star {
			parent = e
		}
	}
}

// readPerpetrators reads an attack's perpetrators: participants, and the
// first side.
func (x *extractor) readPerpetrators(f field) {
	for _, it := range listItems(f.value) {
		if it.head || it.name == "" {
			continue
		}
		e := x.entity(it.name, x.agentType(it.name), f.src)
		x.relate(e, ParticipantIn, x.event, 0, f.src)
		x.relate(e, CombatantIn, x.event, 1, f.src)
	}
}

// readTargets reads an attack's targets: places of the event, in the
// place the infobox gives.
func (x *extractor) readTargets(f field, in *Entity) {
	value := cleanValue(f.value)
	for _, part := range splitEventListPlain(value) {
		if i := strings.Index(part, " with "); i > 0 {
			part = part[:i]
		}
		part, _ = splitParenAlias(part)
		part = cleanName(part)
		if part == "" || !looksLikeName(part) {
			continue
		}
		p := x.entity(part, Place, f.src)
		x.relate(x.event, Location, p, 0, f.src)
		if in != nil {
			x.relate(p, LocatedIn, in, 0, f.src)
		}
	}
}

// splitEventListPlain splits at commas and " and ".
func splitEventListPlain(s string) []string {
	var out []string
	var buf [16]string
	for _, p := range appendParenAware(buf[:0], s) {
		for _, q := range strings.Split(p, " and ") {
			if q = strings.TrimSpace(q); q != "" {
				out = append(out, q)
			}
		}
	}
	return out
}

// appendTop splits s at sep outside brackets and appends the parts to out.
func appendTop(out []string, s, sep string) []string {
	depth := 0
	start := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '(', '[':
			depth++
		case ')', ']':
			if depth > 0 {
				depth--
			}
		default:
			if depth == 0 && strings.HasPrefix(s[i:], sep) {
				out = append(out, s[start:i])
				start = i + len(sep)
				i += len(sep) - 1
			}
		}
	}
	return append(out, s[start:])
}
