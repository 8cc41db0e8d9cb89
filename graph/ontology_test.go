package graph

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/knakk/rdf"

	"github.com/factloom/factloom/extract"
	"github.com/factloom/factloom/ontology"
)

// TestOntologyDeclaresEveryTerm reads the ontology (it must be valid
// Turtle) and wants every fl: class and property the graphs of the bundled
// and corpus articles use to be declared in it.
func TestOntologyDeclaresEveryTerm(t *testing.T) {
	ts, err := rdf.NewTripleDecoder(bytes.NewReader(ontology.Turtle()), rdf.Turtle).DecodeAll()
	if err != nil {
		t.Fatalf("ontology/factloom.ttl: %v", err)
	}
	declared := map[string]bool{}
	for _, tr := range ts {
		if tr.Pred.String() == ontology.Type {
			declared[tr.Subj.String()] = true
		}
	}
	paths, _ := filepath.Glob("../testdata/articles/*.txt")
	corpus, _ := filepath.Glob("../../shared/corpus/*.txt")
	var arts []*extract.Article
	for _, p := range append(paths, corpus...) {
		if a, _ := extract.File(p); a != nil {
			arts = append(arts, a)
		}
	}
	g, err := Build(arts, Options{})
	if err != nil {
		t.Fatal(err)
	}
	used := map[string]bool{}
	for _, tr := range g.Triples {
		used[tr.Pred.String()] = true
		if tr.Pred.String() == ontology.Type {
			used[tr.Obj.(rdf.IRI).String()] = true
		}
	}
	for _, k := range []extract.Kind{extract.Killed, extract.Wounded, extract.Captured, extract.Missing, extract.Total} {
		used[kindIRI[k]] = true
	}
	for term := range used {
		if strings.HasPrefix(term, ontology.NS) && !declared[term] {
			t.Errorf("%s is used but not declared in ontology/factloom.ttl", term)
		}
	}
}
