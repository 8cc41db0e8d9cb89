package wikidata

import (
	"bytes"
	"strings"

	"github.com/factloom/factloom/extract"
)

// NameKey returns the key a name is indexed and looked up by: extract.Key
// (case folded, Latin diacritics stripped, dashes and apostrophes unified,
// a leading "the " dropped), with ordinal words written as numbers, so that
// "Second Battle of Kidal" and "2nd Battle of Kidal" meet.
func NameKey(name string) string {
	k := extract.Key(name)
	if !strings.ContainsAny(k, "fstne") { // every ordinal word has one of these
		return k
	}
	words := strings.Split(k, " ")
	changed := false
	for i, w := range words {
		if n, ok := ordinals[w]; ok {
			words[i] = n
			changed = true
		}
	}
	if !changed {
		return k
	}
	return strings.Join(words, " ")
}

// appendNameKey appends NameKey(name) to dst. Names in ASCII, most of them,
// take a fast path that gives the same key without allocating.
func appendNameKey(dst []byte, name string) []byte {
	start := len(dst)
	space := false
	for i := 0; i < len(name); i++ {
		c := name[i]
		switch {
		case c >= 0x80:
			return append(dst[:start], NameKey(name)...)
		case c == ' ' || c >= '\t' && c <= '\r':
			space = len(dst) > start
			continue
		case c == '`':
			c = '\''
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		}
		if space {
			dst = append(dst, ' ')
			space = false
		}
		dst = append(dst, c)
	}
	if k := dst[start:]; len(k) >= 4 && string(k[:4]) == "the " {
		dst = dst[:start+copy(k, k[4:])]
	}
	for w := range bytes.SplitSeq(dst[start:], []byte{' '}) {
		if _, ok := ordinals[string(w)]; ok {
			return append(dst[:start], NameKey(name)...)
		}
	}
	return dst
}

var ordinals = map[string]string{
	"first": "1st", "second": "2nd", "third": "3rd", "fourth": "4th", "fifth": "5th",
	"sixth": "6th", "seventh": "7th", "eighth": "8th", "ninth": "9th", "tenth": "10th",
}

// splitDisambig splits a trailing bracketed disambiguator off a name, as
// Wikipedia titles and some labels carry one: "Battle of Kirkuk (2016)" →
// "Battle of Kirkuk", "2016". ok is false when the name has none.
func splitDisambig(name string) (base, disambig string, ok bool) {
	name = strings.TrimSpace(name)
	if !strings.HasSuffix(name, ")") {
		return name, "", false
	}
	i := strings.LastIndex(name, " (")
	if i <= 0 {
		return name, "", false
	}
	return strings.TrimSpace(name[:i]), name[i+2 : len(name)-1], true
}

// yearsIn reads the years a name states: "Battle of Mosul (2016–17)" gives
// 2016–2017, "2016 Kirkuk raid" 2016, "Insurgency in the Maghreb
// (2002–present)" 2002 onwards (to 9999). Numbers of three or four digits
// from 100 to 2199 count as years; a two-digit number right after a dash
// that follows a year ends a range in the same century.
func yearsIn(name string) Years {
	var y Years
	last := 0
	b := []byte(name)
	for i := 0; i < len(b); {
		if b[i] < '0' || b[i] > '9' {
			i++
			continue
		}
		j := i
		for j < len(b) && b[j] >= '0' && b[j] <= '9' {
			j++
		}
		n := 0
		for _, c := range b[i:j] {
			n = n*10 + int(c-'0')
			if n > 1e6 {
				break
			}
		}
		dashBefore := i > 0 && isDash(name[:i])
		switch {
		case j-i == 2 && last > 0 && dashBefore:
			y.add(last/100*100 + n)
		case (j-i == 3 || j-i == 4) && n >= 100 && n <= 2199 && wordBounded(b, i, j):
			y.add(n)
			last = n
		}
		i = j
	}
	if y.Known && strings.HasSuffix(strings.TrimSpace(strings.TrimSuffix(strings.ToLower(name), ")")), "present") {
		y.To = 9999
	}
	if y.Known && last > 0 && y.From == y.To && endsWithOpenRange(name) {
		y.To = 9999
	}
	return y
}

// isDash reports whether s ends with a dash, as in "2016–" before "17".
func isDash(s string) bool {
	return strings.HasSuffix(s, "–") || strings.HasSuffix(s, "-") || strings.HasSuffix(s, "—")
}

// endsWithOpenRange reports whether a name ends with "YEAR–)" or "YEAR–".
func endsWithOpenRange(s string) bool {
	s = strings.TrimSuffix(strings.TrimSpace(s), ")")
	return isDash(s)
}

// wordBounded reports whether b[i:j] is not part of a longer token with
// letters, so that "F-111" or "Q1234" are not years.
func wordBounded(b []byte, i, j int) bool {
	isAlnum := func(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' }
	if i > 0 && (isAlnum(b[i-1]) || b[i-1] == '-' && i > 1 && isAlnum(b[i-2]) && !(b[i-2] >= '0' && b[i-2] <= '9')) {
		return false
	}
	return j >= len(b) || !isAlnum(b[j])
}
