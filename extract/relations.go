package extract

import (
	"strings"
	"unicode"
)

// finish runs what needs the whole article.
func (x *extractor) finish() {
	x.resolveWinner()
	x.dedupe()
}

// readRelations reads what one sentence says about the names in it.
func (x *extractor) readRelations(st *readSentence) {
	// Names merged since the sentence was read point to what they became.
	kept := st.ms[:0]
	for _, m := range st.ms {
		if m.ent = x.canonical(m.ent); m.ent != nil {
			kept = append(kept, m)
		}
	}
	st.ms = kept
	if len(st.ms) == 0 {
		return
	}
	x.readBetween(st)
	x.readAgainst(st)
	x.readFought(st)
	x.readBracketCommanders(st)
	x.readDeaths(st)
	x.readOrgRoles(st)
	x.readProsePartOf(st)
	x.readLocatedIn(st)
	x.readParticipants(st)
	x.readEventDates(st)
}

func isAgentEntity(e *Entity) bool {
	return e != nil && (e.Type == Country || e.Type == Organization)
}

// lowerBetween returns the lower-cased text of the sentence between two byte
// offsets.
func (st *readSentence) lowerBetween(a, b int) string {
	if a < 0 || b > len(st.lower) || a > b {
		return ""
	}
	return st.lower[a:b]
}

// clauseEnd finds where the clause that holds offset at ends.
func (st *readSentence) clauseEnd(at int) int {
	rest := st.s.clean[at:]
	end := len(rest)
	for _, stop := range clauseStops {
		// Only a stop that begins before end matters: the search goes no
		// further.
		if i := strings.Index(rest[:min(len(rest), end+len(stop)-1)], stop); i >= 0 {
			end = i
		}
	}
	return at + end
}

// clauseStops end a clause.
var clauseStops = []string{";", ". ", " which ", " who ", " after ", " when ", " while ", " before ", " until ", " where ", " but ", " – ", " — "}

// readBracketCommanders reads a force's commander given in brackets after
// it, with his rank: "the Eighth Army (General Claude Auchinleck)".
func (x *extractor) readBracketCommanders(st *readSentence) {
	if st.cues&cueParen == 0 {
		return
	}
	ms := st.ms
	for i := 0; i+1 < len(ms); i++ {
		m, n := ms[i], ms[i+1]
		if m.ent.Type != Organization || n.ent.Type != Person || !(ranks[n.cue] || isMultiRank(n.cue) || n.cue == "general") {
			continue
		}
		// Only the bracket's opening between them.
		open := strings.LastIndexByte(st.s.clean[:n.start], '(')
		if open < m.end || parenDepth(st.s.clean[m.end:open]) != 0 || !strings.HasPrefix(strings.TrimLeft(st.s.clean[n.end:], " "), ")") ||
			!onlyRanks(st.s.clean[open+1:n.start]) || !startsName(n.ent.Label) {
			continue // not "(at the command of Admiral David Beatty)"
		}
		x.relate(n.ent, LeaderOf, m.ent, 0, st.src)
	}
}

// onlyRanks reports whether s is rank words alone: "General", "Field
// Marshal", "Lt. Gen.".
func onlyRanks(s string) bool {
	n := 0
	for w := range strings.FieldsSeq(strings.ToLower(s)) {
		if !ranks[w] && !ranks[strings.TrimSuffix(w, ".")] && w != "field" && w != "rear" && w != "vice" && w != "major" {
			return false
		}
		n++
	}
	return n > 0
}

// readFought reads "A fought B" and "A and its allies fought the B":
// the two agents fought each other. The agent before the verb is the
// nearest one, with nothing between but "and its allies" or a word for
// troops; the one after it follows at once, maybe after "the".
func (x *extractor) readFought(st *readSentence) {
	if st.cues&cueFought == 0 {
		return
	}
	toks := st.toks
	for vi, t := range toks {
		if t.lower != "fought" {
			continue
		}
		var a, b *Entity
		for _, m := range st.ms {
			if m.to <= vi && isAgentEntity(m.ent) && onlyAlliesBetween(toks[m.to:vi]) && !afterPreposition(toks, m.from) {
				a = m.ent // (not "Volunteers from the Netherlands fought")
			}
			k := vi + 1
			if k < len(toks) && toks[k].lower == "the" {
				k++
			}
			if b == nil && m.from == k && isAgentEntity(m.ent) {
				b = m.ent
			}
		}
		if a != nil && b != nil && a != b {
			x.relate(a, OpponentOf, b, 0, st.src)
		}
	}
}

