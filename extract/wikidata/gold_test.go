package wikidata

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/factloom/factloom/extract"
)

// shared is the project's shared folder, beside the repository.
const shared = "../../../shared"

// needShared skips the test when the shared folder is missing, and fails
// it under CI, where it is always there.
func needShared(t *testing.T) {
	t.Helper()
	if _, err := os.Stat(shared); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("shared folder missing: %v", err)
		}
		t.Skipf("SKIP: shared folder %s missing", shared)
	}
}

// goldFile is a corpus gold file (../shared/corpus/GOLD-FORMAT.md).
type goldFile struct {
	ID       string `json:"id"`
	Subject  string `json:"subject"`
	Entities []struct {
		Label    string   `json:"label"`
		Type     string   `json:"type"`
		Class    string   `json:"class"`
		Aliases  []string `json:"aliases"`
		QID      string   `json:"qid"`
		Optional bool     `json:"optional"`
	} `json:"entities"`
	Relations  [][]any `json:"relations"`
	Attributes [][]any `json:"attributes"`
}

// goldArticle turns a gold file into the Article a perfect extractor would
// read (without the QIDs), and returns the expected QID of each entity key
// ("none" for an entity that must not be linked).
func goldArticle(t *testing.T, path string) (*extract.Article, map[string]string) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var g goldFile
	if err := json.Unmarshal(b, &g); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	a := &extract.Article{Name: path, ID: g.ID, Subject: extract.Key(g.Subject)}
	want := make(map[string]string)
	for _, e := range g.Entities {
		k := extract.Key(e.Label)
		a.Entities = append(a.Entities, &extract.Entity{
			Key: k, Label: e.Label, Type: extract.Type(e.Type), Class: extract.Class(e.Class), Aliases: e.Aliases,
		})
		if e.QID != "" && !e.Optional {
			want[k] = e.QID
		}
	}
	for _, r := range g.Relations {
		s, _ := r[0].(string)
		rel, _ := r[1].(string)
		o, _ := r[2].(string)
		a.Relations = append(a.Relations, extract.Relation{Subject: extract.Key(s), Rel: extract.Rel(rel), Object: extract.Key(o)})
	}
	for _, at := range g.Attributes {
		s, _ := at[0].(string)
		name, _ := at[1].(string)
		v, ok := at[2].(string)
		if !ok || len(at) > 3 { // figures, and optional values
			continue
		}
		a.Attributes = append(a.Attributes, extract.Attribute{Subject: extract.Key(s), Attr: extract.Attr(name), Value: v})
	}
	return a, want
}

var (
	sampleOnce sync.Once
	sampleDir  string
	sampleIdx  *Index
	sampleErr  error
)

func TestMain(m *testing.M) {
	code := m.Run()
	if sampleIdx != nil {
		sampleIdx.Close()
	}
	if sampleDir != "" {
		os.RemoveAll(sampleDir)
	}
	os.Exit(code)
}

// sampleIndex builds the index of the shared sample dump once per test
// binary.
func sampleIndex(t *testing.T) *Index {
	t.Helper()
	needShared(t)
	sampleOnce.Do(func() {
		dir, err := os.MkdirTemp("", "factloom-wikidata-test-*")
		if err != nil {
			sampleErr = err
			return
		}
		sampleDir = dir
		path := filepath.Join(dir, "sample.idx")
		if _, err := BuildFile(t.Context(), path, filepath.Join(shared, "wikidata/sample-dump.json.gz"), nil, Options{}); err != nil {
			sampleErr = err
			return
		}
		sampleIdx, sampleErr = Open(path)
	})
	if sampleErr != nil {
		t.Fatal(sampleErr)
	}
	return sampleIdx
}

// linkedCorpus reads every gold article of the corpus as a perfect
// extractor would, links it with the sample index, and returns the
// articles with the gold QIDs of their entities.
func linkedCorpus(t *testing.T) ([]*extract.Article, []map[string]string) {
	t.Helper()
	x := sampleIndex(t)
	files, _ := filepath.Glob(filepath.Join(shared, "corpus/*.gold.json"))
	if len(files) == 0 {
		t.Fatal("no gold files")
	}
	l := &Linker{Index: x}
	var arts []*extract.Article
	var wants []map[string]string
	for _, path := range files {
		a, want := goldArticle(t, path)
		if err := l.Link(a); err != nil {
			t.Fatal(err)
		}
		arts = append(arts, a)
		wants = append(wants, want)
	}
	return arts, wants
}

