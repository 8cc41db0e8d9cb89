package wikidata

import (
	"bytes"
	"io"
	"os"
	"strings"
	"testing"
)

// repeatedDump returns the sample's entity lines n times over as one dump
// (the same ids again: enough to measure speed, not a valid Wikidata).
func repeatedDump(b *testing.B, n int) []byte {
	plain := string(readSample(&testing.T{}))
	lines := strings.Split(strings.TrimSpace(plain), "\n")
	body := strings.Join(lines[1:len(lines)-1], "\n")
	if !strings.HasSuffix(body, ",") {
		body += ","
	}
	var buf bytes.Buffer
	buf.WriteString("[\n")
	for i := 0; i < n; i++ {
		buf.WriteString(body)
		buf.WriteByte('\n')
	}
	buf.WriteString(lines[len(lines)-2])
	buf.WriteString("\n]\n")
	return buf.Bytes()
}

// BenchmarkParseItem measures the line parser alone.
func BenchmarkParseItem(b *testing.B) {
	needShared(&testing.T{})
	lines := strings.Split(string(repeatedDump(b, 1)), "\n")
	p := newItemParser([]string{"en"})
	var it Item
	size := 0
	for _, l := range lines {
		size += len(l)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, l := range lines {
			p.parse([]byte(strings.TrimSuffix(l, ",")), &it)
		}
	}
}

// BenchmarkBuild measures Build on an uncompressed dump in memory: parsing,
// sorting and merging, without decompression.
func BenchmarkBuild(b *testing.B) {
	dump := repeatedDump(b, 2000)
	b.SetBytes(int64(len(dump)))
	b.ReportAllocs()
	dir := b.TempDir()
	for b.Loop() {
		if _, err := Build(b.Context(), io.Discard, "bench", bytes.NewReader(dump), Options{TempDir: dir}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBuildDump indexes the dump file named by $FACTLOOM_BENCH_DUMP
// (e.g. the synthetic one testdata/bench/wikidata.sh makes), gzip and all.
func BenchmarkBuildDump(b *testing.B) {
	path := os.Getenv("FACTLOOM_BENCH_DUMP")
	if path == "" {
		b.Skip("set FACTLOOM_BENCH_DUMP to a dump file")
	}
	st, err := os.Stat(path)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(st.Size())
	dir := b.TempDir()
	for b.Loop() {
		f, err := os.Open(path)
		if err != nil {
			b.Fatal(err)
		}
		_, err = Build(b.Context(), io.Discard, path, f, Options{TempDir: dir})
		f.Close()
		if err != nil {
			b.Fatal(err)
		}
	}
}
