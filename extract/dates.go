package extract

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A datePoint is one date as written, with the parts the text gives.
type datePoint struct {
	day, month, year int // 0 when not given
	bc               bool
}

// iso writes the point as ISO 8601 at the precision it has: YYYY-MM-DD,
// YYYY-MM or YYYY, with a leading '-' for years BC. It is "" without a year.
func (p datePoint) iso() string {
	if p.year == 0 {
		return ""
	}
	var buf [32]byte
	b := buf[:0]
	if p.bc {
		b = append(b, '-')
	}
	b = appendZeroPadded(b, p.year, 4)
	if p.month != 0 {
		b = append(b, '-')
		b = appendZeroPadded(b, p.month, 2)
		if p.day != 0 {
			b = append(b, '-')
			b = appendZeroPadded(b, p.day, 2)
		}
	}
	return string(b)
}

// appendZeroPadded appends n as fmt's %0*d writes it: at least width
// characters, with zeros after the sign ("-001" for -1 and width 4).
func appendZeroPadded(b []byte, n, width int) []byte {
	var digits [24]byte
	d := strconv.AppendInt(digits[:0], int64(n), 10)
	if n < 0 {
		b = append(b, '-')
		d = d[1:]
		width--
	}
	for i := len(d); i < width; i++ {
		b = append(b, '0')
	}
	return append(b, d...)
}

type dateTokKind int

const (
	tNum dateTokKind = iota
	tMonth
	tEra
	tRange
	tOpen // "present", "ongoing"
	tSkip // a comma, "c."
	tWord
)

type dateTok struct {
	kind dateTokKind
	n    int    // number, month, or 1 for BC and 0 for AD
	s    string // the text, for tWord
}

// appendDateTokens cuts date text into tokens and appends them to toks.
// Parenthesised text is dropped.
func appendDateTokens(toks []dateTok, s string) []dateTok {
	s = dropParens(s)
	i := 0
	for i < len(s) {
		r := rune(s[i])
		size := 1
		if r >= 0x80 {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		switch {
		case r == ' ' || r == '\t' || r == ',' || r == ';' || r == '.' && i > 0 && s[i-1] == ' ':
			if r == ',' || r == ';' {
				toks = append(toks, dateTok{kind: tSkip, s: string(r)})
			}
			i += size
		case r == '–' || r == '—' || r == '-' || r == '−' || r == '/':
			toks = append(toks, dateTok{kind: tRange})
			i += size
		case r >= '0' && r <= '9':
			j := i
			for j < len(s) && (s[j] >= '0' && s[j] <= '9' || s[j] == ',' && j+3 < len(s) && isDigits(s[j+1:j+4]) && (j+4 == len(s) || s[j+4] < '0' || s[j+4] > '9')) {
				j++
			}
			digits := strings.ReplaceAll(s[i:j], ",", "")
			// Skip ordinal suffixes: 1st, 2nd, 21st.
			k := j
			for k < len(s) && (s[k] >= 'a' && s[k] <= 'z') {
				k++
			}
			suffix := s[j:k]
			if suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th" {
				j = k
			}
			n, _ := strconv.Atoi(digits)
			if len(digits) > 6 {
				n = -1
			}
			toks = append(toks, dateTok{kind: tNum, n: n, s: digits})
			i = j
		case unicode.IsLetter(r):
			j := i
			for j < len(s) {
				c, sz := utf8.DecodeRuneInString(s[j:])
				if !unicode.IsLetter(c) && c != '.' && c != '\'' {
					break
				}
				j += sz
			}
			w := s[i:j]
			lw := strings.ToLower(w)
			switch {
			case s[j:] != "" && s[j] == '/' && (monthByKey[lw] > 0 || monthByKey[strings.TrimSuffix(lw, ".")] > 0) && alternativeMonthAt(s, j):
				// "August/September, 490 BC": the month is not known, only
				// the year, and neither is a day before it.
				if n := len(toks); n > 0 && toks[n-1].kind == tNum && len(toks[n-1].s) <= 2 {
					toks[n-1] = dateTok{kind: tSkip, s: toks[n-1].s}
				}
				toks = append(toks, dateTok{kind: tSkip, s: lw})
				j = alternativeMonthAt2(s, j)
			case monthByKey[lw] > 0 || monthByKey[strings.TrimSuffix(lw, ".")] > 0:
				m := monthByKey[lw]
				if m == 0 {
					m = monthByKey[strings.TrimSuffix(lw, ".")]
				}
				toks = append(toks, dateTok{kind: tMonth, n: m})
			case lw == "bc" || lw == "bce" || lw == "b.c." || lw == "b.c.e." || lw == "b.c":
				toks = append(toks, dateTok{kind: tEra, n: 1})
			case lw == "ad" || lw == "ce" || lw == "a.d." || lw == "c.e.":
				toks = append(toks, dateTok{kind: tEra, n: 0})
			case lw == "to" || lw == "until" || lw == "till" || lw == "through" || lw == "or" || lw == "and" || lw == "from" || lw == "between":
				if lw == "from" || lw == "between" {
					toks = append(toks, dateTok{kind: tSkip, s: lw})
				} else {
					toks = append(toks, dateTok{kind: tRange, s: lw})
				}
			case lw == "present" || lw == "ongoing" || lw == "today":
				toks = append(toks, dateTok{kind: tOpen})
			case lw == "c." || lw == "c" || lw == "circa" || lw == "ca." || lw == "ca" || lw == "on" || lw == "in" || lw == "of" || lw == "the" || lw == "early" || lw == "late" || lw == "mid" || lw == "around" || lw == "about":
				toks = append(toks, dateTok{kind: tSkip, s: lw})
			default:
				toks = append(toks, dateTok{kind: tWord, s: w})
			}
			i = j
		default:
			i += size
		}
	}
	return toks
}

