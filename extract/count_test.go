package extract

import (
	"regexp"
	"strings"
	"testing"
)

// numberRE is the regular expression readCount's scanner replaced; it
// stays here as the scanner's oracle.
var numberRE = regexp.MustCompile(`(?i)(?:\b(up to|at least|about|approximately|approx\.|around|over|more than|nearly|almost|some|c\.|ca\.)\s*)?([~≈]\s*)?\b(\d{1,3}(?:,\d{3})+|\d+)(\+)?(?:\s*(?:–|—|-|to|or)\s*(\d{1,3}(?:,\d{3})+|\d+)(\+)?)?`)

// regexCount is readCount as it was with numberRE, numbers only.
func regexCount(item string) (n, max int, end int, ok bool) {
	for _, m := range numberRE.FindAllStringSubmatchIndex(item, -1) {
		numStart := m[6]
		if numStart > 0 {
			prev := item[:numStart]
			if strings.HasSuffix(prev, "-") || strings.HasSuffix(strings.ToLower(prev), "no. ") ||
				strings.HasSuffix(strings.ToLower(prev), "no.") || endsWithLetter(prev) {
				continue
			}
		}
		numEnd := m[7]
		if numEnd < len(item) && isLetterByte(item[numEnd]) {
			rest := strings.ToLower(item[numEnd:])
			if strings.HasPrefix(rest, "st") || strings.HasPrefix(rest, "nd") || strings.HasPrefix(rest, "rd") || strings.HasPrefix(rest, "th") {
				continue
			}
		}
		n = atoiComma(item[m[6]:m[7]])
		if m[10] >= 0 {
			max = atoiComma(item[m[10]:m[11]])
		}
		if n < 0 || max < 0 {
			continue
		}
		n, max = unglueRange(item[m[6]:m[7]], n, max)
		if max <= n {
			max = 0
		}
		return n, max, m[1], true
	}
	return 0, 0, 0, false
}

// TestReadCountMatchesRegexp holds the scanner to the regular expression on
// every figure item of the corpus-like cases and on awkward ones.
func TestReadCountMatchesRegexp(t *testing.T) {
	items := []string{
		"1,200", "~300", "c. 511", "300+", "2,300 – 3,000", "100 or 500", "10,000 to 15,000", "Up to 8,000",
		"28– 33 dead", "69 – 161 wounded", "F-22 fighter jets", "No. 2 Column: 525", "2nd armored division",
		"1,814 frostbitten and sick", "600700 killed or wounded", "12,3456", "1234,567", "5,000–10,000 escaped",
		"20,000-25,000", "3,000 to 5,000 to Rorke's Drift", "1 , Total:, 9,000", "586+", "500+ killed, 86 re-captured",
		"T-72 tanks", "about 20,000-25,000", "at least 40 dead", "100–200 killed", "99999999999999999999 men",
		"1,000,000 men", "7 ships destroyed", "a1 2b 3", "40 Or 50", "4 TO 6",
	}
	for _, it := range items {
		c := readCount(it)
		n, max, _, ok := regexCount(it)
		if c.has != ok || ok && (c.n != n || c.max != max) {
			t.Errorf("readCount(%q) = %d-%d (%v), the regexp reads %d-%d (%v)", it, c.n, c.max, c.has, n, max, ok)
		}
	}
}

func FuzzReadCount(f *testing.F) {
	for _, s := range []string{"1,200–1,500 killed", "100 or 500", "No. 3 Column: 1,312"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, it string) {
		c := readCount(it)
		n, max, _, ok := regexCount(it)
		if c.has != ok || ok && (c.n != n || c.max != max) {
			t.Errorf("readCount(%q) = %d-%d (%v), the regexp reads %d-%d (%v)", it, c.n, c.max, c.has, n, max, ok)
		}
	})
}
