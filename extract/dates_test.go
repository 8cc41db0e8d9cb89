package extract

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"testing"
)

func TestParseDates(t *testing.T) {
	tests := []struct {
		in         string
		start, end string
		ok         bool
	}{
		{"February 21, 2019", "2019-02-21", "2019-02-21", true},
		{"21 February 2019", "2019-02-21", "2019-02-21", true},
		{"2016-07-19", "2016-07-19", "2016-07-19", true},
		{"15–16 January 2016", "2016-01-15", "2016-01-16", true},
		{"17–25 January 2012, ()", "2012-01-17", "2012-01-25", true},
		{"17–26 September 1944 , ()", "1944-09-17", "1944-09-26", true},
		{"11–30 May 1943, Japanese holdouts until 8 September 1943", "1943-05-11", "1943-05-30", true},
		{"June 53 BC", "-0053-06", "-0053-06", true},
		{"480 BC", "-0480", "-0480", true},
		{"1–3 July 1863", "1863-07-01", "1863-07-03", true},
		{"March 2012 – present", "2012-03", "", true},
		{"7–8 February 2018 (1 day)", "2018-02-07", "2018-02-08", true},
		{"25 November 20011 December 2001, ()", "2001-11-25", "2001-12-01", true},
		{"April 6-7, 1862", "1862-04-06", "1862-04-07", true},
		{"24 August 2016 – 29 March 2017, ()", "2016-08-24", "2017-03-29", true},
		{"27 November 1838 – 9 March 1839, ()", "1838-11-27", "1839-03-09", true},
		{"6 August 1566 – 8 September 1566 (1 month and 2 days)", "1566-08-06", "1566-09-08", true},
		{"5 August or 19 August 1388", "1388-08-05", "1388-08-19", true},
		{"April 22, 1997", "1997-04-22", "1997-04-22", true},
		{"1943", "1943", "1943", true},
		{"January 2013", "2013-01", "2013-01", true},
		{"1838–1839", "1838", "1839", true},
		{"251 AD", "0251", "0251", true},
		{"August/September (Metageitnion), 490 BC", "-0490", "-0490", true},
		{"490 BC", "-0490", "-0490", true},
		{"Unknown", "", "", false},
		{"", "", "", false},
		{"31 February 2019", "", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			start, end, ok := parseDates(tt.in)
			if start != tt.start || end != tt.end || ok != tt.ok {
				t.Errorf("parseDates(%q) = %q, %q, %v; want %q, %q, %v", tt.in, start, end, ok, tt.start, tt.end, tt.ok)
			}
		})
	}
}

// isoRef is datePoint.iso as first written, with fmt.
func isoRef(p datePoint) string {
	if p.year == 0 {
		return ""
	}
	y := fmt.Sprintf("%04d", p.year)
	if p.bc {
		y = "-" + y
	}
	switch {
	case p.month == 0:
		return y
	case p.day == 0:
		return fmt.Sprintf("%s-%02d", y, p.month)
	}
	return fmt.Sprintf("%s-%02d-%02d", y, p.month, p.day)
}

func TestISOSameAsFmt(t *testing.T) {
	nums := []int{math.MinInt, -12345, -100, -10, -9, -1, 0, 1, 9, 10, 31, 99, 100, 999, 1000, 9999, 10000, 123456, math.MaxInt}
	for _, y := range nums {
		for _, m := range nums {
			for _, d := range []int{-1, 0, 1, 10, 100} {
				for _, bc := range []bool{false, true} {
					p := datePoint{day: d, month: m, year: y, bc: bc}
					if got, want := p.iso(), isoRef(p); got != want {
						t.Errorf("%+v.iso() = %q, want %q", p, got, want)
					}
				}
			}
		}
	}
}

func TestSplitGluedYears(t *testing.T) {
	for _, s := range []string{"", "25 November 20011 December 2001", "1838 18381839", "May 18381839", "600700 killed",
		"June 202032 July", "5 March 200131 April, 1 June 199931 July 2000", "21 February 2019"} {
		toks := appendDateTokens(nil, s)
		var want []dateTok
		for i, t := range toks {
			if t.kind == tNum && (len(t.s) == 5 || len(t.s) == 6) && i > 0 && toks[i-1].kind == tMonth && i+1 < len(toks) && toks[i+1].kind == tMonth {
				y, _ := strconv.Atoi(t.s[:4])
				d, _ := strconv.Atoi(t.s[4:])
				if d >= 1 && d <= 31 {
					want = append(want, dateTok{kind: tNum, n: y, s: t.s[:4]}, dateTok{kind: tRange}, dateTok{kind: tNum, n: d, s: t.s[4:]})
					continue
				}
			}
			if t.kind == tNum && len(t.s) == 8 && i > 0 && toks[i-1].kind != tMonth {
				a, _ := strconv.Atoi(t.s[:4])
				b, _ := strconv.Atoi(t.s[4:])
				if a <= b && b-a < 100 {
					want = append(want, dateTok{kind: tNum, n: a, s: t.s[:4]}, dateTok{kind: tRange}, dateTok{kind: tNum, n: b, s: t.s[4:]})
					continue
				}
			}
			want = append(want, t)
		}
		if got := splitGluedYears(toks); !slices.Equal(got, want) {
			t.Errorf("splitGluedYears(tokens of %q) = %v, want %v", s, got, want)
		}
	}
}
