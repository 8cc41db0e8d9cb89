package dump

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"unicode/utf8"
)

// A checkpoint records how far a run got, so that Resume can go on from
// there. It is JSON in a file beside the output: OUTPUT.checkpoint, or
// DIR/.factloom-checkpoint with Split. It is written, by a rename, only
// after everything it counts has been written to the output, so the output
// up to Output bytes always holds exactly the pages up to Pages.
type checkpoint struct {
	Inputs  []inputID `json:"inputs"`
	Input   int       `json:"input"`  // index of the input being read
	Pages   int64     `json:"pages"`  // pages of that input that are done
	Output  int64     `json:"output"` // bytes of the output file written
	Errors  int64     `json:"errors"` // bytes of the errors file written
	Done    bool      `json:"done"`
	Summary Summary   `json:"summary"`
}

// An inputID names an input file and its size, so that a checkpoint is not
// used for another input.
type inputID struct {
	Path string `json:"path"`
	Size int64  `json:"size"`
}

func inputIDs(paths []string) ([]inputID, error) {
	ids := make([]inputID, len(paths))
	for i, p := range paths {
		ids[i].Path = p
		if p == "-" {
			continue
		}
		st, err := os.Stat(p)
		if err != nil {
			return nil, err
		}
		if st.IsDir() {
			return nil, fmt.Errorf("%s: is a directory, not a dump", p)
		}
		ids[i].Size = st.Size()
	}
	return ids, nil
}

// loadCheckpoint reads the checkpoint at path; it returns nil when there is
// none.
func loadCheckpoint(path string, ids []inputID) (*checkpoint, error) {
	b, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var ck checkpoint
	if err := json.Unmarshal(b, &ck); err != nil {
		return nil, fmt.Errorf("checkpoint %s: %w", path, err)
	}
	if !reflect.DeepEqual(ck.Inputs, ids) {
		return nil, fmt.Errorf("checkpoint %s is for other inputs (%v); remove it to start again", path, ck.Inputs)
	}
	if ck.Summary.Reasons == nil {
		ck.Summary.Reasons = map[string]int64{}
	}
	return &ck, nil
}

// writer writes results in input order and keeps the checkpoint.
type writer struct {
	opts   *Options
	ck     *checkpoint
	stats  *Stats
	ckPath string
	every  int64    // pages between checkpoints
	out    *os.File // the output file, or nil
	bw     *bufio.Writer
	nOut   int64 // bytes written to the output
	errs   *os.File
	ebw    *bufio.Writer
	nErrs  int64
}

func newWriter(opts *Options, ck *checkpoint, stats *Stats) (*writer, error) {
	w := &writer{opts: opts, ck: ck, stats: stats, ckPath: opts.checkpointPath(), every: opts.CheckpointEvery}
	if w.every < 1 {
		w.every = 5000
	}
	stats.Pages.Store(ck.Summary.Pages)
	stats.Conflicts.Store(ck.Summary.Conflicts)
	stats.Extracted.Store(ck.Summary.Extracted)
	stats.Failed.Store(ck.Summary.Failed)
	var err error
	switch {
	case opts.Split != "":
		err = os.MkdirAll(opts.Split, 0o755)
	case opts.Output != "":
		w.out, err = openAt(opts.Output, ck.Output)
		if err == nil {
			w.bw = bufio.NewWriterSize(w.out, 1<<20)
		}
	default:
		w.bw = bufio.NewWriterSize(opts.Out, 1<<16)
	}
	if err != nil {
		return nil, err
	}
	w.nOut = ck.Output
	if opts.Errors != "" {
		if w.errs, err = openAt(opts.Errors, ck.Errors); err != nil {
			if w.out != nil {
				w.out.Close()
			}
			return nil, err
		}
		w.ebw = bufio.NewWriter(w.errs)
		w.nErrs = ck.Errors
	}
	return w, nil
}

