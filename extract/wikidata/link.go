package wikidata

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/factloom/factloom/extract"
)

// A Lookuper finds the items a name may refer to; *Index is one.
type Lookuper interface {
	Lookup(name string) ([]Candidate, error)
}

// A Linker sets the QID of the entities of an article. It links an entity
// only when one candidate is clearly best; a wrong link is worse than none.
type Linker struct {
	Index Lookuper

	// MinScore is the least score a link needs, and MinMargin how far the
	// best candidate must lead the next. Zero values mean the defaults
	// (DefaultMinScore, DefaultMinMargin).
	MinScore, MinMargin float64
}

// The default thresholds. A label match alone scores 3, an alias match 2
// (see Scored).
const (
	DefaultMinScore  = 2.0
	DefaultMinMargin = 1.0
)

// Scored is a candidate with the score the linker gave it. Score adds up:
//
//   - the name: 3 when a name of the entity is the item's label or English
//     Wikipedia title, 2 when it is one of its aliases, 1.5 when it is the
//     label less a bracketed disambiguator, 1 when it is the title less one;
//     an alias of the entity scores one step lower, a short acronym at most
//     1. Each further name of the entity that reaches the item adds 0.5.
//   - 1 when the item's Wikipedia title is the name itself (Wikipedia's
//     primary topic for it);
//   - 1 when the item's classes are known and fit the entity's type;
//   - for events, 1.5 when the item's years overlap the entity's own dates,
//     and ±0.75 when they do or do not overlap the article's dates;
//   - 1 when the item is in or part of an item already linked in the
//     article;
//   - up to 1 for popularity: log10(1+sitelinks)/3.
//
// A candidate is Rejected, whatever its score, when its classes do not fit
// the entity's type, when its years miss the entity's own dates, or when
// its name is ambiguous (its title or label carries a disambiguator that
// the entity's name lacks) and nothing confirms the disambiguator: years
// that overlap the entity's or the article's dates, a name of the
// article's entities, or the entity's type.
type Scored struct {
	Candidate
	Score    float64
	Why      []string // the parts of the score, in order
	Rejected string   // why the candidate cannot be linked; "" when it can
}

// Link sets the QID of each entity of a that the index tells for sure, and
// leaves the others alone (an entity whose QID is already set is kept).
// It links in two passes, so that items linked in the first can support
// the choice among the rest.
func (l *Linker) Link(a *extract.Article) error {
	c := NewArticleContext(a)
	for pass := 0; pass < 2; pass++ {
		linked := len(c.linked)
		for _, e := range a.Entities {
			if e.QID != "" {
				c.linked[e.QID] = true
				continue
			}
			scored, err := l.Candidates(c, e)
			if err != nil {
				return err
			}
			if best := l.Choose(scored); best != nil {
				e.QID = best.QID
				c.linked[best.QID] = true
			}
		}
		if len(c.linked) == linked {
			break
		}
	}
	return nil
}

// Choose returns the candidate to link, or nil to abstain: the best
// candidate that is not rejected, when its score reaches MinScore and it
// leads every other candidate that is not rejected by MinMargin. scored is
// as Candidates returns it, best first.
func (l *Linker) Choose(scored []Scored) *Scored {
	minScore, minMargin := l.MinScore, l.MinMargin
	if minScore == 0 {
		minScore = DefaultMinScore
	}
	if minMargin == 0 {
		minMargin = DefaultMinMargin
	}
	var best, second *Scored
	for i := range scored {
		s := &scored[i]
		if s.Rejected != "" {
			continue
		}
		switch {
		case best == nil:
			best = s
		case second == nil:
			second = s
		}
	}
	if best == nil || best.Score < minScore || second != nil && best.Score-second.Score < minMargin {
		return nil
	}
	return best
}

// An ArticleContext is what the linker knows of an article besides the
// entity it links: the names of its entities, its dates, and the items
// linked so far.
type ArticleContext struct {
	a      *extract.Article
	names  map[string]bool // NameKey of every entity label and alias
	years  Years           // the dates of the article's subject
	linked map[string]bool // QIDs linked in the article
}

// NewArticleContext returns the context of an article, for Candidates.
func NewArticleContext(a *extract.Article) *ArticleContext {
	c := &ArticleContext{a: a, names: make(map[string]bool), linked: make(map[string]bool)}
	for _, e := range a.Entities {
		for _, n := range entityNames(e) {
			c.names[NameKey(n.name)] = true
		}
		if e.QID != "" {
			c.linked[e.QID] = true
		}
	}
	c.years = attrYears(a, a.Subject)
	return c
}