// alternativeMonthAt reports whether s[j:] is "/" and a month's name: the
// second of two months given as alternatives.
func alternativeMonthAt(s string, j int) bool { return alternativeMonthAt2(s, j) > j }

// alternativeMonthAt2 returns the end of "/Month" at s[j:], or j.
func alternativeMonthAt2(s string, j int) int {
	if j >= len(s) || s[j] != '/' {
		return j
	}
	k := j + 1
	for k < len(s) && (s[k] >= 'a' && s[k] <= 'z' || s[k] >= 'A' && s[k] <= 'Z') {
		k++
	}
	if monthByKey[strings.ToLower(s[j+1:k])] == 0 {
		return j
	}
	return k
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// dropParens removes parenthesised text, "(1 day)" and empty "()".
func dropParens(s string) string {
	if !strings.ContainsAny(s, "([") {
		return s
	}
	var b strings.Builder
	depth := 0
	for _, r := range s {
		switch r {
		case '(', '[':
			depth++
		case ')', ']':
			if depth > 0 {
				depth--
			}
		default:
			if depth == 0 {
				b.WriteRune(r)
			}
		}
	}
	return b.String()
}

// parseDates reads the first date or date range of s, as written in an
// infobox Date field or a sentence: "21 February 2019", "February 21, 2019",
// "1–3 July 1863", "17–26 September 1944", "27 November 1838 – 9 March 1839",
// "April 6-7, 1862", "480 BC", "March 2012 – present", "2016-07-19". It
// returns the ISO start and end ("" for an open end) and whether a date was
// found. A single date is both the start and the end.
func parseDates(s string) (start, end string, ok bool) {
	if st, en, ok := parseISODates(s); ok {
		return st, en, true
	}
	var tokBuf [16]dateTok // "27 November 1838 – 9 March 1839" is 7
	toks := splitGluedYears(appendDateTokens(tokBuf[:0], s))
	var pointBuf [4]datePoint
	points := pointBuf[:0]
	var cur datePoint
	open := false
	have := func(p datePoint) bool { return p.day != 0 || p.month != 0 || p.year != 0 }
	started := false
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		switch t.kind {
		case tNum:
			if t.n <= 0 {
				goto done
			}
			started = true
			next := dateTokKind(-1)
			if i+1 < len(toks) {
				next = toks[i+1].kind
			}
			prevMonth := i > 0 && toks[i-1].kind == tMonth
			switch {
			case next == tEra:
				if cur.year != 0 {
					points = append(points, cur)
					cur = datePoint{}
				}
				cur.year = t.n
			case t.n <= 31 && len(t.s) <= 2 && (next == tMonth || prevMonth && cur.day == 0 || next == tRange && cur.day == 0 && cur.year == 0):
				if cur.day != 0 {
					points = append(points, cur)
					cur = datePoint{}
				}
				cur.day = t.n
			case len(t.s) >= 3 || t.n > 31:
				if cur.year != 0 {
					points = append(points, cur)
					cur = datePoint{}
				}
				cur.year = t.n
				if t.n > 9999 {
					goto done
				}
			default:
				if cur.day == 0 && (prevMonth || cur.month != 0) {
					cur.day = t.n
				} else if !have(cur) {
					cur.day = t.n
				} else {
					goto done
				}
			}
		case tMonth:
			started = true
			if cur.month != 0 || cur.year != 0 {
				points = append(points, cur)
				cur = datePoint{}
			}
			cur.month = t.n
		case tEra:
			if t.n == 1 {
				cur.bc = true
				for j := range points {
					if points[j].year != 0 && !points[j].bc {
						points[j].bc = true
					}
				}
			}
		case tRange:
			if have(cur) {
				points = append(points, cur)
				cur = datePoint{}
			}
		case tOpen:
			if started {
				open = true
				goto done
			}
		case tSkip:
			if t.s == ";" && started && cur.year != 0 {
				goto done
			}
			if t.s == "," && started && cur.year != 0 {
				// "April 6-7, 1862": a comma before the year is part of the
				// date; after the year it ends it.
				goto done
			}
		case tWord:
			if started {
				goto done
			}
		}
	}
done:
	if have(cur) {
		points = append(points, cur)
	}
	if len(points) == 0 {
		return "", "", false
	}
	first, last := points[0], points[len(points)-1]
	// Back-fill what the first point leaves to the last ("1–3 July 1863").
	if first.year == 0 {
		first.year, first.bc = last.year, last.bc
		if first.month == 0 {
			first.month = last.month
		}
	}
	if last.year == 0 {
		last.year, last.bc = first.year, first.bc
	}
	if last.month == 0 && last.day != 0 {
		last.month = first.month
	}
	if first.day != 0 && first.month == 0 || last.day != 0 && last.month == 0 {
		return "", "", false
	}
	if !validPoint(first) || !validPoint(last) {
		return "", "", false
	}
	start = first.iso()
	if open {
		return start, "", start != ""
	}
	end = last.iso()
	if start == "" || end == "" {
		return "", "", false
	}
	return start, end, true
}

