package sparql

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/factloom/factloom/extract"
)

// ErrSyntax is the sentinel that every N-Triples syntax *Error wraps.
var ErrSyntax = errors.New("bad N-Triples")

// Error and ErrorList are extract's: one problem in one input (file, line,
// cause), and the list a run collects, so that the CLI reports load errors
// and extract errors the same way.
type (
	Error     = extract.Error
	ErrorList = extract.ErrorList
)

// A Triple is one N-Triples statement. Its terms are in N-Triples form, as
// they were written (an IRI with its angle brackets, a literal with its quotes
// and its datatype or language tag).
type Triple struct {
	Subject, Predicate, Object string
	Line                       int // 1-based line of the input
}

// String returns the triple as one N-Triples line, without the newline.
func (t Triple) String() string { return t.Subject + " " + t.Predicate + " " + t.Object + " ." }

// HasBlank reports whether the subject or the object is a blank node.
func (t Triple) HasBlank() bool {
	return len(t.Subject) > 1 && t.Subject[0] == '_' || len(t.Object) > 1 && t.Object[0] == '_'
}

// A Reader reads N-Triples (RDF 1.1) one statement at a time and checks each
// line strictly: absolute IRIs without forbidden characters, escapes,
// language tags, blank node labels, the final '.', and UTF-8. Empty lines
// and comments are skipped. The first bad line stops the reader: Read then
// returns an *Error with the file name and line, wrapping ErrSyntax.
type Reader struct {
	name string
	br   *bufio.Reader
	line int
	buf  []byte // the current line when it is longer than br's buffer
	eof  bool   // the underlying reader is exhausted
	err  error
}

// NewReader returns a Reader of r. The name is used only in errors.
func NewReader(name string, r io.Reader) *Reader {
	return &Reader{name: name, br: bufio.NewReaderSize(r, 1<<16)}
}

// Read returns the next triple, or io.EOF after the last one.
func (r *Reader) Read() (Triple, error) {
	t, err := r.next()
	if err != nil {
		return Triple{}, err
	}
	return Triple{Subject: string(t.s), Predicate: string(t.p), Object: string(t.o), Line: r.line}, nil
}

// rawTriple is a triple whose terms point into the Reader's buffer: they
// are valid until the next call.
type rawTriple struct{ s, p, o []byte }

func (t rawTriple) hasBlank() bool { return t.s[0] == '_' || t.o[0] == '_' }

// appendTo appends the triple as one N-Triples line.
func (t rawTriple) appendTo(b []byte) []byte {
	b = append(b, t.s...)
	b = append(b, ' ')
	b = append(b, t.p...)
	b = append(b, ' ')
	b = append(b, t.o...)
	return append(b, " .\n"...)
}

// next is Read without copying the terms.
func (r *Reader) next() (rawTriple, error) {
	for r.err == nil {
		line, err := r.readLine()
		if err != nil {
			r.err = err
			break
		}
		r.line++
		t, ok, perr := parseLine(line)
		if perr != nil {
			r.err = &Error{File: r.name, Line: r.line, Err: fmt.Errorf("%w: %v", ErrSyntax, perr)}
			break
		}
		if ok {
			return t, nil
		}
	}
	return rawTriple{}, r.err
}

// readLine returns the next line without its end of line, or io.EOF when
// there is none. The last line need not end in a newline.
func (r *Reader) readLine() ([]byte, error) {
	if r.eof {
		return nil, io.EOF
	}
	line, err := r.br.ReadSlice('\n')
	if err == bufio.ErrBufferFull {
		r.buf = append(r.buf[:0], line...)
		for err == bufio.ErrBufferFull {
			line, err = r.br.ReadSlice('\n')
			r.buf = append(r.buf, line...)
		}
		line = r.buf
	}
	switch {
	case err == io.EOF:
		r.eof = true
		if len(line) == 0 {
			return nil, io.EOF
		}
	case err != nil:
		return nil, err
	}
	line = bytes.TrimSuffix(line, []byte{'\n'})
	line = bytes.TrimSuffix(line, []byte{'\r'})
	return line, nil
}

