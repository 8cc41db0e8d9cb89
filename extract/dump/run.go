package dump

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync/atomic"

	"golang.org/x/sync/errgroup"

	"github.com/factloom/factloom/extract"
	"github.com/factloom/factloom/extract/wikitext"
)

// Options control Run. Out, Output or Split says where the graph goes.
type Options struct {
	Inputs  []string  // dump files, plain XML or bzip2; "-" reads Stdin
	Stdin   io.Reader // read for "-"
	Index   string    // multistream index of the one input, or ""
	Decoder Decoder
	Jobs    int // pages converted at once, and lbzip2's threads; < 1 means runtime.GOMAXPROCS(0)

	// Render turns one article into its bytes of output (its graph). It is
	// called from several goroutines at once.
	Render func(*extract.Article) ([]byte, error)

	Out      io.Writer // the output, when Output and Split are ""
	Output   string    // write the output to this file, and keep a checkpoint beside it
	Split    string    // write one file per article to this directory instead
	SplitExt string    // file extension of those files, e.g. "nt"
	Errors   string    // write every failed page and every warning to this file
	Resume   bool      // go on from the checkpoint of an interrupted run

	// CheckpointEvery is how many pages go by between two checkpoints;
	// 5000 when < 1.
	CheckpointEvery int64

	Stats  *Stats           // counters updated while running; may be nil
	Report func(*PageError) // called for each failed page, in input order; may be nil
}

// Stats are counters that Run updates as it goes, for a progress display.
// They are safe to read from another goroutine.
type Stats struct {
	Size      atomic.Int64 // bytes of the input files; 0 when unknown
	Read      atomic.Int64 // bytes of the input files read so far (compressed bytes for bzip2)
	Pages     atomic.Int64 // pages read
	Conflicts atomic.Int64 // conflict pages found
	Extracted atomic.Int64
	Failed    atomic.Int64
}

// A Summary counts what a run did. With Resume it covers the earlier runs
// too.
type Summary struct {
	Pages     int64            `json:"pages"`     // pages read
	Conflicts int64            `json:"conflicts"` // pages with the conflict infobox
	Extracted int64            `json:"extracted"` // articles written
	Failed    int64            `json:"failed"`    // conflict pages skipped for an error
	Malformed int64            `json:"malformed"` // pages skipped because their XML could not be read
	Reasons   map[string]int64 `json:"reasons"`   // failures by reason
	Warnings  int64            `json:"warnings"`  // problems in articles that were written
}

// A PageError is a page that could not be extracted.
type PageError struct {
	File  string // the dump
	ID    int64  // page id
	Title string
	Err   error
}

func (e *PageError) Error() string {
	if e.ID == 0 && e.Title == "" {
		return fmt.Sprintf("%s: %v", e.File, e.Err) // a malformed page; Err says which
	}
	return fmt.Sprintf("%s: page %d %q: %v", e.File, e.ID, e.Title, e.Err)
}

func (e *PageError) Unwrap() error { return e.Err }

// Run extracts every conflict article of the dumps and writes their output
// in input order. A page that fails is reported and skipped. Run returns
// the summary and the first error that stopped it: a corrupt or truncated
// input, a write error, or ctx's; whatever was written before stays valid,
// and a checkpoint lets Resume go on from there.
func Run(ctx context.Context, opts Options) (*Summary, error) {
	if err := opts.check(); err != nil {
		return nil, err
	}
	jobs := opts.Jobs
	if jobs < 1 {
		jobs = runtime.GOMAXPROCS(0)
	}
	dec, err := opts.Decoder.resolve()
	if err != nil {
		return nil, err
	}
	stats := opts.Stats
	if stats == nil {
		stats = new(Stats)
	}
	ids, err := inputIDs(opts.Inputs)
	if err != nil {
		return nil, err
	}
	for _, id := range ids {
		stats.Size.Add(id.Size)
	}
	var streams []Stream
	if opts.Index != "" {
		if streams, err = readIndexFile(opts.Index); err != nil {
			return nil, err
		}
	}
	ck := &checkpoint{Inputs: ids, Summary: Summary{Reasons: map[string]int64{}}}
	if opts.Resume {
		old, err := loadCheckpoint(opts.checkpointPath(), ids)
		if err != nil {
			return nil, err
		}
		if old != nil {
			ck = old
		}
		if ck.Done {
			return &ck.Summary, nil
		}
	}
	w, err := newWriter(&opts, ck, stats)
	if err != nil {
		return nil, err
	}
	// A checkpoint of this run replaces any older one at once, so that a
	// finished run's checkpoint never vouches for an output cut back since.
	if err := w.checkpoint(ck.Pages); err != nil {
		w.close()
		return nil, err
	}
	for ; ck.Input < len(opts.Inputs); ck.Input, ck.Pages = ck.Input+1, 0 {
		if err = w.input(ctx, opts.Inputs[ck.Input], streams, dec, jobs); err != nil {
			break
		}
	}
	if err == nil {
		ck.Done = true
	}
	if cerr := w.close(); err == nil {
		err = cerr
	}
	return &ck.Summary, err
}

