package wikidata

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"unicode/utf8"
)

// A scanner reads the parts of one JSON value that the index needs and
// skips the rest without building anything. It checks the structure it
// walks (brackets, strings, separators); a value it skips is checked for
// balanced brackets and terminated strings, not for every rule of JSON.
type scanner struct {
	b   []byte
	pos int
}

// errSyntax is wrapped with the offset of the problem.
var errSyntax = errors.New("malformed JSON")

func (s *scanner) errorf(format string, args ...any) error {
	return fmt.Errorf("%w at byte %d: %s", errSyntax, s.pos+1, fmt.Sprintf(format, args...))
}

func (s *scanner) ws() {
	for s.pos < len(s.b) {
		switch s.b[s.pos] {
		case ' ', '\t', '\r', '\n':
			s.pos++
		default:
			return
		}
	}
}

// peek returns the next byte after white space, or 0 at the end.
func (s *scanner) peek() byte {
	s.ws()
	if s.pos >= len(s.b) {
		return 0
	}
	return s.b[s.pos]
}

func (s *scanner) expect(c byte) error {
	if s.peek() != c {
		if s.pos >= len(s.b) {
			return s.errorf("unexpected end, want %q", c)
		}
		return s.errorf("got %q, want %q", s.b[s.pos], c)
	}
	s.pos++
	return nil
}

// rawString reads a string and returns its bytes between the quotes, still
// escaped, and whether it holds an escape. It does not check for raw
// control characters, which JSON forbids.
func (s *scanner) rawString() ([]byte, bool, error) {
	if err := s.expect('"'); err != nil {
		return nil, false, err
	}
	start := s.pos
	end := stringEnd(s.b, s.pos)
	if end < 0 {
		s.pos = len(s.b)
		return nil, false, s.errorf("unterminated string")
	}
	s.pos = end + 1
	raw := s.b[start:end]
	return raw, bytes.IndexByte(raw, '\\') >= 0, nil
}

// stringEnd returns the index of the quote that closes the string whose
// contents start at b[i], or -1: the first quote after i that an even
// number of backslashes precedes. bytes.IndexByte finds the candidates
// fast; the hot path of reading a dump is skipping strings.
func stringEnd(b []byte, i int) int {
	for {
		q := bytes.IndexByte(b[i:], '"')
		if q < 0 {
			return -1
		}
		j := i + q
		k := j
		for k > i && b[k-1] == '\\' {
			k--
		}
		if (j-k)%2 == 0 {
			return j
		}
		i = j + 1
	}
}

// str reads a string and returns it unescaped.
func (s *scanner) str() (string, error) {
	raw, esc, err := s.rawString()
	if err != nil {
		return "", err
	}
	if !esc {
		if !utf8.Valid(raw) {
			return "", s.errorf("string is not valid UTF-8")
		}
		return string(raw), nil
	}
	// Escapes are rare in the dump (it writes UTF-8): let encoding/json
	// decode them, quotes included.
	var v string
	if err := json.Unmarshal(s.b[s.pos-len(raw)-2:s.pos], &v); err != nil {
		return "", s.errorf("bad string escape")
	}
	return v, nil
}

// key reads an object key and the colon after it. The key is returned
// still escaped: the keys the index looks for never need escapes.
func (s *scanner) key() ([]byte, error) {
	k, _, err := s.rawString()
	if err != nil {
		return nil, err
	}
	return k, s.expect(':')
}

// object calls field for each member of an object; field must consume the
// member's value.
func (s *scanner) object(field func(key []byte) error) error {
	if err := s.expect('{'); err != nil {
		return err
	}
	if s.peek() == '}' {
		s.pos++
		return nil
	}
	for {
		k, err := s.key()
		if err != nil {
			return err
		}
		if err := field(k); err != nil {
			return err
		}
		switch s.peek() {
		case ',':
			s.pos++
		case '}':
			s.pos++
			return nil
		default:
			return s.errorf("want ',' or '}' in object")
		}
	}
}

// array calls elem for each element of an array; elem must consume it.
func (s *scanner) array(elem func() error) error {
	if err := s.expect('['); err != nil {
		return err
	}
	if s.peek() == ']' {
		s.pos++
		return nil
	}
	for {
		if err := elem(); err != nil {
			return err
		}
		switch s.peek() {
		case ',':
			s.pos++
		case ']':
			s.pos++
			return nil
		default:
			return s.errorf("want ',' or ']' in array")
		}
	}
}

// skip passes over one value of any kind.
func (s *scanner) skip() error {
	switch c := s.peek(); c {
	case '"':
		_, _, err := s.rawString()
		return err
	case '{', '[':
		return s.skipNested()
	case 0:
		return s.errorf("unexpected end, want a value")
	default:
		start := s.pos
		for s.pos < len(s.b) {
			switch s.b[s.pos] {
			case ',', '}', ']', ' ', '\t', '\r', '\n':
				if s.pos == start {
					return s.errorf("unexpected %q", s.b[s.pos])
				}
				return nil
			}
			s.pos++
		}
		return nil
	}
}

// skipNested passes over an object or array by counting brackets outside
// strings: the hot path of reading a dump, where most bytes are statements
// the index does not keep.
func (s *scanner) skipNested() error {
	var stack [64]byte
	depth := 0
	b := s.b
	for i := s.pos; i < len(b); i++ {
		switch c := b[i]; c {
		case '"':
			end := stringEnd(b, i+1)
			if end < 0 {
				s.pos = len(b)
				return s.errorf("unterminated string")
			}
			i = end
		case '{', '[':
			if depth == len(stack) {
				s.pos = i
				return s.errorf("nested too deep")
			}
			stack[depth] = c + 2 // '{'+2 == '}', '['+2 == ']'
			depth++
		case '}', ']':
			if depth == 0 || stack[depth-1] != c {
				s.pos = i
				return s.errorf("unbalanced %q", c)
			}
			depth--
			if depth == 0 {
				s.pos = i + 1
				return nil
			}
		}
	}
	s.pos = len(b)
	return s.errorf("unexpected end inside a value")
}
