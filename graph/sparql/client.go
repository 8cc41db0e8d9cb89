package sparql

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"
)

// Protocol is how Load sends triples.
type Protocol int

const (
	// GraphStore sends N-Triples with the SPARQL 1.1 Graph Store HTTP
	// Protocol (POST adds to a graph).
	GraphStore Protocol = iota
	// Update sends SPARQL 1.1 Update INSERT DATA requests.
	Update
)

// ParseProtocol reads a protocol name: "gsp" or "update".
func ParseProtocol(s string) (Protocol, error) {
	switch strings.ToLower(s) {
	case "gsp", "graph-store", "graphstore":
		return GraphStore, nil
	case "update":
		return Update, nil
	}
	return 0, fmt.Errorf("unknown protocol %q: want gsp or update", s)
}

func (p Protocol) String() string {
	if p == Update {
		return "update"
	}
	return "gsp"
}

// Defaults used when a Client field is zero.
const (
	DefaultTimeout      = 5 * time.Minute
	DefaultRetries      = 4
	DefaultBackoff      = 500 * time.Millisecond
	DefaultChunkGSP     = 100000   // triples per Graph Store request
	DefaultChunkUpdate  = 1000     // triples per INSERT DATA request
	MaxChunkBytes       = 16 << 20 // bytes of triples per request, at most
	DefaultJobs         = 2
	maxErrorBodyInError = 2000 // bytes of a server's answer kept in a StatusError
)

// A Client talks to one SPARQL endpoint. Set its fields before first use;
// only Endpoint is required, and zero values take the defaults above. A
// Client is safe for concurrent use.
type Client struct {
	// Endpoint is the SPARQL 1.1 query and update endpoint, such as
	// Virtuoso's http://127.0.0.1:8890/sparql-auth.
	Endpoint string
	// GraphStore is the Graph Store HTTP Protocol endpoint. When empty, it
	// is derived from Endpoint by Virtuoso's naming: .../sparql becomes
	// .../sparql-graph-crud and .../sparql-auth .../sparql-graph-crud-auth;
	// any other Endpoint is used as it is (as for Fuseki's /dataset).
	GraphStore string
	// Protocol is how Load sends triples.
	Protocol Protocol
	// User and Password are sent with HTTP digest or basic auth, whichever
	// the server asks for, when User is not empty. The password never
	// appears in an error.
	User, Password string
	// HTTP is the client requests go through; http.DefaultClient when nil.
	HTTP *http.Client
	// Timeout bounds each request, including reading the answer.
	Timeout time.Duration
	// Retries is how often a request is sent again after a connection
	// error, a timeout or a 5xx answer; the waits between start at Backoff
	// and double. A 4xx answer is never retried. Negative means none.
	Retries int
	Backoff time.Duration
	// Chunk is the number of triples per request when loading; a request
	// also ends before it holds MaxChunkBytes (Virtuoso refuses a request
	// whose transaction grows past its TransactionAfterImageLimit, 50 MB
	// by default).
	Chunk int
	// Jobs is the number of requests sent at once when loading.
	Jobs int
	// Progress, when not nil, is called after each chunk that has been
	// stored, one call at a time.
	Progress func(Progress)

	mu       sync.Mutex
	auth     *challenge // the server's last auth challenge
	virtuoso bool       // the server said it is Virtuoso
	progress Progress
	// unloggedCopies counts the COPYs redone without Virtuoso's log.
	unloggedCopies int
}

// A StatusError is an answer with an HTTP status other than 2xx.
type StatusError struct {
	Method string
	URL    string // without user info
	Status int
	Msg    string // the server's message, trimmed
}

func (e *StatusError) Error() string {
	return fmt.Sprintf("%s %s: HTTP %d %s: %s", e.Method, e.URL, e.Status, http.StatusText(e.Status), e.Msg)
}

func (c *Client) graphStoreURL() string {
	if c.GraphStore != "" {
		return c.GraphStore
	}
	switch {
	case strings.HasSuffix(c.Endpoint, "/sparql"):
		return c.Endpoint + "-graph-crud"
	case strings.HasSuffix(c.Endpoint, "/sparql-auth"):
		return strings.TrimSuffix(c.Endpoint, "-auth") + "-graph-crud-auth"
	}
	return c.Endpoint
}

func (c *Client) httpClient() *http.Client {
	if c.HTTP != nil {
		return c.HTTP
	}
	return http.DefaultClient
}

func (c *Client) timeout() time.Duration {
	if c.Timeout > 0 {
		return c.Timeout
	}
	return DefaultTimeout
}

func (c *Client) retries() int {
	switch {
	case c.Retries < 0:
		return 0
	case c.Retries == 0:
		return DefaultRetries
	}
	return c.Retries
}

func (c *Client) backoff() time.Duration {
	if c.Backoff > 0 {
		return c.Backoff
	}
	return DefaultBackoff
}

func (c *Client) isVirtuoso() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.virtuoso
}

// request is one HTTP request that can be sent more than once.
type request struct {
	method string
	url    string
	ctype  string
	accept string
	body   []byte
}

