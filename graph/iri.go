package graph

import (
	"fmt"
	"hash/fnv"
	"net/url"
	"strings"
	"unicode/utf8"

	"github.com/factloom/factloom/extract"
	"github.com/factloom/factloom/ontology"
)

// Slug turns a name into the last segment of an IRI: the name's key (see
// extract.Key: lower case, Latin diacritics stripped), with '_' for spaces,
// letters, digits, '_' and '-' kept, and every other byte percent-encoded.
// The result starts with a letter or a digit, so it is a safe Turtle local
// name.
func Slug(name string) string {
	k := extract.Key(name)
	var b strings.Builder
	b.Grow(len(k))
	for i := 0; i < len(k); i++ {
		c := k[i]
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9':
			b.WriteByte(c)
		case (c == '_' || c == '-') && b.Len() > 0:
			b.WriteByte(c)
		case c == ' ':
			if b.Len() > 0 {
				b.WriteByte('_')
			} else {
				b.WriteString("%20")
			}
		default:
			fmt.Fprintf(&b, "%%%02X", c)
		}
	}
	if b.Len() == 0 {
		return "unnamed"
	}
	return b.String()
}

// typeSegment is the path segment of an entity type's IRIs.
func typeSegment(t extract.Type) string {
	switch t {
	case extract.Person, extract.Organization, extract.Country, extract.Place, extract.Event, extract.Equipment:
		return strings.ToLower(string(t))
	}
	return "other"
}

// minter makes the IRIs of one graph from its base.
type minter struct{ base string }

func (m minter) entity(e *extract.Entity) string {
	return m.base + typeSegment(e.Type) + "/" + Slug(e.Label)
}

func (m minter) article(id string) string { return m.base + "article/" + Slug(id) }

func (m minter) source(id string, s extract.Source) string {
	return fmt.Sprintf("%ssource/%s.%d-%d", m.base, Slug(id), s.Start, s.End)
}

// local is the part of an entity IRI after the base, with '.' for '/', so
// that it can be part of another IRI's last segment.
func (m minter) local(iri string) string {
	return strings.ReplaceAll(strings.TrimPrefix(iri, m.base), "/", ".")
}

func (m minter) role(event, agent string, r extract.Rel, side int) string {
	return fmt.Sprintf("%srole/%s.%s.%d.%s", m.base, m.local(event), r, side, m.local(agent))
}

func (m minter) figure(event string, f extract.Figure) string {
	count := "x"
	if f.HasCount {
		count = fmt.Sprint(f.Count)
	}
	return fmt.Sprintf("%sfigure/%s.%s.%d.%s.%d", m.base, m.local(event), f.Kind, f.Side, count, f.Max)
}

func (m minter) statement(s, p, o string) string {
	h := fnv.New64a()
	h.Write([]byte(s))
	h.Write([]byte{0})
	h.Write([]byte(p))
	h.Write([]byte{0})
	h.Write([]byte(o))
	return fmt.Sprintf("%sstatement/%016x", m.base, h.Sum64())
}

// CheckBase reports whether base can start the graph's IRIs: an absolute
// IRI, valid UTF-8, with no '#', ending in '/'.
func CheckBase(base string) error {
	if !utf8.ValidString(base) {
		return fmt.Errorf("base %q: invalid UTF-8", base)
	}
	u, err := url.Parse(base)
	if err != nil {
		return fmt.Errorf("base %q: %v", base, err)
	}
	if !u.IsAbs() || u.Host == "" && u.Scheme != "urn" {
		return fmt.Errorf("base %q: not an absolute IRI", base)
	}
	if strings.ContainsAny(base, "#?<>\"{}|^`\\ ") {
		return fmt.Errorf("base %q: holds a character not allowed here ('#', '?', space, quotes or brackets)", base)
	}
	if !strings.HasSuffix(base, "/") {
		return fmt.Errorf("base %q: must end in '/'", base)
	}
	return nil
}

// DefaultBase is the base IRI used when Options.Base is empty.
func DefaultBase() string { return ontology.DefaultBase }
