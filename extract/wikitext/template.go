package wikitext

import (
	"strconv"
	"strings"
)

// An arg is one parameter of a template: Name is "" for a positional one.
type arg struct {
	Name  string // normalised (see normName)
	Value string
}

// splitArgs cuts the inside of {{…}} at its top-level '|'. The first part
// is the template's name. ok is false when a nested template or link is
// never closed.
func splitArgs(s string) (parts []string, ok bool) {
	braces, brackets, start := 0, 0, 0
	for i := 0; i < len(s); i++ {
		switch {
		case strings.HasPrefix(s[i:], "<!--"):
			e := strings.Index(s[i+4:], "-->")
			if e < 0 {
				return append(parts, s[start:]), false
			}
			i += 4 + e + 2
		case strings.HasPrefix(s[i:], "{{"):
			braces++
			i++
		case strings.HasPrefix(s[i:], "}}") && braces > 0:
			braces--
			i++
		case strings.HasPrefix(s[i:], "[["):
			brackets++
			i++
		case strings.HasPrefix(s[i:], "]]") && brackets > 0:
			brackets--
			i++
		case s[i] == '|' && braces == 0 && brackets == 0:
			parts = append(parts, s[start:i])
			start = i + 1
		}
	}
	return append(parts, s[start:]), braces == 0 && brackets == 0
}

// args reads the parameters after a template's name.
func args(parts []string) []arg {
	out := make([]arg, 0, len(parts))
	for _, p := range parts {
		if eq := strings.IndexByte(p, '='); eq > 0 && !strings.ContainsAny(p[:eq], "{[<\n") {
			out = append(out, arg{Name: normName(p[:eq]), Value: strings.TrimSpace(p[eq+1:])})
			continue
		}
		out = append(out, arg{Value: p})
	}
	return out
}

// positional returns the n-th (1-based) positional parameter, trimmed.
func positional(as []arg, n int) string {
	for _, a := range as {
		if a.Name == "" {
			if n--; n == 0 {
				return strings.TrimSpace(a.Value)
			}
		}
	}
	return ""
}

func named(as []arg, name string) (string, bool) {
	for _, a := range as {
		if a.Name == name {
			return a.Value, true
		}
	}
	return "", false
}