// attrYears returns the years of an entity's date attributes.
func attrYears(a *extract.Article, key string) Years {
	var y Years
	for _, at := range a.Attributes {
		if at.Subject != key {
			continue
		}
		switch at.Attr {
		case extract.StartDate, extract.EndDate:
			if year, ok := isoYear(at.Value); ok {
				y.add(year)
			}
		}
	}
	return y
}

// isoYear reads the year of an ISO 8601 date ("2016-10-21", "-0053-06").
func isoYear(s string) (int, bool) {
	if s == "" {
		return 0, false
	}
	sign := "+"
	if s[0] == '-' {
		sign, s = "-", s[1:]
	}
	return timeYear(sign + s)
}

type entityName struct {
	name  string
	label bool // the entity's label or Wikipedia title, not an alias
}

func entityNames(e *extract.Entity) []entityName {
	ns := []entityName{{e.Label, true}}
	if e.WikiTitle != "" {
		ns = append(ns, entityName{strings.ReplaceAll(e.WikiTitle, "_", " "), true})
	}
	for _, al := range e.Aliases {
		ns = append(ns, entityName{al, false})
	}
	return ns
}

// Candidates returns every item a name of e may refer to, scored in the
// context c, best first (ties in item order). An entity with a Wikipedia
// title is linked through it alone when the index knows the title.
func (l *Linker) Candidates(c *ArticleContext, e *extract.Entity) ([]Scored, error) {
	if e.WikiTitle != "" {
		cands, err := l.Index.Lookup(e.WikiTitle)
		if err != nil {
			return nil, err
		}
		for _, cand := range cands {
			if cand.Match&MTitle != 0 && SameTitle(cand.Title, e.WikiTitle) {
				s := Scored{Candidate: cand, Score: 10, Why: []string{"Wikipedia title " + cand.Title}}
				if !Compatible(e.Type, cand.Types) {
					s.Rejected = fmt.Sprintf("a %s is not %s", e.Type, cand.Types)
				}
				return []Scored{s}, nil
			}
		}
	}
	byID := make(map[uint64]*found)
	var order []uint64
	for _, n := range entityNames(e) {
		cands, err := l.Index.Lookup(n.name)
		if err != nil {
			return nil, err
		}
		for _, cand := range cands {
			f := byID[cand.ID]
			if f == nil {
				f = &found{Candidate: cand}
				f.Match = 0
				byID[cand.ID] = f
				order = append(order, cand.ID)
			}
			f.add(n, cand.Match)
		}
	}
	own := ownYears(c.a, e)
	var out []Scored
	for _, id := range order {
		out = append(out, score(c, e, own, byID[id]))
	}
	slices.SortStableFunc(out, func(x, y Scored) int {
		if x.Rejected == "" != (y.Rejected == "") {
			if x.Rejected == "" {
				return -1
			}
			return 1
		}
		if c := cmp.Compare(y.Score, x.Score); c != 0 {
			return c
		}
		return cmp.Compare(x.ID, y.ID)
	})
	return out, nil
}

// ownYears returns the years an entity states itself: its dates, and years
// in its names ("Battle of Kirkuk (2016)").
func ownYears(a *extract.Article, e *extract.Entity) Years {
	y := attrYears(a, e.Key)
	for _, n := range entityNames(e) {
		if ny := yearsIn(n.name); ny.Known {
			y.add(ny.From)
			y.add(ny.To)
		}
	}
	return y
}

// found gathers how the names of one entity reach one item.
type found struct {
	Candidate
	names    []string // the entity's names that reach it
	nameBest float64
	full     bool // a name reached the full label or title, disambiguator included
	primary  bool // a name is the item's title
	onlyBase bool // every way in is through a title less its disambiguator
	seenAny  bool
}

func (f *found) add(n entityName, m Match) {
	var s float64
	switch {
	case m&(MLabel|MTitle) != 0:
		s = 3
	case m&MAlias != 0:
		s = 2
	case m&MLabelBase != 0:
		s = 1.5
	case m&MTitleBase != 0:
		s = 1
	}
	if !n.label {
		s -= 1
		if isAcronym(n.name) {
			s = min(s, 1)
		}
	}
	if m&(MLabel|MTitle|MAlias) != 0 {
		f.full = true
	}
	if m&MTitle != 0 {
		if _, _, dis := splitDisambig(f.Title); !dis {
			f.primary = true
		}
	}
	onlyTitleBase := m&^MTitleBase == 0
	if !f.seenAny {
		f.onlyBase = onlyTitleBase
	} else {
		f.onlyBase = f.onlyBase && onlyTitleBase
	}
	f.seenAny = true
	f.Match |= m
	f.names = append(f.names, n.name)
	f.nameBest = max(f.nameBest, s)
}

