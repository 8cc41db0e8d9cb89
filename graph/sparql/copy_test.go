package sparql

import (
	"bytes"
	"fmt"
	"testing"
	"time"

	"github.com/factloom/factloom/graph/sparql/sparqltest"
)

// TestVirtuosoLargeCopy starts a Virtuoso whose transactions may only grow
// to 5 MB (TransactionAfterImageLimit), so that the COPY that replaces a
// graph of 500 000 triples is refused with SR325, and checks that Load
// still replaces it, through the log-enable 0 fallback.
func TestVirtuosoLargeCopy(t *testing.T) {
	const n = 500000
	v := sparqltest.Start(t, "VIRTUOSO_TXN_LIMIT=5000000")
	c := &Client{Endpoint: v.Endpoint(), User: v.User, Password: v.Password, Chunk: 10000, Timeout: time.Minute}
	data := func(tag string) []byte {
		var b bytes.Buffer
		for i := range n {
			fmt.Fprintf(&b, "<http://factloom.test/s/%d> <http://factloom.test/p> \"%s %d, a literal of some length\" .\n", i, tag, i)
		}
		return b.Bytes()
	}
	g := "http://factloom.test/graph/large"
	for _, tag := range []string{"first", "second"} {
		if _, err := c.Load(t.Context(), g, Source{Name: tag + ".nt", R: bytes.NewReader(data(tag))}); err != nil {
			t.Fatalf("%s load: %v", tag, err)
		}
		if got := v.Count(t, g); got != n {
			t.Errorf("%s load: graph has %d triples, want %d", tag, got, n)
		}
		res, err := c.Query(t.Context(), `SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o FILTER(STRSTARTS(?o, "`+tag+` ")) }`, g)
		if err != nil || len(res.Bindings) != 1 || res.Bindings[0]["n"].Value != fmt.Sprint(n) {
			t.Errorf("%s load: got %+v, %v; want %d triples of this load", tag, res, err, n)
		}
	}
	if c.unloggedCopies == 0 {
		t.Errorf("no COPY was refused with SR325, so the fallback was not tested")
	}
}
