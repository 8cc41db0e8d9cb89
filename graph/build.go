package graph

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/knakk/rdf"

	"github.com/factloom/factloom/extract"
	"github.com/factloom/factloom/ontology"
)

// Options control how a graph is built. The zero value is ready to use.
type Options struct {
	Base string // IRI the graph's nodes start with; ontology.DefaultBase when empty
}

// A Graph is a set of triples, sorted by subject, predicate and object in
// their N-Triples form, without duplicates.
type Graph struct {
	Triples []rdf.Triple

	lines []string // each triple in N-Triples, as knakk/rdf serializes it
}

// Len is the number of triples.
func (g *Graph) Len() int { return len(g.Triples) }

// builder collects the triples of a graph, each with its N-Triples line.
type builder struct {
	m     minter
	ts    []rdf.Triple
	lines []string
	iris  map[string]term // IRIs made so far, to check and box each once
}

// Build turns articles into one graph. Entities with the same type and label
// get the same IRI in every article, so the graphs of many articles merge.
func Build(articles []*extract.Article, opt Options) (*Graph, error) {
	base := opt.Base
	if base == "" {
		base = ontology.DefaultBase
	}
	if err := CheckBase(base); err != nil {
		return nil, err
	}
	b := &builder{m: minter{base: base}, iris: make(map[string]term)}
	for _, a := range articles {
		if a != nil {
			b.article(a)
		}
	}
	g := &Graph{}
	g.Triples, g.lines = sortTriples(b.ts, b.lines)
	return g, nil
}

// Relation names to their direct properties, and role relations to their
// role classes.
var (
	relProp = map[extract.Rel]string{
		extract.CombatantIn: ontology.NS + "combatantIn", extract.CommanderIn: ontology.NS + "commanderIn",
		extract.ParticipantIn: ontology.NS + "participantIn", extract.KilledIn: ontology.NS + "killedIn",
		extract.WoundedIn: ontology.NS + "woundedIn", extract.CapturedIn: ontology.NS + "capturedIn",
		extract.PartOf: ontology.NS + "partOf", extract.Location: ontology.NS + "location",
		extract.LocatedIn: ontology.NS + "locatedIn", extract.WinnerOf: ontology.NS + "winnerOf",
		extract.MemberOf: ontology.NS + "memberOf", extract.LeaderOf: ontology.NS + "leaderOf",
		extract.DeputyLeaderOf: ontology.NS + "deputyLeaderOf", extract.FounderOf: ontology.NS + "founderOf",
		extract.AffiliatedWith: ontology.NS + "affiliatedWith", extract.OpponentOf: ontology.NS + "opponentOf",
	}
	roleClass = map[extract.Rel]string{
		extract.CombatantIn: ontology.NS + "CombatantRole", extract.CommanderIn: ontology.NS + "CommanderRole",
		extract.ParticipantIn: ontology.NS + "ParticipantRole", extract.KilledIn: ontology.NS + "KilledRole",
		extract.WoundedIn: ontology.NS + "WoundedRole", extract.CapturedIn: ontology.NS + "CapturedRole",
	}
	kindIRI = map[extract.Kind]string{
		extract.Killed: ontology.NS + "Killed", extract.Wounded: ontology.NS + "Wounded",
		extract.Captured: ontology.NS + "Captured", extract.Missing: ontology.NS + "Missing",
		extract.Total: ontology.NS + "TotalCasualties",
	}
)

