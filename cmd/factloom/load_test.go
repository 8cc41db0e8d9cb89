package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/factloom/factloom/graph/sparql"
)

// TestNewCmdLoad runs argv through the real load command with a recording
// run function: flags become options.
func TestNewCmdLoad(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want loadOptions
	}{
		{"defaults", []string{"--endpoint", "http://h/sparql", "a.nt"},
			loadOptions{Endpoint: endpointOptions{Endpoint: "http://h/sparql", Protocol: "gsp", Timeout: sparql.DefaultTimeout, Retries: sparql.DefaultRetries, Jobs: sparql.DefaultJobs}, Paths: []string{"a.nt"}, Format: "auto"}},
		{"everything", []string{"--endpoint", "http://h/sparql-auth", "--graph", "http://g", "--protocol", "update", "--user", "u", "--password-env", "PW",
			"--graph-store", "http://h/gs", "--timeout", "3s", "--retries", "0", "--chunk", "10", "--requests", "1", "-f", "turtle", "a.ttl", "-"},
			loadOptions{Endpoint: endpointOptions{Endpoint: "http://h/sparql-auth", GraphStore: "http://h/gs", Protocol: "update", User: "u", PasswordEnv: "PW", Timeout: 3 * time.Second, Chunk: 10, Jobs: 1},
				Paths: []string{"a.ttl", "-"}, Graph: "http://g", Format: "turtle"}},
		{"per article", []string{"--endpoint", "http://h/sparql", "--graph-per-article", "--password-file", "pw.txt", "a.nt"},
			loadOptions{Endpoint: endpointOptions{Endpoint: "http://h/sparql", Protocol: "gsp", PasswordFile: "pw.txt", Timeout: sparql.DefaultTimeout, Retries: sparql.DefaultRetries, Jobs: sparql.DefaultJobs},
				Paths: []string{"a.nt"}, PerArticle: true, Format: "auto"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got *loadOptions
			cmd := newLoadCmd(&Env{}, func(_ context.Context, o *loadOptions) error { got = o; return nil })
			cmd.SetArgs(tt.args)
			cmd.SetOut(&bytes.Buffer{})
			if err := cmd.Execute(); err != nil {
				t.Fatal(err)
			}
			got.Env, got.Getenv = nil, nil
			if g, w := strings.ReplaceAll(sprint(got), ", ", "\n"), strings.ReplaceAll(sprint(&tt.want), ", ", "\n"); g != w {
				t.Errorf("got %s, want %s", g, w)
			}
		})
	}
}

