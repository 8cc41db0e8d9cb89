package wikidata

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// An Index answers which items a name may refer to. It is safe for use by
// several goroutines at once.
type Index struct {
	t    *table
	Meta Meta
}

// Open opens an index written by Build.
func Open(path string) (*Index, error) {
	t, err := openTable(path)
	if err != nil {
		return nil, err
	}
	x := &Index{t: t}
	if err := json.Unmarshal(t.meta, &x.Meta); err != nil || x.Meta.Format != formatVersion {
		t.close()
		return nil, fmt.Errorf("%s: %w", path, ErrNotIndex)
	}
	return x, nil
}

// Close closes the index file.
func (x *Index) Close() error { return x.t.close() }

// A Candidate is an item that a name may refer to.
type Candidate struct {
	ID        uint64
	QID       string // "Q42"
	Label     string
	Title     string   // English Wikipedia title, "" when unknown
	Match     Match    // how the name reached the item
	Types     Types    // what its classes say it is; 0 when unknown
	P31       []string // its classes, as QIDs
	Related   []uint64 // items it is in or part of (P17, P361, P276, P131)
	Years     Years
	Sitelinks int
}

// Lookup returns the items that name may refer to, by NameKey, in item
// order.
func (x *Index) Lookup(name string) ([]Candidate, error) {
	k := NameKey(name)
	if k == "" {
		return nil, nil
	}
	prefix := append([]byte(k), 0)
	var out []Candidate
	var rec record
	err := x.t.scan(prefix, func(key, val []byte) error {
		if err := decodeRecord(key, val, &rec); err != nil {
			return err
		}
		c := Candidate{
			ID: rec.ID, QID: QID(rec.ID), Label: rec.Label, Title: rec.Title, Match: rec.Match,
			Types: rec.Types, Related: rec.Related, Years: rec.Years, Sitelinks: rec.Sitelinks,
		}
		for _, p := range rec.P31 {
			c.P31 = append(c.P31, QID(p))
		}
		out = append(out, c)
		return nil
	})
	return out, err
}

// SameTitle reports whether two English Wikipedia titles name the same
// page: underscores are spaces and the first letter's case does not count.
func SameTitle(a, b string) bool {
	a = strings.TrimSpace(strings.ReplaceAll(a, "_", " "))
	b = strings.TrimSpace(strings.ReplaceAll(b, "_", " "))
	if a == "" || b == "" {
		return false
	}
	ra, rb := []rune(a), []rune(b)
	return strings.EqualFold(string(ra[:1]), string(rb[:1])) && string(ra[1:]) == string(rb[1:])
}

// BuildFile reads the dump at dumpPath ("-" for stdin) and writes the index
// to indexPath. It opens the files and calls Build; the index is written
// beside its final name and renamed into place, also when Build reports
// input errors (the index is then partial or lacks the bad lines), so that
// a failed run never leaves half a file.
func BuildFile(ctx context.Context, indexPath, dumpPath string, stdin io.Reader, opts Options) (Meta, error) {
	var src io.Reader = stdin
	name := dumpPath
	if dumpPath != "-" {
		f, err := os.Open(dumpPath)
		if err != nil {
			return Meta{}, err
		}
		defer f.Close()
		src = f
	} else {
		name = "stdin"
	}
	if opts.TempDir == "" {
		opts.TempDir = filepath.Dir(indexPath)
	}
	tmp, err := os.CreateTemp(filepath.Dir(indexPath), "."+filepath.Base(indexPath)+".tmp*")
	if err != nil {
		return Meta{}, err
	}
	defer os.Remove(tmp.Name())
	meta, inputErr := Build(ctx, tmp, name, src, opts)
	if inputErr != nil && !isInputError(inputErr) {
		tmp.Close()
		return meta, inputErr
	}
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		return meta, err
	}
	if err := tmp.Close(); err != nil {
		return meta, err
	}
	if err := os.Rename(tmp.Name(), indexPath); err != nil {
		return meta, err
	}
	return meta, inputErr
}
