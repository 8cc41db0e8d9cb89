package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/knakk/rdf"
	"github.com/spf13/cobra"

	"github.com/factloom/factloom/extract"
	"github.com/factloom/factloom/graph"
	"github.com/factloom/factloom/graph/sparql"
	"github.com/factloom/factloom/ontology"
)

// endpointOptions are the flags that say how to reach a SPARQL endpoint.
type endpointOptions struct {
	Endpoint     string
	GraphStore   string
	Protocol     string
	User         string
	PasswordEnv  string
	PasswordFile string
	Timeout      time.Duration
	Retries      int
	Chunk        int
	Jobs         int
}

// addEndpointFlags adds the endpoint flags to cmd; the endpoint's URL is
// the flag named urlFlag.
func addEndpointFlags(cmd *cobra.Command, o *endpointOptions, urlFlag, urlUsage string) {
	f := cmd.Flags()
	f.StringVar(&o.Endpoint, urlFlag, "", urlUsage)
	f.StringVar(&o.GraphStore, "graph-store", "", "Graph Store Protocol URL (default: derived from the endpoint, Virtuoso style)")
	f.StringVar(&o.Protocol, "protocol", "gsp", "how triples are sent: gsp (Graph Store Protocol) or update (INSERT DATA)")
	f.StringVar(&o.User, "user", "", "user for HTTP digest or basic auth")
	f.StringVar(&o.PasswordEnv, "password-env", "", "environment variable that holds the password")
	f.StringVar(&o.PasswordFile, "password-file", "", "file whose first line is the password")
	f.DurationVar(&o.Timeout, "timeout", sparql.DefaultTimeout, "time limit of one request")
	f.IntVar(&o.Retries, "retries", sparql.DefaultRetries, "retries of a request after a connection error, timeout or 5xx")
	f.IntVar(&o.Chunk, "chunk", 0, fmt.Sprintf("triples per request (default %d for gsp, %d for update)", sparql.DefaultChunkGSP, sparql.DefaultChunkUpdate))
	f.IntVar(&o.Jobs, "requests", sparql.DefaultJobs, "requests sent at once")
}

// client makes a sparql.Client from the options; env gives the password.
func (o *endpointOptions) client(getenv func(string) string) (*sparql.Client, error) {
	if o.Endpoint == "" {
		return nil, usagef("no endpoint given")
	}
	proto, err := sparql.ParseProtocol(o.Protocol)
	if err != nil {
		return nil, usageError{err}
	}
	c := &sparql.Client{
		Endpoint: o.Endpoint, GraphStore: o.GraphStore, Protocol: proto, User: o.User,
		Timeout: o.Timeout, Retries: o.Retries, Chunk: o.Chunk, Jobs: o.Jobs,
	}
	if o.Retries == 0 {
		c.Retries = -1
	}
	switch {
	case o.PasswordEnv != "" && o.PasswordFile != "":
		return nil, usagef("give --password-env or --password-file, not both")
	case o.PasswordEnv != "":
		c.Password = getenv(o.PasswordEnv)
		if c.Password == "" {
			return nil, usagef("environment variable %s is empty or not set", o.PasswordEnv)
		}
	case o.PasswordFile != "":
		b, err := os.ReadFile(o.PasswordFile)
		if err != nil {
			return nil, usageError{err}
		}
		c.Password, _, _ = strings.Cut(string(b), "\n")
		c.Password = strings.TrimSuffix(c.Password, "\r")
	}
	if (c.Password != "") && c.User == "" {
		return nil, usagef("a password needs --user")
	}
	return c, nil
}

type loadOptions struct {
	*Env
	Endpoint   endpointOptions
	Paths      []string
	Graph      string
	PerArticle bool
	Format     string
	Getenv     func(string) string
}