// Template names by what they render as.
var (
	dropTemplates = map[string]bool{
		"flagicon": true, "flagdeco": true, "flagicon image": true, "flag icon": true, "flagd": true,
		"flag decoration": true, "flagiconimage": true, "coord": true, "coord missing": true, "anchor": true,
		"efn": true, "efn-ua": true, "efn-lr": true, "refn": true, "r": true, "rp": true, "ref label": true,
		"note label": true, "cn": true, "citation needed": true, "fact": true, "clarify": true, "when": true,
		"who": true, "which": true, "dubious": true, "by whom": true, "page needed": true, "verify source": true,
		"verification failed": true, "unreliable source": true, "better source": true, "better source needed": true,
		"failed verification": true, "full citation needed": true, "ipa": true, "ipac-en": true, "ipa-en": true,
		"respell": true, "audio": true, "nowrap begin": true, "nowrap end": true, "clear": true, "reflist": true,
		"main": true, "main article": true, "see also": true, "further": true, "about": true, "for": true,
		"redirect": true, "other uses": true, "distinguish": true, "campaignbox": true, "use dmy dates": true,
		"use mdy dates": true, "use british english": true, "use american english": true, "short description": true,
		"pp": true, "pp-semi": true, "pp-move-indef": true, "good article": true, "featured article": true,
		"portal": true, "commons category": true, "authority control": true,
	}
	// Marks of an agent's fate, written run-in after the name as page
	// copies show them.
	markTemplates = map[string]string{
		"kia": "KIA", "pow": "POW", "wia": "WIA", "mia": "MIA", "dow": "DOW",
		"surrendered": "POW", "captured": "POW", "executed": "Executed",
	}
	// Templates whose output is their first positional parameter.
	firstTemplates = map[string]bool{
		"nowrap": true, "nobr": true, "nobreak": true, "small": true, "smaller": true, "big": true,
		"larger": true, "midsize": true, "nobold": true, "noitalic": true, "center": true, "abbr": true,
		"tooltip": true, "visible anchor": true, "vanchor": true, "sic": true, "date": true, "dts": true,
		"nihongo": true, "proper name": true, "notatypo": true, "not a typo": true, "linktext": true,
		"no wrap": true, "sclass": true, "highlight": true, "bold": true, "italic": true, "em": true,
		"strong": true, "lang-rtl": true, "transliteration": true,
	}
	listTemplates = map[string]bool{
		"ubl": true, "ubil": true, "unbulleted list": true, "unbulleted indent list": true, "ulist": true,
		"bulleted list": true, "blist": true, "bullet list": true, "hlist": true, "flatlist": true,
		"plainlist": true, "plain list": true, "ordered list": true, "collapsible list": true,
		"startplainlist": true, "startflatlist": true, "endplainlist": true, "endflatlist": true,
		"indented plainlist": true, "unbulleted list citebundle": true, "br": true, "break": true,
		"plainlist/start": true, "plainlist/end": true, "flatlist/start": true, "flatlist/end": true,
		"endplain list": true, "end plainlist": true, "end flatlist": true,
	}
	flagTemplates = map[string]bool{
		"flag": true, "flagu": true, "flagcountry": true, "flag country": true, "flagbig": true,
		"flag big": true, "flagcountry2": true, "flagnation": true,
	}
	shipPrefixes = map[string]bool{
		"hms": true, "uss": true, "sms": true, "hmas": true, "hmcs": true, "hmnzs": true, "hnlms": true,
		"ins": true, "hmis": true, "ijn": true, "usns": true, "usat": true, "rms": true, "ss": true,
		"hsc": true, "hdms": true, "hswms": true, "kms": true, "ors": true,
	}
	literalTemplates = map[string]string{
		"!": "|", "=": "=", "'": "'", "snd": " – ", "snds": " – ", "spaced en dash": " – ", "spaced ndash": " – ", "spnd": " – ", "sndash": " – ",
		"ndash": "–", "en dash": "–", "mdash": "—", "em dash": "—", "nbsp": " ", "·": " · ", "middot": " · ",
		"dot": " · ", "dash": " – ", "bull": " • ", "\\": " / ", "slash": "/",
	}
)

// template renders the inside of {{…}}.
func (r *renderer) template(b *buf, inner string) {
	parts, _ := splitArgs(inner)
	name := normName(parts[0])
	if name == "" {
		return
	}
	if m, ok := markTemplates[name]; ok {
		b.WriteString(m)
		return
	}
	if s, ok := literalTemplates[name]; ok {
		b.WriteString(s)
		return
	}
	if dropTemplates[name] || infoboxSet[name] || isCitation(name) {
		return
	}
	as := args(parts[1:])
	switch {
	case listTemplates[name]:
		b.addByte(sep)
		for _, a := range as {
			if a.Name == "" || a.Name == "1" && (name == "plainlist" || name == "flatlist") {
				r.render(b, a.Value)
				b.addByte(sep)
			}
		}
	case firstTemplates[name]:
		r.render(b, positional(as, 1))
	case flagTemplates[name]:
		label := positional(as, 1)
		if v, ok := named(as, "name"); ok {
			label = v
		}
		text := strings.TrimSpace(label)
		if text != "" {
			r.link(b, positional(as, 1)+"|"+text, "")
		}
	case shipPrefixes[name]:
		b.WriteString(strings.ToUpper(name) + " " + positional(as, 1))
	case name == "ship":
		b.WriteString(positional(as, 1) + " " + positional(as, 2))
	case name == "lang" || name == "transl" || name == "sort" || name == "resize":
		r.render(b, lastPositional(as))
	case name == "ill" || name == "interlanguage link" || name == "interlanguage link multi":
		label := positional(as, 1)
		if v, ok := named(as, "lt"); ok {
			label = v
		}
		r.link(b, positional(as, 1)+"|"+label, "")
	case name == "convert" || name == "cvt":
		r.convert(b, as)
	case name == "circa" || name == "c.":
		b.WriteString("c. " + positional(as, 1))
	case name == "frac" || name == "fraction" || name == "sfrac":
		frac(b, as)
	case name == "start and end dates":
		_, df := named(as, "df")
		writeDate(b, [3]string{positional(as, 1), positional(as, 2), positional(as, 3)}, df)
		b.WriteString(" – ")
		writeDate(b, [3]string{positional(as, 4), positional(as, 5), positional(as, 6)}, df)
	case isDateTemplate(name):
		df := false
		if v, ok := named(as, "df"); ok {
			v = strings.ToLower(strings.TrimSpace(v))
			df = v == "y" || v == "yes" || v == "true" || v == "1"
		}
		writeDate(b, [3]string{positional(as, 1), positional(as, 2), positional(as, 3)}, df)
	case strings.HasPrefix(name, "lang-"):
		r.render(b, positional(as, 1))
	}
}

