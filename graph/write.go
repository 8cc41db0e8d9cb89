package graph

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/knakk/rdf"

	"github.com/factloom/factloom/ontology"
)

// Format is an RDF serialization.
type Format int

// The formats Write can produce.
const (
	NTriples Format = iota
	Turtle
)

// ParseFormat reads a format name: "turtle"/"ttl" or "ntriples"/"nt".
func ParseFormat(s string) (Format, error) {
	switch strings.ToLower(s) {
	case "turtle", "ttl":
		return Turtle, nil
	case "ntriples", "n-triples", "nt":
		return NTriples, nil
	}
	return 0, fmt.Errorf("unknown format %q: want turtle or ntriples", s)
}

// Write serializes g to w with knakk/rdf. N-Triples is one triple per line
// in the graph's order. Turtle declares its prefixes first and groups each
// subject's predicates and objects.
func (g *Graph) Write(w io.Writer, f Format) error {
	switch f {
	case NTriples:
		if len(g.lines) == len(g.Triples) {
			return writeLines(w, g.lines)
		}
		return writeNTriples(w, g.Triples)
	case Turtle:
		return writeTurtle(w, g.Triples, g.namespaces())
	}
	return fmt.Errorf("unknown format %d", f)
}

// writeLines writes N-Triples lines made when the graph was built: the same
// bytes knakk/rdf's encoder writes for the same triples.
func writeLines(w io.Writer, lines []string) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	for _, l := range lines {
		if _, err := bw.WriteString(l); err != nil {
			return err
		}
	}
	return bw.Flush()
}

func writeNTriples(w io.Writer, ts []rdf.Triple) error {
	enc := rdf.NewTripleEncoder(w, rdf.NTriples)
	for _, t := range ts {
		if err := enc.Encode(t); err != nil {
			return err
		}
	}
	return enc.Close()
}

// namespaces maps each namespace the graph uses to a prefix: the
// vocabularies of ontology.Prefixes, and the folders of the graph's own
// IRIs ("…/id/person/" becomes person:). A namespace gets a prefix only when
// every local name in it is a safe Turtle local name, because knakk/rdf
// writes local names without escaping them.
func (g *Graph) namespaces() map[string]string {
	used := map[string]bool{}
	unsafe := map[string]bool{}
	seen := map[string]bool{} // IRIs already noted: most recur in many triples
	note := func(iri rdf.IRI) {
		if seen[iri.String()] {
			return
		}
		seen[iri.String()] = true
		ns, local := iri.Split()
		if ns == "" {
			return
		}
		used[ns] = true
		if !safeLocal(local) {
			unsafe[ns] = true
		}
	}
	for _, t := range g.Triples {
		note(t.Subj.(rdf.IRI))
		note(t.Pred.(rdf.IRI))
		switch o := t.Obj.(type) {
		case rdf.IRI:
			note(o)
		case rdf.Literal:
			if o.DataType.String() != ontology.XSD+"string" {
				note(o.DataType)
			}
		}
	}
	ns := map[string]string{}
	taken := map[string]bool{}
	for iri, prefix := range ontology.Prefixes {
		if used[iri] && !unsafe[iri] {
			ns[iri] = prefix
			taken[prefix] = true
		}
	}
	var rest []string
	for iri := range used {
		if _, ok := ns[iri]; !ok && !unsafe[iri] {
			rest = append(rest, iri)
		}
	}
	sort.Strings(rest)
	for _, iri := range rest {
		seg := strings.TrimSuffix(iri, "/")
		seg = seg[strings.LastIndexAny(seg, "/#:")+1:]
		if !prefixName(seg) || taken[seg] {
			continue
		}
		ns[iri] = seg
		taken[seg] = true
	}
	return ns
}

// writeTurtle encodes triples with knakk/rdf's Turtle encoder. That encoder
// declares a prefix at its first use, even in the middle of a subject's
// statements. To get every prefix at the top, a copy of the encoder first
// meets one made-up triple per namespace; the bytes it writes for them are
// known exactly (the encoder is deterministic), so the real encoder, primed
// the same way, has its priming output cut off and replaced by the
// prefix lines alone.
func writeTurtle(w io.Writer, ts []rdf.Triple, namespaces map[string]string) error {
	var nsList []string
	for iri := range namespaces {
		nsList = append(nsList, iri)
	}
	sort.Strings(nsList)
	prime := func(enc *rdf.TripleEncoder) error {
		for iri, p := range namespaces {
			enc.Namespaces[iri] = p
		}
		enc.GenerateNamespaces = false
		for _, iri := range nsList {
			x, err := rdf.NewIRI(iri + "x")
			if err != nil {
				return err
			}
			if err := enc.Encode(rdf.Triple{Subj: x, Pred: x, Obj: x}); err != nil {
				return err
			}
		}
		enc.OpenStatement = false
		return nil
	}
	var head bytes.Buffer
	probe := rdf.NewTripleEncoder(&head, rdf.Turtle)
	if err := prime(probe); err != nil {
		return err
	}
	if err := probe.Close(); err != nil {
		return err
	}

	var body bytes.Buffer
	enc := rdf.NewTripleEncoder(&body, rdf.Turtle)
	if err := prime(enc); err != nil {
		return err
	}
	for _, t := range ts {
		if err := enc.Encode(t); err != nil {
			return err
		}
	}
	if err := enc.Close(); err != nil {
		return err
	}
	out := body.Bytes()
	if !bytes.HasPrefix(out, head.Bytes()) {
		return fmt.Errorf("turtle: encoder output does not start with its priming")
	}
	var prefixes bytes.Buffer
	for _, line := range strings.Split(head.String(), "\n") {
		if strings.HasPrefix(line, "@prefix ") {
			prefixes.WriteString(line)
			prefixes.WriteByte('\n')
		}
	}
	if prefixes.Len() > 0 {
		prefixes.WriteByte('\n')
	}
	rest := out[head.Len():]
	if _, err := w.Write(prefixes.Bytes()); err != nil {
		return err
	}
	if _, err := w.Write(rest); err != nil {
		return err
	}
	if len(rest) > 0 {
		_, err := io.WriteString(w, "\n")
		return err
	}
	return nil
}

// safeLocal reports whether s can be written as a Turtle local name as it is:
// letters, digits, '_', '-', '.' and %XX escapes, not starting with '-' or
// '.', not ending with '.'.
func safeLocal(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9', c == '_':
		case c == '-' || c == '.':
			if i == 0 {
				return false
			}
		case c == '%':
			if i+2 >= len(s) || !isHex(s[i+1]) || !isHex(s[i+2]) {
				return false
			}
			i += 2
		default:
			return false
		}
	}
	return s[len(s)-1] != '.'
}

func isHex(c byte) bool { return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' }

// prefixName reports whether s is a safe Turtle prefix: a letter, then
// letters, digits, '_' or '-'.
func prefixName(s string) bool {
	if s == "" || !(s[0] >= 'a' && s[0] <= 'z' || s[0] >= 'A' && s[0] <= 'Z') {
		return false
	}
	for i := 1; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-') {
			return false
		}
	}
	return true
}
