package dump

import (
	"bytes"
	"io"
	"os/exec"
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

// decodeInput is the sample multistream dump 20 times over: concatenated
// bzip2 streams, 9.8 MB that decompress to 35.5 MB of XML.
func decodeInput(b *testing.B) []byte {
	bz := readSample(&testing.T{}, "sample-pages-articles-multistream.xml.bz2")
	if bz == nil {
		b.Skip("sample dump not found")
	}
	return bytes.Repeat(bz, 20)
}

// The decoders one core at a time (run with -cpu 1), in MB/s of XML out:
// the figures behind the choice of lbzip2 in the package documentation.
func BenchmarkDecodeGo(b *testing.B)     { benchmarkDecode(b, Go) }
func BenchmarkDecodeLbzip2(b *testing.B) { benchmarkDecode(b, Lbzip2) }

func benchmarkDecode(b *testing.B, dec Decoder) {
	in := decodeInput(b)
	if _, err := dec.resolve(); err != nil {
		b.Skip(err)
	}
	var n int64
	for b.Loop() {
		rc, err := decompress(b.Context(), bytes.NewReader(in), true, dec, 1)
		if err != nil {
			b.Fatal(err)
		}
		if n, err = io.Copy(io.Discard, rc); err != nil {
			b.Fatal(err)
		}
		if err := rc.Close(); err != nil {
			b.Fatal(err)
		}
	}
	b.SetBytes(n)
}

// BenchmarkDecodeLibbz2 times Debian's bzip2 program, which decodes with
// libbz2: the decoder that a cgo binding would call.
func BenchmarkDecodeLibbz2(b *testing.B) {
	in := decodeInput(b)
	if _, err := exec.LookPath("bzip2"); err != nil {
		b.Skip(err)
	}
	var n int64
	for b.Loop() {
		cmd := exec.Command("bzip2", "-dc")
		cmd.Stdin = bytes.NewReader(in)
		out, err := cmd.Output()
		if err != nil {
			b.Fatal(err)
		}
		n = int64(len(out))
	}
	b.SetBytes(n)
}
