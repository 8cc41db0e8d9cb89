package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A mention is a name found in a sentence.
type mention struct {
	text       string // the name as written, ranks and a leading "the" removed
	from, to   int    // token range [from, to) of the name itself
	start, end int    // byte offsets in the sentence
	ent        *Entity
	typ        Type
	cue        string // a lower-case word before the name that tells its kind ("general", "town")
}

// stopwords are capitalised words that begin sentences and are not names.
var stopwords = map[string]bool{
	"the": true, "a": true, "an": true, "in": true, "on": true, "at": true, "after": true, "before": true,
	"during": true, "since": true, "following": true, "although": true, "when": true, "while": true,
	"as": true, "it": true, "this": true, "these": true, "those": true, "there": true, "their": true,
	"his": true, "her": true, "its": true, "both": true, "some": true, "many": true, "most": true,
	"much": true, "other": true, "another": true, "such": true, "each": true, "every": true, "all": true,
	"our": true, "however": true, "meanwhile": true, "then": true, "thus": true, "by": true, "from": true,
	"to": true, "of": true, "for": true, "with": true, "and": true, "but": true, "or": true, "if": true,
	"he": true, "she": true, "they": true, "we": true, "i": true, "you": true, "who": true, "which": true,
	"what": true, "where": true, "according": true, "despite": true, "because": true, "later": true,
	"early": true, "eventually": true, "finally": true, "initially": true, "also": true, "once": true,
	"two": true, "three": true, "four": true, "five": true, "six": true, "seven": true, "eight": true,
	"nine": true, "ten": true, "eleven": true, "twelve": true, "hours": true, "days": true, "weeks": true,
	"months": true, "years": true, "over": true, "under": true, "between": true, "within": true,
	"without": true, "about": true, "around": true, "near": true, "upon": true, "into": true,
	"more": true, "less": true, "few": true, "several": true, "one": true, "no": true, "not": true,
	"so": true, "yet": true, "then,": true, "here": true, "that": true, "throughout": true, "until": true,
	"though": true, "whilst": true, "whereas": true, "unlike": true, "like": true, "instead": true,
	"only": true, "even": true, "almost": true, "nearly": true, "overnight": true, "today": true,
	"notably": true, "consequently": true, "subsequently": true, "nevertheless": true, "furthermore": true,
	"moreover": true, "indeed": true, "still": true, "again": true, "first": false, "last": true,
	"next": true, "previously": true, "afterwards": true, "afterward": true, "soon": true, "now": true,
	"sometimes": true, "often": true, "usually": true, "neither": true, "either": true, "any": true,
	"none": true, "much of": true, "farthest": true, "doggedly": true, "responsibility": true,
	"neighboring": true, "neighbouring": true, "average": true, "foreigners": true, "commercial": true,
	"book": true, "chapter": true, "volume": true, "section": true, "page": true, "bc": true, "bce": true,
	"ad": true, "ce": true, "relevance": true, "see": true,
}

// adjectives are capitalised words that describe rather than name:
// religions, ideologies, sides.
var adjectives = map[string]bool{
	"islamist": true, "islamists": true, "islamic": false, "muslim": true, "muslims": true,
	"christian": true, "christians": true, "jihadist": true, "jihadists": true, "sunni": true,
	"shia": true, "shiite": true, "arab": true, "arabs": true, "kurds": true, "tuareg": true,
	"tuaregs": true, "berber": true, "berbers": true, "fula": true, "fulani": true, "crusader": true,
	"crusaders": true, "allied": true, "axis": true, "westerners": true,
	"communist": true, "communists": true, "catholic": true, "protestant": true, "jewish": true, "sahelian": true,
	"jews": true, "zulus": true, "scots": true, "english": true, "european": true, "europeans": true,
	"african": true, "africans": true, "asian": true, "latin": true, "nazi": true, "nazis": true,
	"bolshevik": true, "bolsheviks": true, "royalist": true, "royalists": true, "republican": true,
	"republicans": true, "loyalist": true, "loyalists": true, "nationalist": true, "nationalists": true,
	"marxist": true, "maoist": true, "leftist": true, "rightist": true, "salafist": true, "salafi": true,
	"wahhabi": true, "pashtun": true, "hazara": true, "shiites": true, "sunnis": true, "askaris": true,
	"germans": true, "americans": true, "afghans": true, "russians": true, "britons": true,
	"frenchmen": true, "englishmen": true, "americans'": true, "native": true, "colonial": true,
	"mongols": true, "romans": true, "parthians": true, "ottomans": true, "turks": true, "greeks": true,
	"persians": true, "allies": false, "union": false, "confederates": true, "coalition": false,
	"pro-government": true, "anti-government": true, "government": true, "federal": true, "imperial": true,
	"royal": true, "national": false, "internal": false, "azawadi": true, "malians": true,
}

