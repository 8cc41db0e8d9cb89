package wikidata

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
)

// The table layout (all integers are unsigned varints unless said):
//
//	magic      "FLWDIDX1"
//	blocks     each about blockSize bytes of entries, keys sorted:
//	             shared (bytes of the previous key's prefix), unshared,
//	             value length, the unshared key bytes, the value.
//	             The first entry of a block shares nothing.
//	index      count, then per block: key length, first key, offset, size
//	meta       the Meta as JSON
//	trailer    index offset and meta offset (8 bytes each, big-endian),
//	           then "FLWDEND\n"
const (
	tableMagic   = "FLWDIDX1"
	trailerMagic = "FLWDEND\n"
	trailerSize  = 16 + len(trailerMagic)
	blockSize    = 16 << 10
)

// ErrNotIndex is returned when a file is not an index, or not a whole one.
var ErrNotIndex = errors.New("not a factloom Wikidata index (or a truncated one)")

// tableWriter writes sorted entries into the table layout.
type tableWriter struct {
	w       *bufio.Writer
	off     int64
	block   bytes.Buffer
	first   []byte // first key of the block being filled
	prev    []byte
	index   bytes.Buffer
	nblocks int
	scratch [3 * binary.MaxVarintLen64]byte
}

func newTableWriter(w io.Writer) (*tableWriter, error) {
	t := &tableWriter{w: bufio.NewWriterSize(w, 1<<20)}
	_, err := t.w.WriteString(tableMagic)
	t.off = int64(len(tableMagic))
	return t, err
}

// add appends an entry; keys must come in increasing order.
func (t *tableWriter) add(key, val []byte) error {
	if t.block.Len() > 0 && bytes.Compare(key, t.prev) <= 0 {
		return fmt.Errorf("index: keys out of order: %q after %q", key, t.prev)
	}
	shared := 0
	if t.block.Len() == 0 {
		t.first = append(t.first[:0], key...)
	} else {
		for shared < len(key) && shared < len(t.prev) && key[shared] == t.prev[shared] {
			shared++
		}
	}
	n := binary.PutUvarint(t.scratch[:], uint64(shared))
	n += binary.PutUvarint(t.scratch[n:], uint64(len(key)-shared))
	n += binary.PutUvarint(t.scratch[n:], uint64(len(val)))
	t.block.Write(t.scratch[:n])
	t.block.Write(key[shared:])
	t.block.Write(val)
	t.prev = append(t.prev[:0], key...)
	if t.block.Len() >= blockSize {
		return t.flush()
	}
	return nil
}

func (t *tableWriter) flush() error {
	if t.block.Len() == 0 {
		return nil
	}
	size := t.block.Len()
	if _, err := t.w.Write(t.block.Bytes()); err != nil {
		return err
	}
	putUvarint(&t.index, uint64(len(t.first)))
	t.index.Write(t.first)
	putUvarint(&t.index, uint64(t.off))
	putUvarint(&t.index, uint64(size))
	t.nblocks++
	t.off += int64(size)
	t.block.Reset()
	return nil
}

// close writes the index, the meta and the trailer.
func (t *tableWriter) close(meta []byte) error {
	if err := t.flush(); err != nil {
		return err
	}
	indexOff := t.off
	var head bytes.Buffer
	putUvarint(&head, uint64(t.nblocks))
	t.w.Write(head.Bytes())
	t.w.Write(t.index.Bytes())
	metaOff := indexOff + int64(head.Len()+t.index.Len())
	t.w.Write(meta)
	var tr [16]byte
	binary.BigEndian.PutUint64(tr[:8], uint64(indexOff))
	binary.BigEndian.PutUint64(tr[8:], uint64(metaOff))
	t.w.Write(tr[:])
	t.w.WriteString(trailerMagic)
	return t.w.Flush()
}

func putUvarint(b *bytes.Buffer, v uint64) {
	var s [binary.MaxVarintLen64]byte
	b.Write(s[:binary.PutUvarint(s[:], v)])
}

// A table reads a file written by tableWriter. Its block index is in
// memory; blocks are read as needed.
type table struct {
	f      *os.File
	firsts [][]byte
	offs   []int64
	sizes  []int
	meta   []byte
}

