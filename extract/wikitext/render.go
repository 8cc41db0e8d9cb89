package wikitext

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factloom/factloom/extract"
)

// sep marks a list break (<br>, a list item) in rendered text.
const sep = '\x1f'

// buf is a byte buffer that keeps its memory when cut to zero length.
type buf []byte

func (b *buf) WriteString(s string) { *b = append(*b, s...) }
func (b *buf) addByte(c byte)       { *b = append(*b, c) }

// special marks the bytes where markup may start.
var special = [256]bool{'<': true, '{': true, '[': true, '\'': true, '_': true}

// renderer turns inline wikitext into plain text and remembers the titles
// that links name.
type renderer struct {
	links map[string]string // extract.Key(label) -> title
	open  bool              // render met a template, link, comment or reference it could not close
}

// render appends the plain text of s to b.
func (r *renderer) render(b *buf, s string) {
	// match finds the close of the "{{" or "[[" at i. After an open that is
	// never closed it uses matchPairs, so that broken markup costs linear
	// time, not a scan to the end for every open.
	var pairs map[int]int
	match := func(i int) int {
		if pairs == nil {
			open, close := "[[", "]]"
			if s[i] == '{' {
				open, close = "{{", "}}"
			}
			if c := closeOf(s, i, open, close); c >= 0 {
				return c
			}
			pairs = matchPairs(s)
		}
		if c, ok := pairs[i]; ok {
			return c
		}
		return -1
	}
	run := 0 // start of the text not yet copied
	for i := 0; i < len(s); {
		c := s[i]
		if !special[c] {
			i++
			continue
		}
		b.WriteString(s[run:i])
		next := i + 1
		switch c {
		case '<':
			next = r.tag(b, s, i)
		case '{':
			if strings.HasPrefix(s[i:], "{{") {
				if end := match(i); end >= 0 {
					r.template(b, s[i+2:end])
					next = end + 2
				} else {
					next = i + 2 // an unclosed "{{" is dropped
					r.open = true
				}
			} else {
				b.addByte(c)
			}
		case '[':
			end := -1
			if strings.HasPrefix(s[i:], "[[") {
				end = match(i)
			}
			next = r.bracket(b, s, i, end)
		case '\'':
			if strings.HasPrefix(s[i:], "''") {
				next = i + 2
				for next < len(s) && s[next] == '\'' && next-i < 5 {
					next++
				}
			} else {
				b.addByte(c)
			}
		case '_':
			if end := magicWord(s, i); end > i {
				next = end
			} else {
				b.addByte(c)
			}
		}
		i, run = next, next
	}
	b.WriteString(s[run:])
}

// magicWord returns the end of a behaviour switch such as __NOTOC__ at i,
// or i.
func magicWord(s string, i int) int {
	if !strings.HasPrefix(s[i:], "__") {
		return i
	}
	j := i + 2
	for j < len(s) && s[j] >= 'A' && s[j] <= 'Z' {
		j++
	}
	if j > i+2 && strings.HasPrefix(s[j:], "__") {
		return j + 2
	}
	return i
}

// closeOf returns the index of the close that matches the open at i,
// counting nested opens and skipping comments, or -1.
func closeOf(s string, i int, open, close string) int {
	stops := "<[]"
	if open[0] == '{' {
		stops = "<{}"
	}
	depth := 0
	for j := i; j < len(s); {
		k := strings.IndexAny(s[j:], stops)
		if k < 0 {
			return -1
		}
		j += k
		switch {
		case strings.HasPrefix(s[j:], "<!--"):
			e := strings.Index(s[j+4:], "-->")
			if e < 0 {
				return -1
			}
			j += 4 + e + 3
		case strings.HasPrefix(s[j:], open):
			depth++
			j += len(open)
		case strings.HasPrefix(s[j:], close):
			depth--
			if depth == 0 {
				return j
			}
			j += len(close)
		default:
			j++
		}
	}
	return -1
}

