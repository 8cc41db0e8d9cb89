// Command synthdump writes a SYNTHETIC Wikidata dump for speed tests only:
// it repeats the items of the sample dump (../shared/wikidata) with new
// ids, a copy number after every label, alias and title (so that names
// stay unique, as they mostly are in Wikidata), random statement ids, and
// -pad filler statements per item (external identifiers with a random
// value and a reference), until the gzip output reaches -size bytes.
//
// The sample's items are reduced to a few hundred bytes, while a real item
// averages about 14 KB of JSON (1.4 TB for some 100 million items in
// 2022); the filler brings the synthetic items near that size and near the
// real dump's compression ratio, so that the speed measured per compressed
// byte means something for the real dump. The items are real in shape
// only; never link against an index built from this file.
//
//	go run ./testdata/bench/synthdump -size 1GB -o synthetic.json.gz
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log"
	"math/rand/v2"
	"os"
	"strconv"
	"strings"

	"github.com/klauspost/compress/gzip"
)

// Markers put into the template, as encoding/json escapes them.
const (
	markID   = `\u0001` // the item number
	markCopy = `\u0002` // after a name: " <copy>"
	markStmt = `\u0003` // a statement id
	markRand = `\u0004` // a random value: 12 digits
	markHash = `\u0005` // a reference hash: 40 hex digits
)

func main() {
	log.SetPrefix("synthdump: ")
	log.SetFlags(0)
	sample := flag.String("sample", "../shared/wikidata/sample-dump.json", "the sample dump to repeat")
	out := flag.String("o", "", "output .json.gz file")
	size := flag.String("size", "1GB", "stop once the compressed output is this big (e.g. 256MB, 1GB)")
	level := flag.Int("level", gzip.DefaultCompression, "gzip level")
	pad := flag.Int("pad", 18, "filler statements added to each item (0 keeps the sample's own shape)")
	flag.Parse()
	target, err := parseSize(*size)
	if err != nil || *out == "" {
		log.Fatalf("usage: synthdump -size 1GB -o FILE.json.gz (%v)", err)
	}
	templates, err := readTemplates(*sample, *pad)
	if err != nil {
		log.Fatal(err)
	}
	f, err := os.Create(*out)
	if err != nil {
		log.Fatal(err)
	}
	cw := &countingWriter{w: f}
	zw, err := gzip.NewWriterLevel(cw, *level)
	if err != nil {
		log.Fatal(err)
	}
	w := bufio.NewWriterSize(zw, 1<<20)
	rng := rand.New(rand.NewPCG(1, 2)) // fixed seed: the same file every run
	w.WriteString("[\n")
	items := 0
	first := true
	for copyNo := 0; cw.n < target; copyNo++ {
		for i, parts := range templates {
			if !first {
				w.WriteString(",\n")
			}
			first = false
			writeItem(w, parts, 200_000_000+copyNo*1000+i, copyNo, rng)
			items++
		}
	}
	w.WriteString("\n]\n")
	if err := w.Flush(); err != nil {
		log.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		log.Fatal(err)
	}
	if err := f.Close(); err != nil {
		log.Fatal(err)
	}
	fmt.Fprintf(os.Stderr, "synthdump: wrote %d synthetic items, %d bytes gzip, to %s\n", items, cw.n, *out)
}

// readTemplates turns each item of the sample into the pieces between
// markers, with pad filler statements added to its claims.
func readTemplates(path string, pad int) ([][]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var out [][]string
	for _, line := range strings.Split(string(b), "\n") {
		line = strings.TrimSuffix(strings.TrimSpace(line), ",")
		if line == "" || line == "[" || line == "]" {
			continue
		}
		var item map[string]any
		if err := json.Unmarshal([]byte(line), &item); err != nil {
			return nil, fmt.Errorf("%s: %v", path, err)
		}
		item["id"] = "Q\x01"
		mark(item["labels"], "value")
		if al, ok := item["aliases"].(map[string]any); ok {
			for _, list := range al {
				for _, a := range list.([]any) {
					mark(a, "value")
				}
			}
		}
		if sl, ok := item["sitelinks"].(map[string]any); ok {
			for _, s := range sl {
				mark(s, "title")
			}
		}
		cl, _ := item["claims"].(map[string]any)
		if cl == nil {
			cl = map[string]any{}
			item["claims"] = cl
		}
		for j := range pad {
			prop := "P" + strconv.Itoa(1000+j)
			cl[prop] = []any{filler(prop)}
		}
		{
			for _, stmts := range cl {
				for _, s := range stmts.([]any) {
					s.(map[string]any)["id"] = "\x03"
				}
			}
		}
		t, err := json.Marshal(item)
		if err != nil {
			return nil, err
		}
		out = append(out, splitMarks(string(t)))
	}
	return out, nil
}

