package graph

import (
	"bytes"
	"flag"
	"fmt"
	"hash/fnv"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/knakk/rdf"

	"github.com/factloom/factloom/extract"
)

var update = flag.Bool("update", false, "rewrite the golden files")

func TestSlug(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Battle of Elakla", "battle_of_elakla"},
		{"Jama'at Nasr al-Islam wal Muslimin", "jama%27at_nasr_al-islam_wal_muslimin"},
		{"Sékou Traoré", "sekou_traore"},
		{"İsmail Metin Temel", "ismail_metin_temel"},
		{"-x", "%2Dx"},
		{"_x", "%5Fx"},
		{"St.", "st%2E"},
		{`British Indian Expeditionary Force "B"`, "british_indian_expeditionary_force_%22b%22"},
		{"معركة الكرامة", "%D9%85%D8%B9%D8%B1%D9%83%D8%A9_%D8%A7%D9%84%D9%83%D8%B1%D8%A7%D9%85%D8%A9"},
		{"", "unnamed"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := Slug(tt.in); got != tt.want {
				t.Errorf("Slug(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if !safeLocal(Slug(tt.in)) {
				t.Errorf("Slug(%q) = %q is not a safe Turtle local name", tt.in, Slug(tt.in))
			}
		})
	}
}

func TestCheckBase(t *testing.T) {
	tests := []struct {
		base    string
		wantErr bool
	}{
		{"https://example.org/kg/", false},
		{"http://example.org/", false},
		{"urn:x-factloom:", true},
		{"https://example.org/kg", true},
		{"example.org/", true},
		{"https://example.org/a#b/", true},
		{"https://example.org/a b/", true},
		{"https://example.org/\xff/", true},
		{"", true},
	}
	for _, tt := range tests {
		t.Run(tt.base, func(t *testing.T) {
			err := CheckBase(tt.base)
			if (err != nil) != tt.wantErr {
				t.Errorf("CheckBase(%q) = %v, want error %v", tt.base, err, tt.wantErr)
			}
		})
	}
}

func TestDateLiteral(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2019-02-21", `"2019-02-21"^^<http://www.w3.org/2001/XMLSchema#date>`},
		{"1943-05", `"1943-05"^^<http://www.w3.org/2001/XMLSchema#gYearMonth>`},
		{"1943", `"1943"^^<http://www.w3.org/2001/XMLSchema#gYear>`},
		{"-0053-06", `"-0053-06"^^<http://www.w3.org/2001/XMLSchema#gYearMonth>`},
		{"-0480", `"-0480"^^<http://www.w3.org/2001/XMLSchema#gYear>`},
		{"2019-02-30x", `"2019-02-30x"`},
		{"2019-13", `"2019-13"`},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := dateLiteral(tt.in).Serialize(rdf.NTriples); got != tt.want {
				t.Errorf("dateLiteral(%q) = %s, want %s", tt.in, got, tt.want)
			}
		})
	}
}

// TestGolden extracts the bundled articles and compares the graph with the
// golden files, byte for byte. Run with -update to rewrite them.
func TestGolden(t *testing.T) {
	paths, err := filepath.Glob("../testdata/articles/*.txt")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no bundled articles: %v", err)
	}
	for _, p := range paths {
		name := strings.TrimSuffix(filepath.Base(p), ".txt")
		a, err := extract.File(p)
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		g, err := Build([]*extract.Article{a}, Options{})
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range []struct {
			ext    string
			format Format
		}{{".nt", NTriples}, {".ttl", Turtle}} {
			t.Run(name+f.ext, func(t *testing.T) {
				var buf bytes.Buffer
				if err := g.Write(&buf, f.format); err != nil {
					t.Fatal(err)
				}
				golden := filepath.Join("..", "testdata", "golden", name+f.ext)
				if *update {
					if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
						t.Fatal(err)
					}
					return
				}
				want, err := os.ReadFile(golden)
				if err != nil {
					t.Fatalf("%v (run go test ./graph -run Golden -update)", err)
				}
				if line, ok := firstDiff(buf.Bytes(), want); !ok {
					t.Errorf("%s:%d: output differs from the golden file (run go test ./graph -run Golden -update and review the diff)", golden, line)
				}
			})
		}
	}
}

// firstDiff returns the 1-based line where a and b first differ.
func firstDiff(a, b []byte) (int, bool) {
	if bytes.Equal(a, b) {
		return 0, true
	}
	la, lb := bytes.Split(a, []byte("\n")), bytes.Split(b, []byte("\n"))
	for i := 0; i < len(la) && i < len(lb); i++ {
		if !bytes.Equal(la[i], lb[i]) {
			return i + 1, false
		}
	}
	return min(len(la), len(lb)) + 1, false
}