// matchPairs finds the "{{" … "}}" and "[[" … "]]" pairs of s in one pass,
// skipping comments: it maps the index of each open to that of the close
// that matches it, as closeOf would find it, so that markup nested or left
// open costs linear time.
func matchPairs(s string) map[int]int {
	m := make(map[int]int)
	var braces, brackets []int
	for j := 0; j < len(s); {
		k := strings.IndexAny(s[j:], "<{}[]")
		if k < 0 {
			break
		}
		j += k
		switch t := s[j:]; {
		case strings.HasPrefix(t, "<!--"):
			e := strings.Index(t[4:], "-->")
			if e < 0 {
				return m
			}
			j += 4 + e + 3
			continue
		case strings.HasPrefix(t, "{{"):
			braces = append(braces, j)
		case strings.HasPrefix(t, "}}") && len(braces) > 0:
			m[braces[len(braces)-1]] = j
			braces = braces[:len(braces)-1]
		case strings.HasPrefix(t, "[["):
			brackets = append(brackets, j)
		case strings.HasPrefix(t, "]]") && len(brackets) > 0:
			m[brackets[len(brackets)-1]] = j
			brackets = brackets[:len(brackets)-1]
		case strings.HasPrefix(t, "}}") || strings.HasPrefix(t, "]]"):
		default:
			j++
			continue
		}
		j += 2
	}
	return m
}

// skipTags are elements dropped with their content.
var skipTags = map[string]bool{
	"ref": true, "references": true, "math": true, "gallery": true, "timeline": true, "score": true,
	"syntaxhighlight": true, "source": true, "templatedata": true, "imagemap": true, "graph": true,
	"mapframe": true, "maplink": true, "chem": true, "ce": true, "hiero": true, "inputbox": true,
	"categorytree": true, "section": true, "templatestyles": true, "indicator": true,
}

// tag handles the markup at s[i] == '<' and returns where to go on.
func (r *renderer) tag(b *buf, s string, i int) int {
	if strings.HasPrefix(s[i:], "<!--") {
		if e := strings.Index(s[i+4:], "-->"); e >= 0 {
			return i + 4 + e + 3
		}
		r.open = true
		return len(s)
	}
	j := i + 1
	closing := j < len(s) && s[j] == '/'
	if closing {
		j++
	}
	k := j
	for k < len(s) && (s[k] >= 'a' && s[k] <= 'z' || s[k] >= 'A' && s[k] <= 'Z' || s[k] >= '0' && s[k] <= '9') {
		k++
	}
	if k == j {
		b.addByte('<')
		return i + 1
	}
	gt := strings.IndexByte(s[k:], '>')
	if gt < 0 || strings.Contains(s[k:k+gt], "<") {
		b.addByte('<')
		return i + 1
	}
	name := strings.ToLower(s[j:k])
	end := k + gt + 1
	selfClosing := s[k+gt-1] == '/'
	switch {
	case name == "br":
		b.addByte(sep)
		return end
	case name == "nowiki":
		if closing || selfClosing {
			return end
		}
		if e := closeTag(s[end:], "nowiki"); e >= 0 {
			b.WriteString(s[end : end+e])
			if g := strings.IndexByte(s[end+e:], '>'); g >= 0 {
				return end + e + g + 1
			}
			return len(s)
		}
		return end
	case skipTags[name] && !closing && !selfClosing:
		if e := closeTag(s[end:], name); e >= 0 {
			if g := strings.IndexByte(s[end+e:], '>'); g >= 0 {
				return end + e + g + 1
			}
		}
		r.open = true
		return end // an unclosed element loses only its tag
	case name == "li" || name == "p" || name == "div" || name == "tr":
		b.addByte(sep)
	}
	return end
}

// closeTag returns the index of the first "</name" in s, in any case, or
// -1.
func closeTag(s, name string) int {
	for i := 0; ; {
		j := strings.Index(s[i:], "</")
		if j < 0 {
			return -1
		}
		i += j
		if len(s)-i-2 >= len(name) && strings.EqualFold(s[i+2:i+2+len(name)], name) {
			return i
		}
		i += 2
	}
}

// bracket handles a link or an external link at s[i] == '['. end is the
// index of the "]]" that closes a link, or -1.
func (r *renderer) bracket(b *buf, s string, i, end int) int {
	if strings.HasPrefix(s[i:], "[[") {
		if end < 0 {
			r.open = true
			return i + 2 // an unclosed "[[" is dropped
		}
		next := end + 2
		trail := next
		for trail < len(s) && s[trail] >= 'a' && s[trail] <= 'z' {
			trail++
		}
		if r.link(b, s[i+2:end], s[next:trail]) {
			return trail
		}
		return next
	}
	rest := s[i+1:]
	if strings.HasPrefix(rest, "http://") || strings.HasPrefix(rest, "https://") || strings.HasPrefix(rest, "//") {
		e := strings.IndexAny(rest, "]\n")
		if e < 0 || rest[e] != ']' {
			b.addByte('[')
			return i + 1
		}
		if _, label, ok := strings.Cut(rest[:e], " "); ok {
			r.render(b, label)
		}
		return i + 1 + e + 1
	}
	b.addByte('[')
	return i + 1
}