// isAcronym reports whether a name is a short all-capitals acronym ("IS",
// "MLF"): many things share those.
func isAcronym(s string) bool {
	s = strings.ReplaceAll(s, ".", "")
	if len(s) > 4 {
		return false
	}
	return s == strings.ToUpper(s)
}

func score(c *ArticleContext, e *extract.Entity, own Years, f *found) Scored {
	s := Scored{Candidate: f.Candidate}
	add := func(v float64, why string) {
		s.Score += v
		s.Why = append(s.Why, fmt.Sprintf("%+.2f %s", v, why))
	}
	add(f.nameBest, "name ("+f.Match.String()+")")
	if extra := len(f.names) - 1; extra > 0 {
		add(0.5*float64(extra), "more names of the entity")
	}
	if f.primary {
		add(1, "Wikipedia's page of that name")
	}
	if !Compatible(e.Type, f.Types) {
		s.Rejected = fmt.Sprintf("a %s is not %s", e.Type, f.Types)
	} else if _, typed := compatible[e.Type]; typed && f.Types != 0 {
		add(1, "classes fit "+string(e.Type))
	}
	years := itemYears(f.Candidate)
	ctxYears := c.years
	if e.Key == c.a.Subject {
		ctxYears = Years{}
	}
	if e.Type == extract.Event && years.Known {
		switch {
		case own.Known && own.Overlaps(years):
			add(1.5, "years fit the entity's dates")
		case own.Known:
			s.Rejected = fmt.Sprintf("years %s miss the entity's %s", years, own)
		case ctxYears.Known && ctxYears.Overlaps(years):
			add(0.75, "years fit the article's dates")
		case ctxYears.Known:
			add(-0.75, "years miss the article's dates")
		}
	}
	for _, r := range f.Related {
		if c.linked[QID(r)] {
			add(1, "in or part of "+QID(r)+", linked in the article")
			break
		}
	}
	if f.Sitelinks > 0 {
		add(math.Min(1, math.Log10(1+float64(f.Sitelinks))/3), fmt.Sprintf("%d sitelinks", f.Sitelinks))
	}
	if s.Rejected == "" {
		s.Rejected = ambiguity(c, e, own, ctxYears, years, f)
	}
	return s
}

// itemYears returns the years an item states: from its claims, or else
// from its label and title ("Battle of Kirkuk (2015)", "2016 Kirkuk raid").
func itemYears(c Candidate) Years {
	if c.Years.Known {
		return c.Years
	}
	y := yearsIn(c.Label)
	if ty := yearsIn(c.Title); ty.Known {
		if !y.Known {
			return ty
		}
		y.add(ty.From)
		y.add(ty.To)
	}
	return y
}

// ambiguity returns why the name that reached the item does not tell it
// apart, or "" when it does.
func ambiguity(c *ArticleContext, e *extract.Entity, own, ctxYears, years Years, f *found) string {
	dis := ""
	if _, d, ok := splitDisambig(f.Title); ok {
		dis = d
	} else if _, d, ok := splitDisambig(f.Label); ok && f.Title == "" {
		dis = d
	}
	if f.onlyBase && !(own.Known && years.Known) {
		return "only the Wikipedia title less its disambiguator matches, and the entity states no date"
	}
	if dis == "" || f.fullWithDisambig() {
		return ""
	}
	switch {
	case years.Known && own.Known && own.Overlaps(years):
	case years.Known && ctxYears.Known && ctxYears.Overlaps(years):
	case c.names[NameKey(dis)]:
	case strings.EqualFold(dis, string(e.Type)) || e.Class != "" && strings.EqualFold(dis, string(e.Class)):
	default:
		return fmt.Sprintf("the name is ambiguous (%q) and nothing in the article confirms %q", cmp.Or(f.Title, f.Label), dis)
	}
	return ""
}

// fullWithDisambig reports whether a name of the entity carries the item's
// disambiguator itself ("Battle of Kirkuk (2016)").
func (f *found) fullWithDisambig() bool {
	for _, n := range f.names {
		if _, _, ok := splitDisambig(n); ok && (NameKey(n) == NameKey(f.Title) || NameKey(n) == NameKey(f.Label)) {
			return true
		}
	}
	return false
}

// String writes a span of years as "2016", "2016–2017" or "2002–".
func (y Years) String() string {
	switch {
	case !y.Known:
		return "unknown"
	case y.From == y.To:
		return fmt.Sprint(y.From)
	case y.To == 9999:
		return fmt.Sprintf("%d–", y.From)
	}
	return fmt.Sprintf("%d–%d", y.From, y.To)
}
