package extract

import (
	"strings"
	"unicode/utf8"
)

// A readSentence is a sentence with its tokens and the names found in it.
type readSentence struct {
	s     sentence
	toks  []token
	ms    []mention
	src   Source
	lower string // clean with ASCII letters in lower case: same offsets
	first int    // index of the first word that is no stopword; len(toks) if none

	aliasDone   bool
	aliasRanges [][2]int
	cues        cueSet // the cue words the sentence holds
}

// cueSet records which kinds of cue word a sentence holds, so that the
// patterns that need a cue run only where it is.
type cueSet uint16

const (
	cueDeath cueSet = 1 << iota
	cueOrgRole
	cueAlias
	cueBetween
	cueAgainst
	cuePart
	cueParen
	cueFought
)

// cueWords are the cue words, by kind.
var cueWords = map[string]cueSet{
	"killed": cueDeath, "slain": cueDeath, "executed": cueDeath, "shot": cueDeath, "beheaded": cueDeath,
	"assassinated": cueDeath, "wounded": cueDeath, "injured": cueDeath, "captured": cueDeath,
	"taken": cueDeath, "death": cueDeath, "dead": cueDeath, "including": cueDeath,
	"member": cueOrgRole, "deserter": cueOrgRole, "fighter": cueOrgRole, "founder": cueOrgRole,
	"co-founder": cueOrgRole, "co-founded": cueOrgRole, "deputy": cueOrgRole, "second-in-command": cueOrgRole,
	"leader": cueOrgRole, "head": cueOrgRole, "emir": cueOrgRole, "chief": cueOrgRole, "commander": cueOrgRole,
	"known": cueAlias, "called": cueAlias, "codenamed": cueAlias, "code-named": cueAlias, "referred": cueAlias,
	"guerre": cueAlias, "spelling": cueAlias, "nicknamed": cueAlias,
	"between": cueBetween, "against": cueAgainst, "fought": cueFought,
	"part": cuePart, "during": cuePart, "engagement": cuePart, "phase": cuePart, "battle": cuePart,
	"encounter": cuePart, "campaign": cuePart,
}

// cueShapes has bit n of entry b set when a cue word of n bytes begins
// with byte b: most words of the prose have no cue word's first byte and
// length, and are let go without a lookup.
var cueShapes = func() (t [256]uint32) {
	for w := range cueWords {
		t[w[0]] |= 1 << len(w) // every cue word is shorter than 32 bytes
	}
	return t
}()

// cueKind returns the cue kinds a lower-case word belongs to. It runs for
// every word of the prose.
func cueKind(w string) cueSet {
	if len(w) == 0 || len(w) >= 32 || cueShapes[w[0]]&(1<<len(w)) == 0 {
		return 0
	}
	return cueWords[w]
}

// sentenceCues finds the cue words of a sentence in one pass.
func sentenceCues(toks []token) cueSet {
	var c cueSet
	for _, t := range toks {
		if t.word {
			c |= cueKind(t.lower)
		} else if t.lower == "(" { // a mark is the same in lower case
			c |= cueParen
		}
	}
	return c
}

// readProse finds the names of the prose, then what the sentences say of
// them.
func (x *extractor) readProse() {
	// The Result and Territory fields are prose too: each item of their
	// lists is read as a sentence ("Effective end of the self-proclaimed
	// State of Azawad, Ansar Dine and MOJWA take over ...").
	var ss []sentence
	var fields []string // the field of each sentence read from the infobox
	for _, f := range x.doc.fields {
		switch f.norm {
		case "result", "territory", "notes":
			for _, it := range fieldClauses(f) {
				ss = append(ss, it)
				fields = append(fields, f.key)
			}
		}
	}
	for pi, p := range x.doc.paras {
		ss = appendSentences(ss, p, pi == 0)
	}
	// All sentences are read into one slice, and their tokens into one
	// more, sized by estimate. A sentence whose estimate does not fit in
	// what is left starts another, sized for the rest of the prose; one
	// with more tokens than its estimate may grow the slice by append.
	sents := make([]readSentence, len(ss))
	need := 0
	for _, s := range ss {
		need += tokenEstimate(s.clean)
	}
	// The slice is the one an earlier article left in the extractor, if
	// any: every token is written before it is read, so what an old one
	// held does not matter.
	all := x.toks[:0]
	if cap(all) < need {
		all = make([]token, 0, need)
	}
	pooled := all
	for i, s := range ss {
		est := tokenEstimate(s.clean)
		if cap(all)-len(all) < est {
			all = make([]token, 0, need)
		}
		need -= est
		lower := asciiLower(s.clean)
		from := len(all)
		all = appendTokens(all, s.clean, lower)
		toks := all[from:len(all):len(all)]
		src := s.source()
		if i < len(fields) {
			src.Field = fields[i]
		}
		sents[i] = readSentence{s: s, toks: toks, src: src, lower: lower, first: firstNonStopword(toks), cues: sentenceCues(toks)}
	}
	midCaps := midSentenceCaps(sents)
	// The names found in a sentence go to a scratch buffer, and those kept
	// to a slice of their own.
	var found []mention
	for i := range sents {
		st := &sents[i]
		found = x.findMentions(found[:0], st.s, st.lower, st.toks)
		kept := found[:0] // filtered in place
		for _, m := range found {
			extendLower(st.toks, &m, st.s.clean)
			if !x.dropInitialCommonWord(st, &m, midCaps) || !settleNumber(st.toks, &m, st.s.clean) || x.sentenceInitialNoise(st, m, midCaps) || x.insideAliasRange(st, m) {
				continue
			}
			m.ent = x.resolve(&m, st.toks, st.src)
			if m.ent == nil {
				continue
			}
			x.openingSubject(st, &m)
			kept = append(kept, m)
		}
		st.ms = nil
		if len(kept) > 0 {
			st.ms = append(make([]mention, 0, len(kept)), kept...)
		}
		x.typeByCoordination(st)
		x.readAliases(st)
	}
	for i := range sents {
		x.readRelations(&sents[i])
	}
	// Nothing holds the tokens now: the slice stays for the next article,
	// unless a huge article grew it. The tokens are most of the memory the
	// prose of a long article takes, and a slice made anew for every
	// article must be cleared, then collected.
	x.toks = nil
	if cap(pooled) <= maxPooledTokens {
		x.toks = pooled[:0]
	}
}

