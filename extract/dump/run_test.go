package dump

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/factloom/factloom/extract"
	"github.com/factloom/factloom/extract/wikitext"
)

const (
	plainXML    = sampleDir + "sample-pages-articles.xml"
	singleBz2   = sampleDir + "sample-pages-articles.xml.bz2"
	multiBz2    = sampleDir + "sample-pages-articles-multistream.xml.bz2"
	multiIndex  = sampleDir + "sample-pages-articles-multistream-index.txt.bz2"
	conflicts   = 24
	samplePages = 31
)

// render writes what a test needs to see of an article: its page title
// (the subject's WikiTitle), label and the titles its entities link to.
func render(a *extract.Article) ([]byte, error) {
	var b strings.Builder
	subj := a.Entity(a.Subject)
	fmt.Fprintf(&b, "%s\t%s", subj.WikiTitle, subj.Label)
	for _, e := range a.Entities {
		if e.WikiTitle != "" && e != subj {
			fmt.Fprintf(&b, "\t%s=%s", e.Label, e.WikiTitle)
		}
	}
	b.WriteByte('\n')
	return []byte(b.String()), nil
}

// needLbzip2 skips a test when lbzip2 is missing, and fails it under CI.
func needLbzip2(t *testing.T) {
	t.Helper()
	if _, err := exec.LookPath("lbzip2"); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("lbzip2 is required under CI: %v", err)
		}
		t.Skipf("SKIP: lbzip2 not installed (apt-get install lbzip2): %v", err)
	}
}

func run(t *testing.T, ctx context.Context, o Options) (string, *Summary, error) {
	t.Helper()
	var out bytes.Buffer
	if o.Out == nil && o.Output == "" && o.Split == "" {
		o.Out = &out
	}
	o.Render = render
	sum, err := Run(ctx, o)
	if o.Output != "" {
		b, rerr := os.ReadFile(o.Output)
		if rerr != nil {
			t.Fatal(rerr)
		}
		out.Write(b)
	}
	return out.String(), sum, err
}

// TestRunSample reads the sample as every kind of dump, with every decoder
// and several job counts: the output is the same bytes every time.
func TestRunSample(t *testing.T) {
	readSample(t, "sample-pages-articles.xml")
	want, sum, err := run(t, t.Context(), Options{Inputs: []string{plainXML}, Decoder: Go, Jobs: 1})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Pages != samplePages || sum.Conflicts != conflicts || sum.Extracted != conflicts || sum.Failed != 0 {
		t.Fatalf("got summary %+v, want %d pages, %d conflict pages, all extracted", sum, samplePages, conflicts)
	}
	if !strings.Contains(want, "Battle of Agincourt\tBattle of Agincourt") || !strings.Contains(want, "Battle of Świecino\t") {
		t.Errorf("output lacks sample articles:\n%s", want)
	}
	// Each output line starts with its page's title: no page that is not a
	// conflict article may have one (the articles themselves may name them).
	for _, line := range strings.Split(strings.TrimSpace(want), "\n") {
		title, _, _ := strings.Cut(line, "\t")
		if strings.Contains(title, "Albert Sidney Johnston") || strings.Contains(title, "Aboukir") {
			t.Errorf("output has a page that is not a conflict article: %s", title)
		}
	}
	tests := []struct {
		name    string
		input   string
		index   string
		decoder Decoder
		jobs    int
	}{
		{"plain xml, 8 jobs", plainXML, "", Go, 8},
		{"bzip2 go", singleBz2, "", Go, 2},
		{"bzip2 lbzip2", singleBz2, "", Lbzip2, 2},
		{"multistream go", multiBz2, "", Go, 3},
		{"multistream lbzip2", multiBz2, "", Lbzip2, 1},
		{"multistream index go", multiBz2, multiIndex, Go, 4},
		{"multistream index lbzip2", multiBz2, multiIndex, Lbzip2, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.decoder == Lbzip2 {
				needLbzip2(t)
			}
			got, sum, err := run(t, t.Context(), Options{Inputs: []string{tt.input}, Index: tt.index, Decoder: tt.decoder, Jobs: tt.jobs})
			if err != nil {
				t.Fatal(err)
			}
			if got != want {
				t.Errorf("got\n%s\nwant\n%s", got, want)
			}
			if sum.Pages != samplePages || sum.Extracted != conflicts {
				t.Errorf("got summary %+v", sum)
			}
		})
	}
}

