package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Key returns the identity of a name: diacritics of Latin letters stripped,
// dashes and apostrophes unified, case folded, spaces collapsed and a
// leading "the " dropped. Two names with the same key name the same thing.
func Key(name string) string {
	if k, ok := asciiKey(name); ok {
		return k
	}
	var b strings.Builder
	b.Grow(len(name))
	space := false
	for _, r := range name {
		if r >= 0xC0 {
			if f, ok := foldTable[r]; ok {
				if space {
					b.WriteByte(' ')
					space = false
				}
				b.WriteString(strings.ToLower(f))
				continue
			}
		}
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		case r == '‐' || r == '‑' || r == '‒' || r == '–' || r == '—' || r == '―' || r == '−':
			r = '-'
		case r == '’' || r == '‘' || r == 'ʼ' || r == 'ʻ' || r == '`' || r == '´':
			r = '\''
		case r == '“' || r == '”':
			r = '"'
		case r == 'ı':
			r = 'i'
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(unicode.ToLower(r))
	}
	k := b.String()
	k = strings.TrimPrefix(k, "the ")
	return k
}

// asciiKey is Key for plain ASCII names, without allocating when the name
// is already a key.
func asciiKey(name string) (string, bool) {
	upper := false  // some letter to lower
	spaced := false // spaces to collapse or trim, or other white space
	space := true   // no leading space
	for i := 0; i < len(name); i++ {
		c := name[i]
		switch {
		case c >= 0x80 || c == '`':
			return "", false
		case c >= 'A' && c <= 'Z':
			upper = true
		case c == ' ':
			spaced = spaced || space
		case c == '\t' || c == '\n' || c == '\r':
			spaced = true
		}
		space = c == ' '
	}
	spaced = spaced || space && len(name) > 0
	if !upper && !spaced {
		return strings.TrimPrefix(name, "the "), true
	}
	return string(appendASCIIKey(make([]byte, 0, len(name)), name)), true
}

// appendKey appends Key(name) to dst. Given a buffer on the stack, a key
// that is only looked up is made without allocating.
func appendKey(dst []byte, name string) []byte {
	for i := 0; i < len(name); i++ {
		if c := name[i]; c >= 0x80 || c == '`' {
			return append(dst, Key(name)...)
		}
	}
	return appendASCIIKey(dst, name)
}

