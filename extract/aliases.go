package extract

import (
	"strings"
	"unicode"
)

// readAliases reads the other names a sentence gives: an acronym in
// brackets after a name, "also known as", "nom de guerre", and the names in
// brackets after the article's subject.
func (x *extractor) readAliases(st *readSentence) {
	ms := st.ms
	for i := 0; i < len(ms); i++ {
		m := &ms[i]
		after := st.s.clean[m.end:]
		trimmed := strings.TrimLeft(after, " ")
		// "National Movement for the Liberation of Azawad (MNLA)".
		if strings.HasPrefix(trimmed, "(") && i+1 < len(ms) {
			n := &ms[i+1]
			inner := st.between(m.end, n.start)
			close := strings.TrimLeft(st.s.clean[n.end:], " ")
			if strings.TrimSpace(inner) == "(" && (strings.HasPrefix(close, ")") || strings.HasPrefix(close, ",")) && isAcronym(n.text) && m.ent != n.ent {
				x.takeName(m.ent, n)
				continue
			}
		}
		// "The Battles of Lostwithiel or Lostwithiel Campaign took
		// place": the subject's other name, first met here.
		if st.s.first && x.isSubject(m.ent) && i+1 < len(ms) && ms[i+1].ent != m.ent && isOrGap(st.between(m.end, ms[i+1].start)) {
			if n := &ms[i+1]; len(n.ent.Sources) == 1 && n.ent.Sources[0].Start == st.src.Start && !fromInfobox(n.ent) {
				x.merge(m.ent, n.ent)
				n.ent = m.ent
				continue
			}
		}
		// "Stalingrad (now Volgograd)", "Danzig (Gdańsk)": another name of
		// a place.
		if strings.HasPrefix(trimmed, "(") && i+1 < len(ms) && m.ent.Type == Place {
			n := &ms[i+1]
			inner := st.between(m.end, n.start)
			close := strings.TrimLeft(st.s.clean[n.end:], " ")
			if strings.HasPrefix(close, ")") && n.ent != m.ent && isRenaming(inner) && !isDesignationWord(strings.ToLower(n.text)) && (n.ent.Type == Place || len(n.ent.Sources) == 1 && !fromInfobox(n.ent)) {
				// The name met first keeps the label.
				into, from := m.ent, n.ent
				if m.ent.Sources[0].Start == st.src.Start && n.ent.Sources[0].Start != st.src.Start {
					into, from = n.ent, m.ent
				}
				x.merge(into, from)
				m.ent, n.ent = into, into
				continue
			}
		}
		// The names in brackets after the subject of the article's first
		// sentence: "(Guerra de los pasteles; Guerre des Pâtisseries)".
		if x.isSubject(m.ent) && strings.HasPrefix(trimmed, "(") {
			if j := strings.IndexByte(trimmed, ')'); j > 0 {
				x.bracketNames(m.ent, trimmed[1:j], st)
			}
		}
	}
	lower := st.lower
	if st.cues&cueAlias == 0 || !mayHoldAliasCue(lower) {
		return
	}
	for _, cue := range aliasCues {
		off := 0
		for {
			i := strings.Index(lower[off:], cue)
			if i < 0 {
				break
			}
			at := off + i
			off = at + len(cue)
			for _, name := range aliasNamesAfter(st, off) {
				owner := x.aliasOwner(st, at, cue, hasClassWord(name))
				if owner == nil {
					x.namedEvent(st, at, name)
					continue
				}
				x.addAliasName(owner, name, st)
			}
		}
	}
}

// isOrGap reports whether the text between two names is "or", maybe
// after a comma.
func isOrGap(s string) bool {
	s = strings.TrimSpace(s)
	return s == "or" || s == ", or"
}

// isRenaming reports whether the text between a place's name and another
// name says that the other is its name in another time or language: a
// bracket, and "now", "modern" or "German:".
func isRenaming(between string) bool {
	t := strings.TrimSpace(between)
	if !strings.HasPrefix(t, "(") {
		return false
	}
	t = strings.TrimSpace(t[1:])
	if t == "" {
		// "Tannenberg (East Prussia)" is where, not another name: a
		// bare bracket says nothing.
		return false
	}
	if lang, ok := strings.CutSuffix(t, ":"); ok {
		return languages[strings.ToLower(lang)]
	}
	switch strings.ToLower(t) {
	case "now", "modern", "modern-day", "present-day", "present day", "today", "formerly", "later", "then":
		return true
	}
	return false
}