// maxPooledTokens bounds the token slice an extractor keeps for reuse (40
// bytes a token).
const maxPooledTokens = 1 << 16

// typeByCoordination retypes a name first met in this sentence and typed
// a person only for having two words, when it is listed with names of
// another kind: "by MOJWA and Ansar Dine", "the towns of Khasham and Al
// Tabiyeh".
func (x *extractor) typeByCoordination(st *readSentence) {
	ms := st.ms
	for i, m := range ms {
		e := m.ent
		if len(e.Sources) != 1 || e.Sources[0].Start != st.src.Start {
			continue
		}
		// "Caesar and Pompey": a one-word name typed a place for want of
		// a better guess is a person when listed with one (but not
		// after "the": "on the Danube, Marlborough").
		if e.Type == Place && !strings.Contains(e.Label, " ") && !placeCues[strings.TrimSuffix(m.cue, " of")] && !placePrepositions[m.cue] && !(m.from > 0 && st.toks[m.from-1].lower == "the") {
			for _, j := range []int{i - 1, i + 1} {
				if j < 0 || j >= len(ms) || ms[j].ent.Type != Person {
					continue
				}
				a, b := ms[min(i, j)], ms[max(i, j)]
				if gap := strings.TrimSpace(st.between(a.end, b.start)); gap == "and" || gap == "," || gap == ", and" {
					e.Type = Person
					break
				}
			}
			continue
		}
		if e.Type != Person || personCues[m.cue] || ranks[m.cue] || x.isInfoboxPerson(e) {
			continue
		}
		for _, j := range []int{i - 1, i + 1} {
			if j < 0 || j >= len(ms) {
				continue
			}
			a, b := ms[min(i, j)], ms[max(i, j)]
			gap := strings.TrimSpace(st.between(a.end, b.start))
			if gap != "and" && gap != "," && gap != ", and" && gap != "or" {
				continue
			}
			if t := ms[j].ent.Type; t == Organization || t == Place {
				e.Type = t
				break
			}
		}
	}
}

// asciiLower lower-cases the ASCII letters of s and leaves every other
// byte, so that offsets into s hold in the result.
func asciiLower(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				b[j] = asciiLowerTable[b[j]] // no branch to mispredict
			}
			return string(b)
		}
	}
	return s
}

// asciiLowerTable maps 'A'-'Z' to 'a'-'z' and every other byte to itself.
var asciiLowerTable = func() (t [256]byte) {
	for i := range t {
		t[i] = byte(i)
		if i >= 'A' && i <= 'Z' {
			t[i] += 'a' - 'A'
		}
	}
	return t
}()

// fieldClauses cuts a field's value at commas and semicolons into
// sentences that keep their place in the article.
func fieldClauses(f field) []sentence {
	var out []sentence
	v := f.value
	start := 0
	for i := 0; i <= len(v); i++ {
		if i < len(v) && !(v[i] == ';' || v[i] == ',' && i+1 < len(v) && v[i+1] == ' ') {
			continue
		}
		part := v[start:i]
		trimmed := strings.TrimSpace(part)
		if trimmed != "" {
			lead := strings.Index(part, trimmed)
			off := f.src.Start + utf8.RuneCountInString(v[:start+lead])
			out = append(out, makeSentence(trimmed, f.src.Line, off, false))
		}
		start = i + 1
	}
	return out
}

