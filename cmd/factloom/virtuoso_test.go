package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/factloom/factloom/graph"
	"github.com/factloom/factloom/graph/sparql"
	"github.com/factloom/factloom/graph/sparql/sparqltest"
	"github.com/factloom/factloom/ontology"
)

// testBase keeps the tests' graphs apart from anything else in the store.
const testBase = "https://factloom.test/load/"

// corpus returns the corpus articles of ../shared/corpus, or skips or fails.
func corpus(t *testing.T) []string {
	t.Helper()
	root, err := sparqltest.RepoRoot()
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(root, "..", "shared", "corpus", "*.txt"))
	if len(files) == 0 {
		sparqltest.Missing(t, "no corpus in %s", filepath.Join(root, "..", "shared", "corpus"))
	}
	return files
}

func countLines(t *testing.T, path string) int {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return bytes.Count(b, []byte{'\n'})
}

// TestLoadCorpus loads every corpus article into its own graph, reloads
// them, and checks that a reload leaves exactly one load's triples.
func TestLoadCorpus(t *testing.T) {
	v := sparqltest.Virtuoso(t)
	t.Setenv("FACTLOOM_TEST_PASSWORD", v.Password)
	auth := []string{"--endpoint", v.Endpoint(), "--user", v.User, "--password-env", "FACTLOOM_TEST_PASSWORD"}
	dir := t.TempDir()
	var files []string
	for _, a := range corpus(t) {
		out := filepath.Join(dir, strings.TrimSuffix(filepath.Base(a), ".txt")+".nt")
		if code, _, stderr := run(t, "extract", "-f", "nt", "--base", testBase, "-o", out, a); code != 0 {
			t.Logf("extract %s: exit %d: %s", a, code, stderr) // the extractor may reject an article
			continue
		}
		files = append(files, out)
	}
	if len(files) < 10 {
		t.Fatalf("only %d corpus articles extracted", len(files))
	}
	for _, pass := range []string{"load", "reload"} {
		code, _, stderr := run(t, append(append([]string{"load"}, auth...), files...)...)
		if code != 0 {
			t.Fatalf("%s: exit %d\n%s", pass, code, stderr)
		}
		for _, f := range files {
			g := articleGraphOf(t, f)
			if got, want := v.Count(t, g), countLines(t, f); got != want {
				t.Errorf("%s: graph <%s> of %s has %d triples, want %d", pass, g, filepath.Base(f), got, want)
			}
		}
	}
}

// articleGraphOf is the graph load gives a file: its article's IRI.
func articleGraphOf(t *testing.T, path string) string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	g, err := articleGraph(loadInput{path, f})
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// TestCompetencyQueriesMatchRDFLib runs every competency query through
// Virtuoso and with rdflib on the same file, and requires the same answers:
// on the corpus as extracted, and on testdata/load/competency.ttl, which
// gives every query answers with tricky literals.
func TestCompetencyQueriesMatchRDFLib(t *testing.T) {
	v := sparqltest.Virtuoso(t)
	if err := exec.Command("/usr/bin/python3", "-c", "import rdflib").Run(); err != nil {
		sparqltest.Missing(t, "no rdflib for /usr/bin/python3 (apt-get install python3-rdflib): %v", err)
	}
	t.Setenv("FACTLOOM_TEST_PASSWORD", v.Password)
	root, _ := sparqltest.RepoRoot()
	dir := t.TempDir()
	corpusNT := filepath.Join(dir, "corpus.nt")
	if code, _, stderr := run(t, append([]string{"extract", "-f", "nt", "--base", testBase, "-o", corpusNT}, corpus(t)...)...); code > 1 {
		t.Fatalf("extract: exit %d: %s", code, stderr)
	}
	tests := []struct {
		name     string
		file     string
		triples  int
		wantRows int // at least, over all queries
	}{
		{"corpus", corpusNT, countLines(t, corpusNT), 1},
		{"fixture", filepath.Join(root, "testdata", "load", "competency.ttl"), 103, 40},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := testBase + "graph/" + tt.name
			if code, _, stderr := run(t, "load", "--endpoint", v.Endpoint(), "--user", v.User, "--password-env", "FACTLOOM_TEST_PASSWORD", "--graph", g, tt.file); code != 0 {
				t.Fatalf("load: exit %d: %s", code, stderr)
			}
			if got := v.Count(t, g); got != tt.triples {
				t.Fatalf("graph has %d triples, want %d", got, tt.triples)
			}
			total := 0
			for _, name := range ontology.QueryNames() {
				code, out, stderr := run(t, "query", "--endpoint", v.QueryEndpoint(), "--graph", g, "--format", "json", name)
				if code != 0 {
					t.Fatalf("%s: factloom query: exit %d: %s", name, code, stderr)
				}
				got := rows(t, out)
				q, _ := ontology.Query(name)
				qf := filepath.Join(dir, name+".rq")
				if err := os.WriteFile(qf, []byte(q), 0o644); err != nil {
					t.Fatal(err)
				}
				cmd := exec.Command("/usr/bin/python3", filepath.Join(root, "testdata", "rdflib-query.py"), qf, tt.file)
				var rerr bytes.Buffer
				cmd.Stderr = &rerr
				ref, err := cmd.Output()
				if err != nil {
					t.Fatalf("%s: rdflib: %v\n%s", name, err, rerr.String())
				}
				want := rows(t, string(ref))
				if strings.Join(got, "\n") != strings.Join(want, "\n") {
					t.Errorf("%s: Virtuoso and rdflib differ:\n%s", name, diffRows(got, want))
				}
				total += len(want)
				t.Logf("%s: %d rows", name, len(want))
			}
			if total < tt.wantRows {
				t.Errorf("%d rows over all queries, want at least %d: too little was compared", total, tt.wantRows)
			}
		})
	}
}

