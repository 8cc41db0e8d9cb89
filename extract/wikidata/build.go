package wikidata

import (
	"bufio"
	"bytes"
	"cmp"
	"compress/bzip2"
	"container/heap"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/klauspost/compress/gzip"
	"golang.org/x/sync/errgroup"

	"github.com/factloom/factloom/extract"
)

// Sentinel errors that the *extract.Error values of Build wrap.
var (
	ErrMalformed = errors.New("malformed entity line, skipped")
	ErrTruncated = errors.New("dump ends early: truncated file? the index is partial")
)

// maxReported bounds the malformed lines Build reports one by one; the
// rest are only counted in Meta.Malformed.
const maxReported = 100

// Options control Build. The zero value indexes English names of every
// item, on all cores.
type Options struct {
	Langs    []string       // languages of labels and aliases, preferred first; nil means English
	Types    Types          // keep only items of these types (others, and items of unknown type, are left out); 0 keeps all
	Jobs     int            // goroutines that parse the dump; 0 means GOMAXPROCS
	TempDir  string         // where sorted runs spill while building; "" means os.TempDir
	RunSize  int            // bytes of entries a worker holds before it spills a run; 0 means 32 MiB
	Progress func(Progress) // called after each chunk of the dump is read, from one goroutine

	fanIn int // runs merged at once; 0 means maxFanIn (tests set it lower)
}

// Progress is how far Build has read.
type Progress struct {
	Read  int64 // bytes read from the input as stored (compressed when it is)
	Lines int64 // lines of the dump handed to the parsers
	Items int64 // items parsed
}

// Meta describes an index. It is stored in the index, as JSON.
type Meta struct {
	Format    int      `json:"format"`
	Source    string   `json:"source"`
	Langs     []string `json:"langs"`
	Types     string   `json:"types"` // the --types filter, "" when none
	Lines     int64    `json:"lines"`
	Items     int64    `json:"items"`   // items read
	Entries   int64    `json:"entries"` // (name, item) entries written
	Malformed int64    `json:"malformed"`
	Partial   bool     `json:"partial"`          // the dump was cut short
	Reason    string   `json:"reason,omitempty"` // why it is partial
}

const formatVersion = 1

// Build reads a Wikidata JSON dump from src and writes an index of it to
// dst. The dump may be plain, gzip- or bzip2-compressed (told by its first
// bytes); it is one JSON array with one entity per line, as Wikimedia
// publishes it, and lines that hold only "[" or "]" are skipped, so JSON
// Lines works too. The name is used in errors.
//
// Build streams: memory holds a few chunks of the dump, the runs being
// sorted (Options.RunSize per worker) and the subclass of (P279) edges of
// the dump's classes, never the dump. Sorted runs spill to
// Options.TempDir and are merged into dst at the end.
//
// A malformed line is skipped and reported as an *extract.Error wrapping
// ErrMalformed, with its 1-based line number. A dump that ends early (a
// truncated download) is indexed as far as it goes: the index's Meta says
// Partial, and the error list ends with an *extract.Error wrapping
// ErrTruncated. Input errors come back as an extract.ErrorList, sorted by
// line, next to an index that is still written; any other error means that
// dst holds no usable index.
func Build(ctx context.Context, dst io.Writer, name string, src io.Reader, opts Options) (Meta, error) {
	if len(opts.Langs) == 0 {
		opts.Langs = []string{"en"}
	}
	if opts.Jobs <= 0 {
		opts.Jobs = runtime.GOMAXPROCS(0)
	}
	if opts.RunSize <= 0 {
		opts.RunSize = 32 << 20
	}
	if opts.fanIn < 2 {
		opts.fanIn = maxFanIn
	}
	b := &builder{name: name, opts: opts}
	defer b.removeRuns()
	meta := Meta{Format: formatVersion, Source: name, Langs: opts.Langs}
	if opts.Types != 0 {
		meta.Types = opts.Types.String()
	}
	readErr, err := b.read(ctx, src)
	if err != nil {
		return meta, err
	}
	meta.Lines = b.lines
	meta.Items = b.items.Load()
	meta.Malformed = b.malformed.Load()
	if readErr != nil {
		meta.Partial = true
		meta.Reason = readErr.Error()
	}
	n, err := b.merge(dst, meta)
	if err != nil {
		return meta, err
	}
	meta.Entries = n
	errs := b.errs
	if readErr != nil {
		errs = append(errs, readErr)
	}
	errs.Sort()
	return meta, errs.Err()
}

