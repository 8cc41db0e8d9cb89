package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"time"

	"github.com/spf13/cobra"

	"github.com/factloom/factloom/extract"
	"github.com/factloom/factloom/extract/wikidata"
)

type wikidataIndexOptions struct {
	*Env
	Dump    string
	Output  string
	Langs   []string
	Types   string
	Jobs    int
	TempDir string
}

func newWikidataIndexCmd(env *Env, run func(context.Context, *wikidataIndexOptions) error) *cobra.Command {
	opts := &wikidataIndexOptions{Env: env, Langs: []string{"en"}, Jobs: runtime.GOMAXPROCS(0)}
	cmd := &cobra.Command{
		Use:   "index [flags] DUMP -o INDEX",
		Short: "Build a linking index from the Wikidata JSON dump",
		Long: `Index reads the Wikidata JSON dump (latest-all.json.gz, .json.bz2 or plain
.json; "-" reads standard input; the compression is told by the first bytes)
and writes the index that "factloom extract --wikidata" links with: each
item's labels and aliases (English unless --lang says more), its classes
(P31) and the entity types they imply, its English Wikipedia title, the
years it states, and its sitelink count as a popularity prior.

The dump is read once, streaming, on all cores; memory stays bounded
whatever its size, and sorted runs spill next to the index (or to --tmp).
On a terminal, progress is shown on standard error.

A malformed line is reported as "DUMP:LINE: reason" and skipped. A dump that
ends early (a truncated download) is indexed as far as it goes and the
index records that it is partial. Either way the exit code is 1.`,
		Example: `  # the sample dump shipped with the corpus
  factloom wikidata index ../shared/wikidata/sample-dump.json.gz -o sample.idx

  # only the kinds of things articles about conflicts name, English and French names
  factloom wikidata index --types Person,Organization,Country,Place,Event --lang en,fr \
      latest-all.json.gz -o wikidata.idx`,
		Args: cobra.ExactArgs(1),
	}
	cmd.Flags().StringVarP(&opts.Output, "output", "o", "", "write the index to this file (required)")
	cmd.Flags().StringSliceVar(&opts.Langs, "lang", opts.Langs, "languages of labels and aliases, preferred first")
	cmd.Flags().StringVar(&opts.Types, "types", "", "keep only items of these types (Person,Organization,Country,Place,Event,Equipment)")
	cmd.Flags().IntVarP(&opts.Jobs, "jobs", "j", opts.Jobs, "goroutines parsing the dump")
	cmd.Flags().StringVar(&opts.TempDir, "tmp", "", "folder for the sorted runs (default: the index's folder)")
	cmd.RunE = func(cmd *cobra.Command, args []string) error {
		opts.Dump = args[0]
		return run(cmd.Context(), opts)
	}
	return cmd
}

func runWikidataIndex(ctx context.Context, opts *wikidataIndexOptions) error {
	if opts.Output == "" {
		return usagef("index: -o INDEX is required")
	}
	types, err := wikidata.ParseTypes(opts.Types)
	if err != nil {
		return usageError{err}
	}
	bo := wikidata.Options{Langs: opts.Langs, Types: types, Jobs: opts.Jobs, TempDir: opts.TempDir}
	p := newIndexProgress(opts.Stderr, opts.Dump)
	if p != nil {
		bo.Progress = p.show
	}
	meta, err := wikidata.BuildFile(ctx, opts.Output, opts.Dump, opts.Stdin, bo)
	if p != nil {
		p.done()
	}
	var list extract.ErrorList
	if err != nil && !errors.As(err, &list) {
		return err
	}
	for _, e := range list {
		fmt.Fprintf(opts.Stderr, "factloom: %v\n", e)
	}
	if meta.Malformed > int64(len(list)) {
		fmt.Fprintf(opts.Stderr, "factloom: %d malformed lines in all\n", meta.Malformed)
	}
	fmt.Fprintf(opts.Stderr, "factloom: indexed %d items (%d names) from %d lines into %s%s\n",
		meta.Items, meta.Entries, meta.Lines, opts.Output, map[bool]string{true: " (partial)"}[meta.Partial])
	if len(list) > 0 {
		return errPartial
	}
	return nil
}

// indexProgress shows how far an index build is, on a terminal only.
type indexProgress struct {
	w     io.Writer
	size  int64 // bytes of the input, 0 when unknown
	start time.Time
	last  time.Time
}

func newIndexProgress(w io.Writer, path string) *indexProgress {
	f, ok := w.(*os.File)
	if !ok {
		return nil
	}
	if st, err := f.Stat(); err != nil || st.Mode()&os.ModeCharDevice == 0 {
		return nil
	}
	p := &indexProgress{w: w, start: time.Now()}
	if st, err := os.Stat(path); err == nil && st.Mode().IsRegular() {
		p.size = st.Size()
	}
	return p
}

func (p *indexProgress) show(pr wikidata.Progress) {
	now := time.Now()
	if now.Sub(p.last) < 500*time.Millisecond {
		return
	}
	p.last = now
	secs := now.Sub(p.start).Seconds()
	line := fmt.Sprintf("\r%8.1f MB read  %9.0f items/s", float64(pr.Read)/1e6, float64(pr.Items)/secs)
	if p.size > 0 && pr.Read > 0 {
		eta := time.Duration(secs * float64(p.size-pr.Read) / float64(pr.Read) * float64(time.Second))
		line += fmt.Sprintf("  %5.1f%%  ETA %s", 100*float64(pr.Read)/float64(p.size), eta.Round(time.Second))
	}
	fmt.Fprint(p.w, line+"   ")
}

func (p *indexProgress) done() { fmt.Fprintln(p.w) }