func (b *builder) article(a *extract.Article) {
	m := b.m
	art := m.article(a.ID)
	b.iri(art, ontology.Type, ontology.NS+"Article")
	b.str(art, ontology.NS+"articleId", a.ID)
	iris := make(map[string]string, len(a.Entities))
	for _, e := range a.Entities {
		iris[e.Key] = m.entity(e)
	}
	// A sentence is the source of many facts: its node is written once.
	sources := map[[2]int]string{}
	source := func(s extract.Source) string {
		if s.Line == 0 {
			return ""
		}
		if iri, ok := sources[[2]int{s.Start, s.End}]; ok {
			return iri
		}
		iri := m.source(a.ID, s)
		sources[[2]int{s.Start, s.End}] = iri
		b.iri(iri, ontology.Type, ontology.NS+"Source")
		b.iri(iri, ontology.NS+"article", art)
		b.str(iri, ontology.Value, s.Text)
		b.int(iri, ontology.NS+"line", s.Line)
		b.int(iri, ontology.NS+"startOffset", s.Start)
		b.int(iri, ontology.NS+"endOffset", s.End)
		if s.Field != "" {
			b.str(iri, ontology.NS+"infoboxField", s.Field)
		}
		return iri
	}
	derived := func(node string, s extract.Source) {
		if src := source(s); src != "" {
			b.iri(node, ontology.DerivedFrom, src)
		}
	}

	if subj, ok := iris[a.Subject]; ok {
		b.iri(art, ontology.NS+"about", subj)
	}
	for _, e := range a.Entities {
		iri := iris[e.Key]
		b.iri(iri, ontology.Type, ontology.NS+typeSegmentClass(e.Type))
		if e.Type == extract.Event && e.Class != "" {
			b.iri(iri, ontology.Type, ontology.NS+string(e.Class))
		}
		b.str(iri, ontology.Label, e.Label)
		for _, al := range e.Aliases {
			b.str(iri, ontology.AltLabel, al)
		}
		if e.QID != "" && qidRE.MatchString(e.QID) {
			b.iri(iri, ontology.SameAs, ontology.WD+e.QID)
		}
		if e.WikiTitle != "" {
			b.str(iri, ontology.NS+"wikipediaTitle", e.WikiTitle)
		}
		for _, s := range e.Sources {
			b.iri(iri, ontology.NS+"mentionedIn", source(s))
		}
	}
	for _, r := range a.Relations {
		s, o := iris[r.Subject], iris[r.Object]
		p := relProp[r.Rel]
		if s == "" || o == "" || p == "" {
			continue
		}
		if class, ok := roleClass[r.Rel]; ok {
			role := m.role(o, s, r.Rel, r.Side)
			b.iri(role, ontology.Type, class)
			b.iri(role, ontology.NS+"agent", s)
			b.iri(role, ontology.NS+"event", o)
			if r.Side > 0 {
				b.int(role, ontology.NS+"side", r.Side)
			}
			derived(role, r.Source)
			// The direct property, for simple queries. Combatants and
			// commanders are asked through their roles, which carry the side.
			b.iri(s, p, o)
			continue
		}
		b.iri(s, p, o)
		if r.Rel == extract.OpponentOf {
			b.iri(o, p, s)
		}
		b.statement(s, p, rdfIRI(o), r.Source, derived)
	}
	for _, at := range a.Attributes {
		s := iris[at.Subject]
		if s == "" {
			continue
		}
		p := ontology.NS + string(at.Attr)
		var o rdf.Object
		switch at.Attr {
		case extract.Result:
			o = literal(at.Value)
		case extract.Latitude, extract.Longitude:
			o = decimalLiteral(at.Value)
		default:
			o = dateLiteral(at.Value)
		}
		b.add(s, p, o)
		b.statement(s, p, o, at.Source, derived)
	}
	for _, f := range a.Figures {
		ev := iris[f.Event]
		if ev == "" || f.Side <= 0 {
			continue
		}
		node := m.figure(ev, f)
		if f.Kind == extract.Strength {
			b.iri(node, ontology.Type, ontology.NS+"StrengthFigure")
			b.iri(ev, ontology.NS+"strengthFigure", node)
		} else {
			kind, ok := kindIRI[f.Kind]
			if !ok {
				continue
			}
			b.iri(node, ontology.Type, ontology.NS+"CasualtyFigure")
			b.iri(ev, ontology.NS+"casualtyFigure", node)
			b.iri(node, ontology.NS+"casualtyKind", kind)
		}
		b.iri(node, ontology.NS+"event", ev)
		b.int(node, ontology.NS+"side", f.Side)
		if f.HasCount {
			b.int(node, ontology.NS+"count", f.Count)
			if f.Max > f.Count {
				b.int(node, ontology.NS+"maxCount", f.Max)
			}
		}
		if f.Text != "" {
			b.str(node, ontology.NS+"originalText", f.Text)
		}
		derived(node, f.Source)
	}
}

