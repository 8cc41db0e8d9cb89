package graph

import (
	"bytes"
	"errors"
	"io"
	"os"
	"testing"

	"github.com/factloom/factloom/extract"
	"github.com/factloom/factloom/extract/dump"
	"github.com/factloom/factloom/extract/wikitext"
)

// longArticles reads the 24 whole conflict articles of the sample dump
// beside the repository, extracted.
func longArticles(b *testing.B) ([]*extract.Article, int64) {
	f, err := os.Open("../../shared/wikitext/sample-pages-articles.xml")
	if err != nil {
		b.Skipf("no sample dump beside the repository: %v", err)
	}
	defer f.Close()
	var arts []*extract.Article
	var n int64
	r := dump.NewReader(f)
	for {
		p, err := r.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			b.Fatal(err)
		}
		w, err := wikitext.Convert(p.Title, dump.Unescape(nil, p.Text))
		if err != nil {
			continue
		}
		a, _ := extract.Parse(p.Title, bytes.Clone(w.Text))
		if a != nil {
			arts = append(arts, a)
			n += int64(len(w.Text))
		}
	}
	return arts, n
}

// BenchmarkBuild measures graph.Build on the articles of the sample dump,
// in bytes of article text per second.
func BenchmarkBuild(b *testing.B) {
	arts, n := longArticles(b)
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range arts {
			if _, err := Build([]*extract.Article{a}, Options{}); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkWriteNTriples measures writing the built graphs as N-Triples.
func BenchmarkWriteNTriples(b *testing.B) {
	benchmarkWrite(b, NTriples)
}

// BenchmarkWriteTurtle measures writing the built graphs as Turtle.
func BenchmarkWriteTurtle(b *testing.B) {
	benchmarkWrite(b, Turtle)
}

func benchmarkWrite(b *testing.B, f Format) {
	arts, n := longArticles(b)
	var gs []*Graph
	for _, a := range arts {
		g, err := Build([]*extract.Article{a}, Options{})
		if err != nil {
			b.Fatal(err)
		}
		gs = append(gs, g)
	}
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		for _, g := range gs {
			if err := g.Write(io.Discard, f); err != nil {
				b.Fatal(err)
			}
		}
	}
}