// afterPreposition reports whether the name at toks[from] is the object
// of a preposition: "from the Netherlands", "of France".
func afterPreposition(toks []token, from int) bool {
	k := from - 1
	if k >= 0 && toks[k].lower == "the" {
		k--
	}
	if k < 0 {
		return false
	}
	switch toks[k].lower {
	case "from", "of", "by", "with", "in", "for", "to", "against", "at", "on":
		return true
	}
	return false
}

// onlyAlliesBetween reports whether the tokens between an agent and a verb
// are none, "and its allies", or a word for troops: "Nazi Germany and its
// allies fought", "Ottoman forces fought".
func onlyAlliesBetween(toks []token) bool {
	switch len(toks) {
	case 0:
		return true
	case 1:
		return isForceNoun(toks[0].lower)
	case 3:
		return toks[0].lower == "and" && (toks[1].lower == "its" || toks[1].lower == "their") && (toks[2].lower == "allies" || toks[2].lower == "ally")
	}
	return false
}

// readBetween reads "fought between A and B": both took part in the
// article's event, and fought each other.
func (x *extractor) readBetween(st *readSentence) {
	if st.cues&cueBetween == 0 {
		return
	}
	lower := st.lower
	at := wordIndex(lower, "between")
	if at < 0 {
		return
	}
	if !containsAny(lower, "fought", "battle", "war", "engagement", "clash", "conflict", "fighting", "encounter", "skirmish", "took place", "hostilities", "attack") {
		return
	}
	end := st.clauseEnd(at)
	var agents []mention
	for _, m := range st.ms {
		if m.start <= at || m.end > end {
			continue
		}
		if isAgentEntity(m.ent) {
			agents = append(agents, m)
		} else if len(agents) > 0 && (m.ent.Type == Place || m.ent.Type == Event) {
			break // "... near the ancient town of Carrhae"
		}
	}
	if len(agents) < 2 {
		return
	}
	// The first "and" outside brackets with agents on both sides splits
	// the sides: in "between Axis forces (Germany and Italy) and ...", the
	// bracket lists one side.
	split := -1
	flat := blankBrackets(st.lower)
	for i := 1; i < len(agents); i++ {
		gap := flat[agents[i-1].end:agents[i].start]
		if wordIndex(gap, "and") >= 0 && parenDepth(st.s.clean[:agents[i].start]) == 0 {
			split = i
			break
		}
	}
	if split < 0 {
		return
	}
	for _, a := range agents {
		x.relate(a.ent, ParticipantIn, x.event, 0, st.src)
	}
	for _, a := range agents[:split] {
		for _, b := range agents[split:] {
			if a.ent != b.ent {
				x.relate(a.ent, OpponentOf, b.ent, 0, st.src)
			}
		}
	}
}

// blankBrackets replaces bracketed text, brackets included, with spaces.
func blankBrackets(s string) string {
	if strings.IndexByte(s, '(') < 0 {
		return s
	}
	b := []byte(s)
	d := 0
	for i, c := range b {
		switch {
		case c == '(':
			d++
			b[i] = ' '
		case c == ')' && d > 0:
			d--
			b[i] = ' '
		case d > 0:
			b[i] = ' '
		}
	}
	return string(b)
}

// parenDepth is how many brackets are open at the end of s.
func parenDepth(s string) int {
	d := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '(':
			d++
		case ')':
			if d > 0 {
				d--
			}
		}
	}
	return d
}

// readAgainst reads "an insurgency by A and B against C": A and B opposed C.
func (x *extractor) readAgainst(st *readSentence) {
	if st.cues&cueAgainst == 0 {
		return
	}
	lower := st.lower
	at := wordIndex(lower, "against")
	if at < 0 {
		return
	}
	begin := 0
	if i := strings.LastIndex(lower[:at], " by "); i >= 0 {
		begin = i
	}
	end := st.clauseEnd(at)
	var left, right []*Entity
	for i, m := range st.ms {
		if !isAgentEntity(m.ent) {
			continue
		}
		// "the Imperial German Navy's High Seas Fleet": the fleet fought,
		// not the navy that owns it.
		if i+1 < len(st.ms) && st.toks[m.to-1].poss && isAgentEntity(st.ms[i+1].ent) && st.ms[i+1].start-m.end <= 4 {
			continue
		}
		if m.start >= begin && m.end <= at {
			left = append(left, m.ent)
		} else if m.start > at && m.end <= end {
			right = append(right, m.ent)
			break // the first thing opposed
		}
	}
	if len(right) == 0 || len(left) == 0 {
		return
	}
	// Only the agents closest before "against", joined by "and" or ",".
	for _, a := range left {
		for _, b := range right {
			if a != b {
				x.relate(a, OpponentOf, b, 0, st.src)
			}
		}
	}
}