// statement reifies s p o as an fl:Statement carrying its source.
func (b *builder) statement(s, p string, o rdf.Object, src extract.Source, derived func(string, extract.Source)) {
	if src.Line == 0 {
		return
	}
	st := b.m.statement(s, p, o.Serialize(rdf.NTriples))
	b.iri(st, ontology.Type, ontology.NS+"Statement")
	b.iri(st, ontology.Subject, s)
	b.iri(st, ontology.Predicate, p)
	b.add(st, ontology.Object, o)
	derived(st, src)
}

func typeSegmentClass(t extract.Type) string {
	switch t {
	case extract.Person, extract.Organization, extract.Country, extract.Place, extract.Event, extract.Equipment:
		return string(t)
	}
	return "Other"
}

var qidRE = regexp.MustCompile(`^Q[1-9][0-9]*$`)

func (b *builder) add(s, p string, o rdf.Object) {
	if s == "" || p == "" || o == nil {
		return
	}
	b.addLine(rdf.Triple{Subj: b.mkIRI(s).s, Pred: b.mkIRI(p).p, Obj: o}, "<"+s+"> <"+p+"> "+o.Serialize(rdf.NTriples)+" .\n")
}

func (b *builder) iri(s, p, o string) {
	if o == "" || s == "" || p == "" {
		return
	}
	b.addLine(rdf.Triple{Subj: b.mkIRI(s).s, Pred: b.mkIRI(p).p, Obj: b.mkIRI(o).o}, "<"+s+"> <"+p+"> <"+o+"> .\n")
}

// addLine records a triple with its N-Triples line: the bytes knakk/rdf's
// Triple.Serialize gives (an IRI serializes as "<" + IRI + ">"), made once
// here so that sorting and writing need not serialize again.
func (b *builder) addLine(t rdf.Triple, line string) {
	b.ts = append(b.ts, t)
	b.lines = append(b.lines, line)
}

// A term is an IRI in each interface a triple holds it as. Putting an
// rdf.IRI in an interface copies it to the heap; the three share one copy.
type term struct {
	s rdf.Subject
	p rdf.Predicate
	o rdf.Object
}

// mkIRI is mustIRI for an IRI the graph may already hold.
func (b *builder) mkIRI(s string) term {
	if t, ok := b.iris[s]; ok {
		return t
	}
	var subj rdf.Subject = mustIRI(s)
	t := term{s: subj, p: subj.(rdf.Predicate), o: subj.(rdf.Object)}
	b.iris[s] = t
	return t
}

func (b *builder) str(s, p, v string) {
	if v = cleanText(v); v != "" && s != "" && p != "" {
		l, _ := rdf.NewLiteral(v)
		b.addLine(rdf.Triple{Subj: b.mkIRI(s).s, Pred: b.mkIRI(p).p, Obj: l}, "<"+s+"> <"+p+"> "+ntString(v)+" .\n")
	}
}

func (b *builder) int(s, p string, v int) {
	l, _ := rdf.NewLiteral(v)
	if s == "" || p == "" {
		return
	}
	b.addLine(rdf.Triple{Subj: b.mkIRI(s).s, Pred: b.mkIRI(p).p, Obj: l}, "<"+s+"> <"+p+"> \""+strconv.Itoa(v)+`"^^<`+ontology.XSD+"integer> .\n")
}

