package main

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const sampleDump = "../../../shared/wikidata/sample-dump.json.gz"

func TestNewCmdWikidataIndex(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want wikidataIndexOptions
	}{
		{"defaults", []string{"d.json.gz", "-o", "x.idx"}, wikidataIndexOptions{Dump: "d.json.gz", Output: "x.idx", Langs: []string{"en"}, Jobs: 3}},
		{"all flags", []string{"-", "-o", "x.idx", "--lang", "en,fr", "--types", "Person,Event", "-j", "2", "--tmp", "/t"},
			wikidataIndexOptions{Dump: "-", Output: "x.idx", Langs: []string{"en", "fr"}, Types: "Person,Event", Jobs: 2, TempDir: "/t"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got *wikidataIndexOptions
			cmd := newWikidataIndexCmd(&Env{}, func(_ context.Context, o *wikidataIndexOptions) error { got = o; return nil })
			cmd.SetArgs(tt.args)
			if err := cmd.Execute(); err != nil {
				t.Fatal(err)
			}
			if tt.name == "defaults" {
				got.Jobs = 3 // GOMAXPROCS
			}
			if got.Dump != tt.want.Dump || got.Output != tt.want.Output || strings.Join(got.Langs, ",") != strings.Join(tt.want.Langs, ",") ||
				got.Types != tt.want.Types || got.Jobs != tt.want.Jobs || got.TempDir != tt.want.TempDir {
				t.Errorf("got %+v, want %+v", *got, tt.want)
			}
		})
	}
}

// run runs factloom with args and returns its exit code, stdout and stderr.
// An argument "<FILE" is not passed on: FILE becomes standard input.
func run(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	var stdin io.Reader = strings.NewReader("")
	var pass []string
	for _, a := range args {
		if name, ok := strings.CutPrefix(a, "<"); ok {
			b, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			stdin = bytes.NewReader(b)
			continue
		}
		pass = append(pass, a)
	}
	code := Main(t.Context(), pass, stdin, &out, &errb)
	return code, out.String(), errb.String()
}

// TestWikidataCommands builds the sample's index, looks names up, and
// links the bundled article, through the real commands.
func TestWikidataCommands(t *testing.T) {
	if _, err := os.Stat(sampleDump); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal(err)
		}
		t.Skipf("SKIP: %v", err)
	}
	idx := filepath.Join(t.TempDir(), "sample.idx")
	tests := []struct {
		name     string
		args     []string
		code     int
		wantOut  []string
		wantErrs []string
	}{
		{"index", []string{"wikidata", "index", sampleDump, "-o", idx}, 0, nil, []string{"indexed 112 items"}},
		{"index from standard input", []string{"wikidata", "index", "-", "-o", idx + "-stdin", "<" + sampleDump}, 0, nil, []string{"indexed 112 items"}},
		{"index needs -o", []string{"wikidata", "index", sampleDump}, 2, nil, []string{"-o INDEX is required"}},
		{"bad --types", []string{"wikidata", "index", sampleDump, "-o", idx + "2", "--types", "Ship"}, 2, nil, []string{`unknown type "Ship"`}},
		{"missing dump", []string{"wikidata", "index", "nope.json.gz", "-o", idx + "2"}, 1, nil, []string{"nope.json.gz"}},
		{"lookup links", []string{"wikidata", "lookup", idx, "Mali", "--type", "Country"}, 0,
			[]string{"*  Q912 ", "Q1019078", "kept, not chosen", "Wikipedia's page of that name"}, nil},
		{"lookup abstains", []string{"wikidata", "lookup", idx, "Ansar al-Sharia"}, 0, []string{"abstain: no clear best"}, nil},
		{"lookup rejects", []string{"wikidata", "lookup", idx, "Battle of Kirkuk", "--type", "Event", "--date", "2015"}, 0,
			[]string{"*  Q24083364", "rejected: years 2016 miss the entity's 2015"}, nil},
		{"lookup nothing", []string{"wikidata", "lookup", idx, "Atlantis"}, 0, []string{`no item is named "Atlantis"`}, nil},
		{"lookup a file that is no index", []string{"wikidata", "lookup", sampleDump, "Mali"}, 1, nil, []string{"not a factloom Wikidata index"}},
		{"extract links", []string{"extract", "--wikidata", idx, "-f", "nt", "../../../shared/corpus/battle_of_otterburn.txt"}, 0,
			[]string{"<http://www.w3.org/2002/07/owl#sameAs> <http://www.wikidata.org/entity/Q1648673> ."}, nil},
		{"extract with a missing index", []string{"extract", "--wikidata", "nope.idx", "../../testdata/articles/battle_of_elakla.txt"}, 1,
			nil, []string{"nope.idx"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := run(t, tt.args...)
			if code != tt.code {
				t.Errorf("exit %d, want %d; stderr %q", code, tt.code, errs)
			}
			for _, w := range tt.wantOut {
				if !strings.Contains(out, w) {
					t.Errorf("stdout lacks %q:\n%s", w, out)
				}
			}
			for _, w := range tt.wantErrs {
				if !strings.Contains(errs, w) {
					t.Errorf("stderr lacks %q:\n%s", w, errs)
				}
			}
		})
	}
}
