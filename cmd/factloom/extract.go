package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"

	"github.com/spf13/cobra"

	"github.com/factloom/factloom/extract"
	"github.com/factloom/factloom/extract/wikidata"
	"github.com/factloom/factloom/graph"
)

type extractOptions struct {
	*Env
	Paths    []string
	Format   string
	Output   string
	Base     string
	Jobs     int
	Wikidata string
	Load     endpointOptions // --load URL: load each article's graph there
	Dump     dumpOptions
	// FormatSet says that --format was given; dumps default to N-Triples.
	FormatSet bool
}

func newExtractCmd(env *Env, run func(context.Context, *extractOptions) error) *cobra.Command {
	opts := &extractOptions{Env: env, Format: "turtle", Jobs: runtime.GOMAXPROCS(0)}
	cmd := &cobra.Command{
		Use:   "extract [flags] FILE|DIR|-...",
		Short: "Read articles and write their knowledge graph",
		Long: `Extract reads articles about armed conflicts and writes one knowledge graph
of their events, agents, roles, figures and the sources of every fact.

An article is a text file: first the infobox, one field per line as
"Key: | Value |", then the prose, one paragraph per line. A directory stands
for its *.txt files; "-" reads standard input. Several inputs merge into one
graph: the same entity gets the same IRI in every article.

An input that cannot be read (missing, not UTF-8, empty, no infobox) is
reported on standard error as "file:line: reason"; the other inputs are still
written, and the exit code is 1. A field that cannot be read (a date with no
date in it) is reported as a warning and costs only that field. A usage error
exits with 2.

An input may also be a MediaWiki XML dump (Wikipedia's pages-articles), plain
or bzip2, one stream or multistream; it is recognised by its first bytes.
Extract keeps the main-namespace pages that carry {{Infobox military
conflict}} (or a redirect to it), turns their wikitext into the text layout
and writes each article's graph as soon as it is made, in page order, as
N-Triples unless --format says otherwise. --index gives the multistream
index, which lets --resume start at the right stream. --split DIR writes one
file per article instead of one stream. Every core is used (--jobs). A page
that fails is reported with its title and id and skipped (all of them go to
--errors FILE); a truncated or corrupt dump ends the run with an error, and
what was written before it stays valid. Beside an output file or split
directory a checkpoint records the pages done: after Ctrl-C or a crash,
--resume goes on from there without writing anything twice. On a terminal a
progress line shows pages, conflict pages, MB/s and the time left; a summary
ends every run.`,
		Example: `  # the bundled example, as Turtle
  factloom extract testdata/articles/battle_of_elakla.txt

  # a folder of articles as one N-Triples file, under your own base IRI
  factloom extract --format ntriples --base https://example.org/kg/ -o kg.nt articles/

  # with owl:sameAs links to Wikidata (see factloom wikidata index)
  factloom extract --wikidata sample.idx testdata/articles/battle_of_elakla.txt

  # from standard input
  cat article.txt | factloom extract -f nt -

  # every conflict article of a Wikipedia dump, resumable
  factloom extract --index enwiki-latest-pages-articles-multistream-index.txt.bz2 \
    -o conflicts.nt --errors failed.txt --resume enwiki-latest-pages-articles-multistream.xml.bz2

  # the sample dump, one file per article
  factloom extract --split out/ ../shared/wikitext/sample-pages-articles.xml.bz2`,
		Args: cobra.MinimumNArgs(1),
	}
	cmd.Flags().StringVarP(&opts.Format, "format", "f", opts.Format, "output format: turtle or ntriples")
	cmd.Flags().StringVarP(&opts.Output, "output", "o", "", "write to this file instead of standard output")
	cmd.Flags().StringVar(&opts.Base, "base", "", "IRI that the graph's nodes start with (default "+defaultBase()+")")
	cmd.Flags().IntVarP(&opts.Jobs, "jobs", "j", opts.Jobs, "articles read at once")
	cmd.Flags().StringVar(&opts.Wikidata, "wikidata", "", "link entities to Wikidata items with this index (see factloom wikidata index)")
	addEndpointFlags(cmd, &opts.Load, "load", "load each article's graph into this SPARQL endpoint (see factloom load)")
	cmd.Flags().StringVar(&opts.Dump.Index, "index", "", "multistream index (offset:pageid:title) of the dump, plain or .bz2")
	cmd.Flags().StringVar(&opts.Dump.Split, "split", "", "write one file per article into this directory (dumps only)")
	cmd.Flags().StringVar(&opts.Dump.Errors, "errors", "", "write every failed page and warning to this file (dumps only)")
	cmd.Flags().BoolVar(&opts.Dump.Resume, "resume", false, "go on from where an interrupted run on the same dump stopped (dumps only)")
	cmd.Flags().StringVar(&opts.Dump.Decoder, "bzip2", "auto", "bzip2 decoder: auto (lbzip2 when installed), lbzip2, or go")
	cmd.RunE = func(cmd *cobra.Command, args []string) error {
		opts.Paths = args
		opts.FormatSet = cmd.Flags().Changed("format")
		return run(cmd.Context(), opts)
	}
	return cmd
}