func openTable(path string) (*table, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	t, err := readTable(f)
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return t, nil
}

func readTable(f *os.File) (*table, error) {
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	size := st.Size()
	if size < int64(len(tableMagic)+trailerSize) {
		return nil, ErrNotIndex
	}
	var magic [len(tableMagic)]byte
	var tr [trailerSize]byte
	if _, err := f.ReadAt(magic[:], 0); err != nil {
		return nil, err
	}
	if _, err := f.ReadAt(tr[:], size-int64(trailerSize)); err != nil {
		return nil, err
	}
	if string(magic[:]) != tableMagic || string(tr[16:]) != trailerMagic {
		return nil, ErrNotIndex
	}
	indexOff := int64(binary.BigEndian.Uint64(tr[:8]))
	metaOff := int64(binary.BigEndian.Uint64(tr[8:16]))
	end := size - int64(trailerSize)
	if indexOff < int64(len(tableMagic)) || metaOff < indexOff || metaOff > end {
		return nil, ErrNotIndex
	}
	buf := make([]byte, end-indexOff)
	if _, err := f.ReadAt(buf, indexOff); err != nil {
		return nil, err
	}
	t := &table{f: f, meta: buf[metaOff-indexOff:]}
	r := bytes.NewReader(buf[:metaOff-indexOff])
	n, err := binary.ReadUvarint(r)
	if err != nil || n > uint64(len(buf)) {
		return nil, ErrNotIndex
	}
	for range n {
		kl, err1 := binary.ReadUvarint(r)
		if err1 != nil || kl > uint64(r.Len()) {
			return nil, ErrNotIndex
		}
		k := make([]byte, kl)
		r.Read(k)
		off, err2 := binary.ReadUvarint(r)
		sz, err3 := binary.ReadUvarint(r)
		if err2 != nil || err3 != nil || int64(off)+int64(sz) > indexOff {
			return nil, ErrNotIndex
		}
		t.firsts = append(t.firsts, k)
		t.offs = append(t.offs, int64(off))
		t.sizes = append(t.sizes, int(sz))
	}
	return t, nil
}

func (t *table) close() error { return t.f.Close() }

// scan calls fn for each entry whose key starts with prefix, in key order.
// The slices passed to fn are valid only during the call.
func (t *table) scan(prefix []byte, fn func(key, val []byte) error) error {
	// The first block that can hold prefix is the last one whose first key
	// is not greater than it.
	b := sort.Search(len(t.firsts), func(i int) bool { return bytes.Compare(t.firsts[i], prefix) > 0 }) - 1
	b = max(b, 0)
	var buf, key []byte
	for ; b < len(t.firsts); b++ {
		if b > 0 && bytes.Compare(t.firsts[b], prefix) > 0 && !bytes.HasPrefix(t.firsts[b], prefix) {
			return nil
		}
		if cap(buf) < t.sizes[b] {
			buf = make([]byte, t.sizes[b])
		}
		buf = buf[:t.sizes[b]]
		if _, err := t.f.ReadAt(buf, t.offs[b]); err != nil {
			return fmt.Errorf("read index block %d: %w", b, err)
		}
		key = key[:0]
		for p := buf; len(p) > 0; {
			shared, n1 := binary.Uvarint(p)
			unshared, n2 := binary.Uvarint(p[max(n1, 0):])
			vlen, n3 := binary.Uvarint(p[max(n1+n2, 0):])
			if n1 <= 0 || n2 <= 0 || n3 <= 0 || shared > uint64(len(key)) {
				return fmt.Errorf("index block %d: %w", b, ErrNotIndex)
			}
			p = p[n1+n2+n3:]
			if unshared+vlen > uint64(len(p)) {
				return fmt.Errorf("index block %d: %w", b, ErrNotIndex)
			}
			key = append(key[:shared], p[:unshared]...)
			val := p[unshared : unshared+vlen]
			p = p[unshared+vlen:]
			switch c := bytes.Compare(key, prefix); {
			case bytes.HasPrefix(key, prefix):
				if err := fn(key, val); err != nil {
					return err
				}
			case c > 0:
				return nil
			}
		}
	}
	return nil
}