// nameConnectors may stand inside a name between capitalised words.
var nameConnectors = map[string]bool{
	"of": true, "the": true, "for": true, "and": true, "in": true, "de": true, "du": true, "des": true,
	"von": true, "van": true, "der": true, "den": true, "da": true, "di": true, "del": true, "la": true,
	"le": true, "bin": true, "ibn": true, "wal": true, "el": true, "al": true, "u": true, "y": true,
	"e": true, "i": true, "es": true, "ez": true, "ad": true, "kod": true, "dos": true, "das": true,
	"do": true, "zu": true, "ka": true, "on": true, "upon": true,
}

// placePrepositions before a name make it a place.
var placePrepositions = map[string]bool{
	"in": true, "at": true, "near": true, "from": true, "to": true, "towards": true, "toward": true,
	"across": true, "around": true, "outside": true, "into": true, "reached": true, "through": true,
	"throughout": true, "via": true, "inside": true, "beyond": true, "off": true, "of": false,
}

// placeCues are nouns before "of X" or before X that make X a place.
var placeCues = map[string]bool{
	"town": true, "city": true, "village": true, "port": true, "capital": true, "region": true,
	"province": true, "towns": true, "cities": true, "villages": true, "islands": true, "island": true,
	"fortress": true, "district": true, "area": true, "river": true, "valley": true, "coast": true,
	"island of": true, "fort": true, "site": true, "church": true, "camp": true, "camps": true,
	"base": true, "outskirts": true, "governorate": true, "hill": true, "mountain": true, "lake": true,
	"state": false, "border": true, "frontier": true, "plain": true, "castle": true, "harbour": true,
	"harbor": true, "bay": true, "territory": true, "suburb": true, "suburbs": true, "neighbourhood": true,
	"neighborhood": true, "municipality": true, "county": true, "named": true, "called": false,
}

// personCues are words before a name that make it a person.
var personCues = map[string]bool{
	"general": true, "colonel": true, "commander": true, "leader": true, "emir": true, "warlord": true,
	"poet": true, "sultan": true, "king": true, "queen": true, "president": true, "minister": true,
	"chief": true, "deputy": true, "founder": true, "lieutenant": true, "captain": true, "major": true,
	"admiral": true, "marshal": true, "emperor": true, "prince": true, "sir": true, "mr": true,
	"mrs": true, "lord": false, "pope": true, "bishop": true, "mps": true, "mp": true, "senator": true,
	"sheikh": true, "imam": true, "prophet": true, "saint": false, "brigadier": true, "sergeant": true,
	"officer": true, "historian": true, "writer": true, "author": true, "journalist": true, "spokesman": true,
	"governor": true, "chancellor": true, "premier": true, "dictator": true, "shah": true, "tsar": true,
	"caliph": true, "son": true, "sons": true, "daughter": true, "brother": true, "wife": true,
	"husband": true, "father": true, "nobles": true, "noble": true, "dauphin": true, "consul": true,
	"lieutenant-general": true, "major-general": true, "ambassador": true, "duke": false, "earl": false,
}

// findMentions appends the names of a sentence to ms.
func (x *extractor) findMentions(ms []mention, s sentence, lower string, toks []token) []mention {
	clean := s.clean
	n := len(toks)
	for i := 0; i < n; {
		t := toks[i]
		if !t.word {
			i++
			continue
		}
		startsName := t.cap && !isMonthOrDayLower(t.lower)
		leadNum := false
		if !startsName && t.num && i+1 < n && toks[i+1].cap && (isOrdinal(t.text(clean)) || isYear(t.text(clean))) {
			leadNum = true
		}
		if !startsName && !leadNum {
			i++
			continue
		}
		j := x.extendName(clean, toks, i, leadNum)
		if j <= i {
			i++
			continue
		}
		// A peer's title after a comma: "James, 2nd Earl of Douglas".
		if j+2 < n && toks[j].text(clean) == "," && j-i <= 2 && !toks[j-1].poss {
			k := j + 1
			if isOrdinal(toks[k].text(clean)) {
				k++
			}
			if k+2 < n && toks[k].cap && (nobleTitles[toks[k].lower] || toks[k].text(clean) == "Baronet") && toks[k+1].lower == "of" {
				j = x.extendName(clean, toks, k, false)
			}
		}
		m := x.makeMention(s, lower, toks, i, j)
		if m.text != "" {
			ms = append(ms, m)
		}
		i = j
	}
	return ms
}