func (o *Options) check() error {
	switch {
	case len(o.Inputs) == 0:
		return errors.New("no input")
	case o.Render == nil:
		return errors.New("no Render function")
	case o.Output != "" && o.Split != "":
		return errors.New("give an output file or a split directory, not both")
	case o.Resume && o.Output == "" && o.Split == "":
		return errors.New("resume needs an output file or a split directory: the checkpoint is kept beside it")
	case o.Index != "" && len(o.Inputs) != 1:
		return errors.New("an index belongs to one dump: give one input with it")
	}
	for _, in := range o.Inputs {
		if in == "-" && (o.Resume || o.Index != "") {
			return errors.New("standard input cannot be resumed or read with an index")
		}
	}
	return nil
}

func (o *Options) checkpointPath() string {
	if o.Split != "" {
		return filepath.Join(o.Split, ".factloom-checkpoint")
	}
	if o.Output != "" {
		return o.Output + ".checkpoint"
	}
	return ""
}

func readIndexFile(path string) ([]Stream, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("index: %w", err)
	}
	defer f.Close()
	return ReadIndex(path, f)
}

// A job is one conflict page on its way through the workers, or a mark
// that all pages up to n were handed on.
type job struct {
	n     int64 // page ordinal
	mark  bool
	bad   bool // a malformed page, failed before it could be read
	id    int64
	title string
	text  []byte
	res   chan result
}

type result struct {
	data     []byte
	name     string // the article's ID, for split file names
	err      error  // the page failed
	warnings error  // problems in an article that was written
}

// input runs one dump through the reader, the workers and the writer.
func (w *writer) input(ctx context.Context, name string, streams []Stream, dec Decoder, jobs int) error {
	src, err := w.open(ctx, name, streams, dec, jobs)
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	defer src.close()
	g, gctx := errgroup.WithContext(context.WithoutCancel(ctx))
	work := make(chan *job, jobs)
	order := make(chan *job, 4*jobs)
	var readErr error
	g.Go(func() error {
		defer close(order)
		defer close(work)
		readErr = w.read(ctx, gctx, src, work, order)
		return nil
	})
	for range jobs {
		g.Go(func() error {
			for j := range work {
				j.res <- w.process(j)
			}
			return nil
		})
	}
	g.Go(func() error {
		for j := range order {
			if err := w.write(name, j); err != nil {
				return err
			}
		}
		return nil
	})
	werr := g.Wait()
	if werr != nil {
		return werr
	}
	if readErr != nil {
		return fmt.Errorf("%s: %w", name, readErr)
	}
	return src.close()
}

// read hands the conflict pages of src to the workers, and every page in
// order to the writer. It stops at the first error, or when ctx is done;
// stop is done when the writer failed.
func (w *writer) read(ctx, stop context.Context, src *source, work, order chan<- *job) error {
	send := func(c chan<- *job, j *job) bool {
		select {
		case c <- j:
			return true
		case <-stop.Done():
			return false
		}
	}
	last := src.skip
	defer func() { send(order, &job{n: last, mark: true}) }()
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		p, err := src.pages.Next()
		if err == io.EOF {
			return nil
		}
		if errors.Is(err, ErrBadPage) {
			// A malformed <page> costs that page: it goes to the writer
			// as a failure, in its place.
			j := &job{n: src.pages.n, bad: true, res: make(chan result, 1)}
			j.res <- result{err: err}
			if !send(order, j) {
				return nil
			}
			last = j.n
			continue
		}
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err() // the decoder was stopped with the run
			}
			return err
		}
		if src.wantID != 0 {
			if p.ID != src.wantID {
				return fmt.Errorf("the index does not match the dump: page %d has id %d, the index says %d", p.N, p.ID, src.wantID)
			}
			src.wantID = 0
		}
		if p.N <= src.skip {
			continue
		}
		w.stats.Pages.Add(1)
		if p.NS == 0 && !p.Redirect && wikitext.IsConflict(p.Text) {
			w.stats.Conflicts.Add(1)
			text := Unescape(make([]byte, 0, len(p.Text)), p.Text)
			j := &job{n: p.N, id: p.ID, title: p.Title, text: text, res: make(chan result, 1)}
			if !send(work, j) || !send(order, j) {
				return nil
			}
		}
		last = p.N
		if p.N%w.every == 0 && !send(order, &job{n: p.N, mark: true}) {
			return nil
		}
	}
}

