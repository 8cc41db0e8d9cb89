package dump

import (
	"bufio"
	"bytes"
	"compress/bzip2"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync/atomic"
)

// A Decoder names how bzip2 input is decompressed.
type Decoder string

// The decoders. Auto uses Lbzip2 when the lbzip2 program is on PATH and Go
// otherwise.
const (
	Auto   Decoder = ""
	Lbzip2 Decoder = "lbzip2" // pipe through an external "lbzip2 -dc -n JOBS"
	Go     Decoder = "go"     // compress/bzip2; streams in parallel when an index is given
)

// ParseDecoder reads a decoder name: "auto", "lbzip2" or "go".
func ParseDecoder(s string) (Decoder, error) {
	switch s {
	case "", "auto":
		return Auto, nil
	case "lbzip2":
		return Lbzip2, nil
	case "go":
		return Go, nil
	}
	return "", fmt.Errorf("unknown bzip2 decoder %q: want auto, lbzip2 or go", s)
}

// resolve picks the decoder Auto stands for.
func (d Decoder) resolve() (Decoder, error) {
	switch d {
	case Auto:
		if _, err := exec.LookPath("lbzip2"); err == nil {
			return Lbzip2, nil
		}
		return Go, nil
	case Lbzip2:
		if _, err := exec.LookPath("lbzip2"); err != nil {
			return "", fmt.Errorf("bzip2 decoder lbzip2: %w", err)
		}
	}
	return d, nil
}

// IsDump reports whether head, the first bytes of an input, starts a dump:
// bzip2 data ("BZh1"…"BZh9") or a MediaWiki XML export.
func IsDump(head []byte) bool {
	if isBzip2(head) {
		return true
	}
	head = bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\xef\xbb\xbf")), " \t\r\n")
	return bytes.HasPrefix(head, []byte("<mediawiki")) || bytes.HasPrefix(head, []byte("<?xml"))
}

func isBzip2(head []byte) bool {
	return len(head) >= 4 && head[0] == 'B' && head[1] == 'Z' && head[2] == 'h' && head[3] >= '1' && head[3] <= '9'
}

// countReader counts the bytes read through it into n.
type countReader struct {
	r io.Reader
	n *atomic.Int64
}

func (c countReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n.Add(int64(n))
	return n, err
}

// decompress returns the XML of a dump read from r (already positioned).
// Closing the result waits for an lbzip2 process and reports its failure.
func decompress(ctx context.Context, r io.Reader, bz bool, dec Decoder, jobs int) (io.ReadCloser, error) {
	if !bz {
		return io.NopCloser(r), nil
	}
	if dec == Go {
		return io.NopCloser(bzip2.NewReader(r)), nil
	}
	cmd := exec.CommandContext(ctx, "lbzip2", "-dc", "-n", strconv.Itoa(max(jobs, 1)))
	cmd.Stdin = r
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("start lbzip2: %w", err)
	}
	return &procReader{out: out, cmd: cmd, stderr: &stderr}, nil
}

// procReader reads an lbzip2 process's output. Its error at the end of the
// output is the process's failure, so a corrupt file is not taken for a
// short one.
type procReader struct {
	out    io.ReadCloser
	cmd    *exec.Cmd
	stderr *bytes.Buffer
	done   bool
	err    error
}

func (p *procReader) Read(b []byte) (int, error) {
	n, err := p.out.Read(b)
	if err == io.EOF {
		if werr := p.wait(); werr != nil {
			return n, werr
		}
	}
	return n, err
}

func (p *procReader) wait() error {
	if !p.done {
		p.done = true
		if err := p.cmd.Wait(); err != nil {
			msg := strings.TrimSpace(p.stderr.String())
			msg = strings.ReplaceAll(msg, `"(stdin)": `, "")
			if msg == "" {
				msg = err.Error()
			}
			p.err = fmt.Errorf("%w: lbzip2: %s", ErrCorrupt, msg)
		}
	}
	return p.err
}

func (p *procReader) Close() error {
	if !p.done && p.cmd.Process != nil {
		p.cmd.Process.Kill()
	}
	p.out.Close()
	return p.wait()
}

// ErrCorrupt is the error of bzip2 data that cannot be decompressed.
var ErrCorrupt = errors.New("bzip2 data is corrupt or truncated")

// bzip2Error marks compress/bzip2's errors as ErrCorrupt.
func bzip2Error(err error) error {
	var se bzip2.StructuralError
	if errors.As(err, &se) || errors.Is(err, io.ErrUnexpectedEOF) {
		return fmt.Errorf("%w: %v", ErrCorrupt, err)
	}
	return err
}

// A Stream is one bzip2 stream of a multistream dump, as its index gives it.
type Stream struct {
	Offset    int64 // byte offset of the stream in the .bz2 file
	FirstPage int64 // ordinal (1-based) of the stream's first page in the dump
	FirstID   int64 // page id of that page
}