// deathWords are the passive verbs that give a person a role in an event.
var deathWords = []struct {
	words string
	rel   Rel
}{
	{"mortally wounded", KilledIn}, {"killed", KilledIn}, {"slain", KilledIn}, {"executed", KilledIn},
	{"shot dead", KilledIn}, {"beheaded", KilledIn}, {"assassinated", KilledIn},
	{"captured", CapturedIn}, {"taken prisoner", CapturedIn}, {"taken captive", CapturedIn},
	{"wounded", WoundedIn}, {"injured", WoundedIn},
}

// readDeaths reads "X and Y were killed", "X was also killed in the
// battle", "X's death", "including X" after a number killed.
func (x *extractor) readDeaths(st *readSentence) {
	if st.cues&cueDeath == 0 {
		return
	}
	lower := st.lower
	for _, dw := range deathWords {
		off := 0
		for {
			i := strings.Index(lower[off:], dw.words)
			if i < 0 {
				break
			}
			at := off + i
			off = at + len(dw.words)
			before := strings.TrimSpace(lower[:at])
			aux := ""
			for _, a := range []string{"was", "were", "was also", "were also", "was later", "were later", "was reportedly", "were reportedly", "was eventually", "had been", "was mortally", "were mortally"} {
				if strings.HasSuffix(before, " "+a) || before == a {
					aux = a
				}
			}
			if aux == "" || aux == "had been" {
				continue
			}
			if dw.rel == WoundedIn && strings.HasSuffix(before, "mortally") {
				continue
			}
			ev := x.eventOfClause(st, at)
			if ev == nil {
				continue
			}
			// The persons of the clause before the verb.
			begin := strings.LastIndexAny(st.s.clean[:at], ";")
			for _, m := range st.ms {
				if m.ent.Type != Person || m.start < begin || m.end > at {
					continue
				}
				if x.insideAside(st, m, at) || st.toks[m.to-1].poss {
					continue // (not "Napoleon's abandoned carriage was captured")
				}
				x.relate(m.ent, dw.rel, ev, 0, st.src)
			}
		}
	}
	// "Okacha's death", "including Djamel Okacha" after "put out of action".
	for _, m := range st.ms {
		if m.ent.Type != Person {
			continue
		}
		after := strings.TrimSpace(st.lower[m.end:])
		if strings.HasPrefix(after, "'s death") || strings.HasPrefix(after, "’s death") {
			if ev := x.eventOfClause(st, m.end); ev != nil {
				x.relate(m.ent, KilledIn, ev, 0, st.src)
			}
		}
		before := st.lower[:m.start]
		if strings.HasSuffix(strings.TrimSpace(before), "including") || strings.HasSuffix(strings.TrimSpace(before), "including the") {
			if strings.Contains(before, "killed") || strings.Contains(before, "out of action") || strings.Contains(before, "dead") {
				if ev := x.eventOfClause(st, m.end); ev != nil {
					x.relate(m.ent, KilledIn, ev, 0, st.src)
				}
			}
		}
	}
}

// insideAside reports whether a mention sits in a relative clause that
// ends before the verb at: "who", "which" and "whom" open one.
func (x *extractor) insideAside(st *readSentence, m mention, at int) bool {
	mid := st.lowerBetween(m.end, at)
	return strings.Contains(mid, " who ") || strings.Contains(mid, " whom ") || strings.Contains(mid, " which ")
}

// eventOfClause returns the event a clause speaks of: an event named after
// the offset in the same clause ("killed in the Battle of X"), else the
// article's subject, unless the clause names another event before.
func (x *extractor) eventOfClause(st *readSentence, at int) *Entity {
	end := st.clauseEnd(at)
	for _, m := range st.ms {
		if m.start >= at && m.end <= end && m.ent.Type == Event {
			gap := st.lowerBetween(at, m.start)
			if strings.HasSuffix(strings.TrimSpace(gap), "in") || strings.HasSuffix(strings.TrimSpace(gap), "in the") || strings.HasSuffix(strings.TrimSpace(gap), "during the") || strings.HasSuffix(strings.TrimSpace(gap), "at") {
				return m.ent
			}
		}
	}
	return x.event
}