func lastPositional(as []arg) string {
	for i := len(as) - 1; i >= 0; i-- {
		if as[i].Name == "" {
			return strings.TrimSpace(as[i].Value)
		}
	}
	return ""
}

func isCitation(name string) bool {
	for _, p := range []string{"cite", "citation", "sfn", "harv", "refn", "efn", "webarchive", "dead link", "isbn", "oclc"} {
		if strings.HasPrefix(name, p) {
			return true
		}
	}
	return false
}

func isDateTemplate(name string) bool {
	switch name {
	case "start date", "start-date", "start date and age", "end date", "end date and age", "birth date",
		"death date", "birth date and age", "death date and age", "birth-date", "death-date", "startdate", "enddate":
		return true
	}
	return false
}

var monthNames = [...]string{"January", "February", "March", "April", "May", "June", "July", "August",
	"September", "October", "November", "December"}

// writeDate writes year, month, day ("1942", "8", "23") in words: "August
// 23, 1942", or "23 August 1942" when dayFirst. Missing parts are left out.
func writeDate(b *buf, ymd [3]string, dayFirst bool) {
	y, m, d := ymd[0], ymd[1], ymd[2]
	month := m
	if n, err := strconv.Atoi(m); err == nil && n >= 1 && n <= 12 {
		month = monthNames[n-1]
	}
	if n, err := strconv.Atoi(d); err == nil {
		d = strconv.Itoa(n)
	}
	switch {
	case month == "":
		b.WriteString(y)
	case d == "":
		b.WriteString(month + " " + y)
	case dayFirst:
		b.WriteString(d + " " + month + " " + y)
	default:
		b.WriteString(month + " " + d + ", " + y)
	}
}

// rangeWords join the two values of {{convert|1|to|2|km}}.
var rangeWords = map[string]bool{"-": true, "–": true, "to": true, "and": true, "or": true, "by": true, "x": true, "×": true, "+": true, "to(-)": true}

// convert writes the first value and unit of {{convert}}.
func (r *renderer) convert(b *buf, as []arg) {
	v, unit := positional(as, 1), positional(as, 2)
	if rangeWords[unit] {
		v, unit = v+" "+unit+" "+positional(as, 3), positional(as, 4)
	}
	b.WriteString(v)
	if unit != "" {
		b.WriteString(" " + unit)
	}
}

// frac writes {{frac}} as Wikipedia shows it, with the fraction slash.
func frac(b *buf, as []arg) {
	a, c, d := positional(as, 1), positional(as, 2), positional(as, 3)
	switch {
	case d != "":
		b.WriteString(a + " " + c + "⁄" + d)
	case c != "":
		b.WriteString(a + "⁄" + c)
	default:
		b.WriteString("1⁄" + a)
	}
}
