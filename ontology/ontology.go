package ontology

import (
	"embed"
	"fmt"
	"io/fs"
	"sort"
	"strings"
)

// Namespaces used in factloom's graphs.
const (
	NS   = "https://w3id.org/factloom/ontology#" // factloom's own terms, prefix fl:
	RDF  = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
	RDFS = "http://www.w3.org/2000/01/rdf-schema#"
	OWL  = "http://www.w3.org/2002/07/owl#"
	XSD  = "http://www.w3.org/2001/XMLSchema#"
	SKOS = "http://www.w3.org/2004/02/skos/core#"
	PROV = "http://www.w3.org/ns/prov#"
	WD   = "http://www.wikidata.org/entity/" // Wikidata items, the objects of owl:sameAs
)

// DefaultBase is the IRI that the graph's own nodes start with unless the
// user gives another.
const DefaultBase = "https://w3id.org/factloom/id/"

// Prefixes maps each namespace IRI of the data to its Turtle prefix.
var Prefixes = map[string]string{
	NS:   "fl",
	RDF:  "rdf",
	RDFS: "rdfs",
	OWL:  "owl",
	XSD:  "xsd",
	SKOS: "skos",
	PROV: "prov",
	WD:   "wd",
}

// Terms of the data model, as full IRIs.
const (
	Type        = RDF + "type"
	Label       = RDFS + "label"
	AltLabel    = SKOS + "altLabel"
	SameAs      = OWL + "sameAs"
	DerivedFrom = PROV + "wasDerivedFrom"
	Statement   = RDF + "Statement"
	Subject     = RDF + "subject"
	Predicate   = RDF + "predicate"
	Object      = RDF + "object"
	Value       = PROV + "value"
	ProvEntity  = PROV + "Entity"
)

//go:embed factloom.ttl competency/*.rq
var files embed.FS

// Turtle returns the ontology as Turtle.
func Turtle() []byte {
	b, err := files.ReadFile("factloom.ttl")
	if err != nil {
		panic(err) // embedded at build time
	}
	return b
}

// Query returns the competency query with the given name ("entities",
// "relations", ...) or file name ("entities.rq").
func Query(name string) (string, error) {
	name = strings.TrimSuffix(name, ".rq")
	b, err := files.ReadFile("competency/" + name + ".rq")
	if err != nil {
		return "", fmt.Errorf("no competency query %q (have %s)", name, strings.Join(QueryNames(), ", "))
	}
	return string(b), nil
}

// QueryNames lists the competency queries, sorted.
func QueryNames() []string {
	entries, _ := fs.ReadDir(files, "competency")
	var names []string
	for _, e := range entries {
		names = append(names, strings.TrimSuffix(e.Name(), ".rq"))
	}
	sort.Strings(names)
	return names
}
