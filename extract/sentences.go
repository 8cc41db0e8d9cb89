package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A sentence is one sentence of a prose paragraph.
type sentence struct {
	text  string // as written, citation markers included
	clean string // citation markers replaced by spaces, same length
	line  int
	start int  // code point offset of text[0] in the article
	end   int  // code point offset just past text
	first bool // the first sentence of the article's prose
}

func (s sentence) source() Source {
	return Source{Line: s.line, Start: s.start, End: s.end, Text: strings.TrimSpace(s.text)}
}

// abbreviations end with a full stop that does not end a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "gen": true, "lt": true, "col": true,
	"maj": true, "capt": true, "cpt": true, "brig": true, "sgt": true, "adm": true, "cmdr": true,
	"bvt": true, "rev": true, "jr": true, "sr": true, "no": true, "nos": true, "vol": true, "pp": true,
	"p": true, "ca": true, "c": true, "approx": true, "est": true, "fig": true, "e.g": true, "i.e": true,
	"etc": true, "vs": true, "cf": true, "jan": true, "feb": true, "mar": true, "apr": true, "jun": true,
	"jul": true, "aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"mt": true, "ft": true, "op": true, "u.s": true, "u.k": true, "u.n": true, "a.d": true, "b.c": true,
	"gov": true, "pres": true, "sen": true, "rep": true, "hon": true, "prof": true, "inc": true,
	"ltd": true, "co": true, "corp": true, "bros": true, "messrs": true, "mme": true, "mlle": true,
	"fr": true, "sgt.-maj": true, "pvt": true, "cpl": true, "lieut": true, "comdr": true,
}

// splitSentences cuts a paragraph into sentences. A full stop, '!' or '?'
// ends a sentence when a space and a capital, digit or quote follow, unless
// it ends an abbreviation or an initial ("P. G. T. Beauregard"). Citation
// markers after the stop stay with the sentence they close.
func splitSentences(p paragraph, first bool) []sentence { return appendSentences(nil, p, first) }

// appendSentences is splitSentences appending to out.
func appendSentences(out []sentence, p paragraph, first bool) []sentence {
	text := p.text
	n0 := len(out)
	start := 0
	startRunes := 0
	i := 0
	for i < len(text) {
		c := text[i]
		if c != '.' && c != '!' && c != '?' {
			i++
			continue
		}
		j := i + 1
		// Closing quotes and brackets, then citation markers.
		for j < len(text) && (text[j] == '"' || text[j] == '\'' || text[j] == ')') {
			j++
		}
		for j < len(text) && text[j] == '[' {
			k := strings.IndexByte(text[j:], ']')
			if k < 0 || k > 40 {
				break
			}
			j += k + 1
			for j < len(text) && text[j] == ' ' && j+1 < len(text) && text[j+1] == '[' {
				j++
			}
		}
		if j >= len(text) {
			break
		}
		if text[j] != ' ' {
			i = j
			continue
		}
		k := j
		for k < len(text) && text[k] == ' ' {
			k++
		}
		if k >= len(text) {
			break
		}
		r, _ := utf8.DecodeRuneInString(text[k:])
		if !(unicode.IsUpper(r) || unicode.IsDigit(r) || r == '"' || r == '“' || r == '\'' || r == '(' || r == '[') {
			i = j
			continue
		}
		if c == '.' && !endsSentence(text[start:i]) && !(romanBefore(text[start:i]) && stopwords[strings.ToLower(firstWordOf(text[k:]))]) {
			i = j
			continue
		}
		st := makeSentence(text[start:j], p.line, p.start+startRunes, first && len(out) == n0)
		out = append(out, st)
		startRunes += st.end - st.start + k - j // and the spaces after it
		start = k
		i = k
	}
	if start < len(text) {
		out = append(out, makeSentence(text[start:], p.line, p.start+startRunes, first && len(out) == n0))
	}
	return out
}

func makeSentence(s string, line, start int, first bool) sentence {
	return sentence{text: s, clean: blankCitations(s), line: line, start: start, end: start + utf8.RuneCountInString(s), first: first}
}

// romanBefore reports whether the text before a full stop ends in a
// regnal or ordinal numeral ("World War I", "Louis Philippe I").
func romanBefore(before string) bool {
	i := strings.LastIndexByte(before, ' ')
	w := before[i+1:]
	return w != "" && strings.Trim(w, "IVX") == "" && i > 0
}

func firstWordOf(s string) string {
	if i := strings.IndexAny(s, " ,;:"); i >= 0 {
		return s[:i]
	}
	return s
}

// endsSentence reports whether the text before a full stop can end a
// sentence: its last word is no abbreviation and no single initial.
func endsSentence(before string) bool {
	w := before
	if i := lastWordBreak(before); i >= 0 {
		_, size := utf8.DecodeRuneInString(before[i:]) // “ is three bytes
		w = before[i+size:]
	}
	if w == "" {
		return true
	}
	r, size := utf8.DecodeRuneInString(w)
	if size == len(w) && unicode.IsUpper(r) {
		return false // an initial
	}
	if isAbbreviation(w) {
		return false
	}
	// "U.S", "A.D", "e.g": dotted abbreviations.
	if strings.Count(w, ".") >= 1 && len(w) <= 6 && !strings.ContainsAny(w, "0123456789") {
		return false
	}
	return true
}

// lastWordBreak is strings.LastIndexAny(s, " (\"“") without decoding
// runes from the end: a space, bracket or straight quote is one byte that
// is never part of another rune, and “ (e2 80 9c) ends in a byte that
// only ends it.
func lastWordBreak(s string) int {
	for i := len(s) - 1; i >= 0; i-- {
		switch s[i] {
		case ' ', '(', '"':
			return i
		case 0x9c:
			if i >= 2 && s[i-2:i+1] == "“" {
				return i - 2
			}
		}
	}
	return -1
}

// isAbbreviation reports whether abbreviations holds strings.ToLower(w),
// lower-casing the word without allocating.
func isAbbreviation(w string) bool {
	var buf [32]byte
	return abbreviations[string(appendLower(buf[:0], w))]
}

// blankCitations replaces citation markers ("[2]", "[Relevance?]") with
// spaces, keeping offsets.
func blankCitations(s string) string {
	if !strings.Contains(s, "[") {
		return s
	}
	b := []byte(s)
	for i := 0; i < len(b); i++ {
		if b[i] != '[' {
			continue
		}
		j := strings.IndexByte(s[i:], ']')
		if j < 0 || j > 40 {
			continue
		}
		inner := s[i+1 : i+j]
		if isDigits(inner) || strings.HasSuffix(inner, "?") || strings.HasSuffix(inner, "needed") || len(inner) == 1 {
			for k := i; k <= i+j; k++ {
				b[k] = ' '
			}
		}
		i += j
	}
	return string(b)
}