// rows decodes SPARQL JSON results into sorted lines, one per row, each
// binding as var=term in N-Triples form. Numbers are compared by their
// datatype and lexical form, as both engines give them.
// yearZeros finds the year of a date's lexical form with leading zeros.
// Virtuoso answers a year BC with fewer digits than it was given
// ("-0053-06"^^xsd:gYearMonth comes back as "-053-06"): the same value in a
// lexical form XSD does not allow. The comparison reads both as the scorer
// does, without the leading zeros of the year.
var yearZeros = regexp.MustCompile(`"(-?)0+([0-9]+(?:-[0-9]{2}){0,2}"(?:\^\^<http://www\.w3\.org/2001/XMLSchema#(?:date|gYearMonth|gYear)>)?)`)

func rows(t *testing.T, js string) []string {
	t.Helper()
	res, err := sparql.DecodeResults(strings.NewReader(js))
	if err != nil {
		t.Fatalf("%v in %.200s", err, js)
	}
	var out []string
	for _, b := range res.Bindings {
		var cells []string
		for _, v := range res.Vars {
			if term, ok := b[v]; ok {
				cells = append(cells, v+"="+yearZeros.ReplaceAllString(term.String(), `"$1$2`))
			}
		}
		out = append(out, strings.Join(cells, " "))
	}
	sort.Strings(out)
	return out
}

func diffRows(got, want []string) string {
	g, w := map[string]int{}, map[string]int{}
	for _, r := range got {
		g[r]++
	}
	for _, r := range want {
		w[r]++
	}
	var b strings.Builder
	fmt.Fprintf(&b, "Virtuoso %d rows, rdflib %d rows\n", len(got), len(want))
	n := 0
	for _, r := range got {
		if g[r] != w[r] && n < 20 {
			fmt.Fprintf(&b, "  Virtuoso %d×, rdflib %d×: %s\n", g[r], w[r], r)
			g[r] = w[r]
			n++
		}
	}
	for _, r := range want {
		if g[r] != w[r] && n < 20 {
			fmt.Fprintf(&b, "  Virtuoso %d×, rdflib %d×: %s\n", g[r], w[r], r)
			g[r] = w[r]
			n++
		}
	}
	return b.String()
}

// TestLoadBrokenFile loads an article, then a broken copy of it: the error
// names the file and line, the exit code is 1, the other file still loads,
// and the article's graph keeps its old triples.
func TestLoadBrokenFile(t *testing.T) {
	v := sparqltest.Virtuoso(t)
	t.Setenv("FACTLOOM_TEST_PASSWORD", v.Password)
	auth := []string{"load", "--endpoint", v.Endpoint(), "--user", v.User, "--password-env", "FACTLOOM_TEST_PASSWORD"}
	root, _ := sparqltest.RepoRoot()
	dir := t.TempDir()
	good := filepath.Join(dir, "elakla.nt")
	if code, _, stderr := run(t, "extract", "-f", "nt", "--base", testBase, "-o", good, filepath.Join(root, "testdata", "articles", "battle_of_elakla.txt")); code != 0 {
		t.Fatalf("extract: %s", stderr)
	}
	g := graph.ArticleIRI(testBase, "battle_of_elakla")
	if code, _, stderr := run(t, append(auth, good)...); code != 0 {
		t.Fatalf("load: exit %d: %s", code, stderr)
	}
	want := countLines(t, good)
	other := filepath.Join(dir, "other.nt")
	os.WriteFile(other, []byte("<"+testBase+"article/other> <"+ontology.Type+"> <"+ontology.NS+"Article> .\n"), 0o644)

	src, _ := os.ReadFile(good)
	lines := strings.SplitAfter(string(src), "\n")
	tests := []struct {
		name    string
		file    string
		content string
		wantErr string
	}{
		{"unterminated string", "broken.nt", strings.Join(lines[:4], "") + "<" + g + "> <http://ex.org/p> \"no end .\n" + strings.Join(lines[4:], ""),
			"broken.nt:5: bad N-Triples: object: column"},
		{"missing dot", "broken.nt", strings.Join(lines[:2], "") + strings.TrimSuffix(lines[2], " .\n") + "\n" + strings.Join(lines[3:], ""),
			"broken.nt:3: bad N-Triples: column"},
		{"bad turtle", "broken.ttl", "@prefix ex: <http://ex.org/> .\n<" + g + "> a ex:Article .\nex:b ex:p \"x\n",
			"broken.ttl:3: bad Turtle:"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			bad := filepath.Join(dir, tt.file)
			os.WriteFile(bad, []byte(tt.content), 0o644)
			code, _, stderr := run(t, append(auth, bad, other)...)
			if code != 1 {
				t.Errorf("exit %d, want 1", code)
			}
			if !strings.Contains(stderr, tt.wantErr) {
				t.Errorf("stderr %q does not hold %q", stderr, tt.wantErr)
			}
			if got := v.Count(t, g); got != want {
				t.Errorf("graph <%s> has %d triples, want the old %d", g, got, want)
			}
			if got := v.Count(t, testBase+"article/other"); got != 1 {
				t.Errorf("the good file beside the broken one: %d triples loaded, want 1", got)
			}
		})
	}
}