// midSentenceCaps tells, for the first word of each sentence that is no
// stopword, whether it also stands capitalised inside a sentence: such a
// word is a name only if it does. Only those first words are ever asked
// about, so only they are kept.
func midSentenceCaps(sents []readSentence) map[string]bool {
	caps := make(map[string]bool, len(sents))
	// shapes has bit n%64 of entry b set when a first word of n bytes
	// begins with byte b: the other words need no lookup.
	var shapes [256]uint64
	for i := range sents {
		if st := &sents[i]; st.first < len(st.toks) {
			w := st.toks[st.first].lower
			caps[w] = false
			if w != "" {
				shapes[w[0]] |= 1 << (len(w) % 64)
			}
		}
	}
	for i := range sents {
		st := &sents[i]
		for i, t := range st.toks {
			if i > st.first && t.cap && t.word && t.lower != "" && shapes[t.lower[0]]&(1<<(len(t.lower)%64)) != 0 {
				if _, asked := caps[t.lower]; asked {
					caps[t.lower] = true
				}
			}
		}
	}
	return caps
}

// firstNonStopword returns the index of the first word of a sentence that
// is no stopword, or len(toks).
func firstNonStopword(toks []token) int {
	first := 0
	for first < len(toks) && (!toks[first].word || stopwords[toks[first].lower]) {
		first++
	}
	return first
}

// sentenceInitialNoise reports whether a one-word name that opens a
// sentence is only a capitalised ordinary word ("Doggedly", "Overnight").
func (x *extractor) sentenceInitialNoise(st *readSentence, m mention, midCaps map[string]bool) bool {
	if m.from != st.first || m.to-m.from != 1 {
		return false
	}
	lw := st.toks[m.from].lower
	// A word also met inside sentences is noise only for its -ly or -ing
	// and no possessive; the lookups below cannot make it noise.
	if midCaps[lw] && (st.toks[m.from].poss || !strings.HasSuffix(lw, "ly") && !strings.HasSuffix(lw, "ing")) {
		return false
	}
	w := st.toks[m.from].text(st.s.clean)
	if x.known(w) != nil || isCountryName(w) || isAcronym(w) {
		return false
	}
	if st.toks[m.from].poss {
		return !midCaps[lw] && x.aliasTarget(w, []string{Key(w)}) == nil
	}
	if strings.HasSuffix(lw, "ly") || strings.HasSuffix(lw, "ing") {
		return true
	}
	return !midCaps[lw]
}

// dropInitialCommonWord drops an ordinary word that opens a sentence from
// the name that follows it: "Destruction of Karameh camp" names "Karameh
// camp", "Creation of the AFEUR unit" the AFEUR. It reports false when
// what is left names nothing: a demonym ("Expulsion of the Germans"), or
// one word after a result's adjective that names no agent known
// ("Decisive Caesarian victory").
func (x *extractor) dropInitialCommonWord(st *readSentence, m *mention, midCaps map[string]bool) bool {
	toks := st.toks
	if m.from != st.first || m.to-m.from < 2 {
		return true
	}
	w := toks[m.from]
	text := w.text(st.s.clean)
	// "Decisive Ethiopian victory", "Pyrrhic Coalition victory": the
	// adjective of a result is not part of the winner's name, and a word
	// after it that names no known agent is an adjective too.
	if !midCaps[w.lower] && isVictoryAdjective(text) && endsInVictory(toks, m.to) && x.known(st.s.clean[m.start:m.end]) == nil {
		m.from++
		if l := toks[m.to-1].lower; m.to-m.from >= 2 && (l == "victory" || l == "defeat") {
			m.to-- // "Decisive Polish Victory"
			m.end = toks[m.to-1].end
		}
		m.start = toks[m.from].start
		m.text = strings.TrimSpace(st.s.clean[m.start:m.end])
		if m.to-m.from >= 2 {
			return true // "Decisive Grand Alliance victory"
		}
		return !isDemonymWord(m.text) && (x.known(m.text) != nil || isCountryName(m.text))
	}
	if m.to-m.from < 3 || !nameConnectors[toks[m.from+1].lower] {
		return true
	}
	if midCaps[w.lower] || x.known(text) != nil || isCountryName(text) || classWordsHas(w.lower) || orgHeads[w.lower] || placeHeads[w.lower] || polityHeads[w.lower] || nobleTitles[w.lower] || ranks[w.lower] || otherHeads[w.lower] {
		return true
	}
	k := m.from + 1
	for k < m.to && !toks[k].cap {
		k++
	}
	if k >= m.to {
		return true
	}
	m.from = k
	m.start = toks[k].start
	m.text = strings.TrimSpace(st.s.clean[m.start:m.end])
	return !isDemonymWord(m.text)
}