// do sends req, retrying connection errors, timeouts and 5xx answers, and
// returns the body of a 2xx answer. Anything else is an error: a
// *StatusError for an HTTP answer.
func (c *Client) do(ctx context.Context, req request) ([]byte, error) {
	wait := c.backoff()
	for attempt := 0; ; attempt++ {
		body, err := c.send(ctx, req)
		if err == nil || ctx.Err() != nil || !retryable(err) || attempt >= c.retries() {
			if ctx.Err() != nil && err != nil {
				return nil, fmt.Errorf("%v (%w)", err, ctx.Err())
			}
			return body, err
		}
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil, fmt.Errorf("%v (%w)", err, ctx.Err())
		case <-t.C:
		}
		wait *= 2
	}
}

// retryable reports whether err may go away by sending again: a connection
// error or timeout, or a 5xx answer other than the ones Virtuoso gives for
// an input it will never accept.
func retryable(err error) bool {
	var se *StatusError
	if !errors.As(err, &se) {
		return true
	}
	if se.Status < 500 {
		return false
	}
	for _, permanent := range []string{"SR325", "SP029", "SP030", "SP031", "unsupported type"} {
		if strings.Contains(se.Msg, permanent) {
			return false
		}
	}
	return true
}

// send sends req once, answering an auth challenge if the server makes one.
func (c *Client) send(ctx context.Context, req request) ([]byte, error) {
	ctx, cancel := context.WithTimeout(ctx, c.timeout())
	defer cancel()
	resp, err := c.roundTrip(ctx, req, c.authHeader(req))
	if err != nil {
		return nil, err
	}
	if resp.StatusCode == http.StatusUnauthorized && c.User != "" {
		ch, ok := parseChallenge(resp.Header.Values("WWW-Authenticate"))
		drain(resp)
		if !ok {
			return nil, c.statusError(req, resp, []byte("no supported auth scheme in WWW-Authenticate"))
		}
		c.mu.Lock()
		c.auth = ch
		c.mu.Unlock()
		if resp, err = c.roundTrip(ctx, req, c.authHeader(req)); err != nil {
			return nil, err
		}
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, fmt.Errorf("%s %s: reading the answer: %w", req.method, redact(req.url), err)
	}
	if resp.StatusCode/100 != 2 {
		return nil, c.statusError(req, resp, body)
	}
	return body, nil
}

func (c *Client) roundTrip(ctx context.Context, req request, auth string) (*http.Response, error) {
	hr, err := http.NewRequestWithContext(ctx, req.method, req.url, bytes.NewReader(req.body))
	if err != nil {
		return nil, err
	}
	if req.ctype != "" {
		hr.Header.Set("Content-Type", req.ctype)
	}
	if req.accept != "" {
		hr.Header.Set("Accept", req.accept)
	}
	if auth != "" {
		hr.Header.Set("Authorization", auth)
	}
	resp, err := c.httpClient().Do(hr)
	if err != nil {
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err // the URL is added back, without user info, below
		}
		return nil, fmt.Errorf("%s %s: %w", req.method, redact(req.url), err)
	}
	if strings.Contains(resp.Header.Get("Server"), "Virtuoso") {
		c.mu.Lock()
		c.virtuoso = true
		c.mu.Unlock()
	}
	return resp, nil
}

func (c *Client) statusError(req request, resp *http.Response, body []byte) error {
	return &StatusError{Method: req.method, URL: redact(req.url), Status: resp.StatusCode, Msg: serverMessage(body)}
}

func drain(resp *http.Response) {
	io.Copy(io.Discard, io.LimitReader(resp.Body, 1<<20))
	resp.Body.Close()
}

// redact drops the user info and the query from a URL for messages.
func redact(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return "(bad URL)"
	}
	u.User = nil
	u.RawQuery = ""
	return u.String()
}

// serverMessage makes a server's answer fit on a line: the text inside
// Virtuoso's <xmp> when there is one, the tags of an HTML page removed,
// spaces squeezed, and at most maxErrorBodyInError bytes.
func serverMessage(body []byte) string {
	s := string(body)
	if i := strings.Index(s, "<xmp>"); i >= 0 {
		s = s[i+len("<xmp>"):]
		if j := strings.Index(s, "</xmp>"); j >= 0 {
			s = s[:j]
		}
	} else if strings.Contains(s, "<html") || strings.Contains(s, "<HTML") {
		var b strings.Builder
		in := false
		for _, r := range s {
			switch {
			case r == '<':
				in = true
			case r == '>':
				in = false
				b.WriteByte(' ')
			case !in:
				b.WriteRune(r)
			}
		}
		s = b.String()
	}
	// Virtuoso echoes the whole query after its message; keep the message.
	if i := strings.Index(s, "\nSPARQL query:"); i >= 0 {
		s = s[:i]
	}
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > maxErrorBodyInError {
		s = s[:maxErrorBodyInError] + "…"
	}
	if s == "" {
		s = "(empty answer)"
	}
	return s
}
