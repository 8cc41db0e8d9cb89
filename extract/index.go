package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// nameIndex finds entities by the parts of their names that other names
// refer to: a person's surname, a title, an acronym. Entries are added when
// an entity is made or renamed and never removed; readers skip entities
// merged away and check types, which may change after an entry is made.
type nameIndex struct {
	lastWord    map[string][]*Entity // last word of a person's name before a comma
	regnal      map[string][]*Entity // first word of "Suleiman I", "Guy of Lusignan"
	personWord  map[string][]*Entity // every word of a person's name before a comma
	title       map[string][]*Entity // "earl of douglas" of "James, 2nd Earl of Douglas"
	beforeOf    map[string][]*Entity // "supreme court" of "Supreme Court of Colombia"
	yearless    map[string][]*Entity // "deir ez-zor campaign" of "2017–2019 Deir ez-Zor campaign"
	polityOf    map[string][]*Entity // "alaska" of "Territory of Alaska"
	polityFirst map[string][]*Entity // "habsburg" of "Habsburg Empire"
	initials    map[string][]*Entity // "AQIM" of "Al-Qaeda in the Islamic Maghreb"
}

func newNameIndex() nameIndex {
	return nameIndex{
		lastWord: map[string][]*Entity{}, regnal: map[string][]*Entity{}, personWord: map[string][]*Entity{},
		title: map[string][]*Entity{}, beforeOf: map[string][]*Entity{}, yearless: map[string][]*Entity{},
		polityOf: map[string][]*Entity{}, polityFirst: map[string][]*Entity{}, initials: map[string][]*Entity{},
	}
}

// clear empties every map of the index, keeping their room.
func (ix *nameIndex) clear() {
	for _, m := range []map[string][]*Entity{ix.lastWord, ix.regnal, ix.personWord, ix.title, ix.beforeOf, ix.yearless, ix.polityOf, ix.polityFirst, ix.initials} {
		clear(m)
	}
}

// add indexes e under its label. The entries suit every type: readers
// check the type they need.
func (ix *nameIndex) add(e *Entity, label, k string) {
	ws := strings.Fields(k)
	if len(ws) == 0 {
		return
	}
	// People.
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
		// "Guy of Lusignan" and "Henry V of England" have no surname;
		// they and "Suleiman I" go by their first names.
		if !of {
			last := bw[len(bw)-1]
			ix.lastWord[last] = appendOnce(ix.lastWord[last], e)
		}
		if isRegnal(bw[1:2]) || of {
			ix.regnal[bw[0]] = appendOnce(ix.regnal[bw[0]], e)
		}
	}
	for _, w := range bw {
		if !particles[w] {
			ix.personWord[w] = appendOnce(ix.personWord[w], e)
		}
	}
	if title != "" {
		t := Key(stripOrdinal(title))
		ix.title[t] = appendOnce(ix.title[t], e)
	}
	// Groups, events and places.
	if i := strings.Index(k, " of "); i > 0 && len(strings.Fields(k[:i])) >= 2 {
		ix.beforeOf[k[:i]] = appendOnce(ix.beforeOf[k[:i]], e)
	}
	if len(ws) >= 2 && isYear(ws[0]) {
		rest := strings.Join(ws[1:], " ")
		ix.yearless[rest] = appendOnce(ix.yearless[rest], e)
	}
	if len(ws) >= 3 && ws[1] == "of" && (polityHeads[ws[0]] && countryIsName[strings.Join(ws[2:], " ")] || ws[0] == "territory") {
		rest := strings.Join(ws[2:], " ")
		ix.polityOf[rest] = appendOnce(ix.polityOf[rest], e)
	}
	if len(ws) == 2 && polityTails[ws[1]] {
		ix.polityFirst[ws[0]] = appendOnce(ix.polityFirst[ws[0]], e)
	}
	if !isAcronym(label) && len(ws) >= 2 && e.Type != Person {
		for _, a := range initialsOf(label) {
			ix.initials[a] = appendOnce(ix.initials[a], e)
		}
	}
}

func appendOnce(es []*Entity, e *Entity) []*Entity {
	for _, o := range es {
		if o == e {
			return es
		}
	}
	return append(es, e)
}

// initialsOf returns the acronyms a name may go by: the first letters of
// its words, and of its capitalised hyphenated parts ("AQIM" for "Al-Qaeda
// in the Islamic Maghreb"), particles left out.
func initialsOf(name string) []string {
	var abuf, bbuf [32]byte
	a, b := abuf[:0], bbuf[:0]
	for w := range strings.FieldsSeq(name) {
		if isParticle(w) {
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

// isParticle reports whether a word in any case is one of the particles,
// lowering short ASCII words without allocating.
func isParticle(w string) bool {
	var buf [8]byte
	if len(w) > len(buf) {
		return particles[strings.ToLower(w)]
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			return particles[strings.ToLower(w)]
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return particles[string(buf[:len(w)])]
}
