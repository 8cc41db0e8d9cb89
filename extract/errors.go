package extract

import (
	"errors"
	"fmt"
	"io"
	"sort"
)

// Sentinel errors that an *Error wraps.
var (
	ErrEmpty     = errors.New("empty article")
	ErrNotUTF8   = errors.New("not valid UTF-8")
	ErrNoInfobox = errors.New("no infobox: expected lines of the form 'Key: | Value |' before the prose")
	ErrNoTitle   = errors.New("infobox names no conflict: no Conflict, Title or Name field")
	ErrBadField  = errors.New("malformed infobox field")
	ErrInternal  = errors.New("internal error, a bug in factloom (please report it with the article)")
)

// An Error is one problem in one input. Line is 1-based; 0 means the whole input.
type Error struct {
	File string
	Line int
	Err  error // a sentinel such as ErrNoInfobox, or a wrapped cause
}

func (e *Error) Error() string {
	if e.Line <= 0 {
		return fmt.Sprintf("%s: %v", e.File, e.Err)
	}
	return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err)
}

func (e *Error) Unwrap() error { return e.Err }

// ErrorList is a list of *Errors. The zero value is an empty list ready to use.
type ErrorList []*Error

// Add appends an error at the given position.
func (l *ErrorList) Add(file string, line int, err error) {
	*l = append(*l, &Error{File: file, Line: line, Err: err})
}

// Sort sorts the list by file, then line.
func (l ErrorList) Sort() {
	sort.SliceStable(l, func(i, j int) bool {
		if l[i].File != l[j].File {
			return l[i].File < l[j].File
		}
		return l[i].Line < l[j].Line
	})
}

func (l ErrorList) Error() string {
	switch len(l) {
	case 0:
		return "no errors"
	case 1:
		return l[0].Error()
	}
	return fmt.Sprintf("%s (and %d more errors)", l[0], len(l)-1)
}

// Err returns nil for an empty list, and the list otherwise.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}

// Unwrap gives errors.Is and errors.As access to every error of the list.
func (l ErrorList) Unwrap() []error {
	errs := make([]error, len(l))
	for i, e := range l {
		errs[i] = e
	}
	return errs
}

// PrintError prints err to w, one line per error when it is an ErrorList.
func PrintError(w io.Writer, err error) {
	var list ErrorList
	if errors.As(err, &list) {
		for _, e := range list {
			fmt.Fprintln(w, e)
		}
		return
	}
	if err != nil {
		fmt.Fprintln(w, err)
	}
}
