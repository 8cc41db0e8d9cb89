package wikitext

import (
	"bytes"
	"strings"
)

// InfoboxNames are the names, in lower case with spaces, under which pages
// transclude Template:Infobox military conflict: the template and the
// redirects to it.
var InfoboxNames = []string{
	"infobox military conflict",
	"infobox military conflicts",
	"infobox military battle",
	"infobox battle",
	"infobox war",
	"infobox conflict",
	"military conflict infobox",
	"warbox",
	"battlebox",
}

var infoboxSet = func() map[string]bool {
	m := make(map[string]bool, len(InfoboxNames))
	for _, n := range InfoboxNames {
		m[n] = true
	}
	return m
}()

// IsConflict reports whether the wikitext src transcludes the conflict
// infobox. It only searches bytes, and src may still be XML-escaped.
func IsConflict(src []byte) bool {
	_, ok := findInfobox(src)
	return ok
}

// findInfobox returns the offset of the "{{" that opens the conflict
// infobox.
func findInfobox(src []byte) (int, bool) {
	var name [48]byte
	for from := 0; ; {
		i := bytes.Index(src[from:], []byte("{{"))
		if i < 0 {
			return 0, false
		}
		at := from + i
		from = at + 2
		n := templateName(src[from:], name[:0])
		if n != nil && infoboxSet[string(n)] {
			return at, true
		}
	}
}

// templateName reads the name of a template from the bytes after "{{":
// lower case, '_' and runs of spaces as one space, trimmed, a "Template:"
// prefix dropped. It returns nil when the name is longer than buf can hold
// or holds characters no infobox name has.
func templateName(s []byte, buf []byte) []byte {
	space := false
	for _, c := range s {
		switch {
		case c == '|' || c == '}' || c == '<' || c == '&':
			n := buf
			if bytes.HasPrefix(n, []byte("template:")) {
				n = bytes.TrimLeft(n[len("template:"):], " ")
			}
			return n
		case c == ' ' || c == '_' || c == '\n' || c == '\t' || c == '\r':
			space = len(buf) > 0
			continue
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		case c >= 'a' && c <= 'z', c == ':':
		default:
			return nil
		}
		if len(buf)+2 > cap(buf) {
			return nil
		}
		if space {
			buf = append(buf, ' ')
			space = false
		}
		buf = append(buf, c)
	}
	return nil
}

// normName is a template or parameter name in lower case with single
// spaces for '_' and runs of white space.
func normName(s string) string {
	s = strings.TrimSpace(s)
	if strings.HasPrefix(strings.ToLower(s), "template:") {
		s = s[len("template:"):]
	}
	return strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return r == ' ' || r == '_' || r == '\t' || r == '\n' || r == '\r'
	}), " ")
}
