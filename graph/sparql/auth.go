package sparql

import (
	"crypto/md5"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"hash"
	"net/url"
	"strings"
)

// A challenge is what a server asked for in WWW-Authenticate: HTTP basic
// (RFC 7617) or digest (RFC 7616) auth.
type challenge struct {
	scheme                          string // "basic" or "digest"
	realm, nonce, opaque, algorithm string
	qop                             bool // qop="auth" offered
	nc                              int  // requests sent with this nonce
}

// parseChallenge picks digest over basic among the WWW-Authenticate values.
func parseChallenge(values []string) (*challenge, bool) {
	var basic *challenge
	for _, v := range values {
		scheme, rest, _ := strings.Cut(strings.TrimSpace(v), " ")
		switch strings.ToLower(scheme) {
		case "digest":
			p := authParams(rest)
			ch := &challenge{scheme: "digest", realm: p["realm"], nonce: p["nonce"], opaque: p["opaque"], algorithm: p["algorithm"]}
			for _, q := range strings.Split(p["qop"], ",") {
				if strings.TrimSpace(q) == "auth" {
					ch.qop = true
				}
			}
			switch strings.ToUpper(ch.algorithm) {
			case "", "MD5", "SHA-256":
				return ch, true
			}
		case "basic":
			basic = &challenge{scheme: "basic", realm: authParams(rest)["realm"]}
		}
	}
	return basic, basic != nil
}

// authParams splits `k1="v1", k2=v2` into a map; quoted values may hold
// commas.
func authParams(s string) map[string]string {
	p := map[string]string{}
	for s = strings.TrimSpace(s); s != ""; s = strings.TrimLeft(s, ", ") {
		k, rest, ok := strings.Cut(s, "=")
		if !ok {
			break
		}
		k = strings.ToLower(strings.TrimSpace(k))
		var v string
		if strings.HasPrefix(rest, `"`) {
			var b strings.Builder
			i := 1
			for ; i < len(rest) && rest[i] != '"'; i++ {
				if rest[i] == '\\' && i+1 < len(rest) {
					i++
				}
				b.WriteByte(rest[i])
			}
			v, s = b.String(), rest[min(i+1, len(rest)):]
		} else {
			v, s, _ = strings.Cut(rest, ",")
			v = strings.TrimSpace(v)
		}
		p[k] = v
	}
	return p
}

// authHeader returns the Authorization header for req from the last
// challenge, or "" before the server has asked for auth.
func (c *Client) authHeader(req request) string {
	if c.User == "" {
		return ""
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	ch := c.auth
	if ch == nil {
		return ""
	}
	if ch.scheme == "basic" {
		return "Basic " + base64.StdEncoding.EncodeToString([]byte(c.User+":"+c.Password))
	}
	ch.nc++
	uri := req.url
	if u, err := url.Parse(req.url); err == nil {
		uri = u.RequestURI()
	}
	return digest(ch, c.User, c.Password, req.method, uri, ch.nc, cnonce())
}

// digest computes an RFC 7616 Authorization header value.
func digest(ch *challenge, user, pass, method, uri string, nc int, cnonce string) string {
	var h func() hash.Hash = md5.New
	if strings.EqualFold(ch.algorithm, "SHA-256") {
		h = sha256.New
	}
	sum := func(s string) string {
		x := h()
		x.Write([]byte(s))
		return hex.EncodeToString(x.Sum(nil))
	}
	ha1 := sum(user + ":" + ch.realm + ":" + pass)
	ha2 := sum(method + ":" + uri)
	ncs := fmt.Sprintf("%08x", nc)
	var resp string
	if ch.qop {
		resp = sum(ha1 + ":" + ch.nonce + ":" + ncs + ":" + cnonce + ":auth:" + ha2)
	} else {
		resp = sum(ha1 + ":" + ch.nonce + ":" + ha2)
	}
	var b strings.Builder
	fmt.Fprintf(&b, `Digest username=%q, realm=%q, nonce=%q, uri=%q, response=%q`, user, ch.realm, ch.nonce, uri, resp)
	if ch.algorithm != "" {
		fmt.Fprintf(&b, `, algorithm=%s`, ch.algorithm)
	}
	if ch.qop {
		fmt.Fprintf(&b, `, qop=auth, nc=%s, cnonce=%q`, ncs, cnonce)
	}
	if ch.opaque != "" {
		fmt.Fprintf(&b, `, opaque=%q`, ch.opaque)
	}
	return b.String()
}

func cnonce() string {
	b := make([]byte, 8)
	rand.Read(b)
	return hex.EncodeToString(b)
}