// openAt opens path for writing at offset, cutting off what follows: what
// a killed run wrote after its last checkpoint.
func openAt(path string, offset int64) (*os.File, error) {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, err
	}
	if st, err := f.Stat(); err == nil && st.Size() < offset {
		f.Close()
		return nil, fmt.Errorf("%s holds %d bytes, fewer than the %d of the checkpoint: it was changed; start again without resume", path, st.Size(), offset)
	}
	if err := f.Truncate(offset); err != nil {
		f.Close()
		return nil, err
	}
	if _, err := f.Seek(offset, io.SeekStart); err != nil {
		f.Close()
		return nil, err
	}
	return f, nil
}

// write writes one job's result, or takes a checkpoint at a mark.
func (w *writer) write(file string, j *job) error {
	if j.mark {
		return w.checkpoint(j.n)
	}
	r := <-j.res
	sum := &w.ck.Summary
	if !j.bad {
		sum.Conflicts++
	}
	if r.err != nil {
		if j.bad {
			sum.Malformed++
		} else {
			sum.Failed++
		}
		w.stats.Failed.Add(1)
		sum.Reasons[reason(r.err)]++
		pe := &PageError{File: file, ID: j.id, Title: j.title, Err: r.err}
		if w.opts.Report != nil {
			w.opts.Report(pe)
		}
		return w.logError(pe.Error())
	}
	sum.Extracted++
	w.stats.Extracted.Add(1)
	if r.warnings != nil {
		var list interface{ Unwrap() []error }
		errs := []error{r.warnings}
		if errors.As(r.warnings, &list) {
			errs = list.Unwrap()
		}
		for _, e := range errs {
			sum.Warnings++
			if err := w.logError(fmt.Sprintf("%s: page %d: %v", file, j.id, e)); err != nil {
				return err
			}
		}
	}
	if w.opts.Split != "" {
		return writeFile(filepath.Join(w.opts.Split, splitName(j.id, r.name, w.opts.SplitExt)), r.data)
	}
	n, err := w.bw.Write(r.data)
	w.nOut += int64(n)
	return err
}

func (w *writer) logError(line string) error {
	if w.ebw == nil {
		return nil
	}
	n, err := fmt.Fprintln(w.ebw, line)
	w.nErrs += int64(n)
	return err
}

// splitName is the file of one article: its page id, then its ID cut to
// 100 bytes.
func splitName(id int64, name, ext string) string {
	if len(name) > 100 {
		name = name[:100]
		for !utf8.ValidString(name) {
			name = name[:len(name)-1]
		}
	}
	if name == "" {
		return fmt.Sprintf("%d.%s", id, ext)
	}
	return fmt.Sprintf("%d-%s.%s", id, name, ext)
}

// writeFile writes data beside path and renames it into place.
func writeFile(path string, data []byte) error {
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, data, 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}

// checkpoint flushes the output and records that the pages of the current
// input up to n are done.
func (w *writer) checkpoint(n int64) error {
	if err := w.flush(); err != nil {
		return err
	}
	w.ck.Summary.Pages += n - w.ck.Pages
	w.ck.Pages = n
	w.ck.Output, w.ck.Errors = w.nOut, w.nErrs
	if w.ckPath == "" {
		return nil
	}
	b, err := json.MarshalIndent(w.ck, "", "  ")
	if err != nil {
		return err
	}
	return writeFile(w.ckPath, append(b, '\n'))
}

func (w *writer) flush() error {
	if w.bw != nil {
		if err := w.bw.Flush(); err != nil {
			return err
		}
	}
	if w.ebw != nil {
		return w.ebw.Flush()
	}
	return nil
}

// close writes the last checkpoint and closes the files.
func (w *writer) close() error {
	err := w.checkpoint(w.ck.Pages)
	for _, f := range []*os.File{w.out, w.errs} {
		if f == nil {
			continue
		}
		if serr := f.Sync(); err == nil {
			err = serr
		}
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}
	return err
}