// TestExtractLoad extracts and loads in one go, twice.
func TestExtractLoad(t *testing.T) {
	v := sparqltest.Virtuoso(t)
	t.Setenv("FACTLOOM_TEST_PASSWORD", v.Password)
	root, _ := sparqltest.RepoRoot()
	article := filepath.Join(root, "testdata", "articles", "battle_of_elakla.txt")
	nt := filepath.Join(t.TempDir(), "elakla.nt")
	for range 2 {
		code, stdout, stderr := run(t, "extract", "--base", testBase, "--load", v.Endpoint(), "--user", v.User,
			"--password-env", "FACTLOOM_TEST_PASSWORD", "--protocol", "update", "-f", "nt", "-o", nt, article)
		if code != 0 || stdout != "" {
			t.Fatalf("exit %d, stdout %q, stderr %q", code, stdout, stderr)
		}
	}
	if got, want := v.Count(t, graph.ArticleIRI(testBase, "battle_of_elakla")), countLines(t, nt); got != want {
		t.Errorf("graph has %d triples, want %d", got, want)
	}
}

// TestLoadStdin pipes Turtle, as extract writes it by default, into load -.
func TestLoadStdin(t *testing.T) {
	v := sparqltest.Virtuoso(t)
	t.Setenv("FACTLOOM_TEST_PASSWORD", v.Password)
	root, _ := sparqltest.RepoRoot()
	article := filepath.Join(root, "testdata", "articles", "battle_of_elakla.txt")
	code, ttl, stderr := run(t, "extract", "--base", testBase, article)
	if code != 0 {
		t.Fatalf("extract: %s", stderr)
	}
	nt := filepath.Join(t.TempDir(), "elakla.nt")
	if code, _, stderr := run(t, "extract", "--base", testBase, "-f", "nt", "-o", nt, article); code != 0 {
		t.Fatalf("extract: %s", stderr)
	}
	g := testBase + "graph/stdin"
	var out, errb bytes.Buffer
	code = Main(t.Context(), []string{"load", "--endpoint", v.Endpoint(), "--user", v.User, "--password-env", "FACTLOOM_TEST_PASSWORD", "--graph", g, "-"},
		strings.NewReader(ttl), &out, &errb)
	if code != 0 {
		t.Fatalf("load -: exit %d: %s", code, errb.String())
	}
	if got, want := v.Count(t, g), countLines(t, nt); got != want {
		t.Errorf("graph has %d triples, want %d", got, want)
	}
}

// TestLoadSameArticleTwoFiles loads an article's graph split in two files:
// both go into the article's graph, neither replaces the other.
func TestLoadSameArticleTwoFiles(t *testing.T) {
	v := sparqltest.Virtuoso(t)
	t.Setenv("FACTLOOM_TEST_PASSWORD", v.Password)
	root, _ := sparqltest.RepoRoot()
	dir := t.TempDir()
	nt := filepath.Join(dir, "elakla.nt")
	if code, _, stderr := run(t, "extract", "-f", "nt", "--base", testBase, "-o", nt, filepath.Join(root, "testdata", "articles", "battle_of_elakla.txt")); code != 0 {
		t.Fatalf("extract: %s", stderr)
	}
	g := graph.ArticleIRI(testBase, "battle_of_elakla")
	b, _ := os.ReadFile(nt)
	lines := strings.SplitAfter(strings.TrimSuffix(string(b), "\n"), "\n")
	typeLine := "<" + g + "> <" + ontology.Type + "> <" + ontology.NS + "Article> .\n"
	half := len(lines) / 2
	a, c := filepath.Join(dir, "a.nt"), filepath.Join(dir, "b.nt")
	os.WriteFile(a, []byte(typeLine+strings.Join(lines[:half], "")), 0o644)
	os.WriteFile(c, []byte(typeLine+strings.Join(lines[half:], "")+"\n"), 0o644)
	if code, _, stderr := run(t, "load", "--endpoint", v.Endpoint(), "--user", v.User, "--password-env", "FACTLOOM_TEST_PASSWORD", a, c); code != 0 {
		t.Fatalf("load: exit %d: %s", code, stderr)
	}
	if got, want := v.Count(t, g), countLines(t, nt); got != want {
		t.Errorf("graph has %d triples, want %d", got, want)
	}
}