// readOrgRoles reads who leads, founded or belongs to which group.
func (x *extractor) readOrgRoles(st *readSentence) {
	clean := st.s.clean
	lower := st.lower
	ms := st.ms
	// "X leader and founder P": a group, role nouns, then a person.
	for i := 0; i+1 < len(ms); i++ {
		o, p := ms[i], ms[i+1]
		if !isAgentEntity(o.ent) || o.ent.Type == Country || p.ent.Type != Person {
			continue
		}
		gap := strings.TrimSpace(st.lowerBetween(o.end, p.start))
		if gap == "" {
			continue
		}
		roles := strings.FieldsFunc(gap, func(r rune) bool { return r == ' ' || r == ',' })
		ok := true
		var rels []Rel
		for _, w := range roles {
			switch w {
			case "leader", "head", "chief", "emir", "commander":
				rels = append(rels, LeaderOf)
			case "founder", "co-founder":
				rels = append(rels, FounderOf)
			case "deputy":
				rels = append(rels, DeputyLeaderOf)
			case "member":
				rels = append(rels, MemberOf)
			case "and":
			default:
				ok = false
			}
		}
		if ok && len(rels) > 0 {
			for _, r := range rels {
				x.relate(p.ent, r, o.ent, 0, st.src)
			}
		}
	}
	// "P ... member of O", "leader of O", "the group's second-in-command".
	for _, pat := range orgRolePatterns {
		if st.cues&cueOrgRole == 0 {
			break
		}
		off := 0
		for {
			i := strings.Index(lower[off:], pat.words)
			if i < 0 {
				break
			}
			at := off + i
			off = at + len(pat.words)
			p := x.personBefore(st, at)
			if p == nil {
				continue
			}
			var o *Entity
			if pat.groupBefore {
				o = x.groupBefore(st, at)
			} else {
				o = x.groupAfter(st, off)
			}
			if o == nil || o == p {
				continue
			}
			for _, r := range pat.rels {
				x.relate(p, r, o, 0, st.src)
			}
		}
	}
	// "O under P", "O, under the command of P"; "P's O".
	for i := 0; i+1 < len(ms); i++ {
		o, p := ms[i], ms[i+1]
		gap := strings.TrimSpace(st.lowerBetween(o.end, p.start))
		if o.ent.Type == Organization && p.ent.Type == Person && (gap == "under" || gap == ", under the command of" || gap == "under the command of" || gap == "led by" || gap == ", led by") {
			x.relate(p.ent, LeaderOf, o.ent, 0, st.src)
		}
		if o.ent.Type == Person && p.ent.Type == Organization && st.toks[o.to-1].poss && (gap == "'s" || gap == "’s" || gap == "") && militaryUnit(p.ent.Label) {
			x.relate(o.ent, LeaderOf, p.ent, 0, st.src)
		}
	}
	// Affiliations: "al-Qaeda aligned JNIM", "its ally Ansar Dine".
	for i := 0; i+1 < len(ms); i++ {
		a, b := ms[i], ms[i+1]
		if a.ent.Type != Organization || b.ent.Type != Organization {
			continue
		}
		gap := strings.TrimSpace(st.lowerBetween(a.end, b.start))
		switch {
		case gap == "aligned" || gap == "-aligned" || gap == "affiliated" || gap == "-affiliated" || gap == "linked" || gap == "-linked" || gap == "backed" || gap == "-backed":
			x.relate(b.ent, AffiliatedWith, a.ent, 0, st.src)
		case strings.HasSuffix(gap, "its ally") || strings.HasSuffix(gap, "its allies") || strings.HasSuffix(gap, "allied with") || strings.HasSuffix(gap, "aligned with") || strings.HasSuffix(gap, "a branch of") || strings.HasSuffix(gap, "an affiliate of") || strings.HasSuffix(gap, "merged into") || strings.HasSuffix(gap, "allied to"):
			if strings.HasSuffix(gap, "its ally") || strings.HasSuffix(gap, "its allies") {
				x.relate(a.ent, AffiliatedWith, b.ent, 0, st.src)
			} else {
				x.relate(a.ent, AffiliatedWith, b.ent, 0, st.src)
			}
		}
	}
	_ = clean
}

// orgRolePatterns are the words that tie a person before them to a group
// after them (or, for "the group's", before them).
var orgRolePatterns = []struct {
	words       string
	rels        []Rel
	groupBefore bool
}{
	{"founding member of", []Rel{MemberOf, FounderOf}, false},
	{"top member of", []Rel{MemberOf}, false},
	{"senior member of", []Rel{MemberOf}, false},
	{"a member of", []Rel{MemberOf}, false},
	{"member of", []Rel{MemberOf}, false},
	{"deserter to", []Rel{MemberOf}, false},
	{"fighter of", []Rel{MemberOf}, false},
	{"co-founder of", []Rel{FounderOf}, false},
	{"founder of", []Rel{FounderOf}, false},
	{"co-founded", []Rel{FounderOf}, false},
	{"deputy leader of", []Rel{DeputyLeaderOf}, false},
	{"deputy commander of", []Rel{DeputyLeaderOf}, false},
	{"deputy emir of", []Rel{DeputyLeaderOf}, false},
	{"second-in-command of", []Rel{DeputyLeaderOf}, false},
	{"group's second-in-command", []Rel{DeputyLeaderOf}, true},
	{"organization's second-in-command", []Rel{DeputyLeaderOf}, true},
	{"leader of", []Rel{LeaderOf}, false},
	{"head of", []Rel{LeaderOf}, false},
	{"emir of", []Rel{LeaderOf}, false},
	{"chief of", []Rel{LeaderOf}, false},
	{"commander of", []Rel{LeaderOf}, false},
}