func runExtract(ctx context.Context, opts *extractOptions) error {
	format, err := graph.ParseFormat(opts.Format)
	if err != nil {
		return usageError{err}
	}
	if opts.Base != "" {
		if err := graph.CheckBase(opts.Base); err != nil {
			return usageError{err}
		}
	}
	isDump, err := isDumpInput(opts)
	if err != nil {
		return err
	}
	if isDump {
		if !opts.FormatSet {
			format = graph.NTriples
		}
		return runDump(ctx, opts, format)
	}
	if opts.Dump.set() {
		return usagef("--index, --split, --errors, --resume and --bzip2 are for MediaWiki dumps")
	}
	ins, errs := extract.Inputs(opts.Paths, opts.Stdin)
	arts, failed, warnings := extract.ReadInputs(ctx, ins, opts.Jobs)
	errs = append(errs, failed...)
	if opts.Wikidata != "" {
		if err := linkWikidata(opts.Wikidata, arts); err != nil {
			return err
		}
	}
	if opts.Load.Endpoint == "" || opts.Output != "" { // with --load, only -o writes the graph
		g, err := graph.Build(arts, graph.Options{Base: opts.Base})
		if err != nil {
			return err
		}
		if err := writeOutput(opts.Output, opts.Stdout, func(w io.Writer) error { return g.Write(w, format) }); err != nil {
			return err
		}
	}
	for _, e := range warnings {
		fmt.Fprintf(opts.Stderr, "factloom: warning: %v\n", e)
	}
	for _, e := range errs {
		fmt.Fprintf(opts.Stderr, "factloom: %v\n", e)
	}
	if opts.Load.Endpoint != "" {
		if err := loadArticles(ctx, &opts.Load, opts.Env, opts.Base, arts); err != nil {
			return err
		}
	}
	if len(errs) > 0 {
		return errPartial
	}
	return nil
}

// writeOutput writes to path, or to stdout when path is empty. A file is
// written beside its final name and renamed into place, so a failed run
// never leaves half a graph.
func writeOutput(path string, stdout io.Writer, write func(io.Writer) error) error {
	if path == "" || path == "-" {
		return write(stdout)
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if err := write(tmp); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

// linkWikidata sets the QIDs of the articles' entities with the index at
// path.
func linkWikidata(path string, arts []*extract.Article) error {
	x, err := wikidata.Open(path)
	if err != nil {
		return err
	}
	defer x.Close()
	l := &wikidata.Linker{Index: x}
	for _, a := range arts {
		if err := l.Link(a); err != nil {
			return fmt.Errorf("link %s: %w", a.Name, err)
		}
	}
	return nil
}

func defaultBase() string { return graph.DefaultBase() }
