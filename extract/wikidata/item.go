package wikidata

import (
	"bytes"
	"strconv"
)

// An Item is what the index keeps of one Wikidata item.
type Item struct {
	ID        uint64   // the number of the QID: 42 for Q42
	Label     string   // the label in the first wanted language that has one
	Names     []string // labels, then aliases, in the wanted languages; each once
	P31       []uint64 // instance of (P31), as QID numbers
	P279      []uint64 // subclass of (P279), as QID numbers
	Related   []uint64 // country (P17), part of (P361), location (P276), located in (P131)
	Years     Years    // from start time (P580), end time (P582), point in time (P585)
	Title     string   // the English Wikipedia title (sitelinks.enwiki.title)
	Sitelinks int      // how many sitelinks the item has: its popularity prior
}

// Years is a span of years, both ends included. Years BC are negative
// (1 BC is -1, as in ISO 8601 with astronomical numbering it would be 0; the
// difference does not matter for telling items apart). The zero value is
// "unknown".
type Years struct {
	From, To int
	Known    bool
}

// add widens y to hold year.
func (y *Years) add(year int) {
	if !y.Known {
		*y = Years{From: year, To: year, Known: true}
		return
	}
	y.From = min(y.From, year)
	y.To = max(y.To, year)
}

// Overlaps reports whether y and o share a year. Unknown spans overlap
// everything.
func (y Years) Overlaps(o Years) bool {
	if !y.Known || !o.Known {
		return true
	}
	return y.From <= o.To && o.From <= y.To
}

// QID returns the QID string of a numeric id: "Q42".
func QID(id uint64) string { return "Q" + strconv.FormatUint(id, 10) }

// ParseQID returns the number of a QID string ("Q42" → 42).
func ParseQID(s string) (uint64, bool) {
	if len(s) < 2 || s[0] != 'Q' || s[1] == '0' {
		return 0, false
	}
	n, err := strconv.ParseUint(s[1:], 10, 64)
	return n, err == nil
}

// itemParser reads dump lines into Items. It keeps its scratch space, so
// each worker owns one.
type itemParser struct {
	langs  []string // wanted languages, first is preferred for Label
	s      scanner
	labels []string // label per wanted language, by index in langs
	seen   map[string]bool
}

func newItemParser(langs []string) *itemParser {
	return &itemParser{langs: langs, labels: make([]string, len(langs)), seen: make(map[string]bool)}
}

func (p *itemParser) lang(code []byte) int {
	for i, l := range p.langs {
		if string(code) == l {
			return i
		}
	}
	return -1
}

// parse reads one entity of the dump into it. ok is false for an entity
// that is not an item (a property or a lexeme).
func (p *itemParser) parse(line []byte, it *Item) (ok bool, err error) {
	*it = Item{Names: it.Names[:0], P31: it.P31[:0], P279: it.P279[:0], Related: it.Related[:0]}
	for i := range p.labels {
		p.labels[i] = ""
	}
	var aliases []string
	typ := ""
	p.s = scanner{b: line}
	s := &p.s
	err = s.object(func(k []byte) error {
		switch string(k) {
		case "type":
			v, err := s.str()
			typ = v
			return err
		case "id":
			v, err := s.str()
			if err != nil {
				return err
			}
			if id, ok := ParseQID(v); ok {
				it.ID = id
			} else if len(v) == 0 || v[0] == 'Q' {
				return s.errorf("bad item id %q", v)
			}
			return nil
		case "labels":
			return s.object(func(lang []byte) error {
				i := p.lang(lang)
				if i < 0 {
					return s.skip()
				}
				return s.object(func(k []byte) error {
					if string(k) != "value" {
						return s.skip()
					}
					v, err := s.str()
					p.labels[i] = v
					return err
				})
			})
		case "aliases":
			return s.object(func(lang []byte) error {
				if p.lang(lang) < 0 {
					return s.skip()
				}
				return s.array(func() error {
					return s.object(func(k []byte) error {
						if string(k) != "value" {
							return s.skip()
						}
						v, err := s.str()
						aliases = append(aliases, v)
						return err
					})
				})
			})
		case "claims":
			return s.object(func(prop []byte) error {
				switch string(prop) {
				case "P31":
					return p.statements(func(dv []byte) error { return p.entityValue(dv, &it.P31) })
				case "P279":
					return p.statements(func(dv []byte) error { return p.entityValue(dv, &it.P279) })
				case "P17", "P361", "P276", "P131":
					return p.statements(func(dv []byte) error { return p.entityValue(dv, &it.Related) })
				case "P580", "P582", "P585":
					return p.statements(func(dv []byte) error { return p.timeValue(dv, &it.Years) })
				}
				return s.skip()
			})
		case "sitelinks":
			return s.object(func(site []byte) error {
				it.Sitelinks++
				if string(site) != "enwiki" {
					return s.skip()
				}
				return s.object(func(k []byte) error {
					if string(k) != "title" {
						return s.skip()
					}
					v, err := s.str()
					it.Title = v
					return err
				})
			})
		}
		return s.skip()
	})
	if err == nil && s.peek() != 0 {
		err = s.errorf("text after the entity")
	}
	if err != nil {
		return false, err
	}
	if typ != "item" && typ != "" || it.ID == 0 {
		return false, nil
	}
	clear(p.seen)
	add := func(n string) {
		if n != "" && !p.seen[n] {
			p.seen[n] = true
			it.Names = append(it.Names, n)
		}
	}
	for _, l := range p.labels {
		if it.Label == "" {
			it.Label = l
		}
		add(l)
	}
	for _, a := range aliases {
		add(a)
	}
	return true, nil
}

