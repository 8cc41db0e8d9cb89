package graph

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/knakk/rdf"

	"github.com/factloom/factloom/extract"
)

func addSeeds(f *testing.F) {
	paths, _ := filepath.Glob("../testdata/articles/*.txt")
	more, _ := filepath.Glob("../../shared/corpus/*.txt")
	for _, p := range append(paths, more...) {
		src, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(src)
	}
	f.Add([]byte("Conflict: | Battle of \x00\x01 \"<a>\" {b} |\nCommander1: | A\\B \"C\" |\nDate: | 31 February 2019 |\n"))
}

// FuzzPipeline extracts any bytes and writes the graph in both formats:
// the output must always read back with knakk/rdf, with the same triples.
func FuzzPipeline(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, src []byte) {
		a, _ := extract.Parse("fuzz.txt", src) // input errors are expected
		g, err := Build([]*extract.Article{a}, Options{})
		if err != nil {
			t.Fatal(err)
		}
		counts := map[Format]int{}
		for _, format := range []Format{NTriples, Turtle} {
			var out bytes.Buffer
			if err := g.Write(&out, format); err != nil {
				t.Fatal(err)
			}
			rf := rdf.NTriples
			if format == Turtle {
				rf = rdf.Turtle
			}
			ts, err := rdf.NewTripleDecoder(bytes.NewReader(out.Bytes()), rf).DecodeAll()
			if err != nil {
				t.Fatalf("format %d does not read back: %v\n%s", format, err, out.Bytes())
			}
			counts[format] = len(ts)
		}
		if counts[NTriples] != g.Len() || counts[Turtle] != g.Len() {
			t.Fatalf("read back %v triples, wrote %d", counts, g.Len())
		}
	})
}