// personBefore returns the last person named before offset at, in the same
// sentence and not cut off by a full clause.
func (x *extractor) personBefore(st *readSentence, at int) *Entity {
	var p *Entity
	for _, m := range st.ms {
		if m.end <= at && m.ent.Type == Person {
			p = m.ent
		}
	}
	return p
}

// groupAfter returns the first group named after offset at, within a few
// words ("of the Tunisian jihadist group Ansar al-Sharia").
func (x *extractor) groupAfter(st *readSentence, at int) *Entity {
	for _, m := range st.ms {
		if m.start < at {
			continue
		}
		gap := strings.Fields(st.between(at, m.start))
		if len(gap) > 5 {
			return nil
		}
		if m.ent.Type == Organization {
			return m.ent
		}
		if m.ent.Type != Country {
			return nil
		}
	}
	return nil
}

// groupBefore returns the last group named before offset at.
func (x *extractor) groupBefore(st *readSentence, at int) *Entity {
	var o *Entity
	for _, m := range st.ms {
		if m.end <= at && m.ent.Type == Organization {
			o = m.ent
		}
	}
	return o
}

// militaryUnit reports whether a name is that of a unit a person leads.
func militaryUnit(name string) bool {
	ws := strings.Fields(Key(name))
	if len(ws) == 0 {
		return false
	}
	switch ws[len(ws)-1] {
	case "army", "column", "corps", "division", "brigade", "battalion", "regiment", "company", "legion", "fleet", "squadron", "force", "forces", "group":
		return true
	}
	return ws[0] == "army"
}

// readProsePartOf reads "during the Mali War", "as part of the Allied Operation
// Market Garden", "the first major engagement of the East African
// campaign", and "E1, which was part of the wider E2".
func (x *extractor) readProsePartOf(st *readSentence) {
	ms := st.ms
	for i, m := range ms {
		if m.ent.Type != Event {
			continue
		}
		before := st.lower[:m.start]
		before = strings.TrimSpace(before)
		for _, adj := range []string{"allied", "wider", "larger", "broader", "greater", "ongoing"} {
			before = strings.TrimSuffix(before, " "+adj)
		}
		before = strings.TrimSuffix(before, " the")
		isPart := strings.HasSuffix(before, "part of") || strings.HasSuffix(before, "during") ||
			strings.HasSuffix(before, "engagement of") || strings.HasSuffix(before, "engagement in") ||
			strings.HasSuffix(before, "phase of") || strings.HasSuffix(before, "battle of") && m.ent.Class != Battle ||
			strings.HasSuffix(before, "encounter in") || strings.HasSuffix(before, "campaign of")
		if !isPart {
			continue
		}
		// Which event is the part? "E1, which was part of E2" names it;
		// otherwise the article's subject.
		part := x.event
		for j := i - 1; j >= 0; j-- {
			if ms[j].ent.Type == Event && ms[j].ent != m.ent {
				gap := st.lowerBetween(ms[j].end, m.start)
				if strings.Contains(gap, "which was") || strings.Contains(gap, "which is") || strings.Contains(gap, "itself part") {
					part = ms[j].ent
				}
				break
			}
		}
		if part != m.ent && !x.has(m.ent, PartOf, part) {
			x.relate(part, PartOf, m.ent, 0, st.src)
		}
	}
}

