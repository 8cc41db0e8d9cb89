package sparql

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net/url"
	"strings"
	"sync"
	"unicode/utf8"
)

// A Source is one N-Triples input of a load.
type Source struct {
	Name string        // used in errors and progress
	R    io.ReadSeeker // read twice: once to check it, once to send it
}

// Progress says how far a client's loads have come.
type Progress struct {
	Graph   string // the graph being loaded
	Triples int64  // triples stored so far by all of the client's loads
}

// Stats describe one Load.
type Stats struct {
	Triples int64 // triples sent (N-Triples statements, duplicates included)
}

// StagingGraph is the graph that Load fills before it copies it onto graph:
// urn:factloom:staging: and the first 32 hex digits of the SHA-256 of graph.
func StagingGraph(graph string) string {
	h := sha256.Sum256([]byte(graph))
	return "urn:factloom:staging:" + hex.EncodeToString(h[:16])
}

// Load replaces graph with the triples of srcs, so that loading the same
// input twice leaves the triples of one load.
//
// Every source is first read whole and checked (see Reader). When one is
// bad, Load returns an ErrorList with file and line and sends nothing.
// Otherwise it sends the triples to the staging graph (StagingGraph) in
// chunks of c.Chunk, c.Jobs requests at a time, copies the staging graph
// onto graph with one SPARQL 1.1 Update "COPY" (which the store runs as one
// transaction) and drops the staging graph. Until the COPY, graph is not
// touched, so a load that fails midway leaves the old graph as it was.
// Sources with no triples at all make graph empty.
//
// Blank nodes are scoped to one request: a source with blank nodes is sent
// in one request with GraphStore, and is refused by Update when it does not
// fit in one chunk.
func (c *Client) Load(ctx context.Context, graph string, srcs ...Source) (Stats, error) {
	var st Stats
	if err := checkIRI(graph); err != nil {
		return st, fmt.Errorf("graph <%s>: %v", graph, err)
	}
	blank := make([]bool, len(srcs))
	var errs ErrorList
	for i, s := range srcs {
		n, b, err := check(s)
		if err != nil {
			var e *Error
			if !errors.As(err, &e) {
				e = &Error{File: s.Name, Err: err}
			}
			errs = append(errs, e)
			continue
		}
		if b && c.Protocol == Update && n > int64(c.chunk()) {
			errs.Add(s.Name, 0, fmt.Errorf("%d triples with blank nodes do not fit in one INSERT DATA of %d: use the Graph Store protocol", n, c.chunk()))
		}
		blank[i] = b
		st.Triples += n
	}
	if err := errs.Err(); err != nil {
		return Stats{}, err
	}

	staging := StagingGraph(graph)
	if err := c.drop(ctx, staging); err != nil {
		return Stats{}, fmt.Errorf("clear staging graph: %w", err)
	}
	if err := c.sendAll(ctx, graph, staging, srcs, blank); err != nil {
		c.dropAfterFailure(ctx, staging)
		return Stats{}, err
	}
	if st.Triples == 0 {
		if err := c.update(ctx, "DROP SILENT GRAPH <"+graph+">"); err != nil {
			return Stats{}, fmt.Errorf("empty graph: %w", err)
		}
		return st, nil
	}
	copyOp := "COPY <" + staging + "> TO <" + graph + ">"
	err := c.update(ctx, copyOp)
	var se *StatusError
	if errors.As(err, &se) && c.isVirtuoso() && strings.Contains(se.Msg, "SR325") {
		// Too big for one logged Virtuoso transaction
		// (TransactionAfterImageLimit): copy without the transaction log.
		// It is still one transaction, so the graph is old or new; it is
		// durable from the server's next checkpoint.
		err = c.update(ctx, "DEFINE sql:log-enable 0 "+copyOp)
		c.mu.Lock()
		c.unloggedCopies++
		c.mu.Unlock()
	}
	if err != nil {
		c.dropAfterFailure(ctx, staging)
		return Stats{}, fmt.Errorf("copy staging graph into place: %w", err)
	}
	if err := c.drop(ctx, staging); err != nil {
		return st, fmt.Errorf("graph loaded, but its staging graph <%s> was not dropped: %w", staging, err)
	}
	return st, nil
}