// builder holds the state of one Build.
type builder struct {
	name string
	opts Options

	lines     int64 // set by the reader
	items     atomic.Int64
	malformed atomic.Int64

	mu    sync.Mutex
	runs  []string // spilled run files
	edges []uint64 // P279 edges, child<<32 | parent
	errs  extract.ErrorList
}

// A chunk is a run of whole lines of the dump.
type chunk struct {
	data  []byte
	line  int64 // 1-based line number of the first line
	owner *[]byte
}

const chunkSize = 4 << 20

// read runs the reader and the parsers. readErr is an input error that
// ends the dump early (the index is partial); err is anything else.
func (b *builder) read(ctx context.Context, src io.Reader) (readErr *extract.Error, err error) {
	counted := &countingReader{r: src}
	dec, err := decompress(counted)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", b.name, err)
	}
	g, ctx := errgroup.WithContext(ctx)
	chunks := make(chan chunk, b.opts.Jobs)
	pool := sync.Pool{New: func() any { s := make([]byte, chunkSize); return &s }}
	for range b.opts.Jobs {
		g.Go(func() error { return b.work(ctx, chunks, &pool) })
	}
	g.Go(func() error {
		defer close(chunks)
		var err error
		readErr, err = b.split(ctx, dec, chunks, &pool, counted)
		return err
	})
	if err := g.Wait(); err != nil {
		return nil, err
	}
	return readErr, nil
}

// split cuts the decompressed dump into chunks of whole lines.
func (b *builder) split(ctx context.Context, r io.Reader, out chan<- chunk, pool *sync.Pool, counted *countingReader) (*extract.Error, error) {
	var rest []byte
	line := int64(1)
	for {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		bufp := pool.Get().(*[]byte)
		if len(rest) >= len(*bufp)/2 { // a very long line: make room
			*bufp = make([]byte, 2*len(rest)+chunkSize)
		}
		buf := *bufp
		n := copy(buf, rest)
		m, err := fill(r, buf[n:])
		data := buf[:n+m]
		cut := bytes.LastIndexByte(data, '\n') + 1
		if err == io.EOF {
			cut = len(data)
		}
		rest = append(rest[:0], data[cut:]...)
		nl := int64(bytes.Count(data[:cut], []byte{'\n'}))
		last := ""
		if err == io.EOF {
			last = lastNonEmptyLine(data)
			if cut > 0 && data[cut-1] != '\n' {
				nl++
			}
		}
		if cut == 0 {
			pool.Put(bufp)
		} else if !b.send(ctx, out, chunk{data: data[:cut], line: line, owner: bufp}) {
			return nil, ctx.Err()
		}
		line += nl
		b.lines = line - 1
		if b.opts.Progress != nil {
			b.opts.Progress(Progress{Read: counted.n, Lines: b.lines, Items: b.items.Load()})
		}
		switch {
		case err == io.EOF:
			if b.lines > 0 && last != "]" && !isJSONLines(last) {
				return &extract.Error{File: b.name, Line: int(b.lines), Err: fmt.Errorf("%w (no closing ']')", ErrTruncated)}, nil
			}
			return nil, nil
		case err != nil:
			// The decompressor found the stream cut short or corrupt: the
			// whole lines before it are indexed, the rest is lost.
			return &extract.Error{File: b.name, Line: int(line), Err: fmt.Errorf("%w (%v)", ErrTruncated, err)}, nil
		}
	}
}

// fill reads until buf is full or r fails; io.EOF is a clean end.
func fill(r io.Reader, buf []byte) (int, error) {
	n := 0
	for n < len(buf) {
		m, err := r.Read(buf[n:])
		n += m
		if err != nil {
			return n, err
		}
	}
	return n, nil
}

// isJSONLines reports whether the dump's last line is a whole entity, as in
// a JSON Lines file (no enclosing array). A line of the array form always
// ends with "," except the last entity, which is followed by "]".
func isJSONLines(last string) bool {
	return len(last) > 1 && last[0] == '{' && last[len(last)-1] == '}'
}