// readLocatedIn reads "A, B", "A in the B", "A, the capital of B", "the A
// subdivision of the B", "A, B and C, the three biggest cities in the
// disputed region of D".
func (x *extractor) readLocatedIn(st *readSentence) {
	ms := st.ms
	for i := 0; i+1 < len(ms); i++ {
		a := ms[i]
		if a.ent.Type != Place || isWaterName(a.ent.Label) || strings.HasSuffix(a.ent.Key, " channel") {
			continue // (not "the English Channel in Brittany")
		}
		// Skip over a list of places: "Gao, Timbuktu and Kidal, ...".
		group := []*Entity{a.ent}
		j := i + 1
		for k := i + 1; k < len(ms) && ms[k].ent.Type == Place; k++ {
			gap := strings.TrimSpace(st.between(ms[k-1].end, ms[k].start))
			if gap == "and" || gap == ", and" {
				// "Gao, Timbuktu and Kidal": a list ends with "and".
				for _, g := range ms[i+1 : k+1] {
					group = append(group, g.ent)
				}
				j = k + 1
				break
			}
			if gap != "," {
				break
			}
		}
		if j >= len(ms) {
			continue
		}
		b := ms[j]
		if b.ent.Type != Place && b.ent.Type != Country {
			continue
		}
		gap := strings.TrimSpace(st.lowerBetween(ms[j-1].end, b.start))
		if !locatedGap(gap) {
			continue
		}
		for _, p := range group {
			if p != b.ent && !x.has(b.ent, LocatedIn, p) {
				x.relate(p, LocatedIn, b.ent, 0, st.src)
			}
		}
		if x.subjectInFirstSentence(st) && i == x.firstPlaceIndex(st) && x.isLocationGap(st, a) {
			x.relate(x.event, Location, a.ent, 0, st.src)
		}
	}
	// "in the Niono Cercle subdivision": a place the first sentence puts
	// the event in.
	if x.subjectInFirstSentence(st) {
		for _, m := range ms {
			if m.ent.Type == Place && x.isLocationGap(st, m) {
				x.relate(x.event, Location, m.ent, 0, st.src)
				break
			}
		}
	}
}

// locatedGap reports whether the words between two places say that the
// first is in the second.
func locatedGap(gap string) bool {
	switch gap {
	case ",", "in", "in the", ", in", ", in the", "of", "of the", ", the capital of", "the capital of", "in northern", "in southern", "in eastern", "in western", "in central", "in the central highlands of", "in the port of":
		return true
	}
	if strings.HasPrefix(gap, "in the ") || strings.HasPrefix(gap, ", the ") && strings.HasSuffix(gap, " of") || strings.HasPrefix(gap, ", the ") && strings.HasSuffix(gap, " in") {
		return !strings.Contains(gap, ",") || strings.HasPrefix(gap, ", the ")
	}
	if strings.HasSuffix(gap, " of") || strings.HasSuffix(gap, " of the") {
		ws := strings.Fields(gap)
		switch ws[0] {
		case "subdivision", "district", "province", "region", "part", "suburb", "outskirts", "town", "city", "village", "area", "coast":
			return true
		}
		if strings.HasPrefix(gap, "on the ") && strings.Contains(gap, "coast of") {
			return true
		}
		if strings.HasPrefix(gap, "in the ") {
			return true
		}
	}
	if strings.HasPrefix(gap, "(present-day") || strings.HasPrefix(gap, "(modern") || gap == "(" {
		return false
	}
	return false
}

// subjectInFirstSentence reports whether st is the article's first
// sentence and names its subject.
func (x *extractor) subjectInFirstSentence(st *readSentence) bool {
	if !st.s.first {
		return false
	}
	for _, m := range st.ms {
		if m.ent == x.event {
			return true
		}
	}
	return false
}

func (x *extractor) firstPlaceIndex(st *readSentence) int {
	for i, m := range st.ms {
		if m.ent.Type == Place {
			return i
		}
	}
	return -1
}

// isLocationGap reports whether a place is introduced by "in" as where the
// event happened: "in the town of Aguelhok", "in the Niono Cercle".
func (x *extractor) isLocationGap(st *readSentence, m mention) bool {
	before := strings.TrimSpace(st.lower[:m.start])
	for _, suf := range []string{" in the", " in", " in the town of", " in the city of", " in the village of", " near", " near the town of"} {
		if strings.HasSuffix(before, suf) {
			// Not a place inside another place phrase: "base in X" is fine.
			return true
		}
	}
	return false
}

// actionVerbs are what an agent does when it takes part in a fight.
var actionVerbs = map[string]bool{
	"attacked": true, "launched": true, "fought": true, "stormed": true, "raided": true, "seized": true,
	"engaged": true, "landed": true, "invaded": true, "ambushed": true, "shelled": true, "bombed": true,
	"besieged": true, "overran": true, "recaptured": true, "retook": true, "ended": true,
	"assaulted": true, "struck": true, "advanced": true, "counterattacked": true, "participated": true,
	"intervened": true, "routed": true, "repelled": true, "repulsed": true,
}