func newLoadCmd(env *Env, run func(context.Context, *loadOptions) error) *cobra.Command {
	opts := &loadOptions{Env: env, Format: "auto", Getenv: os.Getenv}
	cmd := &cobra.Command{
		Use:   "load --endpoint URL [--graph IRI | --graph-per-article] [flags] FILE|-...",
		Short: "Load graphs into a SPARQL endpoint, replacing what was there",
		Long: `Load sends Turtle or N-Triples files to a SPARQL 1.1 endpoint.

Each file goes into a named graph, which it replaces: loading the same file
twice leaves the triples of one load. By default (--graph-per-article) a file
holds the graph of one article, as "factloom extract" writes it, and goes to
the graph named by the article's IRI ({base}article/{id}); files of the same
article go together into its graph. With --graph, all the files go together
into that one graph.

A file is read whole and checked before anything is sent; a bad line is
reported as "file:line: reason" and its graph is left as it was. The triples
go to a staging graph first, which one SPARQL "COPY" then puts in place, so a
graph is either the old one or the new one, whatever fails midway.

--protocol gsp (the default) sends N-Triples with the SPARQL 1.1 Graph Store
HTTP Protocol; --protocol update sends SPARQL 1.1 Update INSERT DATA requests,
for stores without it. Both need the endpoint to accept SPARQL Update (for
COPY and DROP). The Graph Store URL is derived Virtuoso style (/sparql-auth
gives /sparql-graph-crud-auth) unless --graph-store gives it.

--user with --password-env or --password-file answers HTTP digest or basic
auth; the password is never taken on the command line. Requests that fail
with a connection error, a timeout or a 5xx answer are retried with growing
waits; a 4xx answer is reported with the server's message. A file that fails
does not stop the others; the exit code is then 1. On a terminal, a progress
line shows files, triples and triples per second.

A format is known by the extension (.nt, .ttl); "-" (standard input) and
other names are Turtle when a line starts with @prefix, @base, PREFIX or BASE,
else N-Triples. Turtle is turned into N-Triples locally first.`,
		Example: `  # a local Virtuoso (see README): one graph per article
  factloom extract -f nt -o elakla.nt testdata/articles/battle_of_elakla.txt
  VIRTUOSO_PW=secret factloom load --endpoint http://127.0.0.1:8890/sparql-auth \
      --user dba --password-env VIRTUOSO_PW elakla.nt

  # everything into one graph, from standard input
  factloom extract testdata/articles/ | factloom load --endpoint http://127.0.0.1:8890/sparql-auth \
      --user dba --password-file ~/.virtuoso-pw --graph https://example.org/kg -`,
		Args: cobra.MinimumNArgs(1),
	}
	addEndpointFlags(cmd, &opts.Endpoint, "endpoint", "SPARQL query/update endpoint URL (required)")
	cmd.Flags().StringVar(&opts.Graph, "graph", "", "load all files into this one named graph")
	cmd.Flags().BoolVar(&opts.PerArticle, "graph-per-article", false, "load each file into the graph of its article (the default)")
	cmd.Flags().StringVarP(&opts.Format, "format", "f", opts.Format, "input format: auto, turtle or ntriples")
	cmd.RunE = func(cmd *cobra.Command, args []string) error {
		opts.Paths = args
		return run(cmd.Context(), opts)
	}
	return cmd
}

// A loadInput is one input file turned into N-Triples that can be read twice.
type loadInput struct {
	name string
	r    io.ReadSeeker
}

