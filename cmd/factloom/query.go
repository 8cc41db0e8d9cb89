package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/factloom/factloom/graph/sparql"
	"github.com/factloom/factloom/ontology"
)

type queryOptions struct {
	*Env
	Endpoint endpointOptions
	Query    string
	Format   string
	Graphs   []string
	Getenv   func(string) string
}

func newQueryCmd(env *Env, run func(context.Context, *queryOptions) error) *cobra.Command {
	opts := &queryOptions{Env: env, Format: "table", Getenv: os.Getenv}
	cmd := &cobra.Command{
		Use:   "query --endpoint URL [flags] QUERY.rq|NAME",
		Short: "Run a competency query, or any SELECT or ASK query, on a SPARQL endpoint",
		Long: `Query sends a SPARQL query to an endpoint with the SPARQL 1.1 Protocol and
prints the answer as an aligned table, as CSV (SPARQL 1.1 CSV: values only),
or as SPARQL 1.1 JSON results.

The query is a file, or the name of one of factloom's competency queries:
` + strings.Join(ontology.QueryNames(), ", ") + `.

Each --graph is sent as a default-graph-uri, so that the query reads the
merge of those graphs; without one the store decides what the default graph
is (Virtuoso: all its graphs; Fuseki: its default graph unless it is set up
with unionDefaultGraph).`,
		Example: `  factloom query --endpoint http://127.0.0.1:8890/sparql entities
  factloom query --endpoint http://127.0.0.1:8890/sparql --format csv my-query.rq
  factloom query --endpoint http://127.0.0.1:8890/sparql --format json \
      --graph https://w3id.org/factloom/id/article/battle_of_elakla relations`,
		Args: cobra.ExactArgs(1),
	}
	addEndpointFlags(cmd, &opts.Endpoint, "endpoint", "SPARQL query endpoint URL (required)")
	cmd.Flags().StringVarP(&opts.Format, "format", "f", opts.Format, "output: table, csv or json")
	cmd.Flags().StringArrayVar(&opts.Graphs, "graph", nil, "a graph of the query's default graph (repeatable)")
	cmd.RunE = func(cmd *cobra.Command, args []string) error {
		opts.Query = args[0]
		return run(cmd.Context(), opts)
	}
	return cmd
}

func runQuery(ctx context.Context, opts *queryOptions) error {
	var write func(io.Writer, *sparql.Results) error
	switch opts.Format {
	case "table":
		write = writeTable
	case "csv":
		write = writeCSV
	case "json":
		write = writeJSON
	default:
		return usagef("unknown format %q: want table, csv or json", opts.Format)
	}
	c, err := opts.Endpoint.client(opts.Getenv)
	if err != nil {
		return err
	}
	q, err := readQuery(opts.Query)
	if err != nil {
		return usageError{err}
	}
	res, err := c.Query(ctx, q, opts.Graphs...)
	if err != nil {
		return err
	}
	return write(opts.Stdout, res)
}

// readQuery reads a query file, or else a competency query by name.
func readQuery(arg string) (string, error) {
	if b, err := os.ReadFile(arg); err == nil {
		return string(b), nil
	} else if strings.ContainsAny(arg, "/\\") || !os.IsNotExist(err) {
		return "", err
	}
	return ontology.Query(arg)
}

// cell is a term as a table or CSV shows it: the IRI, the literal's text,
// or _:label; empty when unbound.
func cell(t sparql.Term, ok bool) string {
	switch {
	case !ok:
		return ""
	case t.Type == "bnode":
		return "_:" + t.Value
	}
	return t.Value
}

func writeTable(w io.Writer, res *sparql.Results) error {
	if res.Boolean != nil {
		_, err := fmt.Fprintln(w, *res.Boolean)
		return err
	}
	tw := tabwriter.NewWriter(w, 0, 8, 2, ' ', 0)
	fmt.Fprintln(tw, strings.Join(res.Vars, "\t"))
	for _, row := range res.Bindings {
		cells := make([]string, len(res.Vars))
		for i, v := range res.Vars {
			t, ok := row[v]
			cells[i] = strings.NewReplacer("\t", " ", "\n", " ").Replace(cell(t, ok))
		}
		fmt.Fprintln(tw, strings.Join(cells, "\t"))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	_, err := fmt.Fprintf(w, "(%d rows)\n", len(res.Bindings))
	return err
}

func writeCSV(w io.Writer, res *sparql.Results) error {
	cw := csv.NewWriter(w)
	cw.UseCRLF = true // as SPARQL 1.1 CSV asks
	if res.Boolean != nil {
		cw.Write([]string{"boolean"})
		cw.Write([]string{fmt.Sprint(*res.Boolean)})
	} else {
		cw.Write(res.Vars)
		for _, row := range res.Bindings {
			cells := make([]string, len(res.Vars))
			for i, v := range res.Vars {
				t, ok := row[v]
				cells[i] = cell(t, ok)
			}
			cw.Write(cells)
		}
	}
	cw.Flush()
	return cw.Error()
}

func writeJSON(w io.Writer, res *sparql.Results) error {
	type head struct {
		Vars []string `json:"vars"`
	}
	var out any
	if res.Boolean != nil {
		out = struct {
			Head    head `json:"head"`
			Boolean bool `json:"boolean"`
		}{head{[]string{}}, *res.Boolean}
	} else {
		type results struct {
			Bindings []map[string]sparql.Term `json:"bindings"`
		}
		out = struct {
			Head    head    `json:"head"`
			Results results `json:"results"`
		}{head{res.Vars}, results{res.Bindings}}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}
