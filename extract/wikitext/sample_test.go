package wikitext_test

import (
	"errors"
	"io"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/factloom/factloom/extract"
	"github.com/factloom/factloom/extract/dump"
	"github.com/factloom/factloom/extract/wikitext"
)

const sample = "../../../shared/wikitext/sample-pages-articles.xml"

// samplePages reads the real enwiki pages of the shared sample, by id.
func samplePages(t *testing.T) map[int64]dump.Page {
	t.Helper()
	f, err := os.Open(sample)
	if err != nil {
		t.Skipf("sample dump not found: %v", err)
	}
	defer f.Close()
	pages := make(map[int64]dump.Page)
	r := dump.NewReader(f)
	for {
		p, err := r.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		c := *p
		c.Text = dump.Unescape(nil, p.Text)
		pages[p.ID] = c
	}
	return pages
}

// The 7 pages of the sample without the conflict infobox (its README).
var nonConflict = map[int64]bool{10: true, 39: true, 711: true, 724: true, 3730: true, 4605: true, 4987: true}

// TestSamplePages converts every conflict page of the sample and checks
// that what comes out is the layout, with no markup left, and that extract
// reads it.
func TestSamplePages(t *testing.T) {
	pages := samplePages(t)
	if len(pages) != 31 {
		t.Fatalf("got %d pages, want 31", len(pages))
	}
	for id, p := range pages {
		if got, want := wikitext.IsConflict(p.Text), !nonConflict[id]; got != want {
			t.Errorf("page %d %q: IsConflict got %v, want %v", id, p.Title, got, want)
		}
		if nonConflict[id] {
			if _, err := wikitext.Convert(p.Title, p.Text); !errors.Is(err, wikitext.ErrNoInfobox) {
				t.Errorf("page %d %q: got error %v, want ErrNoInfobox", id, p.Title, err)
			}
			continue
		}
		a, err := wikitext.Convert(p.Title, p.Text)
		if err != nil {
			t.Errorf("page %d %q: %v", id, p.Title, err)
			continue
		}
		text := string(a.Text)
		if !strings.HasPrefix(text, "Conflict: | ") && !strings.Contains(text, "\nConflict: | ") {
			t.Errorf("page %d %q: no Conflict field in %.80q", id, p.Title, text)
		}
		for _, junk := range []string{"{{", "}}", "[[", "]]", "<ref", "</ref", "<!--", "-->", "<br", "''", "{|", "|}", "\x1f"} {
			if i := strings.Index(text, junk); i >= 0 {
				t.Errorf("page %d %q: %q left in the layout: %q", id, p.Title, junk, text[max(0, i-60):min(len(text), i+60)])
			}
		}
		if strings.Count(text, "\n") < 5 {
			t.Errorf("page %d %q: only %d lines", id, p.Title, strings.Count(text, "\n"))
		}
		if art, err := extract.Parse(p.Title, a.Text); art == nil {
			t.Errorf("page %d %q: extract read nothing: %v", id, p.Title, err)
		}
		if len(a.Links) == 0 {
			t.Errorf("page %d %q: no link titles kept", id, p.Title)
		}
	}
}

// TestSameFacts is the contract between this package and extract: the
// facts read from a page's wikitext are those read from the same article
// written by hand in the text layout (testdata/*.txt: the infobox and the
// prose as the rendered page shows them, following ../../shared/corpus).
// A hand-written file may stop after the lead; the converted text is then
// cut after as many prose paragraphs. Sources (line and offset) are left
// out of the comparison, since the texts may differ in what carries no fact
// (the rendered page keeps a pronunciation that the layout drops).
func TestSameFacts(t *testing.T) {
	pages := samplePages(t)
	tests := []struct {
		file string
		id   int64
	}{
		{"testdata/battle_of_lostwithiel.txt", 4160},
		{"testdata/battle_of_agincourt.txt", 4615},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			hand, err := os.ReadFile(tt.file)
			if err != nil {
				t.Fatal(err)
			}
			p := pages[tt.id]
			conv, err := wikitext.Convert(p.Title, p.Text)
			if err != nil {
				t.Fatal(err)
			}
			got := cutProse(string(conv.Text), proseLines(string(hand)))
			if g, w := fieldKeys(got), fieldKeys(string(hand)); !reflect.DeepEqual(g, w) {
				t.Errorf("infobox keys: got %q, want %q", g, w)
			}
			ga, gerr := extract.Parse(p.Title, []byte(got))
			wa, werr := extract.Parse(p.Title, hand)
			if (gerr == nil) != (werr == nil) {
				t.Errorf("errors differ: got %v, want %v", gerr, werr)
			}
			if g, w := facts(ga), facts(wa); !reflect.DeepEqual(g, w) {
				t.Errorf("facts differ:\n got %q\nwant %q", g, w)
			}
		})
	}
}

func isField(line string) bool { return strings.Contains(line, ": | ") && strings.HasSuffix(line, "|") }

func proseLines(s string) int {
	n := 0
	for _, l := range strings.Split(strings.TrimSpace(s), "\n") {
		if !isField(l) {
			n++
		}
	}
	return n
}

// cutProse keeps the infobox and the first n prose lines of s.
func cutProse(s string, n int) string {
	var b strings.Builder
	for _, l := range strings.Split(strings.TrimSpace(s), "\n") {
		if !isField(l) {
			if n == 0 {
				break
			}
			n--
		}
		b.WriteString(l + "\n")
	}
	return b.String()
}

func fieldKeys(s string) []string {
	var keys []string
	for _, l := range strings.Split(s, "\n") {
		if isField(l) {
			keys = append(keys, l[:strings.Index(l, ": | ")])
		}
	}
	return keys
}

// facts lists an article's facts without their sources.
func facts(a *extract.Article) []string {
	if a == nil {
		return nil
	}
	var out []string
	for _, e := range a.Entities {
		out = append(out, "entity "+e.Key+" "+e.Label+" "+string(e.Type)+" "+string(e.Class)+" "+strings.Join(e.Aliases, "/"))
	}
	for _, r := range a.Relations {
		out = append(out, "relation "+r.Subject+" "+string(r.Rel)+" "+r.Object+" "+string(rune('0'+r.Side)))
	}
	for _, at := range a.Attributes {
		out = append(out, "attribute "+at.Subject+" "+string(at.Attr)+" "+at.Value)
	}
	for _, f := range a.Figures {
		f.Source, f.Text = extract.Source{}, ""
		out = append(out, "figure "+strings.TrimSpace(strings.Join(strings.Fields(fmtFigure(f)), " ")))
	}
	return out
}

func fmtFigure(f extract.Figure) string {
	return f.Event + " " + string(rune('0'+f.Side)) + " " + string(f.Kind) + " " + itoa(f.Count) + " " + itoa(f.Max) + " " + map[bool]string{true: "n", false: "-"}[f.HasCount]
}

func itoa(n int) string { return strings.TrimSpace(strings.Repeat(" ", 0) + fmtInt(n)) }

func fmtInt(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var d []byte
	for ; n > 0; n /= 10 {
		d = append([]byte{byte('0' + n%10)}, d...)
	}
	if neg {
		return "-" + string(d)
	}
	return string(d)
}
