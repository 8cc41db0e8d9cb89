package dump

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strconv"
	"unicode/utf8"
)

// A Page is one <page> of a dump.
type Page struct {
	N        int64  // 1-based ordinal of the page in its dump: the first <page> is 1
	Title    string // XML entities resolved
	NS       int    // namespace number; 0 is the main (article) namespace
	ID       int64  // page id
	Redirect bool   // the page has a <redirect/> element
	Text     []byte // wikitext of the last revision, still XML-escaped; valid until the next call to Next
}

// Errors a Reader returns, wrapped with the dump's name and the page ordinal.
var (
	ErrPageTooLarge = errors.New("page larger than the reader's limit")
	ErrTruncated    = errors.New("dump ends inside a <page>: the file is truncated")
	ErrBadPage      = errors.New("malformed <page>")
	ErrNoEnd        = errors.New("dump ends without </mediawiki>: the file is truncated")
)

// MaxPage is the largest <page> element a Reader accepts, in bytes. Real
// pages stay below a few megabytes (MediaWiki caps a revision at 2 MiB).
const MaxPage = 64 << 20

// A Reader reads the pages of a MediaWiki XML export one at a time. It does
// not check the XML beyond the elements it reads: <page>, and in it
// <title>, <ns>, <id>, <redirect> and the last <text>. It reads from any
// point of a dump, so it can start at a multistream stream after the header.
type Reader struct {
	r      io.Reader
	buf    []byte // buf[start:end] is read but not yet consumed
	pos    int    // start of unconsumed data
	end    int
	eof    bool
	err    error
	n      int64 // pages returned so far
	closed bool  // "</mediawiki>" was seen
	page   Page
}

// NewReader returns a Reader of the pages in r.
func NewReader(r io.Reader) *Reader {
	return &Reader{r: r, buf: make([]byte, 1<<20)}
}

// SetOrdinal makes the next page's N be n+1: for a Reader that starts in
// the middle of a dump after n pages.
func (d *Reader) SetOrdinal(n int64) { d.n = n }

var (
	pageOpen  = []byte("<page>")
	pageClose = []byte("</page>")
	rootClose = []byte("</mediawiki>")
)

// Next returns the next page, or nil and io.EOF after the last one. The
// Page and its Text are overwritten by the following call.
func (d *Reader) Next() (*Page, error) {
	if d.err != nil {
		return nil, d.err
	}
	// Find "<page>".
	for {
		if i := bytes.Index(d.buf[d.pos:d.end], pageOpen); i >= 0 {
			d.pos += i
			break
		}
		if bytes.Contains(d.buf[d.pos:d.end], rootClose) {
			d.closed = true
		}
		// Keep a tail that may hold the start of "<page>" or "</mediawiki>".
		if keep := len(rootClose) - 1; d.end-d.pos > keep {
			d.pos = d.end - keep
		}
		if d.eof {
			d.err = io.EOF
			if !d.closed {
				d.err = fmt.Errorf("after page %d: %w", d.n, ErrNoEnd)
			}
			return nil, d.err
		}
		if err := d.fill(); err != nil {
			d.err = err
			return nil, err
		}
	}
	// Find "</page>".
	from := d.pos + len(pageOpen)
	for {
		if i := bytes.Index(d.buf[from:d.end], pageClose); i >= 0 {
			span := d.buf[d.pos : from+i+len(pageClose)]
			d.pos = from + i + len(pageClose)
			d.n++
			if err := parsePage(span, &d.page); err != nil {
				return nil, fmt.Errorf("page %d: %w", d.n, err)
			}
			d.page.N = d.n
			return &d.page, nil
		}
		if from = d.end - len(pageClose) + 1; from < d.pos {
			from = d.pos
		}
		if d.eof {
			d.err = fmt.Errorf("page %d: %w", d.n+1, ErrTruncated)
			return nil, d.err
		}
		if d.end-d.pos >= MaxPage {
			d.err = fmt.Errorf("page %d: %w (%d MiB)", d.n+1, ErrPageTooLarge, MaxPage>>20)
			return nil, d.err
		}
		off := d.pos
		if err := d.fill(); err != nil {
			d.err = err
			return nil, err
		}
		from -= off - d.pos
	}
}

// fill moves the unconsumed bytes to the front of buf, grows it when it is
// full, and reads more. It sets d.eof at the end of the input.
func (d *Reader) fill() error {
	if d.pos > 0 {
		d.end = copy(d.buf, d.buf[d.pos:d.end])
		d.pos = 0
	}
	if d.end == len(d.buf) {
		nb := make([]byte, 2*len(d.buf))
		copy(nb, d.buf[:d.end])
		d.buf = nb
	}
	n, err := io.ReadAtLeast(d.r, d.buf[d.end:], 1)
	d.end += n
	if err == io.EOF {
		d.eof = true
		return nil
	}
	return err
}

