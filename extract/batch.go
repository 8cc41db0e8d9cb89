package extract

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"golang.org/x/sync/errgroup"
)

// An Input is one article to read: a file, or "-" for Stdin.
type Input struct {
	Name string    // the path, or "-"
	R    io.Reader // read instead of opening Name when not nil
}

// Inputs expands paths into the articles to read: a directory gives its
// *.txt files (sorted, not recursing), "-" stays standard input, and any
// other path is a file. A path that does not exist is reported and skipped.
func Inputs(paths []string, stdin io.Reader) ([]Input, ErrorList) {
	var ins []Input
	var errs ErrorList
	for _, p := range paths {
		if p == "-" {
			ins = append(ins, Input{Name: "-", R: stdin})
			continue
		}
		st, err := os.Stat(p)
		if err != nil {
			errs.Add(p, 0, unwrapPathError(err))
			continue
		}
		if !st.IsDir() {
			ins = append(ins, Input{Name: p})
			continue
		}
		entries, err := os.ReadDir(p)
		if err != nil {
			errs.Add(p, 0, unwrapPathError(err))
			continue
		}
		var names []string
		for _, e := range entries {
			if !e.IsDir() && strings.HasSuffix(e.Name(), ".txt") {
				names = append(names, filepath.Join(p, e.Name()))
			}
		}
		sort.Strings(names)
		if len(names) == 0 {
			errs.Add(p, 0, errors.New("directory holds no *.txt articles"))
		}
		for _, n := range names {
			ins = append(ins, Input{Name: n})
		}
	}
	return ins, errs
}

func unwrapPathError(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// ReadInputs reads every input, jobs at a time (all at once when jobs < 1),
// and returns the articles in input order, leaving out those that could not
// be read at all. failed lists why those could not be read; warnings lists
// the fields of the other articles that could not be read (the rest of each
// such article is kept). Both are in input order.
func ReadInputs(ctx context.Context, ins []Input, jobs int) (arts []*Article, failed, warnings ErrorList) {
	read := make([]*Article, len(ins))
	errs := make([]ErrorList, len(ins))
	g, ctx := errgroup.WithContext(ctx)
	if jobs > 0 {
		g.SetLimit(jobs)
	}
	for i, in := range ins {
		g.Go(func() error {
			if err := ctx.Err(); err != nil {
				return err
			}
			a, err := readInput(in)
			read[i] = a
			errs[i] = asList(in.Name, err)
			return nil
		})
	}
	err := g.Wait()
	for i := range ins {
		if read[i] != nil {
			arts = append(arts, read[i])
			warnings = append(warnings, errs[i]...)
		} else {
			failed = append(failed, errs[i]...)
		}
	}
	if err != nil {
		failed.Add("", 0, err)
	}
	return arts, failed, warnings
}

// readInput reads one input. A bug met on it costs that input, not the
// run: its panic becomes the input's ErrInternal.
func readInput(in Input) (a *Article, err error) {
	defer func() {
		if e := recover(); e != nil {
			a, err = nil, &Error{File: in.Name, Err: fmt.Errorf("%w: %v", ErrInternal, e)}
		}
	}()
	if in.R == nil {
		return File(in.Name)
	}
	var buf bytes.Buffer
	if _, err := io.Copy(&buf, in.R); err != nil {
		return nil, &Error{File: in.Name, Err: err}
	}
	return Parse(in.Name, buf.Bytes())
}

// asList turns any error into an ErrorList.
func asList(name string, err error) ErrorList {
	if err == nil {
		return nil
	}
	var list ErrorList
	if errors.As(err, &list) {
		return list
	}
	var e *Error
	if errors.As(err, &e) {
		return ErrorList{e}
	}
	return ErrorList{{File: name, Err: fmt.Errorf("%w", err)}}
}