// TestRoundTrip writes every bundled and corpus article in both formats and
// reads them back with knakk/rdf's decoders: the same triples, no duplicates,
// no blank nodes.
func TestRoundTrip(t *testing.T) {
	paths, _ := filepath.Glob("../testdata/articles/*.txt")
	corpus, _ := filepath.Glob("../../shared/corpus/*.txt")
	paths = append(paths, corpus...)
	for _, p := range paths {
		t.Run(filepath.Base(p), func(t *testing.T) {
			a, err := extract.File(p)
			if a == nil {
				t.Fatal(err)
			}
			g, err := Build([]*extract.Article{a}, Options{Base: "https://example.org/kg/"})
			if err != nil {
				t.Fatal(err)
			}
			nt := decode(t, g, NTriples)
			ttl := decode(t, g, Turtle)
			if len(nt) != g.Len() {
				t.Errorf("N-Triples: read %d triples, wrote %d", len(nt), g.Len())
			}
			if strings.Join(nt, "\n") != strings.Join(ttl, "\n") {
				t.Errorf("Turtle and N-Triples differ")
			}
			for _, tr := range nt {
				if strings.Contains(tr, "_:") && strings.HasPrefix(tr, "_:") {
					t.Errorf("blank node: %s", tr)
				}
			}
		})
	}
}

func decode(t *testing.T, g *Graph, f Format) []string {
	t.Helper()
	var buf bytes.Buffer
	if err := g.Write(&buf, f); err != nil {
		t.Fatal(err)
	}
	rf := rdf.NTriples
	if f == Turtle {
		rf = rdf.Turtle
	}
	ts, err := rdf.NewTripleDecoder(&buf, rf).DecodeAll()
	if err != nil {
		t.Fatalf("decode: %v", err)
	}
	var out []string
	for _, tr := range ts {
		out = append(out, tr.Serialize(rdf.NTriples))
	}
	sort.Strings(out)
	return out
}

// TestDeterministic builds the graph of several articles twice, in two
// orders, and wants the same bytes.
func TestDeterministic(t *testing.T) {
	paths, _ := filepath.Glob("../testdata/articles/*.txt")
	corpus, _ := filepath.Glob("../../shared/corpus/*.txt")
	paths = append(paths, corpus...)
	var arts []*extract.Article
	for _, p := range paths {
		if a, _ := extract.File(p); a != nil {
			arts = append(arts, a)
		}
	}
	write := func(arts []*extract.Article) []byte {
		g, err := Build(arts, Options{})
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := g.Write(&buf, Turtle); err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	}
	first := write(arts)
	rev := make([]*extract.Article, len(arts))
	for i, a := range arts {
		rev[len(arts)-1-i] = a
	}
	if !bytes.Equal(first, write(arts)) || !bytes.Equal(first, write(rev)) {
		t.Error("the same articles gave different bytes")
	}
}

func TestSafeLocal(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"battle_of_elakla", true}, {"a%27b", true}, {"a.b", true}, {"a.", false}, {"-a", false},
		{".a", false}, {"a%2", false}, {"a%zz", false}, {"a'b", false}, {"a(b)", false}, {"", false}, {"123", true},
	}
	for _, tt := range tests {
		if got := safeLocal(tt.in); got != tt.want {
			t.Errorf("safeLocal(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// TestNTForms holds the N-Triples forms the builder writes itself to the
// bytes knakk/rdf's serialization gives.
func TestNTForms(t *testing.T) {
	for _, v := range []string{"plain", `say "hi"`, `C:\dir\n`, "a\nb\r\nc", "tab\there", "😀 Zürich", "", `\"`} {
		l, _ := rdf.NewLiteral(v)
		if got, want := ntString(v), l.Serialize(rdf.NTriples); got != want {
			t.Errorf("ntString(%q) = %s, want %s", v, got, want)
		}
	}
	for _, v := range []int{0, 7, -3, 1234567} {
		l, _ := rdf.NewLiteral(v)
		b := &builder{iris: map[string]term{}}
		b.int("http://example.org/s", "http://example.org/p", v)
		want := rdf.Triple{Subj: mustIRI("http://example.org/s"), Pred: mustIRI("http://example.org/p"), Obj: l}.Serialize(rdf.NTriples)
		if b.lines[0] != want {
			t.Errorf("int %d: got %q, want %q", v, b.lines[0], want)
		}
	}
}

// TestStatementIRI holds the statement IRI's hash to hash/fnv's FNV-1a of
// the three terms with a zero byte between them.
func TestStatementIRI(t *testing.T) {
	m := minter{base: "http://example.org/"}
	for _, c := range [][3]string{
		{"", "", ""},
		{"http://example.org/a", "http://example.org/p", "<http://example.org/b>"},
		{"s", "p", "\"caf\u00e9\"@fr"},
		{"\x00", "\xff", "x"},
	} {
		h := fnv.New64a()
		h.Write([]byte(c[0] + "\x00" + c[1] + "\x00" + c[2]))
		want := fmt.Sprintf("http://example.org/statement/%016x", h.Sum64())
		if got := m.statement(c[0], c[1], c[2]); got != want {
			t.Errorf("statement(%q) = %s, want %s", c, got, want)
		}
	}
}

// TestCleanText checks what cleanText drops, and that its shortcut for
// clean strings agrees with the rune by rune reading.
func TestCleanText(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"plain", "plain"},
		{"tab\tnew\nline\r", "tab\tnew\nline\r"},
		{"nul\x00bell\x07del\x7f", "nulbelldel"},
		{"caf\u00e9 \u4e2d", "caf\u00e9 \u4e2d"},
		{"not\uFFFEchars\uFFFF", "notchars"},
		{"\uFEFFbom and \uF000", "\uFEFFbom and \uF000"}, // 0xEF-led, kept
		{"bad\xffbyte", "bad\uFFFDbyte"},
	} {
		if got := cleanText(c.in); got != c.want {
			t.Errorf("cleanText(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
