package extract

import "testing"

func TestStartsWithDate(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want bool
	}{
		{name: "year", in: "2013", want: true},
		{name: "year and more", in: " 2013 and 2014", want: true},
		{name: "year before a place head", in: "1944 River", want: false},
		{name: "month and year", in: "January 2013", want: true},
		{name: "month without year", in: "January 12", want: false},
		{name: "no-break space", in: "May\u00a01944", want: true},
		{name: "line separator", in: "\u20281944\u2028Town", want: false},
		{name: "empty", in: " \t", want: false},
		{name: "word", in: "the north", want: false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := startsWithDate(tt.in); got != tt.want {
				t.Errorf("startsWithDate(%q): got %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}
