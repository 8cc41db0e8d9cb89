package extract_test

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

// BenchmarkExtractLong measures Parse on whole articles: the 24 conflict
// pages of the sample Wikipedia dump beside the repository
// (../shared/wikitext), turned into the text layout first (not timed).
// Whole articles are mostly prose, where the corpus's are mostly infobox.
func BenchmarkExtractLong(b *testing.B) {
	f, err := os.Open("../../shared/wikitext/sample-pages-articles.xml")
	if err != nil {
		b.Skipf("no sample dump beside the repository: %v", err)
	}
	defer f.Close()
	var arts [][]byte
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
		a, err := wikitext.Convert(p.Title, dump.Unescape(nil, p.Text))
		if err != nil {
			continue // not a conflict article
		}
		arts = append(arts, bytes.Clone(a.Text))
		n += int64(len(a.Text))
	}
	if len(arts) == 0 {
		b.Fatal("no conflict articles in the sample")
	}
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range arts {
			if got, err := extract.Parse("long.txt", a); got == nil {
				b.Fatal(err)
			}
		}
	}
}
