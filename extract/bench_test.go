package extract

import (
	"os"
	"path/filepath"
	"testing"
)

// benchArticles are the articles the benchmarks read: the bundled example
// and, when it is beside the repository, the development corpus.
func benchArticles(b *testing.B) [][]byte {
	b.Helper()
	paths, _ := filepath.Glob("../testdata/articles/*.txt")
	more, _ := filepath.Glob("../../shared/corpus/*.txt")
	paths = append(paths, more...)
	var arts [][]byte
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		arts = append(arts, src)
	}
	if len(arts) == 0 {
		b.Fatal("no articles")
	}
	return arts
}

// BenchmarkExtract measures article-text throughput of Parse on one core.
func BenchmarkExtract(b *testing.B) {
	arts := benchArticles(b)
	var n int64
	for _, a := range arts {
		n += int64(len(a))
	}
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range arts {
			if _, err := Parse("bench.txt", a); err != nil && len(a) == 0 {
				b.Fatal(err)
			}
		}
	}
}
