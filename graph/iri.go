package graph

import (
	"fmt"
	"net/url"
	"strconv"
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
			b.WriteByte('%')
			b.WriteByte(upperHex[c>>4])
			b.WriteByte(upperHex[c&15])
		}
	}
	if b.Len() == 0 {
		return "unnamed"
	}
	return b.String()
}

const upperHex = "0123456789ABCDEF"

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
	return m.base + "source/" + Slug(id) + "." + strconv.Itoa(s.Start) + "-" + strconv.Itoa(s.End)
}

// local is the part of an entity IRI after the base, with '.' for '/', so
// that it can be part of another IRI's last segment.
func (m minter) local(iri string) string {
	return strings.ReplaceAll(strings.TrimPrefix(iri, m.base), "/", ".")
}

func (m minter) role(event, agent string, r extract.Rel, side int) string {
	return m.base + "role/" + m.local(event) + "." + string(r) + "." + strconv.Itoa(side) + "." + m.local(agent)
}

func (m minter) figure(event string, f extract.Figure) string {
	count := "x"
	if f.HasCount {
		count = strconv.Itoa(f.Count)
	}
	return m.base + "figure/" + m.local(event) + "." + string(f.Kind) + "." + strconv.Itoa(f.Side) + "." + count + "." + strconv.Itoa(f.Max)
}

func (m minter) statement(s, p, o string) string {
	// FNV-1a, 64 bits, of s, p and o with a zero byte between them,
	// written out to hash the strings in place.
	const offset, prime = 14695981039346656037, 1099511628211
	h := uint64(offset)
	for i, part := range [3]string{s, p, o} {
		if i > 0 {
			h *= prime // a zero byte: h ^= 0 leaves h as it is
		}
		for j := 0; j < len(part); j++ {
			h ^= uint64(part[j])
			h *= prime
		}
	}
	var hex [16]byte
	sum := strconv.AppendUint(hex[:0], h, 16)
	return m.base + "statement/" + strings.Repeat("0", 16-len(sum)) + string(sum)
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
