package wikidata

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factloom/factloom/extract"
)

func readSample(t *testing.T) []byte {
	t.Helper()
	needShared(t)
	b, err := os.ReadFile(filepath.Join(shared, "wikidata/sample-dump.json"))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// bzip2Bytes compresses b with the bzip2 tool, which must be installed in
// CI; elsewhere the test is skipped, loudly.
func bzip2Bytes(t *testing.T, b []byte) []byte {
	t.Helper()
	path, err := exec.LookPath("bzip2")
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("bzip2 is not installed (.ci/run installs it)")
		}
		t.Skip("SKIP: bzip2 is not installed")
	}
	cmd := exec.Command(path, "-c")
	cmd.Stdin = bytes.NewReader(b)
	out, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func gzipBytes(t *testing.T, b []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(b)
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// build indexes src and returns the index bytes, its meta and the error.
func build(t *testing.T, src []byte, opts Options) ([]byte, Meta, error) {
	t.Helper()
	if opts.TempDir == "" {
		opts.TempDir = t.TempDir()
	}
	var out bytes.Buffer
	meta, err := Build(t.Context(), &out, "dump", bytes.NewReader(src), opts)
	if err != nil && !isInputError(err) {
		t.Fatalf("Build: %v", err)
	}
	return out.Bytes(), meta, err
}

// openBytes writes an index to a file and opens it.
func openBytes(t *testing.T, idx []byte) *Index {
	t.Helper()
	path := filepath.Join(t.TempDir(), "x.idx")
	if err := os.WriteFile(path, idx, 0o644); err != nil {
		t.Fatal(err)
	}
	x, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { x.Close() })
	return x
}

// TestBuildCompressions indexes the sample dump as it is shipped (.json
// and .json.gz), compressed with bzip2 by the bzip2 tool, with several
// workers and tiny runs, and as JSON Lines; every index must hold the same
// bytes (the Meta, which counts lines, aside).
func TestBuildCompressions(t *testing.T) {
	plain := readSample(t)
	gz, err := os.ReadFile(filepath.Join(shared, "wikidata/sample-dump.json.gz"))
	if err != nil {
		t.Fatal(err)
	}
	want, meta, err := build(t, plain, Options{Jobs: 1})
	if err != nil {
		t.Fatalf("plain: %v", err)
	}
	if meta.Items != 112 || meta.Lines != 114 || meta.Partial || meta.Malformed != 0 {
		t.Errorf("meta = %+v, want 112 items in 114 lines, whole", meta)
	}
	tests := []struct {
		name      string
		src       func() []byte
		opts      Options
		otherMeta bool // the Meta differs (it counts lines)
	}{
		{"gzip", func() []byte { return gz }, Options{}, false},
		{"bzip2", func() []byte { return bzip2Bytes(t, plain) }, Options{}, false},
		{"gzip made here", func() []byte { return gzipBytes(t, plain) }, Options{}, false},
		{"8 workers, runs of 1 KiB", func() []byte { return gz }, Options{Jobs: 8, RunSize: 1 << 10}, false},
		{"JSON Lines", func() []byte { return jsonLines(plain) }, Options{}, true},
		{"every item twice, a run per item, merged in two levels", func() []byte { return append(jsonLines(plain), jsonLines(plain)...) },
			Options{RunSize: 1, fanIn: 16}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _, err := build(t, tt.src(), tt.opts)
			if err != nil {
				t.Fatal(err)
			}
			want := want
			if tt.otherMeta {
				got, want = withoutMeta(got), withoutMeta(want)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("index differs from the plain dump's: %d bytes, want %d", len(got), len(want))
			}
		})
	}
}

// withoutMeta returns the entries and block index of an index, without
// its Meta (which counts lines).
func withoutMeta(idx []byte) []byte {
	if len(idx) < trailerSize {
		return idx
	}
	metaOff := binary.BigEndian.Uint64(idx[len(idx)-trailerSize+8:])
	return idx[:min(metaOff, uint64(len(idx)))]
}

// jsonLines rewrites the dump as one entity per line, without the array.
func jsonLines(dump []byte) []byte {
	var out []byte
	for _, l := range strings.Split(string(dump), "\n") {
		l = strings.TrimSuffix(l, ",")
		if l == "[" || l == "]" || l == "" {
			continue
		}
		out = append(out, l+"\n"...)
	}
	return out
}