// process turns one page into its output. A panic costs the page, not the
// run.
func (w *writer) process(j *job) (res result) {
	defer func() {
		if e := recover(); e != nil {
			res = result{err: fmt.Errorf("%w: %v", extract.ErrInternal, e)}
		}
	}()
	conv, err := wikitext.Convert(j.title, j.text)
	if err != nil {
		return result{err: err}
	}
	a, perr := extract.Parse(j.title, conv.Text)
	if a == nil {
		if perr == nil {
			perr = errors.New("no article")
		}
		return result{err: perr}
	}
	linkTitles(a, conv.Links, j.title)
	data, err := w.opts.Render(a)
	if err != nil {
		return result{err: err}
	}
	return result{data: data, name: a.ID, warnings: perr}
}

// linkTitles gives the entities that links name their Wikipedia title: by
// label, then by alias. The article's subject is the page itself.
func linkTitles(a *extract.Article, links map[string]string, page string) {
	for _, e := range a.Entities {
		if e.WikiTitle != "" {
			continue
		}
		if t, ok := links[e.Key]; ok {
			e.WikiTitle = t
			continue
		}
		for _, al := range e.Aliases {
			if t, ok := links[extract.Key(al)]; ok {
				e.WikiTitle = t
				break
			}
		}
	}
	if e := a.Entity(a.Subject); e != nil {
		e.WikiTitle = page
	}
}

// reason is the cause of a failure without its position, for counting.
func reason(err error) string {
	for {
		var list extract.ErrorList
		if errors.As(err, &list) && len(list) > 0 {
			err = list[0]
			continue
		}
		u := errors.Unwrap(err)
		if u == nil {
			msg := err.Error()
			if i := strings.Index(msg, ": "); i > 0 && errors.Is(err, wikitext.ErrBrokenMarkup) {
				msg = msg[:i]
			}
			return msg
		}
		err = u
	}
}

// source is an open dump.
type source struct {
	pages  *Reader
	rc     io.ReadCloser
	skip   int64 // pages already done by an earlier run
	wantID int64 // id the first page must have, when started from the index
	closed bool
	err    error
}

func (s *source) close() error {
	if !s.closed {
		s.closed = true
		s.err = s.rc.Close()
	}
	return s.err
}

// open opens a dump at the first page not yet done.
func (w *writer) open(ctx context.Context, name string, streams []Stream, dec Decoder, jobs int) (*source, error) {
	skip := w.ck.Pages
	if name == "-" {
		br := bufio.NewReaderSize(w.opts.Stdin, 1<<16)
		head, _ := br.Peek(4)
		rc, err := decompress(ctx, countReader{r: br, n: &w.stats.Read}, isBzip2(head), dec, jobs)
		if err != nil {
			return nil, err
		}
		rc = &fileReader{ReadCloser: rc}
		return &source{pages: NewReader(rc), rc: rc}, nil
	}
	start, first := int64(0), int64(1)
	var wantID int64
	var offs []int64
	if len(streams) > 0 {
		i := sort.Search(len(streams), func(i int) bool { return streams[i].FirstPage > skip+1 }) - 1
		if i >= 0 && skip > 0 {
			start, first, wantID = streams[i].Offset, streams[i].FirstPage, streams[i].FirstID
		}
		if start == 0 {
			offs = append(offs, 0)
		}
		for _, s := range streams[max(i, 0):] {
			if s.Offset > start || (s.Offset == start && start != 0) {
				offs = append(offs, s.Offset)
			}
		}
	}
	rc, err := openFile(ctx, name, start, offs, dec, jobs, &w.stats.Read)
	if err != nil {
		return nil, err
	}
	r := NewReader(rc)
	r.SetOrdinal(first - 1)
	return &source{pages: r, rc: rc, skip: skip, wantID: wantID}, nil
}
