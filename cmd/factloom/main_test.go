package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestMain runs the test binary as factloom itself when FACTLOOM_AS_CMD is
// set, so that the end-to-end tests run the real command (stringer's
// endtoend_test trick).
func TestMain(m *testing.M) {
	if os.Getenv("FACTLOOM_AS_CMD") == "1" {
		os.Exit(Main(context.Background(), os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
}

// runCmd runs factloom as a separate process with args and returns its stdout, stderr and exit code.
func runCmd(t *testing.T, stdin []byte, args ...string) (string, string, int) {
	t.Helper()
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), "FACTLOOM_AS_CMD=1")
	cmd.Stdin = bytes.NewReader(stdin)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return out.String(), errb.String(), code
}

// need finds an outside tool, or skips loudly; under CI=true a missing
// tool fails the test.
func need(t *testing.T, name string, check ...string) string {
	t.Helper()
	path, err := exec.LookPath(name)
	if err == nil && len(check) > 0 {
		err = exec.Command(path, check...).Run()
	}
	if err != nil {
		msg := "!!! " + name + " is missing (" + err.Error() + "): install raptor2-utils and python3-rdflib (.ci/run does)"
		if os.Getenv("CI") == "true" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	return path
}

func bundled(t *testing.T) []string {
	paths, _ := filepath.Glob("../../testdata/articles/*.txt")
	corpus, _ := filepath.Glob("../../../shared/corpus/*.txt")
	paths = append(paths, corpus...)
	if len(paths) == 0 {
		t.Fatal("no articles")
	}
	return paths
}

// TestOutputParses extracts every bundled and corpus article and hands the
// output to parsers nobody here wrote: rapper and rdflib must read it and
// count the triples factloom wrote, and rdflib must find the Turtle and the
// N-Triples the same graph.
func TestOutputParses(t *testing.T) {
	rapper := need(t, "rapper", "--version")
	py := need(t, "/usr/bin/python3", "-c", "import rdflib")
	dir := t.TempDir()
	want := map[string]int{}
	var ttls []string
	for _, p := range bundled(t) {
		name := strings.TrimSuffix(filepath.Base(p), ".txt")
		nt := filepath.Join(dir, name+".nt")
		ttl := filepath.Join(dir, name+".ttl")
		for _, f := range []struct{ format, path string }{{"ntriples", nt}, {"turtle", ttl}} {
			if _, stderr, code := runCmd(t, nil, "extract", "-f", f.format, "-o", f.path, p); code != 0 {
				t.Fatalf("%s: exit %d: %s", p, code, stderr)
			}
		}
		want[name] = countLines(t, nt)
		ttls = append(ttls, ttl)
		for _, f := range []struct{ syntax, path string }{{"ntriples", nt}, {"turtle", ttl}} {
			out, err := exec.Command(rapper, "-i", f.syntax, "-c", f.path, "http://base.example/").CombinedOutput()
			if err != nil {
				t.Errorf("rapper %s: %v\n%s", f.path, err, out)
			} else if got := rapperCount(string(out)); got != want[name] {
				t.Errorf("rapper counts %d triples in %s, want %d", got, f.path, want[name])
			}
		}
	}
	out, err := exec.Command(py, append([]string{"../../testdata/rdfcheck.py"}, ttls...)...).CombinedOutput()
	if err != nil {
		t.Fatalf("rdflib: %v\n%s", err, out)
	}
	seen := 0
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		f := strings.Fields(line)
		if len(f) != 4 {
			t.Errorf("rdfcheck: %s", line)
			continue
		}
		seen++
		ttlCount, _ := strconv.Atoi(f[1])
		ntCount, _ := strconv.Atoi(f[2])
		if ttlCount != want[f[0]] || ntCount != want[f[0]] || f[3] != "same" {
			t.Errorf("%s: rdflib reads %d (Turtle) and %d (N-Triples) triples, %s; want %d, same", f[0], ttlCount, ntCount, f[3], want[f[0]])
		}
	}
	if seen != len(ttls) {
		t.Errorf("rdflib checked %d graphs, want %d", seen, len(ttls))
	}
}

// rapperCount reads "rapper: Parsing returned N triples".
func rapperCount(out string) int {
	i := strings.Index(out, "returned ")
	if i < 0 {
		return -1
	}
	f := strings.Fields(out[i+len("returned "):])
	n, _ := strconv.Atoi(f[0])
	return n
}

// TestDeterministic wants the same bytes from the same inputs, whatever
// the number of jobs and the order of the inputs.
func TestDeterministic(t *testing.T) {
	paths := bundled(t)
	first, _, code := runCmd(t, nil, append([]string{"extract", "-f", "ttl", "-j", "1"}, paths...)...)
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	again, _, _ := runCmd(t, nil, append([]string{"extract", "-f", "ttl", "-j", "8"}, paths...)...)
	rev := make([]string, len(paths))
	for i, p := range paths {
		rev[len(paths)-1-i] = p
	}
	reversed, _, _ := runCmd(t, nil, append([]string{"extract", "-f", "ttl", "-j", "3"}, rev...)...)
	if first != again || first != reversed {
		t.Error("the same articles gave different bytes")
	}
}

// TestBadInputs checks what the user sees for inputs that cannot be read:
// "file:line: reason" on stderr, the good inputs still written, exit 1.
func TestBadInputs(t *testing.T) {
	good := "../../testdata/articles/battle_of_elakla.txt"
	goodOut, _, _ := runCmd(t, nil, "extract", "-f", "nt", good)
	tests := []struct {
		name     string
		args     []string
		stdin    string
		code     int
		stderr   []string
		wantGood bool
	}{
		{"missing file", []string{"extract", "-f", "nt", good, "nosuch.txt"}, "", 1, []string{"factloom: nosuch.txt: no such file or directory"}, true},
		{"not utf-8", []string{"extract", "-f", "nt", "../../testdata/bad/not_utf8.txt", good}, "", 1, []string{"factloom: ../../testdata/bad/not_utf8.txt:2: not valid UTF-8"}, true},
		{"no infobox", []string{"extract", "-f", "nt", good, "../../testdata/bad/no_infobox.txt"}, "", 1, []string{"no_infobox.txt:1: no infobox"}, true},
		{"empty stdin", []string{"extract", "-f", "nt", "-"}, "", 1, []string{"factloom: -: empty article"}, false},
		{"warning only", []string{"extract", "-f", "nt", "../../testdata/bad/bad_date.txt"}, "", 0, []string{"factloom: warning: ../../testdata/bad/bad_date.txt:2: date \"sometime\": no date found"}, false},
		{"unknown format", []string{"extract", "-f", "xml", good}, "", 2, []string{"unknown format"}, false},
		{"bad base", []string{"extract", "--base", "not a base", good}, "", 2, []string{"base"}, false},
		{"no args", []string{"extract"}, "", 2, []string{"requires at least 1 arg"}, false},
		{"unknown flag", []string{"extract", "--nosuch", good}, "", 2, []string{"unknown flag"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, stderr, code := runCmd(t, []byte(tt.stdin), tt.args...)
			if code != tt.code {
				t.Errorf("exit %d, want %d (stderr %q)", code, tt.code, stderr)
			}
			for _, s := range tt.stderr {
				if !strings.Contains(stderr, s) {
					t.Errorf("stderr %q lacks %q", stderr, s)
				}
			}
			if tt.wantGood && out != goodOut {
				t.Errorf("the good input's graph was not written whole")
			}
		})
	}
}

// TestStdinAndMerge reads an article from stdin and merges two inputs.
func TestStdinAndMerge(t *testing.T) {
	src, err := os.ReadFile("../../testdata/articles/battle_of_elakla.txt")
	if err != nil {
		t.Fatal(err)
	}
	fromStdin, _, code := runCmd(t, src, "extract", "-f", "nt", "-")
	if code != 0 || !strings.Contains(fromStdin, "battle_of_elakla") {
		t.Fatalf("stdin: exit %d", code)
	}
	one, _, _ := runCmd(t, nil, "extract", "-f", "nt", "../../testdata/articles/battle_of_elakla.txt")
	if fromStdin != one {
		t.Error("stdin and file give different graphs")
	}
	corpus, _ := filepath.Glob("../../../shared/corpus/battle_of_gao.txt")
	if len(corpus) == 0 {
		t.Skip("no corpus beside the repository")
	}
	merged, _, _ := runCmd(t, nil, "extract", "-f", "nt", "../../testdata/articles/battle_of_elakla.txt", corpus[0])
	gao, _, _ := runCmd(t, nil, "extract", "-f", "nt", corpus[0])
	set := map[string]bool{}
	for _, l := range strings.Split(merged, "\n") {
		set[l] = true
	}
	for _, l := range strings.Split(one+gao, "\n") {
		if !set[l] {
			t.Fatalf("merged graph lacks %s", l)
		}
	}
	// Both articles name Mali: one node, not two.
	if strings.Count(merged, "<https://w3id.org/factloom/id/country/mali> <http://www.w3.org/2000/01/rdf-schema#label>") > 1 {
		t.Error("Mali has two labels in the merged graph")
	}
}

func TestHelp(t *testing.T) {
	out, _, code := runCmd(t, nil, "extract", "--help")
	if code != 0 || !strings.Contains(out, "factloom extract testdata/articles/battle_of_elakla.txt") {
		t.Errorf("help lacks the example (exit %d):\n%s", code, out)
	}
}

// TestOntologyParses hands the ontology to rapper and rdflib.
func TestOntologyParses(t *testing.T) {
	rapper := need(t, "rapper", "--version")
	if out, err := exec.Command(rapper, "-q", "-i", "turtle", "-c", "../../ontology/factloom.ttl").CombinedOutput(); err != nil {
		t.Fatalf("rapper: %v\n%s", err, out)
	}
}

// TestCompetencyQueries runs every competency query with rdflib on the
// bundled example's graph: each parses, returns the variables
// COMPETENCY.md names, and finds something.
func TestCompetencyQueries(t *testing.T) {
	py := need(t, "/usr/bin/python3", "-c", "import rdflib")
	nt := filepath.Join(t.TempDir(), "elakla.nt")
	if _, stderr, code := runCmd(t, nil, "extract", "-f", "nt", "-o", nt, "../../testdata/articles/battle_of_elakla.txt"); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	queries, _ := filepath.Glob("../../ontology/competency/*.rq")
	out, err := exec.Command(py, append([]string{"../../testdata/sparql.py", nt}, queries...)...).CombinedOutput()
	if err != nil {
		t.Fatalf("rdflib: %v\n%s", err, out)
	}
	want := map[string]string{
		"entities.rq":   "entity label type class",
		"aliases.rq":    "entity alias",
		"relations.rq":  "subject relation object side",
		"attributes.rq": "subject attribute value",
		"casualties.rq": "event side kind count max",
		"strength.rq":   "event side count",
		"wikidata.rq":   "entity qid",
		"provenance.rq": "subject relation object source",
	}
	got := map[string]bool{}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		var r struct {
			Query string
			Vars  []string
			Rows  int
			Error string
		}
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatalf("%v: %s", err, line)
		}
		got[r.Query] = true
		if r.Error != "" {
			t.Errorf("%s: %s", r.Query, r.Error)
			continue
		}
		if w, ok := want[r.Query]; !ok {
			t.Errorf("%s: a query COMPETENCY.md does not name", r.Query)
		} else if strings.Join(r.Vars, " ") != w {
			t.Errorf("%s: variables %v, want %s", r.Query, r.Vars, w)
		}
		// The bundled example has no Wikidata links and no strength.
		if r.Rows == 0 && r.Query != "wikidata.rq" && r.Query != "strength.rq" {
			t.Errorf("%s: no rows", r.Query)
		}
	}
	for q := range want {
		if !got[q] {
			t.Errorf("%s: missing from ontology/competency", q)
		}
	}
}