// readParticipants reads the agents that act in the fight: "Barkhane forces
// launched an operation", "the 1st Airborne Division landed at Arnhem",
// "claimed by AQIM and Al-Mourabitoun", "strikes on Syrian Armed Forces",
// "fought and won ... by Colonel Pearson's Coastal Column".
func (x *extractor) readParticipants(st *readSentence) {
	ms := st.ms
	toks := st.toks
	for i, m := range ms {
		if !isAgentEntity(m.ent) && !(m.ent.Type == Event && m.ent.Class == Operation && m.ent != x.event) {
			continue
		}
		// Active: the agent, maybe "forces"/"troops", then an action verb.
		k := m.to
		for k < len(toks) && toks[k].word && !toks[k].cap && isForceNoun(toks[k].text(st.s.clean)) {
			k++
		}
		if k < len(toks) && actionVerbs[toks[k].lower] {
			if ev := x.eventOfClause(st, toks[k].end); ev != nil && ev != m.ent {
				x.relate(m.ent, ParticipantIn, ev, 0, st.src)
			}
		}
		// Passive: "... by A (and B)".
		before := strings.TrimSpace(st.lower[:m.start])
		if !strings.HasSuffix(before, " by") && !strings.HasSuffix(before, " by the") && !(i > 0 && ms[i-1].ent.Type == m.ent.Type && isAgentEntity(ms[i-1].ent) && strings.TrimSpace(st.between(ms[i-1].end, m.start)) == "and" && x.byAgent(st, ms[i-1])) {
			// "strikes on Syrian Armed Forces".
			if isAgentEntity(m.ent) && (strings.HasSuffix(before, "strikes on") || strings.HasSuffix(before, "strikes against") || strings.HasSuffix(before, "attacks on") || strings.HasSuffix(before, "attack on")) {
				x.relate(m.ent, ParticipantIn, x.event, 0, st.src)
			}
			continue
		}
		if !isAgentEntity(m.ent) {
			continue
		}
		tail := before
		if len(tail) > 160 {
			tail = tail[len(tail)-160:]
		}
		trigger := byTrigger(tail)
		if trigger == "" {
			continue
		}
		ev := x.event
		for j := i - 1; j >= 0; j-- {
			if ms[j].ent.Type == Event {
				ev = ms[j].ent
				break
			}
		}
		if strings.HasPrefix(strings.TrimSpace(st.lower), "responsibility for the") || strings.Contains(tail, "the attack") {
			ev = x.event
		}
		if ev == m.ent {
			continue
		}
		x.relate(m.ent, ParticipantIn, ev, 0, st.src)
		if trigger == "won" {
			x.relate(m.ent, WinnerOf, ev, 0, st.src)
		}
	}
}

// byTriggers are the participles and nouns that make the agent after "by"
// a party to the fight.
var byTriggers = map[string]bool{
	"launched": true, "claimed": true, "fought": true, "won": true, "held": true, "conducted": true,
	"perpetrated": true, "committed": true, "invasion": true, "attack": true, "raid": true,
	"assault": true, "offensive": true, "attacked": true, "raided": true, "stormed": true,
	"captured": true, "besieged": true, "defended": true, "carried": true, "executed": false,
	"organized": true, "organised": true, "planned": false, "initiated": true, "mounted": true,
}

// byTrigger finds, going back from "by", the first participle or attack
// noun, and returns it when it makes the agent a party: "fought and won
// earlier on the same day by" gives "won"; "armed insurgency by" gives "".
func byTrigger(before string) string {
	ws := strings.Fields(strings.TrimSuffix(strings.TrimSuffix(before, " the"), " by"))
	for i, n := len(ws)-1, 0; i >= 0 && n < 12; i, n = i-1, n+1 {
		w := strings.Trim(ws[i], ",;()\"")
		if byTriggers[w] {
			return w
		}
		if strings.HasSuffix(w, "ed") || w == "and" && false {
			return ""
		}
	}
	return ""
}

// byAgent reports whether a mention follows "by".
func (x *extractor) byAgent(st *readSentence, m mention) bool {
	before := strings.TrimSpace(st.lower[:m.start])
	return strings.HasSuffix(before, " by") || strings.HasSuffix(before, " by the")
}

func isForceNoun(w string) bool {
	switch strings.ToLower(w) {
	case "forces", "troops", "units", "fighters", "militants", "rebels", "soldiers", "army", "men":
		return true
	}
	return false
}