func validPoint(p datePoint) bool {
	if p.year <= 0 || p.year > 9999 || p.month < 0 || p.month > 12 || p.day < 0 || p.day > 31 {
		return false
	}
	if p.day > 0 {
		days := [...]int{31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}
		if p.day > days[p.month-1] {
			return false
		}
	}
	return true
}

// splitGluedYears undoes a page copy's lost separator between a year and
// the day after it: "25 November 20011 December 2001" reads 2001, then 1.
func splitGluedYears(toks []dateTok) []dateTok {
	var out []dateTok // nil, and toks returned as they are, until a token is split
	split := func(i int, a dateTok, b dateTok) {
		if out == nil {
			out = append(make([]dateTok, 0, len(toks)+2), toks[:i]...)
		}
		out = append(out, a, dateTok{kind: tRange}, b)
	}
	for i, t := range toks {
		if t.kind == tNum && (len(t.s) == 5 || len(t.s) == 6) && i > 0 && toks[i-1].kind == tMonth &&
			i+1 < len(toks) && toks[i+1].kind == tMonth {
			y, _ := strconv.Atoi(t.s[:4])
			d, _ := strconv.Atoi(t.s[4:])
			if d >= 1 && d <= 31 {
				split(i, dateTok{kind: tNum, n: y, s: t.s[:4]}, dateTok{kind: tNum, n: d, s: t.s[4:]})
				continue
			}
		}
		// "600700 killed" is not a date, but "1838–1839" might be glued as
		// "18381839": two years.
		if t.kind == tNum && len(t.s) == 8 && i > 0 && toks[i-1].kind != tMonth {
			a, _ := strconv.Atoi(t.s[:4])
			b, _ := strconv.Atoi(t.s[4:])
			if a <= b && b-a < 100 {
				split(i, dateTok{kind: tNum, n: a, s: t.s[:4]}, dateTok{kind: tNum, n: b, s: t.s[4:]})
				continue
			}
		}
		if out != nil {
			out = append(out, t)
		}
	}
	if out == nil {
		return toks
	}
	return out
}

// parseISODates reads "2016-07-19" or "2016-07-19 – 2016-07-21".
func parseISODates(s string) (start, end string, ok bool) {
	s = strings.TrimSpace(dropParens(s))
	var found []string
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '–' || r == '—' || r == ',' }) {
		if len(f) == 10 && f[4] == '-' && f[7] == '-' && isDigits(f[:4]) && isDigits(f[5:7]) && isDigits(f[8:]) {
			found = append(found, f)
		} else if len(found) > 0 || !strings.EqualFold(f, "to") {
			break
		}
	}
	if len(found) == 0 {
		return "", "", false
	}
	y, _ := strconv.Atoi(found[0][:4])
	m, _ := strconv.Atoi(found[0][5:7])
	d, _ := strconv.Atoi(found[0][8:])
	if !validPoint(datePoint{day: d, month: m, year: y}) {
		return "", "", false
	}
	return found[0], found[len(found)-1], true
}
