package extract

import (
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"
)

// A count is a number read from a figure: a value, or a range.
type count struct {
	n, max int
	has    bool // a number was given
	upTo   bool // "Up to N"
	pos    int  // byte offset of the number in the item, or -1
	end    int  // byte offset just past it
}

// wordNumbers are the numbers that are written out.
var wordNumbers = map[string]int{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
	"fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
	"thirty": 30, "forty": 40, "fifty": 50, "hundred": 100, "a hundred": 100,
}

// vagueQuantities stand for a number the text does not give.
var vagueQuantities = map[string]bool{
	"several": true, "dozens": true, "hundreds": true, "thousands": true, "many": true,
	"some": true, "more": true, "few": true, "a few": true, "numerous": true, "unknown number": true,
	"scores": true, "countless": true, "heavy": false,
}

func atoiComma(s string) int {
	n, err := strconv.Atoi(strings.ReplaceAll(s, ",", ""))
	if err != nil {
		return -1
	}
	return n
}

// readCount finds the first number of an item: a value or a range, "300+",
// "2,300 – 3,000", "100 or 500", "10,000 to 15,000". "No. 2 Column" is a
// name, and a number glued to a letter ("F-22", "T-72") or an ordinal
// ("2nd") is no count.
func readCount(item string) count {
	for i := 0; i < len(item); i++ {
		if !isDigitByte(item[i]) || i > 0 && isWordByte(item[i-1]) {
			continue
		}
		n, numEnd := scanNumber(item, i)
		if i > 0 {
			prev := item[:i]
			lp := strings.ToLower(prev)
			if strings.HasSuffix(prev, "-") || strings.HasSuffix(lp, "no. ") || strings.HasSuffix(lp, "no.") || endsWithLetter(prev) {
				i = numEnd - 1
				continue
			}
		}
		if numEnd < len(item) && isLetterByte(item[numEnd]) {
			rest := strings.ToLower(item[numEnd:])
			if strings.HasPrefix(rest, "st") || strings.HasPrefix(rest, "nd") || strings.HasPrefix(rest, "rd") || strings.HasPrefix(rest, "th") {
				i = numEnd - 1
				continue
			}
		}
		c := count{has: true, pos: i, end: numEnd}
		if c.end < len(item) && item[c.end] == '+' {
			c.end++
		}
		// A range: "–", "—", "-", "to" or "or", then a number.
		j := skipSpaces(item, c.end)
		for _, sep := range []string{"–", "—", "-", "to", "or", "TO", "OR", "To", "Or"} {
			if strings.HasPrefix(item[j:], sep) {
				k := skipSpaces(item, j+len(sep))
				if k < len(item) && isDigitByte(item[k]) {
					maxText, maxEnd := scanNumber(item, k)
					c.max = atoiComma(maxText)
					c.end = maxEnd
					if c.end < len(item) && item[c.end] == '+' {
						c.end++
					}
				}
				break
			}
		}
		c.n = atoiComma(n)
		if c.max < 0 || c.n < 0 {
			i = numEnd - 1
			continue
		}
		c.n, c.max = unglueRange(n, c.n, c.max)
		if c.max <= c.n {
			c.max = 0
		}
		return c
	}
	// A number in words: the first in the item (a map's order is random,
	// so every word is tried and the earliest, then longest, wins). The
	// item is lowered byte for byte, so that offsets into it hold: a
	// Kelvin sign lowers to a shorter "k".
	lower := asciiLower(item)
	best := count{pos: -1}
	for w, n := range wordNumbers {
		i := wordIndex(lower, w)
		if i < 0 || strings.HasPrefix(strings.TrimSpace(lower[i+len(w):]), "of ") {
			continue
		}
		if best.pos < 0 || i < best.pos || i == best.pos && i+len(w) > best.end {
			best = count{n: n, has: true, pos: i, end: i + len(w)}
		}
	}
	return best
}