// check reads a source whole and returns its number of triples and whether
// it has blank nodes.
func check(s Source) (n int64, blank bool, err error) {
	if _, err := s.R.Seek(0, io.SeekStart); err != nil {
		return 0, false, err
	}
	r := NewReader(s.Name, s.R)
	for {
		t, err := r.next()
		if err == io.EOF {
			return n, blank, nil
		}
		if err != nil {
			return 0, false, err
		}
		n++
		blank = blank || t.hasBlank()
	}
}

// drop drops a graph that may not exist; it is only used on staging
// graphs, which nobody reads. On Virtuoso it runs with the pragma
// "DEFINE sql:log-enable 3": logged, but committed row by row, which is how
// Virtuoso's documentation deletes large graphs. It is two to three times
// faster than one transaction, and has no TransactionAfterImageLimit.
func (c *Client) drop(ctx context.Context, graph string) error {
	op := "DROP SILENT GRAPH <" + graph + ">"
	if c.isVirtuoso() {
		op = "DEFINE sql:log-enable 3 " + op
	}
	return c.update(ctx, op)
}

// dropAfterFailure tries to remove a staging graph after a failed load.
// Its own error is dropped: the load's error is the one to report, and the
// next load of the graph clears the staging graph first anyway.
func (c *Client) dropAfterFailure(ctx context.Context, staging string) {
	if ctx.Err() != nil {
		return
	}
	c.drop(ctx, staging)
}

func (c *Client) update(ctx context.Context, op string) error {
	_, err := c.do(ctx, request{method: "POST", url: c.Endpoint, ctype: "application/sparql-update", body: []byte(op)})
	return err
}

func (c *Client) chunk() int {
	switch {
	case c.Chunk > 0:
		return c.Chunk
	case c.Protocol == Update:
		return DefaultChunkUpdate
	}
	return DefaultChunkGSP
}

// sendAll streams srcs to the staging graph, c.Jobs requests at a time.
func (c *Client) sendAll(ctx context.Context, graph, staging string, srcs []Source, blank []bool) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	type chunk struct {
		name string
		body []byte
		n    int64
	}
	jobs := c.Jobs
	if jobs < 1 {
		jobs = DefaultJobs
	}
	chunks := make(chan chunk)
	var (
		wg       sync.WaitGroup
		errOnce  sync.Once
		firstErr error
	)
	fail := func(err error) {
		errOnce.Do(func() { firstErr = err; cancel() })
	}
	for range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for ch := range chunks {
				if err := c.sendChunk(ctx, staging, ch.body); err != nil {
					fail(fmt.Errorf("%s: %w", ch.name, err))
					continue
				}
				c.report(graph, ch.n)
			}
		}()
	}
	produce := func() error {
		for i, s := range srcs {
			if _, err := s.R.Seek(0, io.SeekStart); err != nil {
				return err
			}
			limit := c.chunk()
			if blank[i] {
				limit = int(^uint(0) >> 1)
			}
			r := NewReader(s.Name, s.R)
			var buf []byte
			var n int64
			flush := func() bool {
				if n == 0 {
					return true
				}
				body := c.wrap(staging, buf)
				select {
				case chunks <- chunk{name: s.Name, body: body, n: n}:
				case <-ctx.Done():
					return false
				}
				buf = nil
				n = 0
				return true
			}
			for {
				t, err := r.next()
				if err == io.EOF {
					break
				}
				if err != nil {
					return err // the file changed since it was checked
				}
				if c.Protocol == Update {
					buf = appendSPARQLTriple(buf, t)
				} else {
					buf = t.appendTo(buf)
				}
				if n++; (n >= int64(limit) || len(buf) >= MaxChunkBytes && !blank[i]) && !flush() {
					return nil
				}
			}
			if !flush() {
				return nil
			}
		}
		return nil
	}
	if err := produce(); err != nil {
		fail(err)
	}
	close(chunks)
	wg.Wait()
	if firstErr == nil && ctx.Err() != nil {
		return ctx.Err()
	}
	return firstErr
}