// extendName returns the end of the name that starts at toks[i], the
// tokens of clean.
func (x *extractor) extendName(clean string, toks []token, i int, leadNum bool) int {
	n := len(toks)
	j := i + 1
	if toks[i].poss {
		return j
	}
	hadOf, hadFor := false, false
	for j < n {
		t := toks[j]
		if !t.word {
			// 'Force "B"': a quoted letter after a unit's name.
			if t.text(clean) == "\"" && j+2 < n && toks[j+2].text(clean) == "\"" && toks[j+1].word && len(toks[j+1].text(clean)) <= 2 && strings.ToUpper(toks[j+1].text(clean)) == toks[j+1].text(clean) {
				return j + 3
			}
			break
		}
		if t.cap && !isMonthOrDayLower(t.lower) {
			j++
			if t.poss {
				// "Rorke's Drift", "Saint Crispin's Day", "Hundred Years'
				// War": a possessive before a head noun stays in the name.
				if j < n && toks[j].cap && (placeHeads[toks[j].lower] || possHeads[toks[j].lower]) && (j+1 == n || !toks[j+1].cap) {
					j++
				}
				break
			}
			continue
		}
		if t.num && leadNum {
			break
		}
		lw := t.lower
		if !nameConnectors[lw] || t.poss {
			break
		}
		// A connector must be followed by a capitalised word, maybe after
		// "the" or another connector.
		k := j + 1
		for k < n && toks[k].word && nameConnectors[toks[k].lower] && !toks[k].cap && k-j < 3 {
			k++
		}
		if k >= n || !toks[k].cap || isMonthOrDayLower(toks[k].lower) {
			break
		}
		left := toks[i:j]
		for len(left) > 1 && stopwords[left[0].lower] {
			left = left[1:]
		}
		lastLeft := left[len(left)-1].lower
		ok := false
		switch lw {
		case "of":
			ok = !(len(left) >= 2 && (placeHeads[lastLeft] && lastLeft != "horns" || subEventHeads[lastLeft])) && !adjectives[left[0].lower]
			hadOf = true
		case "for":
			ok = orgHeads[lastLeft]
			hadFor = true
		case "and":
			// "Islamic State of Iraq and the Levant", but not "the Battle
			// of Stalingrad and the Guadalcanal Campaign"; "Battles of
			// Lexington and Concord"; "the Mariana and Palau Campaign".
			ok = (hadFor || hadOf && strings.EqualFold(toks[j+1].text(clean), "the") && classWords[left[0].lower] == "") && !strings.EqualFold(toks[k].text(clean), "the") ||
				hadOf && k == j+1 && isPluralClassWord(left[0].lower) && (k+1 >= n || !toks[k+1].cap) ||
				!hadOf && !hadFor && len(left) == 1 && k == j+1 && endsInEventHead(toks, k) && !isCountryName(left[0].text(clean)) && x.known(left[0].text(clean)) == nil
		case "in":
			ok = (classWords[lastLeft] != "" || orgHeads[lastLeft] || hadFor) && !placeHeads[lastLeft]
		case "the":
			// "Pompey the Great", "Philip the Bold", "Casimir IV the
			// Jagiellon": an epithet.
			ok = (len(left) == 1 || len(left) == 2 && isRegnal([]string{left[1].lower}) && !isHeadWord(left[0].lower) && classWords[left[0].lower] == "") &&
				k == j+1 && (k+1 >= n || !toks[k+1].cap) && !stopwords[left[0].lower] && i != firstWord(toks) && !(strings.HasSuffix(toks[k].lower, "s") && isDemonymWord(toks[k].text(clean)))
			if ok {
				j = k + 1
				return j
			}
		case "on", "upon":
			ok = lastLeft == "rostov" || lastLeft == "stratford" || lastLeft == "newcastle"
		default: // particles: "de", "von", "al", "bin"
			ok = true
		}
		if !ok {
			break
		}
		j = k
	}
	return j
}