// TestLoadUsage checks the command lines that must exit 2 without sending
// anything: nothing listens on the endpoints below.
func TestLoadUsage(t *testing.T) {
	dir := t.TempDir()
	pwFile := filepath.Join(dir, "pw")
	os.WriteFile(pwFile, []byte("secret\n"), 0o600)
	tests := []struct {
		name    string
		args    []string
		wantErr string
	}{
		{"no endpoint", []string{"load", "a.nt"}, "no endpoint given"},
		{"graph and per article", []string{"load", "--endpoint", "http://127.0.0.1:1/sparql", "--graph", "http://g", "--graph-per-article", "a.nt"}, "not both"},
		{"bad protocol", []string{"load", "--endpoint", "http://127.0.0.1:1/sparql", "--protocol", "ftp", "a.nt"}, `unknown protocol "ftp"`},
		{"bad format", []string{"load", "--endpoint", "http://127.0.0.1:1/sparql", "-f", "xml", "a.nt"}, `unknown format "xml"`},
		{"unset password variable", []string{"load", "--endpoint", "http://127.0.0.1:1/sparql", "--user", "u", "--password-env", "FACTLOOM_SURELY_UNSET", "a.nt"}, "FACTLOOM_SURELY_UNSET is empty or not set"},
		{"password without user", []string{"load", "--endpoint", "http://127.0.0.1:1/sparql", "--password-file", pwFile, "a.nt"}, "a password needs --user"},
		{"both password sources", []string{"load", "--endpoint", "http://127.0.0.1:1/sparql", "--user", "u", "--password-file", pwFile, "--password-env", "X", "a.nt"}, "not both"},
		{"no files", []string{"load", "--endpoint", "http://127.0.0.1:1/sparql"}, "requires at least 1 arg"},
		{"no password flag", []string{"load", "--endpoint", "http://127.0.0.1:1/sparql", "--password", "secret", "a.nt"}, "unknown flag: --password"},
		{"query bad format", []string{"query", "--endpoint", "http://127.0.0.1:1/sparql", "-f", "xml", "entities"}, `unknown format "xml"`},
		{"query unknown name", []string{"query", "--endpoint", "http://127.0.0.1:1/sparql", "nosuchquery"}, `no competency query "nosuchquery"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := run(t, tt.args...)
			if code != exitUsage || !strings.Contains(stderr, tt.wantErr) {
				t.Errorf("got exit %d, %q; want exit %d, %q", code, stderr, exitUsage, tt.wantErr)
			}
			if strings.Contains(stderr, "secret") {
				t.Errorf("stderr shows the password: %q", stderr)
			}
		})
	}
}

// TestLoadUnreachable checks that a load to a closed port fails with exit 1
// and a message that names the file, the graph and the server.
func TestLoadUnreachable(t *testing.T) {
	f := filepath.Join(t.TempDir(), "a.nt")
	os.WriteFile(f, []byte("<http://ex.org/a> <http://ex.org/p> \"x\" .\n"), 0o644)
	code, _, stderr := run(t, "load", "--endpoint", "http://127.0.0.1:1/sparql", "--retries", "1", "--graph", "http://ex.org/g", f)
	for _, want := range []string{"factloom: load " + f + " into <http://ex.org/g>", "127.0.0.1:1", "connection refused"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr %q does not hold %q", stderr, want)
		}
	}
	if code != exitFailed {
		t.Errorf("exit %d, want %d", code, exitFailed)
	}
}

func TestWriteResults(t *testing.T) {
	yes := true
	res := &sparql.Results{
		Vars: []string{"entity", "label", "n"},
		Bindings: []map[string]sparql.Term{
			{"entity": {Type: "uri", Value: "http://ex.org/a"}, "label": {Type: "literal", Value: "A, \"quoted\"", Lang: "en"}},
			{"entity": {Type: "bnode", Value: "b0"}, "n": {Type: "literal", Value: "2", Datatype: "http://www.w3.org/2001/XMLSchema#integer"}},
		},
	}
	tests := []struct {
		name  string
		write func(*bytes.Buffer, *sparql.Results) error
		res   *sparql.Results
		want  string
	}{
		{"table", func(b *bytes.Buffer, r *sparql.Results) error { return writeTable(b, r) }, res,
			"entity           label        n\nhttp://ex.org/a  A, \"quoted\"  \n_:b0                          2\n(2 rows)\n"},
		{"csv", func(b *bytes.Buffer, r *sparql.Results) error { return writeCSV(b, r) }, res,
			"entity,label,n\r\nhttp://ex.org/a,\"A, \"\"quoted\"\"\",\r\n_:b0,,2\r\n"},
		{"json", func(b *bytes.Buffer, r *sparql.Results) error { return writeJSON(b, r) }, &sparql.Results{Vars: []string{"x"}, Bindings: res.Bindings[1:]},
			"{\n  \"head\": {\n    \"vars\": [\n      \"x\"\n    ]\n  },\n  \"results\": {\n    \"bindings\": [\n      {\n        \"entity\": {\n          \"type\": \"bnode\",\n          \"value\": \"b0\"\n        },\n        \"n\": {\n          \"type\": \"literal\",\n          \"value\": \"2\",\n          \"datatype\": \"http://www.w3.org/2001/XMLSchema#integer\"\n        }\n      }\n    ]\n  }\n}\n"},
		{"ask table", func(b *bytes.Buffer, r *sparql.Results) error { return writeTable(b, r) }, &sparql.Results{Boolean: &yes}, "true\n"},
		{"ask csv", func(b *bytes.Buffer, r *sparql.Results) error { return writeCSV(b, r) }, &sparql.Results{Boolean: &yes}, "boolean\r\ntrue\r\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := tt.write(&b, tt.res); err != nil {
				t.Fatal(err)
			}
			if b.String() != tt.want {
				t.Errorf("got %q, want %q", b.String(), tt.want)
			}
		})
	}
}

func sprint(o *loadOptions) string { return fmt.Sprintf("%+v", *o) }

func TestProgress(t *testing.T) {
	var b bytes.Buffer
	p := newProgress(&b, 2)
	p.on = true // as on a terminal
	p.update(sparql.Progress{Triples: 10})
	p.fileDone()
	p.finish()
	got := b.String()
	for _, want := range []string{"\rloading: 0/2 files, 10 triples, ", "\rloading: 1/2 files, 10 triples, ", " triples/s\x1b[K", "\n"} {
		if !strings.Contains(got, want) {
			t.Errorf("got %q, want it to hold %q", got, want)
		}
	}
	var off bytes.Buffer
	p = newProgress(&off, 2) // a buffer is not a terminal
	p.update(sparql.Progress{Triples: 10})
	p.fileDone()
	p.finish()
	if off.Len() != 0 {
		t.Errorf("got %q when not on a terminal, want nothing", off.String())
	}
}