func runLoad(ctx context.Context, opts *loadOptions) error {
	if opts.Graph != "" && opts.PerArticle {
		return usagef("give --graph or --graph-per-article, not both")
	}
	switch opts.Format {
	case "auto", "turtle", "ttl", "ntriples", "nt":
	default:
		return usagef("unknown format %q: want auto, turtle or ntriples", opts.Format)
	}
	c, err := opts.Endpoint.client(opts.Getenv)
	if err != nil {
		return err
	}
	tmp, err := os.MkdirTemp("", "factloom-load-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)

	var (
		inputs []loadInput
		failed []error
	)
	for _, p := range opts.Paths {
		in, err := openInput(p, opts.Format, opts.Stdin, tmp)
		if err != nil {
			failed = append(failed, err)
			continue
		}
		defer closeInput(in)
		inputs = append(inputs, in)
	}

	// Group the inputs by graph, in input order.
	var jobs []loadJob
	if opts.Graph != "" {
		if len(inputs) > 0 && len(failed) == 0 {
			j := loadJob{graph: opts.Graph}
			for _, in := range inputs {
				j.srcs = append(j.srcs, sparql.Source{Name: in.name, R: in.r})
			}
			jobs = append(jobs, j)
		} else if len(failed) > 0 {
			failed = append(failed, fmt.Errorf("graph <%s> not loaded: some of its files could not be read", opts.Graph))
		}
	} else {
		job := map[string]int{} // files of the same article load together
		for _, in := range inputs {
			g, err := articleGraph(in)
			if err != nil {
				failed = append(failed, err)
				continue
			}
			src := sparql.Source{Name: in.name, R: in.r}
			if i, ok := job[g]; ok {
				jobs[i].srcs = append(jobs[i].srcs, src)
				continue
			}
			job[g] = len(jobs)
			jobs = append(jobs, loadJob{g, []sparql.Source{src}})
		}
	}

	return loadJobs(ctx, c, opts.Stderr, jobs, failed)
}

// A loadJob is one graph to replace, and its sources.
type loadJob struct {
	graph string
	srcs  []sparql.Source
}

// loadJobs loads the graphs one after the other and prints every error
// after a progress line. It returns errPartial when anything failed, with
// the errors already in failed counted too.
func loadJobs(ctx context.Context, c *sparql.Client, stderr io.Writer, jobs []loadJob, failed []error) error {
	p := newProgress(stderr, len(jobs))
	c.Progress = p.update
	for _, j := range jobs {
		_, err := c.Load(ctx, j.graph, j.srcs...)
		p.fileDone()
		if err != nil {
			var list sparql.ErrorList
			if errors.As(err, &list) {
				for _, e := range list {
					failed = append(failed, fmt.Errorf("%v (graph <%s> left as it was)", e, j.graph))
				}
			} else {
				names := make([]string, len(j.srcs))
				for i, s := range j.srcs {
					names[i] = s.Name
				}
				failed = append(failed, fmt.Errorf("load %s into <%s>: %w", strings.Join(names, ", "), j.graph, err))
			}
		}
		if ctx.Err() != nil {
			break
		}
	}
	p.finish()
	for _, e := range failed {
		fmt.Fprintf(stderr, "factloom: %v\n", e)
	}
	if len(failed) > 0 {
		return errPartial
	}
	return nil
}

func closeInput(in loadInput) {
	if c, ok := in.r.(io.Closer); ok {
		c.Close()
	}
}

// openInput opens one input as N-Triples. N-Triples files are read in
// place; standard input is copied to a file in dir, and Turtle is turned
// into N-Triples in a file in dir.
func openInput(path, format string, stdin io.Reader, dir string) (loadInput, error) {
	var r io.ReadSeeker
	if path == "-" {
		f, err := os.CreateTemp(dir, "stdin-*")
		if err != nil {
			return loadInput{}, err
		}
		if _, err := io.Copy(f, stdin); err != nil {
			f.Close()
			return loadInput{}, fmt.Errorf("-: %w", err)
		}
		if _, err := f.Seek(0, io.SeekStart); err != nil {
			f.Close()
			return loadInput{}, err
		}
		r = f
	} else {
		f, err := os.Open(path)
		if err != nil {
			return loadInput{}, err
		}
		r = f
	}
	switch format {
	case "turtle", "ttl":
	case "ntriples", "nt":
		return loadInput{path, r}, nil
	default:
		switch strings.ToLower(filepath.Ext(path)) {
		case ".nt":
			return loadInput{path, r}, nil
		case ".ttl":
		default:
			turtle, err := looksLikeTurtle(r)
			if err != nil || !turtle {
				return loadInput{path, r}, err
			}
		}
	}
	defer r.(io.Closer).Close()
	out, err := os.CreateTemp(dir, "turtle-*.nt")
	if err != nil {
		return loadInput{}, err
	}
	if err := turtleToNTriples(path, r, out); err != nil {
		out.Close()
		return loadInput{}, err
	}
	return loadInput{path, out}, nil
}

var turtleLine = regexp.MustCompile(`(?im)^\s*(@prefix|@base|prefix\s|base\s)`)

// looksLikeTurtle reports whether one of the first 64 KiB of r's lines
// starts a Turtle directive, and rewinds r.
func looksLikeTurtle(r io.ReadSeeker) (bool, error) {
	head := make([]byte, 1<<16)
	n, err := io.ReadFull(r, head)
	if err != nil && err != io.EOF && err != io.ErrUnexpectedEOF {
		return false, err
	}
	if _, err := r.Seek(0, io.SeekStart); err != nil {
		return false, err
	}
	return turtleLine.Match(head[:n]), nil
}

var knakkPos = regexp.MustCompile(`^(\d+):(\d+):? ?`)

// turtleToNTriples decodes Turtle with knakk/rdf and writes N-Triples.
// A syntax error is reported as "name:line: bad Turtle: reason".
func turtleToNTriples(name string, r io.Reader, w io.Writer) error {
	dec := rdf.NewTripleDecoder(bufio.NewReader(r), rdf.Turtle)
	bw := bufio.NewWriter(w)
	enc := rdf.NewTripleEncoder(bw, rdf.NTriples)
	for {
		t, err := dec.Decode()
		if err == io.EOF {
			break
		}
		if err != nil {
			msg := err.Error()
			line := 0
			if m := knakkPos.FindStringSubmatch(msg); m != nil {
				fmt.Sscan(m[1], &line)
				msg = msg[len(m[0]):]
			}
			return &sparql.Error{File: name, Line: line, Err: fmt.Errorf("bad Turtle: %s", msg)}
		}
		if err := enc.Encode(t); err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
	}
	if err := enc.Close(); err != nil {
		return err
	}
	return bw.Flush()
}

// articleGraph finds the one article node of an input (the subject of
// "a fl:Article") and returns it as the input's graph.
func articleGraph(in loadInput) (string, error) {
	if _, err := in.r.Seek(0, io.SeekStart); err != nil {
		return "", err
	}
	const typ, article = "<" + ontology.Type + ">", "<" + ontology.NS + "Article>"
	r := sparql.NewReader(in.name, in.r)
	var found []string
	for {
		t, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return "", err
		}
		if t.Predicate == typ && t.Object == article && t.Subject[0] == '<' && !slices.Contains(found, t.Subject[1:len(t.Subject)-1]) {
			found = append(found, t.Subject[1:len(t.Subject)-1])
		}
	}
	switch len(found) {
	case 1:
		return found[0], nil
	case 0:
		return "", fmt.Errorf("%s: no article in the file (no \"a fl:Article\"): give --graph", in.name)
	}
	return "", fmt.Errorf("%s: %d articles in one file: give --graph, or load them with \"factloom extract --load\"", in.name, len(found))
}