// endsInVictory reports whether the name that ends at toks[to] is a
// result's: "Decisive Polish Victory", "Decisive Coalition victory".
func endsInVictory(toks []token, to int) bool {
	isVictory := func(w string) bool { return w == "victory" || w == "defeat" || w == "win" || w == "triumph" }
	return isVictory(toks[to-1].lower) || to < len(toks) && isVictory(toks[to].lower)
}

// merge makes from another name of into: its label and aliases become
// aliases, and its facts move to into.
func (x *extractor) merge(into, from *Entity) {
	if into == nil || from == nil || into == from {
		return
	}
	for i := range x.a.Relations {
		r := &x.a.Relations[i]
		if r.Subject == from.Key {
			r.Subject = into.Key
		}
		if r.Object == from.Key {
			r.Object = into.Key
		}
	}
	for i := range x.a.Attributes {
		if x.a.Attributes[i].Subject == from.Key {
			x.a.Attributes[i].Subject = into.Key
		}
	}
	for i := range x.a.Figures {
		if x.a.Figures[i].Event == from.Key {
			x.a.Figures[i].Event = into.Key
		}
	}
	for k, v := range x.names {
		if v == from.Key {
			x.names[k] = into.Key
		}
	}
	for k, v := range x.looseIdx {
		if v == from {
			x.looseIdx[k] = into
		}
	}
	for _, s := range from.Sources {
		into.Sources = appendSource(into.Sources, s)
	}
	if from.QID != "" && into.QID == "" {
		into.QID = from.QID
	}
	delete(x.byKey, from.Key)
	for i, e := range x.a.Entities {
		if e == from {
			x.a.Entities = append(x.a.Entities[:i], x.a.Entities[i+1:]...)
			break
		}
	}
	x.names[from.Key] = into.Key
	x.addAlias(into, from.Label)
	for _, a := range from.Aliases {
		x.addAlias(into, a)
	}
	if from == x.event {
		x.event = into
		x.a.Subject = into.Key
	}
	// Relations that became equal or reflexive go in finish's dedupe.
}

// addAlias records an alias without checking who else holds the name.
func (x *extractor) addAlias(e *Entity, alias string) {
	k := x.key(alias)
	if k == x.key(e.Label) || alias == "" {
		return
	}
	x.names[k] = e.Key
	x.indexName(e, alias)
	for _, a := range e.Aliases {
		if x.key(a) == k {
			return
		}
	}
	e.Aliases = append(e.Aliases, alias)
}

// relabel gives e a fuller name; the old one becomes an alias.
func (x *extractor) relabel(e *Entity, label string) {
	k := x.key(label)
	if k == x.key(e.Label) {
		return
	}
	old := e.Label
	e.Label = label
	x.names[k] = e.Key
	x.indexName(e, label)
	x.ix.add(e, label, k)
	// The new label is no alias any more.
	for i, a := range e.Aliases {
		if x.key(a) == k {
			e.Aliases = append(e.Aliases[:i], e.Aliases[i+1:]...)
			break
		}
	}
	x.addAlias(e, old)
}

// dedupe drops relations that merging made equal, or reflexive.
func (x *extractor) dedupe() {
	// relSeen is cleared and filled again with the relations kept, rather
	// than made anew: it keeps the room an earlier article grew it to.
	seen := x.relSeen
	clear(seen)
	out := x.a.Relations[:0]
	for _, r := range x.a.Relations {
		key := relKey{r.Subject, r.Rel, r.Object, r.Side}
		if seen[key] || r.Subject == r.Object {
			continue
		}
		seen[key] = true
		out = append(out, r)
	}
	x.a.Relations = out
}

// between returns the sentence text between two byte offsets.
func (st *readSentence) between(a, b int) string {
	if a < 0 || b > len(st.s.clean) || a > b {
		return ""
	}
	return st.s.clean[a:b]
}

// isSubject reports whether e is the article's event.
func (x *extractor) isSubject(e *Entity) bool { return e != nil && e == x.event }

// openingSubject makes an event that opens the prose, met there first and
// of the subject's class, another name of the subject: "The Battle of
// Bosworth Field (or Battle of Bosworth) was" under the infobox's "Battle
// of Bosworth", "The Battle of Abritus" under "Battle of Abrittus".
func (x *extractor) openingSubject(st *readSentence, m *mention) {
	e := m.ent
	if !st.s.first || m.from != st.first || e == x.event || x.event == nil || e.Type != Event || e.Class != x.event.Class ||
		len(e.Sources) != 1 || e.Sources[0].Start != st.src.Start || fromInfobox(e) {
		return
	}
	x.merge(x.event, e)
	m.ent = x.event
}