// ReadIndex reads a multistream index, plain or bzip2: one line per page,
// "offset:pageid:title", in dump order. It returns the streams in order.
// Offsets that wrap past 2^31 into negative numbers, as in old index files,
// are undone.
func ReadIndex(name string, r io.Reader) ([]Stream, error) {
	br := bufio.NewReaderSize(r, 1<<16)
	if head, _ := br.Peek(4); isBzip2(head) {
		br = bufio.NewReaderSize(bzip2.NewReader(br), 1<<16)
	}
	var streams []Stream
	var page, last, wrap int64
	line := 0
	for {
		s, err := br.ReadSlice('\n')
		if len(s) > 0 {
			line++
			page++
			off, id, ok := indexLine(bytes.TrimRight(s, "\r\n"))
			if !ok {
				return nil, fmt.Errorf("%s:%d: malformed index line %.60q: want offset:pageid:title", name, line, s)
			}
			off += wrap
			if off < last {
				wrap += 1 << 32
				off += 1 << 32
			}
			if len(streams) == 0 || off != last {
				if off < last {
					return nil, fmt.Errorf("%s:%d: offsets go down", name, line)
				}
				streams = append(streams, Stream{Offset: off, FirstPage: page, FirstID: id})
			}
			last = off
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			if errors.Is(err, bufio.ErrBufferFull) {
				return nil, fmt.Errorf("%s:%d: line too long", name, line+1)
			}
			return nil, fmt.Errorf("%s: %w", name, bzip2Error(err))
		}
	}
	if len(streams) == 0 {
		return nil, fmt.Errorf("%s: empty index", name)
	}
	return streams, nil
}

func indexLine(s []byte) (off, id int64, ok bool) {
	a, rest, ok1 := bytes.Cut(s, []byte(":"))
	b, _, ok2 := bytes.Cut(rest, []byte(":"))
	if !ok1 || !ok2 {
		return 0, 0, false
	}
	off, err1 := strconv.ParseInt(string(a), 10, 64)
	id, err2 := strconv.ParseInt(string(b), 10, 64)
	if err1 != nil || err2 != nil || off < -(1<<31) {
		return 0, 0, false
	}
	if off < 0 {
		off += 1 << 32
	}
	return off, id, true
}

// parallelStreams decodes the bzip2 streams of f that start at offs (and
// run to the next offset, the last to end) with compress/bzip2, jobs at a
// time, and returns their bytes in order.
func parallelStreams(ctx context.Context, f io.ReaderAt, offs []int64, end int64, jobs int, read *atomic.Int64) io.ReadCloser {
	type result struct {
		data []byte
		err  error
	}
	pr, pw := io.Pipe()
	ctx, cancel := context.WithCancel(ctx)
	order := make(chan chan result, max(jobs, 1))
	go func() {
		defer close(order)
		for i, off := range offs {
			next := end
			if i+1 < len(offs) {
				next = offs[i+1]
			}
			ch := make(chan result, 1)
			select {
			case order <- ch:
			case <-ctx.Done():
				return
			}
			if off >= end {
				ch <- result{err: fmt.Errorf("%w: the index has a stream at offset %d, past the end of the file (%d bytes)", ErrCorrupt, off, end)}
				return
			}
			next = min(next, end)
			go func() {
				comp := make([]byte, next-off)
				n, err := f.ReadAt(comp, off)
				read.Add(int64(n))
				if err != nil && !(err == io.EOF && int64(n) == next-off) {
					ch <- result{err: fmt.Errorf("read stream at offset %d: %w", off, err)}
					return
				}
				data, err := io.ReadAll(bzip2.NewReader(bytes.NewReader(comp)))
				if err != nil {
					err = fmt.Errorf("stream at offset %d: %w", off, bzip2Error(err))
				}
				ch <- result{data: data, err: err}
			}()
		}
	}()
	go func() {
		for ch := range order {
			r := <-ch
			if r.err == nil {
				_, r.err = pw.Write(r.data)
			}
			if r.err != nil {
				cancel()
				pw.CloseWithError(r.err)
				for range order {
				}
				return
			}
		}
		cancel()
		pw.Close()
	}()
	return &cancelReader{PipeReader: pr, cancel: cancel}
}

type cancelReader struct {
	*io.PipeReader
	cancel context.CancelFunc
}

func (c *cancelReader) Close() error {
	c.cancel()
	return c.PipeReader.Close()
}

// openFile opens a dump file at the stream offset start (0 for the whole
// file) and returns its XML.
func openFile(ctx context.Context, path string, start int64, offs []int64, dec Decoder, jobs int, read *atomic.Int64) (io.ReadCloser, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	st, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, err
	}
	head := make([]byte, 4)
	n, _ := f.ReadAt(head, start)
	bz := isBzip2(head[:n])
	if _, err := f.Seek(start, io.SeekStart); err != nil {
		f.Close()
		return nil, err
	}
	read.Add(start)
	var rc io.ReadCloser
	if bz && dec == Go && len(offs) > 0 {
		rc = parallelStreams(ctx, f, offs, st.Size(), jobs, read)
	} else {
		rc, err = decompress(ctx, countReader{r: f, n: read}, bz, dec, jobs)
		if err != nil {
			f.Close()
			return nil, err
		}
	}
	return &fileReader{ReadCloser: rc, f: f}, nil
}

// fileReader reads the XML of a dump: it reports the decoder's errors as
// ErrCorrupt, and closes the file (f, nil for standard input) after the
// decoder.
type fileReader struct {
	io.ReadCloser
	f *os.File
}

func (r *fileReader) Read(p []byte) (int, error) {
	n, err := r.ReadCloser.Read(p)
	if err != nil && err != io.EOF {
		err = bzip2Error(err)
	}
	return n, err
}

func (r *fileReader) Close() error {
	err := r.ReadCloser.Close()
	if r.f != nil {
		r.f.Close()
	}
	return err
}