// scanNumber reads the number at s[i:]: "1,200" (commas before groups of
// three digits) or a run of digits. It returns the number's text and its
// end; the value is atoiComma's.
func scanNumber(s string, i int) (string, int) {
	j := i
	for j < len(s) && isDigitByte(s[j]) {
		j++
	}
	if j-i <= 3 {
		for j+3 < len(s) && s[j] == ',' && isDigitByte(s[j+1]) && isDigitByte(s[j+2]) && isDigitByte(s[j+3]) {
			j += 4
		}
	}
	return s[i:j], j
}

// skipSpaces returns the index of the first byte at or after i that is no
// space or tab.
func skipSpaces(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	return i
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

func isWordByte(c byte) bool { return isDigitByte(c) || isLetterByte(c) || c == '_' }

// unglueRange reads "600700" (a range whose dash a page copy lost) as
// 600–700 when its halves make a plausible range.
func unglueRange(digits string, n, max int) (int, int) {
	if max != 0 || strings.Contains(digits, ",") || len(digits) < 4 || len(digits)%2 != 0 {
		return n, max
	}
	h := len(digits) / 2
	a, _ := strconv.Atoi(digits[:h])
	b, _ := strconv.Atoi(digits[h:])
	if digits[0] != '0' && digits[h] != '0' && a < b && b < 2*a && a%10 == 0 && b%10 == 0 {
		return a, b
	}
	return n, max
}

func endsWithLetter(s string) bool {
	return s != "" && isLetterByte(s[len(s)-1])
}

func isLetterByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// wordIndex finds w in s as a whole word, or -1.
func wordIndex(s, w string) int {
	for off := 0; ; {
		i := strings.Index(s[off:], w)
		if i < 0 {
			return -1
		}
		i += off
		j := i + len(w)
		if (i == 0 || !isLetterByte(s[i-1])) && (j == len(s) || !isLetterByte(s[j])) {
			return i
		}
		off = i + 1
	}
}

// Casualty kind words, matched as word prefixes of the lower-cased item.
var kindWords = []struct {
	word string
	kind Kind
}{
	{"killed", Killed}, {"dead", Killed}, {"deaths", Killed}, {"died", Killed}, {"kia", Killed},
	{"fatalities", Killed}, {"executed", Killed}, {"slain", Killed}, {"perished", Killed},
	{"wounded", Wounded}, {"injured", Wounded}, {"injuries", Wounded}, {"wia", Wounded},
	{"captured", Captured}, {"re-captured", Captured}, {"recaptured", Captured}, {"prisoners", Captured},
	{"prisoner", Captured}, {"pow", Captured}, {"pows", Captured}, {"arrested", Captured},
	{"surrendered", Captured}, {"taken prisoner", Captured}, {"missing", Missing}, {"mia", Missing},
	{"casualties", Total}, {"losses", Total},
}

// notCasualties are the nouns of counted things that are not people.
var notCasualties = []string{
	"vehicle", "tank", "apc", "aircraft", "plane", "helicopter", "ship", "transport", "gun",
	"artillery", "piece", "cannon", "fort", "flag", "building", "house", "settlement", "km",
	"boat", "truck", "weapon", "rifle", "jet", "bomber", "drone", "mortar", "howitzer", "car",
	"technical", "vessel", "submarine", "destroyer", "cruiser", "battleship", "frigate", "horse",
	"camel", "mile", "acre", "hectare", "dollar", "$", "€", "£", "ton", "round", "missile",
	"rocket", "gunship", "fighter jet", "humvee", "armour", "armor", "material", "materiel",
	"galley", "trireme", "sloop", "battlecruiser", "dreadnought", "pre-dreadnought", "minelayer",
	"seaplane", "carrier", "torpedo", "warship", "horse-carrier", "barge", "canoe",
}

// notLost are people counted in a casualty field who are not casualties.
var notLost = []string{"escaped", "survived", "survivors", "displaced", "refugee", "rescued", "released", "evacuated", "deserted", "deserter"}

// notTroops are the words that make a strength item something other than a
// number of soldiers: units, vehicles, guns.
var notTroops = []string{
	"division", "brigade", "battalion", "regiment", "corps", "company", "companies", "squadron",
	"kampfgruppe", "army", "armies", "batter", "column", "platoon", "fleet", "flotilla",
	"legion", "cohort", "wing", "group",
}

// containsWordPrefix reports whether one of words, none of them empty,
// starts a word of lower: it stands at the start or after a byte that is no
// ASCII letter. It tries the words at each such place rather than searching
// for each word in turn.
func containsWordPrefix(lower string, words []string) bool {
	for i := 0; i < len(lower); i++ {
		if i > 0 && isLetterByte(lower[i-1]) {
			continue
		}
		for _, w := range words {
			if w[0] == lower[i] && strings.HasPrefix(lower[i:], w) {
				return true
			}
		}
	}
	return false
}

// kindOf finds the kind an item states: its first kind word, except that
// "killed or wounded" is a total. It returns "" when the item states none.
// At the place where kind words first stand as whole words, the first of
// kindWords wins.
func kindOf(lower string) Kind {
	best := Kind("")
scan:
	for i := 0; i < len(lower); i++ {
		if i > 0 && isLetterByte(lower[i-1]) {
			continue
		}
		for _, kw := range kindWords {
			j := i + len(kw.word)
			if kw.word[0] == lower[i] && strings.HasPrefix(lower[i:], kw.word) && (j == len(lower) || !isLetterByte(lower[j])) {
				best = kw.kind
				break scan
			}
		}
	}
	if best == Killed {
		for _, w := range []string{"or wounded", "and wounded", "or injured", "and injured", "wounded or", "& wounded", "or missing", "and missing", "& missing"} {
			if strings.Contains(lower, w) {
				return Total
			}
		}
	}
	return best
}

// appendFigureItems cuts a figure field into items and appends them to
// items: it cuts at commas, bars, "<hr>", "----", sentence ends and
// semicolons, and at " and " before a number. What brackets hold is
// dropped, unless open is set and it holds casualty figures (see
// openFigureParens).
func appendFigureItems(items []string, value string, open bool) []string {
	value = stripCitations(value)
	if strings.ContainsAny(value, "<-|;") {
		for _, sep := range []string{"<hr>", "<br>", "----", "|", ";"} {
			value = strings.ReplaceAll(value, sep, ", ")
		}
	}
	if open {
		value = openFigureParens(value)
	} else {
		value = dropParens(value)
	}
	// A comma inside a number ("6,854") is never followed by a space, so
	// ", " is safe.
	for part := range strings.SplitSeq(value, ", ") {
		for part != "" {
			// A full stop ends an item, but not "c. 250,000".
			i := strings.Index(part, ". ")
			for i >= 0 && isCircaBefore(part, i) {
				j := strings.Index(part[i+2:], ". ")
				if j < 0 {
					i = -1
					break
				}
				i += 2 + j
			}
			if i < 0 {
				items = appendAndBeforeNumber(items, part)
				break
			}
			items = appendAndBeforeNumber(items, part[:i])
			part = part[i+2:]
		}
	}
	return items
}

// isCircaBefore reports whether the full stop at s[i] ends "c", "ca",
// "approx" or "est" as a word.
func isCircaBefore(s string, i int) bool {
	for _, w := range []string{"c", "ca", "approx", "est"} {
		if strings.HasSuffix(s[:i], w) && (i == len(w) || !isLetterByte(s[i-len(w)-1])) {
			return true
		}
	}
	return false
}

// openFigureParens drops what brackets hold, the notes of a figure ("(US
// estimate)", "(mostly killed)"), but opens a round bracket that holds
// figures of its own: "23,049 total (3,155 killed, 14,529 wounded)".
func openFigureParens(s string) string {
	if !strings.ContainsAny(s, "([") {
		return s
	}
	var b strings.Builder
	for s != "" {
		i := strings.IndexAny(s, "([")
		if i < 0 {
			b.WriteString(s)
			break
		}
		b.WriteString(s[:i])
		inner, rest, closed := cutBracket(s[i:])
		if closed && s[i] == '(' && holdsFigure(inner) {
			// Each of its items starts with "(": a part of a figure
			// given before, which readCasualties keeps only when it is
			// of another kind.
			b.WriteString(", (")
			b.WriteString(strings.ReplaceAll(inner, ", ", ", ("))
			b.WriteString(", ")
		}
		s = rest
	}
	return b.String()
}

// cutBracket cuts the bracket that opens s, nested brackets and all: it
// returns what it holds, what follows it, and whether it is closed.
func cutBracket(s string) (inner, rest string, closed bool) {
	depth := 0
	for i, r := range s {
		switch r {
		case '(', '[':
			depth++
		case ')', ']':
			depth--
			if depth == 0 {
				return s[1:i], s[i+1:], true
			}
		}
	}
	return "", "", false
}

// holdsFigure reports whether s has a number followed by a casualty kind:
// "9,000 killed or missing".
func holdsFigure(s string) bool {
	if strings.IndexByte(s, ':') >= 0 {
		return false // "(German estimate: 30,000 killed)": another source's figure
	}
	c := readCount(s)
	return c.has && c.pos >= 0 && kindOf(strings.ToLower(s[c.end:])) != ""
}

// appendAndBeforeNumber appends the items of a sentence, cut at " and "
// before a number: "84 killed and several captured" is two items, but
// "security forces members and civilians wounded" is one.
func appendAndBeforeNumber(items []string, s string) []string {
	var buf [32]byte
	for {
		i := strings.Index(s, " and ")
		if i < 0 {
			break
		}
		// The first word after "and", in lower case.
		right := strings.TrimSpace(s[i+5:])
		if j := strings.IndexByte(right, ' '); j >= 0 {
			right = right[:j]
		}
		first := appendLower(buf[:0], right)
		if len(first) > 0 && (isDigitByte(first[0]) || vagueQuantities[string(first)] || wordNumbers[string(first)] > 0 || approximators[string(first)] && startsNumberAfterWord(s[i+5:])) {
			items = appendRunOn(items, s[:i])
			s = s[i+5:]
			continue
		}
		break
	}
	return appendRunOn(items, s)
}

// approximators come before a rough number: "and about 1,500 prisoners".
var approximators = map[string]bool{"about": true, "around": true, "approximately": true, "some": true, "over": true, "nearly": true, "almost": true, "c.": true, "ca.": true, "roughly": true}

// startsNumberAfterWord reports whether the second word of s begins with
// a digit.
func startsNumberAfterWord(s string) bool {
	s = strings.TrimSpace(s)
	i := strings.IndexByte(s, ' ')
	if i < 0 {
		return false
	}
	rest := strings.TrimSpace(s[i:])
	return rest != "" && isDigitByte(rest[0])
}

// appendRunOn appends an item, cut after each kind word that runs on into
// the next figure: "11 killed Several prisoners" is two items.
func appendRunOn(items []string, it string) []string {
	for mayRunOn(it) {
		start, end := kindThenCapital(it)
		if start < 0 {
			break
		}
		cut := end - 1
		for cut > start && it[cut-1] != ' ' {
			cut--
		}
		items = appendItem(items, it[:cut])
		it = it[cut:]
	}
	return appendItem(items, it)
}

// appendItem appends an item without the spaces, commas and full stops
// around it, unless nothing is left.
func appendItem(items []string, it string) []string {
	if it = strings.TrimSpace(strings.Trim(strings.TrimSpace(it), ",.")); it == "" {
		return items
	}
	return append(items, it)
}

// kindThenCapital finds a kind word followed by a capitalised word or a
// digit, where a page copy lost the separator: "11 killed Several
// prisoners". It returns where the first match of the regexp
//
//	\b(?:killed|dead|wounded|injured|captured|missing|prisoners)\s+(?:[A-Z][a-z]+|\d)
//
// starts and ends, or -1, -1. (\b is ASCII, \s is [\t\n\f\r ].)
func kindThenCapital(s string) (start, end int) {
	for p := 0; p < len(s); p++ {
		if p > 0 && isWordByte(s[p-1]) {
			continue
		}
		for _, w := range runOnKinds {
			if !strings.HasPrefix(s[p:], w) {
				continue
			}
			i := p + len(w)
			j := skipRegexpSpace(s, i)
			if j == i || j == len(s) {
				continue
			}
			if c := s[j]; c >= 'A' && c <= 'Z' {
				k := j + 1
				for k < len(s) && s[k] >= 'a' && s[k] <= 'z' {
					k++
				}
				if k > j+1 {
					return p, k
				}
			} else if isDigitByte(c) {
				return p, j + 1
			}
		}
	}
	return -1, -1
}

// runOnKinds are the kind words after which a figure may run on.
var runOnKinds = []string{"killed", "dead", "wounded", "injured", "captured", "missing", "prisoners"}

// skipRegexpSpace returns the index of the first byte at or after i that
// is not in a regexp's \s: [\t\n\f\r ].
func skipRegexpSpace(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\f' || s[i] == '\r') {
		i++
	}
	return i
}