func lastNonEmptyLine(data []byte) string {
	data = bytes.TrimRight(data, " \t\r\n")
	i := bytes.LastIndexByte(data, '\n')
	return string(bytes.TrimSpace(data[i+1:]))
}

func (b *builder) send(ctx context.Context, out chan<- chunk, c chunk) bool {
	select {
	case out <- c:
		return true
	case <-ctx.Done():
		return false
	}
}

// decompress tells the compression by the first bytes.
func decompress(r io.Reader) (io.Reader, error) {
	br := bufio.NewReaderSize(r, 1<<20)
	head, err := br.Peek(3)
	if err != nil && err != io.EOF {
		return nil, err
	}
	switch {
	case len(head) >= 2 && head[0] == 0x1f && head[1] == 0x8b:
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, fmt.Errorf("gzip: %w", err)
		}
		return zr, nil
	case len(head) == 3 && string(head) == "BZh":
		return bzip2.NewReader(br), nil
	}
	return br, nil
}

type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// work parses chunks and spills sorted runs.
func (b *builder) work(ctx context.Context, chunks <-chan chunk, pool *sync.Pool) error {
	w := newWorker(b)
	for c := range chunks {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := w.chunk(c); err != nil {
			return err
		}
		pool.Put(c.owner)
	}
	if err := w.spill(); err != nil {
		return err
	}
	b.mu.Lock()
	b.edges = append(b.edges, w.edges...)
	b.mu.Unlock()
	return nil
}

// A worker owns a parser and a run of entries waiting to be sorted.
type worker struct {
	b     *builder
	p     *itemParser
	it    Item
	arena []byte  // entries: key then value
	ents  []entry // where each entry sits in arena
	edges []uint64
	val   []byte
	kbuf  []byte    // the keys of one item's names
	names []nameEnt // one item's names, as spans of kbuf
}

// An entry locates a key and value in the arena; prefix holds the key's
// first 8 bytes (zero-padded, big-endian), which decide most comparisons.
type entry struct {
	prefix          uint64
	off, klen, vlen int
}

type nameEnt struct {
	off, n int
	m      Match
}

func newWorker(b *builder) *worker {
	return &worker{b: b, p: newItemParser(b.opts.Langs), arena: make([]byte, 0, b.opts.RunSize+b.opts.RunSize/8)}
}

func (w *worker) chunk(c chunk) error {
	line := c.line
	for data := c.data; len(data) > 0; line++ {
		i := bytes.IndexByte(data, '\n')
		var l []byte
		if i < 0 {
			l, data = data, nil
		} else {
			l, data = data[:i], data[i+1:]
		}
		l = bytes.TrimSpace(l)
		l = bytes.TrimSuffix(l, []byte{','})
		if len(l) == 0 || len(l) == 1 && (l[0] == '[' || l[0] == ']') {
			continue
		}
		ok, err := w.p.parse(l, &w.it)
		if err != nil {
			if w.b.malformed.Add(1) <= maxReported {
				w.b.mu.Lock()
				w.b.errs.Add(w.b.name, int(line), fmt.Errorf("%w: %v", ErrMalformed, err))
				w.b.mu.Unlock()
			}
			continue
		}
		if !ok {
			continue
		}
		w.b.items.Add(1)
		if err := w.add(&w.it); err != nil {
			return err
		}
	}
	return nil
}

