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
	"coup": true, "revolution": true,
}

// extendLower extends a mention over lower-case words that end its name:
// up to three modifiers and an event noun, or one place noun.
func extendLower(toks []token, m *mention, clean string) {
	j := m.to
	for k := j; k < len(toks) && k < j+4; k++ {
		t := toks[k]
		if !t.word || t.cap || t.num {
			break
		}
		lw := strings.ToLower(t.text)
		if stopwords[lw] || nameConnectors[lw] {
			break
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
		if k == j && lowerPlaceHeads[lw] && !isDemonymText(m.text) {
			m.to = k + 1
			m.end = t.end
			m.text = strings.TrimSpace(clean[m.start:m.end])
			return
		}
	}
}

func isDemonymText(s string) bool {
	k := Key(s)
	if _, ok := demonymByKey[k]; ok {
		return true
	}
	return adjectives[k]
}

// resolve finds the entity a mention names, or makes one. It returns nil
// for a mention that names nothing the graph keeps.
func (x *extractor) resolve(m *mention, toks []token, src Source) *Entity {
	text := m.text
	if e := x.known(text); e != nil {
		e.Sources = appendSource(e.Sources, src)
		return e
	}
	k := Key(text)
	words := strings.Fields(k)
	// A demonym before a known name: "British XXX Corps", "Afghan
	// Northern Alliance".
	if len(words) >= 2 {
		first := strings.Fields(text)[0]
		if isDemonymText(first) || x.isCountryWord(first) && first != text {
			rest := strings.TrimSpace(text[len(first):])
			if e := x.known(rest); e != nil {
				if e.Type == Organization && isDemonym(first) {
					x.alias(e, text)
				}
				return e
			}
			if isDemonymText(first) && !x.startsKnownName(text) {
				m.text = rest
				text, k, words = rest, Key(rest), words[1:]
			}
		}
	}
	if len(words) == 0 {
		return nil
	}
	if e := x.aliasTarget(text, words); e != nil {
		x.alias(e, text)
		e.Sources = appendSource(e.Sources, src)
		return e
	}
	t, class := x.classify(*m, toks)
	if t == "" {
		return nil
	}
	e := x.entity(text, t, src)
	if e != nil && t == Event && class != "" {
		e.Class = class
	}
	return e
}

// startsKnownName reports whether some entity's label begins with text's
// first word, as "Malian Army" begins with "Malian".
func (x *extractor) startsKnownName(text string) bool {
	return x.lookup(text) != nil
}

// known finds an entity by name, alias or loose spelling ("M19", "Jean de
// Dieu Soult").
func (x *extractor) known(name string) *Entity {
	if e := x.lookup(name); e != nil {
		return e
	}
	l := loose(Key(name))
	if len(l) < 2 {
		return nil
	}
	for _, e := range x.a.Entities {
		if loose(e.Key) == l {
			return e
		}
		for _, a := range e.Aliases {
			if loose(Key(a)) == l {
				return e
			}
		}
	}
	return nil
}

// aliasTarget finds the known entity that a new name is another name of.
func (x *extractor) aliasTarget(text string, words []string) *Entity {
	k := strings.Join(words, " ")
	var firstPerson, lastPerson *Entity
	nFirst, nLast := 0, 0
	for _, e := range x.a.Entities {
		ek := e.Key
		ew := strings.Fields(ek)
		switch e.Type {
		case Person:
			base := e.Label
			title := ""
			if i := strings.Index(base, ","); i > 0 {
				base, title = base[:i], strings.TrimSpace(base[i+1:])
			}
			bk := Key(base)
			bw := strings.Fields(bk)
			if len(words) == 1 && len(bw) >= 2 {
				if bw[len(bw)-1] == k {
					if lastPerson == nil {
						lastPerson = e
					}
					nLast++
				}
				if bw[0] == k && isRegnal(bw[1:]) {
					if firstPerson == nil {
						firstPerson = e
					}
					nFirst++
				}
			}
			if len(words) >= 2 {
				// "Luis Otero" for "Luis Otero Cifuentes"; "Moussa Ag"
				// for "Ag Moussa"; "Archibald Douglas" for "Archibald
				// Douglas, 3rd Earl of Douglas"; "Earl of Douglas" for
				// "James, 2nd Earl of Douglas".
				if bk == k || strings.HasPrefix(bk, k+" ") && len(words) >= 2 || sameWords(bw, words) {
					return e
				}
				if title != "" && Key(stripOrdinal(title)) == k {
					return e
				}
			}
		case Event:
			// "Barkhane" for "Operation Barkhane"; "Deir ez-Zor campaign"
			// for "2017–2019 Deir ez-Zor campaign".
			if ek == "operation "+k || strings.HasSuffix(ek, " "+k) && len(ew) > len(words) && isYear(ew[0]) && len(ew)-len(words) == 1 {
				return e
			}
		case Place, Country:
			// "Alaska" for "Territory of Alaska"; "Attu Island" for
			// "Attu"; "Lower Rhine" for "Lower Rhine River".
			if len(ew) >= 3 && ew[1] == "of" && (polityHeads[ew[0]] || ew[0] == "territory") && strings.Join(ew[2:], " ") == k {
				return e
			}
			if len(words) == len(ew)+1 && strings.HasPrefix(k, ek+" ") && placeHeads[words[len(words)-1]] {
				return e
			}
			if len(ew) == len(words)+1 && strings.HasPrefix(ek, k+" ") && placeHeads[ew[len(ew)-1]] {
				return e
			}
			if len(words) == 1 && len(ew) == 2 && placeHeads[ew[1]] && strings.TrimSuffix(k, "s") == strings.TrimSuffix(ew[0], "n") {
				return e // "Aleutians" for "Aleutian Islands"
			}
			// "Habsburg monarchy" for "Habsburg Empire".
			if len(words) == 2 && len(ew) == 2 && words[0] == ew[0] && polityTails[words[1]] && polityTails[ew[1]] {
				return e
			}
		}
	}
	if nLast == 1 && lastPerson != nil || nLast > 1 && lastPerson != nil && x.isInfoboxPerson(lastPerson) {
		return lastPerson
	}
	if nFirst >= 1 && firstPerson != nil {
		return firstPerson
	}
	return nil
}

// isRegnal reports whether the words after a first name are a regnal
// number: "Suleiman I".
func isRegnal(ws []string) bool {
	if len(ws) != 1 {
		return false
	}
	for _, r := range ws[0] {
		if !strings.ContainsRune("ivxlc", r) {
			return false
		}
	}
	return true
}

func (x *extractor) isInfoboxPerson(e *Entity) bool {
	for _, c := range x.commanders {
		if c == e {
			return true
		}
	}
	return false
}

func sameWords(a, b []string) bool {
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

func stripOrdinal(s string) string {
	if i := strings.IndexByte(s, ' '); i > 0 && isOrdinal(s[:i]) {
		return s[i+1:]
	}
	return s
}

// classify gives a new name its type from its words, the word before it
// and the words after it.
func (x *extractor) classify(m mention, toks []token) (Type, Class) {
	text := m.text
	k := Key(text)
	ws := strings.Fields(k)
	if len(ws) == 0 {
		return "", ""
	}
	first, last := ws[0], ws[len(ws)-1]
	next := ""
	if m.to < len(toks) && toks[m.to].word {
		next = strings.ToLower(toks[m.to].text)
	}
	if isCountryName(text) {
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
	if isDesignation(text) {
		if equipmentNouns[next] || m.cue == "an" || m.cue == "a" && equipmentNouns[next] {
			return Equipment, ""
		}
		if equipmentNouns[next] {
			return Equipment, ""
		}
	}
	if orgHeads[last] || first == "army" || first == "order" || first == "knights" || first == "house" && len(ws) > 2 {
		return Organization, ""
	}
	if isAcronym(text) {
		return Organization, ""
	}
	if placeHeads[last] || lowerPlaceHeads[last] || directional[first] && len(ws) >= 2 {
		return Place, ""
	}
	if personCues[m.cue] || ranks[m.cue] || isMultiRank(m.cue) {
		return Person, ""
	}
	if placeCues[strings.TrimSuffix(m.cue, " of")] || placePrepositions[m.cue] {
		if len(ws) >= 2 && looksLikePersonName(text) && !placePrepositions[m.cue] {
			return Person, ""
		}
		return Place, ""
	}
	if len(ws) >= 2 {
		return Person, ""
	}
	return Place, ""
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

// looksLikePersonName reports whether a name of two or more words has no
// word that names places or groups.
func looksLikePersonName(s string) bool {
	for _, w := range strings.Fields(Key(s)) {
		if placeHeads[w] || orgHeads[w] || directional[w] {
			return false
		}
	}
	return true
}
