package wikitext

import (
	"bytes"
	"errors"
	"fmt"
	"html"
	"strings"
)

// Errors of Convert.
var (
	ErrNoInfobox    = errors.New("no {{Infobox military conflict}}")
	ErrBrokenMarkup = errors.New("broken markup in the infobox")
)

// An Error is a problem at a line of a page's wikitext. Line is 1-based.
type Error struct {
	Line int
	Err  error
}

func (e *Error) Error() string { return fmt.Sprintf("wikitext line %d: %v", e.Line, e.Err) }
func (e *Error) Unwrap() error { return e.Err }

// An Article is a page's wikitext in the text layout.
type Article struct {
	Text  []byte            // the text layout that extract.Parse reads
	Links map[string]string // extract.Key of a link's label -> the Wikipedia title it names
}

// layoutParams are infobox parameters that only lay out the box.
var layoutParams = map[string]bool{
	"image": true, "image size": true, "image upright": true, "alt": true, "caption": true, "width": true,
	"coordinates": true, "map type": true, "map relief": true, "map size": true, "map marker": true,
	"map caption": true, "map label": true, "map alt": true, "map image": true, "campaignbox": true,
	"module": true, "embed": true, "imagesize": true, "image2": true, "caption2": true, "alt2": true,
	"map width": true, "map mark": true, "map marksize": true, "map position": true, "coordinates notes": true,
	"territory header": true, "combatants header": true, "units header": true, "strengths header": true,
	"casualties header": true, "polstrengths header": true, "milstrengths header": true, "campaign": true,
}

// closingSections end an article's prose.
var closingSections = map[string]bool{
	"see also": true, "notes": true, "references": true, "footnotes": true, "citations": true,
	"sources": true, "bibliography": true, "further reading": true, "external links": true,
	"notes and references": true, "works cited": true, "literature": true, "references and notes": true,
	"explanatory notes": true, "general references": true, "cited sources": true, "selected bibliography": true,
}

// Convert turns the wikitext of the page title (XML entities already
// resolved) into the text layout. It fails with ErrNoInfobox when the page
// has no conflict infobox, and with ErrBrokenMarkup when the infobox is not
// closed or holds a template or link that is not.
func Convert(title string, src []byte) (*Article, error) {
	s := string(src)
	at, ok := findInfobox(src)
	if !ok {
		return nil, ErrNoInfobox
	}
	end := closeOf(s, at, "{{", "}}")
	if end < 0 {
		return nil, &Error{Line: lineOf(s, at), Err: fmt.Errorf("%w: {{Infobox … opened here is never closed", ErrBrokenMarkup)}
	}
	parts, ok := splitArgs(s[at+2 : end])
	if !ok {
		return nil, &Error{Line: lineOf(s, at), Err: fmt.Errorf("%w: a template or link inside the infobox is never closed", ErrBrokenMarkup)}
	}
	r := &renderer{links: make(map[string]string)}
	out := make(buf, 0, len(s)/2)
	hasTitle := false
	for _, a := range args(parts[1:]) {
		if a.Name == "" || layoutParams[a.Name] || !simpleKey(a.Name) {
			continue
		}
		v := r.value(a.Value)
		if v == "" {
			continue
		}
		if a.Name == "conflict" {
			hasTitle = true
		}
		out.WriteString(layoutKey(a.Name) + ": | " + v + " |\n")
	}
	if !hasTitle {
		out.WriteString("Conflict: | " + strings.ReplaceAll(title, "|", "/") + " |\n")
	}
	r.prose(&out, s[end+2:])
	return &Article{Text: out, Links: r.links}, nil
}

func lineOf(s string, i int) int { return 1 + strings.Count(s[:i], "\n") }

// simpleKey reports whether a parameter name can be a key of the layout.
func simpleKey(name string) bool {
	if len(name) > 50 {
		return false
	}
	for _, c := range name {
		if !(c == ' ' || c == '-' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z') {
			return false
		}
	}
	return true
}