// parsePage reads the fields of one <page>…</page> span into p.
func parsePage(span []byte, p *Page) error {
	*p = Page{}
	rev := bytes.Index(span, []byte("<revision>"))
	head := span
	if rev >= 0 {
		head = span[:rev]
	}
	title, ok := element(head, "title")
	if !ok {
		return fmt.Errorf("%w: no <title>", ErrBadPage)
	}
	p.Title = string(Unescape(nil, title))
	if ns, ok := element(head, "ns"); ok {
		n, err := strconv.Atoi(string(bytes.TrimSpace(ns)))
		if err != nil {
			return fmt.Errorf("%w: <ns>%s</ns>", ErrBadPage, ns)
		}
		p.NS = n
	}
	id, ok := element(head, "id")
	if !ok {
		return fmt.Errorf("%w: %q has no <id>", ErrBadPage, p.Title)
	}
	n, err := strconv.ParseInt(string(bytes.TrimSpace(id)), 10, 64)
	if err != nil {
		return fmt.Errorf("%w: %q has <id>%s</id>", ErrBadPage, p.Title, id)
	}
	p.ID = n
	p.Redirect = bytes.Contains(head, []byte("<redirect"))
	if rev < 0 {
		return nil
	}
	// The last revision's text: "<text …>…</text>", or "<text …/>" when
	// empty. Searched forwards: a page of a history dump has several.
	for rest := span[rev:]; ; {
		t := bytes.Index(rest, []byte("<text"))
		if t < 0 {
			return nil
		}
		gt := bytes.IndexByte(rest[t:], '>')
		if gt < 0 {
			return fmt.Errorf("%w: %q has an unclosed <text> tag", ErrBadPage, p.Title)
		}
		tag := rest[t : t+gt+1]
		rest = rest[t+gt+1:]
		if bytes.HasSuffix(tag, []byte("/>")) {
			p.Text = nil
			continue
		}
		e := bytes.Index(rest, []byte("</text>"))
		if e < 0 {
			return fmt.Errorf("%w: %q has no </text>", ErrBadPage, p.Title)
		}
		p.Text = rest[:e]
		rest = rest[e:]
	}
}

// element returns the content of the first <name>…</name> in b.
func element(b []byte, name string) ([]byte, bool) {
	open := "<" + name + ">"
	i := bytes.Index(b, []byte(open))
	if i < 0 {
		return nil, false
	}
	b = b[i+len(open):]
	j := bytes.Index(b, []byte("</"+name+">"))
	if j < 0 {
		return nil, false
	}
	return b[:j], true
}

// Unescape appends s to dst with the XML entities of a dump resolved:
// &lt; &gt; &amp; &quot; &apos; and numeric references. An unknown or
// malformed entity is kept as written.
func Unescape(dst, s []byte) []byte {
	for {
		i := bytes.IndexByte(s, '&')
		if i < 0 {
			return append(dst, s...)
		}
		dst = append(dst, s[:i]...)
		s = s[i:]
		semi := bytes.IndexByte(s, ';')
		if semi < 0 || semi > 10 {
			dst = append(dst, '&')
			s = s[1:]
			continue
		}
		name := s[1:semi]
		switch string(name) {
		case "lt":
			dst = append(dst, '<')
		case "gt":
			dst = append(dst, '>')
		case "amp":
			dst = append(dst, '&')
		case "quot":
			dst = append(dst, '"')
		case "apos":
			dst = append(dst, '\'')
		default:
			r, ok := charRef(name)
			if !ok {
				dst = append(dst, '&')
				s = s[1:]
				continue
			}
			dst = utf8.AppendRune(dst, r)
		}
		s = s[semi+1:]
	}
}

// charRef reads "#123" or "#x7B".
func charRef(name []byte) (rune, bool) {
	if len(name) < 2 || name[0] != '#' {
		return 0, false
	}
	base, digits := 10, name[1:]
	if digits[0] == 'x' || digits[0] == 'X' {
		base, digits = 16, digits[1:]
	}
	n, err := strconv.ParseUint(string(digits), base, 32)
	if err != nil || n == 0 || n > 0x10FFFF || (n >= 0xD800 && n < 0xE000) {
		return 0, false
	}
	return rune(n), true
}
