package extract

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
	"unicode/utf8"
)

// File reads the article at path. It only opens the file and calls Read.
func File(path string) (*Article, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, &Error{File: path, Err: err}
	}
	defer f.Close()
	return Read(path, f)
}

// Read reads one article in the text layout (see the package documentation)
// from r. The name is used in positions and to make the article's ID.
//
// Read returns every fact it could read. When some of the input could not be
// read the error is an ErrorList, sorted by line; when the input holds no
// article at all the Article is nil.
func Read(name string, r io.Reader) (*Article, error) {
	src, err := io.ReadAll(r)
	if err != nil {
		return nil, &Error{File: name, Err: err}
	}
	return Parse(name, src)
}

// Parse is Read for an article already in memory.
func Parse(name string, src []byte) (*Article, error) { return parse(name, src, getExtractor) }

// parse is Parse with the extractor from get: the pool, or a new one.
func parse(name string, src []byte, get func(string, layout) *extractor) (a *Article, err error) {
	// A runtime error is a bug and goes on up, as in text/template (the
	// fuzz targets find them); ReadInputs and the dump reader turn it into
	// the article's ErrInternal, so that it costs one article, not the run.
	defer func() {
		if e := recover(); e != nil {
			if _, ok := e.(runtime.Error); ok {
				panic(e)
			}
			a, err = nil, &Error{File: name, Err: fmt.Errorf("%w: %v", ErrInternal, e)}
		}
	}()
	if len(bytes.TrimSpace(src)) == 0 {
		return nil, &Error{File: name, Err: ErrEmpty}
	}
	if !utf8.Valid(src) {
		line := 1 + bytes.Count(src[:firstInvalidUTF8(src)], []byte("\n"))
		return nil, &Error{File: name, Line: line, Err: ErrNotUTF8}
	}
	doc := splitLayout(string(src))
	if len(doc.fields) == 0 {
		return nil, &Error{File: name, Line: doc.firstLine, Err: ErrNoInfobox}
	}
	x := get(name, doc)
	x.run()
	a, errs := x.a, x.errs
	putExtractor(x)
	if a == nil {
		return nil, errs.Err()
	}
	errs.Sort()
	return a, errs.Err()
}

func firstInvalidUTF8(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return len(b)
}

// A field is one infobox line.
type field struct {
	key   string // as written, e.g. "Commander2"
	norm  string // normKey of key: "commander2"
	value string // between the first and the last '|', trimmed
	src   Source // the value's position
}

// A paragraph is one prose line.
type paragraph struct {
	text  string
	line  int // 1-based
	start int // code point offset of text[0] in the article
}

type layout struct {
	fields     []field
	paras      []paragraph
	firstLine  int // first non-blank line, for errors
	badFields  []int
	rawTrailer bool
}

// splitLayout cuts an article into its infobox fields and prose paragraphs.
// Infobox lines come first and look like "Key: | Value |"; the first line
// that does not ends the infobox.
func splitLayout(s string) layout {
	var doc layout
	// Room for every line that may be a field, counted rather than grown
	// one append at a time; the paragraphs get theirs when they start.
	doc.fields = make([]field, 0, strings.Count(s, ": |"))
	inBox := true
	offset := 0 // code points before the current line
	line := 0
	for len(s) > 0 || line == 0 {
		line++
		raw := s
		if i := strings.IndexByte(s, '\n'); i >= 0 {
			raw, s = s[:i], s[i+1:]
		} else {
			s = ""
		}
		text := strings.TrimRight(raw, "\r")
		start := offset
		offset += utf8.RuneCountInString(raw) + 1
		if strings.TrimSpace(text) == "" {
			if len(s) == 0 {
				break
			}
			continue
		}
		if doc.firstLine == 0 {
			doc.firstLine = line
		}
		if inBox {
			if key, value, vstart, ok := cutField(text); ok {
				vs := start + utf8.RuneCountInString(text[:vstart])
				doc.fields = append(doc.fields, field{
					key:   key, // norm is set below, for all fields at once
					value: value,
					src:   Source{Line: line, Start: vs, End: vs + utf8.RuneCountInString(value), Field: key, Text: value},
				})
				continue
			}
			inBox = false
			doc.paras = make([]paragraph, 0, 2+strings.Count(s, "\n"))
		}
		lead := len(text) - len(strings.TrimLeft(text, " \t"))
		text = strings.TrimSpace(text)
		doc.paras = append(doc.paras, paragraph{text: text, line: line, start: start + utf8.RuneCountInString(raw[:lead])})
		if len(s) == 0 {
			break
		}
	}
	if doc.firstLine == 0 {
		doc.firstLine = 1
	}
	splitLayoutNorms(doc.fields)
	return doc
}