// TestGoldLinking links the entities of every gold article of the corpus,
// read as a perfect extractor would, and scores the links against the gold
// QIDs the way the corpus scorer does: a wrong QID, or any QID on an entity
// whose gold is "none", is a false positive.
func TestGoldLinking(t *testing.T) {
	arts, wants := linkedCorpus(t)
	var tp, fp, fn int
	for i, a := range arts {
		want := wants[i]
		for _, e := range a.Entities {
			w, ok := want[e.Key]
			switch {
			case !ok:
			case e.QID == w:
				tp++
			case e.QID != "":
				fp++
				t.Errorf("%s: %q linked to %s, want %s", a.ID, e.Label, e.QID, w)
			case w != "none":
				fn++
				t.Logf("%s: %q not linked, want %s", a.ID, e.Label, w)
			}
		}
	}
	p := float64(tp) / float64(max(tp+fp, 1))
	r := float64(tp) / float64(max(tp+fn, 1))
	t.Logf("gold stand-in: precision %.3f recall %.3f (TP %d FP %d FN %d)", p, r, tp, fp, fn)
	if p < 0.97 || r < 0.90 {
		t.Errorf("precision %.3f recall %.3f, want at least 0.97 and 0.90", p, r)
	}
}

// TestLinksGold checks every link of links.gold.tsv whose label an entity
// of the corpus carries (as label or alias): the linker, run on that
// entity's gold article, links it to the listed item.
func TestLinksGold(t *testing.T) {
	needShared(t)
	b, err := os.ReadFile(filepath.Join(shared, "wikidata/links.gold.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	type use struct {
		a *extract.Article
		e *extract.Entity
	}
	byName := make(map[string][]use)
	arts, _ := linkedCorpus(t)
	for _, a := range arts {
		for _, e := range a.Entities {
			for _, n := range append([]string{e.Label}, e.Aliases...) {
				byName[NameKey(n)] = append(byName[NameKey(n)], use{a, e})
			}
		}
	}
	checked := 0
	for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		label, qid, ok := strings.Cut(line, "\t")
		if !ok {
			t.Fatalf("links.gold.tsv: bad line %q", line)
		}
		for _, u := range byName[NameKey(label)] {
			checked++
			if u.e.QID != qid {
				t.Errorf("%s: %q (named %q) linked to %q, want %s", u.a.ID, u.e.Label, label, u.e.QID, qid)
			}
		}
	}
	t.Logf("%d uses of links.gold.tsv names in the corpus checked", checked)
	if checked < 30 {
		t.Errorf("only %d uses checked: the corpus or the gold changed?", checked)
	}
}

// TestDistractorsRejected checks that no entity of any gold article, scored
// or not, is linked to one of the sample's distractors.
func TestDistractorsRejected(t *testing.T) {
	needShared(t)
	b, err := os.ReadFile(filepath.Join(shared, "wikidata/README.md"))
	if err != nil {
		t.Fatal(err)
	}
	distractors := readDistractors(string(b))
	if len(distractors) != 27 {
		t.Fatalf("read %d distractors from README.md, want 27", len(distractors))
	}
	arts, _ := linkedCorpus(t)
	for _, a := range arts {
		for _, e := range a.Entities {
			if label, bad := distractors[e.QID]; bad {
				t.Errorf("%s: %q linked to distractor %s (%s)", a.ID, e.Label, e.QID, label)
			}
		}
	}
}