// layoutKey writes a parameter name as the layout does: each word
// capitalised, "map type" as "Map Type".
func layoutKey(name string) string {
	words := strings.Fields(name)
	for i, w := range words {
		words[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	return strings.Join(words, " ")
}

// value renders an infobox value on one line: its list items joined by
// ", ".
func (r *renderer) value(v string) string {
	var b buf
	r.render(&b, v)
	items := strings.FieldsFunc(string(b), func(c rune) bool { return c == sep || c == '\n' })
	out := items[:0]
	for _, it := range items {
		it = clean(strings.TrimLeft(strings.TrimSpace(it), "*#:; "))
		it = strings.TrimSpace(strings.TrimRight(it, ",;"))
		if strings.Trim(it, "-–— ") != "" {
			out = append(out, it)
		}
	}
	return strings.Join(out, ", ")
}

// prose writes the paragraphs of the article body, one a line.
func (r *renderer) prose(out *buf, s string) {
	var para, b buf
	flush := func() {
		if len(para) > 0 {
			if n := len(*out); cleanAppend(out, []byte(para)) && len(*out) > n {
				out.addByte('\n')
			} else {
				*out = (*out)[:n]
			}
		}
		para = para[:0]
	}
	for len(s) > 0 {
		line, rest, _ := strings.Cut(s, "\n")
		t := strings.TrimSpace(line)
		switch {
		case strings.HasPrefix(t, "{|"):
			// A table: skip to its end, at the "|}" that closes it.
			flush()
			s = skipTable(s)
			continue
		case strings.HasPrefix(t, "=") && strings.HasSuffix(t, "=") && len(t) > 2:
			flush()
			if closingSections[strings.ToLower(strings.TrimSpace(strings.Trim(t, "= ")))] {
				return
			}
			s = rest
			continue
		}
		// Markup that runs over several lines is rendered whole: a line that
		// leaves something open is rendered again with the next line.
		b = b[:0]
		r.open = false
		r.render(&b, line)
		for n := 0; r.open && rest != "" && n < maxJoin; n++ {
			next, after, _ := strings.Cut(rest, "\n")
			line, rest = line+"\n"+next, after
			b = b[:0]
			r.open = false
			r.render(&b, line)
		}
		text := bytes.TrimSpace(b)
		switch {
		case len(text) == 0:
			if t == "" {
				flush()
			}
		case text[0] == '*' || text[0] == '#' || text[0] == ':' || text[0] == ';':
			flush()
			para = append(para, bytes.TrimLeft(text, "*#:; ")...)
			flush()
		default:
			if len(para) > 0 {
				para = append(para, ' ')
			}
			para = append(para, text...)
		}
		s = rest
	}
	flush()
}

// maxJoin bounds how many lines an unclosed template, reference or
// comment takes with it.
const maxJoin = 50

// skipTable returns s after the table that starts its first line.
func skipTable(s string) string {
	depth := 0
	for len(s) > 0 {
		line, rest, _ := strings.Cut(s, "\n")
		t := strings.TrimSpace(line)
		if strings.HasPrefix(t, "{|") {
			depth++
		} else if strings.HasPrefix(t, "|}") {
			depth--
			if depth == 0 {
				return rest
			}
		}
		s = rest
	}
	return s
}

// plain marks letters and digits: bytes that cleanAppend copies as they
// are.
var plain = func() (t [256]bool) {
	for c := range 256 {
		t[c] = c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= 0x80 && c != 0xC2
	}
	return t
}()

// clean resolves HTML entities, turns white space (and list marks) into
// single spaces, and tidies what removed markup leaves around punctuation:
// no space before ",.;:)" or after "(", and no "()" or "(;".
func clean(s string) string {
	var b buf
	cleanAppend(&b, s)
	return string(b)
}

// cleanAppend appends clean(s) to b and reports whether it holds a letter
// or a digit.
func cleanAppend[T string | []byte](b *buf, s T) bool {
	out := *b
	start := len(out)
	space, word := false, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if plain[c] {
			// Copy the run of letters and digits at once.
			if space && len(out) > start {
				if l := out[len(out)-1]; l != '(' && l != ' ' {
					out = append(out, ' ')
				}
			}
			space, word = false, true
			j := i + 1
			for j < len(s) && plain[s[j]] {
				j++
			}
			out = append(out, s[i:j]...)
			i = j - 1
			continue
		}
		if c == '&' {
			// An HTML entity: &nbsp; is a space, others their character.
			semi := 1
			for semi < 32 && i+semi < len(s) && s[i+semi] != ';' {
				semi++
			}
			if semi > 1 && i+semi < len(s) && s[i+semi] == ';' {
				raw := string(s[i : i+semi+1])
				if ent := html.UnescapeString(raw); ent != raw {
					i += semi
					if ent == "\u00a0" || strings.TrimSpace(ent) == "" {
						space = true
						continue
					}
					if space && len(out) > start {
						if l := out[len(out)-1]; l != '(' && l != ' ' {
							out = append(out, ' ')
						}
					}
					space, word = false, true
					out = append(out, ent...)
					continue
				}
			}
		}
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == sep:
			space = true
			continue
		case c == 0xC2 && i+1 < len(s) && s[i+1] == 0xA0: // no-break space
			space = true
			i++
			continue
		case c == ',' || c == ';' || c == '.' || c == ':' || c == ')':
			for len(out) > start && out[len(out)-1] == ' ' {
				out = out[:len(out)-1]
			}
			space = false
			if len(out) > start && out[len(out)-1] == '(' {
				if c == ')' {
					out = out[:len(out)-1]
					for len(out) > start && out[len(out)-1] == ' ' {
						out = out[:len(out)-1]
					}
					space = true
				}
				if c != '.' && c != ':' {
					continue
				}
			}
		default:
			if space && len(out) > start {
				if l := out[len(out)-1]; l != '(' && l != ' ' {
					out = append(out, ' ')
				}
			}
			space = false
		}
		out = append(out, c)
	}
	for len(out) > start && out[len(out)-1] == ' ' {
		out = out[:len(out)-1]
	}
	*b = out
	return word
}
