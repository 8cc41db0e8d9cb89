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

	// slab holds the lists of one entity, most of the entries: they are
	// cut from it, each with room for one, rather than allocated one by
	// one. used counts the cells taken; clear gives them back.
	slab []*Entity
	used int
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
	clear(ix.slab[:ix.used])
	ix.used = 0
}

// add indexes e under its label. The entries suit every type: readers
// check the type they need.
func (ix *nameIndex) add(e *Entity, label, k string) {
	var wbuf [8]string // the words of a name, on the stack
	ws := appendFields(wbuf[:0], k)
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
		var bbuf [8]string
		bw = appendFields(bbuf[:0], Key(base))
	}
	if len(bw) >= 2 {
		of := false
		for _, w := range bw[1:] {
			of = of || w == "of"
		}
		// "Guy of Lusignan" and "Henry V of England" have no surname;
		// they and "Suleiman I" go by their first names. Nor has "Rhys ap
		// Thomas": "ap" makes Thomas his father's name.
		if !of && !patronymics[bw[len(bw)-2]] {
			ix.put(ix.lastWord, bw[len(bw)-1], e)
		}
		if isRegnal(bw[1:2]) || of {
			ix.put(ix.regnal, bw[0], e)
		}
	}
	for _, w := range bw {
		if !particles[w] {
			ix.put(ix.personWord, w, e)
		}
	}
	if title != "" {
		ix.put(ix.title, Key(stripOrdinal(title)), e)
		// "Thomas, Lord Stanley" goes by Stanley.
		if len(bw) == 1 && isPeerByName(title) {
			ix.put(ix.lastWord, Key(title[strings.IndexByte(title, ' ')+1:]), e)
		}
	}
	// Groups, events and places.
	if i := strings.Index(k, " of "); i > 0 && hasTwoWords(k[:i]) {
		ix.put(ix.beforeOf, k[:i], e)
	}
	if len(ws) >= 2 && isYear(ws[0]) {
		ix.put(ix.yearless, strings.Join(ws[1:], " "), e)
	}
	if len(ws) >= 3 && ws[1] == "of" && (polityHeads[ws[0]] && isCountryKey(strings.Join(ws[2:], " ")) || ws[0] == "territory") {
		ix.put(ix.polityOf, strings.Join(ws[2:], " "), e)
	}
	if len(ws) == 2 && polityTails[ws[1]] {
		ix.put(ix.polityFirst, ws[0], e)
	}
	if !isAcronym(label) && len(ws) >= 2 && e.Type != Person {
		var abuf, bbuf [32]byte
		a, b := appendInitials(abuf[:0], bbuf[:0], label)
		ix.putBytes(ix.initials, a, e)
		if string(a) != string(b) {
			ix.putBytes(ix.initials, b, e)
		}
	}
}

// patronymics stand between a given name and a father's: "Rhys ap
// Thomas", "Hasan ibn Ali".
var patronymics = map[string]bool{"ap": true, "ab": true, "ibn": true, "bin": true, "ben": true, "bint": true, "ferch": true, "verch": true}

// put adds e to the list of key in m, once. A new list is cut from the
// slab.
func (ix *nameIndex) put(m map[string][]*Entity, key string, e *Entity) {
	es, ok := m[key]
	if ok {
		for _, o := range es {
			if o == e {
				return
			}
		}
		m[key] = append(es, e)
		return
	}
	m[key] = ix.one(e)
}

// putBytes is put for a key in a buffer, made a string only when the
// list changes.
func (ix *nameIndex) putBytes(m map[string][]*Entity, key []byte, e *Entity) {
	es, ok := m[string(key)]
	if ok {
		for _, o := range es {
			if o == e {
				return
			}
		}
		m[string(key)] = append(es, e)
		return
	}
	m[string(key)] = ix.one(e)
}

// one returns a list of e alone, with room for one: appending to it
// copies it out of the slab.
func (ix *nameIndex) one(e *Entity) []*Entity {
	if ix.used == len(ix.slab) {
		// The full slab stays with the lists cut from it.
		ix.slab = make([]*Entity, max(64, 2*len(ix.slab)))
		ix.used = 0
	}
	es := ix.slab[ix.used : ix.used+1 : ix.used+1]
	ix.used++
	es[0] = e
	return es
}

// hasTwoWords reports whether s has two words or more.
func hasTwoWords(s string) bool {
	n := 0
	for range strings.FieldsSeq(s) {
		n++
		if n == 2 {
			return true
		}
	}
	return false
}

// appendInitials appends to a and b the acronyms a name may go by: the
// first letters of its words, and of its capitalised hyphenated parts
// ("AQIM" for "Al-Qaeda in the Islamic Maghreb"), particles left out. The
// two are often the same. Given buffers on the stack, the acronyms are
// looked up without making strings of them.
func appendInitials(a, b []byte, name string) ([]byte, []byte) {
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
	return a, b
}

// isParticle reports whether a word in any case is one of the particles,
// lowering it into a buffer on the stack.
func isParticle(w string) bool {
	var buf [32]byte
	return particles[string(appendLower(buf[:0], w))]
}