// namedEvent reads the name a cue gives an event that no name stood for
// before: "part of a larger offensive campaign known as Operation
// Forager" makes the campaign, and the article's event part of it.
func (x *extractor) namedEvent(st *readSentence, at int, name string) {
	before := strings.TrimSpace(st.lower[:at])
	i := strings.LastIndexByte(before, ' ')
	if c := classWords[before[i+1:]]; c == "" || !hasClassWord(name) {
		return
	}
	e := x.entity(name, Event, st.src)
	if e == nil || e == x.event {
		return
	}
	if strings.Contains(before, "part of ") && x.event != nil {
		x.relate(x.event, PartOf, e, 0, st.src)
	}
}

// insideAliasRange reports whether a mention lies where the sentence
// gives another name of something: after an alias cue, or in the brackets
// after the article's subject. Those names are read as aliases, not as
// things of their own.
func (x *extractor) insideAliasRange(st *readSentence, m mention) bool {
	for _, r := range x.aliasRanges(st) {
		if m.start >= r[0] && m.end <= r[1] {
			return true
		}
	}
	return false
}

// aliasRanges finds the byte ranges of a sentence that hold other names.
func (x *extractor) aliasRanges(st *readSentence) [][2]int {
	if st.aliasDone {
		return st.aliasRanges
	}
	st.aliasDone = true
	if st.cues&(cueAlias|cueParen) == 0 {
		return nil
	}
	// Every alias cue ends with one of aliasAnchors, so the sentence is
	// searched for the anchors only, and the cues are tried where one
	// ends. A range counts once however many cues end where it starts
	// ("also known as", "known as"), and in any order.
	lower := st.lower
	for ai, a := range aliasAnchors {
		off := 0
		for {
			i := strings.Index(lower[off:], a)
			if i < 0 {
				break
			}
			from := off + i + len(a)
			off = from
			for _, cue := range aliasCuesByAnchor[ai] {
				if strings.HasSuffix(lower[:from], cue) {
					st.aliasRanges = append(st.aliasRanges, [2]int{from, from + aliasSpan(st.s.clean[from:])})
					break
				}
			}
		}
	}
	if x.event != nil {
		st.bracketAfter(x.event.Label)
		for _, n := range x.event.Aliases {
			st.bracketAfter(n)
		}
	}
	return st.aliasRanges
}

// bracketAfter adds to the alias ranges the brackets that follow the
// first place the sentence names n.
func (st *readSentence) bracketAfter(n string) {
	// The name as the lower-case sentence holds it, which may be shorter
	// or longer than the name ("İ" is "i").
	ln := strings.ToLower(n)
	i := strings.Index(st.lower, ln)
	if i < 0 {
		return
	}
	rest := st.s.clean[i+len(ln):]
	t := strings.TrimLeft(rest, " ")
	if strings.HasPrefix(t, "(") {
		open := i + len(ln) + len(rest) - len(t)
		if j := strings.IndexByte(t, ')'); j > 0 {
			st.aliasRanges = append(st.aliasRanges, [2]int{open, open + j + 1})
		}
	}
}

// aliasSpan is the length of the names after an alias cue.
func aliasSpan(rest string) int {
	end := len(rest)
	for _, stop := range aliasStops {
		// Only a stop that begins before end matters: the search goes no
		// further.
		if i := strings.Index(rest[:min(len(rest), end+len(stop)-1)], stop); i >= 0 {
			end = i
		}
	}
	// "nom de guerre Abou Iyadh and leader of": a lower-case word after
	// "and" ends the names.
	if i := strings.Index(rest[:end], " and "); i >= 0 {
		after := rest[i+5:]
		if after != "" && !startsName(after) {
			end = i
		}
	}
	return end
}

// aliasStops end the names after an alias cue.
var aliasStops = []string{",", ")", ";", ". ", " which ", " who ", " was ", " is ", " were ", " after ", " due to ", " because ", " (", " by ", " for "}

// aliasCues introduce another name of the thing before them.
var aliasCues = []string{
	"also known as ", "also called ", "formerly called ", "formerly known as ", "codenamed ",
	"code-named ", "known as ", "referred to as ", "nom de guerre ", "alternative spelling: ",
	"nicknamed ", "better known as ", "otherwise known as ",
}

// aliasAnchors are parts of the alias cues: every cue holds one, so a
// sentence without them holds no cue.
var aliasAnchors = []string{"known as ", "called ", "named ", "referred to as ", "guerre ", "spelling: "}

// aliasCuesByAnchor holds, for each of aliasAnchors, the alias cues that
// end with it. Every cue ends with an anchor, and no anchor overlaps
// itself, so a search for each anchor finds every place a cue ends
// (TestAliasCueAnchors).
var aliasCuesByAnchor = func() [][]string {
	by := make([][]string, len(aliasAnchors))
	for _, cue := range aliasCues {
		for i, a := range aliasAnchors {
			if strings.HasSuffix(cue, a) {
				by[i] = append(by[i], cue)
				break
			}
		}
	}
	return by
}()

