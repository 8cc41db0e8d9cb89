package sparql_test

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/factloom/factloom/graph/sparql"
	"github.com/factloom/factloom/graph/sparql/sparqltest"
)

// synth makes n distinct N-Triples whose literals need escaping, tagged so
// that two loads can be told apart.
func synth(n int, tag string) []byte {
	var b bytes.Buffer
	for i := range n {
		fmt.Fprintf(&b, "<http://factloom.test/s/%d> <http://factloom.test/p/%s> \"%s %d: \\\"q\\\" \\\\ \\n caf\\u00E9 \\U0001F600\"@en .\n", i, tag, tag, i)
		if i%3 == 0 {
			fmt.Fprintf(&b, "<http://factloom.test/s/%d> <http://factloom.test/n/%s> \"%d\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n", i, tag, i)
		}
	}
	return b.Bytes()
}

func lines(b []byte) int { return bytes.Count(b, []byte{'\n'}) }

func client(v *sparqltest.Server, p sparql.Protocol) *sparql.Client {
	return &sparql.Client{Endpoint: v.Endpoint(), Protocol: p, User: v.User, Password: v.Password, Timeout: time.Minute}
}

func src(name string, b []byte) sparql.Source {
	return sparql.Source{Name: name, R: bytes.NewReader(b)}
}

// TestVirtuosoLoad loads, reloads and empties a graph with both protocols,
// and checks that the store holds exactly one load's triples each time.
func TestVirtuosoLoad(t *testing.T) {
	v := sparqltest.Virtuoso(t)
	tests := []struct {
		name     string
		protocol sparql.Protocol
		chunk    int
	}{
		{"gsp", sparql.GraphStore, 0},
		{"gsp small chunks", sparql.GraphStore, 700},
		{"update", sparql.Update, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := client(v, tt.protocol)
			c.Chunk = tt.chunk
			g := "http://factloom.test/graph/load-" + strings.ReplaceAll(tt.name, " ", "-")
			a, b := synth(3000, "a"), synth(2000, "b")
			steps := []struct {
				what string
				srcs []sparql.Source
				want int
			}{
				{"first load", []sparql.Source{src("a.nt", a)}, lines(a)},
				{"reload", []sparql.Source{src("a.nt", a)}, lines(a)},
				{"replace", []sparql.Source{src("b.nt", b)}, lines(b)},
				{"two files", []sparql.Source{src("a.nt", a), src("b.nt", b)}, lines(a) + lines(b)},
				{"empty", []sparql.Source{src("empty.nt", nil)}, 0},
			}
			for _, s := range steps {
				st, err := c.Load(t.Context(), g, s.srcs...)
				if err != nil {
					t.Fatalf("%s: %v", s.what, err)
				}
				if st.Triples != int64(s.want) {
					t.Errorf("%s: sent %d triples, want %d", s.what, st.Triples, s.want)
				}
				if got := v.Count(t, g); got != s.want {
					t.Errorf("%s: graph has %d triples, want %d", s.what, got, s.want)
				}
				if got := v.Count(t, sparql.StagingGraph(g)); got != 0 {
					t.Errorf("%s: staging graph left with %d triples", s.what, got)
				}
			}
		})
	}
}

// TestVirtuosoEscapes checks that literals with escapes come back the same
// through both protocols.
func TestVirtuosoEscapes(t *testing.T) {
	v := sparqltest.Virtuoso(t)
	const nt = `<http://factloom.test/e> <http://factloom.test/p> "q\"uote \\ back\nline tab\t caf\u00E9 \u0022 \U0001F600"@en .` + "\n"
	want := "q\"uote \\ back\nline tab\t café \" 😀"
	for _, p := range []sparql.Protocol{sparql.GraphStore, sparql.Update} {
		t.Run(p.String(), func(t *testing.T) {
			g := "http://factloom.test/graph/escapes-" + p.String()
			if _, err := client(v, p).Load(t.Context(), g, src("e.nt", []byte(nt))); err != nil {
				t.Fatal(err)
			}
			q := &sparql.Client{Endpoint: v.QueryEndpoint()}
			res, err := q.Query(t.Context(), "SELECT ?o WHERE { ?s ?p ?o }", g)
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Bindings) != 1 || res.Bindings[0]["o"].Value != want || res.Bindings[0]["o"].Lang != "en" {
				t.Errorf("got %+v, want one literal %q@en", res.Bindings, want)
			}
		})
	}
}