// dropNamespaces are link prefixes whose links show nothing in the text.
var dropNamespaces = map[string]bool{"file": true, "image": true, "category": true, "media": true}

// link renders the inside of [[…]] followed by its trail, and records the
// title it names. It reports whether the trail was used.
func (r *renderer) link(b *buf, inner, trail string) bool {
	if !strings.ContainsAny(inner, "{[<'&:#") {
		// The common case, [[Target]] or [[Target|label]] with plain text.
		target, label, piped := strings.Cut(inner, "|")
		if !piped || strings.TrimSpace(label) == "" {
			label = target
		}
		b.WriteString(label)
		b.WriteString(trail)
		r.record(label+trail, target)
		return true
	}
	parts, _ := splitArgs(inner)
	target, label, piped := parts[0], "", len(parts) > 1
	target = strings.TrimSpace(target)
	colon := strings.HasPrefix(target, ":")
	target = strings.TrimPrefix(target, ":")
	ns, _, hasNS := strings.Cut(target, ":")
	ns = strings.ToLower(strings.TrimSpace(ns))
	if hasNS && !colon && (dropNamespaces[ns] || isLangCode(ns)) {
		return false
	}
	if piped {
		label = parts[len(parts)-1]
		if strings.TrimSpace(label) == "" {
			label = pipeTrick(target)
		}
	} else {
		label = target
	}
	var lb buf
	r.render(&lb, label)
	text := string(lb) + trail
	b.WriteString(text)
	if hasNS && (dropNamespaces[ns] || !plainArticle(ns)) {
		return true
	}
	if !strings.Contains(target, "#") {
		r.record(text, target)
	}
	return true
}

// record keeps the title a link's text names, unless the text already
// names another.
func (r *renderer) record(text, target string) {
	if r.links == nil {
		return
	}
	k, ok := asciiKey(text)
	if !ok {
		k = extract.Key(text)
	}
	if _, ok := r.links[k]; ok || k == "" {
		return
	}
	if title := canonicalTitle(target); title != "" {
		r.links[k] = title
	}
}

// asciiKey is extract.Key for the plain ASCII names most links have:
// letters, digits, spaces and a little punctuation, case folded, spaces
// collapsed and a leading "the " dropped. ok is false for any other name.
// TestASCIIKey holds it to extract.Key.
func asciiKey(s string) (string, bool) {
	b := make([]byte, 0, len(s))
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9', c == '.', c == ',', c == '-', c == '(', c == ')', c == '\'':
		case c == ' ':
			space = len(b) > 0
			continue
		default:
			return "", false
		}
		if space {
			b = append(b, ' ')
			space = false
		}
		b = append(b, c)
	}
	k := string(b)
	if len(k) >= 4 && k[:4] == "the " {
		k = k[4:]
	}
	return k, true
}

// plainArticle reports whether a link prefix is part of an article title
// ("Operation: …") rather than a namespace or interwiki prefix.
func plainArticle(ns string) bool {
	switch ns {
	case "wikipedia", "wp", "wikt", "wiktionary", "help", "portal", "template", "user", "talk", "special", "s", "commons", "d", "wikisource", "q", "wikiquote", "draft", "module", "b", "n", "v", "voy", "species", "meta", "m", "mw":
		return false
	}
	return !isLangCode(ns)
}

func isLangCode(s string) bool {
	if len(s) < 2 || len(s) > 3 {
		return s == "simple"
	}
	for _, c := range s {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// pipeTrick is the label of [[Target|]]: the target without a namespace or
// a bracketed disambiguator.
func pipeTrick(t string) string {
	if _, after, ok := strings.Cut(t, ":"); ok {
		t = after
	}
	if k := strings.Index(t, " ("); k > 0 {
		t = t[:k]
	}
	if k := strings.Index(t, ", "); k > 0 {
		t = t[:k]
	}
	return t
}

// canonicalTitle is a link target as a Wikipedia title: '_' for ' ', runs
// of spaces collapsed, the first letter in upper case.
func canonicalTitle(t string) string {
	if t != "" && t[0] >= 'A' && t[0] <= 'Z' && !strings.Contains(t, "_") && !strings.Contains(t, "  ") &&
		t[len(t)-1] != ' ' && !strings.ContainsAny(t, "\t\n") {
		return t
	}
	t = strings.Join(strings.Fields(strings.ReplaceAll(t, "_", " ")), " ")
	r, n := utf8.DecodeRuneInString(t)
	if n == 0 || r == utf8.RuneError {
		return t
	}
	return string(unicode.ToUpper(r)) + t[n:]
}