// mayHoldAliasCue reports whether lower may hold one of aliasCues: false
// only when it holds none. It looks for fewer, shorter strings than the
// cues.
func mayHoldAliasCue(lower string) bool {
	for _, a := range aliasAnchors {
		if strings.Contains(lower, a) {
			return true
		}
	}
	return false
}

// aliasOwner finds what an alias cue speaks of: the nearest name before it
// in the sentence, or the article's subject for "It is also known as".
func (x *extractor) aliasOwner(st *readSentence, at int, cue string, event bool) *Entity {
	before := strings.TrimSpace(st.lower[:at])
	if strings.HasSuffix(before, "is") || strings.HasSuffix(before, "was") {
		if strings.HasPrefix(before, "it ") || strings.HasPrefix(before, "the battle") || strings.HasPrefix(before, "the siege") || strings.HasPrefix(before, "the war") || strings.HasPrefix(before, "the operation") {
			return x.event
		}
	}
	var owner *Entity
	for _, m := range st.ms {
		if m.end <= at && (!event || m.ent.Type == Event) {
			owner = m.ent
		}
	}
	if cue == "nom de guerre " || cue == "nicknamed " {
		for _, m := range st.ms {
			if m.end <= at && m.ent.Type == Person {
				owner = m.ent
			}
		}
	}
	return owner
}

// aliasNamesAfter reads the names after an alias cue: "the Battle of
// Pittsburg Landing", `the "Battle of Mazar-i-Sharif"`, "the First French
// intervention in Mexico or the First Franco-Mexican war (1838–1839)".
func aliasNamesAfter(st *readSentence, off int) []string {
	rest := st.s.clean[off:]
	rest = strings.TrimSuffix(strings.TrimSpace(rest[:aliasSpan(rest)]), ".")
	var names []string
	for _, part := range strings.Split(rest, " or ") {
		part = strings.TrimSpace(part)
		// "or in German Battle of Schwetz": the language of a name.
		if l, after, ok := strings.Cut(part, " "); ok && l == "in" {
			if lang, name, ok := strings.Cut(after, " "); ok && languages[strings.ToLower(lang)] {
				part = name
			}
		}
		part = strings.TrimPrefix(part, "the ")
		part = strings.Trim(part, "\"“”'")
		if part == "" || !startsName(part) {
			continue
		}
		names = append(names, part)
	}
	return names
}

// startsName reports whether s begins with a capital letter or any letter
// of a script without case.
func startsName(s string) bool {
	for _, r := range s {
		return unicode.IsUpper(r) || unicode.IsLetter(r) && !unicode.IsLower(r) || unicode.IsDigit(r)
	}
	return false
}

// addAliasName records name as an alias of owner. A name that does not say
// what kind of event it is, after a "Battle of W", is another name of the
// place W ("Isandhlwana" for the Battle of Isandlwana).
func (x *extractor) addAliasName(owner *Entity, name string, st *readSentence) {
	name = cleanName(name)
	if name == "" {
		return
	}
	if owner.Type == Event {
		// (Only a name like the place's: "Isandhlwana", not
		// "Völkerschlacht" for Leipzig.)
		if place := x.placeInEventName(owner); place != nil && !hasClassWord(name) && !strings.Contains(name, " ") && sharesStart(name, place.Label) {
			x.takeAlias(place, name)
			return
		}
	}
	x.takeAlias(owner, name)
}

// takeAlias makes name an alias of e, merging an entity already made for
// that name.
func (x *extractor) takeAlias(e *Entity, name string) {
	if other := x.lookup(name); other != nil && other != e {
		// The name was taken for a thing of its own: merge it only when it
		// is of the same type, or was made from this mention alone. The
		// place an infobox gives ("Azincourt") stays a place.
		if other.Type == e.Type || len(other.Sources) <= 1 && !fromInfobox(other) {
			x.merge(e, other)
			return
		}
	}
	x.alias(e, name)
}

// takeName makes an acronym mention another name of e: an entity of its own
// made before (from the infobox, say) merges into e, which keeps the fuller
// name.
func (x *extractor) takeName(e *Entity, n *mention) {
	if e == nil || n.ent == nil {
		return
	}
	other := n.ent
	if other == e {
		return
	}
	if other.Type == Country && e.Type != Country {
		return
	}
	if e.Type == Place || e.Type == Person {
		e.Type = other.Type
	}
	x.merge(e, other)
	n.ent = e
}