// wrap makes the body of one request from N-Triples lines (GraphStore) or
// SPARQL triples (Update).
func (c *Client) wrap(staging string, lines []byte) []byte {
	if c.Protocol != Update {
		return lines
	}
	var b bytes.Buffer
	b.Grow(len(lines) + 64)
	b.WriteString("INSERT DATA { GRAPH <" + staging + "> {\n")
	b.Write(lines)
	b.WriteString("} }\n")
	return b.Bytes()
}

func (c *Client) sendChunk(ctx context.Context, staging string, body []byte) error {
	if c.Protocol == Update {
		_, err := c.do(ctx, request{method: "POST", url: c.Endpoint, ctype: "application/sparql-update", body: body})
		return err
	}
	u := c.graphStoreURL()
	sep := "?"
	if strings.Contains(u, "?") {
		sep = "&"
	}
	u += sep + "graph=" + url.QueryEscape(staging)
	_, err := c.do(ctx, request{method: "POST", url: u, ctype: "application/n-triples", body: body})
	return err
}

func (c *Client) report(graph string, n int64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.progress.Graph = graph
	c.progress.Triples += n
	if c.Progress != nil {
		c.Progress(c.progress)
	}
}

// checkIRI checks that s can be written as <s> in SPARQL and N-Triples.
func checkIRI(s string) error {
	if !utf8.ValidString(s) {
		return errors.New("invalid UTF-8")
	}
	if !hasScheme([]byte(s)) {
		return errors.New("not an absolute IRI")
	}
	for _, r := range s {
		if r <= ' ' || strings.ContainsRune("<>\"{}|^`\\", r) {
			return fmt.Errorf("character %q not allowed in an IRI", r)
		}
	}
	return nil
}

// appendSPARQLTriple appends t as a SPARQL triple. SPARQL replaces \u and
// \U escapes before it parses a request, so that "\u0022" would end a
// string; literals therefore get their \u escapes decoded, and then the
// characters that need it escaped again as \" \\ \n \r.
func appendSPARQLTriple(b []byte, t rawTriple) []byte {
	if !bytes.Contains(t.s, []byte(`\`)) && !bytes.Contains(t.p, []byte(`\`)) && !bytes.Contains(t.o, []byte(`\`)) {
		return t.appendTo(b)
	}
	b = append(b, sparqlTerm(string(t.s))...)
	b = append(b, ' ')
	b = append(b, sparqlTerm(string(t.p))...)
	b = append(b, ' ')
	b = append(b, sparqlTerm(string(t.o))...)
	return append(b, " .\n"...)
}

func sparqlTerm(term string) string {
	if !strings.Contains(term, `\u`) && !strings.Contains(term, `\U`) {
		return term
	}
	if term[0] == '<' {
		return "<" + unescapeIRI(term[1:len(term)-1]) + ">"
	}
	if term[0] != '"' {
		return term
	}
	end := strings.LastIndexByte(term, '"')
	body, suffix := term[1:end], term[end+1:]
	if suffix != "" && suffix[0] == '^' {
		suffix = "^^" + sparqlTerm(suffix[2:])
	}
	var b strings.Builder
	b.WriteByte('"')
	for i := 0; i < len(body); i++ {
		if body[i] != '\\' {
			b.WriteByte(body[i])
			continue
		}
		switch body[i+1] {
		case 'u', 'U':
			n := 4
			if body[i+1] == 'U' {
				n = 8
			}
			var r rune
			fmt.Sscanf(body[i+2:i+2+n], "%x", &r)
			switch r {
			case '"':
				b.WriteString(`\"`)
			case '\\':
				b.WriteString(`\\`)
			case '\n':
				b.WriteString(`\n`)
			case '\r':
				b.WriteString(`\r`)
			default:
				b.WriteRune(r)
			}
			i += 1 + n
		default:
			b.WriteByte('\\')
			b.WriteByte(body[i+1])
			i++
		}
	}
	b.WriteByte('"')
	b.WriteString(suffix)
	return b.String()
}

func unescapeIRI(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != '\\' {
			b.WriteByte(s[i])
			continue
		}
		n := 4
		if s[i+1] == 'U' {
			n = 8
		}
		var r rune
		fmt.Sscanf(s[i+2:i+2+n], "%x", &r)
		b.WriteRune(r)
		i += 1 + n
	}
	return b.String()
}