// TestBuildBadInput checks that bad lines are reported with their line
// and skipped, and that a cut dump gives a partial index and says so.
func TestBuildBadInput(t *testing.T) {
	plain := readSample(t)
	lines := strings.SplitAfter(string(plain), "\n")
	gz := gzipBytes(t, plain)
	tests := []struct {
		name      string
		src       []byte
		wantErrs  []string // "line: sentinel"
		wantItems int64
		partial   bool
	}{
		{
			name:      "a line cut in the middle",
			src:       []byte(strings.Join(lines[:4], "") + lines[4][:40] + "\n" + strings.Join(lines[5:], "")),
			wantErrs:  []string{"5: " + ErrMalformed.Error()},
			wantItems: 111,
		},
		{
			name:      "garbage and a stray bracket",
			src:       []byte(strings.Join(lines[:2], "") + "not json,\n" + strings.Join(lines[2:10], "") + "{\"id\":\"Q1\",]}\n" + strings.Join(lines[10:], "")),
			wantErrs:  []string{"3: " + ErrMalformed.Error(), "12: " + ErrMalformed.Error()},
			wantItems: 112,
		},
		{
			name:      "plain dump without its closing bracket",
			src:       []byte(strings.Join(lines[:60], "")),
			wantErrs:  []string{"60: " + ErrTruncated.Error()},
			wantItems: 59,
			partial:   true,
		},
		{
			name:      "gzip cut in half",
			src:       gz[:len(gz)/2],
			wantErrs:  []string{ErrTruncated.Error()},
			wantItems: -1, // some, depending on where the cut falls
			partial:   true,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			idx, meta, err := build(t, tt.src, Options{})
			var list extract.ErrorList
			if !errors.As(err, &list) {
				t.Fatalf("error %v, want an ErrorList", err)
			}
			if len(list) != len(tt.wantErrs) {
				t.Fatalf("got %d errors (%v), want %d", len(list), err, len(tt.wantErrs))
			}
			for i, e := range list {
				if e.File != "dump" || !strings.Contains(e.Error(), tt.wantErrs[i]) {
					t.Errorf("error %d = %q, want %q", i, e, tt.wantErrs[i])
				}
			}
			if tt.wantItems >= 0 && meta.Items != tt.wantItems {
				t.Errorf("items = %d, want %d", meta.Items, tt.wantItems)
			}
			if meta.Partial != tt.partial {
				t.Errorf("partial = %v, want %v", meta.Partial, tt.partial)
			}
			x := openBytes(t, idx)
			if x.Meta.Partial != tt.partial || x.Meta.Items != meta.Items {
				t.Errorf("stored meta = %+v, want %+v", x.Meta, meta)
			}
			if cands, err := x.Lookup("United States"); err != nil || len(cands) != 1 {
				t.Errorf("Lookup(United States) = %v, %v: the lines before the problem must be indexed", cands, err)
			}
		})
	}
}

// TestBuildOptions checks the type filter and extra languages.
func TestBuildOptions(t *testing.T) {
	plain := readSample(t)
	tests := []struct {
		name  string
		opts  Options
		name2 string // a name to look up
		want  []string
	}{
		{"English only", Options{}, "États-Unis", nil},
		{"French too", Options{Langs: []string{"en", "fr"}}, "États-Unis", []string{"Q30"}},
		{"organisations kept", Options{Types: TOrganization}, "AQIM", []string{"Q2635966"}},
		{"items of unknown type left out", Options{Types: TOrganization}, "Mali", nil},
		{"states kept", Options{Types: TCountry | TPlace}, "United States", []string{"Q30"}},
		{"organisations left out", Options{Types: TCountry | TPlace}, "AQIM", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			idx, _, err := build(t, plain, tt.opts)
			if err != nil {
				t.Fatal(err)
			}
			cands, err := openBytes(t, idx).Lookup(tt.name2)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, c := range cands {
				got = append(got, c.QID)
			}
			if strings.Join(got, " ") != strings.Join(tt.want, " ") {
				t.Errorf("Lookup(%q) = %q, want %q", tt.name2, got, tt.want)
			}
		})
	}
}

func TestOpenNotIndex(t *testing.T) {
	dir := t.TempDir()
	for _, tt := range []struct{ name, content string }{
		{"empty", ""},
		{"text", "hello, this is not an index at all, not even close to one"},
	} {
		path := filepath.Join(dir, tt.name)
		os.WriteFile(path, []byte(tt.content), 0o644)
		if _, err := Open(path); !errors.Is(err, ErrNotIndex) {
			t.Errorf("%s: Open error %v, want ErrNotIndex", tt.name, err)
		}
	}
	plain := readSample(t)
	idx, _, _ := build(t, plain, Options{})
	path := filepath.Join(dir, "cut.idx")
	os.WriteFile(path, idx[:len(idx)-5], 0o644)
	if _, err := Open(path); !errors.Is(err, ErrNotIndex) {
		t.Errorf("cut index: Open error %v, want ErrNotIndex", err)
	}
}
