package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// lowerPlaceHeads are lower-case nouns that end a place's name after it:
// "Radisson Blu hotel", "Karameh camp".
var lowerPlaceHeads = map[string]bool{
	"hotel": true, "restaurant": true, "camp": true, "fortress": true, "embassy": true, "airport": true,
	"prison": true, "mosque": true, "cathedral": true, "palace": true,
}

// lowerEventHeads are lower-case nouns that end an event's name after it:
// "the Northern Mali conflict", "the 1997 Japanese embassy hostage crisis".
var lowerEventHeads = map[string]bool{
	"conflict": true, "insurgency": true, "rebellion": true, "campaign": true, "war": true,
	"crisis": true, "uprising": true, "revolt": true, "massacre": true, "offensive": true,
	"coup": true, "revolution": true, "siege": true, "attack": true, "attacks": true, "raid": true,
	"bombing": true, "bombings": true, "ambush": true, "shooting": true,
}

// extendLower extends a mention over lower-case words that end its name:
// up to three modifiers and an event noun, or one place noun.
func extendLower(toks []token, m *mention, clean string) {
	j := m.to
	if j < len(toks) && toks[j].word && !toks[j].cap && (lowerPolityHeads[toks[j].lower] || equipmentNouns[toks[j].lower] && m.to-m.from == 1 && !isDesignation(m.text)) {
		m.to = j + 1
		m.end = toks[j].end
		m.text = strings.TrimSpace(clean[m.start:m.end])
		return
	}
	country := 0 // 1 when m.text names a country, -1 when not, 0 until asked
	for k := j; k < len(toks) && k < j+4; k++ {
		t := toks[k]
		if !t.word || t.cap || t.num {
			break
		}
		lw := t.lower
		if stopwords[lw] || nameConnectors[lw] || strings.HasSuffix(lw, "ed") && !lowerEventHeads[lw] {
			break // "the Army of the Potomac defeated attacks"
		}
		if country == 0 {
			var buf [64]byte
			country = -1
			if _, ok := countryByKey[string(appendKey(buf[:0], m.text))]; ok {
				country = 1
			}
		}
		if country == 1 && !isDemonymText(m.text) {
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

// lowerPolityHeads end a state's name after it: "the Habsburg monarchy".
var lowerPolityHeads = map[string]bool{"monarchy": true, "dynasty": true, "empire": true, "kingdom": true, "caliphate": true, "sultanate": true}

// isDemonymWord reports whether s is a demonym or adjective, or the plural
// of one ("Germans").
func isDemonymWord(s string) bool {
	return isDemonymText(s) || strings.HasSuffix(s, "s") && isDemonymText(s[:len(s)-1])
}

func isDemonymText(s string) bool {
	// Demonyms and adjectives are single words: look them up without
	// making a key.
	var buf [40]byte
	if len(s) > len(buf) || strings.IndexByte(s, ' ') >= 0 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			k := Key(s)
			_, ok := demonymByKey[k]
			return ok || adjectives[k]
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	if _, ok := demonymByKey[string(buf[:len(s)])]; ok {
		return true
	}
	return adjectives[string(buf[:len(s)])]
}

// resolve finds the entity a mention names, or makes one. It returns nil
// for a mention that names nothing the graph keeps.
func (x *extractor) resolve(m *mention, toks []token, src Source) *Entity {
	text := m.text
	k := x.key(text)
	if e := x.knownKey(k); e != nil {
		e.Sources = appendSource(e.Sources, src)
		return e
	}
	var wbuf [8]string // the words of k, on the stack
	words := appendFields(wbuf[:0], k)
	// A demonym before a known name ("British XXX Corps", "Afghan Northern
	// Alliance") or before a numbered unit ("British Second Army").
	if len(words) >= 2 {
		first, _ := firstField(text)
		if isDemonymText(first) {
			rest := strings.TrimSpace(text[len(first):])
			var rbuf [8]string
			restWords := appendFields(rbuf[:0], x.key(rest))
			restFirst := restWords[0]
			if e := x.known(rest); e != nil {
				if e.Type == Organization && isDemonym(first) && restFirst != "army" && restFirst != "armed" {
					x.alias(e, text)
				}
				return e
			}
			if len(restWords) == 1 && (ranks[restFirst] || nobleTitles[restFirst]) {
				return nil // "the French Marshal"
			}
			if isDesignationWord(restFirst) || len(restWords) == 1 && !orgHeads[restFirst] && !polityTails[restFirst] && !polityTails[strings.TrimSuffix(restFirst, "s")] && !placeHeads[restFirst] && !classWordsHas(restFirst) {
				e := x.resolve(&mention{text: rest, from: m.from + 1, to: m.to, start: m.start, end: m.end, cue: m.cue}, toks, src)
				if e != nil && e.Type == Organization && isDemonym(first) {
					x.alias(e, text)
				}
				return e
			}
		}
	}
	if len(words) == 0 {
		return nil
	}
	// "James, 2nd Earl of Douglas" is the "James Douglas" already known.
	if i := strings.Index(text, ", "); i > 0 {
		given := strings.Fields(text[:i])
		title := strings.Fields(text[i+2:])
		if len(given) == 1 && len(title) >= 3 && title[len(title)-2] == "of" {
			if e := x.lookup(given[0] + " " + title[len(title)-1]); e != nil && e.Type == Person {
				x.relabel(e, text)
				return e
			}
		}
	}
	// A full name whose acronym is known: "Al-Qaeda in the Islamic
	// Maghreb" for an "AQIM" of the infobox.
	if len(words) >= 2 && !isAcronym(text) && len(x.acronyms) > 0 {
		var abuf, bbuf [32]byte
		a, b := appendInitials(abuf[:0], bbuf[:0], text)
		for i, acr := range [2][]byte{a, b} {
			if i == 1 && string(a) == string(b) {
				break // the two are one
			}
			if e := x.acronyms[string(acr)]; e != nil && x.byKey[e.Key] == e && e.Type == Organization && isAcronym(e.Label) {
				x.relabel(e, text)
				return e
			}
		}
	}
	jk := k // the words joined, most often k itself
	if eq, _ := joinCompare(words, k); !eq {
		jk = strings.Join(words, " ")
	}
	if e := x.aliasTargetKey(text, jk, words); e != nil && !(e.Type == Person && countryIsName[k]) {
		// (A country's name is never a person's surname.)
		x.alias(e, text)
		e.Sources = appendSource(e.Sources, src)
		return e
	}
	// "Wellington" for the "Duke of Wellington", unless the place itself
	// is meant ("militia from Dreux", "the town of Flanders", "Wales").
	if _, country := countryByKey[k]; len(words) == 1 && !country && !placePrepositions[m.cue] && m.cue != "on" && !placeCues[strings.TrimSuffix(m.cue, " of")] {
		if e := x.peerByPlace(k); e != nil {
			x.alias(e, text)
			e.Sources = appendSource(e.Sources, src)
			return e
		}
	}
	// A country's short name: "U.S." is the United States, when the
	// article also gives the full name; otherwise the short name is the
	// fullest the text uses.
	if i, ok := countryByKey[k]; ok && !isDemonymText(text) {
		// "Great Britain" for the "United Kingdom of Great Britain and
		// Ireland" of the infobox: the country's long name.
		for _, e := range x.ix.beforeOf[Key(countries[i].name)] {
			if x.byKey[e.Key] == e && e.Type == Country {
				x.alias(e, text)
				e.Sources = appendSource(e.Sources, src)
				return e
			}
		}
		name := countries[i].name
		if !x.textHas(name) {
			name = text
		}
		e := x.entity(name, Country, src)
		if Key(name) != k {
			x.alias(e, text)
		}
		return e
	}
	// "Pacific Ocean" after "Pacific": the short form met first is the same
	// place.
	if len(words) >= 2 && droppableSuffixes[words[len(words)-1]] {
		if e := x.lookup(strings.Join(strings.Fields(text)[:len(words)-1], " ")); e != nil && e.Type == Place && !fromInfobox(e) {
			x.relabel(e, text)
			e.Sources = appendSource(e.Sources, src)
			return e
		}
	}
	t, class := x.classify(*m, k, toks)
	if t == "" {
		return nil
	}
	e := x.entity(text, t, src)
	if e != nil && t == Event && class != "" {
		e.Class = class
	}
	return e
}

// textHas reports whether the article's text holds s.
func (x *extractor) textHas(s string) bool {
	if strings.Contains(s, "\n") {
		// The text is the fields' values and the paragraphs, a line
		// each: only a string with a line break can span two.
		var b strings.Builder
		for _, f := range x.doc.fields {
			b.WriteString(f.value)
			b.WriteByte('\n')
		}
		for _, p := range x.doc.paras {
			b.WriteString(p.text)
			b.WriteByte('\n')
		}
		return strings.Contains(b.String(), s)
	}
	if s == "" {
		return true
	}
	for _, f := range x.doc.fields {
		if strings.Contains(f.value, s) {
			return true
		}
	}
	for _, p := range x.doc.paras {
		if strings.Contains(p.text, s) {
			return true
		}
	}
	return false
}

// known finds an entity by name, alias or loose spelling ("M19", "Jean de
// Dieu Soult").
func (x *extractor) known(name string) *Entity { return x.knownKey(x.key(name)) }

// knownKey is known for a name already made a key.
func (x *extractor) knownKey(k string) *Entity {
	if e := x.lookupKey(k); e != nil {
		return e
	}
	var buf [64]byte
	l := appendLoose(buf[:0], k)
	if len(l) < 2 {
		return nil
	}
	if e := x.looseIdx[string(l)]; e != nil && x.byKey[e.Key] == e {
		return e
	}
	return nil
}

// indexName records a name of e in the loose index; the first entity to
// hold a loose spelling keeps it.
func (x *extractor) indexName(e *Entity, name string) { x.indexKey(e, Key(name)) }

// indexKey is indexName for a name's key.
func (x *extractor) indexKey(e *Entity, k string) {
	var buf [64]byte
	l := appendLoose(buf[:0], k)
	if old := x.looseIdx[string(l)]; old == nil || x.byKey[old.Key] != old {
		if string(l) == k {
			x.looseIdx[k] = e // nothing dropped: no copy
		} else {
			x.looseIdx[string(l)] = e
		}
	}
}

// appendLoose appends loose(k) to dst. Given a buffer on the stack, a
// loose spelling is looked up without allocating.
func appendLoose(dst []byte, k string) []byte {
	if !utf8.ValidString(k) {
		return append(dst, loose(k)...)
	}
	// In valid UTF-8 the bytes of the ASCII characters that loose drops
	// are never part of another character.
	for i := 0; i < len(k); i++ {
		switch c := k[i]; c {
		case ' ', '-', '.', '\'', '"':
		default:
			dst = append(dst, c)
		}
	}
	return dst
}

// aliasTarget finds the known entity that a new name is another name of.
// It asks the name index (see index.go), so its cost does not grow with the
// number of entities.
func (x *extractor) aliasTarget(text string, words []string) *Entity {
	return x.aliasTargetKey(text, strings.Join(words, " "), words)
}

// aliasTargetKey is aliasTarget given k, the words joined by spaces.
func (x *extractor) aliasTargetKey(text, k string, words []string) *Entity {
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
		// A given name that is no one's surname: the only commander of
		// the infobox whose name begins with it ("Napoleon" for
		// "Napoleon Bonaparte").
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
			if eq, prefix := joinCompare(bw, k); eq || prefix || sameWords(bw, words) || sameEnds(bw, words) {
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
	// Keys made of k and another word are put together in buf to be looked
	// up, not allocated.
	var buf [64]byte
	op := append(append(buf[:0], "operation "...), k...)
	if e := x.lookupBytes(op); e != nil && e.Type == Event && e.Key == string(op) {
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
		long := append(append(append(buf[:0], k...), ' '), suf...)
		if e := x.lookupBytes(long); isPlace(e) && e.Key == string(long) {
			return e
		}
	}
	if len(words) == 1 && strings.HasSuffix(k, "s") {
		stem := strings.TrimSuffix(k, "s")
		for _, head := range []string{"islands", "mountains", "hills", "isles"} {
			if e := x.lookupBytes(append(append(append(buf[:0], stem...), ' '), head...)); isPlace(e) {
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

// sameEnds reports whether two names of two words or more begin and end
// with the same words, and the words of the shorter all stand in the
// longer, in order: "William Rupertus" and "William H. Rupertus",
// "Bernard Montgomery" and "Bernard Law Montgomery", "Gebhard von
// Blücher" and "Gebhard Leberecht von Blücher". A shorter name that has
// middle words of its own is another man's when the longer has initials
// it lacks: "George W. Bush" is not "George H. W. Bush".
func sameEnds(a, b []string) bool {
	if len(a) == len(b) || len(a) < 2 || len(b) < 2 || a[0] != b[0] || a[len(a)-1] != b[len(b)-1] {
		return false
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	j := 0
	for _, w := range b {
		if j < len(a) && a[j] == w {
			j++
		} else if len(a) > 2 && isInitialWord(w) {
			return false
		}
	}
	return j == len(a)
}

// isInitialWord reports whether w is an initial: "h.", "w", "j.r.".
func isInitialWord(w string) bool {
	w = strings.TrimSuffix(w, ".")
	return len(w) == 1 || strings.Count(w, ".") >= 1 && len(w) <= 4
}

// joinCompare compares strings.Join(ws, " ") with s without making it:
// equal reports whether the two are the same, and prefix whether the join
// begins with s and a space.
func joinCompare(ws []string, s string) (equal, prefix bool) {
	i := 0 // the bytes of s that the join matches
	for j, w := range ws {
		if j > 0 {
			if i == len(s) {
				return false, true
			}
			if s[i] != ' ' {
				return false, false
			}
			i++
		}
		n := min(len(w), len(s)-i)
		if w[:n] != s[i:i+n] {
			return false, false
		}
		i += n
		if n < len(w) {
			return false, w[n] == ' ' // s ends inside w
		}
	}
	return i == len(s), false
}

// personWords are the words of a person's name before any comma: "John
// Hope" of "John Hope, 4th Earl of Hopetoun".
func (x *extractor) personWords(e *Entity) []string {
	if ws, ok := x.pwords[e.Label]; ok {
		return ws
	}
	base := e.Label
	if i := strings.Index(base, ","); i > 0 {
		base = base[:i]
	}
	ws := strings.Fields(Key(base))
	x.pwords[e.Label] = ws
	return ws
}

// aliasSuffixes are the nouns that may follow a place's name in another
// name of it: "Attu Island", "Qala-i-Jangi fortress".
var aliasSuffixes = map[string]bool{"island": true, "isle": true, "fortress": true, "fort": true, "town": true, "city": true, "village": true}

// droppableSuffixes are the nouns a place's name may lose: "the Pacific"
// for "the Pacific Ocean".
var droppableSuffixes = map[string]bool{"river": true, "ocean": true, "sea": true, "islands": true, "mountains": true, "desert": true}

// droppableSuffixList is droppableSuffixes in the order they are tried.
var droppableSuffixList = []string{"river", "ocean", "sea", "islands", "mountains", "desert"}

// isDesignationWord reports whether w numbers a unit: "second", "1st",
// "xxx", "101st".
func isDesignationWord(w string) bool {
	if isOrdinal(w) || isDigits(w) {
		return true
	}
	switch w {
	case "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
		"eleventh", "twelfth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth":
		return true
	}
	if w != "" && isRegnal([]string{w}) && len(w) >= 2 {
		return true
	}
	return false
}

// matchesInitials reports whether acr is the acronym of name, by the first
// letters of its words or of its hyphenated parts ("AQIM" for "Al-Qaeda in
// the Islamic Maghreb", "TFSA" for "Turkish-backed Free Syrian Army").
func matchesInitials(acr, name string) bool {
	a := strings.ToUpper(strings.ReplaceAll(acr, ".", ""))
	if len(a) < 2 {
		return false
	}
	var ibuf, jbuf [32]byte
	i, j := appendInitials(ibuf[:0], jbuf[:0], name)
	return string(i) == a || string(j) == a
}

// isRegnal reports whether the words after a first name are a regnal
// number: "Suleiman I".
func isRegnal(ws []string) bool {
	return len(ws) == 1 && isRoman(ws[0])
}

// isRoman reports whether w is a lower-case Roman numeral from i to xxxix.
func isRoman(w string) bool {
	i := 0
	for i < len(w) && i < 3 && w[i] == 'x' {
		i++
	}
	rest := w[i:]
	switch rest {
	case "", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix":
		return w != ""
	}
	return false
}

// peerByPlace returns the commander of the infobox whose title of
// peerage names the place of the key k: "Wellington" is the "Duke of
// Wellington", "Marlborough" "John Churchill, 1st Duke of Marlborough".
// (A lord who leads no side is as often his land: "the counts of
// Ponthieu".)
func (x *extractor) peerByPlace(k string) *Entity {
	for _, c := range x.commanders {
		if c.Type != Person || x.byKey[c.Key] != c {
			continue
		}
		// The key ends with a title, " of " and k.
		rest, ok := strings.CutSuffix(c.Key, k)
		if !ok {
			continue
		}
		if rest, ok = strings.CutSuffix(rest, " of "); !ok {
			continue
		}
		if i := strings.LastIndexByte(rest, ' '); i >= 0 {
			rest = rest[i+1:]
		}
		if isPeerTitleKey(rest) {
			return c
		}
	}
	return nil
}

// isPeerTitleKey reports whether w is one of peerTitles in lower case.
func isPeerTitleKey(w string) bool {
	switch w {
	case "earl", "duke", "baron", "viscount", "marquess", "marquis", "count", "lord", "prince":
		return true
	}
	return false
}

// commanderByGivenName returns the only live commander of the infobox
// whose first word is the key k, or nil.
func (x *extractor) commanderByGivenName(k string) *Entity {
	if len(x.ix.personWord[k]) == 0 {
		return nil // no person's name has the word
	}
	var found *Entity
	for _, c := range x.commanders {
		if c == found || x.byKey[c.Key] != c || c.Type != Person {
			continue
		}
		// (Or the one word before a comma: "Edward, the Black Prince";
		// not an epithet's name: "Philip" alone is not Philip the Bold.)
		if pw := x.personWords(c); (len(pw) >= 2 && pw[1] != "the" || len(pw) == 1 && strings.Contains(c.Label, ",")) && pw[0] == k {
			if found != nil {
				return nil
			}
			found = c
		}
	}
	return found
}

func (x *extractor) isInfoboxPerson(e *Entity) bool {
	for _, c := range x.commanders {
		if c == e {
			return true
		}
	}
	return false
}

// sameWords reports whether a and b, of two words or more, hold the same
// words in some order, each as often.
func sameWords(a, b []string) bool {
	if len(a) != len(b) || len(a) < 2 {
		return false
	}
	// Names are short: count each word of a in both rather than make a
	// map. With as many words in each, b then holds no other word.
	for _, w := range a {
		if countWord(a, w) != countWord(b, w) {
			return false
		}
	}
	return true
}

// countWord returns how often w is in ws.
func countWord(ws []string, w string) int {
	n := 0
	for _, o := range ws {
		if o == w {
			n++
		}
	}
	return n
}

func stripOrdinal(s string) string {
	if i := strings.IndexByte(s, ' '); i > 0 && isOrdinal(s[:i]) {
		return s[i+1:]
	}
	return s
}

// classify gives a new name its type from its words, the word before it
// and the words after it. k is the key of m.text.
func (x *extractor) classify(m mention, k string, toks []token) (Type, Class) {
	text := m.text
	var wbuf [8]string // the words of k, on the stack
	ws := appendFields(wbuf[:0], k)
	if len(ws) == 0 {
		return "", ""
	}
	first, last := ws[0], ws[len(ws)-1]
	head := last // the head noun: the last word before "of", or the last
	for i, w := range ws {
		if w == "of" && i > 0 {
			head = ws[i-1]
			break
		}
	}
	if strings.HasPrefix(last, "\"") && len(ws) >= 2 {
		head = ws[len(ws)-2] // 'Force "B"'
		if head == last {
			head = ws[len(ws)-2]
		}
	}
	next := ""
	if m.to < len(toks) && toks[m.to].word {
		next = toks[m.to].lower
	}
	if isCountryKey(k) {
		return Country, ""
	}
	if first == "operation" && len(ws) >= 2 {
		return Event, Operation
	}
	if c, ok := eventHead(text); ok {
		if hasCapitalClassWord(text) || lowerEventHeads[last] {
			return Event, c
		}
	}
	if (isDesignation(text) || len(ws) == 1) && equipmentNouns[next] {
		return Equipment, ""
	}
	// "Ban of Croatia", "Earl of Fife": a title, not a name.
	if len(ws) >= 3 && ws[1] == "of" && (nobleTitles[first] || ranks[first]) || len(ws) >= 4 && ws[2] == "of" && nobleTitles[first] && nobleTitles[ws[1]] {
		return "", ""
	}
	// "Treaty of Brétigny", "Book of Kells": documents and works.
	if otherHeads[first] && len(ws) >= 2 {
		return Other, ""
	}
	// "Roman and Parthian Empires".
	if w, _ := firstField(text); isDemonymText(w) && strings.HasSuffix(last, "s") && polityTails[strings.TrimSuffix(last, "s")] {
		return "", ""
	}
	if orgHeads[head] && !placeHeads[head] || orgHeads[last] || hasMilitaryWord(ws) || first == "army" || first == "order" || first == "knights" || first == "house" && len(ws) > 2 || strongOrgWord(ws) || strings.HasPrefix(k, "islamic state") {
		return Organization, ""
	}
	if isAcronym(text) {
		return Organization, ""
	}
	if placeHeads[head] || placeHeads[last] || lowerPlaceHeads[last] || (directional[first] || placeHeads[first] && first != "line") && len(ws) >= 2 {
		return Place, ""
	}
	if orgCues[m.cue] {
		return Organization, ""
	}
	if personCues[m.cue] || ranks[m.cue] || isMultiRank(m.cue) {
		return Person, ""
	}
	if placeCues[strings.TrimSuffix(m.cue, " of")] || placePrepositions[m.cue] {
		return Place, ""
	}
	if len(ws) >= 2 {
		return Person, ""
	}
	return Place, ""
}

// otherHeads begin the names of documents and works.
var otherHeads = map[string]bool{
	"treaty": true, "peace": true, "convention": true, "charter": true, "declaration": true, "act": true,
	"edict": true, "book": true, "poem": true, "song": true, "play": true, "novel": true, "film": true,
	"gospel": true, "chronicle": true, "annals": true, "proclamation": true, "armistice": true,
}

// orgCues are nouns before a name that make it a group: "the jihadist group
// Ansar al-Sharia".
var orgCues = map[string]bool{
	"group": true, "organization": true, "organisation": true, "militia": true, "faction": true,
	"party": true, "movement": true, "coalition": true, "alliance": true, "network": true, "unit": true,
	"battalion": true, "brigade": true, "company": true, "agency": true, "newspaper": true,
}

// nobleTitles head the titles of peers: "Earl of Moray".
var nobleTitles = map[string]bool{
	"constable": true, "master": true, "grand": true, "marshal": true, "admiral": true, "herald": true,
	"chancellor": true, "seneschal": true, "steward": true, "lady": true, "dukes": true, "counts": true,
	"earls": true, "kings": true, "lords": true, "princes": true, "governor": true,
	"earl": true, "duke": true, "lord": true, "ban": true, "count": true, "baron": true, "marquess": true,
	"viscount": true, "prince": true, "king": true, "queen": true, "emperor": true, "bishop": true,
	"archbishop": true, "sultan": true, "emir": true, "marquis": true, "countess": true, "duchess": true,
}

// strongOrgWord reports whether a name holds a word that only groups have:
// "al-Qaeda in the Islamic Maghreb".
func strongOrgWord(ws []string) bool {
	for _, w := range ws {
		switch w {
		case "al-qaeda", "al-qaida", "taliban", "hezbollah", "hamas", "isis", "isil", "mujahideen", "jihad":
			return true
		}
	}
	return false
}

// hasMilitaryWord reports whether a name holds the noun of a military
// formation: "Panzer Army Africa", "Afrika Korps".
func hasMilitaryWord(ws []string) bool {
	for _, w := range ws {
		switch w {
		case "army", "armee", "corps", "korps", "division", "brigade", "regiment", "battalion", "fleet", "navy", "legion", "panzerarmee":
			return true
		}
	}
	return false
}

// directional words begin the names of regions: "Upper Mesopotamia".
var directional = map[string]bool{
	"upper": true, "lower": true, "northern": true, "southern": true, "eastern": true, "western": true,
	"north": true, "south": true, "east": true, "west": true, "central": true, "greater": true,
	"mount": true, "lake": true, "port": true, "fort": true, "cape": true, "isle": true, "gulf": true,
	"bay": true, "holy": true, "dead": false, "new": false, "saint": false, "st.": false,
}

// equipmentNouns after a designation make it a weapon or vehicle.
var equipmentNouns = map[string]bool{
	"drone": true, "drones": true, "tank": true, "tanks": true, "aircraft": true, "fighter": true,
	"fighters": false, "bomber": true, "bombers": true, "helicopter": true, "helicopters": true,
	"gunship": true, "gunships": true, "rifle": true, "rifles": true, "howitzer": true, "jet": true,
	"jets": true, "missile": true, "missiles": true, "reaper": true, "strike": true, "apache": true,
	"unmanned": true, "artillery": true, "rocket": true, "vehicle": true, "vehicles": true,
	"guns": true, "gun": true,
}

// isDesignation reports whether s is a model designation: "MQ-9", "F-22",
// "M777", "RQ-7B".
func isDesignation(s string) bool {
	if strings.Contains(s, " ") || len(s) < 3 {
		return false
	}
	hasDigit, hasUpper := false, false
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			hasDigit = true
		case r >= 'A' && r <= 'Z':
			hasUpper = true
		case r == '-':
		default:
			return false
		}
	}
	return hasDigit && hasUpper
}

// isAcronym reports whether s is written in capitals: "MNLA", "JNIM".
func isAcronym(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		} else if r != '.' && r != '-' && !(r >= '0' && r <= '9') {
			return false
		}
	}
	return letters >= 2
}

func hasCapitalClassWord(s string) bool {
	for _, w := range strings.Fields(s) {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) {
			if _, ok := classWords[strings.ToLower(w)]; ok {
				return true
			}
		}
	}
	return false
}

func classWordsHas(w string) bool { _, ok := classWords[w]; return ok }

// fromInfobox reports whether the infobox names e.
func fromInfobox(e *Entity) bool {
	for _, s := range e.Sources {
		if s.Field != "" {
			return true
		}
	}
	return false
}