// bracketNames reads the names in brackets after the subject: each name
// separated by ';' or ',' is an alias, unless it is a pronunciation, a
// date, or "or" names of the place the event is named after.
func (x *extractor) bracketNames(subject *Entity, inner string, st *readSentence) {
	inner = strings.TrimSpace(inner)
	if inner == "" || strings.HasPrefix(inner, "/") {
		return
	}
	lower := strings.ToLower(inner)
	for _, cue := range aliasCues {
		if strings.HasPrefix(lower, cue) || strings.HasPrefix(lower, "sometimes "+cue) || strings.HasPrefix(lower, "sometimes also "+cue) {
			// The cue reads the first name; the names after a
			// semicolon are read here: "(also known as the Battle of
			// Aboukir Bay; Bataille d'Aboukir)".
			i := strings.IndexByte(inner, ';')
			if i < 0 {
				return
			}
			inner = strings.TrimSpace(inner[i+1:])
			lower = strings.ToLower(inner)
			break
		}
	}
	orList := strings.HasPrefix(lower, "or ")
	inner = strings.TrimPrefix(strings.TrimPrefix(inner, "or "), "Or ")
	var names []string
	for _, part := range strings.FieldsFunc(inner, func(r rune) bool { return r == ';' || r == ',' }) {
		for _, p := range strings.Split(part, " or ") {
			p = strings.TrimSpace(p)
			// "French: Bataille de Höchstädt", "Greek: Μάχη",
			// "German:Zweite Schlacht": a language names the name after
			// it.
			if i := strings.IndexByte(p, ':'); i > 0 && languages[strings.ToLower(p[:i])] {
				p = strings.TrimSpace(p[i+1:])
			} else if i := strings.IndexByte(p, ' '); i > 0 && languages[strings.ToLower(p[:i])] && startsName(p[i+1:]) {
				p = strings.TrimSpace(p[i+1:])
			}
			if p == "" || strings.Contains(p, ":") || strings.ContainsAny(p, "[]/") {
				continue
			}
			if _, _, ok := parseDates(p); ok && !hasLetterWord(p) {
				continue
			}
			p = strings.TrimPrefix(p, "the ") // "(Skagerrakschlacht, the Battle of Skagerrak)"
			if !startsName(p) {
				continue
			}
			names = append(names, p)
		}
	}
	if len(names) == 0 {
		return
	}
	if orList {
		// "The Battle of Corunna (or A Coruña, La Corunna ...)": other names
		// of the place the battle is named after.
		w := placeWord(subject.Label)
		var place *Entity
		for _, n := range names {
			if e := x.known(n); e != nil && (e.Type == Place || e.Type == Country) {
				place = e
			}
		}
		if place != nil {
			if w != "" {
				x.addAlias(place, w)
			}
			for _, n := range names {
				x.takeAlias(place, n)
			}
			return
		}
	}
	for _, n := range names {
		x.addAliasName(subject, n, st)
	}
}

// languages label the foreign names in brackets.
var languages = map[string]bool{
	"french": true, "german": true, "spanish": true, "italian": true, "portuguese": true, "dutch": true,
	"latin": true, "greek": true, "ancient greek": true, "arabic": true, "persian": true, "turkish": true,
	"russian": true, "polish": true, "hungarian": true, "croatian": true, "serbian": true, "czech": true,
	"japanese": true, "chinese": true, "korean": true, "hebrew": true, "swedish": true, "danish": true,
	"norwegian": true, "finnish": true, "romanian": true, "bulgarian": true, "ukrainian": true,
	"welsh": true, "irish": true, "scottish gaelic": true, "basque": true, "catalan": true,
	"galician": true, "zulu": true, "amharic": true, "tigrinya": true, "urdu": true, "hindi": true,
	"pashto": true, "dari": true, "kurdish": true, "vietnamese": true, "thai": true, "malay": true,
	"indonesian": true, "tagalog": true, "engl.": true, "english": true, "fr.": true, "ger.": true,
}

// hasLetterWord reports whether s has a word of letters that is not a
// month.
func hasLetterWord(s string) bool {
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == '–' || r == '—' || r == '-' }) {
		if unicode.IsLetter([]rune(w)[0]) && monthByKey[strings.ToLower(w)] == 0 {
			return true
		}
	}
	return false
}

// sharesStart reports whether two names begin with the same two letters,
// case and diacritics aside.
func sharesStart(a, b string) bool {
	ka, kb := Key(a), Key(b)
	return len(ka) >= 2 && len(kb) >= 2 && ka[:2] == kb[:2]
}

// placeWord returns W of "Battle of W".
func placeWord(label string) string {
	if i := strings.Index(label, " of "); i >= 0 {
		return strings.TrimSpace(label[i+4:])
	}
	return ""
}

// placeInEventName returns the known place an event is named after.
func (x *extractor) placeInEventName(e *Entity) *Entity {
	w := placeWord(e.Label)
	if w == "" {
		return nil
	}
	if p := x.lookup(w); p != nil && (p.Type == Place || p.Type == Country) {
		return p
	}
	return nil
}

func hasClassWord(s string) bool {
	for _, w := range strings.Fields(strings.ToLower(s)) {
		if _, ok := classWords[w]; ok {
			return true
		}
	}
	return false
}