// parseLine parses one line. ok is false for an empty or comment line.
func parseLine(line []byte) (t rawTriple, ok bool, err error) {
	if !utf8.Valid(line) {
		return t, false, errors.New("invalid UTF-8")
	}
	p := lineParser{s: line}
	p.space()
	if p.done() || p.peek() == '#' {
		return t, false, nil
	}
	if t.s, err = p.term(true, false); err != nil {
		return t, false, fmt.Errorf("subject: %v", err)
	}
	p.space()
	if t.p, err = p.term(false, false); err != nil {
		return t, false, fmt.Errorf("predicate: %v", err)
	}
	p.space()
	if t.o, err = p.term(true, true); err != nil {
		return t, false, fmt.Errorf("object: %v", err)
	}
	p.space()
	if p.done() || p.peek() != '.' {
		return t, false, fmt.Errorf("column %d: expected '.' after the object", p.i+1)
	}
	p.i++
	p.space()
	if !p.done() && p.peek() != '#' {
		return t, false, fmt.Errorf("column %d: unexpected %q after '.'", p.i+1, p.s[p.i:])
	}
	return t, true, nil
}

type lineParser struct {
	s []byte
	i int
}

func (p *lineParser) done() bool { return p.i >= len(p.s) }
func (p *lineParser) peek() byte { return p.s[p.i] }

func (p *lineParser) space() {
	for p.i < len(p.s) && (p.s[p.i] == ' ' || p.s[p.i] == '\t') {
		p.i++
	}
}

// term reads one term: an IRI, or a blank node when blank is set, or a
// literal when literal is set.
func (p *lineParser) term(blank, literal bool) ([]byte, error) {
	if p.done() {
		return nil, errors.New("missing")
	}
	start := p.i
	var err error
	switch c := p.peek(); {
	case c == '<':
		err = p.iri()
	case c == '_' && blank:
		err = p.blank()
	case c == '"' && literal:
		err = p.literal()
	default:
		return nil, fmt.Errorf("column %d: unexpected %q", p.i+1, c)
	}
	if err != nil {
		return nil, err
	}
	return p.s[start:p.i], nil
}

// iri reads <...>: an absolute IRI with no space, control character or
// <>"{}|^`\ except in \u and \U escapes.
func (p *lineParser) iri() error {
	start := p.i
	p.i++ // '<'
	for {
		for p.i < len(p.s) && iriChar[p.s[p.i]] {
			p.i++
		}
		if p.done() {
			return fmt.Errorf("column %d: IRI not closed with '>'", start+1)
		}
		c := p.peek()
		switch {
		case c == '>':
			p.i++
			iri := p.s[start+1 : p.i-1]
			if !hasScheme(iri) {
				return fmt.Errorf("column %d: relative IRI <%s>", start+1, iri)
			}
			return nil
		case c == '\\':
			if err := p.uchar(); err != nil {
				return err
			}
		case c <= ' ' || bytes.IndexByte([]byte("<\"{}|^`"), c) >= 0:
			return fmt.Errorf("column %d: character %q not allowed in an IRI", p.i+1, c)
		default:
			p.i++
		}
	}
}

// hasScheme reports whether iri starts with a scheme: a letter, then
// letters, digits, '+', '-' or '.', then ':'.
func hasScheme(iri []byte) bool {
	for i, c := range iri {
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z':
		case i > 0 && (c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.'):
		case i > 0 && c == ':':
			return true
		default:
			return false
		}
	}
	return false
}

