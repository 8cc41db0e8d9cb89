package sparql

import (
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// TestRetries plays, with httptest, the failures a real Virtuoso cannot be
// made to show on demand: 5xx answers and a stalled answer. (A stopped
// server is tested against the real one in virtuoso_test.go.)
func TestRetries(t *testing.T) {
	tests := []struct {
		name         string
		answers      []int // status of each attempt; 0 stalls past the timeout
		retries      int
		wantAttempts int32
		wantErr      string // "" for success
	}{
		{name: "ok", answers: []int{200}, retries: 3, wantAttempts: 1},
		{name: "503 then ok", answers: []int{503, 502, 200}, retries: 3, wantAttempts: 3},
		{name: "500 until out of retries", answers: []int{500, 500, 500}, retries: 2, wantAttempts: 3, wantErr: "HTTP 500 Internal Server Error: boom 500"},
		{name: "400 is not retried", answers: []int{400, 200}, retries: 3, wantAttempts: 1, wantErr: "HTTP 400 Bad Request: boom 400"},
		{name: "404 is not retried", answers: []int{404, 200}, retries: 3, wantAttempts: 1, wantErr: "HTTP 404 Not Found: boom 404"},
		{name: "stall then ok", answers: []int{0, 200}, retries: 3, wantAttempts: 2},
		{name: "stall until out of retries", answers: []int{0, 0}, retries: 1, wantAttempts: 2, wantErr: "context deadline exceeded"},
		{name: "no retries", answers: []int{503, 200}, retries: -1, wantAttempts: 1, wantErr: "HTTP 503"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var n atomic.Int32
			release := make(chan struct{})
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				i := int(n.Add(1)) - 1
				code := tt.answers[min(i, len(tt.answers)-1)]
				if code == 0 {
					select { // stall until the client gives up
					case <-r.Context().Done():
					case <-release:
					}
					return
				}
				w.WriteHeader(code)
				fmt.Fprintf(w, "<html><body><h1>boom %d</h1></body></html>", code)
			}))
			defer srv.Close()
			defer close(release)
			c := &Client{Endpoint: srv.URL + "/sparql", Retries: tt.retries, Backoff: time.Millisecond, Timeout: 200 * time.Millisecond}
			err := c.update(t.Context(), "DROP SILENT GRAPH <urn:x>")
			gotErr := ""
			if err != nil {
				gotErr = err.Error()
			}
			if tt.wantErr == "" && err != nil || tt.wantErr != "" && !strings.Contains(gotErr, tt.wantErr) {
				t.Errorf("error: got %q, want %q", gotErr, tt.wantErr)
			}
			if got := n.Load(); got != tt.wantAttempts {
				t.Errorf("attempts: got %d, want %d", got, tt.wantAttempts)
			}
		})
	}
}

// TestBasicAuth checks the answer to a Basic challenge. Virtuoso only
// offers digest (tested in virtuoso_test.go), so net/http's own parser
// checks the header here.
func TestBasicAuth(t *testing.T) {
	tests := []struct {
		name, user, pass string
		wantErr          string
	}{
		{"right", "loader", "s3cret:x", ""},
		{"wrong", "loader", "nope", "HTTP 401"},
		{"no user", "", "", "HTTP 401"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				if u, p, ok := r.BasicAuth(); !ok || u != "loader" || p != "s3cret:x" {
					w.Header().Set("WWW-Authenticate", `Basic realm="sparql"`)
					w.WriteHeader(http.StatusUnauthorized)
					return
				}
			}))
			defer srv.Close()
			c := &Client{Endpoint: srv.URL, User: tt.user, Password: tt.pass, Backoff: time.Millisecond}
			err := c.update(t.Context(), "DROP SILENT GRAPH <urn:x>")
			gotErr := ""
			if err != nil {
				gotErr = err.Error()
			}
			if tt.wantErr == "" && err != nil || tt.wantErr != "" && !strings.Contains(gotErr, tt.wantErr) {
				t.Errorf("error: got %q, want %q", gotErr, tt.wantErr)
			}
			if tt.pass != "" && strings.Contains(gotErr, tt.pass) {
				t.Errorf("the error shows the password: %q", gotErr)
			}
		})
	}
}

// TestDigest checks the response hash against RFC 2617 section 3.5's example.
func TestDigest(t *testing.T) {
	ch := &challenge{scheme: "digest", realm: "testrealm@host.com", nonce: "dcd98b7102dd2f0e8b11d0f600bfb0c093", opaque: "5ccc069c403ebaf9f0171e9517f40e41", qop: true}
	got := digest(ch, "Mufasa", "Circle Of Life", "GET", "/dir/index.html", 1, "0a4f113b")
	if !strings.Contains(got, `response="6629fae49393a05397450978507c4ef1"`) {
		t.Errorf("got %s, want response 6629fae49393a05397450978507c4ef1", got)
	}
}

func TestParseChallenge(t *testing.T) {
	tests := []struct {
		name   string
		values []string
		want   string // scheme, realm, nonce, qop
	}{
		{"virtuoso", []string{`Digest realm="SPARQL", domain="/sparql-auth", nonce="abc,def", opaque="5ebe", stale=false, qop="auth", algorithm="MD5"`}, "digest SPARQL abc,def true"},
		{"basic", []string{`Basic realm="x"`}, "basic x  false"},
		{"digest wins", []string{`Basic realm="x"`, `Digest realm="y", nonce=n1`}, "digest y n1 false"},
		{"unknown algorithm falls back", []string{`Digest realm="y", nonce="n", algorithm=MD5-sess`, `Basic realm="x"`}, "basic x  false"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ch, ok := parseChallenge(tt.values)
			if !ok {
				t.Fatalf("no challenge")
			}
			got := strings.Join([]string{ch.scheme, ch.realm, ch.nonce, map[bool]string{true: "true", false: "false"}[ch.qop]}, " ")
			if got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestServerMessage(t *testing.T) {
	tests := []struct{ name, body, want string }{
		{"virtuoso xmp", "<html><body><xmp>Virtuoso 37000 Error SP029: TURTLE RDF loader, line 4: bad\n</xmp></body></html>", "Virtuoso 37000 Error SP029: TURTLE RDF loader, line 4: bad"},
		{"query echo", "Virtuoso 37000 Error SP030: SPARQL compiler, line 1: syntax error\n\nSPARQL query:\nINSERT DATA {...}", "Virtuoso 37000 Error SP030: SPARQL compiler, line 1: syntax error"},
		{"html", "<html><head><title>Oops</title></head><body><p>bad  thing</p></body></html>", "Oops bad thing"},
		{"empty", "", "(empty answer)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := serverMessage([]byte(tt.body)); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestRetryable(t *testing.T) {
	tests := []struct {
		name string
		err  error
		want bool
	}{
		{"connection", errors.New("dial tcp: connection refused"), true},
		{"503", &StatusError{Status: 503}, true},
		{"400", &StatusError{Status: 400}, false},
		{"virtuoso transaction too big", &StatusError{Status: 500, Msg: "Error SR325: Transaction aborted"}, false},
		{"virtuoso parse error", &StatusError{Status: 500, Msg: "Error SP029: TURTLE RDF loader"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := retryable(tt.err); got != tt.want {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}
