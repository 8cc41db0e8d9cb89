package extract

import (
	"strconv"
	"strings"
)

// readCoordinates reads where the event happened: "52°35′28″N 1°24′37″W",
// "50.408°N 4.667°W", or "50.408, -4.667" (latitude first).
func (x *extractor) readCoordinates(f field) {
	lat, long, ok := parseCoordinates(f.value)
	if !ok {
		x.warn(f.src.Line, "coordinates %q: no latitude and longitude found", f.value)
		return
	}
	x.attr(x.event, Latitude, formatDegrees(lat), f.src)
	x.attr(x.event, Longitude, formatDegrees(long), f.src)
}

// parseCoordinates reads a latitude and a longitude in decimal degrees.
func parseCoordinates(s string) (lat, long float64, ok bool) {
	s = strings.NewReplacer("′", "'", "’", "'", "″", "\"", "”", "\"", "º", "°", "–", "-", "−", "-").Replace(s)
	var vals []float64
	var hemis []byte
	cur := []float64{}
	flush := func(h byte) {
		if len(cur) == 0 {
			return
		}
		v := cur[0]
		if len(cur) > 1 {
			v += cur[1] / 60
		}
		if len(cur) > 2 {
			v += cur[2] / 3600
		}
		vals = append(vals, v)
		hemis = append(hemis, h)
		cur = cur[:0]
	}
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c >= '0' && c <= '9' || c == '-' && i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9':
			j := i + 1
			for j < len(s) && (s[j] >= '0' && s[j] <= '9' || s[j] == '.') {
				j++
			}
			v, err := strconv.ParseFloat(s[i:j], 64)
			if err != nil {
				return 0, 0, false
			}
			if len(cur) == 3 {
				flush(0)
			}
			cur = append(cur, v)
			i = j
		case c == 'N' || c == 'S' || c == 'E' || c == 'W':
			if i+1 < len(s) && isLetterByte(s[i+1]) {
				return 0, 0, false // a word, not a hemisphere
			}
			flush(c)
			i++
		case c == ',' || c == ';':
			flush(0)
			i++
		default:
			i++
		}
	}
	flush(0)
	if len(vals) != 2 {
		return 0, 0, false
	}
	lat, long = vals[0], vals[1]
	if hemis[0] == 'S' {
		lat = -lat
	}
	if hemis[1] == 'W' {
		long = -long
	}
	if hemis[0] == 'E' || hemis[0] == 'W' || hemis[1] == 'N' || hemis[1] == 'S' {
		return 0, 0, false
	}
	if lat < -90 || lat > 90 || long < -180 || long > 180 {
		return 0, 0, false
	}
	return lat, long, true
}

// formatDegrees writes degrees as an xsd:decimal lexical form with six
// places, always with a decimal point.
func formatDegrees(v float64) string {
	return strconv.FormatFloat(v, 'f', 6, 64)
}