// ntString writes a plain string literal as knakk/rdf's Literal.Serialize
// does in N-Triples: in quotes, with only newline, carriage return, quote
// and backslash escaped (TestNTForms holds the two to the same bytes).
func ntString(v string) string {
	if !strings.ContainsAny(v, "\n\r\"\\") {
		return "\"" + v + "\""
	}
	var b strings.Builder
	b.Grow(len(v) + 8)
	b.WriteByte('"')
	for i := 0; i < len(v); i++ {
		switch c := v[i]; c {
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte('"')
	return b.String()
}

func rdfIRI(s string) rdf.Object { return mustIRI(s) }

// mustIRI makes an IRI that the builder minted itself: from a checked base
// and percent-encoded slugs, so it is always valid.
func mustIRI(s string) rdf.IRI {
	iri, err := rdf.NewIRI(s)
	if err != nil {
		panic(fmt.Sprintf("graph: minted an invalid IRI %q: %v", s, err))
	}
	return iri
}

func literal(s string) rdf.Literal {
	l, _ := rdf.NewLiteral(cleanText(s))
	return l
}

var (
	dateRE      = regexp.MustCompile(`^-?[0-9]{4,}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$`)
	yearMonthRE = regexp.MustCompile(`^-?[0-9]{4,}-(0[1-9]|1[0-2])$`)
	yearRE      = regexp.MustCompile(`^-?[0-9]{4,}$`)
)

// dateLiteral types an ISO date by its precision: xsd:date, xsd:gYearMonth
// or xsd:gYear. Anything else stays a plain string.
func dateLiteral(v string) rdf.Object {
	var dt string
	switch {
	case dateRE.MatchString(v):
		dt = "date"
	case yearMonthRE.MatchString(v):
		dt = "gYearMonth"
	case yearRE.MatchString(v):
		dt = "gYear"
	default:
		return literal(v)
	}
	return rdf.NewTypedLiteral(v, mustIRI(ontology.XSD+dt))
}

var decimalRE = regexp.MustCompile(`^-?[0-9]+\.[0-9]+$`)

// decimalLiteral types a decimal number; anything else stays a string.
func decimalLiteral(v string) rdf.Object {
	if !decimalRE.MatchString(v) {
		return literal(v)
	}
	return rdf.NewTypedLiteral(v, mustIRI(ontology.XSD+"decimal"))
}

// cleanText makes text safe for every RDF parser: valid UTF-8, and no
// control characters but tab, newline and carriage return (rapper cuts a
// literal at NUL).
func cleanText(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	} else if cleanBytes(s) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if (r < 0x20 && r != '\t' && r != '\n' && r != '\r') || r == 0x7f || r == 0xFFFE || r == 0xFFFF {
			return -1
		}
		return r
	}, s)
}

// cleanBytes reports whether valid UTF-8 s has nothing cleanText drops:
// no control byte but tab, newline and carriage return, no DEL, and no
// 0xEF byte, which every encoding of U+FFFE and U+FFFF starts with.
func cleanBytes(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c < 0x20 && c != '\t' && c != '\n' && c != '\r', c == 0x7f, c == 0xEF:
			return false
		}
	}
	return true
}

// sortTriples sorts triples by subject, predicate and object in their
// N-Triples form, and drops duplicates. Sorting the lines themselves gives
// that order: a term's form ends in '>' or '"' (or a datatype or language
// tag) followed by a space, and neither an IRI nor an escaped literal holds
// those bytes inside, so two lines first differ where their terms do.
func sortTriples(ts []rdf.Triple, lines []string) ([]rdf.Triple, []string) {
	idx := make([]int32, len(ts))
	for i := range idx {
		idx[i] = int32(i)
	}
	sort.Slice(idx, func(i, j int) bool { return lines[idx[i]] < lines[idx[j]] })
	outT := make([]rdf.Triple, 0, len(ts))
	outL := make([]string, 0, len(ts))
	for k, i := range idx {
		if k > 0 && lines[i] == lines[idx[k-1]] {
			continue
		}
		outT = append(outT, ts[i])
		outL = append(outL, lines[i])
	}
	return outT, outL
}