// add makes the entries of one item: one per distinct name key.
func (w *worker) add(it *Item) error {
	for _, p := range it.P279 {
		if it.ID <= 0xFFFFFFFF && p <= 0xFFFFFFFF {
			w.edges = append(w.edges, it.ID<<32|p)
		}
	}
	if t := w.b.opts.Types; t != 0 && !mayKeep(it.P31, t) {
		return nil
	}
	w.kbuf, w.names = w.kbuf[:0], w.names[:0]
	put := func(name string, m Match) {
		off := len(w.kbuf)
		w.kbuf = appendNameKey(w.kbuf, name)
		if len(w.kbuf) == off || bytes.IndexByte(w.kbuf[off:], 0) >= 0 {
			w.kbuf = w.kbuf[:off]
			return
		}
		w.names = append(w.names, nameEnt{off: off, n: len(w.kbuf) - off, m: m})
	}
	for i, n := range it.Names {
		if i == 0 && n == it.Label {
			put(n, MLabel)
			if base, _, ok := splitDisambig(n); ok {
				put(base, MLabelBase)
			}
			continue
		}
		put(n, MAlias)
	}
	if it.Title != "" {
		put(it.Title, MTitle)
		if base, _, ok := splitDisambig(it.Title); ok {
			put(base, MTitleBase)
		}
	}
	if len(w.names) == 0 {
		return nil
	}
	kb := w.kbuf
	key := func(n nameEnt) []byte { return kb[n.off : n.off+n.n] }
	slices.SortFunc(w.names, func(x, y nameEnt) int { return bytes.Compare(key(x), key(y)) })
	rec := record{ID: it.ID, Sitelinks: it.Sitelinks, Years: it.Years, Label: cmp.Or(it.Label, it.Title), Title: it.Title, P31: it.P31, Related: it.Related}
	w.val = appendRecord(w.val[:0], &rec)
	for i := 0; i < len(w.names); {
		n := w.names[i]
		m := n.m
		for i++; i < len(w.names) && bytes.Equal(key(w.names[i]), key(n)); i++ {
			m |= w.names[i].m
		}
		off := len(w.arena)
		w.arena = entryKey(append(w.arena, key(n)...), "", it.ID)
		klen := len(w.arena) - off
		w.arena = append(w.arena, w.val...)
		w.arena[off+klen] = byte(m)
		w.ents = append(w.ents, entry{prefix: keyPrefix(w.arena[off : off+klen]), off: off, klen: klen, vlen: len(w.val)})
	}
	if len(w.arena) >= w.b.opts.RunSize {
		return w.spill()
	}
	return nil
}

func keyPrefix(k []byte) uint64 {
	var p [8]byte
	copy(p[:], k)
	return binary.BigEndian.Uint64(p[:])
}

// mayKeep reports whether an item of these classes can be of a wanted
// type. It is sure only of classes in classTypes; the others are decided
// when the runs are merged, once every subclass edge is known.
func mayKeep(p31 []uint64, want Types) bool {
	if len(p31) == 0 {
		return false
	}
	for _, c := range p31 {
		t, ok := classTypes[c]
		if !ok || t&want != 0 {
			return true
		}
	}
	return false
}

// spill sorts the worker's entries and writes them as a run file.
func (w *worker) spill() error {
	if len(w.ents) == 0 {
		return nil
	}
	a := w.arena
	slices.SortFunc(w.ents, func(x, y entry) int {
		if x.prefix != y.prefix {
			return cmp.Compare(x.prefix, y.prefix)
		}
		return bytes.Compare(a[x.off:x.off+x.klen], a[y.off:y.off+y.klen])
	})
	err := w.b.writeRun(func(put func(k, v []byte)) error {
		for _, e := range w.ents {
			put(a[e.off:e.off+e.klen], a[e.off+e.klen:e.off+e.klen+e.vlen])
		}
		return nil
	})
	w.arena = w.arena[:0]
	w.ents = w.ents[:0]
	return err
}

// writeRun writes a run file of the entries fill puts, in the order it
// puts them: key length, key, value length, value. The file is removed
// when Build ends.
func (b *builder) writeRun(fill func(put func(k, v []byte)) error) error {
	f, err := os.CreateTemp(b.opts.TempDir, "factloom-wikidata-run-*")
	if err != nil {
		return fmt.Errorf("write a sorted run: %w", err)
	}
	b.mu.Lock()
	b.runs = append(b.runs, f.Name())
	b.mu.Unlock()
	bw := bufio.NewWriterSize(f, 1<<20)
	var scratch [binary.MaxVarintLen64]byte
	err = fill(func(k, v []byte) {
		bw.Write(scratch[:binary.PutUvarint(scratch[:], uint64(len(k)))])
		bw.Write(k)
		bw.Write(scratch[:binary.PutUvarint(scratch[:], uint64(len(v)))])
		bw.Write(v)
	})
	if ferr := bw.Flush(); err == nil {
		err = ferr
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("write a sorted run: %w", err)
	}
	return nil
}

func (b *builder) removeRuns() {
	for _, r := range b.runs {
		os.Remove(r)
	}
}

// maxFanIn is how many runs are merged at once (files open at once): more
// are first merged in groups. Read buffers share 64 MiB whatever the count.
const maxFanIn = 500

