package wikitext_test

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/factloom/factloom/extract"
	"github.com/factloom/factloom/extract/wikitext"
)

// FuzzConvert: any wikitext converts without a panic, and what comes out
// is valid UTF-8 (for valid input) in the layout: field lines first, no
// blank line, and extract reads it without a panic.
func FuzzConvert(f *testing.F) {
	for _, p := range samplePages(&testing.T{}) {
		if wikitext.IsConflict(p.Text) {
			f.Add(p.Text[:min(len(p.Text), 4000)])
		}
	}
	f.Add([]byte("{{Infobox battle|conflict=[[A|B]]{{KIA}}<br/>{{ubl|x|y}}}}\n'''X''' was<ref>r</ref> in [[Y]]."))
	f.Fuzz(func(t *testing.T, src []byte) {
		a, err := wikitext.Convert("T", src)
		if err != nil {
			return
		}
		if utf8.Valid(src) && !utf8.Valid(a.Text) {
			t.Fatalf("invalid UTF-8 out of valid input: %q", a.Text)
		}
		if len(a.Text) == 0 || a.Text[len(a.Text)-1] != '\n' {
			t.Fatalf("layout does not end with a newline: %q", a.Text)
		}
		for _, line := range strings.Split(strings.TrimSuffix(string(a.Text), "\n"), "\n") {
			if strings.TrimSpace(line) == "" {
				t.Fatalf("blank line in %q", a.Text)
			}
		}
		if !bytes.Contains(a.Text, []byte("Conflict: | ")) {
			t.Fatalf("no Conflict field in %q", a.Text)
		}
		extract.Parse("fuzz", a.Text)
	})
}