// mayRunOn reports whether an item may hold two figures run together: a
// kind word followed by more words. It looks at the words before each
// space, rather than searching the item for each kind word and space.
func mayRunOn(it string) bool {
	for i := strings.IndexByte(it, ' '); i >= 0; {
		for _, w := range runOnKinds {
			if strings.HasSuffix(it[:i], w) {
				return true
			}
		}
		j := strings.IndexByte(it[i+1:], ' ')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

// cutLabel finds a label that opens an item: "Total:", "Israel:", "Syrian
// claim:", "No. 2 Column:". It returns the label, and the length of the
// label with its colon and the spaces after it. It matches what the regexp
//
//	^([^:0-9][^:]{0,40}|No\. \d+ [A-Za-z]+):\s*
//
// matches: up to the first colon, 1 to 41 code points (an invalid byte is
// one) that do not start with a digit, or "No. 2 Column".
func cutLabel(item string) (label string, n int, ok bool) {
	colon := strings.IndexByte(item, ':')
	if colon <= 0 {
		return "", 0, false
	}
	label = item[:colon]
	if isDigitByte(label[0]) || utf8.RuneCountInString(label) > 41 {
		if !isNumberedLabel(label) {
			return "", 0, false
		}
	}
	return label, skipRegexpSpace(item, colon+1), true
}

// isNumberedLabel reports whether s is "No. ", digits, a space and ASCII
// letters: "No. 2 Column".
func isNumberedLabel(s string) bool {
	if !strings.HasPrefix(s, "No. ") {
		return false
	}
	i := len("No. ")
	j := i
	for j < len(s) && isDigitByte(s[j]) {
		j++
	}
	if j == i || j == len(s) || s[j] != ' ' {
		return false
	}
	j++
	if j == len(s) {
		return false
	}
	for ; j < len(s); j++ {
		if !isLetterByte(s[j]) {
			return false
		}
	}
	return true
}

// readCasualties reads a Casualties field into figures of one side.
func (x *extractor) readCasualties(side int, f field, attack bool) {
	ctxKind := Kind("")
	material := false
	lastCounted := -1 // the figure of the item before, when it had a number
	var buf [16]string
	for _, item := range appendFigureItems(buf[:0], f.value, true) {
		label := ""
		if l, n, ok := cutLabel(item); ok {
			label = strings.ToLower(strings.TrimSpace(l))
			item = strings.TrimSpace(item[n:])
			material = containsWordPrefix(label, notCasualties)
			ctxKind = kindOf(label)
		}
		if item == "" {
			continue
		}
		lower := asciiLower(item) // offsets into item hold in lower
		if strings.HasSuffix(item, ":") {
			// "Total: 1,300+ killed:" gives its kind to the items after it.
			ctxKind = kindOf(lower)
			item = strings.TrimSuffix(item, ":")
		}
		if lower == "none" || lower == "nil" || lower == "no casualties" || lower == "0" {
			x.figure(side, Total, count{has: true}, item, f, attack)
			continue
		}
		// A part of a figure given before: "(3,155 killed, 14,529
		// wounded)" after a total, "including 6,000 to 7,000 captured".
		part := false
		if rest, ok := strings.CutPrefix(item, "("); ok {
			item, lower, part = strings.TrimSpace(rest), strings.TrimSpace(lower[1:]), true
		}
		if rest, ok := strings.CutPrefix(lower, "including "); ok && rest != "" && isDigitByte(rest[0]) && kindOf(rest) != "" {
			// ("including 3 Niger fighters" says no kind: only part of
			// the figure before.)
			item = strings.TrimSpace(item[len("including "):])
			lower = rest
			part = true
		}
		if strings.HasPrefix(lower, "unknown") && !startsWithKindWord(strings.TrimSpace(lower[len("unknown"):])) || strings.HasPrefix(lower, "including") || strings.HasPrefix(lower, "see ") {
			continue
		}
		// "13,000 dead, wounded", "1,000 killed, wounded or captured": the
		// dead and the others together, a total.
		if k := kindOf(lower); k != "" && k != Killed && k != Total && isKindWordOnly(lower) && lastCounted >= 0 && lastCounted == len(x.a.Figures)-1 {
			if f := &x.a.Figures[lastCounted]; f.Kind == Killed && f.Side == side {
				f.Kind = Total
				f.Text += ", " + item
				lastCounted = -1
				continue
			}
		}
		item = joinSpelledRange(item)
		lower = asciiLower(item)
		c := readCount(item)
		if c.has && isFraction(item, c.end) {
			continue
		}
		noun := lower
		if c.has {
			noun = nounAfter(lower, c.end)
		}
		if containsWordPrefix(noun, notCasualties) {
			material = true
			continue
		}
		if containsWordPrefix(lower, notLost) {
			continue
		}
		if !c.has && strings.Contains(lower, " and ") {
			// "More wounded and captured": one figure a kind.
			for _, part := range strings.Split(item, " and ") {
				if k := kindOf(strings.ToLower(part)); k != "" {
					x.figure(side, k, c, item, f, attack)
				}
			}
			continue
		}
		kind := kindOf(lower)
		if material && c.has && startsWithKindWord(strings.TrimSpace(noun)) && kind != Killed {
			continue // "28 tanks damaged, 2 captured": more tanks (tanks are not killed)
		}
		if kind == "" {
			if material {
				continue
			}
			kind = ctxKind
		}
		if kind == "" {
			if !c.has {
				continue
			}
			kind = Total
			if label == "total" {
				kind = Total
			}
		}
		if !c.has && !strings.HasPrefix(lower, string(kind)) && !hasVague(lower) && !startsWithKindWord(strings.TrimPrefix(lower, "unknown ")) {
			continue
		}
		if part && x.hasFigure(side, kind) {
			continue // "200 killed, including 50 officers killed"
		}
		material = false
		n := len(x.a.Figures)
		x.figure(side, kind, c, item, f, attack)
		lastCounted = -1
		if c.has && len(x.a.Figures) > n {
			lastCounted = len(x.a.Figures) - 1
		}
	}
}

// hasFigure reports whether the article has a figure of that side and
// kind.
func (x *extractor) hasFigure(side int, kind Kind) bool {
	for _, f := range x.a.Figures {
		if f.Side == side && f.Kind == kind {
			return true
		}
	}
	return false
}

// isKindWordOnly reports whether an item is casualty kind words alone:
// "wounded", "missing", "wounded or captured".
func isKindWordOnly(lower string) bool {
	for _, w := range strings.Fields(lower) {
		if w == "or" || w == "and" {
			continue
		}
		found := false
		for _, kw := range kindWords {
			if w == kw.word {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return lower != ""
}

// isFraction reports whether the number that ends at s[end] is the top
// of a fraction: "5⁄6 longbowmen".
func isFraction(s string, end int) bool {
	if strings.HasPrefix(s[end:], "⁄") {
		return true
	}
	// "5/6", but not "1,500/2,000": one digit over a bigger one.
	return end >= 1 && end+2 <= len(s) && s[end] == '/' && isDigitByte(s[end-1]) && (end < 2 || !isDigitByte(s[end-2]) && s[end-2] != ',') &&
		isDigitByte(s[end+1]) && (end+2 == len(s) || !isDigitByte(s[end+2])) && s[end-1] < s[end+1]
}

// joinSpelledRange rewrites "From 77,166 killed to 110,000 killed" as
// "77,166–110,000 killed", a range readCount reads.
func joinSpelledRange(item string) string {
	s := item
	if lowerPrefixEnd(s, "from ") == len("from ") {
		s = s[len("from "):]
	}
	if s == "" || !isDigitByte(s[0]) {
		return item
	}
	n, i := scanNumber(s, 0)
	j := skipSpaces(s, i)
	k := j
	for k < len(s) && isLetterByte(s[k]) {
		k++
	}
	if k == j || !strings.HasPrefix(s[k:], " to ") {
		return item
	}
	word := s[j:k]
	l := k + len(" to ")
	if l >= len(s) || !isDigitByte(s[l]) {
		return item
	}
	m, e := scanNumber(s, l)
	if !strings.HasPrefix(strings.TrimSpace(s[e:]), word) {
		return item
	}
	return n + "–" + m + s[e:]
}

// nounAfter is what follows a number up to the next number: "500 syrian
// and russian troops 27 total vehicles" gives " syrian and russian troops ".
func nounAfter(lower string, end int) string {
	rest := lower[end:]
	if i := strings.IndexAny(rest, "0123456789"); i >= 0 {
		rest = rest[:i]
	}
	return rest
}

func hasVague(lower string) bool {
	for w, ok := range vagueQuantities {
		if ok && wordIndex(lower, w) >= 0 {
			return true
		}
	}
	return false
}

func startsWithKindWord(lower string) bool {
	for _, kw := range kindWords {
		if strings.HasPrefix(lower, kw.word) {
			return true
		}
	}
	return false
}

// readStrength reads a Strength field: the troop strength of a side. With
// a "Total:" the total is the strength and the other figures are its parts.
func (x *extractor) readStrength(side int, f field) {
	var buf [16]string
	items := appendFigureItems(buf[:0], f.value, false)
	total := -1
	for i, item := range items {
		if lowerPrefixEnd(item, "total") >= 0 {
			total = i
		}
	}
	var totalCount count
	if total >= 0 {
		item := strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(items[total], "Total"), ":"))
		if item == "" && total+1 < len(items) {
			item = items[total+1]
		}
		totalCount = readCount(item)
	}
	for _, item := range items {
		if _, n, ok := cutLabel(item); ok {
			item = strings.TrimSpace(item[n:])
		}
		lower := asciiLower(item)
		if item == "" || strings.HasPrefix(lower, "unknown") {
			continue
		}
		c := readCount(item)
		if !c.has || isFraction(item, c.end) {
			continue
		}
		noun := nounAfter(lower, c.end)
		if t := strings.TrimSpace(noun); strings.HasPrefix(t, "in ") || strings.HasPrefix(t, "from ") {
			noun = "" // "541,000 in Tenth Army": where the men are
		}
		if containsWordPrefix(noun, notTroops) || containsWordPrefix(noun, notCasualties) && !containsWordPrefix(noun, []string{"sick"}) {
			continue
		}
		if totalCount.has && c.n*100 < totalCount.n {
			continue // "1" beside "Total: 9,000": debris, not a part
		}
		x.figure(side, Strength, c, item, f, false)
	}
}

func (x *extractor) figure(side int, kind Kind, c count, text string, f field, attack bool) {
	if x.event == nil || side <= 0 {
		return
	}
	fig := Figure{Event: x.event.Key, Side: side, Kind: kind, Count: c.n, HasCount: c.has, Max: c.max, Text: text, Source: f.src}
	for _, old := range x.a.Figures {
		if old.Side == fig.Side && old.Kind == fig.Kind && old.Count == fig.Count && old.HasCount == fig.HasCount && old.Max == fig.Max {
			return
		}
	}
	if x.a.Figures == nil {
		// An article that gives figures mostly gives several: room for
		// them at once, rather than growing the slice one step at a time.
		x.a.Figures = make([]Figure, 0, 8)
	}
	x.a.Figures = append(x.a.Figures, fig)
}

// citationRE matches citation markers: "[1]", "[12]", "[a]", "[citation needed]".
var citationRE = regexp.MustCompile(`\[(?:\d+|[a-z]|note \d+|citation needed|clarification needed|Relevance\?|[A-Za-z ]+\?|[^\]]{0,30}needed)\]`)

func stripCitations(s string) string {
	if !strings.Contains(s, "[") {
		return s
	}
	return strings.TrimSpace(citationRE.ReplaceAllString(s, ""))
}
