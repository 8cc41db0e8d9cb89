package extract

import (
	"fmt"
	"strings"
	"sync"
)

// extractor holds the state of reading one article.
type extractor struct {
	name  string
	doc   layout
	a     *Article
	byKey map[string]*Entity
	names map[string]string // key of a name or alias -> entity key

	looseIdx map[string]*Entity  // loose spelling of a name or alias -> entity
	keys     map[string]string   // Key of names met before
	pwords   map[string][]string // personWords of a label
	acronyms map[string]*Entity  // entities named by an acronym, by its letters
	ix       nameIndex
	relSeen  map[relKey]bool // relations recorded
	errs     ErrorList
	event    *Entity // the article's subject

	commanders []*Entity // in infobox order
	toks       []token   // readProse's token slice, kept for the next article
	resultText string    // the Result field, for resolveWinner
	resultSrc  Source
}

func newExtractor(name string, doc layout) *extractor {
	return &extractor{
		name:     name,
		doc:      doc,
		byKey:    make(map[string]*Entity),
		names:    make(map[string]string),
		looseIdx: make(map[string]*Entity),
		keys:     make(map[string]string),
		pwords:   make(map[string][]string),
		acronyms: make(map[string]*Entity),
		ix:       newNameIndex(),
		relSeen:  make(map[relKey]bool),
	}
}

// extractors keeps extractors between articles: their maps, cleared but
// grown to an article's size, spare the growing and the garbage that
// making them anew for every article of a dump costs.
var extractors = sync.Pool{New: func() any { return newExtractor("", layout{}) }}

// getExtractor returns an empty extractor for one article; putExtractor
// gives it back once the article is out of it.
func getExtractor(name string, doc layout) *extractor {
	x := extractors.Get().(*extractor)
	x.name, x.doc = name, doc
	return x
}

// putExtractor empties x and keeps it for the next article. Nothing of x
// may stay in the Article it made: the article owns its entities, and
// the maps that point at them are cleared here.
func putExtractor(x *extractor) {
	// An extractor grown by a huge article is let go rather than keep
	// its memory, and its clearing time, for every article after it.
	if len(x.names) > maxPooledNames {
		return
	}
	clear(x.byKey)
	clear(x.names)
	clear(x.looseIdx)
	clear(x.keys)
	clear(x.pwords)
	clear(x.acronyms)
	x.ix.clear()
	clear(x.relSeen)
	clear(x.commanders)
	*x = extractor{
		byKey: x.byKey, names: x.names, looseIdx: x.looseIdx, keys: x.keys, pwords: x.pwords,
		acronyms: x.acronyms, ix: x.ix, relSeen: x.relSeen,
		commanders: x.commanders[:0], toks: x.toks,
	}
	extractors.Put(x)
}

// maxPooledNames bounds the size of the extractors kept for reuse.
const maxPooledNames = 1 << 14

// run reads the infobox, then the prose.
func (x *extractor) run() {
	title, src, ok := x.title()
	if !ok {
		x.errs.Add(x.name, x.doc.fields[0].src.Line, ErrNoTitle)
		return
	}
	x.a = &Article{Name: x.name}
	if !x.readTitle(title, src) {
		x.a = nil
		x.errs.Add(x.name, src.Line, ErrNoTitle)
		return
	}
	x.readInfobox()
	x.splitRunTogetherNames()
	x.readProse()
	x.finish()
}

// titleKeys are the infobox fields that name the article's event, best first.
var titleKeys = []string{"conflict", "title", "name", "battle_name", "operation_name"}

func (x *extractor) title() (string, Source, bool) {
	for _, k := range titleKeys {
		for _, f := range x.doc.fields {
			if f.norm == k && cleanName(stripDebris(f.value)) != "" {
				return f.value, f.src, true
			}
		}
	}
	return "", Source{}, false
}

// normKey is an infobox key in lower case with '_' for spaces.
func normKey(k string) string {
	return strings.ReplaceAll(strings.ToLower(strings.TrimSpace(k)), " ", "_")
}

// relate records a relation between two entities.
func (x *extractor) relate(s *Entity, r Rel, o *Entity, side int, src Source) {
	s, o = x.canonical(s), x.canonical(o)
	if s == nil || o == nil || s == o {
		return
	}
	key := relKey{s.Key, r, o.Key, side}
	if x.relSeen[key] {
		return
	}
	x.relSeen[key] = true
	if x.a.Relations == nil {
		x.a.Relations = make([]Relation, 0, firstRoom)
	}
	x.a.Relations = append(x.a.Relations, Relation{Subject: s.Key, Rel: r, Object: o.Key, Side: side, Source: src})
}

// firstRoom is the room an article's first entity or relation makes for
// those after it: an article of the corpus has some twenty of each, and
// growing a list from one item copies it five times.
const firstRoom = 16

// relKey is a relation without its source.
type relKey struct {
	s    string
	r    Rel
	o    string
	side int
}

// canonical follows an entity merged into another to the one it became;
// nil when it is gone.
func (x *extractor) canonical(e *Entity) *Entity {
	for i := 0; e != nil && i < 8; i++ {
		if x.byKey[e.Key] == e {
			return e
		}
		k, ok := x.names[e.Key]
		if !ok {
			return nil
		}
		e = x.byKey[k]
	}
	return e
}

// attr records an attribute, once per value.
func (x *extractor) attr(s *Entity, at Attr, value string, src Source) {
	s = x.canonical(s)
	if s == nil || value == "" {
		return
	}
	for _, old := range x.a.Attributes {
		if old.Subject == s.Key && old.Attr == at && old.Value == value {
			return
		}
	}
	if x.a.Attributes == nil {
		x.a.Attributes = make([]Attribute, 0, firstRoom/4)
	}
	x.a.Attributes = append(x.a.Attributes, Attribute{Subject: s.Key, Attr: at, Value: value, Source: src})
}

func (x *extractor) has(s *Entity, r Rel, o *Entity) bool {
	if s == nil || o == nil {
		return false
	}
	for side := 0; side <= 3; side++ {
		if x.relSeen[relKey{s.Key, r, o.Key, side}] {
			return true
		}
	}
	return false
}

func (x *extractor) warn(line int, format string, args ...any) {
	x.errs.Add(x.name, line, fmt.Errorf(format, args...))
}
