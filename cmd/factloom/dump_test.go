package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

const wikitextDir = "../../../shared/wikitext/"

// needTool skips a test when a tool is missing, and fails it under CI.
func needTool(t *testing.T, name string) {
	t.Helper()
	if _, err := exec.LookPath(name); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s is required under CI: %v", name, err)
		}
		t.Skipf("SKIP: %s not installed: %v", name, err)
	}
}

func TestExtractDump(t *testing.T) {
	if _, err := os.Stat(wikitextDir); err != nil {
		t.Skipf("sample dump not found: %v", err)
	}
	dir := t.TempDir()
	multi := wikitextDir + "sample-pages-articles-multistream.xml.bz2"
	index := wikitextDir + "sample-pages-articles-multistream-index.txt.bz2"
	trunc := filepath.Join(dir, "trunc.xml.bz2")
	b, _ := os.ReadFile(multi)
	os.WriteFile(trunc, b[:400000], 0o644)
	tests := []struct {
		name       string
		args       []string
		stdin      string
		wantCode   int
		wantStderr string // a line the standard error must hold
		wantOut    string // standard output is the sample's articles in this rapper syntax
	}{
		{"multistream with index", []string{"extract", "--index", index, multi}, "", 0,
			"factloom: 31 pages read, 24 conflict pages: 24 extracted, 0 failed", "ntriples"},
		{"turtle documents, one per article", []string{"extract", "-f", "turtle", multi}, "", 0,
			"24 extracted", "turtle"},
		{"plain xml on stdin, go decoder", []string{"extract", "--bzip2", "go", "-"}, wikitextDir + "sample-pages-articles.xml", 0,
			"factloom: 31 pages read, 24 conflict pages: 24 extracted, 0 failed", "ntriples"},
		{"truncated", []string{"extract", "--bzip2", "go", trunc}, "", 1,
			"bzip2 data is corrupt or truncated", ""},
		{"truncated on stdin", []string{"extract", "--bzip2", "go", "-"}, trunc, 1,
			"-: bzip2 data is corrupt or truncated", ""},
		{"split", []string{"extract", "--split", filepath.Join(dir, "split"), multi}, "", 0,
			"24 extracted", ""},
		{"dump flags on articles", []string{"extract", "--split", dir, "../../testdata/articles/battle_of_elakla.txt"}, "", 2,
			"factloom: --index, --split, --errors, --resume and --bzip2 are for MediaWiki dumps", ""},
		{"dumps and articles mixed", []string{"extract", multi, "../../testdata/articles/battle_of_elakla.txt"}, "", 2,
			"factloom: give either MediaWiki dumps or articles, not both", ""},
		{"missing dump", []string{"extract", multi, filepath.Join(dir, "nosuch.xml.bz2")}, "", 1,
			"nosuch.xml.bz2: no such file or directory", ""},
		{"resume to stdout", []string{"extract", "--resume", multi}, "", 1,
			"resume needs an output file", ""},
		{"bad decoder", []string{"extract", "--bzip2", "zip", multi}, "", 2, "unknown bzip2 decoder", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdin bytes.Buffer
			if tt.stdin != "" {
				b, err := os.ReadFile(tt.stdin)
				if err != nil {
					t.Fatal(err)
				}
				stdin.Write(b)
			}
			var stdout, stderr bytes.Buffer
			code := Main(t.Context(), tt.args, &stdin, &stdout, &stderr)
			if code != tt.wantCode {
				t.Errorf("exit code: got %d, want %d; stderr:\n%s", code, tt.wantCode, stderr.String())
			}
			if !strings.Contains(stderr.String(), tt.wantStderr) {
				t.Errorf("stderr: got %q, want a line with %q", stderr.String(), tt.wantStderr)
			}
			if tt.wantOut != "" {
				if !strings.Contains(stdout.String(), `"Battle of Agincourt"`) {
					t.Errorf("output lacks the Battle of Agincourt:\n%.500s", stdout.String())
				}
				checkRDF(t, stdout.Bytes(), tt.wantOut)
			}
		})
	}
	files, _ := filepath.Glob(filepath.Join(dir, "split", "*.nt"))
	if len(files) != 24 {
		t.Errorf("split: got %d files, want 24", len(files))
	}
}

// checkRDF parses data in syntax (ntriples, turtle) with rapper, a parser
// nobody here wrote.
func checkRDF(t *testing.T, data []byte, syntax string) {
	t.Helper()
	needTool(t, "rapper")
	cmd := exec.Command("rapper", "-q", "-i", syntax, "-c", "-", "http://example.org/")
	cmd.Stdin = bytes.NewReader(data)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Errorf("rapper rejects the output: %v\n%s", err, out)
	}
}
