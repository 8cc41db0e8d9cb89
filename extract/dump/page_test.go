package dump

import (
	"bytes"
	"errors"
	"io"
	"os"
	"strconv"
	"strings"
	"testing"
)

const sampleDir = "../../../shared/wikitext/"

func readSample(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(sampleDir + name)
	if err != nil {
		t.Skipf("sample dump not found: %v", err)
	}
	return b
}

// readAll reads every page of r and returns "ordinal:id:ns:redirect:title"
// lines and the error that ended the reading (nil at io.EOF).
func readAll(r *Reader) ([]string, error) {
	var got []string
	for {
		p, err := r.Next()
		if err == io.EOF {
			return got, nil
		}
		if err != nil {
			return got, err
		}
		red := ""
		if p.Redirect {
			red = "R"
		}
		got = append(got, strings.Join([]string{itoa(p.N), itoa(p.ID), itoa(int64(p.NS)), red, p.Title}, ":"))
	}
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

func TestReaderSample(t *testing.T) {
	xml := readSample(t, "sample-pages-articles.xml")
	got, err := readAll(NewReader(bytes.NewReader(xml)))
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 31 {
		t.Fatalf("got %d pages, want 31", len(got))
	}
	for i, want := range map[int]string{
		0:  "1:10:0:R:AccessibleComputing",
		3:  "4:724:4:R:Wikipedia:Adding Wikipedia articles to Nupedia",
		16: "17:4605:0:R:Battle of Aboukir Bay",
		21: "22:4928:0::Battle of Świecino",
		30: "31:29587:0::Second Battle of El Alamein",
	} {
		if got[i] != want {
			t.Errorf("page %d: got %q, want %q", i+1, got[i], want)
		}
	}
}

func TestReaderSmallBuffer(t *testing.T) {
	// A one-byte reader makes every page straddle many fills.
	xml := readSample(t, "sample-pages-articles.xml")
	want, _ := readAll(NewReader(bytes.NewReader(xml)))
	r := NewReader(oneByte{bytes.NewReader(xml)})
	r.buf = make([]byte, 16)
	got, err := readAll(r)
	if err != nil || strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got %d pages (%v), want %d", len(got), err, len(want))
	}
}

type oneByte struct{ r io.Reader }

func (o oneByte) Read(p []byte) (int, error) { return o.r.Read(p[:1]) }

func TestReaderBad(t *testing.T) {
	page := func(id, text string) string {
		return "<page><title>T" + id + "</title><ns>0</ns><id>" + id + "</id><revision><id>9</id><text bytes=\"1\">" + text + "</text></revision></page>\n"
	}
	head := "<mediawiki>\n"
	tests := []struct {
		name    string
		in      string
		pages   int
		wantErr error
	}{
		{"whole", head + page("1", "a") + page("2", "b") + "</mediawiki>\n", 2, nil},
		{"cut inside a page", head + page("1", "a") + page("2", "b")[:40], 1, ErrTruncated},
		{"cut between pages", head + page("1", "a") + page("2", "b"), 2, ErrNoEnd},
		{"no id", head + "<page><title>X</title></page></mediawiki>", 0, ErrBadPage},
		{"bad ns", head + "<page><title>X</title><ns>x</ns><id>1</id></page></mediawiki>", 0, ErrBadPage},
		{"empty text", head + "<page><title>X</title><ns>0</ns><id>1</id><revision><text bytes=\"0\" /></revision></page></mediawiki>", 1, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := readAll(NewReader(strings.NewReader(tt.in)))
			if len(got) != tt.pages || !errors.Is(err, tt.wantErr) {
				t.Errorf("got %d pages, error %v; want %d, %v", len(got), err, tt.pages, tt.wantErr)
			}
		})
	}
}

func TestUnescape(t *testing.T) {
	tests := []struct{ in, want string }{
		{"a &amp;lt; b", "a &lt; b"},
		{"&lt;ref&gt;&quot;x&quot;&apos;", "<ref>\"x\"'"},
		{"&#91;1&#x5D; &#0; &#xD800; &bogus; & alone", "[1] &#0; &#xD800; &bogus; & alone"},
		{"no entities", "no entities"},
	}
	for _, tt := range tests {
		if got := string(Unescape(nil, []byte(tt.in))); got != tt.want {
			t.Errorf("Unescape(%q): got %q, want %q", tt.in, got, tt.want)
		}
	}
}
