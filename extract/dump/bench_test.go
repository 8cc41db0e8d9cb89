package dump

import (
	"bytes"
	"io"
	"testing"

	"github.com/factloom/factloom/extract"
	"github.com/factloom/factloom/graph"
)

// BenchmarkRun runs the whole pipeline but the decompression (reader,
// filter, conversion, extraction, graph, N-Triples) on the plain sample
// repeated 20 times: what factloom adds to the decoder's work, in MB/s of
// XML.
func BenchmarkRun(b *testing.B) {
	xml := readSample(&testing.T{}, "sample-pages-articles.xml")
	if xml == nil {
		b.Skip("sample dump not found")
	}
	first := bytes.Index(xml, []byte("  <page>"))
	last := bytes.LastIndex(xml, []byte("</mediawiki>"))
	var big bytes.Buffer
	big.Write(xml[:first])
	for range 20 {
		big.Write(xml[first:last])
	}
	big.Write(xml[last:])
	render := func(a *extract.Article) ([]byte, error) {
		g, err := graph.Build([]*extract.Article{a}, graph.Options{})
		if err != nil {
			return nil, err
		}
		var buf bytes.Buffer
		err = g.Write(&buf, graph.NTriples)
		return buf.Bytes(), err
	}
	b.SetBytes(int64(big.Len()))
	b.ReportAllocs()
	for b.Loop() {
		_, err := Run(b.Context(), Options{Inputs: []string{"-"}, Stdin: bytes.NewReader(big.Bytes()), Decoder: Go, Render: render, Out: io.Discard})
		if err != nil {
			b.Fatal(err)
		}
	}
}