// loadArticles loads each article's own graph into the graph named by its
// IRI: what "factloom extract --load" does.
func loadArticles(ctx context.Context, o *endpointOptions, env *Env, base string, arts []*extract.Article) error {
	c, err := o.client(os.Getenv)
	if err != nil {
		return err
	}
	var jobs []loadJob
	for _, a := range arts {
		g, err := graph.Build([]*extract.Article{a}, graph.Options{Base: base})
		if err != nil {
			return err
		}
		var buf bytes.Buffer
		if err := g.Write(&buf, graph.NTriples); err != nil {
			return err
		}
		src := sparql.Source{Name: a.Name, R: bytes.NewReader(buf.Bytes())}
		jobs = append(jobs, loadJob{graph.ArticleIRI(base, a.ID), []sparql.Source{src}})
	}
	return loadJobs(ctx, c, env.Stderr, jobs, nil)
}

// progress writes a one-line status to a terminal: files, triples and
// triples per second. It writes nothing when w is not a terminal.
type progress struct {
	w       io.Writer
	on      bool
	files   int
	done    int
	triples int64
	start   time.Time
	last    time.Time
	shown   bool
}

func newProgress(w io.Writer, files int) *progress {
	now := time.Now()
	return &progress{w: w, on: isTerminal(w), files: files, start: now}
}

func (p *progress) update(pr sparql.Progress) {
	p.triples = pr.Triples
	if now := time.Now(); now.Sub(p.last) >= 200*time.Millisecond {
		p.last = now
		p.show()
	}
}

func (p *progress) fileDone() { p.done++; p.show() }

func (p *progress) show() {
	if !p.on {
		return
	}
	secs := time.Since(p.start).Seconds()
	rate := 0.0
	if secs > 0 {
		rate = float64(p.triples) / secs
	}
	fmt.Fprintf(p.w, "\rloading: %d/%d files, %d triples, %.0f triples/s\x1b[K", p.done, p.files, p.triples, rate)
	p.shown = true
}

func (p *progress) finish() {
	if p.on && p.shown {
		p.show()
		fmt.Fprintln(p.w)
		p.shown = false
	}
}

// isTerminal reports whether w is a terminal (a character device).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