// merge merges the sorted runs into the table, placing each item's classes
// and dropping what the type filter does not want.
func (b *builder) merge(dst io.Writer, meta Meta) (int64, error) {
	for fanIn := b.opts.fanIn; len(b.runs) > fanIn; {
		group := slices.Clone(b.runs[:fanIn])
		b.runs = slices.Clone(b.runs[fanIn:])
		err := b.writeRun(func(put func(k, v []byte)) error {
			return mergeRuns(group, func(k, v []byte) error { put(k, v); return nil })
		})
		for _, p := range group {
			os.Remove(p)
		}
		if err != nil {
			return 0, err
		}
	}
	classes := newClassGraph(b.edges)
	tw, err := newTableWriter(dst)
	if err != nil {
		return 0, err
	}
	var n int64
	var p31 []uint64
	err = mergeRuns(b.runs, func(key, val []byte) error {
		var ok bool
		if p31, ok = recordP31(p31[:0], val); !ok {
			return errBadRecord
		}
		t := classes.typesOf(p31)
		if b.opts.Types != 0 && t&b.opts.Types == 0 {
			return nil
		}
		val[1] = byte(t)
		n++
		return tw.add(key, val)
	})
	if err != nil {
		return 0, err
	}
	meta.Entries = n
	mj, err := json.Marshal(meta)
	if err != nil {
		return 0, err
	}
	return n, tw.close(mj)
}

// mergeRuns calls emit with the entries of the run files in key order,
// each key once (the smallest value when runs hold the same key). Read
// buffers share 64 MiB.
func mergeRuns(paths []string, emit func(key, val []byte) error) error {
	bufSize := min(max(64<<20/max(len(paths), 1), 16<<10), 1<<20)
	h := &runHeap{}
	for _, path := range paths {
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		r := &runReader{r: bufio.NewReaderSize(f, bufSize)}
		if ok, err := r.next(); err != nil {
			return fmt.Errorf("read run %s: %w", path, err)
		} else if ok {
			h.rs = append(h.rs, r)
		}
	}
	heap.Init(h)
	var last []byte
	for h.Len() > 0 {
		r := h.rs[0]
		if last == nil || !bytes.Equal(r.key, last) {
			last = append(last[:0], r.key...)
			if err := emit(r.key, r.val); err != nil {
				return err
			}
		}
		ok, err := r.next()
		if err != nil {
			return fmt.Errorf("read a sorted run: %w", err)
		}
		if ok {
			heap.Fix(h, 0)
		} else {
			heap.Pop(h)
		}
	}
	return nil
}

type runReader struct {
	r        *bufio.Reader
	key, val []byte
}

func (r *runReader) next() (bool, error) {
	kl, err := binary.ReadUvarint(r.r)
	if err == io.EOF {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	r.key = slices.Grow(r.key[:0], int(kl))[:kl]
	if _, err := io.ReadFull(r.r, r.key); err != nil {
		return false, err
	}
	vl, err := binary.ReadUvarint(r.r)
	if err != nil {
		return false, err
	}
	r.val = slices.Grow(r.val[:0], int(vl))[:vl]
	_, err = io.ReadFull(r.r, r.val)
	return err == nil, err
}

// runHeap orders runs by their current entry: key, then value, so the
// merge is the same whatever order the runs were spilled in.
type runHeap struct{ rs []*runReader }

func (h *runHeap) Len() int { return len(h.rs) }
func (h *runHeap) Less(i, j int) bool {
	if c := bytes.Compare(h.rs[i].key, h.rs[j].key); c != 0 {
		return c < 0
	}
	return bytes.Compare(h.rs[i].val, h.rs[j].val) < 0
}
func (h *runHeap) Swap(i, j int) { h.rs[i], h.rs[j] = h.rs[j], h.rs[i] }
func (h *runHeap) Push(x any)    { h.rs = append(h.rs, x.(*runReader)) }
func (h *runHeap) Pop() any {
	r := h.rs[len(h.rs)-1]
	h.rs = h.rs[:len(h.rs)-1]
	return r
}

// isInputError reports whether err lists problems of the input, after
// which the index was still written.
func isInputError(err error) bool {
	var l extract.ErrorList
	return errors.As(err, &l)
}