// cut writes the first n bytes of a sample file to a temporary file.
func cut(t *testing.T, src string, n int) string {
	b := readSample(t, filepath.Base(src))
	p := filepath.Join(t.TempDir(), filepath.Base(src))
	if err := os.WriteFile(p, b[:n], 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestRunBadInput: a truncated or corrupt dump ends the run with a clear
// error, and what was extracted before it is written whole.
func TestRunBadInput(t *testing.T) {
	full, _, err := run(t, t.Context(), Options{Inputs: []string{plainXML}, Decoder: Go})
	if err != nil {
		t.Fatal(err)
	}
	// The multistream sample's third page stream starts at 340632 (its
	// index): cut inside it, the first 20 pages are whole.
	truncMulti := cut(t, multiBz2, 400000)
	corrupt := cut(t, multiBz2, 489715)
	b, _ := os.ReadFile(corrupt)
	for i := 200000; i < 200040; i++ {
		b[i] ^= 0x55
	}
	os.WriteFile(corrupt, b, 0o644)
	tests := []struct {
		name      string
		input     string
		decoder   Decoder
		index     string
		wantErr   error
		wantPages int64 // whole pages before the damage; lbzip2 may give fewer
	}{
		{"truncated xml", cut(t, plainXML, 900000), Go, "", ErrTruncated, -1},
		{"truncated bzip2 go", truncMulti, Go, "", ErrCorrupt, 20},
		{"truncated bzip2 lbzip2", truncMulti, Lbzip2, "", ErrCorrupt, 20},
		{"truncated bzip2 index go", truncMulti, Go, multiIndex, ErrCorrupt, 20},
		{"corrupt bzip2 go", corrupt, Go, "", ErrCorrupt, 10},
		{"corrupt bzip2 lbzip2", corrupt, Lbzip2, "", ErrCorrupt, 10},
		{"corrupt bzip2 index go", corrupt, Go, multiIndex, ErrCorrupt, 10},
		{"truncated single stream lbzip2", cut(t, singleBz2, 300000), Lbzip2, "", ErrCorrupt, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.decoder == Lbzip2 {
				needLbzip2(t)
			}
			got, sum, err := run(t, t.Context(), Options{Inputs: []string{tt.input}, Index: tt.index, Decoder: tt.decoder, Jobs: 2})
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("got error %v, want %v", err, tt.wantErr)
			}
			if !strings.Contains(err.Error(), tt.input) {
				t.Errorf("error %q does not name the file", err)
			}
			// lbzip2 stops at the damage without writing the blocks it was
			// still decoding, so it may salvage fewer pages.
			if tt.wantPages >= 0 && (sum.Pages > tt.wantPages || tt.decoder == Go && sum.Pages != tt.wantPages) {
				t.Errorf("got %d pages, want %d", sum.Pages, tt.wantPages)
			}
			// What was written is a prefix of the whole output, in whole lines.
			if !strings.HasPrefix(full, got) || (got != "" && !strings.HasSuffix(got, "\n")) {
				t.Errorf("output is not a whole prefix of the full output:\n%s", got)
			}
			if int64(strings.Count(got, "\n")) != sum.Extracted {
				t.Errorf("got %d lines, summary says %d extracted", strings.Count(got, "\n"), sum.Extracted)
			}
		})
	}
}

