// Package sparqltest provides the real Virtuoso that factloom's tests load
// into: the one .ci/virtuoso-loopback.sh runs on 127.0.0.1 (testdata/test.sh
// starts it). It finds the server from the script's environment variables
// (VIRTUOSO_DIR, default /tmp/virtuoso-loopback, and VIRTUOSO_HTTP_PORT,
// default 8890) and reads the dba password from VIRTUOSO_DIR/dba-password.
//
// A test that needs the server and does not find it is skipped with a loud
// message, or fails when the environment has CI=true.
package sparqltest

import (
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// A Server is a running Virtuoso.
type Server struct {
	Base     string // http://127.0.0.1:PORT
	User     string // "dba"
	Password string
	dir      string
	script   string
	env      []string // for the loopback script
}

// Endpoint is the SPARQL endpoint that takes updates with digest auth.
func (s *Server) Endpoint() string { return s.Base + "/sparql-auth" }

// QueryEndpoint is the anonymous, read-only SPARQL endpoint.
func (s *Server) QueryEndpoint() string { return s.Base + "/sparql" }

// Missing skips the test with a loud message, or fails it under CI=true.
func Missing(t testing.TB, format string, args ...any) {
	t.Helper()
	msg := fmt.Sprintf(format, args...)
	if os.Getenv("CI") == "true" {
		t.Fatalf("CI=true but %s", msg)
	}
	t.Skipf("\n*** SKIPPED: %s ***\n*** run testdata/test.sh, or .ci/virtuoso-loopback.sh start, to run this test ***", msg)
}

// Virtuoso returns the running server, or skips or fails the test. The
// test holds a shared lock on the server until it ends, so that a test of
// another package that stops the server (VirtuosoExclusive) waits for it.
func Virtuoso(t testing.TB) *Server { return virtuoso(t, syscall.LOCK_SH) }

// VirtuosoExclusive is Virtuoso for a test that stops or restarts the
// server: it waits until no other test process uses the server.
func VirtuosoExclusive(t testing.TB) *Server { return virtuoso(t, syscall.LOCK_EX) }

func virtuoso(t testing.TB, lock int) *Server {
	t.Helper()
	dir := os.Getenv("VIRTUOSO_DIR")
	if dir == "" {
		dir = "/tmp/virtuoso-loopback"
	}
	port := os.Getenv("VIRTUOSO_HTTP_PORT")
	if port == "" {
		port = "8890"
	}
	s := &Server{Base: "http://127.0.0.1:" + port, User: "dba", dir: dir}
	root, err := RepoRoot()
	if err != nil {
		t.Fatal(err)
	}
	s.script = filepath.Join(root, ".ci", "virtuoso-loopback.sh")
	resp, err := http.Get(s.QueryEndpoint() + "?query=" + url.QueryEscape("ASK {}"))
	if err != nil {
		Missing(t, "no Virtuoso answers at %s (%v)", s.Base, err)
	}
	resp.Body.Close()
	if !strings.Contains(resp.Header.Get("Server"), "Virtuoso") {
		Missing(t, "the server at %s is not Virtuoso", s.Base)
	}
	pw, err := os.ReadFile(filepath.Join(dir, "dba-password"))
	if err != nil {
		Missing(t, "no dba password: %v", err)
	}
	s.Password = strings.TrimSpace(string(pw))
	f, err := os.OpenFile(filepath.Join(dir, "factloom-tests.lock"), os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		t.Fatal(err)
	}
	if err := syscall.Flock(int(f.Fd()), lock); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() }) // closing releases the lock
	return s
}

// Start starts a private Virtuoso for one test, in a temporary folder and
// on free ports of 127.0.0.1, with env added to the loopback script's
// environment (such as VIRTUOSO_TXN_LIMIT=2000000), and stops it when the
// test ends. Without virtuoso-t it skips or fails, as Virtuoso does.
func Start(t testing.TB, env ...string) *Server {
	t.Helper()
	if _, err := exec.LookPath("virtuoso-t"); err != nil {
		Missing(t, "no virtuoso-t (apt-get install virtuoso-opensource)")
	}
	root, err := RepoRoot()
	if err != nil {
		t.Fatal(err)
	}
	ports := make([]string, 2)
	for i := range ports {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		_, ports[i], _ = net.SplitHostPort(l.Addr().String())
		l.Close()
	}
	s := &Server{Base: "http://127.0.0.1:" + ports[0], User: "dba", dir: t.TempDir(), script: filepath.Join(root, ".ci", "virtuoso-loopback.sh")}
	s.env = append([]string{"VIRTUOSO_HTTP_PORT=" + ports[0], "VIRTUOSO_SQL_PORT=" + ports[1]}, env...)
	s.Start(t)
	t.Cleanup(func() { s.Stop(t) })
	pw, err := os.ReadFile(filepath.Join(s.dir, "dba-password"))
	if err != nil {
		t.Fatal(err)
	}
	s.Password = strings.TrimSpace(string(pw))
	return s
}

// RepoRoot is the folder of go.mod, found from the working directory up.
func RepoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("no go.mod above the working directory")
		}
		dir = parent
	}
}

// Stop stops the server with the loopback script and waits until it is gone.
func (s *Server) Stop(t testing.TB) { s.run(t, "stop") }

// Start starts the server again and waits until it answers.
func (s *Server) Start(t testing.TB) { s.run(t, "start") }

func (s *Server) run(t testing.TB, verb string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, "bash", s.script, verb)
	cmd.Env = append(append(os.Environ(), "VIRTUOSO_DIR="+s.dir), s.env...)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("virtuoso-loopback.sh %s: %v\n%s", verb, err, out)
	}
}

// Count returns the number of triples in a graph, asked through the
// anonymous endpoint.
func (s *Server) Count(t testing.TB, graph string) int {
	t.Helper()
	q := "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + graph + "> { ?s ?p ?o } }"
	resp, err := http.PostForm(s.QueryEndpoint(), url.Values{"query": {q}, "format": {"application/sparql-results+json"}})
	if err != nil {
		t.Fatalf("count <%s>: %v", graph, err)
	}
	defer resp.Body.Close()
	var res struct {
		Results struct {
			Bindings []map[string]struct{ Value string } `json:"bindings"`
		} `json:"results"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&res); err != nil || len(res.Results.Bindings) != 1 {
		t.Fatalf("count <%s>: HTTP %d, %v", graph, resp.StatusCode, err)
	}
	n, err := strconv.Atoi(res.Results.Bindings[0]["n"].Value)
	if err != nil {
		t.Fatalf("count <%s>: %v", graph, err)
	}
	return n
}