// splitLayoutNorms sets the norm of every field to normKey of its key. An
// ASCII key keeps its length in normKey, so the keys that change (most
// are capitalised: "Commander2") are written into one string and cut
// from it, rather than allocated one by one; the rest are the key itself.
func splitLayoutNorms(fields []field) {
	n := 0 // bytes of the ASCII keys that change
	for i := range fields {
		k := strings.TrimSpace(fields[i].key)
		for j := 0; j < len(k); j++ {
			if k[j] >= utf8.RuneSelf {
				// ToLower may change the length: the general way.
				k = normKey(k)
				break
			}
		}
		fields[i].norm = k
		if splitLayoutNormChanges(k) {
			n += len(k)
		}
	}
	if n == 0 {
		return
	}
	var b strings.Builder
	b.Grow(n)
	for i := range fields {
		k := fields[i].norm
		if !splitLayoutNormChanges(k) {
			continue
		}
		for j := 0; j < len(k); j++ {
			c := k[j]
			switch {
			case c == ' ':
				c = '_'
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			}
			b.WriteByte(c)
		}
	}
	all := b.String()
	for i := range fields {
		k := fields[i].norm
		if splitLayoutNormChanges(k) {
			fields[i].norm, all = all[:len(k)], all[len(k):]
		}
	}
}

// splitLayoutNormChanges reports whether normKey changes the trimmed ASCII
// key k: it has a capital or a space. A key set by normKey already, with
// other than ASCII, has neither.
func splitLayoutNormChanges(k string) bool {
	for j := 0; j < len(k); j++ {
		if c := k[j]; c == ' ' || 'A' <= c && c <= 'Z' {
			return true
		}
	}
	return false
}

// cutField splits "Key: | Value |" into its key and value. vstart is the
// byte offset of the value in line.
func cutField(line string) (key, value string, vstart int, ok bool) {
	colon := strings.Index(line, ": |")
	if colon <= 0 || colon > 60 {
		return "", "", 0, false
	}
	key = line[:colon]
	for _, r := range key {
		if !(r == ' ' || r == '_' || r == '-' || r >= '0' && r <= '9' || r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z') {
			return "", "", 0, false
		}
	}
	rest := line[colon+3:]
	end := strings.LastIndexByte(rest, '|')
	if end < 0 {
		return "", "", 0, false
	}
	inner := rest[:end]
	trimmed := strings.TrimSpace(inner)
	lead := strings.Index(inner, trimmed)
	if trimmed == "" {
		lead = 0
	}
	return strings.TrimSpace(key), trimmed, colon + 3 + lead, true
}

// articleID makes the stable ID of an article from its title: lower case,
// '_' for spaces, punctuation dropped, letters with accents kept.
func articleID(title string) string {
	var b strings.Builder
	under := false
	for _, r := range strings.ToLower(title) {
		switch {
		case r == ' ' || r == '_' || r == '-' || r == '–' || r == '—' || r == '/':
			under = b.Len() > 0
		case isLetterOrDigit(r):
			if under {
				b.WriteByte('_')
				under = false
			}
			b.WriteRune(r)
		}
	}
	return b.String()
}