// adjectiveEnding reports whether a word ends as adjectives of peoples and
// places do: "Scythian", "Crimean", "Eastern", "Pomeranian".
func adjectiveEnding(w string) bool {
	if len(w) < 6 {
		return false
	}
	for _, suf := range []string{"ian", "ean", "ern", "ese"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// adjectivesJoined reports whether toks[j:] is "and" and a capitalised
// adjective: "the Middle Eastern and Persian oil fields".
func adjectivesJoined(toks []token, j int) bool {
	if j+1 >= len(toks) || toks[j].lower != "and" || !toks[j+1].cap {
		return false
	}
	w := toks[j+1].lower
	return adjectiveEnding(w) || isDemonymText(w)
}

// isHeadWord reports whether w heads a name of a place, a group or an
// event: "Sea" in "Caspian Sea".
func isHeadWord(w string) bool {
	return placeHeads[w] || orgHeads[w] || classWords[w] != "" || polityTails[w]
}

// isOrdinalWord reports whether w is an ordinal in words or digits:
// "tenth", "2nd".
func isOrdinalWord(w string) bool {
	return isDesignationWord(w) && !isRegnal([]string{w})
}

// isPluralClassWord reports whether w names several events: "battles",
// "sieges", "wars".
func isPluralClassWord(w string) bool {
	return strings.HasSuffix(w, "s") && classWords[w] != "" && classWords[strings.TrimSuffix(w, "s")] != ""
}

// endsInEventHead reports whether the capitalised words from toks[k] end
// in a singular event head: "Palau Campaign", "Anglo-Zulu War".
func endsInEventHead(toks []token, k int) bool {
	j := k
	for j < len(toks) && toks[j].cap && !toks[j].poss {
		j++
	}
	if j == k || j-k > 3 {
		return false
	}
	l := toks[j-1].lower
	return classWords[l] != "" && !strings.HasSuffix(l, "s")
}

// makeMention turns tokens [i, j) into a mention: a leading "The" or a
// sentence-opening stopword is dropped, ranks are stripped, and a cue word
// before the name is kept.
func (x *extractor) makeMention(s sentence, lower string, toks []token, i, j int) mention {
	clean := s.clean
	for i < j && toks[i].word && !toks[i].num {
		l := listsOf(toks[i].lower)
		if !(l&onStopwords != 0 && (i == firstWord(toks) || toks[i].text(clean) == "The") || l&onAdjectives != 0) {
			break
		}
		// "Imperial Japanese Army", "Royal Navy": a state's force keeps
		// its adjective; so does a sea or a strait named by one ("the
		// English Channel").
		if l&onAdjectives != 0 && j-i >= 2 && ((toks[i].lower == "imperial" || toks[i].lower == "royal") && orgHeads[toks[j-1].lower] ||
			j-i == 2 && toks[j-1].cap && placeHeads[toks[j-1].lower]) {
			break
		}
		i++
	}
	// Nor do connectors begin one: "Much of the British".
	for i < j && toks[i].word && !toks[i].cap && !toks[i].num {
		i++
	}
	// Trailing connectors never end a name.
	for j > i && toks[j-1].word && nameConnectors[toks[j-1].lower] && !toks[j-1].cap {
		j--
	}
	if i >= j {
		return mention{}
	}
	// Ranks and titles: "Lieutenant-General Sir John Moore".
	cue := ""
	for i < j-1 {
		w := strings.TrimSuffix(toks[i].lower, ".")
		if n := multiRankAt(toks, i, j); n > 0 {
			cue = "general"
			i += n
			continue
		}
		if (listsOf(w)&(onRanks|onPersonCues) != 0 || ranks[w+"."] || peerPrefixes[w] && i+2 < j && toks[i].cap && !isHeadWord(toks[j-1].lower) && !placePrepositions[x.cueBefore(clean, toks, i)]) && !toks[i].poss && toks[i+1].lower != "of" {
			cue = w
			i++
			continue
		}
		// "U.S. General Billy Mitchell", "Swiss MPs Jean-Noël Rey": a
		// country or adjective before a rank.
		next := strings.TrimSuffix(toks[i+1].lower, ".")
		if i+2 < j && listsOf(next)&(onRanks|onPersonCues) != 0 && (x.isCountryWord(toks[i].text(clean)) || isDemonymText(toks[i].text(clean))) {
			i++
			continue
		}
		break
	}
	if cue == "" && i > 0 {
		cue = x.cueBefore(clean, toks, i)
	}
	start, end := toks[i].start, toks[j-1].end
	text := s.clean[start:end]
	// A sentence-final initial keeps no dot: "World War I."
	if strings.HasSuffix(text, ".") && (j == len(toks) || !toks[j].cap) {
		last := toks[j-1].text(clean)
		if r, size := utf8.DecodeRuneInString(last); size == len(last)-1 && unicode.IsUpper(r) || strings.Count(last, ".") == 1 {
			text = strings.TrimSuffix(text, ".")
			end--
		}
	}
	text = strings.TrimSpace(text)
	lowText := strings.TrimSpace(lower[start:end])
	if isMonthOrDayLower(lowText) || listsOf(lowText)&(onAdjectives|onStopwords) != 0 || isDemonymWord(text) {
		return mention{}
	}
	// "Supreme Court Justices": a plural title after a name is not part
	// of it.
	if j-i >= 2 && pluralTitles[toks[j-1].lower] {
		j--
		end = toks[j-1].end
		text = strings.TrimSpace(s.clean[start:end])
	}
	if allTitleTokens(toks[i:j]) {
		return mention{} // "the Prime Minister"
	}
	var l lists // of a one-word name
	if j-i == 1 {
		l = listsOf(toks[i].lower)
	}
	if l&onDirectional != 0 {
		return mention{} // "the invasion of the North"
	}
	// "Scythian tribesmen", "North American colonies", "Edwardian phase":
	// a word of an adjective's ending before a noun an adjective of a
	// people describes ("Justinian built" is a man).
	if j < len(toks) && !toks[j-1].num && (adjNouns[toks[j].lower] || adjectivesJoined(toks, j)) {
		last := toks[j-1].text(clean)
		if (adjectiveEnding(toks[j-1].lower) && !isDemonymText(last) || j-i == 2 && directional[toks[i].lower] && isDemonymText(last) ||
			j-i == 2 && adjectiveEnding(toks[i].lower) && !directional[toks[i].lower] && !isDemonymText(toks[i].text(clean)) && !isHeadWord(toks[j-1].lower)) &&
			x.known(text) == nil {
			return mention{} // ... "North American colonies", "Crimean Tatar allies"
		}
	}
	// "the Tenth": an ordinal alone names nothing ("Xi" may be a name).
	if j-i == 1 && isOrdinalWord(toks[i].lower) {
		return mention{}
	}
	if j-i == 1 && !toks[i].num {
		w := toks[i].lower
		// "Caesarian forces", "Imperial troops": an adjective before the
		// noun it describes ("T-34 tanks" is a name).
		if j < len(toks) && adjNouns[toks[j].lower] && !strings.ContainsAny(w, "0123456789") && !isCountryName(text) && x.known(text) == nil && x.aliasTarget(text, []string{Key(text)}) == nil {
			return mention{}
		}
		// "Franco-Bavarian", "Anglo-Dutch": compound adjectives.
		if h := strings.IndexByte(w, '-'); h > 0 && (compoundPrefixes[w[:h]] || isDemonymText(w[:h])) && isDemonymText(w[h+1:]) {
			return mention{}
		}
		// "the Navy", "the Army": a head noun alone names nothing.
		if l&onOrgHeads != 0 && !strongOrgWord([]string{w}) || l&(onPlaceHeads|onClassWords) != 0 {
			return mention{}
		}
	}
	// "Houses of Lancaster", "Dukes of Bar": plural titles.
	if j-i >= 3 && toks[i+1].lower == "of" && (toks[i].lower == "houses" || nobleTitles[toks[i].lower] && strings.HasSuffix(toks[i].lower, "s")) {
		return mention{}
	}
	// "Athenians", "Burgundians", "Armagnacs": peoples and factions.
	if j-i == 1 && !toks[i].num && pluralPeople(toks[i].lower) && x.known(text) == nil && x.aliasTarget(text, []string{toks[i].lower}) == nil {
		return mention{}
	}
	return mention{text: text, from: i, to: j, start: start, end: end, cue: cue}
}

// lists is the set of word lists a lower-case word is on.
type lists uint16

const (
	onStopwords lists = 1 << iota
	onAdjectives
	onRanks
	onPersonCues
	onNobleTitles
	onDirectional
	onOrgHeads
	onPlaceHeads
	onClassWords
)

// wordLists maps a word to the lists it is on, so that makeMention asks
// one map where it would ask many about the same word. The lists stay the
// reference: this is built from them.
var wordLists = func() map[string]lists {
	m := map[string]lists{}
	add := func(words map[string]bool, l lists) {
		for w, on := range words {
			if on {
				m[w] |= l
			}
		}
	}
	add(stopwords, onStopwords)
	add(adjectives, onAdjectives)
	add(ranks, onRanks)
	add(personCues, onPersonCues)
	add(nobleTitles, onNobleTitles)
	add(directional, onDirectional)
	add(orgHeads, onOrgHeads)
	add(placeHeads, onPlaceHeads)
	for w := range classWords {
		m[w] |= onClassWords
	}
	return m
}()

// listsOf returns the lists w is on.
func listsOf(w string) lists { return wordLists[w] }

// allTitleTokens reports whether every word is a rank or title.
func allTitleTokens(toks []token) bool {
	for _, t := range toks {
		if !t.word {
			continue
		}
		w := strings.TrimSuffix(t.lower, ".")
		if listsOf(w)&(onRanks|onPersonCues|onNobleTitles) == 0 && w != "minister" && w != "prime" && w != "field" && w != "vice" && w != "rear" && w != "supreme" && w != "commander-in-chief" {
			return false
		}
	}
	return true
}

// settleNumber keeps a leading number only before the head noun of a
// group, event or place ("1st Airborne Division", "2016 Nampala attack"),
// not in "1500 Malian soldiers". It reports whether a name is left.
func settleNumber(toks []token, m *mention, clean string) bool {
	if m.from >= len(toks) || !toks[m.from].num {
		return true
	}
	ws := strings.Fields(strings.ToLower(m.text))
	last := ws[len(ws)-1]
	if _, ok := classWords[last]; ok || orgHeads[last] || placeHeads[last] {
		return true
	}
	if m.to-m.from < 2 {
		return false
	}
	m.from++
	m.start = toks[m.from].start
	m.text = strings.TrimSpace(clean[m.start:m.end])
	return !isDemonymText(m.text)
}

// adjNouns are nouns that a capitalised adjective describes: "Caesarian
// forces", "Breton knights".
var adjNouns = map[string]bool{
	"forces": true, "force": true, "troops": true, "army": true, "armies": true, "soldiers": true,
	"knights": true, "cavalry": true, "infantry": true, "men": true, "fleet": true, "navy": true,
	"ships": true, "side": true, "camp": true, "lines": true, "line": true, "government": true,
	"rule": true, "territory": true, "positions": true, "flank": true, "wing": true, "center": true,
	"centre": true, "commanders": true, "commander": true, "nobles": true, "nobility": true,
	"archers": true, "defenders": true, "attackers": true, "prisoners": true, "dead": true,
	"losses": true, "casualties": true, "victory": true, "defeat": true, "advance": true,
	"retreat": true, "attack": true, "assault": true, "offensive": true, "counterattack": true,
	"garrison": true, "contingent": true, "allies": true, "ally": true, "crown": true, "throne": true,
	"court": true, "empire": false, "state": false, "people": true, "population": true,
	"settlers": true, "colonists": true, "warriors": true, "fighters": true, "militia": true,
	"legions": true, "legionaries": true, "regiments": true, "divisions": true, "brigades": true,
	"battalions": true, "squadrons": true, "units": true, "warships": true, "vessels": true,
	"galleys": true, "tanks": true, "guns": true, "artillery": true, "aircraft": true, "bombers": true,
	"officers": true, "generals": true, "sailors": true, "marines": true, "rebels": true,
	"insurgents": true, "militants": true, "reinforcements": true, "rearguard": true, "vanguard": true,
	"colonies": true, "continent": true,
	"king": true, "queen": true, "capital": true, "lands": true, "tribesmen": true, "peasants": true,
	"phase": true, "monarch": true,
}

// compoundPrefixes begin compound adjectives: "Anglo-Dutch".
var compoundPrefixes = map[string]bool{
	"anglo": true, "franco": true, "austro": true, "russo": true, "sino": true, "italo": true,
	"greco": true, "hispano": true, "luso": true, "germano": true, "judeo": true, "indo": true,
	"afro": true, "turco": true, "serbo": true, "polish": true, "swedo": true,
}

// subEventHeads end the names of parts of wars, which "of" does not join to
// the war: "the Western Desert Campaign of the Second World War".
var subEventHeads = map[string]bool{"campaign": true, "theater": true, "theatre": true, "front": true, "war": true, "offensive": true}

// possHeads end names that hold a possessive: "Saint Crispin's Day",
// "Hundred Years' War".
var possHeads = map[string]bool{
	"day": true, "eve": true, "war": true, "wars": true, "rebellion": true, "revolt": true,
	"uprising": true, "crusade": true, "raid": true,
}

// pluralPeople reports whether a capitalised word names a people or a
// faction in the plural: "Athenians", "Plataeans", "Burgundians".
func pluralPeople(w string) bool {
	for _, suf := range []string{"ians", "eans", "ans", "ites", "ists", "acs", "cks", "eks", "nks"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// pluralTitles are plural nouns of office that follow a name: "Supreme
// Court Justices".
var pluralTitles = map[string]bool{
	"justices": true, "judges": true, "ministers": true, "generals": true, "officers": true,
	"mps": true, "senators": true, "members": true, "commanders": true, "leaders": true,
	"officials": true, "soldiers": true, "troops": true, "forces": false,
}

// firstWord is the index of a sentence's first word.
func firstWord(toks []token) int {
	for i, t := range toks {
		if t.word {
			return i
		}
	}
	return 0
}

// multiRankWords are multiRanks cut into words.
var multiRankWords = func() [][]string {
	var out [][]string
	for _, r := range multiRanks {
		out = append(out, strings.Fields(r))
	}
	return out
}()

// multiRankAt returns how many tokens from i spell a rank of several words
// ("Field Marshal", "Marshal of the Empire"), leaving a name after them.
func multiRankAt(toks []token, i, j int) int {
	best := 0
	first := strings.TrimSuffix(toks[i].lower, ".")
	for _, ws := range multiRankWords {
		if ws[0] != first || i+len(ws) >= j || len(ws) <= best {
			continue
		}
		ok := true
		for k, w := range ws {
			if strings.TrimSuffix(toks[i+k].lower, ".") != w {
				ok = false
				break
			}
		}
		if ok {
			best = len(ws)
		}
	}
	return best
}

func isMultiRank(two string) bool {
	for _, r := range multiRanks {
		if r == two {
			return true
		}
	}
	return false
}

// cueBefore returns the lower-case word just before a name, skipping
// "the", adjectives and "of": "the town of X" gives "town", "the Parthian
// general X" gives "general".
func (x *extractor) cueBefore(clean string, toks []token, i int) string {
	k := i - 1
	if k >= 0 && strings.EqualFold(toks[k].text(clean), "the") {
		k--
	}
	if k >= 0 && strings.EqualFold(toks[k].text(clean), "of") {
		k--
		if k >= 0 && toks[k].word && !toks[k].cap {
			return toks[k].lower + " of"
		}
		return "of"
	}
	if k >= 0 && toks[k].word {
		return toks[k].lower
	}
	return ""
}

func (x *extractor) isCountryWord(w string) bool {
	_, ok := countryByKey[Key(w)]
	return ok
}

// isMonthOrDayLower reports whether a word in lower case is a month's full
// name or a day of the week.
func isMonthOrDayLower(lw string) bool {
	lw = strings.TrimSuffix(lw, ".")
	// Not "may" or "mar", nor any other short form.
	if len(lw) > 3 && monthByKey[lw] > 0 {
		return true
	}
	switch lw {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "may":
		return true
	}
	return false
}

func isOrdinal(w string) bool {
	if len(w) < 3 {
		return false
	}
	suf := strings.ToLower(w[len(w)-2:])
	return isDigits(w[:len(w)-2]) && (suf == "st" || suf == "nd" || suf == "rd" || suf == "th")
}

func isYear(w string) bool {
	return len(w) == 4 && isDigits(w) || len(w) == 9 && isDigits(w[:4]) && isDigits(w[5:])
}
