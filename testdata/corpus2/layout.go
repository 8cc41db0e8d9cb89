//go:build ignore

// layout writes the articles of testdata/corpus2 from the sample dump: each
// main-namespace page with a conflict infobox, turned into the text layout
// by factloom's own wikitext converter, then cut to its infobox and its
// first paragraphs (up to three, or until 900 bytes of prose), as the
// articles of ../shared/corpus are cut. Run from the repository's root:
//
//	go run testdata/corpus2/layout.go ../shared/wikitext/sample-pages-articles.xml testdata/corpus2
package main

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/factloom/factloom/extract/dump"
	"github.com/factloom/factloom/extract/wikitext"
)

// boxLine is an infobox line of the text layout.
var boxLine = regexp.MustCompile(`^[^|\n]{1,40}: \|`)

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: go run testdata/corpus2/layout.go DUMP.xml OUTDIR")
		os.Exit(2)
	}
	f, err := os.Open(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer f.Close()
	r := dump.NewReader(f)
	for {
		p, err := r.Next()
		if err != nil {
			break
		}
		if p.NS != 0 || p.Redirect {
			continue
		}
		a, err := wikitext.Convert(p.Title, dump.Unescape(nil, p.Text))
		if err != nil {
			continue
		}
		id := strings.ToLower(strings.NewReplacer(" ", "_", ",", "", "(", "", ")", "", "'", "").Replace(p.Title))
		path := filepath.Join(os.Args[2], id+".txt")
		if err := os.WriteFile(path, []byte(cut(string(a.Text))), 0o644); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		fmt.Println(path)
	}
}

// cut keeps the infobox lines and the first paragraphs.
func cut(text string) string {
	var box, prose []string
	n := 0
	for _, l := range strings.Split(text, "\n") {
		switch {
		case boxLine.MatchString(l):
			box = append(box, l)
		case strings.TrimSpace(l) == "" || n >= 900 || len(prose) >= 3:
		default:
			prose = append(prose, l)
			n += len([]rune(l))
		}
	}
	return strings.Join(append(box, prose...), "\n") + "\n"
}
