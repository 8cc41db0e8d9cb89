package sparql

import (
	"errors"
	"io"
	"strings"
	"testing"
)

func TestReader(t *testing.T) {
	const s, p = "<http://ex.org/s>", "<http://ex.org/p>"
	tests := []struct {
		name    string
		input   string
		want    []string // triples as String() gives them
		wantErr string   // the error's text, "" for none
	}{
		{name: "empty", input: ""},
		{name: "iri", input: s + " " + p + " <http://ex.org/o> .\n", want: []string{s + " " + p + " <http://ex.org/o> ."}},
		{name: "no final newline", input: s + " " + p + ` "x" .`, want: []string{s + " " + p + ` "x" .`}},
		{name: "crlf, tabs, comments", input: "# head\r\n\t" + s + "\t" + p + "\t\"x\"\t. # tail\r\n\n", want: []string{s + " " + p + ` "x" .`}},
		{name: "typed and tagged", input: s + " " + p + ` "1"^^<http://www.w3.org/2001/XMLSchema#integer> .` + "\n" + s + " " + p + ` "x"@en-GB .`,
			want: []string{s + " " + p + ` "1"^^<http://www.w3.org/2001/XMLSchema#integer> .`, s + " " + p + ` "x"@en-GB .`}},
		{name: "escapes", input: s + " " + p + ` "a\"b\\c\nd\u00e9\U0001F600" .`, want: []string{s + " " + p + ` "a\"b\\c\nd\u00e9\U0001F600" .`}},
		{name: "blank nodes", input: "_:b1 " + p + " _:b.2 .", want: []string{"_:b1 " + p + " _:b.2 ."}},
		{name: "blank label ends before dot", input: "_:b1 " + p + " _:x.", want: []string{"_:b1 " + p + " _:x ."}},
		{name: "second line bad", input: s + " " + p + " \"x\" .\n" + s + " " + p + " \"y\"\n", wantErr: "f.nt:2: bad N-Triples: column 40: expected '.' after the object"},
		{name: "unterminated string", input: s + " " + p + " \"x .", wantErr: `f.nt:1: bad N-Triples: object: column 37: string not closed with '"'`},
		{name: "relative IRI", input: "<s> " + p + " \"x\" .", wantErr: "f.nt:1: bad N-Triples: subject: column 1: relative IRI <s>"},
		{name: "space in IRI", input: "<http://ex.org/a b> " + p + " \"x\" .", wantErr: "f.nt:1: bad N-Triples: subject: column 17: character ' ' not allowed in an IRI"},
		{name: "literal subject", input: `"x" ` + p + " \"x\" .", wantErr: "f.nt:1: bad N-Triples: subject: column 1: unexpected '\"'"},
		{name: "blank predicate", input: s + " _:p \"x\" .", wantErr: "f.nt:1: bad N-Triples: predicate: column 19: unexpected '_'"},
		{name: "bad escape", input: s + " " + p + ` "\q" .`, wantErr: `f.nt:1: bad N-Triples: object: column 38: bad escape \q`},
		{name: "surrogate escape", input: s + " " + p + ` "\uD800" .`, wantErr: `f.nt:1: bad N-Triples: object: column 38: escape names no Unicode character (U+D800)`},
		{name: "bad language tag", input: s + " " + p + ` "x"@ .`, wantErr: "f.nt:1: bad N-Triples: object: column 40: empty language tag"},
		{name: "text after dot", input: s + " " + p + ` "x" . x`, wantErr: `f.nt:1: bad N-Triples: column 43: unexpected "x" after '.'`},
		{name: "invalid UTF-8", input: s + " " + p + " \"\xff\" .", wantErr: "f.nt:1: bad N-Triples: invalid UTF-8"},
		{name: "turtle prefix", input: "@prefix ex: <http://ex.org/> .", wantErr: "f.nt:1: bad N-Triples: subject: column 1: unexpected '@'"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := NewReader("f.nt", strings.NewReader(tt.input))
			var got []string
			var err error
			for {
				var tr Triple
				tr, err = r.Read()
				if err != nil {
					break
				}
				got = append(got, tr.String())
			}
			if err == io.EOF {
				err = nil
			}
			gotErr := ""
			if err != nil {
				gotErr = err.Error()
				if !errors.Is(err, ErrSyntax) {
					t.Errorf("error %q does not wrap ErrSyntax", gotErr)
				}
			}
			if gotErr != tt.wantErr {
				t.Errorf("error: got %q, want %q", gotErr, tt.wantErr)
			}
			if tt.wantErr == "" && strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestSPARQLTerm(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"plain", `"x"`, `"x"`},
		{"quote escape", `"a\u0022b"`, `"a\"b"`},
		{"backslash escape", `"a\u005Cb"`, `"a\\b"`},
		{"escaped backslash then u", `"a\\u0041"`, `"a\\u0041"`},
		{"letter", `"caf\u00E9"@fr`, `"café"@fr`},
		{"iri", `<http://ex.org/caf\u00E9>`, `<http://ex.org/café>`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := sparqlTerm(tt.in); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func FuzzReader(f *testing.F) {
	f.Add("<http://ex.org/s> <http://ex.org/p> \"x\"@en .\n_:b <http://ex.org/p> \"\\u00e9\" .")
	f.Fuzz(func(t *testing.T, s string) {
		r := NewReader("fuzz.nt", strings.NewReader(s))
		for {
			tr, err := r.Read()
			if err != nil {
				return
			}
			// What reads back must read back the same from its String form.
			again, err := NewReader("again.nt", strings.NewReader(tr.String())).Read()
			if err != nil || again.String() != tr.String() {
				t.Fatalf("%q read as %q, which reads back as %q, %v", s, tr.String(), again.String(), err)
			}
		}
	})
}

// nTimes is a reader that gives s n times over, like encoding/csv's.
type nTimes struct {
	s   string
	n   int
	off int
}

func (r *nTimes) Read(p []byte) (int, error) {
	for {
		if r.n <= 0 || r.s == "" {
			return 0, io.EOF
		}
		n := copy(p, r.s[r.off:])
		r.off += n
		if r.off == len(r.s) {
			r.off = 0
			r.n--
		}
		if n > 0 {
			return n, nil
		}
	}
}

const benchLines = `<https://w3id.org/factloom/id/copy1/article/battle_of_elakla> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/factloom/ontology#Article> .
<https://w3id.org/factloom/id/copy1/source/battle_of_elakla.12-40> <http://www.w3.org/ns/prov#value> "The battle took place near \"Elakla\" in 2019, caf\u00E9." .
<https://w3id.org/factloom/id/copy1/source/battle_of_elakla.12-40> <https://w3id.org/factloom/ontology#line> "3"^^<http://www.w3.org/2001/XMLSchema#integer> .
`

func BenchmarkReader(b *testing.B) {
	b.SetBytes(int64(len(benchLines)) * 1000)
	b.ReportAllocs()
	for b.Loop() {
		r := NewReader("bench.nt", &nTimes{s: benchLines, n: 1000})
		for {
			if _, err := r.Read(); err != nil {
				if err != io.EOF {
					b.Fatal(err)
				}
				break
			}
		}
	}
}