// TestRunBrokenPage: a page whose infobox is never closed is reported with
// its title and id and skipped; the others are extracted.
func TestRunBrokenPage(t *testing.T) {
	xml := string(readSample(t, "sample-pages-articles.xml"))
	broken := strings.Replace(xml, "| campaignbox = {{Campaignbox First English Civil War}}\n}}", "", 1)
	if broken == xml {
		t.Fatal("the Lostwithiel infobox was not found")
	}
	p := filepath.Join(t.TempDir(), "broken.xml")
	os.WriteFile(p, []byte(broken), 0o644)
	errFile := filepath.Join(t.TempDir(), "errors.txt")
	var reported []string
	got, sum, err := run(t, t.Context(), Options{Inputs: []string{p}, Errors: errFile, Jobs: 3,
		Report: func(e *PageError) { reported = append(reported, e.Error()) }})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Failed != 1 || sum.Extracted != conflicts-1 || sum.Reasons[wikitext.ErrBrokenMarkup.Error()] != 1 {
		t.Errorf("got summary %+v", sum)
	}
	want := p + `: page 4160 "Battle of Lostwithiel": wikitext line 4: broken markup in the infobox: {{Infobox … opened here is never closed`
	if len(reported) != 1 || reported[0] != want {
		t.Errorf("reported %q, want %q", reported, want)
	}
	if b, _ := os.ReadFile(errFile); string(b) != want+"\n" {
		t.Errorf("errors file holds %q", b)
	}
	if strings.Contains(got, "Lostwithiel") {
		t.Error("the broken page was written")
	}
}

// TestRunMalformedPage: a <page> without an <id> is a failed page; the
// pages after it are still read.
func TestRunMalformedPage(t *testing.T) {
	xml := string(readSample(t, "sample-pages-articles.xml"))
	bad := strings.Replace(xml, "<id>4160</id>", "", 1)
	p := filepath.Join(t.TempDir(), "bad.xml")
	os.WriteFile(p, []byte(bad), 0o644)
	var reported []string
	_, sum, err := run(t, t.Context(), Options{Inputs: []string{p}, Report: func(e *PageError) { reported = append(reported, e.Error()) }})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Pages != samplePages || sum.Malformed != 1 || sum.Failed != 0 || sum.Conflicts != conflicts-1 || sum.Extracted != conflicts-1 {
		t.Errorf("got summary %+v", sum)
	}
	want := p + `: page 11: malformed <page>: "Battle of Lostwithiel" has no <id>`
	if len(reported) != 1 || reported[0] != want {
		t.Errorf("reported %q, want %q", reported, want)
	}
}

