package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"time"

	"github.com/factloom/factloom/extract"
	"github.com/factloom/factloom/extract/dump"
	"github.com/factloom/factloom/extract/wikidata"
	"github.com/factloom/factloom/graph"
)

// dumpOptions are the extract command's flags that only dumps use.
type dumpOptions struct {
	Index   string
	Split   string
	Errors  string
	Resume  bool
	Decoder string
}

func (d dumpOptions) set() bool {
	return d.Index != "" || d.Split != "" || d.Errors != "" || d.Resume || d.Decoder != "auto"
}

// maxReported is how many failed pages are printed on standard error when
// --errors gives a file for all of them.
const maxReported = 20

// isDumpInput tells whether paths are dumps (every one) or articles (none),
// from their first bytes. Standard input is peeked through a buffer that
// takes its place.
func isDumpInput(opts *extractOptions) (bool, error) {
	dumps, unreadable := 0, 0 // an unreadable path is reported by either reader
	for _, p := range opts.Paths {
		var head []byte
		if p == "-" {
			br := bufio.NewReaderSize(opts.Stdin, 1<<16)
			head, _ = br.Peek(64)
			opts.Stdin = br
		} else if f, err := os.Open(p); err == nil {
			head = make([]byte, 64)
			n, _ := io.ReadFull(f, head)
			head = head[:n]
			f.Close()
		} else {
			unreadable++
		}
		if dump.IsDump(head) {
			dumps++
		}
	}
	if dumps > 0 && dumps+unreadable < len(opts.Paths) {
		return false, usagef("give either MediaWiki dumps or articles, not both")
	}
	return dumps > 0, nil
}

// runDump extracts the conflict articles of MediaWiki dumps.
func runDump(ctx context.Context, opts *extractOptions, format graph.Format) error {
	dec, err := dump.ParseDecoder(opts.Dump.Decoder)
	if err != nil {
		return usageError{err}
	}
	if opts.Output == "-" {
		opts.Output = ""
	}
	ext := "nt"
	if format == graph.Turtle {
		ext = "ttl"
	}
	var linker *wikidata.Linker
	if opts.Wikidata != "" {
		x, err := wikidata.Open(opts.Wikidata)
		if err != nil {
			return err
		}
		defer x.Close()
		linker = &wikidata.Linker{Index: x} // reads the index with ReadAt: safe on every worker
	}
	if opts.Load.Endpoint != "" {
		return usagef("--load takes articles; load a dump's output with factloom load")
	}
	reported := 0
	stats := new(dump.Stats)
	o := dump.Options{
		Inputs: opts.Paths, Stdin: opts.Stdin, Index: opts.Dump.Index, Decoder: dec, Jobs: opts.Jobs,
		Out: opts.Stdout, Output: opts.Output, Split: opts.Dump.Split, SplitExt: ext,
		Errors: opts.Dump.Errors, Resume: opts.Dump.Resume, Stats: stats,
		Render: func(a *extract.Article) ([]byte, error) {
			if linker != nil {
				if err := linker.Link(a); err != nil {
					return nil, fmt.Errorf("link %s: %w", a.Name, err)
				}
			}
			g, err := graph.Build([]*extract.Article{a}, graph.Options{Base: opts.Base})
			if err != nil {
				return nil, err
			}
			var buf bytes.Buffer
			err = g.Write(&buf, format)
			return buf.Bytes(), err
		},
		Report: func(e *dump.PageError) {
			if reported++; opts.Dump.Errors == "" || reported <= maxReported {
				fmt.Fprintf(opts.Stderr, "factloom: %v\n", e)
			}
		},
	}
	stop := startProgress(opts.Stderr, stats)
	sum, err := dump.Run(ctx, o)
	stop()
	if sum != nil {
		printSummary(opts.Stderr, sum, opts.Dump.Errors)
	}
	if errors.Is(err, context.Canceled) {
		if opts.Output != "" || opts.Dump.Split != "" {
			return errors.New("interrupted: run the same command with --resume to go on from here")
		}
		return errors.New("interrupted")
	}
	if err != nil {
		return err
	}
	if sum.Failed > 0 || sum.Malformed > 0 {
		return errPartial
	}
	return nil
}

func printSummary(w io.Writer, s *dump.Summary, errorsFile string) {
	fmt.Fprintf(w, "factloom: %d pages read, %d conflict pages: %d extracted, %d failed", s.Pages, s.Conflicts, s.Extracted, s.Failed)
	if s.Malformed > 0 {
		fmt.Fprintf(w, "; %d malformed pages skipped", s.Malformed)
	}
	if len(s.Reasons) > 0 {
		reasons := make([]string, 0, len(s.Reasons))
		for r := range s.Reasons {
			reasons = append(reasons, r)
		}
		sort.Slice(reasons, func(i, j int) bool {
			if s.Reasons[reasons[i]] != s.Reasons[reasons[j]] {
				return s.Reasons[reasons[i]] > s.Reasons[reasons[j]]
			}
			return reasons[i] < reasons[j]
		})
		parts := make([]string, len(reasons))
		for i, r := range reasons {
			parts[i] = fmt.Sprintf("%d × %s", s.Reasons[r], r)
		}
		fmt.Fprintf(w, " (%s)", strings.Join(parts, "; "))
	}
	fmt.Fprintln(w)
	if errorsFile != "" && (s.Failed > 0 || s.Malformed > 0 || s.Warnings > 0) {
		fmt.Fprintf(w, "factloom: every failed page and %d warnings are in %s\n", s.Warnings, errorsFile)
	}
}

// startProgress draws a progress bar on w while a dump is read, when w is
// a terminal. The returned func stops it and clears the line.
func startProgress(w io.Writer, st *dump.Stats) func() {
	f, ok := w.(*os.File)
	if !ok {
		return func() {}
	}
	if fi, err := f.Stat(); err != nil || fi.Mode()&os.ModeCharDevice == 0 {
		return func() {}
	}
	done := make(chan struct{})
	stopped := make(chan struct{})
	start := time.Now()
	go func() {
		defer close(stopped)
		tick := time.NewTicker(500 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-done:
				fmt.Fprint(w, "\r\033[K")
				return
			case <-tick.C:
				fmt.Fprint(w, "\r\033[K"+progressLine(st, time.Since(start)))
			}
		}
	}()
	return func() { close(done); <-stopped }
}

// progressLine is one line of progress: a bar, pages, conflict pages,
// speed and the time left, estimated from the bytes read of the input.
func progressLine(st *dump.Stats, elapsed time.Duration) string {
	read, size := st.Read.Load(), st.Size.Load()
	mbs := float64(read) / 1e6 / max(elapsed.Seconds(), 1e-3)
	line := fmt.Sprintf("%d pages, %d conflict pages (%d failed), %.1f MB/s", st.Pages.Load(), st.Conflicts.Load(), st.Failed.Load(), mbs)
	if size <= 0 || read <= 0 {
		return line
	}
	frac := min(float64(read)/float64(size), 1)
	const width = 20
	bar := strings.Repeat("#", int(frac*width)) + strings.Repeat(".", width-int(frac*width))
	eta := time.Duration(float64(elapsed) * (1 - frac) / frac).Round(time.Second)
	return fmt.Sprintf("[%s] %3.0f%% %s, ETA %s", bar, frac*100, line, eta)
}
