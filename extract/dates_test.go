package extract

import "testing"

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
