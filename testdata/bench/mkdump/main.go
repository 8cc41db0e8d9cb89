// Command mkdump builds a synthetic multistream dump for the speed
// benchmark (dump.sh beside it) from the real sample pages: the pages are
// copied over and over, each copy retitled "TITLE (synthetic N)" and given
// a new page id, 100 pages to a bzip2 stream as Wikimedia's dumps have, with
// a header stream, a footer stream and the index, until the compressed file
// reaches -size bytes. The text is real, the dump is not: it is for speed
// only.
//
// Usage:
//
//	go run ./testdata/bench/mkdump -sample ../shared/wikitext/sample-pages-articles.xml -out DIR/synthetic -size 1073741824
//
// writes DIR/synthetic-multistream.xml.bz2 and
// DIR/synthetic-multistream-index.txt.bz2. The mix of pages is the
// sample's (24 conflict pages to 7 others) unless -conflict-every N puts one
// conflict page among N pages, the rest being copies of all 31 sample pages
// with the conflict infobox renamed {{Infobox historical event}}: ordinary
// pages for every reader, and text that compresses as a real dump does.
// Streams are compressed by lbzip2 processes, -jobs at a time.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"log"
	"os"
	"os/exec"
	"regexp"
	"runtime"
	"strconv"
)

func main() {
	log.SetPrefix("mkdump: ")
	log.SetFlags(0)
	sample := flag.String("sample", "../shared/wikitext/sample-pages-articles.xml", "the sample dump (plain XML)")
	out := flag.String("out", "testdata/bench/out/synthetic", "prefix of the files written")
	size := flag.Int64("size", 1<<30, "stop when the compressed dump has this many bytes")
	every := flag.Int("conflict-every", 0, "one conflict page in this many pages (0: the sample's mix)")
	jobs := flag.Int("jobs", runtime.GOMAXPROCS(0), "lbzip2 processes at once")
	flag.Parse()

	src, err := os.ReadFile(*sample)
	if err != nil {
		log.Fatal(err)
	}
	first := bytes.Index(src, []byte("  <page>"))
	end := bytes.LastIndex(src, []byte("</mediawiki>"))
	if first < 0 || end < 0 {
		log.Fatal("not a MediaWiki dump")
	}
	header, footer := src[:first], src[end:]
	var pages, conflicts, others [][]byte
	for rest := src[first:end]; ; {
		i := bytes.Index(rest, []byte("</page>\n"))
		if i < 0 {
			break
		}
		p := rest[:i+len("</page>\n")]
		rest = rest[len(p):]
		pages = append(pages, p)
		if conflictRE.Match(p) {
			conflicts = append(conflicts, p)
		}
		// The ordinary pages of -conflict-every: all 31, the conflict
		// articles with their infobox renamed, so that the text compresses
		// as real text does (7 pages over and over would compress 20 times
		// better than a real dump) and the filter reads whole pages.
		others = append(others, conflictRE.ReplaceAll(p, []byte("{{Infobox historical event")))
	}
	order := pages
	if *every > 0 {
		order = nil
		for i, c := range conflicts {
			order = append(order, c)
			for k := 1; k < *every; k++ {
				order = append(order, others[(i+k)%len(others)])
			}
		}
	}

	dump, err := os.Create(*out + "-multistream.xml.bz2")
	if err != nil {
		log.Fatal(err)
	}
	index := new(bytes.Buffer)
	var offset int64
	write := func(b []byte) {
		if _, err := dump.Write(b); err != nil {
			log.Fatal(err)
		}
		offset += int64(len(b))
	}
	write(compress(header))
	n := 0 // pages written
	for offset < *size {
		// Make -jobs streams of 100 pages, compress them at once, write in order.
		type stream struct {
			xml, bz []byte
			index   []string
		}
		batch := make([]stream, *jobs)
		for k := range batch {
			var x bytes.Buffer
			for range 100 {
				p := order[n%len(order)]
				n++
				title := string(titleRE.FindSubmatch(p)[1]) + " (synthetic " + strconv.Itoa(n) + ")"
				p = titleRE.ReplaceAll(p, []byte("<title>"+title+"</title>"))
				p = idRE.ReplaceAll(p, []byte("${1}"+strconv.Itoa(n)+"</id>"))
				x.Write(p)
				batch[k].index = append(batch[k].index, strconv.Itoa(n)+":"+title)
			}
			batch[k].xml = x.Bytes()
		}
		done := make(chan struct{}, len(batch))
		for k := range batch {
			go func() { batch[k].bz = compress(batch[k].xml); done <- struct{}{} }()
		}
		for range batch {
			<-done
		}
		for _, s := range batch {
			for _, l := range s.index {
				fmt.Fprintf(index, "%d:%s\n", offset, l)
			}
			write(s.bz)
		}
	}
	write(compress(footer))
	if err := dump.Close(); err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out+"-multistream-index.txt.bz2", compress(index.Bytes()), 0o644); err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%s-multistream.xml.bz2: %d bytes, %d pages\n", *out, offset, n)
}

var (
	conflictRE = regexp.MustCompile(`(?i)\{\{\s*infobox[ _]military[ _]conflict`)
	titleRE    = regexp.MustCompile(`<title>([^<]*)</title>`)
	idRE       = regexp.MustCompile(`(</ns>\s*<id>)\d+</id>`)
)

// compress makes one bzip2 stream of b with lbzip2.
func compress(b []byte) []byte {
	cmd := exec.Command("lbzip2", "-c", "-n", "1")
	cmd.Stdin = bytes.NewReader(b)
	out, err := cmd.Output()
	if err != nil {
		log.Fatalf("lbzip2: %v", err)
	}
	return out
}