// uchar reads \uXXXX or \UXXXXXXXX naming a Unicode scalar value.
func (p *lineParser) uchar() error {
	at := p.i + 1
	if p.i+1 >= len(p.s) {
		return fmt.Errorf("column %d: lone '\\'", at)
	}
	n := 0
	switch p.s[p.i+1] {
	case 'u':
		n = 4
	case 'U':
		n = 8
	default:
		return fmt.Errorf("column %d: bad escape \\%c", at, p.s[p.i+1])
	}
	if p.i+2+n > len(p.s) {
		return fmt.Errorf("column %d: short \\%c escape", at, p.s[p.i+1])
	}
	var r rune
	for _, c := range p.s[p.i+2 : p.i+2+n] {
		var d byte
		switch {
		case c >= '0' && c <= '9':
			d = c - '0'
		case c >= 'a' && c <= 'f':
			d = c - 'a' + 10
		case c >= 'A' && c <= 'F':
			d = c - 'A' + 10
		default:
			return fmt.Errorf("column %d: bad hex digit %q in \\%c escape", at, c, p.s[p.i+1])
		}
		r = r<<4 | rune(d)
	}
	if !utf8.ValidRune(r) {
		return fmt.Errorf("column %d: escape names no Unicode character (U+%X)", at, r)
	}
	p.i += 2 + n
	return nil
}

// blank reads _:label.
func (p *lineParser) blank() error {
	start := p.i
	if p.i+1 >= len(p.s) || p.s[p.i+1] != ':' {
		return fmt.Errorf("column %d: expected '_:' for a blank node", start+1)
	}
	p.i += 2
	first := true
	for !p.done() {
		r, size := utf8.DecodeRune(p.s[p.i:])
		ok := r == '_' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= 0x80 && r != 0xFFFE && r != 0xFFFF
		if !first && (r == '-' || r == '.') {
			ok = true
		}
		if !ok {
			break
		}
		first = false
		p.i += size
	}
	if first {
		return fmt.Errorf("column %d: empty blank node label", start+1)
	}
	if p.s[p.i-1] == '.' {
		// A label cannot end in '.': that dot ends the statement.
		p.i--
		if p.s[p.i-1] == ':' {
			return fmt.Errorf("column %d: empty blank node label", start+1)
		}
	}
	return nil
}

// literal reads "..." with an optional ^^<datatype> or @language tag.
func (p *lineParser) literal() error {
	start := p.i
	p.i++
	for {
		for p.i < len(p.s) && stringChar[p.s[p.i]] {
			p.i++
		}
		if p.done() {
			return fmt.Errorf("column %d: string not closed with '\"'", start+1)
		}
		c := p.peek()
		if c == '"' {
			p.i++
			break
		}
		if c == '\\' {
			if p.i+1 < len(p.s) && bytes.IndexByte([]byte(`tbnrf"'\`), p.s[p.i+1]) >= 0 {
				p.i += 2
				continue
			}
			if err := p.uchar(); err != nil {
				return err
			}
			continue
		}
		if c == '\r' {
			return fmt.Errorf("column %d: raw carriage return in a string", p.i+1)
		}
		p.i++
	}
	if p.done() {
		return nil
	}
	switch p.peek() {
	case '^':
		if p.i+2 >= len(p.s) || p.s[p.i+1] != '^' || p.s[p.i+2] != '<' {
			return fmt.Errorf("column %d: expected ^^<datatype>", p.i+1)
		}
		p.i += 2
		return p.iri()
	case '@':
		return p.langTag()
	}
	return nil
}

// langTag reads @[a-zA-Z]+('-'[a-zA-Z0-9]+)*.
func (p *lineParser) langTag() error {
	at := p.i + 1
	p.i++
	n := 0
	for !p.done() && isAlpha(p.peek()) {
		p.i++
		n++
	}
	if n == 0 {
		return fmt.Errorf("column %d: empty language tag", at)
	}
	for !p.done() && p.peek() == '-' {
		p.i++
		n = 0
		for !p.done() && (isAlpha(p.peek()) || p.peek() >= '0' && p.peek() <= '9') {
			p.i++
			n++
		}
		if n == 0 {
			return fmt.Errorf("column %d: empty subtag in language tag", at)
		}
	}
	return nil
}

// iriChar and stringChar are the bytes that stand for themselves in an IRI
// and in a string; every other byte needs a closer look.
var iriChar, stringChar [256]bool

func init() {
	for c := 0x21; c < 256; c++ {
		iriChar[c] = !strings.ContainsRune("<>\"{}|^`\\", rune(c))
	}
	for c := 0; c < 256; c++ {
		stringChar[c] = c != '"' && c != '\\' && c != '\n' && c != '\r'
	}
}

func isAlpha(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