// appendASCIIKey appends the key of an ASCII name to dst: spaces collapsed
// and trimmed, letters lowered, a leading "the " dropped.
func appendASCIIKey(dst []byte, name string) []byte {
	n := len(dst)
	sp := false
	for i := 0; i < len(name); i++ {
		c := name[i]
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' {
			sp = len(dst) > n
			continue
		}
		if sp {
			dst = append(dst, ' ')
			sp = false
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	if len(dst)-n >= 4 && string(dst[n:n+4]) == "the " {
		dst = append(dst[:n], dst[n+4:]...)
	}
	return dst
}

func isLetterOrDigit(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// entity returns the entity for name, creating it with type t when it is
// new. An existing entity keeps its label; a fuller label found later
// replaces it only through alias.
func (x *extractor) entity(name string, t Type, src Source) *Entity {
	name = cleanName(name)
	if name == "" {
		return nil
	}
	k := x.key(name)
	if key, ok := x.names[k]; ok && x.byKey[key] != nil {
		e := x.byKey[key]
		e.Sources = appendSource(e.Sources, src)
		if e.Type == "" || (t != "" && typeRank(t) > typeRank(e.Type)) {
			e.Type = t
		}
		return e
	}
	c := &entityCell{Entity: Entity{Key: k, Label: name, Type: t}, first: [1]Source{src}}
	c.Sources = c.first[:]
	e := &c.Entity
	if t == Event {
		e.Class = eventClass(name)
	}
	x.byKey[k] = e
	x.names[k] = k
	x.indexKey(e, k)
	x.ix.add(e, name, k)
	if isAcronym(name) {
		x.acronyms[strings.ToUpper(strings.ReplaceAll(name, ".", ""))] = e
	}
	if x.a.Entities == nil {
		x.a.Entities = make([]*Entity, 0, firstRoom)
	}
	x.a.Entities = append(x.a.Entities, e)
	return e
}

// An entityCell is an entity and room for its first source, allocated
// together: most entities are named once or twice, and a second source
// moves them to a list of their own.
type entityCell struct {
	Entity
	first [1]Source
}

// lookup finds the entity a name or alias refers to.
func (x *extractor) lookup(name string) *Entity {
	if key, ok := x.names[x.key(name)]; ok {
		return x.byKey[key] // nil when the entity was merged away
	}
	return nil
}

// lookupKey is lookup for a name already made a key.
func (x *extractor) lookupKey(k string) *Entity {
	if key, ok := x.names[k]; ok {
		return x.byKey[key]
	}
	return nil
}

// lookupBytes is lookupKey for a key in a buffer, looked up without
// making a string of it.
func (x *extractor) lookupBytes(k []byte) *Entity {
	if key, ok := x.names[string(k)]; ok {
		return x.byKey[key]
	}
	return nil
}

// key is Key, remembered for the names the extractor meets again and again.
func (x *extractor) key(name string) string {
	if k, ok := x.keys[name]; ok {
		return k
	}
	k := Key(name)
	x.keys[name] = k
	return k
}

// alias records alias as another name of e.
func (x *extractor) alias(e *Entity, alias string) {
	alias = cleanName(alias)
	k := x.key(alias)
	if alias == "" || k == x.key(e.Label) {
		return
	}
	if other, ok := x.names[k]; ok && other != e.Key {
		return // the name is taken by another entity
	}
	x.addAlias(e, alias)
}

// typeRank orders types by how much they say, so that a specific reading
// wins over a vague one.
func typeRank(t Type) int {
	switch t {
	case Other:
		return 0
	case Place:
		return 1
	case Organization:
		return 2
	case Country, Person, Event, Equipment:
		return 3
	}
	return -1
}

func appendSource(ss []Source, s Source) []Source {
	if s.Line == 0 {
		return ss
	}
	for _, o := range ss {
		if o.Start == s.Start && o.End == s.End {
			return ss
		}
	}
	return append(ss, s)
}

// plainName reports whether s needs no cleaning: it starts and ends with a
// letter or digit and has no double space.
func plainName(s string) bool {
	if s == "" {
		return false
	}
	// The ends first: most names that need cleaning fail there.
	f, l := s[0], s[len(s)-1]
	ok := func(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' }
	if !ok(f) || !ok(l) && !(l == '.' && len(s) > 2) {
		return false
	}
	// Then one pass for the rest: no double space, tab or line break, and
	// valid UTF-8. (s[0] is a letter or digit.)
	ascii := true
	for i := 1; i < len(s); i++ {
		switch c := s[i]; {
		case c == ' ' && s[i-1] == ' ', c == '\t', c == '\n', c == '\r':
			return false
		case c >= utf8.RuneSelf:
			ascii = false
		}
	}
	return ascii || utf8.ValidString(s)
}

// cleanName trims spaces, quotes and stray punctuation from a name.
func cleanName(s string) string {
	if plainName(s) {
		return s
	}
	s = strings.TrimSpace(s)
	for {
		t := strings.Trim(s, " ,;:'“”*#·•-–—|[")
		if strings.Count(t, "\"")%2 == 1 {
			t = strings.Trim(t, "\"")
		} else if strings.HasPrefix(t, "\"") && strings.HasSuffix(t, "\"") && strings.Count(t, "\"") == 2 {
			t = strings.Trim(t, "\"")
		}
		if strings.HasSuffix(t, ")") && strings.Count(t, "(") < strings.Count(t, ")") {
			t = t[:len(t)-1]
		}
		if strings.HasPrefix(t, "(") && strings.Count(t, "(") > strings.Count(t, ")") {
			t = t[1:]
		}
		if strings.HasSuffix(t, "]") && !strings.Contains(t, "[") {
			t = t[:len(t)-1]
		}
		if t == s {
			break
		}
		s = t
	}
	s = strings.Join(strings.Fields(s), " ")
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "")
	}
	return s
}