// TestVirtuosoBadInput checks that a broken line is reported with its file
// and line, that nothing is sent, and that a wrong password is a 401 that
// is not retried.
func TestVirtuosoBadInput(t *testing.T) {
	v := sparqltest.Virtuoso(t)
	g := "http://factloom.test/graph/bad-input"
	good := synth(100, "good")
	c := client(v, sparql.GraphStore)
	if _, err := c.Load(t.Context(), g, src("good.nt", good)); err != nil {
		t.Fatal(err)
	}
	bad := append(synth(10, "bad"), []byte("<http://factloom.test/x> <http://factloom.test/p> \"unterminated .\n")...)
	bad = append(bad, synth(10, "after")...)
	_, err := c.Load(t.Context(), g, src("good.nt", good), src("bad.nt", bad))
	var list sparql.ErrorList
	if !errors.As(err, &list) || len(list) != 1 || list[0].File != "bad.nt" || list[0].Line != lines(synth(10, "bad"))+1 || !errors.Is(err, sparql.ErrSyntax) {
		t.Fatalf("got error %v, want one syntax error at bad.nt:%d", err, lines(synth(10, "bad"))+1)
	}
	if got := v.Count(t, g); got != lines(good) {
		t.Errorf("after the bad load the graph has %d triples, want the old %d", got, lines(good))
	}

	wrong := client(v, sparql.GraphStore)
	wrong.Password = "not-the-password"
	_, err = wrong.Load(t.Context(), g, src("good.nt", good))
	var se *sparql.StatusError
	if !errors.As(err, &se) || se.Status != 401 {
		t.Fatalf("wrong password: got %v, want HTTP 401", err)
	}
	if strings.Contains(err.Error(), "not-the-password") {
		t.Errorf("the error shows the password: %v", err)
	}
}

// TestVirtuosoStopDuringLoad stops the server after the first chunk of a
// load has been stored: the load must fail with a connection error, the
// old graph must be intact after a restart, and a rerun must succeed.
func TestVirtuosoStopDuringLoad(t *testing.T) {
	v := sparqltest.VirtuosoExclusive(t)
	g := "http://factloom.test/graph/stopped"
	old, big := synth(50, "old"), synth(60000, "new")
	c := client(v, sparql.GraphStore)
	if _, err := c.Load(t.Context(), g, src("old.nt", old)); err != nil {
		t.Fatal(err)
	}
	restarted := false
	defer func() {
		if !restarted {
			v.Start(t) // leave a running server to the other tests
		}
	}()

	c = client(v, sparql.GraphStore)
	c.Chunk, c.Jobs, c.Retries, c.Backoff = 5000, 1, 2, 200*time.Millisecond
	var once sync.Once
	c.Progress = func(sparql.Progress) { once.Do(func() { v.Stop(t) }) }
	_, err := c.Load(t.Context(), g, src("big.nt", big))
	if err == nil {
		t.Fatal("the load went through although the server was stopped during it")
	}
	t.Logf("error while stopped: %v", err)
	if !strings.Contains(err.Error(), "big.nt") || !strings.Contains(err.Error(), "127.0.0.1") {
		t.Errorf("error %q names neither the file nor the server", err)
	}

	v.Start(t)
	restarted = true
	if got := v.Count(t, g); got != lines(old) {
		t.Errorf("after the failed load the graph has %d triples, want the old %d", got, lines(old))
	}
	c = client(v, sparql.GraphStore)
	if _, err := c.Load(t.Context(), g, src("big.nt", big)); err != nil {
		t.Fatalf("rerun: %v", err)
	}
	if got := v.Count(t, g); got != lines(big) {
		t.Errorf("after the rerun the graph has %d triples, want %d", got, lines(big))
	}
	if got := v.Count(t, sparql.StagingGraph(g)); got != 0 {
		t.Errorf("staging graph left with %d triples", got)
	}
}