// TestLookAlikes links names that the sample holds look-alikes of, in
// articles of various dates: the linker picks the one item the context
// tells, or abstains.
func TestLookAlikes(t *testing.T) {
	x := sampleIndex(t)
	tests := []struct {
		name    string
		label   string
		aliases []string
		typ     extract.Type
		date    string // the article subject's start date
		own     bool   // the date is the entity's own (it is the subject)
		others  []string
		title   string // the entity's Wikipedia title
		want    string
	}{
		{name: "Wikipedia title first", label: "Battle of Kirkuk", title: "Battle_of_Kirkuk_(2016)", typ: extract.Event, want: "Q27502384"},
		{name: "Wikipedia title of another type", label: "United States", title: "United States", typ: extract.Person, want: ""},
		{name: "unknown Wikipedia title, then the names", label: "Mali", title: "Mali (country)", typ: extract.Country, want: "Q912"},
		{name: "country over its namesakes", label: "Mali", typ: extract.Country, want: "Q912"},
		{name: "place named like a country", label: "Mali", typ: extract.Place, want: "Q912"},
		{name: "person cannot be a state", label: "United States", typ: extract.Person, want: ""},
		{name: "two groups of one name", label: "Ansar al-Sharia", typ: extract.Organization, date: "2019", want: ""},
		{name: "three battles of one name, no date", label: "Battle of Maiduguri", typ: extract.Event, want: ""},
		{name: "three battles of one name, dated", label: "Battle of Maiduguri", typ: extract.Event, date: "2013", own: true, want: ""},
		{name: "two battles of one name", label: "Battle of Boulikessi", typ: extract.Event, date: "2019", own: true, want: ""},
		{name: "battle told by its own year", label: "Battle of Kirkuk", typ: extract.Event, date: "2016-10-21", own: true, want: "Q27502384"},
		{name: "battle told by its name's year", label: "Battle of Kirkuk", aliases: []string{"Battle of Kirkuk (2016)"}, typ: extract.Event, want: "Q27502384"},
		{name: "battle of another year", label: "Battle of Kirkuk", typ: extract.Event, date: "2013", own: true, want: ""},
		{name: "battle named without a date", label: "Battle of Kirkuk", typ: extract.Event, want: ""},
		{name: "battle told by the article's year", label: "Battle of Mosul", typ: extract.Event, date: "2016-10-21", want: "Q27429856"},
		{name: "battle the article's year does not tell", label: "Battle of Mosul", typ: extract.Event, date: "2010", want: ""},
		{name: "two battles of Belchite", label: "Battle of Belchite", typ: extract.Event, date: "1937-08-24", own: true, want: "Q1259700"},
		{name: "one battle of Zaragoza, another year", label: "Battle of Zaragoza", typ: extract.Event, date: "1937-08-24", want: ""},
		{name: "war known by a title base only", label: "Libyan Civil War", typ: extract.Event, date: "2016-01-15", want: ""},
		{name: "campaign told by the war in the article", label: "East African campaign", typ: extract.Event, date: "1914-11-03", others: []string{"World War I"}, want: "Q705571"},
		{name: "campaign nothing confirms", label: "East African campaign", typ: extract.Event, date: "1914-11-03", want: ""},
		{name: "ordinal words", label: "Second Battle of Kidal", typ: extract.Event, date: "2014-05-16", own: true, want: "Q16916521"},
		{name: "not the second battle", label: "Battle of Gao", typ: extract.Event, date: "2012-06-26", own: true, want: "Q3181123"},
		{name: "town, not its region", label: "Gao", typ: extract.Place, want: "Q188904"},
		{name: "label beats another item's alias", label: "al-Qaeda", aliases: []string{"The Base"}, typ: extract.Organization, want: "Q34490"},
		{name: "acronym alone", label: "AQIM", typ: extract.Organization, want: "Q2635966"},
		{name: "plural is another name", label: "Anglo-Scottish Wars", typ: extract.Event, date: "1388", want: ""},
		{name: "the empire by its own name", label: "Mali Empire", typ: extract.Country, want: "Q184536"},
	}
	l := &Linker{Index: x}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := &extract.Entity{Key: extract.Key(tt.label), Label: tt.label, Aliases: tt.aliases, Type: tt.typ, WikiTitle: tt.title}
			a := &extract.Article{Subject: "the subject", Entities: []*extract.Entity{e}}
			if tt.own {
				a.Subject = e.Key
			}
			for _, o := range tt.others {
				a.Entities = append(a.Entities, &extract.Entity{Key: extract.Key(o), Label: o, Type: extract.Event})
			}
			if tt.date != "" {
				a.Attributes = []extract.Attribute{{Subject: a.Subject, Attr: extract.StartDate, Value: tt.date}}
			}
			if err := l.Link(a); err != nil {
				t.Fatal(err)
			}
			if e.QID != tt.want {
				scored, _ := l.Candidates(NewArticleContext(a), e)
				t.Errorf("got %q, want %q; candidates: %+v", e.QID, tt.want, scored)
			}
		})
	}
}

// readDistractors reads the list of distractors from the sample's README:
// `"Label" (Qn);` items.
func readDistractors(readme string) map[string]string {
	out := make(map[string]string)
	_, rest, ok := strings.Cut(readme, "**distractors**")
	if !ok {
		return out
	}
	rest, _, _ = strings.Cut(rest, "\n\n")
	for _, part := range strings.Split(rest, "\" (Q")[1:] {
		q, _, _ := strings.Cut(part, ")")
		out["Q"+q] = ""
	}
	for _, part := range strings.Split(rest, ";") {
		i := strings.Index(part, "\"")
		j := strings.LastIndex(part, "\" (Q")
		if i < 0 || j <= i {
			continue
		}
		q, _, _ := strings.Cut(part[j+4:], ")")
		out["Q"+q] = part[i+1 : j]
	}
	for q, l := range out {
		if l == "" {
			delete(out, q)
		}
	}
	return out
}