// filler is a statement shaped like the external identifiers real items
// carry by the dozen: a string value, a reference with a source item and a
// retrieval date.
func filler(prop string) map[string]any {
	return map[string]any{
		"mainsnak": map[string]any{"snaktype": "value", "property": prop, "datatype": "external-id",
			"datavalue": map[string]any{"value": "\x04", "type": "string"}},
		"type": "statement", "rank": "normal",
		"references": []any{map[string]any{
			"hash": "\x05",
			"snaks": map[string]any{
				"P248": []any{map[string]any{"snaktype": "value", "property": "P248", "datatype": "wikibase-item",
					"datavalue": map[string]any{"value": map[string]any{"entity-type": "item", "numeric-id": 1_000_000, "id": "Q1000000"}, "type": "wikibase-entityid"}}},
				"P813": []any{map[string]any{"snaktype": "value", "property": "P813", "datatype": "time",
					"datavalue": map[string]any{"value": map[string]any{"time": "+2023-04-24T00:00:00Z", "timezone": 0, "before": 0, "after": 0,
						"precision": 11, "calendarmodel": "http://www.wikidata.org/entity/Q1985727"}, "type": "time"}}},
			},
			"snaks-order": []any{"P248", "P813"},
		}},
	}
}

// mark appends the copy marker to v[key], or to each value's v[key] when v
// is a map of language to object.
func mark(v any, key string) {
	m, ok := v.(map[string]any)
	if !ok {
		return
	}
	if s, ok := m[key].(string); ok {
		m[key] = s + "\x02"
		return
	}
	for _, sub := range m {
		mark(sub, key)
	}
}

// splitMarks cuts a template before each marker, keeping the marker at the
// start of the next piece.
func splitMarks(t string) []string {
	var parts []string
	for {
		i := -1
		for _, m := range []string{markID, markCopy, markStmt, markRand, markHash} {
			if j := strings.Index(t, m); j >= 0 && (i < 0 || j < i) {
				i = j
			}
		}
		if i < 0 {
			return append(parts, t)
		}
		parts = append(parts, t[:i])
		t = t[i:]
		parts = append(parts, t[:len(markID)])
		t = t[len(markID):]
	}
}

func writeItem(w *bufio.Writer, parts []string, id, copyNo int, rng *rand.Rand) {
	for _, p := range parts {
		switch p {
		case markID:
			w.WriteString(strconv.Itoa(id))
		case markCopy:
			w.WriteString(" ")
			w.WriteString(strconv.Itoa(copyNo))
		case markStmt:
			fmt.Fprintf(w, "Q%d$%08X-%04X-%04X-%04X-%012X", id, rng.Uint32(), rng.Uint32()&0xFFFF,
				rng.Uint32()&0xFFFF, rng.Uint32()&0xFFFF, rng.Uint64()&0xFFFFFFFFFFFF)
		case markRand:
			fmt.Fprintf(w, "%012d", rng.Uint64()%1e12)
		case markHash:
			fmt.Fprintf(w, "%016x%016x%08x", rng.Uint64(), rng.Uint64(), rng.Uint32())
		default:
			w.WriteString(p)
		}
	}
}

func parseSize(s string) (int64, error) {
	mult := int64(1)
	for _, u := range []struct {
		suffix string
		m      int64
	}{{"GB", 1e9}, {"MB", 1e6}, {"KB", 1e3}} {
		if strings.HasSuffix(s, u.suffix) {
			mult, s = u.m, strings.TrimSuffix(s, u.suffix)
			break
		}
	}
	n, err := strconv.ParseInt(s, 10, 64)
	return n * mult, err
}

type countingWriter struct {
	w io.Writer
	n int64
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}