// statements reads an array of statements and passes the datavalue of
// each main snak to value, skipping deprecated statements and snaks
// without a value.
func (p *itemParser) statements(value func(dv []byte) error) error {
	s := &p.s
	return s.array(func() error {
		var dv []byte
		deprecated := false
		err := s.object(func(k []byte) error {
			switch string(k) {
			case "rank":
				r, err := s.str()
				deprecated = r == "deprecated"
				return err
			case "mainsnak":
				return s.object(func(k []byte) error {
					if string(k) != "datavalue" {
						return s.skip()
					}
					start := s.pos
					if err := s.skip(); err != nil {
						return err
					}
					dv = s.b[start:s.pos]
					return nil
				})
			}
			return s.skip()
		})
		if err != nil || dv == nil || deprecated {
			return err
		}
		return value(dv)
	})
}

// entityValue appends the item a datavalue names
// ({"value":{"entity-type":"item","numeric-id":5,"id":"Q5"},...}).
func (p *itemParser) entityValue(dv []byte, ids *[]uint64) error {
	sub := scanner{b: dv}
	var id uint64
	err := sub.object(func(k []byte) error {
		if string(k) != "value" {
			return sub.skip()
		}
		if sub.peek() != '{' {
			return sub.skip()
		}
		return sub.object(func(k []byte) error {
			switch string(k) {
			case "id":
				v, err := sub.str()
				if n, ok := ParseQID(v); ok {
					id = n
				}
				return err
			case "numeric-id":
				start := sub.pos
				if err := sub.skip(); err != nil {
					return err
				}
				if id == 0 {
					id, _ = strconv.ParseUint(string(bytes.TrimSpace(sub.b[start:sub.pos])), 10, 64)
				}
				return nil
			}
			return sub.skip()
		})
	})
	if err != nil {
		return err
	}
	if id != 0 && !contains(*ids, id) {
		*ids = append(*ids, id)
	}
	return nil
}

// timeValue widens y with the year of a time datavalue
// ({"value":{"time":"+2016-10-21T00:00:00Z",...},"type":"time"}).
func (p *itemParser) timeValue(dv []byte, y *Years) error {
	sub := scanner{b: dv}
	return sub.object(func(k []byte) error {
		if string(k) != "value" || sub.peek() != '{' {
			return sub.skip()
		}
		return sub.object(func(k []byte) error {
			if string(k) != "time" {
				return sub.skip()
			}
			v, err := sub.str()
			if year, ok := timeYear(v); ok {
				y.add(year)
			}
			return err
		})
	})
}

// timeYear reads the year of a Wikibase time ("+2016-10-21T00:00:00Z",
// "-0053-06-09T00:00:00Z").
func timeYear(t string) (int, bool) {
	if len(t) < 2 || (t[0] != '+' && t[0] != '-') {
		return 0, false
	}
	end := 1
	for end < len(t) && t[end] >= '0' && t[end] <= '9' {
		end++
	}
	y, err := strconv.Atoi(t[1:end])
	if err != nil || end == 1 {
		return 0, false
	}
	if t[0] == '-' {
		y = -y
	}
	return y, true
}

func contains(ids []uint64, id uint64) bool {
	for _, x := range ids {
		if x == id {
			return true
		}
	}
	return false
}
