package wikidata

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestParseItem(t *testing.T) {
	p31 := func(id string, rank string) string {
		return `{"mainsnak":{"snaktype":"value","property":"P31","datavalue":{"value":{"entity-type":"item","numeric-id":` +
			strings.TrimPrefix(id, "Q") + `,"id":"` + id + `"},"type":"wikibase-entityid"},"datatype":"wikibase-item"},"type":"statement","rank":"` + rank + `"}`
	}
	tm := func(prop, time string) string {
		return `"` + prop + `":[{"mainsnak":{"snaktype":"value","property":"` + prop + `","datavalue":{"value":{"time":"` + time +
			`","timezone":0,"before":0,"after":0,"precision":11},"type":"time"}},"rank":"normal"}]`
	}
	tests := []struct {
		name    string
		line    string
		want    string // fmt of the item, or "" when not an item
		wantErr string
	}{
		{
			name: "labels, aliases, classes, title",
			line: `{"type":"item","id":"Q30","labels":{"fr":{"language":"fr","value":"États-Unis"},"en":{"language":"en","value":"United States of America"}},` +
				`"aliases":{"en":[{"language":"en","value":"USA"},{"language":"en","value":"US"}]},"claims":{"P31":[` + p31("Q6256", "normal") + `,` + p31("Q7275", "deprecated") + `]},` +
				`"sitelinks":{"dewiki":{"site":"dewiki","title":"Vereinigte Staaten"},"enwiki":{"site":"enwiki","title":"United States","badges":[]}}}`,
			want: `30 "United States of America" [United States of America États-Unis USA US] P31 [6256] years unknown "United States" 2`,
		},
		{
			name: "escapes in strings, years from time claims",
			line: `{"id":"Q1","type":"item","labels":{"en":{"language":"en","value":"Caf\u00e9 \"X\""}},"claims":{` + tm("P580", "+2016-10-21T00:00:00Z") + `,` + tm("P582", "-0053-06-09T00:00:00Z") + `}}`,
			want: `1 "Café \"X\"" [Café "X"] P31 [] years -53–2016 "" 0`,
		},
		{
			name: "a snak without value",
			line: `{"id":"Q2","type":"item","claims":{"P31":[{"mainsnak":{"snaktype":"novalue","property":"P31"},"rank":"normal"}]}}`,
			want: `2 "" [] P31 [] years unknown "" 0`,
		},
		{name: "a property is not an item", line: `{"type":"property","id":"P31","labels":{}}`},
		{name: "a lexeme is not an item", line: `{"type":"lexeme","id":"L1"}`},
		{name: "cut short", line: `{"type":"item","id":"Q1","labels":{"en":{"language":"en","val`, wantErr: "unterminated string"},
		{name: "not an object", line: `[1,2]`, wantErr: "want '{'"},
		{name: "unbalanced skipped value", line: `{"id":"Q1","descriptions":{"en":[}}`, wantErr: "unbalanced"},
		{name: "text after the entity", line: `{"id":"Q1"} x`, wantErr: "text after the entity"},
		{name: "bad id", line: `{"id":"Qx"}`, wantErr: "bad item id"},
		{name: "escaped backslash before the quote", line: `{"type":"item","id":"Q1","labels":{"en":{"value":"a\\"}}}`, want: `1 "a\\" [a\] P31 [] years unknown "" 0`},
		{name: "escaped quote at the end of a string", line: `{"id":"Q1","labels":{"en":{"value":"a\"}}}`, wantErr: "unterminated string"},
	}
	p := newItemParser([]string{"en", "fr"})
	var it Item
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ok, err := p.parse([]byte(tt.line), &it)
			if tt.wantErr != "" {
				if err == nil || !errors.Is(err, errSyntax) || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("error %v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			got := ""
			if ok {
				got = fmt.Sprintf("%d %q %v P31 %v years %s %q %d", it.ID, it.Label, it.Names, it.P31, it.Years, it.Title, it.Sitelinks)
			}
			if got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
		})
	}
}

func TestYearsIn(t *testing.T) {
	tests := []struct{ name, want string }{
		{"Battle of Kirkuk (2016)", "2016"},
		{"Battle of Mosul (2016–17)", "2016–2017"},
		{"War in Iraq (2013–2017)", "2013–2017"},
		{"Insurgency in the Maghreb (2002–present)", "2002–"},
		{"Insurgency in the Maghreb (2002–)", "2002–"},
		{"2016 Kirkuk raid", "2016"},
		{"2nd Battle of Kidal", "unknown"},
		{"F-111 raid", "unknown"},
		{"Battle of Hattin", "unknown"},
	}
	for _, tt := range tests {
		if got := yearsIn(tt.name).String(); got != tt.want {
			t.Errorf("yearsIn(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestNameKey(t *testing.T) {
	tests := []struct{ a, b string }{
		{"Second Battle of Kidal", "2nd Battle of Kidal"},
		{"Ségou Region", "segou region"},
		{"the United States", "United States"},
		{"Second Hundred Years`War", "2nd hundred years'war"},
	}
	for _, tt := range tests {
		if NameKey(tt.a) != NameKey(tt.b) {
			t.Errorf("NameKey(%q) = %q, NameKey(%q) = %q, want equal", tt.a, NameKey(tt.a), tt.b, NameKey(tt.b))
		}
	}
}

// FuzzNameKey checks that the fast path of appendNameKey gives NameKey.
func FuzzNameKey(f *testing.F) {
	for _, s := range []string{"The  Battle of\tX", "Second Battle of Kidal", "the", "the ", " the the x ", "Ségou", "A`b", "THE FIRST"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := string(appendNameKey([]byte("pre"), s)), "pre"+NameKey(s); got != want {
			t.Errorf("appendNameKey(%q) = %q, want %q", s, got, want)
		}
	})
}

// FuzzParseItem feeds any bytes to the line parser, seeded with the lines
// of the sample dump: it must never panic, and what it accepts as an item
// has an id.
func FuzzParseItem(f *testing.F) {
	if b, err := os.ReadFile(filepath.Join(shared, "wikidata/sample-dump.json")); err == nil {
		for _, l := range strings.Split(string(b), "\n") {
			f.Add([]byte(strings.TrimSuffix(l, ",")))
		}
	}
	f.Add([]byte(`{"id":"Q1","claims":{"P31":[{"mainsnak":{"datavalue":{"value":{"id":"Q5"}}}}]}}`))
	p := newItemParser([]string{"en"})
	f.Fuzz(func(t *testing.T, line []byte) {
		var it Item
		ok, err := p.parse(line, &it)
		if ok && (err != nil || it.ID == 0) {
			t.Fatalf("ok with error %v or no id %d", err, it.ID)
		}
	})
}