// TestRunResume interrupts a run after some articles, spoils the end of
// its output as a crash would, and resumes: the output is that of a run
// that was never interrupted, with nothing written twice.
func TestRunResume(t *testing.T) {
	readSample(t, "sample-pages-articles.xml")
	want, _, err := run(t, t.Context(), Options{Inputs: []string{plainXML}, Decoder: Go})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		input   string
		index   string
		decoder Decoder
		split   bool
	}{
		{"plain xml", plainXML, "", Go, false},
		{"multistream index go", multiBz2, multiIndex, Go, false},
		{"multistream index lbzip2", multiBz2, multiIndex, Lbzip2, false},
		{"bzip2 lbzip2", singleBz2, "", Lbzip2, false},
		{"split", multiBz2, multiIndex, Go, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.decoder == Lbzip2 {
				needLbzip2(t)
			}
			dir := t.TempDir()
			o := Options{Inputs: []string{tt.input}, Index: tt.index, Decoder: tt.decoder, Jobs: 2, CheckpointEvery: 3,
				Output: filepath.Join(dir, "out.txt"), Errors: filepath.Join(dir, "errors.txt")}
			if tt.split {
				o.Output, o.Split, o.SplitExt = "", filepath.Join(dir, "split"), "txt"
			}
			ctx, cancel := context.WithCancel(t.Context())
			var once sync.Once
			n := 0
			var mu sync.Mutex
			o.Render = func(a *extract.Article) ([]byte, error) {
				mu.Lock()
				if n++; n == 10 {
					once.Do(cancel)
				}
				mu.Unlock()
				return render(a)
			}
			sum, err := Run(ctx, o)
			if !errors.Is(err, context.Canceled) || sum.Extracted >= conflicts {
				t.Fatalf("interrupted run: got %v, %+v; want context.Canceled and some articles left", err, sum)
			}
			if o.Output != "" {
				// A crash in the middle of a write leaves half a line.
				f, _ := os.OpenFile(o.Output, os.O_APPEND|os.O_WRONLY, 0)
				f.WriteString("half a li")
				f.Close()
			}
			o.Resume = true
			o.Render = render
			sum, err = Run(t.Context(), o)
			if err != nil {
				t.Fatal(err)
			}
			if sum.Pages != samplePages || sum.Extracted != conflicts {
				t.Errorf("resumed run: got summary %+v", sum)
			}
			got := readOutput(t, o)
			if got != want {
				t.Errorf("got\n%s\nwant\n%s", got, want)
			}
			// Resuming a finished run does nothing.
			if _, err := Run(t.Context(), o); err != nil || readOutput(t, o) != want {
				t.Errorf("resuming a finished run: %v", err)
			}
			// While a new run is under way, its output cut back, the
			// checkpoint on disk is no longer the finished run's: a crash
			// now and --resume must not take the output for whole.
			if !tt.split {
				block, blocked := make(chan struct{}), make(chan struct{})
				o.Resume = false
				o.Render = func(a *extract.Article) ([]byte, error) {
					select {
					case blocked <- struct{}{}:
					default:
					}
					<-block
					return render(a)
				}
				done := make(chan error)
				go func() { _, err := Run(t.Context(), o); done <- err }()
				<-blocked
				b, err := os.ReadFile(o.Output + ".checkpoint")
				if err != nil || strings.Contains(string(b), `"done": true`) {
					t.Errorf("checkpoint during a new run: %v\n%s", err, b)
				}
				close(block)
				if err := <-done; err != nil {
					t.Error(err)
				}
			}
		})
	}
}

// readOutput reads a run's output file, or its split files in page order.
func readOutput(t *testing.T, o Options) string {
	t.Helper()
	if o.Split == "" {
		b, err := os.ReadFile(o.Output)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	files, _ := filepath.Glob(filepath.Join(o.Split, "*.txt"))
	sort.Slice(files, func(i, j int) bool {
		var a, b int
		fmt.Sscan(strings.SplitN(filepath.Base(files[i]), "-", 2)[0], &a)
		fmt.Sscan(strings.SplitN(filepath.Base(files[j]), "-", 2)[0], &b)
		return a < b
	})
	var out strings.Builder
	for _, f := range files {
		b, _ := os.ReadFile(f)
		out.Write(b)
	}
	return out.String()
}

func TestLinkTitles(t *testing.T) {
	a := &extract.Article{Subject: "battle of x", Entities: []*extract.Entity{
		{Key: "battle of x", Label: "Battle of X"},
		{Key: "henry v", Label: "Henry V"},
		{Key: "charles d'albret", Label: "Charles d'Albret", Aliases: []string{"d'Albret"}},
		{Key: "albret", Label: "Albret", Aliases: []string{"Charles I of Albret"}},
		{Key: "france", Label: "France", WikiTitle: "Kingdom of France"},
		{Key: "nowhere", Label: "Nowhere"},
	}}
	links := map[string]string{
		"henry v":             "Henry V of England",
		"charles i of albret": "Charles I of Albret",
		"france":              "France",
		"battle of x":         "Battle of X (1415)",
	}
	linkTitles(a, links, "Battle of X (page)")
	want := []string{"Battle of X (page)", "Henry V of England", "", "Charles I of Albret", "Kingdom of France", ""}
	for i, e := range a.Entities {
		if e.WikiTitle != want[i] {
			t.Errorf("%s: got %q, want %q", e.Label, e.WikiTitle, want[i])
		}
	}
}
