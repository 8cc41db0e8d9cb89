package sparql

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"strings"
)

// A Term is one value of a query answer, as in the SPARQL 1.1 Query Results
// JSON Format.
type Term struct {
	Type     string `json:"type"` // "uri", "literal" or "bnode"
	Value    string `json:"value"`
	Lang     string `json:"xml:lang,omitempty"`
	Datatype string `json:"datatype,omitempty"`
}

// Results is the answer to a SELECT or ASK query.
type Results struct {
	Vars     []string          // the SELECT variables, in order
	Bindings []map[string]Term // one map per row; an unbound variable is absent
	Boolean  *bool             // the answer to an ASK query
}

// Query sends a SELECT or ASK query with the SPARQL 1.1 Protocol (an
// HTML-form POST) and decodes the JSON answer. Each of defaultGraphs is
// sent as a default-graph-uri, so that the query's default graph is their
// merge; with none, the store decides (Virtuoso: all graphs).
func (c *Client) Query(ctx context.Context, query string, defaultGraphs ...string) (*Results, error) {
	form := url.Values{"query": {query}}
	for _, g := range defaultGraphs {
		form.Add("default-graph-uri", g)
	}
	body, err := c.do(ctx, request{
		method: "POST",
		url:    c.Endpoint,
		ctype:  "application/x-www-form-urlencoded",
		accept: "application/sparql-results+json",
		body:   []byte(form.Encode()),
	})
	if err != nil {
		return nil, err
	}
	res, err := DecodeResults(strings.NewReader(string(body)))
	if err != nil {
		return nil, fmt.Errorf("query %s: %w", redact(c.Endpoint), err)
	}
	return res, nil
}

// DecodeResults reads SPARQL 1.1 Query Results JSON. It also reads what
// Virtuoso writes: "typed-literal" terms become "literal", a literal typed
// xsd:string loses its datatype (RDF 1.1 makes the two the same), and an
// ASK answer given as a table with the one variable __ASK_RETVAL becomes a
// Boolean.
func DecodeResults(r io.Reader) (*Results, error) {
	var raw struct {
		Head struct {
			Vars []string `json:"vars"`
		} `json:"head"`
		Results *struct {
			Bindings []map[string]Term `json:"bindings"`
		} `json:"results"`
		Boolean *bool `json:"boolean"`
	}
	if err := json.NewDecoder(r).Decode(&raw); err != nil {
		return nil, fmt.Errorf("bad SPARQL JSON results: %v", err)
	}
	res := &Results{Vars: raw.Head.Vars, Boolean: raw.Boolean}
	if raw.Results != nil {
		res.Bindings = raw.Results.Bindings
	}
	for _, row := range res.Bindings {
		for k, t := range row {
			row[k] = normalize(t)
		}
	}
	if len(res.Vars) == 1 && res.Vars[0] == "__ASK_RETVAL" && res.Boolean == nil {
		b := len(res.Bindings) > 0 && res.Bindings[0]["__ASK_RETVAL"].Value == "1"
		res.Vars, res.Bindings, res.Boolean = nil, nil, &b
	}
	if res.Bindings == nil && res.Boolean == nil {
		res.Bindings = []map[string]Term{}
	}
	return res, nil
}

const xsdString = "http://www.w3.org/2001/XMLSchema#string"

func normalize(t Term) Term {
	if t.Type == "typed-literal" {
		t.Type = "literal"
	}
	if t.Type == "literal" && t.Datatype == xsdString {
		t.Datatype = ""
	}
	return t
}

// String writes t in N-Triples form: <iri>, _:label, or "text" with its
// language tag or datatype.
func (t Term) String() string {
	switch t.Type {
	case "uri":
		return "<" + t.Value + ">"
	case "bnode":
		return "_:" + t.Value
	}
	s := quote(t.Value)
	switch {
	case t.Lang != "":
		return s + "@" + t.Lang
	case t.Datatype != "":
		return s + "^^<" + t.Datatype + ">"
	}
	return s
}

func quote(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`, "\r", `\r`)
	return `"` + r.Replace(s) + `"`
}
