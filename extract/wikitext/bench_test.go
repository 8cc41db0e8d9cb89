package wikitext_test

import (
	"testing"

	"github.com/factloom/factloom/extract/wikitext"
)

// BenchmarkConvert converts the conflict pages of the shared sample;
// MB/s counts their wikitext.
func BenchmarkConvert(b *testing.B) {
	t := &testing.T{}
	pages := samplePages(t)
	var size int64
	for _, p := range pages {
		if wikitext.IsConflict(p.Text) {
			size += int64(len(p.Text))
		}
	}
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range pages {
			if wikitext.IsConflict(p.Text) {
				if _, err := wikitext.Convert(p.Title, p.Text); err != nil {
					b.Fatal(err)
				}
			}
		}
	}
}

// BenchmarkIsConflict is the filter every page of a dump goes through.
func BenchmarkIsConflict(b *testing.B) {
	pages := samplePages(&testing.T{})
	var size int64
	for _, p := range pages {
		size += int64(len(p.Text))
	}
	b.SetBytes(size)
	for b.Loop() {
		for _, p := range pages {
			wikitext.IsConflict(p.Text)
		}
	}
}