func containsAny(s string, subs ...string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// readEventDates reads when other events began and groups were made:
// "Operation Serval being launched by France in January 2013", "followed
// by Operation Barkhane in 2014", "the creation of JNIM in 2017".
func (x *extractor) readEventDates(st *readSentence) {
	ms := st.ms
	for i, m := range ms {
		end := len(st.s.clean)
		if i+1 < len(ms) {
			for _, n := range ms[i+1:] {
				if n.ent.Type == Event || n.ent.Type == Person {
					end = n.start
					break
				}
			}
		}
		rest := st.s.clean[m.end:end]
		lrest := st.lower[m.end:end]
		// " in " must start within 40 bytes of the name: no need to look
		// further.
		at := strings.Index(lrest[:min(len(lrest), 40+len(" in "))], " in ")
		if at < 0 || at > 40 || strings.ContainsAny(lrest[:at], ",;") {
			continue
		}
		dateText := rest[at+4:]
		if cut := strings.IndexAny(dateText, ",;."); cut >= 0 {
			dateText = dateText[:cut]
		}
		dateText = strings.TrimSpace(dateText)
		if !startsWithDate(dateText) {
			continue
		}
		start, _, ok := parseDates(dateText)
		if !ok {
			continue
		}
		before := strings.TrimSpace(st.lower[:m.start])
		switch {
		case m.ent.Type == Event && m.ent != x.event:
			x.attr(m.ent, StartDate, start, st.src)
		case m.ent.Type == Organization && (strings.HasSuffix(before, "creation of") || strings.HasSuffix(before, "formation of") || strings.HasSuffix(before, "founding of") || strings.HasSuffix(before, "establishment of")):
			x.attr(m.ent, FoundingDate, start, st.src)
		}
	}
}

// startsWithDate reports whether s begins with a year or a month and year.
func startsWithDate(s string) bool {
	w0, rest := firstField(s)
	w1, _ := firstField(rest)
	if w0 == "" {
		return false
	}
	if isDigits(w0) && len(w0) == 4 {
		return w1 == "" || !placeHeads[strings.ToLower(w1)]
	}
	if monthByKey[strings.ToLower(w0)] > 0 && w1 != "" && isDigits(w1) && len(w1) == 4 {
		return true
	}
	return false
}

// firstField returns the first of strings.Fields(s), or "", and the text
// after it, without cutting the rest.
func firstField(s string) (field, rest string) {
	s = strings.TrimLeftFunc(s, unicode.IsSpace)
	if i := strings.IndexFunc(s, unicode.IsSpace); i >= 0 {
		return s[:i], s[i:]
	}
	return s, ""
}

// splitRunTogetherNames splits a commander's name that is two names whose
// separator a page copy lost, when the prose names both: "Djamel Okacha
// Seifallah Ben Hassine".
func (x *extractor) splitRunTogetherNames() {
	// The prose, each paragraph between spaces, is built only when a
	// name is long enough to be two.
	prose, built := "", false
	for _, e := range append([]*Entity(nil), x.commanders...) {
		if x.byKey[e.Key] == nil {
			continue
		}
		ws := strings.Fields(e.Label)
		if len(ws) < 4 {
			continue
		}
		if !built {
			prose, built = x.paddedProse(), true
		}
		if strings.Contains(prose, e.Label) {
			continue
		}
		for cut := 2; cut <= len(ws)-2; cut++ {
			a, b := strings.Join(ws[:cut], " "), strings.Join(ws[cut:], " ")
			if !looksLikeName(a) || !looksLikeName(b) || cleanName(a) == "" || cleanName(b) == "" || !strings.Contains(prose, a) || !strings.Contains(prose, b) {
				continue
			}
			x.splitEntity(e, a, b)
			break
		}
	}
}

// paddedProse returns the paragraphs of the prose, each with a space
// before and after it.
func (x *extractor) paddedProse() string {
	n := 0
	for _, p := range x.doc.paras {
		n += len(p.text) + 2
	}
	var b strings.Builder
	b.Grow(n)
	for _, p := range x.doc.paras {
		b.WriteString(" ")
		b.WriteString(p.text)
		b.WriteString(" ")
	}
	return b.String()
}

// splitEntity replaces e by two persons with e's facts.
func (x *extractor) splitEntity(e *Entity, a, b string) {
	var rels []Relation
	for _, r := range x.a.Relations {
		if r.Subject == e.Key {
			rels = append(rels, r)
		}
	}
	delete(x.byKey, e.Key)
	for k, v := range x.names {
		if v == e.Key {
			delete(x.names, k)
		}
	}
	for i, ent := range x.a.Entities {
		if ent == e {
			x.a.Entities = append(x.a.Entities[:i], x.a.Entities[i+1:]...)
			break
		}
	}
	var kept []Relation
	for _, r := range x.a.Relations {
		if r.Subject != e.Key && r.Object != e.Key {
			kept = append(kept, r)
		}
	}
	x.a.Relations = kept
	for _, name := range []string{a, b} {
		p := x.lookup(name)
		if p == nil {
			p = x.entity(name, Person, e.Sources[0])
		}
		if p == nil {
			continue
		}
		p.Type = Person
		for _, r := range rels {
			x.relate(p, r.Rel, x.byKey[r.Object], r.Side, r.Source)
		}
	}
}
